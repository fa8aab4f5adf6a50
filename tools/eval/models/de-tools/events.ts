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
import { isMobileAgent } from './people.js';
import { type Attempt, type Purchase } from './purchase.js';

/**
 * The shop's platform posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the
 * first card tried, if any), one `payment.succeeded` / `payment.failed` per try (card, checks and 3-D Secure
 * for cards and wallets; none for PayPal, Klarna, debits, bank redirects, TWINT, BLIK or trade invoice),
 * `order.cancelled` when nothing was paid, then fulfilment (`order.updated` with a status), address changes,
 * cancellations, refunds, early fraud warnings and disputes, money events only after a payment. Extra fields
 * Vigil ignores: `delivery`, `locale`, `channel`, `site`, `customerType`, `company`, `recipientName`,
 * `recipientEmail`, `discountCode`, `discount`, `shippingFee`, `threeDSecure`, `installments`, `bankCountry`,
 * `status`, `carrier`, `trackingNumber`, item names and categories.
 */

type Data = EventData & {
  delivery?: string;
  locale?: string;
  channel?: string;
  site?: string;
  customerType?: string;
  company?: { name: string; vatId: string };
  recipientName?: string;
  recipientEmail?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  threeDSecure?: string;
  installments?: number;
  bankCountry?: string;
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
    paymentMethod: a?.method ?? 'card',
    delivery: b.delivery,
    site: p.site.toLowerCase(),
    locale: p.locale,
    channel: isMobileAgent(p.device.userAgent) ? 'mobile_web' : 'web',
    customerType: p.company ? 'business' : 'consumer',
    ...(p.company ? { company: { ...p.company } } : {}),
    ...(p.recipient ? { recipientName: p.recipient } : {}),
    ...(p.recipientEmail ? { recipientEmail: p.recipientEmail } : {}),
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
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
    ...(a.installments ? { installments: a.installments } : {}),
    ...(a.bankCountry ? { bankCountry: a.bankCountry } : {}),
    ...(a.decline ? { reason: a.decline } : {}),
  };
}

function bodies(
  p: Purchase,
  ids: { orderId: string; paymentId: string },
  tracking: Readonly<Record<string, string>>,
): TimedBody[] {
  let shipping = p.shipping;
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    // An unpaid checkout is released 30–60 minutes after the last failed try.
    unpaid: (t) => ({ at: releasedAt(t, p.at, 30, 30), reason: 'payment_failed' }),
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      const status = statusOf(l, (s) => s === 'shipped', {
        ...tracking,
        ...(l.carrier ? { carrier: l.carrier } : {}),
      });
      return { ...order(p, paid, shipping), ...reasonOf(l), ...status };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Posted within a second or so; 1.5 % are retried 30 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking = { trackingNumber: `00340434${rng.digits(12)}` };
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.015,
    retry: [30_000, 15 * 60_000],
    median: 700,
    spread: 0.6,
  });
}
