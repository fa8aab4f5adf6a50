import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * Where checkouts come from. Each network stands for a kind of access (home broadband, a phone, an office's
 * egress, a university, a cloud or VPN exit) in one country; its IPv4 blocks and IPv6 /32 prefixes were each
 * checked to locate entirely in that country with geoip-country. Names say what a block stands for, not who
 * holds it.
 */

export type Access = 'home' | 'mobile' | 'office' | 'campus' | 'hosting';

export interface Network {
  name: string;
  country: string;
  access: Access;
  v4: readonly string[];
  /** IPv6 prefixes of two groups (a /32). */
  v6: readonly string[];
}

const net = (name: string, country: string, access: Access, v4: string[], v6: string[] = []): Network => ({
  name,
  country,
  access,
  v4,
  v6,
});

export const NETWORKS = [
  net(
    'us-cable-east',
    'US',
    'home',
    ['73.0.0.0/8', '24.0.0.0/12', '98.192.0.0/10'],
    ['2601:40', '2601:140', '2601:240', '2601:1c0', '2601:600', '2601:6c0'],
  ),
  net('us-cable-mid', 'US', 'home', ['71.64.0.0/13', '66.30.0.0/15'], ['2603:6000']),
  net('us-fiber', 'US', 'home', ['96.224.0.0/11', '108.0.0.0/11'], ['2600:4040']),
  net('us-dsl-fiber', 'US', 'home', ['107.192.0.0/11', '99.0.0.0/13'], ['2600:1700']),
  net('us-cable-south', 'US', 'home', ['68.96.0.0/13', '70.160.0.0/11'], ['2600:6c40']),
  net('us-mobile-a', 'US', 'mobile', ['172.56.0.0/15']),
  net('us-mobile-b', 'US', 'mobile', ['174.192.0.0/10'], ['2600:1000']),
  net('us-office', 'US', 'office', ['12.0.0.0/11', '63.64.0.0/12']),
  net('us-campus', 'US', 'campus', ['128.59.0.0/16', '129.2.0.0/16', '18.0.0.0/11']),
  net(
    'us-cloud',
    'US',
    'hosting',
    ['3.208.0.0/12', '45.33.0.0/17', '162.243.0.0/16', '104.131.0.0/16'],
    ['2600:1f18'],
  ),
  net('ca-cable', 'CA', 'home', ['99.224.0.0/11'], ['2607:fea8']),
  net(
    'ca-telco',
    'CA',
    'home',
    ['70.48.0.0/13', '174.88.0.0/14', '142.112.0.0/12', '64.231.0.0/16'],
    ['2001:56a'],
  ),
  net('gb-broadband', 'GB', 'home', ['86.128.0.0/10'], ['2a00:23c4']),
  net('gb-cable', 'GB', 'home', ['81.96.0.0/12', '82.0.0.0/14'], ['2a02:c7f']),
  net('gb-hosting', 'GB', 'hosting', ['81.2.64.0/18']),
  net('mx-broadband', 'MX', 'home', ['187.128.0.0/11', '189.128.0.0/10'], ['2806:2f0']),
  net('fr-broadband', 'FR', 'home', ['86.192.0.0/12']),
  net('nl-hosting', 'NL', 'hosting', ['185.107.56.0/22', '213.152.160.0/19']),
  net('de-hosting', 'DE', 'hosting', ['78.46.0.0/15']),
  net('ng-mobile', 'NG', 'mobile', ['105.112.0.0/12', '197.210.0.0/16', '102.88.0.0/13'], ['2c0f:f5c0']),
  net('vn-broadband', 'VN', 'home', ['113.160.0.0/11', '14.160.0.0/11', '171.224.0.0/11']),
  net('ro-broadband', 'RO', 'home', ['86.120.0.0/14']),
  net(
    'ru-broadband',
    'RU',
    'home',
    ['95.24.0.0/13', '178.64.0.0/13', '5.136.0.0/13', '37.144.0.0/14'],
    ['2a00:1fa0'],
  ),
  net('by-broadband', 'BY', 'home', ['178.120.0.0/13', '37.214.0.0/16', '93.84.0.0/15']),
  net('ir-broadband', 'IR', 'home', ['2.176.0.0/12', '5.112.0.0/12'], ['2a01:5ec0']),
  net('sy-broadband', 'SY', 'home', ['31.9.0.0/16', '82.137.192.0/18', '5.0.0.0/16']),
  net('cu-mobile', 'CU', 'mobile', ['152.206.0.0/15', '181.225.224.0/19']),
  net('kp-state', 'KP', 'office', ['175.45.176.0/22']),
] as const satisfies readonly Network[];

export type NetworkName = (typeof NETWORKS)[number]['name'];

const BY_NAME = new Map<string, Network>(NETWORKS.map((n) => [n.name, n]));

export function network(name: NetworkName): Network {
  const found = BY_NAME.get(name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
}

const toIp = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
const toInt = (ip: string) => ip.split('.').reduce((a, b) => a * 256 + Number(b), 0);

/** An address on `n`: IPv4 by default (hosts .1–.254), IPv6 when asked and the network has it. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0) {
    const groups = Array.from({ length: 6 }, () => rng.int(0, 0xffff).toString(16));
    return `${rng.pick(n.v6)}:${groups.join(':')}`;
  }
  const [base = '0.0.0.0', bits = '32'] = rng.pick(n.v4).split('/');
  const size = 2 ** (32 - Number(bits));
  const offset = Math.floor(rng.next() * (size / 256)) * 256 + rng.int(1, 254);
  return toIp(toInt(base) + offset);
}

/** An address on the named network; a third of those with IPv6 hand out an IPv6 address. */
export function ipOn(rng: Rng, name: NetworkName): string {
  const n = network(name);
  return address(rng, n, n.v6.length > 0 && rng.chance(0.3));
}

/** geoip-country's answer for an IP, or undefined. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;

const HOME: Record<string, ReadonlyArray<readonly [NetworkName, number]>> = {
  US: [
    ['us-cable-east', 30],
    ['us-cable-mid', 14],
    ['us-fiber', 14],
    ['us-dsl-fiber', 14],
    ['us-cable-south', 8],
    ['us-mobile-a', 11],
    ['us-mobile-b', 9],
  ],
  CA: [
    ['ca-cable', 55],
    ['ca-telco', 45],
  ],
  GB: [
    ['gb-broadband', 55],
    ['gb-cable', 45],
  ],
};

/** A consumer connection (home broadband or a phone) in `country`. */
export function consumerNetwork(rng: Rng, country: string): NetworkName {
  return rng.weightedPick(HOME[country] ?? HOME.US ?? []);
}

/** US home and mobile networks only: where residential proxies rent their exits. */
export function residentialProxy(rng: Rng): NetworkName {
  return consumerNetwork(rng, 'US');
}
