import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * Where checkouts come from: home broadband and mobile carriers (carrier-grade NAT) in each market, campus
 * networks, hotel Wi-Fi in Norway, ship satellite links, VPN exits and hosting ranges, and the carriers of the
 * countries fraud comes from. Every range was checked with geoip-country to locate in the network's country:
 * every address of each IPv4 block up to a /16 (65,536 evenly spaced ones of a larger block) and 20,000 random
 * addresses of each IPv6 /32. Names say what kind of network a block stands for, not who holds it.
 */

export type Role = 'home' | 'mobile' | 'campus' | 'hotel' | 'ship' | 'vpn' | 'hosting';

export interface Network {
  name: string;
  country: string;
  role: Role;
  /** IPv4 blocks, CIDR. */
  v4: readonly string[];
  /** IPv6 /32 prefixes (`2001:4600`), when the network hands out IPv6. */
  v6: readonly string[];
}

const net = (name: string, country: string, role: Role, v4: string, v6 = ''): Network => ({
  name,
  country,
  role,
  v4: v4.split(' '),
  v6: v6 ? v6.split(' ') : [],
});

/** /24s of one hosting provider's VPN-exit block that locate in a country. */
const exits = (third: string): string =>
  third
    .split(',')
    .map((x) => `146.70.${x}.0/24`)
    .join(' ');

export const NETWORKS: readonly Network[] = [
  // Norway
  net('no_fibre_a', 'NO', 'home', '85.164.0.0/14 80.212.0.0/15', '2001:4600'),
  net('no_fibre_b', 'NO', 'home', '79.160.0.0/15 109.247.0.0/16 81.166.0.0/15', '2a01:798'),
  net('no_cable', 'NO', 'home', '84.208.0.0/14 92.220.0.0/15 88.88.0.0/16', '2a01:79c'),
  net('no_dsl', 'NO', 'home', '89.8.0.0/16 46.9.0.0/16 193.69.0.0/16'),
  net('no_mobile_a', 'NO', 'mobile', '77.16.0.0/14', '2a02:fe0'),
  net('no_mobile_b', 'NO', 'mobile', '46.66.0.0/16'),
  net('no_campus', 'NO', 'campus', '129.177.0.0/16 129.240.0.0/16 129.241.0.0/16'),
  net('no_hotel_wifi', 'NO', 'hotel', '185.125.168.0/22 195.204.0.0/16'),
  net('no_vpn', 'NO', 'vpn', exits('17,103,170,219')),
  net('no_cloud', 'NO', 'hosting', '51.174.0.0/16'),
  // Sweden, Denmark, Finland
  net('se_fibre', 'SE', 'home', '81.224.0.0/12 78.64.0.0/12', '2001:2002'),
  net('se_cable', 'SE', 'home', '90.224.0.0/13 83.233.0.0/16 176.10.128.0/17', '2001:9b1'),
  net('se_mobile', 'SE', 'mobile', '83.248.0.0/14', '2a00:801'),
  net('se_vpn', 'SE', 'vpn', exits('16,21,122,145,162,206,207,237,242,249')),
  net('se_cloud', 'SE', 'hosting', '13.48.0.0/15'),
  net('dk_fibre', 'DK', 'home', '87.48.0.0/14 80.62.0.0/15', '2001:878'),
  net('dk_cable', 'DK', 'home', '80.196.0.0/15 62.107.0.0/16 188.176.0.0/14'),
  net('dk_mobile', 'DK', 'mobile', '2.104.0.0/13'),
  net('dk_vpn', 'DK', 'vpn', exits('42,80,89,92,197,251')),
  net('fi_fibre', 'FI', 'home', '80.220.0.0/14 87.92.0.0/14'),
  net('fi_mobile', 'FI', 'mobile', '91.152.0.0/13', '2001:14b8'),
  net('fi_cable', 'FI', 'home', '84.248.0.0/14'),
  net('fi_hosting', 'FI', 'hosting', '65.21.0.0/17'),
  // Germany, the Netherlands, Britain
  net('de_dsl', 'DE', 'home', '79.192.0.0/10 91.0.0.0/10', '2003:e8 2003:c6 2003:f1'),
  net('de_cable', 'DE', 'home', '88.64.0.0/12 95.88.0.0/14', '2a02:8100 2a02:908'),
  net('de_vpn', 'DE', 'vpn', exits('20,33,36,62,82,101,107,117,118,139,160,235,243')),
  net('de_hosting', 'DE', 'hosting', '116.202.0.0/16'),
  net('nl_dsl', 'NL', 'home', '77.160.0.0/12 145.53.0.0/16 62.194.0.0/15', '2a02:a400'),
  net('nl_cable', 'NL', 'home', '84.24.0.0/13 83.80.0.0/13', '2001:1c00'),
  net('nl_vpn', 'NL', 'vpn', exits('35,86,106,108,140,175,208,209')),
  net('nl_hosting', 'NL', 'hosting', '5.79.64.0/20 5.79.96.0/19'),
  net('gb_dsl', 'GB', 'home', '86.128.0.0/10 81.128.0.0/12', '2a00:23c0'),
  net('gb_fibre', 'GB', 'home', '90.192.0.0/11 82.0.0.0/14', '2a02:c7c'),
  net('gb_mobile', 'GB', 'mobile', '31.94.0.0/16 109.144.0.0/12', '2a01:4c8'),
  net('gb_vpn', 'GB', 'vpn', exits('23,30,43,46,47,61,69,70,83,95,96,104,119,121,132,133,151,152')),
  // United States
  net(
    'us_cable_a',
    'US',
    'home',
    '73.0.0.0/8 98.192.0.0/10 71.192.0.0/12 68.32.0.0/11',
    '2601:1c0 2601:600 2601:280 2601:440',
  ),
  net('us_cable_b', 'US', 'home', '24.0.0.0/13 70.184.0.0/13 75.64.0.0/13', '2603:6000 2603:8000'),
  net('us_dsl', 'US', 'home', '99.32.0.0/11', '2600:1700'),
  net('us_mobile', 'US', 'mobile', '172.56.0.0/15 172.58.0.0/16 174.192.0.0/10', '2600:100 2600:387'),
  net('us_vpn', 'US', 'vpn', exits('8,13,24,25,34,41,44,45,49,50,51,57,58,63,64,72,84,87,91,93,100,115')),
  net('us_hosting', 'US', 'hosting', '104.131.0.0/16'),
  /** A cruise line's and a coastal ferry's satellite internet: the ground station's country, not the ship's. */
  net('ship_satellite', 'US', 'ship', '98.97.16.0/20 98.97.96.0/20'),
  // Norwegians wintering in Spain
  net('es_fibre', 'ES', 'home', '83.32.0.0/11 88.0.0.0/11', '2a0c:5a80'),
  // Where stolen cards and bulk checkouts are often worked from
  net('ng_mobile', 'NG', 'mobile', '197.210.0.0/16 105.112.0.0/12'),
  net('vn_dsl', 'VN', 'home', '113.160.0.0/11 14.160.0.0/11'),
  // Sanctioned jurisdictions
  net('ru_broadband', 'RU', 'home', '95.24.0.0/13 178.64.0.0/13'),
  net('by_broadband', 'BY', 'home', '37.212.0.0/14 178.120.0.0/13 93.84.0.0/15'),
  net('ir_broadband', 'IR', 'home', '2.176.0.0/12 5.112.0.0/12'),
];

const BY_NAME = new Map(NETWORKS.map((n) => [n.name, n]));

export function network(name: string): Network {
  const n = BY_NAME.get(name);
  if (!n) throw new Error(`no network ${name}`);
  return n;
}

/** Networks of a country in a role. */
export const networksOf = (country: string, role: Role): Network[] =>
  NETWORKS.filter((n) => n.country === country && n.role === role);

const hex = (rng: Rng) => rng.int(0, 0xffff).toString(16);

/** An address in the network: a host of one of its IPv4 blocks, or (asked for, and it has any) IPv6. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0) {
    const prefix = rng.pick(n.v6);
    return `${prefix}:${Array.from({ length: 6 }, () => hex(rng)).join(':')}`;
  }
  const [base = '0.0.0.0', bits = '24'] = rng.pick(n.v4).split('/');
  const start = base.split('.').reduce((a, b) => a * 256 + Number(b), 0);
  const size = 2 ** (32 - Number(bits));
  const host = start + rng.int(1, size - 2);
  const ip = [24, 16, 8, 0].map((s) => (host >>> s) & 255);
  if (ip[3] === 0 || ip[3] === 255) ip[3] = rng.int(1, 254);
  return ip.join('.');
}

/** An address, IPv6 with probability `v6share` where the network has it. */
export const ipFrom = (rng: Rng, n: Network, v6share = 0.3): string => address(rng, n, rng.chance(v6share));

/** The country geoip-country places an IP in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;

/** A household's network in a country: broadband most of the time. */
export function homeNetwork(rng: Rng, country: string): Network {
  const home = networksOf(country, 'home');
  const mobile = networksOf(country, 'mobile');
  const pool = rng.chance(0.22) && mobile.length > 0 ? mobile : home.length > 0 ? home : mobile;
  return rng.pick(pool);
}

/** A phone's mobile network in a country, or its broadband when it has no mobile range. */
export function mobileNetwork(rng: Rng, country: string): Network {
  const mobile = networksOf(country, 'mobile');
  return rng.pick(mobile.length > 0 ? mobile : networksOf(country, 'home'));
}

/** A consumer VPN's exit, in the buyer's country when the VPN has one there, else a neighbour's. */
export function vpnExit(rng: Rng, country: string): Network {
  const here = networksOf(country, 'vpn');
  if (here.length > 0 && rng.chance(0.7)) return rng.pick(here);
  return rng.pick(NETWORKS.filter((n) => n.role === 'vpn'));
}
