import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * Where checkouts connect from. Each network is a list of /16 IPv4 blocks (and a few IPv6 /32s) checked with
 * geoip-country before use: every /24 of each block, three addresses each, and 200 random addresses of each
 * IPv6 prefix located in the network's country. Names say what kind of network a block stands for (fixed
 * broadband, mobile with carrier-grade NAT, hotel Wi-Fi, hosting used as VPN and proxy exits), not who holds it.
 */

export type NetworkKind = 'home' | 'mobile' | 'hotel' | 'hosting';

export interface Network {
  name: string;
  country: string;
  kind: NetworkKind;
  v4: readonly string[];
  v6: readonly string[];
}

/** `a.lo` to `a.hi` as /16 stems, skipping any listed. */
const range = (a: number, lo: number, hi: number, skip: readonly number[] = []): string[] =>
  Array.from({ length: hi - lo + 1 }, (_, i) => lo + i)
    .filter((b) => !skip.includes(b))
    .map((b) => `${a}.${b}`);

const net = (name: string, country: string, kind: NetworkKind, v4: string[], v6: string[] = []): Network => ({
  name,
  country,
  kind,
  v4,
  v6,
});

export const NETWORKS: readonly Network[] = [
  net(
    'tr_fibre',
    'TR',
    'home',
    [...range(78, 160, 191), ...range(88, 224, 255), ...range(85, 96, 111)],
    ['2a02:ff0', '2a02:e0'],
  ),
  net('tr_mobile', 'TR', 'mobile', [...range(95, 0, 15), ...range(176, 232, 239)], ['2a02:4e0']),
  net('tr_hotel_wifi', 'TR', 'hotel', [
    ...range(31, 140, 143),
    ...range(176, 40, 43),
    '94.54',
    '94.55',
    '46.1',
    '46.2',
  ]),
  net(
    'us_cable',
    'US',
    'home',
    [...range(73, 0, 255), ...range(98, 192, 255), ...range(71, 192, 255), ...range(24, 0, 31)],
    ['2600:1700'],
  ),
  net('us_mobile', 'US', 'mobile', [
    ...range(172, 56, 63, [59]),
    ...range(174, 192, 255),
    ...range(47, 132, 159),
  ]),
  net(
    'gb_broadband',
    'GB',
    'home',
    [...range(86, 128, 191), ...range(81, 96, 111), ...range(90, 192, 223)],
    ['2a00:23c0', '2a00:23c4'],
  ),
  net(
    'gb_mobile',
    'GB',
    'mobile',
    [...range(2, 96, 103), ...range(2, 120, 127), ...range(31, 48, 55)],
    ['2a02:c7c'],
  ),
  net(
    'de_dsl',
    'DE',
    'home',
    [...range(79, 192, 255), ...range(84, 128, 191), ...range(91, 0, 63)],
    ['2003:e0', '2003:c0', '2a02:908'],
  ),
  net('de_mobile', 'DE', 'mobile', [...range(93, 192, 255), ...range(87, 160, 191)]),
  net('fr_fibre', 'FR', 'home', [...range(109, 0, 31), ...range(86, 192, 219)], ['2a01:e0a']),
  net('nl_cable', 'NL', 'home', [...range(84, 24, 31), ...range(77, 160, 175), ...range(83, 80, 87)]),
  net('it_fibre', 'IT', 'home', [...range(79, 0, 63), ...range(87, 0, 31), ...range(93, 32, 63)]),
  net(
    'au_nbn',
    'AU',
    'home',
    [...range(58, 160, 175), ...range(120, 144, 159), ...range(49, 176, 191)],
    ['2001:8003'],
  ),
  net('au_mobile', 'AU', 'mobile', range(1, 128, 159), ['2001:8004']),
  net(
    'ca_cable',
    'CA',
    'home',
    [...range(174, 112, 119), ...range(99, 224, 255), ...range(70, 24, 31), ...range(142, 112, 127)],
    ['2001:56a'],
  ),
  net('ae_fibre', 'AE', 'home', [
    ...range(94, 200, 207),
    ...range(86, 96, 99),
    ...range(2, 48, 51),
    '5.30',
    '5.31',
  ]),
  net('sa_fibre', 'SA', 'home', [
    ...range(188, 48, 55),
    ...range(37, 104, 107),
    ...range(2, 88, 91),
    ...range(176, 16, 19),
  ]),
  net('qa_fibre', 'QA', 'home', ['37.210', '37.211', '78.100', '78.101', '89.211']),
  net('kw_fibre', 'KW', 'home', [...range(37, 36, 39), '37.231', '188.236', '62.215'], ['2a00:1851']),
  net('us_hosting', 'US', 'hosting', ['104.236', '162.243'], ['2604:a880']),
  net('de_hosting', 'DE', 'hosting', ['116.202', '116.203', '88.198', '5.9'], ['2a01:4f8']),
  net('ru_broadband', 'RU', 'home', [
    ...range(95, 24, 31),
    ...range(5, 136, 143),
    ...range(178, 64, 71),
    ...range(37, 144, 147),
  ]),
  net('by_broadband', 'BY', 'home', [...range(178, 120, 127), ...range(37, 212, 215)]),
  net('ir_broadband', 'IR', 'home', [...range(5, 112, 127), ...range(2, 176, 191), ...range(83, 120, 123)]),
];

const BY_NAME = new Map(NETWORKS.map((n) => [n.name, n]));

export function network(name: string): Network {
  const n = BY_NAME.get(name);
  if (!n) throw new Error(`no network ${name}`);
  return n;
}

/** The buyer's own fixed or mobile network at home. */
export function homeNetwork(rng: Rng, country: string, mobileShare = 0.35): Network {
  const own = NETWORKS.filter((n) => n.country === country && (n.kind === 'home' || n.kind === 'mobile'));
  const mobile = own.filter((n) => n.kind === 'mobile');
  const fixed = own.filter((n) => n.kind === 'home');
  if (mobile.length > 0 && rng.chance(mobileShare)) return rng.pick(mobile);
  return rng.pick(fixed.length > 0 ? fixed : own);
}

/** An address in the network: IPv6 when asked and it has any. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0) {
    const groups = rng.pick(n.v6).split(':');
    while (groups.length < 8) groups.push(rng.int(0, 0xffff).toString(16));
    return groups.join(':');
  }
  return `${rng.pick(n.v4)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

/** An address of the network, IPv6 a `v6` share of the time where it has IPv6. */
export const ipOf = (rng: Rng, n: Network, v6 = 0.25): string => address(rng, n, rng.chance(v6));

/** The country geoip-country places an IP in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;
