import { type LabelledWebhook } from '../../traffic-model.js';
import {
  categorisedItemsOf,
  deliverAsPosted,
  type EventData,
  eventMaker,
  orderOpening,
  paymentOpening,
  type TimedBody,
} from '../kit/events.js';
import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { afterOrder, checksOf, reasonOf, shownCardOf, statusOf } from '../kit/timeline.js';
import { type Fulfilment } from './catalogue.js';
import { type Attempt, type Purchase, type Status } from './purchase.js';

/**
 * The shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the first card
 * tried, or the mobile-money or pay-on-delivery method), one `payment.succeeded` / `payment.failed` per M-Pesa
 * or Airtel Money prompt, card authorisation (card checks and 3-D Secure) or PayPal approval, a bank transfer
 * when it arrives, the rider's collection at the door; `order.updated` for dispatch, pickup agents, collection
 * and delivery (tracking numbers for couriers, DHL and EMS); cancellations (refunded when paid), refunds, early
 * fraud warnings and disputes (M-Pesa reversal claims among them). Extra fields Vigil ignores: `fulfilment`,
 * `locale`, `shippingFee`, `discountCode`, `discount`, `priceList`, `giftMessage`, `company`, `threeDSecure`,
 * `mpesaReceipt`, `collectedVia`, `status`, `carrier`, `trackingNumber`, item names and categories.
 */

type Data = EventData & {
  fulfilment?: string;
  locale?: string;
  shippingFee?: number;
  discountCode?: string;
  discount?: number;
  priceList?: string;
  giftMessage?: string;
  company?: { name: string; taxId: string };
  threeDSecure?: string;
  mpesaReceipt?: string;
  collectedVia?: string;
  status?: string;
  carrier?: string;
  trackingNumber?: string;
};

const RECEIPT = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function order(p: Purchase, a: Attempt | undefined, shipping: Address | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: a?.method ?? 'pay_on_delivery',
    fulfilment: p.fulfilment,
    locale: p.locale,
    shippingFee: b.shippingFee,
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    ...(b.wholesale ? { priceList: 'wholesale' } : {}),
    ...(p.giftMessage ? { giftMessage: p.giftMessage } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
  };
}

const CARRIERS: Partial<Record<Fulfilment, string>> = {
  courier_kenya: 'countrywide courier',
  dhl_express: 'DHL Express',
  dhl_freight: 'DHL Global Forwarding',
  posta_ems: 'EMS (Posta Kenya)',
};

const TRACKED: ReadonlySet<string> = new Set<Status>(['shipped', 'in_transit', 'delivered']);

function trackingFor(rng: Rng, f: Fulfilment): Record<string, string> | undefined {
  const carrier = CARRIERS[f];
  if (!carrier) return undefined;
  const number =
    f === 'posta_ems'
      ? `E${rng.token(1, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${rng.digits(9)}KE`
      : f === 'courier_kenya'
        ? `NBO${rng.digits(9)}`
        : rng.digits(10);
  return { carrier, trackingNumber: number };
}

function bodies(rng: Rng, p: Purchase, ids: { orderId: string; paymentId: string }): TimedBody[] {
  const tracking = trackingFor(rng, p.fulfilment);
  const receipt = () => `T${rng.token(9, RECEIPT)}`;
  const mobile = (m: string) => m === 'mpesa' || m === 'airtel_money';
  const payment = (a: Attempt): Data => ({
    ...paymentOpening(p),
    paymentMethod: a.method,
    ...shownCardOf(a),
    ...checksOf(a),
    ...(a.threeDS ? { threeDSecure: a.threeDS } : {}),
    ...(a.decline ? { reason: a.decline } : {}),
    ...(a.ok && mobile(a.method) ? { mpesaReceipt: receipt() } : {}),
  });
  let shipping = p.shipping;
  return afterOrder(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment,
    untilPaid: true,
    updated: (l) => {
      shipping = l.shipping ?? shipping;
      const status = statusOf(l, (s) => TRACKED.has(s) && tracking !== undefined, tracking);
      return {
        ...order(
          p,
          p.attempts.find((a) => a.ok),
          shipping,
        ),
        ...reasonOf(l),
        ...status,
      };
    },
    settle: (l) => ({
      method: 'pay_on_delivery',
      data: {
        ...paymentOpening(p),
        paymentMethod: 'pay_on_delivery',
        ...(l.collected ? { collectedVia: l.collected } : {}),
        ...reasonOf(l),
        ...(l.type === 'payment.succeeded' && l.collected === 'mpesa' ? { mpesaReceipt: receipt() } : {}),
      } satisfies Data,
    }),
    refundCancelled: true,
  });
}

/** Posted within a second or so; 1.5 % are retried 30 s – 12 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  return deliverAsPosted(bodies(rng, p, { orderId, paymentId }), orderId, rng, {
    retried: 0.015,
    retry: [30_000, 12 * 60_000],
    median: 700,
    spread: 0.7,
  });
}
