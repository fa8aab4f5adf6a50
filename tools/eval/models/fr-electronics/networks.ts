import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * Networks the store's buyers come from: home fibre and DSL, mobile (carrier-grade NAT), university, hosting
 * used as VPN, proxy and bot exits; in the store's markets, where its travellers go, and where some fraud
 * starts. Every block was checked, /24 by /24, to locate in its country with `geoip-country`; names say what
 * kind of network a block stands for, not who holds it.
 */

export type NetworkKind = 'home' | 'mobile' | 'campus' | 'hosting';

export interface Network {
  name: string;
  country: string;
  kind: NetworkKind;
  /** IPv4 blocks, CIDR. */
  v4: readonly string[];
  /** IPv6 prefixes (the first two groups of a /32). */
  v6: readonly string[];
}

const net = (name: string, country: string, kind: NetworkKind, v4: string[], v6: string[] = []): Network => ({
  name,
  country,
  kind,
  v4,
  v6,
});

export const NETWORKS: readonly Network[] = [
  net('fr-fibre-a', 'FR', 'home', ['86.200.0.0/13', '90.16.0.0/12'], ['2a01:cb00', '2a01:cb10']),
  net('fr-fibre-b', 'FR', 'home', ['82.64.0.0/14', '88.160.0.0/11', '78.192.0.0/12'], ['2a01:e0a']),
  net('fr-cable-c', 'FR', 'home', ['77.192.0.0/13', '109.208.0.0/13'], ['2a02:8424']),
  net('fr-fibre-d', 'FR', 'home', ['89.80.0.0/13'], ['2001:861']),
  net('fr-mobile', 'FR', 'mobile', ['92.184.96.0/19', '176.128.0.0/12', '80.214.0.0/15']),
  net('fr-campus', 'FR', 'campus', ['193.48.0.0/14', '194.254.0.0/16', '195.83.0.0/16']),
  net('fr-hosting', 'FR', 'hosting', ['37.187.0.0/17', '163.172.0.0/17', '212.83.128.0/19']),
  net(
    'be-home',
    'BE',
    'home',
    ['81.240.0.0/13', '91.176.0.0/13', '84.192.0.0/13'],
    ['2a02:a03f', '2a02:1810'],
  ),
  net(
    'lu-home',
    'LU',
    'home',
    ['94.252.0.0/17', '83.99.0.0/17', '92.250.128.0/17', '88.207.128.0/17'],
    ['2a01:608'],
  ),
  net(
    'ch-home',
    'CH',
    'home',
    ['85.0.0.0/13', '178.192.0.0/13', '83.76.0.0/14', '188.60.0.0/14'],
    ['2a02:1205', '2a02:120b'],
  ),
  net('ch-mobile', 'CH', 'mobile', ['213.55.128.0/17']),
  net('re-home', 'RE', 'home', ['102.35.0.0/16', '165.169.0.0/16', '154.67.0.0/16']),
  net('gp-home', 'GP', 'home', ['93.121.128.0/17', '90.15.64.0/18', '90.15.192.0/18']),
  net('es-home', 'ES', 'home', ['83.32.0.0/12', '88.0.0.0/12']),
  net('it-home', 'IT', 'home', ['79.0.0.0/12', '93.32.0.0/13']),
  net('de-home', 'DE', 'home', ['79.192.0.0/10', '87.128.0.0/10']),
  net('gb-home', 'GB', 'home', ['86.128.0.0/11', '81.128.0.0/12']),
  net('us-home', 'US', 'home', ['73.0.0.0/8', '24.0.0.0/12']),
  net('ca-home', 'CA', 'home', ['70.80.0.0/14']),
  net('ma-home', 'MA', 'home', ['105.128.0.0/11', '41.140.0.0/14']),
  net('th-mobile', 'TH', 'mobile', ['171.96.0.0/13']),
  net('de-hosting', 'DE', 'hosting', ['88.198.0.0/16', '78.46.0.0/15']),
  net('nl-hosting', 'NL', 'hosting', ['95.211.0.0/16', '37.48.64.0/18']),
  net('us-hosting', 'US', 'hosting', ['104.131.0.0/16']),
  net('se-vpn', 'SE', 'hosting', ['185.213.154.0/24']),
  net('ng-mobile', 'NG', 'mobile', ['105.112.0.0/12', '197.210.0.0/16']),
  net('ru-mobile', 'RU', 'mobile', ['176.59.0.0/16', '95.153.128.0/17']),
  net('ir-home', 'IR', 'home', ['5.208.0.0/13', '2.176.0.0/12']),
  net('cu-home', 'CU', 'home', ['152.206.0.0/15']),
  net('sy-home', 'SY', 'home', ['31.9.0.0/16', '5.0.0.0/16']),
];

const BY_NAME = new Map(NETWORKS.map((n) => [n.name, n]));

export function network(name: string): Network {
  const found = BY_NAME.get(name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
}

function v4In(rng: Rng, cidr: string): string {
  const [base = '', bits = '24'] = cidr.split('/');
  const [a = 0, b = 0, c = 0] = base.split('.').map(Number);
  const start = a * 2 ** 24 + b * 2 ** 16 + c * 2 ** 8;
  const x = start + rng.int(0, 2 ** (24 - Number(bits)) - 1) * 256 + rng.int(2, 253);
  return [Math.floor(x / 2 ** 24), Math.floor(x / 2 ** 16) % 256, Math.floor(x / 256) % 256, x % 256].join(
    '.',
  );
}

function v6In(rng: Rng, prefix: string): string {
  const groups = prefix.split(':');
  while (groups.length < 4) groups.push(rng.int(0, 0xffff).toString(16));
  // A home router's /64, then a privacy address.
  for (let i = 0; i < 4; i++) groups.push(rng.int(1, 0xffff).toString(16));
  return groups.join(':');
}

/** An address on a network: IPv6 when asked and the network has it. */
export function address(rng: Rng, n: Network, v6 = false): string {
  return v6 && n.v6.length > 0 ? v6In(rng, rng.pick(n.v6)) : v4In(rng, rng.pick(n.v4));
}

/** An address on a named network; home networks with IPv6 hand out IPv6 to about a third of checkouts. */
export function ipOn(rng: Rng, name: string): string {
  const n = network(name);
  return address(rng, n, n.v6.length > 0 && rng.chance(0.3));
}

/** The country geoip-country places an address in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;

/** Home networks by market, weighted by how many subscribers the kind of network has there. */
export const HOME_NETWORKS: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  FR: [
    ['fr-fibre-a', 40],
    ['fr-fibre-b', 25],
    ['fr-cable-c', 20],
    ['fr-fibre-d', 15],
  ],
  BE: [['be-home', 1]],
  LU: [['lu-home', 1]],
  CH: [['ch-home', 1]],
  RE: [['re-home', 1]],
  GP: [['gp-home', 1]],
};

/** Mobile networks by market; markets without their own use home broadband. */
export const MOBILE_NETWORK: Readonly<Record<string, string>> = {
  FR: 'fr-mobile',
  BE: 'be-home',
  LU: 'lu-home',
  CH: 'ch-mobile',
  RE: 're-home',
  GP: 'gp-home',
};

export const homeNetwork = (rng: Rng, market: string): string =>
  rng.weightedPick(HOME_NETWORKS[market] ?? [['fr-fibre-a', 1]]);
