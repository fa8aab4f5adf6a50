import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * IPv4 blocks of real networks, each /24 of each block checked with geoip-country (three addresses per /24) to
 * locate in the country given; blocks that did not were dropped. Names say what kind of network a block stands
 * for (a fixed ISP, a mobile carrier behind carrier-grade NAT, a hosting range used as a VPN or proxy exit).
 */

export type NetKind = 'fixed' | 'mobile' | 'hosting';

export interface Network {
  name: string;
  country: string;
  kind: NetKind;
  v4: readonly string[];
  v6: readonly string[];
}

const net = (name: string, country: string, kind: NetKind, v4: string[]): Network => ({
  name,
  country,
  kind,
  v4,
  v6: [],
});

export const NETWORKS = [
  net('qc-cable', 'CA', 'fixed', ['24.200.0.0/14']),
  net('ca-dsl-fibre', 'CA', 'fixed', ['70.24.0.0/14', '174.88.0.0/14', '65.92.0.0/14']),
  net('qc-on-cable-2', 'CA', 'fixed', ['24.37.0.0/16']),
  net('ca-regional-fixed', 'CA', 'fixed', ['207.134.0.0/16']),
  net('on-cable', 'CA', 'fixed', ['99.224.0.0/12', '72.136.0.0/14']),
  net('west-cable', 'CA', 'fixed', ['68.144.0.0/13']),
  net('west-dsl', 'CA', 'fixed', ['154.5.0.0/16', '216.232.0.0/16']),
  net('ca-mobile', 'CA', 'mobile', ['184.144.0.0/14']),
  net('ca-hosting', 'CA', 'hosting', ['198.245.48.0/20', '66.70.128.0/17']),
  net('us-cable', 'US', 'fixed', ['73.0.0.0/12', '98.192.0.0/12']),
  net('us-cable-2', 'US', 'fixed', ['97.96.0.0/13']),
  net('us-fibre', 'US', 'fixed', ['71.160.0.0/13', '99.0.0.0/13']),
  net('us-mobile', 'US', 'mobile', ['172.56.0.0/15', '174.192.0.0/12', '107.77.192.0/18']),
  net('us-hosting', 'US', 'hosting', ['3.80.0.0/12', '45.33.0.0/17', '23.83.128.0/18']),
  net('fr-fixed', 'FR', 'fixed', ['90.0.0.0/13', '82.64.0.0/14']),
  net('fr-mobile', 'FR', 'mobile', ['176.128.0.0/14']),
  net('nl-hosting', 'NL', 'hosting', ['185.107.56.0/22']),
  net('ru-mobile', 'RU', 'mobile', ['95.24.0.0/14', '176.59.0.0/16']),
  net('by-fixed', 'BY', 'fixed', ['178.120.0.0/14', '93.84.0.0/15']),
  net('ir-mobile', 'IR', 'mobile', ['5.112.0.0/13']),
  net('cu-fixed', 'CU', 'fixed', ['152.206.0.0/16', '181.225.224.0/19']),
  net('kz-fixed', 'KZ', 'fixed', ['95.56.0.0/14', '2.132.0.0/14']),
] as const satisfies readonly Network[];

export type NetName = (typeof NETWORKS)[number]['name'];

const BY_NAME = new Map<string, Network>(NETWORKS.map((n) => [n.name, n]));

export const network = (name: NetName): Network => BY_NAME.get(name) as Network;

/** A host address in one of the network's blocks (never .0 or .255). */
export function address(rng: Rng, n: Network): string {
  const block = rng.pick(n.v4);
  const [base = '', bits = '32'] = block.split('/');
  const p = base.split('.').map(Number);
  const start = ((p[0] ?? 0) * 2 ** 24 + (p[1] ?? 0) * 2 ** 16 + (p[2] ?? 0) * 2 ** 8) >>> 0;
  const x = start + rng.int(0, 2 ** (32 - Number(bits)) / 256 - 1) * 256 + rng.int(1, 254);
  return [Math.floor(x / 2 ** 24), Math.floor(x / 2 ** 16) % 256, Math.floor(x / 256) % 256, x % 256].join(
    '.',
  );
}

export const ipOf = (rng: Rng, name: NetName): string => address(rng, network(name));

/** Where geoip-country places an address. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;
