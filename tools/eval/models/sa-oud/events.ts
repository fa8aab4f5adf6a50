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
import { afterOrder, checksOf, reasonOf, statusOf } from '../kit/timeline.js';
import { type Attempt, type Purchase } from './purchase.js';

/**
 * The store's platform posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the
 * first card tried, or `cod`), one `payment.succeeded` / `payment.failed` per authorisation (card checks and
 * 3-D Secure for mada, cards and Apple Pay; none for STC Pay, Tabby, Tamara or transfers), `order.cancelled`
 * when a checkout never paid or a parcel came back, fulfilment (`order.updated` with a status and the
 * courier's tracking number), address changes, the courier's `payment.succeeded` by `cod` when the cash is
 * collected, refunds, early fraud warnings and disputes (money events only after a payment). Extra fields Vigil
 * ignores: `phone`, `channel`, `locale`, `delivery`, `discountCode`, `discount`, `shippingFee`, `codFee`,
 * `giftNote`, `company`, `threeDSecure`, `status`, `trackingNumber`, `carrier`, item names and categories,
 * `card.funding`.
 */

type Data = EventData & {
  phone?: string;
  channel?: string;
  locale?: string;
  delivery?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  codFee?: number;
  giftNote?: string;
  company?: { name: string; vatNumber: string };
  threeDSecure?: string;
  status?: string;
  trackingNumber?: string;
  carrier?: string;
};

const cardShown = (a: Attempt | undefined) => (a?.card ? { card: { ...a.card } } : {});

function order(p: Purchase, a: Attempt | undefined, shipping: Address | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, shipping),
    ...(p.cod ? {} : cardShown(a)),
    items: categorisedItemsOf(b.lines),
    paymentMethod: p.cod ? 'cod' : (a?.method ?? 'card'),
    phone: p.phone,
    channel: p.channel,
    locale: p.locale,
    delivery: p.delivery,
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    ...(b.codFee ? { codFee: b.codFee } : {}),
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
  };
}

function payment(p: Purchase, a: Attempt): Data {
  return {
    ...paymentOpening(p),
    paymentMethod: a.method,
    ...cardShown(a),
    ...checksOf(a),
    ...(a.threeDS ? { threeDSecure: a.threeDS } : {}),
    ...(a.decline ? { reason: a.decline } : {}),
  };
}

function bodies(
  p: Purchase,
  ids: { orderId: string; paymentId: string },
  courier: { trackingNumber: string; carrier: string },
): TimedBody[] {
  let shipping = p.shipping;
  return afterOrder(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    untilPaid: true,
    updated: (l) => {
      shipping = l.shipping ?? shipping;
      const tracked = statusOf(
        l,
        (s) => s === 'shipped' || s === 'delivered' || s === 'delivery_failed',
        courier,
      );
      return {
        ...order(
          p,
          p.attempts.find((a) => a.ok),
          shipping,
        ),
        ...reasonOf(l),
        ...tracked,
      };
    },
    settle: () => ({ method: 'cod', data: { ...paymentOpening(p), paymentMethod: 'cod' } }),
    refundCancelled: true,
  });
}

/** Posted within a second or so; 2 % are retried 20 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const international = p.shipping && p.shipping.country !== 'SA';
  const carrier = international ? rng.pick(['aramex', 'dhl']) : rng.pick(['smsa', 'aramex', 'spl', 'jt']);
  const trackingNumber = carrier === 'dhl' ? rng.digits(10) : `${carrier.toUpperCase()}${rng.digits(11)}`;
  return deliverAsPosted(bodies(p, { orderId, paymentId }, { trackingNumber, carrier }), orderId, rng, {
    retried: 0.02,
    retry: [20_000, 15 * 60_000],
    median: 700,
    spread: 0.7,
  });
}
