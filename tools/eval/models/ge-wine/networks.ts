import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * The networks the shop's buyers come from: IPv4 blocks chosen from general knowledge of Georgian, Israeli,
 * Polish, German, French, Greek, British, US, Turkish, Russian, Belarusian and Iranian home, mobile and office
 * networks and of hosting ranges used as VPN exits. Every block was checked with geoip-country (three addresses
 * in every /24) and locates wholly in `country`. Names say what kind of network a block stands for, not who
 * holds it.
 */

export interface Network {
  name: string;
  country: string;
  kind: 'home' | 'mobile' | 'office' | 'hosting';
  v4: readonly string[];
  /** IPv6 prefixes as `hhhh:` plus the length in hex digits drawn for the second group. */
  v6: readonly string[];
}

const n = (
  name: string,
  country: string,
  kind: Network['kind'],
  v4: string[],
  v6: string[] = [],
): Network => ({
  name,
  country,
  kind,
  v4,
  v6,
});

export const NETWORKS: readonly Network[] = [
  n('ge_fibre', 'GE', 'home', ['31.146.0.0/16', '178.134.0.0/16']),
  n('ge_cable', 'GE', 'home', ['95.104.0.0/17']),
  n('ge_mobile_a', 'GE', 'mobile', ['94.240.192.0/18', '188.129.128.0/17']),
  n('ge_mobile_b', 'GE', 'mobile', ['176.221.128.0/17', '46.49.0.0/17']),
  n('ge_office', 'GE', 'office', ['212.58.96.0/19', '213.157.192.0/19', '94.137.160.0/19']),
  n('il_home', 'IL', 'home', ['77.124.0.0/14', '84.108.0.0/15']),
  n('il_mobile', 'IL', 'mobile', ['31.154.0.0/16', '46.116.0.0/15']),
  n('pl_home', 'PL', 'home', ['83.0.0.0/11']),
  n('pl_mobile', 'PL', 'mobile', ['89.64.0.0/13', '188.146.0.0/15']),
  n('de_home', 'DE', 'home', ['91.0.0.0/10']),
  n('fr_home', 'FR', 'home', ['90.0.0.0/13', '86.192.0.0/12']),
  n('gr_home', 'GR', 'home', ['94.64.0.0/13']),
  n('gb_home', 'GB', 'home', ['86.128.0.0/11']),
  n('us_cable', 'US', 'home', ['73.0.0.0/10'], ['2601:3']),
  n('us_mobile', 'US', 'mobile', ['174.192.0.0/10']),
  n('tr_home', 'TR', 'home', ['88.224.0.0/11']),
  n('ru_home', 'RU', 'home', ['95.24.0.0/13', '2.92.0.0/14', '95.165.0.0/16']),
  n('ru_mobile', 'RU', 'mobile', ['178.176.0.0/14', '85.140.0.0/15']),
  n('by_home', 'BY', 'home', ['178.120.0.0/13', '93.84.0.0/15']),
  n('ir_mobile', 'IR', 'mobile', ['5.112.0.0/12']),
  n('ir_home', 'IR', 'home', ['2.176.0.0/12']),
  n('hosting_de', 'DE', 'hosting', ['88.198.0.0/16', '78.46.0.0/15']),
  n('hosting_nl', 'NL', 'hosting', ['188.166.0.0/17']),
  n('hosting_us', 'US', 'hosting', ['3.80.0.0/12']),
];

const BY_NAME = new Map(NETWORKS.map((x) => [x.name, x]));

export function network(name: string): Network {
  const found = BY_NAME.get(name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
}

/** The home and mobile networks of a country, for buyers who live there. */
export const HOME_NETWORKS: Readonly<Record<string, readonly string[]>> = {
  GE: ['ge_fibre', 'ge_fibre', 'ge_cable', 'ge_mobile_a', 'ge_mobile_b'],
  IL: ['il_home', 'il_mobile'],
  PL: ['pl_home', 'pl_mobile'],
  DE: ['de_home'],
  FR: ['fr_home'],
  GR: ['gr_home'],
  GB: ['gb_home'],
  US: ['us_cable', 'us_cable', 'us_mobile'],
  TR: ['tr_home'],
  RU: ['ru_home', 'ru_mobile'],
  BY: ['by_home'],
  IR: ['ir_mobile', 'ir_home'],
};

const hex = (rng: Rng, digits: number) => rng.int(0, 16 ** digits - 1).toString(16);

/** An address in the network: any host of one of its IPv4 blocks, or of its IPv6 prefix. */
export function address(rng: Rng, net: Network, v6 = false): string {
  if (v6 && net.v6.length > 0) {
    const prefix = rng.pick(net.v6);
    const groups = Array.from({ length: 6 }, () => hex(rng, 4));
    return `2601:${prefix.slice(5)}${hex(rng, 2).padStart(2, '0')}:${groups.join(':')}`;
  }
  const [base = '', bits = '32'] = rng.pick(net.v4).split('/');
  const [a = 0, b = 0, c = 0, d = 0] = base.split('.').map(Number);
  const first = ((a << 24) >>> 0) + (b << 16) + (c << 8) + d;
  const blocks = 2 ** (32 - Number(bits)) / 256;
  const x = first + rng.int(0, blocks - 1) * 256 + rng.int(1, 254);
  return [x >>> 24, (x >>> 16) & 255, (x >>> 8) & 255, x & 255].join('.');
}

/** An address of the named network; IPv6 for a share of draws where it has any. */
export const ipOn = (rng: Rng, name: string): string => {
  const net = network(name);
  return address(rng, net, net.v6.length > 0 && rng.chance(0.35));
};

/** Where geoip-country places an address. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;
