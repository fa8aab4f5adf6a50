import { DAY, HOUR, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { challenges, type Decline, type HeldCard, type Match } from './cards.js';
import { type Fulfilment } from './catalogue.js';
import {
  type Attempt,
  attemptsTook,
  cardAttempt,
  firstTry,
  journey,
  type LaterEvent,
  paidNow,
  unpaidRelease,
} from './purchase.js';

/** What fraud has in common: stolen cards at the payment page, and what the shop and the issuers do afterwards. */

export { DAY, HOUR, MINUTE };

export interface StolenUse {
  match: Match;
  /** Chance an unchallenged authorisation goes through (the card is live and has room). */
  okShare: number;
  /** Chance the fraudster has the cardholder's OTP (phished, or a swapped SIM). */
  otpShare?: number;
  entry?: 'typed' | 'saved';
}

/**
 * Stolen cards tried one after another until one goes through: the issuer's challenge stops a fraudster
 * without the cardholder's phone; otherwise the card is live or it is not.
 */
export function stolenAttempts(rng: Rng, cards: readonly HeldCard[], use: StolenUse): Attempt[] {
  const out: Attempt[] = [];
  let after = firstTry(rng);
  for (const card of cards) {
    const base = { match: use.match, entry: use.entry ?? 'typed', afterMs: after } as const;
    const challenged = challenges(rng, card);
    if (challenged && !rng.chance(use.otpShare ?? 0.08)) {
      out.push(
        cardAttempt(rng, card, {
          ...base,
          ok: false,
          decline: 'authentication_failed',
          threeDS: 'challenge_failed',
        }),
      );
    } else if (rng.chance(use.okShare)) {
      const threeDS = challenged ? 'challenge_passed' : rng.chance(0.3) ? 'attempted' : 'frictionless';
      out.push(cardAttempt(rng, card, { ...base, ok: true, threeDS }));
      return out;
    } else {
      const decline = rng.weightedPick<Decline>([
        ['do_not_honor', 30],
        ['stolen_card', 15],
        ['lost_card', 8],
        ['insufficient_funds', 20],
        ['pickup_card', 5],
        ['invalid_account', 7],
        ['incorrect_cvc', use.entry === 'saved' ? 0 : 8],
        ['expired_card', 7],
      ]);
      out.push(cardAttempt(rng, card, { ...base, ok: false, decline }));
    }
    after = rng.int(15_000, 3 * MINUTE);
  }
  return out;
}

export interface Aftermath {
  /** Chance the shop's own review stops it before it leaves. */
  caught: number;
  /** Chance of an issuer's early fraud warning, and when (days after payment). */
  warn: number;
  warnDays?: readonly [number, number];
  /** Chance the cardholder disputes, when (days after payment) and why. */
  dispute: number;
  disputeDays?: readonly [number, number];
  reason?: string;
}

/**
 * What follows a fraudulent card order: released unpaid; or cancelled by the shop's review (refunded); or
 * handed over, then an early fraud warning and the cardholder's dispute weeks later.
 */
export function cardFraudAfter(
  rng: Rng,
  f: Fulfilment,
  attempts: readonly Attempt[],
  a: Aftermath,
): LaterEvent[] {
  if (!paidNow(attempts)) return unpaidRelease(rng, attempts);
  const from = attemptsTook(attempts);
  const out: LaterEvent[] = [];
  const [w0, w1] = a.warnDays ?? [3, 18];
  const [d0, d1] = a.disputeDays ?? [20, 65];
  if (rng.chance(a.caught)) {
    out.push({ type: 'order.cancelled', afterMs: from + rng.int(1, 14) * HOUR, reason: 'suspected_fraud' });
    if (rng.chance(a.warn * 0.6))
      out.push({
        type: 'fraud_warning.created',
        afterMs: from + rng.int(w0, w1) * DAY,
        reason: 'fraudulent',
      });
    return out;
  }
  out.push(...journey(rng, f, from).steps);
  if (rng.chance(a.warn))
    out.push({
      type: 'fraud_warning.created',
      afterMs: from + rng.int(w0, w1) * DAY + rng.int(0, 23) * HOUR,
      reason: 'fraudulent',
    });
  if (rng.chance(a.dispute))
    out.push({
      type: 'dispute.created',
      afterMs: from + rng.int(d0, d1) * DAY + rng.int(0, 23) * HOUR,
      reason: a.reason ?? 'fraudulent',
    });
  return out;
}

/** Throwaway mailboxes: a name and digits, or letters, on a free provider. */
export function throwaway(rng: Rng, name?: string): string {
  const local = name
    ? `${name.toLowerCase().replace(/[^a-z]/g, '')}${rng.int(10, 9999)}`
    : `${rng.token(rng.int(6, 10), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(1, 4))}`;
  return `${local}@${rng.weightedPick([
    ['gmail.com', 55],
    ['outlook.com', 12],
    ['yahoo.com', 10],
    ['mail.com', 8],
    ['proton.me', 8],
    ['hotmail.com', 7],
  ] as const)}`;
}

/** `count` moments from about `t`, each `gap` after the last, all inside the window. */
export function burst(
  rng: Rng,
  t: number,
  count: number,
  gap: readonly [number, number],
  w: Window,
): number[] {
  let at = Math.max(w.start, Math.min(t, w.end - count * gap[1] - 1)) - gap[0];
  return Array.from({ length: count }, () => Math.max(w.start, (at += rng.int(gap[0], gap[1]))));
}
