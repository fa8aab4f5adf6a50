import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';
import { type Prov } from './places.js';

/**
 * The networks checkouts come from. Every IPv4 block and IPv6 /32 below was looked up address by address with
 * geoip-country and locates wholly in `country`. Names say what kind of network a block stands for (cable,
 * telco DSL and fibre, mobile carrier-grade NAT, campus, cloud and VPN exits), not who holds it.
 */

export type NetworkType = 'home' | 'mobile' | 'campus' | 'rural' | 'hosting' | 'corporate';

export interface Network {
  name: string;
  country: string;
  type: NetworkType;
  /** Provinces whose households use it (Canadian home, rural and campus networks). */
  provinces?: readonly Prov[];
  v4: readonly string[];
  v6: readonly string[];
}

export const NETWORKS: readonly Network[] = [
  // Canada: households
  {
    name: 'ca-cable-east',
    country: 'CA',
    type: 'home',
    provinces: ['ON', 'NB', 'NL'],
    v4: ['99.224.0.0/12', '174.112.0.0/13', '99.240.0.0/13'],
    v6: ['2607:fea8::/32'],
  },
  {
    name: 'ca-telco-fibre-east',
    country: 'CA',
    type: 'home',
    provinces: ['ON', 'QC', 'MB'],
    v4: [
      '70.48.0.0/13',
      '74.12.0.0/14',
      '142.112.0.0/14',
      '64.231.0.0/16',
      '65.92.0.0/14',
      '76.64.0.0/13',
      '173.32.0.0/14',
    ],
    v6: ['2001:1970::/32'],
  },
  {
    name: 'ca-regional-cable',
    country: 'CA',
    type: 'home',
    provinces: ['ON', 'QC'],
    v4: ['24.37.0.0/16', '206.172.0.0/16'],
    v6: ['2607:f2c0::/32'],
  },
  {
    name: 'qc-cable',
    country: 'CA',
    type: 'home',
    provinces: ['QC'],
    v4: ['24.200.0.0/14'],
    v6: ['2607:fa48::/32'],
  },
  {
    name: 'ca-cable-west',
    country: 'CA',
    type: 'home',
    provinces: ['BC', 'AB', 'SK', 'MB'],
    v4: ['24.64.0.0/13', '68.144.0.0/13', '70.64.0.0/13', '96.48.0.0/14', '96.54.0.0/15', '50.64.0.0/14'],
    v6: ['2604:3d00::/32'],
  },
  {
    name: 'ca-telco-fibre-west',
    country: 'CA',
    type: 'home',
    provinces: ['BC', 'AB', 'YT', 'NT'],
    v4: ['207.6.0.0/16', '66.183.0.0/16', '75.156.0.0/14', '216.232.0.0/16'],
    v6: ['2001:568::/32'],
  },
  {
    name: 'ca-atlantic-cable-dsl',
    country: 'CA',
    type: 'home',
    provinces: ['NS', 'NB', 'NL', 'PE'],
    v4: ['24.222.0.0/16', '142.162.0.0/15', '142.166.0.0/15'],
    v6: [],
  },
  {
    name: 'sk-telco',
    country: 'CA',
    type: 'home',
    provinces: ['SK'],
    v4: ['142.165.0.0/16'],
    v6: [],
  },
  {
    name: 'ca-rural-wireless-dsl',
    country: 'CA',
    type: 'rural',
    provinces: ['ON', 'QC', 'BC', 'AB', 'MB', 'SK', 'NS', 'NB', 'NL', 'PE', 'YT', 'NT', 'NU'],
    v4: ['142.114.0.0/16', '209.29.0.0/16'],
    v6: [],
  },
  {
    name: 'ca-mobile',
    country: 'CA',
    type: 'mobile',
    v4: ['184.151.0.0/16', '174.88.0.0/13', '24.114.0.0/16'],
    v6: ['2605:8d80::/32', '2605:b100::/32'],
  },
  // Canada: campuses
  {
    name: 'campus-toronto',
    country: 'CA',
    type: 'campus',
    provinces: ['ON'],
    v4: ['128.100.0.0/16'],
    v6: [],
  },
  {
    name: 'campus-waterloo',
    country: 'CA',
    type: 'campus',
    provinces: ['ON'],
    v4: ['129.97.0.0/16'],
    v6: [],
  },
  {
    name: 'campus-montreal',
    country: 'CA',
    type: 'campus',
    provinces: ['QC'],
    v4: ['132.206.0.0/16'],
    v6: [],
  },
  {
    name: 'campus-vancouver',
    country: 'CA',
    type: 'campus',
    provinces: ['BC'],
    v4: ['137.82.0.0/16'],
    v6: [],
  },
  {
    name: 'campus-edmonton',
    country: 'CA',
    type: 'campus',
    provinces: ['AB'],
    v4: ['129.128.0.0/16'],
    v6: [],
  },
  // Canada: cloud regions and VPN exits in Montréal, Beauharnois and Toronto; corporate egress
  {
    name: 'ca-cloud-vpn',
    country: 'CA',
    type: 'hosting',
    v4: ['15.222.0.0/15', '3.96.0.0/15', '144.217.0.0/18', '198.50.128.0/18', '159.203.0.0/18'],
    v6: [],
  },
  {
    name: 'ca-corporate-egress',
    country: 'CA',
    type: 'corporate',
    v4: ['15.222.0.0/15', '206.172.0.0/16'],
    v6: [],
  },
  // United States: snowbird condos and RV parks, mobile, hosting
  {
    name: 'us-cable',
    country: 'US',
    type: 'home',
    v4: ['73.0.0.0/12', '98.192.0.0/13', '24.0.0.0/14', '68.0.0.0/14', '70.160.0.0/13'],
    v6: ['2601:580::/32', '2600:1700::/32'],
  },
  { name: 'us-mobile', country: 'US', type: 'mobile', v4: ['107.77.0.0/16'], v6: ['2600:387::/32'] },
  { name: 'us-hosting', country: 'US', type: 'hosting', v4: ['104.131.0.0/16', '45.55.0.0/16'], v6: [] },
  // Abroad: holiday resorts, family visits, relatives paying, VPN exits, fraud crews
  {
    name: 'mx-telco',
    country: 'MX',
    type: 'home',
    v4: ['187.128.0.0/12', '189.128.0.0/12'],
    v6: ['2806:2f0::/32'],
  },
  { name: 'do-telco', country: 'DO', type: 'home', v4: ['152.166.0.0/15'], v6: [] },
  {
    name: 'gb-broadband',
    country: 'GB',
    type: 'home',
    v4: ['86.128.0.0/10', '81.96.0.0/12'],
    v6: ['2a00:23c4::/32'],
  },
  { name: 'fr-broadband', country: 'FR', type: 'home', v4: ['90.0.0.0/13'], v6: ['2a01:cb00::/32'] },
  { name: 'ae-telco', country: 'AE', type: 'home', v4: ['94.200.0.0/14'], v6: [] },
  { name: 'in-broadband', country: 'IN', type: 'home', v4: ['49.36.0.0/14', '117.192.0.0/12'], v6: [] },
  { name: 'cn-broadband', country: 'CN', type: 'home', v4: ['116.224.0.0/12'], v6: [] },
  { name: 'ph-broadband', country: 'PH', type: 'home', v4: ['49.144.0.0/13'], v6: [] },
  { name: 'nl-vpn', country: 'NL', type: 'hosting', v4: ['185.107.56.0/22'], v6: [] },
  { name: 'de-hosting', country: 'DE', type: 'hosting', v4: ['78.46.0.0/15'], v6: [] },
  { name: 'ng-mobile', country: 'NG', type: 'mobile', v4: ['105.112.0.0/12', '102.89.0.0/16'], v6: [] },
  { name: 'vn-broadband', country: 'VN', type: 'home', v4: ['14.160.0.0/12', '113.160.0.0/12'], v6: [] },
  { name: 'pk-broadband', country: 'PK', type: 'home', v4: ['39.32.0.0/11'], v6: [] },
  // Comprehensively sanctioned, or under Canada's export bans on electronics
  {
    name: 'ru-broadband',
    country: 'RU',
    type: 'home',
    v4: ['95.24.0.0/13', '178.64.0.0/13', '5.136.0.0/13'],
    v6: [],
  },
  { name: 'by-telco', country: 'BY', type: 'home', v4: ['178.120.0.0/13', '37.212.0.0/14'], v6: [] },
  { name: 'ir-mobile', country: 'IR', type: 'mobile', v4: ['5.112.0.0/12', '2.176.0.0/12'], v6: [] },
  { name: 'cu-telco', country: 'CU', type: 'home', v4: ['152.206.0.0/15', '181.225.224.0/19'], v6: [] },
  { name: 'sy-telco', country: 'SY', type: 'home', v4: ['31.9.0.0/16', '82.137.192.0/18'], v6: [] },
  { name: 'kp-state', country: 'KP', type: 'home', v4: ['175.45.176.0/22'], v6: [] },
];

const BY_NAME = new Map(NETWORKS.map((n) => [n.name, n]));

export function network(name: string): Network {
  const n = BY_NAME.get(name);
  if (!n) throw new Error(`no network ${name}`);
  return n;
}

function v4Address(rng: Rng, cidr: string): string {
  const [base = '0.0.0.0', bits = '32'] = cidr.split('/');
  const start = base.split('.').reduce((a, o) => a * 256 + Number(o), 0);
  const size = 2 ** (32 - Number(bits));
  // Hosts only: no .0 or .255 in the last octet.
  let x = start + rng.int(0, size - 1);
  if (x % 256 === 0) x += 1;
  if (x % 256 === 255) x -= 1;
  return [24, 16, 8, 0].map((s) => Math.floor(x / 2 ** s) % 256).join('.');
}

function v6Address(rng: Rng, prefix: string): string {
  const head = (prefix.split('/')[0] ?? '').replace(/::$/, '').split(':');
  const groups = [...head];
  while (groups.length < 8) groups.push(rng.int(0, 0xffff).toString(16));
  return groups.join(':');
}

/** An address on the network: IPv6 when asked for and the network has it. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0) return v6Address(rng, rng.pick(n.v6));
  return v4Address(rng, rng.pick(n.v4));
}

/** An address on the network as households reach it: IPv6 for some of those whose network has it. */
export function ipOn(rng: Rng, n: Network): string {
  return address(rng, n, n.v6.length > 0 && rng.chance(0.3));
}

/** geoip-country's country for an address, as the spec checks them. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;

/** The household networks of a province. */
export function homeNetworks(prov: Prov): Network[] {
  return NETWORKS.filter((n) => n.type === 'home' && n.country === 'CA' && n.provinces?.includes(prov));
}

export function homeNetwork(rng: Rng, prov: Prov): Network {
  const list = homeNetworks(prov);
  if (list.length === 0) return network(prov === 'NU' ? 'ca-rural-wireless-dsl' : 'ca-telco-fibre-west');
  return rng.pick(list);
}

export function campusOf(prov: Prov): Network | undefined {
  return NETWORKS.find((n) => n.type === 'campus' && n.provinces?.includes(prov));
}
