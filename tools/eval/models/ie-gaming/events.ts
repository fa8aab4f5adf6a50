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
import { SHOPS } from './places.js';
import { type Attempt, type Purchase } from './purchase.js';

/**
 * Pixel Harbour's shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the
 * first card tried), one `payment.succeeded` / `payment.failed` per authorisation (card checks and 3-D Secure for
 * cards; Apple and Google Pay show the card but no code; none for PayPal, Klarna, Revolut Pay, store credit or a
 * bank transfer, posted when the money arrives), `order.cancelled` when nothing was paid, then fulfilment
 * (`order.updated` with a status: code sent, in review, shipped, delivered, ready for collection, collected,
 * address changed), cancellations, refunds, early fraud warnings and disputes, money events only after a
 * capture. Extra fields Vigil ignores: `storefront`, `locale`, `channel`, `fulfilment`, `pickupStore`,
 * `discountCode`, `discount`, `storeCredit`, `shippingFee`, `giftMessage`, `giftRecipient`, `company`,
 * `preorder`, `threeDSecure`, `status`, `carrier`, `trackingNumber`, item names and categories.
 */

type Data = EventData & {
  storefront?: string;
  locale?: string;
  channel?: string;
  fulfilment?: string;
  pickupStore?: string;
  discountCode?: string;
  discount?: number;
  storeCredit?: number;
  shippingFee?: number;
  giftMessage?: string;
  giftRecipient?: string;
  company?: { name: string; vatId: string };
  preorder?: boolean;
  threeDSecure?: string;
  status?: string;
  carrier?: string;
  trackingNumber?: string;
};

function order(p: Purchase, a: Attempt | undefined, shipping: Address | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: a?.method ?? 'card',
    storefront: p.storefront === 'uk' ? 'pixelharbour.co.uk' : 'pixelharbour.ie',
    locale: p.locale,
    channel: p.device.userAgent.startsWith('PixelHarbour/') ? 'app' : 'web',
    fulfilment: p.fulfilment,
    ...(p.shop ? { pickupStore: SHOPS[p.shop].address.line1 ?? p.shop } : {}),
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    ...(b.credit > 0 ? { storeCredit: b.credit } : {}),
    shippingFee: b.shippingFee,
    ...(p.giftMessage ? { giftMessage: p.giftMessage } : {}),
    ...(p.giftRecipient ? { giftRecipient: p.giftRecipient } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
    ...(p.preorder ? { preorder: true } : {}),
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

/** An Post for standard delivery in Ireland; DPD for next-day, Northern Ireland, Britain and the EU. */
function tracking(rng: Rng, p: Purchase): { carrier: string; trackingNumber: string } {
  const anPost = p.fulfilment === 'delivery' && p.shipping?.country === 'IE';
  return anPost
    ? { carrier: 'an_post', trackingNumber: `CE${rng.digits(9)}IE` }
    : { carrier: 'dpd', trackingNumber: `15${rng.digits(12)}` };
}

function bodies(
  p: Purchase,
  ids: { orderId: string; paymentId: string },
  track: Record<string, string>,
): TimedBody[] {
  let shipping = p.shipping;
  return afterCapture(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    // The basket (and any limited stock it holds) is released 20 to 40 minutes after the last failed try.
    unpaid: (t) => ({ at: releasedAt(t, p.at, 20, 20), reason: 'payment_failed' }),
    updated: (l, paid) => {
      shipping = l.shipping ?? shipping;
      const status = statusOf(l, (s) => s === 'shipped' || s === 'delivered', track);
      return { ...order(p, paid, shipping), ...reasonOf(l), ...status };
    },
    card: shownCardOf,
    capRefunds: true,
  });
}

/** Posted within half a second or so; 1.5 % are retried 20 s – 8 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const track = tracking(rng, p);
  return deliverAsPosted(bodies(p, { orderId, paymentId }, track), orderId, rng, {
    retried: 0.015,
    retry: [20_000, 8 * 60_000],
    median: 450,
    spread: 0.6,
  });
}
