import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * Where checkouts come from. Every block below was checked with geoip-country before use (each /24 of an IPv4
 * block at three addresses, 200 random addresses in each IPv6 /32): all of it locates in `country`. The names
 * say what kind of network a block stands for (a national carrier's fibre, a mobile network behind
 * carrier-grade NAT, a campus, a cloud region used as a VPN or proxy exit), not who holds it.
 */

export type NetKind = 'fixed' | 'mobile' | 'campus' | 'hosting';

export interface Network {
  name: string;
  country: string;
  kind: NetKind;
  /** IPv4 CIDR blocks. */
  v4: readonly string[];
  /** IPv6 /32 prefixes, as their first two groups. */
  v6: readonly string[];
}

const net = (name: string, country: string, kind: NetKind, v4: string[], v6: string[] = []): Network => ({
  name,
  country,
  kind,
  v4,
  v6,
});

export const NETWORKS: readonly Network[] = [
  // Australia: the big three's NBN and mobile networks, a challenger ISP, campuses, Sydney cloud regions.
  net(
    'au-telstra-nbn',
    'AU',
    'fixed',
    ['58.160.0.0/12', '110.140.0.0/14', '120.144.0.0/13'],
    ['2001:8003', '2001:8004'],
  ),
  net('au-telstra-mobile', 'AU', 'mobile', ['1.128.0.0/11', '1.120.0.0/13'], ['2001:8000', '2001:8001']),
  net('au-optus-nbn', 'AU', 'fixed', ['211.26.0.0/16', '60.224.0.0/13']),
  net('au-optus-mobile', 'AU', 'mobile', ['49.176.0.0/12'], ['2001:8002']),
  net(
    'au-tpg-nbn',
    'AU',
    'fixed',
    ['14.200.0.0/14', '124.168.0.0/14', '58.104.0.0/14', '203.219.0.0/16'],
    ['2001:4479', '2001:44b8'],
  ),
  net('au-vodafone-mobile', 'AU', 'mobile', ['101.112.0.0/13']),
  net(
    'au-challenger-nbn',
    'AU',
    'fixed',
    ['123.208.0.0/14', '59.100.0.0/15', '121.208.0.0/13'],
    ['2403:5800', '2403:580c'],
  ),
  net('au-campus', 'AU', 'campus', ['129.78.0.0/16', '129.94.0.0/16', '128.250.0.0/16', '130.56.0.0/16']),
  net(
    'au-cloud',
    'AU',
    'hosting',
    ['13.236.0.0/14', '3.24.0.0/14', '54.252.0.0/16', '149.28.160.0/19', '45.76.112.0/20', '103.137.12.0/22'],
    ['2406:3400'],
  ),
  // New Zealand.
  net('nz-spark-fibre', 'NZ', 'fixed', ['122.56.0.0/14', '125.238.0.0/15'], ['2407:7000']),
  net('nz-one-mobile', 'NZ', 'mobile', ['49.224.0.0/14'], ['2404:4400']),
  net('nz-fibre', 'NZ', 'fixed', ['122.62.0.0/16'], ['2406:e000', '2001:4428', '2404:440c']),
  net('nz-campus', 'NZ', 'campus', ['130.216.0.0/16', '132.181.0.0/16']),
  // United States.
  net('us-cable', 'US', 'fixed', ['73.0.0.0/8'], ['2601:0', '2601:1c0']),
  net('us-fibre', 'US', 'fixed', ['71.160.0.0/11']),
  net('us-mobile', 'US', 'mobile', ['172.56.0.0/15'], ['2600:1000']),
  net('us-cloud', 'US', 'hosting', ['3.80.0.0/12'], ['2600:1f18']),
  // Where Australians travel, live abroad or route a VPN.
  net('gb-broadband', 'GB', 'fixed', ['86.128.0.0/10'], ['2a00:23c4', '2a00:23c5']),
  net('gb-cloud', 'GB', 'hosting', ['35.176.0.0/15', '18.130.0.0/16']),
  net('sg-broadband', 'SG', 'fixed', ['116.86.0.0/15']),
  net('sg-cloud', 'SG', 'hosting', ['13.228.0.0/15']),
  net('id-mobile', 'ID', 'mobile', ['114.120.0.0/14']),
  net('id-hotel-wifi', 'ID', 'fixed', ['36.64.0.0/11']),
  net('jp-fibre', 'JP', 'fixed', ['60.64.0.0/13'], ['2400:4050', '2001:240']),
  net('th-mobile', 'TH', 'mobile', ['171.96.0.0/13', '49.228.0.0/14']),
  net('my-broadband', 'MY', 'fixed', ['175.136.0.0/13']),
  // Where card crews sit when they do not bother with an Australian exit.
  net('vn-broadband', 'VN', 'fixed', ['113.160.0.0/11', '14.160.0.0/11']),
  net('vn-mobile', 'VN', 'mobile', ['27.64.0.0/12']),
  net('ng-mobile', 'NG', 'mobile', ['105.112.0.0/12']),
  // Comprehensively sanctioned jurisdictions: only the sanctioned_country kind uses these.
  net('ru-broadband', 'RU', 'fixed', ['95.24.0.0/13']),
  net('by-broadband', 'BY', 'fixed', ['178.120.0.0/13', '93.84.0.0/15']),
  net('ir-mobile', 'IR', 'mobile', ['5.112.0.0/12', '2.176.0.0/12']),
  net('cu-mobile', 'CU', 'mobile', ['152.206.0.0/15', '181.225.224.0/19']),
  net('sy-broadband', 'SY', 'fixed', ['31.9.0.0/16', '5.0.0.0/16']),
];

const BY_NAME = new Map(NETWORKS.map((n) => [n.name, n]));

export function network(name: string): Network {
  const found = BY_NAME.get(name);
  if (!found) throw new Error(`unknown network ${name}`);
  return found;
}

function v4Address(rng: Rng, cidr: string): string {
  const [base = '', bits = '32'] = cidr.split('/');
  const start = base.split('.').reduce((a, b) => a * 256 + Number(b), 0);
  const size = 2 ** (32 - Number(bits));
  // Host part only, never a .0 or .255.
  const x = start + Math.floor(rng.next() * (size / 256)) * 256 + rng.int(1, 254);
  return [x >>> 24, (x >>> 16) & 255, (x >>> 8) & 255, x & 255].join('.');
}

const group = (rng: Rng) => rng.int(0, 0xffff).toString(16);

/** An address in the network: IPv4, or IPv6 when asked and the network has IPv6. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0)
    return `${rng.pick(n.v6)}:${group(rng)}:${group(rng)}:${group(rng)}:${group(rng)}:${group(rng)}:${group(rng)}`;
  return v4Address(rng, rng.pick(n.v4));
}

/** An address in a named network; IPv6 with `v6Share` where it has any. */
export function ipIn(rng: Rng, name: string, v6Share = 0.3): string {
  const n = network(name);
  return address(rng, n, n.v6.length > 0 && rng.chance(v6Share));
}

/** geoip-country's country for an address (what the spec checks against). */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;

/** Home broadband and mobile networks by market, with their shares. */
export const HOME: Record<
  'AU' | 'NZ' | 'US',
  { fixed: Array<[string, number]>; mobile: Array<[string, number]> }
> = {
  AU: {
    fixed: [
      ['au-telstra-nbn', 38],
      ['au-tpg-nbn', 30],
      ['au-optus-nbn', 20],
      ['au-challenger-nbn', 12],
    ],
    mobile: [
      ['au-telstra-mobile', 45],
      ['au-optus-mobile', 32],
      ['au-vodafone-mobile', 23],
    ],
  },
  NZ: {
    fixed: [
      ['nz-spark-fibre', 55],
      ['nz-fibre', 45],
    ],
    mobile: [['nz-one-mobile', 1]],
  },
  US: {
    fixed: [
      ['us-cable', 60],
      ['us-fibre', 40],
    ],
    mobile: [['us-mobile', 1]],
  },
};
