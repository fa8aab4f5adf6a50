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
import { type Address, type Card } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { afterOrder, checksOf, reasonOf, shownCard, shownCardOf, statusOf } from '../kit/timeline.js';
import { SHOP } from './places.js';
import { type Attempt, type Purchase, type Step } from './purchase.js';

/**
 * The shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the card when
 * one was tried), one `payment.succeeded` / `payment.failed` per wallet or card attempt (bKash, Nagad, Rocket
 * and PayPal show no card; a bank transfer when it lands), `payment.succeeded` with `cod` or `cash_at_store`
 * when the rider or the counter takes the cash (or `payment.failed` when the money claimed never arrives),
 * `order.cancelled` for checkouts never paid and parcels refused at the door, `order.updated` for fulfilment,
 * then refunds, the wallet provider's or issuer's fraud warnings and bank disputes, money events only once
 * paid. Extra fields Vigil ignores: `delivery`, `courier`, `pickupAt`, `channel`, `locale`, `shippingFee`,
 * `discountCode`, `discount`, `emiMonths`, `giftNote`, `company`, `threeDSecure`, `status`, `trackingNumber`,
 * `collectedBy`, item names and categories.
 */

type Data = EventData & {
  delivery?: string;
  courier?: string;
  pickupAt?: string;
  channel?: string;
  locale?: string;
  shippingFee?: number;
  discountCode?: string;
  discount?: number;
  emiMonths?: number;
  giftNote?: string;
  company?: { name: string; bin: string };
  threeDSecure?: string;
  status?: string;
  trackingNumber?: string;
  collectedBy?: string;
};

/** An attempt as the bodies show it: its card without what the model keeps on it (funding). */
type Shown = Omit<Attempt, 'card'> & { card?: Card };

function order(p: Purchase, a: Shown | undefined, shipping: Address | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: p.method,
    delivery: p.delivery,
    ...(p.courier ? { courier: p.courier } : {}),
    ...(p.delivery === 'pickup' ? { pickupAt: SHOP.line1 } : {}),
    channel: p.channel,
    locale: p.locale,
    shippingFee: b.shippingFee,
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    ...(b.emiMonths ? { emiMonths: b.emiMonths } : {}),
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
  };
}

function payment(p: Purchase, a: Shown): Data {
  return {
    ...paymentOpening(p),
    paymentMethod: a.method,
    ...shownCardOf(a),
    ...checksOf(a),
    ...(a.threeDS ? { threeDSecure: a.threeDS } : {}),
    ...(a.decline ? { reason: a.decline } : {}),
    ...(p.basket.emiMonths && a.method === 'card_emi' ? { emiMonths: p.basket.emiMonths } : {}),
  };
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }, tracking: string): TimedBody[] {
  const shipping = p.shipping;
  const attempts: Shown[] = p.attempts.map((a) => ({ ...a, ...(a.card ? { card: shownCard(a.card) } : {}) }));
  return afterOrder(
    eventMaker(ids),
    { ...p, attempts },
    {
      created: order(p, attempts[0], shipping),
      payment: (a) => payment(p, a),
      untilPaid: true,
      updated: (l: Step) => {
        const status = statusOf(l, (s) => s === 'shipped' || s === 'delivered', {
          trackingNumber: tracking,
        });
        return { ...order(p, undefined, l.shipping ?? shipping), ...reasonOf(l), ...status };
      },
      settle: (l: Step) => {
        const method = l.method ?? 'cod';
        return {
          method,
          data: {
            ...paymentOpening(p),
            paymentMethod: method,
            ...reasonOf(l),
            collectedBy: p.delivery === 'pickup' ? 'counter' : (p.courier ?? 'store_rider'),
          },
        };
      },
      refundCancelled: true,
    },
  );
}

/** Posted within a second or so; 2 % are retried 20 s – 15 min later (the shop's server in Dhaka) and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking =
    p.courier === 'pathao'
      ? `DP${rng.digits(10)}`
      : p.courier === 'redx'
        ? `${rng.digits(2)}A${rng.digits(3)}${rng.token(4).toUpperCase()}`
        : p.courier === 'steadfast'
          ? `SFC${rng.digits(9)}`
          : `GG-R${rng.digits(7)}`;
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.02,
    retry: [20_000, 15 * 60_000],
    median: 900,
    spread: 0.7,
  });
}
