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
import { type Attempt, type LaterEvent, type Purchase } from './purchase.js';

/**
 * Wieszak's shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the card
 * first tried, when there is one), one `payment.succeeded` / `payment.failed` per attempt (card checks and
 * 3-D Secure for cards and wallets; none for BLIK, pay-by-link transfers, PayPo or Klarna), `order.cancelled`
 * when nothing was paid, then fulfilment (`order.updated` with a status and carrier), address changes,
 * cash collected on delivery (`payment.succeeded` with `cod`), cancellations with their refund, returns,
 * early fraud warnings and disputes; money events only once paid. Extra fields Vigil ignores: `delivery`,
 * `locale`, `channel`, `discountCode`, `discount`, `shippingFee`, `gift`, `threeDSecure`, `status`, `carrier`,
 * `trackingNumber`, addresses' `region`, item names and categories.
 */

type Data = EventData & {
  delivery?: string;
  locale?: string;
  channel?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  gift?: boolean;
  threeDSecure?: string;
  status?: string;
  carrier?: string;
  trackingNumber?: string;
};

const withRegion = (a: Address, region?: string) => (region ? { ...a, region } : { ...a });

function order(p: Purchase, shipping: Address | undefined): Data {
  const b = p.basket;
  const first = p.attempts[0];
  const opening = orderOpening(p, shipping);
  return {
    ...opening,
    billing: withRegion(p.billing, p.billingRegion),
    ...(shipping ? { shipping: withRegion(shipping, p.shippingRegion) } : {}),
    ...shownCardOf(first),
    items: categorisedItemsOf(b.lines),
    paymentMethod: first?.method ?? p.method,
    delivery: p.delivery,
    locale: p.locale,
    channel: p.device.userAgent.startsWith('Wieszak/') ? 'app' : 'web',
    ...(b.discountCode ? { discountCode: b.discountCode, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    ...(p.gift ? { gift: true } : {}),
  };
}

function payment(p: Purchase, a: Attempt): Data {
  return {
    ...paymentOpening(p),
    billing: withRegion(p.billing, p.billingRegion),
    paymentMethod: a.method,
    ...shownCardOf(a),
    ...checksOf(a),
    ...(a.threeDS ? { threeDSecure: a.threeDS } : {}),
    ...(a.decline ? { reason: a.decline } : {}),
  };
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }, tracking: string): TimedBody[] {
  let shipping = p.shipping;
  return afterOrder(eventMaker(ids), p, {
    created: order(p, p.shipping),
    payment: (a) => payment(p, a),
    untilPaid: true,
    updated: (l: LaterEvent) => {
      shipping = l.shipping ?? shipping;
      const status = statusOf(l, (s) => s === 'shipped' || s === 'delivered' || s === 'collected', {
        trackingNumber: tracking,
      });
      return {
        ...order(p, shipping),
        ...reasonOf(l),
        ...status,
        ...(l.carrier ? { carrier: l.carrier } : {}),
      };
    },
    // Cash collected by the courier or at the locker settles the order.
    settle: () => ({
      method: 'cod',
      data: { ...paymentOpening(p), paymentMethod: 'cod' },
    }),
    refundCancelled: true,
  });
}

/** Posted within a second or so; 1.5 % are retried 20 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking = `${rng.pick(['6200', '0000', 'PL', 'Z'])}${rng.digits(14)}`;
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.015,
    retry: [20_000, 15 * 60_000],
    median: 700,
    spread: 0.6,
  });
}
