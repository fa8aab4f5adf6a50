import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * The networks checkouts come from. Names say what kind of network a block stands for (a Kenyan mobile
 * carrier, home fibre, a US cable operator, a hosting company's VPN exits), not who holds it. Every IPv4 block
 * was checked /24 by /24 and every IPv6 /32 with 200 random addresses against geoip-country, and only blocks
 * that locate wholly in the country were kept.
 */

export type NetKind = 'mobile' | 'broadband' | 'business' | 'university' | 'hosting';

export interface Network {
  name: string;
  country: string;
  kind: NetKind;
  v4: readonly string[];
  /** IPv6 /32 prefixes, `xxxx:xxxx`. */
  v6: readonly string[];
  /** Share of this network's checkouts that come over IPv6. */
  v6Share: number;
}

const net = (
  name: string,
  country: string,
  kind: NetKind,
  v4: string[],
  v6: string[] = [],
  v6Share = 0,
): Network => ({ name, country, kind, v4, v6, v6Share });

export const NETWORKS: readonly Network[] = [
  // Kenya: two mobile carriers (most Kenyans are online on a phone), home fibre and cable, offices and hotels.
  net('ke-mobile-1', 'KE', 'mobile', ['105.160.0.0/14', '105.48.0.0/14', '41.90.0.0/16'], ['2c0f:fe38'], 0.3),
  net('ke-mobile-2', 'KE', 'mobile', ['41.80.0.0/15', '102.0.0.0/15'], ['2c0f:fe88'], 0.1),
  net('ke-fibre', 'KE', 'broadband', ['197.248.0.0/16', '154.122.0.0/15'], ['2c0f:fb50'], 0.2),
  net('ke-cable', 'KE', 'broadband', ['154.76.0.0/15', '154.159.0.0/16']),
  net(
    'ke-business',
    'KE',
    'business',
    ['197.232.0.0/16', '105.230.0.0/16', '197.237.0.0/16'],
    ['2c0f:f878'],
    0.15,
  ),
  net('ke-university', 'KE', 'university', ['41.89.0.0/16']),
  // The four markets abroad.
  net(
    'us-cable',
    'US',
    'broadband',
    ['73.32.0.0/16', '73.40.0.0/16', '73.162.0.0/16', '24.16.0.0/16', '98.200.0.0/16', '76.120.0.0/16'],
    ['2601:14', '2601:2c', '2601:49', '2601:6a'],
    0.4,
  ),
  net(
    'us-fibre',
    'US',
    'broadband',
    ['71.178.0.0/16', '108.20.0.0/16', '99.100.0.0/16'],
    ['2600:1702', '2600:1700'],
    0.3,
  ),
  net(
    'us-mobile',
    'US',
    'mobile',
    ['172.56.0.0/16', '172.58.0.0/16', '174.196.0.0/16', '107.77.0.0/16'],
    ['2607:fb90'],
    0.6,
  ),
  net(
    'gb-broadband',
    'GB',
    'broadband',
    ['86.128.0.0/16', '86.140.0.0/16', '81.98.0.0/16', '82.20.0.0/16', '90.200.0.0/16', '109.150.0.0/16'],
    ['2a00:23c5', '2a00:23c8'],
    0.3,
  ),
  net('gb-mobile', 'GB', 'mobile', ['31.94.0.0/16']),
  net(
    'de-broadband',
    'DE',
    'broadband',
    ['79.192.0.0/16', '79.200.0.0/16', '87.160.0.0/16', '91.40.0.0/16', '93.200.0.0/16', '84.150.0.0/16'],
    ['2003:c2', '2003:e5', '2a02:8108'],
    0.45,
  ),
  net(
    'nl-broadband',
    'NL',
    'broadband',
    ['77.160.0.0/16', '77.170.0.0/16', '84.24.0.0/16', '84.26.0.0/16', '62.45.0.0/16'],
    ['2a02:a440', '2001:1c01'],
    0.35,
  ),
  net('nl-office', 'NL', 'business', ['145.53.0.0/16']),
  // Hosting companies' ranges: commercial VPN exits, residential-looking proxies' back ends, scripts.
  net('vpn-nl', 'NL', 'hosting', ['51.15.0.0/17', '188.166.0.0/17']),
  net('vpn-de', 'DE', 'hosting', ['5.9.0.0/16', '78.46.0.0/16', '88.198.0.0/16', '46.101.128.0/17']),
  net('vpn-us', 'US', 'hosting', ['3.80.0.0/16', '138.68.0.0/18', '159.203.64.0/18']),
  net('vpn-gb', 'GB', 'hosting', ['138.68.128.0/18', '46.101.0.0/18']),
  // Where Kenyans travel and where some fraud is run from.
  net('ae-mobile', 'AE', 'mobile', ['94.200.0.0/16', '5.30.0.0/16', '86.96.0.0/16']),
  net('za-broadband', 'ZA', 'broadband', ['197.236.0.0/16', '105.224.0.0/16', '41.13.0.0/16']),
  net('ug-mobile', 'UG', 'mobile', ['102.80.0.0/16']),
  net('tz-mobile', 'TZ', 'mobile', ['41.59.0.0/16', '197.250.0.0/16', '156.158.0.0/16']),
  net('rw-broadband', 'RW', 'broadband', ['41.186.0.0/16']),
  net('ng-mobile', 'NG', 'mobile', ['102.89.0.0/16', '105.112.0.0/15', '197.210.0.0/16', '41.184.0.0/16']),
  // Sanctioned jurisdictions: only the sanctioned_country kind comes from here.
  net('ru-broadband', 'RU', 'broadband', [
    '95.24.0.0/15',
    '176.59.0.0/16',
    '178.176.0.0/16',
    '37.144.0.0/16',
    '31.173.0.0/16',
  ]),
  net('by-broadband', 'BY', 'broadband', [
    '178.120.0.0/15',
    '37.212.0.0/16',
    '93.84.0.0/16',
    '46.216.0.0/16',
  ]),
  net('ir-mobile', 'IR', 'mobile', [
    '5.112.0.0/15',
    '2.176.0.0/16',
    '151.232.0.0/16',
    '5.119.0.0/16',
    '83.120.0.0/16',
  ]),
];

export type NetworkName = string;

const BY_NAME = new Map(NETWORKS.map((n) => [n.name, n]));

export function network(name: NetworkName): Network {
  const n = BY_NAME.get(name);
  if (!n) throw new Error(`no network ${name}`);
  return n;
}

const hex = (rng: Rng) => rng.int(0, 0xffff).toString(16);

/** A random address in one of the network's blocks (IPv4, or IPv6 when asked and it has any). */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0)
    return `${rng.pick(n.v6)}:${hex(rng)}:${hex(rng)}:${hex(rng)}:${hex(rng)}:${hex(rng)}:${hex(rng)}`;
  const [base = '0.0.0.0', bits = '16'] = rng.pick(n.v4).split('/');
  const start = base.split('.').reduce((a, o) => a * 256 + Number(o), 0);
  const size = 2 ** (32 - Number(bits));
  const at = start + Math.floor(rng.next() * size);
  const host = rng.int(1, 254);
  return [
    Math.floor(at / 16_777_216) % 256,
    Math.floor(at / 65_536) % 256,
    Math.floor(at / 256) % 256,
    host,
  ].join('.');
}

/** A checkout's address on a named network: IPv6 as often as that network hands it out. */
export function ipOn(rng: Rng, name: NetworkName): string {
  const n = network(name);
  return address(rng, n, n.v6.length > 0 && rng.chance(n.v6Share));
}

/** Where geoip-country places an IP. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;
