import { type LabelledWebhook } from '../../traffic-model.js';
import {
  categorisedItemsOf,
  deliverAsPosted,
  type EventData,
  eventMaker,
  orderOpening,
  paymentOpening,
  type Posting,
  type TimedBody,
} from '../kit/events.js';
import { type Address, HOUR } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { afterOrder, checksOf, reasonOf, shownCardOf } from '../kit/timeline.js';
import { FESTIVE_DROP, LAUNCH } from './calendar.js';
import { type Attempt, type LaterEvent, PAID_LATER, type Purchase } from './purchase.js';

/**
 * The label's shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the
 * first card tried), one `payment.failed` / `payment.succeeded` per online attempt (3-D Secure and checks for
 * cards), a `payment.succeeded` when the courier collects the cash, the counter takes it or staff match a
 * transfer, then fulfilment updates (`confirmed` by WhatsApp for COD, `shipped` with the courier and tracking,
 * `delivered`, `delivery_failed`, `collected`, returns), cancellations (refunded a minute later once paid),
 * refunds, early fraud warnings and disputes. Extra fields Vigil ignores: `storefront`, `channel`, `locale`,
 * `phone`, `fulfilment`, `pickupStore`, `recipient`, `giftMessage`, `company`, `discountCode`, `discount`,
 * `shippingFee`, `dutiesFee`, `duties`, `threeDSecure`, `status`, `courier`, `trackingNumber`, `transferRail`,
 * item names and categories.
 */

type Data = EventData & {
  storefront?: string;
  channel?: string;
  locale?: string;
  phone?: string;
  fulfilment?: string;
  pickupStore?: string;
  recipient?: string;
  giftMessage?: string;
  company?: { name: string; ntn: string };
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  dutiesFee?: number;
  duties?: string;
  threeDSecure?: string;
  status?: string;
  courier?: string;
  trackingNumber?: string;
  transferRail?: string;
};

function order(p: Purchase, a: Attempt | undefined, shipping: Address | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: p.method,
    storefront: p.storefront,
    channel: p.channel,
    locale: p.locale,
    phone: p.phone,
    fulfilment: p.fulfilment,
    ...(p.pickupStore ? { pickupStore: p.pickupStore } : {}),
    ...(p.recipient ? { recipient: p.recipient } : {}),
    ...(p.giftMessage ? { giftMessage: p.giftMessage } : {}),
    ...(p.company ? { company: { ...p.company } } : {}),
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    ...(b.dutiesFee ? { dutiesFee: b.dutiesFee } : {}),
    ...(b.duties ? { duties: b.duties } : {}),
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

/** Money taken later: cash by the courier or at the counter, a transfer by Raast (most) or IBFT. */
function settled(p: Purchase, rail: string): Data {
  return {
    ...paymentOpening(p),
    paymentMethod: p.method,
    ...(p.method === 'bank_transfer' ? { transferRail: rail } : {}),
  };
}

function bodies(
  p: Purchase,
  ids: { orderId: string; paymentId: string },
  tracking: string,
  rail: string,
): TimedBody[] {
  let shipping = p.shipping;
  return afterOrder(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    untilPaid: true,
    updated: (l: LaterEvent) => {
      shipping = l.shipping ?? shipping;
      const shipped = l.status === 'shipped' || l.status === 'delivered' || l.status === 'delivery_failed';
      return {
        ...order(p, undefined, shipping),
        ...reasonOf(l),
        ...(l.status ? { status: l.status } : {}),
        ...(l.courier ? { courier: l.courier } : {}),
        ...(shipped ? { trackingNumber: tracking } : {}),
      };
    },
    // Cash, transfers and the counter cannot be charged back or flagged by an issuer; wallets can be disputed.
    skip: (l, paid) =>
      paid !== undefined &&
      PAID_LATER.has(paid.method) &&
      (l.type === 'dispute.created' || l.type === 'fraud_warning.created'),
    settle: () => ({ method: p.method, data: settled(p, rail) }),
    refundCancelled: true,
  });
}

/** Webhooks go out within a second; 1 % are retried later, 6 % in the hours after a drop, when the site strains. */
function posting(p: Purchase): Posting {
  const rush = [LAUNCH, FESTIVE_DROP].some((d) => p.at >= d && p.at < d + 6 * HOUR);
  return rush
    ? { retried: 0.06, retry: [60_000, 20 * 60_000], median: 1500, spread: 0.8 }
    : { retried: 0.01, retry: [30_000, 10 * 60_000], median: 700, spread: 0.6 };
}

export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking = p.fulfilment === 'dhl_express' ? rng.digits(10) : rng.digits(12);
  const rail = rng.chance(0.7) ? 'raast' : 'ibft';
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking, rail), orderId, rng, posting(p));
}
