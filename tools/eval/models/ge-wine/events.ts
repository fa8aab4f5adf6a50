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
import { WINERY } from './places.js';
import { type Attempt, type Purchase } from './purchase.js';

/**
 * The shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the first card
 * tried), one `payment.succeeded` / `payment.failed` per attempt (card checks and the SMS code's result for
 * cards and wallets; none for PayPal, the bank's instalments or transfers, posted when the bank answers or the
 * money arrives), `payment.succeeded` when the van driver hands in the cash, `order.cancelled` for an order
 * never paid or refused at the door, then `order.updated` as the van leaves, the courier or DHL ships, the
 * parcel is delivered or collected at the winery, or the address changes; refunds, early fraud warnings and
 * disputes only after money was taken. Extra fields Vigil ignores: `phone`, `fulfilment`, `pickupAt`,
 * `locale`, `shippingFee`, `discountCode`, `discount`, `giftNote`, `company`, `threeDSecure`, `status`,
 * `trackingNumber`, `carrier`, item names and categories.
 */

type Data = EventData & {
  phone?: string;
  fulfilment?: string;
  pickupAt?: string;
  locale?: string;
  shippingFee?: number;
  discountCode?: string;
  discount?: number;
  giftNote?: string;
  company?: { name: string; taxId: string };
  threeDSecure?: string;
  status?: string;
  trackingNumber?: string;
  carrier?: string;
};

function order(p: Purchase, a: Attempt | undefined, shipping: Address | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: p.cod ? 'adgilze_gadakhda' : (a?.method ?? 'sabanko_gadaritskhva'),
    phone: p.phone,
    fulfilment: p.fulfilment,
    ...(p.fulfilment === 'winery_pickup' ? { pickupAt: `${WINERY.line1 ?? ''}, ${WINERY.city ?? ''}` } : {}),
    locale: p.locale,
    shippingFee: b.shippingFee,
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
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

const CARRIER = {
  van_tbilisi: 'own_van',
  courier_georgia: 'courier',
  dhl: 'dhl',
  freight: 'dhl_freight',
  winery_pickup: 'none',
};

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }, tracking: string): TimedBody[] {
  let shipping = p.shipping;
  return afterOrder(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    untilPaid: true,
    updated: (l) => {
      shipping = l.shipping ?? shipping;
      const tracked = (s: string) =>
        s === 'shipped' &&
        (p.fulfilment === 'dhl' || p.fulfilment === 'freight' || p.fulfilment === 'courier_georgia');
      const status = statusOf(l, tracked, { trackingNumber: tracking, carrier: CARRIER[p.fulfilment] });
      return { ...order(p, undefined, shipping), ...reasonOf(l), ...status };
    },
    settle: () => ({
      method: 'adgilze_gadakhda',
      data: { ...paymentOpening(p), paymentMethod: 'adgilze_gadakhda' },
    }),
    refundCancelled: true,
  });
}

/** Posted within a second or so; 1.5 % are retried 20 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking =
    p.fulfilment === 'dhl' || p.fulfilment === 'freight' ? rng.digits(10) : `GE${rng.digits(9)}`;
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.015,
    retry: [20_000, 15 * 60_000],
    median: 700,
    spread: 0.7,
  });
}
