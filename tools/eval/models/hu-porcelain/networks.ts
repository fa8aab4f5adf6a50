import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * Where checkouts come from. Every IPv4 block below was checked address by address in each of its /24s, and
 * every IPv6 /32 with 200 random addresses, against geoip-country; only blocks that located wholly in their
 * country were kept. Names say what kind of network a block stands for (home fibre, cable, mobile behind
 * carrier-grade NAT, offices and hotels, universities, hosting used as VPN exits, privacy relays), not who holds it.
 */

export type NetKind = 'fixed' | 'cable' | 'mobile' | 'office' | 'campus' | 'hosting' | 'relay';

export interface Network {
  name: string;
  country: string;
  kind: NetKind;
  v4: readonly string[];
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
  n(
    'hu-fibre-dsl',
    'HU',
    'fixed',
    ['84.3.0.0/16', '91.82.0.0/16', '91.120.0.0/16', '81.182.0.0/15'],
    ['2001:4c48::/32'],
  ),
  n(
    'hu-cable',
    'HU',
    'cable',
    ['89.132.0.0/14', '80.98.0.0/15', '80.99.0.0/16', '94.21.0.0/16', '178.48.0.0/16'],
    ['2a01:36d::/32'],
  ),
  n(
    'hu-fibre-alt',
    'HU',
    'fixed',
    ['37.234.0.0/16', '176.63.0.0/16', '188.142.128.0/17', '5.187.128.0/17'],
    ['2a02:ab88::/32'],
  ),
  n('hu-mobile-a', 'HU', 'mobile', ['31.46.0.0/16'], ['2a00:1110::/32']),
  n('hu-mobile-b', 'HU', 'mobile', ['94.44.0.0/16', '46.139.0.0/16'], ['2001:4c4c::/32']),
  n(
    'hu-office-hotel',
    'HU',
    'office',
    ['62.201.64.0/18', '194.149.0.0/19', '185.43.204.0/22', '92.249.128.0/17'],
    ['2a01:270::/32'],
  ),
  n('hu-campus', 'HU', 'campus', ['152.66.0.0/16', '157.181.0.0/16', '193.6.0.0/16'], ['2001:738::/32']),
  n('sk-fixed', 'SK', 'fixed', ['78.98.0.0/16', '90.64.0.0/16']),
  n('ro-fixed', 'RO', 'fixed', ['86.120.0.0/16', '5.12.0.0/16']),
  n('at-fixed', 'AT', 'fixed', ['62.46.0.0/16', '91.114.0.0/16', '178.190.0.0/16'], ['2001:871::/32']),
  n('at-cable', 'AT', 'cable', ['80.108.0.0/16', '84.112.0.0/16'], ['2a02:8388::/32']),
  n('at-mobile', 'AT', 'mobile', ['77.116.0.0/14'], ['2a02:1748::/32']),
  n(
    'de-fixed',
    'DE',
    'fixed',
    ['79.192.0.0/16', '79.200.0.0/16', '84.128.0.0/16', '91.0.0.0/16', '93.192.0.0/16'],
    ['2003:e8::/32'],
  ),
  n('de-cable', 'DE', 'cable', ['77.0.0.0/16'], ['2a02:908::/32']),
  n('de-mobile', 'DE', 'mobile', ['95.112.0.0/16', '46.114.0.0/16'], ['2a02:8070::/32']),
  n('de-hosting', 'DE', 'hosting', ['78.46.0.0/15'], ['2a01:4f8::/32']),
  n('nl-fixed', 'NL', 'fixed', ['77.160.0.0/16', '84.24.0.0/16'], ['2001:1c00::/32', '2a02:a400::/32']),
  n('nl-hosting', 'NL', 'hosting', ['85.17.0.0/16', '146.185.128.0/19', '37.48.64.0/18']),
  n(
    'fr-fixed',
    'FR',
    'fixed',
    ['90.0.0.0/16', '86.200.0.0/16', '82.64.0.0/16'],
    ['2a01:cb00::/32', '2a01:e0a::/32'],
  ),
  n(
    'it-fixed',
    'IT',
    'fixed',
    ['79.0.0.0/16', '2.32.0.0/16', '93.32.0.0/16', '151.40.0.0/16'],
    ['2001:b07::/32'],
  ),
  n('se-fixed', 'SE', 'fixed', ['78.64.0.0/16', '90.224.0.0/16', '83.248.0.0/16']),
  n('se-hosting', 'SE', 'hosting', ['185.213.154.0/24']),
  n(
    'ch-fixed',
    'CH',
    'fixed',
    ['85.0.0.0/16', '178.192.0.0/16', '83.76.0.0/16'],
    ['2a02:1210::/32', '2a02:aa10::/32'],
  ),
  n('ch-hosting', 'CH', 'hosting', ['179.43.128.0/18', '185.159.157.0/24']),
  n('gb-fibre', 'GB', 'fixed', ['86.128.0.0/16', '86.150.0.0/16', '81.129.0.0/16'], ['2a00:23c0::/32']),
  n('gb-cable', 'GB', 'cable', ['82.0.0.0/16', '86.0.0.0/16'], ['2a02:c7f::/32']),
  n('gb-mobile', 'GB', 'mobile', ['31.94.0.0/16', '90.200.0.0/16'], ['2a01:4c8::/32']),
  n('gb-hosting', 'GB', 'hosting', ['51.148.0.0/16', '213.205.192.0/18']),
  n(
    'us-cable',
    'US',
    'cable',
    [
      '73.0.0.0/16',
      '73.100.0.0/16',
      '73.200.0.0/16',
      '24.0.0.0/16',
      '68.80.0.0/16',
      '76.100.0.0/16',
      '67.160.0.0/16',
    ],
    ['2601::/32'],
  ),
  n('us-fibre', 'US', 'fixed', ['71.160.0.0/16', '108.20.0.0/16', '99.0.0.0/16'], ['2600:1700::/32']),
  n('us-mobile', 'US', 'mobile', ['172.56.0.0/16'], ['2600:387::/32']),
  n('us-hosting', 'US', 'hosting', ['3.80.0.0/16', '45.55.0.0/16', '104.131.0.0/16']),
  n('us-relay', 'US', 'relay', ['172.224.0.0/22', '172.224.4.0/23']),
  n('de-relay', 'DE', 'relay', [
    '172.224.46.0/24',
    '172.224.49.0/24',
    '172.224.50.0/24',
    '172.224.134.0/23',
    '172.224.136.0/23',
  ]),
  n('gb-relay', 'GB', 'relay', ['172.224.60.0/24', '172.224.141.0/24', '172.224.197.0/24']),
  n('at-relay', 'AT', 'relay', ['172.224.51.0/24', '172.224.133.0/24']),
  n('jp-relay', 'JP', 'relay', ['172.224.110.0/23']),
  n('ca-fixed', 'CA', 'fixed', ['99.224.0.0/16', '70.24.0.0/16', '24.200.0.0/16', '142.112.0.0/16']),
  n('au-fixed', 'AU', 'fixed', ['1.120.0.0/16', '101.160.0.0/16', '120.144.0.0/16']),
  n('jp-fixed', 'JP', 'fixed', ['114.160.0.0/16', '153.200.0.0/16', '180.0.0.0/16'], ['2400:4050::/32']),
  n(
    'jp-mobile',
    'JP',
    'mobile',
    ['126.0.0.0/16', '126.200.0.0/16', '106.128.0.0/16'],
    ['2001:268::/32', '240b:250::/32'],
  ),
  n(
    'tw-fixed',
    'TW',
    'fixed',
    ['1.160.0.0/16', '1.170.0.0/16', '36.224.0.0/16', '114.32.0.0/16', '111.240.0.0/16'],
    ['2001:b011::/32'],
  ),
  n('hk-fixed', 'HK', 'fixed', ['112.118.0.0/16', '218.102.0.0/16', '223.16.0.0/16', '42.2.0.0/16']),
  n('sg-fixed', 'SG', 'fixed', ['116.14.0.0/16', '101.127.0.0/16', '118.189.0.0/16', '175.156.0.0/16']),
  n('sg-hosting', 'SG', 'hosting', ['139.59.96.0/20']),
  n(
    'kr-fixed',
    'KR',
    'fixed',
    ['175.192.0.0/16', '211.36.0.0/16', '1.224.0.0/16', '121.130.0.0/16'],
    ['2001:2d8::/32', '2001:e60::/32'],
  ),
  n('cn-fixed', 'CN', 'fixed', ['116.224.0.0/16', '180.160.0.0/16', '114.80.0.0/16']),
  n(
    'ae-fixed',
    'AE',
    'fixed',
    ['94.200.0.0/16', '94.56.0.0/16', '86.96.0.0/16', '2.48.0.0/16', '5.30.0.0/16'],
    ['2001:8f8::/32'],
  ),
  n('sa-fixed', 'SA', 'fixed', ['188.48.0.0/16', '2.88.0.0/16', '51.36.0.0/16']),
  n('qa-fixed', 'QA', 'fixed', ['78.100.0.0/16', '89.211.0.0/16']),
  n('kw-fixed', 'KW', 'fixed', ['37.36.0.0/16', '62.215.0.0/16']),
  // The sanctioned kind's own networks, and the transit countries its buyers sit in.
  n(
    'ru-fixed',
    'RU',
    'fixed',
    ['95.24.0.0/16', '178.64.0.0/16', '93.80.0.0/16', '5.228.0.0/16'],
    ['2a03:d000::/32'],
  ),
  n('ru-mobile', 'RU', 'mobile', ['213.87.0.0/16', '176.59.0.0/16'], ['2a00:1fa0::/32']),
  n('by-fixed', 'BY', 'fixed', ['178.120.0.0/16', '93.84.0.0/16', '37.212.0.0/16', '134.17.0.0/16']),
  n('ir-fixed', 'IR', 'fixed', ['2.176.0.0/16', '151.232.0.0/16', '5.112.0.0/16']),
  n('kz-fixed', 'KZ', 'fixed', ['2.132.0.0/16', '95.56.0.0/16']),
  n('ge-fixed', 'GE', 'fixed', ['94.240.192.0/18', '31.146.0.0/16']),
  n('tr-fixed', 'TR', 'fixed', ['78.160.0.0/16', '88.224.0.0/16', '85.96.0.0/16']),
];

const BY_NAME = new Map(NETWORKS.map((x) => [x.name, x]));

export function net(name: string): Network {
  const found = BY_NAME.get(name);
  if (!found) throw new Error(`unknown network ${name}`);
  return found;
}

/** The networks of a country, of the given kinds. */
export const networksOf = (country: string, ...kinds: NetKind[]): Network[] =>
  NETWORKS.filter((x) => x.country === country && (kinds.length === 0 || kinds.includes(x.kind)));

const toInt = (ip: string): number => ip.split('.').reduce((a, b) => a * 256 + Number(b), 0);
const toIp = (v: number): string => [24, 16, 8, 0].map((s) => Math.floor(v / 2 ** s) % 256).join('.');

/** A host address in one of the network's blocks: IPv6 when asked and it has any, else IPv4. */
export function address(rng: Rng, network: Network, v6: boolean): string {
  if (v6 && network.v6.length > 0) {
    const [a = '2001', b = '0'] = rng.pick(network.v6).split('::')[0]?.split(':') ?? [];
    const groups = Array.from({ length: 6 }, () => rng.int(0, 0xffff).toString(16));
    return [a, b, ...groups].join(':');
  }
  const [base = '0.0.0.0', bits = '24'] = rng.pick(network.v4).split('/');
  const size = 2 ** (32 - Number(bits));
  return toIp(toInt(base) + rng.int(1, size - 2));
}

/** A checkout IP: IPv6 where the network has it (home and mobile lines hand it out to about half their users). */
export const ipOn = (rng: Rng, network: Network): string =>
  address(rng, network, network.v6.length > 0 && rng.chance(network.kind === 'mobile' ? 0.55 : 0.4));

/** The country geoip-country places an IP in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;

const inV4 = (ip: string, cidr: string): boolean => {
  const [base = '0.0.0.0', bits = '32'] = cidr.split('/');
  const start = toInt(base);
  return toInt(ip) >= start && toInt(ip) < start + 2 ** (32 - Number(bits));
};

const inV6 = (ip: string, prefix: string): boolean => {
  const [a = '', b = '0'] = prefix.split('::')[0]?.split(':') ?? [];
  const [x = '', y = ''] = ip.split(':');
  return parseInt(x, 16) === parseInt(a, 16) && parseInt(y || '0', 16) === parseInt(b, 16);
};

/** The network an address was drawn from, if any. */
export const networkOf = (ip: string): Network | undefined =>
  NETWORKS.find((x) => (ip.includes(':') ? x.v6.some((p) => inV6(ip, p)) : x.v4.some((c) => inV4(ip, c))));
