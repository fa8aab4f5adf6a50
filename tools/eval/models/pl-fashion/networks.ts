import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * Networks checkouts come from: home broadband and mobile (carrier-grade NAT) in the eight markets, diaspora
 * networks abroad, Ukrainian mobile, hosting ranges used as VPN and proxy exits, and the networks of sanctioned
 * places. Each IPv4 block is a run of /16s that geoip-country places wholly in the country (checked per /24);
 * IPv6 blocks are /32s. Names say what kind of network a block stands for, not who holds it.
 */

export type NetworkKind = 'home' | 'mobile' | 'hosting';

export interface Network {
  name: string;
  country: string;
  kind: NetworkKind;
  /** First two octets and how many /16s follow. */
  v4: ReadonlyArray<readonly [number, number, number]>;
  /** /32 prefixes, e.g. `2a02:a31a`. */
  v6: readonly string[];
}

const n = (
  name: string,
  country: string,
  kind: NetworkKind,
  v4: ReadonlyArray<readonly [number, number, number]>,
  v6: readonly string[] = [],
): Network => ({ name, country, kind, v4, v6 });

export const NETWORKS: readonly Network[] = [
  n(
    'pl-dsl-fibre',
    'PL',
    'home',
    [
      [83, 0, 8],
      [79, 184, 8],
    ],
    ['2a01:110f', '2a01:116f'],
  ),
  n(
    'pl-cable',
    'PL',
    'home',
    [
      [89, 64, 8],
      [87, 205, 1],
    ],
    ['2a00:f41'],
  ),
  n(
    'pl-mobile-a',
    'PL',
    'mobile',
    [
      [37, 47, 1],
      [188, 146, 2],
    ],
    ['2a02:a31a', '2a02:a318'],
  ),
  n(
    'pl-mobile-b',
    'PL',
    'mobile',
    [
      [46, 112, 2],
      [37, 248, 1],
    ],
    ['2a02:a311'],
  ),
  n(
    'cz-dsl',
    'CZ',
    'home',
    [
      [90, 177, 7],
      [88, 100, 4],
    ],
    ['2a00:1028'],
  ),
  n('cz-cable', 'CZ', 'home', [
    [89, 176, 2],
    [78, 80, 1],
  ]),
  n(
    'cz-mobile',
    'CZ',
    'mobile',
    [
      [46, 135, 1],
      [89, 24, 1],
    ],
    ['2a02:8308'],
  ),
  n('sk-dsl', 'SK', 'home', [
    [78, 98, 2],
    [95, 102, 2],
  ]),
  n('sk-mobile', 'SK', 'mobile', [
    [188, 167, 1],
    [90, 64, 1],
  ]),
  n(
    'hu-dsl-cable',
    'HU',
    'home',
    [
      [80, 98, 2],
      [91, 82, 1],
    ],
    ['2a02:ab88'],
  ),
  n('hu-mobile', 'HU', 'mobile', [[94, 21, 1]]),
  n(
    'ro-fibre',
    'RO',
    'home',
    [
      [86, 120, 7],
      [5, 12, 4],
      [188, 24, 2],
    ],
    ['2a02:2f01', '2a02:2f0c'],
  ),
  n('ro-mobile', 'RO', 'mobile', [
    [46, 97, 1],
    [188, 27, 1],
  ]),
  n('lt-broadband', 'LT', 'home', [
    [78, 56, 8],
    [88, 118, 1],
  ]),
  n('lv-broadband', 'LV', 'home', [[81, 198, 1]]),
  n('ee-broadband', 'EE', 'home', [
    [90, 190, 2],
    [84, 50, 1],
  ]),
  n('ua-mobile', 'UA', 'mobile', [
    [176, 36, 4],
    [178, 150, 2],
    [46, 211, 1],
  ]),
  n(
    'de-broadband',
    'DE',
    'home',
    [
      [79, 192, 4],
      [91, 0, 4],
    ],
    ['2a02:2f0', '2a01:c22'],
  ),
  n('gb-broadband', 'GB', 'home', [
    [86, 128, 4],
    [81, 128, 4],
  ]),
  n('ie-broadband', 'IE', 'home', [[86, 40, 4]]),
  n('nl-hosting', 'NL', 'hosting', [
    [95, 211, 1],
    [145, 131, 1],
    [84, 80, 1],
  ]),
  n(
    'de-hosting',
    'DE',
    'hosting',
    [
      [88, 198, 1],
      [78, 46, 1],
      [136, 243, 1],
    ],
    ['2a01:4f8'],
  ),
  n(
    'us-hosting',
    'US',
    'hosting',
    [
      [104, 131, 1],
      [45, 55, 1],
    ],
    ['2a03:b0c0'],
  ),
  n('ru-broadband', 'RU', 'home', [
    [95, 24, 8],
    [178, 176, 2],
    [188, 162, 1],
  ]),
  n('ir-broadband', 'IR', 'home', [
    [2, 176, 8],
    [5, 112, 4],
  ]),
  n('sy-broadband', 'SY', 'home', [
    [31, 9, 1],
    [5, 0, 1],
    [178, 52, 1],
  ]),
  n('cu-broadband', 'CU', 'home', [
    [152, 206, 2],
    [169, 158, 1],
  ]),
  n('tr-broadband', 'TR', 'home', [
    [88, 230, 4],
    [78, 160, 4],
  ]),
  n('ae-broadband', 'AE', 'home', [[94, 200, 2]]),
  n('kz-broadband', 'KZ', 'home', [[95, 56, 2]]),
];

const BY_NAME = new Map(NETWORKS.map((x) => [x.name, x]));

export function network(name: string): Network {
  const found = BY_NAME.get(name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
}

/** The home and mobile networks of a country, for a resident. */
export function networksOf(country: string, kind?: NetworkKind): Network[] {
  return NETWORKS.filter((x) => x.country === country && x.kind !== 'hosting' && (!kind || x.kind === kind));
}

/** One address drawn from a network: IPv6 only when asked and the network has IPv6 blocks. */
export function address(rng: Rng, net: Network, v6: boolean): string {
  if (v6 && net.v6.length > 0) {
    const hex = () => rng.int(0, 0xffff).toString(16);
    return `${rng.pick(net.v6)}:${hex()}:${hex()}:${hex()}:${hex()}:${hex()}:${hex()}`;
  }
  const [a, b, count] = rng.weightedPick(net.v4.map((block) => [block, block[2]] as const));
  return `${a}.${b + rng.int(0, count - 1)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

/** An IP from the named network, IPv6 with probability `v6` where it has any. */
export const ipFrom = (rng: Rng, name: string, v6 = 0.3): string => {
  const net = network(name);
  return address(rng, net, rng.chance(v6));
};

/** An IP from a resident's home or mobile network in `country`. */
export function residentIp(rng: Rng, country: string, mobile = 0.45): string {
  const all = networksOf(country);
  const mob = all.filter((x) => x.kind === 'mobile');
  const home = all.filter((x) => x.kind === 'home');
  const pool = rng.chance(mobile) && mob.length > 0 ? mob : home.length > 0 ? home : all;
  return address(rng, rng.pick(pool), rng.chance(0.3));
}

/** Where geoip-country places an IP. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;
