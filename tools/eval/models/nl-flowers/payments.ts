import { type CheckResult } from '@vigil/contracts';
import {
  type Card,
  cardPaymentAttempt,
  DAY,
  HOUR,
  MINUTE,
  otherAttempt,
  type PaymentAttempt,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * How Bloemhuis gets paid, by the buyer's country habit: iDEAL in the Netherlands, Bancontact in Belgium,
 * PayPal, Klarna and SOFORT-style bank payments in Germany and Austria, MobilePay in Denmark, cards under
 * 3-D Secure (PSD2: European and British cards authenticate, American ones mostly do not), Apple Pay and Google
 * Pay, and invoice for business accounts. Only British and American issuers answer AVS; a saved card is charged
 * without its code, a wallet sends none.
 */

export type Method =
  | 'ideal'
  | 'bancontact'
  | 'card'
  | 'apple_pay'
  | 'google_pay'
  | 'paypal'
  | 'klarna'
  | 'sofort'
  | 'mobilepay'
  | 'invoice';
export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'exempt' | 'not_enrolled';
export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'expired_card'
  | 'authentication_failed'
  | 'stolen_card'
  | 'lost_card'
  | 'card_declined'
  | 'cancelled_by_payer'
  | 'klarna_rejected';

export type HeldCard = Card & { funding: 'debit' | 'credit' | 'prepaid' };
export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard> & { saved?: boolean };

/** How a card was presented at checkout. */
export type Entry = 'typed' | 'saved' | 'wallet' | 'off_session';

const CARD_METHODS: ReadonlySet<Method> = new Set(['card', 'apple_pay', 'google_pay']);
export const showsCard = (m: Method): boolean => CARD_METHODS.has(m);

/** Invented BINs by issuing country: brand and funding. */
const BINS: Record<string, ReadonlyArray<readonly [string, string, HeldCard['funding']]>> = {
  NL: [
    ['465858', 'visa', 'debit'],
    ['417631', 'visa', 'debit'],
    ['535522', 'mastercard', 'debit'],
    ['545616', 'mastercard', 'credit'],
    ['492940', 'visa', 'credit'],
  ],
  BE: [
    ['479213', 'visa', 'debit'],
    ['516872', 'mastercard', 'debit'],
    ['455672', 'visa', 'credit'],
    ['552213', 'mastercard', 'credit'],
  ],
  DE: [
    ['410016', 'visa', 'debit'],
    ['492181', 'visa', 'credit'],
    ['523734', 'mastercard', 'credit'],
    ['516400', 'mastercard', 'debit'],
    ['375991', 'amex', 'credit'],
  ],
  FR: [
    ['497010', 'visa', 'debit'],
    ['497355', 'visa', 'credit'],
    ['513283', 'mastercard', 'debit'],
    ['535668', 'mastercard', 'credit'],
  ],
  AT: [
    ['442780', 'visa', 'debit'],
    ['520364', 'mastercard', 'credit'],
    ['406674', 'visa', 'credit'],
  ],
  DK: [
    ['457137', 'visa', 'debit'],
    ['457123', 'visa', 'debit'],
    ['527722', 'mastercard', 'credit'],
  ],
  ES: [
    ['454881', 'visa', 'debit'],
    ['491214', 'visa', 'credit'],
    ['540080', 'mastercard', 'credit'],
  ],
  GB: [
    ['475129', 'visa', 'debit'],
    ['454313', 'visa', 'debit'],
    ['535183', 'mastercard', 'credit'],
    ['374288', 'amex', 'credit'],
  ],
  US: [
    ['414720', 'visa', 'credit'],
    ['426684', 'visa', 'credit'],
    ['517805', 'mastercard', 'credit'],
    ['371449', 'amex', 'credit'],
    ['440066', 'visa', 'debit'],
  ],
  CH: [
    ['404159', 'visa', 'credit'],
    ['520033', 'mastercard', 'credit'],
  ],
  PL: [
    ['425125', 'visa', 'debit'],
    ['535470', 'mastercard', 'debit'],
  ],
  TR: [
    ['454360', 'visa', 'credit'],
    ['540669', 'mastercard', 'credit'],
  ],
  AE: [
    ['428671', 'visa', 'credit'],
    ['522198', 'mastercard', 'credit'],
  ],
  RU: [
    ['427601', 'visa', 'debit'],
    ['220220', 'mir', 'debit'],
  ],
};

/** Issuing countries a card can come from. */
export const cardCountries = (): string[] => Object.keys(BINS);

/** A new card from `country` (a made-up BIN of its issuers, last four, fingerprint; no number exists). */
export function newCard(rng: Rng, country: string, funding?: HeldCard['funding']): HeldCard {
  const list = BINS[country] ?? BINS.NL ?? [];
  const fits = funding ? list.filter((b) => b[2] === funding) : list;
  const [bin, brand, f] = rng.pick(fits.length > 0 ? fits : list);
  return { bin, last4: rng.digits(4), brand, country, fingerprint: `fp_${rng.token(16)}`, funding: f };
}

/** A card from a given BIN (card testers walk one BIN's numbers). */
export const cardOnBin = (rng: Rng, from: HeldCard): HeldCard => ({
  ...from,
  last4: rng.digits(4),
  fingerprint: `fp_${rng.token(16)}`,
});

const EEA = new Set(['NL', 'BE', 'DE', 'FR', 'AT', 'DK', 'ES', 'PL', 'GB', 'CH']);

/** AVS: answered by British and American issuers only; `good` when the billing address is the holder's. */
export function avs(rng: Rng, card: HeldCard, good: boolean): CheckResult {
  if (card.country !== 'GB' && card.country !== 'US') return 'unavailable';
  return rng.weightedPick<CheckResult>(
    good
      ? [
          ['pass', 88],
          ['partial', 8],
          ['fail', 4],
        ]
      : [
          ['fail', 55],
          ['partial', 25],
          ['pass', 20],
        ],
  );
}

export function cvc(entry: Entry, right: boolean): CheckResult {
  if (entry === 'wallet') return 'unavailable';
  if (entry === 'saved' || entry === 'off_session') return 'unchecked';
  return right ? 'pass' : 'fail';
}

/** PSD2: European cards authenticate unless a low-value exemption applies; American ones rarely take part. */
export function secure(rng: Rng, card: HeldCard, amount: number, ok: boolean): ThreeDS {
  if (!EEA.has(card.country))
    return rng.chance(0.55) ? 'not_enrolled' : ok ? 'frictionless' : 'challenge_failed';
  if (!ok) return 'challenge_failed';
  if (amount < 3000 && rng.chance(0.6)) return 'exempt';
  return rng.chance(amount > 10_000 ? 0.65 : 0.4) ? 'challenge_passed' : 'frictionless';
}

export interface CardTry {
  entry: Entry;
  ok: boolean;
  /** The billing address is the card holder's (AVS). */
  holder?: boolean;
  decline?: Decline;
  afterMs: number;
  threeDS?: ThreeDS;
}

export function cardAttempt(rng: Rng, card: HeldCard, amount: number, t: CardTry): Attempt {
  const method: Method = t.entry === 'wallet' ? (rng.chance(0.78) ? 'apple_pay' : 'google_pay') : 'card';
  const authFailed = t.decline === 'authentication_failed';
  const threeDS =
    t.entry === 'wallet'
      ? undefined
      : t.entry === 'off_session'
        ? 'exempt'
        : (t.threeDS ?? (authFailed ? 'challenge_failed' : secure(rng, card, amount, t.ok || !authFailed)));
  return {
    ...cardPaymentAttempt({
      method,
      card,
      ok: t.ok,
      avs: avs(rng, card, t.holder ?? true),
      cvc: cvc(t.entry, t.decline !== 'incorrect_cvc'),
      threeDS,
      afterMs: t.afterMs,
      decline: t.decline,
    }),
    ...(t.entry === 'saved' || t.entry === 'off_session' ? { saved: true } : {}),
  };
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

export const firstAuth = (rng: Rng): number => rng.int(8_000, 70_000);
export const retryGap = (rng: Rng): number => rng.int(25_000, 5 * MINUTE);

/** Each country's habits (card covers debit and credit cards typed in). */
const HABITS: Record<string, ReadonlyArray<readonly [Method, number]>> = {
  NL: [
    ['ideal', 60],
    ['card', 9],
    ['apple_pay', 11],
    ['google_pay', 3],
    ['paypal', 9],
    ['klarna', 8],
  ],
  BE: [
    ['bancontact', 52],
    ['card', 17],
    ['apple_pay', 10],
    ['google_pay', 3],
    ['paypal', 12],
    ['klarna', 2],
  ],
  DE: [
    ['paypal', 32],
    ['card', 17],
    ['klarna', 18],
    ['sofort', 13],
    ['apple_pay', 11],
    ['google_pay', 4],
  ],
  AT: [
    ['paypal', 28],
    ['card', 25],
    ['klarna', 15],
    ['sofort', 11],
    ['apple_pay', 10],
    ['google_pay', 3],
  ],
  FR: [
    ['card', 62],
    ['paypal', 15],
    ['apple_pay', 15],
    ['google_pay', 5],
  ],
  DK: [
    ['card', 48],
    ['mobilepay', 33],
    ['apple_pay', 14],
    ['paypal', 3],
  ],
  ES: [
    ['card', 55],
    ['paypal', 26],
    ['apple_pay', 12],
    ['google_pay', 5],
  ],
  GB: [
    ['card', 55],
    ['apple_pay', 20],
    ['paypal', 22],
    ['google_pay', 3],
  ],
  US: [
    ['card', 55],
    ['apple_pay', 22],
    ['paypal', 20],
    ['google_pay', 3],
  ],
  CH: [
    ['card', 50],
    ['apple_pay', 18],
    ['paypal', 28],
  ],
};

export const habitualMethod = (rng: Rng, country: string): Method =>
  rng.weightedPick(HABITS[country] ?? HABITS.GB ?? []);

export interface Payer {
  country: string;
  cards: HeldCard[];
  signedIn: boolean;
  /** Forces the method (a business on invoice, a renewal on its saved card). */
  method?: Method;
}

/**
 * An honest payer: the country's habit, a card typed, saved or in a wallet; declines retried the way people do
 * (the right code, the bank app answered this time, another card, iDEAL or PayPal instead), a few give up.
 */
export function honestPay(rng: Rng, payer: Payer, amount: number, declineShare = 0.045): Attempt[] {
  const method = payer.method ?? habitualMethod(rng, payer.country);
  const first = firstAuth(rng);
  const declined = rng.chance(declineShare);
  if (method === 'invoice') return [other('invoice', true, first)];
  if (!showsCard(method)) {
    if (!declined) return [other(method, true, first)];
    const why: Decline = method === 'klarna' ? 'klarna_rejected' : 'cancelled_by_payer';
    const out = [other(method, false, first, why)];
    if (rng.chance(0.12)) return out;
    const again: Method = method === 'klarna' ? habitualMethod(rng, payer.country) : method;
    if (showsCard(again)) {
      const card = rng.pick(payer.cards);
      out.push(cardAttempt(rng, card, amount, { entry: 'typed', ok: true, afterMs: retryGap(rng) }));
    } else out.push(other(again === 'klarna' ? 'paypal' : again, true, retryGap(rng)));
    return out;
  }
  const card = rng.pick(payer.cards);
  const entry: Entry = method !== 'card' ? 'wallet' : payer.signedIn && rng.chance(0.55) ? 'saved' : 'typed';
  if (!declined) return [cardAttempt(rng, card, amount, { entry, ok: true, afterMs: first })];
  const why = rng.weightedPick<Decline>([
    ['insufficient_funds', 30],
    ['do_not_honor', 20],
    ['incorrect_cvc', entry === 'typed' ? 20 : 0],
    ['authentication_failed', entry === 'wallet' ? 0 : 20],
    ['expired_card', 10],
  ]);
  const out = [cardAttempt(rng, card, amount, { entry, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.1)) return out;
  if (why === 'incorrect_cvc' || why === 'authentication_failed') {
    out.push(cardAttempt(rng, card, amount, { entry: 'typed', ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  const fallback = HABITS[payer.country]?.[0]?.[0];
  if (fallback && !showsCard(fallback) && rng.chance(0.5)) {
    out.push(other(fallback, true, retryGap(rng)));
    return out;
  }
  const next = payer.cards.find((c) => c !== card) ?? newCard(rng, card.country);
  out.push(cardAttempt(rng, next, amount, { entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  return out;
}

export { DAY, HOUR };
