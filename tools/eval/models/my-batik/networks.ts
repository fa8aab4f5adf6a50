import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * IP blocks by kind of network and country, each checked with geoip-country to lie wholly in its country (three
 * addresses in every /24 of the IPv4 blocks, 200 random addresses in each IPv6 /32). Names say what kind of
 * network a block stands for, not who holds it. Malaysian mobile data is the commonest way in (carrier-grade NAT,
 * much of it IPv6); home fibre next; offices and a university for weekday buyers. Roaming data leaves through the
 * home operator, so a Malaysian abroad on roaming still shows a Malaysian address; one on a local SIM or hotel
 * Wi-Fi does not.
 */

export type NetworkKind = 'fibre' | 'mobile' | 'office' | 'university' | 'hosting';

export interface Network {
  name: string;
  country: string;
  kind: NetworkKind;
  v4: readonly string[];
  /** IPv6 /32 prefixes, as `xxxx:xxxx`. */
  v6: readonly string[];
  /** Share of this network's connections over IPv6. */
  v6Share?: number;
}

const n = (
  name: string,
  country: string,
  kind: NetworkKind,
  v4: readonly string[],
  v6: readonly string[] = [],
  v6Share = 0,
): Network => ({ name, country, kind, v4, v6, v6Share });

export const NETWORKS: readonly Network[] = [
  n(
    'my-fibre-a',
    'MY',
    'fibre',
    ['175.136.0.0/15', '175.138.0.0/16', '175.140.0.0/15', '60.48.0.0/14', '219.92.0.0/16', '210.186.0.0/16'],
    ['2001:e68'],
    0.3,
  ),
  n('my-fibre-b', 'MY', 'fibre', ['211.24.0.0/15', '203.106.0.0/16', '121.120.0.0/15'], ['2001:d08'], 0.2),
  n('my-fibre-c', 'MY', 'fibre', ['58.26.0.0/16', '124.13.0.0/16', '14.192.208.0/20'], ['2404:160'], 0.2),
  n('my-mobile-a', 'MY', 'mobile', ['113.210.0.0/16', '113.211.0.0/16', '49.124.0.0/15'], ['2402:1980'], 0.5),
  n('my-mobile-b', 'MY', 'mobile', ['115.164.0.0/16', '115.132.0.0/14'], ['2001:f40'], 0.5),
  n('my-mobile-c', 'MY', 'mobile', ['42.152.0.0/16', '42.153.0.0/16', '183.171.0.0/16'], ['2405:3800'], 0.4),
  n('my-mobile-d', 'MY', 'mobile', ['180.74.0.0/15', '110.159.0.0/16', '121.122.0.0/16'], ['2001:4458'], 0.4),
  n('my-office', 'MY', 'office', ['202.188.0.0/17', '202.185.0.0/16', '103.6.196.0/22']),
  n('my-university', 'MY', 'university', ['161.142.0.0/16']),
  n('sg-fibre-a', 'SG', 'fibre', ['116.14.0.0/15', '138.75.0.0/16'], ['2406:3003'], 0.3),
  n('sg-fibre-b', 'SG', 'fibre', ['101.127.0.0/16', '111.65.0.0/17'], ['2401:7400'], 0.3),
  n('sg-mobile', 'SG', 'mobile', ['42.60.0.0/15', '122.11.128.0/17']),
  n('bn-fibre', 'BN', 'fibre', ['61.6.192.0/18']),
  n('bn-mobile', 'BN', 'mobile', ['202.160.0.0/19']),
  n('id-fibre', 'ID', 'fibre', ['36.64.0.0/12', '182.253.0.0/16'], ['2404:8000'], 0.2),
  n(
    'id-mobile',
    'ID',
    'mobile',
    ['114.124.0.0/14', '110.136.0.0/14', '114.4.0.0/16', '180.241.0.0/16'],
    ['2001:448a', '2404:c0'],
    0.4,
  ),
  n('gb-broadband', 'GB', 'fibre', ['86.128.0.0/12', '81.96.0.0/13'], ['2a00:23c0', '2a00:23c5'], 0.4),
  n('gb-fibre', 'GB', 'fibre', ['90.192.0.0/12'], ['2a02:c7c'], 0.4),
  n('au-mobile', 'AU', 'mobile', ['1.128.0.0/11'], ['2001:8003'], 0.5),
  n('au-broadband', 'AU', 'fibre', ['49.176.0.0/13', '120.16.0.0/14'], ['2001:44b8'], 0.3),
  n('us-cable', 'US', 'fibre', ['73.0.0.0/10'], ['2601:18c'], 0.5),
  n('us-mobile', 'US', 'mobile', ['174.192.0.0/12']),
  n('ca-cable', 'CA', 'fibre', ['24.64.0.0/13', '99.224.0.0/12']),
  n('qa-mobile', 'QA', 'mobile', ['37.210.0.0/15']),
  n('ae-broadband', 'AE', 'fibre', ['94.200.0.0/14']),
  n('sa-mobile', 'SA', 'mobile', ['188.48.0.0/13', '2.88.0.0/14'], ['2001:16a0'], 0.3),
  n('jp-mobile', 'JP', 'mobile', ['126.0.0.0/10'], ['2400:2410'], 0.4),
  n('hosting-sg', 'SG', 'hosting', ['13.212.0.0/15', '54.169.0.0/16', '103.253.144.0/22']),
  n('hosting-us', 'US', 'hosting', ['3.80.0.0/12']),
  n('hosting-nl', 'NL', 'hosting', ['5.79.64.0/18']),
  n('hosting-de', 'DE', 'hosting', ['116.202.0.0/15', '88.198.0.0/16'], ['2a01:4f8'], 0.2),
  n('hosting-jp', 'JP', 'hosting', ['13.112.0.0/14']),
  n('hosting-au', 'AU', 'hosting', ['3.24.0.0/14']),
  n('ru-broadband', 'RU', 'fibre', ['95.24.0.0/13']),
  n('ru-mobile', 'RU', 'mobile', ['178.176.0.0/14']),
  n('by-broadband', 'BY', 'fibre', ['178.120.0.0/13', '37.212.0.0/14']),
  n('ir-mobile', 'IR', 'mobile', ['5.112.0.0/12']),
  n('ir-broadband', 'IR', 'fibre', ['2.176.0.0/12']),
  n('sy-broadband', 'SY', 'fibre', ['5.0.0.0/16', '31.9.0.0/16']),
  n('cu-mobile', 'CU', 'mobile', ['152.206.0.0/15']),
];

const BY_NAME = new Map(NETWORKS.map((x) => [x.name, x]));

export function network(name: string): Network {
  const found = BY_NAME.get(name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
}

export const networksOf = (country: string, kind: NetworkKind): Network[] =>
  NETWORKS.filter((x) => x.country === country && x.kind === kind);

/** A home or mobile network of a country (its mobile one when it has no fixed line listed, and back). */
export function homeNetwork(rng: Rng, country: string, kind: 'fibre' | 'mobile'): Network {
  const list = networksOf(country, kind);
  const other = networksOf(country, kind === 'fibre' ? 'mobile' : 'fibre');
  return rng.pick(list.length > 0 ? list : other);
}

const ipv4 = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
const toNumber = (ip: string) => ip.split('.').reduce((a, b) => a * 256 + Number(b), 0);

/** An address in the network: IPv4 avoiding .0 and .255, or IPv6 in one of its /32s. */
export function address(rng: Rng, net: Network, v6: boolean): string {
  if (v6 && net.v6.length > 0) {
    const group = () => rng.int(0, 0xffff).toString(16);
    return `${rng.pick(net.v6)}:${group()}:${group()}:${group()}:${group()}:${group()}:${group()}`;
  }
  const [base = '0.0.0.0', bits = '32'] = rng.pick(net.v4).split('/');
  const size = 2 ** (32 - Number(bits));
  const block = Math.floor(rng.next() * (size / 256));
  return ipv4(toNumber(base) + block * 256 + rng.int(1, 254));
}

/** An address the way the network hands them out: IPv6 for its share of connections. */
export const ipOn = (rng: Rng, net: Network): string => address(rng, net, rng.chance(net.v6Share ?? 0));

export function ipCountry(ip: string): string | undefined {
  return geoip.lookup(ip)?.country ?? undefined;
}
