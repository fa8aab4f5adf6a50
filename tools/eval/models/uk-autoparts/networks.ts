import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * The networks buyers connect from, each a set of IPv4 blocks (and IPv6 /32 prefixes) that geoip-country
 * places entirely in its country (checked per /24 before use). Names say what kind of network a block stands
 * for, not who holds it.
 */

export type NetworkKind = 'residential' | 'mobile' | 'hosting' | 'corporate';

export interface Network {
  name: string;
  country: string;
  kind: NetworkKind;
  v4: readonly string[];
  /** The first two groups of an IPv6 /32. */
  v6: readonly string[];
}

const net = (name: string, country: string, kind: NetworkKind, v4: string[], v6: string[] = []): Network => ({
  name,
  country,
  kind,
  v4,
  v6,
});

export const NETWORKS = [
  // Great Britain and Northern Ireland
  net(
    'gb_fibre_a',
    'GB',
    'residential',
    ['86.128.0.0/11', '86.160.0.0/11'],
    ['2a00:23c0', '2a00:23c1', '2a00:23c5'],
  ),
  net(
    'gb_cable',
    'GB',
    'residential',
    ['80.0.0.0/13', '62.30.0.0/15', '82.0.0.0/14', '81.96.0.0/12'],
    ['2a02:8010'],
  ),
  net(
    'gb_fibre_b',
    'GB',
    'residential',
    ['90.192.0.0/11', '5.64.0.0/13', '2.96.0.0/13'],
    ['2a02:c7c', '2a02:c7f'],
  ),
  net('gb_dsl', 'GB', 'residential', ['94.0.0.0/13'], ['2a01:4b00']),
  net(
    'gb_mobile',
    'GB',
    'mobile',
    ['31.94.0.0/16', '92.40.0.0/16', '85.255.232.0/21', '109.144.0.0/12', '188.28.0.0/14'],
    ['2a01:4c8'],
  ),
  net('gb_hosting', 'GB', 'hosting', [
    '178.62.0.0/18',
    '178.62.64.0/18',
    '138.68.128.0/18',
    '178.79.128.0/18',
    '159.65.16.0/20',
  ]),
  net('gb_corporate', 'GB', 'corporate', ['18.130.0.0/16', '35.176.0.0/15']),
  // Republic of Ireland
  net('ie_dsl', 'IE', 'residential', ['86.40.0.0/13'], ['2001:bb6']),
  net('ie_cable', 'IE', 'residential', ['79.97.0.0/16', '46.7.0.0/16'], ['2a02:8084']),
  net('ie_mobile', 'IE', 'mobile', ['37.228.192.0/18', '109.76.0.0/14']),
  net('ie_corporate', 'IE', 'corporate', ['34.240.0.0/13', '52.208.0.0/13', '54.72.0.0/15']),
  net('ie_campus', 'IE', 'corporate', ['193.1.0.0/16']),
  // The continent and further
  net('fr_fibre', 'FR', 'residential', ['82.64.0.0/14'], ['2a01:cb00']),
  net('de_dsl', 'DE', 'residential', ['91.0.0.0/10'], ['2003:e0']),
  net('nl_cable', 'NL', 'residential', ['77.160.0.0/12', '84.24.0.0/13'], ['2a02:a440']),
  net('es_fibre', 'ES', 'residential', ['83.32.0.0/11']),
  net('de_hosting', 'DE', 'hosting', ['78.46.0.0/15', '46.101.128.0/17']),
  net('nl_hosting', 'NL', 'hosting', ['188.166.0.0/17', '185.107.56.0/22']),
  net('us_hosting', 'US', 'hosting', ['3.80.0.0/12', '178.79.192.0/18']),
  net('ch_privacy_vpn', 'CH', 'hosting', ['176.10.96.0/19']),
  net('ae_mobile', 'AE', 'mobile', ['94.200.0.0/13']),
  net('tr_dsl', 'TR', 'residential', ['78.160.0.0/11']),
  net('ge_dsl', 'GE', 'residential', ['31.146.0.0/16']),
  net('kz_dsl', 'KZ', 'residential', ['2.132.0.0/14']),
  net('kg_dsl', 'KG', 'residential', ['212.42.96.0/19']),
  // Sanctioned jurisdictions: only the sanctioned_country kind connects from these.
  net(
    'ru_broadband',
    'RU',
    'residential',
    ['95.24.0.0/13', '5.16.0.0/14', '178.64.0.0/13', '91.76.0.0/14'],
    ['2a02:6b8', '2a00:1370'],
  ),
  net('by_broadband', 'BY', 'residential', ['178.120.0.0/13', '37.212.0.0/14']),
  net('ir_mobile', 'IR', 'mobile', ['5.112.0.0/12'], ['2a02:4540']),
  net('ir_broadband', 'IR', 'residential', ['2.176.0.0/12'], ['2a01:5ec0']),
] as const satisfies readonly Network[];

export type NetworkName = (typeof NETWORKS)[number]['name'];

const BY_NAME = new Map<string, Network>(NETWORKS.map((n) => [n.name, n]));

export function network(name: NetworkName): Network {
  const n = BY_NAME.get(name);
  if (!n) throw new Error(`no network ${name}`);
  return n;
}

const toNumber = (ip: string): number => ip.split('.').reduce((a, b) => a * 256 + Number(b), 0);
const toIp = (n: number): string => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');

/** An address on the network: IPv4 (never .0 or .255), or IPv6 when asked and the network has any. */
export function address(rng: Rng, n: Network, v6 = false): string {
  if (v6 && n.v6.length > 0) {
    const group = () => rng.int(0, 0xffff).toString(16);
    return `${rng.pick(n.v6)}:${group()}:${group()}:${group()}:${group()}:${group()}:${group()}`;
  }
  const [base = '0.0.0.0', bits = '24'] = rng.pick(n.v4).split('/');
  const size = 2 ** (32 - Number(bits));
  const block = rng.int(0, size / 256 - 1);
  return toIp(toNumber(base) + block * 256 + rng.int(1, 254));
}

/** An address on the named network; IPv6 for a share `v6` of draws where the network has it. */
export function ipOn(rng: Rng, name: NetworkName, v6 = 0.15): string {
  return address(rng, network(name), rng.chance(v6));
}

/** The country geoip-country places an IP in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;

/** Home broadband networks by country; mobile networks by country. */
export const HOME: Readonly<Record<string, readonly NetworkName[]>> = {
  GB: ['gb_fibre_a', 'gb_fibre_a', 'gb_cable', 'gb_fibre_b', 'gb_dsl'],
  IE: ['ie_dsl', 'ie_cable'],
  FR: ['fr_fibre'],
  DE: ['de_dsl'],
  NL: ['nl_cable'],
  ES: ['es_fibre'],
};

export const MOBILE: Readonly<Record<string, NetworkName>> = {
  GB: 'gb_mobile',
  IE: 'ie_mobile',
  FR: 'fr_fibre',
  DE: 'de_dsl',
  NL: 'nl_cable',
  ES: 'es_fibre',
};
