import geoip from 'geoip-country';
import { type LocatedNetwork } from '../kit/contract.js';
import { type Rng } from '../kit/random.js';

/**
 * The networks buyers come from. Each has IPv4 blocks (`a.b` a /16, `a.b.c` a /24, every /24 checked with
 * geoip-country to locate in the network's country) and, for some, IPv6 /32s (hundreds of random addresses
 * checked). Names say what kind of network a block stands for (fibre, cable, mobile with carrier-grade NAT,
 * hosting used as VPN and proxy exits), not who holds it.
 */

export type NetKind = 'fixed' | 'mobile' | 'hosting';

export interface Network extends LocatedNetwork {
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

/** The /24s `from` to `to` of a /16, for a block only part of which locates where it should. */
const part = (b16: string, from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => `${b16}.${from + i}`);

export const NETWORKS: readonly Network[] = [
  net('jp-fibre-a', 'JP', 'fixed', ['153.150', '153.200', '153.230', '114.150', '180.0'], ['2400:4050']),
  net('jp-fibre-b', 'JP', 'fixed', ['126.0', '126.100', '126.200', '221.112'], ['240b:10', '240b:11']),
  net(
    'jp-fibre-c',
    'JP',
    'fixed',
    ['118.0', '60.32', '61.200', '219.100', '110.66'],
    ['2400:2410', '2404:7a80'],
  ),
  net(
    'jp-mobile-a',
    'JP',
    'mobile',
    ['1.66', '1.72', '49.96', '49.104'],
    ['2001:240', '2409:10', '2409:250'],
  ),
  net(
    'jp-mobile-b',
    'JP',
    'mobile',
    ['106.130', '106.150', '106.180', '27.80', '14.8'],
    ['2001:268', '240d:1a'],
  ),
  net('jp-mobile-c', 'JP', 'mobile', ['133.106']),
  net('jp-hosting', 'JP', 'hosting', ['153.127', '160.16', '13.112', '13.113']),
  net(
    'us-cable',
    'US',
    'fixed',
    ['73.10', '73.150', '98.200', '24.10', '68.40', '76.100'],
    ['2601:1c0', '2601:280', '2603:6000'],
  ),
  net('us-fibre', 'US', 'fixed', ['71.170', '108.40', '99.100', '107.200', '97.100'], ['2600:1700']),
  net('us-mobile', 'US', 'mobile', ['172.56', '172.58'], ['2600:387']),
  net('us-hosting', 'US', 'hosting', ['3.80', '54.80']),
  net('ca-cable', 'CA', 'fixed', ['99.230', '99.240', '24.200', '174.88'], ['2607:fea8']),
  net('ca-fibre', 'CA', 'fixed', ['142.112', '142.120', '70.50', '184.144', '184.160']),
  net('ca-mobile', 'CA', 'mobile', ['154.20'], ['2001:56a']),
  net(
    'gb-fibre',
    'GB',
    'fixed',
    ['86.130', '86.150', '81.100', '109.150', '31.50', '86.5'],
    ['2a00:23c7', '2a02:c7c'],
  ),
  net('gb-cable', 'GB', 'fixed', ['82.10', '94.10', '2.100', '90.200']),
  net('gb-mobile', 'GB', 'mobile', ['92.40'], ['2a01:4c8']),
  net('gb-hosting', 'GB', 'hosting', ['51.140']),
  net(
    'au-fibre',
    'AU',
    'fixed',
    ['1.120', '120.150', '220.233', '110.140', '58.160', '124.180'],
    ['2403:5800'],
  ),
  net('au-mobile', 'AU', 'mobile', ['1.145', '101.170', '49.180', '14.200'], ['2001:8003']),
  net(
    'sg-fibre',
    'SG',
    'fixed',
    ['116.86', '116.87', '203.116', '175.156', '42.60', '115.66'],
    ['2406:3003'],
  ),
  net('sg-mobile', 'SG', 'mobile', ['118.189', '101.127', '182.55']),
  net('sg-hosting', 'SG', 'hosting', ['13.228', '13.229']),
  net('hk-fibre', 'HK', 'fixed', ['61.244', '112.118', '112.119', '218.250', '119.236'], ['2404:c800']),
  net('hk-mobile', 'HK', 'mobile', ['1.36', '42.2', '223.16']),
  net('hk-hosting', 'HK', 'hosting', ['43.198']),
  net('de-dsl', 'DE', 'fixed', ['79.200', '91.50', '84.150', '87.150', '93.200'], ['2003:e0', '2003:c0']),
  net('de-cable', 'DE', 'fixed', ['95.90', '2.200'], ['2a02:8108']),
  net('de-hosting', 'DE', 'hosting', ['78.46', '5.9']),
  net(
    'fr-fibre',
    'FR',
    'fixed',
    ['86.200', '88.170', '82.65', '109.20', '92.150', '78.200', '176.150'],
    ['2a01:cb00', '2a01:e0a'],
  ),
  net('nl-fixed', 'NL', 'fixed', ['77.170', '84.25', '83.80', '62.250', '94.208'], ['2001:1c00']),
  net('nl-hosting', 'NL', 'hosting', ['145.131', '31.21', '185.107.56', ...part('188.166', 0, 127)]),
  net('it-fixed', 'IT', 'fixed', ['79.20', '151.40', '93.40', '87.10', '95.230', '2.40'], ['2a01:e11']),
  net('es-fixed', 'ES', 'fixed', ['83.40', '88.10', '79.150', '81.40', '90.160'], ['2a0c:5a80']),
  net('be-fixed', 'BE', 'fixed', ['81.242', '84.195', '109.130', '94.224']),
  net('at-fixed', 'AT', 'fixed', ['77.117', '84.112', '80.110', '178.190']),
  net('ie-fixed', 'IE', 'fixed', ['86.44', '89.100']),
  net('se-fixed', 'SE', 'fixed', ['78.70', '83.250', '90.230']),
  net('dk-fixed', 'DK', 'fixed', ['87.52', '80.62']),
  net('ch-fixed', 'CH', 'fixed', ['85.1', '83.76', '178.192']),
  net('fi-fixed', 'FI', 'fixed', ['84.248', '91.152']),
  net('vn-mobile', 'VN', 'mobile', ['27.70', '113.170', '171.230', '14.160', '116.100'], ['2402:800']),
  net('cn-fixed', 'CN', 'fixed', ['113.100', '223.100', '36.100', '117.130']),
  net('ng-mobile', 'NG', 'mobile', ['105.112', '102.89']),
  net('id-mobile', 'ID', 'mobile', ['36.70', '114.124']),
  net('ru-fixed', 'RU', 'fixed', ['95.25', '5.140', '188.170'], ['2a00:1fa0']),
  net('by-fixed', 'BY', 'fixed', ['178.120', '93.84', '37.212']),
];

const BY_NAME = new Map(NETWORKS.map((n) => [n.name, n]));

export function network(name: string): Network {
  const n = BY_NAME.get(name);
  if (!n) throw new Error(`no network ${name}`);
  return n;
}

/** The networks of one country and kind. */
export const networksOf = (country: string, kind: NetKind): Network[] =>
  NETWORKS.filter((n) => n.country === country && n.kind === kind);

const hex = (rng: Rng): string => rng.int(0, 0xffff).toString(16);

/** An address on the network: IPv6 when asked and it has any, else IPv4 inside one of its blocks. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0)
    return `${rng.pick(n.v6)}:${hex(rng)}:${hex(rng)}:${hex(rng)}:${hex(rng)}:${hex(rng)}:${hex(rng)}`;
  const block = rng.pick(n.v4).split('.');
  while (block.length < 3) block.push(String(rng.int(0, 255)));
  return `${block.join('.')}.${rng.int(1, 254)}`;
}

/** How much of each country's home traffic is IPv6 (NTT's IPoE made it most of Japan's fibre). */
const V6_SHARE: Readonly<Record<string, number>> = {
  JP: 0.45,
  US: 0.4,
  GB: 0.3,
  DE: 0.4,
  FR: 0.45,
  AU: 0.25,
  CA: 0.2,
};

/** An IP from a person's home country: fixed broadband, or mobile with `mobile` chance. */
export function homeIp(rng: Rng, country: string, mobile = 0.3): { ip: string; network: string } {
  const mobiles = networksOf(country, 'mobile');
  const fixed = networksOf(country, 'fixed');
  const pool = rng.chance(mobile) && mobiles.length > 0 ? mobiles : fixed.length > 0 ? fixed : mobiles;
  const n = rng.pick(pool);
  return { ip: address(rng, n, rng.chance(V6_SHARE[country] ?? 0.1)), network: n.name };
}

/** An IP from a hosting range (a VPN, proxy or relay exit) in one of `countries`. */
export function hostingIp(rng: Rng, countries: readonly string[]): { ip: string; network: string } {
  const pool = NETWORKS.filter((n) => n.kind === 'hosting' && countries.includes(n.country));
  const n = rng.pick(pool.length > 0 ? pool : NETWORKS.filter((x) => x.kind === 'hosting'));
  return { ip: address(rng, n, false), network: n.name };
}

/** The country geoip-country places an IP in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;
