import {
  type Address,
  type Buyer,
  DAY,
  type Device,
  HOUR,
  type Later,
  localHour,
  MINUTE,
  otherAttempt,
  type PaymentAttempt,
  type PurchaseCore,
  type Window,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket, type Delivery } from './catalogue.js';
import { type HeldCard } from './people.js';

/** A planned purchase, how the checkout takes money and when people shop. */

export { DAY, HOUR, MINUTE };

/** Payment methods as the checkout names them (the payment service's method codes). */
export type Method =
  | 'card'
  | 'apple_pay'
  | 'google_pay'
  | 'mobilepay'
  | 'online_bank'
  | 'klarna'
  | 'instalments'
  | 'invoice'
  | 'paypal'
  | 'swish'
  | 'vipps'
  | 'ideal';
export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'exempt' | 'not_enrolled';
export type Entry = 'typed' | 'saved' | 'wallet';

export type Attempt = PaymentAttempt<Method, ThreeDS, string, HeldCard>;
export type LaterEvent = Later & { status?: string; slot?: string };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  delivery: Delivery;
  ip: string;
  device: Device;
  locale: string;
  company?: { name: string; businessId: string };
  /** Who the goods are for, when an installer or association orders (their own reference). */
  reference?: string;
}

const EEA = new Set(['FI', 'EE', 'LV', 'LT', 'SE', 'NO', 'DE', 'NL']);

/** PSD2 strong customer authentication on European cards; US and Canadian issuers mostly stay out. */
export function secure(rng: Rng, card: HeldCard, ok: boolean, eur: number): ThreeDS {
  if (!EEA.has(card.country) && card.country !== 'GB')
    return rng.chance(0.6) ? 'not_enrolled' : ok ? 'frictionless' : 'challenge_failed';
  if (!ok) return 'challenge_failed';
  if (eur < 3_000 && rng.chance(0.5)) return 'exempt';
  return rng.chance(eur > 50_000 ? 0.9 : 0.55) ? 'challenge_passed' : 'frictionless';
}

export interface CardTry {
  entry?: Entry;
  ok: boolean;
  decline?: string;
  afterMs: number;
  threeDS?: ThreeDS;
  /** AVS (only North American and British issuers answer). */
  avs?: 'pass' | 'partial' | 'fail';
}

export function cardAttempt(rng: Rng, card: HeldCard, eur: number, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method = entry === 'wallet' ? (rng.chance(0.7) ? 'apple_pay' : 'google_pay') : 'card';
  const answersAvs = ['US', 'CA', 'GB'].includes(card.country);
  const authFailed = t.decline === 'authentication_failed';
  return {
    method,
    card,
    ok: t.ok,
    avs: answersAvs ? (t.avs ?? 'pass') : 'unavailable',
    cvc:
      entry === 'saved'
        ? 'unchecked'
        : entry === 'wallet'
          ? 'unavailable'
          : t.decline === 'incorrect_cvc'
            ? 'fail'
            : 'pass',
    threeDS: t.threeDS ?? (authFailed ? 'challenge_failed' : secure(rng, card, true, eur)),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

export const other = (method: Method, ok: boolean, afterMs: number, decline?: string): Attempt =>
  otherAttempt(method, ok, afterMs, decline);

export const firstAuth = (rng: Rng): number => rng.int(8_000, 90_000);
export const retryGap = (rng: Rng): number => rng.int(30_000, 5 * MINUTE);

/** How honest buyers in each country pay (weights), before their own habit tips it. */
const METHODS: Record<string, ReadonlyArray<readonly [Method, number]>> = {
  FI: [
    ['online_bank', 34],
    ['mobilepay', 20],
    ['card', 24],
    ['apple_pay', 5],
    ['google_pay', 2],
    ['klarna', 9],
    ['paypal', 1],
  ],
  EE: [
    ['online_bank', 40],
    ['card', 42],
    ['apple_pay', 6],
    ['paypal', 8],
  ],
  LV: [
    ['online_bank', 40],
    ['card', 42],
    ['apple_pay', 6],
    ['paypal', 8],
  ],
  LT: [
    ['online_bank', 40],
    ['card', 42],
    ['apple_pay', 6],
    ['paypal', 8],
  ],
  SE: [
    ['swish', 28],
    ['klarna', 30],
    ['card', 30],
    ['apple_pay', 6],
    ['paypal', 4],
  ],
  NO: [
    ['vipps', 38],
    ['klarna', 18],
    ['card', 34],
    ['apple_pay', 5],
    ['paypal', 4],
  ],
  DE: [
    ['paypal', 36],
    ['klarna', 28],
    ['card', 26],
    ['apple_pay', 6],
  ],
  NL: [
    ['ideal', 55],
    ['card', 14],
    ['paypal', 15],
    ['klarna', 12],
    ['apple_pay', 4],
  ],
  US: [
    ['card', 55],
    ['paypal', 28],
    ['apple_pay', 15],
    ['google_pay', 2],
  ],
  CA: [
    ['card', 58],
    ['paypal', 27],
    ['apple_pay', 15],
  ],
};

const HABIT: Record<string, readonly Method[]> = {
  bank: ['online_bank', 'ideal'],
  wallet: ['mobilepay', 'swish', 'vipps', 'apple_pay'],
  card: ['card'],
  klarna: ['klarna'],
};

export interface Payer {
  country: string;
  cards: HeldCard[];
  signedIn: boolean;
  habit?: keyof typeof HABIT;
  /** Companies and associations on the shop's invoice. */
  invoice?: boolean;
}

/**
 * How an honest buyer pays for `amount` (minor units) worth `eur` euro cents: the country's methods, the buyer's
 * habit, instalments for big tickets. A few declines, retried the way people do.
 */
export function honestPay(rng: Rng, payer: Payer, eur: number): Attempt[] {
  const first = firstAuth(rng);
  if (payer.invoice) return [other('invoice', true, rng.int(3_000, 20_000))];
  const habit = payer.habit ? HABIT[payer.habit] : [];
  const base = METHODS[payer.country] ?? METHODS.FI!;
  const entries: Array<readonly [Method, number]> = base.map(([m, w]) => [m, habit?.includes(m) ? w * 3 : w]);
  if (eur >= 150_000 && payer.country === 'FI') entries.push(['instalments', 22]);
  else if (eur >= 100_000 && ['SE', 'NO'].includes(payer.country)) entries.push(['instalments', 10]);
  const method = rng.weightedPick(entries);
  const declined = rng.chance(eur > 200_000 ? 0.08 : 0.04);
  if (method !== 'card' && method !== 'apple_pay' && method !== 'google_pay') {
    if (!declined) return [other(method, true, first)];
    const why =
      method === 'klarna' || method === 'instalments'
        ? 'credit_declined'
        : rng.pick(['cancelled_by_user', 'timeout']);
    const out = [other(method, false, first, why)];
    if (rng.chance(0.1)) return out;
    const credit = method === 'klarna' || method === 'instalments';
    const fallback: Method = !credit ? method : payer.country === 'FI' ? 'online_bank' : 'paypal';
    out.push(other(fallback, true, retryGap(rng)));
    return out;
  }
  const card = rng.pick(payer.cards);
  const entry: Entry = method !== 'card' ? 'wallet' : payer.signedIn && rng.chance(0.45) ? 'saved' : 'typed';
  if (!declined) return [cardAttempt(rng, card, eur, { entry, ok: true, afterMs: first })];
  const why = rng.weightedPick<string>([
    ['authentication_failed', 35],
    ['insufficient_funds', eur > 100_000 ? 35 : 20],
    ['incorrect_cvc', entry === 'typed' ? 15 : 0],
    ['do_not_honor', 15],
    ['expired_card', 5],
  ]);
  const out = [cardAttempt(rng, card, eur, { entry, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.1)) return out;
  if (why === 'authentication_failed' || why === 'incorrect_cvc') {
    out.push(cardAttempt(rng, card, eur, { entry: 'typed', ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  if (payer.country === 'FI' && rng.chance(0.6)) out.push(other('online_bank', true, retryGap(rng)));
  else {
    const next = payer.cards.find((c) => c !== card);
    out.push(
      next
        ? cardAttempt(rng, next, eur, { ok: true, afterMs: retryGap(rng) })
        : other('paypal', true, retryGap(rng)),
    );
  }
  return out;
}

/** Slot dates as the freight partner offers them (weekdays, morning or afternoon window). */
export function slotOf(placed: number, afterMs: number): string {
  let d = new Date(placed + afterMs);
  while ([0, 6].includes(d.getUTCDay())) d = new Date(d.getTime() + DAY);
  const window = Math.floor(placed / 1000) % 2 === 0 ? '08-12' : '12-16';
  return `${d.toISOString().slice(0, 10)} ${window}`;
}

/**
 * What happens to an honest order once paid: a freight slot booked and the goods delivered on it, a parcel to a
 * Posti locker, a pickup at the factory shop; now and then a 14-day return, a cancellation, a cracked stove glass.
 */
export function honestAfter(
  rng: Rng,
  p: { delivery: Delivery; abroad: boolean; amount: number; at: number },
): LaterEvent[] {
  if (rng.chance(0.012))
    return [
      { type: 'order.cancelled', afterMs: rng.int(2, 40) * HOUR, reason: 'customer_request' },
      { type: 'refund.created', afterMs: rng.int(41, 60) * HOUR, reason: 'requested_by_customer' },
    ];
  const out: LaterEvent[] = [];
  if (p.delivery === 'email') return out;
  if (p.delivery === 'pickup') {
    const ready = rng.int(4, 48) * HOUR;
    out.push({ type: 'order.updated', afterMs: ready, status: 'ready_for_collection' });
    out.push({ type: 'order.updated', afterMs: ready + rng.int(3, 96) * HOUR, status: 'collected' });
  } else if (p.delivery === 'freight_slot') {
    const booked = rng.int(3, 30) * HOUR;
    const day = rng.int(p.abroad ? 8 : 4, p.abroad ? 21 : 14) * DAY;
    const slot = slotOf(p.at, day);
    out.push({ type: 'order.updated', afterMs: booked, status: 'slot_booked', slot });
    out.push({ type: 'order.updated', afterMs: day - rng.int(18, 30) * HOUR, status: 'shipped', slot });
    out.push({ type: 'order.updated', afterMs: day + rng.int(1, 7) * HOUR, status: 'delivered', slot });
    if (rng.chance(0.02))
      out.push({
        type: 'refund.created',
        afterMs: day + rng.int(1, 6) * DAY,
        reason: 'damaged_in_transit',
        amount: Math.min(p.amount, rng.int(4, 30) * 1_000),
      });
  } else {
    const ship = rng.int(10, 40) * HOUR;
    const arrive = ship + rng.int(p.abroad ? 60 : 18, p.abroad ? 160 : 50) * HOUR;
    out.push({ type: 'order.updated', afterMs: ship, status: 'shipped' });
    if (p.delivery === 'posti_locker')
      out.push({ type: 'order.updated', afterMs: arrive, status: 'ready_for_pickup' });
    out.push({
      type: 'order.updated',
      afterMs: arrive + (p.delivery === 'posti_locker' ? rng.int(2, 60) * HOUR : 0) + MINUTE,
      status: 'delivered',
    });
    if (rng.chance(0.025))
      out.push({ type: 'refund.created', afterMs: arrive + rng.int(3, 13) * DAY, reason: 'returned' });
  }
  if (rng.chance(0.002))
    out.push({ type: 'dispute.created', afterMs: rng.int(25, 50) * DAY, reason: 'product_not_received' });
  return out;
}

/** Finnish public and festive days in the season: Vappu eve and day, Mother's Day, Ascension. */
const QUIET: Record<string, number> = {
  '04-30': 0.75,
  '05-01': 0.55,
  '05-10': 0.85,
  '05-14': 0.8,
};

/** How busy a Finnish day is: the season builds as the ice goes and cottages open; Sundays are busiest online. */
export function dayWeight(t: number, w: Window): number {
  const local = new Date(t + 3 * HOUR);
  const progress = Math.min(1, Math.max(0, (t - w.start) / Math.max(1, w.end - w.start)));
  const weekday = local.getUTCDay();
  const wd = weekday === 0 ? 1.2 : weekday === 6 ? 0.8 : weekday === 5 ? 0.9 : 1;
  const key = local.toISOString().slice(5, 10);
  return (0.7 + 0.6 * progress) * wd * (QUIET[key] ?? 1);
}

const HOURS = [
  0.25, 0.12, 0.06, 0.04, 0.04, 0.08, 0.25, 0.5, 0.75, 0.9, 1, 1, 1, 1, 0.95, 0.95, 0.9, 0.95, 1.1, 1.3, 1.35,
  1.25, 0.9, 0.5,
];

/** When a household in UTC offset `tz` orders: daytime and evenings, on the season's busier days. */
export function shopTime(rng: Rng, w: Window, tz: number, hours = HOURS): number {
  for (let i = 0; i < 400; i++) {
    const t = rng.float(w.start, w.end);
    const h = Math.floor(localHour(t, tz));
    if (rng.next() < ((hours[h] ?? 0.5) * dayWeight(t, w)) / 1.8) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}

const OFFICE = HOURS.map((_, h) => (h >= 7 && h < 17 ? 1 : 0));

/** Companies order on weekdays in office hours. */
export function officeTime(rng: Rng, w: Window, tz = 3): number {
  for (let i = 0; i < 400; i++) {
    const t = shopTime(rng, w, tz, OFFICE);
    const d = new Date(t + tz * HOUR).getUTCDay();
    if (d !== 0 && d !== 6) return t;
  }
  return shopTime(rng, w, tz, OFFICE);
}
