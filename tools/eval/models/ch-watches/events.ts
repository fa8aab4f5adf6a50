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
 * The boutique's shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the
 * first card tried), one `payment.succeeded` / `payment.failed` per authorisation (card checks and 3-D Secure
 * for cards and wallets; none for PayPal, TWINT, PostFinance or transfers, posted when the money arrives),
 * `order.cancelled` when nothing was paid, then fulfilment (`order.updated` with a status), address changes,
 * cancellations, refunds, early fraud warnings and disputes, money events only after a capture. Extra fields
 * Vigil ignores: `fulfilment`, `duty`, `locale`, `channel`, `shippingFee`, `giftNote`, `giftWrap`,
 * `recipientEmail`, `company`, `taxFreeForm`, `signatureRequired`, `threeDSecure`, `status`, `trackingNumber`,
 * item names and categories.
 */

type Data = EventData & {
  fulfilment?: string;
  duty?: string;
  locale?: string;
  channel?: string;
  shippingFee?: number;
  giftNote?: string;
  giftWrap?: boolean;
  recipientEmail?: string;
  company?: { name: string; vatId?: string };
  taxFreeForm?: boolean;
  signatureRequired?: boolean;
  threeDSecure?: string;
  status?: string;
  trackingNumber?: string;
};

function order(p: Purchase, a: Attempt | undefined, shipping: Address | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: a?.method ?? 'card',
    fulfilment: p.fulfilment,
    duty: b.duty,
    locale: p.locale,
    channel: p.channel,
    shippingFee: b.shippingFee,
    ...(shipping ? { signatureRequired: true } : {}),
    ...(p.giftWrap ? { giftWrap: true } : {}),
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
    ...(p.recipientEmail ? { recipientEmail: p.recipientEmail } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
    ...(p.taxFreeForm ? { taxFreeForm: true } : {}),
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

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }, tracking: string): TimedBody[] {
  let shipping = p.shipping;
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    // A reserved piece goes back on sale an hour or two after the last failed try.
    unpaid: (t) => ({ at: releasedAt(t, p.at, 60, 60), reason: 'payment_failed' }),
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      const status = statusOf(l, (s) => s === 'shipped' || s === 'delivered', { trackingNumber: tracking });
      return { ...order(p, paid, shipping), ...reasonOf(l), ...status };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Posted within a second or so; 1.5 % are retried 30 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking =
    p.fulfilment === 'armoured'
      ? `MX${rng.digits(10)}`
      : `${rng.pick(['98.', 'JD0', 'RR'])}${rng.digits(12)}`;
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.015,
    retry: [30_000, 15 * 60_000],
    median: 700,
    spread: 0.6,
  });
}
