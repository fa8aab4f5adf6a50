import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * The networks checkouts come from. Blocks were picked from general knowledge of US, Canadian, Mexican and British
 * cable, fibre and DSL providers, mobile carriers (carrier-grade NAT), business broadband (offices and resort guest
 * Wi-Fi), two university networks, Apple's iCloud Private Relay egress, hosting providers used as VPN and proxy
 * exits, and the home networks of the fraud and sanctioned-country kinds; every block was checked with
 * geoip-country to locate entirely in its country. Names say what a block stands for, not who holds it.
 */

export type NetKind = 'residential' | 'mobile' | 'business' | 'hotel' | 'university' | 'relay' | 'hosting';

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
  net(
    'us-cable-a',
    'US',
    'residential',
    [
      '73.4.0.0/14',
      '73.24.0.0/13',
      '73.40.0.0/13',
      '73.48.0.0/12',
      '73.64.0.0/11',
      '73.120.0.0/13',
      '73.136.0.0/13',
      '73.160.0.0/12',
      '73.216.0.0/13',
      '73.248.0.0/13',
    ],
    ['2601::/20'],
  ),
  net(
    'us-cable-b',
    'US',
    'residential',
    ['70.112.0.0/13', '70.124.0.0/14', '24.28.0.0/15', '66.68.0.0/16', '71.40.0.0/13'],
    ['2600:6c40::/26'],
  ),
  net(
    'us-fiber-a',
    'US',
    'residential',
    [
      '99.0.0.0/14',
      '99.16.0.0/14',
      '108.192.0.0/13',
      '108.216.0.0/13',
      '108.224.0.0/13',
      '108.248.0.0/13',
      '76.200.0.0/15',
    ],
    ['2600:1700::/28'],
  ),
  net('us-fiber-b', 'US', 'residential', ['71.160.0.0/12', '71.184.0.0/13', '96.224.0.0/11']),
  net('us-cable-c', 'US', 'residential', ['72.192.0.0/15', '72.200.0.0/13', '72.208.0.0/13']),
  net('us-fiber-c', 'US', 'residential', [
    '47.147.0.0/16',
    '136.32.0.0/14',
    '136.40.0.0/13',
    '136.54.0.0/15',
  ]),
  net(
    'us-mobile-a',
    'US',
    'mobile',
    ['172.56.0.0/15', '172.58.0.0/16', '172.32.0.0/14'],
    ['2607:fb90::/34', '2607:fb90:8000::/34'],
  ),
  net(
    'us-mobile-b',
    'US',
    'mobile',
    ['174.192.0.0/12', '174.216.0.0/13', '174.224.0.0/11'],
    ['2600:1000::/28'],
  ),
  net('us-mobile-c', 'US', 'mobile', ['107.64.0.0/10'], ['2600:380::/28']),
  net('us-business-a', 'US', 'business', ['12.128.0.0/14', '12.132.0.0/14', '12.136.0.0/14']),
  net('us-business-b', 'US', 'business', ['50.192.0.0/14', '50.196.0.0/14', '50.200.0.0/14']),
  net('us-resort-wifi', 'US', 'hotel', ['50.204.0.0/14', '12.164.0.0/14']),
  net('us-university', 'US', 'university', ['128.83.0.0/16', '128.194.0.0/16']),
  net('us-private-relay', 'US', 'relay', ['172.227.0.0/16', '172.228.0.0/16']),
  net('us-hosting-a', 'US', 'hosting', ['3.80.0.0/12']),
  net('us-hosting-b', 'US', 'hosting', ['159.203.64.0/18', '159.203.128.0/17']),
  net('us-hosting-c', 'US', 'hosting', ['45.33.0.0/17']),
  net(
    'ca-cable-a',
    'CA',
    'residential',
    ['99.224.0.0/14', '99.232.0.0/13', '99.240.0.0/13', '99.252.0.0/14'],
    ['2607:fea8::/32'],
  ),
  net('ca-dsl', 'CA', 'residential', ['70.48.0.0/13']),
  net('ca-fiber', 'CA', 'residential', ['207.6.0.0/16'], ['2001:56a::/32']),
  net('ca-cable-b', 'CA', 'residential', ['24.64.0.0/13', '68.144.0.0/15', '68.148.0.0/14']),
  net('ca-mobile', 'CA', 'mobile', ['174.88.0.0/13', '24.114.0.0/16']),
  net('mx-dsl', 'MX', 'residential', ['189.128.0.0/10'], ['2806:2f0::/32']),
  net('mx-cable', 'MX', 'residential', ['201.141.0.0/16'], ['2806:103e::/32']),
  net('mx-mobile', 'MX', 'mobile', ['189.203.0.0/16'], ['2806:10a0::/32']),
  net('gb-fiber', 'GB', 'residential', ['86.128.0.0/10', '81.128.0.0/12'], ['2a00:23c0::/26']),
  net('gb-cable', 'GB', 'residential', ['86.0.0.0/12', '82.0.0.0/13']),
  net('gb-dsl', 'GB', 'residential', ['90.192.0.0/11', '2.96.0.0/13'], ['2a02:c7c::/32']),
  net('gb-mobile', 'GB', 'mobile', ['188.28.0.0/16', '31.94.0.0/16'], ['2a01:4c8::/32']),
  net('de-hosting', 'DE', 'hosting', ['5.9.0.0/16', '78.46.128.0/17', '78.47.128.0/17']),
  net('nl-hosting', 'NL', 'hosting', ['188.166.0.0/17']),
  net('ng-mobile', 'NG', 'mobile', ['105.112.0.0/12']),
  net('vn-broadband', 'VN', 'residential', ['113.160.0.0/11', '27.64.0.0/12']),
  net('ae-broadband', 'AE', 'residential', ['94.200.0.0/14']),
  net('kz-broadband', 'KZ', 'residential', ['2.132.0.0/14', '37.150.0.0/15']),
  net('ru-broadband', 'RU', 'residential', ['95.24.0.0/13', '5.3.0.0/16']),
  net('ru-mobile', 'RU', 'mobile', ['213.87.0.0/16']),
  net('by-broadband', 'BY', 'residential', ['178.120.0.0/13', '93.84.0.0/15']),
  net('ir-broadband', 'IR', 'residential', ['2.176.0.0/12']),
  net('ir-mobile', 'IR', 'mobile', ['5.112.0.0/12']),
  net('cu-broadband', 'CU', 'residential', ['152.206.0.0/15', '181.225.224.0/19']),
  net('sy-broadband', 'SY', 'residential', ['5.0.0.0/16', '31.9.0.0/16']),
];

export function network(name: string): Network {
  const found = NETWORKS.find((n) => n.name === name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
}

/** The networks of a country and kind. */
export const networksOf = (country: string, kind: NetKind): Network[] =>
  NETWORKS.filter((n) => n.country === country && n.kind === kind);

/** A network of that country and kind (any of that country's if it has none of that kind). */
export function pickNetwork(rng: Rng, country: string, kind: NetKind): Network {
  const found = networksOf(country, kind);
  return rng.pick(found.length > 0 ? found : NETWORKS.filter((n) => n.country === country));
}

const v4ToInt = (ip: string): number => ip.split('.').reduce((a, b) => a * 256 + Number(b), 0);
const intToV4 = (n: number): string => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');

function randomV4(rng: Rng, cidr: string): string {
  const [base = '0.0.0.0', bits = '32'] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  const block = size >= 256 ? rng.int(0, size / 256 - 1) * 256 : 0;
  const host = size >= 256 ? rng.int(1, 254) : rng.int(1, Math.max(1, size - 2));
  return intToV4(v4ToInt(base) + block + host);
}

function randomV6(rng: Rng, cidr: string): string {
  const [prefix = '::', bits = '128'] = cidr.split('/');
  const [head = ''] = prefix.split('::');
  const fixed = head
    .split(':')
    .filter((g) => g.length > 0)
    .map((g) => parseInt(g, 16));
  const groups: string[] = [];
  for (let k = 0; k < 8; k++) {
    const kept = Math.max(0, Math.min(16, Number(bits) - 16 * k));
    const mask = kept === 0 ? 0 : (0xffff << (16 - kept)) & 0xffff;
    const value = ((fixed[k] ?? 0) & mask) | (rng.int(0, 0xffff) & ~mask & 0xffff);
    groups.push(value.toString(16));
  }
  return groups.join(':');
}

/** An address on the network: IPv6 when asked and the network has any. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0) return randomV6(rng, rng.pick(n.v6));
  return randomV4(rng, rng.pick(n.v4));
}

/** An address on the network, IPv6 about as often as such networks hand it out (`v6Share` of the time). */
export const ipOn = (rng: Rng, n: Network, v6Share = 0.35): string => address(rng, n, rng.chance(v6Share));

/** Where geoip-country places an IP. */
export function ipCountry(ip: string): string | undefined {
  return geoip.lookup(ip)?.country ?? undefined;
}
