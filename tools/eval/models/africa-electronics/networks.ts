import { type Rng } from '../kit/random.js';

/**
 * The networks customers (and crews) connect from, each an IP block that geoip-country places in `country`
 * (the spec samples every one). Mobile carriers sit behind carrier-grade NAT, so unrelated shoppers share an
 * address there; offices and campuses put many people behind a handful.
 */

export type NetworkKind =
  'mobile' | 'broadband' | 'office' | 'campus' | 'hosting' | 'vpn' | 'residential_proxy';

export interface Network {
  name: string;
  country: string;
  kind: NetworkKind;
  /** IPv4 ranges, first and last address. */
  v4: ReadonlyArray<readonly [string, string]>;
  /** IPv6 /32 prefixes (two groups), used by some of the network's customers. */
  v6: readonly string[];
}

const net = (
  name: string,
  country: string,
  kind: NetworkKind,
  v4: ReadonlyArray<readonly [string, string]>,
  v6: readonly string[] = [],
): Network => ({ name, country, kind, v4, v6 });

const b16 = (prefix: string): readonly [string, string] => [`${prefix}.0.0`, `${prefix}.255.255`];

/** 92.40.0.0/16 less one /24 that geoip-country places in Italy. */
const GB_92_40: ReadonlyArray<readonly [string, string]> = [
  ['92.40.0.0', '92.40.176.255'],
  ['92.40.178.0', '92.40.255.255'],
];

export const NETWORKS: readonly Network[] = [
  net('ng-mtn-mobile', 'NG', 'mobile', [b16('102.89'), b16('197.210')], ['2c0f:f5c0']),
  net('ng-airtel-mobile', 'NG', 'mobile', [['105.112.0.0', '105.127.255.255']]),
  net('ng-glo-mobile', 'NG', 'mobile', [b16('102.90'), b16('102.91')]),
  net('ng-broadband', 'NG', 'broadband', [b16('41.58'), b16('41.184'), b16('102.88')], ['2c0f:2a80']),
  net('ng-office', 'NG', 'office', [
    ['154.113.0.0', '154.113.22.255'],
    ['154.113.24.0', '154.113.255.255'],
  ]),
  net('ke-safaricom-mobile', 'KE', 'mobile', [b16('105.160'), b16('105.161'), b16('41.90')], ['2c0f:fe38']),
  net('ke-airtel-mobile', 'KE', 'mobile', [b16('41.80'), b16('41.81')]),
  net('ke-home-fibre', 'KE', 'broadband', [b16('197.237'), b16('102.0'), b16('105.48')], ['2c0f:fb50']),
  net('ke-office', 'KE', 'office', [b16('197.248'), b16('154.122')]),
  net('ke-campus', 'KE', 'campus', [b16('197.136'), b16('197.232')]),
  net('za-vodacom-mobile', 'ZA', 'mobile', [b16('105.224'), b16('105.225'), b16('41.13')]),
  net('za-mtn-mobile', 'ZA', 'mobile', [b16('197.245'), b16('41.150')]),
  net('za-home-fibre', 'ZA', 'broadband', [b16('102.65'), b16('196.210'), b16('41.113')], ['2c0f:f4c0']),
  net('za-office', 'ZA', 'office', [b16('169.0')], ['2c0f:ef78']),
  net('za-cloud', 'ZA', 'hosting', [b16('13.244'), b16('13.245'), b16('102.133'), b16('20.87')]),
  net('gh-mtn-mobile', 'GH', 'mobile', [['154.160.0.0', '154.167.255.255']]),
  net('gh-telecel-mobile', 'GH', 'mobile', [
    ['41.155.0.0', '41.155.127.255'],
    ['197.251.128.0', '197.251.255.255'],
  ]),
  net('gh-broadband', 'GH', 'broadband', [['102.176.0.0', '102.176.127.255']]),
  net('gh-office', 'GH', 'office', [['41.66.192.0', '41.66.255.255']]),
  net(
    'gb-broadband',
    'GB',
    'broadband',
    [b16('86.128'), b16('81.128'), b16('82.0'), ...GB_92_40],
    ['2a00:23c0', '2a00:23c8'],
  ),
  net('gb-mobile', 'GB', 'mobile', [b16('31.94'), b16('2.96')], ['2a02:c7c']),
  net('us-broadband', 'US', 'broadband', [b16('73.1'), b16('71.1'), b16('98.200')], ['2601:0', '2601:1c0']),
  net('us-mobile', 'US', 'mobile', [b16('172.56')], ['2600:1700']),
  net('ae-broadband', 'AE', 'broadband', [b16('94.200'), b16('86.96')], ['2001:8f8']),
  net('ae-mobile', 'AE', 'mobile', [b16('5.30'), b16('2.50')]),
  net('gb-cloud', 'GB', 'hosting', [b16('35.176'), b16('18.130'), b16('3.8')]),
  net('us-cloud', 'US', 'hosting', [b16('54.80'), b16('52.90')]),
  net('de-hosting', 'DE', 'hosting', [
    ['88.198.0.0', '88.198.100.255'],
    ['88.198.102.0', '88.198.255.255'],
    b16('144.76'),
    b16('3.120'),
  ]),
  net('nl-vpn-exit', 'NL', 'vpn', [b16('35.204')]),
  net('be-vpn-exit', 'BE', 'vpn', [
    ['34.140.0.0', '34.140.167.255'],
    ['34.140.169.0', '34.140.255.255'],
  ]),
  net('us-residential-proxy', 'US', 'residential_proxy', [
    b16('73.1'),
    b16('71.1'),
    b16('98.200'),
    b16('47.1'),
  ]),
  net('gb-residential-proxy', 'GB', 'residential_proxy', [b16('86.128'), b16('90.200'), ...GB_92_40]),
];

export const network = (name: string): Network => {
  const found = NETWORKS.find((n) => n.name === name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
};

/** Networks of a country of a kind (mobile, broadband, …). */
export const networksOf = (country: string, kind: NetworkKind): Network[] =>
  NETWORKS.filter((n) => n.country === country && n.kind === kind);

const toInt = (ip: string) => ip.split('.').reduce((a, o) => a * 256 + Number(o), 0);
const toIp = (n: number) => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');

/** A fresh address on the network (IPv6 when asked and the network has it). */
export function address(rng: Rng, n: Network, v6 = false): string {
  if (v6 && n.v6.length > 0) {
    const groups = Array.from({ length: 6 }, () => rng.int(0, 0xffff).toString(16));
    return `${rng.pick(n.v6)}:${groups.join(':')}`;
  }
  const [first = '0.0.0.0', last = '0.0.0.0'] = rng.pick(n.v4);
  const from = toInt(first) + 1;
  return toIp(rng.int(from, toInt(last) - 1));
}

/**
 * Where shoppers' addresses come from, stream-wide: carrier NAT pools (unrelated customers share one), an
 * office's few egress addresses, and everyone else's own line.
 */
export class Addresses {
  private readonly pools = new Map<string, string[]>();

  constructor(private readonly rng: Rng) {}

  /** `pool`: how many shared egress addresses the network shows the world. */
  private shared(n: Network, size: number): string {
    let pool = this.pools.get(n.name);
    if (!pool) this.pools.set(n.name, (pool = Array.from({ length: size }, () => address(this.rng, n))));
    return this.rng.pick(pool);
  }

  /** A customer's address on `n`: shared behind NAT often on mobile, always at an office or campus. */
  of(rng: Rng, n: Network): string {
    if (n.kind === 'office') return this.shared(n, 12);
    if (n.kind === 'campus') return this.shared(n, 6);
    if (n.kind === 'mobile' && rng.chance(0.3)) return this.shared(n, 60);
    return address(rng, n, n.v6.length > 0 && rng.chance(0.25));
  }
}
