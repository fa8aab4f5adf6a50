import { type CheckResult } from '@vigil/contracts';
import { DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { AVS_COUNTRIES, type Card, isLocalCard } from './cards.js';
import { type Market } from './markets.js';
import { type Attempt, type Authentication, type Later, type Method } from './purchase.js';

/**
 * How each way of paying plays out: card authorisations with 3-D Secure (OTP) and the declines local and
 * foreign issuers give; M-Pesa and MoMo prompts on the phone; bank transfers to a one-time account and USSD
 * that settle minutes later or lapse; pay on delivery, settled at the door days later or refused.
 */

/** How shoppers in each market pay (honest mix, before a kind bends it). */
export const METHOD_MIX: Record<Market, Partial<Record<Method, number>>> = {
  NG: { card: 44, bank_transfer: 24, ussd: 8, pay_on_delivery: 22, mtn_momo: 2 },
  KE: { mpesa: 64, card: 26, pay_on_delivery: 10 },
  ZA: { card: 74, bank_transfer: 21, pay_on_delivery: 5 },
  GH: { mtn_momo: 56, card: 30, pay_on_delivery: 10, bank_transfer: 4 },
};

/** Pay on delivery only in big cities, and up to a ceiling (major units). */
export const POD_LIMIT: Record<Market, number> = { NG: 600_000, KE: 60_000, ZA: 8_000, GH: 6_000 };

export function pickMethod(rng: Rng, m: Market, bigCity: boolean, amount: number, digital: boolean): Method {
  const mix = { ...METHOD_MIX[m] };
  if (!bigCity || digital || amount > POD_LIMIT[m] * 100) delete mix.pay_on_delivery;
  return rng.weighted(mix as Record<Method, number>);
}

const avsFor = (card: Card, billingMatches: boolean): CheckResult =>
  AVS_COUNTRIES.has(card.country) ? (billingMatches ? 'pass' : 'fail') : 'unavailable';

export interface CardTry {
  ok: boolean;
  decline?: string;
  threeDSecure?: Authentication;
  cvc?: CheckResult;
  billingMatches?: boolean;
  afterMs?: number;
}

/** One card authorisation; local cards always go through the OTP, foreign ones mostly (unknown numbers never reach it). */
export function cardAttempt(rng: Rng, card: Card, t: CardTry): Attempt {
  const auth: Authentication =
    t.threeDSecure ??
    (t.decline === 'authentication_failed'
      ? 'failed'
      : isLocalCard(card)
        ? 'authenticated'
        : rng.weighted({ authenticated: 78, frictionless: 14, attempted: 5, not_enrolled: 3 }));
  const unknownCard = t.decline === 'incorrect_number' || t.decline === 'expired_card';
  return {
    method: 'card',
    card,
    ok: t.ok,
    avs: avsFor(card, t.billingMatches ?? true),
    cvc: t.cvc ?? (t.decline === 'incorrect_cvc' ? 'fail' : 'pass'),
    ...(unknownCard ? {} : { threeDSecure: auth }),
    afterMs: t.afterMs ?? rng.int(25_000, 150_000),
    ...(t.decline ? { decline: t.decline } : {}),
  };
}

/** Why an honest card payment fails: the OTP above all, then money, then the issuer or the switch. */
export function honestCardDecline(rng: Rng, card: Card): string {
  if (!isLocalCard(card))
    return rng.weighted({
      do_not_honor: 40,
      authentication_failed: 25,
      insufficient_funds: 20,
      incorrect_cvc: 15,
    });
  return rng.weighted({
    authentication_failed: 38,
    insufficient_funds: 26,
    do_not_honor: 10,
    issuer_unavailable: 12,
    transaction_limit_exceeded: 8,
    incorrect_cvc: 6,
  });
}

const WALLET_DECLINES = {
  request_cancelled_by_user: 35,
  prompt_timeout: 30,
  insufficient_balance: 25,
  wrong_pin: 10,
};

/** An M-Pesa / MoMo prompt answered on the phone (no card). */
export function walletAttempt(rng: Rng, method: Method, ok: boolean, decline?: string): Attempt {
  return {
    method,
    ok,
    avs: 'unavailable',
    cvc: 'unavailable',
    afterMs: rng.int(20_000, 110_000),
    ...(ok ? {} : { decline: decline ?? rng.weighted(WALLET_DECLINES) }),
  };
}

/** A bank transfer or USSD payment: lands minutes later, or the one-time account lapses. */
export function transferAttempt(rng: Rng, method: Method, ok: boolean): Attempt {
  return {
    method,
    ok,
    avs: 'unavailable',
    cvc: 'unavailable',
    afterMs: ok ? Math.min(6 * HOUR, Math.floor(rng.logNormal(9 * MINUTE, 0.9))) : 60 * MINUTE,
    ...(ok ? {} : { decline: method === 'ussd' ? 'ussd_session_expired' : 'transfer_window_expired' }),
  };
}

export interface Payment {
  method: Method;
  attempts: Attempt[];
  later: Later[];
}

/**
 * An honest shopper's payment: they retry after a decline (the same card after a fresh OTP, another card, or
 * they switch to mobile money or a transfer), and most get through; a few give up and the order lapses.
 * `cards` are the shopper's own, first one preferred.
 */
export function honestPayment(
  rng: Rng,
  m: Market,
  method: Method,
  cards: readonly Card[],
  {
    failRate = 0.12,
    billingMatches = true,
    firstFails = false,
  }: { failRate?: number; billingMatches?: boolean; firstFails?: boolean } = {},
): Payment {
  if (method === 'pay_on_delivery') return { method, attempts: [], later: podOutcome(rng, 0.06) };
  const attempts: Attempt[] = [];
  const later: Later[] = [];
  let current = method;
  let cardIndex = 0;
  for (let i = 0; i < 4; i++) {
    const fails = i === 0 && firstFails ? true : rng.chance(i === 0 ? failRate : failRate * 0.7);
    const last = i === 3 || (fails && rng.chance(firstFails ? 0.03 : 0.08));
    const card = cards[cardIndex] ?? cards[0];
    if (current === 'card' && card) {
      const decline = fails ? honestCardDecline(rng, card) : undefined;
      attempts.push(cardAttempt(rng, card, { ok: !fails, billingMatches, ...(decline ? { decline } : {}) }));
    } else if (current === 'mpesa' || current === 'mtn_momo')
      attempts.push(walletAttempt(rng, current, !fails));
    else if (current === 'bank_transfer' || current === 'ussd')
      attempts.push(transferAttempt(rng, current, !fails));
    else break;
    if (!fails) return { method, attempts, later };
    if (last) break;
    const next = rng.weighted({ same: 45, other_card: cards.length > 1 ? 20 : 0, switch: 35 });
    if (next === 'other_card') [current, cardIndex] = ['card', cardIndex + 1];
    else if (next === 'switch')
      current =
        m === 'KE' ? 'mpesa' : m === 'GH' ? 'mtn_momo' : current === 'card' ? 'bank_transfer' : 'card';
    if (current === 'card' && cards.length === 0) current = m === 'KE' ? 'mpesa' : 'bank_transfer';
  }
  later.push({ type: 'order.cancelled', afterMs: rng.int(2, 26) * HOUR, reason: 'payment_not_completed' });
  return { method, attempts, later };
}

/** Pay on delivery: paid at the door one to four days later, or refused / unreachable and cancelled. */
export function podOutcome(rng: Rng, refusal: number): Later[] {
  const afterMs = Math.floor(rng.float(0.8, 4) * DAY);
  if (rng.chance(refusal))
    return [
      {
        type: 'order.cancelled',
        afterMs,
        reason: rng.pick(['delivery_refused', 'customer_unreachable', 'failed_delivery']),
      },
    ];
  return [{ type: 'payment.succeeded', afterMs, method: 'pay_on_delivery' }];
}
