import {
  type Buyer,
  cardPaymentAttempt,
  DAY,
  type Device,
  HOUR,
  type Later,
  MINUTE,
  otherAttempt,
  type PaymentAttempt,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import {
  avs,
  cvc,
  type Decline,
  type Entry,
  type HeldCard,
  honestDecline,
  type Match,
  newCard,
  storeCard,
} from './cards.js';
import { type Basket } from './catalogue.js';
import { type Place } from './places.js';

/** One planned purchase before events.ts renders it; how people pay, and what happens after the order. */

export { DAY, HOUR, MINUTE };

export type Method = 'card' | 'apple_pay' | 'google_pay' | 'paypal' | 'affirm' | 'store_card';
export type Attempt = PaymentAttempt<Method, never, Decline, HeldCard>;

/** `status` marks fulfilment updates; `appointment` the delivery window booked with the customer. */
export type LaterEvent = Later & { status?: string; appointment?: string };

export interface Financing {
  provider: 'affirm' | 'store_card';
  months: number;
  /** The credit line was opened at this checkout. */
  opened: boolean;
}

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  billing: Place;
  /** None for warehouse pickup. */
  shipping?: Place;
  ip: string;
  device: Device;
  channel: 'web' | 'mobile_web';
  company?: { name: string; tradeId: string; resaleCertificate?: string };
  /** Who signs for the delivery, when not the buyer. */
  recipient?: string;
  giftMessage?: string;
  financing?: Financing;
  deliveryNotes?: string;
}

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  wallet?: 'apple_pay' | 'google_pay';
}

/** One card authorisation: the store card shows as its own method; wallets carry no CVC. */
export function cardAttempt(rng: Rng, card: HeldCard, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method =
    card.brand === 'store_card' ? 'store_card' : entry === 'wallet' ? (t.wallet ?? 'apple_pay') : 'card';
  const check = t.decline === 'incorrect_zip' ? 'fail' : avs(rng, card, t.match ?? 'good');
  return cardPaymentAttempt({
    method,
    card,
    ok: t.ok,
    avs: check,
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    afterMs: t.afterMs,
    decline: t.decline,
  });
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

export const firstAuth = (rng: Rng): number => rng.int(8_000, 60_000);
export const retryGap = (rng: Rng): number => rng.int(40_000, 8 * MINUTE);
/** An Affirm or store-card application takes a few minutes of forms. */
export const applicationTime = (rng: Rng): number => rng.int(2 * MINUTE, 9 * MINUTE);

export interface Payer {
  cards: readonly HeldCard[];
  storeCard?: HeldCard;
  signedIn: boolean;
  wallet?: 'apple_pay' | 'google_pay';
  match?: Match;
}

export interface Paid {
  attempts: Attempt[];
  financing?: Financing;
}

/** Monthly terms as Affirm offers them on a furniture ticket, and the store card's promotional months. */
const affirmMonths = (rng: Rng, amount: number) => rng.pick(amount > 150_000 ? [12, 24, 36] : [3, 6, 12]);
const storeMonths = (rng: Rng, amount: number) => rng.pick(amount > 200_000 ? [36, 48, 60] : [12, 24]);

/** Financing: Affirm, or the store card (held for years, or opened at checkout); some are turned down. */
export function financedPay(
  rng: Rng,
  payer: Payer,
  amount: number,
  provider?: 'affirm' | 'store_card',
): Paid {
  const which =
    provider ??
    (payer.storeCard
      ? rng.chance(0.7)
        ? 'store_card'
        : 'affirm'
      : rng.chance(0.6)
        ? 'affirm'
        : 'store_card');
  const first = applicationTime(rng);
  if (which === 'store_card' && payer.storeCard)
    return {
      attempts: [cardAttempt(rng, payer.storeCard, { entry: 'saved', ok: true, afterMs: firstAuth(rng) })],
      financing: { provider: 'store_card', months: storeMonths(rng, amount), opened: false },
    };
  const declined = rng.chance(which === 'affirm' ? 0.14 : 0.22);
  const financing: Financing =
    which === 'affirm'
      ? { provider: 'affirm', months: affirmMonths(rng, amount), opened: true }
      : { provider: 'store_card', months: storeMonths(rng, amount), opened: true };
  if (!declined) {
    if (which === 'affirm') return { attempts: [other('affirm', true, first)], financing };
    return {
      attempts: [cardAttempt(rng, storeCard(rng), { entry: 'typed', ok: true, afterMs: first })],
      financing,
    };
  }
  const out = [other(which, false, first, 'financing_declined')];
  if (rng.chance(0.12)) return { attempts: out };
  if (which === 'store_card' && rng.chance(0.5)) {
    out.push(other('affirm', true, applicationTime(rng)));
    return {
      attempts: out,
      financing: { provider: 'affirm', months: affirmMonths(rng, amount), opened: true },
    };
  }
  const card = payer.cards[0] ?? newCard(rng);
  out.push(
    cardAttempt(rng, card, {
      entry: 'typed',
      match: payer.match ?? 'good',
      ok: true,
      afterMs: retryGap(rng),
    }),
  );
  return { attempts: out };
}

/**
 * How an honest customer pays: card (typed or saved), Apple or Google Pay, PayPal, or financing on a big
 * ticket. Declines are retried the way people do: the right CVC or ZIP, a call to the bank that flagged the
 * big purchase, another card, PayPal; a few give up.
 */
export function honestPay(rng: Rng, payer: Payer, amount: number, declineShare?: number): Paid {
  const big = amount >= 150_000;
  const method = rng.weightedPick<Method | 'finance'>([
    ['card', 52],
    ['apple_pay', payer.wallet === 'apple_pay' ? (big ? 8 : 16) : 0],
    ['google_pay', payer.wallet === 'google_pay' ? (big ? 5 : 10) : 0],
    ['paypal', big ? 8 : 15],
    ['finance', big ? (payer.storeCard ? 26 : 14) : payer.storeCard ? 8 : 2],
  ]);
  if (method === 'finance') return financedPay(rng, payer, amount);
  const first = firstAuth(rng);
  const declined = rng.chance(declineShare ?? (big ? 0.08 : 0.04));
  if (method === 'paypal') {
    if (!declined) return { attempts: [other('paypal', true, first)] };
    return {
      attempts: [other('paypal', false, first, 'do_not_honor'), other('paypal', true, retryGap(rng))],
    };
  }
  const card = rng.pick(payer.cards);
  const entry: Entry =
    method === 'apple_pay' || method === 'google_pay'
      ? 'wallet'
      : payer.signedIn && rng.chance(0.55)
        ? 'saved'
        : 'typed';
  const base = {
    entry,
    match: payer.match ?? 'good',
    ...(entry === 'wallet' && payer.wallet ? { wallet: payer.wallet } : {}),
  } as const;
  if (!declined) return { attempts: [cardAttempt(rng, card, { ...base, ok: true, afterMs: first })] };
  const why = honestDecline(rng, big);
  return { attempts: retried(rng, payer, card, base, why, first, big) };
}

/** A declined card and what the customer does next. */
export function retried(
  rng: Rng,
  payer: Payer,
  card: HeldCard,
  base: { entry: Entry; match: Match; wallet?: 'apple_pay' | 'google_pay' },
  why: Decline,
  first: number,
  big: boolean,
  tries = 1,
): Attempt[] {
  const out = [cardAttempt(rng, card, { ...base, ok: false, decline: why, afterMs: first })];
  for (let i = 1; i < tries; i++)
    out.push(
      cardAttempt(rng, card, { ...base, entry: 'typed', ok: false, decline: why, afterMs: retryGap(rng) }),
    );
  if (rng.chance(0.07)) return out;
  const fixed = { ...base, entry: 'typed' as const, match: 'good' as const };
  if (why === 'incorrect_cvc' || why === 'incorrect_zip' || why === 'incorrect_number') {
    out.push(cardAttempt(rng, card, { ...fixed, ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  if ((why === 'do_not_honor' || why === 'card_velocity_exceeded') && big && rng.chance(0.6)) {
    // Called the number on the back of the card, confirmed the purchase, tried again.
    out.push(cardAttempt(rng, card, { ...fixed, ok: true, afterMs: rng.int(8 * MINUTE, 45 * MINUTE) }));
    return out;
  }
  if (rng.chance(0.25)) {
    out.push(other('paypal', true, retryGap(rng)));
    return out;
  }
  const next = payer.cards.find((c) => c !== card) ?? newCard(rng);
  out.push(cardAttempt(rng, next, { ...fixed, ok: true, afterMs: retryGap(rng) }));
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The appointment window booked for a delivery at `t` (Eastern dates; four-hour windows). */
export function appointment(rng: Rng, t: number): string {
  const d = new Date(t - 5 * HOUR);
  const from = rng.pick([8, 10, 12, 14]);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(from)}:00-${pad(from + 4)}:00`;
}

/** When a delivery of this basket lands, after the order (ms), and the steps that lead to it. */
export function deliverySteps(
  rng: Rng,
  b: Basket,
  placed: number,
  remote: boolean,
): { steps: LaterEvent[]; delivered: number } {
  if (b.fulfilment === 'warehouse_pickup') {
    const ready = rng.int(20, 72) * HOUR;
    const collected = ready + rng.int(2, 96) * HOUR;
    return {
      steps: [
        { type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' },
        { type: 'order.updated', afterMs: collected, status: 'picked_up' },
      ],
      delivered: collected,
    };
  }
  if (b.fulfilment === 'parcel') {
    const shipped = rng.int(18, 70) * HOUR;
    const delivered = shipped + rng.int(remote ? 120 : 40, remote ? 260 : 140) * HOUR;
    return {
      steps: [
        { type: 'order.updated', afterMs: shipped, status: 'shipped' },
        { type: 'order.updated', afterMs: delivered, status: 'delivered' },
      ],
      delivered,
    };
  }
  const steps: LaterEvent[] = [];
  if (b.fulfilment === 'mixed')
    steps.push({ type: 'order.updated', afterMs: rng.int(20, 70) * HOUR, status: 'partially_shipped' });
  let booked = rng.int(2, 7) * DAY + rng.int(0, 20) * HOUR;
  if (b.madeToOrder) {
    steps.push({ type: 'order.updated', afterMs: rng.int(10, 40) * HOUR, status: 'in_production' });
    booked = rng.int(48, 75) * DAY;
  }
  const delivered = booked + rng.int(remote ? 10 : 3, remote ? 24 : 14) * DAY + rng.int(0, 10) * HOUR;
  steps.push(
    {
      type: 'order.updated',
      afterMs: booked,
      status: 'scheduled',
      appointment: appointment(rng, placed + delivered),
    },
    { type: 'order.updated', afterMs: delivered - rng.int(2, 14) * HOUR, status: 'out_for_delivery' },
    { type: 'order.updated', afterMs: delivered, status: 'delivered' },
  );
  return { steps, delivered };
}

/**
 * What happens to an honest paid order: delivered (parcel in days, furniture on an appointment in one to three
 * weeks, made-to-order in two months or more), now and then cancelled before it ships, a parcel returned, a
 * concession for a scuffed leg or a torn carton, or a delivery the freight carrier never made.
 */
export function honestAfter(rng: Rng, b: Basket, placed: number, remote: boolean): LaterEvent[] {
  const large = b.fulfilment !== 'parcel' && b.fulfilment !== 'warehouse_pickup';
  if (rng.chance(large ? (b.madeToOrder ? 0.05 : 0.02) : 0.008)) {
    const at = rng.int(2, 120) * HOUR;
    return [
      { type: 'order.cancelled', afterMs: at, reason: b.madeToOrder ? 'lead_time' : 'customer_request' },
      { type: 'refund.created', afterMs: at + rng.int(1, 30) * HOUR, reason: 'requested_by_customer' },
    ];
  }
  const { steps, delivered } = deliverySteps(rng, b, placed, remote);
  if (large && rng.chance(0.04))
    steps.push({
      type: 'refund.created',
      afterMs: delivered + rng.int(1, 5) * DAY,
      reason: 'damaged_on_arrival',
      amount: Math.round(b.amount * rng.float(0.08, 0.25)),
    });
  else if (rng.chance(0.025)) {
    const item = rng.pick(b.lines);
    steps.push({
      type: 'refund.created',
      afterMs: delivered + rng.int(8, 25) * DAY,
      reason: 'returned',
      amount: item.price,
    });
  } else if (rng.chance(0.002))
    steps.push({ type: 'dispute.created', afterMs: rng.int(35, 60) * DAY, reason: 'product_not_received' });
  return steps;
}
