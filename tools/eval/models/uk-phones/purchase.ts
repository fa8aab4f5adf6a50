import {
  type Address,
  type Buyer,
  DAY,
  HOUR,
  type Later,
  MINUTE,
  otherAttempt,
  type PaymentAttempt,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { avs, cvc, type Entry, type HeldCard, type Match, newCard } from './cards.js';
import { type Basket, type Fulfilment } from './catalogue.js';
import { type Channel, type Gadget } from './people.js';

/** One planned purchase before events.ts renders it: how people pay, and what happens after checkout. */

export { DAY, HOUR, MINUTE };

export type Method = 'card' | 'apple_pay' | 'google_pay' | 'paypal' | 'klarna' | 'finance';
export type ThreeDS =
  'frictionless' | 'challenge_passed' | 'challenge_failed' | 'exempt' | 'not_enrolled' | 'attempted';
export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'authentication_failed'
  | 'stolen_card'
  | 'lost_card'
  | 'card_velocity_exceeded'
  | 'generic_decline'
  | 'credit_declined'
  | 'identity_not_verified'
  | 'paypal_declined'
  | 'klarna_declined';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** `status` marks fulfilment updates (`dispatched`, `delivered`, `ready_to_collect`, `collected`, …). */
export type LaterEvent = Later & { status?: string };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  fulfilment: Fulfilment;
  /** The partner shop holding a click-and-collect parcel. */
  collectFrom?: string;
  ip: string;
  device: Gadget;
  channel: Channel;
  locale: 'en-GB' | 'en-IE';
  preorder: boolean;
  tradeIn?: { device: string; quote: number };
  company?: { name: string; vatNumber: string };
  giftMessage?: string;
  /** Pay monthly through the finance partner: the term in months. */
  financeMonths?: number;
}

const SCA = new Set(['GB', 'IE']);

/**
 * 3-D Secure as UK and Irish issuers run it under strong customer authentication: small baskets exempt, most
 * others frictionless when the issuer knows the device, a challenge for big or unusual ones. Cards from
 * elsewhere often are not enrolled or only attempted.
 */
export function secure(rng: Rng, card: HeldCard, amount: number, ok: boolean, familiar = true): ThreeDS {
  if (!SCA.has(card.country)) {
    if (!ok && rng.chance(0.5)) return 'challenge_failed';
    return rng.weightedPick<ThreeDS>([
      ['not_enrolled', 3],
      ['attempted', 3],
      ['frictionless', 4],
      ['challenge_passed', 2],
    ]);
  }
  if (!ok) return 'challenge_failed';
  if (amount < 3_000 && rng.chance(0.7)) return 'exempt';
  const challenge = (amount > 60_000 ? 0.45 : 0.25) + (familiar ? 0 : 0.25);
  return rng.chance(challenge) ? 'challenge_passed' : 'frictionless';
}

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** The outcome of 3-D Secure when the planner knows it (a phished one-time code, a failed challenge). */
  threeDS?: ThreeDS;
  /** Whether the issuer has seen this device and payer before. */
  familiar?: boolean;
}

export function cardAttempt(rng: Rng, card: HeldCard, amount: number, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method = entry === 'wallet' ? (rng.chance(0.8) ? 'apple_pay' : 'google_pay') : 'card';
  const authFailed = t.decline === 'authentication_failed';
  // Wallets authenticate on the phone; an exempt or declined-before-3DS card shows no 3-D Secure result.
  const threeDS =
    entry === 'wallet'
      ? undefined
      : (t.threeDS ??
        (authFailed
          ? 'challenge_failed'
          : secure(rng, card, amount, t.ok || !authFailed, t.familiar ?? true)));
  return {
    method,
    card,
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'good'),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    ...(threeDS ? { threeDS } : {}),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

/** Seconds to a minute from order to the first authorisation (3-D Secure, the wallet sheet, PayPal's window). */
export const firstAuth = (rng: Rng): number => rng.int(4_000, 55_000);
export const retryGap = (rng: Rng): number => rng.int(25_000, 5 * MINUTE);

export interface Payer {
  cards: HeldCard[];
  country: string;
  signedIn: boolean;
  match?: Match;
  /** The issuer knows this device (a household laptop, the buyer's own phone). */
  familiar?: boolean;
}

export interface PayStyle {
  /** Chance of a decline on the first try. */
  declines?: number;
  /** Allow Klarna (pay in 3). */
  klarna?: boolean;
  /** Force a method. */
  method?: Method;
}

/** An honest decline: mostly money or a mistyped code; 3-D Secure timing out on the banking app too. */
export function honestDecline(rng: Rng, big: boolean): Decline {
  return rng.weightedPick<Decline>([
    ['insufficient_funds', big ? 30 : 18],
    ['incorrect_cvc', 22],
    ['authentication_failed', 22],
    ['do_not_honor', big ? 16 : 10],
    ['expired_card', 8],
    ['card_velocity_exceeded', big ? 6 : 1],
    ['generic_decline', 5],
  ]);
}

/**
 * How an honest customer pays: card (typed or saved), Apple Pay or Google Pay, PayPal, Klarna. A declined
 * card is retried the way people do: the right code, the banking app answered this time, another card, PayPal
 * or Klarna; some give up and the basket is released.
 */
export function honestPay(rng: Rng, payer: Payer, amount: number, style: PayStyle = {}): Attempt[] {
  const big = amount > 70_000;
  const method =
    style.method ??
    rng.weightedPick<Method>([
      ['card', 46],
      ['apple_pay', payer.country === 'IE' ? 22 : 19],
      ['google_pay', 5],
      ['paypal', 14],
      ['klarna', style.klarna === false ? 0 : amount > 150_000 ? 2 : 9],
    ]);
  const first = firstAuth(rng);
  const declined = rng.chance(style.declines ?? (big ? 0.08 : 0.04));
  if (method === 'paypal' || method === 'klarna' || method === 'finance') {
    if (!declined) return [other(method, true, first)];
    const why: Decline =
      method === 'paypal' ? 'paypal_declined' : method === 'klarna' ? 'klarna_declined' : 'credit_declined';
    const out = [other(method, false, first, why)];
    const card = payer.cards[0];
    if (!card || rng.chance(0.15)) return out;
    out.push(
      cardAttempt(rng, card, amount, { ok: true, afterMs: retryGap(rng), familiar: payer.familiar ?? true }),
    );
    return out;
  }
  const card = rng.pick(payer.cards);
  const entry: Entry = method !== 'card' ? 'wallet' : payer.signedIn && rng.chance(0.55) ? 'saved' : 'typed';
  const base = { entry, match: payer.match ?? 'good', familiar: payer.familiar ?? true } as const;
  if (!declined) return [cardAttempt(rng, card, amount, { ...base, ok: true, afterMs: first })];
  const why = honestDecline(rng, big);
  const out = [cardAttempt(rng, card, amount, { ...base, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.12)) return out;
  if (why === 'incorrect_cvc' || why === 'authentication_failed' || why === 'generic_decline') {
    out.push(cardAttempt(rng, card, amount, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  if (rng.chance(0.3)) {
    out.push(other(rng.chance(0.6) ? 'paypal' : 'klarna', true, retryGap(rng)));
    return out;
  }
  const next = payer.cards.find((c) => c !== card) ?? newCard(rng, card.country, 'credit');
  out.push(cardAttempt(rng, next, amount, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  return out;
}

/**
 * Pay monthly through the finance partner: an instant credit decision, a referral decided within hours, or a
 * decline (then a card, or nothing). Honest applicants are declined often enough: thin credit files, students.
 */
export function financePay(rng: Rng, payer: Payer, amount: number, declineShare = 0.18): Attempt[] {
  const decided = rng.chance(0.85) ? rng.int(40_000, 4 * MINUTE) : rng.int(1 * HOUR, 20 * HOUR);
  if (!rng.chance(declineShare)) return [other('finance', true, decided)];
  const out = [
    other('finance', false, decided, rng.chance(0.8) ? 'credit_declined' : 'identity_not_verified'),
  ];
  const card = payer.cards[0];
  if (card && rng.chance(0.4))
    out.push(
      cardAttempt(rng, card, amount, { ok: true, afterMs: retryGap(rng), familiar: payer.familiar ?? true }),
    );
  return out;
}
