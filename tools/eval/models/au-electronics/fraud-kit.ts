import { ipOf } from './geo-ip.js';
import { type Card, cardOf, person, type Person } from './people.js';
import { type Address, homeAddress } from './places.js';
import { type Attempt, declined, type FollowUp, paid } from './purchase.js';
import { type Rng } from '../kit/random.js';
import { DAY } from './world.js';

/** Tools of the fraud crews: stolen card details with their holders, exits to hide behind, chargebacks. */

export interface Stolen {
  card: Card;
  holder: Person;
  /** The cardholder's real billing address, as sold with the card ("fullz"). */
  billing: Address;
}

// prettier-ignore
const ABROAD: Record<string, readonly Address[]> = {
  US: [{ country: 'US', postalCode: '77002', city: 'Houston', line1: '1420 Elm Street' }, { country: 'US', postalCode: '30305', city: 'Atlanta', line1: '88 Peachtree Hills Ave' }, { country: 'US', postalCode: '98103', city: 'Seattle', line1: '4012 Fremont Ave N' }],
  GB: [{ country: 'GB', postalCode: 'M14 5RJ', city: 'Manchester', line1: '17 Wilmslow Road' }, { country: 'GB', postalCode: 'LS6 2AA', city: 'Leeds', line1: '5 Headingley Lane' }],
};

export function stolenCard(rng: Rng, country?: string): Stolen {
  const from = country ?? rng.weighted({ AU: 55, US: 14, GB: 9, SG: 8, NZ: 8, JP: 6 });
  const holder = person(rng, ['US', 'GB'].includes(from) ? 'AU' : from);
  const list = ABROAD[from];
  const billing = list
    ? { ...rng.pick(list), line1: `${rng.int(2, 900)} ${rng.pick(list).line1.replace(/^\d+ /, '')}` }
    : homeAddress(rng, from);
  return { card: cardOf(rng, from), holder, billing };
}

/**
 * Where a crew connects from: residential proxies inside Australia (rotating through real home and mobile
 * lines), rented servers and VPNs, or plainly from abroad.
 */
export function crewIp(rng: Rng, proxyShare = 0.45): string {
  if (rng.chance(proxyShare))
    return ipOf(rng, rng.chance(0.85) ? 'AU' : rng.pick(['NZ', 'SG']), ['fixed', 'mobile'], 0.15);
  if (rng.chance(0.35)) return ipOf(rng, rng.pick(['AU', 'SG', 'US', 'DE', 'LT', 'JP']), ['hosting'], 0.2);
  return ipOf(
    rng,
    rng.pick(['VN', 'NG', 'RU', 'CN', 'BR', 'UA', 'NL', 'HK', 'ID', 'US']),
    ['fixed', 'mobile'],
    0.2,
  );
}

/** A stolen card charged with full details (CVC known, cardholder's address), after a few dead cards. */
export function stolenAttempts(
  rng: Rng,
  stolen: Stolen,
  deadCards = rng.chance(0.3) ? rng.int(1, 3) : 0,
): Attempt[] {
  const dead = Array.from({ length: deadCards }, () => {
    const d = stolenCard(rng, stolen.card.country);
    return { ...declined(rng, d.card, rng.chance(0.3)), afterMs: rng.int(5_000, 60_000) };
  });
  return [...dead, paid(rng, stolen.card)];
}

/** What the real cardholder's bank does later: an early fraud warning, a chargeback, or nothing yet. */
export function chargeback(rng: Rng, amount: number): FollowUp[] {
  const roll = rng.next();
  if (roll < 0.35)
    return [{ type: 'fraud_warning.created', afterMs: rng.float(1, 9) * DAY, amount, reason: 'fraudulent' }];
  if (roll < 0.7)
    return [{ type: 'dispute.created', afterMs: rng.float(8, 45) * DAY, amount, reason: 'fraudulent' }];
  return [];
}
