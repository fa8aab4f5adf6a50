import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * The networks orders come from: home broadband, mobile (carrier-grade NAT), campus networks, and hosting
 * ranges that VPNs, proxies and fraud tooling exit from. Every IPv4 block was checked, three addresses in each
 * /24, and every IPv6 /32 with random addresses, to locate (geoip-country) in the network's country; names say
 * what kind of network a block stands for, not who holds it.
 */

export type NetKind = 'home' | 'mobile' | 'campus' | 'hosting';

export interface Network {
  name: string;
  country: string;
  kind: NetKind;
  /** IPv4 blocks in CIDR notation. */
  v4: readonly string[];
  /** IPv6 /32 prefixes (two groups). */
  v6: readonly string[];
}

const net = (name: string, country: string, kind: NetKind, v4: string[], v6: string[] = []): Network => ({
  name,
  country,
  kind,
  v4,
  v6,
});

export const NETWORKS: readonly Network[] = [
  net('at-fixed-dsl', 'AT', 'home', ['80.120.0.0/14', '62.46.0.0/15'], ['2001:871']),
  net(
    'at-cable',
    'AT',
    'home',
    ['84.112.0.0/14', '212.186.0.0/16', '62.178.0.0/16'],
    ['2a02:8388', '2a02:8389'],
  ),
  net('at-mobile-a', 'AT', 'mobile', ['77.116.0.0/14', '91.141.0.0/17']),
  net('at-mobile-b', 'AT', 'mobile', ['188.20.0.0/15', '178.190.0.0/15', '91.113.0.0/16']),
  net('at-campus', 'AT', 'campus', ['138.232.0.0/16']),
  net('at-hosting', 'AT', 'hosting', ['185.210.219.0/24']),
  net(
    'de-fixed',
    'DE',
    'home',
    ['79.192.0.0/10', '91.0.0.0/10', '87.128.0.0/10', '93.192.0.0/10'],
    ['2003:c0', '2003:d0', '2003:e0', '2003:ea', '2003:f0'],
  ),
  net('de-cable', 'DE', 'home', ['88.64.0.0/12', '95.88.0.0/14', '178.0.0.0/12'], ['2a02:908']),
  net('de-mobile', 'DE', 'mobile', ['77.0.0.0/13']),
  net('de-campus', 'DE', 'campus', ['129.187.0.0/16']),
  net(
    'de-hosting',
    'DE',
    'hosting',
    ['88.198.0.0/16', '78.46.0.0/15', '136.243.0.0/16', '144.76.0.0/16', '176.9.0.0/16', '164.90.160.0/19'],
    ['2a01:4f8'],
  ),
  net('ch-fixed', 'CH', 'home', ['178.192.0.0/14', '85.0.0.0/13'], ['2a02:1210', '2a02:120b']),
  net('ch-cable', 'CH', 'home', ['77.56.0.0/14'], ['2a02:aa10']),
  net('ch-mobile', 'CH', 'mobile', ['213.55.128.0/17']),
  net('ch-campus', 'CH', 'campus', ['129.132.0.0/16']),
  net('ch-hosting', 'CH', 'hosting', ['179.43.128.0/18']),
  net('it-fixed', 'IT', 'home', ['79.0.0.0/11', '95.224.0.0/11', '87.0.0.0/11'], ['2001:b07']),
  net('it-fibre', 'IT', 'home', ['93.32.0.0/11']),
  net('it-mobile', 'IT', 'mobile', ['151.16.0.0/12', '151.32.0.0/11']),
  net('si-fixed', 'SI', 'home', ['89.142.0.0/15', '84.255.192.0/18'], ['2a00:ee2']),
  net('si-cable', 'SI', 'home', ['93.103.0.0/16']),
  net('si-campus', 'SI', 'campus', ['193.2.0.0/16', '164.8.0.0/16']),
  net('nl-fixed', 'NL', 'home', ['77.160.0.0/12', '86.80.0.0/13'], ['2a02:a440']),
  net('nl-cable', 'NL', 'home', ['84.24.0.0/13', '94.208.0.0/13'], ['2001:1c00']),
  net(
    'nl-hosting',
    'NL',
    'hosting',
    ['95.211.0.0/16', '5.79.64.0/18', '37.48.64.0/18', '188.166.0.0/17'],
    ['2001:1af8'],
  ),
  net('be-fixed', 'BE', 'home', ['91.176.0.0/13', '109.128.0.0/13'], ['2a02:a03f']),
  net('be-cable', 'BE', 'home', ['84.192.0.0/13', '94.224.0.0/14', '81.82.0.0/15'], ['2a02:1810']),
  net('gb-fixed', 'GB', 'home', ['86.128.0.0/11', '90.192.0.0/11'], ['2a00:23c0']),
  net('gb-cable', 'GB', 'home', ['82.0.0.0/14']),
  net('us-cable', 'US', 'home', ['73.0.0.0/10'], ['2601:280', '2601:1c0']),
  net('us-fixed', 'US', 'home', ['71.160.0.0/11']),
  net('us-hosting', 'US', 'hosting', ['45.55.0.0/16', '45.33.0.0/17']),
  net('ca-cable', 'CA', 'home', ['99.224.0.0/11']),
  net('fr-fixed', 'FR', 'home', ['109.0.0.0/11']),
  net('es-fixed', 'ES', 'home', ['83.32.0.0/11']),
  net('se-fixed', 'SE', 'home', ['83.248.0.0/13']),
  net('pl-fixed', 'PL', 'home', ['83.0.0.0/11', '89.64.0.0/12']),
  net('fi-hosting', 'FI', 'hosting', ['95.216.0.0/15']),
  net('in-fixed', 'IN', 'home', ['117.192.0.0/10']),
  net('id-fixed', 'ID', 'home', ['36.64.0.0/11']),
  net('vn-fixed', 'VN', 'home', ['113.160.0.0/11']),
  net('ng-mobile', 'NG', 'mobile', ['105.112.0.0/12']),
  net('tr-fixed', 'TR', 'home', ['78.160.0.0/11', '88.224.0.0/11']),
  net('ae-fixed', 'AE', 'home', ['94.200.0.0/13']),
  net('kz-fixed', 'KZ', 'home', ['2.132.0.0/14', '95.56.0.0/14'], ['2a03:32c0']),
  net('kg-fixed', 'KG', 'home', ['212.112.96.0/19']),
  net('ge-fixed', 'GE', 'home', ['188.129.128.0/17', '31.146.0.0/16']),
  net('ru-fixed', 'RU', 'home', ['95.24.0.0/13', '95.165.0.0/16'], ['2a00:1fa0']),
  net('ru-mobile', 'RU', 'mobile', ['213.87.128.0/17']),
  net('by-fixed', 'BY', 'home', ['178.120.0.0/13', '37.212.0.0/14', '93.84.0.0/15']),
  net('ir-fixed', 'IR', 'home', ['2.176.0.0/12', '151.232.0.0/14'], ['2a01:5ec0']),
  net('ir-mobile', 'IR', 'mobile', ['5.112.0.0/12']),
];

const BY_NAME = new Map(NETWORKS.map((n) => [n.name, n]));

export function network(name: string): Network {
  const n = BY_NAME.get(name);
  if (!n) throw new Error(`no network ${name}`);
  return n;
}

/** The networks of a country, of some kinds. */
export const networksOf = (country: string, ...kinds: NetKind[]): Network[] =>
  NETWORKS.filter((n) => n.country === country && (kinds.length === 0 || kinds.includes(n.kind)));

const toInt = (ip: string): number => ip.split('.').reduce((a, b) => a * 256 + Number(b), 0);

/** A host address in one of the network's blocks (not .0 or .255), or in an IPv6 /32 when `v6` and it has one. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0) {
    const groups = Array.from({ length: 6 }, () => rng.int(0, 0xffff).toString(16));
    return `${rng.pick(n.v6)}:${groups.join(':')}`;
  }
  const [base = '0.0.0.0', bits = '32'] = rng.pick(n.v4).split('/');
  const size = 2 ** (32 - Number(bits));
  const at = toInt(base) + rng.int(0, size - 1);
  const last = at % 256 === 0 ? at + 1 : at % 256 === 255 ? at - 1 : at;
  return [last >>> 24, (last >>> 16) & 255, (last >>> 8) & 255, last & 255].join('.');
}

/** An address on the named network; IPv6 with chance `v6` where the network has it. */
export const ipOn = (rng: Rng, name: string, v6 = 0.25): string => {
  const n = network(name);
  return address(rng, n, n.v6.length > 0 && rng.chance(v6));
};

/** A home or mobile address in `country` (broadband in the evening, mobile on the go). */
export function homeIp(rng: Rng, country: string, mobile = 0.3): string {
  const mobiles = networksOf(country, 'mobile');
  const homes = networksOf(country, 'home');
  const list = mobiles.length > 0 && rng.chance(mobile) ? mobiles : homes.length > 0 ? homes : mobiles;
  const n = rng.pick(list);
  return address(rng, n, n.v6.length > 0 && rng.chance(0.3));
}

/** Where geoip-country places an address. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;
