import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * Networks orders come from: fibre, cable and mobile in each market, universities and offices in Singapore,
 * cloud and hosting ranges (corporate VPN gateways, commercial VPNs, proxies and bots), the countries stolen cards
 * and takeovers come from, and sanctioned ones. Every block was checked with geoip-country: each /24 (IPv6: random
 * addresses) locates to the country given. Names say what kind of network a block stands for, not who holds it.
 */

export type Use = 'home' | 'mobile' | 'campus' | 'office' | 'hosting';

export interface Network {
  name: string;
  country: string;
  use: Use;
  v4: readonly string[];
  v6: readonly string[];
}

const net = (name: string, country: string, use: Use, v4: string[], v6: string[] = []): Network => ({
  name,
  country,
  use,
  v4,
  v6,
});

export const NETWORKS: readonly Network[] = [
  net('sg-fibre-a', 'SG', 'home', ['116.14.0.0/15', '121.6.0.0/15', '42.60.0.0/15'], ['2406:3003::/32']),
  net('sg-fibre-b', 'SG', 'home', ['116.86.0.0/15', '58.185.0.0/16'], ['2400:d800::/32']),
  net(
    'sg-fibre-c',
    'SG',
    'home',
    ['101.100.160.0/19', '203.117.0.0/16', '202.73.32.0/19'],
    ['2401:7400::/32'],
  ),
  net('sg-mobile-a', 'SG', 'mobile', ['49.245.0.0/16', '220.255.0.0/16']),
  net('sg-mobile-b', 'SG', 'mobile', ['101.127.0.0/16']),
  net('sg-campus', 'SG', 'campus', ['137.132.0.0/16', '155.69.0.0/16', '202.161.32.0/19']),
  net('sg-office', 'SG', 'office', ['203.116.0.0/16']),
  net('sg-cloud', 'SG', 'hosting', ['54.251.0.0/16', '52.76.0.0/15', '45.32.96.0/20']),
  net('my-fibre', 'MY', 'home', ['175.136.0.0/14', '219.92.0.0/15'], ['2001:e68::/32']),
  net('my-fibre-b', 'MY', 'home', ['115.132.0.0/14']),
  net('my-mobile', 'MY', 'mobile', ['203.82.64.0/19', '183.171.0.0/16']),
  net('ph-dsl', 'PH', 'home', ['112.200.0.0/13', '122.2.0.0/16']),
  net('ph-broadband', 'PH', 'home', ['49.144.0.0/13', '120.28.0.0/16'], ['2001:4450::/32']),
  net('ph-mobile', 'PH', 'mobile', ['112.198.0.0/16', '180.190.0.0/16']),
  net('id-fibre', 'ID', 'home', ['36.64.0.0/11']),
  net('id-mobile', 'ID', 'mobile', ['114.120.0.0/13'], ['2001:448a::/32']),
  net('th-fibre', 'TH', 'home', ['171.4.0.0/14', '171.96.0.0/13']),
  net('th-mobile', 'TH', 'mobile', ['49.228.0.0/14'], ['2001:fb1::/32']),
  net('vn-fibre', 'VN', 'home', ['113.160.0.0/11', '42.112.0.0/13']),
  net('vn-mobile', 'VN', 'mobile', ['27.64.0.0/12', '171.224.0.0/11'], ['2402:800::/32']),
  net('au-broadband', 'AU', 'home', ['1.120.0.0/13'], ['2001:8003::/32']),
  net('au-mobile', 'AU', 'mobile', ['49.176.0.0/12']),
  net('au-cloud', 'AU', 'hosting', ['13.236.0.0/14']),
  net('us-cable', 'US', 'home', ['73.0.0.0/10'], ['2601:644::/32', '2600:1700::/32']),
  net('us-cloud', 'US', 'hosting', ['3.208.0.0/12']),
  net('gb-broadband', 'GB', 'home', ['86.128.0.0/10', '82.0.0.0/14'], ['2a00:23c5::/32']),
  net('de-broadband', 'DE', 'home', ['91.0.0.0/12'], ['2003:e0::/32']),
  net('de-hosting', 'DE', 'hosting', ['88.198.0.0/16', '5.9.0.0/16']),
  net('nl-broadband', 'NL', 'home', ['77.160.0.0/12']),
  net('nl-hosting', 'NL', 'hosting', ['185.107.56.0/22']),
  net('jp-fibre', 'JP', 'home', ['153.128.0.0/10']),
  net('jp-cloud', 'JP', 'hosting', ['13.112.0.0/14']),
  net('hk-broadband', 'HK', 'home', ['203.218.0.0/16', '112.118.0.0/15']),
  net('kr-broadband', 'KR', 'home', ['211.36.0.0/14']),
  net('in-broadband', 'IN', 'home', ['122.160.0.0/12']),
  net('cn-broadband', 'CN', 'home', ['113.64.0.0/10']),
  net('cn-mobile', 'CN', 'mobile', ['117.136.0.0/13']),
  net('ng-mobile', 'NG', 'mobile', ['105.112.0.0/12']),
  net('ru-broadband', 'RU', 'home', ['95.24.0.0/13', '178.64.0.0/13', '109.194.0.0/15']),
  net('ru-mobile', 'RU', 'mobile', ['31.173.0.0/16']),
  net('ir-broadband', 'IR', 'home', ['2.176.0.0/12']),
  net('ir-mobile', 'IR', 'mobile', ['5.112.0.0/12']),
  net('by-broadband', 'BY', 'home', ['178.120.0.0/13', '37.212.0.0/14']),
  net('sy-broadband', 'SY', 'home', ['5.0.0.0/16']),
  net('cu-broadband', 'CU', 'home', ['152.206.0.0/16', '181.225.224.0/19']),
  net('kp-broadband', 'KP', 'home', ['175.45.176.0/22']),
];

const BY_NAME = new Map(NETWORKS.map((n) => [n.name, n]));

export function network(name: string): Network {
  const n = BY_NAME.get(name);
  if (!n) throw new Error(`no network ${name}`);
  return n;
}

/** The networks of a country for a use (any use if none matches). */
export function networksOf(country: string, use?: Use): Network[] {
  const all = NETWORKS.filter((n) => n.country === country);
  const found = all.filter((n) => use === undefined || n.use === use);
  return found.length > 0 ? found : all;
}

function v4Address(rng: Rng, cidr: string): string {
  const [base = '0.0.0.0', len = '32'] = cidr.split('/');
  const start = base.split('.').reduce((a, b) => a * 256 + Number(b), 0);
  const size = 2 ** (32 - Number(len));
  // Skip network and broadcast-looking ends of each /24.
  const n = start + Math.floor(rng.next() * (size / 256)) * 256 + rng.int(2, 253);
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

function v6Address(rng: Rng, cidr: string): string {
  const [base = '::'] = cidr.split('/');
  const fixed = base.split(':').filter((g) => g.length > 0);
  const groups = [...fixed];
  while (groups.length < 8) groups.push(rng.int(0, 0xffff).toString(16));
  return groups.join(':');
}

/** An address in the network: IPv6 when asked and it has any. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0) return v6Address(rng, rng.pick(n.v6));
  return v4Address(rng, rng.pick(n.v4));
}

/** An address in the network; IPv6 with probability `v6Share` where the network has it (mobile and fibre). */
export function ipIn(rng: Rng, n: Network, v6Share = 0.25): string {
  return address(rng, n, n.v6.length > 0 && rng.chance(v6Share));
}

/** The country geoip-country places an address in. */
export function ipCountry(ip: string): string | undefined {
  return geoip.lookup(ip)?.country;
}
