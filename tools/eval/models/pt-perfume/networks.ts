import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * The networks checkouts come from. Each block was checked with geoip-country to locate, whole, in the country
 * given (the spec checks draws again). Names say what kind of network a block stands for (fibre, cable, mobile
 * carrier-grade NAT, campus, Apple's iCloud Private Relay egress, hosting used as VPN and proxy exits), not who
 * holds it.
 */

export type NetworkKind = 'fixed' | 'mobile' | 'campus' | 'relay' | 'hosting';

export interface Network {
  name: string;
  country: string;
  kind: NetworkKind;
  v4: readonly string[];
  v6: readonly string[];
  /** How often a checkout on this network comes over IPv6, when it has any. */
  v6Share: number;
}

const net = (
  name: string,
  country: string,
  kind: NetworkKind,
  v4: readonly string[],
  v6: readonly string[] = [],
  v6Share = 0,
): Network => ({ name, country, kind, v4, v6, v6Share });

export const NETWORKS: readonly Network[] = [
  // Portugal
  net(
    'pt-fibre-a',
    'PT',
    'fixed',
    ['85.240.0.0/13', '81.193.0.0/16', '213.22.0.0/16'],
    ['2001:8a0::/32'],
    0.35,
  ),
  net('pt-cable-b', 'PT', 'fixed', ['85.138.0.0/15', '94.60.0.0/14'], ['2001:818::/32'], 0.3),
  net('pt-fibre-c', 'PT', 'fixed', ['148.63.0.0/16', '176.78.0.0/15'], ['2a01:14::/32'], 0.2),
  net('pt-mobile-a', 'PT', 'mobile', ['2.80.0.0/14']),
  net('pt-mobile-b', 'PT', 'mobile', ['95.92.0.0/14', '46.189.128.0/17']),
  net('pt-campus', 'PT', 'campus', ['193.136.0.0/15'], ['2001:690::/32'], 0.4),
  net('pt-relay', 'PT', 'relay', ['172.224.56.0/24', '172.224.185.0/24']),
  // Spain
  net('es-fibre-a', 'ES', 'fixed', ['83.32.0.0/11', '88.0.0.0/11', '80.24.0.0/13'], ['2a0c:5a80::/32'], 0.2),
  net('es-fibre-b', 'ES', 'fixed', ['79.144.0.0/12', '84.76.0.0/14'], ['2a01:c50f::/32'], 0.25),
  net('es-mobile', 'ES', 'mobile', ['37.132.0.0/14', '81.32.0.0/12'], ['2a02:9000::/23'], 0.3),
  net('es-relay', 'ES', 'relay', ['172.224.53.0/24', '172.224.54.0/24', '172.224.170.0/24']),
  // France
  net('fr-fibre-a', 'FR', 'fixed', ['109.208.0.0/13', '93.0.0.0/11'], ['2a01:cb00::/27'], 0.45),
  net('fr-fibre-b', 'FR', 'fixed', ['176.128.0.0/10', '77.144.0.0/12'], ['2a01:e30::/28'], 0.4),
  net('fr-mobile', 'FR', 'mobile', ['37.168.0.0/14', '37.172.0.0/14'], ['2a04:cec0::/29'], 0.4),
  net('fr-relay', 'FR', 'relay', ['172.224.97.0/24', '172.224.193.0/24', '172.224.210.0/24']),
  // Luxembourg
  net('lu-fibre', 'LU', 'fixed', ['85.93.192.0/19', '80.90.32.0/19'], ['2001:7e8::/32'], 0.3),
  net('lu-mobile', 'LU', 'mobile', ['212.66.64.0/19', '94.252.0.0/17']),
  // Belgium
  net('be-fibre', 'BE', 'fixed', ['81.240.0.0/13', '91.176.0.0/13'], ['2a02:a03f::/32'], 0.3),
  net('be-cable', 'BE', 'fixed', ['78.20.0.0/14', '109.128.0.0/13'], ['2a02:1810::/28'], 0.4),
  net('be-relay', 'BE', 'relay', ['172.224.63.0/24']),
  // Switzerland
  net('ch-fibre', 'CH', 'fixed', ['85.0.0.0/13', '83.76.0.0/14', '62.202.0.0/15'], ['2a02:1200::/27'], 0.35),
  net('ch-cable', 'CH', 'fixed', ['188.60.0.0/14', '31.164.0.0/15'], ['2a02:aa10::/28'], 0.3),
  net('ch-mobile', 'CH', 'mobile', ['178.192.0.0/13'], ['2001:1700::/27'], 0.3),
  net('ch-relay', 'CH', 'relay', ['172.224.55.0/24', '172.224.132.0/24']),
  // Visitors' and expats' home networks (a phone roaming in Lisbon still exits at home)
  net('br-fixed', 'BR', 'fixed', ['191.176.0.0/12'], ['2804:14c::/32'], 0.3),
  net('gb-fixed', 'GB', 'fixed', ['86.128.0.0/10', '31.48.0.0/13', '90.192.0.0/11'], ['2a00:23c0::/26'], 0.3),
  net('us-cable', 'US', 'fixed', ['73.0.0.0/8', '24.0.0.0/12', '98.192.0.0/10'], ['2601::/20'], 0.4),
  net('ca-fixed', 'CA', 'fixed', ['174.88.0.0/13', '70.24.0.0/13'], ['2607:fea8::/32'], 0.3),
  net('de-fixed', 'DE', 'fixed', ['79.192.0.0/10', '87.128.0.0/10', '93.192.0.0/10'], ['2003::/19'], 0.4),
  net('ao-mobile', 'AO', 'mobile', ['105.168.0.0/14', '197.216.0.0/15']),
  // Where fraud is run from
  net('ma-mobile', 'MA', 'mobile', ['105.128.0.0/11', '196.64.0.0/14']),
  net('ro-fixed', 'RO', 'fixed', ['5.12.0.0/14']),
  net('ng-mobile', 'NG', 'mobile', ['105.112.0.0/12', '102.88.0.0/14', '197.210.0.0/16']),
  net('tr-fixed', 'TR', 'fixed', ['78.160.0.0/11', '88.224.0.0/11', '85.96.0.0/12']),
  net('ae-fixed', 'AE', 'fixed', ['94.200.0.0/13', '2.48.0.0/14']),
  // Sanctioned jurisdictions
  net('ir-fixed', 'IR', 'fixed', ['2.176.0.0/12', '151.232.0.0/14']),
  net('ir-mobile', 'IR', 'mobile', ['5.112.0.0/12', '83.120.0.0/14', '113.203.0.0/17']),
  net('cu-fixed', 'CU', 'fixed', ['152.206.0.0/15', '181.225.224.0/19', '200.55.128.0/18']),
  // Hosting: VPN exits, proxies, anti-detect browsers' rented servers
  net('host-de', 'DE', 'hosting', ['88.198.0.0/16', '78.46.0.0/15', '5.9.0.0/16']),
  net('host-nl', 'NL', 'hosting', ['85.17.0.0/16', '95.211.0.0/16', '37.48.64.0/18']),
  net(
    'host-fr',
    'FR',
    'hosting',
    ['212.47.224.0/19', '15.236.0.0/15', '35.180.0.0/16'],
    ['2001:41d0::/32'],
    0.3,
  ),
  net('host-us', 'US', 'hosting', ['45.33.0.0/17', '3.80.0.0/12'], ['2604:a880::/32'], 0.2),
  net('host-ch', 'CH', 'hosting', ['185.19.28.0/22']),
];

const BY_NAME = new Map(NETWORKS.map((n) => [n.name, n]));

export function network(name: string): Network {
  const n = BY_NAME.get(name);
  if (!n) throw new Error(`no network ${name}`);
  return n;
}

/** A country's networks of a kind. */
export const networksOf = (country: string, kind: NetworkKind): Network[] =>
  NETWORKS.filter((n) => n.country === country && n.kind === kind);

const toInt = (ip: string): number => ip.split('.').reduce((a, b) => a * 256 + Number(b), 0);
const toIp = (n: number): string => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');

function v4In(rng: Rng, cidr: string): string {
  const [base = '0.0.0.0', bits = '32'] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  const n = toInt(base) + rng.int(0, size - 1);
  const last = n & 255;
  return toIp(last === 0 ? n + 1 : last === 255 ? n - 1 : n);
}

function v6In(rng: Rng, cidr: string): string {
  const [base = '::', bits = '128'] = cidr.split('/');
  const prefix = Number(bits);
  const head = (base.split('::')[0] ?? '')
    .split(':')
    .filter(Boolean)
    .map((h) => parseInt(h, 16));
  return Array.from({ length: 8 }, (_, i) => {
    const fixed = Math.max(0, Math.min(16, prefix - 16 * i));
    const mask = fixed === 0 ? 0 : (0xffff << (16 - fixed)) & 0xffff;
    return (((head[i] ?? 0) & mask) | (rng.int(0, 0xffff) & ~mask & 0xffff)).toString(16);
  }).join(':');
}

/** An address on `n`: IPv6 when asked and the network has any, else IPv4. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  return v6 && n.v6.length > 0 ? v6In(rng, rng.pick(n.v6)) : v4In(rng, rng.pick(n.v4));
}

/** An address on `n`, IPv6 as often as its users get one. */
export const ipOn = (rng: Rng, n: Network): string => address(rng, n, rng.chance(n.v6Share));

/** Where geoip-country places an address. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;
