import { type Rng } from '../kit/random.js';

/**
 * The networks shoppers and fraudsters connect from. Blocks were picked from general knowledge of who holds
 * them and kept only where geoip-country placed every sampled /24 (and IPv6 prefix) in `country`; the spec
 * samples each again. Mobile carriers put many subscribers behind a few carrier-NAT addresses.
 */

export type NetKind = 'fibre' | 'mobile' | 'campus' | 'office' | 'hotel' | 'cloud' | 'vpn';

export interface Network {
  name: string;
  country: string;
  kind: NetKind;
  /** IPv4 blocks, CIDR. */
  v4: readonly string[];
  /** IPv6 prefixes (two or three groups); empty where the network gives no IPv6. */
  v6: readonly string[];
  /** Share of its users on IPv6. */
  v6Share: number;
}

const n = (
  name: string,
  country: string,
  kind: NetKind,
  v4: readonly string[],
  v6: readonly string[] = [],
  v6Share = 0,
): Network => ({ name, country, kind, v4, v6, v6Share });

export const JP_NETS = {
  ocn: n(
    'jp-ocn-fibre',
    'JP',
    'fibre',
    ['60.32.0.0/14', '220.96.0.0/14', '114.160.0.0/14', '153.156.0.0/14'],
    ['2400:4050'],
    0.35,
  ),
  softbankHikari: n('jp-softbank-hikari', 'JP', 'fibre', ['126.0.0.0/13'], ['2409:10'], 0.4),
  regional: n(
    'jp-regional-fibre',
    'JP',
    'fibre',
    ['180.0.0.0/14', '182.170.0.0/15', '122.130.0.0/16'],
    ['2400:2410'],
    0.3,
  ),
  docomo: n('jp-docomo-mobile', 'JP', 'mobile', ['49.96.0.0/14', '1.66.0.0/16'], ['2001:268'], 0.3),
  au: n('jp-au-mobile', 'JP', 'mobile', ['106.128.0.0/13'], ['240d:1a'], 0.3),
  softbankMobile: n('jp-softbank-mobile', 'JP', 'mobile', ['126.8.0.0/13'], ['240b:10'], 0.25),
  rakuten: n('jp-rakuten-mobile', 'JP', 'mobile', ['133.106.0.0/16'], ['240a:61'], 0.3),
  campus: n('jp-university', 'JP', 'campus', ['133.11.0.0/16', '133.3.0.0/16']),
  office: n('jp-office-line', 'JP', 'office', ['219.100.0.0/16', '210.130.128.0/17']),
  hotel: n('jp-hotel-wifi', 'JP', 'hotel', ['122.130.0.0/16', '219.100.0.0/16']),
  cloud: n('jp-cloud', 'JP', 'cloud', ['13.112.0.0/14', '153.120.0.0/16']),
} as const;

export const ABROAD_NETS: Record<string, readonly Network[]> = {
  US: [
    n('us-cable', 'US', 'fibre', ['73.0.0.0/12', '24.0.0.0/14'], ['2601:1c0'], 0.45),
    n('us-fibre', 'US', 'fibre', ['71.160.0.0/14', '99.0.0.0/14'], ['2600:1700'], 0.4),
    n(
      'us-mobile',
      'US',
      'mobile',
      ['172.56.0.0/15'],
      ['2607:fb90:1a2', '2607:fb90:2c81', '2607:fb90:9b44', '2607:fb90:e40d'],
      0.6,
    ),
  ],
  CA: [n('ca-fibre', 'CA', 'fibre', ['70.48.0.0/14'])],
  GB: [n('gb-broadband', 'GB', 'fibre', ['86.128.0.0/12', '81.96.0.0/14'], ['2a00:23c0'], 0.3)],
  DE: [n('de-dsl', 'DE', 'fibre', ['79.192.0.0/12', '87.128.0.0/12'], ['2003:e0'], 0.5)],
  FR: [n('fr-fibre', 'FR', 'fibre', ['82.64.0.0/14', '86.192.0.0/12'], ['2a01:e0a'], 0.5)],
  IT: [n('it-fibre', 'IT', 'fibre', ['79.0.0.0/14'])],
  ES: [n('es-fibre', 'ES', 'fibre', ['83.32.0.0/14'])],
  SG: [n('sg-fibre', 'SG', 'fibre', ['116.14.0.0/16', '118.200.0.0/16'], ['2406:3003'], 0.3)],
  MY: [n('my-fibre', 'MY', 'fibre', ['175.136.0.0/14'])],
  PH: [n('ph-broadband', 'PH', 'fibre', ['112.198.0.0/16', '49.144.0.0/14'], ['2001:4454'], 0.2)],
  TH: [n('th-fibre', 'TH', 'fibre', ['171.96.0.0/14'])],
  ID: [n('id-fibre', 'ID', 'fibre', ['36.64.0.0/14'])],
  HK: [n('hk-broadband', 'HK', 'fibre', ['112.118.0.0/16'])],
  TW: [n('tw-broadband', 'TW', 'fibre', ['1.160.0.0/14'])],
  AU: [
    n('au-nbn', 'AU', 'fibre', ['101.160.0.0/14', '1.120.0.0/14'], ['2001:8003'], 0.3),
    n('au-mobile', 'AU', 'mobile', ['49.176.0.0/14']),
  ],
  KR: [n('kr-mobile', 'KR', 'mobile', ['211.36.0.0/16'])],
  CN: [n('cn-broadband', 'CN', 'fibre', ['114.80.0.0/14'])],
  VN: [n('vn-broadband', 'VN', 'fibre', ['113.160.0.0/14'])],
  RU: [n('ru-broadband', 'RU', 'fibre', ['95.24.0.0/14'])],
  KZ: [n('kz-broadband', 'KZ', 'fibre', ['2.132.0.0/14'])],
  KG: [n('kg-broadband', 'KG', 'fibre', ['212.42.96.0/19'])],
  AM: [n('am-broadband', 'AM', 'fibre', ['37.252.64.0/19'])],
};

/** Data centres and commercial VPN exits. */
export const HOSTING = {
  usCloud: n('us-cloud', 'US', 'cloud', ['104.131.0.0/16', '3.80.0.0/14'], ['2600:1f18'], 0.2),
  deCloud: n('de-cloud', 'DE', 'cloud', ['49.12.0.0/17']),
  nlVpn: n('nl-vpn-exit', 'NL', 'vpn', ['85.17.0.0/16', '185.107.56.0/22']),
} as const;

export const ALL_NETWORKS: readonly Network[] = [
  ...Object.values(JP_NETS),
  ...Object.values(ABROAD_NETS).flat(),
  ...Object.values(HOSTING),
];

/** The home (fixed-line) network of a country; mobile where that is all we have. */
export const homeNet = (rng: Rng, country: string): Network => {
  const list = ABROAD_NETS[country] ?? [];
  const fixed = list.filter((x) => x.kind === 'fibre');
  return rng.pick(fixed.length > 0 ? fixed : list.length > 0 ? list : [HOSTING.usCloud]);
};

export const mobileNetAbroad = (rng: Rng, country: string): Network => {
  const list = ABROAD_NETS[country] ?? [];
  const mobile = list.filter((x) => x.kind === 'mobile');
  return rng.pick(mobile.length > 0 ? mobile : list.length > 0 ? list : [HOSTING.usCloud]);
};

function v4In(rng: Rng, cidr: string): string {
  const [ip = '0.0.0.0', bits = '32'] = cidr.split('/');
  const base = ip.split('.').reduce((a, o) => a * 256 + Number(o), 0);
  const size = 2 ** (32 - Number(bits));
  const a = base + rng.int(0, size / 256 - 1) * 256 + rng.int(2, 253);
  return [a >>> 24, (a >>> 16) & 255, (a >>> 8) & 255, a & 255].join('.');
}

function v6In(rng: Rng, prefix: string): string {
  const groups = prefix.split(':');
  const hex = () => rng.int(0, 0xffff).toString(16);
  while (groups.length < 4) groups.push(hex());
  return `${groups.join(':')}:${hex()}:${hex()}:${hex()}:${rng.int(1, 0xffff).toString(16)}`;
}

/** One address drawn from a network (IPv6 when asked and the network has it). */
export function address(rng: Rng, net: Network, v6: boolean): string {
  return v6 && net.v6.length > 0 ? v6In(rng, rng.pick(net.v6)) : v4In(rng, rng.pick(net.v4));
}

/** Carrier NAT: a mobile network's IPv4 users share a small pool of public addresses. */
export class Addresses {
  private readonly pools = new Map<string, string[]>();

  constructor(private readonly rng: Rng) {}

  /** An address for one visit: mobile IPv4 from the shared pool, anything else fresh from the block. */
  on(net: Network): string {
    const v6 = net.v6.length > 0 && this.rng.chance(net.v6Share);
    if (net.kind !== 'mobile' || v6) return address(this.rng, net, v6);
    let pool = this.pools.get(net.name);
    if (!pool) {
      pool = Array.from({ length: 48 }, () => address(this.rng, net, false));
      this.pools.set(net.name, pool);
    }
    return this.rng.pick(pool);
  }
}
