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
import { afterCapture, checksOf, reasonOf, releasedAt, shownCardOf, statusOf } from '../kit/timeline.js';
import { MARKETS } from './places.js';
import { type Attempt, type Purchase } from './purchase.js';

/**
 * The store's platform posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the
 * card first tried), one `payment.succeeded` / `payment.failed` per authorisation (card, checks and 3-D Secure
 * for cards, Apple Pay and the instalment provider; none for PayPal, gift cards or transfers),
 * `order.cancelled` when nothing was paid, then fulfilment (`order.updated` with a status and, for parcels, a
 * carrier and tracking number), readdressing, cancellations, refunds, early fraud warnings and disputes, money
 * events only after a capture. Extra fields Vigil ignores: `fulfilment`, `pickupStore`, `locale`, `channel`,
 * `loyaltyCard`, `recipientEmail`, `discountCode`, `discount`, `shippingFee`, `company`, `threeDSecure`,
 * `instalments`, `status`, `carrier`, `trackingNumber`, item names and categories.
 */

type Data = EventData & {
  fulfilment?: string;
  pickupStore?: string;
  locale?: string;
  channel?: string;
  loyaltyCard?: string;
  recipientEmail?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  company?: { name: string; vatId: string };
  threeDSecure?: string;
  instalments?: number;
  status?: string;
  carrier?: string;
  trackingNumber?: string;
};

const instalmentsOf = (method: string | undefined) =>
  method === 'instalments_3x' ? { instalments: 3 } : method === 'instalments_4x' ? { instalments: 4 } : {};

function order(p: Purchase, a: Attempt | undefined, shipping: Address | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: a?.method ?? 'card',
    ...instalmentsOf(a?.method),
    fulfilment: p.fulfilment,
    ...(p.pickupStore ? { pickupStore: p.pickupStore } : {}),
    locale: MARKETS[p.market].locale,
    channel: p.channel,
    ...(p.loyaltyCard ? { loyaltyCard: p.loyaltyCard } : {}),
    ...(p.recipientEmail ? { recipientEmail: p.recipientEmail } : {}),
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    ...(p.company ? { company: { ...p.company } } : {}),
  };
}

function payment(p: Purchase, a: Attempt): Data {
  return {
    ...paymentOpening(p),
    paymentMethod: a.method,
    ...instalmentsOf(a.method),
    ...shownCardOf(a),
    ...checksOf(a),
    ...(a.threeDS ? { threeDSecure: a.threeDS } : {}),
    ...(a.decline ? { reason: a.decline } : {}),
  };
}

const PARCEL = new Set(['shipped', 'delivered', 'at_relay_point', 'collected']);

function bodies(
  p: Purchase,
  ids: { orderId: string; paymentId: string },
  tracking: { carrier: string; trackingNumber: string },
): TimedBody[] {
  let shipping = p.shipping;
  const parcel = p.fulfilment === 'home_delivery' || p.fulfilment === 'relay_point';
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    // The basket's stock is released 20–45 minutes after the last failed try.
    unpaid: (t) => ({ at: releasedAt(t, p.at, 20, 26), reason: 'payment_failed' }),
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      const status = statusOf(l, (s) => parcel && PARCEL.has(s), tracking);
      return {
        ...order(p, paid, shipping),
        ...(l.shipping ? { reason: 'address_changed' } : reasonOf(l)),
        ...status,
      };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Posted within a second or so; 2 % are retried 20 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const relay = p.fulfilment === 'relay_point';
  const carrier = relay
    ? rng.pick(['mondial_relay', 'relais_colis', 'pickup'])
    : rng.pick(['colissimo', 'chronopost', 'dpd']);
  const trackingNumber = relay ? rng.digits(12) : `${rng.pick(['6A', '8R', 'XY'])}${rng.digits(11)}`;
  return deliverAsPosted(bodies(p, { orderId, paymentId }, { carrier, trackingNumber }), orderId, rng, {
    retried: 0.02,
    retry: [20_000, 15 * 60_000],
    median: 700,
    spread: 0.7,
  });
}
