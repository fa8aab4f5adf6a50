import { type LabelledWebhook } from '../../traffic-model.js';
import {
  checkoutCustomer,
  deliver,
  eventMaker,
  type EventData,
  iso,
  MONEY_LABELS,
  type TimedBody,
} from '../kit/events.js';
import { type Rng } from '../kit/random.js';
import { type Card } from './cards.js';
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
const cardOf = (card: Card | undefined) => (card ? { card: { ...card } } : {});

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
    ip: p.ip,
    ...(p.device.id ? { deviceId: p.device.id } : {}),
    userAgent: p.device.userAgent,
    ...cardOf(a?.card),
    items: p.basket.lines.map((l) => ({ sku: l.sku, name: l.name, quantity: l.quantity, price: l.price })),
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
  const make = eventMaker(ids);
  const money = { amount: p.basket.amount, currency: p.basket.currency };
  const out = [make('order.created', p.at, order(p, p.attempts[0], p.shipping, p.pickupPerson))];
  let t = p.at;
  let captured: Attempt | undefined;
  for (const a of p.attempts) {
    t += Math.max(1000, Math.floor(a.afterMs));
    if (a.ok) captured = a;
    out.push(
      make(a.ok ? 'payment.succeeded' : 'payment.failed', t, {
        ...money,
        customer: { email: p.buyer.email, name: p.buyer.name },
        billing: copy(p.billing),
        paymentMethod: a.method,
        ...cardOf(a.card),
        ...(a.avs || a.cvc
          ? { checks: { ...(a.avs ? { avs: a.avs } : {}), ...(a.cvc ? { cvc: a.cvc } : {}) } }
          : {}),
        ...(a.decline ? { reason: a.decline } : {}),
      }),
    );
  }
  if (!captured) {
    const at = t + 60_000 * (15 + Math.floor((p.at / 1000) % 25));
    out.push(
      make('order.cancelled', at, {
        ...money,
        reason: 'payment_declined',
        customer: { email: p.buyer.email },
      }),
    );
    return out;
  }
  let shipping = p.shipping;
  let pickupPerson = p.pickupPerson;
  let cancelled = false;
  for (const l of [...p.later].sort((a, b) => a.afterMs - b.afterMs)) {
    const at = Math.max(t + 2000, p.at + Math.floor(l.afterMs));
    const reason = l.reason ? { reason: l.reason } : {};
    if (l.type === 'order.updated') {
      if (cancelled) continue;
      shipping = l.shipping ?? shipping;
      pickupPerson = l.pickupPerson ?? pickupPerson;
      out.push(make(l.type, at, order(p, captured, shipping, pickupPerson)));
    } else if (l.type === 'order.cancelled') {
      cancelled = true;
      out.push(make(l.type, at, { ...money, ...reason, customer: { email: p.buyer.email } }));
    } else if (l.type === 'refund.created')
      out.push(
        make(l.type, at, {
          ...money,
          amount: l.amount ?? money.amount,
          ...reason,
          paymentMethod: captured.method,
        }),
      );
    else if (MONEY_LABELS.has(l.type))
      out.push(
        make(l.type, at, { ...money, ...reason, ...cardOf(captured.card), paymentMethod: captured.method }),
      );
  }
  return out.sort((a, b) => a.at - b.at);
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
