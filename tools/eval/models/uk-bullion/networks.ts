import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * Where checkouts come from. Blocks were chosen from general knowledge of British, Irish, continental, US and
 * Gulf broadband, cable and mobile (carrier-grade NAT) networks and of hosting ranges used as VPN exits, and
 * kept only where geoip-country places every /24 in the intended country; names say what kind of network a
 * block stands for, not who holds it.
 */

export type NetworkKind = 'broadband' | 'mobile' | 'hosting';

export interface Network {
  name: string;
  country: string;
  kind: NetworkKind;
  /** IPv4 blocks: first address and prefix length. */
  v4: ReadonlyArray<readonly [string, number]>;
  /** IPv6 blocks: the first two hextets and how many values the second may take from there. */
  v6: ReadonlyArray<readonly [string, number]>;
}

const net = (
  name: string,
  country: string,
  kind: NetworkKind,
  v4: ReadonlyArray<readonly [string, number]>,
  v6: ReadonlyArray<readonly [string, number]> = [],
): Network => ({ name, country, kind, v4, v6 });

export const NETWORKS: readonly Network[] = [
  net('gb-fibre-a', 'GB', 'broadband', [['86.128.0.0', 10]], [['2a00:23c0', 16]]),
  net('gb-fibre-b', 'GB', 'broadband', [['90.192.0.0', 11]], [['2a02:c7c', 4]]),
  net('gb-cable', 'GB', 'broadband', [['82.0.0.0', 12]]),
  net('gb-dsl', 'GB', 'broadband', [
    ['78.144.0.0', 13],
    ['109.144.0.0', 12],
  ]),
  net('gb-mobile-a', 'GB', 'mobile', [['31.94.0.0', 15]]),
  net('gb-mobile-b', 'GB', 'mobile', [
    ['92.40.0.0', 15],
    ['5.64.0.0', 13],
  ]),
  net('gb-hosting', 'GB', 'hosting', [
    ['178.62.0.0', 17],
    ['46.101.0.0', 18],
    ['139.59.160.0', 19],
  ]),
  net('ie-dsl', 'IE', 'broadband', [['86.40.0.0', 13]], [['2001:bb6', 1]]),
  net('ie-cable', 'IE', 'broadband', [
    ['89.100.0.0', 15],
    ['109.76.0.0', 14],
  ]),
  net(
    'de-dsl',
    'DE',
    'broadband',
    [
      ['79.192.0.0', 10],
      ['87.128.0.0', 10],
    ],
    [['2003:0', 8192]],
  ),
  net('de-cable', 'DE', 'broadband', [['217.224.0.0', 11]]),
  net('de-hosting', 'DE', 'hosting', [
    ['88.198.0.0', 16],
    ['78.46.0.0', 15],
  ]),
  net('nl-dsl', 'NL', 'broadband', [['77.160.0.0', 12]], [['2a02:a440', 16]]),
  net('nl-cable', 'NL', 'broadband', [['84.24.0.0', 13]]),
  net('nl-hosting', 'NL', 'hosting', [['85.17.0.0', 16]]),
  net(
    'fr-fibre',
    'FR',
    'broadband',
    [
      ['90.0.0.0', 13],
      ['90.16.0.0', 13],
    ],
    [['2a01:cb00', 16]],
  ),
  net('be-dsl', 'BE', 'broadband', [['81.240.0.0', 13]]),
  net(
    'es-fibre',
    'ES',
    'broadband',
    [
      ['83.32.0.0', 11],
      ['88.0.0.0', 11],
    ],
    [['2a0c:5a80', 1]],
  ),
  net('it-dsl', 'IT', 'broadband', [['79.0.0.0', 10]]),
  net('at-dsl', 'AT', 'broadband', [['80.108.0.0', 15]]),
  net('ch-dsl', 'CH', 'broadband', [['85.0.0.0', 13]]),
  net('us-cable', 'US', 'broadband', [['73.0.0.0', 8]], [['2601:0', 64]]),
  net('us-fibre', 'US', 'broadband', [
    ['71.160.0.0', 11],
    ['98.0.0.0', 11],
  ]),
  net('us-hosting', 'US', 'hosting', [
    ['162.243.0.0', 16],
    ['104.131.0.0', 16],
  ]),
  net(
    'ae-fibre',
    'AE',
    'broadband',
    [
      ['94.200.0.0', 13],
      ['86.96.0.0', 14],
    ],
    [['2001:8f8', 1]],
  ),
  net('ae-mobile', 'AE', 'mobile', [
    ['94.56.0.0', 14],
    ['2.48.0.0', 14],
  ]),
  net('qa-fibre', 'QA', 'broadband', [['37.210.0.0', 15]]),
  net('sa-fibre', 'SA', 'broadband', [['188.48.0.0', 13]]),
  net('kw-fibre', 'KW', 'broadband', [['37.36.0.0', 14]]),
  net('ru-mobile', 'RU', 'mobile', [['95.24.0.0', 13]]),
  net('ir-dsl', 'IR', 'broadband', [
    ['2.176.0.0', 12],
    ['5.202.0.0', 16],
  ]),
  net('sy-dsl', 'SY', 'broadband', [['31.9.0.0', 16]]),
  net('cu-mobile', 'CU', 'mobile', [['152.206.0.0', 15]]),
];

const BY_NAME = new Map(NETWORKS.map((n) => [n.name, n]));

export function network(name: string): Network {
  const n = BY_NAME.get(name);
  if (!n) throw new Error(`no network ${name}`);
  return n;
}

const toInt = (ip: string): number => ip.split('.').reduce((a, o) => a * 256 + Number(o), 0);
const toIp = (n: number): string => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');

/** An address in a network: IPv4, or IPv6 where it has ranges and `v6` is asked for. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0) {
    const [prefix, free] = rng.pick(n.v6);
    const [first = '', second = '0'] = prefix.split(':');
    const group = (parseInt(second, 16) + rng.int(0, free - 1)).toString(16);
    const rest = Array.from({ length: 6 }, () => rng.int(0, 0xffff).toString(16));
    return [first, group, ...rest].join(':');
  }
  const [base, bits] = rng.pick(n.v4);
  const size = 2 ** (32 - bits);
  const host = toInt(base) + Math.floor(rng.next() * size);
  // Avoid network and broadcast-looking last octets.
  return toIp(host - (host % 256) + rng.int(2, 253));
}

/** An address in the named network; a quarter of IPv6-capable home lines come over IPv6. */
export function ipOn(rng: Rng, name: string): string {
  const n = network(name);
  return address(rng, n, n.v6.length > 0 && rng.chance(0.25));
}

/** The country geoip-country places an IP in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;

/** Home networks by country: broadband mostly, mobile sometimes. */
const HOME: Record<string, readonly string[]> = {
  GB: ['gb-fibre-a', 'gb-fibre-a', 'gb-fibre-b', 'gb-cable', 'gb-dsl'],
  IE: ['ie-dsl', 'ie-cable'],
  DE: ['de-dsl', 'de-dsl', 'de-cable'],
  NL: ['nl-dsl', 'nl-cable'],
  FR: ['fr-fibre'],
  BE: ['be-dsl'],
  ES: ['es-fibre'],
  IT: ['it-dsl'],
  AT: ['at-dsl'],
  CH: ['ch-dsl'],
  US: ['us-cable', 'us-cable', 'us-fibre'],
  AE: ['ae-fibre', 'ae-fibre', 'ae-mobile'],
  QA: ['qa-fibre'],
  SA: ['sa-fibre'],
  KW: ['kw-fibre'],
};

const MOBILE: Record<string, string> = { GB: 'gb-mobile-a', AE: 'ae-mobile' };

/** A home network in a country (fixed line). */
export const homeNetwork = (rng: Rng, country: string): string => rng.pick(HOME[country] ?? HOME.GB ?? []);

/** A phone's network in a country, where the model has one, else a home line. */
export const mobileNetwork = (rng: Rng, country: string): string =>
  country === 'GB'
    ? rng.pick(['gb-mobile-a', 'gb-mobile-b'])
    : (MOBILE[country] ?? homeNetwork(rng, country));

/** VPN and proxy exits: hosting ranges in Britain, the Netherlands, Germany and the US. */
export const vpnExit = (rng: Rng): string =>
  rng.weightedPick([
    ['gb-hosting', 35],
    ['nl-hosting', 30],
    ['de-hosting', 20],
    ['us-hosting', 15],
  ]);
