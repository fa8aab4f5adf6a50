import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';
import { ABROAD } from './networks-abroad.js';

/**
 * Where the store's traffic comes from. Blocks were picked from general knowledge of US and Canadian carriers,
 * broadband and business ISPs, cloud regions, corporate secure-web gateways and VPN exits, then kept only where
 * geoip-country places every sampled /24 in the intended country (the spec samples every network). The names
 * say what kind of network a block stands for; they are not an ownership record.
 */

export type NetKind =
  | 'residential'
  | 'mobile'
  | 'business'
  | 'cloud'
  /** Zscaler/Netskope-style egress of a company's secure web gateway. */
  | 'gateway'
  | 'vpn';

/** IPv6 ranges as `[first group, lowest second group, highest second group]`. */
export type V6Range = readonly [string, number, number];

export interface Network {
  name: string;
  country: string;
  kind: NetKind;
  v4: readonly string[];
  v6: readonly V6Range[];
  /** Relative share among networks of its country and kind. */
  weight: number;
}

const net = (
  name: string,
  country: string,
  kind: NetKind,
  weight: number,
  v4: readonly string[],
  v6: readonly V6Range[] = [],
): Network => ({ name, country, kind, weight, v4, v6 });

/** North American networks. */
export const NETWORKS: readonly Network[] = [
  // United States: home broadband.
  net(
    'us-cable-xfinity',
    'US',
    'residential',
    30,
    ['73.0.0.0/11', '73.64.0.0/11', '73.128.0.0/9', '98.192.0.0/12', '98.224.0.0/11', '68.32.0.0/12'],
    [['2601', 0x0, 0xfff]],
  ),
  net(
    'us-cable-spectrum',
    'US',
    'residential',
    26,
    ['71.64.0.0/12', '24.160.0.0/13', '66.24.0.0/14', '174.96.0.0/12', '75.176.0.0/12'],
    [
      ['2603', 0x6000, 0x600f],
      ['2600', 0x6c40, 0x6c7f],
    ],
  ),
  net(
    'us-fiber-att',
    'US',
    'residential',
    16,
    ['107.192.0.0/11', '108.208.0.0/12', '99.32.0.0/11'],
    [['2600', 0x1700, 0x170f]],
  ),
  net(
    'us-fiber-fios',
    'US',
    'residential',
    12,
    ['71.160.0.0/11', '96.224.0.0/11', '108.0.0.0/11', '173.48.0.0/12', '72.64.0.0/11'],
    [['2600', 0x4040, 0x404f]],
  ),
  net(
    'us-cable-cox',
    'US',
    'residential',
    8,
    ['68.0.0.0/13', '70.160.0.0/11', '72.192.0.0/11'],
    [['2600', 0x8800, 0x880f]],
  ),
  net('us-dsl-centurylink', 'US', 'residential', 5, ['75.160.0.0/11', '71.208.0.0/12', '97.112.0.0/12']),
  net('us-fiber-frontier', 'US', 'residential', 3, ['50.32.0.0/12', '47.144.0.0/14']),
  // United States: mobile carriers (carrier-grade NAT, so one address is many phones).
  net(
    'us-mobile-tmobile',
    'US',
    'mobile',
    40,
    ['172.56.0.0/16', '172.32.0.0/12'],
    [['2607', 0xfb91, 0xfb91]],
  ),
  net(
    'us-mobile-verizon',
    'US',
    'mobile',
    35,
    ['174.192.0.0/10', '97.128.0.0/9'],
    [['2600', 0x1000, 0x100f]],
  ),
  net('us-mobile-att', 'US', 'mobile', 25, ['107.64.0.0/10'], [['2600', 0x380, 0x387]]),
  // United States: business lines (static addresses of offices, schools, warehouses).
  net('us-business-comcast', 'US', 'business', 35, [
    '50.226.0.0/15',
    '50.228.0.0/14',
    '50.232.0.0/13',
    '50.240.0.0/12',
  ]),
  net('us-business-spectrum', 'US', 'business', 25, ['97.76.0.0/16', '24.172.0.0/16']),
  net('us-business-att', 'US', 'business', 25, [
    '12.0.0.0/12',
    '12.16.0.0/12',
    '12.48.0.0/12',
    '12.64.0.0/12',
    '12.96.0.0/12',
    '12.128.0.0/12',
    '12.144.0.0/12',
    '12.224.0.0/12',
  ]),
  net('us-business-verizon', 'US', 'business', 15, ['63.64.0.0/12', '63.80.0.0/13']),
  // United States: data centres and gateways.
  net('us-cloud-aws-east', 'US', 'cloud', 45, ['3.208.0.0/12', '52.0.0.0/15', '54.80.0.0/13']),
  net('us-hosting', 'US', 'cloud', 55, ['159.203.128.0/17', '23.105.128.0/18', '64.44.32.0/19']),
  net('us-gateway-zscaler', 'US', 'gateway', 70, [
    '104.129.192.0/20',
    '165.225.0.0/21',
    '165.225.32.0/21',
    '165.225.128.0/18',
    '136.226.96.0/20',
    '136.226.8.0/21',
  ]),
  net('us-gateway-netskope', 'US', 'gateway', 30, ['170.85.96.0/19', '170.85.160.0/19']),
  net('us-vpn-m247', 'US', 'vpn', 55, [
    '146.70.24.0/23',
    '146.70.44.0/23',
    '146.70.50.0/23',
    '146.70.172.0/23',
    '146.70.186.0/23',
    '37.120.138.0/23',
    '37.120.214.0/23',
  ]),
  net('us-vpn-datacamp', 'US', 'vpn', 45, ['138.199.96.0/19', '138.199.40.0/22', '143.244.48.0/22']),
  // Canada.
  net(
    'ca-cable-rogers',
    'CA',
    'residential',
    32,
    ['99.224.0.0/11', '174.112.0.0/13'],
    [['2607', 0xfea8, 0xfea8]],
  ),
  net('ca-fiber-bell', 'CA', 'residential', 30, [
    '70.48.0.0/13',
    '142.112.0.0/12',
    '65.92.0.0/14',
    '76.64.0.0/13',
    '184.144.0.0/13',
  ]),
  net('ca-telus', 'CA', 'residential', 16, ['154.20.0.0/16', '66.183.0.0/16', '75.156.0.0/14']),
  net(
    'ca-cable-shaw',
    'CA',
    'residential',
    14,
    ['24.64.0.0/13', '68.144.0.0/13', '70.64.0.0/12'],
    [['2604', 0x3d00, 0x3d0f]],
  ),
  net('ca-cable-cogeco', 'CA', 'residential', 8, ['24.37.0.0/16']),
  net('ca-mobile', 'CA', 'mobile', 100, [
    '184.151.0.0/16',
    '72.143.192.0/18',
    '174.88.0.0/13',
    '209.171.0.0/16',
  ]),
  net('ca-business', 'CA', 'business', 100, ['142.160.0.0/13', '216.209.0.0/16', '64.229.0.0/16']),
  net('ca-cloud-aws-central', 'CA', 'cloud', 100, ['15.222.0.0/15', '3.96.0.0/14']),
  net('ca-gateway-zscaler', 'CA', 'gateway', 100, [
    '165.225.208.0/22',
    '165.225.212.0/23',
    '136.226.76.0/23',
    '136.226.130.0/23',
    '136.226.132.0/23',
  ]),
  net('ca-vpn-m247', 'CA', 'vpn', 100, [
    '146.70.27.0/24',
    '146.70.75.0/24',
    '146.70.112.0/24',
    '146.70.137.0/24',
    '146.70.198.0/24',
  ]),
];

export const ALL_NETWORKS: readonly Network[] = [...NETWORKS, ...ABROAD];

const toInt = (dotted: string): number => dotted.split('.').reduce((n, part) => n * 256 + Number(part), 0);
const toDotted = (n: number): string => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
const hex = (n: number): string => n.toString(16);

/** A host address in the network (never a .0 or .255), IPv6 when asked and the network has ranges. */
export function address(rng: Rng, n: Network, v6 = false): string {
  if (v6 && n.v6.length > 0) {
    const [first, lo, hi] = rng.pick(n.v6);
    const rest = Array.from({ length: 6 }, () => hex(rng.int(0, 0xffff)));
    return [first, hex(rng.int(lo, hi)), ...rest].join(':');
  }
  const [base = '0.0.0.0', bits = '32'] = rng.pick(n.v4).split('/');
  const size = 2 ** (32 - Number(bits));
  const host = toInt(base) + rng.int(0, size - 1);
  return toDotted(host - (host & 255) + rng.int(1, 254));
}

/** The country geoip-country places an address in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;

const named = new Map(ALL_NETWORKS.map((n) => [n.name, n]));

export function network(name: string): Network {
  const found = named.get(name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
}

/** A network of `country` and `kind`, by share. */
export function networkOf(rng: Rng, country: string, kind: NetKind): Network {
  const options = ALL_NETWORKS.filter((n) => n.country === country && n.kind === kind);
  if (options.length === 0) throw new Error(`no ${kind} network in ${country}`);
  return rng.weightedPick(options.map((n) => [n, n.weight] as const));
}

/** An address from a network of `country` and `kind`; IPv6 a share of the time where the network has it. */
export function ipOf(rng: Rng, country: string, kind: NetKind, v6Share = 0.25): string {
  const n = networkOf(rng, country, kind);
  return address(rng, n, n.v6.length > 0 && rng.chance(v6Share));
}
