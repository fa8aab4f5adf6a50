import geoip from 'geoip-country';
import { type LocatedNetwork } from '../kit/contract.js';
import { type Rng } from '../kit/random.js';

/**
 * Where checkouts come from. Each network stands for a kind of access (cable and fibre at home, mobile carriers'
 * NAT, hosting used by VPNs and bots) and holds IPv4 blocks as `[a, bFrom, bTo]` (a.bFrom.0.0 to a.bTo.255.255)
 * and IPv6 prefixes as `[first group, second group from, to]`, all of which geoip-country places in `country`.
 * The names say what a block stands for, not who holds it.
 */

export type Access = 'home' | 'mobile' | 'hosting';

export interface Network extends LocatedNetwork {
  name: string;
  country: string;
  access: Access;
  v4: ReadonlyArray<readonly [number, number, number]>;
  v6: ReadonlyArray<readonly [string, number, number]>;
}

const net = (
  name: string,
  country: string,
  access: Access,
  v4: Network['v4'],
  v6: Network['v6'] = [],
): Network => ({ name, country, access, v4, v6 });

export const NETWORKS = [
  net(
    'us-cable-a',
    'US',
    'home',
    [
      [73, 0, 255],
      [98, 192, 255],
    ],
    [['2601', 0x0, 0xfff]],
  ),
  net(
    'us-cable-b',
    'US',
    'home',
    [
      [71, 80, 95],
      [70, 112, 127],
      [174, 96, 111],
    ],
    [['2600', 0x6c00, 0x6cff]],
  ),
  net(
    'us-dsl-fibre',
    'US',
    'home',
    [
      [107, 192, 223],
      [76, 192, 222],
    ],
    [['2600', 0x1700, 0x170f]],
  ),
  net(
    'us-fibre',
    'US',
    'home',
    [
      [71, 160, 191],
      [72, 64, 95],
      [173, 48, 79],
    ],
    [['2600', 0x4040, 0x4041]],
  ),
  net('us-cable-c', 'US', 'home', [
    [70, 160, 191],
    [68, 0, 12],
  ]),
  net('us-mobile-a', 'US', 'mobile', [[172, 32, 58]]),
  net('us-mobile-b', 'US', 'mobile', [[174, 192, 255]], [['2600', 0x1000, 0x100f]]),
  net('us-cloud', 'US', 'hosting', [
    [3, 80, 95],
    [3, 208, 239],
    [44, 192, 223],
  ]),
  net(
    'ca-cable',
    'CA',
    'home',
    [
      [99, 224, 255],
      [68, 144, 151],
      [70, 64, 79],
    ],
    [['2607', 0xfea8, 0xfea8]],
  ),
  net(
    'ca-telco',
    'CA',
    'home',
    [
      [70, 48, 55],
      [75, 154, 159],
    ],
    [
      ['2607', 0xfa48, 0xfa48],
      ['2001', 0x56a, 0x56a],
    ],
  ),
  net(
    'de-telco',
    'DE',
    'home',
    [
      [79, 192, 255],
      [93, 192, 255],
      [92, 72, 79],
    ],
    [['2003', 0x0, 0x1fff]],
  ),
  net('de-hosting', 'DE', 'hosting', [
    [78, 46, 47],
    [136, 243, 243],
    [144, 76, 76],
  ]),
  net('it-telco', 'IT', 'home', [
    [79, 0, 63],
    [87, 0, 31],
  ]),
  net(
    'jp-telco',
    'JP',
    'home',
    [
      [126, 0, 51],
      [60, 32, 47],
    ],
    [['240b', 0x10, 0x13]],
  ),
  net(
    'kr-telco',
    'KR',
    'home',
    [
      [175, 192, 255],
      [211, 192, 255],
    ],
    [['2001', 0xe60, 0xe60]],
  ),
  net('gb-telco', 'GB', 'home', [[86, 128, 191]], [['2a00', 0x23c0, 0x23c7]]),
  net('mx-telco', 'MX', 'home', [[189, 128, 175]]),
  net('ng-mobile', 'NG', 'mobile', [[105, 112, 127]]),
  net('vn-telco', 'VN', 'home', [
    [113, 160, 191],
    [14, 160, 191],
  ]),
  net('pk-mobile', 'PK', 'mobile', [[39, 32, 63]]),
  net('id-telco', 'ID', 'home', [[36, 64, 95]]),
  net('ru-telco', 'RU', 'home', [[95, 24, 31]]),
  net('ro-telco', 'RO', 'home', [[5, 12, 15]]),
  net('ir-telco', 'IR', 'home', [
    [2, 176, 191],
    [5, 112, 127],
  ]),
  net('cu-telco', 'CU', 'home', [[152, 206, 207]]),
  net('sy-telco', 'SY', 'home', [
    [31, 9, 9],
    [178, 52, 52],
  ]),
] as const satisfies readonly Network[];

export type NetworkName = (typeof NETWORKS)[number]['name'];

export const network = (name: NetworkName): Network =>
  NETWORKS.find((n) => n.name === name) ?? (NETWORKS[0] as Network);

/** US home broadband, weighted by how many households each kind reaches. */
export const US_HOME: ReadonlyArray<readonly [NetworkName, number]> = [
  ['us-cable-a', 30],
  ['us-cable-b', 24],
  ['us-dsl-fibre', 18],
  ['us-fibre', 16],
  ['us-cable-c', 12],
];
export const US_MOBILE: ReadonlyArray<readonly [NetworkName, number]> = [
  ['us-mobile-a', 45],
  ['us-mobile-b', 55],
];

/** An address in the network: IPv6 when asked and the network has prefixes. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0) {
    const [g1, lo, hi] = rng.pick(n.v6);
    const group = () => rng.int(0, 0xffff).toString(16);
    return [g1, rng.int(lo, hi).toString(16), group(), group(), group(), group(), group(), group()].join(':');
  }
  const [a, lo, hi] = rng.pick(n.v4);
  return `${a}.${rng.int(lo, hi)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

/** An address in a named network; IPv6 for a share of checkouts where the network has it. */
export const ipIn = (rng: Rng, name: NetworkName, v6Share = 0.3): string => {
  const n = network(name);
  return address(rng, n, n.v6.length > 0 && rng.chance(v6Share));
};

/** Where geoip-country places an IP. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;
