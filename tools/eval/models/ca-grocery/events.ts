import { type LabelledWebhook } from '../../traffic-model.js';
import {
  categorisedItemsOf,
  checkoutCustomer,
  deliver,
  type EventData,
  eventMaker,
  iso,
  type TimedBody,
} from '../kit/events.js';
import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { afterCapture, cardOf, checksOf, reasonOf, releasedAt } from '../kit/timeline.js';
import { isApp } from './devices.js';
import { type Attempt, type Purchase } from './purchase.js';

/**
 * The store's order service posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout
 * (with the first card tried; renewals the scheduler places carry no IP or browser), one `payment.succeeded` /
 * `payment.failed` per authorisation (card, AVS and CVC for cards and wallets; none of those for PayPal or
 * prepaid credit), `order.cancelled` when no payment went through, then what happens later: a moved slot or
 * delivery address (`order.updated`), cancellations, refunds (out of stock, missing items, cancelled orders),
 * early fraud warnings and disputes — the money events only after a payment was captured. Extra fields Vigil
 * ignores: `paymentMethod`, `fulfilment`, `deliverySlot`, `locale`, `channel`, `discountCode`, `discount`,
 * `deliveryFee`, `tax`, `subscriptionId`, `giftRecipient`, item names and categories.
 */

type Data = EventData & {
  fulfilment?: string;
  deliverySlot?: { from: string; to: string };
  locale?: string;
  channel?: string;
  discountCode?: string;
  discount?: number;
  deliveryFee?: number;
  tax?: number;
  subscriptionId?: string;
  giftRecipient?: string;
};

function channel(p: Purchase): string {
  if (!p.device) return 'subscription_renewal';
  return isApp(p.device) ? 'app' : 'web';
}

function order(p: Purchase, a: Attempt | undefined, shipping: Address | undefined, slot = p.slot): Data {
  const b = p.basket;
  return {
    amount: b.amount,
    currency: b.currency,
    customer: checkoutCustomer(p.buyer),
    billing: { ...p.billing },
    ...(shipping ? { shipping: { ...shipping } } : {}),
    ...(p.ip ? { ip: p.ip } : {}),
    ...(p.device?.id ? { deviceId: p.device.id } : {}),
    ...(p.device ? { userAgent: p.device.userAgent } : {}),
    ...cardOf(a?.card),
    items: categorisedItemsOf(b.lines),
    paymentMethod: a?.method ?? 'card',
    fulfilment: p.fulfilment,
    ...(slot ? { deliverySlot: { from: iso(slot.from), to: iso(slot.to) } } : {}),
    locale: p.locale,
    channel: channel(p),
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    deliveryFee: b.fee,
    tax: b.tax,
    ...(p.subscriptionId ? { subscriptionId: p.subscriptionId } : {}),
    ...(p.giftRecipient ? { giftRecipient: p.giftRecipient } : {}),
  };
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }): TimedBody[] {
  const money = { amount: p.basket.amount, currency: p.basket.currency };
  let shipping = p.shipping;
  let slot = p.slot;
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => ({
      ...money,
      customer: { ...(p.buyer.id ? { id: p.buyer.id } : {}), email: p.buyer.email, name: p.buyer.name },
      billing: { ...p.billing },
      paymentMethod: a.method,
      ...cardOf(a.card),
      ...checksOf(a),
      ...(a.decline ? { reason: a.decline } : {}),
    }),
    unpaid: (t) => ({ at: releasedAt(t, p.at, 20, 40), reason: 'payment_declined' }),
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      slot = l.slot ?? slot;
      return { ...order(p, paid, shipping, slot), ...reasonOf(l) };
    },
    card: (paid) => cardOf(paid.card),
    capRefunds: true,
  });
}

/** Posted about half a second after the fact; 1 % are retried 30 s – 10 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  return deliver(
    bodies(p, { orderId, paymentId }),
    orderId,
    () => (rng.chance(0.01) ? rng.int(30_000, 10 * 60_000) : Math.round(rng.logNormal(450, 0.6))),
    () => `msg_${rng.token(26)}`,
  );
}
