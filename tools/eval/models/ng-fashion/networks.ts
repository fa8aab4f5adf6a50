import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * The networks checkouts come from. Nigerian mobile carriers put their subscribers behind carrier-grade NAT,
 * so a handful of public addresses carry thousands of unrelated shoppers and one shopper's address changes
 * between sessions; home LTE and fibre keep one address per household; offices and hotels share theirs. The
 * diaspora shop from British, American, Canadian and Ghanaian broadband and mobile networks; hosting ranges are
 * VPN exits (a few honest privacy users, card testers and fraud rings). Russian and Belarusian networks are the
 * sanctioned-country kind's only. Each block was checked with geoip-country, every /24 of it, to locate in the
 * country named; names say what kind of network a block stands for, not who holds it.
 */

export type NetKind = 'mobile' | 'home' | 'fibre' | 'office' | 'hotel' | 'hosting';

export interface Network {
  name: string;
  country: string;
  kind: NetKind;
  /** IPv4 blocks as CIDR. */
  v4: readonly string[];
  /** IPv6 /32 prefixes (first two groups). */
  v6: readonly string[];
  /** Share of its addresses drawn as IPv6. */
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

// Nigeria: small CGNAT pools for the four carriers.
export const MTN_NG = net('ng-mobile-a (CGNAT)', 'NG', 'mobile', ['102.89.32.0/22', '197.210.52.0/22']);
export const AIRTEL_NG = net('ng-mobile-b (CGNAT)', 'NG', 'mobile', ['105.112.96.0/22', '105.113.48.0/23']);
export const GLO_NG = net('ng-mobile-c (CGNAT)', 'NG', 'mobile', ['197.211.52.0/22']);
export const NINE_NG = net('ng-mobile-d (CGNAT)', 'NG', 'mobile', ['41.203.72.0/23']);
export const LTE_NG = net('ng-home-lte', 'NG', 'home', ['41.58.64.0/18']);
export const FIBRE_NG = net(
  'ng-fibre',
  'NG',
  'fibre',
  ['41.184.0.0/17', '129.205.96.0/19'],
  ['2c0f:f5c0'],
  0.25,
);
export const OFFICE_NG = net('ng-office', 'NG', 'office', ['41.75.192.0/20', '197.242.96.0/19']);
export const HOTEL_NG = net('ng-hotel-shortlet', 'NG', 'hotel', ['154.113.0.0/17']);

/** Nigerian carriers by share of the store's mobile checkouts. */
export const NG_CARRIERS: ReadonlyArray<readonly [Network, number]> = [
  [MTN_NG, 50],
  [AIRTEL_NG, 28],
  [GLO_NG, 15],
  [NINE_NG, 7],
];

// The diaspora's networks.
const BT_GB = net('gb-broadband-a', 'GB', 'home', ['86.128.0.0/11', '81.128.0.0/12'], ['2a00:23c4'], 0.3);
const VIRGIN_GB = net('gb-broadband-b', 'GB', 'home', ['82.0.0.0/14']);
const SKY_GB = net('gb-broadband-c', 'GB', 'home', ['2.96.0.0/13'], ['2a02:c7f'], 0.4);
const EE_GB = net('gb-mobile-a', 'GB', 'mobile', ['31.94.0.0/16']);
const THREE_GB = net('gb-mobile-b', 'GB', 'mobile', ['92.40.0.0/16']);
const COMCAST_US = net('us-cable-a', 'US', 'home', ['73.0.0.0/10'], ['2601:1c0'], 0.4);
const ATT_US = net('us-fibre-a', 'US', 'home', ['108.0.0.0/12'], ['2600:1700'], 0.3);
const COX_US = net('us-cable-b', 'US', 'home', ['68.96.0.0/12']);
const CHARTER_US = net('us-cable-c', 'US', 'home', ['71.64.0.0/12']);
const VERIZON_US = net('us-mobile-a', 'US', 'mobile', ['174.192.0.0/10'], ['2600:1001'], 0.5);
const TMOBILE_US = net('us-mobile-b', 'US', 'mobile', ['172.32.0.0/12']);
const ROGERS_CA = net('ca-cable-a', 'CA', 'home', ['99.224.0.0/11'], ['2607:fea8'], 0.3);
const BELL_CA = net('ca-fibre-a', 'CA', 'home', ['70.24.0.0/13', '142.112.0.0/13']);
const SHAW_CA = net('ca-cable-b', 'CA', 'home', ['24.64.0.0/13']);
const MTN_GH = net('gh-mobile-a', 'GH', 'mobile', ['154.160.0.0/14']);
const VODAFONE_GH = net('gh-mobile-b', 'GH', 'mobile', ['41.66.192.0/18', '41.210.0.0/18']);
const BROADBAND_GH = net('gh-broadband', 'GH', 'home', ['197.251.128.0/17']);

// Russia and Belarus (sanctioned_country only).
export const RU_MOBILE = net('ru-mobile', 'RU', 'mobile', ['31.173.0.0/16', '176.59.0.0/16']);
export const RU_HOME = net('ru-broadband', 'RU', 'home', ['95.24.0.0/13']);
export const BY_HOME = net('by-broadband', 'BY', 'home', ['37.212.0.0/14', '93.84.0.0/15']);
export const BY_MOBILE = net('by-mobile', 'BY', 'mobile', ['178.120.0.0/14']);

// Hosting ranges: VPN exits and rented servers.
export const HOSTING_NL = net('nl-hosting', 'NL', 'hosting', ['5.79.64.0/18']);
export const HOSTING_DE = net('de-hosting', 'DE', 'hosting', ['46.101.128.0/17', '159.69.0.0/17']);
export const HOSTING_US = net('us-hosting', 'US', 'hosting', ['45.55.0.0/16', '192.241.128.0/17']);
export const HOSTING_GB = net('gb-hosting', 'GB', 'hosting', ['178.62.0.0/17']);
export const HOSTING: readonly Network[] = [HOSTING_NL, HOSTING_DE, HOSTING_US, HOSTING_GB];

/** Home broadband and mobile networks by country, with their shares. */
const BY_COUNTRY: Record<
  string,
  { home: ReadonlyArray<readonly [Network, number]>; mobile: ReadonlyArray<readonly [Network, number]> }
> = {
  NG: {
    home: [
      [LTE_NG, 55],
      [FIBRE_NG, 45],
    ],
    mobile: NG_CARRIERS,
  },
  GB: {
    home: [
      [BT_GB, 40],
      [VIRGIN_GB, 30],
      [SKY_GB, 30],
    ],
    mobile: [
      [EE_GB, 55],
      [THREE_GB, 45],
    ],
  },
  US: {
    home: [
      [COMCAST_US, 40],
      [ATT_US, 25],
      [COX_US, 15],
      [CHARTER_US, 20],
    ],
    mobile: [
      [VERIZON_US, 50],
      [TMOBILE_US, 50],
    ],
  },
  CA: {
    home: [
      [ROGERS_CA, 45],
      [BELL_CA, 35],
      [SHAW_CA, 20],
    ],
    mobile: [
      [ROGERS_CA, 50],
      [BELL_CA, 50],
    ],
  },
  GH: {
    home: [[BROADBAND_GH, 100]],
    mobile: [
      [MTN_GH, 65],
      [VODAFONE_GH, 35],
    ],
  },
};

export const homeNetwork = (rng: Rng, country: string): Network =>
  rng.weightedPick(BY_COUNTRY[country]?.home ?? BY_COUNTRY.NG?.home ?? []);
export const mobileNetwork = (rng: Rng, country: string): Network =>
  rng.weightedPick(BY_COUNTRY[country]?.mobile ?? NG_CARRIERS);

/** Every network the model draws from, for the spec. */
export const NETWORKS: readonly Network[] = [
  MTN_NG,
  AIRTEL_NG,
  GLO_NG,
  NINE_NG,
  LTE_NG,
  FIBRE_NG,
  OFFICE_NG,
  HOTEL_NG,
  BT_GB,
  VIRGIN_GB,
  SKY_GB,
  EE_GB,
  THREE_GB,
  COMCAST_US,
  ATT_US,
  COX_US,
  CHARTER_US,
  VERIZON_US,
  TMOBILE_US,
  ROGERS_CA,
  BELL_CA,
  SHAW_CA,
  MTN_GH,
  VODAFONE_GH,
  BROADBAND_GH,
  RU_MOBILE,
  RU_HOME,
  BY_HOME,
  BY_MOBILE,
  ...HOSTING,
];

const v4ToInt = (ip: string): number => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
const intToV4 = (n: number): string => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');

/** An address in `n`: a host in one of its IPv4 blocks (never the block's first or last), or IPv6 when asked. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0) {
    const groups = Array.from({ length: 6 }, () => rng.int(0, 0xffff).toString(16));
    return `${rng.pick(n.v6)}:${groups.join(':')}`;
  }
  const [base = '0.0.0.0', bits = '24'] = rng.pick(n.v4).split('/');
  const size = 2 ** (32 - Number(bits));
  return intToV4(v4ToInt(base) + rng.int(1, size - 2));
}

/** An address in `n`, IPv6 for its share of draws. */
export const ipIn = (rng: Rng, n: Network): string =>
  address(rng, n, n.v6.length > 0 && rng.chance(n.v6Share));

/** The country geoip-country places `ip` in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;
