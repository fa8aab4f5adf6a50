import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * Where checkouts come from. Each network stands for a kind of network in one country (fibre, cable, mobile
 * with carrier-grade NAT, business lines, hosting used as VPN and proxy exits); the names say what kind, not
 * who holds the block. Every IPv4 block and IPv6 prefix was checked with geoip-country to locate entirely in
 * the network's country (README.md, "How it was written").
 */

export type NetworkType = 'residential' | 'mobile' | 'business' | 'hosting';

export interface Network {
  name: string;
  country: string;
  type: NetworkType;
  /** IPv4 blocks as CIDR. */
  v4: readonly string[];
  /** IPv6 prefixes as their leading groups (`2a00:23c4` is a /32). */
  v6: readonly string[];
}

const net = (name: string, country: string, type: NetworkType, v4: string[], v6: string[] = []): Network => ({
  name,
  country,
  type,
  v4,
  v6,
});

export const NETWORKS: readonly Network[] = [
  // Great Britain and Northern Ireland
  net(
    'gb-fibre-a',
    'GB',
    'residential',
    ['81.128.0.0/16', '81.129.0.0/16', '86.128.0.0/16', '86.150.0.0/16', '31.48.0.0/16', '31.49.0.0/16'],
    ['2a00:23c4', '2a00:23c5', '2a00:23c6', '2a00:23c7'],
  ),
  net(
    'gb-fibre-b',
    'GB',
    'residential',
    ['90.192.0.0/16', '90.200.0.0/16', '5.64.0.0/16', '5.66.0.0/16', '94.0.0.0/16', '2.96.0.0/16'],
    ['2a02:c7c', '2a02:c7e', '2a02:c7f'],
  ),
  net('gb-cable', 'GB', 'residential', [
    '86.0.0.0/16',
    '86.10.0.0/16',
    '82.0.0.0/16',
    '81.96.0.0/16',
    '92.232.0.0/16',
    '62.30.0.0/16',
    '82.34.0.0/16',
    '176.24.0.0/16',
  ]),
  net('gb-broadband-c', 'GB', 'residential', [
    '78.144.0.0/16',
    '89.240.0.0/16',
    '92.16.0.0/16',
    '92.20.0.0/16',
    '95.144.0.0/16',
    '87.112.0.0/16',
    '151.224.0.0/16',
    '151.225.0.0/16',
  ]),
  net('gb-altnet', 'GB', 'residential', ['94.192.64.0/18', '94.192.128.0/18'], ['2a02:8010', '2a02:8011']),
  net('gb-mobile-a', 'GB', 'mobile', ['31.94.0.0/16', '85.255.232.0/21'], ['2a01:4c8', '2a01:4c9']),
  net('gb-mobile-b', 'GB', 'mobile', ['188.28.0.0/16', '92.40.0.0/16']),
  net('gb-mobile-c', 'GB', 'mobile', ['82.132.128.0/17'], ['2a01:4b00']),
  net('gb-business', 'GB', 'business', ['217.32.0.0/16', '109.144.0.0/16', '109.152.0.0/16']),
  net('gb-hosting-a', 'GB', 'hosting', ['178.62.0.0/17', '178.79.128.0/18'], ['2a03:b0c0:1']),
  net('gb-hosting-b', 'GB', 'hosting', ['18.130.0.0/16', '35.176.0.0/16', '3.8.0.0/16']),
  net('gb-hosting-c', 'GB', 'hosting', [
    '51.89.148.0/22',
    '51.89.152.0/21',
    '51.89.160.0/20',
    '51.89.224.0/19',
  ]),
  // Ireland
  net('ie-fibre', 'IE', 'residential', ['86.40.0.0/16', '86.44.0.0/16', '83.70.0.0/16'], ['2001:bb6']),
  net(
    'ie-cable',
    'IE',
    'residential',
    ['89.100.0.0/16', '89.101.0.0/16', '46.7.0.0/16'],
    ['2a02:8084', '2a02:8086'],
  ),
  net('ie-mobile', 'IE', 'mobile', [
    '37.228.192.0/18',
    '109.76.0.0/16',
    '109.77.0.0/16',
    '78.16.0.0/16',
    '79.97.0.0/16',
    '95.44.0.0/16',
  ]),
  // Where expats live and travellers stay
  net(
    'es-broadband',
    'ES',
    'residential',
    ['83.32.0.0/16', '88.0.0.0/16', '88.12.0.0/16', '79.144.0.0/16', '81.32.0.0/16', '90.160.0.0/16'],
    ['2a0c:5a80'],
  ),
  net('fr-broadband', 'FR', 'residential', [
    '90.0.0.0/16',
    '86.192.0.0/16',
    '92.184.0.0/16',
    '82.64.0.0/16',
    '78.192.0.0/16',
  ]),
  net('pt-broadband', 'PT', 'residential', ['85.240.0.0/16', '85.241.0.0/16', '2.80.0.0/16', '94.60.0.0/16']),
  net('ae-broadband', 'AE', 'residential', ['94.200.0.0/16', '94.56.0.0/16', '5.193.0.0/16', '2.50.0.0/16']),
  net(
    'au-broadband',
    'AU',
    'residential',
    ['1.120.0.0/16', '101.160.0.0/16', '110.20.0.0/16', '120.144.0.0/16', '49.176.0.0/16'],
    ['2001:8003'],
  ),
  net(
    'us-cable',
    'US',
    'residential',
    ['73.0.0.0/16', '73.100.0.0/16', '71.184.0.0/16', '98.0.0.0/16', '24.0.0.0/16'],
    ['2601:0', '2601:1c0', '2600:1700'],
  ),
  net('ca-broadband', 'CA', 'residential', ['99.224.0.0/16', '174.112.0.0/16', '70.24.0.0/16']),
  net('hk-broadband', 'HK', 'residential', ['42.2.0.0/16', '112.118.0.0/16', '219.77.0.0/16']),
  net('sg-broadband', 'SG', 'residential', ['116.86.0.0/16']),
  net('at-broadband', 'AT', 'residential', ['80.108.0.0/16', '91.114.0.0/16', '178.190.0.0/16']),
  net('it-broadband', 'IT', 'residential', ['79.0.0.0/16', '93.32.0.0/16']),
  net('ch-mobile', 'CH', 'mobile', ['178.197.192.0/18']),
  // Hosting abroad: VPN exits, proxies, cloud machines
  net('nl-hosting', 'NL', 'hosting', ['85.17.0.0/16', '95.211.0.0/16', '188.166.0.0/17']),
  net('de-hosting', 'DE', 'hosting', ['78.46.0.0/16', '46.4.0.0/16', '3.120.0.0/16']),
  net('us-hosting', 'US', 'hosting', ['45.55.0.0/16', '104.131.0.0/16', '3.80.0.0/16', '54.80.0.0/16']),
  // West Africa, where some invoice and card fraud is run from
  net('ng-mobile', 'NG', 'mobile', ['105.112.0.0/16', '102.89.0.0/16', '41.58.0.0/16', '197.210.0.0/16']),
  net('gh-mobile', 'GH', 'mobile', ['154.160.0.0/16', '41.66.192.0/18']),
  // Sanctioned jurisdictions: only the sanctioned_country kind draws these
  net('ru-broadband', 'RU', 'residential', [
    '95.24.0.0/16',
    '95.25.0.0/16',
    '5.3.0.0/16',
    '178.176.0.0/16',
    '188.32.0.0/16',
    '46.138.0.0/16',
  ]),
  net('by-broadband', 'BY', 'residential', [
    '178.120.0.0/16',
    '178.121.0.0/16',
    '37.214.0.0/16',
    '93.84.0.0/16',
  ]),
  net('ir-broadband', 'IR', 'residential', [
    '2.176.0.0/16',
    '2.180.0.0/16',
    '5.112.0.0/16',
    '151.232.0.0/16',
  ]),
  net('sy-broadband', 'SY', 'residential', ['5.0.0.0/16', '31.9.0.0/16', '82.137.192.0/18']),
  net('cu-mobile', 'CU', 'mobile', ['152.206.0.0/16', '181.225.224.0/19']),
];

const BY_NAME = new Map(NETWORKS.map((n) => [n.name, n]));

/** A network by name (they are all listed above). */
export function network(name: string): Network {
  const found = BY_NAME.get(name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
}

/** The networks of a country and type. */
export const networksOf = (country: string, type?: NetworkType): Network[] =>
  NETWORKS.filter((n) => n.country === country && (type === undefined || n.type === type));

/** An address in the network: IPv6 only when asked for and the network has prefixes. */
export function address(rng: Rng, n: Network, v6 = false): string {
  if (v6 && n.v6.length > 0) {
    const groups = rng.pick(n.v6).split(':');
    const rest = Array.from({ length: 8 - groups.length }, () => rng.int(0, 0xffff).toString(16));
    return [...groups, ...rest].join(':');
  }
  const [ip = '', bits = '24'] = rng.pick(n.v4).split('/');
  const base = ip.split('.').reduce((a, o) => a * 256 + Number(o), 0);
  const size = 2 ** (32 - Number(bits));
  // Skip network and broadcast-looking addresses.
  let host = base + rng.int(1, size - 2);
  if (host % 256 === 0 || host % 256 === 255) host += host % 256 === 0 ? 1 : -1;
  return [24, 16, 8, 0].map((s) => Math.floor(host / 2 ** s) % 256).join('.');
}

/** An address, IPv6 with chance `v6Share` where the network has prefixes. */
export const addressIn = (rng: Rng, n: Network, v6Share = 0.25): string =>
  address(rng, n, n.v6.length > 0 && rng.chance(v6Share));

/** The country geoip-country places an IP in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;
