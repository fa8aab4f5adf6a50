import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * Where checkouts come from. Every block was checked with geoip-country (each /24 of an IPv4 block three times,
 * 300 random addresses of an IPv6 /32) and kept only when it located entirely in its country. Names say what kind
 * of network a block stands for (home broadband, mobile carrier-grade NAT, hosting used as VPN exits), not who
 * holds it.
 */

export type NetKind = 'home' | 'mobile' | 'hosting';

export interface Network {
  name: string;
  country: string;
  kind: NetKind;
  v4: ReadonlyArray<readonly [base: string, bits: number]>;
  /** IPv6 /32 prefixes (two groups). */
  v6: readonly string[];
}

export const NETWORKS: readonly Network[] = [
  {
    name: 'nl-fibre-dsl',
    country: 'NL',
    kind: 'home',
    v4: [
      ['77.160.0.0', 14],
      ['86.80.0.0', 14],
    ],
    v6: ['2a02:a440', '2a02:a460'],
  },
  {
    name: 'nl-cable',
    country: 'NL',
    kind: 'home',
    v4: [
      ['84.24.0.0', 14],
      ['94.208.0.0', 14],
    ],
    v6: ['2001:1c00'],
  },
  {
    name: 'nl-mobile',
    country: 'NL',
    kind: 'mobile',
    v4: [
      ['31.151.0.0', 16],
      ['145.53.0.0', 16],
    ],
    v6: [],
  },
  {
    name: 'be-dsl',
    country: 'BE',
    kind: 'home',
    v4: [
      ['81.240.0.0', 14],
      ['91.176.0.0', 14],
    ],
    v6: ['2a02:a03f'],
  },
  {
    name: 'be-cable',
    country: 'BE',
    kind: 'home',
    v4: [
      ['84.192.0.0', 14],
      ['178.116.0.0', 14],
    ],
    v6: ['2a02:1810'],
  },
  {
    name: 'de-dsl',
    country: 'DE',
    kind: 'home',
    v4: [
      ['79.192.0.0', 12],
      ['87.128.0.0', 12],
      ['91.0.0.0', 12],
    ],
    v6: ['2003:e0'],
  },
  {
    name: 'de-cable',
    country: 'DE',
    kind: 'home',
    v4: [
      ['95.88.0.0', 14],
      ['84.128.0.0', 12],
    ],
    v6: ['2a02:8108'],
  },
  {
    name: 'de-mobile',
    country: 'DE',
    kind: 'mobile',
    v4: [
      ['2.200.0.0', 14],
      ['5.146.0.0', 16],
    ],
    v6: [],
  },
  {
    name: 'fr-fibre',
    country: 'FR',
    kind: 'home',
    v4: [
      ['86.192.0.0', 12],
      ['88.160.0.0', 13],
      ['78.192.0.0', 13],
    ],
    v6: ['2a01:cb00', '2a01:e0a'],
  },
  {
    name: 'at-broadband',
    country: 'AT',
    kind: 'home',
    v4: [
      ['77.116.0.0', 14],
      ['91.112.0.0', 14],
      ['178.115.0.0', 16],
    ],
    v6: ['2a02:8388', '2a02:1748'],
  },
  {
    name: 'dk-broadband',
    country: 'DK',
    kind: 'home',
    v4: [
      ['2.104.0.0', 14],
      ['87.48.0.0', 13],
      ['80.62.0.0', 15],
    ],
    v6: [],
  },
  {
    name: 'es-fibre',
    country: 'ES',
    kind: 'home',
    v4: [
      ['83.32.0.0', 12],
      ['80.24.0.0', 13],
      ['88.0.0.0', 13],
    ],
    v6: ['2a0c:5a80', '2a0c:5a81'],
  },
  {
    name: 'gb-broadband',
    country: 'GB',
    kind: 'home',
    v4: [
      ['86.128.0.0', 12],
      ['81.128.0.0', 12],
      ['82.0.0.0', 14],
    ],
    v6: ['2a00:23c5', '2a00:23c6'],
  },
  {
    name: 'us-cable',
    country: 'US',
    kind: 'home',
    v4: [
      ['73.0.0.0', 10],
      ['24.0.0.0', 12],
      ['98.192.0.0', 12],
    ],
    v6: ['2601:0', '2601:18'],
  },
  {
    name: 'ch-broadband',
    country: 'CH',
    kind: 'home',
    v4: [
      ['85.0.0.0', 14],
      ['178.192.0.0', 14],
    ],
    v6: [],
  },
  { name: 'pl-broadband', country: 'PL', kind: 'home', v4: [['83.0.0.0', 13]], v6: [] },
  { name: 'ro-broadband', country: 'RO', kind: 'home', v4: [['86.120.0.0', 14]], v6: [] },
  {
    name: 'ng-mobile',
    country: 'NG',
    kind: 'mobile',
    v4: [
      ['105.112.0.0', 12],
      ['41.58.0.0', 16],
    ],
    v6: [],
  },
  { name: 'vn-broadband', country: 'VN', kind: 'home', v4: [['113.160.0.0', 12]], v6: [] },
  {
    name: 'nl-hosting',
    country: 'NL',
    kind: 'hosting',
    v4: [
      ['185.107.56.0', 22],
      ['37.97.128.0', 17],
    ],
    v6: [],
  },
  {
    name: 'de-hosting',
    country: 'DE',
    kind: 'hosting',
    v4: [
      ['78.46.0.0', 15],
      ['88.198.0.0', 16],
    ],
    v6: [],
  },
  {
    name: 'us-hosting',
    country: 'US',
    kind: 'hosting',
    v4: [
      ['104.131.0.0', 16],
      ['45.55.0.0', 16],
    ],
    v6: [],
  },
  // Only the sanctioned-country kind draws from these.
  { name: 'ir-broadband', country: 'IR', kind: 'home', v4: [['2.176.0.0', 12]], v6: [] },
  {
    name: 'ru-broadband',
    country: 'RU',
    kind: 'home',
    v4: [
      ['95.24.0.0', 13],
      ['178.64.0.0', 14],
    ],
    v6: [],
  },
  { name: 'by-broadband', country: 'BY', kind: 'home', v4: [['178.120.0.0', 14]], v6: [] },
  {
    name: 'sy-broadband',
    country: 'SY',
    kind: 'home',
    v4: [
      ['5.0.0.0', 16],
      ['31.9.0.0', 16],
    ],
    v6: [],
  },
  { name: 'cu-mobile', country: 'CU', kind: 'mobile', v4: [['152.206.0.0', 15]], v6: [] },
];

const byName = new Map(NETWORKS.map((n) => [n.name, n]));

export function network(name: string): Network {
  const n = byName.get(name);
  if (!n) throw new Error(`no network ${name}`);
  return n;
}

/** The networks of a country and kind. */
export const networksOf = (country: string, kind: NetKind): Network[] =>
  NETWORKS.filter((n) => n.country === country && n.kind === kind);

/** One address in the network: IPv6 when asked and it has any, else IPv4 (never .0 or .255). */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0) {
    const g = () => rng.int(0, 0xffff).toString(16);
    return `${rng.pick(n.v6)}:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}`;
  }
  const [base, bits] = rng.pick(n.v4);
  const start = base.split('.').reduce((a, p) => a * 256 + Number(p), 0);
  const x = start + rng.int(0, 2 ** (32 - bits) / 256 - 1) * 256 + rng.int(1, 254);
  return [x >>> 24, (x >>> 16) & 255, (x >>> 8) & 255, x & 255].join('.');
}

/** An address at home in `country` (a home line, IPv6 for a share of subscribers), or on its mobile networks. */
export function homeIp(rng: Rng, country: string, mobile = false): string {
  const mob = mobile ? networksOf(country, 'mobile') : [];
  const n = mob.length > 0 ? rng.pick(mob) : rng.pick(networksOf(country, 'home'));
  return address(rng, n, rng.chance(0.3));
}

/** The country geoip-country places an IP in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;
