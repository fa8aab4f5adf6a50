import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * The networks orders come from. Each is a set of IPv4 blocks (and IPv6 prefixes where the network hands them
 * out) that geoip-country places entirely in `country`; names say what kind of network a block stands for
 * (home fibre or cable, mobile carrier-grade NAT, a university, a cloud or VPN exit), not who holds it.
 */

export type NetworkKind = 'broadband' | 'mobile' | 'campus' | 'hosting' | 'vpn';

export interface Network {
  name: string;
  country: string;
  kind: NetworkKind;
  v4: readonly string[];
  v6: readonly string[];
}

const net = (name: string, country: string, kind: NetworkKind, v4: string[], v6: string[] = []): Network => ({
  name,
  country,
  kind,
  v4,
  v6,
});

export const NETWORKS: readonly Network[] = [
  // Ireland
  net(
    'ie-fibre-dsl',
    'IE',
    'broadband',
    ['86.40.0.0/13', '159.134.0.0/16', '83.70.0.0/16', '79.97.0.0/16'],
    ['2001:bb6::/32'],
  ),
  net('ie-cable', 'IE', 'broadband', ['89.100.0.0/15', '95.44.0.0/15'], ['2a02:8084::/32']),
  net('ie-broadband-fwa', 'IE', 'broadband', ['87.32.0.0/14', '188.141.0.0/17'], ['2a02:8085::/32']),
  net('ie-mobile-a', 'IE', 'mobile', ['109.76.0.0/14']),
  net('ie-mobile-b', 'IE', 'mobile', ['37.228.192.0/18', '178.167.128.0/17', '46.7.0.0/16']),
  net(
    'ie-campus',
    'IE',
    'campus',
    [
      '134.226.0.0/16',
      '137.43.0.0/16',
      '143.239.0.0/16',
      '140.203.0.0/17',
      '149.157.0.0/16',
      '136.206.0.0/16',
    ],
    ['2001:770::/32'],
  ),
  net('ie-cloud', 'IE', 'hosting', ['34.240.0.0/13', '52.208.0.0/13', '54.72.0.0/15']),
  // United Kingdom (Great Britain and Northern Ireland alike)
  net(
    'gb-fibre',
    'GB',
    'broadband',
    ['86.128.0.0/10', '81.128.0.0/12', '31.48.0.0/13', '109.144.0.0/12'],
    ['2a00:23c0::/29', '2a00:23c8::/29'],
  ),
  net('gb-cable', 'GB', 'broadband', ['82.0.0.0/14', '86.0.0.0/12', '62.30.0.0/15'], ['2a02:8010::/32']),
  net(
    'gb-broadband-b',
    'GB',
    'broadband',
    ['2.96.0.0/13', '5.64.0.0/13', '90.192.0.0/11', '92.16.0.0/13'],
    ['2a02:c7c::/32', '2a02:c7f::/32'],
  ),
  net('gb-mobile', 'GB', 'mobile', ['31.94.0.0/16', '188.28.0.0/14', '82.132.192.0/18', '85.255.232.0/21']),
  net('gb-campus', 'GB', 'campus', ['143.117.0.0/16']),
  net('gb-hosting', 'GB', 'hosting', ['178.62.0.0/17', '178.79.160.0/19']),
  // The rest of the EU
  net('de-broadband', 'DE', 'broadband', ['79.192.0.0/10', '84.128.0.0/10'], ['2003::/19']),
  net('fr-broadband', 'FR', 'broadband', ['82.64.0.0/14'], ['2a01:cb00::/24']),
  net('nl-broadband', 'NL', 'broadband', ['77.160.0.0/12', '84.104.0.0/14'], ['2001:1c00::/24']),
  net('es-broadband', 'ES', 'broadband', ['83.32.0.0/11', '88.0.0.0/11']),
  net('it-broadband', 'IT', 'broadband', ['79.0.0.0/12', '87.0.0.0/11']),
  net('pl-broadband', 'PL', 'broadband', ['83.0.0.0/11']),
  net('be-broadband', 'BE', 'broadband', ['81.240.0.0/13']),
  net('pt-broadband', 'PT', 'broadband', ['85.240.0.0/13']),
  net('se-broadband', 'SE', 'broadband', ['81.224.0.0/12']),
  // VPN and cloud exits gamers and fraudsters use
  net('nl-hosting', 'NL', 'vpn', ['85.17.0.0/16', '37.48.64.0/18', '188.166.0.0/17', '146.185.128.0/18']),
  net('de-hosting', 'DE', 'vpn', ['88.198.0.0/16', '78.46.0.0/15', '136.243.0.0/16'], ['2a01:4f8::/32']),
  net('se-vpn', 'SE', 'vpn', ['193.138.218.0/24']),
  net('us-hosting', 'US', 'vpn', ['104.131.0.0/16', '45.33.0.0/17', '3.80.0.0/12']),
  // Abroad: emigrants, card holders, fraud crews
  net('us-broadband', 'US', 'broadband', ['73.0.0.0/8', '71.160.0.0/11', '24.0.0.0/12'], ['2601::/20']),
  net('ca-broadband', 'CA', 'broadband', ['99.224.0.0/11', '70.48.0.0/13']),
  net('au-broadband', 'AU', 'broadband', ['120.144.0.0/12']),
  net('ae-broadband', 'AE', 'broadband', ['94.200.0.0/13']),
  net('tr-broadband', 'TR', 'broadband', ['78.160.0.0/11', '88.224.0.0/11']),
  net('ng-mobile', 'NG', 'mobile', ['105.112.0.0/12']),
  net('ro-broadband', 'RO', 'broadband', ['5.12.0.0/14']),
  net('vn-broadband', 'VN', 'broadband', ['113.160.0.0/11']),
  // Comprehensively sanctioned (only the sanctioned-country kind)
  net('ir-broadband', 'IR', 'broadband', ['2.176.0.0/12', '5.200.64.0/18']),
  net('ir-mobile', 'IR', 'mobile', ['5.112.0.0/12']),
  net('sy-broadband', 'SY', 'broadband', ['82.137.192.0/18', '31.9.0.0/16', '5.0.0.0/16']),
  net('cu-mobile', 'CU', 'mobile', ['152.206.0.0/15', '181.225.224.0/19']),
];

const BY_NAME = new Map(NETWORKS.map((n) => [n.name, n]));

export function network(name: string): Network {
  const found = BY_NAME.get(name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
}

/** Home broadband of a country, by its rough share of homes there. */
export function broadbandIn(rng: Rng, country: string): Network {
  if (country === 'IE')
    return network(
      rng.weightedPick([
        ['ie-fibre-dsl', 45],
        ['ie-cable', 35],
        ['ie-broadband-fwa', 20],
      ] as const),
    );
  if (country === 'GB')
    return network(
      rng.weightedPick([
        ['gb-fibre', 40],
        ['gb-cable', 25],
        ['gb-broadband-b', 35],
      ] as const),
    );
  return network(`${country.toLowerCase()}-broadband`);
}

/** A phone's carrier network; on the road in a country without one here, the home broadband list. */
export function mobileIn(rng: Rng, country: string): Network {
  if (country === 'IE') return network(rng.chance(0.55) ? 'ie-mobile-a' : 'ie-mobile-b');
  if (country === 'GB') return network('gb-mobile');
  return broadbandIn(rng, country);
}

/** A commercial VPN or cloud exit, by how often gamers and fraud crews pick it. */
export const vpnExit = (rng: Rng): Network =>
  network(
    rng.weightedPick([
      ['nl-hosting', 35],
      ['de-hosting', 25],
      ['se-vpn', 10],
      ['gb-hosting', 15],
      ['us-hosting', 15],
    ] as const),
  );

const ipv4 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
const toNumber = (ip: string) => ip.split('.').reduce((a, b) => a * 256 + Number(b), 0);

/** An address of the network: IPv6 when asked and the network has any, else IPv4 (never .0 or .255). */
export function address(rng: Rng, n: Network, v6 = false): string {
  if (v6 && n.v6.length > 0) {
    const [prefix = '', bits = '32'] = rng.pick(n.v6).split('/');
    const head = (prefix.split('::')[0] ?? '').split(':').filter(Boolean);
    const groups = Array.from({ length: 8 }, (_, i) => parseInt(head[i] ?? '0', 16));
    const fixed = Number(bits);
    const out = groups.map((g, i) => {
      const keep = Math.min(16, Math.max(0, fixed - i * 16));
      const mask = keep === 0 ? 0 : (0xffff << (16 - keep)) & 0xffff;
      return ((g & mask) | (rng.int(0, 0xffff) & ~mask & 0xffff)).toString(16);
    });
    return out.join(':');
  }
  const [base = '0.0.0.0', bits = '24'] = rng.pick(n.v4).split('/');
  const size = 2 ** (32 - Number(bits));
  const host = Math.floor(rng.next() * (size / 256)) * 256 + rng.int(1, 254);
  return ipv4(toNumber(base) + host);
}

/** Where geoip-country places an IP. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;
