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
 * tried), one `payment.succeeded` / `payment.failed` per authorisation (card checks and 3-D Secure for cards;
 * none for PayPal; a konbini slip or a bank transfer succeeds when the money is paid in, or fails when the slip
 * expires or the transfer never comes), `order.cancelled` when nothing was paid, then fulfilment (`order.updated`
 * with a status and tracking), address changes, cancellations, refunds, early fraud warnings and disputes, money
 * events only after a capture. Extra fields Vigil ignores: `fulfilment`, `locale`, `discountCode`, `discount`,
 * `shippingFee`, `duties`, `engraving`, `noshi`, `giftNote`, `company`, `dropId`, `ageCheck`, `threeDSecure`,
 * `status`, `trackingNumber`, `carrier`, item names and categories.
 */

type Data = EventData & {
  fulfilment?: string;
  locale?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  duties?: number;
  engraving?: string;
  noshi?: string;
  giftNote?: string;
  company?: { name: string; invoiceNo?: string };
  dropId?: string;
  ageCheck?: boolean;
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
    paymentMethod: a?.method ?? 'card',
    fulfilment: p.fulfilment,
    locale: p.locale,
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    ...(b.duties > 0 ? { duties: b.duties } : {}),
    ...(p.engraving ? { engraving: p.engraving } : {}),
    ...(p.noshi ? { noshi: p.noshi } : {}),
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
    ...(p.dropId ? { dropId: p.dropId } : {}),
    ...(p.ageCheck ? { ageCheck: true } : {}),
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

const CARRIERS: Readonly<Record<string, string>> = {
  yamato: 'Yamato Transport',
  ems: 'Japan Post EMS',
  dhl: 'DHL Express',
};

function tracking(rng: Rng, p: Purchase): Record<string, string> {
  const carrier = CARRIERS[p.fulfilment];
  if (!carrier) return {};
  const number =
    p.fulfilment === 'yamato'
      ? rng.digits(12)
      : p.fulfilment === 'ems'
        ? `EN${rng.digits(9)}JP`
        : rng.digits(10);
  return { trackingNumber: number, carrier };
}

function bodies(
  p: Purchase,
  ids: { orderId: string; paymentId: string },
  track: Record<string, string>,
): TimedBody[] {
  let shipping = p.shipping;
  const slip = p.attempts.some((a) => a.method === 'konbini' || a.method === 'bank_transfer');
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    // A failed card checkout is released after half an hour to an hour; an expired slip or transfer at once.
    unpaid: (t) => ({
      at: slip ? releasedAt(t, p.at, 1, 10) : releasedAt(t, p.at, 30, 30),
      reason: 'payment_failed',
    }),
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      const status = statusOf(l, (s) => s === 'shipped' || s === 'delivered', track);
      return { ...order(p, paid, shipping), ...reasonOf(l), ...status };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Posted within a second or so; 1.5 % are retried 30 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const track = tracking(rng, p);
  return deliverAsPosted(bodies(p, { orderId, paymentId }, track), orderId, rng, {
    retried: 0.015,
    retry: [30_000, 15 * 60_000],
    median: 700,
    spread: 0.6,
  });
}
