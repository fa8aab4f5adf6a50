import { type Rng } from '../kit/random.js';
import { type World } from './accounts.js';
import { drawTime, type HourCurve } from './calendar.js';
import { type Decline, type Entry, type HeldCard, type Match, type ThreeDS } from './cards.js';
import { network, type Network, type NetworkName } from './networks.js';
import { cardAttempt, DAY, HOUR, type Attempt, type LaterEvent, retryGap } from './purchase.js';
import { fraudDay } from './seasons.js';

/** What the fraud kinds share: when they strike, where they connect from, how stolen cards go, how it ends. */

export const fraudAt = (rng: Rng, w: World, hours: HourCurve): number =>
  drawTime(rng, w.window, 'uk', fraudDay, hours);

/** Exits fraud uses: datacentre VPNs, British residential proxies and phones, and crews' own connections. */
export function fraudNetwork(rng: Rng, mix: ReadonlyArray<readonly [NetworkName, number]>): Network {
  return network(rng.weightedPick(mix));
}

export const PROXIED_GB: ReadonlyArray<readonly [NetworkName, number]> = [
  ['gb-mobile', 30],
  ['gb-home-fibre', 15],
  ['gb-home-cable', 12],
  ['gb-home-dsl', 8],
  ['gb-hosting', 10],
  ['nl-hosting', 10],
  ['us-hosting', 8],
  ['de-hosting', 7],
];

const STOLEN_DECLINES: ReadonlyArray<readonly [Decline, number]> = [
  ['do_not_honor', 30],
  ['fraudulent', 18],
  ['authentication_failed', 20],
  ['card_velocity_exceeded', 8],
  ['insufficient_funds', 10],
  ['stolen_card', 8],
  ['lost_card', 6],
];

const SCA = new Set(['GB', 'IE', 'DE', 'FR', 'NL', 'BE', 'ES', 'IT', 'SE']);

export interface StolenTries {
  /** How the billing address typed matches the issuer's. */
  match: Match;
  /** Chance each card before the last is declined; the last is declined at `lastFails`. */
  fails: number;
  lastFails: number;
  entry?: Entry;
}

/**
 * Stolen cards tried one after another until one goes through: declined by the issuer's fraud screens or at
 * 3-D Secure, or through on a frictionless pass, an exemption, or a one-time code phished from the owner.
 */
export function stolenTries(rng: Rng, cards: readonly HeldCard[], amount: number, t: StolenTries): Attempt[] {
  const out: Attempt[] = [];
  for (const [i, card] of cards.entries()) {
    const last = i === cards.length - 1;
    const ok = !rng.chance(last ? t.lastFails : t.fails);
    const decline = ok ? undefined : rng.weightedPick(STOLEN_DECLINES);
    let threeDS: ThreeDS | undefined;
    if (ok && SCA.has(card.country))
      threeDS = rng.weightedPick<ThreeDS>([
        ['frictionless', 55],
        ['challenge_passed', 30],
        ['exempt', 15],
      ]);
    out.push(
      cardAttempt(rng, card, amount, {
        entry: t.entry ?? 'typed',
        match: t.match,
        ok,
        afterMs: i === 0 ? rng.int(15_000, 90_000) : retryGap(rng) / 3,
        ...(decline ? { decline } : {}),
        ...(threeDS ? { threeDS } : {}),
      }),
    );
    if (ok) break;
  }
  return out;
}

export interface Chargeback {
  /** Chance of an issuer's early fraud warning. */
  warn: number;
  /** Chance of a dispute; otherwise, after a warning, the shop refunds at `refundAfterWarning`. */
  dispute: number;
  refundAfterWarning?: number;
  reason?: string;
}

/** After the goods went: the cardholder sees the statement, the issuer warns, then disputes. */
export function chargeback(rng: Rng, from: number, c: Chargeback): LaterEvent[] {
  const out: LaterEvent[] = [];
  const warned = rng.chance(c.warn);
  const warnAt = from + rng.int(2, 14) * DAY + rng.int(0, 23) * HOUR;
  if (warned) out.push({ type: 'fraud_warning.created', afterMs: warnAt, reason: 'fraudulent' });
  if (rng.chance(c.dispute))
    out.push({
      type: 'dispute.created',
      afterMs: warnAt + rng.int(6, 45) * DAY,
      reason: c.reason ?? 'fraudulent',
    });
  else if (warned && rng.chance(c.refundAfterWarning ?? 0.7))
    out.push({ type: 'refund.created', afterMs: warnAt + rng.int(2, 30) * HOUR, reason: 'fraudulent' });
  return out;
}

export const lastAt = (later: readonly LaterEvent[]): number => Math.max(0, ...later.map((l) => l.afterMs));
