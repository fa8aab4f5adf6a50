import { type Rng } from '../kit/random.js';

/**
 * Where orders come from: real address blocks (as /24 runs) of Korean and overseas carriers, campuses, clouds
 * and VPN exits, each kept only where geoip-country places every /24 in the intended country (checked in a
 * scratch script; the spec samples them again). IPv6 prefixes where the carrier hands out IPv6.
 */

export type NetKind = 'home' | 'mobile' | 'campus' | 'office' | 'cloud' | 'vpn';

export interface Network {
  name: string;
  country: string;
  kind: NetKind;
  /** Runs of /24s: first /24 ("a.b.c") and how many follow it. */
  v4: ReadonlyArray<readonly [string, number]>;
  /** Prefixes whose remaining hextets are random. */
  v6: readonly string[];
}

const net = (
  name: string,
  country: string,
  kind: NetKind,
  v4: ReadonlyArray<readonly [string, number]>,
  v6: readonly string[] = [],
): Network => ({ name, country, kind, v4, v6 });

// One network a line: a table reads better than prettier's expansion.
// prettier-ignore
export const NETWORKS: readonly Network[] = [
  // Korea: fibre at home, LTE/5G behind carrier NAT, campuses, offices and the clouds bots rent.
  net('kt', 'KR', 'home', [['121.128.0', 16384], ['175.192.0', 16384]], ['2001:e60']),
  net('sk-broadband', 'KR', 'home', [['1.224.0', 8192], ['118.32.0', 8192]], ['2001:2d8:e0']),
  net('lg-uplus', 'KR', 'home', [['112.160.0', 8192], ['106.240.0', 4096]], ['2001:4430']),
  net('kt-mobile', 'KR', 'mobile', [['39.7.0', 256], ['110.70.0', 256]]),
  net('skt-mobile', 'KR', 'mobile', [['223.32.0', 8192]], ['2001:2d8:6000']),
  net('lgu-mobile', 'KR', 'mobile', [['117.111.0', 256], ['211.234.0', 256]], ['2406:5900']),
  net('snu', 'KR', 'campus', [['147.46.0', 256]]),
  net('kaist', 'KR', 'campus', [['143.248.0', 256]]),
  net('yonsei', 'KR', 'campus', [['165.132.0', 256]]),
  net('korea-univ', 'KR', 'campus', [['163.152.0', 256]]),
  net('kt-office', 'KR', 'office', [['121.128.0', 64]]),
  net('aws-seoul', 'KR', 'cloud', [['3.34.0', 512], ['13.124.0', 256], ['52.78.0', 256]]),
  net('naver-cloud', 'KR', 'cloud', [['223.130.64', 192], ['110.165.64', 64]]),
  // Overseas homes and phones.
  net('comcast', 'US', 'home', [['73.0.0', 16384], ['24.0.0', 4096]], ['2601:18', '2601:140', '2601:600']),
  net('att', 'US', 'home', [['99.10.64', 13760]], ['2600:1700']),
  net('verizon', 'US', 'home', [['71.160.0', 8192]], ['2600:4040']),
  net('tmobile-us', 'US', 'mobile', [['172.32.0', 6928]], ['2607:fb91']),
  net('rogers', 'CA', 'home', [['99.224.0', 8192]], ['2607:fea8']),
  net('bell', 'CA', 'home', [['70.48.0', 2048], ['174.88.0', 2048]], ['2607:fa48']),
  net('telstra', 'AU', 'home', [['1.120.0', 2048], ['101.167.216', 6184]], ['2001:8003']),
  net('optus', 'AU', 'mobile', [['49.176.0', 4096]], ['2403:4800']),
  net('bt', 'GB', 'home', [['86.128.0', 16384]], ['2a00:23c5']),
  net('sky', 'GB', 'home', [['2.96.0', 2048], ['2.120.0', 2048]], ['2a02:c7f']),
  net('ee', 'GB', 'mobile', [['31.94.0', 256]]),
  net('telekom', 'DE', 'home', [['79.192.0', 16384], ['84.128.0', 16384]], ['2003:c0', '2003:e2']),
  net('orange-fr', 'FR', 'home', [['86.192.0', 7222], ['90.16.0', 5120]], ['2a01:cb10']),
  net('free-fr', 'FR', 'home', [['90.107.0', 5376]], ['2a01:e0a']),
  net('kpn', 'NL', 'home', [['77.160.0', 4096]]),
  net('movistar', 'ES', 'home', [['83.32.0', 8192], ['88.0.0', 8192]]),
  net('tim', 'IT', 'home', [['79.0.0', 8192]]),
  net('orange-pl', 'PL', 'home', [['83.0.0', 8192]]),
  net('singtel', 'SG', 'home', [['116.14.0', 512], ['118.189.0', 256]], ['2406:3003']),
  net('starhub', 'SG', 'mobile', [['175.156.0', 256]]),
  net('tm', 'MY', 'home', [['175.136.0', 2048], ['60.48.0', 1792]], ['2001:e68']),
  net('celcom', 'MY', 'mobile', [['115.164.0', 256]]),
  net('telkom', 'ID', 'home', [['36.64.0', 8192]], ['2001:448a']),
  net('telkomsel', 'ID', 'mobile', [['114.120.0', 2048]]),
  net('pldt', 'PH', 'home', [['124.104.0', 1024], ['112.198.0', 384]], ['2001:4450']),
  net('globe', 'PH', 'mobile', [['49.144.0', 2048]]),
  net('vnpt', 'VN', 'home', [['113.160.0', 8192]]),
  net('viettel', 'VN', 'mobile', [['171.224.0', 8192], ['27.64.0', 4096]], ['2402:800']),
  net('fpt', 'VN', 'home', [['42.112.0', 2048]], ['2405:4800']),
  net('netvigator', 'HK', 'home', [['218.102.0', 512], ['112.118.0', 512]]),
  net('csl', 'HK', 'mobile', [['42.2.0', 512]], ['2404:c800']),
  net('hinet', 'TW', 'home', [['1.160.0', 4096], ['36.224.0', 4096]], ['2001:b011']),
  net('softbank', 'JP', 'mobile', [['126.0.0', 13440]]),
  net('ntt', 'JP', 'home', [['153.128.0', 8192]], ['2400:4050']),
  net('etisalat', 'AE', 'home', [['94.200.0', 2048], ['86.96.0', 1024]], ['2001:8f8']),
  net('du', 'AE', 'mobile', [['2.48.0', 1024]]),
  net('stc', 'SA', 'home', [['188.48.0', 2048], ['37.104.0', 1024]], ['2001:16a0']),
  net('ooredoo', 'QA', 'home', [['37.210.0', 512], ['78.100.0', 512]]),
  net('zain', 'KW', 'mobile', [['37.36.0', 1024]]),
  net('claro-br', 'BR', 'home', [['189.15.201', 2103], ['189.2.0', 1648]]),
  net('telmex', 'MX', 'home', [['187.128.0', 13312]]),
  net('turk-telekom', 'TR', 'home', [['78.160.0', 8192]]),
  net('rostelecom', 'RU', 'home', [['95.24.0', 2048], ['176.14.0', 512]]),
  net('unicom', 'CN', 'home', [['113.224.0', 4096], ['123.112.0', 4096]]),
  net('chinanet', 'CN', 'home', [['183.0.0', 16384]]),
  net('airtel-ng', 'NG', 'mobile', [['105.112.0', 4096]]),
  // Clouds and VPN exits: honest privacy users and fraudsters alike.
  net('aws-us', 'US', 'cloud', [['3.80.0', 4096], ['54.160.0', 2048]], ['2600:1f18']),
  net('do-us', 'US', 'vpn', [['159.89.32', 64], ['134.209.32', 48], ['167.99.96', 32]], ['2604:a880:400']),
  net('hetzner', 'DE', 'vpn', [['78.46.0', 256], ['88.198.102', 154]], ['2a01:4f8']),
  net('ovh', 'FR', 'vpn', [['51.68.8', 128], ['145.239.96', 107]]),
  net('do-nl', 'NL', 'vpn', [['188.166.0', 136], ['178.62.128', 128]]),
  net('do-sg', 'SG', 'vpn', [['128.199.64', 192]]),
  // Comprehensively sanctioned jurisdictions.
  net('mci', 'IR', 'mobile', [['5.112.0', 4096], ['2.176.0', 4096]]),
  net('tci', 'IR', 'home', [['2.144.0', 1024]]),
  net('star-joint', 'KP', 'home', [['175.45.176', 4]]),
  net('syriatel', 'SY', 'mobile', [['31.9.0', 256], ['5.0.0', 256]]),
  net('etecsa', 'CU', 'home', [['152.206.0', 512], ['169.158.0', 200]]),
];

const BY_NAME = new Map(NETWORKS.map((n) => [n.name, n]));

export function network(name: string): Network {
  const n = BY_NAME.get(name);
  if (!n) throw new Error(`no network ${name}`);
  return n;
}

/** Networks of a country and kind (home and mobile are what people mostly use). */
export const networksOf = (country: string, kinds: readonly NetKind[]): Network[] =>
  NETWORKS.filter((n) => n.country === country && kinds.includes(n.kind));

/** A fresh address on the network: a random host in one of its /24 runs, or in one of its IPv6 prefixes. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0) {
    const parts = rng.pick(n.v6).split(':');
    while (parts.length < 8) parts.push(rng.int(0, 0xffff).toString(16));
    return parts.join(':');
  }
  const [first, count] = rng.weightedPick(n.v4.map((run) => [run, run[1]] as const));
  const [a = 0, b = 0, c = 0] = first.split('.').map(Number);
  const at = (a << 16) + (b << 8) + c + rng.int(0, count - 1);
  return `${at >>> 16}.${(at >>> 8) & 255}.${at & 255}.${rng.int(2, 254)}`;
}

/**
 * Addresses as one stream hands them out: carrier NAT and campus/office gateways share a few public addresses
 * between strangers, so those come from small per-network pools; homes get their own address.
 */
export class Addresses {
  private readonly pools = new Map<string, string[]>();

  constructor(private readonly rng: Rng) {}

  draw(n: Network, v6Chance = 0.25): string {
    const shared = n.kind === 'mobile' || n.kind === 'campus' || n.kind === 'office';
    const v6 = n.v6.length > 0 && this.rng.chance(v6Chance);
    if (!shared || v6) return address(this.rng, n, v6);
    let pool = this.pools.get(n.name);
    if (!pool) {
      const size = n.kind === 'mobile' ? 60 : 4;
      pool = Array.from({ length: size }, () => address(this.rng, n, false));
      this.pools.set(n.name, pool);
    }
    return this.rng.pick(pool);
  }
}
