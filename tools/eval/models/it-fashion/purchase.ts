import { type CheckResult } from '@vigil/contracts';
import {
  type Address,
  type BasketLine,
  type Buyer,
  cardPaymentAttempt,
  DAY,
  type Device,
  HOUR,
  type Later,
  localHour,
  MINUTE,
  otherAttempt,
  paid,
  type PaymentAttempt,
  type PurchaseCore,
  type Window,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { dayWeight } from './calendar.js';
import { type Category, RETURN_RATE } from './catalogue.js';
import { type HeldCard, newCard } from './people.js';
import { type Currency, market } from './places.js';

/** One planned purchase before events.ts renders it: its basket, how it is paid, what happens after. */

export { DAY, HOUR, MINUTE, paid };

export type Method = 'card' | 'apple_pay' | 'paypal' | 'klarna' | 'alipay' | 'wechat_pay';
export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'exempt' | 'not_enrolled';
export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'authentication_failed'
  | 'incorrect_cvc'
  | 'card_declined'
  | 'limit_exceeded'
  | 'expired_card'
  | 'stolen_card'
  | 'lost_card'
  | 'pickup_card'
  | 'fraudulent'
  | 'risk_declined';
export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

export type Fulfilment = 'express' | 'pickup_milano' | 'pickup_roma';
export type Duty = 'eu' | 'ddp' | 'dap';

export interface Basket {
  lines: BasketLine<Category>[];
  currency: Currency;
  amount: number;
  discountCode?: string;
  discount: number;
  /** Duties and import taxes charged at checkout (duty-paid delivery outside the EU). */
  duties: number;
  duty: Duty;
}

/** `status` marks fulfilment and return updates; `shipping` a new delivery address. */
export type LaterEvent = Later & { status?: string };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address & { region?: string };
  fulfilment: Fulfilment;
  ip: string;
  device: Device;
  locale: string;
  channel: 'web' | 'app' | 'boutique';
  taxFree?: boolean;
  giftMessage?: string;
  shopper?: string;
}

/** Rough euro value of an amount, for thresholds. */
const TO_EUR: Readonly<Record<Currency, number>> = { EUR: 1, USD: 0.89, GBP: 1.14, CNY: 0.116 };
export const inEuros = (amount: number, currency: Currency): number => Math.round(amount * TO_EUR[currency]);

/** When people shop, by local hour: a lunch break and a long evening on the sofa. */
const HOURS = [
  0.35, 0.2, 0.1, 0.06, 0.05, 0.08, 0.2, 0.45, 0.7, 0.8, 0.9, 1, 1.15, 1.2, 1, 0.9, 0.9, 0.95, 1, 1.15, 1.35,
  1.45, 1.3, 0.8,
];
/** Office hours: concierges, stylists, personal shoppers. */
const OFFICE = [0, 0, 0, 0, 0, 0, 0, 0.2, 0.8, 1, 1, 1, 0.8, 0.8, 1, 1, 1, 0.9, 0.6, 0.2, 0, 0, 0, 0];
/** Bots and fraud rings: any hour, a little more at night in Europe. */
const ANY = Array.from({ length: 24 }, () => 1);

export type Curve = 'people' | 'office' | 'any';
const CURVES: Readonly<Record<Curve, readonly number[]>> = { people: HOURS, office: OFFICE, any: ANY };

/** A moment in the window, weighted by the sale's days and the local hour. */
export function moment(rng: Rng, w: Window, tz: number, curve: Curve = 'people', vip = false): number {
  const hours = CURVES[curve];
  for (let i = 0; i < 300; i++) {
    const t = rng.float(w.start, w.end);
    const day = Math.floor((t - w.start) / DAY);
    const p = (dayWeight(day, vip) / 1.6) * ((hours[Math.floor(localHour(t, tz))] ?? 0) / 1.45);
    if (rng.chance(p)) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

/** Whether the second markdown (the tenth day of the default window) is on at `t`. */
export const secondMarkdown = (w: Window, t: number): boolean => t - w.start >= 9 * DAY;

/** Strong customer authentication applies to cards issued in the EEA, the UK and Switzerland. */
const SCA = new Set(['IT', 'FR', 'DE', 'ES', 'NL', 'BE', 'AT', 'GB', 'CH']);
const AVS_ISSUERS = new Set(['US', 'GB']);

export function secure(rng: Rng, card: HeldCard, ok: boolean, euros: number): ThreeDS {
  if (!SCA.has(card.country)) {
    if (card.country === 'CN' || card.country === 'JP' || card.country === 'HK')
      return ok ? (rng.chance(0.6) ? 'challenge_passed' : 'frictionless') : 'challenge_failed';
    return rng.chance(0.55) ? 'not_enrolled' : ok ? 'frictionless' : 'challenge_failed';
  }
  if (!ok) return 'challenge_failed';
  if (euros < 3000 && rng.chance(0.4)) return 'exempt';
  return rng.chance(euros > 150_000 ? 0.8 : 0.5) ? 'challenge_passed' : 'frictionless';
}

export type Entry = 'typed' | 'saved' | 'wallet';
/** How well the billing address matches what the issuer holds. */
export type Match = 'good' | 'partial' | 'bad';

export const avsOf = (rng: Rng, card: HeldCard, match: Match): CheckResult => {
  if (!AVS_ISSUERS.has(card.country)) return 'unavailable';
  if (match === 'good') return rng.chance(0.93) ? 'pass' : 'partial';
  if (match === 'partial') return rng.chance(0.7) ? 'partial' : 'fail';
  return rng.chance(0.8) ? 'fail' : 'partial';
};

export const cvcOf = (entry: Entry, right: boolean): CheckResult =>
  entry === 'saved' ? 'unchecked' : entry === 'wallet' ? 'unavailable' : right ? 'pass' : 'fail';

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  threeDS?: ThreeDS;
}

export function cardAttempt(rng: Rng, card: HeldCard, euros: number, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const authFailed = t.decline === 'authentication_failed';
  return cardPaymentAttempt({
    method: entry === 'wallet' ? 'apple_pay' : 'card',
    card,
    ok: t.ok,
    avs: avsOf(rng, card, t.match ?? 'good'),
    cvc: cvcOf(entry, t.decline !== 'incorrect_cvc'),
    threeDS: t.threeDS ?? (authFailed ? 'challenge_failed' : secure(rng, card, t.ok || !authFailed, euros)),
    afterMs: t.afterMs,
    decline: t.decline,
  });
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

export const firstAuth = (rng: Rng): number => rng.int(8_000, 70_000);
export const retryGap = (rng: Rng): number => rng.int(40_000, 8 * MINUTE);

export interface Payer {
  cards: HeldCard[];
  country: string;
  signedIn: boolean;
  match?: Match;
}

const METHODS: Readonly<Record<string, ReadonlyArray<readonly [Method, number]>>> = {
  EU: [
    ['card', 52],
    ['apple_pay', 18],
    ['paypal', 18],
    ['klarna', 12],
  ],
  GB: [
    ['card', 55],
    ['apple_pay', 23],
    ['paypal', 12],
    ['klarna', 10],
  ],
  US: [
    ['card', 60],
    ['apple_pay', 24],
    ['paypal', 10],
    ['klarna', 6],
  ],
  CN: [
    ['alipay', 44],
    ['wechat_pay', 26],
    ['card', 28],
    ['apple_pay', 2],
  ],
  HK: [
    ['card', 52],
    ['apple_pay', 22],
    ['alipay', 16],
    ['paypal', 10],
  ],
  GULF: [
    ['card', 68],
    ['apple_pay', 28],
    ['paypal', 4],
  ],
  JP: [
    ['card', 72],
    ['apple_pay', 14],
    ['paypal', 14],
  ],
  CH: [
    ['card', 60],
    ['apple_pay', 22],
    ['paypal', 18],
  ],
};

const methodsFor = (country: string) =>
  METHODS[country] ??
  (['AE', 'SA', 'QA', 'KW'].includes(country) ? METHODS['GULF'] : undefined) ??
  METHODS['EU'] ??
  [];

const honestDecline = (rng: Rng, big: boolean): Decline =>
  rng.weightedPick<Decline>([
    ['insufficient_funds', big ? 10 : 25],
    ['limit_exceeded', big ? 30 : 8],
    ['authentication_failed', 25],
    ['do_not_honor', 20],
    ['incorrect_cvc', 12],
    ['expired_card', 5],
  ]);

/**
 * How an honest customer pays, and retries a decline: the card (typed, saved or in Apple Pay), PayPal, Klarna
 * (Europe, the UK and the US, up to €5,000), Alipay or WeChat Pay from China. A declined card is retried with
 * the right code, the 3-D Secure prompt answered, a second card or PayPal; a few give up.
 */
export function honestPay(
  rng: Rng,
  payer: Payer,
  amount: number,
  currency: Currency,
  declineShare?: number,
  force?: Method,
): Attempt[] {
  const euros = inEuros(amount, currency);
  const big = euros > 200_000;
  const klarnaOk = euros <= 500_000;
  const method =
    force ??
    rng.weightedPick(
      methodsFor(payer.country).map(([m, w]) => [m, m === 'klarna' && !klarnaOk ? 0 : w] as const),
    );
  const first = firstAuth(rng);
  const declined = rng.chance(declineShare ?? (big ? 0.09 : 0.045));
  if (method !== 'card' && method !== 'apple_pay') {
    if (!declined)
      return [other(method, true, method === 'klarna' ? first + rng.int(20_000, 90_000) : first)];
    const why: Decline = method === 'klarna' ? 'risk_declined' : 'do_not_honor';
    const out = [other(method, false, first, why)];
    if (rng.chance(0.15)) return out;
    const card = payer.cards[0] ?? newCard(rng, payer.country);
    out.push(
      method === 'klarna' || method === 'paypal'
        ? cardAttempt(rng, card, euros, { ok: true, afterMs: retryGap(rng), match: payer.match ?? 'good' })
        : other(method, true, retryGap(rng)),
    );
    return out;
  }
  const card = rng.pick(payer.cards);
  const entry: Entry =
    method === 'apple_pay' ? 'wallet' : payer.signedIn && rng.chance(0.55) ? 'saved' : 'typed';
  const base = { entry, match: payer.match ?? 'good' } as const;
  if (!declined) return [cardAttempt(rng, card, euros, { ...base, ok: true, afterMs: first })];
  const why = honestDecline(rng, big);
  const out = [cardAttempt(rng, card, euros, { ...base, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.12)) return out;
  if (why === 'incorrect_cvc' || why === 'authentication_failed') {
    out.push(cardAttempt(rng, card, euros, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  if (rng.chance(0.3) && payer.country !== 'CN') {
    out.push(other('paypal', true, retryGap(rng)));
    return out;
  }
  const next = payer.cards.find((c) => c !== card) ?? newCard(rng, card.country, 'credit');
  out.push(cardAttempt(rng, next, euros, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  return out;
}

/** How long an express parcel takes from Milan, in hours. */
function transit(rng: Rng, country: string): number {
  if (country === 'IT') return rng.int(16, 40);
  if (market(country).eu || country === 'CH' || country === 'GB') return rng.int(24, 60);
  return rng.int(40, 110);
}

export interface AfterOptions {
  fulfilment: Fulfilment;
  country: string;
  lines: ReadonlyArray<BasketLine<Category>>;
  amount: number;
  /** Multiplies the usual return rates (stylists return most of what they order). */
  returns?: number;
  taxFree?: boolean;
}

/** Lines sent back, by the categories' return rates. */
export function returnedValue(rng: Rng, lines: AfterOptions['lines'], factor: number): number {
  let value = 0;
  for (const l of lines)
    for (let q = 0; q < l.quantity; q++)
      if (rng.chance(Math.min(0.95, RETURN_RATE[l.category] * factor))) value += l.price;
  return value;
}

/** Shipping (or pickup) and delivery; returns the delivery time after the order. */
export function fulfil(rng: Rng, o: Pick<AfterOptions, 'fulfilment' | 'country'>, out: LaterEvent[]): number {
  if (o.fulfilment !== 'express') {
    const ready = rng.int(3, 26) * HOUR;
    const collected = ready + rng.int(1, 96) * HOUR;
    out.push({ type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' });
    out.push({ type: 'order.updated', afterMs: collected, status: 'collected' });
    return collected;
  }
  const ship = rng.int(5, 40) * HOUR;
  const delivered = ship + transit(rng, o.country) * HOUR;
  out.push({ type: 'order.updated', afterMs: ship, status: 'shipped' });
  out.push({ type: 'order.updated', afterMs: delivered, status: 'delivered' });
  return delivered;
}

/** A return: requested, received at the warehouse, refunded. */
export function returnOf(
  rng: Rng,
  from: number,
  value: number,
  out: LaterEvent[],
  reason = 'returned',
): void {
  const requested = from + rng.int(1, 22) * DAY + rng.int(0, 20) * HOUR;
  const received = requested + rng.int(2, 6) * DAY;
  out.push({ type: 'order.updated', afterMs: requested, status: 'return_requested' });
  out.push({ type: 'order.updated', afterMs: received, status: 'return_received' });
  out.push({ type: 'refund.created', afterMs: received + rng.int(4, 60) * HOUR, reason, amount: value });
}

/**
 * What happens to an honest order once paid: shipped within two days (the sale is busy) and delivered, or
 * ready and collected at the boutique; then now and then a return within 30 days, a VAT refund for a tourist,
 * a cancellation before dispatch, a lost parcel or a rare dispute.
 */
export function honestAfter(rng: Rng, o: AfterOptions): LaterEvent[] {
  if (rng.chance(0.015))
    return [
      { type: 'order.cancelled', afterMs: rng.int(1, 18) * HOUR, reason: 'customer_request' },
      { type: 'refund.created', afterMs: rng.int(19, 30) * HOUR, reason: 'requested_by_customer' },
    ];
  const out: LaterEvent[] = [];
  const done = fulfil(rng, o, out);
  if (o.fulfilment === 'express' && rng.chance(0.003)) {
    out.push({ type: 'refund.created', afterMs: done + rng.int(5, 12) * DAY, reason: 'lost_in_transit' });
    return out;
  }
  const back = returnedValue(rng, o.lines, o.returns ?? 1);
  if (back > 0) returnOf(rng, done, back, out);
  if (o.taxFree && back < o.amount)
    out.push({
      type: 'refund.created',
      afterMs: done + rng.int(6, 40) * DAY,
      reason: 'tax_free_vat_refund',
      amount: Math.round(((o.amount - back) * rng.float(0.11, 0.145)) / 100) * 100,
    });
  if (rng.chance(0.003))
    out.push({
      type: 'dispute.created',
      afterMs: done + rng.int(15, 50) * DAY,
      reason: rng.pick(['product_not_received', 'duplicate', 'product_unacceptable']),
    });
  return out;
}
