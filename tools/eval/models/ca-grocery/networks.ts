import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';
import { type Province } from './places.js';

/**
 * The networks orders come from, as IPv4 blocks (and IPv6 /32 prefixes for the home and mobile ones) that
 * geoip-country places in the intended country. Names say what kind of network a block stands for, not who
 * owns it.
 */

export type NetworkKind =
  'home' | 'mobile' | 'campus' | 'office' | 'gateway' | 'cloud' | 'vpn' | 'abroad' | 'hosting';

export interface Network {
  name: string;
  country: string;
  kind: NetworkKind;
  /** Home networks and campuses serve one province; others anywhere. */
  province?: Province;
  /** Campus networks: the city. */
  city?: string;
  v4: ReadonlyArray<readonly [string, number]>;
  v6: readonly string[];
}

const net = (
  name: string,
  country: string,
  kind: NetworkKind,
  v4: ReadonlyArray<readonly [string, number]>,
  v6: readonly string[] = [],
  where: { province?: Province; city?: string } = {},
): Network => ({ name, country, kind, v4, v6, ...where });

export const NETWORKS: readonly Network[] = [
  net('on-cable', 'CA', 'home', [['99.224.0.0', 11]], ['2607:fea8'], { province: 'ON' }),
  net(
    'on-dsl-fibre',
    'CA',
    'home',
    [
      ['70.48.0.0', 13],
      ['76.64.0.0', 13],
      ['65.92.0.0', 14],
    ],
    ['2607:fa49'],
    { province: 'ON' },
  ),
  net(
    'on-regional-cable',
    'CA',
    'home',
    [
      ['24.226.0.0', 16],
      ['24.141.0.0', 16],
    ],
    [],
    { province: 'ON' },
  ),
  net(
    'qc-cable',
    'CA',
    'home',
    [
      ['70.80.0.0', 14],
      ['24.37.0.0', 16],
    ],
    ['2607:fa48'],
    { province: 'QC' },
  ),
  net('qc-fibre', 'CA', 'home', [['142.112.0.0', 14]], ['2607:f2c0'], { province: 'QC' }),
  net('bc-cable', 'CA', 'home', [['96.48.0.0', 13]], ['2604:3d08'], { province: 'BC' }),
  net(
    'bc-fibre',
    'CA',
    'home',
    [
      ['154.20.0.0', 16],
      ['207.6.0.0', 16],
    ],
    ['2001:569'],
    { province: 'BC' },
  ),
  net(
    'ab-cable',
    'CA',
    'home',
    [
      ['24.64.0.0', 13],
      ['68.144.0.0', 14],
    ],
    ['2604:3d09'],
    { province: 'AB' },
  ),
  net('ab-fibre', 'CA', 'home', [['142.160.0.0', 13]], ['2001:56a'], { province: 'AB' }),
  net('mobile-national-a', 'CA', 'mobile', [['24.114.0.0', 17]], ['2605:8d80']),
  net('mobile-national-b', 'CA', 'mobile', [['184.144.0.0', 13]], ['2607:9880']),
  net('mobile-national-c', 'CA', 'mobile', [['174.0.0.0', 17]], ['2001:1970']),
  net('mobile-regional', 'CA', 'mobile', [['66.222.128.0', 17]]),
  net(
    'campus-toronto',
    'CA',
    'campus',
    [
      ['128.100.0.0', 16],
      ['142.150.0.0', 16],
    ],
    [],
    { province: 'ON', city: 'Toronto' },
  ),
  net('campus-waterloo', 'CA', 'campus', [['129.97.0.0', 16]], [], { province: 'ON', city: 'Waterloo' }),
  net(
    'campus-montreal',
    'CA',
    'campus',
    [
      ['132.206.0.0', 16],
      ['132.205.0.0', 16],
    ],
    [],
    { province: 'QC', city: 'Montréal' },
  ),
  net(
    'campus-vancouver',
    'CA',
    'campus',
    [
      ['137.82.0.0', 16],
      ['142.103.0.0', 16],
    ],
    [],
    { province: 'BC', city: 'Vancouver' },
  ),
  net('campus-edmonton', 'CA', 'campus', [['129.128.0.0', 16]], [], { province: 'AB', city: 'Edmonton' }),
  net('office-fibre', 'CA', 'office', [
    ['206.47.0.0', 17],
    ['209.52.0.0', 16],
    ['216.209.0.0', 16],
    ['64.231.0.0', 16],
    ['104.247.224.0', 19],
  ]),
  net('secure-web-gateway-ca', 'CA', 'gateway', [['165.225.208.0', 22]]),
  net('cloud-ca', 'CA', 'cloud', [
    ['15.222.0.0', 15],
    ['3.96.0.0', 15],
    ['35.182.0.0', 15],
  ]),
  net('vpn-ca', 'CA', 'vpn', [
    ['149.56.0.0', 16],
    ['51.222.0.0', 16],
    ['142.44.128.0', 17],
  ]),
  net('us-florida-cable', 'US', 'abroad', [['73.0.0.0', 10]], ['2601:580']),
  net('us-arizona-cable', 'US', 'abroad', [['68.0.0.0', 13]]),
  net('us-mobile', 'US', 'abroad', [['72.200.0.0', 13]], ['2600:1700']),
  net('france-fibre', 'FR', 'abroad', [['90.16.0.0', 12]], ['2a01:cb00']),
  net('uk-broadband', 'GB', 'abroad', [['86.128.0.0', 10]], ['2a00:23c4']),
  net('india-mobile', 'IN', 'abroad', [['49.36.0.0', 14]], ['2409:4040']),
  net('philippines-broadband', 'PH', 'abroad', [['49.144.0.0', 13]], ['2001:4452']),
  net('us-datacenter', 'US', 'hosting', [
    ['104.131.0.0', 16],
    ['138.197.0.0', 17],
  ]),
  net('nl-hosting', 'NL', 'hosting', [['185.107.56.0', 22]]),
  net('vn-broadband', 'VN', 'hosting', [['113.160.0.0', 11]]),
  net('ng-mobile', 'NG', 'hosting', [['105.112.0.0', 12]]),
];

export function network(name: string): Network {
  const found = NETWORKS.find((n) => n.name === name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
}

export const homeNetworks = (province: Province): Network[] =>
  NETWORKS.filter((n) => n.kind === 'home' && n.province === province);
export const ofKind = (kind: NetworkKind): Network[] => NETWORKS.filter((n) => n.kind === kind);
export const campusIn = (city: string): Network | undefined =>
  NETWORKS.find((n) => n.kind === 'campus' && n.city === city);

/** An address in the network: IPv4, or IPv6 (a host in a customer /64) when asked and the network has it. */
export function address(rng: Rng, n: Network, v6 = false): string {
  if (v6 && n.v6.length > 0) {
    const hex = () => rng.int(0, 0xffff).toString(16);
    return `${rng.pick(n.v6)}:${hex()}:${hex()}:${hex()}:${hex()}:${hex()}:${hex()}`;
  }
  const [base, bits] = rng.pick(n.v4);
  const start = base.split('.').reduce((a, o) => a * 256 + Number(o), 0);
  const x = start + rng.int(0, 2 ** (32 - bits) - 1);
  const host = (x & 0xffffff00) >>> 0;
  return [host >>> 24, (host >>> 16) & 255, (host >>> 8) & 255, rng.int(2, 254)].join('.');
}

/** An address in the network, IPv6 with probability `v6Share` where it has IPv6. */
export const draw = (rng: Rng, n: Network, v6Share = 0.3): string => address(rng, n, rng.chance(v6Share));

/** The country geoip-country places an IP in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;
