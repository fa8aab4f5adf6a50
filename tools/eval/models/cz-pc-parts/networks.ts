import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * Where checkouts come from: home broadband, mobile carriers (carrier-grade NAT, many buyers behind one address),
 * university networks, and hosting ranges that VPNs, residential-proxy exits and bots use. Every IPv4 block was
 * checked /24 by /24, and every IPv6 prefix with random addresses, against geoip-country; names say what kind of
 * network a block stands for, not who holds it.
 */

export type NetworkKind = 'home' | 'mobile' | 'campus' | 'hosting';

export interface Network {
  name: string;
  country: string;
  kind: NetworkKind;
  /** IPv4 blocks as [first address, prefix length]. */
  v4: ReadonlyArray<readonly [string, number]>;
  /** IPv6 /32 prefixes (two groups). */
  v6: readonly string[];
}

const net = (
  name: string,
  country: string,
  kind: NetworkKind,
  v4: ReadonlyArray<readonly [string, number]>,
  v6: readonly string[] = [],
): Network => ({ name, country, kind, v4, v6 });

export const NETWORKS: readonly Network[] = [
  net(
    'cz-fibre-dsl',
    'CZ',
    'home',
    [
      ['85.160.0.0', 14],
      ['88.100.0.0', 14],
    ],
    ['2a00:1028', '2a02:8308'],
  ),
  net('cz-cable', 'CZ', 'home', [
    ['89.102.0.0', 16],
    ['31.30.0.0', 16],
    ['213.220.192.0', 18],
  ]),
  net('cz-regional-isp', 'CZ', 'home', [
    ['77.236.192.0', 19],
    ['93.99.0.0', 16],
  ]),
  net(
    'cz-mobile',
    'CZ',
    'mobile',
    [
      ['37.188.128.0', 17],
      ['46.135.0.0', 16],
    ],
    ['2a00:1ed0'],
  ),
  net(
    'cz-university',
    'CZ',
    'campus',
    [
      ['147.251.0.0', 16],
      ['147.32.0.0', 15],
      ['195.113.0.0', 16],
    ],
    ['2001:718'],
  ),
  net(
    'sk-dsl',
    'SK',
    'home',
    [
      ['87.197.0.0', 16],
      ['95.102.0.0', 16],
      ['78.98.0.0', 15],
    ],
    ['2a01:c844'],
  ),
  net('sk-mobile', 'SK', 'mobile', [
    ['178.40.0.0', 16],
    ['188.167.0.0', 16],
  ]),
  net(
    'pl-dsl',
    'PL',
    'home',
    [
      ['83.0.0.0', 11],
      ['89.64.0.0', 13],
    ],
    ['2a01:110f'],
  ),
  net(
    'pl-mobile',
    'PL',
    'mobile',
    [
      ['37.47.0.0', 16],
      ['31.0.0.0', 16],
    ],
    ['2a02:a31a'],
  ),
  net(
    'hu-broadband',
    'HU',
    'home',
    [
      ['89.132.0.0', 14],
      ['81.182.0.0', 15],
    ],
    ['2001:4c4c'],
  ),
  net('hu-mobile', 'HU', 'mobile', [['92.249.128.0', 17]], ['2a01:36d']),
  net(
    'de-dsl',
    'DE',
    'home',
    [
      ['79.192.0.0', 10],
      ['91.0.0.0', 10],
    ],
    ['2003:e0', '2003:c0'],
  ),
  net('de-cable', 'DE', 'home', [['88.64.0.0', 12]]),
  net(
    'at-broadband',
    'AT',
    'home',
    [
      ['62.47.0.0', 16],
      ['77.116.0.0', 14],
    ],
    ['2a02:1748'],
  ),
  net('at-mobile', 'AT', 'mobile', [
    ['178.115.0.0', 16],
    ['91.112.0.0', 14],
  ]),
  net(
    'ua-mobile',
    'UA',
    'mobile',
    [
      ['46.211.0.0', 16],
      ['176.36.0.0', 14],
      ['37.73.0.0', 16],
    ],
    ['2a02:2378'],
  ),
  net('ua-broadband', 'UA', 'home', [
    ['46.200.0.0', 16],
    ['178.150.0.0', 15],
  ]),
  net('gb-broadband', 'GB', 'home', [['86.128.0.0', 10]]),
  net('es-broadband', 'ES', 'home', [
    ['83.32.0.0', 11],
    ['88.0.0.0', 11],
  ]),
  net('it-broadband', 'IT', 'home', [['79.32.0.0', 11]]),
  net('th-mobile', 'TH', 'mobile', [['49.228.0.0', 14]]),
  net('us-cable', 'US', 'home', [['73.0.0.0', 8]], ['2601:0']),
  net('us-cloud', 'US', 'hosting', [['3.80.0.0', 12]]),
  net(
    'de-hosting',
    'DE',
    'hosting',
    [
      ['88.198.0.0', 16],
      ['5.9.0.0', 16],
      ['148.251.0.0', 16],
    ],
    ['2a01:4f8'],
  ),
  net('nl-hosting', 'NL', 'hosting', [['185.107.56.0', 22]]),
  net('ch-vpn', 'CH', 'hosting', [['185.159.157.0', 24]]),
  net('ng-mobile', 'NG', 'mobile', [
    ['105.112.0.0', 12],
    ['197.210.0.0', 16],
  ]),
  net('vn-broadband', 'VN', 'home', [
    ['113.160.0.0', 11],
    ['14.160.0.0', 11],
  ]),
  net('ru-broadband', 'RU', 'home', [
    ['95.24.0.0', 13],
    ['178.176.0.0', 14],
  ]),
  net(
    'ir-mobile',
    'IR',
    'mobile',
    [
      ['5.112.0.0', 12],
      ['2.176.0.0', 12],
    ],
    ['2a01:5ec0'],
  ),
  net('sy-telecom', 'SY', 'home', [
    ['31.9.0.0', 16],
    ['82.137.192.0', 18],
    ['5.0.0.0', 16],
  ]),
  net('kp-state', 'KP', 'home', [['175.45.176.0', 22]]),
  net('cu-telecom', 'CU', 'home', [
    ['152.206.0.0', 15],
    ['181.225.224.0', 19],
  ]),
];

const BY_NAME = new Map(NETWORKS.map((n) => [n.name, n]));

export function network(name: string): Network {
  const found = BY_NAME.get(name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
}

/** The networks of a country and kind (any kind when not given). */
export function networksOf(country: string, kind?: NetworkKind): Network[] {
  return NETWORKS.filter((n) => n.country === country && (kind === undefined || n.kind === kind));
}

const toInt = (ip: string): number => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
const toIp = (n: number): string => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');

/** An address in the network: IPv4, or IPv6 when asked and the network has it. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0) {
    const group = () => rng.int(0, 0xffff).toString(16);
    return `${rng.pick(n.v6)}:${group()}:${group()}:${group()}::${rng.int(1, 0xffff).toString(16)}`;
  }
  const [first, bits] = rng.pick(n.v4);
  const size = 2 ** (32 - bits);
  return toIp(toInt(first) + rng.int(1, size - 2));
}

/** An address, IPv6 with probability `v6Share` where the network has it. */
export const ipIn = (rng: Rng, n: Network, v6Share = 0.25): string => address(rng, n, rng.chance(v6Share));

/** The country geoip-country places an address in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;
