import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * IPv4 ranges the buyers come from, by the kind of network (fixed broadband, mobile with carrier-grade NAT,
 * hosting used as VPN and proxy exits). Every /24 listed was looked up at four addresses with geoip-country and
 * located entirely in the stated country; names say what kind of network a block stands for, from general
 * knowledge of those operators, not a registry lookup. IPv4 only (`v6` stays empty).
 */

export type NetKind = 'fixed' | 'mobile' | 'hosting';

export interface Network {
  name: string;
  country: string;
  kind: NetKind;
  /** `[a, b, from, to]`: the /24s a.b.from.0 – a.b.to.0. */
  blocks: ReadonlyArray<readonly [number, number, number, number]>;
  v6: readonly string[];
}

const net = (
  name: string,
  country: string,
  kind: NetKind,
  blocks: ReadonlyArray<readonly [number, number, number, number]>,
): Network => ({ name, country, kind, blocks, v6: [] });

export const NETWORKS: readonly Network[] = [
  net('hr_fixed_adsl_fibre', 'HR', 'fixed', [
    [93, 136, 0, 255],
    [93, 139, 0, 255],
  ]),
  net('hr_fixed_alt', 'HR', 'fixed', [[89, 164, 0, 255]]),
  net('hr_mobile', 'HR', 'mobile', [
    [78, 0, 0, 255],
    [78, 2, 0, 255],
  ]),
  net('hr_mobile_alt', 'HR', 'mobile', [[83, 131, 0, 255]]),
  net('hr_tourist_wifi', 'HR', 'fixed', [
    [46, 188, 128, 255],
    [188, 252, 128, 255],
  ]),
  net('de_fixed', 'DE', 'fixed', [
    [79, 192, 0, 255],
    [91, 0, 0, 255],
    [217, 226, 0, 255],
  ]),
  net('de_mobile', 'DE', 'mobile', [
    [95, 112, 0, 255],
    [88, 65, 0, 255],
  ]),
  net('de_hosting', 'DE', 'hosting', [
    [49, 12, 0, 255],
    [116, 203, 0, 255],
    [78, 46, 0, 255],
  ]),
  net('at_fixed', 'AT', 'fixed', [
    [80, 108, 0, 255],
    [62, 178, 0, 255],
  ]),
  net('at_mobile', 'AT', 'mobile', [
    [77, 116, 0, 255],
    [178, 112, 0, 255],
    [188, 20, 0, 255],
  ]),
  net('si_fixed', 'SI', 'fixed', [[93, 103, 0, 255]]),
  net('si_mobile', 'SI', 'mobile', [[89, 142, 0, 255]]),
  net('pl_fixed', 'PL', 'fixed', [
    [83, 0, 0, 255],
    [89, 64, 0, 255],
  ]),
  net('pl_mobile', 'PL', 'mobile', [
    [37, 47, 0, 255],
    [5, 173, 0, 255],
  ]),
  net('cz_fixed', 'CZ', 'fixed', [
    [88, 100, 0, 255],
    [89, 24, 0, 255],
  ]),
  net('cz_mobile', 'CZ', 'mobile', [
    [109, 80, 0, 255],
    [46, 135, 0, 255],
  ]),
  net('it_fixed', 'IT', 'fixed', [
    [79, 0, 0, 255],
    [87, 0, 0, 255],
  ]),
  net('it_mobile', 'IT', 'mobile', [
    [151, 18, 0, 255],
    [5, 90, 0, 255],
  ]),
  net('fr_fixed', 'FR', 'fixed', [
    [90, 0, 0, 255],
    [86, 192, 0, 255],
  ]),
  net('fr_mobile', 'FR', 'mobile', [[78, 192, 0, 255]]),
  net('nl_fixed', 'NL', 'fixed', [
    [84, 24, 0, 255],
    [77, 160, 0, 255],
  ]),
  net('nl_mobile', 'NL', 'mobile', [[84, 80, 0, 255]]),
  net('nl_hosting', 'NL', 'hosting', [[188, 166, 0, 135]]),
  net('se_fixed', 'SE', 'fixed', [
    [78, 64, 0, 255],
    [83, 248, 0, 255],
  ]),
  net('se_mobile', 'SE', 'mobile', [[90, 224, 0, 255]]),
  net('gb_fixed', 'GB', 'fixed', [
    [86, 128, 0, 255],
    [81, 128, 0, 255],
    [82, 0, 0, 255],
  ]),
  net('gb_mobile', 'GB', 'mobile', [
    [31, 94, 0, 255],
    [92, 40, 0, 255],
  ]),
  net('us_fixed', 'US', 'fixed', [
    [73, 0, 0, 255],
    [73, 150, 0, 255],
    [24, 0, 0, 255],
    [71, 160, 0, 255],
  ]),
  net('us_mobile', 'US', 'mobile', [
    [172, 56, 0, 255],
    [174, 192, 0, 255],
  ]),
  net('us_hosting', 'US', 'hosting', [[104, 131, 0, 255]]),
  net('ru_fixed', 'RU', 'fixed', [
    [95, 25, 0, 255],
    [178, 66, 0, 255],
    [95, 165, 0, 255],
  ]),
  net('ru_mobile', 'RU', 'mobile', [
    [176, 59, 0, 255],
    [213, 87, 0, 255],
  ]),
  net('by_fixed', 'BY', 'fixed', [
    [178, 120, 0, 255],
    [93, 84, 0, 255],
  ]),
  net('ir_fixed', 'IR', 'fixed', [
    [2, 176, 0, 255],
    [5, 112, 0, 255],
  ]),
  net('kz_fixed', 'KZ', 'fixed', [[2, 132, 0, 255]]),
  net('lt_fixed', 'LT', 'fixed', [[78, 56, 0, 255]]),
];

const BY_NAME = new Map(NETWORKS.map((n) => [n.name, n]));

export function network(name: string): Network {
  const n = BY_NAME.get(name);
  if (!n) throw new Error(`unknown network ${name}`);
  return n;
}

/** An address in one of the network's /24s (`v6` is never asked for: there are no IPv6 ranges). */
export function address(rng: Rng, n: Network, _v6 = false): string {
  const [a, b, from, to] = rng.pick(n.blocks);
  return `${a}.${b}.${rng.int(from, to)}.${rng.int(1, 254)}`;
}

export const ipIn = (rng: Rng, name: string): string => address(rng, network(name));

/** The home networks of a country's buyers. */
export const homeNetworks = (country: string): Network[] =>
  NETWORKS.filter((n) => n.country === country && n.kind !== 'hosting');

export const HOSTING: readonly Network[] = NETWORKS.filter((n) => n.kind === 'hosting');

export function ipCountry(ip: string): string | undefined {
  return geoip.lookup(ip)?.country;
}
