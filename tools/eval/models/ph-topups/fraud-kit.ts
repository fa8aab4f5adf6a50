import { type Rng } from '../kit/random.js';
import { type Draft, purchaseOf } from './build.js';
import { type Decline, type HeldCard, type Match, stolenCardDecline } from './cards.js';
import { type Basket } from './catalogue.js';
import { ipIn } from './networks.js';
import {
  type Attempt,
  cardAttempt,
  chargebacks,
  deliveryOf,
  type LaterEvent,
  type Purchase,
  type ThreeDS,
} from './purchase.js';

/** What the fraud planners share: labelling, stolen-card tries, hosting exits, what follows a paid order. */

/** A fraudulent purchase from its parts. */
export const fraudPurchase = (d: Omit<Draft, 'fraud'>): Purchase => purchaseOf({ ...d, fraud: true });

/** A VPN or proxy exit in a hosting range. */
export const hostingIp = (rng: Rng, countries: readonly string[] = ['NL', 'DE', 'US', 'SG']): string =>
  ipIn(rng, rng.pick(countries), 'hosting');

/**
 * How a stolen card's 3-D Secure went when the charge went through without the holder: no challenge at all (every
 * Philippine issuer is enrolled, so for their cards only the issuer's risk check can let it through).
 */
export const unchallenged = (rng: Rng, card: HeldCard): ThreeDS =>
  card.country === 'PH' || rng.chance(0.75) ? 'frictionless' : 'not_enrolled';

/** Cards that can go through without a challenge: US and Canadian issuers mostly, a few elsewhere. */
export const passesWithoutOtp = (card: HeldCard): number =>
  card.country === 'US' || card.country === 'CA' ? 0.55 : card.country === 'PH' ? 0.06 : 0.2;

export interface StolenTries {
  /** The chance each card goes through (once its number, code and address are right). */
  chance: (card: HeldCard) => number;
  match: Match;
  /** Gap before the first try, and between tries. */
  first: number;
  gap: () => number;
  /** The holder's OTP is in hand (phished): the challenge is passed. */
  otp?: boolean;
}

/**
 * A card per try until one goes through: each fails with the issuer's refusal, a wrong code or the challenge it
 * cannot answer, or passes without a challenge (or with the phished OTP).
 */
export function stolenTries(rng: Rng, cards: readonly HeldCard[], t: StolenTries): Attempt[] {
  const out: Attempt[] = [];
  let after = t.first;
  for (const card of cards) {
    const ok = rng.chance(t.chance(card));
    if (ok) {
      out.push(
        cardAttempt(rng, card, {
          ok,
          afterMs: after,
          match: t.match,
          threeDS: t.otp ? 'challenge_passed' : unchallenged(rng, card),
        }),
      );
      return out;
    }
    const why: Decline = t.otp
      ? rng.pick(['do_not_honor', 'insufficient_funds', 'generic_decline'] as const)
      : stolenCardDecline(rng);
    const threeDS: ThreeDS =
      why === 'authentication_failed'
        ? 'challenge_failed'
        : t.otp
          ? 'challenge_passed'
          : unchallenged(rng, card);
    out.push(cardAttempt(rng, card, { ok, afterMs: after, match: t.match, decline: why, threeDS }));
    after = t.gap();
  }
  return out;
}

/** Delivered at once if paid, then the issuer's warning and the chargeback with their chances. */
export function fraudAfter(
  rng: Rng,
  basket: Basket,
  warning: number,
  dispute: number,
  reason = 'fraudulent',
): LaterEvent[] {
  const instant = basket.lines.filter((l) => l.category !== 'bill');
  return [
    ...deliveryOf(
      rng,
      {
        instant: instant.length > 0,
        bills: instant.length < basket.lines.length,
        lineAmount: instant[0] ? instant[0].price * instant[0].quantity : basket.amount,
      },
      { late: 0.03, failed: 0.01 },
    ),
    ...chargebacks(rng, warning, dispute, reason),
  ];
}

/** `count` split into runs of `min`–`max` (the last may be shorter). */
export function runs(rng: Rng, count: number, min: number, max: number): number[] {
  const out: number[] = [];
  let left = count;
  while (left > 0) {
    const n = Math.min(left, rng.int(min, max));
    out.push(n);
    left -= n;
  }
  return out;
}
