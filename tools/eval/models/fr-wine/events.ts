import { type LabelledWebhook } from '../../traffic-model.js';
import {
  checkoutCustomer,
  deliver,
  eventMaker,
  type EventData,
  MONEY_LABELS,
  type TimedBody,
} from '../kit/events.js';
import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { shown } from './cards.js';
import { type Attempt, type Purchase } from './purchase.js';

/**
 * The merchant's shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the
 * first card tried), one `payment.succeeded` / `payment.failed` per authorisation (card checks and 3-D Secure
 * for cards and wallets; none for PayPal, Alipay, WeChat Pay or transfers, posted when the money arrives),
 * `order.cancelled` when nothing was paid, then fulfilment (`order.updated` with a status), address changes,
 * cancellations, refunds, early fraud warnings and disputes, money events only after a capture. Extra fields
 * Vigil ignores: `fulfilment`, `duty`, `locale`, `channel`, `discountCode`, `discount`, `shippingFee`,
 * `giftNote`, `company`, `ageConfirmed`, `threeDSecure`, `status`, `trackingNumber`, item names and categories.
 */

type Data = EventData & {
  fulfilment?: string;
  duty?: string;
  locale?: string;
  channel?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  giftNote?: string;
  company?: { name: string; vatId: string };
  ageConfirmed?: boolean;
  threeDSecure?: string;
  status?: string;
  trackingNumber?: string;
};

const cardOf = (a: Attempt | undefined) => (a?.card ? { card: shown(a.card) } : {});

function order(p: Purchase, a: Attempt | undefined, shipping: Address | undefined): Data {
  const b = p.basket;
  return {
    amount: b.amount,
    currency: b.currency,
    customer: checkoutCustomer(p.buyer),
    billing: { ...p.billing },
    ...(shipping ? { shipping: { ...shipping } } : {}),
    ip: p.ip,
    ...(p.device.id ? { deviceId: p.device.id } : {}),
    userAgent: p.device.userAgent,
    ...cardOf(a),
    items: b.lines.map((l) => ({
      sku: l.sku,
      name: l.name,
      category: l.category,
      quantity: l.quantity,
      price: l.price,
    })),
    paymentMethod: a?.method ?? 'card',
    fulfilment: p.fulfilment,
    duty: b.duty,
    locale: p.locale,
    channel: p.renewal ? 'subscription' : 'web',
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
    ageConfirmed: p.ageConfirmed,
  };
}

function payment(p: Purchase, a: Attempt): Data {
  return {
    amount: p.basket.amount,
    currency: p.basket.currency,
    customer: { ...(p.buyer.id ? { id: p.buyer.id } : {}), email: p.buyer.email, name: p.buyer.name },
    billing: { ...p.billing },
    paymentMethod: a.method,
    ...cardOf(a),
    ...(a.avs || a.cvc
      ? { checks: { ...(a.avs ? { avs: a.avs } : {}), ...(a.cvc ? { cvc: a.cvc } : {}) } }
      : {}),
    ...(a.threeDS ? { threeDSecure: a.threeDS } : {}),
    ...(a.decline ? { reason: a.decline } : {}),
  };
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }, tracking: string): TimedBody[] {
  const make = eventMaker(ids);
  const money = { amount: p.basket.amount, currency: p.basket.currency };
  const out = [make('order.created', p.at, order(p, p.attempts[0], p.shipping))];
  let t = p.at;
  let captured: Attempt | undefined;
  for (const a of p.attempts) {
    t += Math.max(1000, Math.floor(a.afterMs));
    out.push(make(a.ok ? 'payment.succeeded' : 'payment.failed', t, payment(p, a)));
    if (a.ok) {
      captured = a;
      break;
    }
  }
  if (!captured) {
    // The basket is released half an hour to an hour after the last failed try.
    const after = 60_000 * (30 + (Math.floor(p.at / 1000) % 30));
    out.push(
      make('order.cancelled', t + after, {
        ...money,
        reason: 'payment_failed',
        customer: { email: p.buyer.email },
      }),
    );
    return out;
  }
  let shipping = p.shipping;
  let cancelled = false;
  for (const l of [...p.later].sort((a, b) => a.afterMs - b.afterMs)) {
    const at = Math.max(t + 2000, p.at + Math.floor(l.afterMs));
    const reason = l.reason ? { reason: l.reason } : {};
    if (l.type === 'order.updated') {
      if (cancelled) continue;
      shipping = l.shipping ?? shipping;
      const status = l.status
        ? { status: l.status, ...(l.status === 'collected' ? {} : { trackingNumber: tracking }) }
        : {};
      out.push(make(l.type, at, { ...order(p, captured, shipping), ...reason, ...status }));
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
        make(l.type, at, { ...money, ...reason, ...cardOf(captured), paymentMethod: captured.method }),
      );
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Posted within a second or so; 1 % are retried 30 s – 10 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking = `${rng.pick(['1Z', 'JD', 'XW'])}${rng.digits(12)}`;
  return deliver(
    bodies(p, { orderId, paymentId }, tracking),
    orderId,
    () => (rng.chance(0.01) ? rng.int(30_000, 10 * 60_000) : Math.round(rng.logNormal(600, 0.6))),
    () => `msg_${rng.token(26)}`,
  );
}
