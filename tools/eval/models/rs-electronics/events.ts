import { type LabelledWebhook } from '../../traffic-model.js';
import {
  categorisedItemsOf,
  deliverAsPosted,
  type EventData,
  eventMaker,
  orderOpening,
  paymentOpening,
  type TimedBody,
} from '../kit/events.js';
import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { afterOrder, checksOf, reasonOf, shownCardOf } from '../kit/timeline.js';
import { type Attempt, CARD_METHODS, type Method, type Purchase } from './purchase.js';

/**
 * The shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the card when
 * the buyer chose a card), one `payment.succeeded` / `payment.failed` per card, IPS or PayPal attempt, then the
 * order's life: `order.updated` with a status (shipped, delivered, ready for pickup, collected, delivery
 * refused, address changed, return requested), a `payment.succeeded` when cash is handed to the courier or at
 * the till or a slip or pro forma is paid, `order.cancelled`, refunds, issuers' fraud warnings and disputes
 * (cards and PayPal only). Extra fields Vigil ignores: `fulfilment`, `pickupStore`, `shippingFee`, `company`,
 * `locale`, `phone`, `threeDSecure`, `instalments`, `status`, `trackingNumber`, `courier`, item names and
 * categories.
 */

type Data = EventData & {
  fulfilment?: string;
  pickupStore?: string;
  shippingFee?: number;
  company?: { name: string; pib: string };
  locale?: string;
  phone?: string;
  threeDSecure?: string;
  instalments?: number;
  status?: string;
  trackingNumber?: string;
  courier?: string;
};

function order(p: Purchase, shipping: Address | undefined): Data {
  const first = p.attempts[0];
  return {
    ...orderOpening(p, shipping),
    ...(CARD_METHODS.has(p.method) ? shownCardOf(first) : {}),
    items: categorisedItemsOf(p.basket.lines),
    paymentMethod: p.method,
    fulfilment: p.fulfilment,
    ...(p.pickupStore ? { pickupStore: p.pickupStore } : {}),
    shippingFee: p.basket.shippingFee,
    ...(p.company ? { company: { ...p.company } } : {}),
    locale: p.locale,
    phone: p.phone,
  };
}

function payment(p: Purchase, a: Attempt): Data {
  return {
    ...paymentOpening(p),
    paymentMethod: a.method,
    ...shownCardOf(a),
    ...(a.card ? checksOf(a) : {}),
    ...(a.threeDS ? { threeDSecure: a.threeDS } : {}),
    ...(a.instalments ? { instalments: a.instalments } : {}),
    ...(a.decline ? { reason: a.decline } : {}),
  };
}

const DISPUTABLE = new Set<string>([...CARD_METHODS, 'paypal']);

function bodies(
  p: Purchase,
  ids: { orderId: string; paymentId: string },
  courier: string,
  tracking: string,
): TimedBody[] {
  let shipping = p.shipping;
  return afterOrder<Attempt, Purchase['later'][number]>(eventMaker(ids), p, {
    created: order(p, p.shipping),
    payment: (a) => payment(p, a),
    untilPaid: true,
    updated: (l) => {
      shipping = l.shipping ?? shipping;
      const tracked = l.status === 'shipped' || l.status === 'delivered' || l.status === 'delivery_refused';
      return {
        ...order(p, shipping),
        ...reasonOf(l),
        ...(l.status ? { status: l.status } : {}),
        ...(tracked && p.fulfilment !== 'pickup' ? { courier, trackingNumber: tracking } : {}),
      };
    },
    skip: (l, paid) =>
      (l.type === 'dispute.created' || l.type === 'fraud_warning.created') &&
      !(paid && DISPUTABLE.has(paid.method)),
    settle: (l) => {
      const method: Method = l.method ?? p.method;
      return { method, data: { ...paymentOpening(p), paymentMethod: method } };
    },
    refundCancelled: true,
  });
}

const COURIERS = ['D Express', 'BEX', 'AKS', 'City Express', 'Post Express'];

/** Posted within a second or so; 2 % are retried half a minute to a quarter of an hour later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const courier = p.fulfilment === 'freight' ? 'Dostava velikih aparata' : rng.pick(COURIERS);
  const tracking = `${rng.pick(['DE', 'BX', 'AK', 'CE', 'PE'])}${rng.digits(10)}`;
  return deliverAsPosted(bodies(p, { orderId, paymentId }, courier, tracking), orderId, rng, {
    retried: 0.02,
    retry: [30_000, 15 * 60_000],
    median: 700,
    spread: 0.7,
  });
}
