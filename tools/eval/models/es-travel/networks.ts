import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * Where checkouts come from: IPv4 (and for some, IPv6) blocks per country and kind of network. Every block was
 * checked /24 by /24 with geoip-country to place entirely in its country (README "How it was written"). Names say
 * what kind of network a block stands for, not who holds it.
 */

export type NetType = 'residential' | 'mobile' | 'hosting' | 'corporate' | 'campus';

export interface Network {
  name: string;
  country: string;
  type: NetType;
  /** First octet and the range of second octets. */
  v4: ReadonlyArray<readonly [number, number, number]>;
  /** First hextet and the range of second hextets. */
  v6: ReadonlyArray<readonly [string, number, number]>;
}

const net = (
  name: string,
  country: string,
  type: NetType,
  v4: Network['v4'],
  v6: Network['v6'] = [],
): Network => ({ name, country, type, v4, v6 });

export const NETWORKS: readonly Network[] = [
  net(
    'es-fibre',
    'ES',
    'residential',
    [
      [83, 32, 63],
      [88, 0, 31],
      [79, 144, 159],
      [90, 160, 175],
      [95, 120, 127],
    ],
    [['2a02', 0x9000, 0x91ff]],
  ),
  net('es-mobile', 'ES', 'mobile', [
    [37, 223, 223],
    [31, 4, 4],
    [85, 48, 63],
  ]),
  net('es-office', 'ES', 'corporate', [
    [195, 53, 53],
    [213, 0, 0],
    [80, 58, 58],
  ]),
  net('es-campus', 'ES', 'campus', [
    [130, 206, 206],
    [147, 96, 96],
    [138, 100, 100],
  ]),
  net('pt-fibre', 'PT', 'residential', [
    [85, 240, 247],
    [94, 60, 63],
  ]),
  net('pt-mobile', 'PT', 'mobile', [[188, 250, 250]]),
  net('gb-broadband', 'GB', 'residential', [[86, 128, 191]], [['2a00', 0x23c0, 0x23d7]]),
  net('gb-mobile', 'GB', 'mobile', [
    [92, 40, 40],
    [31, 94, 94],
  ]),
  net(
    'fr-fibre',
    'FR',
    'residential',
    [
      [90, 16, 35],
      [82, 64, 67],
    ],
    [['2a01', 0xcb10, 0xcb1f]],
  ),
  net('de-broadband', 'DE', 'residential', [[79, 192, 255]], [['2003', 0xe0, 0xef]]),
  net('de-hosting', 'DE', 'hosting', [
    [5, 9, 9],
    [88, 198, 198],
  ]),
  net('it-broadband', 'IT', 'residential', [
    [79, 0, 63],
    [93, 32, 39],
  ]),
  net(
    'nl-broadband',
    'NL',
    'residential',
    [
      [77, 160, 175],
      [84, 24, 31],
    ],
    [['2a02', 0xa400, 0xa4ff]],
  ),
  net('nl-hosting', 'NL', 'hosting', [[85, 17, 17]]),
  net('us-cable', 'US', 'residential', [[73, 0, 255]], [['2601', 0x0, 0x1ff]]),
  net('us-cloud', 'US', 'hosting', [
    [3, 80, 95],
    [104, 131, 131],
  ]),
  net('ar-broadband', 'AR', 'residential', [[181, 4, 15]]),
  net('co-broadband', 'CO', 'residential', [
    [181, 48, 55],
    [190, 24, 29],
  ]),
  net('ec-broadband', 'EC', 'residential', [
    [186, 68, 71],
    [190, 154, 155],
  ]),
  net('pe-broadband', 'PE', 'residential', [
    [179, 6, 7],
    [190, 232, 239],
  ]),
  net('ve-broadband', 'VE', 'residential', [
    [190, 72, 75],
    [186, 88, 95],
  ]),
  net('mx-broadband', 'MX', 'residential', [
    [189, 128, 159],
    [187, 128, 179],
  ]),
  net('do-broadband', 'DO', 'residential', [[152, 166, 167]]),
  net('ma-broadband', 'MA', 'residential', [
    [105, 128, 159],
    [41, 140, 143],
  ]),
  net('ro-broadband', 'RO', 'residential', [
    [86, 120, 126],
    [79, 114, 115],
  ]),
  net('pl-broadband', 'PL', 'residential', [[83, 0, 31]]),
  net('tr-broadband', 'TR', 'residential', [
    [78, 160, 191],
    [88, 224, 255],
  ]),
  net('ae-broadband', 'AE', 'residential', [
    [94, 200, 207],
    [5, 30, 31],
  ]),
  net('kz-broadband', 'KZ', 'residential', [[2, 132, 135]]),
  // Sanctioned jurisdictions (the sanctioned_country kind only).
  net('ru-broadband', 'RU', 'residential', [
    [95, 24, 31],
    [31, 173, 173],
  ]),
  net('by-broadband', 'BY', 'residential', [
    [93, 84, 85],
    [178, 120, 127],
  ]),
  net('ir-mobile', 'IR', 'mobile', [
    [5, 112, 127],
    [2, 176, 191],
  ]),
  net('sy-broadband', 'SY', 'residential', [
    [31, 9, 9],
    [5, 0, 0],
  ]),
  net('cu-etecsa', 'CU', 'mobile', [[152, 206, 207]]),
];

/** The network of `country` and `type`; a country without one falls back to its residential network. */
export function networkOf(country: string, type: NetType): Network {
  const found =
    NETWORKS.find((n) => n.country === country && n.type === type) ??
    NETWORKS.find((n) => n.country === country && n.type === 'residential');
  if (!found) throw new Error(`no network in ${country}`);
  return found;
}

const hex = (rng: Rng) => rng.int(0, 0xffff).toString(16);

/** An address in the network: IPv4, or IPv6 when asked and the network has ranges. */
export function address(rng: Rng, n: Network, v6 = false): string {
  if (v6 && n.v6.length > 0) {
    const [first, lo, hi] = rng.pick(n.v6);
    return `${first}:${rng.int(lo, hi).toString(16)}:${hex(rng)}:${hex(rng)}:${hex(rng)}:${hex(rng)}:${hex(rng)}:${hex(rng)}`;
  }
  const [a, lo, hi] = rng.pick(n.v4);
  return `${a}.${rng.int(lo, hi)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

/** An address in `country`'s network of `type`, IPv6 a fifth of the time where the network has it. */
export const ipIn = (rng: Rng, country: string, type: NetType): string => {
  const n = networkOf(country, type);
  return address(rng, n, n.v6.length > 0 && rng.chance(0.2));
};

/** The country geoip-country places an IP in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;
