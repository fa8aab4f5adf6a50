import { type CheckResult } from '@vigil/contracts';
import {
  type Address,
  type Buyer,
  type Card,
  DAY,
  type Device,
  HOUR,
  type Later,
  MINUTE,
  otherAttempt,
  paid,
  type PaymentAttempt,
  type PurchaseCore,
  type Window,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket, type Fulfilment } from './catalogue.js';
import { cardFrom } from './people.js';
import { localHourAt, type Market, tzAt } from './places.js';

/** One planned purchase before events.ts renders it: how people pay, when they shop, what happens after. */

export { DAY, HOUR, MINUTE, paid };

export type Method =
  | 'card'
  | 'apple_pay'
  | 'paypal'
  | 'klarna'
  | 'sepa_debit'
  | 'ideal'
  | 'twint'
  | 'bank_transfer'
  | 'company_leasing';

export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'exempt' | 'not_enrolled';
export type KlarnaPlan = 'pay_later_30' | 'instalments_6' | 'instalments_24' | 'financing_36';

export interface Attempt extends PaymentAttempt<Method, ThreeDS> {
  klarna?: KlarnaPlan;
}

/** `status` marks fulfilment updates (`shipped`, `delivered`, `collected`, …); `shipping` a readdressing. */
export type LaterEvent = Later & { status?: string };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  market: Market;
  shipping?: Address;
  fulfilment: Fulfilment;
  shop?: string;
  ip: string;
  device: Device;
  locale: string;
  phone?: string;
  company?: { name: string; vatId: string };
  leasing?: { provider: string; employer: string; contract: string };
  giftNote?: string;
}

/** Card-scheme checks: only British and US issuers answer AVS; CVC is unchecked for a saved card, absent for a wallet. */
export function cardChecks(
  card: Card,
  entry: 'typed' | 'saved' | 'wallet',
  cvcOk = true,
  avsMatch = true,
): { avs: CheckResult; cvc: CheckResult } {
  const avs: CheckResult = ['GB', 'US'].includes(card.country) ? (avsMatch ? 'pass' : 'fail') : 'unavailable';
  const cvc: CheckResult =
    entry === 'wallet' ? 'unavailable' : entry === 'saved' ? 'unchecked' : cvcOk ? 'pass' : 'fail';
  return { avs, cvc };
}

/** PSD2: European and Swiss cards go through 3-D Secure (big amounts mostly challenged); US cards often not enrolled. */
export function secure(rng: Rng, card: Card, ok: boolean, amount: number): ThreeDS {
  if (
    card.country === 'US' ||
    !['DE', 'AT', 'CH', 'NL', 'BE', 'DK', 'SE', 'FR', 'IT', 'GB', 'PL'].includes(card.country)
  )
    return rng.chance(0.6) ? 'not_enrolled' : ok ? 'frictionless' : 'challenge_failed';
  if (!ok) return 'challenge_failed';
  if (amount < 3_000 && rng.chance(0.6)) return 'exempt';
  return rng.chance(amount > 100_000 ? 0.9 : 0.5) ? 'challenge_passed' : 'frictionless';
}

export interface CardTry {
  entry?: 'typed' | 'saved' | 'wallet';
  ok: boolean;
  decline?: string;
  afterMs: number;
  threeDS?: ThreeDS;
  avsMatch?: boolean;
}

export function cardAttempt(rng: Rng, card: Card, amount: number, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const checks = cardChecks(card, entry, t.decline !== 'incorrect_cvc', t.avsMatch ?? true);
  const failed3ds = t.decline === 'authentication_failed';
  return {
    method: entry === 'wallet' ? 'apple_pay' : 'card',
    card,
    ok: t.ok,
    ...checks,
    threeDS:
      t.threeDS ??
      (failed3ds
        ? 'challenge_failed'
        : secure(rng, card, t.ok || t.decline !== 'authentication_failed', amount)),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

export const other = (
  method: Method,
  ok: boolean,
  afterMs: number,
  extra: { decline?: string; klarna?: KlarnaPlan } = {},
): Attempt => ({
  ...otherAttempt(method, ok, afterMs, extra.decline),
  ...(extra.klarna ? { klarna: extra.klarna } : {}),
});

export const firstAuth = (rng: Rng): number => rng.int(6_000, 70_000);
export const retryGap = (rng: Rng): number => rng.int(25_000, 5 * MINUTE);

const METHODS: Readonly<Record<Market, ReadonlyArray<readonly [Method, number]>>> = {
  DE: [
    ['paypal', 31],
    ['klarna', 20],
    ['card', 17],
    ['apple_pay', 6],
    ['sepa_debit', 9],
    ['bank_transfer', 9],
  ],
  AT: [
    ['paypal', 30],
    ['klarna', 24],
    ['card', 26],
    ['apple_pay', 5],
    ['sepa_debit', 5],
    ['bank_transfer', 8],
  ],
  CH: [
    ['twint', 34],
    ['card', 38],
    ['apple_pay', 6],
    ['paypal', 14],
    ['bank_transfer', 8],
  ],
  NL: [
    ['ideal', 56],
    ['card', 14],
    ['paypal', 14],
    ['klarna', 14],
    ['apple_pay', 2],
  ],
  BE: [
    ['card', 48],
    ['paypal', 26],
    ['klarna', 10],
    ['apple_pay', 4],
    ['bank_transfer', 12],
  ],
  DK: [
    ['card', 56],
    ['klarna', 24],
    ['paypal', 14],
    ['apple_pay', 6],
  ],
  SE: [
    ['klarna', 42],
    ['card', 40],
    ['paypal', 12],
    ['apple_pay', 6],
  ],
  FR: [
    ['card', 62],
    ['paypal', 30],
    ['klarna', 4],
    ['apple_pay', 4],
  ],
  IT: [
    ['card', 52],
    ['paypal', 40],
    ['klarna', 8],
  ],
};

/** Klarna's product for an amount: pay in 30 days for small baskets, instalments or financing for bikes. */
export function klarnaPlan(rng: Rng, amount: number): KlarnaPlan {
  if (amount < 40_000) return 'pay_later_30';
  if (amount < 150_000) return rng.chance(0.5) ? 'pay_later_30' : 'instalments_6';
  return rng.weightedPick<KlarnaPlan>([
    ['instalments_6', 20],
    ['instalments_24', 45],
    ['financing_36', 35],
  ]);
}

const HONEST_DECLINES: ReadonlyArray<readonly [string, number]> = [
  ['incorrect_cvc', 28],
  ['authentication_failed', 24],
  ['insufficient_funds', 22],
  ['card_declined', 14],
  ['expired_card', 6],
  ['limit_exceeded', 6],
];

export interface Payer {
  market: Market;
  cards: Card[];
  signedIn: boolean;
}

/**
 * How an honest customer pays, by country habit. A bike often goes on Klarna financing or a transfer in
 * advance. Declines are retried the way people do: the right CVC, the 3-D Secure prompt answered, another card
 * or PayPal; Klarna turns some people down and they pay another way; a few transfers never arrive.
 */
export function honestPay(rng: Rng, payer: Payer, amount: number, declineShare?: number): Attempt[] {
  const big = amount > 150_000;
  const weights = METHODS[payer.market].map(([m, w]): [Method, number] => [
    m,
    big && (m === 'klarna' || m === 'bank_transfer') ? w * 2 : big && m === 'twint' ? w * 0.3 : w,
  ]);
  const method = rng.weightedPick(weights);
  const first = firstAuth(rng);
  const declined = rng.chance(declineShare ?? (big ? 0.08 : 0.035));
  if (method === 'bank_transfer')
    return rng.chance(0.05)
      ? [other('bank_transfer', false, 7 * DAY + rng.int(0, 12) * HOUR, { decline: 'transfer_not_received' })]
      : [other('bank_transfer', true, rng.int(5 * HOUR, 3 * DAY))];
  if (method === 'klarna') {
    const plan = klarnaPlan(rng, amount);
    if (!declined) return [other('klarna', true, first, { klarna: plan })];
    return [
      other('klarna', false, first, { decline: 'klarna_rejected', klarna: plan }),
      rng.chance(0.6)
        ? other('paypal', true, retryGap(rng))
        : cardAttempt(rng, rng.pick(payer.cards), amount, { ok: true, afterMs: retryGap(rng) }),
    ];
  }
  if (method === 'paypal' || method === 'ideal' || method === 'twint' || method === 'sepa_debit') {
    if (!declined) return [other(method, true, first)];
    return [
      other(method, false, first, {
        decline: method === 'sepa_debit' ? 'mandate_rejected' : 'payment_cancelled',
      }),
      other(method, true, retryGap(rng)),
    ];
  }
  const card = rng.pick(payer.cards);
  const entry = method === 'apple_pay' ? 'wallet' : payer.signedIn && rng.chance(0.45) ? 'saved' : 'typed';
  if (!declined) return [cardAttempt(rng, card, amount, { entry, ok: true, afterMs: first })];
  return cardRetry(rng, payer, card, amount, entry, first);
}

/** A declined card, then what people do next. */
export function cardRetry(
  rng: Rng,
  payer: Payer,
  card: Card,
  amount: number,
  entry: 'typed' | 'saved' | 'wallet',
  first: number,
): Attempt[] {
  const why = rng.weightedPick(HONEST_DECLINES);
  const out = [cardAttempt(rng, card, amount, { entry, ok: false, decline: why, afterMs: first })];
  if (why === 'incorrect_cvc' && rng.chance(0.3))
    out.push(cardAttempt(rng, card, amount, { ok: false, decline: why, afterMs: retryGap(rng) }));
  if (rng.chance(0.07)) return out;
  if (why === 'incorrect_cvc' || why === 'authentication_failed') {
    out.push(cardAttempt(rng, card, amount, { entry: 'typed', ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  if (rng.chance(0.35)) {
    out.push(other('paypal', true, retryGap(rng)));
    return out;
  }
  const next = payer.cards.find((c) => c !== card) ?? cardFrom(rng, payer.market);
  out.push(cardAttempt(rng, next, amount, { entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  return out;
}

/**
 * What happens to an honest order once paid: parcels ship in a day or two, bikes go to the forwarder after
 * assembly and a test ride, collections wait in the shop; returns within the 14-day withdrawal period
 * (clothing and helmets most), transport damage on freight, a few cancellations and rare disputes.
 */
export function honestAfter(rng: Rng, f: Fulfilment, b: Basket, transit: [number, number]): LaterEvent[] {
  if (rng.chance(0.015))
    return [
      { type: 'order.cancelled', afterMs: rng.int(1, 30) * HOUR, reason: 'customer_request' },
      { type: 'refund.created', afterMs: rng.int(31, 50) * HOUR, reason: 'requested_by_customer' },
    ];
  const out: LaterEvent[] = [];
  let done: number;
  if (f === 'workshop') {
    done = rng.int(2, 12) * DAY;
    out.push({ type: 'order.updated', afterMs: done, status: 'service_completed' });
  } else if (f === 'pickup') {
    const ready = rng.int(20, 72) * HOUR;
    done = ready + rng.int(6, 140) * HOUR;
    out.push({ type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' });
    out.push({ type: 'order.updated', afterMs: done, status: 'collected' });
  } else if (f === 'freight') {
    const handed = rng.int(2, 5) * DAY;
    done = handed + rng.int(2, 6) * DAY;
    out.push({ type: 'order.updated', afterMs: handed, status: 'handed_to_forwarder' });
    out.push({ type: 'order.updated', afterMs: done, status: 'delivered' });
  } else {
    const ship = rng.int(12, 44) * HOUR;
    done = ship + rng.int(transit[0] * 24, transit[1] * 24 + 12) * HOUR;
    out.push({ type: 'order.updated', afterMs: ship, status: 'shipped' });
    out.push({ type: 'order.updated', afterMs: done, status: 'delivered' });
  }
  const soft = b.lines.filter((l) => l.category === 'clothing' || l.category === 'helmet');
  const goods = b.amount - b.shippingFee;
  if (soft.length > 0 && rng.chance(0.16)) {
    const l = rng.pick(soft);
    out.push({
      type: 'refund.created',
      afterMs: done + rng.int(4, 16) * DAY,
      reason: 'returned',
      amount: Math.min(goods, l.price),
    });
  } else if (f === 'freight' && rng.chance(0.03))
    out.push({
      type: 'refund.created',
      afterMs: done + rng.int(1, 6) * DAY,
      reason: 'damaged_in_transit',
      amount: Math.min(goods, rng.int(5, 30) * 1_000),
    });
  else if (f !== 'workshop' && rng.chance(0.02))
    out.push({ type: 'refund.created', afterMs: done + rng.int(3, 13) * DAY, reason: 'returned' });
  else if (rng.chance(0.003))
    out.push({
      type: 'dispute.created',
      afterMs: done + rng.int(15, 50) * DAY,
      reason: rng.pick(['product_not_received', 'product_unacceptable', 'duplicate']),
    });
  return out;
}

/** When people shop: evenings and weekends, Sunday evening the busiest; the Easter sale lifts every day. */
const CONSUMER: readonly number[] = [
  0.25, 0.12, 0.06, 0.04, 0.04, 0.08, 0.22, 0.45, 0.6, 0.65, 0.7, 0.75, 0.9, 0.85, 0.75, 0.75, 0.8, 0.9, 1.05,
  1.2, 1.3, 1.25, 0.95, 0.55,
];
const OFFICE: readonly number[] = [
  0, 0, 0, 0, 0, 0, 0.05, 0.4, 0.9, 1, 1, 0.95, 0.6, 0.85, 1, 0.95, 0.8, 0.5, 0.15, 0.05, 0, 0, 0, 0,
];
const NIGHT: readonly number[] = [
  1, 1, 1, 0.9, 0.8, 0.6, 0.3, 0.15, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.15, 0.2, 0.3, 0.5,
  0.7, 0.9,
];
export type Rhythm = 'consumer' | 'office' | 'night' | 'any';

/** The Easter sale: Monday 22 to Easter Monday 29 March 2027, the store's busiest week of spring. */
export const SALE = { from: Date.UTC(2027, 2, 21, 23), to: Date.UTC(2027, 2, 29, 22) };

function dayWeight(t: number, rhythm: Rhythm): number {
  const dow = new Date(t + tzAt(t) * HOUR).getUTCDay();
  const weekend = dow === 0 || dow === 6;
  if (rhythm === 'office') return weekend ? 0.05 : 1;
  const sale = t >= SALE.from && t < SALE.to ? 1.7 : 1;
  return sale * (weekend ? 1.25 : 1);
}

/** A moment in the window, by the day's weight and the local hour's. */
export function when(rng: Rng, w: Window, rhythm: Rhythm): number {
  const curve =
    rhythm === 'office' ? OFFICE : rhythm === 'night' ? NIGHT : rhythm === 'consumer' ? CONSUMER : null;
  for (let i = 0; i < 300; i++) {
    const t = rng.float(w.start, w.end);
    const hour = Math.floor(localHourAt(t)) % 24;
    const weight = (dayWeight(t, rhythm) / 2.2) * (curve ? (curve[hour] ?? 0) / 1.3 : 1);
    if (rng.next() < weight) return Math.floor(t);
  }
  return Math.floor(rng.float(w.start, w.end));
}
