import { parcelLocker } from './destinations.js';
import { type Device } from './devices.js';
import { person, personalEmail, type Person } from './people.js';
import { type Address, randomAddress } from './places.js';
import { type Rng } from './random.js';
import { VPN_COUNTRIES, type World } from './world.js';

/**
 * What fraudsters work with: where they sit, whose cards they hold, where the goods go and how they hide.
 * Cards come mostly from large card markets (US, UK, France, Germany) but plenty are local; drops are
 * parcel lockers, reshippers and borrowed flats in the markets the shop delivers to.
 */

/** Where the people behind the keyboard are, when they do not hide behind a proxy. */
export const FRAUD_HOMES: ReadonlyArray<readonly [string, number]> = [
  ['NG', 9],
  ['RO', 8],
  ['VN', 6],
  ['UA', 5],
  ['BR', 5],
  ['RU', 5],
  ['MA', 4],
  ['ID', 4],
  ['PK', 4],
  ['BG', 4],
  ['TR', 4],
  ['GB', 6],
  ['US', 6],
  ['NL', 5],
  ['DE', 5],
  ['FR', 4],
  ['LT', 3],
  ['PL', 4],
  ['DZ', 3],
];

/** Whose cards are sold: big markets first; only countries the model has addresses for. */
export const VICTIM_COUNTRIES: ReadonlyArray<readonly [string, number]> = [
  ['US', 18],
  ['GB', 12],
  ['FR', 8],
  ['DE', 10],
  ['SE', 8],
  ['NO', 4],
  ['DK', 4],
  ['NL', 6],
  ['ES', 5],
  ['IT', 5],
  ['CA', 5],
  ['CH', 3],
  ['FI', 3],
  ['AT', 3],
  ['BE', 3],
  ['PL', 3],
  ['IE', 2],
];

/** Where drops are: the markets with cheap lockers and busy reshippers weigh most. */
const DROP_COUNTRIES: ReadonlyArray<readonly [string, number]> = [
  ['DE', 25],
  ['NL', 15],
  ['SE', 12],
  ['PL', 12],
  ['DK', 8],
  ['NO', 6],
  ['FI', 6],
  ['AT', 5],
  ['BE', 5],
  ['LT', 4],
  ['LV', 2],
  ['EE', 2],
];

export function dropCountry(rng: Rng): string {
  return rng.weightedPick(DROP_COUNTRIES);
}

/** A place to receive goods: a parcel locker, a reshipper's unit, or a flat rented for a month. */
export function dropAddress(rng: Rng, country: string): Address {
  const roll = rng.next();
  if (roll < 0.3) return parcelLocker(rng, country);
  const flat = randomAddress(country, rng);
  if (roll < 0.5)
    return {
      ...flat,
      line1: `c/o ${rng.pick(['Logistik', 'Cargo', 'Freight', 'Parcel'])} ${rng.token(4).toUpperCase()}, ${flat.line1}`,
    };
  return flat;
}

/** An address that looks like the victim's, for the billing fields of a stolen card. */
export function victimAddress(rng: Rng, country: string): Address {
  return randomAddress(country, rng);
}

/** A fraudster's own alias, or the cardholder's name typed off the card dump. */
export function alias(rng: Rng, country: string): Person {
  return person(rng, country);
}

/** E-mail made up for one order: the victim's name with digits, a Proton box, or a generated string. */
export function throwawayMailbox(rng: Rng, who: Person): string {
  const roll = rng.next();
  if (roll < 0.55) {
    const plain = personalEmail(rng, who, 'US').split('@')[0] ?? rng.token(8);
    return `${plain}${rng.int(1, 999)}@${rng.pick(['gmail.com', 'outlook.com', 'hotmail.com', 'yahoo.com'])}`;
  }
  if (roll < 0.7) return `${rng.token(rng.int(6, 10))}@${rng.pick(['proton.me', 'protonmail.com'])}`;
  return `${rng.token(rng.int(8, 12))}@${rng.pick(['gmail.com', 'outlook.com'])}`;
}

export type Cover = 'victim-proxy' | 'vpn' | 'home' | 'drop-local';

/**
 * The address a fraudster connects from: a residential proxy in the victim's country (built to pass a
 * country check), a VPN exit, their own connection, or a phone near the drop.
 */
export function fraudIp(
  rng: Rng,
  world: World,
  cover: Cover,
  where: { victim: string; home: string; drop: string },
): string {
  switch (cover) {
    case 'victim-proxy':
      return world.ips.address(where.victim, 0.15);
    case 'vpn':
      return rng.chance(0.5) ? world.vpnIp(rng) : world.ips.hosting(rng.weightedPick(VPN_COUNTRIES));
    case 'home':
      return world.ips.address(where.home, 0.1);
    case 'drop-local':
      return world.mobileIp(rng, where.drop);
  }
}

export interface Actor {
  home: string;
  device: Device;
  drop: Address;
  email?: string;
  ip?: string;
  purchases: number;
}

/** Fraud happens at all hours, a little more at night when a shop's staff are not watching. */
export function fraudTime(rng: Rng, world: World): number {
  return world.calendar.sample(rng, rng.chance(0.45) ? 'night' : 'consumer', 1);
}
