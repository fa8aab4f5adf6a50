import { type LabelledWebhook } from '../../traffic-model.js';
import {
  checkoutCustomer,
  deliver,
  eventMaker,
  type EventData as Data,
  type TimedBody,
} from '../kit/events.js';
import { type Address } from '../kit/purchase.js';
import { type Attempt, type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The shop's backend posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (customer,
 * account age, addresses, network, device, basket, the card when paying by card), one payment event per
 * authorisation attempt on the same payment id (invoice and bank transfers carry no card and unchecked checks),
 * then what happens later: address changes, cancellations, refunds, early fraud warnings, chargebacks.
 */

const addr = (a: Address) => ({ ...a });
const cardOf = (a: Attempt | undefined) => (a?.card ? { card: { ...a.card } } : {});

function checkout(p: Purchase, first: Attempt | undefined, shipping = p.shipping): Data {
  return {
    amount: p.basket.amount,
    currency: p.basket.currency,
    customer: checkoutCustomer(p.buyer),
    billing: addr(p.billing),
    ...(shipping ? { shipping: addr(shipping) } : {}),
    ...(p.ip ? { ip: p.ip } : {}),
    ...(p.device?.id ? { deviceId: p.device.id } : {}),
    ...(p.device ? { userAgent: p.device.userAgent } : {}),
    ...cardOf(first),
    items: p.basket.lines.map((l) => ({ ...l })),
  };
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }): TimedBody[] {
  const ev = eventMaker(ids);
  const out = [ev('order.created', p.at, checkout(p, p.attempts[0]))];
  const money = { amount: p.basket.amount, currency: p.basket.currency };
  let t = p.at;
  let paid: Attempt | undefined;
  for (const a of p.attempts) {
    t += Math.max(1000, Math.floor(a.afterMs));
    if (a.ok) paid = a;
    out.push(
      ev(a.ok ? 'payment.succeeded' : 'payment.failed', t, {
        ...money,
        customer: { email: p.buyer.email, name: p.buyer.name },
        billing: addr(p.billing),
        ...cardOf(a),
        checks: { avs: a.avs, cvc: a.cvc },
      }),
    );
  }
  for (const l of p.later) {
    const at = Math.max(t + 2000, p.at + Math.floor(l.afterMs));
    if (l.type === 'order.updated') out.push(ev(l.type, at, checkout(p, paid, l.shipping ?? p.shipping)));
    else if (l.type === 'order.cancelled')
      out.push(ev(l.type, at, { ...money, customer: { email: p.buyer.email } }));
    else if (l.type === 'refund.created')
      out.push(
        ev(l.type, at, {
          ...money,
          amount: l.amount ?? money.amount,
          ...(l.reason ? { reason: l.reason } : {}),
        }),
      );
    else out.push(ev(l.type, at, { ...money, ...(l.reason ? { reason: l.reason } : {}), ...cardOf(paid) }));
  }
  return out.sort((a, b) => a.at - b.at);
}

/** A purchase's webhooks as delivered: ~0.4 s late, now and then a retried delivery that holds back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  return deliver(
    bodies(p, { orderId, paymentId }),
    orderId,
    () => (rng.chance(0.015) ? rng.int(30_000, 8 * 60_000) : Math.round(rng.logNormal(400, 0.5))),
    () => `msg_${rng.token(24)}`,
  );
}
