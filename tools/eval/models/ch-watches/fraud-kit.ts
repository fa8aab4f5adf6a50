import { type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { ipIn } from './build.js';
import { type HeldCard, type Match, stolenDecline } from './cards.js';
import { type Basket, chfOf, type Fulfilment } from './catalogue.js';
import { type NetKind } from './networks.js';
import { emailFor, THROWAWAY } from './people.js';
import { type Region } from './places.js';
import {
  type Attempt,
  cardAttempt,
  DAY,
  delivery,
  firstAuth,
  HOUR,
  type LaterEvent,
  MINUTE,
  type ThreeDS,
} from './purchase.js';

/** What the fraud planners share: how stolen cards are tried, how fraudsters mail and connect, what follows. */

/** Where a careful fraudster appears to be: a residential proxy in the cardholder's country. */
export function fraudIp(rng: Rng, careful: boolean, country: string): string {
  if (careful) return ipIn(rng, country, rng.chance(0.2) ? 'mobile' : 'home');
  const [where, kind] = rng.weightedPick<readonly [string, NetKind]>([
    [['DE', 'hosting'], 18],
    [['NL', 'hosting'], 16],
    [['US', 'hosting'], 16],
    [['GB', 'hosting'], 8],
    [['CH', 'hosting'], 6],
    [['FI', 'hosting'], 6],
    [['RO', 'home'], 10],
    [['NG', 'mobile'], 8],
    [['TR', 'home'], 6],
    [[country, 'home'], 6],
  ]);
  return ipIn(rng, where, kind);
}

/** A fraudster's mail: the cardholder's name at a big provider (careful), or a throwaway or random inbox. */
export function fraudEmail(rng: Rng, careful: boolean, name: string, country: string): string {
  if (careful)
    return emailFor(
      rng,
      name,
      country,
      rng.weightedPick<string>([
        ['gmail.com', 60],
        ['outlook.com', 20],
        ['proton.me', 12],
        ['icloud.com', 8],
      ]),
    );
  const local = rng.chance(0.5)
    ? `${rng.token(rng.int(6, 10))}${rng.digits(2)}`
    : `${name.split(' ')[0]?.toLowerCase() ?? 'x'}${rng.digits(4)}`;
  return `${local}@${rng.chance(0.55) ? rng.pick(THROWAWAY) : rng.pick(['gmail.com', 'outlook.com', 'mail.com'])}`;
}

/** Issuers whose cards are nearly always challenged on a large amount. */
const CHALLENGING = (country: string) => country !== 'US';

/**
 * Stolen cards tried in turn until one goes through: a challenge the fraudster cannot answer fails, unless the
 * holder's one-time code was phished (`otp` chance); US cards mostly pass without a challenge; issuers decline
 * cards already reported. Returns the attempts (the last one may succeed).
 */
export function stolenAttempts(
  rng: Rng,
  cards: readonly HeldCard[],
  basket: Basket,
  o: { otp: number; match: Match; issuerOk?: number; entry?: 'typed' | 'saved' },
): Attempt[] {
  const chf = chfOf(basket.amount, basket.currency);
  const out: Attempt[] = [];
  let after = firstAuth(rng);
  for (const card of cards) {
    const challenged = CHALLENGING(card.country) ? rng.chance(chf > 500 ? 0.9 : 0.5) : rng.chance(0.15);
    const passes = challenged ? rng.chance(o.otp) : true;
    const issuerOk = rng.chance(o.issuerOk ?? 0.7);
    const ok = passes && issuerOk;
    const threeDS: ThreeDS | undefined = challenged
      ? passes
        ? 'challenge_passed'
        : 'challenge_failed'
      : card.country === 'US'
        ? rng.chance(0.8)
          ? 'frictionless'
          : 'not_enrolled'
        : 'frictionless';
    const decline = ok ? undefined : !passes ? 'authentication_failed' : stolenDecline(rng);
    out.push(
      cardAttempt(rng, card, chf, {
        ok,
        ...(decline ? { decline } : {}),
        afterMs: after,
        match: o.match,
        threeDS: decline === 'incorrect_cvc' ? undefined : threeDS,
        ...(o.entry ? { entry: o.entry } : {}),
      }),
    );
    if (ok) break;
    after = rng.int(20_000, 5 * MINUTE);
  }
  return out;
}

export interface AfterFraud {
  fulfilment: Fulfilment;
  region: Region;
  /** Stopped in review before dispatch: cancelled and refunded. */
  caught: number;
  /** The issuer's early fraud warning. */
  warning: number;
  /** The cardholder's dispute, and its reason. */
  dispute: number;
  reason?: string;
  /** When a caught order is cancelled, and why. */
  cancelReason?: string;
  /** A new delivery address asked for after checkout. */
  redirect?: Address;
}

/**
 * What follows a paid fraudulent order: stopped in review (cancelled, refunded), or delivered and then the
 * issuer's warning and the cardholder's dispute weeks later.
 */
export function fraudAfter(rng: Rng, a: AfterFraud): LaterEvent[] {
  if (rng.chance(a.caught)) {
    const at = rng.int(2, 30) * HOUR;
    return [
      { type: 'order.cancelled', afterMs: at, reason: a.cancelReason ?? 'suspected_fraud' },
      {
        type: 'refund.created',
        afterMs: at + rng.int(5, 60) * MINUTE,
        reason:
          a.cancelReason === 'sanctions_screening' || a.cancelReason === 'reseller_policy'
            ? 'requested_by_merchant'
            : 'fraudulent',
      },
    ];
  }
  const out = delivery(rng, a.fulfilment, a.region, false);
  if (a.redirect) out.push({ type: 'order.updated', afterMs: rng.int(1, 10) * HOUR, shipping: a.redirect });
  const landed =
    out.find((l) => l.status === 'delivered' || l.status === 'sent' || l.status === 'collected')?.afterMs ??
    DAY;
  if (rng.chance(a.warning))
    out.push({ type: 'fraud_warning.created', afterMs: landed + rng.int(3, 21) * DAY, reason: 'fraudulent' });
  if (rng.chance(a.dispute))
    out.push({
      type: 'dispute.created',
      afterMs: landed + rng.int(12, 55) * DAY,
      reason: a.reason ?? 'fraudulent',
    });
  return out;
}
