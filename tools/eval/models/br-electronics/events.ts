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
import { cyrb128, type Rng } from '../kit/random.js';
import { afterOrder, cardOf, cardWithChecks, reasonOf } from '../kit/timeline.js';
import { type Address, type Method, type Purchase, type TaxId, type Wallet } from './purchase.js';

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
    ...connectionOf(p.ip, p.device),
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
    items: itemsOf(p.basket.lines),
  };
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }): TimedBody[] {
  const money = { amount: p.basket.amount, currency: p.basket.currency };
  let shipping = p.shipping;
  return afterOrder(eventMaker(ids), p, {
    created: order(p, p.shipping),
    payment: (a): Data => ({
      ...money,
      customer: { email: p.buyer.email, name: p.buyer.name },
      paymentMethod: a.method,
      ...(a.wallet ? { wallet: a.wallet } : {}),
      ...cardWithChecks(a),
      ...(a.installments && a.card ? { installments: a.installments } : {}),
      ...(a.decline ? { reason: a.decline } : {}),
    }),
    untilPaid: true,
    skip: (l, paid) =>
      l.type !== 'refund.created' && MONEY_LABELS.has(l.type) && !(paid && CHARGEABLE.has(paid.method)),
    updated: (l) => {
      shipping = l.shipping ?? shipping;
      return { ...order(p, shipping), ...reasonOf(l) };
    },
    refundCancelled: true,
  });
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
