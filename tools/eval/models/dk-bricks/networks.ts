import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * The networks checkouts come from: home fibre, DSL and cable, mobile carriers (carrier-grade NAT), university
 * networks, and hosting ranges that VPNs, proxies and bots exit from. Each IPv4 block is a run of /16s, or of /24s
 * within one /16, that geoip-country places entirely in the network's country (checked /24 by /24 when the model
 * was written); a few carry IPv6 /32s checked the same way. Names say what kind of network a block stands for,
 * not who holds it.
 */

export type NetKind = 'fixed' | 'mobile' | 'campus' | 'hosting';

/** `a.b.c.x` for b in [b0, b1] and c in [c0, c1]. */
type Block = readonly [a: number, b0: number, b1: number, c0: number, c1: number];

export interface Network {
  name: string;
  country: string;
  kind: NetKind;
  v4: readonly Block[];
  /** IPv6 /32 prefixes (`2a00:7660`). */
  v6: readonly string[];
}

const all = (a: number, b0: number, b1: number): Block => [a, b0, b1, 0, 255];
const n = (name: string, country: string, kind: NetKind, v4: Block[], v6: string[] = []): Network => ({
  name,
  country,
  kind,
  v4,
  v6,
});

export const NETWORKS: readonly Network[] = [
  n('dk-fibre-a', 'DK', 'fixed', [all(2, 104, 111)], ['2a00:7660', '2a00:7661', '2a00:7663', '2a00:7667']),
  n('dk-dsl', 'DK', 'fixed', [all(87, 48, 55), all(87, 59, 63), all(80, 62, 63)]),
  n('dk-cable', 'DK', 'fixed', [all(188, 176, 183), all(85, 191, 191)]),
  n('dk-fibre-b', 'DK', 'fixed', [all(93, 160, 163), all(93, 166, 167), all(83, 88, 93)]),
  n('dk-fibre-c', 'DK', 'fixed', [all(90, 184, 185), all(62, 242, 242), all(5, 103, 103), all(5, 186, 186)]),
  n('dk-mobile-a', 'DK', 'mobile', [all(37, 96, 96), [37, 97, 97, 0, 63]]),
  n('dk-mobile-b', 'DK', 'mobile', [all(80, 196, 199)]),
  n('dk-campus', 'DK', 'campus', [all(130, 225, 228)]),
  n('dk-office', 'DK', 'fixed', [all(195, 249, 249)]),
  n('se-fibre', 'SE', 'fixed', [all(78, 64, 79), all(83, 248, 255)]),
  n('se-dsl', 'SE', 'fixed', [all(81, 224, 239)]),
  n('se-mobile', 'SE', 'mobile', [all(90, 224, 231)]),
  n('se-campus', 'SE', 'campus', [all(130, 235, 243)]),
  n('no-fibre', 'NO', 'fixed', [all(84, 208, 215), all(77, 16, 19)]),
  n('no-mobile', 'NO', 'mobile', [all(88, 88, 95)]),
  n('fi-fibre', 'FI', 'fixed', [all(88, 112, 115), all(84, 248, 251)]),
  n('fi-mobile', 'FI', 'mobile', [all(91, 152, 159)]),
  n('de-dsl', 'DE', 'fixed', [all(79, 192, 199), all(91, 0, 7), all(93, 192, 199)], ['2003:e0', '2003:c2']),
  n('de-cable', 'DE', 'fixed', [all(88, 64, 71)], ['2a02:8070']),
  n('de-mobile', 'DE', 'mobile', [all(77, 0, 7)]),
  n('de-hosting', 'DE', 'hosting', [all(116, 202, 203), all(78, 46, 46), all(5, 9, 9), all(49, 12, 13)]),
  n('nl-dsl', 'NL', 'fixed', [all(77, 160, 175)]),
  n('nl-cable', 'NL', 'fixed', [all(84, 82, 87), all(83, 80, 87)], ['2001:1c00', '2a02:a440']),
  n('nl-mobile', 'NL', 'mobile', [all(84, 24, 31)]),
  n('nl-hosting', 'NL', 'hosting', [all(85, 17, 17), all(31, 151, 151), all(62, 45, 45), all(95, 211, 211)]),
  n('be-dsl', 'BE', 'fixed', [all(81, 240, 247)]),
  n('be-cable', 'BE', 'fixed', [all(84, 192, 199)]),
  n('fr-fibre', 'FR', 'fixed', [all(90, 0, 7), all(86, 192, 199)], ['2a01:cb00']),
  n('fr-dsl', 'FR', 'fixed', [all(78, 192, 199)]),
  n('at-dsl', 'AT', 'fixed', [all(80, 108, 110), all(77, 116, 119)]),
  n('ie-dsl', 'IE', 'fixed', [all(86, 40, 47), all(87, 32, 47)]),
  n('ie-mobile', 'IE', 'mobile', [all(109, 76, 79)]),
  n('pl-dsl', 'PL', 'fixed', [all(83, 0, 7), all(89, 64, 71)]),
  n('es-fibre', 'ES', 'fixed', [all(83, 32, 39), all(80, 24, 31)]),
  n('es-mobile', 'ES', 'mobile', [all(88, 0, 7)]),
  n('it-dsl', 'IT', 'fixed', [all(79, 0, 7), all(93, 32, 39)]),
  n('ch-dsl', 'CH', 'fixed', [all(85, 0, 7), all(178, 192, 199)]),
  n(
    'gb-fibre',
    'GB',
    'fixed',
    [all(86, 128, 135), all(81, 128, 135)],
    ['2a00:23c0', '2a00:23c5', '2a00:23c7'],
  ),
  n('gb-cable', 'GB', 'fixed', [all(82, 0, 7), all(62, 30, 31)]),
  n('gb-mobile', 'GB', 'mobile', [all(31, 48, 55)]),
  n('gb-hosting', 'GB', 'hosting', [all(51, 147, 149)]),
  n(
    'us-cable',
    'US',
    'fixed',
    [all(73, 0, 7), all(98, 192, 199), all(67, 160, 167)],
    ['2601:0', '2601:1', '2601:4f'],
  ),
  n('us-fibre', 'US', 'fixed', [all(108, 0, 7), all(99, 0, 7)], ['2600:1700']),
  n('us-mobile', 'US', 'mobile', [all(172, 56, 58), all(172, 60, 63), all(174, 192, 199)]),
  n('us-hosting', 'US', 'hosting', [all(3, 80, 83), all(54, 144, 147), all(45, 55, 55), all(69, 136, 143)]),
  n('ca-cable', 'CA', 'fixed', [all(99, 224, 231), all(70, 48, 55)]),
  n('sg-fibre', 'SG', 'fixed', [all(116, 86, 88), all(118, 189, 189)]),
  n('sg-mobile', 'SG', 'mobile', [all(42, 60, 61)]),
  n('hk-fibre', 'HK', 'fixed', [all(112, 118, 120), all(116, 48, 49)]),
  n('hk-mobile', 'HK', 'mobile', [all(223, 16, 19)]),
  n('jp-fibre', 'JP', 'fixed', [all(153, 128, 135), all(60, 32, 39)]),
  n('jp-mobile', 'JP', 'mobile', [all(126, 0, 7), all(49, 96, 103)]),
  n('kr-fibre', 'KR', 'fixed', [all(121, 128, 135), all(211, 32, 39)]),
  n('kr-mobile', 'KR', 'mobile', [all(175, 192, 199)]),
  n('au-fibre', 'AU', 'fixed', [all(1, 120, 127), all(120, 144, 151)]),
  n('au-mobile', 'AU', 'mobile', [all(101, 160, 166)]),
  n('th-mobile', 'TH', 'mobile', [all(171, 96, 103)]),
  n('th-hotel', 'TH', 'fixed', [all(49, 228, 231)]),
  n('ru-dsl', 'RU', 'fixed', [all(95, 24, 31), all(85, 140, 141)]),
  n('ru-mobile', 'RU', 'mobile', [all(178, 64, 71)]),
  n('by-dsl', 'BY', 'fixed', [all(178, 120, 127)]),
  n('by-mobile', 'BY', 'mobile', [all(37, 212, 215)]),
  n('ir-dsl', 'IR', 'fixed', [all(2, 176, 183)]),
  n('ir-mobile', 'IR', 'mobile', [all(5, 112, 119)]),
];

export const net = (name: string): Network => {
  const found = NETWORKS.find((x) => x.name === name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
};

/** The networks of a country, of one kind or any. */
export const netsOf = (country: string, kind?: NetKind): Network[] =>
  NETWORKS.filter((x) => x.country === country && (kind === undefined || x.kind === kind));

/** A home line in `country` (fixed), or a phone on a mobile carrier there. */
export const homeNet = (rng: Rng, country: string): Network => rng.pick(netsOf(country, 'fixed'));
export const mobileNet = (rng: Rng, country: string): Network => {
  const mobile = netsOf(country, 'mobile');
  return mobile.length > 0 ? rng.pick(mobile) : homeNet(rng, country);
};

/** An address on `network`: IPv6 when asked and the network has any, else IPv4. */
export function address(rng: Rng, network: Network, v6 = false): string {
  if (v6 && network.v6.length > 0) {
    const h = () => rng.int(0, 0xffff).toString(16);
    return `${rng.pick(network.v6)}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
  }
  const [a, b0, b1, c0, c1] = rng.pick(network.v4);
  return `${a}.${rng.int(b0, b1)}.${rng.int(c0, c1)}.${rng.int(1, 254)}`;
}

/** An address as a household's line shows it: IPv6 for a share of the networks that have it. */
export const lineAddress = (rng: Rng, network: Network): string =>
  address(rng, network, network.v6.length > 0 && rng.chance(0.35));

/** The country geoip-country places `ip` in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;
