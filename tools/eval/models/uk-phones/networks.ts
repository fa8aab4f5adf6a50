import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * The networks checkouts come from. Blocks were picked from general knowledge of British and Irish fixed,
 * cable and mobile (carrier-grade NAT) networks, universities, hosting ranges used as VPN and proxy exits, and
 * residential networks abroad; every block was checked with geoip-country (all of it in the country named).
 * A name says what kind of network a block stands for, not who holds it.
 */

export type NetworkType = 'broadband' | 'mobile' | 'university' | 'hosting';

export interface Network {
  name: string;
  country: string;
  type: NetworkType;
  /** IPv4 blocks, CIDR. */
  v4: readonly string[];
  /** IPv6 /32 prefixes (two groups). */
  v6: readonly string[];
}

const net = (name: string, country: string, type: NetworkType, v4: string[], v6: string[] = []): Network => ({
  name,
  country,
  type,
  v4,
  v6,
});

export const NETWORKS: readonly Network[] = [
  // Britain: fixed lines, cable, fibre altnets, mobile, universities.
  net(
    'gb-bt',
    'GB',
    'broadband',
    ['86.128.0.0/10', '109.144.0.0/12'],
    ['2a00:23c4', '2a00:23c6', '2a00:23c8', '2a00:23cc'],
  ),
  net(
    'gb-cable',
    'GB',
    'broadband',
    ['86.0.0.0/11', '80.0.0.0/13', '82.16.0.0/14'],
    ['2a02:8010', '2a02:8011'],
  ),
  net('gb-sky', 'GB', 'broadband', ['90.192.0.0/11', '2.120.0.0/13'], ['2a02:c7c', '2a02:c7d', '2a02:c7f']),
  net('gb-talktalk', 'GB', 'broadband', ['92.16.0.0/12', '89.240.0.0/14', '78.144.0.0/13'], ['2a02:c78']),
  net('gb-altnet', 'GB', 'broadband', ['51.148.0.0/16'], ['2a01:4b00']),
  net('gb-mobile-a', 'GB', 'mobile', ['31.94.0.0/16', '90.240.0.0/12'], ['2a01:4c8']),
  net('gb-mobile-b', 'GB', 'mobile', ['92.40.0.0/15']),
  net('gb-mobile-c', 'GB', 'mobile', ['94.197.0.0/16'], ['2a01:4e8']),
  net('gb-university', 'GB', 'university', ['130.88.0.0/16', '128.40.0.0/15']),
  net('gb-hosting', 'GB', 'hosting', ['178.62.0.0/17', '178.79.128.0/18', '212.102.63.0/24']),
  // Ireland.
  net('ie-eir', 'IE', 'broadband', ['86.40.0.0/13', '159.134.0.0/16'], ['2001:bb6']),
  net('ie-cable', 'IE', 'broadband', ['89.100.0.0/15'], ['2a02:8084', '2a02:8085']),
  net(
    'ie-mobile',
    'IE',
    'mobile',
    ['188.141.0.0/17', '37.228.192.0/18', '46.7.0.0/16'],
    ['2a01:4d8', '2a02:8086'],
  ),
  net('ie-university', 'IE', 'university', ['134.226.0.0/16']),
  // Abroad: where travellers and expats are, and where proxies and fraudsters sit.
  net('es-home', 'ES', 'broadband', ['83.32.0.0/11', '81.32.0.0/12'], ['2a0c:5a80']),
  net('fr-home', 'FR', 'broadband', ['90.16.0.0/12']),
  net('pt-home', 'PT', 'broadband', ['85.240.0.0/13']),
  net('us-cable', 'US', 'broadband', ['73.0.0.0/9'], ['2601:0']),
  net('ae-home', 'AE', 'broadband', ['94.200.0.0/13', '2.48.0.0/14', '94.56.0.0/14']),
  net('tr-home', 'TR', 'broadband', ['78.160.0.0/11']),
  net('pl-home', 'PL', 'broadband', ['83.0.0.0/11', '89.64.0.0/13']),
  net('in-mobile', 'IN', 'mobile', ['49.32.0.0/12']),
  net('nl-home', 'NL', 'broadband', ['84.24.0.0/13', '77.160.0.0/12']),
  net('de-home', 'DE', 'broadband', ['79.192.0.0/10']),
  net('au-home', 'AU', 'broadband', ['1.128.0.0/11']),
  net('hk-home', 'HK', 'broadband', ['112.118.0.0/15']),
  net('ng-mobile', 'NG', 'mobile', ['105.112.0.0/12']),
  net('pk-home', 'PK', 'broadband', ['39.32.0.0/11']),
  net('ro-home', 'RO', 'broadband', ['86.120.0.0/14']),
  net('za-home', 'ZA', 'broadband', ['41.144.0.0/13']),
  net('kz-home', 'KZ', 'broadband', ['95.56.0.0/14']),
  net('nl-hosting', 'NL', 'hosting', ['85.17.0.0/16']),
  net('de-hosting', 'DE', 'hosting', ['78.46.0.0/15']),
  net('fi-hosting', 'FI', 'hosting', ['95.216.0.0/16']),
  // Comprehensively sanctioned jurisdictions (and Russia and Belarus).
  net('ru-home', 'RU', 'broadband', ['95.24.0.0/13', '178.64.0.0/13', '176.14.0.0/16']),
  net('by-home', 'BY', 'broadband', ['178.120.0.0/13', '46.216.0.0/16']),
  net('ir-home', 'IR', 'broadband', ['2.176.0.0/12', '5.112.0.0/13']),
  net('sy-home', 'SY', 'broadband', ['5.0.0.0/16', '31.9.0.0/16']),
  net('cu-home', 'CU', 'broadband', ['152.206.0.0/15']),
  net('kp-home', 'KP', 'broadband', ['175.45.176.0/22']),
];

export const SANCTIONED: ReadonlySet<string> = new Set(['RU', 'BY', 'IR', 'SY', 'CU', 'KP']);

export function network(name: string): Network {
  const found = NETWORKS.find((n) => n.name === name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
}

export const networksOf = (country: string, type?: NetworkType): Network[] =>
  NETWORKS.filter((n) => n.country === country && (type === undefined || n.type === type));

const v4Of = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');

/** An address in one of the network's blocks (IPv6 when asked and it has any). */
export function address(rng: Rng, n: Network, v6 = false): string {
  if (v6 && n.v6.length > 0) {
    const group = () => rng.int(0, 0xffff).toString(16);
    return `${rng.pick(n.v6)}:${group()}:${group()}:${group()}:${group()}:${group()}:${group()}`;
  }
  const [base = '0.0.0.0', bits = '32'] = rng.pick(n.v4).split('/');
  const start = base.split('.').reduce((a, o) => a * 256 + Number(o), 0);
  const size = 2 ** (32 - Number(bits));
  const host = start + rng.int(1, size - 2);
  return v4Of((host & 255) === 0 || (host & 255) === 255 ? host - 2 : host);
}

/** A household's connection: mostly IPv4, IPv6 on some fixed and mobile lines that have it. */
export const connect = (rng: Rng, n: Network): string => address(rng, n, rng.chance(0.22));

/** The country geoip-country places an IP in. */
export function ipCountry(ip: string): string | undefined {
  return geoip.lookup(ip)?.country ?? undefined;
}

/** Home networks by market: fixed lines mostly, a third on mobile data. */
export function homeNetwork(rng: Rng, market: 'GB' | 'IE'): Network {
  if (market === 'IE')
    return rng.weightedPick([
      [network('ie-eir'), 4],
      [network('ie-cable'), 3],
      [network('ie-mobile'), 3],
    ]);
  return rng.weightedPick([
    [network('gb-bt'), 26],
    [network('gb-cable'), 20],
    [network('gb-sky'), 17],
    [network('gb-talktalk'), 9],
    [network('gb-altnet'), 6],
  ]);
}

/** Mobile data by market. */
export function mobileNetwork(rng: Rng, market: 'GB' | 'IE'): Network {
  if (market === 'IE') return network('ie-mobile');
  return rng.weightedPick([
    [network('gb-mobile-a'), 5],
    [network('gb-mobile-b'), 3],
    [network('gb-mobile-c'), 4],
  ]);
}
