import { type LabelledWebhook } from '../../traffic-model.js';
import {
  categorisedItemsOf,
  checkoutCustomer,
  connectionOf,
  deliver,
  type EventData,
  eventMaker,
  iso,
  type TimedBody,
} from '../kit/events.js';
import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { afterCapture, checksOf, reasonOf, releasedAt, shownCardOf } from '../kit/timeline.js';
import { isApp } from './devices.js';
import { type Attempt, type Purchase } from './purchase.js';

/**
 * The store's order service posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with
 * the first card tried, if a card), one `payment.succeeded` / `payment.failed` per authorisation or payment (card,
 * AVS and CVC for cards and wallets; none for BLIK, PayPal, Bizum, transfers, instalments or cash on delivery,
 * whose payment is posted when the money arrives), `order.cancelled` when nothing was paid, then what happens
 * later: a moved slot or address (`order.updated`), cancellations, refunds, early fraud warnings and disputes —
 * money events only after a capture. Extra fields Vigil ignores: `fulfilment`, `deliverySlot`, `warehouse`,
 * `locale`, `channel`, `discountCode`, `discount`, `deliveryFee`, `assemblyFee`, `vat`, `company`, `giftNote`,
 * `threeDSecure`, `instalments`, item names and categories.
 */

type Data = EventData & {
  fulfilment?: string;
  deliverySlot?: { from: string; to: string };
  warehouse?: string;
  locale?: string;
  channel?: string;
  discountCode?: string;
  discount?: number;
  deliveryFee?: number;
  assemblyFee?: number;
  vat?: number;
  company?: { name: string; vatId: string };
  giftNote?: string;
  threeDSecure?: string;
  instalments?: number;
};

function order(p: Purchase, a: Attempt | undefined, shipping: Address | undefined, slot = p.slot): Data {
  const b = p.basket;
  return {
    amount: b.amount,
    currency: b.currency,
    customer: checkoutCustomer(p.buyer),
    billing: { ...p.billing },
    ...(shipping ? { shipping: { ...shipping } } : {}),
    ...connectionOf(p.ip, p.device),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: a?.method ?? 'card',
    fulfilment: p.fulfilment,
    ...(slot ? { deliverySlot: { from: iso(slot.from), to: iso(slot.to) } } : {}),
    ...(p.warehouse ? { warehouse: p.warehouse } : {}),
    locale: p.locale,
    channel: isApp(p.device) ? 'app' : 'web',
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    deliveryFee: b.deliveryFee,
    assemblyFee: b.assemblyFee,
    vat: b.vat,
    ...(p.company ? { company: { ...p.company } } : {}),
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
  };
}

function payment(p: Purchase, a: Attempt): Data {
  return {
    amount: p.basket.amount,
    currency: p.basket.currency,
    customer: { ...(p.buyer.id ? { id: p.buyer.id } : {}), email: p.buyer.email, name: p.buyer.name },
    billing: { ...p.billing },
    paymentMethod: a.method,
    ...shownCardOf(a),
    ...checksOf(a),
    ...(a.threeDS ? { threeDSecure: a.threeDS } : {}),
    ...(a.instalments ? { instalments: a.instalments } : {}),
    ...(a.decline ? { reason: a.decline } : {}),
  };
}

/** Why an unpaid order is released: the transfer or the cash never came, or the card was declined. */
function unpaidReason(p: Purchase): string {
  const last = p.attempts[p.attempts.length - 1]?.decline;
  return last === 'transfer_not_received' || last === 'refused_at_door' ? last : 'payment_declined';
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }): TimedBody[] {
  let shipping = p.shipping;
  let slot = p.slot;
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    unpaid: (t) => ({ at: releasedAt(t, p.at, 15, 45), reason: unpaidReason(p) }),
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      slot = l.slot ?? slot;
      return { ...order(p, paid, shipping, slot), ...reasonOf(l) };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Posted about half a second after the fact; 1 % are retried 30 s – 10 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  return deliver(
    bodies(p, { orderId, paymentId }),
    orderId,
    () => (rng.chance(0.01) ? rng.int(30_000, 10 * 60_000) : Math.round(rng.logNormal(500, 0.6))),
    () => `msg_${rng.token(26)}`,
  );
}
