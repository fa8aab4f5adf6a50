import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * Where checkouts come from: Egyptian fixed broadband, three mobile operators' carrier-grade NAT pools,
 * office leased lines and Red Sea resort wifi; home and mobile networks in the Gulf, Europe and North
 * America; hosting ranges used as VPN and proxy exits; the home networks of fraud rings abroad; and the
 * sanctioned countries' networks (only the sanctioned_country kind uses those). Every block was checked with
 * geoip-country (each /24 of each IPv4 block and random addresses in each IPv6 /32 locate to the country
 * named); names say what kind of network a block stands for, not who holds it.
 */

export type NetKind = 'fixed' | 'mobile' | 'office' | 'hotel' | 'hosting' | 'foreign';

export interface Network {
  name: string;
  country: string;
  kind: NetKind;
  /** IPv4 blocks as CIDR. */
  v4: readonly string[];
  /** IPv6 /32 prefixes (two hextets). */
  v6: readonly string[];
}

const net = (name: string, country: string, kind: NetKind, v4: string[], v6: string[] = []): Network => ({
  name,
  country,
  kind,
  v4,
  v6,
});

const s16 = (...prefixes: string[]) => prefixes.map((p) => `${p}.0.0/16`);

export const NETWORKS: readonly Network[] = [
  net('eg-fixed-broadband', 'EG', 'fixed', [
    ...s16('41.32', '41.34', '41.36', '41.38', '41.40', '41.42', '41.44', '41.46'),
    ...s16('197.32', '197.34', '197.36', '197.38', '156.160'),
  ]),
  net('eg-mobile-a', 'EG', 'mobile', s16('105.32', '105.33', '105.34', '105.35', '105.36', '197.120'), [
    '2c0f:fc88',
  ]),
  net('eg-mobile-b', 'EG', 'mobile', s16('41.196', '41.199', '197.160', '197.161', '156.192', '156.196')),
  net('eg-mobile-c', 'EG', 'mobile', s16('41.232', '41.234', '41.236', '41.238', '105.196', '197.192'), [
    '2c0f:fc89',
  ]),
  net('eg-office-leased', 'EG', 'office', s16('196.218', '196.219', '196.221', '102.40', '102.41', '41.33')),
  net('eg-resort-wifi', 'EG', 'hotel', s16('196.152', '196.153', '196.128')),
  net('sa-fixed', 'SA', 'fixed', s16('2.88', '2.89', '2.90', '5.156', '188.48', '188.49'), ['2a02:cb80']),
  net('sa-mobile', 'SA', 'mobile', s16('37.104', '37.105', '51.36', '51.39', '94.96', '176.44', '95.218'), [
    '2001:16a0',
  ]),
  net('ae-fixed', 'AE', 'fixed', s16('94.200', '94.201', '94.202', '86.96', '86.97', '83.110', '91.72'), [
    '2001:8f8',
  ]),
  net('ae-mobile', 'AE', 'mobile', s16('5.192', '5.193', '5.194', '2.48', '2.49', '92.96', '92.97'), [
    '2a00:f28',
  ]),
  net('kw-home', 'KW', 'fixed', s16('37.36', '37.37', '37.38', '62.150', '62.215', '80.184', '188.70')),
  net('qa-home', 'QA', 'fixed', s16('37.210', '37.211', '78.100', '78.101', '89.211', '176.202'), [
    '2001:1a11',
  ]),
  net('gb-broadband', 'GB', 'fixed', s16('81.96', '81.97', '86.128', '86.129', '31.48', '82.0', '90.192'), [
    '2a00:23c0',
    '2a02:c7c',
  ]),
  net('gb-mobile', 'GB', 'mobile', s16('92.40', '94.0', '109.144'), ['2a01:4b00']),
  net(
    'de-broadband',
    'DE',
    'fixed',
    s16('84.128', '87.128', '91.0', '93.192', '79.192', '217.224', '95.88'),
    ['2003:e0', '2a02:8108'],
  ),
  net('fr-broadband', 'FR', 'fixed', s16('90.0', '90.1', '86.192', '82.64', '78.192', '88.160', '92.184'), [
    '2a01:cb00',
    '2a01:e0a',
  ]),
  net('it-broadband', 'IT', 'fixed', s16('79.0', '79.1', '93.32', '151.18', '87.0', '82.48'), ['2001:b07']),
  net('nl-broadband', 'NL', 'fixed', s16('77.160', '77.161', '84.80', '83.80', '86.80'), ['2a02:a440']),
  net('us-cable', 'US', 'fixed', s16('73.0', '73.1', '73.100', '98.0', '98.200', '24.0', '24.4', '71.0'), [
    '2601:0',
    '2600:1700',
  ]),
  net('us-mobile', 'US', 'mobile', s16('172.56', '174.192', '108.0', '99.0'), ['2600:387']),
  net('ca-broadband', 'CA', 'fixed', s16('99.224', '99.225', '70.24', '70.48', '142.112', '174.88'), [
    '2607:fea8',
  ]),
  net('us-hosting', 'US', 'hosting', [...s16('104.131', '3.80', '54.160'), '192.241.128.0/17']),
  net('de-hosting', 'DE', 'hosting', s16('5.9', '78.46', '88.198', '136.243')),
  net('nl-hosting', 'NL', 'hosting', ['5.79.64.0/18', '95.211.0.0/16', '146.185.128.0/18']),
  net('ng-home', 'NG', 'foreign', s16('105.112', '102.88', '197.210', '41.184')),
  net('vn-home', 'VN', 'foreign', s16('113.160', '14.160', '171.224')),
  net('id-home', 'ID', 'foreign', s16('36.64', '114.120')),
  net('pk-home', 'PK', 'foreign', s16('39.32', '119.152')),
  net('ma-home', 'MA', 'foreign', s16('105.128', '41.250')),
  net('ru-home', 'RU', 'foreign', s16('95.24', '95.25', '5.136', '178.64', '188.162', '85.140', '176.59'), [
    '2a00:1370',
  ]),
  net('by-home', 'BY', 'foreign', s16('178.120', '178.121', '93.84', '37.212', '134.17'), ['2a00:1760']),
  net('ir-home', 'IR', 'foreign', s16('2.176', '2.177', '5.112', '151.232'), ['2a01:5ec0']),
  net('sy-home', 'SY', 'foreign', [...s16('5.0', '31.9', '188.160', '178.52', '46.213'), '82.137.192.0/18']),
  net('cu-home', 'CU', 'foreign', [...s16('152.206', '152.207'), '181.225.224.0/19', '200.55.128.0/18']),
];

const BY_NAME = new Map(NETWORKS.map((n) => [n.name, n]));

export function network(name: string): Network {
  const found = BY_NAME.get(name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
}

/** One host address in the network: IPv4 (never a .0 or .255), or IPv6 in one of its /32s when asked. */
export function address(rng: Rng, n: Network, v6 = false): string {
  if (v6 && n.v6.length > 0) {
    const hextets = Array.from({ length: 6 }, () => rng.int(0, 0xffff).toString(16));
    return `${rng.pick(n.v6)}:${hextets.join(':')}`;
  }
  const [base = '0.0.0.0', bits = '16'] = rng.pick(n.v4).split('/');
  const start = base.split('.').reduce((a, x) => a * 256 + Number(x), 0);
  const size = 2 ** (32 - Number(bits));
  const host = start + rng.int(0, size / 256 - 1) * 256 + rng.int(1, 254);
  return [host >>> 24, (host >>> 16) & 255, (host >>> 8) & 255, host & 255].join('.');
}

/** An address in the named network; IPv6 with chance `v6` where the network has it. */
export const ipFrom = (rng: Rng, name: string, v6 = 0): string => {
  const n = network(name);
  return address(rng, n, n.v6.length > 0 && rng.chance(v6));
};

/** The country geoip-country places an IP in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;

/** Home networks by country for honest buyers: fixed and mobile where both exist. */
const HOME: Readonly<Record<string, { fixed: string[]; mobile: string[] }>> = {
  EG: { fixed: ['eg-fixed-broadband'], mobile: ['eg-mobile-a', 'eg-mobile-b', 'eg-mobile-c'] },
  SA: { fixed: ['sa-fixed'], mobile: ['sa-mobile'] },
  AE: { fixed: ['ae-fixed'], mobile: ['ae-mobile'] },
  KW: { fixed: ['kw-home'], mobile: ['kw-home'] },
  QA: { fixed: ['qa-home'], mobile: ['qa-home'] },
  GB: { fixed: ['gb-broadband'], mobile: ['gb-mobile'] },
  DE: { fixed: ['de-broadband'], mobile: ['de-broadband'] },
  FR: { fixed: ['fr-broadband'], mobile: ['fr-broadband'] },
  IT: { fixed: ['it-broadband'], mobile: ['it-broadband'] },
  NL: { fixed: ['nl-broadband'], mobile: ['nl-broadband'] },
  US: { fixed: ['us-cable'], mobile: ['us-mobile'] },
  CA: { fixed: ['ca-broadband'], mobile: ['ca-broadband'] },
};

/** A home or mobile network's name in `country` (Egyptians mostly shop on mobile data). */
export function homeNetwork(rng: Rng, country: string, mobileShare?: number): string {
  const h = HOME[country];
  if (!h) throw new Error(`no home networks in ${country}`);
  const mobile = rng.chance(mobileShare ?? (country === 'EG' ? 0.62 : 0.35));
  return rng.pick(mobile ? h.mobile : h.fixed);
}

/** An IP on a home or mobile network in `country`; IPv6 a fifth of the time where the network has it. */
export const homeIp = (rng: Rng, country: string, mobileShare?: number): string =>
  ipFrom(rng, homeNetwork(rng, country, mobileShare), 0.2);

/** A VPN or proxy exit in a hosting range. */
export const hostingIp = (rng: Rng): string =>
  ipFrom(rng, rng.pick(['us-hosting', 'de-hosting', 'nl-hosting']));
