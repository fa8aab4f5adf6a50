import { type CanonicalEvent } from '@vigil/contracts';
import { type LabelledWebhook } from '../../traffic-model.js';
import {
  categorisedItemsOf,
  deliverAsPosted,
  type EventData,
  eventMaker,
  iso,
  MONEY_LABELS,
  orderOpening,
  paymentOpening,
  type TimedBody,
} from '../kit/events.js';
import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import {
  attemptBodies,
  cancelData,
  checksOf,
  laterAt,
  reasonOf,
  shownCard,
  shownCardOf,
} from '../kit/timeline.js';
import { isMobile } from './people.js';
import { type Attempt, type LaterEvent, type Method, type Purchase, tracked } from './purchase.js';

/**
 * The shop posts Vigil's canonical Standard Webhooks bodies: `order.created` at checkout, one
 * `payment.succeeded` / `payment.failed` per authorisation or voucher redemption (card checks and 3-D Secure for
 * cards, a masked code for vouchers, nothing for PayPal or Klarna), `order.cancelled` when nothing was paid, the
 * voucher's life as `order.updated` statuses, an invoice's transfer as a late `payment.succeeded`, then
 * cancellations, refunds (with where a refund was sent), early fraud warnings on card payments and disputes on
 * card, wallet, PayPal and Klarna payments, only after money was taken. Extra fields Vigil ignores: `format`,
 * `postage`, `deliveryFee`, `discountCode`, `discount`, `recipient`, `sendOn`, `giftMessage`, `company`, `terms`,
 * `locale`, `channel`, `threeDSecure`, `voucherCode`, `status`, `trackingNumber`, `refundTo`, item names and
 * categories.
 */

type Data = EventData & {
  format?: string;
  postage?: string;
  deliveryFee?: number;
  discountCode?: string;
  discount?: number;
  recipient?: { name: string; email?: string };
  sendOn?: string;
  giftMessage?: boolean;
  company?: { name: string; number: string; vatId: string; domain: string; poNumber?: string };
  terms?: string;
  locale?: string;
  channel?: string;
  threeDSecure?: string;
  voucherCode?: string;
  status?: string;
  trackingNumber?: string;
  refundTo?: { destination: string; card?: { bin: string; last4: string; brand: string; country: string } };
};

type Make = (type: CanonicalEvent['type'], at: number, data: EventData) => TimedBody;

const CARD_METHODS: ReadonlySet<Method> = new Set(['card', 'apple_pay', 'google_pay']);
/** Payment methods whose payer can dispute: card schemes, PayPal and Klarna. */
const DISPUTABLE: ReadonlySet<Method> = new Set(['card', 'apple_pay', 'google_pay', 'paypal', 'klarna']);

function order(p: Purchase, shipping: Address | undefined): Data {
  const b = p.basket;
  const first = p.attempts[0];
  return {
    ...orderOpening(p, shipping),
    ...shownCardOf(p.attempts.find((a) => a.card)),
    items: categorisedItemsOf(b.lines),
    paymentMethod: first?.method ?? (p.terms ? 'invoice' : 'card'),
    format: p.format,
    ...(p.postage ? { postage: p.postage } : {}),
    deliveryFee: b.deliveryFee,
    ...(b.code ? { discountCode: b.code, discount: b.discount } : {}),
    ...(p.recipient ? { recipient: { ...p.recipient } } : {}),
    ...(p.sendOn ? { sendOn: iso(p.sendOn) } : {}),
    giftMessage: p.giftMessage,
    ...(p.company
      ? {
          company: {
            name: p.company.name,
            number: p.company.number,
            vatId: p.company.vatId,
            domain: p.company.domain,
            ...(p.company.poNumber ? { poNumber: p.company.poNumber } : {}),
          },
        }
      : {}),
    ...(p.terms ? { terms: p.terms } : {}),
    locale: p.locale,
    channel: isMobile(p.device) ? 'mobile_web' : 'web',
  };
}

function payment(p: Purchase, a: Attempt): Data {
  return {
    ...paymentOpening(p),
    ...(a.amount !== undefined ? { amount: a.amount } : {}),
    paymentMethod: a.method,
    ...shownCardOf(a),
    ...checksOf(a),
    ...(a.threeDS ? { threeDSecure: a.threeDS } : {}),
    ...(a.voucherCode ? { voucherCode: a.voucherCode } : {}),
    ...(a.decline ? { reason: a.decline } : {}),
  };
}

const refundTo = (l: LaterEvent) =>
  l.refundTo
    ? {
        refundTo: {
          destination: l.refundTo.destination,
          ...(l.refundTo.card
            ? {
                card: {
                  bin: l.refundTo.card.bin,
                  last4: l.refundTo.card.last4,
                  brand: l.refundTo.card.brand,
                  country: l.refundTo.card.country,
                },
              }
            : {}),
        },
      }
    : {};

/**
 * `order.created`, the attempts, then the later steps in time order, each at least 2 s after the one before:
 * an invoice's transfer settles an unpaid order; money events only once paid (warnings on card payments,
 * disputes where the method has them); no updates once cancelled, though refunds, warnings and disputes still
 * come.
 */
function timeline(make: Make, p: Purchase, tracking: string): TimedBody[] {
  const placed = p.at;
  const money = { amount: p.basket.amount, currency: p.basket.currency };
  const out = [make('order.created', placed, order(p, p.shipping))];
  const tried = attemptBodies(make, placed, p.attempts, (a) => payment(p, a), false);
  out.push(...tried.bodies);
  let t = tried.t;
  let paidBy: Attempt | undefined = tried.paid;
  let closed = false;
  for (const l of [...p.later].sort((a, b) => a.afterMs - b.afterMs)) {
    if (MONEY_LABELS.has(l.type) && !paidBy) continue;
    if (l.type === 'fraud_warning.created' && !(paidBy && CARD_METHODS.has(paidBy.method))) continue;
    if (l.type === 'dispute.created' && !(paidBy && DISPUTABLE.has(paidBy.method))) continue;
    if (
      closed &&
      (l.type === 'order.updated' || l.type === 'order.cancelled' || l.type.startsWith('payment.'))
    )
      continue;
    const at = laterAt(t, placed, l.afterMs);
    if (l.type === 'payment.succeeded') {
      // An invoice paid by transfer.
      if (paidBy || !p.terms) continue;
      paidBy = { method: 'invoice', ok: true, afterMs: 0 };
      out.push(make(l.type, at, { ...paymentOpening(p), paymentMethod: 'invoice' }));
    } else if (l.type === 'order.updated') {
      const status = l.status ?? 'updated';
      const withTracking = status === 'dispatched' && tracked(p.postage);
      const data: Data = {
        ...order(p, p.shipping),
        ...reasonOf(l),
        status,
        ...(withTracking ? { trackingNumber: tracking } : {}),
        ...refundTo(l),
      };
      out.push(make(l.type, at, data));
    } else if (l.type === 'order.cancelled') {
      closed = true;
      out.push(make(l.type, at, cancelData(money, p.buyer.email, l.reason)));
    } else if (l.type === 'refund.created' && paidBy) {
      const data: Data = {
        ...money,
        amount: Math.min(l.amount ?? money.amount, money.amount),
        ...reasonOf(l),
        paymentMethod: paidBy.method,
        ...refundTo(l),
      };
      out.push(make(l.type, at, data));
    } else if (paidBy) {
      out.push(
        make(l.type, at, {
          ...money,
          ...reasonOf(l),
          paymentMethod: paidBy.method,
          ...(paidBy.card ? { card: shownCard(paidBy.card) } : {}),
        }),
      );
    }
    t = Math.max(t, at);
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Posted within a second or so; 1 % are retried 30 s – 10 min later and hold back the rest. */
export function webhooksFor(rng: Rng, p: Purchase, orderId: string, paymentId: string): LabelledWebhook[] {
  const tracking = `${p.postage === 'international_tracked' ? 'LX' : rng.pick(['ZV', 'ZW', 'YA'])}${rng.digits(9)}GB`;
  return deliverAsPosted(timeline(eventMaker({ orderId, paymentId }), p, tracking), orderId, rng, {
    retried: 0.01,
    retry: [30_000, 10 * 60_000],
    median: 700,
    spread: 0.5,
  });
}
