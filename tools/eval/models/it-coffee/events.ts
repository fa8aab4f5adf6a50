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
import { type Address, DAY } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { afterCapture, checksOf, reasonOf, releasedAt, shownCardOf, statusOf } from '../kit/timeline.js';
import { type Attempt, BNPL, CARD_METHODS, type LaterEvent, type Method, type Purchase } from './purchase.js';

/**
 * The shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the first card
 * tried), one `payment.succeeded` / `payment.failed` per authorisation (card checks and 3-D Secure for cards
 * and wallets; none for PayPal, Scalapay, Satispay or SEPA transfers, posted when the money arrives),
 * `order.cancelled` when nothing was paid (a renewal a day after the last dunning try), then fulfilment and
 * trade-in updates (`order.updated` with a status), address changes, cancellations, refunds, early fraud
 * warnings and disputes, money events only after a capture (no chargebacks on transfers or Satispay, warnings
 * only from card networks and instalment providers). Extra fields Vigil ignores: `fulfilment`, `carrier`,
 * `pickupPoint`, `recipientName`, `locale`, `channel`, `discountCode`, `discount`, `shippingFee`, `giftNote`,
 * `giftCardTo`, `company`, `tradeIn`, `installments`, `initiatedBy`, `threeDSecure`, `status`,
 * `trackingNumber`, item names and categories.
 */

type Data = EventData & {
  fulfilment?: string;
  carrier?: string;
  pickupPoint?: string;
  recipientName?: string;
  locale?: string;
  channel?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  giftNote?: string;
  giftCardTo?: string;
  company?: { name: string; vatId: string; sdi?: string; pec?: string };
  tradeIn?: { model: string; credit: number };
  installments?: number;
  initiatedBy?: string;
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
    ...(p.carrier ? { carrier: p.carrier } : {}),
    ...(p.pickupPoint ? { pickupPoint: p.pickupPoint } : {}),
    ...(p.recipient ? { recipientName: p.recipient } : {}),
    locale: p.locale,
    channel: p.channel,
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
    ...(p.giftCardTo ? { giftCardTo: p.giftCardTo } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
    ...(p.tradeIn ? { tradeIn: { ...p.tradeIn } } : {}),
  };
}

function payment(p: Purchase, a: Attempt): Data {
  return {
    ...paymentOpening(p),
    paymentMethod: a.method,
    ...shownCardOf(a),
    ...checksOf(a),
    ...(a.threeDS ? { threeDSecure: a.threeDS } : {}),
    ...(BNPL.has(a.method) ? { installments: 3 } : {}),
    ...(p.channel === 'subscription' ? { initiatedBy: 'merchant' } : {}),
    ...(a.decline ? { reason: a.decline } : {}),
  };
}

/** What the providers can send about a payment taken by `method`. */
function possible(l: LaterEvent, method: Method | undefined): boolean {
  if (l.type === 'dispute.created') return method !== 'bank_transfer' && method !== 'satispay';
  if (l.type === 'fraud_warning.created')
    return method !== undefined && (CARD_METHODS.has(method) || BNPL.has(method));
  return true;
}

const TRACKED = new Set(['shipped', 'delivered', 'ready_for_pickup']);

function trackingNumber(rng: Rng, carrier: string | undefined): string {
  if (carrier === 'UPS') return `1Z${rng.token(16, '0123456789ABCDEFGHJKLMNPRSTVWXYZ')}`;
  if (carrier === 'DHL' || carrier === 'DHL Express') return `JJD${rng.digits(18)}`;
  if (carrier === 'BRT') return rng.digits(15);
  if (carrier === 'GLS') return rng.digits(11);
  return `${rng.token(2, 'ABCDEFGHJKLMNPRSTVWXYZ')}${rng.digits(9)}IT`;
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }, tracking: string): TimedBody[] {
  let shipping = p.shipping;
  const method = p.attempts.find((a) => a.ok)?.method;
  const later = p.later.filter((l) => possible(l, method));
  return afterCapture(
    eventMaker(ids),
    { ...p, later },
    {
      created: order(p, p.attempts[0], p.shipping),
      payment: (a) => payment(p, a),
      // A checkout's basket is released half an hour to an hour after the last failed try; a renewal a day later.
      unpaid: (t) => ({
        at: p.channel === 'subscription' ? t + DAY : releasedAt(t, p.at, 30, 30),
        reason: 'payment_failed',
      }),
      updated: (l, paid) => {
        shipping = l.shipping ?? shipping;
        return {
          ...order(p, paid, shipping),
          ...reasonOf(l),
          ...statusOf(l, (s) => TRACKED.has(s), { trackingNumber: tracking }),
        };
      },
      card: shownCardOf,
      capRefunds: true,
    },
  );
}

/** Posted within a second or so; under 1 % are retried 20 s – 8 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking = trackingNumber(rng, p.carrier);
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.008,
    retry: [20_000, 8 * 60_000],
    median: 700,
    spread: 0.7,
  });
}
