import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * Where the shop's checkouts come from. Each block is `[a, b, from, to]`: addresses `a.b.x.y` with `x` in
 * `from..to`, every /24 of which geoip-country places in the network's country (checked when written and by the
 * spec). Names say what kind of network a block stands for, not who holds it. IPv4 only: the Moroccan fixed and
 * mobile networks the shop mostly sees hand out IPv4 (carrier-grade NAT on mobile).
 */

export type NetworkKind = 'fixed' | 'mobile' | 'hotel_wifi' | 'hosting';

export interface Network {
  name: string;
  country: string;
  kind: NetworkKind;
  blocks: ReadonlyArray<readonly [number, number, number, number]>;
  /** No IPv6 ranges (the spec's network check takes them when a model has any). */
  v6: readonly string[];
}

const net = (
  name: string,
  country: string,
  kind: NetworkKind,
  blocks: ReadonlyArray<readonly [number, number, number, number]>,
): Network => ({ name, country, kind, blocks, v6: [] });

const all = (a: number, b: number) => [a, b, 0, 255] as const;

export const NETWORKS: readonly Network[] = [
  // Morocco: the incumbent's ADSL and fibre, two mobile carriers (4G, carrier-grade NAT), riad and hotel Wi-Fi.
  net('ma-fixed-adsl-fibre', 'MA', 'fixed', [
    all(41, 248),
    all(41, 249),
    all(41, 250),
    all(105, 154),
    all(196, 64),
  ]),
  net('ma-fixed-fibre-2', 'MA', 'fixed', [all(160, 176), all(160, 177), all(196, 65), all(41, 251)]),
  net('ma-mobile-a', 'MA', 'mobile', [all(105, 66), all(105, 67), all(41, 140), all(41, 141)]),
  net('ma-mobile-b', 'MA', 'mobile', [all(196, 70), all(102, 50), all(105, 71), all(105, 158)]),
  net('ma-riad-hotel-wifi', 'MA', 'hotel_wifi', [all(41, 137), all(196, 206), all(105, 155)]),
  // Europe and North America: home broadband and mobile.
  net('fr-fibre', 'FR', 'fixed', [all(90, 3), all(86, 200), all(82, 64), all(88, 160)]),
  net('fr-cable-dsl', 'FR', 'fixed', [all(109, 14), all(89, 80)]),
  net('fr-mobile', 'FR', 'mobile', [all(92, 184), all(176, 128)]),
  net('be-dsl', 'BE', 'fixed', [all(81, 240), all(91, 180)]),
  net('be-cable', 'BE', 'fixed', [all(84, 192), all(94, 224)]),
  net('es-fibre', 'ES', 'fixed', [all(83, 32), all(79, 152)]),
  net('es-mobile', 'ES', 'mobile', [all(90, 160), all(88, 0)]),
  net('nl-fibre', 'NL', 'fixed', [all(77, 160), all(145, 53)]),
  net('nl-cable', 'NL', 'fixed', [all(84, 104), all(83, 80)]),
  net('de-dsl', 'DE', 'fixed', [all(79, 192), all(91, 0), all(93, 192)]),
  net('de-cable', 'DE', 'fixed', [all(95, 88)]),
  net('gb-broadband', 'GB', 'fixed', [all(86, 128), all(81, 128)]),
  net('it-dsl', 'IT', 'fixed', [all(79, 0), all(151, 38), all(93, 56)]),
  net('ca-broadband', 'CA', 'fixed', [all(70, 48), all(99, 224), all(24, 200)]),
  net('us-broadband', 'US', 'fixed', [all(73, 0), all(71, 160)]),
  // Hosting and VPN exits as the shop sees them.
  net('fr-hosting-vpn', 'FR', 'hosting', [
    [51, 38, 0, 63],
    [37, 187, 0, 220],
    [51, 75, 98, 150],
  ]),
  net('nl-hosting-vpn', 'NL', 'hosting', [[188, 166, 0, 135], all(85, 17), [5, 79, 64, 127]]),
  net('de-hosting-vpn', 'DE', 'hosting', [all(136, 243), all(88, 99), all(116, 202)]),
  net('us-hosting-vpn', 'US', 'hosting', [all(54, 144), all(3, 80), all(104, 131)]),
  // Sanctioned jurisdictions (only the sanctioned_country kind draws these).
  net('ru-mobile', 'RU', 'mobile', [all(95, 24), all(178, 176)]),
  net('ru-fixed', 'RU', 'fixed', [all(5, 18), all(109, 252), all(37, 145)]),
  net('by-fixed', 'BY', 'fixed', [all(178, 120), all(93, 84), all(37, 214)]),
];

const byName = new Map(NETWORKS.map((n) => [n.name, n]));

export function network(name: string): Network {
  const n = byName.get(name);
  if (!n) throw new Error(`no network ${name}`);
  return n;
}

/** A network's networks of a kind in a country. */
export const networksOf = (country: string, kind?: NetworkKind): Network[] =>
  NETWORKS.filter((n) => n.country === country && (kind === undefined || n.kind === kind));

/** An address in the network (IPv4; `v6` is accepted for the spec's check and never asked of this model). */
export function address(rng: Rng, n: Network, _v6 = false): string {
  const [a, b, from, to] = rng.pick(n.blocks);
  return `${a}.${b}.${rng.int(from, to)}.${rng.int(1, 254)}`;
}

/** The country geoip-country places an IP in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;
