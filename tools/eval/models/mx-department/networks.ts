import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * The networks buyers check out from. Every IPv4 block (base, prefix length) and IPv6 /32 was checked with
 * geoip-country to locate entirely in the network's country. Names say what kind of network a block stands
 * for, not who holds it.
 */

export type NetworkKind = 'fixed' | 'cable' | 'mobile' | 'campus' | 'office' | 'hosting' | 'proxy';

export interface Network {
  name: string;
  country: string;
  kind: NetworkKind;
  v4: ReadonlyArray<readonly [string, number]>;
  /** IPv6 /32 prefixes (two groups). */
  v6: readonly string[];
}

export const NETWORKS = [
  {
    name: 'mx-fibre',
    country: 'MX',
    kind: 'fixed',
    v4: [
      ['187.188.0.0', 16],
      ['187.189.0.0', 16],
      ['187.190.0.0', 16],
      ['189.128.0.0', 14],
      ['189.136.0.0', 14],
      ['189.144.0.0', 14],
      ['189.172.0.0', 14],
      ['201.102.0.0', 16],
      ['201.103.0.0', 16],
    ],
    v6: ['2806:2f0', '2806:230'],
  },
  {
    name: 'mx-cable',
    country: 'MX',
    kind: 'cable',
    v4: [
      ['189.216.0.0', 14],
      ['201.141.0.0', 16],
      ['187.184.0.0', 14],
      ['177.224.0.0', 14],
      ['187.144.0.0', 14],
    ],
    v6: ['2806:2a0'],
  },
  {
    name: 'mx-mobile',
    country: 'MX',
    kind: 'mobile',
    v4: [
      ['189.203.0.0', 16],
      ['200.68.128.0', 18],
      ['187.232.0.0', 14],
      ['189.240.0.0', 14],
    ],
    v6: ['2806:10a0', '2806:103e'],
  },
  {
    name: 'mx-campus',
    country: 'MX',
    kind: 'campus',
    v4: [
      ['148.204.0.0', 16],
      ['132.248.0.0', 16],
    ],
    v6: [],
  },
  {
    name: 'mx-office',
    country: 'MX',
    kind: 'office',
    v4: [
      ['201.144.0.0', 14],
      ['200.92.0.0', 16],
      ['189.156.0.0', 14],
    ],
    v6: [],
  },
  {
    name: 'us-cable',
    country: 'US',
    kind: 'cable',
    v4: [
      ['73.0.0.0', 10],
      ['73.64.0.0', 10],
      ['24.0.0.0', 12],
      ['98.192.0.0', 12],
      ['76.80.0.0', 12],
      ['68.0.0.0', 12],
      ['47.32.0.0', 12],
    ],
    v6: ['2601:1c0', '2603:8000'],
  },
  {
    name: 'us-mobile',
    country: 'US',
    kind: 'mobile',
    v4: [
      ['107.64.0.0', 12],
      ['174.192.0.0', 12],
      ['108.0.0.0', 14],
    ],
    v6: ['2600:1700'],
  },
  {
    name: 'us-hosting',
    country: 'US',
    kind: 'hosting',
    v4: [
      ['45.33.0.0', 17],
      ['104.131.0.0', 16],
      ['3.80.0.0', 12],
    ],
    v6: [],
  },
  // Home connections rented out as "residential proxies".
  { name: 'us-residential-proxy', country: 'US', kind: 'proxy', v4: [['71.160.0.0', 12]], v6: [] },
  { name: 'nl-hosting', country: 'NL', kind: 'hosting', v4: [['185.107.56.0', 22]], v6: [] },
  {
    name: 'es-fibre',
    country: 'ES',
    kind: 'fixed',
    v4: [
      ['88.0.0.0', 11],
      ['83.32.0.0', 11],
      ['81.32.0.0', 12],
    ],
    v6: [],
  },
  {
    name: 'ca-cable',
    country: 'CA',
    kind: 'cable',
    v4: [
      ['70.24.0.0', 13],
      ['99.224.0.0', 12],
    ],
    v6: [],
  },
  {
    name: 'cu-mobile',
    country: 'CU',
    kind: 'mobile',
    v4: [
      ['152.206.0.0', 15],
      ['181.225.224.0', 19],
      ['200.55.128.0', 18],
      ['190.6.64.0', 19],
    ],
    v6: [],
  },
  {
    name: 'ir-mobile',
    country: 'IR',
    kind: 'mobile',
    v4: [
      ['2.176.0.0', 12],
      ['151.232.0.0', 14],
      ['5.112.0.0', 12],
      ['37.98.0.0', 17],
      ['89.196.0.0', 16],
    ],
    v6: ['2a01:5ec0'],
  },
] as const satisfies readonly Network[];

export type NetworkName = (typeof NETWORKS)[number]['name'];

export const network = (name: NetworkName): Network => {
  const found = NETWORKS.find((n) => n.name === name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
};

const toInt = (ip: string): number => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
const toIp = (n: number): string => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');

/** An address in one of the network's blocks (never a .0 or .255), IPv6 when asked and the network has any. */
export function address(rng: Rng, n: Network, v6 = false): string {
  if (v6 && n.v6.length > 0) {
    const groups = Array.from({ length: 6 }, () => rng.int(0, 0xffff).toString(16));
    return `${rng.pick(n.v6)}:${groups.join(':')}`;
  }
  const [base, prefix] = rng.pick(n.v4);
  const size = 2 ** (32 - prefix);
  const offset = Math.floor(rng.int(0, size / 256 - 1)) * 256 + rng.int(1, 254);
  return toIp(toInt(base) + Math.min(offset, size - 2));
}

/** An address, IPv6 for a share of the networks that have it. */
export const ipOn = (rng: Rng, n: Network): string => address(rng, n, n.v6.length > 0 && rng.chance(0.25));

/** The country geoip-country places an IP in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;
