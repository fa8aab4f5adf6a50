import geoip from 'geoip-country';
import { COUNTRIES, type Country } from './places.js';
import { type Rng } from '../kit/random.js';

export { COUNTRIES };

/**
 * IPs and postal addresses in the countries of places.ts. An IP is drawn in one of the country's blocks and
 * redrawn until geoip-country agrees, so every address locates where the model means it to.
 */

/** Hosting and VPN egress: geoip places these in the US, NL or DE, like real VPN exits. */
export const HOSTING: ReadonlyArray<[string, string]> = [
  ['3.80', 'US'],
  ['34.192', 'US'],
  ['52.0', 'US'],
  ['54.80', 'US'],
  ['185.107', 'NL'],
  ['82.161', 'NL'],
  ['91.64', 'DE'],
];

export const SANCTIONED = ['CU', 'IR', 'SY', 'KP', 'RU', 'BY'] as const;

export function country(code: string): Country {
  const c = COUNTRIES[code];
  if (!c) throw new Error(`unknown country ${code}`);
  return c;
}

export function ipCountry(ip: string): string | undefined {
  return geoip.lookup(ip)?.country;
}

/** An address in one of the blocks that geoip-country places in `code`. */
export function ipIn(rng: Rng, code: string, block?: string): string {
  const blocks = block ? [block] : country(code).blocks;
  for (let i = 0; i < 40; i++) {
    const b = rng.pick(blocks);
    const ip =
      b.split('.').length === 3 ? `${b}.${rng.int(1, 254)}` : `${b}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
    if (ipCountry(ip) === code) return ip;
  }
  const b = blocks[0] ?? '';
  return b.split('.').length === 3 ? `${b}.10` : `${b}.37.10`;
}

/** A VPN or hosting exit: the IP and the country geoip-country gives it. */
export function hostingIp(rng: Rng): { ip: string; country: string } {
  const [block, code] = rng.pick(HOSTING);
  return { ip: ipIn(rng, code, block), country: code };
}

export interface Address {
  country: string;
  postalCode?: string;
  city: string;
  line1: string;
}

export function addressIn(rng: Rng, code: string): Address {
  const place = rng.pick(country(code).places);
  const postal = place.postal.replace(/#/g, () => String(rng.int(0, 9)));
  return {
    country: code,
    ...(postal ? { postalCode: postal } : {}),
    city: place.city,
    line1: `${rng.pick(place.streets)} ${rng.int(1, 240)}`,
  };
}
