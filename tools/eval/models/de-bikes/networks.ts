import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * The networks buyers reach the shop from. Every block was checked with geoip-country (every /24 of the IPv4
 * blocks, random draws in the IPv6 ones) to locate entirely in `country`. Names say what kind of network a
 * block stands for, not who holds it.
 */

export type NetworkUse = 'home' | 'mobile' | 'hosting' | 'tor' | 'travel' | 'east' | 'sanctioned';

export interface Network {
  name: string;
  country: string;
  use: NetworkUse;
  v4: readonly string[];
  v6: readonly string[];
}

export const NETWORKS: readonly Network[] = [
  {
    name: 'de-dsl-incumbent',
    country: 'DE',
    use: 'home',
    v4: ['79.192.0.0/10', '87.128.0.0/10', '91.0.0.0/10'],
    v6: ['2003::/19'],
  },
  {
    name: 'de-cable',
    country: 'DE',
    use: 'home',
    v4: ['2.200.0.0/13', '95.88.0.0/14'],
    v6: ['2a02:8100::/27', '2a02:810d::/32'],
  },
  { name: 'de-dsl-challenger', country: 'DE', use: 'home', v4: ['77.0.0.0/14'], v6: ['2a02:3100::/26'] },
  {
    name: 'de-mobile-cgnat',
    country: 'DE',
    use: 'mobile',
    v4: ['80.187.0.0/17', '109.40.0.0/14'],
    v6: ['2a01:598::/32'],
  },
  {
    name: 'de-hosting',
    country: 'DE',
    use: 'hosting',
    v4: ['88.198.0.0/16', '78.46.0.0/15', '176.9.0.0/16'],
    v6: ['2a01:4f8::/29'],
  },
  { name: 'de-tor-exit', country: 'DE', use: 'tor', v4: ['185.220.101.0/24'], v6: [] },
  { name: 'at-dsl', country: 'AT', use: 'home', v4: ['80.120.0.0/14', '77.116.0.0/14'], v6: [] },
  { name: 'at-cable', country: 'AT', use: 'home', v4: ['62.178.0.0/16'], v6: ['2a02:8388::/32'] },
  { name: 'at-mobile', country: 'AT', use: 'mobile', v4: ['46.125.0.0/16'], v6: [] },
  {
    name: 'ch-incumbent',
    country: 'CH',
    use: 'home',
    v4: ['85.0.0.0/13', '83.76.0.0/14', '178.192.0.0/13'],
    v6: ['2a02:1200::/27'],
  },
  {
    name: 'ch-cable',
    country: 'CH',
    use: 'home',
    v4: ['62.202.0.0/15', '188.60.0.0/14'],
    v6: ['2a02:168::/32'],
  },
  { name: 'ch-mobile', country: 'CH', use: 'mobile', v4: ['178.197.192.0/18'], v6: [] },
  { name: 'nl-dsl', country: 'NL', use: 'home', v4: ['77.160.0.0/12'], v6: ['2a02:a400::/26'] },
  { name: 'nl-cable', country: 'NL', use: 'home', v4: ['84.24.0.0/13'], v6: ['2001:1c00::/23'] },
  {
    name: 'nl-hosting',
    country: 'NL',
    use: 'hosting',
    v4: ['5.79.64.0/18', '185.107.56.0/22', '45.14.0.0/22'],
    v6: [],
  },
  { name: 'be-dsl', country: 'BE', use: 'home', v4: ['81.244.0.0/14'], v6: [] },
  {
    name: 'be-cable',
    country: 'BE',
    use: 'home',
    v4: ['81.82.0.0/15', '84.192.0.0/14'],
    v6: ['2a02:1800::/24'],
  },
  { name: 'dk-broadband', country: 'DK', use: 'home', v4: ['80.62.0.0/15', '87.48.0.0/13'], v6: [] },
  {
    name: 'se-broadband',
    country: 'SE',
    use: 'home',
    v4: ['78.64.0.0/12', '81.224.0.0/12', '90.224.0.0/12'],
    v6: [],
  },
  {
    name: 'fr-broadband',
    country: 'FR',
    use: 'home',
    v4: ['90.16.0.0/12', '86.192.0.0/12', '77.192.0.0/12'],
    v6: ['2a01:cb00::/24'],
  },
  {
    name: 'it-broadband',
    country: 'IT',
    use: 'home',
    v4: ['79.0.0.0/10', '87.0.0.0/11', '93.32.0.0/11'],
    v6: ['2001:b07::/32'],
  },
  { name: 'es-holiday', country: 'ES', use: 'travel', v4: ['83.32.0.0/11'], v6: [] },
  { name: 'gb-travel', country: 'GB', use: 'travel', v4: ['86.128.0.0/11'], v6: ['2a02:c7c::/30'] },
  { name: 'us-travel', country: 'US', use: 'travel', v4: ['73.0.0.0/10'], v6: [] },
  { name: 'ae-travel', country: 'AE', use: 'travel', v4: ['94.200.0.0/13'], v6: [] },
  { name: 'pl-broadband', country: 'PL', use: 'east', v4: ['83.0.0.0/11', '89.64.0.0/13'], v6: [] },
  { name: 'lt-broadband', country: 'LT', use: 'east', v4: ['78.56.0.0/14'], v6: [] },
  { name: 'ro-broadband', country: 'RO', use: 'east', v4: ['86.120.0.0/14'], v6: [] },
  { name: 'ua-broadband', country: 'UA', use: 'east', v4: ['178.150.0.0/15', '37.73.0.0/16'], v6: [] },
  { name: 'ir-broadband', country: 'IR', use: 'sanctioned', v4: ['2.176.0.0/12'], v6: [] },
  { name: 'sy-broadband', country: 'SY', use: 'sanctioned', v4: ['5.0.0.0/17'], v6: [] },
  {
    name: 'cu-broadband',
    country: 'CU',
    use: 'sanctioned',
    v4: ['152.206.0.0/15', '181.225.224.0/19'],
    v6: [],
  },
  { name: 'kp-gateway', country: 'KP', use: 'sanctioned', v4: ['175.45.176.0/22'], v6: [] },
];

export function network(name: string): Network {
  const n = NETWORKS.find((x) => x.name === name);
  if (!n) throw new Error(`no network ${name}`);
  return n;
}

/** The home networks of a country (fixed lines), and its mobile ones. */
export const homeNetworks = (country: string): Network[] =>
  NETWORKS.filter((n) => n.country === country && n.use === 'home');
export const mobileNetworks = (country: string): Network[] =>
  NETWORKS.filter((n) => n.country === country && n.use === 'mobile');
export const networksFor = (use: NetworkUse): Network[] => NETWORKS.filter((n) => n.use === use);

function v4In(rng: Rng, cidr: string): string {
  const [base = '0.0.0.0', len = '32'] = cidr.split('/');
  const start = base.split('.').reduce((a, b) => a * 256 + Number(b), 0);
  const blocks = 2 ** Math.max(0, 24 - Number(len));
  const n = start + rng.int(0, blocks - 1) * 256 + rng.int(1, 254);
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

function v6In(rng: Rng, cidr: string): string {
  const [base = '::', len = '128'] = cidr.split('/');
  const head = base.split('::')[0] ?? '';
  const groups = head
    .split(':')
    .filter(Boolean)
    .map((g) => parseInt(g, 16));
  while (groups.length < 8) groups.push(0);
  const bits = Number(len);
  const out = groups.map((g, k) => {
    const keep = Math.min(16, Math.max(0, bits - k * 16));
    const mask = keep === 0 ? 0 : (0xffff << (16 - keep)) & 0xffff;
    return ((g & mask) | (rng.int(0, 0xffff) & ~mask & 0xffff)).toString(16);
  });
  return out.join(':');
}

/** An address in one of the network's blocks: IPv6 when asked and the network has it. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  return v6 && n.v6.length > 0 ? v6In(rng, rng.pick(n.v6)) : v4In(rng, rng.pick(n.v4));
}

/** Where geoip-country places an address. */
export function ipCountry(ip: string): string | undefined {
  return geoip.lookup(ip)?.country ?? undefined;
}
