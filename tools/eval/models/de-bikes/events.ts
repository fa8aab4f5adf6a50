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
import { afterCapture, cardOf, checksOf, reasonOf, releasedAt, statusOf } from '../kit/timeline.js';
import { type Attempt, type Purchase } from './purchase.js';

/**
 * Radwerk's shop backend posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the
 * first card tried), one `payment.succeeded` / `payment.failed` per authorisation or payment-provider answer
 * (Klarna's decision, a transfer arriving days later, the leasing company signing off), `order.cancelled` when
 * nothing was paid, then fulfilment (`order.updated` with a status), readdressing, cancellations, refunds,
 * early fraud warnings and disputes (SEPA returns and Klarna claims among them), money events only after a
 * capture. Extra fields a backend like this sends and Vigil may ignore: `fulfilment`, `pickupShop`, `locale`,
 * `channel`, `phone`, `discountCode`, `discount`, `shippingFee`, `dangerousGoods`, `giftNote`, `company`,
 * `leasing`, `displayCurrency` / `displayAmount` (Swiss prices shown in francs), `threeDSecure`,
 * `klarnaProduct`, `status`, `trackingNumber`, item names and categories.
 */

type Data = EventData & Record<string, unknown>;

/** Swiss shoppers see francs at the day's rate; the order is charged in euros. */
const CHF_PER_EUR = 0.9412;

function order(p: Purchase, a: Attempt | undefined, shipping: Address | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, shipping),
    ...(a?.card ? cardOf(a.card) : {}),
    items: categorisedItemsOf(b.lines),
    paymentMethod: a?.method ?? 'card',
    fulfilment: p.fulfilment,
    ...(p.shop ? { pickupShop: p.shop } : {}),
    locale: p.locale,
    channel: p.leasing ? 'leasing_portal' : 'web',
    ...(p.phone ? { phone: p.phone } : {}),
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    dangerousGoods: b.dangerousGoods,
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
    ...(p.leasing ? { leasing: { ...p.leasing } } : {}),
    ...(p.market === 'CH'
      ? { displayCurrency: 'CHF', displayAmount: Math.round(b.amount * CHF_PER_EUR) }
      : {}),
  };
}

function payment(p: Purchase, a: Attempt): Data {
  return {
    ...paymentOpening(p),
    paymentMethod: a.method,
    ...(a.card ? cardOf(a.card) : {}),
    ...checksOf(a),
    ...(a.threeDS ? { threeDSecure: a.threeDS } : {}),
    ...(a.klarna ? { klarnaProduct: a.klarna } : {}),
    ...(a.decline ? { reason: a.decline } : {}),
  };
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }, tracking: string): TimedBody[] {
  let shipping = p.shipping;
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    // An unpaid basket is released 30–60 minutes after the last try (a transfer after its seven days).
    unpaid: (t) => ({ at: releasedAt(t, p.at, 30, 30), reason: 'payment_failed' }),
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      const status = statusOf(l, (s) => ['shipped', 'handed_to_forwarder', 'delivered'].includes(s), {
        trackingNumber: tracking,
      });
      return { ...order(p, paid, shipping), ...reasonOf(l), ...status };
    },
    card: (a) => (a.card ? cardOf(a.card) : {}),
    capRefunds: true,
  });
}

/** Posted within a second or so; 1.5 % are retried 30 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking =
    p.fulfilment === 'freight'
      ? `SPD-${rng.digits(10)}`
      : `${rng.pick(['00340434', '00340435'])}${rng.digits(12)}`;
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.015,
    retry: [30_000, 15 * 60_000],
    median: 450,
    spread: 0.7,
  });
}
