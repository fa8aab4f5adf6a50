import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * The networks checkouts come from. Each name says what kind of network a block stands for (home fibre, mobile
 * carrier-grade NAT, an office, a hosting range used as a VPN or proxy exit), not who holds it. Every IPv4 block
 * was checked /24 by /24 and every IPv6 /32 with random addresses against geoip-country, and kept only when it
 * located entirely in `country`.
 */

export interface Network {
  name: string;
  country: string;
  v4: readonly string[];
  /** /32 prefixes as their first two groups. */
  v6: readonly string[];
  /** How often a checkout on this network comes over IPv6. */
  v6Share: number;
}

const net = (name: string, country: string, v4: string[], v6: string[] = [], v6Share = 0): Network => ({
  name,
  country,
  v4,
  v6,
  v6Share,
});

export const NETWORKS: readonly Network[] = [
  // Vietnam: home fibre of the three big operators, mobile 4G/5G behind carrier-grade NAT, offices.
  net('vn-fibre-a', 'VN', ['27.64.0.0/12', '116.96.0.0/12', '125.234.0.0/15'], ['2402:800'], 0.35),
  net(
    'vn-fibre-b',
    'VN',
    ['113.160.0.0/11', '14.160.0.0/11', '123.16.0.0/12', '222.252.0.0/14'],
    ['2001:ee0'],
    0.3,
  ),
  net('vn-fibre-c', 'VN', ['42.112.0.0/13', '118.68.0.0/14', '58.186.0.0/15'], ['2405:4802'], 0.3),
  net('vn-mobile-a', 'VN', ['171.224.0.0/11'], ['2402:800'], 0.45),
  net('vn-mobile-b', 'VN', ['113.185.0.0/16', '14.224.0.0/11'], ['2401:d800'], 0.3),
  net('vn-mobile-c', 'VN', ['117.0.0.0/13', '115.72.0.0/13'], ['2402:9d80'], 0.25),
  net('vn-office', 'VN', ['203.113.128.0/18', '1.54.0.0/15', '210.245.0.0/17'], ['2405:4800'], 0.1),
  // Overseas Vietnamese at home, and the countries stolen cards come from.
  net('us-cable', 'US', ['73.0.0.0/10', '73.64.0.0/10', '98.192.0.0/11', '76.168.0.0/13'], ['2601:600'], 0.4),
  net('us-fibre', 'US', ['71.160.0.0/11'], ['2600:1700'], 0.35),
  net('us-mobile', 'US', ['174.192.0.0/11'], ['2600:387'], 0.6),
  net('au-broadband', 'AU', ['1.120.0.0/13', '120.144.0.0/13', '110.140.0.0/14'], ['2001:8003'], 0.3),
  net('au-mobile', 'AU', ['49.176.0.0/13'], ['2001:4479'], 0.4),
  net('ca-cable', 'CA', ['99.224.0.0/12', '174.112.0.0/13', '76.64.0.0/13'], ['2607:fea8'], 0.3),
  net('fr-broadband', 'FR', ['176.128.0.0/10', '109.8.0.0/13', '92.88.0.0/13'], ['2a01:cb00'], 0.35),
  net('de-broadband', 'DE', ['79.192.0.0/11', '91.0.0.0/11', '87.128.0.0/11'], ['2003:e0', '2a02:8108'], 0.4),
  net(
    'gb-broadband',
    'GB',
    ['86.128.0.0/11', '2.96.0.0/13', '81.96.0.0/13', '94.0.0.0/13'],
    ['2a00:23c4'],
    0.3,
  ),
  net('jp-home', 'JP', ['153.128.0.0/10', '106.128.0.0/11'], ['2400:4050'], 0.35),
  net('jp-mobile', 'JP', ['1.66.0.0/15', '49.96.0.0/12']),
  net('kr-home', 'KR', ['175.192.0.0/11', '1.224.0.0/12', '121.128.0.0/11'], ['2001:e60'], 0.2),
  net('kr-mobile', 'KR', ['39.7.0.0/16', '223.32.0.0/11']),
  net('tw-home', 'TW', ['114.32.0.0/12', '1.160.0.0/12', '36.224.0.0/12'], ['2001:b011'], 0.2),
  net('tw-mobile', 'TW', ['101.8.0.0/13', '49.216.0.0/14']),
  net('cz-broadband', 'CZ', ['46.135.0.0/16'], ['2a00:1028'], 0.2),
  net('sg-home', 'SG', ['116.86.0.0/15']),
  // Hosting ranges: VPN exits for honest privacy-minded users, proxies for fraud.
  net(
    'sg-hosting',
    'SG',
    ['13.212.0.0/15', '128.199.128.0/18', '188.166.176.0/20', '47.128.0.0/14'],
    ['2400:6180'],
    0.1,
  ),
  net('jp-hosting', 'JP', ['13.112.0.0/14', '52.192.0.0/13']),
  net('us-hosting', 'US', ['3.80.0.0/12']),
  // Cambodia: mobile and broadband around the border casinos where scam call centres work.
  net('kh-mobile', 'KH', ['36.37.128.0/17', '175.100.0.0/18', '203.144.64.0/19']),
  // Sanctioned jurisdictions: only the sanctioned_country kind uses these.
  net('ru-broadband', 'RU', ['95.24.0.0/13', '178.64.0.0/13'], ['2a00:1fa0', '2a02:2168'], 0.2),
  net('by-broadband', 'BY', ['178.120.0.0/14', '93.84.0.0/15', '86.57.128.0/17']),
  net('ir-broadband', 'IR', ['2.176.0.0/12']),
  net('cu-mobile', 'CU', ['152.206.0.0/15', '181.225.224.0/19']),
  net('sy-broadband', 'SY', ['5.0.0.0/16', '31.9.0.0/16']),
];

export type NetworkName = string;

const BY_NAME = new Map(NETWORKS.map((n) => [n.name, n]));

export function network(name: NetworkName): Network {
  const n = BY_NAME.get(name);
  if (!n) throw new Error(`no network ${name}`);
  return n;
}

const toNumber = (ip: string) => ip.split('.').reduce((a, b) => a * 256 + Number(b), 0);
const toDotted = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
const group = (rng: Rng) => rng.int(0, 0xffff).toString(16);

/** An address on the network: IPv6 when asked and the network has any, else a host in one of its IPv4 blocks. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0) {
    const prefix = rng.pick(n.v6);
    return `${prefix}:${Array.from({ length: 6 }, () => group(rng)).join(':')}`;
  }
  const [base = '0.0.0.0', bits = '24'] = rng.pick(n.v4).split('/');
  const size = 2 ** (32 - Number(bits));
  const subnet = rng.int(0, size / 256 - 1) * 256;
  return toDotted(toNumber(base) + subnet + rng.int(1, 254));
}

/** A checkout's address on the named network, over IPv6 as often as that network is. */
export function ipOn(rng: Rng, name: NetworkName): string {
  const n = network(name);
  return address(rng, n, n.v6.length > 0 && rng.chance(n.v6Share));
}

/** Where geoip-country places an address. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;

/** The home networks of Vietnamese households, by rough market share. */
export const VN_HOME: ReadonlyArray<readonly [NetworkName, number]> = [
  ['vn-fibre-a', 40],
  ['vn-fibre-b', 32],
  ['vn-fibre-c', 28],
];
export const VN_MOBILE: ReadonlyArray<readonly [NetworkName, number]> = [
  ['vn-mobile-a', 52],
  ['vn-mobile-b', 26],
  ['vn-mobile-c', 22],
];

/** Home and mobile networks in each diaspora country. */
export const ABROAD_NETS: Readonly<Record<string, readonly [NetworkName, NetworkName]>> = {
  US: ['us-cable', 'us-mobile'],
  AU: ['au-broadband', 'au-mobile'],
  CA: ['ca-cable', 'ca-cable'],
  FR: ['fr-broadband', 'fr-broadband'],
  DE: ['de-broadband', 'de-broadband'],
  GB: ['gb-broadband', 'gb-broadband'],
  JP: ['jp-home', 'jp-mobile'],
  KR: ['kr-home', 'kr-mobile'],
  TW: ['tw-home', 'tw-mobile'],
  CZ: ['cz-broadband', 'cz-broadband'],
  SG: ['sg-home', 'sg-home'],
};
