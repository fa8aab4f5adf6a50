import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * Where checkouts come from: IPv4 blocks by country and network type, each checked block by block with
 * geoip-country to place entirely in its country. Names say what kind of network a block stands for.
 * Indonesian mobile data sits behind carrier-grade NAT, so many buyers share an address.
 */

export type NetKind = 'mobile' | 'residential' | 'hosting' | 'campus' | 'corporate';

export interface Network {
  name: string;
  country: string;
  kind: NetKind;
  v4: readonly string[];
  v6: readonly string[];
}

const net = (name: string, country: string, kind: NetKind, v4: readonly string[]): Network => ({
  name,
  country,
  kind,
  v4,
  v6: [],
});

export const NETWORKS = [
  net('id-mobile-a', 'ID', 'mobile', ['114.124.0.0/14', '182.0.0.0/13']),
  net('id-mobile-b', 'ID', 'mobile', ['114.4.0.0/15']),
  net('id-mobile-c', 'ID', 'mobile', ['112.215.0.0/16', '120.188.0.0/14']),
  net('id-fibre-incumbent', 'ID', 'residential', [
    '36.64.0.0/13',
    '110.136.0.0/14',
    '125.160.0.0/13',
    '180.241.0.0/16',
  ]),
  net('id-fibre-b', 'ID', 'residential', ['182.253.0.0/16']),
  net('id-cable', 'ID', 'residential', ['139.0.0.0/16']),
  net('id-campus', 'ID', 'campus', ['152.118.0.0/16', '167.205.0.0/16']),
  net('id-corporate', 'ID', 'corporate', ['202.158.0.0/17']),
  net('my-fibre', 'MY', 'residential', ['175.136.0.0/14', '60.48.0.0/14']),
  net('my-mobile', 'MY', 'mobile', ['115.164.0.0/16']),
  net('sg-fibre', 'SG', 'residential', ['116.86.0.0/15']),
  net('sg-hosting', 'SG', 'hosting', ['13.228.0.0/15', '54.169.0.0/16']),
  net('hk-fibre', 'HK', 'residential', ['42.2.0.0/15', '218.102.0.0/16', '112.118.0.0/16']),
  net('tw-fibre', 'TW', 'residential', ['36.224.0.0/12', '1.160.0.0/12']),
  net('jp-fibre', 'JP', 'residential', ['126.0.0.0/12']),
  net('us-cable', 'US', 'residential', ['73.0.0.0/10']),
  net('gb-fibre', 'GB', 'residential', ['86.128.0.0/11']),
  net('au-fibre', 'AU', 'residential', ['1.120.0.0/13']),
  net('nl-hosting', 'NL', 'hosting', ['37.48.64.0/18']),
  net('de-hosting', 'DE', 'hosting', ['88.99.0.0/16']),
  net('ir-mobile', 'IR', 'mobile', ['5.112.0.0/12']),
  net('ir-fixed', 'IR', 'residential', ['2.176.0.0/12']),
  net('ru-fixed', 'RU', 'residential', ['178.64.0.0/13', '95.24.0.0/13']),
  net('ru-mobile', 'RU', 'mobile', ['188.162.0.0/16']),
  net('by-fixed', 'BY', 'residential', ['37.214.0.0/15']),
  net('sy-fixed', 'SY', 'residential', ['5.0.0.0/16', '31.9.0.0/16']),
] as const satisfies readonly Network[];

export type NetName = (typeof NETWORKS)[number]['name'];

const BY_NAME = new Map<string, Network>(NETWORKS.map((n) => [n.name, n]));

export const network = (name: NetName): Network => BY_NAME.get(name) as Network;

function inBlock(rng: Rng, cidr: string): string {
  const [base = '', bits = '32'] = cidr.split('/');
  const [a = 0, b = 0, c = 0, d = 0] = base.split('.').map(Number);
  const start = ((a << 24) >>> 0) + (b << 16) + (c << 8) + d;
  const x = start + rng.int(0, 2 ** (32 - Number(bits)) - 1);
  const last = Math.max(1, Math.min(254, x & 255));
  return `${x >>> 24}.${(x >>> 16) & 255}.${(x >>> 8) & 255}.${last}`;
}

/** An address in the network (IPv4 only: the blocks above). */
export const address = (rng: Rng, n: Network, _v6 = false): string => inBlock(rng, rng.pick(n.v4));

export const ipOf = (rng: Rng, name: NetName): string => address(rng, network(name));

export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;

/** An Indonesian buyer's network: mostly mobile data, else home fibre or cable. */
export const homeNetwork = (rng: Rng): NetName =>
  rng.weightedPick<NetName>([
    ['id-mobile-a', 30],
    ['id-mobile-b', 14],
    ['id-mobile-c', 14],
    ['id-fibre-incumbent', 26],
    ['id-fibre-b', 8],
    ['id-cable', 8],
  ]);

export const mobileNetwork = (rng: Rng): NetName =>
  rng.weightedPick<NetName>([
    ['id-mobile-a', 50],
    ['id-mobile-b', 25],
    ['id-mobile-c', 25],
  ]);
