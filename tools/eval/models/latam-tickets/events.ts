import { type CanonicalEventData } from '@vigil/contracts';
import { type LabelledWebhook } from '../../traffic-model.js';
import { checkoutCustomer, deliver, eventMaker, type TimedBody } from '../kit/events.js';
import { type Address } from './geo.js';
import { type Attempt, type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The marketplace's platform posts Vigil's canonical Standard Webhooks bodies: `order.created` when the
 * checkout is submitted (the storefront knows the shopper, network, device, basket and the tokenised card),
 * one payment event per authorisation attempt on the same payment id (the gateway knows the card, billing and
 * the AVS/CVC answers), then whatever happens later: attendee or e-mail changes, cancellations, refunds,
 * early fraud warnings and chargebacks, each naming the order.
 */

const place = (a: Address) => ({
  country: a.country,
  ...(a.postalCode ? { postalCode: a.postalCode } : {}),
  city: a.city,
  line1: a.line1,
});
const cardData = (a: Attempt | undefined) => (a ? { card: { ...a.card } } : {});

function storefront(p: Purchase, card: Attempt | undefined): CanonicalEventData {
  return {
    amount: p.basket.amount,
    currency: p.basket.currency,
    customer: checkoutCustomer(p.buyer),
    billing: place(p.billing),
    ...(p.shipping ? { shipping: place(p.shipping) } : {}),
    ip: p.ip,
    ...(p.device.id ? { deviceId: p.device.id } : {}),
    userAgent: p.device.userAgent,
    ...cardData(card),
    items: p.basket.lines.map((l) => ({
      sku: l.sku,
      name: l.name,
      category: l.category,
      quantity: l.quantity,
      price: l.price,
    })),
  };
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }): TimedBody[] {
  const ev = eventMaker(ids);
  const out = [ev('order.created', p.at, storefront(p, p.attempts[0]))];
  let t = p.at;
  let paidWith: Attempt | undefined;
  for (const a of p.attempts) {
    t += a.afterMs;
    if (a.ok) paidWith = a;
    out.push(
      ev(a.ok ? 'payment.succeeded' : 'payment.failed', t, {
        amount: p.basket.amount,
        currency: p.basket.currency,
        customer: { email: p.buyer.email, name: p.buyer.name },
        billing: place(p.billing),
        ...cardData(a),
        checks: { avs: a.avs, cvc: a.cvc },
      }),
    );
  }
  const money = { amount: p.basket.amount, currency: p.basket.currency };
  for (const l of p.later) {
    const at = Math.max(t + 1_000, p.at + Math.floor(l.afterMs));
    if (l.type === 'order.updated') out.push(ev(l.type, at, storefront(p, paidWith ?? p.attempts[0])));
    else if (l.type === 'order.cancelled')
      out.push(ev(l.type, at, { ...money, customer: { email: p.buyer.email } }));
    else if (l.type === 'refund.created')
      out.push(
        ev(l.type, at, {
          ...money,
          amount: l.amount ?? p.basket.amount,
          ...(l.reason ? { reason: l.reason } : {}),
        }),
      );
    else
      out.push(
        ev(l.type, at, { ...money, ...(l.reason ? { reason: l.reason } : {}), ...cardData(paidWith) }),
      );
  }
  return out.sort((a, b) => a.at - b.at);
}

/** A purchase's webhooks as delivered: a sub-second lag, now and then a retry minutes later that holds back what follows. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  return deliver(
    bodies(p, { orderId, paymentId }),
    orderId,
    () => (rng.chance(0.02) ? rng.int(45_000, 10 * 60_000) : Math.round(rng.logNormal(350, 0.6))),
    () => `msg_${rng.token(26)}`,
  );
}
