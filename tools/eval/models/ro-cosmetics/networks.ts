import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * Where checkouts come from. Every IPv4 block was checked with `geoip-country` (three addresses in each /24) and
 * every IPv6 /32 with random addresses, by a scratch script, to locate in the country given. Names say what kind
 * of network a block stands for (from general knowledge of who runs it), not a verified registration.
 */

export type Use = 'home' | 'mobile' | 'hosting';

export interface Network {
  name: string;
  country: string;
  use: Use;
  v4: readonly string[];
  v6: readonly string[];
}

const n = (name: string, country: string, use: Use, v4: string[], v6: string[] = []): Network => ({
  name,
  country,
  use,
  v4,
  v6,
});

export const NETWORKS: readonly Network[] = [
  // Romania
  n(
    'Digi (RCS & RDS) fibre, Bucharest',
    'RO',
    'home',
    ['86.120.0.0/16', '86.124.0.0/16', '188.25.0.0/16', '82.77.0.0/16'],
    ['2a02:2f0c::/32'],
  ),
  n(
    'Digi (RCS & RDS) fibre, provinces',
    'RO',
    'home',
    [
      '89.136.0.0/16',
      '79.118.0.0/16',
      '188.27.0.0/16',
      '5.12.0.0/16',
      '86.126.0.0/16',
      '82.78.0.0/16',
      '95.76.0.0/16',
    ],
    ['2a02:2f04::/32'],
  ),
  n('Telekom Romania DSL and fibre', 'RO', 'home', ['86.34.0.0/16', '109.96.0.0/16']),
  n('Vodafone cable (ex-UPC Romania)', 'RO', 'home', ['78.96.0.0/16']),
  n('Orange Romania mobile', 'RO', 'mobile', ['109.166.128.0/18', '5.2.128.0/17']),
  n('Vodafone Romania mobile', 'RO', 'mobile', ['92.80.0.0/16', '46.97.144.0/20']),
  n('Digi Mobil', 'RO', 'mobile', ['5.15.0.0/16', '46.214.0.0/16']),
  n('Bucharest datacentre hosting (VPN exits)', 'RO', 'hosting', ['185.53.196.0/22']),
  // Moldova
  n('Moldtelecom fibre', 'MD', 'home', ['89.28.0.0/17', '92.115.0.0/16']),
  n('StarNet Moldova', 'MD', 'home', ['188.237.0.0/16', '217.26.160.0/20']),
  n('Orange Moldova mobile', 'MD', 'mobile', ['178.168.0.0/17', '95.65.0.0/17']),
  n('Moldcell mobile', 'MD', 'mobile', ['46.55.0.0/17']),
  // Hungary, Bulgaria
  n('Magyar Telekom', 'HU', 'home', ['188.6.0.0/17', '91.82.0.0/16'], ['2001:4c4c::/32']),
  n('Vodafone Hungary cable', 'HU', 'home', ['80.98.0.0/16', '94.21.0.0/16']),
  n('Vivacom', 'BG', 'home', ['46.10.0.0/16', '95.42.0.0/16'], ['2a01:5a8::/32']),
  n('A1 Bulgaria', 'BG', 'mobile', ['77.85.0.0/16', '78.83.0.0/16', '87.126.0.0/16']),
  // The diaspora
  n('TIM fibre', 'IT', 'home', ['79.20.0.0/16', '87.0.0.0/14']),
  n('Fastweb', 'IT', 'home', ['93.32.0.0/16', '2.32.0.0/16']),
  n('Iliad / WindTre mobile', 'IT', 'mobile', ['151.38.0.0/16', '5.90.0.0/16']),
  n('Movistar fibre', 'ES', 'home', ['83.32.0.0/14', '88.0.0.0/14']),
  n('Orange / Vodafone Spain mobile', 'ES', 'mobile', [
    '90.160.0.0/16',
    '31.4.0.0/16',
    '79.116.0.0/16',
    '2.136.0.0/16',
  ]),
  n('Deutsche Telekom', 'DE', 'home', ['79.192.0.0/14', '87.128.0.0/14'], ['2003:e6::/32']),
  n('Vodafone Germany cable', 'DE', 'home', ['188.192.0.0/16', '91.64.0.0/16']),
  n('O2 Germany mobile', 'DE', 'mobile', ['77.0.0.0/16', '2.200.0.0/16']),
  // Hosting: VPN exits, proxies, fraud tooling
  n('Hetzner, Falkenstein', 'DE', 'hosting', ['88.198.0.0/16', '5.9.0.0/16']),
  n('DigitalOcean, Frankfurt', 'DE', 'hosting', ['164.90.160.0/19']),
  n('Leaseweb, Amsterdam', 'NL', 'hosting', ['85.17.0.0/16', '37.48.64.0/18']),
  n('DigitalOcean, New York', 'US', 'hosting', ['104.131.0.0/16', '45.55.0.0/16']),
  // Sanctioned: only the sanctioned_country kind
  n('Rostelecom', 'RU', 'home', ['95.24.0.0/16', '5.18.0.0/16']),
  n('MTS mobile', 'RU', 'mobile', ['91.77.0.0/16', '213.87.0.0/16', '178.176.0.0/16']),
  n('Beltelecom', 'BY', 'home', ['178.120.0.0/16', '93.84.0.0/16', '37.215.0.0/16']),
  n('Iranian mobile (MCI)', 'IR', 'mobile', ['2.176.0.0/16', '5.112.0.0/16']),
];

const byName = new Map(NETWORKS.map((x) => [x.name, x]));

export function network(name: string): Network {
  const found = byName.get(name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
}

/** The networks of a country for a use. */
export const networksOf = (country: string, use: Use): Network[] =>
  NETWORKS.filter((x) => x.country === country && x.use === use);

function v4In(rng: Rng, cidr: string): string {
  const [base = '0.0.0.0', bits = '32'] = cidr.split('/');
  const start = base.split('.').reduce((a, b) => a * 256 + Number(b), 0);
  const size = 2 ** (32 - Number(bits));
  const x = start + Math.floor(rng.next() * (size / 256)) * 256 + rng.int(2, 253);
  return [24, 16, 8, 0].map((s) => Math.floor(x / 2 ** s) % 256).join('.');
}

function v6In(rng: Rng, cidr: string): string {
  const [prefix = '2001:db8::'] = cidr.split('/');
  const head = prefix.replace(/::$/, '');
  const group = () => rng.int(0, 0xffff).toString(16);
  return `${head}:${group()}:${group()}:${group()}:${group()}:${group()}:${group()}`;
}

/** An address in a network: IPv6 where it has any and `v6`, else IPv4. */
export function address(rng: Rng, net: Network, v6: boolean): string {
  if (v6 && net.v6.length > 0) return v6In(rng, rng.pick(net.v6));
  return v4In(rng, rng.pick(net.v4));
}

/** An address in a network, IPv6 a third of the time where it has any (dual-stack fibre). */
export const ipOf = (rng: Rng, net: Network): string =>
  address(rng, net, net.v6.length > 0 && rng.chance(0.35));

/** A home or mobile network of a country, weighted toward mobile for Romanians shopping on phones. */
export function localNetwork(rng: Rng, country: string, mobileShare = 0.45): Network {
  const mobile = networksOf(country, 'mobile');
  const home = networksOf(country, 'home');
  const list = rng.chance(mobileShare) && mobile.length > 0 ? mobile : home.length > 0 ? home : mobile;
  return rng.pick(list);
}

export const HOSTING: readonly Network[] = NETWORKS.filter((x) => x.use === 'hosting');

/** The country `geoip-country` places an IP in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;
