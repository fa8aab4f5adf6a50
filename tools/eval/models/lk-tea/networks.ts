import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * The networks this store's buyers come from, each an IPv4 block given as `a.b` and a range of third octets,
 * chosen from general knowledge and checked with geoip-country (every /24 of each block locates to `country`).
 * Names say what kind of network a block stands for, not who holds it.
 */

export interface Network {
  name: string;
  country: string;
  /** `a.b` and the third octets `[from, to]`. */
  blocks: ReadonlyArray<readonly [string, number, number]>;
  v6: readonly string[];
}

const net = (
  name: string,
  country: string,
  ...blocks: Array<readonly [string, number, number]>
): Network => ({
  name,
  country,
  blocks,
  v6: [],
});

export const NETWORKS = [
  net('lk_fibre', 'LK', ['112.134', 0, 255], ['124.43', 0, 255]),
  net('lk_mobile_4g', 'LK', ['175.157', 0, 255], ['123.231', 0, 127], ['112.135', 0, 255]),
  net('lk_hotel_wifi', 'LK', ['203.115', 0, 63], ['220.247', 192, 255]),
  net('gb_broadband', 'GB', ['86.128', 0, 255], ['86.150', 0, 255], ['90.200', 0, 255]),
  net('au_broadband', 'AU', ['1.120', 0, 255], ['101.160', 0, 255], ['110.20', 0, 255]),
  net('ca_cable', 'CA', ['24.114', 0, 255], ['99.224', 0, 255], ['174.88', 0, 255], ['70.48', 0, 255]),
  net('ae_mobile', 'AE', ['94.200', 0, 255], ['94.204', 0, 255], ['86.96', 0, 255]),
  net('qa_mobile', 'QA', ['78.100', 0, 255]),
  net('sa_mobile', 'SA', ['188.48', 0, 255], ['188.50', 0, 255]),
  net('it_broadband', 'IT', ['79.10', 0, 255], ['93.40', 0, 255], ['151.20', 0, 255]),
  net('de_broadband', 'DE', ['79.200', 0, 255], ['91.10', 0, 255], ['91.98', 0, 255]),
  net('us_cable', 'US', ['73.10', 0, 255], ['98.20', 0, 255]),
  net('in_broadband', 'IN', ['49.36', 0, 255], ['117.247', 0, 255], ['14.139', 0, 255]),
  net('cn_broadband', 'CN', ['58.246', 0, 255], ['36.110', 0, 255]),
  net('ru_broadband', 'RU', ['95.24', 0, 255], ['109.252', 0, 255], ['176.59', 0, 255], ['188.162', 0, 255]),
  net('ir_broadband', 'IR', ['2.180', 0, 255], ['5.112', 0, 255]),
  net('by_broadband', 'BY', ['178.120', 0, 255], ['37.212', 0, 255]),
  net('nl_hosting', 'NL', ['85.17', 0, 255], ['188.166', 0, 127]),
  net('us_hosting', 'US', ['104.131', 0, 255], ['45.55', 0, 255], ['159.203', 64, 255]),
  net('sg_hosting', 'SG', ['128.199', 128, 255]),
  net('ca_hosting', 'CA', ['159.203', 0, 63]),
] as const satisfies readonly Network[];

export type NetworkName = (typeof NETWORKS)[number]['name'];

const BY_NAME = new Map<string, Network>(NETWORKS.map((n) => [n.name, n]));

export const network = (name: NetworkName): Network => BY_NAME.get(name) as Network;

/** An address in one of the network's blocks (IPv4 only: none of these networks is drawn with IPv6). */
export function address(rng: Rng, n: Network, _v6 = false): string {
  const [ab, lo, hi] = rng.pick(n.blocks);
  return `${ab}.${rng.int(lo, hi)}.${rng.int(1, 254)}`;
}

/** An address on the named network. */
export const ipOn = (rng: Rng, name: NetworkName): string => address(rng, network(name));

/** The home broadband (or mobile) network of a country the store sells to. */
export const HOME_NETWORK: Readonly<Record<string, NetworkName>> = {
  LK: 'lk_fibre',
  GB: 'gb_broadband',
  AU: 'au_broadband',
  CA: 'ca_cable',
  AE: 'ae_mobile',
  QA: 'qa_mobile',
  SA: 'sa_mobile',
  IT: 'it_broadband',
  DE: 'de_broadband',
  US: 'us_cable',
  IN: 'in_broadband',
  CN: 'cn_broadband',
  RU: 'ru_broadband',
  IR: 'ir_broadband',
  BY: 'by_broadband',
};

/** Where geoip-country places an address. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;
