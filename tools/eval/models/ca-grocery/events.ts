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
import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Card } from './cards.js';
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

const cardOf = (card: Card | undefined) => (card ? { card: { ...card } } : {});

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
    items: b.lines.map((l) => ({
      sku: l.sku,
      name: l.name,
      category: l.category,
      quantity: l.quantity,
      price: l.price,
    })),
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
  const make = eventMaker(ids);
  const money = { amount: p.basket.amount, currency: p.basket.currency };
  const out = [make('order.created', p.at, order(p, p.attempts[0], p.shipping))];
  let t = p.at;
  let captured: Attempt | undefined;
  for (const a of p.attempts) {
    t += Math.max(1000, Math.floor(a.afterMs));
    if (a.ok) captured = a;
    out.push(
      make(a.ok ? 'payment.succeeded' : 'payment.failed', t, {
        ...money,
        customer: { ...(p.buyer.id ? { id: p.buyer.id } : {}), email: p.buyer.email, name: p.buyer.name },
        billing: { ...p.billing },
        paymentMethod: a.method,
        ...cardOf(a.card),
        ...(a.avs || a.cvc
          ? { checks: { ...(a.avs ? { avs: a.avs } : {}), ...(a.cvc ? { cvc: a.cvc } : {}) } }
          : {}),
        ...(a.decline ? { reason: a.decline } : {}),
      }),
    );
    if (a.ok) break;
  }
  if (!captured) {
    const at = t + 60_000 * (20 + Math.floor((p.at / 1000) % 40));
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
  let slot = p.slot;
  let cancelled = false;
  for (const l of [...p.later].sort((a, b) => a.afterMs - b.afterMs)) {
    const at = Math.max(t + 2000, p.at + Math.floor(l.afterMs));
    const reason = l.reason ? { reason: l.reason } : {};
    if (l.type === 'order.updated') {
      if (cancelled) continue;
      shipping = l.shipping ?? shipping;
      slot = l.slot ?? slot;
      out.push(make(l.type, at, { ...order(p, captured, shipping, slot), ...reason }));
    } else if (l.type === 'order.cancelled') {
      cancelled = true;
      out.push(make(l.type, at, { ...money, ...reason, customer: { email: p.buyer.email } }));
    } else if (l.type === 'refund.created')
      out.push(
        make(l.type, at, {
          ...money,
          amount: Math.min(l.amount ?? money.amount, money.amount),
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

/** Posted about half a second after the fact; 1 % are retried 30 s – 10 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  return deliver(
    bodies(p, { orderId, paymentId }),
    orderId,
    () => (rng.chance(0.01) ? rng.int(30_000, 10 * 60_000) : Math.round(rng.logNormal(450, 0.6))),
    () => `msg_${rng.token(26)}`,
  );
}
