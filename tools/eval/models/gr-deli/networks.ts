import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * The networks checkouts come from. Blocks stand for a kind of network (fibre or DSL at home, a mobile
 * carrier behind carrier-grade NAT, an office line, a university, a hosting range used as a VPN or proxy
 * exit); the names say what kind, not who holds them. Every block was checked with geoip-country, /24 by /24,
 * to locate in its country, and the spec checks draws from each again.
 */

export type NetKind = 'fixed' | 'mobile' | 'office' | 'university' | 'hosting';

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
  // Greece
  net('gr-fibre-a', 'GR', 'fixed', ['79.128.0.0/14', '2.84.0.0/14'], ['2a02:2149', '2a02:214a']),
  net('gr-dsl-b', 'GR', 'fixed', ['46.176.0.0/15', '62.1.0.0/16', '178.59.0.0/16'], ['2a02:587']),
  net(
    'gr-dsl-c',
    'GR',
    'fixed',
    ['87.202.0.0/15', '5.54.0.0/15', '188.4.0.0/16', '109.178.0.0/16'],
    ['2a02:85f'],
  ),
  net('gr-mobile-a', 'GR', 'mobile', ['94.64.0.0/14', '94.68.0.0/15'], ['2a02:2148']),
  net('gr-mobile-b', 'GR', 'mobile', ['85.72.0.0/14', '31.152.0.0/16'], ['2a02:582']),
  net('gr-mobile-c', 'GR', 'mobile', ['109.242.0.0/16', '37.6.0.0/16', '5.203.0.0/16']),
  net('gr-office', 'GR', 'office', ['62.103.0.0/16', '195.97.0.0/17', '213.16.128.0/17', '46.103.0.0/16']),
  // Cyprus
  net('cy-fixed', 'CY', 'fixed', ['31.153.0.0/16', '213.7.0.0/16']),
  net('cy-mobile', 'CY', 'mobile', ['62.228.0.0/16', '82.102.32.0/19', '82.102.64.0/18']),
  // EU
  net(
    'de-fixed-a',
    'DE',
    'fixed',
    ['79.192.0.0/16', '79.200.0.0/16', '87.128.0.0/16', '91.0.0.0/16'],
    ['2003:e0', '2003:c2'],
  ),
  net(
    'de-cable',
    'DE',
    'fixed',
    ['95.90.0.0/16', '188.192.0.0/16', '92.72.0.0/16', '77.0.0.0/16'],
    ['2a02:8108'],
  ),
  net('de-mobile', 'DE', 'mobile', ['176.0.0.0/16', '176.2.0.0/16', '2.200.0.0/16'], ['2a02:3030']),
  net('de-office', 'DE', 'office', ['93.192.0.0/16', '217.224.0.0/16', '84.150.0.0/16']),
  net(
    'nl-fixed',
    'NL',
    'fixed',
    ['77.160.0.0/16', '77.170.0.0/16', '84.24.0.0/16', '86.80.0.0/16', '83.80.0.0/16'],
    ['2a02:a440', '2001:1c00'],
  ),
  net('nl-university', 'NL', 'university', ['145.53.0.0/16']),
  net('be-fixed', 'BE', 'fixed', [
    '81.240.0.0/16',
    '81.245.0.0/16',
    '84.192.0.0/16',
    '91.176.0.0/16',
    '94.224.0.0/16',
  ]),
  net(
    'fr-fixed',
    'FR',
    'fixed',
    ['90.0.0.0/16', '90.50.0.0/16', '2.10.0.0/16', '78.192.0.0/16', '82.64.0.0/16'],
    ['2a01:cb00', '2a01:e0a'],
  ),
  net('it-fixed', 'IT', 'fixed', [
    '79.0.0.0/16',
    '79.20.0.0/16',
    '87.0.0.0/16',
    '93.32.0.0/16',
    '151.40.0.0/16',
  ]),
  net('at-fixed', 'AT', 'fixed', [
    '80.108.0.0/16',
    '91.112.0.0/16',
    '84.112.0.0/16',
    '77.116.0.0/16',
    '62.178.0.0/16',
  ]),
  net('se-fixed', 'SE', 'fixed', [
    '78.64.0.0/16',
    '81.224.0.0/16',
    '90.224.0.0/16',
    '83.248.0.0/16',
    '213.112.0.0/16',
  ]),
  net('es-fixed', 'ES', 'fixed', ['80.24.0.0/16', '83.32.0.0/16', '88.0.0.0/16', '79.144.0.0/16']),
  net('ie-fixed', 'IE', 'fixed', ['86.40.0.0/16', '89.100.0.0/16', '109.76.0.0/16', '78.16.0.0/16']),
  // UK, US, Australia
  net(
    'gb-fixed-a',
    'GB',
    'fixed',
    ['81.128.0.0/16', '86.128.0.0/16', '86.150.0.0/16', '109.144.0.0/16'],
    ['2a00:23c4', '2a00:23c7'],
  ),
  net('gb-fixed-b', 'GB', 'fixed', ['82.0.0.0/16', '90.192.0.0/16', '94.0.0.0/16', '81.96.0.0/16']),
  net('gb-mobile', 'GB', 'mobile', ['92.40.0.0/16', '31.94.0.0/16', '31.48.0.0/16'], ['2a02:c7c']),
  net(
    'us-cable',
    'US',
    'fixed',
    ['73.0.0.0/16', '73.100.0.0/16', '24.0.0.0/16', '68.40.0.0/16', '76.100.0.0/16'],
    ['2601:2c0'],
  ),
  net(
    'us-fiber',
    'US',
    'fixed',
    ['71.160.0.0/16', '108.20.0.0/16', '99.0.0.0/16', '99.100.0.0/16'],
    ['2600:1700'],
  ),
  net(
    'us-mobile',
    'US',
    'mobile',
    ['172.32.0.0/16', '172.56.0.0/16', '107.77.0.0/16', '174.200.0.0/16'],
    ['2600:387'],
  ),
  net(
    'au-fixed',
    'AU',
    'fixed',
    ['101.160.0.0/16', '120.144.0.0/16', '14.200.0.0/16', '124.168.0.0/16', '58.104.0.0/16'],
    ['2001:8003', '2403:5800'],
  ),
  net(
    'au-mobile',
    'AU',
    'mobile',
    ['49.176.0.0/16', '49.180.0.0/16', '1.128.0.0/16', '110.20.0.0/16'],
    ['2001:8004'],
  ),
  // Hosting ranges: VPN and proxy exits, automation.
  net('de-hosting', 'DE', 'hosting', ['78.46.0.0/16', '5.9.0.0/16', '138.201.0.0/16', '88.198.0.0/18']),
  net('nl-hosting', 'NL', 'hosting', ['188.166.0.0/17', '178.62.128.0/17', '37.97.128.0/17']),
  net('fr-hosting', 'FR', 'hosting', ['51.15.128.0/17', '54.36.0.0/18']),
  net('gb-hosting', 'GB', 'hosting', ['178.62.0.0/17', '46.101.0.0/18']),
  net('us-hosting', 'US', 'hosting', ['104.131.0.0/16', '45.55.0.0/16', '3.80.0.0/16', '54.80.0.0/16']),
  // Sanctioned jurisdictions: only the sanctioned_country kind draws these.
  net('ru-fixed', 'RU', 'fixed', [
    '95.24.0.0/16',
    '95.28.0.0/16',
    '178.64.0.0/16',
    '5.3.0.0/16',
    '217.107.0.0/16',
  ]),
  net('ru-mobile', 'RU', 'mobile', ['188.162.0.0/16', '46.138.0.0/16']),
  net('by-fixed', 'BY', 'fixed', ['178.120.0.0/16', '93.84.0.0/16', '37.212.0.0/16', '86.57.128.0/17']),
  net('ir-fixed', 'IR', 'fixed', ['2.176.0.0/16', '5.112.0.0/16', '37.32.0.0/19', '5.160.0.0/18']),
  net('sy-fixed', 'SY', 'fixed', ['5.0.0.0/16', '31.9.0.0/16', '82.137.192.0/18']),
  net('cu-fixed', 'CU', 'fixed', ['152.206.0.0/16', '169.158.0.0/17']),
];

export const SANCTIONED = new Set(['RU', 'BY', 'IR', 'CU', 'SY', 'KP']);

/** The networks of a country of one kind (fixed lines when asked for an office the country lacks). */
export function networksOf(country: string, kind: NetKind): Network[] {
  const found = NETWORKS.filter((n) => n.country === country && n.kind === kind);
  if (found.length > 0) return found;
  const fixed = NETWORKS.filter((n) => n.country === country && n.kind === 'fixed');
  if (fixed.length === 0) throw new Error(`no ${kind} network in ${country}`);
  return fixed;
}

/** A network of a country and kind. */
export const pickNetwork = (rng: Rng, country: string, kind: NetKind): Network =>
  rng.pick(networksOf(country, kind));

/** Hosting exits, where VPNs and proxies come out. */
export const HOSTING: readonly Network[] = NETWORKS.filter((n) => n.kind === 'hosting');

const toInt = (ip: string): number => ip.split('.').reduce((a, o) => a * 256 + Number(o), 0);
const fromInt = (n: number): string => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');

/** An address of the network: IPv4 anywhere in a block (never .0 or .255), or IPv6 in a /32. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0) {
    const group = () => rng.int(0, 0xffff).toString(16);
    return `${rng.pick(n.v6)}:${group()}:${group()}:${group()}:${group()}:${group()}:${group()}`;
  }
  const [base = '0.0.0.0', bits = '16'] = rng.pick(n.v4).split('/');
  const size = 2 ** (32 - Number(bits));
  const offset = Math.floor(rng.next() * (size / 256)) * 256 + rng.int(1, 254);
  return fromInt(toInt(base) + offset);
}

/** An address, IPv6 with probability `v6` when the network has it. */
export const ipOf = (rng: Rng, n: Network, v6 = 0.25): string => address(rng, n, rng.chance(v6));

/** The country geoip-country places an IP in. */
export function ipCountry(ip: string): string | undefined {
  return geoip.lookup(ip)?.country;
}
