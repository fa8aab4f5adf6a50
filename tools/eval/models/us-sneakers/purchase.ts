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
  cardPaymentAttempt,
  otherAttempt,
  paid,
  type PaymentAttempt,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket, type Fulfilment } from './catalogue.js';
import { newCard } from './people.js';

/** One planned purchase before events.ts renders it, how people pay, and what happens once it is paid. */

export { DAY, HOUR, MINUTE, paid };

export type Method = 'card' | 'apple_pay' | 'shop_pay' | 'paypal' | 'afterpay' | 'gift_card';
export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed';
/** How a card was given: typed, saved on the account (no CVC asked), or through a wallet. */
export type Entry = 'typed' | 'saved' | 'wallet';
export type Decline =
  | 'incorrect_cvc'
  | 'incorrect_zip'
  | 'expired_card'
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'card_declined'
  | 'stolen_card'
  | 'lost_card'
  | 'authentication_failed'
  | 'invalid_number';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline>;

/** `status` marks fulfilment updates (`shipped`, `delivered`, `ready_for_pickup`, `collected`). */
export type LaterEvent = Later & { status?: string };

export type Channel = 'web' | 'app' | 'raffle';

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  fulfilment: Fulfilment;
  ip: string;
  device: Device;
  channel: Channel;
  /** The drop or raffle the order belongs to. */
  drop?: string;
  /** Seconds from cart to checkout, as the storefront measures it. */
  checkoutSeconds: number;
  loyalty?: { tier: string; points: number; earlyAccess: boolean };
  giftMessage?: string;
  recipientEmail?: string;
  company?: string;
  locale: string;
}

const AVS_COUNTRIES = new Set(['US', 'CA', 'GB']);
const SCA = new Set(['GB', 'DE', 'FR', 'NL']);

export type Match = 'good' | 'partial' | 'bad';

/** Address check: only US, Canadian and British issuers answer it. */
export function avsOf(card: Card, match: Match): CheckResult {
  if (!AVS_COUNTRIES.has(card.country)) return 'unavailable';
  return match === 'good' ? 'pass' : match === 'partial' ? 'partial' : 'fail';
}

export interface CardTry {
  entry: Entry;
  match: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** Apple Pay or Shop Pay for a wallet entry. */
  wallet?: 'apple_pay' | 'shop_pay';
  /** Off-session (a raffle win charged by the store): no CVC, no 3-D Secure. */
  offSession?: boolean;
}

export function cardAttempt(rng: Rng, card: Card, t: CardTry): Attempt {
  const method: Method = t.entry === 'wallet' ? (t.wallet ?? 'apple_pay') : 'card';
  const cvc: CheckResult =
    t.entry === 'saved' || method === 'shop_pay'
      ? 'unchecked'
      : method === 'apple_pay'
        ? 'unavailable'
        : t.decline === 'incorrect_cvc'
          ? 'fail'
          : 'pass';
  const avs: CheckResult = t.decline === 'incorrect_zip' ? avsOf(card, 'bad') : avsOf(card, t.match);
  const sca = SCA.has(card.country) && !t.offSession;
  const threeDS: ThreeDS | undefined = sca
    ? t.decline === 'authentication_failed'
      ? 'challenge_failed'
      : rng.chance(0.55)
        ? 'frictionless'
        : 'challenge_passed'
    : undefined;
  return cardPaymentAttempt({
    method,
    card,
    ok: t.ok,
    avs,
    cvc,
    threeDS,
    afterMs: t.afterMs,
    decline: t.decline,
  });
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

export const firstAuth = (rng: Rng): number => rng.int(3_000, 40_000);
export const retryGap = (rng: Rng): number => rng.int(25_000, 5 * MINUTE);

export interface Payer {
  cards: Card[];
  country: string;
  signedIn: boolean;
  match?: Match;
}

/**
 * How an honest customer pays: a card typed or saved, Apple Pay, Shop Pay, PayPal, Afterpay in four
 * instalments (US and Canada, $35–$2,000), or a store gift card. Abroad: cards, PayPal and Apple Pay. A decline
 * is retried as people do: the right CVC or ZIP, another card, PayPal; some give up.
 */
export function honestPay(rng: Rng, payer: Payer, amount: number, declineShare = 0.035): Attempt[] {
  const home = payer.country === 'US' || payer.country === 'CA';
  const method = rng.weightedPick<Method>([
    ['card', home ? 38 : 58],
    ['apple_pay', home ? 20 : 14],
    ['shop_pay', home ? (payer.signedIn ? 16 : 9) : 2],
    ['paypal', home ? 13 : 26],
    ['afterpay', home && amount >= 3500 && amount <= 200_000 ? 8 : 0],
    ['gift_card', home && amount < 30_000 ? 3 : 0],
  ]);
  const first = firstAuth(rng);
  const declined = rng.chance(declineShare);
  if (method === 'paypal' || method === 'afterpay' || method === 'gift_card') {
    if (!declined) return [other(method, true, first)];
    // Afterpay turns down a first-time limit; PayPal a funding source; the buyer pays by card instead.
    const card = payer.cards[0] ?? newCard(rng, payer.country);
    return [
      other(method, false, first, method === 'afterpay' ? 'card_declined' : 'do_not_honor'),
      cardAttempt(rng, card, {
        entry: 'typed',
        match: payer.match ?? 'good',
        ok: true,
        afterMs: retryGap(rng),
      }),
    ];
  }
  const card = rng.pick(payer.cards);
  const entry: Entry = method !== 'card' ? 'wallet' : payer.signedIn && rng.chance(0.55) ? 'saved' : 'typed';
  const wallet = method === 'shop_pay' ? 'shop_pay' : 'apple_pay';
  const base = { entry, wallet, match: payer.match ?? 'good' } as const;
  if (!declined) return [cardAttempt(rng, card, { ...base, ok: true, afterMs: first })];
  const why = rng.weightedPick<Decline>([
    ['insufficient_funds', 4],
    ['do_not_honor', 3],
    ['incorrect_cvc', entry === 'typed' ? 4 : 0],
    ['incorrect_zip', entry === 'typed' ? 2 : 0],
    ['expired_card', entry === 'saved' ? 3 : 1],
    ['authentication_failed', ['GB', 'DE', 'FR', 'NL'].includes(card.country) ? 4 : 0],
  ]);
  const out = [cardAttempt(rng, card, { ...base, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.12)) return out;
  if (why === 'incorrect_cvc' || why === 'incorrect_zip' || why === 'authentication_failed') {
    out.push(cardAttempt(rng, card, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  if (rng.chance(0.3)) {
    out.push(other('paypal', true, retryGap(rng)));
    return out;
  }
  const next = payer.cards.find((c) => c !== card) ?? newCard(rng, card.country);
  out.push(cardAttempt(rng, next, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  return out;
}

/**
 * What happens to an honest paid order: shipped in one to three days (drop pairs a little later), delivered
 * two to six days on (a week or two abroad), or ready in store and collected; e-gift cards e-mailed at once.
 * Now and then a cancellation, a size return refunded, a parcel lost and refunded, or a genuine dispute.
 */
export function honestAfter(rng: Rng, f: Fulfilment, amount: number, abroad: boolean): LaterEvent[] {
  if (f === 'email')
    return [{ type: 'order.updated', afterMs: rng.int(1, 10) * MINUTE, status: 'delivered' }];
  if (rng.chance(0.012))
    return [
      { type: 'order.cancelled', afterMs: rng.int(1, 20) * HOUR, reason: 'customer_request' },
      { type: 'refund.created', afterMs: rng.int(21, 30) * HOUR, reason: 'requested_by_customer' },
    ];
  if (f === 'pickup_la' || f === 'pickup_ny') {
    const ready = rng.int(2, 26) * HOUR;
    return [
      { type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' },
      { type: 'order.updated', afterMs: ready + rng.int(2, 96) * HOUR, status: 'collected' },
    ];
  }
  const ship = rng.int(16, 72) * HOUR;
  const delivered = ship + rng.int(abroad ? 5 : 2, abroad ? 14 : 6) * DAY;
  const out: LaterEvent[] = [
    { type: 'order.updated', afterMs: ship, status: 'shipped' },
    { type: 'order.updated', afterMs: delivered, status: 'delivered' },
  ];
  const r = rng.next();
  if (r < 0.06)
    out.push({
      type: 'refund.created',
      afterMs: delivered + rng.int(4, 21) * DAY,
      reason: 'returned',
      amount: Math.min(amount, rng.int(90, 220) * 100),
    });
  else if (r < 0.064)
    out.push({ type: 'refund.created', afterMs: delivered + rng.int(2, 8) * DAY, reason: 'lost_in_transit' });
  else if (r < 0.068)
    out.push({
      type: 'dispute.created',
      afterMs: delivered + rng.int(10, 40) * DAY,
      reason: rng.chance(0.6) ? 'product_not_received' : 'unrecognized',
    });
  return out;
}
