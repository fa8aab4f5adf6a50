import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * Where orders come from. Every IPv4 block is [a, b, from, to] (the /24s a.b.from–a.b.to) and every IPv6
 * prefix is two groups; each was kept only where geoip-country placed all of it in the intended country.
 * Names say what kind of network a block stands for (home line, mobile carrier behind NAT, office, campus,
 * hosting used by VPNs and proxies), not who holds it.
 */

export type NetKind = 'home' | 'mobile' | 'office' | 'campus' | 'hosting';

export interface Network {
  name: string;
  country: string;
  kind: NetKind;
  v4: ReadonlyArray<readonly [number, number, number, number]>;
  v6: readonly string[];
}

const n = (
  name: string,
  country: string,
  kind: NetKind,
  v4: Network['v4'],
  v6: readonly string[] = [],
): Network => ({ name, country, kind, v4, v6 });

export const NETWORKS: readonly Network[] = [
  n(
    'fr-fibre-a',
    'FR',
    'home',
    [
      [90, 12, 0, 255],
      [90, 45, 0, 255],
      [86, 200, 0, 255],
      [86, 246, 0, 255],
    ],
    ['2a01:cb00', '2a01:cb1c'],
  ),
  n(
    'fr-fibre-b',
    'FR',
    'home',
    [
      [82, 64, 0, 255],
      [82, 65, 0, 255],
      [88, 168, 0, 255],
    ],
    ['2a01:e0a'],
  ),
  n(
    'fr-cable',
    'FR',
    'home',
    [
      [109, 7, 0, 255],
      [176, 130, 0, 255],
    ],
    ['2a04:cec0'],
  ),
  n('fr-mobile', 'FR', 'mobile', [
    [37, 164, 0, 7],
    [37, 170, 0, 7],
    [92, 184, 96, 103],
  ]),
  n('fr-office', 'FR', 'office', [
    [193, 54, 0, 255],
    [80, 12, 0, 159],
  ]),
  n(
    'fr-campus',
    'FR',
    'campus',
    [
      [193, 50, 0, 255],
      [147, 210, 0, 255],
    ],
    ['2001:660'],
  ),
  n(
    'be-home',
    'BE',
    'home',
    [
      [81, 240, 0, 255],
      [81, 245, 0, 255],
      [81, 82, 0, 255],
      [84, 194, 0, 255],
    ],
    ['2a02:a03f'],
  ),
  n('be-mobile', 'BE', 'mobile', [[78, 21, 0, 7]], ['2a02:1811']),
  n('lu-home', 'LU', 'home', [
    [80, 90, 32, 63],
    [94, 252, 0, 127],
    [83, 99, 0, 127],
    [85, 93, 192, 223],
  ]),
  n('lu-office', 'LU', 'office', [[158, 64, 0, 255]]),
  n(
    'de-home',
    'DE',
    'home',
    [
      [79, 200, 0, 255],
      [84, 130, 0, 255],
      [91, 40, 0, 255],
    ],
    ['2003:e5'],
  ),
  n(
    'de-hosting',
    'DE',
    'hosting',
    [
      [78, 46, 0, 255],
      [88, 198, 0, 100],
    ],
    ['2a01:4f8'],
  ),
  n(
    'nl-home',
    'NL',
    'home',
    [
      [77, 160, 0, 255],
      [84, 24, 0, 255],
      [62, 194, 0, 255],
    ],
    ['2001:1c00'],
  ),
  n('nl-hosting', 'NL', 'hosting', [[95, 211, 0, 255]], ['2a00:1188']),
  n(
    'ch-home',
    'CH',
    'home',
    [
      [85, 1, 0, 255],
      [83, 76, 0, 255],
      [178, 197, 0, 255],
    ],
    ['2a02:1210'],
  ),
  n('ch-campus', 'CH', 'campus', [[129, 132, 0, 255]]),
  n(
    'gb-home',
    'GB',
    'home',
    [
      [86, 128, 0, 255],
      [81, 155, 0, 255],
      [2, 96, 0, 255],
      [92, 40, 0, 255],
    ],
    ['2a00:23c5', '2a02:c7c'],
  ),
  n('gb-mobile', 'GB', 'mobile', [[31, 94, 0, 7]]),
  n(
    'us-home',
    'US',
    'home',
    [
      [73, 10, 0, 255],
      [24, 4, 0, 255],
      [98, 210, 0, 255],
    ],
    ['2601:80'],
  ),
  n(
    'us-mobile',
    'US',
    'mobile',
    [
      [174, 192, 0, 7],
      [172, 56, 0, 7],
    ],
    ['2600:1000'],
  ),
  n(
    'us-hosting',
    'US',
    'hosting',
    [
      [54, 80, 0, 255],
      [3, 80, 0, 255],
      [104, 131, 0, 255],
      [162, 243, 0, 255],
    ],
    ['2604:a880'],
  ),
  n(
    'hk-home',
    'HK',
    'home',
    [
      [218, 102, 0, 255],
      [112, 118, 0, 255],
    ],
    ['2404:c800'],
  ),
  n(
    'hk-mobile',
    'HK',
    'mobile',
    [
      [223, 197, 0, 7],
      [42, 2, 0, 7],
    ],
    ['2400:8800'],
  ),
  n(
    'sg-home',
    'SG',
    'home',
    [
      [116, 14, 0, 255],
      [118, 200, 0, 255],
      [165, 21, 0, 255],
    ],
    ['2406:3003'],
  ),
  n('sg-hosting', 'SG', 'hosting', [[128, 199, 64, 255]], ['2400:6180']),
  n('sg-campus', 'SG', 'campus', [
    [137, 132, 0, 255],
    [155, 69, 0, 255],
  ]),
  n(
    'cn-home',
    'CN',
    'home',
    [
      [114, 80, 0, 255],
      [183, 14, 0, 255],
      [117, 136, 0, 255],
      [36, 110, 0, 255],
    ],
    ['240e:3b0'],
  ),
  n('cn-mobile', 'CN', 'mobile', [[223, 104, 0, 7]], ['2409:8a00']),
  n(
    'jp-home',
    'JP',
    'home',
    [
      [126, 10, 0, 255],
      [153, 156, 0, 255],
      [60, 100, 0, 255],
    ],
    ['2400:4050', '240b:10'],
  ),
  n('jp-mobile', 'JP', 'mobile', [[106, 128, 0, 7]], ['240d:1a']),
  // Comprehensively sanctioned: only the sanctioned-country kind ever draws these.
  n('ir-home', 'IR', 'home', [
    [2, 176, 0, 255],
    [151, 232, 0, 255],
    [5, 160, 0, 110],
  ]),
  n('cu-home', 'CU', 'home', [
    [152, 206, 0, 255],
    [181, 225, 224, 255],
  ]),
  n('sy-home', 'SY', 'home', [
    [5, 0, 0, 255],
    [31, 9, 0, 255],
    [94, 252, 128, 255],
  ]),
  n('kp-home', 'KP', 'home', [[175, 45, 176, 179]]),
];

const BY_NAME = new Map(NETWORKS.map((x) => [x.name, x]));

export function network(name: string): Network {
  const found = BY_NAME.get(name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
}

/** One address on `net`: IPv6 where the network has it and `v6` is asked for. */
export function address(rng: Rng, net: Network, v6: boolean): string {
  if (v6 && net.v6.length > 0) {
    const g = () => rng.int(0, 0xffff).toString(16);
    return `${rng.pick(net.v6)}:${g()}:${g()}::${g()}`;
  }
  const [a, b, lo, hi] = rng.pick(net.v4);
  return `${a}.${b}.${rng.int(lo, hi)}.${rng.int(1, 254)}`;
}

/** An IP on a network of `country` and `kind`; IPv6 about 40 % of the time where the network has it. */
export function ipOn(rng: Rng, country: string, kind: NetKind = 'home'): string {
  const nets = NETWORKS.filter((x) => x.country === country && x.kind === kind);
  const pool = nets.length > 0 ? nets : NETWORKS.filter((x) => x.country === country);
  return address(rng, rng.pick(pool), rng.chance(0.4));
}

export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;
