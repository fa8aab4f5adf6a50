import { type CheckResult } from '@vigil/contracts';
import {
  type Address,
  type Buyer,
  type Device,
  type Later,
  MINUTE,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket, type Fulfilment } from './basket.js';
import {
  avs,
  type Card,
  cvc,
  type Decline,
  type Entry,
  honestDecline,
  type Match,
  newCard,
} from './cards.js';

/** One planned purchase before events.ts renders it, and the payment steps the planners share. */

export { DAY, HOUR, MINUTE } from '../kit/purchase.js';

export type Method = 'card' | 'apple_pay' | 'google_pay' | 'paypal' | 'store_credit';

/** One authorisation: a card (typed, saved, in a wallet, or charged by the renewal scheduler) or another method. */
export interface Attempt {
  method: Method;
  card?: Card;
  ok: boolean;
  avs?: CheckResult;
  cvc?: CheckResult;
  decline?: Decline;
  afterMs: number;
}

/** A later event; `order.updated` may carry a new delivery slot, address or (after picking) amount. */
export type LaterEvent = Later & { slot?: { from: number; to: number } };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  fulfilment: Fulfilment;
  slot?: { from: number; to: number };
  /** Absent for renewals the scheduler charges. */
  ip?: string;
  device?: Device;
  locale: 'en-CA' | 'fr-CA';
  subscriptionId?: string;
  giftRecipient?: string;
  tz: number;
}

export const firstAuth = (rng: Rng): number => rng.int(1_500, 8_000);
export const retryGap = (rng: Rng): number => rng.int(25_000, 6 * MINUTE);

export function cardAttempt(
  rng: Rng,
  card: Card,
  ok: boolean,
  entry: Entry,
  match: Match,
  afterMs: number,
  decline?: Decline,
  cvcRight = true,
): Attempt {
  const method: Method = entry === 'wallet' ? (rng.chance(0.6) ? 'apple_pay' : 'google_pay') : 'card';
  return {
    method,
    card,
    ok,
    avs: avs(rng, card, match),
    cvc: cvc(entry, cvcRight),
    afterMs,
    ...(!ok && decline ? { decline } : {}),
  };
}

export const otherAttempt = (method: Method, ok: boolean, afterMs: number, decline?: Decline): Attempt => ({
  method,
  ok,
  afterMs,
  ...(!ok && decline ? { decline } : {}),
});

/** What an honest payer has: cards (saved on the account or not) and habits. */
export interface Payer {
  cards: Card[];
  wallet: boolean;
  paypal: boolean;
  credit: boolean;
}

/**
 * How an honest customer pays: a saved card when signed in, a typed one, Apple or Google Pay, PayPal, or
 * prepaid credit on the account. `declineShare` are declined first; most retry (the right CVC or postal code,
 * another card, PayPal), a few give up.
 */
export function honestPayment(
  rng: Rng,
  payer: Payer,
  signedIn: boolean,
  { declineShare = 0.045, match = 'good' as Match } = {},
): Attempt[] {
  const card = rng.pick(payer.cards);
  const method = rng.weightedPick<string>([
    ['saved', signedIn ? 48 : 0],
    ['typed', signedIn ? 12 : 45],
    ['wallet', payer.wallet ? 22 : 3],
    ['paypal', payer.paypal ? 18 : 4],
    ['credit', payer.credit && signedIn ? 8 : 0],
  ]);
  const declined = rng.chance(declineShare);
  const pay = (after: number, ok: boolean, decline?: Decline): Attempt => {
    if (method === 'paypal') return otherAttempt('paypal', ok, after, decline);
    if (method === 'credit') return otherAttempt('store_credit', ok, after, decline);
    const entry: Entry = method === 'saved' ? 'saved' : method === 'wallet' ? 'wallet' : 'typed';
    const m: Match = decline === 'incorrect_postal_code' ? 'wrong' : match;
    return cardAttempt(rng, card, ok, entry, m, after, decline, decline !== 'incorrect_cvc');
  };
  const first = firstAuth(rng);
  if (!declined) return [pay(first, true)];
  const why =
    method === 'credit' ? 'insufficient_funds' : method === 'paypal' ? 'do_not_honor' : honestDecline(rng);
  const out = [pay(first, false, why)];
  if (rng.chance(0.1)) return out;
  if (
    method !== 'paypal' &&
    method !== 'credit' &&
    ['incorrect_cvc', 'incorrect_postal_code', 'processing_error', 'authentication_required'].includes(why)
  ) {
    out.push(cardAttempt(rng, card, true, 'typed', match, retryGap(rng)));
    return out;
  }
  if (rng.chance(0.35)) {
    out.push(otherAttempt('paypal', true, retryGap(rng)));
    return out;
  }
  const other = payer.cards.find((c) => c !== card) ?? newCard(rng, rng.chance(0.4) ? 'debit' : 'bank');
  out.push(cardAttempt(rng, other, true, 'typed', match, retryGap(rng)));
  return out;
}

export const paid = (p: Pick<Purchase, 'attempts'>): boolean => p.attempts.some((a) => a.ok);
