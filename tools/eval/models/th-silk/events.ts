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
import { type Delivery } from './catalogue.js';
import { type Attempt, type Method, type Purchase } from './purchase.js';

/**
 * The shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the first card
 * tried), one `payment.succeeded` / `payment.failed` per try (card checks and 3-D Secure for cards; none for
 * PromptPay, TrueMoney, PayPal or transfers), `order.cancelled` when nothing was paid or the order is stopped
 * (refunded a minute later if paid), then fulfilment (`order.updated` with a status and tracking number),
 * address changes, cash collected on delivery (`payment.succeeded`, method `cod`), refunds, early fraud
 * warnings and disputes. Extra fields Vigil ignores: `delivery`, `locale`, `channel`, `discountCode`,
 * `discount`, `shippingFee`, `giftMessage`, `company`, `tailoring`, `threeDSecure`, `status`,
 * `trackingNumber`, `carrier`, item names and categories.
 */

type Data = EventData & {
  delivery?: Delivery;
  locale?: string;
  channel?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  giftMessage?: string;
  company?: { name: string; taxId?: string };
  tailoring?: string;
  threeDSecure?: string;
  status?: string;
  trackingNumber?: string;
  carrier?: string;
};

/** Where the checkout was opened: LINE's or Facebook's in-app browser, or the web. */
const channelOf = (userAgent: string): string =>
  / Line\//.test(userAgent) ? 'line' : /FBAN|FB_IAB/.test(userAgent) ? 'facebook' : 'web';

function order(p: Purchase, a: Attempt | undefined, shipping: Address | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: a?.method ?? p.method,
    delivery: p.delivery,
    locale: p.locale,
    channel: channelOf(p.device.userAgent),
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    ...(p.giftMessage ? { giftMessage: p.giftMessage } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
    ...(p.tailoring ? { tailoring: p.tailoring } : {}),
  };
}

function payment(p: Purchase, a: Attempt): Data {
  return {
    ...paymentOpening(p),
    paymentMethod: a.method,
    ...shownCardOf(a),
    ...checksOf(a),
    ...(a.threeDS ? { threeDSecure: a.threeDS } : {}),
    ...(a.decline ? { reason: a.decline } : {}),
  };
}

const CARRIERS: Readonly<Record<Delivery, string>> = {
  kerry: 'Kerry Express',
  flash: 'Flash Express',
  thailand_post_ems: 'Thailand Post EMS',
  hotel_messenger: 'Shop messenger',
  showroom_pickup: 'Showroom',
  office_delivery: 'Shop van',
  ems_world: 'EMS World',
  dhl_express: 'DHL Express',
  freight: 'Freight',
};

function trackingFor(rng: Rng, d: Delivery): string {
  if (d === 'kerry') return `KEX${rng.digits(11)}`;
  if (d === 'flash') return `TH${rng.digits(12)}`;
  if (d === 'thailand_post_ems' || d === 'ems_world') return `E${rng.token(1, 'BDFKLRXY')}${rng.digits(9)}TH`;
  if (d === 'dhl_express') return rng.digits(10);
  return `RM${rng.digits(8)}`;
}

/** Money methods that cannot be charged back: nothing to dispute or warn about. */
const NO_CHARGEBACK: ReadonlySet<Method> = new Set(['cod', 'promptpay', 'bank_transfer', 'truemoney']);

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }, tracking: string): TimedBody[] {
  let shipping = p.shipping;
  const first = p.attempts[0];
  const paidWith = p.attempts.find((a) => a.ok);
  return afterOrder(eventMaker(ids), p, {
    created: order(p, first, p.shipping),
    payment: (a) => payment(p, a),
    untilPaid: true,
    updated: (l) => {
      shipping = l.shipping ?? shipping;
      const status = statusOf(l, (s) => s === 'shipped' || s === 'out_for_delivery', {
        trackingNumber: tracking,
        carrier: CARRIERS[p.delivery],
      });
      return { ...order(p, paidWith ?? first, shipping), ...reasonOf(l), ...status };
    },
    skip: (l, paid) =>
      (l.type === 'dispute.created' || l.type === 'fraud_warning.created') &&
      (paid === undefined || NO_CHARGEBACK.has(paid.method)),
    settle: (l) => ({
      method: 'cod',
      data: {
        ...paymentOpening(p),
        paymentMethod: 'cod',
        ...(l.type === 'payment.failed' ? { reason: 'cod_refused' } : {}),
      },
    }),
    refundCancelled: true,
  });
}

/** Posted within a second or so; 1 % are retried 20 s – 5 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking = trackingFor(rng, p.delivery);
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.01,
    retry: [20_000, 5 * 60_000],
    median: 500,
    spread: 0.7,
  });
}
