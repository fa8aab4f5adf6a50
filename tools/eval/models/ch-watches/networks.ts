import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * Where checkouts come from: IPv4 and IPv6 blocks by country and kind of network, each checked with
 * geoip-country to locate wholly in its country. Names say what kind of network a block stands for (home
 * fibre or cable, mobile, office, hosting used as VPN and proxy exits, a university), not who holds it.
 * Residential proxies are home networks: a proxy exit and a real subscriber look the same.
 */

export type NetKind = 'home' | 'mobile' | 'office' | 'hosting' | 'campus';

export interface Network {
  name: string;
  country: string;
  kind: NetKind;
  /** `a.b.c.d/len` blocks. */
  v4: readonly string[];
  /** `xxxx:xxxx::/len` blocks, len ≤ 32. */
  v6: readonly string[];
}

const n = (name: string, country: string, kind: NetKind, v4: string[], v6: string[] = []): Network => ({
  name,
  country,
  kind,
  v4,
  v6,
});

export const NETWORKS: readonly Network[] = [
  n('ch_dsl_fibre', 'CH', 'home', ['85.0.0.0/13', '83.76.0.0/14', '178.192.0.0/14'], ['2a02:1200::/28']),
  n('ch_cable', 'CH', 'home', ['62.2.0.0/16', '77.56.0.0/14'], ['2a02:1210::/28']),
  n('ch_fibre_coop', 'CH', 'home', ['62.167.0.0/16'], ['2a02:168::/32']),
  n(
    'ch_mobile',
    'CH',
    'mobile',
    ['178.197.192.0/18', '31.164.0.0/16', '213.55.128.0/17', '31.10.128.0/17'],
    ['2a04:ee40::/29'],
  ),
  n('ch_office', 'CH', 'office', ['195.141.0.0/16', '46.140.0.0/16', '194.230.144.0/20'], ['2a02:aa10::/28']),
  n('ch_hosting', 'CH', 'hosting', ['83.150.0.0/18']),
  n('ch_campus', 'CH', 'campus', ['130.59.0.0/16'], ['2001:620::/32']),
  n('fr_fibre', 'FR', 'home', ['86.192.0.0/12', '109.0.0.0/15'], ['2a01:cb00::/28']),
  n('fr_dsl', 'FR', 'home', ['88.160.0.0/12'], ['2a01:e30::/28']),
  n('de_dsl', 'DE', 'home', ['79.192.0.0/12', '87.128.0.0/12'], ['2003:c0::/26', '2003:e0::/27']),
  n('de_cable', 'DE', 'home', ['88.64.0.0/12'], ['2a02:8108::/32']),
  n('de_hosting', 'DE', 'hosting', ['94.130.0.0/16', '178.63.0.0/16', '46.101.128.0/17']),
  n('it_dsl', 'IT', 'home', ['79.0.0.0/12', '93.32.0.0/13'], ['2001:b07::/32']),
  n('at_cable', 'AT', 'home', ['84.112.0.0/14', '91.112.0.0/14']),
  n('nl_cable', 'NL', 'home', ['84.24.0.0/13']),
  n('nl_hosting', 'NL', 'hosting', ['5.79.64.0/18']),
  n('es_fibre', 'ES', 'home', ['83.32.0.0/12']),
  n('mc_fibre', 'MC', 'home', ['88.209.64.0/18']),
  n('gb_dsl', 'GB', 'home', ['86.128.0.0/12', '81.128.0.0/12'], ['2a00:23c0::/28']),
  n('gb_broadband', 'GB', 'home', ['2.96.0.0/13', '82.0.0.0/14'], ['2a02:c7c::/30']),
  n('gb_hosting', 'GB', 'hosting', ['178.62.0.0/17']),
  n('us_cable', 'US', 'home', ['73.0.0.0/12', '98.192.0.0/12'], ['2601::/20']),
  n('us_fibre', 'US', 'home', ['71.160.0.0/12']),
  n('us_mobile', 'US', 'mobile', ['172.32.0.0/12']),
  n('us_hosting', 'US', 'hosting', ['3.80.0.0/12', '159.203.128.0/17']),
  n('ae_home', 'AE', 'home', ['94.200.0.0/14', '94.56.0.0/14']),
  n('ae_mobile', 'AE', 'mobile', ['2.48.0.0/14']),
  n('sa_home', 'SA', 'home', ['188.48.0.0/13']),
  n('qa_home', 'QA', 'home', ['78.100.0.0/15', '37.208.128.0/17']),
  n('hk_home', 'HK', 'home', ['119.236.0.0/15', '112.118.0.0/15']),
  n('sg_home', 'SG', 'home', ['116.86.0.0/15', '116.14.0.0/15']),
  n('sg_hosting', 'SG', 'hosting', ['128.199.128.0/18']),
  n('jp_home', 'JP', 'home', ['153.128.0.0/12'], ['2400:4050::/32']),
  n('fi_hosting', 'FI', 'hosting', ['95.217.0.0/16']),
  n('cn_home', 'CN', 'home', ['113.64.0.0/12']),
  n('tr_home', 'TR', 'home', ['78.160.0.0/12', '88.224.0.0/12'], ['2a0b:f40::/32']),
  n('am_home', 'AM', 'home', ['46.71.0.0/16']),
  n('kz_home', 'KZ', 'home', ['95.56.0.0/14', '2.132.0.0/14']),
  n('ro_home', 'RO', 'home', ['86.120.0.0/14', '188.25.0.0/16']),
  n('ng_mobile', 'NG', 'mobile', ['105.112.0.0/12']),
  n('ru_home', 'RU', 'home', ['95.24.0.0/13', '178.64.0.0/13', '5.136.0.0/13'], ['2a00:1e88::/32']),
  n('by_home', 'BY', 'home', ['178.120.0.0/13', '37.212.0.0/14']),
  n('ir_home', 'IR', 'home', ['2.176.0.0/12']),
];

const BY_NAME = new Map(NETWORKS.map((x) => [x.name, x]));

export function network(name: string): Network {
  const found = BY_NAME.get(name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
}

/** The networks of one country and kind (none is an error: every caller asks for one that exists). */
export function networksOf(country: string, kind: NetKind): Network[] {
  const found = NETWORKS.filter((x) => x.country === country && x.kind === kind);
  if (found.length === 0) throw new Error(`no ${kind} network in ${country}`);
  return found;
}

export const hasNetwork = (country: string, kind: NetKind): boolean =>
  NETWORKS.some((x) => x.country === country && x.kind === kind);

const v4Of = (block: string): [number, number] => {
  const [ip = '', len = '32'] = block.split('/');
  const base = ip.split('.').reduce((a, x) => a * 256 + Number(x), 0);
  return [base, 2 ** (32 - Number(len))];
};

/** An address in the network: IPv4, or IPv6 when asked and the network has any. */
export function address(rng: Rng, net: Network, v6: boolean): string {
  if (v6 && net.v6.length > 0) {
    const [prefix = '', len = '32'] = rng.pick(net.v6).split('/');
    const [a = '0', b = '0'] = prefix.split('::')[0]?.split(':') ?? [];
    const top = parseInt(a, 16) * 65536 + parseInt(b || '0', 16);
    const v = top + rng.int(0, 2 ** (32 - Number(len)) - 1);
    const hex = (x: number) => x.toString(16);
    const rest = [rng.int(0, 0xffff), rng.int(0, 0xffff), rng.int(0, 0xffff), rng.int(1, 0xffff)];
    return [hex(Math.floor(v / 65536)), hex(v % 65536), ...rest.map(hex)].join(':') + '::';
  }
  const [base, size] = v4Of(rng.pick(net.v4));
  const x = base + Math.floor(rng.int(0, size / 256 - 1) * 256) + rng.int(1, 254);
  return [x >>> 24, (x >>> 16) & 255, (x >>> 8) & 255, x & 255].join('.');
}

/** Draws an address on a network: IPv6 with chance `v6Share` when it has any. */
export function drawIp(rng: Rng, net: Network, v6Share = 0.3): string {
  return address(rng, net, net.v6.length > 0 && rng.chance(v6Share));
}

/** Where geoip-country places an IP. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;
