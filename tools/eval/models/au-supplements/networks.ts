import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * The networks buyers come from, by country and kind. Every IPv4 block was checked with geoip-country /24 by
 * /24 (three addresses each) and every IPv6 /32 with random addresses, keeping only blocks that place entirely
 * in the intended country. Names say what kind of network a block stands for, not who holds it.
 */

export type NetKind = 'residential' | 'mobile' | 'hosting' | 'campus' | 'corporate';

export interface Network {
  name: string;
  country: string;
  kind: NetKind;
  v4: readonly string[];
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
  // Australia: NBN retail providers (fixed), the big three mobile carriers (carrier-grade NAT), cloud regions in
  // Sydney and Melbourne used as VPN and proxy exits, university networks, offices.
  net('au-nbn-1', 'AU', 'residential', ['58.160.0.0/12', '120.144.0.0/13'], ['2001:8003', '2001:8004']),
  net('au-nbn-2', 'AU', 'residential', ['122.104.0.0/14', '110.174.0.0/16', '211.26.0.0/16'], ['2403:5800']),
  net('au-nbn-wa', 'AU', 'residential', ['203.59.0.0/16', '58.7.0.0/16'], ['2406:3400']),
  net('au-mobile-1', 'AU', 'mobile', ['1.120.0.0/13', '1.128.0.0/11'], ['2001:8004']),
  net('au-mobile-2', 'AU', 'mobile', ['49.176.0.0/12'], ['2405:6e00']),
  net('au-hosting', 'AU', 'hosting', [
    '13.210.0.0/15',
    '3.24.0.0/14',
    '52.62.0.0/15',
    '54.252.0.0/16',
    '170.64.128.0/17',
    '139.99.128.0/17',
  ]),
  net('au-campus', 'AU', 'campus', [
    '130.102.0.0/16',
    '131.181.0.0/16',
    '149.171.0.0/16',
    '130.194.0.0/16',
    '128.250.0.0/16',
    '129.78.0.0/16',
    '130.95.0.0/16',
    '132.234.0.0/16',
  ]),
  net('au-corporate', 'AU', 'corporate', [
    '144.140.0.0/16',
    '139.130.0.0/16',
    '203.35.0.0/16',
    '165.228.0.0/16',
  ]),
  net(
    'nz-fibre',
    'NZ',
    'residential',
    ['122.56.0.0/14', '121.98.0.0/16', '203.109.128.0/17'],
    ['2406:e000', '2404:4400'],
  ),
  net('nz-mobile', 'NZ', 'mobile', ['49.224.0.0/14']),
  net('sg-fibre', 'SG', 'residential', ['116.86.0.0/15', '118.189.0.0/16', '220.255.0.0/16'], ['2406:3003']),
  net('sg-mobile', 'SG', 'mobile', ['111.65.32.0/19']),
  net('us-cable', 'US', 'residential', ['73.0.0.0/12', '24.0.0.0/13', '24.16.0.0/13'], ['2601:0']),
  net('us-mobile', 'US', 'mobile', ['172.56.0.0/15', '174.192.0.0/12'], ['2600:1700']),
  net('us-hosting', 'US', 'hosting', ['104.131.0.0/16']),
  // Where Australians travel over the holidays.
  net('id-mobile', 'ID', 'mobile', ['114.120.0.0/13', '36.64.0.0/11', '180.244.0.0/14']),
  net('jp-mobile', 'JP', 'mobile', ['126.0.0.0/11', '133.0.0.0/13']),
  net('th-mobile', 'TH', 'mobile', ['171.96.0.0/13']),
  net('gb-broadband', 'GB', 'residential', ['86.128.0.0/11']),
  // VPN exits in European data centres.
  net('nl-hosting', 'NL', 'hosting', ['185.107.56.0/22']),
  net('de-hosting', 'DE', 'hosting', ['88.198.0.0/16', '5.9.0.0/16']),
  // Where some organised fraud against Australian stores is run from.
  net('ng-mobile', 'NG', 'mobile', ['105.112.0.0/12', '197.210.0.0/16']),
  net('vn-broadband', 'VN', 'residential', ['113.160.0.0/11', '14.160.0.0/11']),
  // Sanctioned jurisdictions (only the sanctioned_country kind comes from these).
  net('ir-fixed', 'IR', 'residential', ['2.176.0.0/12']),
  net('ir-mobile', 'IR', 'mobile', ['5.112.0.0/12']),
  net('ru-broadband', 'RU', 'residential', ['95.24.0.0/13', '188.162.0.0/16']),
  net('by-broadband', 'BY', 'residential', ['178.120.0.0/13', '37.212.0.0/14']),
  net('sy-fixed', 'SY', 'residential', ['82.137.192.0/18', '31.9.0.0/16', '5.0.0.0/16']),
];

export const SANCTIONED: ReadonlySet<string> = new Set(['IR', 'RU', 'BY', 'SY', 'KP', 'CU']);

export function network(name: string): Network {
  const n = NETWORKS.find((x) => x.name === name);
  if (!n) throw new Error(`no network ${name}`);
  return n;
}

const toNumber = (ip: string) => ip.split('.').reduce((a, b) => a * 256 + Number(b), 0);
const toIp = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');

/** An address in one of the network's blocks (IPv6 only where it has /32s and `v6` asks for one). */
export function address(rng: Rng, n: Network, v6 = false): string {
  if (v6 && n.v6.length > 0) {
    const group = () => rng.int(0, 0xffff).toString(16);
    return `${rng.pick(n.v6)}:${group()}:${group()}:${group()}:${group()}:${group()}:${group()}`;
  }
  const [base = '0.0.0.0', bits = '24'] = rng.pick(n.v4).split('/');
  const size = 2 ** (32 - Number(bits));
  const offset = rng.int(0, size / 256 - 1) * 256 + rng.int(1, 254);
  return toIp(toNumber(base) + offset);
}

/** An address for a buyer on this network: IPv6 a third of the time where the network has it. */
export const ipOn = (rng: Rng, n: Network): string => address(rng, n, n.v6.length > 0 && rng.chance(0.3));

/** The country geoip-country places an address in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;
