import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * Where checkouts come from. Each network is a handful of IPv4 blocks (and IPv6 prefixes where the access
 * network hands them out) that geoip-country places in its country: every host (.1 to .254) of every /24 of
 * every block, and 500 random addresses in every IPv6 prefix, were looked up before they were kept. Names say
 * what kind of network a block stands for, not who holds it.
 */

export type Access = 'fixed' | 'mobile' | 'business' | 'hosting';

export interface Network {
  name: string;
  country: string;
  access: Access;
  v4: readonly string[];
  v6: readonly string[];
  /** Share of checkouts over IPv6 where the network has it. */
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

export const NETWORKS: readonly Network[] = [
  // Israel: two fibre/DSL incumbents, a cable network, a fibre newcomer, two mobile networks, offices and
  // hotels.
  net('il-fibre-dsl-a', 'IL', 'fixed', ['84.108.0.0/14', '46.116.0.0/15'], ['2a02:ed0::/29'], 0.35),
  net('il-cable', 'IL', 'fixed', ['77.124.0.0/14', '213.57.0.0/16'], ['2a06:c701::/32'], 0.3),
  net('il-fibre-b', 'IL', 'fixed', ['2.52.0.0/14', '89.138.0.0/15'], ['2a00:a040::/29'], 0.45),
  net('il-fibre-dsl-c', 'IL', 'fixed', ['85.64.0.0/15', '147.235.0.0/16'], ['2a01:6500::/29'], 0.3),
  net('il-mobile-a', 'IL', 'mobile', ['176.228.0.0/14', '31.168.0.0/16'], ['2a10:8000::/29'], 0.5),
  net(
    'il-mobile-b',
    'IL',
    'mobile',
    ['37.142.0.0/16', '176.12.128.0/17', '5.28.128.0/18'],
    ['2a0d:6fc0::/29'],
    0.4,
  ),
  net('il-office-hotel', 'IL', 'business', [
    '212.143.0.0/16',
    '62.219.0.0/16',
    '82.80.0.0/15',
    '94.159.128.0/17',
  ]),
  // United States.
  net(
    'us-cable',
    'US',
    'fixed',
    [
      '73.0.0.0/15',
      '73.4.0.0/14',
      '73.8.0.0/14',
      '68.80.0.0/13',
      '24.0.0.0/14',
      '76.96.0.0/14',
      '98.192.0.0/14',
    ],
    ['2601::/20'],
    0.5,
  ),
  net('us-fibre-dsl', 'US', 'fixed', ['71.160.0.0/12', '108.0.0.0/13'], ['2600:1700::/28'], 0.45),
  net('us-mobile', 'US', 'mobile', ['172.56.0.0/15', '174.192.0.0/12'], ['2600:1000::/28'], 0.6),
  net('us-hosting', 'US', 'hosting', ['3.80.0.0/12', '104.236.0.0/16']),
  // Canada and Australia.
  net(
    'ca-cable-dsl',
    'CA',
    'fixed',
    ['99.224.0.0/14', '99.232.0.0/13', '70.48.0.0/13', '174.112.0.0/13'],
    ['2607:f2c0::/32'],
    0.35,
  ),
  net('ca-mobile', 'CA', 'mobile', ['24.114.0.0/16', '142.112.0.0/14'], ['2001:56a::/32'], 0.3),
  net('au-nbn', 'AU', 'fixed', ['1.120.0.0/13', '120.144.0.0/13'], ['2001:8003::/32'], 0.35),
  net('au-mobile', 'AU', 'mobile', ['49.176.0.0/12'], ['2403:5800::/32'], 0.3),
  // United Kingdom and Ireland.
  net(
    'gb-broadband',
    'GB',
    'fixed',
    ['86.128.0.0/11', '81.96.0.0/13', '2.96.0.0/13'],
    ['2a00:23c0::/26'],
    0.4,
  ),
  net('gb-mobile', 'GB', 'mobile', ['31.94.0.0/16', '109.144.0.0/13'], ['2a01:4c8::/29'], 0.35),
  net('gb-hosting', 'GB', 'hosting', ['51.140.0.0/16']),
  net('ie-broadband', 'IE', 'fixed', ['86.40.0.0/13']),
  // The euro countries.
  net(
    'de-broadband',
    'DE',
    'fixed',
    ['79.192.0.0/10', '91.0.0.0/10'],
    ['2003:e0::/27', '2a02:8100::/27'],
    0.55,
  ),
  net('de-hosting', 'DE', 'hosting', ['136.243.0.0/16']),
  net('fr-broadband', 'FR', 'fixed', ['82.64.0.0/15', '86.192.0.0/12'], ['2a01:cb10::/28'], 0.6),
  net('nl-broadband', 'NL', 'fixed', ['77.160.0.0/12']),
  net('nl-hosting', 'NL', 'hosting', ['85.17.0.0/16', '37.48.64.0/18']),
  net('be-broadband', 'BE', 'fixed', ['109.128.0.0/14', '109.136.0.0/13']),
  net('at-broadband', 'AT', 'fixed', ['91.112.0.0/14', '80.121.0.0/16', '80.123.0.0/16']),
  net('it-broadband', 'IT', 'fixed', ['79.0.0.0/12', '93.32.0.0/13']),
  net('es-broadband', 'ES', 'fixed', ['83.32.0.0/13', '83.48.0.0/12', '88.0.0.0/12']),
  // Where Israelis travel (hotel wifi, a local SIM).
  net('th-mobile', 'TH', 'mobile', ['49.228.0.0/14']),
  net('gr-mobile', 'GR', 'mobile', ['94.64.0.0/13']),
  net('cy-broadband', 'CY', 'fixed', ['46.199.0.0/16']),
  // Russia and Belarus: only the sanctioned-country kind.
  net(
    'ru-broadband-mobile',
    'RU',
    'fixed',
    ['95.24.0.0/13', '176.59.0.0/16', '213.87.0.0/16'],
    ['2a00:1fa0::/32'],
    0.2,
  ),
  net('by-broadband', 'BY', 'fixed', ['178.120.0.0/13', '93.84.0.0/15']),
];

const BY_NAME = new Map(NETWORKS.map((n) => [n.name, n]));

export function network(name: string): Network {
  const n = BY_NAME.get(name);
  if (!n) throw new Error(`no network ${name}`);
  return n;
}

/** Networks of a country and access type (any of the country's when none has that access). */
export function networksOf(country: string, access?: Access): Network[] {
  const here = NETWORKS.filter((n) => n.country === country);
  const fit = here.filter((n) => !access || n.access === access);
  return fit.length > 0 ? fit : here;
}

function v4In(rng: Rng, cidr: string): string {
  const [base = '0.0.0.0', bits = '32'] = cidr.split('/');
  const [a = 0, b = 0, c = 0, d = 0] = base.split('.').map(Number);
  const start = ((a << 24) >>> 0) + (b << 16) + (c << 8) + d;
  const size = 2 ** (32 - Number(bits));
  const x = start + Math.floor(rng.next() * size);
  const last = Math.min(254, Math.max(1, x & 255));
  return [x >>> 24, (x >>> 16) & 255, (x >>> 8) & 255, last].join('.');
}

function v6In(rng: Rng, prefix: string): string {
  const [base = '::', bits = '128'] = prefix.split('/');
  const head = base.replace(/::$/, '').split(':');
  const words = Array.from({ length: 8 }, (_, i) => parseInt(head[i] ?? '0', 16) || 0);
  const fixed = Number(bits);
  return words
    .map((w, i) => {
      const keep = Math.max(0, Math.min(16, fixed - 16 * i));
      const mask = keep === 0 ? 0 : (0xffff << (16 - keep)) & 0xffff;
      return ((w & mask) | (Math.floor(rng.next() * 65536) & ~mask & 0xffff)).toString(16);
    })
    .join(':');
}

/** An address on the network: IPv6 when asked and the network has it. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0) return v6In(rng, rng.pick(n.v6));
  return v4In(rng, rng.pick(n.v4));
}

/** An address as a checkout would come from it: IPv6 on the network's share of checkouts. */
export function ipOn(rng: Rng, n: Network): string {
  return address(rng, n, n.v6.length > 0 && rng.chance(n.v6Share));
}

/** An address on one of the country's networks of that access type. */
export const ipIn = (rng: Rng, country: string, access?: Access): string =>
  ipOn(rng, rng.pick(networksOf(country, access)));

/** Where geoip-country places an IP. */
export function ipCountry(ip: string): string | undefined {
  return geoip.lookup(ip)?.country ?? undefined;
}
