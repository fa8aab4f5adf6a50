import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * The networks checkouts come from. Each block was checked /24 by /24 (and each IPv6 /32 at random points) with
 * geoip-country to locate in the country given; a name says what kind of network a block stands for here, not
 * who holds it. Kazakhstan is mostly mobile: three carriers' carrier-grade NAT pools carry most app traffic.
 */

export type NetKind = 'mobile' | 'fixed' | 'office' | 'hosting';

export interface Network {
  name: string;
  country: string;
  kind: NetKind;
  v4: readonly string[];
  v6: readonly string[];
  /** Share of this network's checkouts over IPv6, when it has IPv6 ranges. */
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

export const NETWORKS = {
  kzFixed: net(
    'kz-fixed-broadband',
    'KZ',
    'fixed',
    ['95.56.0.0/14', '92.46.0.0/15', '178.88.0.0/14'],
    ['2a02:50c0::/32'],
    0.15,
  ),
  kzCity: net('kz-city-fibre', 'KZ', 'fixed', ['89.218.0.0/16', '88.204.128.0/17'], ['2a01:68c0::/32'], 0.2),
  kzMobileA: net('kz-mobile-a', 'KZ', 'mobile', ['2.72.0.0/13'], ['2a03:32c0::/32'], 0.25),
  kzMobileB: net('kz-mobile-b', 'KZ', 'mobile', ['5.76.0.0/16', '37.150.0.0/15'], ['2a00:1a08::/32'], 0.2),
  kzMobileC: net('kz-mobile-c', 'KZ', 'mobile', ['176.64.0.0/16', '147.30.0.0/16'], ['2a02:4400::/32'], 0.1),
  kzOffice: net('kz-business-lines', 'KZ', 'office', ['212.154.128.0/17', '82.200.128.0/17']),
  kzHosting: net('kz-datacentre', 'KZ', 'hosting', ['85.29.128.0/18', '46.36.128.0/19']),
  kgFixed: net(
    'kg-fixed-broadband',
    'KG',
    'fixed',
    ['212.42.96.0/19', '212.112.96.0/19', '195.38.160.0/19'],
    ['2a00:7160::/32'],
    0.1,
  ),
  kgMobile: net(
    'kg-mobile',
    'KG',
    'mobile',
    ['158.181.128.0/17', '37.218.128.0/18'],
    ['2a04:5600::/32'],
    0.15,
  ),
  uzFixed: net(
    'uz-fixed-broadband',
    'UZ',
    'fixed',
    ['84.54.64.0/18', '213.230.64.0/18', '195.158.0.0/19'],
    ['2a03:1020::/32'],
    0.1,
  ),
  uzMobile: net(
    'uz-mobile',
    'UZ',
    'mobile',
    ['89.236.192.0/18', '188.113.192.0/18', '82.215.96.0/19'],
    ['2a00:8840::/32'],
    0.15,
  ),
  trHome: net('tr-residential', 'TR', 'fixed', ['78.160.0.0/15', '88.224.0.0/15'], ['2a02:e0::/32'], 0.1),
  aeHome: net('ae-residential', 'AE', 'fixed', ['94.200.0.0/15', '86.96.0.0/15'], ['2a00:f28::/32'], 0.1),
  deHome: net(
    'de-residential',
    'DE',
    'fixed',
    ['91.0.0.0/15', '84.128.0.0/15', '79.192.0.0/16'],
    ['2003:e0::/32'],
    0.4,
  ),
  gbHome: net(
    'gb-residential',
    'GB',
    'fixed',
    ['86.128.0.0/15', '81.96.0.0/16', '82.0.0.0/16'],
    ['2a00:23c0::/32'],
    0.3,
  ),
  usHome: net('us-residential', 'US', 'fixed', ['73.0.0.0/15', '98.192.0.0/16'], ['2601::/32'], 0.4),
  usMobile: net('us-mobile', 'US', 'mobile', ['174.192.0.0/15'], ['2600:1700::/32'], 0.5),
  krHome: net(
    'kr-residential',
    'KR',
    'fixed',
    ['121.128.0.0/16', '175.192.0.0/16', '61.72.0.0/16'],
    ['2001:2d8::/32'],
    0.2,
  ),
  plHome: net('pl-residential', 'PL', 'fixed', ['83.0.0.0/15', '89.64.0.0/16'], ['2a02:a310::/32'], 0.2),
  nlHosting: net('nl-hosting', 'NL', 'hosting', ['5.79.64.0/18', '37.97.128.0/17', '185.107.40.0/21']),
  deHosting: net(
    'de-hosting',
    'DE',
    'hosting',
    ['88.198.128.0/17', '78.46.0.0/15', '136.243.0.0/16', '5.9.0.0/16'],
    ['2a01:4f8::/32'],
    0.2,
  ),
  usHosting: net(
    'us-hosting',
    'US',
    'hosting',
    ['104.131.0.0/16', '45.55.0.0/16', '159.203.128.0/17'],
    ['2604:a880::/32'],
    0.2,
  ),
  ruFixed: net(
    'ru-fixed-broadband',
    'RU',
    'fixed',
    ['95.24.0.0/14', '5.136.0.0/16'],
    ['2a00:1fa0::/32'],
    0.1,
  ),
  ruMobile: net(
    'ru-mobile',
    'RU',
    'mobile',
    ['31.173.0.0/16', '176.59.0.0/16', '85.140.0.0/16'],
    ['2a00:e78::/32'],
    0.1,
  ),
  byFixed: net(
    'by-fixed-broadband',
    'BY',
    'fixed',
    ['178.120.0.0/14', '93.84.0.0/15'],
    ['2a00:1760::/32'],
    0.05,
  ),
  irFixed: net('ir-fixed-broadband', 'IR', 'fixed', ['2.176.0.0/15', '151.232.0.0/16']),
} as const;

export const NETWORK_LIST: readonly Network[] = Object.values(NETWORKS);

/** Kazakh mobile carriers by share of the store's app and mobile-web traffic. */
export const KZ_MOBILE: ReadonlyArray<readonly [Network, number]> = [
  [NETWORKS.kzMobileA, 40],
  [NETWORKS.kzMobileB, 35],
  [NETWORKS.kzMobileC, 25],
];

/** Residential networks abroad, by country (buyers abroad and proxies in a stolen card's country). */
export const HOME_ABROAD: Readonly<Record<string, Network>> = {
  US: NETWORKS.usHome,
  GB: NETWORKS.gbHome,
  DE: NETWORKS.deHome,
  PL: NETWORKS.plHome,
  TR: NETWORKS.trHome,
  AE: NETWORKS.aeHome,
  KR: NETWORKS.krHome,
};

function v4In(rng: Rng, cidr: string): string {
  const [base = '0.0.0.0', bits = '32'] = cidr.split('/');
  const start = base.split('.').reduce((n, o) => n * 256 + Number(o), 0);
  const size = 2 ** (32 - Number(bits));
  const blocks = Math.max(1, size / 256);
  const at = start + rng.int(0, blocks - 1) * 256 + rng.int(1, 254);
  return [24, 16, 8, 0].map((s) => Math.floor(at / 2 ** s) % 256).join('.');
}

function v6In(rng: Rng, prefix: string): string {
  const head = (prefix.split('::')[0] ?? '2001:db8').split(':');
  while (head.length < 2) head.push('0');
  const tail = Array.from({ length: 6 }, () => rng.int(0, 0xffff).toString(16));
  // Most hosts sit in the low /64s of a subscriber's /56 with a random interface id.
  tail[0] = rng.int(0, 0x3fff).toString(16);
  return `${head.join(':')}:${tail.join(':')}`;
}

/** An address on the network: IPv4, or IPv6 when asked and the network has any. */
export function address(rng: Rng, network: Network, v6: boolean): string {
  if (v6 && network.v6.length > 0) return v6In(rng, rng.pick(network.v6));
  return v4In(rng, rng.pick(network.v4));
}

/** An address as a checkout would come from it: IPv6 as often as the network carries it. */
export const ipOn = (rng: Rng, network: Network): string =>
  address(rng, network, rng.chance(network.v6Share));

/** The country geoip-country places an address in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;
