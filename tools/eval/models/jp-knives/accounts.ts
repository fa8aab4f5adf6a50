import { type Address, type Buyer, DAY, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { deviceOf, personOf } from './people.js';
import { abroad, type Country, homeIn } from './places.js';

/**
 * The shop's member accounts before the window: one for every three orders expected, over half of them in
 * Japan. Some are collectors who follow the smiths' limited runs for years; some were opened by tourists on their
 * phone in the Sakai showroom (the shop's card at the till carries a QR code), who now order from home.
 */

export interface Account {
  id: string;
  email: string;
  name: string;
  createdAt: number;
  country: Country;
  home: Address;
  tz: number;
  cards: HeldCard[];
  devices: Device[];
  collector: boolean;
  tourist: boolean;
}

export const buyerOf = (a: Account): Buyer => ({
  id: a.id,
  email: a.email,
  name: a.name,
  createdAt: a.createdAt,
});

export function openAccount(
  rng: Rng,
  country: Country,
  createdAt: number,
  kind: 'plain' | 'collector' | 'tourist',
): Account {
  const person = personOf(rng, country);
  const { address, tz } = homeIn(rng, country);
  const cards = [newCard(rng, country, rng.chance(country === 'JP' ? 0.06 : 0.2) ? 'debit' : 'credit')];
  if (rng.chance(0.25)) cards.push(newCard(rng, country));
  const devices = [deviceOf(rng, country)];
  if (rng.chance(0.35)) devices.push(deviceOf(rng, country));
  return {
    id: `mem_${rng.digits(8)}`,
    email: person.email,
    name: person.name,
    createdAt,
    country,
    home: address,
    tz,
    cards,
    devices,
    collector: kind === 'collector',
    tourist: kind === 'tourist',
  };
}

export function customerBase(rng: Rng, start: number, orders: number): Account[] {
  const n = Math.max(30, Math.round(orders / 3));
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`a${i}`);
    const kind = r.weightedPick<'plain' | 'collector' | 'tourist'>([
      ['plain', 76],
      ['collector', 12],
      ['tourist', 12],
    ]);
    const country: Country =
      kind === 'tourist' ? abroad(r) : r.chance(kind === 'collector' ? 0.45 : 0.6) ? 'JP' : abroad(r);
    const age =
      kind === 'collector'
        ? r.int(300, 8 * 365)
        : kind === 'tourist'
          ? r.int(30, 3 * 365)
          : r.weightedPick([
              [r.int(20, 365), 4],
              [r.int(365, 9 * 365), 6],
            ]);
    return openAccount(r, country, start - age * DAY - r.int(0, DAY), kind);
  });
}

/** An account matching `test`, or any account when none does. */
export function pickAccount(rng: Rng, accounts: readonly Account[], test: (a: Account) => boolean): Account {
  const pool = accounts.filter(test);
  return rng.pick(pool.length > 0 ? pool : accounts);
}
