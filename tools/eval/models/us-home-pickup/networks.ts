import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';
import { type Region } from './places.js';

/**
 * Where checkouts come from. Blocks were picked from general knowledge of US cable, fibre, DSL and mobile ISPs,
 * business lines, campus networks, secure web gateways, Apple's Private Relay egress, cloud and hosting ranges,
 * VPN exits and networks abroad, and kept only where geoip-country places every sampled /24 in the intended
 * country (the spec samples every network). Names say what kind of network a block stands for, not who owns it.
 */

export type NetKind =
  | 'residential'
  | 'mobile'
  | 'business'
  | 'campus'
  | 'gateway'
  | 'relay'
  | 'public_wifi'
  | 'cloud'
  | 'hosting'
  | 'vpn';

export interface Network {
  name: string;
  country: string;
  kind: NetKind;
  /** `[a, b, from, to]`: a.b.from.0 – a.b.to.255. */
  v4: ReadonlyArray<readonly [number, number, number, number]>;
  /** First two groups of IPv6 prefixes; the rest is drawn. */
  v6: readonly string[];
  /** Home regions a residential ISP serves. */
  regions?: readonly Region[];
}

const n = (
  name: string,
  country: string,
  kind: NetKind,
  v4: Network['v4'],
  v6: readonly string[] = [],
  regions?: readonly Region[],
): Network => ({ name, country, kind, v4, v6, ...(regions ? { regions } : {}) });

const all = (a: number, b: number) => [a, b, 0, 255] as const;

export const NETWORKS: readonly Network[] = [
  n(
    'cable-east',
    'US',
    'residential',
    [all(73, 12), all(73, 140), all(98, 206)],
    ['2601:18d', '2601:1c0'],
    ['northeast', 'southeast', 'midwest'],
  ),
  n('cable-west', 'US', 'residential', [all(67, 171)], ['2601:647'], ['west', 'mountain']),
  n(
    'cable-central',
    'US',
    'residential',
    [all(24, 159), all(71, 80), all(75, 130)],
    ['2603:6000', '2603:8000'],
    ['midwest', 'south', 'west', 'northeast'],
  ),
  n(
    'dsl-fiber-south',
    'US',
    'residential',
    [all(99, 110), all(108, 220), all(104, 10)],
    ['2600:1700'],
    ['south', 'southeast', 'midwest', 'west'],
  ),
  n(
    'fiber-northeast',
    'US',
    'residential',
    [all(71, 174), all(72, 80), all(96, 246)],
    ['2600:4040'],
    ['northeast', 'southeast'],
  ),
  n(
    'cable-southwest',
    'US',
    'residential',
    [all(68, 100), all(70, 176), all(98, 174), all(68, 224)],
    [],
    ['mountain', 'west', 'south', 'southeast'],
  ),
  n(
    'regional-isp',
    'US',
    'residential',
    [all(24, 30), all(47, 150), all(50, 200), all(66, 30), all(184, 100)],
    [],
    ['mountain', 'midwest', 'south'],
  ),
  n('mobile-a', 'US', 'mobile', [all(172, 56), all(172, 58)], ['2607:fb91']),
  n('mobile-b', 'US', 'mobile', [all(174, 205), all(174, 240)], ['2600:1000', '2600:1012']),
  n('mobile-c', 'US', 'mobile', [all(166, 205), all(107, 77)], ['2600:380']),
  n('business-fiber', 'US', 'business', [all(12, 34), all(63, 116), [208, 54, 0, 175]]),
  n('campus', 'US', 'campus', [all(129, 21), all(128, 2)]),
  n('secure-web-gateway', 'US', 'gateway', [[165, 225, 128, 191]]),
  n('private-relay', 'US', 'relay', [
    [172, 224, 72, 90],
    [172, 224, 0, 7],
    [104, 28, 0, 7],
  ]),
  n('hotel-airport-wifi', 'US', 'public_wifi', [[184, 170, 144, 255], all(76, 100)]),
  n('cloud-us', 'US', 'cloud', [all(3, 85), all(54, 80), all(34, 148), [35, 190, 0, 191]]),
  n('hosting-us', 'US', 'hosting', [
    [159, 203, 64, 255],
    [64, 225, 0, 63],
    [137, 184, 0, 159],
    [143, 244, 88, 127],
  ]),
  n('vpn-us', 'US', 'vpn', [
    [45, 86, 47, 55],
    [89, 187, 175, 187],
    [37, 19, 64, 71],
  ]),
  n('vpn-nl', 'NL', 'vpn', [[185, 107, 36, 47]]),
  n('home-ca', 'CA', 'residential', [all(99, 230), all(70, 50)], ['2607:fea8']),
  n('home-mx', 'MX', 'residential', [all(187, 190)], ['2806:2f0']),
  n('home-gb', 'GB', 'residential', [all(86, 150)], ['2a00:23c5']),
  n('home-de', 'DE', 'residential', [all(79, 200), all(91, 64)]),
  n('home-jp', 'JP', 'residential', [all(126, 200)]),
  n('home-ph', 'PH', 'residential', [all(112, 198)]),
  n('home-in', 'IN', 'residential', [all(49, 36)]),
  n('home-br', 'BR', 'residential', [all(177, 95)]),
  n('home-ng', 'NG', 'residential', [all(105, 112)]),
  n('home-vn', 'VN', 'residential', [all(113, 161), all(14, 161)]),
];

const byName = new Map(NETWORKS.map((x) => [x.name, x]));

export function network(name: string): Network {
  const found = byName.get(name);
  if (!found) throw new Error(`unknown network ${name}`);
  return found;
}

const hex = (rng: Rng) => rng.int(0, 0xffff).toString(16);

/** An address in the network: IPv4, or IPv6 under one of its prefixes. */
export function address(rng: Rng, net: Network, v6 = false): string {
  if (v6 && net.v6.length > 0)
    return `${rng.pick(net.v6)}:${Array.from({ length: 6 }, () => hex(rng)).join(':')}`;
  const [a, b, from, to] = rng.pick(net.v4);
  return `${a}.${b}.${rng.int(from, to)}.${rng.int(1, 254)}`;
}

/** An address, IPv6 for a share of the networks that have it (phones mostly, some cable homes). */
export const ipIn = (rng: Rng, net: Network, v6Share = 0.3): string => address(rng, net, rng.chance(v6Share));

const RESIDENTIAL_US = NETWORKS.filter((x) => x.kind === 'residential' && x.country === 'US');

/** A home ISP that serves the region. */
export function homeIsp(rng: Rng, region: Region): Network {
  const serving = RESIDENTIAL_US.filter((x) => x.regions?.includes(region));
  return rng.pick(serving.length > 0 ? serving : RESIDENTIAL_US);
}

/** A US residential line anywhere: what a residential-proxy service sells. */
export const residentialProxy = (rng: Rng): Network => rng.pick(RESIDENTIAL_US);

export const MOBILE_US = NETWORKS.filter((x) => x.kind === 'mobile');
export const mobileCarrier = (rng: Rng): Network => rng.pick(MOBILE_US);

/** The country geoip-country places an IP in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;
