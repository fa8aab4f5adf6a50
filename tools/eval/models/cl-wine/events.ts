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
import { type Attempt, type LaterEvent, type Method, type Purchase } from './purchase.js';

/**
 * The shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout (with the first card
 * tried, when there is one), one `payment.succeeded` / `payment.failed` per attempt (a transfer when the money
 * is reconciled; cash on delivery when the courier hands over the box), `order.cancelled` for an order never
 * paid, `order.updated` for fulfilment (`status`, a tracking number and courier once shipped) and address
 * changes, refunds, early fraud warnings and disputes, money events only once paid. Extra fields Vigil ignores:
 * `document` (boleta or factura), `company` (name and RUT), `fulfilment`, `courier`, `channel`, `locale`,
 * `giftNote`, `discountCode`, `discount`, `shippingFee`, `cuotas`, `webpayPaymentType`, `threeDSecure`,
 * `status`, `trackingNumber`, item names and categories.
 */

type Data = EventData & {
  document?: string;
  company?: { name: string; rut: string };
  fulfilment?: string;
  courier?: string;
  channel?: string;
  locale?: string;
  giftNote?: string;
  discountCode?: string;
  discount?: number;
  shippingFee?: number;
  cuotas?: number;
  webpayPaymentType?: string;
  threeDSecure?: string;
  status?: string;
  trackingNumber?: string;
};

const COURIER: Readonly<Record<string, string>> = {
  courier: 'Starken',
  same_day: 'Cava Andina reparto',
  dhl_express: 'DHL Express',
  club: 'Chilexpress',
};

function order(p: Purchase, a: Attempt | undefined, shipping: Address | undefined): Data {
  const b = p.basket;
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(a),
    items: categorisedItemsOf(b.lines),
    paymentMethod:
      a?.method ??
      (p.attempts.length === 0
        ? p.document === 'factura'
          ? 'transferencia'
          : 'contra_entrega'
        : 'webpay_plus'),
    document: p.document,
    ...(p.company ? { company: { ...p.company } } : {}),
    fulfilment: p.fulfilment,
    channel: p.channel,
    locale: p.locale,
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    shippingFee: b.shippingFee,
    ...(p.giftNote ? { giftNote: p.giftNote } : {}),
  };
}

/** Transbank's payment type code: VD debit, VP prepaid, VN credit without cuotas, SI three interest-free, NC more. */
const webpayType = (a: Attempt): string | undefined => {
  if (a.method !== 'webpay_plus' && a.method !== 'webpay_oneclick') return undefined;
  if (a.funding === 'debit') return 'VD';
  if (a.funding === 'prepaid') return 'VP';
  return a.cuotas === 3 ? 'SI' : (a.cuotas ?? 1) > 1 ? 'NC' : 'VN';
};

function payment(p: Purchase, a: Attempt): Data {
  const type = webpayType(a);
  return {
    ...paymentOpening(p),
    paymentMethod: a.method,
    ...shownCardOf(a),
    ...checksOf(a),
    ...(type ? { webpayPaymentType: type } : {}),
    ...(a.cuotas ? { cuotas: a.cuotas } : {}),
    ...(a.threeDS ? { threeDSecure: a.threeDS } : {}),
    ...(a.decline ? { reason: a.decline } : {}),
  };
}

function bodies(p: Purchase, ids: { orderId: string; paymentId: string }, tracking: string): TimedBody[] {
  let shipping = p.shipping;
  const courier = COURIER[p.fulfilment];
  return afterOrder(eventMaker(ids), p, {
    created: order(p, p.attempts[0], p.shipping),
    payment: (a) => payment(p, a),
    untilPaid: true,
    updated: (l: LaterEvent) => {
      shipping = l.shipping ?? shipping;
      const status = statusOf(l, (s) => s === 'shipped' || s === 'delivered', {
        trackingNumber: tracking,
        ...(courier ? { courier } : {}),
      });
      return {
        ...order(
          p,
          p.attempts.find((a) => a.ok),
          shipping,
        ),
        ...reasonOf(l),
        ...status,
      };
    },
    settle: (l: LaterEvent) => {
      const method: Method = l.method ?? 'contra_entrega';
      return {
        method,
        data: { ...paymentOpening(p), paymentMethod: method, ...(l.decline ? { reason: l.decline } : {}) },
      };
    },
    refundCancelled: true,
  });
}

/** Posted within a second or so; 1.5 % are retried 20 s – 15 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking = p.fulfilment === 'dhl_express' ? rng.digits(10) : `${rng.int(7, 9)}${rng.digits(9)}`;
  return deliverAsPosted(bodies(p, { orderId, paymentId }, tracking), orderId, rng, {
    retried: 0.015,
    retry: [20_000, 15 * 60_000],
    median: 700,
    spread: 0.7,
  });
}
