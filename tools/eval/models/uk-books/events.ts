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
import { type Address, type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { afterOrder, checksOf, reasonOf, shownCard, shownCardOf, statusOf } from '../kit/timeline.js';
import { type Fulfilment } from './catalogue.js';
import { type Attempt, type Purchase } from './purchase.js';

/**
 * The shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the first card
 * tried), one `payment.succeeded` / `payment.failed` per attempt (card checks and 3-D Secure for cards and
 * wallets; none for PayPal or Klarna), a later `payment.succeeded` when a bank transfer or an invoice is paid,
 * `order.updated` for fulfilment (e-mailed, ready, collected, shipped, delivered, with tracking), address
 * changes, returns and invoice chasing, `order.cancelled`, refunds (a cancelled paid order is refunded a
 * minute later), early fraud warnings and disputes with reasons, money events only once paid. Extra fields
 * Vigil ignores: `fulfilment`, `locale`, `channel`, `discountCode`, `discount`, `shippingFee`, `giftNote`,
 * `giftRecipient`, `recipientName`, `company`, `preorder`, `threeDSecure`, `status`, `trackingNumber`,
 * `carrier`, item names and categories.
 */

type Data = EventData & {
  fulfilment?: string;
  locale?: string;
  channel?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  giftNote?: string;
  giftRecipient?: string;
  recipientName?: string;
  company?: { name: string; purchaseOrder?: string };
  preorder?: boolean;
  threeDSecure?: string;
  status?: string;
  trackingNumber?: string;
  carrier?: string;
};

/** An attempt as the bodies carry it: the card without the funding type the model keeps on it. */
type Shown = Omit<Attempt, 'card'> & { card?: Card };

function order(p: Purchase, a: Shown | undefined, shipping: Address | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: a?.method ?? p.method,
    fulfilment: p.fulfilment,
    locale: p.locale,
    channel: p.channel,
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
    ...(p.giftRecipient ? { giftRecipient: p.giftRecipient } : {}),
    ...(p.recipientName ? { recipientName: p.recipientName } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
    ...(p.preorder ? { preorder: true } : {}),
  };
}

function payment(p: Purchase, a: Shown): Data {
  return {
    ...paymentOpening(p),
    paymentMethod: a.method,
    ...shownCardOf(a),
    ...checksOf(a),
    ...(a.threeDS ? { threeDSecure: a.threeDS } : {}),
    ...(a.decline ? { reason: a.decline } : {}),
  };
}

/** Royal Mail numbers in the UPU format (two letters, nine digits, GB); couriers' numeric ones. */
function tracking(rng: Rng, f: Fulfilment): { trackingNumber: string; carrier: string } {
  const postal: Partial<Record<Fulfilment, string>> = {
    tracked_48: 'TT',
    tracked_24: 'TS',
    subscription_post: 'TT',
    special_delivery: 'ZV',
    international_tracked: 'LX',
  };
  const prefix = postal[f];
  if (prefix) return { trackingNumber: `${prefix}${rng.digits(9)}GB`, carrier: 'royal_mail' };
  return {
    trackingNumber: rng.digits(f === 'insured_courier' ? 12 : 14),
    carrier: f === 'insured_courier' ? 'insured_courier' : 'courier',
  };
}

function bodies(
  p: Purchase,
  ids: { orderId: string; paymentId: string },
  track: Record<string, string>,
): TimedBody[] {
  let shipping = p.shipping;
  const attempts: Shown[] = p.attempts.map((a) => ({ ...a, ...(a.card ? { card: shownCard(a.card) } : {}) }));
  const paidWith = attempts.find((a) => a.ok);
  return afterOrder(
    eventMaker(ids),
    { ...p, attempts },
    {
      created: order(p, attempts[0], p.shipping),
      payment: (a) => payment(p, a),
      untilPaid: true,
      updated: (l) => {
        shipping = l.shipping ?? shipping;
        const status = statusOf(l, (s) => s === 'shipped' || s === 'delivered', track);
        return { ...order(p, paidWith, shipping), ...reasonOf(l), ...status };
      },
      settle: () => ({ method: p.method, data: { ...paymentOpening(p), paymentMethod: p.method } }),
      refundCancelled: true,
    },
  );
}

/** Posted within a second or so; 1.5 % are retried 30 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const track = tracking(rng, p.fulfilment);
  return deliverAsPosted(bodies(p, { orderId, paymentId }, track), orderId, rng, {
    retried: 0.015,
    retry: [30_000, 15 * 60_000],
    median: 700,
    spread: 0.6,
  });
}
