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
 * tried), one `payment.succeeded` / `payment.failed` per authorisation (card checks and 3-D Secure for cards and
 * wallets; none for MB Way, Multibanco, PayPal or Klarna; a Multibanco payment is posted when the reference is
 * paid), `order.cancelled` when nothing was paid (half an hour after the last failed try, or when a Multibanco
 * reference lapses after three days), then fulfilment (`order.updated` with a status), address changes,
 * cancellations, refunds, early fraud warnings and disputes, money events only after a capture. Extra fields Vigil
 * ignores: `fulfilment`, `carrier`, `locale`, `channel`, `discountCode`, `discount`, `pointsRedeemed`,
 * `pointsValue`, `shippingFee`, `giftWrap`, `giftMessage`, `recipientName`, `recipientEmail`, `company`,
 * `threeDSecure`, `status`, `trackingNumber`, item names and categories.
 */

type Data = EventData & {
  fulfilment?: string;
  carrier?: string;
  locale?: string;
  channel?: string;
  discountCode?: string;
  discount?: number;
  pointsRedeemed?: number;
  pointsValue?: number;
  shippingFee?: number;
  giftWrap?: boolean;
  giftMessage?: string;
  recipientName?: string;
  recipientEmail?: string;
  company?: { name: string; vatId: string };
  threeDSecure?: string;
  status?: string;
  trackingNumber?: string;
};

const CARRIER: Readonly<Record<string, string>> = {
  ctt_standard: 'CTT',
  ctt_express: 'CTT Expresso',
  dpd_home: 'DPD',
  pickup_point: 'CTT',
};

function carrierOf(p: Purchase): string | undefined {
  if (p.fulfilment === 'pickup_point' && p.shipping?.country !== 'PT') return 'DPD';
  if (p.fulfilment === 'ctt_express' && p.shipping?.country !== 'PT') return 'DPD';
  return CARRIER[p.fulfilment];
}

function order(p: Purchase, a: Attempt | undefined, shipping: Address | undefined): Data {
  const b = p.basket;
  const carrier = carrierOf(p);
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: a?.method ?? 'multibanco',
    fulfilment: p.fulfilment,
    ...(carrier ? { carrier } : {}),
    locale: p.locale,
    channel: p.channel,
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    ...(b.points ? { pointsRedeemed: b.points, pointsValue: b.pointsValue } : {}),
    shippingFee: b.shippingFee,
    ...(b.wrapFee ? { giftWrap: true } : {}),
    ...(p.giftMessage ? { giftMessage: p.giftMessage } : {}),
    ...(p.recipientName ? { recipientName: p.recipientName } : {}),
    ...(p.recipientEmail ? { recipientEmail: p.recipientEmail } : {}),
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

const THREE_DAYS = 72 * 3_600_000;

/** Fulfilment starts once the money is in: a Multibanco reference paid two days later delays everything after it. */
function fromPayment(p: Purchase): Purchase {
  let paidAt = 0;
  for (const a of p.attempts) {
    paidAt += Math.max(1000, Math.floor(a.afterMs));
    if (a.ok) return { ...p, later: p.later.map((l) => ({ ...l, afterMs: l.afterMs + paidAt })) };
  }
  return p;
}

function bodies(
  planned: Purchase,
  ids: { orderId: string; paymentId: string },
  tracking: string,
): TimedBody[] {
  const p = fromPayment(planned);
  let shipping = p.shipping;
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    // A card basket is released 30–60 minutes after the last failed try; a Multibanco reference lapses in 3 days.
    unpaid: (t) =>
      p.attempts.length === 0
        ? { at: releasedAt(p.at + THREE_DAYS, p.at, 5, 55), reason: 'multibanco_expired' }
        : { at: releasedAt(t, p.at, 30, 30), reason: 'payment_failed' },
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      const status = statusOf(l, (s) => s === 'shipped' || s === 'delivered' || s === 'ready_for_pickup', {
        trackingNumber: tracking,
      });
      return { ...order(p, paid, shipping), ...reasonOf(l), ...status };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Posted within a second or so; 1.5 % are retried 20 s – 8 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking =
    p.shipping?.country === 'PT' && p.fulfilment !== 'dpd_home'
      ? `RR${rng.digits(9)}PT`
      : `0${rng.digits(13)}`;
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.015,
    retry: [20_000, 8 * 60_000],
    median: 700,
    spread: 0.6,
  });
}
