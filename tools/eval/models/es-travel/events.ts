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
import { afterCapture, checksOf, reasonOf, releasedAt, shownCardOf, statusOf } from '../kit/timeline.js';
import { type Attempt, type Purchase, type Trip } from './purchase.js';

/**
 * The agency's booking engine posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout
 * (with the first card tried), one `payment.succeeded` / `payment.failed` per authorisation (card checks and
 * 3-D Secure for cards and wallets; none for PayPal, Bizum, MB WAY, seQura or transfers), `order.cancelled` when
 * nothing was paid, then `order.updated` when tickets are issued, a stay confirmed, a gift card sent or a name
 * changed, cancellations, refunds, early fraud warnings and disputes, money events only after a capture. There is
 * no shipping address except for a gift card posted on plastic; billing is the payer's. Extra fields Vigil may
 * ignore: `trip` (type, route, departure, return, one way, passengers, nights, destination, booking reference),
 * `channel`, `locale`, `loyalty`, `company`, `giftRecipient`, `discount`, `discountKind`, `instalments`,
 * `threeDSecure`, `status`, `ticketNumber`, item names and categories.
 */

type Data = EventData & {
  trip?: Record<string, unknown>;
  channel?: string;
  locale?: string;
  loyalty?: Purchase['loyalty'];
  company?: { name: string; vatId: string };
  giftRecipient?: string;
  discount?: number;
  discountKind?: string;
  instalments?: number;
  threeDSecure?: string;
  status?: string;
  ticketNumber?: string;
};

function tripOf(t: Trip, passengers: string[]): Record<string, unknown> {
  return {
    type: t.type,
    ...(t.route ? { route: t.route } : {}),
    ...(t.destination ? { destination: t.destination } : {}),
    ...(t.departure !== undefined ? { departure: iso(t.departure) } : {}),
    ...(t.returnAt !== undefined ? { return: iso(t.returnAt) } : {}),
    ...(t.oneWay !== undefined ? { oneWay: t.oneWay } : {}),
    ...(t.nights !== undefined ? { nights: t.nights } : {}),
    ...(t.bookingRef ? { bookingRef: t.bookingRef } : {}),
    passengers: [...passengers],
  };
}

function order(p: Purchase, a: Attempt | undefined, passengers: string[]): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, p.shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: a?.method ?? 'card',
    trip: tripOf(p.trip, passengers),
    channel: p.channel,
    locale: p.locale,
    ...(b.discount > 0 ? { discount: b.discount, discountKind: b.discountKind ?? 'promo' } : {}),
    ...(p.loyalty ? { loyalty: { ...p.loyalty } } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
    ...(p.giftRecipient ? { giftRecipient: p.giftRecipient } : {}),
    ...(p.instalments ? { instalments: p.instalments } : {}),
  };
}

function payment(p: Purchase, a: Attempt): Data {
  return {
    ...paymentOpening(p),
    paymentMethod: a.method,
    ...shownCardOf(a),
    ...checksOf(a),
    ...(a.threeDS ? { threeDSecure: a.threeDS } : {}),
    ...(a.method === 'sequra' ? { instalments: 3 } : {}),
    ...(a.decline ? { reason: a.decline } : {}),
  };
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }, ticket: string): TimedBody[] {
  let passengers = p.trip.passengers;
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], passengers),
    payment: (a) => payment(p, a),
    // A held fare or room is released 20–40 minutes after the last failed try.
    unpaid: (t) => ({ at: releasedAt(t, p.at, 20, 20), reason: 'payment_failed' }),
    updated: (l, paid) => {
      passengers = l.passengers ?? passengers;
      const status = statusOf(l, (s) => s === 'ticketed', { ticketNumber: ticket });
      return { ...order(p, paid, passengers), ...reasonOf(l), ...status };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Posted within a second or so; 1.5 % are retried 20 s – 8 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const ticket = `${rng.pick(['075', '057', '996', '074', '220'])}-${rng.digits(10)}`;
  return deliverAsPosted(bodies(p, { orderId, paymentId }, ticket), orderId, rng, {
    retried: 0.015,
    retry: [20_000, 8 * 60_000],
    median: 700,
    spread: 0.6,
  });
}
