import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * The networks buyers connect from. Each IPv4 range is `a.b.c0–c1.*` and each IPv6 prefix two groups; every one
 * was kept only where geoip-country placed all of it in the intended country (checked /24 by /24, and 300
 * random addresses per IPv6 prefix). Names say what kind of network a block stands for (home fibre, cable,
 * mobile carrier-grade NAT, an office, a hotel's guest wifi, a cloud or VPN exit), not who holds it.
 */

export type NetKind = 'fixed' | 'mobile' | 'office' | 'hotel' | 'hosting';

export interface Network {
  name: string;
  country: string;
  kind: NetKind;
  v4: ReadonlyArray<readonly [number, number, number, number]>;
  v6: readonly string[];
}

const net = (
  name: string,
  country: string,
  kind: NetKind,
  v4: ReadonlyArray<readonly [number, number, number, number]>,
  v6: readonly string[] = [],
): Network => ({ name, country, kind, v4, v6 });

const all = (a: number, b: number) => [a, b, 0, 255] as const;

export const NETWORKS: readonly Network[] = [
  // Peru: fibre and DSL at home, cable, three mobile carriers, offices, hotels' guest wifi.
  net('pe-fibre-a', 'PE', 'fixed', [all(190, 232), all(190, 236), all(201, 240)], ['2800:200']),
  net('pe-fibre-b', 'PE', 'fixed', [all(190, 42), all(190, 43), all(190, 187)]),
  net('pe-cable', 'PE', 'fixed', [all(181, 65), all(181, 66)], ['2800:4b0']),
  net('pe-mobile-a', 'PE', 'mobile', [all(179, 6), all(179, 7)]),
  net('pe-mobile-b', 'PE', 'mobile', [all(190, 117), all(181, 176)]),
  net('pe-mobile-c', 'PE', 'mobile', [all(186, 160), all(190, 81)]),
  net('pe-office', 'PE', 'office', [all(200, 48), all(200, 37), all(200, 60)]),
  net('pe-hotel', 'PE', 'hotel', [all(200, 121), all(132, 191)]),
  // United States.
  net('us-cable-a', 'US', 'fixed', [all(73, 10), all(73, 150)], ['2601:0', '2601:18c']),
  net('us-fibre', 'US', 'fixed', [all(71, 170), all(108, 20)], ['2600:1700']),
  net('us-dsl', 'US', 'fixed', [all(99, 100), all(67, 180)]),
  net('us-cable-b', 'US', 'fixed', [all(24, 30)]),
  net('us-mobile-a', 'US', 'mobile', [all(172, 56), all(172, 58)], ['2607:fb91', '2600:380']),
  net('us-mobile-b', 'US', 'mobile', [all(174, 200)], ['2600:1010', '2600:1012']),
  net('us-office', 'US', 'office', [
    [64, 225, 0, 63],
    [66, 115, 0, 141],
  ]),
  net('us-hotel', 'US', 'hotel', [
    [23, 94, 0, 57],
    [23, 94, 144, 191],
  ]),
  net('us-cloud', 'US', 'hosting', [all(3, 80), all(54, 160)]),
  net('us-vpn', 'US', 'hosting', [
    [159, 203, 64, 255],
    [138, 197, 0, 127],
    [165, 227, 48, 127],
    [45, 76, 224, 255],
    [156, 146, 64, 255],
  ]),
  // Canada.
  net('ca-cable', 'CA', 'fixed', [all(99, 230), all(24, 80)], ['2607:fea8']),
  net('ca-fibre', 'CA', 'fixed', [all(70, 50)], ['2001:56a', '2607:fad8']),
  net('ca-mobile', 'CA', 'mobile', [all(174, 88), all(142, 112)]),
  net('ca-office', 'CA', 'office', [all(184, 144)]),
  // Germany.
  net('de-dsl', 'DE', 'fixed', [all(79, 200), all(93, 210), all(87, 140)], ['2003:e0', '2003:c0']),
  net('de-cable', 'DE', 'fixed', [all(95, 90), all(91, 60)], ['2a02:8100']),
  net('de-mobile', 'DE', 'mobile', [all(176, 0)]),
  net('de-hosting', 'DE', 'hosting', [[88, 198, 0, 100]]),
  // United Kingdom.
  net('gb-fibre', 'GB', 'fixed', [all(86, 150), all(81, 150)], ['2a00:23c0']),
  net('gb-cable', 'GB', 'fixed', [all(82, 10)], ['2a02:c7c']),
  net('gb-broadband', 'GB', 'fixed', [all(90, 200)], ['2a01:4b00']),
  net('gb-mobile', 'GB', 'mobile', [all(31, 94)]),
  net('gb-hotel', 'GB', 'hotel', [all(92, 40)]),
  net('gb-hosting', 'GB', 'hosting', [
    [178, 62, 0, 127],
    [46, 101, 0, 67],
  ]),
  // Japan.
  net('jp-fibre-a', 'JP', 'fixed', [all(153, 200), all(114, 160)], ['2400:4050']),
  net('jp-fibre-b', 'JP', 'fixed', [all(126, 10)], ['240b:10']),
  net('jp-mobile', 'JP', 'mobile', [all(106, 130), all(49, 96)], ['2001:240', '240a:61']),
  net('jp-hotel', 'JP', 'hotel', [all(1, 66)]),
  // Australia.
  net('au-nbn-a', 'AU', 'fixed', [all(101, 160), all(120, 144)], ['2001:8003']),
  net('au-nbn-b', 'AU', 'fixed', [all(124, 168), all(110, 140)], ['2403:5800']),
  net('au-mobile', 'AU', 'mobile', [all(49, 176)], ['2001:8004']),
  // Smaller European markets.
  net('fr-fibre', 'FR', 'fixed', [[90, 10, 0, 227], all(86, 200)], ['2a01:cb00']),
  net('fr-fibre-b', 'FR', 'fixed', [all(82, 64)], ['2a01:e0a']),
  net('nl-cable', 'NL', 'fixed', [all(84, 24), all(77, 160)]),
  net('nl-hosting', 'NL', 'hosting', [
    [188, 166, 0, 135],
    [146, 185, 128, 191],
    [37, 48, 64, 127],
  ]),
  net('ch-fixed', 'CH', 'fixed', [all(85, 0), all(85, 5)]),
  net('ch-mobile', 'CH', 'mobile', [all(178, 192)]),
  net('es-fibre', 'ES', 'fixed', [all(83, 32), all(88, 0)]),
  net('es-mobile', 'ES', 'mobile', [all(79, 150)]),
  net('it-fibre', 'IT', 'fixed', [all(79, 20)]),
  net('it-mobile', 'IT', 'mobile', [all(151, 30)]),
  // Travellers' hotels elsewhere.
  net('mx-hotel', 'MX', 'hotel', [all(189, 200), all(187, 190)]),
  net('ae-hotel', 'AE', 'hotel', [all(94, 200), all(86, 96)]),
  net('kz-fixed', 'KZ', 'fixed', [all(95, 56), all(2, 132)]),
  // Sanctioned jurisdictions: only the sanctioned_country kind connects from these.
  net('ru-fixed', 'RU', 'fixed', [all(95, 24), all(178, 64), all(46, 0)]),
  net('ru-mobile', 'RU', 'mobile', [all(31, 173)]),
  net('by-fixed', 'BY', 'fixed', [all(178, 120), all(93, 84), all(37, 212)]),
  net('ir-fixed', 'IR', 'fixed', [all(2, 176), all(5, 112)]),
  net('ir-mobile', 'IR', 'mobile', [[5, 160, 0, 110]]),
  net('cu-etecsa', 'CU', 'mobile', [all(152, 206), [169, 158, 0, 199]]),
  net('sy-fixed', 'SY', 'fixed', [all(5, 0), all(31, 9), all(178, 52)]),
  net('kp-star', 'KP', 'fixed', [[175, 45, 176, 179]]),
];

const BY_NAME: ReadonlyMap<string, Network> = new Map(NETWORKS.map((n) => [n.name, n]));

export const network = (name: string): Network => {
  const n = BY_NAME.get(name);
  if (!n) throw new Error(`no network ${name}`);
  return n;
};

const of = (country: string, kind: NetKind): Network[] =>
  NETWORKS.filter((n) => n.country === country && n.kind === kind);

/** A country's networks of one kind; home broadband when it has none of that kind. */
export function networkOf(rng: Rng, country: string, kind: NetKind): Network {
  const found = of(country, kind);
  return rng.pick(found.length > 0 ? found : of(country, 'fixed'));
}

/** An address on the network: IPv6 only where the network has it and `v6` asks for it. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0) {
    const group = () => rng.int(0, 0xffff).toString(16);
    return `${rng.pick(n.v6)}:${group()}:${group()}:${group()}:${group()}:${group()}:${group()}`;
  }
  const [a, b, c0, c1] = rng.pick(n.v4);
  return `${a}.${b}.${rng.int(c0, c1)}.${rng.int(1, 254)}`;
}

/** An address on the network, IPv6 as often as that kind of network hands it out. */
export function ipOn(rng: Rng, n: Network): string {
  const v6Share = n.kind === 'mobile' ? 0.45 : n.kind === 'fixed' ? 0.3 : 0;
  return address(rng, n, rng.chance(v6Share));
}

export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;

export const SANCTIONED_NETWORK_COUNTRIES: ReadonlySet<string> = new Set([
  'RU',
  'BY',
  'IR',
  'CU',
  'SY',
  'KP',
]);
