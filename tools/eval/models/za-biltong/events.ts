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
import { type Attempt, type Purchase } from './purchase.js';

/**
 * The shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the first card
 * tried), one `payment.succeeded` / `payment.failed` per try (card checks and 3-D Secure for cards and Apple
 * Pay; none for Instant EFT, SnapScan, Zapper, Payflex, PayPal or a transfer, posted when the money reflects),
 * `order.cancelled` when nothing was paid (half an hour to an hour after the last failed try; three to five
 * days for an unpaid invoice), then fulfilment (`order.updated` with a status and tracking), cancellations,
 * refunds, early fraud warnings and disputes, money events only after a payment. Extra fields Vigil ignores:
 * `delivery`, `locale`, `source`, `discountCode`, `discount`, `shippingFee`, `giftNote`, `company`,
 * `recipients`, `ageConfirmed`, `threeDSecure`, `status`, `carrier`, `trackingNumber`, item names and categories.
 */

type Data = EventData & {
  delivery?: string;
  locale?: string;
  source?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  giftNote?: string;
  company?: { name: string; vatNumber: string };
  recipients?: number;
  ageConfirmed?: boolean;
  threeDSecure?: string;
  status?: string;
  carrier?: string;
  trackingNumber?: string;
};

function order(p: Purchase, a: Attempt | undefined, shipping: Address | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: a?.method ?? 'eft',
    delivery: p.delivery,
    locale: p.locale,
    source: p.source,
    ...(b.code ? { discountCode: b.code } : {}),
    ...(b.discount > 0 ? { discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
    ...(p.recipients ? { recipients: p.recipients } : {}),
    ...(p.ageConfirmed ? { ageConfirmed: true } : {}),
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

/** The carrier and a tracking number for a delivery. */
function tracking(rng: Rng, p: Purchase): Record<string, string> {
  const line = p.shipping?.line1 ?? '';
  switch (p.delivery) {
    case 'international':
      return { carrier: 'DHL Express', trackingNumber: rng.digits(10) };
    case 'locker':
      return line.startsWith('Pargo')
        ? { carrier: 'Pargo', trackingNumber: `PGO${rng.digits(9)}` }
        : { carrier: 'Pudo', trackingNumber: `TCG${rng.digits(8)}` };
    case 'same_day':
      return { carrier: 'Woodstock same-day', trackingNumber: `SD${rng.digits(6)}` };
    case 'road_freight':
      return { carrier: 'Aramex', trackingNumber: rng.digits(11) };
    case 'courier':
    case 'bulk':
      return rng.chance(0.6)
        ? { carrier: 'The Courier Guy', trackingNumber: `TCG${rng.digits(8)}` }
        : { carrier: 'Aramex', trackingNumber: rng.digits(11) };
    default:
      return {};
  }
}

const TRACKED = new Set(['shipped', 'ready_for_collection', 'out_for_delivery', 'delivered', 'customs_hold']);

function bodies(
  p: Purchase,
  ids: { orderId: string; paymentId: string },
  track: Record<string, string>,
): TimedBody[] {
  const invoice = p.attempts.length === 0 || p.attempts[p.attempts.length - 1]?.method === 'eft';
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    unpaid: (t) =>
      invoice
        ? { at: releasedAt(t, p.at, 3 * 24 * 60, 2 * 24 * 60), reason: 'invoice_expired' }
        : { at: releasedAt(t, p.at, 30, 30), reason: 'payment_failed' },
    updated: (l, paid) => ({
      ...order(p, paid, p.shipping),
      ...reasonOf(l),
      ...statusOf(l, (s) => TRACKED.has(s), track),
    }),
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Posted within a second or so; 1.5 % are retried 45 s – 20 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const track = tracking(rng, p);
  return deliverAsPosted(bodies(p, { orderId, paymentId }, track), orderId, rng, {
    retried: 0.015,
    retry: [45_000, 20 * 60_000],
    median: 800,
    spread: 0.7,
  });
}
