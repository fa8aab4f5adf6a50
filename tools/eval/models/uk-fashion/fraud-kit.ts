import { type CheckResult } from '@vigil/contracts';
import { cardFrom } from './cards.js';
import { ipOf } from './geo-ip.js';
import { type Attempt, type Card, MINUTE, type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';
import { type World } from './world.js';

/** Where fraud comes from and what it pays with. */

export type FraudPlanner = (rng: Rng, world: World, count: number) => Purchase[];

/**
 * A fraudster's address: mostly UK residential proxies (bought to look local), then VPS and VPN exits,
 * then the crew's own connection abroad.
 */
export function fraudIp(rng: Rng, local = 0.55): string {
  const where = rng.weighted({ local, cloud: 0.25, abroad: 1 - local - 0.25 > 0 ? 1 - local - 0.25 : 0.05 });
  if (where === 'local')
    return ipOf(rng, rng.pick(['gb-bt', 'gb-sky', 'gb-virgin', 'gb-talktalk', 'gb-mobile']), 0.15);
  if (where === 'cloud')
    return ipOf(rng, rng.pick(['gb-cloud', 'nl-cloud', 'de-cloud', 'fr-cloud', 'ie-cloud']));
  return ipOf(rng, rng.pick(['ng-mobile', 'ro-broadband', 'vn-broadband', 'br-broadband', 'us-broadband']));
}

/** A stolen card: mostly UK-issued (that is what UK fraud buys), some Irish, US and EU. */
export function stolenCard(rng: Rng, bin?: string, issuer?: string): Card {
  const country = issuer ?? (bin ? 'GB' : rng.weighted({ GB: 70, IE: 8, US: 12, FR: 4, DE: 3, ES: 3 }));
  return cardFrom(rng, country, bin);
}

/** One authorisation on a stolen card: `knowsAddress` when the crew has the cardholder's billing details. */
export function stolenAttempt(
  rng: Rng,
  card: Card,
  ok: boolean,
  knowsAddress: boolean,
  gapMs?: number,
): Attempt {
  const avs: CheckResult =
    card.country !== 'GB'
      ? 'unavailable'
      : knowsAddress
        ? rng.weighted({ pass: 85, partial: 10, unavailable: 5 })
        : rng.weighted({ fail: 55, partial: 25, unavailable: 15, pass: 5 });
  const cvc: CheckResult = ok
    ? rng.weighted({ pass: 92, unavailable: 8 })
    : rng.weighted({ fail: 45, pass: 40, unavailable: 15 });
  return { afterMs: gapMs ?? Math.round(rng.float(3_000, 2 * MINUTE)), ok, card, avs, cvc };
}

/** Dead cards tried first (0–3), then the one that works (or not). */
export function cardRun(
  rng: Rng,
  knowsAddress: boolean,
  deadMax: number,
  finalOk: boolean,
  issuer?: string,
): Attempt[] {
  const dead = rng.int(0, deadMax);
  const out = Array.from({ length: dead }, () =>
    stolenAttempt(rng, stolenCard(rng, undefined, issuer), false, knowsAddress),
  );
  out.push(stolenAttempt(rng, stolenCard(rng, undefined, issuer), finalOk, knowsAddress));
  return out;
}
