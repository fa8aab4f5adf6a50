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
import { afterCapture, checksOf, reasonOf, releasedAt, shownCardOf, statusOf } from '../kit/timeline.js';
import { type Attempt, type Purchase } from './purchase.js';

/**
 * The shop's platform posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the
 * first card tried), one `payment.succeeded` / `payment.failed` per authorisation (card checks and 3-D Secure for
 * cards and phone wallets; none for MobilePay, PayPal, Klarna, transfers, EAN invoices or store credit),
 * `order.cancelled` when nothing was paid, then fulfilment (`order.updated` with a status and tracking number),
 * address changes, cancellations, refunds, early fraud warnings and disputes, money events only after a capture.
 * Extra fields Vigil ignores: `storefront`, `locale`, `delivery`, `carrier`, `parcelShop`, `discountCode`,
 * `discount`, `shippingFee`, `giftMessage`, `giftRecipient`, `company`, `reference`, `threeDSecure`, `status`,
 * `trackingNumber`, item names and categories.
 */

type Data = EventData & {
  storefront?: string;
  locale?: string;
  delivery?: string;
  carrier?: string;
  parcelShop?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  giftMessage?: string;
  giftRecipient?: string;
  company?: { name: string; vatId: string; ean?: string };
  reference?: string;
  threeDSecure?: string;
  status?: string;
  trackingNumber?: string;
};

function order(p: Purchase, a: Attempt | undefined, shipping: Address | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: a?.method ?? 'card',
    storefront: p.storefront,
    locale: p.locale,
    delivery: p.delivery,
    ...(p.carrier ? { carrier: p.carrier } : {}),
    ...(p.parcelShop ? { parcelShop: p.parcelShop } : {}),
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    ...(p.giftMessage ? { giftMessage: p.giftMessage } : {}),
    ...(p.giftRecipient ? { giftRecipient: p.giftRecipient } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
    ...(p.reference ? { reference: p.reference } : {}),
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

/** Tracking numbers in each carrier's style; international parcels carry a UPU number ending in DK. */
function trackingFor(rng: Rng, p: Purchase): string {
  if (p.delivery === 'international') return `RR${rng.digits(9)}DK`;
  switch (p.carrier) {
    case 'GLS':
      return rng.digits(11);
    case 'DAO':
      return `0${rng.digits(13)}`;
    case 'DHL Express':
      return rng.digits(10);
    case 'UPS':
      return `1Z${rng.token(6).toUpperCase()}${rng.digits(10)}`;
    default:
      return `00370${rng.digits(13)}`;
  }
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }, tracking: string): TimedBody[] {
  let shipping = p.shipping;
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    // The basket's stock is held for twenty minutes to an hour after the last failed try.
    unpaid: (t) => ({ at: releasedAt(t, p.at, 20, 40), reason: 'payment_failed' }),
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      const status = statusOf(l, (s) => s === 'shipped' || s === 'delivered', { trackingNumber: tracking });
      return { ...order(p, paid, shipping), ...reasonOf(l), ...status };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Posted within a second or so; 1 % are retried 20 s – 8 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking = trackingFor(rng, p);
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.01,
    retry: [20_000, 8 * 60_000],
    median: 500,
    spread: 0.7,
  });
}
