import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * The networks buyers connect from. Every IPv4 entry is a /16 (`a.b`) or a run of /24s (`a.b.lo-hi`), and
 * every IPv6 entry a /32; each was checked with geoip-country (every /24 of a block, three addresses each; 200
 * random addresses per /32) and kept only if it located entirely in the country given. Names say what kind of
 * network a block stands for (home fibre/DSL, cable, mobile carrier-grade NAT, hosting used as VPN or proxy
 * exit), not who holds it.
 */

export type NetKind = 'home' | 'mobile' | 'hosting' | 'campus';

export interface Network {
  name: string;
  country: string;
  kind: NetKind;
  v4: readonly string[];
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
  net(
    'be_dsl_fibre',
    'BE',
    'home',
    ['81.241', '81.244', '91.178', '91.180', '109.128', '109.130'],
    ['2a02:a03f', '2a02:a020'],
  ),
  net(
    'be_cable',
    'BE',
    'home',
    ['84.193', '84.194', '94.225', '94.226', '178.116', '178.117'],
    ['2a02:1810'],
  ),
  net('be_mobile', 'BE', 'mobile', ['37.62', '109.88']),
  net('nl_cable', 'NL', 'home', ['84.26', '84.27', '82.72', '82.74'], ['2001:1c00']),
  net('nl_dsl_fibre', 'NL', 'home', ['86.81', '86.85', '77.162', '80.100'], ['2a02:a440', '2a02:a460']),
  net('nl_mobile', 'NL', 'mobile', ['31.20', '62.194']),
  net('nl_campus', 'NL', 'campus', ['145.128']),
  net('fr_fibre', 'FR', 'home', ['90.60', '86.200', '90.20'], ['2a01:cb00', '2a01:cb10']),
  net('fr_box', 'FR', 'home', ['78.200', '88.170'], ['2a01:e0a']),
  net('fr_mobile', 'FR', 'mobile', ['176.150', '37.165', '80.214', '93.20']),
  net('de_dsl', 'DE', 'home', ['91.10', '87.150', '84.150', '79.200'], ['2003:e0', '2003:c0']),
  net('de_cable', 'DE', 'home', ['95.88', '95.90'], ['2a02:8108']),
  net('de_mobile', 'DE', 'mobile', ['2.200', '46.114']),
  net('lu_fixed', 'LU', 'home', ['94.252.0-127', '83.99.0-127', '87.240.192-255'], ['2001:7e8']),
  net('lu_business', 'LU', 'home', ['80.90.32-63', '85.93.192-223', '212.24.192-223']),
  net('gb_dsl_fibre', 'GB', 'home', ['86.150', '81.150'], ['2a00:23c6']),
  net('gb_cable', 'GB', 'home', ['82.20', '92.20']),
  net('gb_broadband', 'GB', 'home', ['90.200', '109.144'], ['2a02:c7f']),
  net('us_cable', 'US', 'home', ['73.10', '73.150', '98.200', '71.200'], ['2601:1c0']),
  net('us_mobile', 'US', 'mobile', ['45.55'], ['2600:1700']),
  net('es_home', 'ES', 'home', ['88.10', '83.40', '79.150']),
  net('it_home', 'IT', 'home', ['87.10', '93.40', '79.20']),
  net('ch_home', 'CH', 'home', ['85.0', '178.82'], ['2a02:1205']),
  net('host_nl', 'NL', 'hosting', ['95.211']),
  net('host_de', 'DE', 'hosting', ['5.9', '78.46', '176.9', '136.243']),
  net('host_fr', 'FR', 'hosting', ['62.210']),
  net('host_gb', 'GB', 'hosting', ['51.148']),
  net('host_us', 'US', 'hosting', ['3.80', '34.200', '18.204']),
  net('ru_home', 'RU', 'home', ['95.24', '95.30', '178.64', '188.162', '5.18']),
  net('by_home', 'BY', 'home', ['178.120', '178.124', '93.84', '37.212']),
  net('ir_mobile', 'IR', 'mobile', ['2.176', '2.180', '5.210']),
];

const byName = new Map(NETWORKS.map((n) => [n.name, n]));

export function network(name: string): Network {
  const found = byName.get(name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
}

/** The networks of one kind in one country. */
export const networksOf = (country: string, kind: NetKind): Network[] =>
  NETWORKS.filter((n) => n.country === country && n.kind === kind);

const hex = (rng: Rng) => rng.int(0, 0xffff).toString(16);

/** An address in a network: IPv6 when asked and the network has any. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0) return `${rng.pick(n.v6)}:${hex(rng)}:${hex(rng)}:${hex(rng)}::${hex(rng)}`;
  const [a, b, run] = rng.pick(n.v4).split('.');
  const [lo, hi] = run ? run.split('-').map(Number) : [0, 255];
  return `${a}.${b}.${rng.int(lo ?? 0, hi ?? 255)}.${rng.int(1, 254)}`;
}

/** An IP at home (a third IPv6 where the network has it) or on the phone, in a country that has both. */
export function homeIp(rng: Rng, country: string, mobileShare = 0.3): string {
  const mobile = networksOf(country, 'mobile');
  const home = networksOf(country, 'home');
  const n = mobile.length > 0 && rng.chance(mobileShare) ? rng.pick(mobile) : rng.pick(home);
  return address(rng, n, rng.chance(0.3));
}

/** A hosting exit (a commercial VPN, a privacy relay, a proxy), in Europe or the US. */
export const hostingIp = (rng: Rng, countries?: readonly string[]): string => {
  const all = NETWORKS.filter((n) => n.kind === 'hosting' && (!countries || countries.includes(n.country)));
  return address(rng, rng.pick(all), false);
};

/** The country geoip-country places an IP in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;
