import {
  type Address,
  type Buyer,
  cardPaymentAttempt,
  DAY,
  type Device,
  HOUR,
  MINUTE,
  otherAttempt,
  type PaymentAttempt,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Step } from '../kit/timeline.js';
import {
  avs,
  cvc,
  type Decline,
  type Entry,
  type HeldCard,
  honestDecline,
  type Match,
  newCard,
  secure,
  type ThreeDS,
} from './cards.js';
import { type Basket, type Fulfilment, LOCAL } from './catalogue.js';
import { type Company } from './people.js';

/**
 * One planned purchase before events.ts renders it: how people pay (M-Pesa and Airtel Money prompts on the
 * phone, cards under 3-D Secure, PayPal, bank transfers, pay on delivery) and what happens after checkout.
 */

export { DAY, HOUR, MINUTE };

export type Method = 'mpesa' | 'airtel_money' | 'card' | 'paypal' | 'bank_transfer' | 'pay_on_delivery';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** Fulfilment statuses the shop posts. */
export type Status =
  | 'dispatched'
  | 'out_for_delivery'
  | 'delivered'
  | 'ready_for_collection'
  | 'collected'
  | 'at_pickup_agent'
  | 'shipped'
  | 'in_transit'
  | 'collected_by_agent'
  | 'sent';

/** A later step: fulfilment with its status, a settlement at the door (how it was paid), the kit's others. */
export interface LaterEvent extends Step {
  status?: Status;
  collected?: 'mpesa' | 'cash';
  shipping?: Address;
}

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  fulfilment: Fulfilment;
  ip: string;
  device: Device;
  locale: string;
  company?: Company;
  giftMessage?: string;
}

/** The M-Pesa (and Airtel Money) ceiling for one payment, KES 250,000, in cents. */
export const MOBILE_MONEY_LIMIT = 25_000_000;

export const firstTry = (rng: Rng): number => rng.int(20_000, 90_000);
export const retryGap = (rng: Rng): number => rng.int(40_000, 5 * MINUTE);

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** The 3-D Secure result when the planner knows it (a fraudster without the OTP, a stolen OTP). */
  threeDS?: ThreeDS;
}

export function cardAttempt(rng: Rng, card: HeldCard, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const authFailed = t.decline === 'authentication_failed';
  return cardPaymentAttempt<Method, ThreeDS, Decline, HeldCard>({
    method: 'card',
    card,
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'good'),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    threeDS: t.threeDS ?? (authFailed ? 'challenge_failed' : secure(rng, card, t.ok)),
    afterMs: t.afterMs,
    decline: t.decline,
  });
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

/** An M-Pesa or Airtel Money prompt: the buyer enters the PIN within a minute or so, or it times out. */
export function mobileMoney(rng: Rng, method: 'mpesa' | 'airtel_money', failShare = 0.1): Attempt[] {
  if (!rng.chance(failShare)) return [other(method, true, firstTry(rng))];
  const why = rng.weightedPick<Decline>([
    ['timeout', 45],
    ['request_cancelled', 25],
    ['insufficient_funds', 25],
    ['wrong_pin', 5],
  ]);
  const out = [other(method, false, why === 'timeout' ? rng.int(60_000, 75_000) : firstTry(rng), why)];
  if (rng.chance(0.88)) out.push(other(method, true, retryGap(rng)));
  return out;
}

export interface Payer {
  currency: string;
  cards: readonly HeldCard[];
  signedIn: boolean;
  /** Method weights this checkout offers this buyer. */
  methods: Partial<Record<Method, number>>;
  match?: Match;
}

/** The checkout's methods in Kenya: M-Pesa first, then cards, Airtel Money, pay on delivery where riders go. */
export function kenyanMethods(
  hasCard: boolean,
  cod: boolean,
  amount: number,
  weights: Partial<Record<Method, number>> = {},
): Partial<Record<Method, number>> {
  const mobile = amount <= MOBILE_MONEY_LIMIT;
  return {
    mpesa: mobile ? (weights.mpesa ?? 62) : 0,
    airtel_money: mobile ? (weights.airtel_money ?? 6) : 0,
    card: hasCard ? (weights.card ?? 20) : 0,
    pay_on_delivery: cod && amount <= 5_000_000 ? (weights.pay_on_delivery ?? 22) : 0,
    bank_transfer: amount > MOBILE_MONEY_LIMIT || weights.bank_transfer ? (weights.bank_transfer ?? 30) : 0,
  };
}

/** Abroad: cards under 3-D Secure and PayPal; transfers only for business. */
export const abroadMethods = (paypal = 28, transfer = 0): Partial<Record<Method, number>> => ({
  card: 100 - paypal,
  paypal,
  bank_transfer: transfer,
});

/**
 * How an honest customer pays and retries: a second prompt after a timeout, the right CVC, the OTP answered
 * this time, another card, M-Pesa after a card not enabled for online use, PayPal; a few give up.
 */
export function honestPay(rng: Rng, payer: Payer, amount: number): Attempt[] {
  const entries = (Object.entries(payer.methods) as Array<[Method, number]>).filter(([, w]) => w > 0);
  const method = entries.length > 0 ? rng.weightedPick(entries) : 'card';
  const kenyan = payer.currency === 'KES';
  if (method === 'pay_on_delivery') return [];
  if (method === 'bank_transfer') return [other('bank_transfer', true, rng.int(5 * HOUR, 4 * DAY))];
  if (method === 'mpesa' || method === 'airtel_money') return mobileMoney(rng, method);
  if (method === 'paypal') {
    if (!rng.chance(0.04)) return [other('paypal', true, firstTry(rng))];
    return [other('paypal', false, firstTry(rng), 'paypal_declined'), ...cardRetry(rng, payer, undefined)];
  }
  const card = payer.cards.length > 0 ? rng.pick(payer.cards) : newCard(rng, kenyan ? 'KE' : 'US');
  const entry: Entry = payer.signedIn && rng.chance(0.45) ? 'saved' : 'typed';
  const match = payer.match ?? 'good';
  const declined = rng.chance(card.country === 'KE' ? 0.13 : 0.05);
  if (!declined) return [cardAttempt(rng, card, { entry, match, ok: true, afterMs: firstTry(rng) })];
  const why = honestDecline(rng, card);
  const out = [cardAttempt(rng, card, { entry, match, ok: false, decline: why, afterMs: firstTry(rng) })];
  if (rng.chance(0.08)) return out;
  if (why === 'incorrect_cvc' || why === 'authentication_failed') {
    out.push(cardAttempt(rng, card, { entry: 'typed', match, ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  if (kenyan && amount <= MOBILE_MONEY_LIMIT && rng.chance(0.7))
    return [...out, ...mobileMoney(rng, 'mpesa', 0.05)];
  return [...out, ...cardRetry(rng, payer, card)];
}

function cardRetry(rng: Rng, payer: Payer, tried: HeldCard | undefined): Attempt[] {
  if (payer.currency !== 'KES' && !tried && payer.cards.length === 0)
    return [other('paypal', true, retryGap(rng))];
  const next =
    payer.cards.find((c) => c !== tried) ?? newCard(rng, tried?.country ?? payer.cards[0]?.country ?? 'US');
  return [
    cardAttempt(rng, next, {
      entry: 'typed',
      match: payer.match ?? 'good',
      ok: true,
      afterMs: retryGap(rng),
    }),
  ];
}

/** Whether any attempt went through. */
export const paidNow = (attempts: readonly Attempt[]): boolean => attempts.some((a) => a.ok);

/** When the last attempt was made, after the order. */
export const attemptsTook = (attempts: readonly Attempt[]): number =>
  attempts.reduce((t, a) => t + Math.max(1000, a.afterMs), 0);

/** An unpaid order the shop releases half an hour to two hours after the last try. */
export const unpaidRelease = (
  rng: Rng,
  attempts: readonly Attempt[],
  reason = 'payment_failed',
): LaterEvent[] => [
  { type: 'order.cancelled', afterMs: attemptsTook(attempts) + rng.int(30, 120) * MINUTE, reason },
];

export interface Journey {
  /** When handed over or sent, after payment (or after checkout for pay on delivery). */
  sent: number;
  /** When it reached the buyer (delivered, collected). */
  arrived: number;
  steps: LaterEvent[];
}

/**
 * How a parcel travels: a boda rider across Nairobi or Mombasa the same or next day, a courier upcountry in
 * one to three days, a pickup agent, collection at the shop, DHL Express abroad (three to six days), EMS by
 * post (ten days to four weeks), freight for wholesale, a clearing agent collecting for a buyer's shipper.
 * `from` is when the order is paid (or placed, for pay on delivery).
 */
export function journey(rng: Rng, f: Fulfilment, from: number): Journey {
  const at = (h: number) => from + Math.floor(h * HOUR);
  const step = (afterMs: number, status: Status): LaterEvent => ({ type: 'order.updated', afterMs, status });
  switch (f) {
    case 'rider_nairobi':
    case 'rider_mombasa': {
      const sent = at(rng.float(2, 28));
      const arrived = sent + rng.int(40, 300) * MINUTE;
      return { sent, arrived, steps: [step(sent, 'dispatched'), step(arrived, 'delivered')] };
    }
    case 'courier_kenya': {
      const sent = at(rng.float(6, 40));
      const arrived = sent + rng.int(18, 72) * HOUR;
      return { sent, arrived, steps: [step(sent, 'shipped'), step(arrived, 'delivered')] };
    }
    case 'pickup_agent': {
      const sent = at(rng.float(4, 30));
      const waiting = sent + rng.int(3, 30) * HOUR;
      const arrived = waiting + rng.int(1, 72) * HOUR;
      return {
        sent,
        arrived,
        steps: [step(sent, 'dispatched'), step(waiting, 'at_pickup_agent'), step(arrived, 'collected')],
      };
    }
    case 'shop_pickup': {
      const sent = at(rng.float(1, 20));
      const arrived = sent + rng.int(1, 96) * HOUR;
      return { sent, arrived, steps: [step(sent, 'ready_for_collection'), step(arrived, 'collected')] };
    }
    case 'agent_collection': {
      const sent = at(rng.float(20, 96));
      return { sent, arrived: sent, steps: [step(sent, 'collected_by_agent')] };
    }
    case 'dhl_express': {
      const sent = at(rng.float(18, 60));
      const arrived = sent + rng.int(3, 6) * DAY + rng.int(0, 10) * HOUR;
      return { sent, arrived, steps: [step(sent, 'shipped'), step(arrived, 'delivered')] };
    }
    case 'posta_ems': {
      const sent = at(rng.float(24, 96));
      const transit = sent + rng.int(4, 8) * DAY;
      const arrived = sent + rng.int(10, 28) * DAY;
      return {
        sent,
        arrived,
        steps: [step(sent, 'shipped'), step(transit, 'in_transit'), step(arrived, 'delivered')],
      };
    }
    case 'dhl_freight': {
      const sent = at(rng.float(48, 7 * 24));
      const arrived = sent + rng.int(5, 10) * DAY;
      return { sent, arrived, steps: [step(sent, 'shipped'), step(arrived, 'delivered')] };
    }
    case 'email': {
      const sent = from + rng.int(1, 10) * MINUTE;
      return { sent, arrived: sent, steps: [step(sent, 'sent')] };
    }
  }
}

export interface HonestAfter {
  fulfilment: Fulfilment;
  attempts: readonly Attempt[];
  amount: number;
  /** Carvings in a parcel abroad: soapstone and wood break in transit. */
  fragile: boolean;
}

/**
 * What happens to an honest order: released when never paid; delivered (and paid at the door for pay on
 * delivery, or refused there); now and then cancelled before dispatch, refunded for a one-off piece that had
 * sold, or for a carving broken on the way; very rarely disputed when a post parcel is weeks late.
 */
export function honestAfter(rng: Rng, h: HonestAfter): LaterEvent[] {
  const cod = h.attempts.length === 0;
  if (!cod && !paidNow(h.attempts)) return unpaidRelease(rng, h.attempts);
  const from = attemptsTook(h.attempts);
  if (rng.chance(0.012))
    return [{ type: 'order.cancelled', afterMs: from + rng.int(1, 20) * HOUR, reason: 'customer_request' }];
  const j = journey(rng, h.fulfilment, from);
  if (cod) {
    if (rng.chance(0.06)) {
      const dispatched: LaterEvent = j.steps[0] ?? {
        type: 'order.updated',
        afterMs: j.sent,
        status: 'dispatched',
      };
      return [
        dispatched,
        {
          type: 'order.cancelled',
          afterMs: j.sent + rng.int(2, 8) * HOUR,
          reason: rng.chance(0.6) ? 'customer_unreachable' : 'refused_on_delivery',
        },
      ];
    }
    return [
      ...j.steps,
      {
        type: 'payment.succeeded',
        afterMs: j.arrived + rng.int(1, 12) * MINUTE,
        collected: rng.chance(0.82) ? 'mpesa' : 'cash',
      },
    ];
  }
  const out = [...j.steps];
  const abroad = !LOCAL.has(h.fulfilment) && h.fulfilment !== 'email';
  if (rng.chance(0.01))
    out.push({
      type: 'refund.created',
      afterMs: j.sent - rng.int(1, 3) * HOUR,
      reason: 'out_of_stock',
      amount: Math.max(100, Math.round(h.amount * rng.float(0.1, 0.4))),
    });
  else if (h.fragile && abroad && rng.chance(0.05))
    out.push({
      type: 'refund.created',
      afterMs: j.arrived + rng.int(1, 6) * DAY,
      reason: 'damaged_in_transit',
      amount: Math.max(100, Math.round(h.amount * rng.float(0.2, 0.7))),
    });
  else if (h.fulfilment === 'posta_ems' && rng.chance(0.03))
    out.push({
      type: 'dispute.created',
      afterMs: from + rng.int(21, 35) * DAY,
      reason: 'product_not_received',
    });
  return out;
}
