import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * Where checkouts come from: IPv4 blocks (and IPv6 /32s) that geoip-country places in the stated country,
 * each checked /24 by /24 before use. Names say what kind of network a block stands for, not who holds it.
 * `kind` is the model's own knowledge (a VPN exit, a rented server); the payload only carries the IP.
 */

export type NetworkKind = 'broadband' | 'mobile' | 'campus' | 'hosting' | 'vpn';

export interface Network {
  name: string;
  country: string;
  kind: NetworkKind;
  v4: readonly string[];
  /** IPv6 /32 prefixes ("2001:2040"). */
  v6: readonly string[];
  /** How often a checkout on it comes over IPv6. */
  v6Share: number;
}

const net = (
  name: string,
  country: string,
  kind: NetworkKind,
  v4: readonly string[],
  v6: readonly string[] = [],
  v6Share = 0,
): Network => ({ name, country, kind, v4, v6, v6Share });

export const NETWORKS = [
  // Sweden
  net('se-fibre-a', 'SE', 'broadband', ['78.64.0.0/12', '81.224.0.0/12'], ['2001:2040', '2001:2002'], 0.3),
  net('se-cable', 'SE', 'broadband', ['90.224.0.0/12', '213.112.0.0/14'], ['2a00:801'], 0.25),
  net('se-fibre-b', 'SE', 'broadband', ['85.24.128.0/17', '46.59.0.0/17', '2.70.0.0/15'], ['2001:9b1'], 0.2),
  net('se-city-net', 'SE', 'broadband', ['94.254.0.0/17', '83.248.0.0/13'], ['2a01:2b0'], 0.2),
  net('se-mobile', 'SE', 'mobile', ['2.64.0.0/13'], ['2a02:aa1'], 0.45),
  net('se-campus', 'SE', 'campus', ['130.237.0.0/16']),
  net('se-cloud', 'SE', 'hosting', ['13.48.0.0/15', '16.170.0.0/15']),
  net('se-vpn', 'SE', 'vpn', ['193.138.218.0/24', '185.213.154.0/24', '141.98.255.0/24']),
  // Finland, Norway, Denmark
  net('fi-broadband-a', 'FI', 'broadband', ['91.152.0.0/14', '88.112.0.0/14'], ['2001:14ba'], 0.3),
  net('fi-broadband-b', 'FI', 'broadband', ['87.92.0.0/14', '84.248.0.0/14'], ['2001:14bb'], 0.3),
  net('fi-mobile', 'FI', 'mobile', ['85.76.0.0/14', '88.192.0.0/14'], ['2001:998'], 0.4),
  net('no-broadband-a', 'NO', 'broadband', ['84.208.0.0/13'], ['2a01:79c'], 0.3),
  net('no-broadband-b', 'NO', 'broadband', ['85.164.0.0/14', '81.166.0.0/15'], ['2a01:798'], 0.3),
  net('no-mobile', 'NO', 'mobile', ['89.8.0.0/14'], ['2001:4610'], 0.4),
  net('dk-broadband', 'DK', 'broadband', ['87.48.0.0/13', '80.62.0.0/15'], ['2a00:7660'], 0.25),
  net('dk-fibre', 'DK', 'broadband', ['2.104.0.0/13', '5.103.0.0/16'], ['2001:878'], 0.25),
  // Where Swedes winter
  net(
    'es-broadband',
    'ES',
    'broadband',
    ['83.32.0.0/11', '88.0.0.0/11', '79.144.0.0/12'],
    ['2a0c:5a80'],
    0.15,
  ),
  net('th-broadband', 'TH', 'broadband', ['171.96.0.0/13', '49.228.0.0/14']),
  // Rented servers and VPN exits abroad, and residential ranges fraud proxies through
  net('de-hosting', 'DE', 'hosting', ['88.198.0.0/16', '78.46.0.0/15', '5.9.0.0/16'], ['2a01:4f8'], 0.1),
  net('nl-hosting', 'NL', 'hosting', ['85.17.0.0/16', '188.166.0.0/17', '37.48.64.0/18']),
  net('nl-vpn', 'NL', 'vpn', ['185.65.134.0/24']),
  net('us-hosting', 'US', 'hosting', ['104.131.0.0/16']),
  net('us-residential', 'US', 'broadband', ['73.0.0.0/10', '100.0.0.0/12'], ['2601:0', '2600:1700'], 0.2),
  net('gb-residential', 'GB', 'broadband', ['86.128.0.0/11']),
  net('vn-residential', 'VN', 'broadband', ['113.160.0.0/11']),
  net('ng-mobile', 'NG', 'mobile', ['105.112.0.0/12']),
  // Sanctioned jurisdictions
  net('ru-broadband', 'RU', 'broadband', ['95.24.0.0/13', '178.64.0.0/13', '5.136.0.0/13']),
  net('by-broadband', 'BY', 'broadband', ['37.212.0.0/14', '178.120.0.0/13']),
  net('ir-broadband', 'IR', 'broadband', ['2.176.0.0/12', '5.112.0.0/12']),
  net('sy-broadband', 'SY', 'broadband', ['5.0.0.0/16', '31.9.0.0/16']),
] as const satisfies readonly Network[];

export type NetworkName = (typeof NETWORKS)[number]['name'];

const BY_NAME = new Map<string, Network>(NETWORKS.map((n) => [n.name, n]));

export function network(name: NetworkName): Network {
  const n = BY_NAME.get(name);
  if (!n) throw new Error(`no network ${name}`);
  return n;
}

const toInt = (ip: string) => ip.split('.').reduce((a, b) => a * 256 + Number(b), 0);
const toIp = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
const hex = (rng: Rng) => rng.int(0, 0xffff).toString(16);

/** An address on `n`: IPv4 (never .0 or .255), or IPv6 under one of its /32s when `v6` and it has any. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0) {
    const prefix = rng.pick(n.v6);
    return `${prefix}:${hex(rng)}:${hex(rng)}:${hex(rng)}:${hex(rng)}:${hex(rng)}:${hex(rng)}`;
  }
  const [base = '0.0.0.0', bits = '24'] = rng.pick(n.v4).split('/');
  const size = 2 ** (32 - Number(bits));
  const block = toInt(base) + Math.floor(rng.next() * (size / 256)) * 256;
  return toIp(block + rng.int(1, 254));
}

/** An address on `n`, over IPv6 as often as people on it use it. */
export function ipOn(rng: Rng, n: Network): string {
  return address(rng, n, rng.chance(n.v6Share));
}

/** The country geoip-country places an IP in. */
export function ipCountry(ip: string): string | undefined {
  return geoip.lookup(ip)?.country ?? undefined;
}

/** A market's home networks, by how many customers are on each. */
export const HOME_NETWORKS: Readonly<Record<string, ReadonlyArray<readonly [NetworkName, number]>>> = {
  SE: [
    ['se-fibre-a', 38],
    ['se-cable', 26],
    ['se-fibre-b', 18],
    ['se-city-net', 18],
  ],
  FI: [
    ['fi-broadband-a', 55],
    ['fi-broadband-b', 45],
  ],
  NO: [
    ['no-broadband-a', 55],
    ['no-broadband-b', 45],
  ],
  DK: [
    ['dk-broadband', 55],
    ['dk-fibre', 45],
  ],
};

export const MOBILE_NETWORK: Readonly<Record<string, NetworkName>> = {
  SE: 'se-mobile',
  FI: 'fi-mobile',
  NO: 'no-mobile',
  DK: 'dk-broadband',
};
