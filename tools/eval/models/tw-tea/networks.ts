import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * The networks buyers and fraudsters connect from, named by what they are, not who runs them. Every IPv4 /16
 * below was checked /24 by /24 (four addresses each) and every IPv6 /32 with 300 random addresses against
 * geoip-country: each locates wholly in its country.
 */

export type NetworkKind = 'mobile' | 'home_broadband' | 'office' | 'university' | 'hotel_wifi' | 'hosting';

export interface Network {
  name: string;
  country: string;
  kind: NetworkKind;
  /** IPv4 /16 prefixes (`a.b`). */
  v4: readonly string[];
  /** IPv6 /32 prefixes (`xxxx:xxxx`). */
  v6: readonly string[];
  /** How often a connection on this network comes over IPv6. */
  v6Share: number;
}

const net = (
  name: string,
  country: string,
  kind: NetworkKind,
  v4: string[],
  v6: string[] = [],
  v6Share = 0,
): Network => ({ name, country, kind, v4, v6, v6Share });

export const NETWORKS = {
  // Taiwan: fibre and ADSL homes, cable homes, three mobile carriers' CGNAT pools, offices, TANet campuses.
  twHomeFibre: net(
    'tw-home-fibre',
    'TW',
    'home_broadband',
    ['1.160', '1.170', '36.224', '36.230', '118.160', '118.166', '111.240', '111.250', '114.36', '114.45'],
    ['2001:b011', '2001:b030'],
    0.3,
  ),
  twHomeCable: net(
    'tw-home-cable',
    'TW',
    'home_broadband',
    ['122.116', '122.117', '175.180', '175.181'],
    ['2401:e180'],
    0.2,
  ),
  twMobileA: net(
    'tw-mobile-a',
    'TW',
    'mobile',
    ['42.72', '42.73', '223.136', '223.137', '223.140'],
    ['2001:b400'],
    0.4,
  ),
  twMobileB: net('tw-mobile-b', 'TW', 'mobile', ['49.216', '49.217', '39.9', '39.12'], ['2402:7500'], 0.4),
  twMobileC: net('tw-mobile-c', 'TW', 'mobile', ['27.240', '27.242', '101.10', '101.12']),
  twOffice: net(
    'tw-office',
    'TW',
    'office',
    ['210.61', '211.75', '203.69', '220.130', '61.216', '59.115'],
    ['2001:b000'],
    0.1,
  ),
  twUniversity: net(
    'tw-university',
    'TW',
    'university',
    ['140.112', '140.113', '140.114', '140.116'],
    ['2001:288'],
    0.3,
  ),
  twHotelWifi: net('tw-hotel-wifi', 'TW', 'hotel_wifi', ['59.120', '220.135', '61.224']),
  // Hong Kong, Japan, North America, Europe: homes and phones of overseas buyers.
  hkHome: net(
    'hk-home-fibre',
    'HK',
    'home_broadband',
    ['42.2', '42.3', '112.118', '112.119', '218.102', '61.244'],
    ['2400:8800'],
    0.2,
  ),
  hkMobile: net('hk-mobile', 'HK', 'mobile', ['1.64', '1.65', '223.18', '223.19', '119.236', '119.237']),
  jpHome: net(
    'jp-home-fibre',
    'JP',
    'home_broadband',
    ['153.128', '153.156', '180.2', '60.64'],
    ['2400:4050', '2400:4150'],
    0.4,
  ),
  jpMobile: net(
    'jp-mobile',
    'JP',
    'mobile',
    ['126.0', '126.100', '106.128', '106.130', '1.72', '1.75'],
    ['2001:268', '240b:10'],
    0.4,
  ),
  jpHotelWifi: net('jp-hotel-wifi', 'JP', 'hotel_wifi', ['219.100']),
  jpOffice: net('jp-office', 'JP', 'office', ['210.138', '211.13', '61.206'], ['2404:7a80'], 0.1),
  hkOffice: net('hk-office', 'HK', 'office', ['203.198']),
  usOffice: net('us-office', 'US', 'office', ['12.160', '50.200']),
  deOffice: net('de-office', 'DE', 'office', ['217.6']),
  usHome: net(
    'us-home-cable',
    'US',
    'home_broadband',
    ['73.10', '73.150', '24.4', '98.210', '108.20', '71.190'],
    ['2601:600', '2601:200', '2600:1700'],
    0.4,
  ),
  usMobile: net('us-mobile', 'US', 'mobile', ['174.192', '174.200', '172.56', '172.58']),
  caHome: net(
    'ca-home-cable',
    'CA',
    'home_broadband',
    ['99.224', '99.230', '70.48', '70.50', '154.5', '142.112'],
    ['2607:fea8', '2001:569'],
    0.3,
  ),
  caMobile: net('ca-mobile', 'CA', 'mobile', ['24.114']),
  deHome: net(
    'de-home-dsl',
    'DE',
    'home_broadband',
    ['79.192', '79.200', '84.150', '91.40', '188.192'],
    ['2003:e0', '2003:c0'],
    0.4,
  ),
  frHome: net(
    'fr-home-fibre',
    'FR',
    'home_broadband',
    ['90.60', '86.200', '78.192', '82.64'],
    ['2a01:cb00', '2a01:e0a'],
    0.4,
  ),
  nlHome: net('nl-home-cable', 'NL', 'home_broadband', ['77.160', '84.24'], ['2001:1c00', '2a02:a400'], 0.3),
  gbHome: net(
    'gb-home-broadband',
    'GB',
    'home_broadband',
    ['86.128', '81.128', '82.0', '2.96', '86.150'],
    ['2a00:23c0', '2a02:c7f'],
    0.3,
  ),
  // Hosting ranges: VPN exits, residential-proxy resellers' servers, scripted checkouts.
  jpHosting: net('jp-hosting', 'JP', 'hosting', ['13.112', '13.113', '54.64']),
  sgHosting: net('sg-hosting', 'SG', 'hosting', ['13.228', '13.229', '18.136']),
  usHosting: net('us-hosting', 'US', 'hosting', ['3.80', '54.160', '104.131'], ['2600:1f18'], 0.2),
  deHosting: net('de-hosting', 'DE', 'hosting', ['78.46', '136.243', '5.9', '144.76'], ['2a01:4f8'], 0.2),
  nlHosting: net('nl-hosting', 'NL', 'hosting', ['85.17', '95.211']),
  // Where some fraud runs from, and the sanctioned jurisdictions.
  vnMobile: net('vn-mobile', 'VN', 'mobile', ['171.224', '171.240', '113.160', '14.160'], ['2402:800'], 0.3),
  ruHome: net('ru-home-broadband', 'RU', 'home_broadband', ['95.24', '95.25', '85.140']),
  ruMobile: net('ru-mobile', 'RU', 'mobile', ['178.176', '213.87'], ['2a00:1fa0'], 0.2),
  byHome: net('by-home-broadband', 'BY', 'home_broadband', ['178.120', '93.84', '37.214']),
  irMobile: net('ir-mobile', 'IR', 'mobile', ['5.112', '151.232', '2.176']),
} as const satisfies Record<string, Network>;

export const NETWORK_LIST: readonly Network[] = Object.values(NETWORKS);

/** An address on `n`: IPv6 when asked and the network has it. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0) {
    const groups = Array.from({ length: 6 }, () => rng.int(0, 0xffff).toString(16));
    return `${rng.pick(n.v6)}:${groups.join(':')}`;
  }
  return `${rng.pick(n.v4)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

/** An address on `n`, over IPv6 as often as its users are. */
export function ipOn(rng: Rng, n: Network): string {
  return address(rng, n, rng.chance(n.v6Share));
}

export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;

const TW_MOBILE = [NETWORKS.twMobileA, NETWORKS.twMobileB, NETWORKS.twMobileC];
const TW_HOME = [NETWORKS.twHomeFibre, NETWORKS.twHomeFibre, NETWORKS.twHomeCable];

/** A Taiwanese household's connections: mostly the phone, else home Wi-Fi. */
export function twConsumerNetwork(rng: Rng, mobileShare = 0.6): Network {
  return rng.chance(mobileShare) ? rng.pick(TW_MOBILE) : rng.pick(TW_HOME);
}

export const twMobile = (rng: Rng): Network => rng.pick(TW_MOBILE);

/** Home and phone networks of an overseas buyer. */
export function networkIn(rng: Rng, country: string, mobileShare = 0.4): Network {
  const home: Record<string, Network> = {
    TW: NETWORKS.twHomeFibre,
    HK: NETWORKS.hkHome,
    JP: NETWORKS.jpHome,
    US: NETWORKS.usHome,
    CA: NETWORKS.caHome,
    DE: NETWORKS.deHome,
    FR: NETWORKS.frHome,
    NL: NETWORKS.nlHome,
    GB: NETWORKS.gbHome,
  };
  const mobile: Record<string, Network> = {
    TW: NETWORKS.twMobileA,
    HK: NETWORKS.hkMobile,
    JP: NETWORKS.jpMobile,
    US: NETWORKS.usMobile,
    CA: NETWORKS.caMobile,
  };
  if (country === 'TW') return twConsumerNetwork(rng, mobileShare);
  const m = mobile[country];
  const h = home[country];
  if (m && rng.chance(mobileShare)) return m;
  if (!h) throw new Error(`no home network in ${country}`);
  return h;
}

/** VPN and proxy exits: where Taiwanese privacy users and fraudsters alike appear to be. */
export const HOSTING: readonly Network[] = [
  NETWORKS.jpHosting,
  NETWORKS.sgHosting,
  NETWORKS.usHosting,
  NETWORKS.deHosting,
  NETWORKS.nlHosting,
];
