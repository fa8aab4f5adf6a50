import { type LabelledWebhook } from '../../traffic-model.js';
import {
  categorisedItemsOf,
  deliverAsPosted,
  type EventData,
  eventMaker,
  iso,
  orderOpening,
  paymentOpening,
  type TimedBody,
} from '../kit/events.js';
import { type Rng } from '../kit/random.js';
import { afterOrder, checksOf, reasonOf, shownCardOf, statusOf } from '../kit/timeline.js';
import { COLLECTION } from './catalogue.js';
import { PICKUP } from './places.js';
import { type Attempt, type Purchase } from './purchase.js';

/**
 * Bergwerk's shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the
 * first card tried), one `payment.succeeded` / `payment.failed` per authorisation or redirect (card checks and
 * 3-D Secure for cards and wallets; none for PayPal, EPS, Sofort, Klarna, TWINT or transfers), a
 * `payment.succeeded` at the counter for orders paid on collection, `order.cancelled` for unpaid, uncollected
 * or stopped orders, then fulfilment (`order.updated` with a status), address changes, refunds, early fraud
 * warnings and disputes, money events only after a payment. Extra fields Vigil ignores: `fulfilment`,
 * `pickupLocation`, `locale`, `discountCode`, `discount`, `shippingFee`, `pointsRedeemed`, `recipientEmail`,
 * `giftMessage`, `company`, `appointment`, `threeDSecure`, `status`, `carrier`, `trackingNumber`, item names
 * and categories.
 */

type Data = EventData & {
  fulfilment?: string;
  pickupLocation?: string;
  locale?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  pointsRedeemed?: number;
  recipientEmail?: string;
  giftMessage?: boolean;
  company?: { name: string; vatId: string };
  appointment?: string;
  threeDSecure?: string;
  status?: string;
};

function order(p: Purchase, a: Attempt | undefined): Data {
  const b = p.basket;
  const pickup = COLLECTION.has(p.fulfilment) ? PICKUP[p.fulfilment as keyof typeof PICKUP] : undefined;
  return {
    ...orderOpening(p, p.shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: a?.method ?? (pickup ? 'cash_on_collection' : 'card'),
    fulfilment: p.fulfilment,
    ...(pickup ? { pickupLocation: `${pickup.city}, ${pickup.line1}` } : {}),
    locale: p.locale,
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    ...(p.pointsRedeemed ? { pointsRedeemed: p.pointsRedeemed } : {}),
    ...(p.recipientEmail ? { recipientEmail: p.recipientEmail } : {}),
    ...(p.giftMessage ? { giftMessage: true } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
    ...(p.appointment !== undefined ? { appointment: iso(p.appointment) } : {}),
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

const CARRIER: Readonly<Record<string, string>> = {
  post: 'Österreichische Post',
  dhl: 'DHL',
  dhl_express: 'DHL Express',
  dpd: 'DPD',
};

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }, tracking: string): TimedBody[] {
  const shown = { ...p };
  return afterOrder(eventMaker(ids), p, {
    created: order(p, p.attempts[0]),
    payment: (a) => payment(p, a),
    untilPaid: true,
    updated: (l) => {
      if (l.shipping) shown.shipping = l.shipping;
      const carrier = CARRIER[p.fulfilment];
      const status = statusOf(l, (s) => s === 'shipped' && carrier !== undefined, {
        carrier: carrier ?? '',
        trackingNumber: tracking,
      });
      return { ...order(shown, p.attempts.find((a) => a.ok) ?? p.attempts[0]), ...reasonOf(l), ...status };
    },
    settle: () => ({
      method: 'cash_on_collection',
      data: { ...paymentOpening(p), paymentMethod: 'cash_on_collection' },
    }),
    refundCancelled: true,
  });
}

/** Posted within a second or so; 1 % are retried 30 s – 8 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking =
    p.fulfilment === 'dpd'
      ? `0${rng.digits(13)}`
      : p.fulfilment === 'post'
        ? `10${rng.digits(20)}`
        : `JJD${rng.digits(18)}`;
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.01,
    retry: [30_000, 8 * 60_000],
    median: 700,
    spread: 0.6,
  });
}
