import {
  type Address,
  type Buyer,
  DAY,
  type Device,
  HOUR,
  MINUTE,
  otherAttempt,
  paid,
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
} from './cards.js';
import { type Basket, type Delivery, inForints } from './catalogue.js';

/** One planned purchase before events.ts renders it, and how people pay for it. */

export { DAY, HOUR, MINUTE, paid };

/**
 * Online: cards under 3-D Secure (typed, saved or in a phone wallet) and PayPal. Offline, settled later: a
 * forint transfer against the pro-forma invoice, a SWIFT wire for big pieces from abroad, cash on delivery with
 * the domestic courier, payment at the counter when a reservation is collected, and the shop's own vouchers.
 */
export type Method =
  | 'card'
  | 'apple_pay'
  | 'google_pay'
  | 'paypal'
  | 'gift_voucher'
  | 'bank_transfer'
  | 'wire_transfer'
  | 'cod'
  | 'pay_in_store';
export type OfflineMethod = 'bank_transfer' | 'wire_transfer' | 'cod' | 'pay_in_store';
export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'exempt' | 'not_enrolled';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** A later step: fulfilment `status`, a new delivery address, or an offline payment arriving (`method`). */
export interface LaterEvent extends Step {
  status?: string;
  shipping?: Address;
  method?: OfflineMethod;
}

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  delivery: Delivery;
  /** How the order is to be paid when nothing is charged at checkout. */
  offline?: OfflineMethod;
  ip: string;
  device: Device;
  locale: string;
  carrier?: 'GLS' | 'MPL' | 'DHL Express';
  giftNote?: string;
  company?: { name: string; taxId: string };
  /** Where an e-mailed voucher goes. */
  recipient?: string;
  /** An antique's certificate of authenticity. */
  certificate?: string;
}

/** Issuers under the European strong-authentication rules (PSD2 and the UK's copy of it). */
const SCA = new Set(['HU', 'SK', 'RO', 'AT', 'DE', 'NL', 'FR', 'IT', 'SE', 'CH', 'GB', 'CZ', 'PL']);
/** Asian and Gulf issuers that send almost every online payment through 3-D Secure. */
const STRICT = new Set(['JP', 'TW', 'HK', 'SG', 'KR', 'CN', 'AE', 'SA', 'QA', 'KW', 'KZ', 'TR', 'GE', 'AM']);

/** The 3-D Secure outcome of an honest payment of `forints` on `card`. */
export function secure(rng: Rng, card: HeldCard, ok: boolean, forints: number): ThreeDS {
  if (SCA.has(card.country)) {
    if (!ok) return 'challenge_failed';
    if (forints < 12_000 && rng.chance(0.5)) return 'exempt';
    return rng.chance(forints > 100_000 ? 0.8 : 0.55) ? 'challenge_passed' : 'frictionless';
  }
  if (STRICT.has(card.country))
    return !ok
      ? 'challenge_failed'
      : rng.chance(0.6)
        ? 'frictionless'
        : rng.chance(0.8)
          ? 'challenge_passed'
          : 'not_enrolled';
  if (!ok) return rng.chance(0.5) ? 'challenge_failed' : 'not_enrolled';
  return rng.weightedPick<ThreeDS>([
    ['frictionless', 55],
    ['not_enrolled', 35],
    ['challenge_passed', 10],
  ]);
}

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** When the planner knows better: a stolen one-time code, a failed challenge. */
  threeDS?: ThreeDS;
}

export function cardAttempt(rng: Rng, card: HeldCard, forints: number, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method = entry === 'wallet' ? (rng.chance(0.72) ? 'apple_pay' : 'google_pay') : 'card';
  const authFailed = t.decline === 'authentication_failed';
  return {
    method,
    card,
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'good'),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    threeDS: t.threeDS ?? (authFailed ? 'challenge_failed' : secure(rng, card, t.ok || !authFailed, forints)),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

/** From the order to the first authorisation: the 3-D Secure page and the bank's app take their time. */
export const firstAuth = (rng: Rng): number => rng.int(8_000, 70_000);
export const retryGap = (rng: Rng): number => rng.int(30_000, 5 * MINUTE);

export interface Payer {
  cards: HeldCard[];
  country: string;
  signedIn: boolean;
  match?: Match;
}

/** What an honest buyer pays with: online attempts, or an offline method settled later. */
export interface Payment {
  attempts: Attempt[];
  offline?: OfflineMethod;
}

export interface PayOptions {
  /** Forint buyers may pay by transfer or voucher; the rest by wire. */
  forint: boolean;
  transfer?: number;
  voucher?: boolean;
}

/**
 * How an honest buyer pays: card (typed or saved), Apple or Google Pay, PayPal, a transfer or wire for a big
 * basket, a voucher for a small one. Declines are retried as people do: the right code, the bank's app
 * approved this time, another card or PayPal; a few give up.
 */
export function honestPay(rng: Rng, payer: Payer, basket: Basket, o: PayOptions): Payment {
  const forints = inForints(basket.amount, basket.currency);
  const big = forints > 250_000;
  const method = rng.weightedPick<Method>([
    ['card', 56],
    ['apple_pay', payer.country === 'HU' ? 13 : 15],
    ['google_pay', payer.country === 'HU' ? 8 : 3],
    ['paypal', o.forint ? 3 : 20],
    ['bank_transfer', o.forint ? (o.transfer ?? (forints > 150_000 ? 18 : 2)) : 0],
    ['wire_transfer', !o.forint ? (o.transfer ?? (forints > 800_000 ? 30 : 0)) : 0],
    ['gift_voucher', o.forint && o.voucher !== false && forints <= 30_000 ? 7 : 0],
  ]);
  if (method === 'bank_transfer' || method === 'wire_transfer') return { attempts: [], offline: method };
  const first = firstAuth(rng);
  const declined = rng.chance(big ? 0.09 : 0.045);
  if (method === 'gift_voucher') return { attempts: [other('gift_voucher', true, rng.int(5_000, 40_000))] };
  if (method === 'paypal') {
    if (!declined) return { attempts: [other('paypal', true, first)] };
    return {
      attempts: [other('paypal', false, first, 'do_not_honor'), other('paypal', true, retryGap(rng))],
    };
  }
  const card = rng.pick(payer.cards);
  const entry: Entry = method !== 'card' ? 'wallet' : payer.signedIn && rng.chance(0.55) ? 'saved' : 'typed';
  const base = { entry, match: payer.match ?? 'good' } as const;
  if (!declined)
    return { attempts: [cardAttempt(rng, card, forints, { ...base, ok: true, afterMs: first })] };
  const why = honestDecline(rng, big);
  const out = [cardAttempt(rng, card, forints, { ...base, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.12)) return { attempts: out };
  if (why === 'incorrect_cvc' || why === 'authentication_failed') {
    out.push(cardAttempt(rng, card, forints, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
    return { attempts: out };
  }
  if (!o.forint && rng.chance(0.35)) return { attempts: [...out, other('paypal', true, retryGap(rng))] };
  const next = payer.cards.find((c) => c !== card) ?? newCard(rng, card.country, 'debit');
  out.push(cardAttempt(rng, next, forints, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  return { attempts: out };
}

/** Milliseconds from the order to its last attempt. */
export const attemptsSpan = (attempts: readonly { afterMs: number }[]): number =>
  attempts.reduce((s, a) => s + Math.max(1000, Math.floor(a.afterMs)), 0);
