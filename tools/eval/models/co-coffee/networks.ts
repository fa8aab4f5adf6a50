import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * Where checkouts come from. Each network is a kind of connection in one country with IPv4 blocks (and IPv6
 * /32s where its operator hands them out), each block checked with geoip-country to lie wholly in that country.
 * Names say what kind of network a block stands for, not who holds it. Colombian mobile data is carrier-grade
 * NAT, so many phones share an address; hosting ranges are VPN exits and proxies.
 */

export type NetKind = 'fixed' | 'mobile' | 'business' | 'hotel' | 'hosting';

export interface Network {
  name: string;
  country: string;
  kind: NetKind;
  v4: ReadonlyArray<readonly [string, number]>;
  /** IPv6 /32 prefixes, as their first two groups. */
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
  // Colombia: cable and fibre at home, mobile data, business fibre, hotel and coworking Wi-Fi.
  net(
    'co-cable-a',
    'CO',
    'fixed',
    [
      ['181.48.0.0', 13],
      ['186.28.0.0', 14],
    ],
    ['2800:e2'],
  ),
  net(
    'co-fibre-antioquia',
    'CO',
    'fixed',
    [
      ['181.128.0.0', 12],
      ['190.248.0.0', 15],
    ],
    ['2803:1800'],
  ),
  net(
    'co-dsl-fibre-bogota',
    'CO',
    'fixed',
    [
      ['190.24.0.0', 14],
      ['152.200.0.0', 15],
    ],
    ['2800:484'],
  ),
  net(
    'co-fibre-b',
    'CO',
    'fixed',
    [
      ['186.80.0.0', 13],
      ['181.52.0.0', 14],
    ],
    ['2800:e0'],
  ),
  net('co-mobile-a', 'CO', 'mobile', [['191.88.0.0', 13]]),
  net('co-mobile-b', 'CO', 'mobile', [
    ['191.156.0.0', 14],
    ['177.252.0.0', 14],
  ]),
  net('co-mobile-c', 'CO', 'mobile', [
    ['181.56.0.0', 13],
    ['190.156.0.0', 14],
  ]),
  net('co-business-fibre', 'CO', 'business', [
    ['190.85.0.0', 16],
    ['200.118.0.0', 16],
  ]),
  net('co-hotel-coworking-wifi', 'CO', 'hotel', [['186.168.0.0', 14]]),
  // The United States and Canada.
  net(
    'us-cable',
    'US',
    'fixed',
    [
      ['73.0.0.0', 10],
      ['98.192.0.0', 10],
    ],
    ['2601:280'],
  ),
  net(
    'us-fibre-dsl',
    'US',
    'fixed',
    [
      ['71.160.0.0', 12],
      ['108.0.0.0', 12],
      ['99.0.0.0', 13],
    ],
    ['2600:1700'],
  ),
  net('us-cable-b', 'US', 'fixed', [
    ['76.80.0.0', 12],
    ['68.0.0.0', 13],
  ]),
  net('us-mobile', 'US', 'mobile', [['172.56.0.0', 15]], ['2607:fb90']),
  net('us-hotel-wifi', 'US', 'hotel', [['76.80.0.0', 12]]),
  net('ca-cable', 'CA', 'fixed', [['99.224.0.0', 11]], ['2607:fea8']),
  net(
    'ca-dsl-fibre',
    'CA',
    'fixed',
    [
      ['70.24.0.0', 13],
      ['142.112.0.0', 13],
    ],
    ['2607:fa48'],
  ),
  net('ca-cable-west', 'CA', 'fixed', [['68.144.0.0', 13]], ['2001:56a']),
  net('ca-cable-quebec', 'CA', 'fixed', [['24.200.0.0', 14]]),
  // Europe.
  net(
    'es-fibre',
    'ES',
    'fixed',
    [
      ['88.0.0.0', 12],
      ['83.32.0.0', 12],
    ],
    ['2a02:9000'],
  ),
  net('es-fibre-b', 'ES', 'fixed', [['79.144.0.0', 12]], ['2a0c:5a80']),
  net('es-mobile', 'ES', 'mobile', [['90.160.0.0', 12]]),
  net('es-hotel-wifi', 'ES', 'hotel', [['81.32.0.0', 12]]),
  net(
    'de-dsl',
    'DE',
    'fixed',
    [
      ['79.192.0.0', 10],
      ['87.128.0.0', 10],
    ],
    ['2003:e0', '2003:c0'],
  ),
  net(
    'fr-fibre',
    'FR',
    'fixed',
    [
      ['86.192.0.0', 12],
      ['82.64.0.0', 14],
    ],
    ['2a01:cb00', '2a01:e0a'],
  ),
  net(
    'nl-cable',
    'NL',
    'fixed',
    [
      ['77.160.0.0', 12],
      ['84.24.0.0', 13],
    ],
    ['2a02:a400'],
  ),
  net('it-fibre', 'IT', 'fixed', [
    ['79.0.0.0', 12],
    ['87.0.0.0', 12],
    ['93.32.0.0', 12],
  ]),
  net('pt-fibre', 'PT', 'fixed', [['85.240.0.0', 13]]),
  net('ch-dsl', 'CH', 'fixed', [
    ['85.0.0.0', 13],
    ['178.192.0.0', 13],
  ]),
  net(
    'gb-broadband',
    'GB',
    'fixed',
    [
      ['86.128.0.0', 10],
      ['81.96.0.0', 12],
    ],
    ['2a00:23c0'],
  ),
  // Hosting: VPN exits, proxies, scripts.
  net(
    'us-cloud',
    'US',
    'hosting',
    [
      ['3.208.0.0', 12],
      ['34.192.0.0', 12],
    ],
    ['2600:1f18'],
  ),
  net('us-vps', 'US', 'hosting', [['5.161.0.0', 16]]),
  net('de-hosting', 'DE', 'hosting', [['162.55.0.0', 16]], ['2a01:4f8']),
  net('fr-hosting', 'FR', 'hosting', [['62.210.0.0', 16]]),
  net('fi-hosting', 'FI', 'hosting', [['95.216.0.0', 15]]),
  // Sanctioned jurisdictions: only the sanctioned-country kind draws these.
  net('ru-broadband', 'RU', 'fixed', [['95.24.0.0', 13]], ['2a00:1370']),
  net('ru-mobile', 'RU', 'mobile', [
    ['176.59.0.0', 16],
    ['5.3.0.0', 16],
  ]),
  net('by-broadband', 'BY', 'fixed', [
    ['178.120.0.0', 13],
    ['93.84.0.0', 15],
  ]),
  net('cu-etecsa', 'CU', 'mobile', [
    ['152.206.0.0', 15],
    ['181.225.224.0', 19],
  ]),
  net('ir-broadband', 'IR', 'fixed', [
    ['2.176.0.0', 12],
    ['5.112.0.0', 12],
  ]),
  net('sy-broadband', 'SY', 'fixed', [
    ['31.9.0.0', 16],
    ['5.0.0.0', 16],
  ]),
];

const byName = new Map(NETWORKS.map((n) => [n.name, n]));
export const network = (name: string): Network => {
  const n = byName.get(name);
  if (!n) throw new Error(`no network ${name}`);
  return n;
};

/** A country's networks of a kind (hosting is never a country's home network). */
export const networksOf = (country: string, kind: NetKind): Network[] =>
  NETWORKS.filter((n) => n.country === country && n.kind === kind);

/** A home network in a country: mostly fixed; a few live on mobile data alone. */
export function homeNetwork(rng: Rng, country: string): Network {
  const fixed = networksOf(country, 'fixed');
  const mobile = networksOf(country, 'mobile');
  if (mobile.length > 0 && (fixed.length === 0 || rng.chance(country === 'CO' ? 0.18 : 0.06)))
    return rng.pick(mobile);
  return rng.pick(fixed);
}

/** A phone's mobile network in a country (a fixed one where the model has no mobile ranges). */
export const mobileNetwork = (rng: Rng, country: string): Network => {
  const mobile = networksOf(country, 'mobile');
  return rng.pick(mobile.length > 0 ? mobile : networksOf(country, 'fixed'));
};

const ip4 = (n: number) => [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.');
const num4 = (ip: string) => ip.split('.').reduce((a, o) => a * 256 + Number(o), 0);

/** An address on the network: IPv6 when asked and the network has it, else IPv4 (never .0 or .255). */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0) {
    const groups = Array.from({ length: 6 }, () => rng.int(0, 0xffff).toString(16));
    return `${rng.pick(n.v6)}:${groups.join(':')}`;
  }
  const [base, len] = rng.pick(n.v4);
  const size = 2 ** (32 - len);
  const slash24 = rng.int(0, size / 256 - 1);
  return ip4(num4(base) + slash24 * 256 + rng.int(1, 254));
}

/**
 * An address a checkout comes from: IPv6 for a share of those on networks that have it (phones and fibre more
 * than old DSL), IPv4 otherwise.
 */
export const ipOn = (rng: Rng, n: Network): string => address(rng, n, n.v6.length > 0 && rng.chance(0.3));

/** geoip-country's country for an address. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;
