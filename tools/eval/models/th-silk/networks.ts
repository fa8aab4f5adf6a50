import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * The networks buyers check out from. Each IPv4 block is `[a, b, from, to]`: the /24s a.b.from–a.b.to, every
 * one of which geoip-country places in the network's country (checked /24 by /24 with a scratch script); each
 * IPv6 prefix is a /32 checked with random addresses. Names say what kind of network a block stands for, not
 * who holds it. RU, BY and IR networks are drawn only by the sanctioned-country kind.
 */

type V4 = readonly [number, number, number, number];

export interface Network {
  name: string;
  country: string;
  v4: readonly V4[];
  v6: readonly string[];
}

const net = (name: string, country: string, v4: V4[], v6: string[] = []): Network => ({
  name,
  country,
  v4,
  v6,
});
const all = (a: number, b: number): V4 => [a, b, 0, 255];

export const NETWORKS = [
  // Thailand: two mobile carriers (also the tourist SIMs sold at the airport), fibre and DSL, hotel lines.
  net(
    'th-mobile-a',
    'TH',
    [all(49, 228), all(49, 229), all(49, 230), all(49, 231), all(223, 24)],
    ['2001:44c8'],
  ),
  net('th-mobile-b', 'TH', [[1, 46, 0, 59], all(1, 47)], ['2001:fb0']),
  net(
    'th-fibre-a',
    'TH',
    [all(171, 96), all(171, 97), all(171, 100), all(171, 101), all(58, 8), all(58, 9)],
    ['2403:6200'],
  ),
  net('th-fibre-b', 'TH', [all(110, 168), all(110, 169), all(110, 170), all(182, 232)], ['2405:9800']),
  net('th-fibre-c', 'TH', [all(184, 22), all(49, 49), all(49, 237)], ['2001:fb1']),
  net(
    'th-dsl',
    'TH',
    [all(118, 172), all(118, 173), all(124, 120), all(124, 121), all(125, 24), all(125, 25)],
    ['2001:c38'],
  ),
  net('th-hotel-wifi', 'TH', [all(27, 55), all(113, 53), all(182, 52), [61, 7, 128, 255]]),
  // Abroad: home broadband and mobile.
  net(
    'us-cable',
    'US',
    [all(73, 15), all(73, 162), all(24, 5), all(76, 88), all(68, 36), all(174, 101)],
    ['2601:40', '2601:280', '2603:6000'],
  ),
  net('us-fibre', 'US', [all(71, 174), all(108, 28), all(99, 31)], ['2600:1700']),
  net('us-mobile', 'US', [all(172, 58), [172, 59, 24, 255], all(107, 77)], ['2607:fb90', '2600:1000']),
  net('ca-broadband', 'CA', [all(99, 230), all(70, 50), all(24, 68), all(174, 88)]),
  net(
    'gb-broadband',
    'GB',
    [
      all(81, 131),
      all(86, 140),
      all(86, 155),
      all(2, 97),
      all(2, 99),
      all(90, 196),
      all(82, 12),
      all(82, 31),
    ],
    ['2a00:23c0', '2a00:23c8', '2a02:c7c', '2a02:8010'],
  ),
  net('gb-mobile', 'GB', [all(31, 94), all(92, 40)], ['2a01:4c8']),
  net(
    'de-broadband',
    'DE',
    [all(79, 200), all(84, 150), all(87, 160), all(91, 12), all(93, 208)],
    ['2003:e0', '2003:ec', '2a02:8100'],
  ),
  net(
    'fr-broadband',
    'FR',
    [all(90, 8), all(90, 45), all(86, 210), all(82, 65), all(88, 170), all(77, 130)],
    ['2a01:cb00', '2a01:cb19', '2a01:e0a'],
  ),
  net('nl-broadband', 'NL', [all(77, 161), all(84, 84)]),
  net('it-broadband', 'IT', [all(79, 20), all(87, 10), all(93, 40)]),
  net('es-broadband', 'ES', [all(80, 28), all(83, 40), all(88, 12)]),
  net('ch-broadband', 'CH', [all(85, 1), all(178, 195)]),
  net(
    'au-broadband',
    'AU',
    [all(101, 160), all(101, 180), all(120, 144), all(1, 120), all(1, 128), all(203, 220)],
    ['2001:8003'],
  ),
  net('au-mobile', 'AU', [all(49, 180), all(110, 22)], ['2403:5800']),
  net('sg-broadband', 'SG', [all(116, 86), all(116, 88)]),
  net('hk-broadband', 'HK', [all(112, 118), all(219, 77)]),
  net(
    'jp-broadband',
    'JP',
    [all(126, 10), all(126, 200), all(153, 150), all(180, 30)],
    ['240b:10', '2001:268'],
  ),
  net('jp-mobile', 'JP', [all(106, 130)], ['240d:1a']),
  net('kr-broadband', 'KR', [all(175, 200), all(121, 130)]),
  // Data centres: VPN and proxy exits, privacy services, fraud tooling.
  net('us-hosting', 'US', [[159, 203, 64, 255], all(3, 80)]),
  net('de-hosting', 'DE', [all(5, 9)]),
  net('fr-hosting', 'FR', [[51, 38, 0, 63]]),
  net('nl-hosting', 'NL', [[188, 166, 0, 135]]),
  net('gb-hosting', 'GB', [[178, 62, 0, 127]]),
  net('sg-hosting', 'SG', [[128, 199, 64, 255]]),
  // Sanctioned countries.
  net('ru-broadband', 'RU', [all(95, 24), all(95, 28), all(46, 0)]),
  net('by-broadband', 'BY', [all(178, 120), all(93, 84)]),
  net('ir-broadband', 'IR', [all(5, 112), all(2, 176)]),
] as const satisfies readonly Network[];

export type NetworkName = (typeof NETWORKS)[number]['name'];

const BY_NAME = new Map<string, Network>(NETWORKS.map((n) => [n.name, n]));

export function network(name: NetworkName): Network {
  const n = BY_NAME.get(name);
  if (!n) throw new Error(`no network ${name}`);
  return n;
}

/** Each country's home networks, broadband before mobile. */
export const HOME_NETWORKS: Readonly<Record<string, readonly NetworkName[]>> = {
  TH: ['th-fibre-a', 'th-fibre-b', 'th-fibre-c', 'th-dsl'],
  US: ['us-cable', 'us-fibre', 'us-mobile'],
  CA: ['ca-broadband'],
  GB: ['gb-broadband', 'gb-mobile'],
  DE: ['de-broadband'],
  FR: ['fr-broadband'],
  NL: ['nl-broadband'],
  IT: ['it-broadband'],
  ES: ['es-broadband'],
  CH: ['ch-broadband'],
  AU: ['au-broadband', 'au-mobile'],
  SG: ['sg-broadband'],
  HK: ['hk-broadband'],
  JP: ['jp-broadband', 'jp-mobile'],
  KR: ['kr-broadband'],
};

export const THAI_MOBILE: readonly NetworkName[] = ['th-mobile-a', 'th-mobile-b'];
export const HOSTING: readonly NetworkName[] = [
  'us-hosting',
  'de-hosting',
  'fr-hosting',
  'nl-hosting',
  'gb-hosting',
  'sg-hosting',
];

/** A home network in `country`. */
export function homeNetwork(rng: Rng, country: string): Network {
  const names = HOME_NETWORKS[country];
  if (!names) throw new Error(`no home network in ${country}`);
  return network(rng.pick(names));
}

const hex = (rng: Rng) => rng.int(0, 0xffff).toString(16);

/** An address on `n`: IPv6 when asked and the network has it. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0)
    return `${rng.pick(n.v6)}:${hex(rng)}:${hex(rng)}:${hex(rng)}:${hex(rng)}:${hex(rng)}:${hex(rng)}`;
  const [a, b, from, to] = rng.pick(n.v4);
  return `${a}.${b}.${rng.int(from, to)}.${rng.int(1, 254)}`;
}

/** An address on `n`, IPv6 with probability `v6Share` where the network has it. */
export const ipOn = (rng: Rng, n: Network, v6Share = 0.3): string => address(rng, n, rng.chance(v6Share));

/** The country geoip-country places an IP in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;
