import { type LabelledWebhook } from '../../traffic-model.js';
import {
  checkoutCustomer,
  connectionOf,
  deliver,
  type EventData,
  eventMaker,
  iso,
  itemsOf,
  type TimedBody,
} from '../kit/events.js';
import { type Rng } from '../kit/random.js';
import { afterCapture, cardOf, checksOf, releasedAt } from '../kit/timeline.js';
import { type Address } from './places.js';
import { type Attempt, pickupWindow, type Purchase } from './purchase.js';

/**
 * The store's order system posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with
 * the first card tried), one `payment.succeeded` / `payment.failed` per authorisation (card, AVS and CVC for
 * cards; none of those for PayPal, financing or a gift-card balance), `order.cancelled` when no payment went
 * through, then what happens later: a new pickup person or delivery address (`order.updated`), cancellations,
 * refunds (returns, price adjustments, orders not picked up), early fraud warnings and disputes — the money
 * events only after a payment was captured. Extra fields Vigil ignores: `paymentMethod`, `fulfillment`,
 * `storeId`, `pickupPerson`, `pickupWindow`, `loyaltyId`, `giftRecipient` and item names.
 */

type Data = EventData & {
  fulfillment?: string;
  storeId?: string;
  pickupPerson?: string;
  pickupWindow?: { from: string; to: string };
  loyaltyId?: string;
  giftRecipient?: string;
};

const copy = (a: Address): Address => ({ ...a });

function order(
  p: Purchase,
  a: Attempt | undefined,
  shipping: Address | undefined,
  pickupPerson?: string,
): Data {
  const pickup = p.fulfillment === 'pickup' || p.fulfillment === 'curbside';
  const window = pickup ? pickupWindow(p.at, p.tz) : undefined;
  return {
    amount: p.basket.amount,
    currency: p.basket.currency,
    customer: checkoutCustomer(p.buyer),
    billing: copy(p.billing),
    ...(shipping ? { shipping: copy(shipping) } : {}),
    ...connectionOf(p.ip, p.device),
    ...cardOf(a?.card),
    items: itemsOf(p.basket.lines),
    paymentMethod: a?.method ?? 'card',
    fulfillment: p.fulfillment,
    ...(p.store ? { storeId: p.store.id } : {}),
    ...(pickupPerson ? { pickupPerson } : {}),
    ...(window ? { pickupWindow: { from: iso(window.from), to: iso(window.to) } } : {}),
    ...(p.loyaltyId ? { loyaltyId: p.loyaltyId } : {}),
    ...(p.recipientEmail ? { giftRecipient: p.recipientEmail } : {}),
  };
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }): TimedBody[] {
  const money = { amount: p.basket.amount, currency: p.basket.currency };
  let shipping = p.shipping;
  let pickupPerson = p.pickupPerson;
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping, p.pickupPerson),
    payment: (a) => ({
      ...money,
      customer: { email: p.buyer.email, name: p.buyer.name },
      billing: copy(p.billing),
      paymentMethod: a.method,
      ...cardOf(a.card),
      ...checksOf(a),
      ...(a.decline ? { reason: a.decline } : {}),
    }),
    unpaid: (t) => ({ at: releasedAt(t, p.at, 15, 25), reason: 'payment_declined' }),
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      pickupPerson = l.pickupPerson ?? pickupPerson;
      return order(p, paid, shipping, pickupPerson);
    },
    card: (paid) => cardOf(paid.card),
    capRefunds: false,
    // Every attempt is posted, even after one went through.
    untilPaid: false,
  });
}

/** Posted ~0.5 s after the fact; 1.5 % are retried 30 s – 15 min later and hold back the purchase's rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  return deliver(
    bodies(p, { orderId, paymentId }),
    orderId,
    () => (rng.chance(0.015) ? rng.int(30_000, 15 * 60_000) : Math.round(rng.logNormal(500, 0.6))),
    () => `msg_${rng.token(26)}`,
  );
}
