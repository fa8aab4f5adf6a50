import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * The IP networks checkouts come from. Names say what kind of network a block stands for (home cable or fibre,
 * a mobile carrier's shared addresses, an office, a hosting company used as a VPN or proxy exit), not who holds
 * it. Every IPv4 block was checked /24 by /24 and every IPv6 /32 with random addresses against geoip-country;
 * the spec checks draws again.
 */

export type Access = 'fixed' | 'mobile' | 'office' | 'hosting';

export interface Network {
  name: string;
  country: string;
  access: Access;
  /** IPv4 blocks in CIDR notation. */
  v4: readonly string[];
  /** IPv6 /32 prefixes (`2800:810`). */
  v6: readonly string[];
  /** How often a checkout on this network comes over IPv6, when it has any. */
  v6Share: number;
}

const net = (
  name: string,
  country: string,
  access: Access,
  v4: readonly string[],
  v6: readonly string[] = [],
  v6Share = 0,
): Network => ({ name, country, access, v4, v6, v6Share });

export const NETWORKS = [
  // Argentina: cable and fibre at home, the mobile carriers' CGNAT, offices in the city centre.
  net(
    'ar-cable-amba',
    'AR',
    'fixed',
    ['24.232.0.0/16', '181.46.0.0/15', '201.252.0.0/14'],
    ['2800:810'],
    0.3,
  ),
  net('ar-fibre', 'AR', 'fixed', ['190.136.0.0/14', '186.128.0.0/12'], ['2800:40'], 0.25),
  net('ar-cable-city', 'AR', 'fixed', ['190.16.0.0/14', '181.228.0.0/14']),
  net('ar-provincial-isp', 'AR', 'fixed', ['190.224.0.0/13', '186.56.0.0/13', '181.164.0.0/14']),
  net('ar-mobile-a', 'AR', 'mobile', ['181.20.0.0/14', '181.24.0.0/13'], ['2800:21', '2800:24'], 0.35),
  net('ar-mobile-b', 'AR', 'mobile', ['181.104.0.0/14', '186.124.0.0/14'], ['2800:20'], 0.2),
  net('ar-office', 'AR', 'office', ['200.43.0.0/16', '200.45.0.0/16']),
  // The diaspora's countries.
  net('es-fibre', 'ES', 'fixed', ['88.0.0.0/11', '83.32.0.0/11'], ['2a02:9000'], 0.2),
  net('es-mobile', 'ES', 'mobile', ['79.144.0.0/12', '81.32.0.0/12']),
  net('us-cable', 'US', 'fixed', ['73.0.0.0/10', '71.192.0.0/12'], ['2601:0', '2601:40'], 0.45),
  net('us-mobile', 'US', 'mobile', ['172.56.0.0/15']),
  net('de-dsl', 'DE', 'fixed', ['79.192.0.0/10', '84.128.0.0/10'], ['2003:e0', '2003:c0'], 0.5),
  net('de-cable', 'DE', 'fixed', ['91.0.0.0/11']),
  net('uy-fibre', 'UY', 'fixed', ['167.56.0.0/13', '186.48.0.0/13'], ['2800:a0'], 0.35),
  net('uy-mobile', 'UY', 'mobile', ['179.24.0.0/13']),
  net('cl-fixed', 'CL', 'fixed', ['190.160.0.0/14', '186.104.0.0/14'], ['2800:150', '2800:300'], 0.2),
  net('cl-mobile', 'CL', 'mobile', ['181.72.0.0/14']),
  net('br-fibre', 'BR', 'fixed', ['187.16.0.0/12', '191.176.0.0/12'], ['2804:14c', '2804:4'], 0.45),
  net('br-mobile', 'BR', 'mobile', ['179.112.0.0/12']),
  // Hosting ranges: VPN exits, proxies, testers' servers.
  net('us-hosting', 'US', 'hosting', ['104.131.0.0/16', '45.55.0.0/16']),
  net('de-hosting', 'DE', 'hosting', ['159.69.0.0/16', '116.202.0.0/15']),
  // Sanctioned jurisdictions: only the sanctioned_country kind connects from these.
  net('ru-mobile', 'RU', 'mobile', ['95.24.0.0/13', '37.144.0.0/14'], ['2a00:1fa0'], 0.3),
  net('ru-fixed', 'RU', 'fixed', ['178.176.0.0/14', '5.16.0.0/14']),
  net('by-fixed', 'BY', 'fixed', ['178.120.0.0/13', '37.212.0.0/14']),
  net('ir-fixed', 'IR', 'fixed', ['2.176.0.0/12', '5.112.0.0/12', '5.208.0.0/13']),
  net('cu-mobile', 'CU', 'mobile', ['152.206.0.0/15', '181.225.224.0/19']),
  net('sy-fixed', 'SY', 'fixed', ['82.137.192.0/18', '5.0.0.0/16', '31.9.0.0/16']),
  net('kp-fixed', 'KP', 'fixed', ['175.45.176.0/22']),
] as const satisfies readonly Network[];

export type NetworkName = (typeof NETWORKS)[number]['name'];

const BY_NAME = new Map<string, Network>(NETWORKS.map((n) => [n.name, n]));

export function network(name: NetworkName): Network {
  const found = BY_NAME.get(name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
}

/** An address on `n`: IPv4 (a host of a random /24 of a block, never .0 or .255) or, with `v6`, an IPv6 one. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0) {
    const groups = Array.from({ length: 6 }, () => rng.int(0, 0xffff).toString(16));
    return `${rng.pick(n.v6)}:${groups.join(':')}`;
  }
  const [base = '0.0.0.0', bits = '24'] = rng.pick(n.v4).split('/');
  const start = base.split('.').reduce((a, x) => a * 256 + Number(x), 0);
  const blocks = 2 ** (24 - Number(bits));
  const v = start + rng.int(0, blocks - 1) * 256 + rng.int(1, 254);
  return [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join('.');
}

/** A checkout's address on `n`, over IPv6 as often as the network carries it. */
export const ipOn = (rng: Rng, n: Network): string =>
  address(rng, n, n.v6.length > 0 && rng.chance(n.v6Share));

/** Where geoip-country places `ip`. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;

const HOME: Readonly<Record<string, readonly NetworkName[]>> = {
  AR: ['ar-cable-amba', 'ar-fibre', 'ar-cable-city'],
  ES: ['es-fibre'],
  US: ['us-cable'],
  DE: ['de-dsl', 'de-cable'],
  UY: ['uy-fibre'],
  CL: ['cl-fixed'],
  BR: ['br-fibre'],
};
const MOBILE: Readonly<Record<string, readonly NetworkName[]>> = {
  AR: ['ar-mobile-a', 'ar-mobile-a', 'ar-mobile-b'],
  ES: ['es-mobile'],
  US: ['us-mobile'],
  DE: ['de-dsl'],
  UY: ['uy-mobile'],
  CL: ['cl-mobile'],
  BR: ['br-mobile'],
};

/** A household's fixed line in `country`; in the provinces, often a local ISP or cooperative. */
export function homeNetwork(rng: Rng, country: string, provinces = false): Network {
  if (country === 'AR' && provinces && rng.chance(0.45)) return network('ar-provincial-isp');
  return network(rng.pick(HOME[country] ?? HOME['AR'] ?? []));
}

/** A phone's mobile data in `country`. */
export const mobileNetwork = (rng: Rng, country: string): Network =>
  network(rng.pick(MOBILE[country] ?? MOBILE['AR'] ?? []));
