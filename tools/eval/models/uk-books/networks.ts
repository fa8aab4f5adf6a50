import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * The networks buyers check out from, named by what they are (home broadband, mobile, university, office,
 * hosting and VPN exits), never by who runs them. Every IPv4 block was checked /24 by /24, and every IPv6 /32
 * with random addresses, to locate wholly in its country with geoip-country.
 */

export type NetworkKind = 'home' | 'mobile' | 'university' | 'office' | 'hosting';

export interface Network {
  name: string;
  country: string;
  kind: NetworkKind;
  v4: readonly string[];
  /** /32 prefixes, as `2a01:4c8`. */
  v6: readonly string[];
  /** The share of this network's sessions that arrive over IPv6. */
  v6Share: number;
}

const net = (
  name: string,
  country: string,
  kind: NetworkKind,
  v4: string[],
  v6: string[] = [],
  v6Share = 0,
): Network => ({ name, country, kind, v4, v6, v6Share });

export const NETWORKS = [
  net(
    'gb-home-fibre',
    'GB',
    'home',
    ['86.128.0.0/12', '81.128.0.0/12', '109.144.0.0/14'],
    ['2a00:23c0'],
    0.35,
  ),
  net('gb-home-cable', 'GB', 'home', ['82.0.0.0/12', '81.96.0.0/12', '62.30.0.0/15'], ['2a02:c7c'], 0.3),
  net(
    'gb-home-dsl',
    'GB',
    'home',
    ['2.96.0.0/13', '90.192.0.0/12', '5.64.0.0/13', '94.0.0.0/14', '78.144.0.0/13'],
    ['2a01:4b00'],
    0.2,
  ),
  net(
    'gb-mobile',
    'GB',
    'mobile',
    ['31.94.0.0/16', '92.40.0.0/16', '92.41.0.0/16', '213.205.192.0/18', '146.90.0.0/16'],
    ['2a01:4c8'],
    0.45,
  ),
  net(
    'gb-university',
    'GB',
    'university',
    [
      '129.215.0.0/16',
      '130.209.0.0/16',
      '138.251.0.0/16',
      '130.159.0.0/16',
      '128.232.0.0/16',
      '129.67.0.0/16',
    ],
    ['2001:630'],
    0.2,
  ),
  net('gb-office', 'GB', 'office', ['194.80.0.0/16', '195.194.0.0/16', '212.159.0.0/17']),
  net('gb-hosting', 'GB', 'hosting', ['18.130.0.0/16', '3.8.0.0/14']),
  net('ie-home', 'IE', 'home', ['86.40.0.0/13', '46.7.0.0/16'], ['2001:bb6'], 0.25),
  net('ie-mobile', 'IE', 'mobile', ['37.228.192.0/18', '109.76.0.0/14'], ['2a02:8084'], 0.3),
  net(
    'de-home',
    'DE',
    'home',
    ['79.192.0.0/10', '91.0.0.0/10', '88.64.0.0/12'],
    ['2003:e0', '2a02:908'],
    0.4,
  ),
  net('de-mobile', 'DE', 'mobile', ['176.0.0.0/13'], ['2a01:598'], 0.4),
  net('de-hosting', 'DE', 'hosting', ['78.46.0.0/15', '5.9.0.0/16']),
  net(
    'fr-home',
    'FR',
    'home',
    ['82.64.0.0/14', '78.192.0.0/13', '86.192.0.0/12'],
    ['2a01:cb00', '2a01:e0a'],
    0.4,
  ),
  net('fr-mobile', 'FR', 'mobile', ['176.128.0.0/13'], ['2a01:e34'], 0.3),
  net('nl-home', 'NL', 'home', ['77.160.0.0/12', '94.208.0.0/13'], ['2a02:a400', '2a02:a440'], 0.35),
  net('nl-hosting', 'NL', 'hosting', ['185.107.56.0/22']),
  net(
    'es-home',
    'ES',
    'home',
    ['83.32.0.0/12', '88.0.0.0/12', '79.144.0.0/12'],
    ['2a02:9130', '2a0c:5a80'],
    0.2,
  ),
  net('es-mobile', 'ES', 'mobile', ['80.24.0.0/14', '90.160.0.0/12'], ['2a02:9000'], 0.2),
  net(
    'it-home',
    'IT',
    'home',
    ['79.0.0.0/11', '93.32.0.0/13', '2.32.0.0/13', '151.56.0.0/13'],
    ['2a01:e11'],
    0.15,
  ),
  net('pt-home', 'PT', 'home', ['85.240.0.0/13']),
  net('se-home', 'SE', 'home', ['78.64.0.0/12'], ['2001:2002', '2a00:801'], 0.3),
  net('be-home', 'BE', 'home', ['81.82.0.0/15', '84.192.0.0/14']),
  net(
    'us-home',
    'US',
    'home',
    ['73.0.0.0/8', '24.0.0.0/12', '71.160.0.0/12', '108.0.0.0/11', '98.192.0.0/13', '67.160.0.0/13'],
    ['2601:1c0', '2601:280', '2600:6c40'],
    0.45,
  ),
  net('us-mobile', 'US', 'mobile', ['174.192.0.0/11', '166.137.0.0/16'], ['2600:1000', '2600:387'], 0.6),
  net('us-hosting', 'US', 'hosting', ['45.55.0.0/16', '104.131.0.0/16'], ['2604:a880'], 0.2),
  net(
    'au-home',
    'AU',
    'home',
    ['1.120.0.0/14', '120.144.0.0/13', '110.20.0.0/14', '58.160.0.0/12'],
    ['2001:8003', '2001:44b8', '2403:5800'],
    0.35,
  ),
  net('au-mobile', 'AU', 'mobile', ['49.176.0.0/12', '1.144.0.0/13'], ['2001:8004'], 0.4),
  net('ng-mobile', 'NG', 'mobile', ['105.112.0.0/12', '102.88.0.0/14'], ['2c0f:f5c0'], 0.1),
  net('vn-home', 'VN', 'home', ['113.160.0.0/11', '27.64.0.0/12'], ['2402:800'], 0.2),
  net('ru-home', 'RU', 'home', ['95.24.0.0/13', '178.176.0.0/14'], ['2a00:1fa0', '2a02:2698'], 0.2),
  net('by-home', 'BY', 'home', ['178.120.0.0/13', '86.57.128.0/17', '37.212.0.0/14']),
  net('ir-home', 'IR', 'home', ['2.176.0.0/12', '5.112.0.0/12'], ['2a01:5ec0'], 0.1),
] as const satisfies readonly Network[];

export type NetworkName = (typeof NETWORKS)[number]['name'];

const BY_NAME = new Map<string, Network>(NETWORKS.map((n) => [n.name, n]));

export function network(name: NetworkName): Network {
  const found = BY_NAME.get(name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
}

/** The home broadband and mobile networks of a country (falling back to the British ones). */
export function homeNetworkOf(rng: Rng, country: string): Network {
  const homes = NETWORKS.filter((n) => n.country === country && n.kind === 'home');
  return homes.length > 0
    ? rng.pick(homes)
    : network(rng.pick(['gb-home-fibre', 'gb-home-cable', 'gb-home-dsl'] as const));
}

export function mobileNetworkOf(rng: Rng, country: string): Network {
  const mobiles = NETWORKS.filter((n) => n.country === country && n.kind === 'mobile');
  return mobiles.length > 0 ? rng.pick(mobiles) : homeNetworkOf(rng, country);
}

const toInt = (ip: string) => ip.split('.').reduce((a, b) => a * 256 + Number(b), 0);
const toDotted = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');

/** An address on the network: IPv4 (never a .0 or .255 host) or, with `v6`, one in a /32. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0) {
    const groups = Array.from({ length: 6 }, () => rng.int(0, 0xffff).toString(16));
    return `${rng.pick(n.v6)}:${groups.join(':')}`;
  }
  const [base = '0.0.0.0', bits = '24'] = rng.pick(n.v4).split('/');
  const size = 2 ** (32 - Number(bits));
  const block = toInt(base) + 256 * rng.int(0, size / 256 - 1);
  return toDotted(block + rng.int(1, 254));
}

/** A session's address, over IPv6 at the network's share. */
export const ipOn = (rng: Rng, n: Network): string => address(rng, n, rng.chance(n.v6Share));

/** Where geoip-country places an address. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;
