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
import { type Attempt } from './payments.js';
import { type Purchase } from './purchase.js';

/**
 * Bloemhuis's shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the first
 * card tried), one `payment.succeeded` / `payment.failed` per authorisation (card checks and 3-D Secure for cards;
 * a saved card without its code; none for iDEAL, Bancontact, PayPal, Klarna, SOFORT, MobilePay or invoice),
 * `order.cancelled` when nothing was paid, then `order.updated` as a voucher is e-mailed or flowers go out and
 * arrive, refunds, early fraud warnings and disputes, money events only after a capture. A subscription renewal,
 * charged by the shop itself, carries no IP, device or browser. Extra fields Vigil ignores: `delivery`,
 * `deliveryDate`, `courier`, `recipient`, `cardMessage`, `locale`, `channel`, `discountCode`, `discount`,
 * `deliveryFee`, `company`, `drops`, `threeDSecure`, `funding`, `savedCard`, `status`, item names and categories.
 */

type Data = EventData & {
  delivery?: string;
  deliveryDate?: string;
  courier?: string;
  recipient?: { name?: string; email?: string };
  cardMessage?: { text: string; signed: boolean };
  locale?: string;
  channel?: string;
  discountCode?: string;
  discount?: number;
  deliveryFee?: number;
  company?: { name: string; vatId: string };
  drops?: number;
  threeDSecure?: string;
  funding?: string;
  savedCard?: boolean;
  status?: string;
};

function order(p: Purchase, a: Attempt | undefined, shipping: Address | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: a?.method ?? 'ideal',
    delivery: p.delivery,
    ...(p.deliveryDate ? { deliveryDate: p.deliveryDate } : {}),
    courier: p.courier,
    ...(p.recipient ? { recipient: { ...p.recipient } } : {}),
    ...(p.cardMessage ? { cardMessage: { ...p.cardMessage } } : {}),
    locale: p.locale,
    channel: p.channel,
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    deliveryFee: b.deliveryFee,
    ...(p.company ? { company: { ...p.company } } : {}),
    ...(p.drops ? { drops: p.drops } : {}),
  };
}

function payment(p: Purchase, a: Attempt): Data {
  return {
    ...paymentOpening(p),
    paymentMethod: a.method,
    ...shownCardOf(a),
    ...(a.card ? { funding: a.card.funding } : {}),
    ...checksOf(a),
    ...(a.threeDS ? { threeDSecure: a.threeDS } : {}),
    ...(a.saved ? { savedCard: true } : {}),
    ...(a.decline ? { reason: a.decline } : {}),
  };
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }): TimedBody[] {
  const shipping = p.shipping;
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], shipping),
    payment: (a) => payment(p, a),
    // The basket is released 20–50 minutes after the last failed try.
    unpaid: (t) => ({ at: releasedAt(t, p.at, 20, 30), reason: 'payment_failed' }),
    updated: (l, paid) => ({ ...order(p, paid, shipping), ...reasonOf(l), ...statusOf(l) }),
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Posted within a second or so; 1.5 % are retried 20 s – 15 min later (the 14th's load) and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  return deliverAsPosted(bodies(p, { orderId, paymentId }), orderId, rng, {
    retried: 0.015,
    retry: [20_000, 15 * 60_000],
    median: 700,
    spread: 0.6,
  });
}
