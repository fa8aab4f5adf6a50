import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * The networks buyers connect from. Every IPv4 block (and IPv6 /32) was checked with `geoip-country` (a scratch
 * script looking up three addresses in each /24, and 200 random addresses in each IPv6 /32) and locates
 * entirely in its country; the provider named is who the block stands for, from general knowledge.
 */

export type NetKind = 'home' | 'mobile' | 'hosting';

export interface Network {
  name: string;
  country: string;
  kind: NetKind;
  /** IPv4 blocks as [first address, prefix length]. */
  v4: ReadonlyArray<readonly [string, number]>;
  /** IPv6 /32 prefixes (`2800:150`). */
  v6: readonly string[];
}

const net = (
  name: string,
  country: string,
  kind: NetKind,
  v4: ReadonlyArray<readonly [string, number]>,
  v6: readonly string[] = [],
): Network => ({ name, country, kind, v4, v6 });

export const NETWORKS: readonly Network[] = [
  // Chile: cable, fibre and mobile (carrier-grade NAT on mobile).
  net(
    'VTR cable',
    'CL',
    'home',
    [
      ['190.160.0.0', 14],
      ['201.214.0.0', 15],
    ],
    ['2803:c600'],
  ),
  net(
    'Movistar Chile fibre',
    'CL',
    'home',
    [
      ['152.172.0.0', 15],
      ['152.174.0.0', 16],
      ['200.72.0.0', 16],
    ],
    ['2800:150'],
  ),
  net('Entel hogar', 'CL', 'home', [
    ['164.77.0.0', 16],
    ['181.226.0.0', 16],
  ]),
  net('GTD / Telsur', 'CL', 'home', [
    ['181.42.0.0', 15],
    ['200.86.0.0', 16],
    ['186.10.0.0', 16],
  ]),
  net('Mundo Pacífico', 'CL', 'home', [['181.160.0.0', 16]]),
  net('Claro Chile hogar', 'CL', 'home', [
    ['190.20.0.0', 16],
    ['190.22.0.0', 16],
  ]),
  net(
    'Entel móvil',
    'CL',
    'mobile',
    [
      ['191.112.0.0', 16],
      ['191.126.0.0', 16],
    ],
    ['2800:300'],
  ),
  net('Claro Chile móvil', 'CL', 'mobile', [['186.104.0.0', 15]]),
  net('WOM', 'CL', 'mobile', [['186.78.0.0', 15]]),
  net('Movistar Chile móvil', 'CL', 'mobile', [['200.83.0.0', 16]]),
  // The US.
  net('Comcast Xfinity', 'US', 'home', [['73.0.0.0', 12]]),
  net('Verizon Fios', 'US', 'home', [['71.160.0.0', 12]]),
  net('AT&T Internet', 'US', 'home', [['99.16.0.0', 12]], ['2600:1700']),
  net('T-Mobile US', 'US', 'mobile', [['172.56.0.0', 15]]),
  net('AT&T Mobility', 'US', 'mobile', [['107.77.192.0', 18]], ['2600:387']),
  // Brazil, Argentina, Peru, Uruguay, Spain, the UK, Germany.
  net('Vivo fibra', 'BR', 'home', [
    ['189.4.0.0', 14],
    ['200.158.0.0', 15],
  ]),
  net('Claro NET Virtua', 'BR', 'home', [['177.32.0.0', 14]], ['2804:14c']),
  net('TIM Brasil', 'BR', 'mobile', [
    ['179.96.0.0', 13],
    ['191.176.0.0', 13],
  ]),
  net('Telecom Argentina', 'AR', 'home', [['190.224.0.0', 14]], ['2800:810']),
  net('Movistar Argentina', 'AR', 'mobile', [['186.108.0.0', 15]]),
  net('Movistar Perú', 'PE', 'home', [['190.232.0.0', 15]]),
  net('Claro Perú', 'PE', 'mobile', [['179.7.0.0', 16]]),
  net('Antel', 'UY', 'home', [
    ['167.56.0.0', 14],
    ['179.24.0.0', 14],
  ]),
  net('Orange España', 'ES', 'home', [['88.0.0.0', 14]]),
  net('BT', 'GB', 'home', [['86.0.0.0', 14]]),
  net('Deutsche Telekom', 'DE', 'home', [['84.128.0.0', 11]]),
  // Hosting and VPN exits: privacy users and fraudsters alike.
  net(
    'DigitalOcean New York',
    'US',
    'hosting',
    [
      ['104.131.0.0', 16],
      ['162.243.0.0', 16],
    ],
    ['2604:a880'],
  ),
  net('AWS us-east-1', 'US', 'hosting', [['3.80.0.0', 12]]),
  net('Linode / Akamai Newark', 'US', 'hosting', [['45.33.0.0', 17]]),
  net(
    'Hetzner',
    'DE',
    'hosting',
    [
      ['5.9.0.0', 16],
      ['88.198.0.0', 16],
    ],
    ['2a01:4f8'],
  ),
  net('VPN exit Amsterdam', 'NL', 'hosting', [
    ['213.152.160.0', 19],
    ['185.107.44.0', 22],
  ]),
  // Sanctioned jurisdictions.
  net('Beeline Russia', 'RU', 'home', [['95.24.0.0', 13]]),
  net('MTS Russia mobile', 'RU', 'mobile', [['213.87.0.0', 16]]),
  net('Beltelecom', 'BY', 'home', [
    ['178.120.0.0', 13],
    ['37.212.0.0', 14],
  ]),
  net('TCI Iran', 'IR', 'home', [
    ['2.176.0.0', 12],
    ['80.191.0.0', 16],
    ['5.200.64.0', 18],
  ]),
  net('ETECSA', 'CU', 'mobile', [
    ['152.206.0.0', 15],
    ['181.225.224.0', 19],
  ]),
  net('Syrian Telecom', 'SY', 'home', [['31.9.0.0', 16]]),
  net('Star JV', 'KP', 'home', [['175.45.176.0', 22]]),
];

const byName = new Map(NETWORKS.map((n) => [n.name, n]));

/** A network by its name. */
export function network(name: string): Network {
  const found = byName.get(name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
}

/** The networks of a country and kind. */
export const networksOf = (country: string, kind: NetKind): Network[] =>
  NETWORKS.filter((n) => n.country === country && n.kind === kind);

/** Chilean home broadband, weighted as the market splits. */
export const CL_HOME: ReadonlyArray<readonly [string, number]> = [
  ['VTR cable', 28],
  ['Movistar Chile fibre', 30],
  ['Entel hogar', 12],
  ['GTD / Telsur', 12],
  ['Mundo Pacífico', 5],
  ['Claro Chile hogar', 13],
];
export const CL_MOBILE: ReadonlyArray<readonly [string, number]> = [
  ['Entel móvil', 32],
  ['Claro Chile móvil', 22],
  ['WOM', 28],
  ['Movistar Chile móvil', 18],
];
export const HOSTING = NETWORKS.filter((n) => n.kind === 'hosting');

const toInt = (ip: string) => ip.split('.').reduce((a, o) => a * 256 + Number(o), 0);

/** An address in the network: IPv4 (never a .0 or .255) or, when asked and it has any, IPv6. */
export function address(rng: Rng, n: Network, v6 = false): string {
  if (v6 && n.v6.length > 0) {
    const groups = Array.from({ length: 6 }, () => rng.int(0, 0xffff).toString(16));
    return `${rng.pick(n.v6)}:${groups.join(':')}`;
  }
  const [first, bits] = rng.pick(n.v4);
  const blocks = 2 ** (32 - bits) / 256;
  const v = toInt(first) + rng.int(0, blocks - 1) * 256 + rng.int(1, 254);
  return [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join('.');
}

/** An IP from a weighted list of network names; a fifth of those with IPv6 hand out an IPv6 address. */
export function ipFrom(rng: Rng, names: ReadonlyArray<readonly [string, number]>): string {
  const n = network(rng.weightedPick(names));
  return address(rng, n, rng.chance(0.2));
}

/** An IP on one network. */
export const ipOn = (rng: Rng, n: Network): string => address(rng, n, rng.chance(0.2));

/** Where geoip-country places an IP (the spec's check, and the model's own claim). */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;
