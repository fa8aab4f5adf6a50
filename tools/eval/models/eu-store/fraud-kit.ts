import { pickupPoint, randomAddress, reshipperAddress } from './addresses.js';
import { domesticCard } from './cards.js';
import { newDevice, type DeviceClass } from './devices.js';
import { asciiSlug, nameFor, type PersonName } from './names.js';
import type { Networks } from './networks.js';
import type { Rng, Weighted } from './random.js';
import type { Address, Card, Device, Endpoint } from './types.js';

/** What fraudsters bring to a checkout: someone else's card and identity, their own machines, drop addresses. */

/** Whose cards get phished/skimmed and sold: the store's own markets, plus the US/UK cards that flood dumps. */
export const VICTIM_COUNTRIES: Weighted<string> = [
  ['DE', 22],
  ['FR', 15],
  ['GB', 12],
  ['NL', 7],
  ['IT', 8],
  ['ES', 8],
  ['AT', 4],
  ['BE', 4],
  ['US', 8],
  ['PL', 3],
  ['IE', 2],
  ['SE', 2],
  ['CH', 2],
  ['PT', 2],
  ['DK', 1],
];

/** Where the people behind stolen-card and account-takeover orders actually sit. */
export const OPS_COUNTRIES: Weighted<string> = [
  ['RO', 10],
  ['BG', 6],
  ['UA', 8],
  ['NG', 10],
  ['LT', 4],
  ['NL', 6],
  ['DE', 8],
  ['FR', 8],
  ['GB', 8],
  ['RU', 8],
  ['MA', 4],
  ['DZ', 3],
  ['VN', 4],
  ['ID', 3],
  ['BR', 4],
  ['TR', 4],
  ['PK', 2],
];

/** Countries where cheap drops and reshippers are organised. */
const DROP_ABROAD: Weighted<string> = [
  ['LT', 14],
  ['LV', 6],
  ['EE', 6],
  ['PL', 14],
  ['RO', 12],
  ['BG', 10],
  ['UA', 8],
  ['NL', 10],
  ['GB', 8],
  ['AE', 6],
  ['NG', 6],
];

export interface Victim {
  name: PersonName;
  address: Address;
  card: Card;
}

/** A cardholder's identity as sold in "fullz": name, billing address, card. */
export function victim(rng: Rng, country: string): Victim {
  return {
    name: nameFor(rng, country),
    address: randomAddress(rng, country),
    card: domesticCard(rng, country),
  };
}

/** Antidetect browsers on desktops, emulators, the odd burner phone. */
export function fraudsterDevice(rng: Rng): Device & { cls: DeviceClass } {
  return newDevice(
    rng,
    rng.weighted<DeviceClass>([
      ['windows', 55],
      ['android', 18],
      ['mac', 12],
      ['iphone', 12],
      ['linux', 3],
    ]),
  );
}

/** Free-mail addresses made up on the spot, sometimes styled on the cardholder's name. */
export function freshFreemail(rng: Rng, like?: PersonName): string {
  const domain = rng.weighted([
    ['gmail.com', 50],
    ['outlook.com', 18],
    ['hotmail.com', 10],
    ['yahoo.com', 8],
    ['proton.me', 6],
    ['gmx.com', 4],
    ['mail.com', 4],
  ]);
  if (like && rng.chance(0.55)) {
    const g = asciiSlug(like.given);
    const f = asciiSlug(like.family);
    return `${rng.pick([`${g}${f}`, `${g}.${f}`, `${f}${g}`, `${g}${f[0] ?? ''}`])}${rng.int(1, 9999)}@${domain}`;
  }
  return `${rng.letters(rng.int(5, 9))}${rng.chance(0.7) ? rng.int(1, 9999) : ''}@${domain}`;
}

/** A place to receive goods that is not the cardholder's: lockers, reshippers, a mule's flat, abroad. */
export function dropAddress(rng: Rng, victimCountry: string): Address {
  const kind = rng.weighted([
    ['locker', 30],
    ['mule_flat', 30],
    ['reshipper', 20],
    ['abroad', 20],
  ] as const);
  const domesticOk = [
    'DE',
    'FR',
    'NL',
    'IT',
    'ES',
    'AT',
    'BE',
    'PL',
    'GB',
    'IE',
    'SE',
    'CH',
    'PT',
    'DK',
    'US',
  ].includes(victimCountry);
  const home = domesticOk ? victimCountry : 'DE';
  switch (kind) {
    case 'locker':
      return pickupPoint(rng, home);
    case 'mule_flat':
      return randomAddress(rng, home);
    case 'reshipper':
      return reshipperAddress(rng, rng.pick(['NL', 'DE', 'LT', 'PL', 'GB', 'EE']));
    case 'abroad':
      return randomAddress(rng, rng.weighted(DROP_ABROAD));
  }
}

export type IpStyle = 'proxy_in_victim_country' | 'vpn' | 'own';

/** The connection a fraudster uses for one session. */
export function fraudEndpoint(
  rng: Rng,
  nets: Networks,
  style: IpStyle,
  victimCountry: string,
  opsCountry: string,
): Endpoint {
  switch (style) {
    case 'proxy_in_victim_country':
      return nets.residentialProxy(rng, victimCountry);
    case 'vpn':
      return nets.hosting(rng);
    case 'own':
      return rng.chance(0.5) ? nets.residentialProxy(rng, opsCountry) : nets.mobile(rng, opsCountry);
  }
}
