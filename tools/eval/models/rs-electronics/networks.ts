import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * Where checkouts come from. Every block was checked with geoip-country (three addresses in each /24) to sit
 * wholly in the stated country; names say what kind of network a block stands for (fixed line, cable, mobile
 * carrier-grade NAT, hosting used as VPN exits), not who holds it.
 */

export type NetworkKind = 'fixed' | 'cable' | 'mobile' | 'hosting';

export interface Network {
  name: string;
  country: string;
  kind: NetworkKind;
  v4: readonly string[];
  v6: readonly string[];
}

const net = (name: string, country: string, kind: NetworkKind, v4: string[]): Network => ({
  name,
  country,
  kind,
  v4,
  v6: [],
});

export const NETWORKS: readonly Network[] = [
  net('rs-incumbent-dsl', 'RS', 'fixed', ['109.92.0.0/16', '109.93.0.0/16', '93.86.0.0/16', '79.101.0.0/16']),
  net('rs-cable', 'RS', 'cable', ['188.2.0.0/16', '89.216.0.0/16', '178.148.0.0/16', '178.149.0.0/16']),
  net('rs-fibre-alt', 'RS', 'fixed', ['109.245.0.0/16', '93.87.0.0/16']),
  net('rs-mobile-a', 'RS', 'mobile', ['178.220.0.0/16', '178.221.0.0/16']),
  net('rs-mobile-b', 'RS', 'mobile', ['77.46.128.0/17']),
  net('rs-mobile-c', 'RS', 'mobile', ['212.200.0.0/16']),
  net('me-fixed', 'ME', 'fixed', ['89.188.32.0/19', '79.143.96.0/20']),
  net('me-mobile', 'ME', 'mobile', ['62.4.32.0/19']),
  net('ba-fixed', 'BA', 'fixed', ['77.78.192.0/18', '89.146.128.0/18']),
  net('ba-mobile', 'BA', 'mobile', ['31.176.128.0/17', '77.77.192.0/18']),
  net('mk-fixed', 'MK', 'fixed', ['77.28.0.0/16', '92.55.64.0/18']),
  net('mk-mobile', 'MK', 'mobile', ['77.29.0.0/16']),
  net('de-dsl', 'DE', 'fixed', ['79.192.0.0/16', '91.0.0.0/16']),
  net('at-dsl', 'AT', 'fixed', ['80.108.0.0/16', '91.112.0.0/16']),
  net('ch-dsl', 'CH', 'fixed', ['83.76.0.0/16', '178.192.0.0/16']),
  net('us-cable', 'US', 'cable', ['73.0.0.0/16', '71.192.0.0/16']),
  net('gb-dsl', 'GB', 'fixed', ['86.128.0.0/16']),
  net('nl-hosting', 'NL', 'hosting', ['188.166.0.0/17']),
  net('de-hosting', 'DE', 'hosting', ['78.46.0.0/16']),
  net('ru-broadband', 'RU', 'fixed', ['95.24.0.0/16']),
  net('ru-mobile', 'RU', 'mobile', ['85.140.0.0/16', '213.87.128.0/17']),
  net('by-broadband', 'BY', 'fixed', ['37.212.0.0/16', '178.120.0.0/16', '93.84.0.0/16']),
];

const BY_NAME = new Map(NETWORKS.map((n) => [n.name, n]));

export function network(name: string): Network {
  const n = BY_NAME.get(name);
  if (!n) throw new Error(`no network ${name}`);
  return n;
}

/** A host address inside one of the network's blocks (never the block's first or last address). */
export function address(rng: Rng, n: Network, _v6 = false): string {
  const [base = '0.0.0.0', bits = '24'] = rng.pick(n.v4).split('/');
  const start = base.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
  const size = 2 ** (32 - Number(bits));
  const x = start + rng.int(1, size - 2);
  return [24, 16, 8, 0].map((shift) => Math.floor(x / 2 ** shift) % 256).join('.');
}

/** An address on the named network. */
export const ipOn = (rng: Rng, name: string): string => address(rng, network(name));

/** The country geoip-country places an address in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;

/** Home networks by country, weighted as households there are connected. */
export const HOME_NETWORKS: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  RS: [
    ['rs-incumbent-dsl', 40],
    ['rs-cable', 45],
    ['rs-fibre-alt', 15],
  ],
  ME: [['me-fixed', 1]],
  BA: [['ba-fixed', 1]],
  MK: [['mk-fixed', 1]],
  DE: [['de-dsl', 1]],
  AT: [['at-dsl', 1]],
  CH: [['ch-dsl', 1]],
};

export const MOBILE_NETWORKS: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  RS: [
    ['rs-mobile-a', 45],
    ['rs-mobile-b', 30],
    ['rs-mobile-c', 25],
  ],
  ME: [['me-mobile', 1]],
  BA: [['ba-mobile', 1]],
  MK: [['mk-mobile', 1]],
  DE: [['de-dsl', 1]],
  AT: [['at-dsl', 1]],
  CH: [['ch-dsl', 1]],
};
