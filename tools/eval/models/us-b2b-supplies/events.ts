import { type LabelledWebhook } from '../../traffic-model.js';
import {
  checkoutCustomer,
  connectionOf,
  deliver,
  type EventData,
  eventMaker,
  itemsOf,
  MONEY_LABELS,
  type TimedBody,
} from '../kit/events.js';
import { type Rng } from '../kit/random.js';
import { type Card } from './cards.js';
import { type Address } from './places.js';
import { type Purchase } from './purchase.js';

/**
 * The store's order system posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout; one
 * `payment.succeeded` / `payment.failed` per card authorisation (none for orders on net-30 terms, which are
 * invoiced when they ship); an unpaid card order is cancelled; then ship-to changes, cancellations, refunds,
 * early fraud warnings and disputes — the money events only after a card payment was captured. Extra fields
 * Vigil ignores: `paymentMethod` (`card`/`invoice`), `poNumber`, `accountId` and item names.
 */

const copy = (a: Address): Address => ({ ...a });
const cardOf = (card: Card | undefined) => (card ? { card: { ...card } } : {});

type Data = EventData & { poNumber?: string; accountId?: string };

function order(p: Purchase, card: Card | undefined, shipping: Address): Data {
  return {
    amount: p.basket.amount,
    currency: p.basket.currency,
    customer: checkoutCustomer(p.buyer),
    billing: copy(p.billing),
    shipping: copy(shipping),
    ...connectionOf(p.ip, p.device),
    paymentMethod: p.method,
    ...(p.po ? { poNumber: p.po } : {}),
    ...(p.account ? { accountId: p.account } : {}),
    ...cardOf(card),
    items: itemsOf(p.basket.lines),
  };
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }): TimedBody[] {
  const make = eventMaker(ids);
  const money = { amount: p.basket.amount, currency: p.basket.currency };
  const out = [make('order.created', p.at, order(p, p.attempts[0]?.card, p.shipping))];
  let t = p.at;
  let captured: Card | undefined;
  for (const a of p.attempts) {
    t += Math.max(1000, Math.floor(a.afterMs));
    if (a.ok) captured = a.card;
    out.push(
      make(a.ok ? 'payment.succeeded' : 'payment.failed', t, {
        ...money,
        customer: { email: p.buyer.email, name: p.buyer.name },
        billing: copy(p.billing),
        paymentMethod: 'card',
        ...cardOf(a.card),
        checks: { avs: a.avs, cvc: a.cvc },
        ...(a.decline ? { reason: a.decline } : {}),
      }),
    );
  }
  let shipping = p.shipping;
  for (const l of [...p.later].sort((a, b) => a.afterMs - b.afterMs)) {
    if (MONEY_LABELS.has(l.type) && !captured) continue;
    const at = Math.max(t + 2000, p.at + Math.floor(l.afterMs));
    const reason = l.reason ? { reason: l.reason } : {};
    if (l.type === 'order.updated') {
      shipping = l.shipping ?? shipping;
      out.push(make(l.type, at, order(p, captured ?? p.attempts[0]?.card, shipping)));
    } else if (l.type === 'order.cancelled')
      out.push(make(l.type, at, { ...money, ...reason, customer: { email: p.buyer.email } }));
    else if (l.type === 'refund.created')
      out.push(make(l.type, at, { ...money, amount: l.amount ?? money.amount, ...reason }));
    else out.push(make(l.type, at, { ...money, ...reason, ...cardOf(captured) }));
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Posted ~0.4 s after the fact; 1 % are retried 30 s – 10 min later and hold back the purchase's rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  return deliver(
    bodies(p, { orderId, paymentId }),
    orderId,
    () => (rng.chance(0.01) ? rng.int(30_000, 10 * 60_000) : Math.round(rng.logNormal(400, 0.6))),
    () => `msg_${rng.token(26)}`,
  );
}
