import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';
import { type Market } from './places.js';

/**
 * The networks buyers check out from, named by kind (mobile, home broadband, fibre, office, university, hotel
 * Wi-Fi, hosting used as VPN exits), not by owner. Every IPv4 block was checked /24 by /24 (four addresses
 * each) and every IPv6 /32 with 300 random addresses against geoip-country: each locates wholly in its country.
 */

export type NetworkKind =
  'mobile' | 'home_broadband' | 'fibre' | 'office' | 'university' | 'hotel_wifi' | 'hosting_vpn';

export interface Network {
  name: string;
  country: string;
  kind: NetworkKind;
  /** IPv4 blocks as [first address, prefix length]. */
  v4: ReadonlyArray<readonly [string, number]>;
  /** IPv6 /32 prefixes (the first two groups). */
  v6: readonly string[];
}

const net = <N extends string>(
  name: N,
  country: string,
  kind: NetworkKind,
  v4: ReadonlyArray<readonly [string, number]>,
  v6: readonly string[] = [],
): Network & { name: N } => ({ name, country, kind, v4, v6 });

export const NETWORKS = [
  // Pakistan: 4G carrier-grade NAT is how most buyers reach the site; DSL and fibre at home in the cities.
  net(
    'pk_mobile_a',
    'PK',
    'mobile',
    [
      ['39.32.0.0', 12],
      ['116.71.0.0', 16],
    ],
    ['2407:aa80'],
  ),
  net(
    'pk_mobile_b',
    'PK',
    'mobile',
    [
      ['119.160.64.0', 18],
      ['223.123.0.0', 17],
    ],
    ['2402:ad80'],
  ),
  net(
    'pk_home_dsl',
    'PK',
    'home_broadband',
    [
      ['182.180.0.0', 14],
      ['119.152.0.0', 14],
    ],
    ['2400:adc0'],
  ),
  net('pk_fibre', 'PK', 'fibre', [
    ['110.93.192.0', 18],
    ['103.255.4.0', 22],
    ['101.50.64.0', 18],
  ]),
  net('pk_office', 'PK', 'office', [['202.163.64.0', 18]]),
  net('pk_university', 'PK', 'university', [['203.128.0.0', 19]]),
  // The diaspora at home and on the phone.
  net(
    'gb_home',
    'GB',
    'home_broadband',
    [
      ['86.128.0.0', 11],
      ['81.96.0.0', 13],
      ['82.0.0.0', 13],
    ],
    ['2a00:23c4', '2a02:c7c'],
  ),
  net('gb_mobile', 'GB', 'mobile', [
    ['31.94.0.0', 16],
    ['109.144.0.0', 14],
  ]),
  net(
    'us_home',
    'US',
    'home_broadband',
    [
      ['73.0.0.0', 10],
      ['98.192.0.0', 12],
      ['24.0.0.0', 13],
    ],
    ['2601:140', '2601:647'],
  ),
  net(
    'us_mobile',
    'US',
    'mobile',
    [
      ['172.56.0.0', 15],
      ['166.128.0.0', 12],
      ['174.192.0.0', 12],
    ],
    ['2600:1000', '2600:1010'],
  ),
  net(
    'ae_home',
    'AE',
    'home_broadband',
    [
      ['94.200.0.0', 13],
      ['2.48.0.0', 14],
    ],
    ['2001:8f8'],
  ),
  net(
    'ae_mobile',
    'AE',
    'mobile',
    [
      ['5.30.0.0', 15],
      ['94.56.0.0', 14],
    ],
    ['2a00:f28'],
  ),
  net('sa_home', 'SA', 'home_broadband', [['2.88.0.0', 14]], ['2001:16a0']),
  net('sa_mobile', 'SA', 'mobile', [
    ['188.48.0.0', 14],
    ['95.218.0.0', 15],
  ]),
  net('sa_hotel_wifi', 'SA', 'hotel_wifi', [['46.152.0.0', 15]]),
  net(
    'ca_home',
    'CA',
    'home_broadband',
    [
      ['99.224.0.0', 11],
      ['24.64.0.0', 13],
      ['70.24.0.0', 13],
    ],
    ['2607:fea8', '2604:3d08'],
  ),
  net('ca_mobile', 'CA', 'mobile', [
    ['72.136.0.0', 13],
    ['174.88.0.0', 13],
  ]),
  // Hosting ranges that commercial VPNs and proxies exit from (Pakistanis keep VPNs on since X was blocked).
  net('vpn_sg', 'SG', 'hosting_vpn', [
    ['13.228.0.0', 15],
    ['18.136.0.0', 16],
    ['52.74.0.0', 16],
  ]),
  net(
    'vpn_de',
    'DE',
    'hosting_vpn',
    [
      ['78.46.0.0', 15],
      ['3.120.0.0', 14],
    ],
    ['2a01:4f8'],
  ),
  net('vpn_nl', 'NL', 'hosting_vpn', [
    ['5.79.64.0', 18],
    ['37.48.64.0', 18],
  ]),
  net('vpn_us', 'US', 'hosting_vpn', [
    ['3.208.0.0', 12],
    ['104.131.0.0', 16],
    ['45.55.0.0', 16],
  ]),
  net('vpn_gb', 'GB', 'hosting_vpn', [
    ['178.62.0.0', 18],
    ['18.130.0.0', 16],
  ]),
  // Sanctioned jurisdictions, used only by the sanctioned_country kind.
  net('ir_mobile', 'IR', 'mobile', [['5.112.0.0', 12]]),
  net(
    'ir_home',
    'IR',
    'home_broadband',
    [
      ['2.176.0.0', 12],
      ['151.232.0.0', 14],
    ],
    ['2a01:5ec0'],
  ),
  net('ru_mobile', 'RU', 'mobile', [
    ['31.173.0.0', 16],
    ['188.162.0.0', 16],
  ]),
  net(
    'ru_home',
    'RU',
    'home_broadband',
    [
      ['95.24.0.0', 13],
      ['178.176.0.0', 14],
    ],
    ['2a00:1370'],
  ),
];

export type NetworkName = (typeof NETWORKS)[number]['name'];

const BY_NAME = new Map<string, Network>(NETWORKS.map((n) => [n.name, n]));

export function network(name: NetworkName): Network {
  const found = BY_NAME.get(name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
}

const toInt = (ip: string): number => ip.split('.').reduce((a, o) => a * 256 + Number(o), 0);
const toIp = (v: number): string => [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join('.');
const group = (rng: Rng): string => rng.int(0, 0xffff).toString(16);

/** An address in the network: IPv6 when asked and the network has it, else IPv4 (never .0 or .255). */
export function address(rng: Rng, n: Network, v6 = false): string {
  if (v6 && n.v6.length > 0)
    return `${rng.pick(n.v6)}:${Array.from({ length: 6 }, () => group(rng)).join(':')}`;
  const [first, prefix] = rng.pick(n.v4);
  const blocks = 2 ** (24 - prefix);
  return toIp(toInt(first) + rng.int(0, blocks - 1) * 256 + rng.int(1, 254));
}

/** The country geoip-country places the address in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;

/** How often a network with IPv6 hands out an IPv6 address (mobile and British fibre far more often). */
const V6_SHARE: Readonly<Record<string, number>> = { mobile: 0.3, home_broadband: 0.2 };

/** An address on the named network, IPv6 as often as that kind of network gives it. */
export function ipOn(rng: Rng, name: NetworkName): string {
  const n = network(name);
  return address(rng, n, n.v6.length > 0 && rng.chance(V6_SHARE[n.kind] ?? 0));
}

/** Where a buyer at home goes online: mostly the phone's mobile data in Pakistan, home broadband abroad. */
export function homeNetwork(rng: Rng, market: Market, mobile?: number): NetworkName {
  const onMobile = rng.chance(mobile ?? (market === 'PK' ? 0.7 : 0.3));
  switch (market) {
    case 'PK':
      return onMobile
        ? rng.pick(['pk_mobile_a', 'pk_mobile_a', 'pk_mobile_b'])
        : rng.pick(['pk_home_dsl', 'pk_home_dsl', 'pk_fibre']);
    case 'GB':
      return onMobile ? 'gb_mobile' : 'gb_home';
    case 'US':
      return onMobile ? 'us_mobile' : 'us_home';
    case 'AE':
      return onMobile ? 'ae_mobile' : 'ae_home';
    case 'SA':
      return onMobile ? 'sa_mobile' : 'sa_home';
    case 'CA':
      return onMobile ? 'ca_mobile' : 'ca_home';
  }
}

/** A VPN or proxy exit. */
export const vpnExit = (rng: Rng): NetworkName =>
  rng.pick(['vpn_sg', 'vpn_de', 'vpn_nl', 'vpn_us', 'vpn_gb']);
