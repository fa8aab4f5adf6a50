import { type LabelledWebhook } from '../../traffic-model.js';
import {
  checkoutCustomer,
  deliver,
  eventMaker,
  type EventData,
  MONEY_LABELS,
  type TimedBody,
} from '../kit/events.js';
import { cyrb128, type Rng } from '../kit/random.js';
import { type Address, type Card, type Method, type Purchase, type TaxId, type Wallet } from './purchase.js';

/**
 * What the store's order service posts (Vigil's canonical Standard Webhooks bodies): `order.created` at
 * checkout; one `payment.succeeded` / `payment.failed` per card or wallet attempt, and `payment.succeeded` when
 * a Pix code or boleto is paid (minutes or days later); `order.updated` when the delivery address changes;
 * `order.cancelled` (an expired Pix code or unpaid boleto, the customer, a review); refunds, early fraud warnings
 * and chargebacks only after money was taken. Extra fields: `paymentMethod` (`credit_card`, `pix`, `boleto`,
 * `wallet`), `wallet`, `installments`, `deliveryMethod`, `carrier`, `channel`, `discountCode`, `discount`,
 * `freight`, and the buyer's `document` (CPF or CNPJ, as a hash); `reason` on declines and later events.
 */

type Data = EventData & {
  wallet?: Wallet;
  installments?: number;
  deliveryMethod?: string;
  carrier?: string;
  channel?: string;
  discountCode?: string;
  discount?: number;
  freight?: number;
  document?: { type: string; hash: string };
};

/** Chargebacks and issuer fraud warnings only exist for cards and wallets, never for Pix or boleto. */
const CHARGEABLE: ReadonlySet<Method> = new Set(['credit_card', 'wallet']);

const copy = (a: Address) => ({ ...a });
const cardOf = (card: Card | undefined) => (card ? { card: { ...card } } : {});

export const documentHash = (id: TaxId): string =>
  cyrb128(`voltaria:${id.number}`)
    .map((n) => n.toString(16).padStart(8, '0'))
    .join('');

function order(p: Purchase, shipping: Address | undefined): Data {
  const first = p.attempts[0];
  const card = p.method === 'credit_card' ? first?.card : undefined;
  return {
    amount: p.basket.amount,
    currency: p.basket.currency,
    customer: checkoutCustomer(p.buyer),
    billing: copy(p.billing),
    ...(shipping ? { shipping: copy(shipping) } : {}),
    ip: p.ip,
    ...(p.device.id ? { deviceId: p.device.id } : {}),
    userAgent: p.device.userAgent,
    paymentMethod: p.method,
    ...(p.method === 'wallet' && first?.wallet ? { wallet: first.wallet } : {}),
    ...(card && first?.installments ? { installments: first.installments } : {}),
    deliveryMethod: p.delivery,
    carrier: p.carrier,
    channel: p.app ? 'app' : 'web',
    ...(p.coupon ? { discountCode: p.coupon } : {}),
    ...(p.basket.discount > 0 ? { discount: p.basket.discount } : {}),
    freight: p.basket.freight,
    document: { type: p.buyer.taxId.type, hash: documentHash(p.buyer.taxId) },
    ...cardOf(card),
    items: p.basket.lines.map((l) => ({ sku: l.sku, name: l.name, quantity: l.quantity, price: l.price })),
  };
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }): TimedBody[] {
  const make = (type: TimedBody['body']['type'], at: number, data: Data) => eventMaker(ids)(type, at, data);
  const money = { amount: p.basket.amount, currency: p.basket.currency };
  const out = [make('order.created', p.at, order(p, p.shipping))];
  let t = p.at;
  let captured = false;
  let paidWith: { method: Method; card?: Card } = { method: p.method };
  for (const a of p.attempts) {
    t += Math.max(1000, Math.floor(a.afterMs));
    if (a.ok) [captured, paidWith] = [true, { method: a.method, ...(a.card ? { card: a.card } : {}) }];
    out.push(
      make(a.ok ? 'payment.succeeded' : 'payment.failed', t, {
        ...money,
        customer: { email: p.buyer.email, name: p.buyer.name },
        paymentMethod: a.method,
        ...(a.wallet ? { wallet: a.wallet } : {}),
        ...cardOf(a.card),
        ...(a.card ? { checks: { avs: a.avs, cvc: a.cvc } } : {}),
        ...(a.installments && a.card ? { installments: a.installments } : {}),
        ...(a.decline ? { reason: a.decline } : {}),
      }),
    );
    if (a.ok) break;
  }
  let shipping = p.shipping;
  let closed = false;
  for (const l of [...p.later].sort((a, b) => a.afterMs - b.afterMs)) {
    if (MONEY_LABELS.has(l.type) && !captured) continue;
    if (l.type !== 'refund.created' && MONEY_LABELS.has(l.type) && !CHARGEABLE.has(paidWith.method)) continue;
    if (closed && l.type !== 'refund.created') continue;
    const at = Math.max(t + 2000, p.at + Math.floor(l.afterMs));
    const reason = l.reason ? { reason: l.reason } : {};
    if (l.type === 'order.updated') {
      shipping = l.shipping ?? shipping;
      out.push(make(l.type, at, { ...order(p, shipping), ...reason }));
    } else if (l.type === 'order.cancelled') {
      closed = true;
      out.push(make(l.type, at, { ...money, ...reason, customer: { email: p.buyer.email } }));
      if (captured && !p.later.some((x) => x.type === 'refund.created'))
        out.push(
          make('refund.created', at + 60_000, {
            ...money,
            reason: 'order_cancelled',
            paymentMethod: paidWith.method,
          }),
        );
    } else if (l.type === 'refund.created')
      out.push(
        make(l.type, at, {
          ...money,
          amount: l.amount ?? money.amount,
          ...reason,
          paymentMethod: paidWith.method,
        }),
      );
    else
      out.push(
        make(l.type, at, { ...money, ...reason, paymentMethod: paidWith.method, ...cardOf(paidWith.card) }),
      );
    t = Math.max(t, at);
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Posted ~0.3 s after the fact; on Black Friday's busiest minutes 2 % sit in a queue for up to ten minutes. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  return deliver(
    bodies(p, { orderId, paymentId }),
    orderId,
    () => (rng.chance(0.02) ? rng.int(30_000, 10 * 60_000) : Math.round(rng.logNormal(300, 0.6))),
    () => `msg_${rng.token(26)}`,
  );
}
