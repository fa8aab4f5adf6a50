import { type LabelledWebhook } from '../../traffic-model.js';
import {
  checkoutCustomer,
  connectionOf,
  deliver,
  type EventData,
  eventMaker,
  itemsOf,
  type TimedBody,
} from '../kit/events.js';
import { type Rng } from '../kit/random.js';
import { afterOrder, cardOf, cardWithChecks } from '../kit/timeline.js';
import { type Card } from './cards.js';
import { type Address } from './places.js';
import { type Method, type Purchase } from './purchase.js';

/**
 * What the store's order service posts (Vigil's canonical Standard Webhooks bodies): `order.created` at
 * checkout; one `payment.succeeded` / `payment.failed` per attempt — with the card and its checks for card
 * payments, none for UPI, wallets, net banking and pay-later; `order.updated` when the delivery address is
 * corrected or a failed online payment is switched to cash on delivery; for COD, `payment.succeeded` when the
 * courier remits the cash, or `order.cancelled` when the parcel is refused or never confirmed; refunds, early
 * fraud warnings and disputes only after money was taken. `paymentMethod` is an extra field.
 */

const copy = (a: Address) => ({ ...a });

function order(
  p: Purchase,
  method: Method,
  card: Card | undefined,
  shipping: Address | undefined,
): EventData {
  return {
    amount: p.basket.amount,
    currency: p.basket.currency,
    customer: checkoutCustomer(p.buyer),
    billing: copy(p.billing),
    ...(shipping ? { shipping: copy(shipping) } : {}),
    ...connectionOf(p.ip, p.device),
    paymentMethod: method,
    ...cardOf(card),
    items: itemsOf(p.basket.lines),
  };
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }): TimedBody[] {
  const money = { amount: p.basket.amount, currency: p.basket.currency };
  const firstCard = p.method === 'card' ? p.attempts[0]?.card : undefined;
  let shipping = p.shipping;
  let method = p.method;
  return afterOrder(eventMaker(ids), p, {
    created: order(p, p.method, firstCard, p.shipping),
    payment: (a) => ({
      ...money,
      customer: { email: p.buyer.email, name: p.buyer.name },
      paymentMethod: a.method,
      ...cardWithChecks(a),
      ...(a.decline ? { reason: a.decline } : {}),
    }),
    // Every attempt is posted, even after one went through.
    untilPaid: false,
    // The courier remits the cash.
    settle: () => ({
      method: 'cod',
      data: { ...money, paymentMethod: 'cod', customer: { email: p.buyer.email } },
    }),
    updated: (l) => {
      shipping = l.shipping ?? shipping;
      method = l.method ?? method;
      return order(p, method, method === 'card' ? firstCard : undefined, shipping);
    },
  });
}

/** Posted ~0.6 s after the fact; 2 % are retried 30 s – 10 min later and hold back the purchase's rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  return deliver(
    bodies(p, { orderId, paymentId }),
    orderId,
    () => (rng.chance(0.02) ? rng.int(30_000, 10 * 60_000) : Math.round(rng.logNormal(600, 0.6))),
    () => `msg_${rng.token(27)}`,
  );
}
