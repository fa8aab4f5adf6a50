import {
  type Address,
  type Buyer,
  DAY,
  type Device,
  HOUR,
  type LaterType,
  MINUTE,
  otherAttempt,
  type PaymentAttempt,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import {
  abroadDecline,
  avs,
  cuotas,
  cvc,
  type Decline,
  type Entry,
  type HeldCard,
  homeDecline,
  type Match,
  newCard,
} from './cards.js';
import { type Basket } from './catalogue.js';

/** One planned purchase before events.ts renders it; how people pay, and what happens after checkout. */

export { DAY, HOUR, MINUTE };

/**
 * How it is paid: at home a card (in cuotas when credit), PSE bank transfer, the Nequi and Daviplata wallets,
 * an Efecty cash voucher (paid later at a counter, or left to expire), cash on delivery, or an invoice for
 * businesses; abroad a card, PayPal or Apple Pay.
 */
export type Method =
  'card' | 'pse' | 'nequi' | 'daviplata' | 'efecty' | 'cod' | 'invoice' | 'paypal' | 'apple_pay';
export type ThreeDS =
  'frictionless' | 'challenge_passed' | 'challenge_failed' | 'exempt' | 'not_enrolled' | 'attempted';
export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard> & {
  installments?: number;
  /** The bank a PSE payment went through. */
  bank?: string;
};

/** Methods paid after the order: the voucher at a counter, cash at the door, the invoice by transfer. */
export type Deferred = 'efecty' | 'cod' | 'invoice';

/** Something after checkout: the kit's steps, a settling payment (with its method), a fulfilment status. */
export interface LaterEvent {
  type: LaterType | 'payment.succeeded' | 'payment.failed';
  afterMs: number;
  reason?: string;
  amount?: number;
  shipping?: Address;
  status?: string;
  method?: Method;
}

export type Fulfilment =
  | 'messenger'
  | 'national_courier'
  | 'carrier_office'
  | 'shop_pickup'
  | 'freight'
  | 'international_express'
  | 'international_post'
  | 'preorder'
  | 'digital';

export type Channel = 'web' | 'subscription' | 'b2b_portal';

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  fulfilment: Fulfilment;
  carrier?: string;
  /** Absent for renewals the store charges itself. */
  ip?: string;
  device?: Device;
  locale: string;
  channel: Channel;
  /** The method chosen at checkout. */
  method: Method;
  giftNote?: string;
  company?: { name: string; nit: string };
  documentType?: string;
  renewal?: boolean;
}

/** Which gateway takes the money: the Colombian one for pesos, the international one for dollars and euros. */
export const gatewayOf = (b: Basket): 'COP' | 'INTL' => (b.currency === 'COP' ? 'COP' : 'INTL');

const EEA_GB = new Set(['ES', 'DE', 'FR', 'NL', 'IT', 'PT', 'GB', 'CH']);

/**
 * 3-D Secure: the peso gateway asks it of some issuers (frictionless or not enrolled mostly); the international
 * gateway authenticates European cards under PSD2 (challenges, small-amount exemptions) and US and Canadian cards
 * mostly without friction.
 */
export function secure(rng: Rng, card: HeldCard, b: Basket, ok: boolean): ThreeDS {
  if (b.currency === 'COP')
    return card.country === 'CO'
      ? rng.weighted({ not_enrolled: 55, frictionless: 30, challenge_passed: ok ? 15 : 0 })
      : rng.weighted({ not_enrolled: 40, attempted: 35, frictionless: 25 });
  if (EEA_GB.has(card.country)) {
    if (b.amount < 3000 && rng.chance(0.5)) return 'exempt';
    return rng.chance(ok ? 0.55 : 0.3) ? 'challenge_passed' : 'frictionless';
  }
  return rng.weighted({ frictionless: 70, not_enrolled: 18, challenge_passed: 12 });
}

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline | undefined;
  afterMs: number;
  threeDS?: ThreeDS;
  installments?: number;
}

/** A card authorisation (typed, saved, Apple Pay or off-session) with its checks and cuotas. */
export function cardAttempt(rng: Rng, card: HeldCard, b: Basket, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const authFailed = t.decline === 'authentication_failed';
  const threeDS =
    t.threeDS ??
    (entry === 'off_session' ? undefined : authFailed ? 'challenge_failed' : secure(rng, card, b, t.ok));
  const installments = b.currency === 'COP' ? (t.installments ?? cuotas(rng, card, b.amount)) : undefined;
  return {
    method: entry === 'wallet' ? 'apple_pay' : 'card',
    card,
    ok: t.ok,
    avs: avs(rng, card, gatewayOf(b), t.match ?? 'good'),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    ...(threeDS ? { threeDS } : {}),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
    ...(installments !== undefined ? { installments } : {}),
  };
}

export const PSE_BANKS = [
  'Bancolombia',
  'Davivienda',
  'Banco de Bogotá',
  'BBVA Colombia',
  'Banco de Occidente',
  'Nequi',
  'Scotiabank Colpatria',
  'Banco Popular',
  'Banco Caja Social',
  'Nu Colombia',
];

/** A payment without a card: PSE (through a bank), a wallet, PayPal, or a deferred settlement. */
export function other(
  method: Method,
  ok: boolean,
  afterMs: number,
  decline?: Decline,
  bank?: string,
): Attempt {
  return { ...otherAttempt(method, ok, afterMs, decline), ...(bank ? { bank } : {}) };
}

export const firstAuth = (rng: Rng): number => rng.int(8_000, 70_000);
export const retryGap = (rng: Rng): number => rng.int(40_000, 8 * MINUTE);
/** PSE sends the buyer to their bank's site: a few minutes before the answer comes back. */
export const pseTime = (rng: Rng): number => rng.int(70_000, 7 * MINUTE);
/** Nequi and Daviplata push a notification to approve in the app. */
export const walletTime = (rng: Rng): number => rng.int(30_000, 4 * MINUTE);

export const pseBank = (rng: Rng): string =>
  rng.weightedPick(PSE_BANKS.map((b, i) => [b, i === 0 ? 40 : i < 3 ? 14 : 5] as const));

export interface Payer {
  cards: HeldCard[];
  signedIn: boolean;
  match?: Match;
}

/** The time the attempts take, as the kit adds them up (at least a second each). */
export const attemptsEnd = (attempts: readonly Attempt[]): number =>
  attempts.reduce((s, a) => s + Math.max(1000, Math.floor(a.afterMs)), 0);

/**
 * An honest Colombian paying in pesos with `method`: cards are declined often (a debit card not enabled for
 * online purchases, no funds, the bank's own fraud filter) and people switch to PSE or Nequi, or call the bank
 * and try again; PSE is abandoned at the bank now and then; wallet approvals time out.
 */
export function homePay(rng: Rng, payer: Payer, b: Basket, method: Method): Attempt[] {
  const first = firstAuth(rng);
  if (method === 'pse') {
    const bank = pseBank(rng);
    if (!rng.chance(0.07)) return [other('pse', true, pseTime(rng), undefined, bank)];
    const why = rng.chance(0.6) ? 'pse_abandoned' : 'pse_rejected';
    const out = [other('pse', false, pseTime(rng), why, bank)];
    if (rng.chance(0.12)) return out;
    out.push(
      rng.chance(0.7)
        ? other('pse', true, pseTime(rng), undefined, bank)
        : other('nequi', true, walletTime(rng)),
    );
    return out;
  }
  if (method === 'nequi' || method === 'daviplata') {
    if (!rng.chance(0.06)) return [other(method, true, walletTime(rng))];
    const why = rng.chance(0.6) ? 'wallet_timeout' : 'insufficient_funds';
    const out = [other(method, false, walletTime(rng), why)];
    if (rng.chance(0.1)) return out;
    out.push(
      rng.chance(0.6)
        ? other(method, true, walletTime(rng))
        : other('pse', true, pseTime(rng), undefined, pseBank(rng)),
    );
    return out;
  }
  if (method === 'paypal') return [other('paypal', true, first)];
  const card = rng.pick(payer.cards);
  const entry: Entry = payer.signedIn && rng.chance(0.55) ? 'saved' : 'typed';
  const base = { entry, match: payer.match ?? 'good' } as const;
  const declined = rng.chance(card.funding === 'debit' ? 0.14 : 0.08);
  if (!declined) return [cardAttempt(rng, card, b, { ...base, ok: true, afterMs: first })];
  const why = homeDecline(rng, card);
  const out = [cardAttempt(rng, card, b, { ...base, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.12)) return out;
  if (why === 'incorrect_cvc')
    out.push(cardAttempt(rng, card, b, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  else if (rng.chance(0.5))
    out.push(
      rng.chance(0.75)
        ? other('pse', true, pseTime(rng), undefined, pseBank(rng))
        : other('nequi', true, walletTime(rng)),
    );
  else if (why === 'transaction_not_allowed' || why === 'do_not_honor')
    // Called the bank (or enabled online purchases in the app) and tried the same card again.
    out.push(
      cardAttempt(rng, card, b, { ...base, entry: 'typed', ok: true, afterMs: rng.int(4, 25) * MINUTE }),
    );
  else {
    const next = payer.cards.find((c) => c !== card) ?? newCard(rng, 'CO', 'credit');
    out.push(cardAttempt(rng, next, b, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  }
  return out;
}

/**
 * An honest buyer paying by card, PayPal or Apple Pay on the international gateway (or a foreign card on the
 * peso gateway): European cards are challenged, some challenges fail, and people retry or switch to PayPal.
 */
export function abroadPay(
  rng: Rng,
  payer: Payer,
  b: Basket,
  method: 'card' | 'paypal' | 'apple_pay',
): Attempt[] {
  const first = firstAuth(rng);
  const declined = rng.chance(b.currency === 'COP' ? 0.12 : 0.05);
  if (method === 'paypal') {
    if (!declined) return [other('paypal', true, first)];
    return [other('paypal', false, first, 'paypal_declined'), other('paypal', true, retryGap(rng))];
  }
  const card = rng.pick(payer.cards);
  const entry: Entry =
    method === 'apple_pay' ? 'wallet' : payer.signedIn && rng.chance(0.5) ? 'saved' : 'typed';
  const base = { entry, match: payer.match ?? 'good' } as const;
  if (!declined) return [cardAttempt(rng, card, b, { ...base, ok: true, afterMs: first })];
  const why = abroadDecline(rng);
  const out = [cardAttempt(rng, card, b, { ...base, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.1)) return out;
  if (why === 'incorrect_cvc' || why === 'authentication_failed')
    out.push(cardAttempt(rng, card, b, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  else if (rng.chance(0.5)) out.push(other('paypal', true, retryGap(rng)));
  else {
    const next = payer.cards.find((c) => c !== card) ?? newCard(rng, card.country, 'credit');
    out.push(cardAttempt(rng, next, b, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  }
  return out;
}

/** An unpaid checkout is released 30–60 minutes after the last failed try. */
export const released = (rng: Rng, attempts: readonly Attempt[]): LaterEvent => ({
  type: 'order.cancelled',
  afterMs: attemptsEnd(attempts) + rng.int(30, 60) * MINUTE,
  reason: 'payment_failed',
});

/** The later steps of a purchase: as planned once paid, else its release. */
export const unlessUnpaid = (
  rng: Rng,
  attempts: readonly Attempt[],
  paidLater: LaterEvent[],
): LaterEvent[] => (attempts.some((a) => a.ok) ? paidLater : [released(rng, attempts)]);
