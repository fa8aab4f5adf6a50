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
import { afterOrder, cardOf, cardWithChecks, reasonOf } from '../kit/timeline.js';
import { type Address, type Card, type Purchase } from './purchase.js';

/**
 * What the store's order service posts (Vigil's canonical Standard Webhooks bodies): `order.created` at
 * checkout; one `payment.succeeded` / `payment.failed` per attempt — with the card, its checks and the 3-D
 * Secure outcome for cards, no card for M-Pesa, MoMo, bank transfer and USSD; `payment.succeeded` when a
 * pay-on-delivery parcel is paid at the door (or `payment.failed` when the transfer shown to the rider never
 * arrives); `order.updated` when the delivery address changes; `order.cancelled`; and refunds, early fraud
 * warnings and disputes only after money was taken. `paymentMethod`, `deliveryMethod`, `discountCode` and
 * `threeDSecure` are extra fields; `reason` carries declines, cancellations, refunds and disputes.
 */

type Data = EventData & { deliveryMethod?: string; discountCode?: string; threeDSecure?: string };

const copy = (a: Address) => ({ ...a });

function order(p: Purchase, card: Card | undefined, shipping: Address | undefined): Data {
  return {
    amount: p.basket.amount,
    currency: p.basket.currency,
    customer: checkoutCustomer(p.buyer),
    billing: copy(p.billing),
    ...(shipping ? { shipping: copy(shipping) } : {}),
    ...connectionOf(p.ip, p.device),
    paymentMethod: p.method,
    deliveryMethod: p.delivery,
    ...(p.coupon ? { discountCode: p.coupon } : {}),
    ...cardOf(card),
    items: itemsOf(p.basket.lines),
  };
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }): TimedBody[] {
  const money = { amount: p.basket.amount, currency: p.basket.currency };
  const firstCard = p.method === 'card' ? p.attempts[0]?.card : undefined;
  let shipping = p.shipping;
  return afterOrder(eventMaker(ids), p, {
    created: order(p, firstCard, p.shipping),
    payment: (a): Data => ({
      ...money,
      customer: { email: p.buyer.email, name: p.buyer.name },
      paymentMethod: a.method,
      ...cardWithChecks(a),
      ...(a.threeDSecure ? { threeDSecure: a.threeDSecure } : {}),
      ...(a.decline ? { reason: a.decline } : {}),
    }),
    // Every attempt is posted, even after one went through.
    untilPaid: false,
    settle: (l) => {
      const method = l.method ?? p.method;
      return {
        method,
        data: { ...money, ...reasonOf(l), paymentMethod: method, customer: { email: p.buyer.email } },
      };
    },
    updated: (l) => {
      shipping = l.shipping ?? shipping;
      return order(p, firstCard, shipping);
    },
  });
}

/** Posted ~0.4 s after the fact; 3 % wait in the Black Friday queue (1–15 min) and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  return deliver(
    bodies(p, { orderId, paymentId }),
    orderId,
    () => (rng.chance(0.03) ? rng.int(60_000, 15 * 60_000) : Math.round(rng.logNormal(400, 0.7))),
    () => `msg_${rng.token(26)}`,
  );
}
