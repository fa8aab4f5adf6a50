import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * Where the store's traffic comes from. Indian mobile carriers put IPv4 behind carrier-grade NAT (a limited
 * set of gateway addresses that thousands of phones share, so unrelated shoppers can meet on one IP) and hand
 * out IPv6 widely (Jio most of all). Home broadband, campus and office networks, the NRIs' carriers abroad,
 * cloud hosts and commercial VPN exits complete it. Every block was kept only where geoip-country places it
 * in the country given here (the spec samples them all).
 */

export type NetKind = 'mobile' | 'broadband' | 'campus' | 'office' | 'cloud' | 'vpn';

export interface Network {
  name: string;
  country: string;
  kind: NetKind;
  v4: readonly string[];
  /** /32 prefixes as two hextets (`2405:201`). */
  v6: readonly string[];
  /** Share of sessions that come over IPv6 where the network has it. */
  v6Share: number;
  /** Carrier-grade NAT: IPv4 only from a limited set of gateway addresses. */
  nat?: boolean;
}

const net = (
  name: string,
  country: string,
  kind: NetKind,
  v4: string[],
  v6: string[] = [],
  v6Share = 0,
  nat = false,
): Network => ({ name, country, kind, v4, v6, v6Share, ...(nat ? { nat } : {}) });

/** Indian networks: mobile carriers, broadband, campuses, offices and Indian cloud regions. */
export const IN_NETS = {
  jio: net(
    'jio-mobile',
    'IN',
    'mobile',
    ['49.32.0.0/14', '49.42.0.0/15', '49.44.0.0/14', '157.32.0.0/12', '152.56.0.0/14'],
    ['2409:4040', '2409:4050', '2409:4060', '2409:4070', '2409:4080'],
    0.6,
    true,
  ),
  airtel: net(
    'airtel-mobile',
    'IN',
    'mobile',
    ['106.192.0.0/12', '106.208.0.0/12', '223.176.0.0/12', '27.56.0.0/14', '106.76.0.0/14'],
    ['2401:4900'],
    0.45,
    true,
  ),
  vi: net(
    'vi-mobile',
    'IN',
    'mobile',
    ['42.104.0.0/13', '1.38.0.0/15', '49.14.0.0/16', '223.224.0.0/12'],
    ['2402:8100', '2402:3a80'],
    0.25,
    true,
  ),
  bsnl: net('bsnl', 'IN', 'broadband', ['117.192.0.0/10', '59.88.0.0/13', '218.248.0.0/16']),
  jioFiber: net('jio-fiber', 'IN', 'broadband', ['49.36.0.0/14', '115.240.0.0/12'], ['2405:201'], 0.5),
  airtelFiber: net(
    'airtel-xstream',
    'IN',
    'broadband',
    ['122.160.0.0/12', '182.64.0.0/12', '171.48.0.0/12'],
    ['2401:4900'],
    0.3,
  ),
  act: net('act-fibernet', 'IN', 'broadband', ['106.51.0.0/16', '49.207.0.0/16', '183.82.0.0/15']),
  cable: net('local-cable-isp', 'IN', 'broadband', ['49.204.0.0/14', '1.22.0.0/15', '103.87.56.0/22']),
  campus: net('campus-nkn', 'IN', 'campus', ['14.139.0.0/16', '103.27.8.0/22']),
  office: net('office-in', 'IN', 'office', ['14.140.0.0/14', '115.110.0.0/16', '136.232.0.0/16']),
  zscaler: net('zscaler-in', 'IN', 'office', ['165.225.104.0/24']),
  awsMumbai: net('aws-mumbai', 'IN', 'cloud', [
    '13.232.0.0/14',
    '13.126.0.0/15',
    '3.6.0.0/15',
    '65.0.0.0/14',
  ]),
  doBangalore: net('do-bangalore', 'IN', 'cloud', ['139.59.0.0/18', '143.244.128.0/20']),
} as const;

/** Networks abroad: where NRIs and travellers connect, and the hosts and VPN exits anyone can rent. */
export const ABROAD_NETS = {
  etisalat: net(
    'etisalat-ae',
    'AE',
    'mobile',
    ['94.200.0.0/14', '2.48.0.0/14', '83.110.0.0/16'],
    ['2001:8f8'],
    0.4,
  ),
  du: net('du-ae', 'AE', 'mobile', ['94.56.0.0/14', '5.30.0.0/15'], ['2a00:f28'], 0.3),
  comcast: net('comcast-us', 'US', 'broadband', ['73.0.0.0/8'], ['2601:1c0', '2601:280', '2601:600'], 0.5),
  verizon: net('verizon-us', 'US', 'broadband', ['71.160.0.0/12']),
  tmobile: net('tmobile-us', 'US', 'mobile', ['172.56.0.0/15', '172.58.0.0/15'], ['2607:fb90'], 0.7),
  att: net('att-us', 'US', 'broadband', ['99.0.0.0/10'], ['2600:1700'], 0.4),
  bt: net('bt-gb', 'GB', 'broadband', ['86.128.0.0/10', '81.128.0.0/12'], ['2a00:23c6', '2a00:23c7'], 0.4),
  sky: net('sky-gb', 'GB', 'broadband', ['2.96.0.0/13'], ['2a02:c7c', '2a02:c7f'], 0.5),
  virgin: net('virgin-gb', 'GB', 'broadband', ['80.192.0.0/14']),
  singtel: net('singtel-sg', 'SG', 'mobile', ['116.14.0.0/15'], ['2406:3003'], 0.3),
  sgFibre: net('sg-fibre', 'SG', 'broadband', ['101.127.0.0/16']),
  rogers: net('rogers-ca', 'CA', 'broadband', ['99.224.0.0/12']),
  telstra: net('telstra-au', 'AU', 'mobile', ['1.120.0.0/13']),
  thai: net('thai-mobile', 'TH', 'mobile', ['49.228.0.0/14', '171.96.0.0/13']),
  vpnSg: net('vpn-sg', 'SG', 'vpn', ['89.187.162.0/23', '156.146.56.0/23']),
  vpnUs: net('vpn-us', 'US', 'vpn', ['89.187.170.0/24', '89.187.180.0/24', '185.156.46.0/24']),
  vpnGb: net('vpn-gb', 'GB', 'vpn', ['185.59.221.0/24']),
  vpnNl: net('vpn-nl', 'NL', 'vpn', ['2.58.56.0/22']),
  doSingapore: net('do-singapore', 'SG', 'cloud', ['139.59.96.0/19', '143.244.0.0/19']),
  awsUsEast: net('aws-us-east', 'US', 'cloud', ['3.80.0.0/12', '34.192.0.0/12']),
  hetzner: net('hetzner-de', 'DE', 'cloud', ['5.9.0.0/16', '88.198.0.0/16']),
  ovh: net('ovh-fr', 'FR', 'cloud', ['51.68.0.0/17']),
} as const;

export const NETWORKS: readonly Network[] = [...Object.values(IN_NETS), ...Object.values(ABROAD_NETS)];

/** Where people abroad connect from, by country. */
export const HOME_NETS_ABROAD: Readonly<Record<string, readonly Network[]>> = {
  AE: [ABROAD_NETS.etisalat, ABROAD_NETS.du],
  US: [ABROAD_NETS.comcast, ABROAD_NETS.verizon, ABROAD_NETS.tmobile, ABROAD_NETS.att],
  GB: [ABROAD_NETS.bt, ABROAD_NETS.sky, ABROAD_NETS.virgin],
  SG: [ABROAD_NETS.singtel, ABROAD_NETS.sgFibre],
  CA: [ABROAD_NETS.rogers],
  AU: [ABROAD_NETS.telstra],
  TH: [ABROAD_NETS.thai],
};

/** Gateway addresses per carrier-NAT block. */
const NAT_SLOTS = 1024;

function parse(cidr: string): { base: number; size: number } {
  const [ip = '0.0.0.0', bits = '32'] = cidr.split('/');
  const base = ip.split('.').reduce((a, o) => a * 256 + Number(o), 0);
  return { base, size: 2 ** (32 - Number(bits)) };
}

const dotted = (n: number) => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
const hex = (rng: Rng) => rng.int(0, 0xffff).toString(16);

/** An address on `n`: IPv6 when asked and the network has it, otherwise IPv4 (a NAT gateway on carriers). */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0) {
    const groups = [hex(rng), hex(rng), hex(rng), hex(rng), hex(rng), hex(rng)];
    return `${rng.pick(n.v6)}:${groups.join(':')}`;
  }
  const { base, size } = parse(rng.pick(n.v4));
  let offset: number;
  if (n.nat) offset = (rng.int(0, NAT_SLOTS - 1) * 2_654_435_761) % size;
  else offset = rng.int(0, size - 1);
  const last = (base + offset) % 256;
  if (size >= 256 && (last === 0 || last === 255)) offset += last === 0 ? 1 : -1;
  return dotted(base + offset);
}

/** A session's address on `n`, over IPv6 at the network's share. */
export const ipOn = (rng: Rng, n: Network): string => address(rng, n, rng.chance(n.v6Share));

/** The country geoip-country places `ip` in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;

/** Mobile carriers by share of Indian mobile sessions. */
export const MOBILE: ReadonlyArray<readonly [Network, number]> = [
  [IN_NETS.jio, 50],
  [IN_NETS.airtel, 33],
  [IN_NETS.vi, 14],
  [IN_NETS.bsnl, 3],
];

/** Home broadband by share, in metros and beyond. */
export const BROADBAND: ReadonlyArray<readonly [Network, number]> = [
  [IN_NETS.jioFiber, 36],
  [IN_NETS.airtelFiber, 28],
  [IN_NETS.act, 12],
  [IN_NETS.bsnl, 10],
  [IN_NETS.cable, 14],
];
