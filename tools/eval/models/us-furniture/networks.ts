import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * Where checkouts come from. Every block was checked with geoip-country (each /24 of the IPv4 blocks, random
 * addresses in the IPv6 ranges) and kept only when all of it locates to the intended country. Names say what
 * kind of network a block stands for, not who holds it.
 */

export type NetKind = 'cable' | 'fiber' | 'mobile' | 'office' | 'cloud' | 'vps' | 'abroad';

export interface Network {
  name: string;
  country: string;
  kind: NetKind;
  v4: readonly string[];
  /** IPv6 ranges: the first hextet and the range of the second. */
  v6: ReadonlyArray<readonly [string, number, number]>;
  /** Share of this network's checkouts that come over IPv6. */
  v6Share: number;
}

const net = (
  name: string,
  country: string,
  kind: NetKind,
  v4: readonly string[],
  v6: ReadonlyArray<readonly [string, number, number]> = [],
  v6Share = 0,
): Network => ({ name, country, kind, v4, v6, v6Share });

// Home broadband in the US: cable, fibre and DSL.
export const US_CABLE_EAST = net(
  'us-cable-east',
  'US',
  'cable',
  ['73.0.0.0/10', '73.64.0.0/10', '98.192.0.0/10', '68.32.0.0/11', '76.96.0.0/11'],
  [
    ['2601', 0x0, 0xfff],
    ['2603', 0x3000, 0x30ff],
  ],
  0.35,
);
export const US_CABLE_SOUTH = net(
  'us-cable-south',
  'US',
  'cable',
  ['71.64.0.0/12', '174.96.0.0/12', '66.26.0.0/16', '75.176.0.0/12'],
  [['2600', 0x6c00, 0x6cff]],
  0.3,
);
export const US_FIBER_ATT = net(
  'us-fiber-a',
  'US',
  'fiber',
  ['108.192.0.0/11'],
  [['2600', 0x1700, 0x170f]],
  0.4,
);
export const US_FIBER_FIOS = net(
  'us-fiber-b',
  'US',
  'fiber',
  ['71.160.0.0/11', '72.64.0.0/11', '96.224.0.0/11'],
  [['2600', 0x4040, 0x40ff]],
  0.3,
);
export const US_CABLE_WEST = net('us-cable-west', 'US', 'cable', ['70.160.0.0/11', '68.0.0.0/13']);

// US mobile carriers (carrier-grade NAT; mostly IPv6 on two of them).
export const US_MOBILE_T = net(
  'us-mobile-t',
  'US',
  'mobile',
  ['172.60.0.0/14'],
  [['2607', 0xfb91, 0xfb9f]],
  0.7,
);
export const US_MOBILE_V = net(
  'us-mobile-v',
  'US',
  'mobile',
  ['174.192.0.0/10'],
  [['2600', 0x1000, 0x100f]],
  0.5,
);
export const US_MOBILE_A = net('us-mobile-a', 'US', 'mobile', ['166.128.0.0/10', '107.64.0.0/12']);

// Offices on an enterprise carrier; cloud and VPS ranges (corporate VPNs, privacy VPNs, proxies, bots).
export const US_OFFICE = net('us-office', 'US', 'office', ['12.128.0.0/11']);
export const US_CLOUD = net('us-cloud', 'US', 'cloud', ['3.80.0.0/12', '34.192.0.0/12', '18.208.0.0/13']);
export const US_VPS = net(
  'us-vps',
  'US',
  'vps',
  ['104.131.0.0/16', '162.243.0.0/16', '45.55.0.0/16', '192.241.128.0/17', '23.82.0.0/16'],
  [['2604', 0xa880, 0xa880]],
  0.2,
);

// Canada.
export const CA_CABLE = net('ca-cable', 'CA', 'cable', ['99.224.0.0/11'], [['2607', 0xfea8, 0xfea8]], 0.3);
export const CA_DSL = net('ca-dsl', 'CA', 'fiber', ['70.48.0.0/13', '142.112.0.0/12']);

// Abroad: holidays, postings near US bases, expat family.
export const MX_HOME = net('mx-broadband', 'MX', 'abroad', ['189.128.0.0/10']);
export const GB_HOME = net(
  'gb-broadband',
  'GB',
  'abroad',
  ['86.128.0.0/10', '81.128.0.0/11'],
  [['2a00', 0x23c0, 0x23ff]],
  0.3,
);
export const DE_HOME = net(
  'de-broadband',
  'DE',
  'abroad',
  ['79.192.0.0/10', '91.0.0.0/10'],
  [['2003', 0xc0, 0xff]],
  0.4,
);
export const IT_HOME = net('it-broadband', 'IT', 'abroad', ['79.0.0.0/11']);
export const JP_HOME = net('jp-broadband', 'JP', 'abroad', ['126.64.0.0/10']);
export const KR_HOME = net('kr-broadband', 'KR', 'abroad', ['175.192.0.0/10']);

// Where card fraud against US furniture stores is often run from.
export const NG_MOBILE = net('ng-mobile', 'NG', 'abroad', ['197.210.0.0/16', '105.112.0.0/12']);
export const GH_MOBILE = net('gh-mobile', 'GH', 'abroad', ['154.160.0.0/14', '41.66.192.0/18']);
export const VN_HOME = net('vn-broadband', 'VN', 'abroad', ['113.160.0.0/11', '14.160.0.0/11']);
export const PK_HOME = net('pk-broadband', 'PK', 'abroad', ['39.32.0.0/11']);

// Comprehensively sanctioned jurisdictions (OFAC): only the sanctioned_country kind draws these.
export const IR_NET = net('ir-broadband', 'IR', 'abroad', ['5.112.0.0/12', '2.176.0.0/12', '151.232.0.0/14']);
export const CU_NET = net('cu-national', 'CU', 'abroad', ['152.206.0.0/15', '181.225.224.0/19']);
export const SY_NET = net('sy-broadband', 'SY', 'abroad', ['31.9.0.0/16', '82.137.192.0/18', '5.0.0.0/16']);
export const KP_NET = net('kp-national', 'KP', 'abroad', ['175.45.176.0/23', '175.45.178.0/24']);

export const US_HOME: readonly Network[] = [
  US_CABLE_EAST,
  US_CABLE_SOUTH,
  US_FIBER_ATT,
  US_FIBER_FIOS,
  US_CABLE_WEST,
];
export const US_MOBILE: readonly Network[] = [US_MOBILE_T, US_MOBILE_V, US_MOBILE_A];
export const CANADA: readonly Network[] = [CA_CABLE, CA_DSL];
export const FRAUD_ABROAD: readonly Network[] = [NG_MOBILE, GH_MOBILE, VN_HOME, PK_HOME];
export const SANCTIONED_NETS: readonly Network[] = [IR_NET, CU_NET, SY_NET, KP_NET];

export const NETWORKS: readonly Network[] = [
  ...US_HOME,
  ...US_MOBILE,
  US_OFFICE,
  US_CLOUD,
  US_VPS,
  ...CANADA,
  MX_HOME,
  GB_HOME,
  DE_HOME,
  IT_HOME,
  JP_HOME,
  KR_HOME,
  ...FRAUD_ABROAD,
  ...SANCTIONED_NETS,
];

/** An address in one of the network's blocks: IPv6 when asked and it has any, else IPv4 (never .0 or .255). */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0) {
    const [first, lo, hi] = rng.pick(n.v6);
    const rest = Array.from({ length: 6 }, () => rng.int(0, 0xffff).toString(16));
    return [first, rng.int(lo, hi).toString(16), ...rest].join(':');
  }
  const [base = '0.0.0.0', bits = '24'] = rng.pick(n.v4).split('/');
  const [a = 0, b = 0, c = 0] = base.split('.').map(Number);
  const start = ((a << 24) >>> 0) + (b << 16) + (c << 8);
  const blocks = 2 ** Math.max(0, 24 - Number(bits));
  const n24 = start + rng.int(0, blocks - 1) * 256;
  return [n24 >>> 24, (n24 >>> 16) & 255, (n24 >>> 8) & 255, rng.int(1, 254)].join('.');
}

/** A checkout's IP on that network, over IPv6 at the network's share. */
export const ipOn = (rng: Rng, n: Network): string => address(rng, n, rng.chance(n.v6Share));

/** The country geoip-country places an IP in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;
