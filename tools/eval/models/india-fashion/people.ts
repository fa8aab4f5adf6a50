import { type Buyer } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { FIRST, LAST } from './names.js';
import { type Region } from './places.js';

/**
 * Names and e-mail addresses as Indian shoppers have them: first names and surnames by region, Gmail for
 * almost everyone (a birth year or a few digits because the plain name was taken), a few Yahoo, Rediff and
 * Outlook addresses from older accounts; account ids and ages.
 */

export type { Buyer };

export interface Person {
  first: string;
  last: string;
  female: boolean;
}

export function person(rng: Rng, region: Region, female = rng.chance(0.62)): Person {
  const names = FIRST[region];
  return { first: rng.pick(female ? names.f : names.m), last: rng.pick(LAST[region]), female };
}

export const fullName = (p: Person): string => `${p.first} ${p.last}`;

const lower = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

/** The address an ordinary shopper signs up with. */
export function emailOf(rng: Rng, p: Person): string {
  const [f, l] = [lower(p.first), lower(p.last)];
  const local = rng.weighted({
    dotted: 30,
    joined: 22,
    year: 22,
    digits: 18,
    initial: 8,
  });
  const user =
    local === 'dotted'
      ? `${f}.${l}`
      : local === 'joined'
        ? `${f}${l}`
        : local === 'year'
          ? `${f}${l}${rng.int(1975, 2006)}`
          : local === 'digits'
            ? `${f}${rng.chance(0.5) ? '.' : ''}${l}${rng.int(1, 999)}`
            : `${f.charAt(0)}${l}${rng.int(10, 99)}`;
  const domain = rng.weightedPick<string>([
    ['gmail.com', 88],
    ['yahoo.co.in', 4],
    ['yahoo.com', 2],
    ['rediffmail.com', 2],
    ['outlook.com', 2],
    ['hotmail.com', 2],
  ]);
  return `${user}@${domain}`;
}

export const userId = (rng: Rng): string => `u${rng.int(1, 9)}${rng.digits(8)}`;

const YEAR = 365 * 24 * 3_600_000;

/** A signed-in buyer whose account was opened `ageMs` before `at`. */
export function account(rng: Rng, p: Person, at: number, ageMs: number, email = emailOf(rng, p)): Buyer {
  return { id: userId(rng), email, name: fullName(p), createdAt: Math.floor(at - ageMs) };
}

/** An established account: a month to nine years old, most one to three. */
export function oldAccountAge(rng: Rng): number {
  const years = rng.logNormal(1.6, 0.9);
  return (years > 9 ? rng.float(5, 9) : Math.max(0.08, years)) * YEAR;
}

/** A guest at checkout: e-mail and name only. */
export const guest = (p: Person, email: string): Buyer => ({ email, name: fullName(p) });
