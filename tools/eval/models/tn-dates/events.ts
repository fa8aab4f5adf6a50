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
import { afterOrder, checksOf, reasonOf, shownCardOf, statusOf } from '../kit/timeline.js';
import { type Attempt, type LaterEvent, type Purchase } from './purchase.js';

/**
 * The shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the card first
 * tried), one `payment.succeeded` / `payment.failed` per try (the gateway's 3-D Secure result and decline code;
 * a transfer when it lands), `payment.succeeded` when the courier collects cash at the door, `order.updated` for
 * shipping, delivery and failed delivery, `order.cancelled`, refunds, early fraud warnings and disputes. Extra
 * fields Vigil ignores: `phone`, `carrier`, `locale`, `discountCode`, `discount`, `shippingFee`, `company`,
 * `giftMessage`, `threeDSecure`, `status`, `trackingNumber`, item names and categories.
 */

type Data = EventData & {
  phone?: string;
  carrier?: string;
  locale?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  company?: { name: string; taxId: string };
  giftMessage?: string;
  threeDSecure?: string;
  status?: string;
  trackingNumber?: string;
};

function order(p: Purchase, a: Attempt | undefined, shipping: Address): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, shipping),
    ...(p.method === 'carte_bancaire' ? shownCardOf(a) : {}),
    items: categorisedItemsOf(b.lines),
    paymentMethod: p.method,
    phone: p.phone,
    carrier: p.carrier,
    locale: p.locale,
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    ...(p.company ? { company: { ...p.company } } : {}),
    ...(p.giftMessage ? { giftMessage: p.giftMessage } : {}),
  };
}

function payment(p: Purchase, a: Attempt): Data {
  return {
    ...paymentOpening(p),
    paymentMethod: a.method,
    ...shownCardOf(a),
    ...checksOf(a),
    ...(a.threeDS ? { threeDSecure: a.threeDS } : {}),
    ...(a.decline ? { reason: a.decline } : {}),
  };
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }, tracking: string): TimedBody[] {
  const tracked = (s: string) => s !== 'delivery_failed';
  return afterOrder(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    untilPaid: true,
    updated: (l: LaterEvent) => ({
      ...order(p, undefined, l.shipping ?? p.shipping),
      ...reasonOf(l),
      ...statusOf(l, tracked, { trackingNumber: tracking }),
    }),
    settle: () => ({
      method: 'paiement_a_la_livraison',
      data: { ...paymentOpening(p), paymentMethod: 'paiement_a_la_livraison' },
    }),
    refundCancelled: true,
  });
}

/** Posted within a second or so; 2 % are retried 30 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking =
    p.carrier === 'aramex'
      ? rng.digits(11)
      : p.carrier === 'rapid_poste'
        ? `EE${rng.digits(9)}TN`
        : `LM-${rng.token(8).toUpperCase()}`;
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.02,
    retry: [30_000, 15 * 60_000],
    median: 700,
    spread: 0.7,
  });
}
