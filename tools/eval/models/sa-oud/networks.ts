import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * The networks buyers connect from: Saudi mobile carriers (most of the traffic, carrier-grade NAT), home
 * fibre, company and compound networks, the Gulf carriers, British and Egyptian broadband, the home networks
 * of expatriate workers' families, hosting ranges used as VPN and proxy exits, and Iranian and Syrian
 * networks (only the sanctioned_country kind). Each IPv4 block is `a.b` with a range of third octets; every
 * block was checked with geoip-country. Names say what kind of network a block stands for, not who holds it.
 */

export type NetworkKind = 'mobile' | 'fixed' | 'office' | 'hosting';

export interface Network {
  name: string;
  country: string;
  kind: NetworkKind;
  v4: ReadonlyArray<readonly [number, number, number, number]>;
  /** IPv6 /32 prefixes (two groups). */
  v6: readonly string[];
}

type Block = readonly [number, number, number?, number?];

const net = (
  name: string,
  country: string,
  kind: NetworkKind,
  blocks: readonly Block[],
  v6: readonly string[] = [],
): Network => ({
  name,
  country,
  kind,
  v4: blocks.map(([a, b, from = 0, to = 255]) => [a, b, from, to] as const),
  v6,
});

export const NETWORKS: readonly Network[] = [
  net(
    'sa-mobile-1',
    'SA',
    'mobile',
    [
      [2, 88],
      [2, 89],
      [2, 90],
    ],
    ['2001:16a0'],
  ),
  net(
    'sa-mobile-2',
    'SA',
    'mobile',
    [
      [37, 224],
      [188, 48],
      [188, 49],
    ],
    ['2a02:cb80'],
  ),
  net('sa-mobile-3', 'SA', 'mobile', [
    [51, 36],
    [51, 223],
    [176, 224],
    [37, 104],
  ]),
  net(
    'sa-fibre',
    'SA',
    'fixed',
    [
      [94, 96],
      [94, 97],
      [95, 184],
      [5, 41],
      [31, 166],
    ],
    ['2a02:9b0'],
  ),
  net('sa-office', 'SA', 'office', [
    [212, 138],
    [46, 152],
    [178, 80],
    [77, 30],
  ]),
  net(
    'ae-mobile',
    'AE',
    'mobile',
    [
      [94, 200],
      [94, 201],
      [2, 50],
      [2, 51],
    ],
    ['2001:8f8'],
  ),
  net(
    'ae-fixed',
    'AE',
    'fixed',
    [
      [86, 96],
      [86, 97],
      [5, 195],
      [83, 110],
      [91, 73],
    ],
    ['2a00:f28'],
  ),
  net('kw-mobile', 'KW', 'mobile', [
    [37, 36],
    [94, 128],
    [188, 236],
    [37, 231],
    [62, 215],
    [37, 39],
  ]),
  net('qa-mobile', 'QA', 'mobile', [
    [37, 208, 128, 255],
    [37, 210],
    [78, 100],
    [78, 101],
    [89, 211],
    [176, 202],
  ]),
  net('bh-mobile', 'BH', 'mobile', [
    [37, 131, 0, 127],
    [77, 69, 128, 255],
    [46, 184, 128, 255],
  ]),
  net('om-mobile', 'OM', 'mobile', [
    [5, 36],
    [5, 37],
    [85, 154],
    [37, 40],
    [188, 135, 0, 127],
  ]),
  net(
    'gb-fixed',
    'GB',
    'fixed',
    [
      [86, 128],
      [86, 129],
      [81, 96],
      [31, 94],
      [90, 196],
    ],
    ['2a00:23c5'],
  ),
  net('gb-mobile', 'GB', 'mobile', [[92, 40]], ['2a01:4c8']),
  net(
    'eg-mobile',
    'EG',
    'mobile',
    [
      [41, 232],
      [41, 233],
      [156, 196],
      [197, 32],
      [41, 44],
      [197, 246],
    ],
    ['2c0f:fc88'],
  ),
  net('in-mobile', 'IN', 'mobile', [
    [49, 36],
    [49, 37],
    [106, 195],
    [157, 32],
  ]),
  net('pk-mobile', 'PK', 'mobile', [
    [39, 32],
    [119, 152],
    [182, 184],
  ]),
  net('ph-mobile', 'PH', 'mobile', [
    [112, 198],
    [49, 144],
  ]),
  net('ng-mobile', 'NG', 'mobile', [
    [105, 112],
    [102, 89],
  ]),
  net('us-fixed', 'US', 'fixed', [
    [73, 0],
    [98, 200],
    [24, 0],
  ]),
  net('us-hosting', 'US', 'hosting', [
    [104, 238, 64, 147],
    [104, 238, 236, 255],
    [45, 76, 224, 255],
  ]),
  net(
    'de-hosting',
    'DE',
    'hosting',
    [
      [116, 202],
      [88, 198],
      [78, 46],
      [95, 90],
    ],
    ['2a01:4f8'],
  ),
  net('nl-hosting', 'NL', 'hosting', [
    [185, 107, 36, 47],
    [185, 107, 116, 123],
  ]),
  net('ir-mobile', 'IR', 'mobile', [
    [2, 176],
    [2, 180],
    [5, 112],
    [5, 200, 64, 255],
  ]),
  net('sy-fixed', 'SY', 'fixed', [
    [5, 0],
    [31, 9],
    [188, 160],
    [82, 137, 192, 255],
  ]),
];

const BY_NAME = new Map(NETWORKS.map((n) => [n.name, n]));

export function network(name: string): Network {
  const found = BY_NAME.get(name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
}

/** A host in one of the network's blocks; IPv6 (a full address in one of its /32s) when asked and it has any. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0) {
    const group = () => rng.int(0, 0xffff).toString(16);
    return `${rng.pick(n.v6)}:${group()}:${group()}:${group()}:${group()}:${group()}:${group()}`;
  }
  const [a, b, from, to] = rng.pick(n.v4);
  return `${a}.${b}.${rng.int(from, to)}.${rng.int(1, 254)}`;
}

/** An IP of the named network; a quarter of draws on IPv6 where the network has it (Saudi mobile mostly). */
export function ipOn(rng: Rng, name: string): string {
  const n = network(name);
  return address(rng, n, n.v6.length > 0 && rng.chance(0.25));
}

/** The country geoip-country places an IP in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;

/** The mobile networks of a Gulf market, by country. */
export const MOBILE: Readonly<Record<string, readonly string[]>> = {
  SA: ['sa-mobile-1', 'sa-mobile-1', 'sa-mobile-2', 'sa-mobile-3'],
  AE: ['ae-mobile'],
  KW: ['kw-mobile'],
  QA: ['qa-mobile'],
  BH: ['bh-mobile'],
  OM: ['om-mobile'],
  GB: ['gb-mobile'],
  EG: ['eg-mobile'],
};

/** Home broadband by country (the smaller Gulf markets connect over their mobile carriers' home routers). */
export const HOME: Readonly<Record<string, readonly string[]>> = {
  SA: ['sa-fibre'],
  AE: ['ae-fixed'],
  KW: ['kw-mobile'],
  QA: ['qa-mobile'],
  BH: ['bh-mobile'],
  OM: ['om-mobile'],
  GB: ['gb-fixed'],
  EG: ['eg-mobile'],
};
