import { type Rng } from '../kit/random.js';

/**
 * Where checkouts come from. Every block was picked from general knowledge of the kind of network it stands for
 * and checked with geoip-country (each /24 of every IPv4 block, random addresses in every IPv6 prefix) to
 * locate entirely in its country; names say what kind of network a block stands for, not who holds it.
 */

export type NetKind = 'fixed' | 'mobile' | 'office' | 'hosting' | 'hotel';

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
  // Germany: DSL and fibre, cable, mobile (carrier-grade NAT), business lines and campuses.
  net(
    'de-dsl-incumbent',
    'DE',
    'fixed',
    ['79.192.0.0/10', '91.0.0.0/10', '87.128.0.0/10', '93.192.0.0/10'],
    ['2003::/19'],
  ),
  net(
    'de-dsl-reseller',
    'DE',
    'fixed',
    ['84.128.0.0/10', '217.224.0.0/11', '88.64.0.0/12'],
    ['2a02:3100::/32'],
  ),
  net(
    'de-cable',
    'DE',
    'fixed',
    ['178.24.0.0/14', '2.200.0.0/14', '92.72.0.0/13'],
    ['2a02:8108::/32', '2a02:8109::/32', '2a02:810d::/32'],
  ),
  net('de-mobile-a', 'DE', 'mobile', ['80.187.0.0/17', '46.114.0.0/15'], ['2a01:598::/32']),
  net('de-mobile-b', 'DE', 'mobile', ['109.40.0.0/13', '176.0.0.0/14', '176.4.0.0/14'], ['2a01:c22::/32']),
  net('de-business', 'DE', 'office', ['62.226.0.0/16', '82.82.0.0/15', '89.244.0.0/14', '94.134.0.0/15']),
  net(
    'de-campus',
    'DE',
    'office',
    ['129.143.0.0/16', '141.58.0.0/16', '141.62.0.0/16', '193.196.0.0/16'],
    ['2001:7c0::/32'],
  ),
  net('de-hosting', 'DE', 'hosting', ['88.198.0.0/16', '78.46.0.0/15', '46.101.128.0/17'], ['2a01:4f8::/32']),
  // Austria, Switzerland.
  net(
    'at-fixed',
    'AT',
    'fixed',
    ['77.116.0.0/14', '178.190.0.0/15', '91.113.0.0/16'],
    ['2a02:1748::/32', '2001:871::/32'],
  ),
  net('at-campus', 'AT', 'office', ['193.170.0.0/16']),
  net(
    'ch-fixed',
    'CH',
    'fixed',
    ['178.194.0.0/15', '83.76.0.0/14', '85.0.0.0/13', '62.202.0.0/15'],
    ['2a02:1205::/32', '2001:1711::/32'],
  ),
  net('ch-mobile', 'CH', 'mobile', ['188.60.0.0/14', '77.56.0.0/14'], ['2a02:aa10::/32']),
  net('ch-vpn', 'CH', 'hosting', ['185.230.125.0/24']),
  // Benelux, France, Poland.
  net(
    'nl-fixed',
    'NL',
    'fixed',
    ['77.160.0.0/12', '84.24.0.0/13', '86.80.0.0/13', '62.194.0.0/15'],
    ['2a02:a440::/32', '2001:1c00::/32'],
  ),
  net('nl-hosting', 'NL', 'hosting', ['85.17.0.0/16', '188.166.0.0/17']),
  net(
    'be-fixed',
    'BE',
    'fixed',
    ['81.240.0.0/13', '84.192.0.0/14', '84.196.0.0/14', '91.176.0.0/13', '178.116.0.0/14', '109.128.0.0/12'],
    ['2a02:a03f::/32'],
  ),
  net('lu-fixed', 'LU', 'fixed', ['80.90.32.0/19', '94.252.64.0/18']),
  net('lu-campus', 'LU', 'office', ['158.64.0.0/16']),
  net(
    'fr-fixed',
    'FR',
    'fixed',
    ['86.192.0.0/12', '88.160.0.0/11', '109.208.0.0/13', '176.128.0.0/11'],
    ['2a01:cb00::/32', '2a01:e0a::/32'],
  ),
  net(
    'pl-fixed',
    'PL',
    'fixed',
    ['83.0.0.0/11', '79.184.0.0/13', '89.64.0.0/12', '178.42.0.0/15'],
    ['2a02:a311::/32'],
  ),
  net('pl-mobile', 'PL', 'mobile', ['37.30.0.0/16', '31.0.0.0/16', '188.146.0.0/15', '5.172.224.0/19']),
  // VPN exits and data centres elsewhere.
  net('se-vpn', 'SE', 'hosting', ['193.138.218.0/24']),
  net('us-hosting', 'US', 'hosting', ['104.131.0.0/16']),
  net('gb-hosting', 'GB', 'hosting', ['178.62.0.0/18']),
  // Holiday Wi-Fi (Easter holidays) and home networks abroad.
  net('es-fixed', 'ES', 'hotel', ['83.32.0.0/11', '88.0.0.0/11', '79.144.0.0/12', '2.136.0.0/13']),
  net('it-fixed', 'IT', 'hotel', ['79.0.0.0/10', '93.32.0.0/12']),
  net('hr-fixed', 'HR', 'hotel', ['78.0.0.0/15', '93.136.0.0/13']),
  net('tr-fixed', 'TR', 'hotel', ['78.160.0.0/11', '88.224.0.0/11']),
  net('eg-fixed', 'EG', 'hotel', ['41.32.0.0/12', '156.192.0.0/11']),
  net('ae-fixed', 'AE', 'hotel', ['94.200.0.0/13']),
  net('gr-fixed', 'GR', 'hotel', ['94.64.0.0/13']),
  net('us-fixed', 'US', 'fixed', ['73.0.0.0/8', '24.0.0.0/12']),
  net('gb-fixed', 'GB', 'fixed', ['86.128.0.0/11', '81.96.0.0/12']),
  // Comprehensively sanctioned jurisdictions (only the sanctioned_country kind uses these).
  net('ru-fixed', 'RU', 'fixed', [
    '95.24.0.0/13',
    '85.140.0.0/15',
    '5.16.0.0/14',
    '37.144.0.0/14',
    '95.165.0.0/16',
  ]),
  net('ru-mobile', 'RU', 'mobile', ['213.87.128.0/17', '83.220.224.0/19', '176.59.0.0/16']),
  net('by-fixed', 'BY', 'fixed', ['178.120.0.0/13', '93.84.0.0/15', '37.45.0.0/16']),
  net('ir-fixed', 'IR', 'fixed', ['2.176.0.0/12', '5.112.0.0/12']),
];

const byName = new Map(NETWORKS.map((n) => [n.name, n]));

/** A network by name (a typo is a bug, so it throws). */
export function network(name: string): Network {
  const n = byName.get(name);
  if (!n) throw new Error(`no network ${name}`);
  return n;
}

const ipv4 = (n: number): string => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');

function v4In(rng: Rng, cidr: string): string {
  const [base = '0.0.0.0', bits = '32'] = cidr.split('/');
  const start = base.split('.').reduce((a, b) => a * 256 + Number(b), 0);
  const size = 2 ** (32 - Number(bits));
  // Any host of any /24 in the block, never .0 or .255.
  const slash24 = rng.int(0, Math.max(0, size / 256 - 1));
  return ipv4(start + slash24 * 256 + rng.int(1, 254));
}

function v6In(rng: Rng, cidr: string): string {
  const [prefix = '::', bits = '128'] = cidr.split('/');
  const head = prefix
    .replace(/::$/, '')
    .split(':')
    .filter(Boolean)
    .map((g) => parseInt(g, 16));
  const groups = [...head, ...Array.from({ length: 8 - head.length }, () => 0)];
  const fixed = Number(bits);
  for (let b = fixed; b < 128; b++) {
    const g = b >> 4;
    const bit = 15 - (b & 15);
    if (rng.chance(0.5)) groups[g] = (groups[g] ?? 0) | (1 << bit);
  }
  return groups.map((g) => g.toString(16)).join(':');
}

/** An address on the network: IPv6 when asked and the network has it. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  return v6 && n.v6.length > 0 ? v6In(rng, rng.pick(n.v6)) : v4In(rng, rng.pick(n.v4));
}

/** An address as a browser would come: IPv6 about a third of the time where the network offers it. */
export const ipOn = (rng: Rng, n: Network): string =>
  address(rng, n, rng.chance(n.kind === 'mobile' ? 0.45 : 0.3));

/** A home line in `country`: fixed (the incumbent, resellers, cable) by weight. */
export function homeNetwork(rng: Rng, country: string): Network {
  if (country === 'DE')
    return network(
      rng.weightedPick([
        ['de-dsl-incumbent', 45],
        ['de-dsl-reseller', 22],
        ['de-cable', 33],
      ] as const),
    );
  const fixed = NETWORKS.filter((n) => n.country === country && n.kind === 'fixed');
  return rng.pick(fixed);
}

/** A phone's mobile data in `country`; where the model knows no mobile network, the home line (Wi-Fi). */
export function mobileNetwork(rng: Rng, country: string): Network {
  if (country === 'DE') return network(rng.chance(0.55) ? 'de-mobile-a' : 'de-mobile-b');
  const mobile = NETWORKS.filter((n) => n.country === country && n.kind === 'mobile');
  return mobile.length > 0 ? rng.pick(mobile) : homeNetwork(rng, country);
}

/** A business line or campus network (office buyers, students), in `country` where there is one. */
export function officeNetwork(rng: Rng, country: string): Network {
  const office = NETWORKS.filter((n) => n.country === country && n.kind === 'office');
  return office.length > 0 ? rng.pick(office) : homeNetwork(rng, country);
}

/** A commercial VPN exit (privacy users, and crews hiding where they are). */
export const vpnExit = (rng: Rng): Network =>
  network(
    rng.weightedPick([
      ['de-hosting', 30],
      ['nl-hosting', 30],
      ['ch-vpn', 15],
      ['se-vpn', 15],
      ['gb-hosting', 5],
      ['us-hosting', 5],
    ] as const),
  );
