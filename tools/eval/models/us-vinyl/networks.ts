import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * The networks buyers come from. Every IPv4 block and IPv6 /32 here was checked with geoip-country (every /24
 * of each block, and random IPv6 addresses) to locate in the network's country. Names say what kind of network
 * a block stands for, not who holds it.
 */

export type NetworkKind = 'cable' | 'fibre' | 'dsl' | 'mobile' | 'campus' | 'hosting' | 'relay';

export interface Network {
  name: string;
  country: string;
  kind: NetworkKind;
  /** IPv4 CIDR blocks. */
  v4: readonly string[];
  /** IPv6 /32 prefixes (the first two groups). */
  v6: readonly string[];
}

const n = (name: string, country: string, kind: NetworkKind, v4: string[], v6: string[] = []): Network => ({
  name,
  country,
  kind,
  v4,
  v6,
});

export const NETWORKS: readonly Network[] = [
  n(
    'us-cable-national',
    'US',
    'cable',
    ['73.0.0.0/10', '98.192.0.0/10', '68.32.0.0/11'],
    ['2601:14', '2601:2c0', '2601:40'],
  ),
  n('us-cable-regional', 'US', 'cable', ['76.176.0.0/12', '24.160.0.0/14', '47.132.0.0/14'], ['2603:6000']),
  n('us-fibre-south', 'US', 'fibre', ['104.184.0.0/13', '162.192.0.0/12', '99.0.0.0/13'], ['2600:1700']),
  n('us-fibre-northeast', 'US', 'fibre', ['71.160.0.0/11', '108.0.0.0/14'], ['2600:4040']),
  n('us-dsl-rural', 'US', 'dsl', ['12.0.0.0/12', '75.128.0.0/13']),
  n('us-mobile-magenta', 'US', 'mobile', ['172.56.0.0/15', '172.58.0.0/16']),
  n('us-mobile-red', 'US', 'mobile', ['174.192.0.0/10'], ['2600:1000']),
  n('us-mobile-blue', 'US', 'mobile', ['107.77.192.0/18', '166.128.0.0/11'], ['2600:387']),
  n('us-campus', 'US', 'campus', ['129.59.0.0/16', '128.32.0.0/16', '130.126.0.0/16']),
  n('us-hosting', 'US', 'hosting', [
    '3.80.0.0/12',
    '18.204.0.0/14',
    '35.160.0.0/13',
    '104.131.0.0/16',
    '192.241.128.0/17',
    '66.42.64.0/18',
    '23.82.0.0/16',
  ]),
  n('us-private-relay', 'US', 'relay', ['172.227.0.0/16', '172.228.0.0/14']),
  n('ca-cable', 'CA', 'cable', ['99.224.0.0/11', '24.200.0.0/14'], ['2607:fea8']),
  n('ca-dsl', 'CA', 'dsl', ['70.48.0.0/13', '142.112.0.0/13', '154.20.0.0/16'], ['2001:56a']),
  n('ca-mobile', 'CA', 'mobile', ['24.114.0.0/16']),
  n('gb-fibre', 'GB', 'fibre', ['86.128.0.0/10'], ['2a00:23c5']),
  n('gb-cable', 'GB', 'cable', ['82.0.0.0/12', '81.96.0.0/12'], ['2a02:c7c']),
  n('gb-broadband', 'GB', 'dsl', ['5.64.0.0/13', '51.148.0.0/16'], ['2a01:4b00']),
  n('gb-mobile', 'GB', 'mobile', ['31.94.0.0/16', '92.40.0.0/15']),
  n('ie-broadband', 'IE', 'dsl', ['86.40.0.0/13']),
  n('de-dsl', 'DE', 'dsl', ['79.192.0.0/10', '87.128.0.0/10', '91.0.0.0/10'], ['2003:e6']),
  n('de-cable', 'DE', 'cable', ['88.64.0.0/12'], ['2a02:8108']),
  n('de-mobile', 'DE', 'mobile', ['176.0.0.0/14', '5.146.0.0/16']),
  n('de-hosting', 'DE', 'hosting', ['88.198.0.0/16', '5.9.0.0/16'], ['2a01:4f8']),
  n('fr-fibre', 'FR', 'fibre', ['109.0.0.0/11', '90.0.0.0/13'], ['2a01:cb00', '2a01:e0a']),
  n('nl-broadband', 'NL', 'cable', ['77.160.0.0/12', '84.24.0.0/13'], ['2001:1c00']),
  n('nl-hosting', 'NL', 'hosting', ['85.17.0.0/16', '37.48.64.0/18']),
  n('se-fibre', 'SE', 'fibre', ['78.64.0.0/12', '90.224.0.0/12', '83.248.0.0/14'], ['2001:2042']),
  n('ch-vpn-exit', 'CH', 'hosting', ['85.0.0.0/13', '178.192.0.0/13']),
  n('it-broadband', 'IT', 'dsl', ['79.0.0.0/10', '87.0.0.0/11', '93.32.0.0/11'], ['2001:b07']),
  n('es-fibre', 'ES', 'fibre', ['83.32.0.0/11', '88.0.0.0/11'], ['2a0c:5a80']),
  n('jp-fibre', 'JP', 'fibre', ['153.128.0.0/10', '60.64.0.0/11'], ['2400:4050']),
  n('jp-mobile', 'JP', 'mobile', ['106.128.0.0/10', '126.0.0.0/11'], ['240b:10']),
  n('au-broadband', 'AU', 'dsl', ['1.120.0.0/13', '120.144.0.0/12', '110.174.0.0/15'], ['2001:8003']),
  n('au-mobile', 'AU', 'mobile', ['49.176.0.0/12'], ['2403:5800']),
  n('mx-broadband', 'MX', 'dsl', ['187.128.0.0/11', '189.128.0.0/10'], ['2806:2f0']),
  // The sanctioned-country kind alone comes from these.
  n('ru-broadband', 'RU', 'dsl', ['95.24.0.0/13', '5.136.0.0/13', '91.76.0.0/14'], ['2a00:1fa0']),
  n('by-broadband', 'BY', 'dsl', ['178.120.0.0/13', '37.212.0.0/14']),
  n('ir-mobile', 'IR', 'mobile', ['2.176.0.0/12', '5.112.0.0/12']),
  n('cu-state', 'CU', 'mobile', ['152.206.0.0/15', '181.225.224.0/19']),
  n('kz-broadband', 'KZ', 'dsl', ['2.132.0.0/14', '95.56.0.0/14', '37.150.0.0/15'], ['2a03:32c0']),
  n('ge-broadband', 'GE', 'dsl', ['31.146.0.0/16', '188.169.0.0/16', '176.73.0.0/16']),
  n('am-broadband', 'AM', 'dsl', ['46.71.0.0/16', '5.77.192.0/18']),
  n('ae-broadband', 'AE', 'fibre', ['94.200.0.0/13', '2.48.0.0/14']),
  n('tr-broadband', 'TR', 'dsl', ['78.160.0.0/11', '88.224.0.0/11', '85.96.0.0/12'], ['2a02:e0']),
  n('lt-broadband', 'LT', 'fibre', ['78.56.0.0/13']),
];

const BY_NAME = new Map(NETWORKS.map((x) => [x.name, x]));

export function network(name: string): Network {
  const found = BY_NAME.get(name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
}

const toInt = (ip: string) => ip.split('.').reduce((s, o) => s * 256 + Number(o), 0);
const toIp = (x: number) => [x >>> 24, (x >>> 16) & 255, (x >>> 8) & 255, x & 255].join('.');

/** A host address on the network: IPv4 (never .0 or .255), or IPv6 when asked and it has ranges. */
export function address(rng: Rng, net: Network, v6: boolean): string {
  if (v6 && net.v6.length > 0) {
    const groups = Array.from({ length: 6 }, () => rng.int(0, 0xffff).toString(16));
    return `${rng.pick(net.v6)}:${groups.join(':')}`;
  }
  const [base = '0.0.0.0', bits = '32'] = rng.pick(net.v4).split('/');
  const size = 2 ** (32 - Number(bits));
  const block = Math.floor(rng.next() * (size / 256)) * 256;
  return toIp(toInt(base) + block + rng.int(1, 254));
}

/** An address for a buyer on this network: IPv6 for a share of those that have it (phones most). */
export function ipOn(rng: Rng, net: Network): string {
  const v6 = net.v6.length > 0 && rng.chance(net.kind === 'mobile' ? 0.55 : 0.3);
  return address(rng, net, v6);
}

/** The country geoip-country places an IP in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;

const HOME_KINDS: ReadonlyArray<readonly [NetworkKind, number]> = [
  ['cable', 40],
  ['fibre', 30],
  ['dsl', 15],
  ['mobile', 15],
];

/** A home or phone network in `country`, by how people connect there. */
export function homeNetwork(rng: Rng, country: string, mobile = false): Network {
  const here = NETWORKS.filter((x) => x.country === country && x.kind !== 'hosting' && x.kind !== 'relay');
  if (here.length === 0) throw new Error(`no home network in ${country}`);
  const phones = here.filter((x) => x.kind === 'mobile');
  if (mobile && phones.length > 0) return rng.pick(phones);
  const kind = rng.weightedPick(HOME_KINDS.filter(([k]) => here.some((x) => x.kind === k)));
  return rng.pick(here.filter((x) => x.kind === kind));
}

/** Residential US networks rented out as proxies: cable, fibre, DSL and phones. */
export const US_RESIDENTIAL: readonly Network[] = NETWORKS.filter(
  (x) => x.country === 'US' && ['cable', 'fibre', 'dsl', 'mobile'].includes(x.kind),
);
