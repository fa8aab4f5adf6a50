import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * Where checkouts come from. South Africa browses mostly on phones over mobile carriers' carrier-grade NAT,
 * at home over fibre and fixed wireless, at work and on campus; abroad, the diaspora's cable, fibre and mobile
 * networks; hosting ranges stand for VPN exits and bots. Names say what kind of network a block stands for, not
 * who holds it; every block was checked with geoip-country to locate in its country.
 */

export type NetworkKind = 'mobile' | 'fixed' | 'office' | 'campus' | 'hosting';

export interface Network {
  name: string;
  country: string;
  kind: NetworkKind;
  v4: ReadonlyArray<readonly [string, number]>;
  /** IPv6 prefixes: the fixed hextets and the prefix length. */
  v6: ReadonlyArray<readonly [readonly number[], number]>;
}

const n = (
  name: string,
  country: string,
  kind: NetworkKind,
  v4: Array<readonly [string, number]>,
  v6: Array<readonly [number[], number]> = [],
): Network => ({ name, country, kind, v4, v6 });

export const NETWORKS: readonly Network[] = [
  // South Africa
  n('za-mobile-a', 'ZA', 'mobile', [['41.112.0.0', 14]], [[[0x2c0f, 0xf4c0], 32]]),
  n('za-mobile-b', 'ZA', 'mobile', [['169.0.0.0', 15]]),
  n('za-mobile-c', 'ZA', 'mobile', [['197.184.0.0', 15]]),
  n('za-mobile-d', 'ZA', 'mobile', [['105.0.0.0', 12]]),
  n('za-fibre-a', 'ZA', 'fixed', [['41.144.0.0', 13]], [[[0x2c0f, 0xef78], 32]]),
  n(
    'za-fibre-b',
    'ZA',
    'fixed',
    [
      ['41.13.0.0', 16],
      ['41.0.0.0', 16],
    ],
    [[[0x2c0f, 0xf7a8], 33]],
  ),
  n('za-fixed-wireless', 'ZA', 'fixed', [
    ['102.249.0.0', 16],
    ['41.114.0.0', 16],
  ]),
  n('za-dsl', 'ZA', 'fixed', [
    ['196.210.0.0', 15],
    ['41.134.0.0', 15],
  ]),
  n('za-office', 'ZA', 'office', [['196.21.0.0', 16]], [[[0x2001, 0x4200], 32]]),
  n('za-campus', 'ZA', 'campus', [
    ['137.158.0.0', 16],
    ['146.232.0.0', 16],
    ['146.141.0.0', 16],
    ['137.215.0.0', 16],
  ]),
  n('za-hosting', 'ZA', 'hosting', [
    ['13.244.0.0', 15],
    ['102.133.0.0', 16],
  ]),
  // The diaspora
  n('gb-fixed-a', 'GB', 'fixed', [['86.128.0.0', 11]], [[[0x2a00, 0x23c0], 26]]),
  n(
    'gb-fixed-b',
    'GB',
    'fixed',
    [
      ['81.96.0.0', 13],
      ['82.0.0.0', 14],
    ],
    [[[0x2a02, 0x0c7c], 30]],
  ),
  n('gb-mobile', 'GB', 'mobile', [
    ['213.205.192.0', 18],
    ['31.94.0.0', 16],
  ]),
  n('gb-office', 'GB', 'office', [
    ['128.86.0.0', 16],
    ['129.215.0.0', 16],
  ]),
  n('gb-hosting', 'GB', 'hosting', [['178.62.0.0', 17]]),
  n(
    'ie-fixed',
    'IE',
    'fixed',
    [
      ['86.40.0.0', 13],
      ['89.100.0.0', 15],
    ],
    [[[0x2001, 0x0bb6], 32]],
  ),
  n('ie-mobile', 'IE', 'mobile', [['37.228.192.0', 18]], [[[0x2a02, 0x8084], 32]]),
  n(
    'nl-fixed',
    'NL',
    'fixed',
    [
      ['77.160.0.0', 12],
      ['84.24.0.0', 13],
    ],
    [[[0x2a02, 0xa400], 26]],
  ),
  n('nl-mobile', 'NL', 'mobile', [['31.20.0.0', 15]], [[[0x2001, 0x1c00], 23]]),
  n('nl-hosting', 'NL', 'hosting', [
    ['188.166.0.0', 17],
    ['95.211.0.0', 16],
  ]),
  n(
    'au-fixed',
    'AU',
    'fixed',
    [
      ['120.144.0.0', 13],
      ['14.200.0.0', 14],
    ],
    [[[0x2001, 0x8003], 32]],
  ),
  n(
    'au-mobile',
    'AU',
    'mobile',
    [
      ['1.120.0.0', 13],
      ['49.176.0.0', 12],
    ],
    [[[0x2001, 0x8004], 32]],
  ),
  n(
    'nz-fixed',
    'NZ',
    'fixed',
    [
      ['122.56.0.0', 14],
      ['203.109.128.0', 17],
    ],
    [[[0x2404, 0x4400], 32]],
  ),
  n('nz-mobile', 'NZ', 'mobile', [
    ['27.252.0.0', 16],
    ['49.224.0.0', 14],
  ]),
  n(
    'us-fixed',
    'US',
    'fixed',
    [
      ['73.0.0.0', 10],
      ['71.160.0.0', 12],
    ],
    [[[0x2601], 20]],
  ),
  n('us-mobile', 'US', 'mobile', [['172.56.0.0', 15]]),
  n('us-hosting', 'US', 'hosting', [
    ['104.131.0.0', 16],
    ['45.55.0.0', 16],
  ]),
  n(
    'ca-fixed',
    'CA',
    'fixed',
    [
      ['99.224.0.0', 11],
      ['68.144.0.0', 13],
    ],
    [[[0x2607, 0xfea8], 32]],
  ),
  n(
    'ca-mobile',
    'CA',
    'mobile',
    [
      ['70.24.0.0', 13],
      ['174.88.0.0', 13],
    ],
    [[[0x2001, 0x0569], 32]],
  ),
  // Neighbours and December destinations
  n('na-fixed', 'NA', 'fixed', [['41.182.0.0', 16]]),
  n('na-mobile', 'NA', 'mobile', [['105.232.0.0', 16]]),
  n('bw-fixed', 'BW', 'fixed', [['168.167.0.0', 17]]),
  n('mu-fixed', 'MU', 'fixed', [['102.112.0.0', 14]]),
  n('ae-fixed', 'AE', 'fixed', [
    ['94.200.0.0', 13],
    ['5.30.0.0', 15],
  ]),
  n('mz-mobile', 'MZ', 'mobile', [['197.218.0.0', 15]]),
  n(
    'pt-fixed',
    'PT',
    'fixed',
    [
      ['85.240.0.0', 13],
      ['89.152.0.0', 14],
    ],
    [[[0x2001, 0x08a0], 32]],
  ),
  // Sanctioned jurisdictions (only the sanctioned_country kind draws these)
  n('ru-mobile', 'RU', 'mobile', [['95.24.0.0', 14]]),
  n('by-fixed', 'BY', 'fixed', [
    ['178.120.0.0', 13],
    ['93.84.0.0', 15],
  ]),
  n('ir-fixed', 'IR', 'fixed', [
    ['2.176.0.0', 12],
    ['5.112.0.0', 12],
  ]),
  n('cu-fixed', 'CU', 'fixed', [
    ['152.206.0.0', 15],
    ['181.225.224.0', 19],
  ]),
  n('sy-fixed', 'SY', 'fixed', [
    ['5.0.0.0', 16],
    ['31.9.0.0', 16],
  ]),
  n('kp-fixed', 'KP', 'fixed', [['175.45.176.0', 22]]),
];

const BY_NAME = new Map(NETWORKS.map((x) => [x.name, x]));

export function network(name: string): Network {
  const found = BY_NAME.get(name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
}

/** The networks of a country, of some kinds. */
export const networksOf = (country: string, ...kinds: NetworkKind[]): Network[] =>
  NETWORKS.filter((x) => x.country === country && (kinds.length === 0 || kinds.includes(x.kind)));

const toInt = (ip: string) => ip.split('.').reduce((a, b) => a * 256 + Number(b), 0);
const toIp = (x: number) => [24, 16, 8, 0].map((s) => Math.floor(x / 2 ** s) % 256).join('.');

/** An address in the network: IPv4, or IPv6 when asked and the network has it. */
export function address(rng: Rng, net: Network, v6: boolean): string {
  const prefix = v6 && net.v6.length > 0 ? rng.pick(net.v6) : undefined;
  if (prefix) {
    const [fixed, bits] = prefix;
    const words: number[] = [];
    for (let i = 0; i < 8; i++) {
      const keep = Math.max(0, Math.min(16, bits - 16 * i));
      const mask = keep === 0 ? 0 : (0xffff << (16 - keep)) & 0xffff;
      words.push(((fixed[i] ?? 0) & mask) | (rng.int(0, 0xffff) & ~mask & 0xffff));
    }
    return words.map((x) => x.toString(16)).join(':');
  }
  const [base, bits] = rng.pick(net.v4);
  const blocks = 2 ** (32 - bits) / 256;
  return toIp(toInt(base) + 256 * Math.max(0, rng.int(0, blocks - 1)) + rng.int(1, 254));
}

/** A draw's IP: IPv6 on the networks that have it, `v6Share` of the time. */
export const ipOf = (rng: Rng, net: Network, v6Share = 0.25): string =>
  address(rng, net, net.v6.length > 0 && rng.chance(v6Share));

/** Where geoip-country places an IP. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;
