import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * The networks Lacefront's customers (and fraudsters) check out from. Every IPv4 block and IPv6 /32 was checked
 * with geoip-country before it went in (each /24 of a block, three addresses; 300 random addresses per /32): it
 * locates entirely in the network's country. Names say what kind of network a block stands for, not who holds it.
 */

export type NetworkName =
  | 'us_cable'
  | 'us_fiber'
  | 'us_mobile'
  | 'us_campus'
  | 'us_datacenter'
  | 'us_vpn'
  | 'us_relay'
  | 'ca_cable'
  | 'ca_dsl'
  | 'ca_mobile'
  | 'ca_datacenter'
  | 'gb_broadband'
  | 'gb_cable'
  | 'gb_datacenter'
  | 'de_broadband'
  | 'de_datacenter'
  | 'fr_broadband'
  | 'nl_broadband'
  | 'nl_datacenter'
  | 'jp_broadband'
  | 'jp_mobile'
  | 'au_broadband'
  | 'au_mobile'
  | 'ae_broadband'
  | 'sg_broadband'
  | 'my_broadband'
  | 'ph_broadband'
  | 'hk_broadband'
  | 'kr_mobile'
  | 'ir_mobile'
  | 'sy_dsl'
  | 'cu_mobile';

export interface Network {
  name: NetworkName;
  country: string;
  /** IPv4 blocks as `a.b.c.d/len`. */
  v4: readonly string[];
  /** IPv6 /32 prefixes (two groups). */
  v6: readonly string[];
  /** Share of this network's checkouts over IPv6, where it has ranges. */
  v6Share: number;
}

const net = (name: NetworkName, country: string, v4: string[], v6: string[] = [], v6Share = 0): Network => ({
  name,
  country,
  v4,
  v6,
  v6Share,
});

export const NETWORKS: readonly Network[] = [
  // Home broadband in the US: cable and fibre, a shared mobile carrier (carrier-grade NAT) and a campus.
  net(
    'us_cable',
    'US',
    ['73.0.0.0/10', '73.64.0.0/10', '98.192.0.0/12', '68.32.0.0/12', '67.160.0.0/11'],
    ['2603:8000'],
    0.25,
  ),
  net(
    'us_fiber',
    'US',
    ['71.160.0.0/13', '47.144.0.0/14', '108.0.0.0/14', '76.80.0.0/14', '24.0.0.0/14', '66.65.0.0/16'],
    ['2600:1700'],
    0.3,
  ),
  net('us_mobile', 'US', ['174.192.0.0/12', '107.77.192.0/18', '100.0.0.0/14'], ['2600:387'], 0.4),
  net('us_campus', 'US', ['128.32.0.0/16']),
  // Cloud and hosting ranges: bots, VPN exits, a privacy relay's egress.
  net('us_datacenter', 'US', ['3.80.0.0/13', '34.192.0.0/12', '18.0.0.0/11']),
  net('us_vpn', 'US', ['45.33.0.0/17', '192.241.128.0/17']),
  net('us_relay', 'US', ['23.82.0.0/16']),
  net('ca_cable', 'CA', ['99.224.0.0/11', '24.200.0.0/14', '74.56.0.0/14'], ['2607:fea8'], 0.25),
  net('ca_dsl', 'CA', ['70.48.0.0/13', '142.112.0.0/12', '65.92.0.0/14', '184.64.0.0/13'], ['2001:56a'], 0.2),
  net('ca_mobile', 'CA', ['174.88.0.0/13', '216.209.0.0/16']),
  net('ca_datacenter', 'CA', ['51.222.0.0/16']),
  net(
    'gb_broadband',
    'GB',
    ['86.128.0.0/10', '81.128.0.0/12', '31.48.0.0/13', '90.192.0.0/12'],
    ['2a00:23c0'],
    0.3,
  ),
  net('gb_cable', 'GB', ['82.0.0.0/13', '2.96.0.0/13'], ['2a02:c7c'], 0.2),
  net('gb_datacenter', 'GB', ['178.62.0.0/17']),
  net(
    'de_broadband',
    'DE',
    ['79.192.0.0/10', '84.128.0.0/10', '91.0.0.0/11', '87.128.0.0/10'],
    ['2003:e8'],
    0.4,
  ),
  net('de_datacenter', 'DE', ['88.198.0.0/16', '5.9.0.0/16', '78.46.0.0/15']),
  net('fr_broadband', 'FR', ['176.128.0.0/11']),
  net('nl_broadband', 'NL', ['77.160.0.0/12']),
  net('nl_datacenter', 'NL', ['37.48.64.0/18', '95.211.0.0/16', '185.107.56.0/22']),
  net('jp_broadband', 'JP', ['153.128.0.0/11', '60.64.0.0/12', '114.144.0.0/12'], ['2400:4050'], 0.3),
  net('jp_mobile', 'JP', ['49.96.0.0/12'], ['240b:10'], 0.5),
  net(
    'au_broadband',
    'AU',
    ['1.128.0.0/11', '120.144.0.0/12', '110.140.0.0/14', '203.219.0.0/16'],
    ['2001:8003'],
    0.3,
  ),
  net('au_mobile', 'AU', ['49.176.0.0/12']),
  net('ae_broadband', 'AE', ['94.200.0.0/13', '91.72.0.0/14', '2.48.0.0/14'], ['2001:8f8'], 0.2),
  net(
    'sg_broadband',
    'SG',
    ['116.86.0.0/15', '118.189.0.0/16', '220.255.0.0/16', '42.60.0.0/15'],
    ['2406:3003'],
    0.2,
  ),
  net('my_broadband', 'MY', ['175.136.0.0/13', '60.48.0.0/14', '115.132.0.0/14']),
  net('ph_broadband', 'PH', ['49.144.0.0/13', '180.190.0.0/15']),
  net('hk_broadband', 'HK', ['14.0.128.0/17']),
  net('kr_mobile', 'KR', ['211.36.128.0/17']),
  // Comprehensively sanctioned jurisdictions: only the sanctioned_country kind draws from these.
  net('ir_mobile', 'IR', ['2.176.0.0/12', '5.112.0.0/13', '151.232.0.0/14', '5.200.64.0/18']),
  net('sy_dsl', 'SY', ['5.0.0.0/16', '31.9.0.0/16', '82.137.192.0/18']),
  net('cu_mobile', 'CU', ['152.206.0.0/15', '181.225.224.0/19']),
];

const BY_NAME = new Map(NETWORKS.map((n) => [n.name, n]));

export const network = (name: NetworkName): Network => {
  const found = BY_NAME.get(name);
  if (!found) throw new Error(`unknown network ${name}`);
  return found;
};

const toNumber = (ip: string): number => ip.split('.').reduce((a, b) => a * 256 + Number(b), 0);
const toIp = (n: number): string => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');

/** An address on `n`: IPv4 (a host 1–254 of a /24 in one of its blocks) or, asked for, IPv6 in its /32. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0) {
    const groups = Array.from({ length: 6 }, () => rng.int(0, 0xffff).toString(16));
    return `${rng.pick(n.v6)}:${groups.join(':')}`;
  }
  const [base = '0.0.0.0', len = '24'] = rng.pick(n.v4).split('/');
  const subnets = 2 ** (24 - Number(len));
  return toIp(toNumber(base) + rng.int(0, subnets - 1) * 256 + rng.int(1, 254));
}

/** An IP on the named network, over IPv6 as often as the network carries it. */
export function ipOn(rng: Rng, name: NetworkName): string {
  const n = network(name);
  return address(rng, n, n.v6.length > 0 && rng.chance(n.v6Share));
}

/** The country geoip-country places `ip` in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;
