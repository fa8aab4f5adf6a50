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
import {
  type Attempt,
  CARD_METHODS,
  CARRIERS,
  COURIERS,
  type LaterEvent,
  type Purchase,
} from './purchase.js';

/**
 * The store's platform posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the
 * card of the first attempt when the method shows one), one `payment.failed` / `payment.succeeded` per attempt
 * (a card's AVS/CVC and 3-D Secure result, a Napas card without CVC, wallets, VNPay QR, transfers and
 * consumer-finance decisions without card or checks), cash collected by the courier or at the counter as a
 * later `payment.succeeded`, `order.updated` as the order is confirmed, shipped, delivered, readied or collected
 * (with the carrier and tracking number) or readdressed, `order.cancelled` (unpaid, refused at the door, not
 * collected, cancelled by the store), refunds (a cancelled paid order is refunded a minute later), and early
 * fraud warnings and chargebacks only after money was taken: disputes only on cards, warnings on cards and from
 * the finance companies. Extra fields Vigil ignores: `fulfilment`, `pickupStore`, `phone`, `recipient`,
 * `channel`, `locale`, `voucherCode`, `discount`, `shippingFee`, `financeProvider`, `tenorMonths`,
 * `downPayment`, `einvoice`, `threeDSecure`, `status`, `carrier`, `trackingNumber`, item names and categories.
 */

type Data = EventData & {
  fulfilment?: string;
  pickupStore?: string;
  phone?: string;
  recipient?: string;
  channel?: string;
  locale?: string;
  voucherCode?: string;
  discount?: number;
  shippingFee?: number;
  financeProvider?: string;
  tenorMonths?: number;
  downPayment?: number;
  einvoice?: { company: string; taxCode: string };
  threeDSecure?: string;
  status?: string;
  carrier?: string;
  trackingNumber?: string;
};

function order(p: Purchase, a: Attempt | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, p.shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod: p.method,
    fulfilment: p.fulfilment,
    ...(p.shop ? { pickupStore: p.shop } : {}),
    phone: p.phone,
    ...(p.recipient ? { recipient: p.recipient } : {}),
    channel: p.channel,
    locale: p.locale,
    ...(b.code ? { voucherCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    ...(p.finance
      ? {
          financeProvider: p.finance.provider,
          tenorMonths: p.finance.tenorMonths,
          downPayment: p.finance.downPayment,
        }
      : {}),
    ...(p.company ? { einvoice: { company: p.company.name, taxCode: p.company.taxCode } } : {}),
  };
}

function payment(p: Purchase, a: Attempt): Data {
  return {
    ...paymentOpening(p),
    paymentMethod: a.method,
    ...shownCardOf(a),
    ...checksOf(a),
    ...(a.threeDS ? { threeDSecure: a.threeDS } : {}),
    ...(a.provider ? { financeProvider: a.provider } : {}),
    ...(a.decline ? { reason: a.decline } : {}),
  };
}

const TRACKED = new Set(['shipped', 'out_for_delivery', 'delivered']);

function bodies(
  p: Purchase,
  ids: { orderId: string; paymentId: string },
  carrier: { carrier: string; trackingNumber: string },
): TimedBody[] {
  let shipping: Address | undefined = p.shipping;
  const first = p.attempts[0];
  return afterOrder(eventMaker(ids), p, {
    created: order(p, first && first.method === p.method ? first : undefined),
    payment: (a) => payment(p, a),
    untilPaid: true,
    updated: (l: LaterEvent): Data => {
      shipping = l.shipping ?? shipping;
      return {
        amount: p.basket.amount,
        currency: p.basket.currency,
        customer: { ...(p.buyer.id ? { id: p.buyer.id } : {}), email: p.buyer.email },
        ...(l.shipping && shipping ? { shipping: { ...shipping } } : {}),
        ...(l.status ? { status: l.status } : {}),
        ...(l.status && TRACKED.has(l.status) && p.fulfilment !== 'digital' ? carrier : {}),
        ...reasonOf(l),
      };
    },
    skip: (l, paid) =>
      (l.type === 'dispute.created' && !(paid && CARD_METHODS.includes(paid.method))) ||
      (l.type === 'fraud_warning.created' &&
        !(paid && (CARD_METHODS.includes(paid.method) || paid.method === 'consumer_finance'))),
    settle: (l) => {
      const method = l.method ?? 'cod';
      return {
        method,
        data: {
          ...paymentOpening(p),
          paymentMethod: method,
          ...(method === 'pay_at_store' && p.shop ? { pickupStore: p.shop } : {}),
        } as Data,
      };
    },
    refundCancelled: true,
  });
}

const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

function tracking(rng: Rng, p: Purchase): { carrier: string; trackingNumber: string } {
  if (p.fulfilment === 'express_2h') {
    const carrier = rng.pick(COURIERS);
    const trackingNumber =
      carrier === 'ahamove'
        ? `AHA${rng.digits(9)}`
        : carrier === 'grab_express'
          ? `GE-${rng.digits(10)}`
          : `SM-${rng.digits(7)}`;
    return { carrier, trackingNumber };
  }
  const carrier = rng.pick(CARRIERS);
  const trackingNumber =
    carrier === 'ghn'
      ? `G${rng.token(7, ALNUM)}`
      : carrier === 'ghtk'
        ? `S${rng.digits(8)}.${rng.digits(9)}`
        : carrier === 'viettel_post'
          ? rng.digits(13)
          : `85${rng.digits(10)}`;
  return { carrier, trackingNumber };
}

/** Posted within a second or so; 1.5 % are retried 20 s – 8 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const carrier = tracking(rng, p);
  return deliverAsPosted(bodies(p, { orderId, paymentId }, carrier), orderId, rng, {
    retried: 0.015,
    retry: [20_000, 8 * 60_000],
    median: 800,
    spread: 0.7,
  });
}
