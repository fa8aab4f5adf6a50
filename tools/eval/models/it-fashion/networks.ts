import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * Where checkouts come from. Each network has IPv4 blocks (first octet, second octet from–to, third octet
 * from–to) and, for some, IPv6 /32s (first hextet, second hextet from–to), chosen from what is generally known
 * about each country's fibre, cable and mobile carriers and hosting providers, and checked against
 * `geoip-country` (the spec draws from every network). Names say what a block stands for, not who holds it.
 */

export type NetKind = 'home' | 'mobile' | 'hosting' | 'hotel' | 'boutique';

export interface Network {
  name: string;
  country: string;
  kind: NetKind;
  v4: ReadonlyArray<readonly [number, number, number, number?, number?]>;
  v6: ReadonlyArray<readonly [number, number, number]>;
}

const n = (
  name: string,
  country: string,
  kind: NetKind,
  v4: Network['v4'],
  v6: Network['v6'] = [],
): Network => ({ name, country, kind, v4, v6 });

export const NETWORKS: readonly Network[] = [
  n('it-fibre-1', 'IT', 'home', [[79, 0, 63]], [[0x2001, 0xb07, 0xb07]]),
  n('it-fibre-2', 'IT', 'home', [[93, 32, 63]], [[0x2a01, 0xe11, 0xe11]]),
  n('it-dsl', 'IT', 'home', [
    [87, 0, 31],
    [2, 32, 47],
  ]),
  n('it-mobile-1', 'IT', 'mobile', [[5, 88, 95]], [[0x2a00, 0x1620, 0x1620]]),
  n('it-mobile-2', 'IT', 'mobile', [
    [151, 16, 79],
    [37, 176, 183],
  ]),
  n('it-hotel', 'IT', 'hotel', [[95, 224, 255]]),
  n('it-boutique', 'IT', 'boutique', [[93, 62, 63, 0, 15]]),
  n('fr-fibre', 'FR', 'home', [
    [90, 16, 35],
    [88, 160, 191],
  ]),
  n('fr-mobile', 'FR', 'mobile', [
    [176, 128, 191],
    [109, 0, 31],
  ]),
  n(
    'de-fibre',
    'DE',
    'home',
    [
      [84, 128, 191],
      [91, 0, 63],
    ],
    [[0x2003, 0x0, 0x1fff]],
  ),
  n('de-mobile', 'DE', 'mobile', [
    [79, 192, 255],
    [93, 192, 255],
  ]),
  n('es-fibre', 'ES', 'home', [
    [83, 32, 63],
    [88, 0, 31],
  ]),
  n('es-mobile', 'ES', 'mobile', [[79, 144, 159]]),
  n('nl-home', 'NL', 'home', [
    [77, 160, 175],
    [84, 24, 31],
  ]),
  n('be-home', 'BE', 'home', [
    [81, 240, 247],
    [91, 176, 183],
    [109, 128, 143],
  ]),
  n('at-home', 'AT', 'home', [
    [80, 108, 110],
    [77, 116, 119],
    [84, 112, 115],
  ]),
  n(
    'ch-home',
    'CH',
    'home',
    [
      [85, 0, 7],
      [178, 192, 199],
    ],
    [[0x2a02, 0x1210, 0x1210]],
  ),
  n('ch-mobile', 'CH', 'mobile', [
    [83, 76, 79],
    [188, 60, 63],
  ]),
  n(
    'gb-fibre',
    'GB',
    'home',
    [
      [86, 128, 191],
      [81, 96, 111],
    ],
    [[0x2a00, 0x23c0, 0x23ff]],
  ),
  n(
    'gb-mobile',
    'GB',
    'mobile',
    [
      [90, 192, 223],
      [92, 10, 31],
    ],
    [[0x2a02, 0xc7c, 0xc7f]],
  ),
  n(
    'us-cable',
    'US',
    'home',
    [
      [73, 0, 255],
      [98, 192, 255],
    ],
    [[0x2601, 0x0, 0xfff]],
  ),
  n('us-fibre', 'US', 'home', [
    [71, 20, 63],
    [76, 14, 63],
    [99, 88, 127],
  ]),
  n('us-mobile', 'US', 'mobile', [
    [172, 56, 58],
    [107, 77, 77],
  ]),
  n(
    'cn-telecom',
    'CN',
    'home',
    [
      [114, 80, 95],
      [116, 224, 239],
      [58, 32, 63],
    ],
    [[0x240e, 0x0, 0xfff]],
  ),
  n(
    'cn-mobile',
    'CN',
    'mobile',
    [
      [117, 136, 143],
      [183, 192, 223],
      [223, 104, 111],
    ],
    [[0x2409, 0x8900, 0x89ff]],
  ),
  n(
    'hk-broadband',
    'HK',
    'home',
    [
      [112, 118, 119],
      [219, 76, 79],
      [218, 102, 103],
    ],
    [[0x2404, 0xc800, 0xc800]],
  ),
  n('hk-mobile', 'HK', 'mobile', [
    [42, 2, 3],
    [1, 64, 65],
    [116, 48, 49],
  ]),
  n(
    'ae-home',
    'AE',
    'home',
    [
      [94, 200, 207],
      [86, 96, 99],
    ],
    [[0x2001, 0x8f8, 0x8f8]],
  ),
  n('ae-mobile', 'AE', 'mobile', [
    [5, 192, 195],
    [91, 72, 75],
    [2, 48, 51],
  ]),
  n('sa-home', 'SA', 'home', [
    [188, 48, 55],
    [95, 184, 187],
  ]),
  n('sa-mobile', 'SA', 'mobile', [
    [37, 104, 107],
    [2, 88, 91],
  ]),
  n('qa-home', 'QA', 'home', [
    [78, 100, 101],
    [37, 210, 211],
  ]),
  n('kw-home', 'KW', 'home', [
    [37, 36, 37],
    [94, 128, 129],
  ]),
  n(
    'jp-fibre',
    'JP',
    'home',
    [
      [60, 32, 47],
      [114, 160, 191],
      [153, 128, 191],
    ],
    [[0x2400, 0x4050, 0x4050]],
  ),
  n(
    'jp-mobile',
    'JP',
    'mobile',
    [
      [126, 0, 51],
      [106, 128, 191],
    ],
    [[0x2001, 0x268, 0x268]],
  ),
  n('de-hosting', 'DE', 'hosting', [
    [116, 202, 203],
    [78, 46, 47],
    [88, 198, 198],
  ]),
  n('nl-hosting', 'NL', 'hosting', [
    [188, 166, 166, 0, 135],
    [146, 185, 185, 128, 191],
    [5, 79, 79, 64, 127],
  ]),
  n('gb-hosting', 'GB', 'hosting', [
    [178, 62, 62, 0, 127],
    [46, 101, 101, 0, 67],
  ]),
  n('ch-hosting', 'CH', 'hosting', [[179, 43, 43, 128, 191]]),
  n('us-hosting', 'US', 'hosting', [
    [3, 80, 95],
    [104, 131, 131],
    [54, 156, 159],
  ]),
  n('sg-hosting', 'SG', 'hosting', [[13, 212, 213]]),
  n('jp-hosting', 'JP', 'hosting', [[13, 112, 115]]),
  n('hk-hosting', 'HK', 'hosting', [
    [47, 242, 243],
    [43, 198, 198],
  ]),
  n('ru-home', 'RU', 'home', [[95, 24, 31]]),
  n('ir-mobile', 'IR', 'mobile', [
    [5, 112, 127],
    [151, 232, 235],
  ]),
  n('ir-home', 'IR', 'home', [[2, 176, 191]]),
  n('sy-home', 'SY', 'home', [
    [82, 137, 137, 192, 255],
    [94, 252, 252, 128, 255],
    [31, 9, 9],
  ]),
  n('cu-home', 'CU', 'home', [
    [152, 206, 207],
    [181, 225, 225, 224, 255],
  ]),
];

const BY_NAME = new Map(NETWORKS.map((x) => [x.name, x]));

export function network(name: string): Network {
  const found = BY_NAME.get(name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
}

/** The networks of one country and kind (home, mobile, hosting …). */
export const networksOf = (country: string, kind: NetKind): Network[] =>
  NETWORKS.filter((x) => x.country === country && x.kind === kind);

const hex = (rng: Rng) => rng.int(0, 0xffff).toString(16);

/** One address on the network: IPv6 only when asked and the network has it. */
export function address(rng: Rng, net: Network, v6: boolean): string {
  if (v6 && net.v6.length > 0) {
    const [a, lo, hi] = rng.pick(net.v6);
    const tail = Array.from({ length: 6 }, () => hex(rng)).join(':');
    return `${a.toString(16)}:${rng.int(lo, hi).toString(16)}:${tail}`;
  }
  const [a, lo, hi, clo = 0, chi = 255] = rng.pick(net.v4);
  return `${a}.${rng.int(lo, hi)}.${rng.int(clo, chi)}.${rng.int(1, 254)}`;
}

/** An address on a random network of the country and kind, falling back to the country's home networks. */
export function ipIn(rng: Rng, country: string, kind: NetKind, v6Share = 0.25): string {
  const nets = networksOf(country, kind);
  const net = rng.pick(nets.length > 0 ? nets : networksOf(country, 'home'));
  return address(rng, net, rng.chance(v6Share));
}

/** The country geoip-country places an IP in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;
