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
import { afterCapture, checksOf, reasonOf, statusOf, shownCardOf } from '../kit/timeline.js';
import { type Attempt, type Purchase } from './purchase.js';

/**
 * The shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the first card
 * tried), one `payment.succeeded` / `payment.failed` per attempt (card checks and 3-D Secure for cards and
 * wallets; none for the bank button, a transfer arriving on the pro-forma invoice, an instalment decision or
 * cash at the till), `order.cancelled` when nothing was paid (an hour after a failed card, five days for an
 * unpaid transfer, three for a reservation never collected), then fulfilment (`order.updated` with a status,
 * or a new delivery address), cancellations, refunds, early fraud warnings and disputes, money events only
 * after a capture. Extra fields Vigil ignores: `fulfilment`, `locale`, `channel`, `referrer`, `discountCode`,
 * `discount`, `shippingFee`, `giftWrap`, `company`, `threeDSecure`, `status`, `trackingNumber`, item names and
 * categories.
 */

type Data = EventData & {
  fulfilment?: string;
  locale?: string;
  channel?: string;
  referrer?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  giftWrap?: boolean;
  company?: { name: string; ico: string; vatId: string };
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
    paymentMethod: a?.method ?? (p.fulfilment.startsWith('showroom') ? 'cash_on_pickup' : 'bank_transfer'),
    fulfilment: p.fulfilment,
    locale: p.locale,
    channel: 'web',
    ...(p.referrer ? { referrer: p.referrer } : {}),
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    ...(p.giftWrap ? { giftWrap: true } : {}),
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

const TRACKED = new Set(['shipped', 'delivered', 'ready_for_pickup']);

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }, tracking: string): TimedBody[] {
  let shipping = p.shipping;
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    unpaid: (t) => ({ at: t + p.unpaid.afterMs, reason: p.unpaid.reason }),
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      const status = statusOf(l, (s) => TRACKED.has(s) && p.fulfilment !== 'email', {
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
  const tracking = p.fulfilment.startsWith('packeta')
    ? `Z${rng.digits(10)}`
    : `${rng.pick(['PPL', 'DPD', 'GLS'])}${rng.digits(11)}`;
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.015,
    retry: [20_000, 8 * 60_000],
    median: 700,
    spread: 0.6,
  });
}
