import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * The networks checkouts come from: home fibre and cable, mobile (carrier-grade NAT), office lines, and hosting
 * ranges used as VPN, privacy-relay and proxy exits. Blocks were picked from general knowledge and checked with
 * geoip-country (every /24 of each IPv4 block and 300 random addresses of each IPv6 /32 locate in the named
 * country); the names say what kind of network a block stands for, not who holds it.
 */

export type NetKind = 'fixed' | 'mobile' | 'hosting';

export interface Network {
  name: string;
  country: string;
  kind: NetKind;
  v4: readonly string[];
  v6: readonly string[];
  /** Share of checkouts from this network that arrive over IPv6. */
  v6Share: number;
}

const net = (
  name: string,
  country: string,
  kind: NetKind,
  v4: readonly string[],
  v6: readonly string[] = [],
  v6Share = 0,
): Network => ({ name, country, kind, v4, v6, v6Share });

export const NETWORKS: readonly Network[] = [
  net(
    'it-fibre-incumbent',
    'IT',
    'fixed',
    ['79.0.0.0/10', '82.48.0.0/12', '95.224.0.0/11'],
    ['2001:b07::/32'],
    0.15,
  ),
  net('it-fibre-challenger', 'IT', 'fixed', ['93.32.0.0/12'], ['2a02:b020::/32'], 0.25),
  net('it-fixed-wireless', 'IT', 'fixed', ['151.16.0.0/12', '151.32.0.0/11']),
  net(
    'it-mobile',
    'IT',
    'mobile',
    ['5.90.0.0/15', '5.168.0.0/14', '37.160.0.0/14', '37.176.0.0/13'],
    ['2a01:e11::/32'],
    0.3,
  ),
  net('it-cloud', 'IT', 'hosting', ['15.160.0.0/16']),
  net(
    'de-fixed-incumbent',
    'DE',
    'fixed',
    ['79.192.0.0/10', '84.128.0.0/10', '87.128.0.0/10', '91.0.0.0/10'],
    ['2003:c1::/32', '2003:e8::/32'],
    0.5,
  ),
  net('de-cable', 'DE', 'fixed', ['88.64.0.0/12'], ['2a02:908::/32'], 0.45),
  net('de-mobile', 'DE', 'mobile', ['80.187.0.0/17'], ['2a01:598::/32'], 0.5),
  net('de-hosting', 'DE', 'hosting', ['88.198.0.0/16', '78.46.0.0/15', '136.243.0.0/16', '49.12.0.0/16']),
  net('at-fixed', 'AT', 'fixed', ['80.120.0.0/14', '62.46.0.0/15', '77.116.0.0/14'], ['2001:871::/32'], 0.3),
  net(
    'at-cable-mobile',
    'AT',
    'mobile',
    ['178.112.0.0/14', '91.112.0.0/14', '84.112.0.0/14'],
    ['2a02:8388::/32'],
    0.3,
  ),
  net('fr-fixed-incumbent', 'FR', 'fixed', ['86.192.0.0/12', '90.16.0.0/12'], ['2a01:cb00::/32'], 0.5),
  net('fr-fixed-challenger', 'FR', 'fixed', ['88.160.0.0/11', '109.0.0.0/11'], ['2a01:e0a::/32'], 0.55),
  net('fr-mobile', 'FR', 'mobile', ['176.128.0.0/11']),
  net('es-fixed-incumbent', 'ES', 'fixed', ['83.32.0.0/11', '88.0.0.0/11', '81.32.0.0/12']),
  net('es-fixed-challenger', 'ES', 'fixed', ['79.144.0.0/12', '37.132.0.0/14'], ['2a0c:5a80::/32'], 0.2),
  net('es-mobile', 'ES', 'mobile', ['95.16.0.0/13']),
  net(
    'be-fixed',
    'BE',
    'fixed',
    ['91.176.0.0/13', '109.128.0.0/13', '81.82.0.0/15'],
    ['2a02:1810::/32'],
    0.55,
  ),
  net('nl-fixed', 'NL', 'fixed', ['77.160.0.0/12', '84.24.0.0/13'], ['2001:1c00::/32'], 0.4),
  net('nl-hosting', 'NL', 'hosting', ['188.166.0.0/17', '5.79.64.0/18']),
  net('lu-fixed', 'LU', 'fixed', ['85.93.192.0/19', '80.90.32.0/19', '158.64.0.0/16']),
  net('ch-fixed-incumbent', 'CH', 'fixed', ['178.192.0.0/13', '85.0.0.0/13'], ['2a02:1205::/32'], 0.4),
  net('ch-cable', 'CH', 'fixed', ['62.202.0.0/15', '188.60.0.0/14', '83.76.0.0/14'], ['2a02:1210::/32'], 0.3),
  net('ch-mobile', 'CH', 'mobile', ['213.55.128.0/17', '194.230.144.0/20'], ['2a04:ee40::/32'], 0.3),
  net('gb-fixed', 'GB', 'fixed', ['86.128.0.0/10', '81.96.0.0/12', '82.0.0.0/14'], ['2a00:23c4::/32'], 0.3),
  net('us-cable', 'US', 'fixed', ['73.0.0.0/12', '98.192.0.0/10', '71.160.0.0/11'], ['2601:280::/32'], 0.35),
  net('us-hosting', 'US', 'hosting', ['3.80.0.0/12']),
  net('se-vpn', 'SE', 'hosting', ['45.83.220.0/22']),
  net('ae-mobile', 'AE', 'mobile', ['2.48.0.0/14', '94.200.0.0/13']),
  net('th-fixed', 'TH', 'fixed', ['171.96.0.0/13']),
  net('jp-mobile', 'JP', 'mobile', ['126.0.0.0/11']),
  // Sanctioned jurisdictions: only the sanctioned_country kind draws from these.
  net('ru-fixed', 'RU', 'fixed', ['95.24.0.0/13', '178.64.0.0/13'], ['2a00:1370::/32'], 0.15),
  net('by-fixed', 'BY', 'fixed', ['178.120.0.0/13', '37.212.0.0/14', '93.84.0.0/15']),
  net('ir-mobile', 'IR', 'mobile', ['5.112.0.0/12', '2.176.0.0/12', '151.232.0.0/14']),
];

const BY_NAME = new Map(NETWORKS.map((n) => [n.name, n]));

export function network(name: string): Network {
  const found = BY_NAME.get(name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
}

/** The country geoip-country places an address in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;

function v4In(rng: Rng, cidr: string): string {
  const [base = '0.0.0.0', bits = '32'] = cidr.split('/');
  const start = base.split('.').reduce((a, b) => a * 256 + Number(b), 0);
  const size = 2 ** (32 - Number(bits));
  const n = start + rng.int(0, size / 256 - 1) * 256 + rng.int(2, 253);
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

function v6In(rng: Rng, prefix: string): string {
  const head = prefix.split('/')[0]?.split(':').filter(Boolean) ?? [];
  const groups = [...head];
  while (groups.length < 8) groups.push(rng.int(0, 0xffff).toString(16));
  return groups.join(':');
}

/** An address in a network: IPv6 when asked and the network has ranges. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  return v6 && n.v6.length > 0 ? v6In(rng, rng.pick(n.v6)) : v4In(rng, rng.pick(n.v4));
}

/** An address as a checkout would show it: IPv6 at the network's share. */
export const ipFrom = (rng: Rng, n: Network): string => address(rng, n, rng.chance(n.v6Share));

const inCountry = (country: string, kind?: NetKind) =>
  NETWORKS.filter((n) => n.country === country && (kind === undefined || n.kind === kind));

/** A household's line in a country: fixed mostly, mobile for some. */
export function homeNetwork(rng: Rng, country: string): Network {
  const fixed = inCountry(country, 'fixed');
  const mobile = inCountry(country, 'mobile');
  if (fixed.length === 0 && mobile.length === 0) throw new Error(`no home network in ${country}`);
  if (mobile.length > 0 && (fixed.length === 0 || rng.chance(0.18))) return rng.pick(mobile);
  return rng.pick(fixed);
}

/** A phone's mobile network in a country (a fixed line where there is no mobile block). */
export function mobileNetwork(rng: Rng, country: string): Network {
  const mobile = inCountry(country, 'mobile');
  return mobile.length > 0 ? rng.pick(mobile) : homeNetwork(rng, country);
}

/** A hosting exit: a VPN, a privacy relay or a proxy; in `country` when there is one there. */
export function hostingNetwork(rng: Rng, country?: string): Network {
  const local = country ? inCountry(country, 'hosting') : [];
  if (local.length > 0) return rng.pick(local);
  return rng.pick(NETWORKS.filter((n) => n.kind === 'hosting'));
}
