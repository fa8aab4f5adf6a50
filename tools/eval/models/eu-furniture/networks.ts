import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * Where orders come from. Each network is a kind of connection in one country (home fibre and DSL, cable,
 * carrier-grade NAT on mobile, university campuses, business lines that offices and hotels share, hosting that
 * VPNs and proxies exit from). The blocks were picked from general knowledge and kept only where geoip-country
 * placed every /24 (and sampled IPv6 addresses) in the network's country; names say what kind of network a block
 * stands for, not who holds it.
 */

export type NetKind = 'home' | 'mobile' | 'campus' | 'business' | 'hosting';

export interface Network {
  name: string;
  country: string;
  kind: NetKind;
  v4: readonly string[];
  v6: readonly string[];
}

const net = (name: string, country: string, kind: NetKind, v4: string[], v6: string[] = []): Network => ({
  name,
  country,
  kind,
  v4,
  v6,
});

export const NETWORKS: readonly Network[] = [
  net(
    'it-fibre-incumbent',
    'IT',
    'home',
    ['79.0.0.0/10', '95.224.0.0/11', '82.48.0.0/12'],
    ['2001:b07::/32'],
  ),
  net(
    'it-fibre-challenger',
    'IT',
    'home',
    ['93.32.0.0/12', '2.224.0.0/12', '87.0.0.0/13'],
    ['2001:b00::/29'],
  ),
  net(
    'it-mobile-cgnat',
    'IT',
    'mobile',
    ['217.200.0.0/14', '109.112.0.0/13', '5.90.0.0/15'],
    ['2a00:1620::/32'],
  ),
  net('it-campus', 'IT', 'campus', ['131.114.0.0/16', '137.204.0.0/16', '147.162.0.0/16', '130.192.0.0/16']),
  net('it-business', 'IT', 'business', ['93.62.0.0/15', '213.215.128.0/17'], ['2a00:14f8::/29']),
  net(
    'es-fibre-incumbent',
    'ES',
    'home',
    ['80.24.0.0/13', '81.32.0.0/12', '83.32.0.0/12', '88.0.0.0/11'],
    ['2a02:9000::/23'],
  ),
  net(
    'es-fibre-challenger',
    'ES',
    'home',
    ['79.144.0.0/12', '87.216.0.0/14', '84.120.0.0/13', '2.136.0.0/13'],
    ['2a0c:5a80::/29'],
  ),
  net(
    'es-mobile-cgnat',
    'ES',
    'mobile',
    ['80.58.0.0/15', '176.83.0.0/16', '37.132.0.0/14'],
    ['2a01:c50f::/32'],
  ),
  net('es-campus', 'ES', 'campus', ['147.96.0.0/16', '138.4.0.0/16', '161.116.0.0/16', '155.210.0.0/16']),
  net(
    'es-business',
    'ES',
    'business',
    ['195.55.0.0/16', '213.0.0.0/16', '212.170.0.0/16'],
    ['2a00:1d70::/29'],
  ),
  net('pl-dsl-fibre', 'PL', 'home', ['83.0.0.0/11', '79.184.0.0/13'], ['2a00:f40::/29']),
  net('pl-cable', 'PL', 'home', ['89.64.0.0/12'], ['2a02:a310::/29']),
  net('pl-mobile-cgnat', 'PL', 'mobile', [
    '31.60.0.0/14',
    '188.146.0.0/15',
    '37.47.0.0/16',
    '37.30.0.0/16',
    '91.94.0.0/16',
  ]),
  net('pl-campus', 'PL', 'campus', ['156.17.0.0/16', '149.156.0.0/16', '150.254.0.0/16']),
  net('pl-business', 'PL', 'business', ['212.160.0.0/16', '195.205.0.0/16', '213.77.0.0/16']),
  net(
    'ro-fibre',
    'RO',
    'home',
    ['86.120.0.0/14', '188.25.0.0/16', '89.136.0.0/15', '5.12.0.0/14'],
    ['2a02:2f00::/28'],
  ),
  net('ro-dsl', 'RO', 'home', ['82.76.0.0/14']),
  net('ro-mobile-cgnat', 'RO', 'mobile', ['92.80.0.0/14', '92.86.0.0/15', '46.97.0.0/16']),
  net('ro-campus', 'RO', 'campus', ['141.85.0.0/16']),
  net('ro-business', 'RO', 'business', ['193.231.0.0/16']),
  net(
    'gr-dsl',
    'GR',
    'home',
    ['79.103.0.0/16', '94.64.0.0/13', '85.72.0.0/14', '62.103.0.0/16'],
    ['2a02:580::/29'],
  ),
  net('gr-mobile-cgnat', 'GR', 'mobile', ['2.84.0.0/14', '46.103.0.0/16', '109.242.0.0/16']),
  net('gr-campus', 'GR', 'campus', ['147.102.0.0/16', '155.207.0.0/16', '139.91.0.0/16'], ['2001:648::/29']),
  net('gr-business', 'GR', 'business', ['212.205.0.0/16']),
  net('de-home', 'DE', 'home', ['91.0.0.0/10', '79.192.0.0/10', '93.192.0.0/10'], ['2003::/19']),
  net('de-hosting', 'DE', 'hosting', ['88.198.0.0/16', '78.46.0.0/15', '136.243.0.0/16'], ['2a01:4f8::/32']),
  net('gb-home', 'GB', 'home', ['86.128.0.0/10', '81.96.0.0/12', '5.64.0.0/13'], ['2a02:c7c::/30']),
  net('fr-home', 'FR', 'home', ['86.192.0.0/12']),
  net('nl-home', 'NL', 'home', ['84.24.0.0/13', '77.160.0.0/12']),
  net('nl-campus', 'NL', 'campus', ['145.97.0.0/16']),
  net('ch-home', 'CH', 'home', ['85.0.0.0/13']),
  net('se-home', 'SE', 'home', ['81.224.0.0/12']),
  net('no-home', 'NO', 'home', ['84.208.0.0/13']),
  net('us-home', 'US', 'home', ['73.0.0.0/10'], ['2601::/20']),
  net('us-hosting', 'US', 'hosting', ['104.131.0.0/16', '3.80.0.0/12']),
  net('ua-mobile', 'UA', 'mobile', ['176.36.0.0/14', '46.211.0.0/16', '178.133.0.0/16', '37.73.0.0/16']),
  net('md-home', 'MD', 'home', ['188.237.0.0/16', '92.115.0.0/16']),
  net('al-home', 'AL', 'home', ['79.106.0.0/16']),
  net('ng-mobile', 'NG', 'mobile', ['105.112.0.0/12', '102.89.0.0/16', '197.210.0.0/16']),
  net('vn-home', 'VN', 'home', ['14.160.0.0/11', '113.160.0.0/11']),
  net('id-home', 'ID', 'home', ['36.64.0.0/11']),
  net('dz-home', 'DZ', 'home', ['41.100.0.0/14']),
  net('ru-home', 'RU', 'home', ['95.24.0.0/13']),
  net('by-home', 'BY', 'home', ['178.120.0.0/13', '37.212.0.0/14']),
  net('ir-mobile', 'IR', 'mobile', ['5.112.0.0/12']),
  net('sy-home', 'SY', 'home', ['31.9.0.0/16']),
];

const BY_NAME = new Map(NETWORKS.map((n) => [n.name, n]));

export function network(name: string): Network {
  const found = BY_NAME.get(name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
}

/** The networks of one kind in one country. */
export const networksOf = (country: string, kind: NetKind): Network[] =>
  NETWORKS.filter((n) => n.country === country && n.kind === kind);

function v4(rng: Rng, cidr: string): string {
  const [base = '', bits = '32'] = cidr.split('/');
  const start = base.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
  const size = 2 ** (32 - Number(bits));
  const block = start + rng.int(0, size / 256 - 1) * 256;
  const ip = block + rng.int(1, 254);
  return [ip >>> 24, (ip >>> 16) & 255, (ip >>> 8) & 255, ip & 255].join('.');
}

function v6(rng: Rng, cidr: string): string {
  const [base = '', bits = '32'] = cidr.split('/');
  const [a = '0', b = '0'] = base.split(':');
  const top = parseInt(a, 16) * 65536 + parseInt(b || '0', 16);
  const word = top + rng.int(0, 2 ** (32 - Number(bits)) - 1);
  const hex = () => rng.int(0, 65535).toString(16);
  return `${(word >>> 16).toString(16)}:${(word & 0xffff).toString(16)}:${hex()}:${hex()}:${hex()}:${hex()}:${hex()}:${hex()}`;
}

/** An address on the network: IPv6 when asked and the network has it. */
export function address(rng: Rng, n: Network, six = false): string {
  if (six && n.v6.length > 0) return v6(rng, rng.pick(n.v6));
  return v4(rng, rng.pick(n.v4));
}

/** A household's, phone's or office's address: IPv6 on about a third of the home and mobile lines that have it. */
export const ipOn = (rng: Rng, n: Network): string => address(rng, n, rng.chance(0.3));

export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;
