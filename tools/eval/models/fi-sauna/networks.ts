import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * Where checkouts come from. Each IPv4 block was checked with geoip-country (three addresses in every /24) to
 * locate entirely in the stated country; names say what kind of network a block stands for, not who holds it.
 */

export type NetworkKind = 'fixed' | 'mobile' | 'office' | 'hosting';

export interface Network {
  name: string;
  country: string;
  kind: NetworkKind;
  /** IPv4 blocks as [first address, prefix length]. */
  v4: ReadonlyArray<readonly [string, number]>;
  v6: readonly string[];
}

const net = (name: string, country: string, kind: NetworkKind, ...v4: Array<readonly [string, number]>) => ({
  name,
  country,
  kind,
  v4,
  v6: [] as string[],
});

export const NETWORKS: readonly Network[] = [
  net('fi-fibre-a', 'FI', 'fixed', ['91.152.0.0', 14], ['88.112.0.0', 14]),
  net('fi-cable-b', 'FI', 'fixed', ['84.248.0.0', 14], ['87.92.0.0', 16]),
  net('fi-dsl-c', 'FI', 'fixed', ['82.181.0.0', 16], ['80.220.0.0', 16]),
  net('fi-mobile-a', 'FI', 'mobile', ['85.76.0.0', 14], ['37.33.0.0', 16]),
  net('fi-mobile-b', 'FI', 'mobile', ['176.72.0.0', 16], ['46.132.0.0', 16], ['37.219.0.0', 16]),
  net('fi-office', 'FI', 'office', ['193.64.0.0', 16], ['128.214.0.0', 16]),
  net('fi-hosting', 'FI', 'hosting', ['65.21.0.0', 16], ['95.216.0.0', 16]),
  net('ee-fixed', 'EE', 'fixed', ['90.190.0.0', 16], ['90.191.0.0', 16]),
  net('lv-fixed', 'LV', 'fixed', ['81.198.0.0', 16], ['83.99.128.0', 17], ['87.110.0.0', 17]),
  net('lv-mobile', 'LV', 'mobile', ['46.109.0.0', 16]),
  net('lt-fixed', 'LT', 'fixed', ['78.56.0.0', 14]),
  net('se-fixed', 'SE', 'fixed', ['78.64.0.0', 14], ['90.224.0.0', 14]),
  net('se-mobile', 'SE', 'mobile', ['83.248.0.0', 14]),
  net('no-fixed', 'NO', 'fixed', ['84.208.0.0', 14], ['46.9.0.0', 16]),
  net('no-mobile', 'NO', 'mobile', ['77.16.0.0', 14]),
  net('de-fixed', 'DE', 'fixed', ['79.192.0.0', 12], ['87.128.0.0', 12]),
  net('de-hosting', 'DE', 'hosting', ['88.198.0.0', 16], ['78.46.0.0', 15]),
  net('nl-fixed', 'NL', 'fixed', ['77.160.0.0', 14], ['84.24.0.0', 14]),
  net('nl-hosting', 'NL', 'hosting', ['85.17.0.0', 16]),
  net('us-cable', 'US', 'fixed', ['73.0.0.0', 12], ['71.160.0.0', 14]),
  net('us-mobile', 'US', 'mobile', ['172.58.0.0', 16], ['174.192.0.0', 12]),
  net('us-hosting', 'US', 'hosting', ['45.55.0.0', 16]),
  net('ca-cable', 'CA', 'fixed', ['99.224.0.0', 12], ['70.48.0.0', 14]),
  net('ca-dsl', 'CA', 'fixed', ['142.112.0.0', 14], ['174.88.0.0', 14]),
  net('ru-fixed', 'RU', 'fixed', ['95.24.0.0', 14]),
  net('ru-mobile', 'RU', 'mobile', ['178.176.0.0', 14]),
  net('by-fixed', 'BY', 'fixed', ['178.120.0.0', 14]),
];

const BY_NAME = new Map(NETWORKS.map((n) => [n.name, n]));

export function network(name: string): Network {
  const n = BY_NAME.get(name);
  if (!n) throw new Error(`no network ${name}`);
  return n;
}

/** A network of `country` of that kind (the first kind that exists, in the order given). */
export function networkOf(rng: Rng, country: string, ...kinds: NetworkKind[]): Network {
  for (const kind of kinds) {
    const found = NETWORKS.filter((n) => n.country === country && n.kind === kind);
    if (found.length > 0) return rng.pick(found);
  }
  const any = NETWORKS.filter((n) => n.country === country);
  if (any.length === 0) throw new Error(`no network in ${country}`);
  return rng.pick(any);
}

const toInt = (ip: string) => ip.split('.').reduce((v, part) => v * 256 + Number(part), 0);
const toIp = (v: number) => [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join('.');

/** An address in the network (IPv4; the spec's `v6` flag is accepted and ignored, as there are no v6 ranges). */
export function address(rng: Rng, n: Network, _v6 = false): string {
  const [first, bits] = rng.pick(n.v4);
  const size = 2 ** (32 - bits);
  return toIp(toInt(first) + rng.int(0, size / 256 - 1) * 256 + rng.int(1, 254));
}

export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;
