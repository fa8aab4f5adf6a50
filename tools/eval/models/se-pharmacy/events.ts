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
import { type Rng } from '../kit/random.js';
import { afterCapture, checksOf, reasonOf, releasedAt, shownCardOf, statusOf } from '../kit/timeline.js';
import { PICKUP } from './basket.js';
import { MARKETS } from './places.js';
import { type Attempt, type Purchase } from './purchase.js';

/**
 * The shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the first card
 * tried, when a card was), one `payment.succeeded` / `payment.failed` per attempt (card checks and 3-D Secure
 * only for cards and wallets; none for Swish, Klarna, Trustly or gift cards), `order.cancelled` when nothing was
 * paid, then fulfilment (`order.updated` with a status and, once shipped, the carrier's tracking number),
 * cancellations, refunds, early fraud warnings and disputes, money events only after a payment. Extra fields
 * Vigil ignores: `site`, `locale`, `channel`, `delivery`, `pickupPoint`, `phone`, `recipient`,
 * `recipientEmail`, `giftNote`, `company`, `bankIdLogin`, `prescription`, `discountCode`, `discount`,
 * `shippingFee`, `threeDSecure`, `status`, `carrier`, `trackingNumber`, item names and categories.
 */

type Data = EventData & {
  site?: string;
  locale?: string;
  channel?: string;
  delivery?: string;
  pickupPoint?: { id: string; name: string };
  phone?: string;
  recipient?: string;
  recipientEmail?: string;
  giftNote?: string;
  company?: { name: string; orgNumber: string };
  bankIdLogin?: boolean;
  prescription?: boolean;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  threeDSecure?: string;
  status?: string;
  carrier?: string;
  trackingNumber?: string;
};

const CARRIER: Readonly<Record<string, string>> = {
  instabox: 'Instabox',
  budbee_box: 'Budbee',
  budbee_home_evening: 'Budbee',
  postnord_service_point: 'PostNord',
  postnord_home: 'PostNord',
  click_and_collect: 'PostNord',
};

function order(p: Purchase, a: Attempt | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, p.shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: a?.method ?? 'card',
    site: MARKETS[p.market].site,
    locale: p.locale,
    channel: p.channel,
    delivery: p.delivery,
    ...(p.pickupPoint ? { pickupPoint: { id: p.pickupPoint.id, name: p.pickupPoint.name } } : {}),
    phone: p.phone,
    ...(p.recipient ? { recipient: p.recipient } : {}),
    ...(p.recipientEmail ? { recipientEmail: p.recipientEmail } : {}),
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
    bankIdLogin: p.bankId,
    prescription: b.lines.some((l) => l.category === 'prescription'),
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
    ...(a.decline ? { reason: a.decline } : {}),
  };
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }, tracking: string): TimedBody[] {
  const carrier = CARRIER[p.delivery];
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0]),
    payment: (a) => payment(p, a),
    // Unpaid baskets are released half an hour to an hour after the last failed try.
    unpaid: (t) => ({ at: releasedAt(t, p.at, 30, 30), reason: 'payment_failed' }),
    updated: (l, paid) => {
      const tracked = (s: string) =>
        carrier !== undefined && s !== 'sent' && (s !== 'collected' || PICKUP.has(p.delivery));
      const status = statusOf(l, tracked, carrier ? { carrier, trackingNumber: tracking } : {});
      return { ...order(p, paid), ...reasonOf(l), ...status };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

function trackingFor(rng: Rng, delivery: string): string {
  switch (CARRIER[delivery]) {
    case 'Instabox':
      return `IBX${rng.token(10).toUpperCase()}`;
    case 'Budbee':
      return `BB${rng.digits(12)}`;
    default:
      return `00373${rng.digits(15)}`;
  }
}

/** Posted within a second or so; 1.5 % are retried 30 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking = trackingFor(rng, p.delivery);
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.015,
    retry: [30_000, 15 * 60_000],
    median: 700,
    spread: 0.6,
  });
}
