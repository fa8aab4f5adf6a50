import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * The networks buyers connect from. Blocks were picked from general knowledge of Philippine mobile (carrier-grade
 * NAT) and fibre/DSL networks, home and mobile networks in the OFWs' host countries and holiday destinations,
 * hosting ranges used as VPN and proxy exits, and, for the sanctioned-country kind only, home networks in
 * sanctioned jurisdictions; each block was checked with geoip-country to locate entirely in its country. Names say
 * what kind of network a block stands for, not who holds it.
 */

export type NetworkKind = 'mobile' | 'fixed' | 'hosting';

export interface Network {
  name: string;
  country: string;
  kind: NetworkKind;
  /** IPv4 blocks in CIDR notation. */
  v4: readonly string[];
  /** IPv6 /32 prefixes (their first two groups). */
  v6: readonly string[];
}

const net = (name: string, country: string, kind: NetworkKind, v4: string[], v6: string[] = []): Network => ({
  name,
  country,
  kind,
  v4,
  v6,
});

export const NETWORKS: readonly Network[] = [
  net(
    'ph-mobile-a',
    'PH',
    'mobile',
    ['49.144.0.0/14', '49.148.0.0/15', '49.150.0.0/16'],
    ['2001:4450', '2001:4451'],
  ),
  net('ph-mobile-b', 'PH', 'mobile', ['112.198.0.0/16', '112.200.0.0/14', '112.204.0.0/16'], ['2001:fd8']),
  net(
    'ph-fibre-a',
    'PH',
    'fixed',
    ['122.2.0.0/15', '112.206.0.0/15', '124.104.0.0/15', '124.106.0.0/16', '119.93.0.0/16', '119.94.0.0/15'],
    ['2001:4454', '2001:4455'],
  ),
  net(
    'ph-fibre-b',
    'PH',
    'fixed',
    ['136.158.0.0/16', '180.190.0.0/15', '130.105.0.0/16', '122.52.0.0/16'],
    ['2405:8d40'],
  ),
  net(
    'ae-home',
    'AE',
    'fixed',
    ['94.200.0.0/15', '2.48.0.0/14', '86.96.0.0/16', '83.110.0.0/16'],
    ['2001:8f8'],
  ),
  net('sa-home', 'SA', 'fixed', [
    '51.36.0.0/16',
    '51.39.0.0/16',
    '188.48.0.0/14',
    '2.88.0.0/15',
    '95.218.0.0/16',
  ]),
  net('sa-mobile', 'SA', 'mobile', ['37.104.0.0/16', '176.44.0.0/16']),
  net('qa-home', 'QA', 'fixed', ['37.210.0.0/16', '78.100.0.0/15', '89.211.0.0/16']),
  net('kw-home', 'KW', 'fixed', ['37.231.0.0/16', '62.150.0.0/16', '188.236.0.0/16', '37.36.0.0/16']),
  net('hk-home', 'HK', 'fixed', [
    '112.118.0.0/15',
    '218.102.0.0/16',
    '219.77.0.0/16',
    '58.153.0.0/16',
    '61.238.0.0/16',
    '119.236.0.0/15',
  ]),
  net('hk-mobile', 'HK', 'mobile', ['14.0.128.0/17']),
  net('sg-home', 'SG', 'fixed', ['116.86.0.0/15', '118.200.0.0/15', '42.60.0.0/16', '203.116.0.0/16']),
  net('sg-mobile', 'SG', 'mobile', ['220.255.0.0/16', '175.156.0.0/16']),
  net(
    'us-cable',
    'US',
    'fixed',
    ['73.162.0.0/16', '98.207.0.0/16', '24.4.0.0/16', '71.198.0.0/16', '108.249.0.0/16'],
    ['2601:644', '2600:1700'],
  ),
  net('us-mobile', 'US', 'mobile', ['172.58.0.0/16', '99.88.0.0/16']),
  net(
    'it-home',
    'IT',
    'fixed',
    ['93.32.0.0/15', '79.0.0.0/16', '79.12.0.0/16', '2.32.0.0/16', '87.0.0.0/16', '82.48.0.0/16'],
    ['2001:b07'],
  ),
  net('it-mobile', 'IT', 'mobile', ['151.40.0.0/15', '5.90.0.0/16']),
  net(
    'jp-home',
    'JP',
    'fixed',
    ['126.0.0.0/15', '153.156.0.0/16', '60.86.0.0/16', '220.96.0.0/16'],
    ['2400:4050'],
  ),
  net('kr-home', 'KR', 'fixed', [
    '211.36.0.0/16',
    '121.128.0.0/16',
    '1.224.0.0/16',
    '175.223.0.0/16',
    '58.120.0.0/16',
  ]),
  net('tw-home', 'TW', 'fixed', ['1.160.0.0/16', '36.224.0.0/16', '114.24.0.0/16']),
  net('hosting-sg', 'SG', 'hosting', ['139.59.96.0/19', '13.228.0.0/15', '18.136.0.0/16', '54.169.0.0/16']),
  net('hosting-jp', 'JP', 'hosting', ['139.162.64.0/19', '13.112.0.0/14']),
  net('hosting-us', 'US', 'hosting', ['104.236.0.0/16', '162.243.0.0/16', '45.55.0.0/16', '3.80.0.0/12']),
  net('hosting-nl', 'NL', 'hosting', ['188.166.0.0/17', '146.185.128.0/18', '185.107.56.0/22']),
  net('hosting-de', 'DE', 'hosting', ['46.101.128.0/17', '88.99.0.0/16']),
  net('ru-home', 'RU', 'fixed', [
    '95.24.0.0/15',
    '178.64.0.0/16',
    '85.140.0.0/16',
    '5.3.0.0/16',
    '176.59.0.0/16',
  ]),
  net('by-home', 'BY', 'fixed', ['178.120.0.0/16', '93.84.0.0/16', '37.214.0.0/16']),
  net('ir-home', 'IR', 'fixed', ['2.176.0.0/16', '151.238.0.0/16', '5.120.0.0/16']),
  net('sy-home', 'SY', 'fixed', ['31.9.0.0/16', '5.0.0.0/16']),
  net('cu-home', 'CU', 'fixed', ['152.206.0.0/16', '181.225.224.0/19']),
];

const BY_NAME = new Map(NETWORKS.map((n) => [n.name, n]));

/** A network by name (the names above). */
export function network(name: string): Network {
  const found = BY_NAME.get(name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
}

/** The networks of a country and kind (any kind when none is given). */
export const networksOf = (country: string, kind?: NetworkKind): Network[] =>
  NETWORKS.filter((n) => n.country === country && (kind === undefined || n.kind === kind));

const toInt = (dotted: string): number =>
  dotted.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);

const hex = (rng: Rng): string => rng.int(0, 0xffff).toString(16);

/** A host address on the network: IPv6 when asked and the network has it. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0)
    return [rng.pick(n.v6), hex(rng), hex(rng), hex(rng), hex(rng), hex(rng), hex(rng)].join(':');
  const [base = '0.0.0.0', bits = '32'] = rng.pick(n.v4).split('/');
  const size = 2 ** (32 - Number(bits));
  let x = toInt(base) + rng.int(0, size - 1);
  if (x % 256 === 0 || x % 256 === 255) x = x - (x % 256) + rng.int(2, 250);
  return [Math.floor(x / 16_777_216), Math.floor(x / 65_536) % 256, Math.floor(x / 256) % 256, x % 256].join(
    '.',
  );
}

/** An address on one of a country's networks of that kind, IPv6 with chance `v6` where the network has it. */
export function ipIn(rng: Rng, country: string, kind?: NetworkKind, v6 = 0): string {
  const choices = networksOf(country, kind);
  const n = rng.pick(choices.length > 0 ? choices : networksOf(country));
  return address(rng, n, rng.chance(v6));
}

/** The country geoip-country places an address in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;
