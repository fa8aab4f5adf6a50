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
 * tried, when it is a card), one `payment.succeeded` / `payment.failed` per authorisation (card checks for cards
 * and wallets that show one; none for Mercado Pago, transfers, vouchers or PayPal, whose payments are posted
 * when confirmed, hours later for a transfer or a voucher), `order.cancelled` when nothing was paid (half an hour
 * after a failed card, minutes after a voucher or transfer expires), then fulfilment (`order.updated` with a
 * status), address changes, cancellations, refunds, early fraud warnings and disputes, money events only after a
 * capture. Extra fields Vigil ignores: `storefront`, `fulfilment`, `locale`, `channel`, `installments`,
 * `mpFunding`, `voucher`, `confirmation`, `document`, `recipient`, `giftNote`, `company`, `discountCode`,
 * `discount`, `shippingFee`, `threeDSecure`, `status`, `trackingNumber`, item names and categories.
 */

type Data = EventData & {
  storefront?: string;
  fulfilment?: string;
  locale?: string;
  channel?: string;
  installments?: number;
  mpFunding?: string;
  voucher?: string;
  confirmation?: string;
  document?: { type: string; number: string };
  recipient?: string;
  giftNote?: string;
  company?: { name: string; cuit: string };
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  threeDSecure?: string;
  status?: string;
  trackingNumber?: string;
};

/** The payment's own details: cuotas, the Mercado Pago funding, the voucher network, how it was confirmed. */
const paymentDetails = (a: Attempt) => ({
  ...(a.installments ? { installments: a.installments } : {}),
  ...(a.mpFunding ? { mpFunding: a.mpFunding } : {}),
  ...(a.voucher ? { voucher: a.voucher } : {}),
  ...(a.confirmation ? { confirmation: a.confirmation } : {}),
});

function order(p: Purchase, a: Attempt | undefined, shipping: Address | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: a?.method ?? 'card',
    ...(a?.installments ? { installments: a.installments } : {}),
    storefront: p.storefront,
    fulfilment: p.fulfilment,
    locale: p.locale,
    channel: p.channel,
    ...(p.document ? { document: { ...p.document } } : {}),
    ...(p.recipient ? { recipient: p.recipient } : {}),
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
    ...(b.discount > 0 ? { discount: b.discount, ...(b.code ? { discountCode: b.code } : {}) } : {}),
    shippingFee: b.shippingFee,
  };
}

function payment(p: Purchase, a: Attempt): Data {
  return {
    ...paymentOpening(p),
    paymentMethod: a.method,
    ...shownCardOf(a),
    ...checksOf(a),
    ...(a.threeDS ? { threeDSecure: a.threeDS } : {}),
    ...paymentDetails(a),
    ...(a.decline ? { reason: a.decline } : {}),
  };
}

/** A card that fails is released after half an hour to an hour; an expired voucher or transfer within minutes. */
const released = (p: Purchase, t: number): number => {
  const last = p.attempts[p.attempts.length - 1];
  return last?.decline === 'expired' ? releasedAt(t, p.at, 1, 15) : releasedAt(t, p.at, 30, 30);
};

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }, tracking: string): TimedBody[] {
  let shipping = p.shipping;
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    unpaid: (t) => ({
      at: released(p, t),
      reason: p.attempts[p.attempts.length - 1]?.decline === 'expired' ? 'payment_expired' : 'payment_failed',
    }),
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
    p.fulfilment === 'international'
      ? `EX${rng.digits(9)}AR`
      : `${rng.pick(['3600', '3600', '0004'])}${rng.digits(11)}`;
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.015,
    retry: [30_000, 15 * 60_000],
    median: 700,
    spread: 0.6,
  });
}
