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
 * The dealer's shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the
 * card first tried, if any), one `payment.succeeded` / `payment.failed` per card authorisation (checks and
 * 3-D Secure) or when a transfer or open-banking payment lands, `order.cancelled` when a card checkout never
 * paid (half an hour to an hour on) or a transfer never arrived (two to three days on), then `order.updated`
 * for ID checks, dispatch and delivery (tracking number), counter collection, vault allocation and sell-back
 * requests and address changes, cancellations, refunds, early fraud warnings and disputes, money events only
 * after a capture. Extra fields Vigil ignores: `fulfilment`, `locale`, `channel`, `shippingFee`,
 * `giftMessage`, `company`, `threeDSecure`, `status`, `trackingNumber`, `carrier`, item names and categories.
 */

type Data = EventData & {
  fulfilment?: string;
  locale?: string;
  channel?: string;
  shippingFee?: number;
  giftMessage?: string;
  company?: { name: string; companyNumber: string };
  threeDSecure?: string;
  status?: string;
  trackingNumber?: string;
  carrier?: string;
};

function order(p: Purchase, a: Attempt | undefined, shipping: Address | undefined): Data {
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(p.basket.lines),
    paymentMethod: a?.method ?? p.method,
    fulfilment: p.fulfilment,
    locale: p.locale,
    channel: p.channel,
    shippingFee: p.basket.shippingFee,
    ...(p.giftMessage ? { giftMessage: p.giftMessage } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
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

function bodies(
  p: Purchase,
  ids: { orderId: string; paymentId: string },
  tracking: { trackingNumber: string; carrier: string },
): TimedBody[] {
  let shipping = p.shipping;
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    unpaid: (t) =>
      p.attempts.length === 0
        ? { at: releasedAt(t, p.at, 48 * 60, 24 * 60), reason: 'transfer_not_received' }
        : { at: releasedAt(t, p.at, 30, 30), reason: 'payment_failed' },
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      const status = statusOf(l, (s) => s === 'dispatched' || s === 'delivered', tracking);
      return { ...order(p, paid, shipping), ...reasonOf(l), ...status };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Posted within a second or so; 1.5 % are retried 30 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const abroad = p.shipping !== undefined && p.shipping.country !== 'GB';
  const tracking = abroad
    ? {
        trackingNumber: `${rng.digits(10)}`,
        carrier: rng.pick(['DHL Express', 'FedEx International Priority']),
      }
    : {
        trackingNumber: `${rng.pick(['SD', 'ZU'])}${rng.digits(9)}GB`,
        carrier: 'Royal Mail Special Delivery',
      };
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.015,
    retry: [30_000, 15 * 60_000],
    median: 700,
    spread: 0.6,
  });
}
