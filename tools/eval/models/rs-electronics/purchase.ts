import { type CheckResult } from '@vigil/contracts';
import {
  type Address,
  type Buyer,
  DAY,
  type Device,
  HOUR,
  MINUTE,
  type MethodAttempt,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Step } from '../kit/timeline.js';
import { type Basket } from './catalogue.js';
import { type HeldCard } from './people.js';

export { DAY, HOUR, MINUTE };

/**
 * How people pay at this store, in its checkout's own words: `pouzecem` (cash to the courier), `kartica`
 * (Dina, Visa, Mastercard, foreign cards; 3-D Secure), `kartica_na_rate` (a bank's credit card split into 2–24
 * instalments), `ips_qr` (IPS instant transfer by scanning the QR in the bank's app), `uplatnica` (a payment slip
 * paid at the bank or post office), `paypal`, `predracun` (pro forma invoice, paid by transfer from a company
 * account) and `placanje_u_radnji` (paid at the store's till on pickup).
 */
export type Method =
  | 'pouzecem'
  | 'kartica'
  | 'kartica_na_rate'
  | 'ips_qr'
  | 'uplatnica'
  | 'paypal'
  | 'predracun'
  | 'placanje_u_radnji';

export const CARD_METHODS: ReadonlySet<string> = new Set(['kartica', 'kartica_na_rate']);

export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'not_enrolled';

export type Attempt = MethodAttempt<Method, HeldCard> & { threeDS?: ThreeDS; instalments?: number };

/** A later step: fulfilment (`status`), a settling payment (`method`), a new address, a refund, a dispute. */
export interface LaterStep extends Step {
  status?: string;
  method?: Method;
  shipping?: Address;
}

export type Fulfilment = 'courier' | 'freight' | 'pickup';

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterStep> {
  buyer: Buyer;
  shipping?: Address;
  ip: string;
  device: Device;
  /** What the buyer chose at checkout. */
  method: Method;
  fulfilment: Fulfilment;
  pickupStore?: string;
  company?: { name: string; pib: string };
  locale: string;
  phone: string;
}

export const STORES = ['Beograd Ušće', 'Beograd Stadion', 'Novi Sad Big', 'Niš Forum', 'Kragujevac Plaza'];

/** A Serbian (or regional) mobile number as checkouts take it. */
export function phoneIn(rng: Rng, country: string): string {
  if (country === 'ME') return `+382 6${rng.int(7, 9)} ${rng.digits(6)}`;
  if (country === 'BA') return `+387 6${rng.int(1, 6)} ${rng.digits(6)}`;
  if (country === 'MK') return `+389 7${rng.int(0, 8)} ${rng.digits(6)}`;
  if (country === 'DE') return `+49 1${rng.int(51, 79)} ${rng.digits(7)}`;
  if (country === 'AT') return `+43 6${rng.int(60, 99)} ${rng.digits(7)}`;
  if (country === 'CH') return `+41 7${rng.int(6, 9)} ${rng.digits(7)}`;
  return `+381 6${rng.pick(['0', '1', '2', '3', '4', '5', '6', '9'])} ${rng.digits(7)}`;
}

const EEA_LIKE = new Set(['RS', 'ME', 'BA', 'MK', 'DE', 'AT', 'CH', 'GB']);

/** Serbian banks require 3-D Secure on every online card payment; US issuers often take no part. */
export function secure(rng: Rng, card: HeldCard, ok: boolean): ThreeDS {
  if (!EEA_LIKE.has(card.country)) return rng.chance(0.6) ? 'not_enrolled' : 'frictionless';
  if (!ok) return 'challenge_failed';
  return rng.chance(card.country === 'RS' ? 0.85 : 0.7) ? 'challenge_passed' : 'frictionless';
}

export const avsFor = (card: HeldCard, good: boolean): CheckResult =>
  card.country === 'US' || card.country === 'GB' ? (good ? 'pass' : 'fail') : 'unavailable';

export interface CardTry {
  ok: boolean;
  afterMs: number;
  decline?: string;
  saved?: boolean;
  /** The billing address matches the card (AVS, where issuers answer). */
  goodAddress?: boolean;
  threeDS?: ThreeDS;
  instalments?: number;
}

export function cardAttempt(rng: Rng, card: HeldCard, method: Method, t: CardTry): Attempt {
  const threeDS =
    t.threeDS ??
    (t.decline === 'authentication_failed'
      ? 'challenge_failed'
      : secure(rng, card, t.ok || t.decline !== undefined));
  return {
    method,
    card,
    ok: t.ok,
    avs: avsFor(card, t.goodAddress ?? true),
    cvc: t.saved ? 'unchecked' : t.decline === 'incorrect_cvc' ? 'fail' : 'pass',
    threeDS,
    ...(t.instalments ? { instalments: t.instalments } : {}),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

export const plain = (method: Method, ok: boolean, afterMs: number, decline?: string): Attempt => ({
  method,
  ok,
  avs: 'unchecked',
  cvc: 'unchecked',
  afterMs,
  ...(!ok && decline ? { decline } : {}),
});

/** Time to the card's result: the 3-D Secure prompt in the bank's app or an SMS code. */
export const authTime = (rng: Rng): number => rng.int(25_000, 150_000);
const retryGap = (rng: Rng): number => rng.int(40_000, 8 * MINUTE);

/**
 * An honest card payment: most go through; a decline is retried the way people do (the code typed again,
 * another card, or cash on delivery instead, which the store takes as a new order, so the checkout just stops).
 */
export function honestCard(
  rng: Rng,
  cards: readonly HeldCard[],
  amount: number,
  o: { method?: Method; saved?: boolean; instalments?: number } = {},
): Attempt[] {
  const method = o.method ?? 'kartica';
  const card = rng.pick(cards);
  const base = { saved: o.saved ?? false, ...(o.instalments ? { instalments: o.instalments } : {}) };
  const declined = rng.chance(amount > 10_000_000 ? 0.12 : 0.06);
  if (!declined) return [cardAttempt(rng, card, method, { ...base, ok: true, afterMs: authTime(rng) })];
  const why = rng.weightedPick<string>([
    ['insufficient_funds', 45],
    ['authentication_failed', 25],
    ['limit_exceeded', 15],
    ['do_not_honor', 10],
    ['incorrect_cvc', 5],
  ]);
  const out = [cardAttempt(rng, card, method, { ...base, ok: false, decline: why, afterMs: authTime(rng) })];
  if (rng.chance(0.15)) return out;
  const next =
    why === 'authentication_failed' || why === 'incorrect_cvc'
      ? card
      : (cards.find((c) => c !== card) ?? card);
  const ok = next !== card || why === 'authentication_failed' || why === 'incorrect_cvc' || rng.chance(0.3);
  out.push(
    cardAttempt(rng, next, method, {
      ...base,
      saved: false,
      ok,
      ...(ok ? {} : { decline: why }),
      afterMs: retryGap(rng),
    }),
  );
  return out;
}

/** Shipped and delivered by courier (freight for white goods: a booked slot), or ready and collected. */
export function fulfilled(rng: Rng, f: Fulfilment, abroad: boolean, from = 0): LaterStep[] {
  if (f === 'pickup') {
    const ready = from + rng.int(2, 26) * HOUR;
    return [
      { type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' },
      { type: 'order.updated', afterMs: ready + rng.int(1, 96) * HOUR, status: 'collected' },
    ];
  }
  const ship = from + (f === 'freight' ? rng.int(24, 96) : rng.int(5, 30)) * HOUR;
  const days = abroad ? rng.int(3, 7) : rng.int(1, 2);
  return [
    { type: 'order.updated', afterMs: ship, status: 'shipped' },
    { type: 'order.updated', afterMs: ship + days * DAY + rng.int(-4, 6) * HOUR, status: 'delivered' },
  ];
}

/** The time of a step with this status, when planned. */
export const whenStatus = (steps: readonly LaterStep[], status: string): number | undefined =>
  steps.find((s) => s.status === status)?.afterMs;

/**
 * What follows a paid honest order: delivery, and now and then a return within the 14 days Serbian law gives
 * for online purchases, a warranty swap, a cancellation before dispatch, or a parcel the courier lost.
 */
export function honestAfter(rng: Rng, f: Fulfilment, abroad: boolean, amount: number): LaterStep[] {
  if (rng.chance(0.012))
    return [{ type: 'order.cancelled', afterMs: rng.int(1, 20) * HOUR, reason: 'customer_request' }];
  const steps = fulfilled(rng, f, abroad);
  const done = steps[steps.length - 1]?.afterMs ?? DAY;
  if (rng.chance(0.025)) {
    steps.push(
      { type: 'order.updated', afterMs: done + rng.int(2, 12) * DAY, status: 'return_requested' },
      {
        type: 'refund.created',
        afterMs: done + rng.int(13, 20) * DAY,
        reason: 'returned_within_14_days',
        amount,
      },
    );
  } else if (rng.chance(0.003))
    steps.push({
      type: 'dispute.created',
      afterMs: done + rng.int(20, 50) * DAY,
      reason: 'product_not_received',
    });
  return steps;
}

/** Cash to the courier: shipped, then paid and delivered in one go; a few refuse the parcel at the door. */
export function codSteps(rng: Rng, f: Fulfilment, abroad: boolean, refuse: number): LaterStep[] {
  const [shipped, delivered] = fulfilled(rng, f, abroad);
  if (!shipped || !delivered) return [];
  if (rng.chance(refuse))
    return [
      shipped,
      { type: 'order.updated', afterMs: delivered.afterMs, status: 'delivery_refused' },
      {
        type: 'order.cancelled',
        afterMs: delivered.afterMs + rng.int(2, 6) * DAY,
        reason: 'refused_on_delivery',
      },
    ];
  return [
    shipped,
    { type: 'payment.succeeded', afterMs: delivered.afterMs - 60_000, method: 'pouzecem' },
    delivered,
  ];
}

/** A slip or a pro forma paid a few hours to three days later, then dispatched; unpaid ones lapse after a week. */
export function transferSteps(
  rng: Rng,
  method: Method,
  f: Fulfilment,
  abroad: boolean,
  payShare: number,
): LaterStep[] {
  if (!rng.chance(payShare))
    return [{ type: 'order.cancelled', afterMs: rng.int(6, 8) * DAY, reason: 'payment_not_received' }];
  const paidAt = rng.int(3, 72) * HOUR;
  return [{ type: 'payment.succeeded', afterMs: paidAt, method }, ...fulfilled(rng, f, abroad, paidAt)];
}

export type { Device, Buyer, Address };
