import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * The networks checkouts come from. Blocks were picked from general knowledge of each country's cable, fibre,
 * DSL and mobile (carrier-grade NAT) networks, campus networks and hosting ranges (VPN exits, proxies, cloud
 * servers), then every address of each IPv4 block and 100,000 random addresses of each IPv6 prefix were looked up
 * with geoip-country; only blocks placed wholly in the intended country were kept (a block with stray foreign or
 * unlisted addresses was cut down to its clean sub-blocks).
 * Names say what kind of network a block stands for, not who holds it.
 */

export type NetKind = 'residential' | 'mobile' | 'campus' | 'hosting';

export interface Network {
  name: string;
  country: string;
  kind: NetKind;
  v4: readonly string[];
  v6: readonly string[];
}

const net = (
  name: string,
  country: string,
  kind: NetKind,
  v4: readonly string[],
  v6: readonly string[] = [],
): Network => ({ name, country, kind, v4, v6 });

export const NETWORKS: readonly Network[] = [
  net(
    'us-cable-national',
    'US',
    'residential',
    ['73.48.0.0/12', '73.64.0.0/11', '73.160.0.0/12', '98.224.0.0/12', '24.8.0.0/13'],
    ['2601::/20'],
  ),
  net(
    'us-fibre-east',
    'US',
    'residential',
    ['71.160.0.0/12', '71.184.0.0/13', '96.224.0.0/11', '100.0.0.0/11'],
    ['2600:4040::/32'],
  ),
  net(
    'us-cable-metro',
    'US',
    'residential',
    ['66.108.0.0/15', '67.241.0.0/16', '74.64.0.0/14', '70.112.0.0/13', '24.16.0.0/13'],
    ['2603:7000::/24'],
  ),
  net(
    'us-fibre-south',
    'US',
    'residential',
    ['107.200.0.0/13', '107.208.0.0/13', '108.0.0.0/12'],
    ['2600:1700::/28'],
  ),
  net('us-cable-sunbelt', 'US', 'residential', [
    '68.96.0.0/14',
    '68.104.0.0/14',
    '70.160.0.0/13',
    '70.184.0.0/13',
  ]),
  net('us-mobile-a', 'US', 'mobile', ['172.56.0.0/15'], ['2607:fb90::/36']),
  net('us-mobile-b', 'US', 'mobile', ['174.192.0.0/12', '174.224.0.0/11'], ['2600:1000::/28']),
  net('us-mobile-c', 'US', 'mobile', ['166.144.0.0/12', '166.160.0.0/11'], ['2600:380::/26']),
  net('us-campus-nyc', 'US', 'campus', ['128.59.0.0/16', '128.122.0.0/16']),
  net('us-campus-west', 'US', 'campus', ['131.179.0.0/16', '128.125.0.0/16']),
  net('us-campus-central', 'US', 'campus', ['128.83.0.0/16', '141.211.0.0/16']),
  net('us-cloud-east', 'US', 'hosting', ['3.80.0.0/12']),
  net('us-vps', 'US', 'hosting', ['45.33.0.0/17', '162.83.0.0/16']),
  net('nl-hosting', 'NL', 'hosting', ['85.17.0.0/16', '37.48.64.0/18', '185.107.56.0/22']),
  net('de-hosting', 'DE', 'hosting', ['88.198.128.0/17', '78.46.128.0/17', '78.47.128.0/17']),
  net(
    'ca-cable',
    'CA',
    'residential',
    ['99.232.0.0/13', '99.240.0.0/13', '24.64.0.0/13', '24.200.0.0/14'],
    ['2607:fea8::/32'],
  ),
  net(
    'ca-telco',
    'CA',
    'residential',
    ['70.48.0.0/13', '142.112.0.0/13', '154.5.0.0/16'],
    ['2607:fa48::/32'],
  ),
  net('gb-broadband', 'GB', 'residential', ['86.128.0.0/10', '81.96.0.0/13'], ['2a00:23c0::/27']),
  net('gb-cable', 'GB', 'residential', ['90.192.0.0/11'], ['2a02:c78::/29']),
  net('gb-mobile', 'GB', 'mobile', ['31.94.0.0/16']),
  net(
    'de-broadband',
    'DE',
    'residential',
    ['79.192.0.0/10', '87.128.0.0/10'],
    ['2003:c0::/26', '2003:1000::/22'],
  ),
  net(
    'fr-broadband',
    'FR',
    'residential',
    ['81.48.0.0/14', '86.192.0.0/12', '176.128.0.0/12', '82.64.0.0/15'],
    ['2a01:e0a::/32', '2a01:cb08::/32'],
  ),
  net(
    'nl-broadband',
    'NL',
    'residential',
    ['77.160.0.0/12', '84.24.0.0/13'],
    ['2a02:a400::/26', '2001:1c00::/23'],
  ),
  net(
    'es-broadband',
    'ES',
    'residential',
    ['83.32.0.0/13', '83.48.0.0/12', '88.0.0.0/11'],
    ['2a0c:5a80::/29'],
  ),
  net(
    'it-broadband',
    'IT',
    'residential',
    ['79.0.0.0/10', '93.32.0.0/12', '151.16.0.0/12'],
    ['2a01:e11::/32'],
  ),
  net(
    'il-broadband',
    'IL',
    'residential',
    ['84.108.0.0/14', '46.116.0.0/15', '77.124.0.0/14', '85.64.0.0/15', '147.235.0.0/16'],
    ['2a02:6680::/32'],
  ),
  net('il-mobile', 'IL', 'mobile', ['2.52.0.0/14'], ['2a0d:6fc0::/29']),
  net(
    'au-broadband',
    'AU',
    'residential',
    ['58.160.0.0/12', '120.144.0.0/13', '1.120.0.0/14'],
    ['2001:8003::/32'],
  ),
  net('au-mobile', 'AU', 'mobile', ['49.176.0.0/12'], ['2001:8004::/32']),
  net('mx-broadband', 'MX', 'residential', ['187.128.0.0/11', '189.128.0.0/10'], ['2806:1000::/28']),
  net(
    'br-broadband',
    'BR',
    'residential',
    ['179.96.0.0/13', '179.128.0.0/13'],
    ['2804:14c::/32', '2804:7f0::/32'],
  ),
  net('cl-broadband', 'CL', 'residential', ['186.104.0.0/14', '191.112.0.0/14']),
  net('co-broadband', 'CO', 'residential', ['181.48.0.0/13', '186.80.0.0/13'], ['2800:e2::/32']),
  net('ar-broadband', 'AR', 'residential', ['186.128.0.0/13']),
  net('ng-mobile', 'NG', 'mobile', ['105.112.0.0/12', '102.88.0.0/14']),
  net('vn-broadband', 'VN', 'residential', ['113.160.0.0/11', '27.64.0.0/12']),
  net(
    'ru-broadband',
    'RU',
    'residential',
    ['95.24.0.0/13', '178.64.0.0/13', '5.16.0.0/14'],
    ['2a00:1fa0::/29', '2a02:2698::/32'],
  ),
  net('ir-broadband', 'IR', 'residential', ['2.176.0.0/12', '5.112.0.0/12'], ['2a01:5ec0::/32']),
  net('by-broadband', 'BY', 'residential', ['178.120.0.0/13', '37.212.0.0/14']),
  net('cu-mobile', 'CU', 'mobile', ['152.206.0.0/15', '181.225.224.0/19']),
  net('sy-broadband', 'SY', 'residential', ['5.0.0.0/16', '31.9.0.0/16', '82.137.192.0/18']),
  net('kp-state', 'KP', 'residential', ['175.45.176.0/22']),
];

const byName = new Map(NETWORKS.map((n) => [n.name, n]));

export function network(name: string): Network {
  const n = byName.get(name);
  if (!n) throw new Error(`no network ${name}`);
  return n;
}

/** The networks of a country, of the given kinds (all kinds when none are given). */
export function networksOf(country: string, ...kinds: NetKind[]): Network[] {
  return NETWORKS.filter((n) => n.country === country && (kinds.length === 0 || kinds.includes(n.kind)));
}

/** One of a country's networks of those kinds. */
export function pickNetwork(rng: Rng, country: string, ...kinds: NetKind[]): Network {
  const found = networksOf(country, ...kinds);
  return rng.pick(found.length > 0 ? found : networksOf(country));
}

const toIp = (n: number): string => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
const toInt = (ip: string): number => ip.split('.').reduce((a, b) => a * 256 + Number(b), 0);

function v4In(rng: Rng, cidr: string): string {
  const [base = '0.0.0.0', bits = '32'] = cidr.split('/');
  const blocks = Math.max(1, 2 ** (24 - Number(bits)));
  return toIp(toInt(base) + rng.int(0, blocks - 1) * 256 + rng.int(1, 254));
}

function v6In(rng: Rng, prefix: string): string {
  const [base = '', bits = '128'] = prefix.split('/');
  const keep = Number(bits);
  const head = base.replace(/::$/, '').split(':').filter(Boolean);
  const groups = Array.from({ length: 8 }, (_, i) => parseInt(head[i] ?? '0', 16));
  return groups
    .map((g, i) => {
      const kept = Math.min(16, Math.max(0, keep - 16 * i));
      const mask = kept === 0 ? 0 : (0xffff << (16 - kept)) & 0xffff;
      const free = i === 7 ? rng.int(1, 0xfffe) : rng.int(0, 0xffff);
      return ((g & mask) | (free & ~mask & 0xffff)).toString(16);
    })
    .join(':');
}

/** An address in the network: IPv4, or IPv6 when asked and the network has any. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  return v6 && n.v6.length > 0 ? v6In(rng, rng.pick(n.v6)) : v4In(rng, rng.pick(n.v4));
}

/** An address as households' dual-stack connections present it: IPv6 for a share of those that have it. */
export const ipIn = (rng: Rng, n: Network, v6Share = 0.3): string => address(rng, n, rng.chance(v6Share));

/** The country geoip-country places `ip` in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;
