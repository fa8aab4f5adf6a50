import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * Where checkouts connect from. Each network stands for a kind of access (home fibre, cable, a mobile carrier's
 * NAT, a rural wireless ISP, a university, a data centre used for VPN and proxy exits) in one country; its IPv4
 * blocks (first two octets, third-octet range) and IPv6 /32s were kept only when every address tried in them
 * located, with geoip-country, to that country. The names say what kind of network a block stands for, not who
 * holds it.
 */

export type Access = 'fibre' | 'cable' | 'mobile' | 'rural' | 'university' | 'hosting';

export interface Network {
  name: string;
  country: string;
  access: Access;
  /** [first octet, second octet, lowest third octet, highest third octet]. */
  v4: ReadonlyArray<readonly [number, number, number, number]>;
  /** IPv6 /32 prefixes, as two groups. */
  v6: readonly string[];
}

const all = (a: number, b: number) => [a, b, 0, 255] as const;

// prettier-ignore
export const NETWORKS = [
  // New Zealand
  { name: 'nz-fibre-incumbent', country: 'NZ', access: 'fibre',
    v4: [all(122, 57), all(122, 58), all(122, 59), all(125, 237), all(125, 238), all(125, 239)], v6: ['2407:7000'] },
  { name: 'nz-fibre-challenger', country: 'NZ', access: 'fibre',
    v4: [all(121, 98), all(121, 99), all(49, 224), all(49, 225), all(49, 226), all(49, 227)],
    v6: ['2406:e000', '2406:e001'] },
  { name: 'nz-fibre-regional', country: 'NZ', access: 'fibre',
    v4: [all(222, 152), all(222, 153), all(222, 154), all(222, 155), all(219, 88), all(219, 89)], v6: [] },
  { name: 'nz-cable-christchurch', country: 'NZ', access: 'cable', v4: [all(118, 92), all(118, 93)],
    v6: ['2404:4400'] },
  { name: 'nz-mobile-a', country: 'NZ', access: 'mobile', v4: [all(122, 56)], v6: ['2401:7000'] },
  { name: 'nz-mobile-b', country: 'NZ', access: 'mobile', v4: [all(27, 252), all(115, 188), all(115, 189)],
    v6: ['2404:440c'] },
  { name: 'nz-rural-wireless', country: 'NZ', access: 'rural', v4: [all(114, 23), all(111, 69)], v6: [] },
  { name: 'nz-university', country: 'NZ', access: 'university', v4: [all(132, 181)], v6: [] },
  { name: 'nz-datacentre', country: 'NZ', access: 'hosting', v4: [all(101, 98), all(118, 148), all(118, 149)],
    v6: [] },
  // Australia
  { name: 'au-fibre-incumbent', country: 'AU', access: 'fibre',
    v4: [all(1, 120), all(1, 121), all(1, 144), all(1, 145)], v6: ['2001:8003'] },
  { name: 'au-mobile', country: 'AU', access: 'mobile', v4: [all(49, 176), all(49, 177), all(49, 180)],
    v6: ['2001:4479'] },
  { name: 'au-nbn-a', country: 'AU', access: 'fibre',
    v4: [all(110, 174), all(110, 175), all(124, 170), all(124, 171), all(203, 206)], v6: ['2403:5800'] },
  { name: 'au-nbn-b', country: 'AU', access: 'fibre',
    v4: [all(120, 144), all(120, 145), all(14, 200), all(14, 201), all(101, 160), all(101, 161)],
    v6: ['2406:3400'] },
  { name: 'au-cloud', country: 'AU', access: 'hosting',
    v4: [all(13, 236), all(13, 237), all(3, 104), all(3, 105), all(54, 252), all(54, 253)], v6: [] },
  // Kiwis abroad, tourists, stolen foreign cards
  { name: 'gb-broadband', country: 'GB', access: 'fibre',
    v4: [all(86, 128), all(86, 129), all(81, 128), all(81, 129), all(90, 192), all(90, 193)], v6: ['2a00:23c0'] },
  { name: 'gb-mobile', country: 'GB', access: 'mobile', v4: [all(2, 96), all(2, 97), all(31, 48), [92, 40, 0, 176], [92, 40, 178, 255]],
    v6: ['2a02:c7c', '2a01:4b00'] },
  { name: 'de-broadband', country: 'DE', access: 'fibre',
    v4: [all(79, 192), all(79, 193), all(87, 128), all(87, 129), all(91, 0), all(91, 1), all(93, 192)],
    v6: ['2003:e0', '2003:c0'] },
  { name: 'de-cable', country: 'DE', access: 'cable', v4: [all(84, 128), all(5, 146)], v6: ['2a02:8108'] },
  { name: 'us-cable', country: 'US', access: 'cable',
    v4: [all(73, 0), all(73, 1), all(24, 0), all(98, 192), all(76, 100)], v6: ['2601:0', '2601:1'] },
  { name: 'us-mobile', country: 'US', access: 'mobile', v4: [all(71, 160), [47, 144, 0, 186], [47, 144, 188, 224], [47, 144, 226, 255]],
    v6: ['2600:1700', '2603:6000'] },
  { name: 'us-hosting', country: 'US', access: 'hosting', v4: [all(104, 131), [159, 203, 64, 255]], v6: [] },
  { name: 'ca-broadband', country: 'CA', access: 'cable',
    v4: [all(24, 114), all(70, 48), all(142, 112), all(174, 112)], v6: [] },
  { name: 'cn-broadband', country: 'CN', access: 'fibre',
    v4: [all(113, 64), all(113, 65), all(114, 80), all(114, 81), all(183, 0), all(183, 1)], v6: [] },
  { name: 'cn-mobile', country: 'CN', access: 'mobile', v4: [all(117, 136), all(223, 104), all(112, 0)], v6: [] },
  { name: 'hk-broadband', country: 'HK', access: 'fibre', v4: [all(112, 118), all(42, 2), all(113, 252)], v6: [] },
  { name: 'il-broadband', country: 'IL', access: 'fibre', v4: [all(79, 177), all(84, 108), all(85, 64)],
    v6: ['2a02:6680', '2a06:c701'] },
  { name: 'il-mobile', country: 'IL', access: 'mobile', v4: [all(147, 235)], v6: [] },
  { name: 'nl-hosting', country: 'NL', access: 'hosting', v4: [all(85, 17)], v6: [] },
  { name: 'sg-hosting', country: 'SG', access: 'hosting', v4: [all(116, 86)], v6: [] },
  // Sanctioned jurisdictions (only the sanctioned_country kind connects from these)
  { name: 'ru-broadband', country: 'RU', access: 'fibre',
    v4: [all(95, 24), all(95, 25), all(178, 64), all(178, 65), all(5, 136), all(5, 137), all(188, 162), all(94, 25)],
    v6: [] },
  { name: 'by-broadband', country: 'BY', access: 'fibre',
    v4: [all(178, 120), all(178, 121), all(93, 84), all(93, 85), all(37, 212)], v6: [] },
  { name: 'ir-broadband', country: 'IR', access: 'fibre', v4: [all(2, 176), all(2, 177), all(151, 232)], v6: [] },
] as const satisfies readonly Network[];

export type NetName = (typeof NETWORKS)[number]['name'];

const BY_NAME = new Map<string, Network>(NETWORKS.map((n) => [n.name, n]));

export function networkOf(name: NetName): Network {
  const n = BY_NAME.get(name);
  if (!n) throw new Error(`no network ${name}`);
  return n;
}

const hex = (rng: Rng) => rng.int(0, 0xffff).toString(16);

/** An address in a network: IPv4, or IPv6 when asked and the network has it. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0)
    return `${rng.pick(n.v6)}:${hex(rng)}:${hex(rng)}:${hex(rng)}:${hex(rng)}:${hex(rng)}:${hex(rng)}`;
  const [a, b, lo, hi] = rng.pick(n.v4);
  return `${a}.${b}.${rng.int(lo, hi)}.${rng.int(1, 254)}`;
}

/** An address from a named network; `v6` is the chance of IPv6 where the network has it. */
export const ipFrom = (rng: Rng, name: NetName, v6 = 0.3): string => {
  const n = networkOf(name);
  return address(rng, n, n.v6.length > 0 && rng.chance(v6));
};

/** The country geoip-country places an IP in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;

/** Home and mobile networks per country, for the people who live there. */
export const HOME_NETWORKS: Readonly<Record<string, readonly NetName[]>> = {
  NZ: ['nz-fibre-incumbent', 'nz-fibre-challenger', 'nz-fibre-regional', 'nz-cable-christchurch'],
  AU: ['au-fibre-incumbent', 'au-nbn-a', 'au-nbn-b'],
  GB: ['gb-broadband'],
  DE: ['de-broadband', 'de-cable'],
  US: ['us-cable'],
  CA: ['ca-broadband'],
  CN: ['cn-broadband'],
  HK: ['hk-broadband'],
  IL: ['il-broadband'],
  RU: ['ru-broadband'],
  BY: ['by-broadband'],
  IR: ['ir-broadband'],
};

export const MOBILE_NETWORKS: Readonly<Record<string, readonly NetName[]>> = {
  NZ: ['nz-mobile-a', 'nz-mobile-b'],
  AU: ['au-mobile'],
  GB: ['gb-mobile'],
  DE: ['de-cable'],
  US: ['us-mobile'],
  CA: ['ca-broadband'],
  CN: ['cn-mobile'],
  HK: ['hk-broadband'],
  IL: ['il-mobile'],
  RU: ['ru-broadband'],
  BY: ['by-broadband'],
  IR: ['ir-broadband'],
};

/** A home (or, with `mobile`, a phone's) network in a country. */
export const homeNet = (rng: Rng, country: string, mobile = false): NetName =>
  rng.pick((mobile ? MOBILE_NETWORKS : HOME_NETWORKS)[country] ?? ['nz-fibre-incumbent']);
