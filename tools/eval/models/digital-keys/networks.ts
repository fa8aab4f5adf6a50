import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * Where orders come from. Home broadband and mobile carriers per storefront (mobile behind carrier-grade NAT:
 * a few hundred gateway addresses per block, so strangers share them), carriers abroad (travellers, expats,
 * fraud crews), cloud and hosting ranges (bots, automated storefronts), commercial VPN exits (M247 and
 * Datacamp ranges that VPN providers rent per country) and Tor exits. Every block was kept only if
 * geoip-country places it in the country named here; the spec samples each one.
 */

export type NetKind = 'home' | 'mobile' | 'hosting' | 'vpn' | 'tor';

export interface Network {
  name: string;
  country: string;
  kind: NetKind;
  v4: readonly string[];
  v6: readonly string[];
}

const net = (name: string, country: string, kind: NetKind, v4: string, v6 = ''): Network => ({
  name,
  country,
  kind,
  v4: v4.split(' '),
  v6: v6 ? v6.split(' ') : [],
});

export const NETWORKS: readonly Network[] = [
  net('comcast', 'US', 'home', '73.0.0.0/10 98.192.0.0/11 24.0.0.0/12', '2601::/20'),
  net('spectrum', 'US', 'home', '71.80.0.0/13 24.160.0.0/13 97.96.0.0/13', '2600:6c40::/28'),
  net('att-fiber', 'US', 'home', '108.192.0.0/12 99.0.0.0/13 76.192.0.0/12', '2600:1700::/28'),
  net('verizon-fios', 'US', 'home', '71.160.0.0/12 108.0.0.0/13 96.224.0.0/12 71.96.0.0/12'),
  net('cox', 'US', 'home', '68.0.0.0/13 70.160.0.0/13 98.160.0.0/13'),
  net('t-mobile-us', 'US', 'mobile', '172.32.0.0/12', '2607:fb90::/34'),
  net('verizon-wireless', 'US', 'mobile', '174.192.0.0/10', '2600:1003::/32'),
  net('att-mobility', 'US', 'mobile', '107.64.0.0/10 166.128.0.0/11', '2600:380::/28'),
  net('rogers', 'CA', 'home', '99.224.0.0/11', '2607:fea8::/32'),
  net('bell', 'CA', 'home', '70.48.0.0/13 142.112.0.0/13', '2607:fa48::/32'),
  net('shaw-videotron', 'CA', 'home', '24.64.0.0/13 24.200.0.0/15'),
  net('telus', 'CA', 'mobile', '154.5.0.0/16'),
  net('telstra', 'AU', 'home', '101.160.0.0/14', '2001:8003::/32'),
  net('telstra-mobile', 'AU', 'mobile', '1.128.0.0/11'),
  net('optus', 'AU', 'mobile', '49.176.0.0/12', '2403:5800::/32'),
  net('tpg', 'AU', 'home', '110.174.0.0/16 120.148.0.0/16'),
  net('bt', 'GB', 'home', '86.128.0.0/11 81.128.0.0/12', '2a00:23c0::/26'),
  net('virgin-media', 'GB', 'home', '82.0.0.0/14 86.0.0.0/12'),
  net('sky', 'GB', 'home', '2.96.0.0/13 90.192.0.0/11', '2a02:c7c::/32'),
  net('ee', 'GB', 'mobile', '31.94.0.0/16'),
  net('three-uk', 'GB', 'mobile', '92.40.0.0/15 82.132.192.0/18'),
  net('telekom', 'DE', 'home', '79.192.0.0/10 91.0.0.0/11 87.128.0.0/11 84.128.0.0/11', '2003:c0::/26'),
  net('vodafone-de', 'DE', 'home', '95.88.0.0/14 2.200.0.0/14', '2a02:8108::/32'),
  net('o2-de', 'DE', 'mobile', '77.0.0.0/13 176.0.0.0/14'),
  net('orange-fr', 'FR', 'home', '86.192.0.0/12 90.16.0.0/12', '2a01:cb10::/28'),
  net('free', 'FR', 'home', '82.64.0.0/14 88.160.0.0/11', '2a01:e0a::/32'),
  net('sfr', 'FR', 'home', '109.0.0.0/13'),
  net('bouygues', 'FR', 'mobile', '176.128.0.0/11'),
  net('orange-pl', 'PL', 'home', '83.0.0.0/11 79.184.0.0/13', '2a01:110f::/32'),
  net('upc-netia', 'PL', 'home', '89.64.0.0/13 77.252.0.0/15 31.0.0.0/16'),
  net('play', 'PL', 'mobile', '37.30.0.0/16 46.77.0.0/16 178.235.0.0/16', '2a00:f41::/32'),
  net('turk-telekom', 'TR', 'home', '78.160.0.0/11 88.224.0.0/11 85.96.0.0/12 95.0.0.0/12', '2a02:ff0::/29'),
  net('superonline', 'TR', 'home', '88.240.0.0/12'),
  net('turkcell', 'TR', 'mobile', '188.56.0.0/14 176.232.0.0/14', '2a01:358::/32'),
  net('jio', 'IN', 'mobile', '49.36.0.0/14 157.32.0.0/12', '2409:4000::/22'),
  net('airtel-in', 'IN', 'home', '122.160.0.0/12 223.176.0.0/12', '2401:4900::/32'),
  net('vi', 'IN', 'mobile', '106.192.0.0/11', '2402:8100::/32'),
  net('bsnl-act', 'IN', 'home', '117.192.0.0/10 106.51.0.0/16'),
  net('telkomsel', 'ID', 'mobile', '114.124.0.0/14 182.0.0.0/12'),
  net('indihome', 'ID', 'home', '36.64.0.0/11 180.241.0.0/16 180.244.0.0/14', '2001:448a::/32'),
  net('indosat-xl', 'ID', 'mobile', '114.4.0.0/14 112.215.0.0/16'),
  net('pldt', 'PH', 'home', '49.144.0.0/13 112.198.0.0/16'),
  net('converge', 'PH', 'home', '180.190.0.0/16'),
  net('globe', 'PH', 'mobile', '112.200.0.0/13 120.28.0.0/16', '2001:fd8::/32'),
  net('smart', 'PH', 'mobile', '110.54.128.0/17 175.158.192.0/18', '2001:4450::/32'),
  net('telmex', 'MX', 'home', '189.128.0.0/10 187.128.0.0/11', '2806:2f0::/32'),
  net('izzi-megacable', 'MX', 'home', '201.132.0.0/14 177.224.0.0/13 189.203.0.0/16'),
  net('telcel', 'MX', 'mobile', '187.184.0.0/14', '2806:10a0::/28'),
  net('claro-net', 'BR', 'home', '177.32.0.0/15 177.40.0.0/13', '2804:14c::/32'),
  net('vivo', 'BR', 'home', '187.8.0.0/14 201.0.0.0/15', '2804:18::/32'),
  net('oi', 'BR', 'home', '189.2.0.0/15 189.4.0.0/14'),
  net('tim-br', 'BR', 'mobile', '179.96.0.0/14 179.100.0.0/14', '2804:388::/32'),
  net('mtn-ng', 'NG', 'mobile', '197.210.0.0/16 102.88.0.0/16 102.89.0.0/16', '2c0f:f5c0::/32'),
  net('airtel-ng', 'NG', 'mobile', '105.112.0.0/12'),
  net('glo-spectranet', 'NG', 'home', '41.58.0.0/16 41.184.0.0/16'),
  net('stc', 'SA', 'home', '94.96.0.0/14 188.48.0.0/13 2.88.0.0/14', '2a02:cb80::/30'),
  net('mobily-zain', 'SA', 'mobile', '37.104.0.0/14 5.156.0.0/16 95.218.0.0/16'),
  // Abroad: travellers' and expats' hosts, and the countries fraud crews work from.
  net('etisalat', 'AE', 'mobile', '94.200.0.0/13'),
  net('telefonica-es', 'ES', 'home', '83.32.0.0/11'),
  net('tim-it', 'IT', 'home', '79.0.0.0/12'),
  net('kpn', 'NL', 'home', '77.160.0.0/12'),
  net('viettel', 'VN', 'mobile', '27.64.0.0/12'),
  net('vnpt-fpt', 'VN', 'home', '113.160.0.0/11 42.112.0.0/13'),
  net('rostelecom', 'RU', 'home', '95.24.0.0/13 85.140.0.0/15'),
  net('kyivstar', 'UA', 'mobile', '46.211.0.0/16'),
  net('ptcl', 'PK', 'home', '39.32.0.0/11'),
  net('grameenphone', 'BD', 'mobile', '37.111.192.0/18'),
  net('mtn-gh', 'GH', 'mobile', '154.160.0.0/14'),
  net('maroc-telecom', 'MA', 'home', '105.128.0.0/12'),
  net('te-data', 'EG', 'home', '41.232.0.0/13'),
  net('personal-ar', 'AR', 'mobile', '181.44.0.0/14 186.56.0.0/14'),
  // Cloud and hosting.
  net('aws-us-east', 'US', 'hosting', '3.80.0.0/12 34.192.0.0/11 54.144.0.0/14'),
  net('digitalocean-us', 'US', 'hosting', '104.131.0.0/16 162.243.0.0/16'),
  net('linode-us', 'US', 'hosting', '45.33.0.0/17'),
  net('ovh-us', 'US', 'hosting', '15.204.0.0/16'),
  net('hetzner', 'DE', 'hosting', '88.198.0.0/17 78.46.0.0/15 116.202.0.0/16'),
  net('aws-frankfurt', 'DE', 'hosting', '3.120.0.0/14'),
  net('digitalocean-eu', 'NL', 'hosting', '188.166.0.0/17'),
  net('leaseweb', 'NL', 'hosting', '5.79.64.0/18'),
  net('aws-london', 'GB', 'hosting', '18.130.0.0/16'),
  net('aws-mumbai', 'IN', 'hosting', '13.232.0.0/14'),
  net('aws-singapore', 'SG', 'hosting', '13.212.0.0/15'),
  net('ovh-ca', 'CA', 'hosting', '51.222.0.0/16'),
  // Commercial VPN exits, one network per exit country.
  net('vpn-us', 'US', 'vpn', '146.70.8.0/24 146.70.13.0/24 146.70.24.0/24 146.70.25.0/24 146.70.34.0/24'),
  net('vpn-ca', 'CA', 'vpn', '146.70.27.0/24 146.70.75.0/24 146.70.112.0/24 37.19.209.0/24'),
  net('vpn-gb', 'GB', 'vpn', '146.70.23.0/24 146.70.30.0/24 146.70.43.0/24 89.238.128.0/21'),
  net('vpn-de', 'DE', 'vpn', '146.70.20.0/24 146.70.33.0/24 146.70.36.0/24 146.70.62.0/24'),
  net('vpn-nl', 'NL', 'vpn', '146.70.35.0/24 146.70.86.0/24 146.70.106.0/24'),
  net('vpn-fr', 'FR', 'vpn', '146.70.18.0/24 146.70.32.0/24 146.70.40.0/24'),
  net('vpn-se', 'SE', 'vpn', '146.70.16.0/24 146.70.21.0/24 146.70.122.0/24'),
  net('vpn-ch', 'CH', 'vpn', '146.70.26.0/24 146.70.71.0/24 146.70.99.0/24'),
  net('vpn-pl', 'PL', 'vpn', '146.70.85.0/24 146.70.144.0/24 84.17.54.0/24'),
  net('vpn-ro', 'RO', 'vpn', '146.70.0.0/24 146.70.1.0/24 146.70.2.0/24'),
  net('vpn-jp', 'JP', 'vpn', '146.70.31.0/24 146.70.76.0/24 146.70.138.0/24'),
  net('vpn-sg', 'SG', 'vpn', '146.70.29.0/24 146.70.67.0/24 146.70.149.0/24'),
  net('vpn-au', 'AU', 'vpn', '146.70.78.0/24 146.70.141.0/24 138.199.33.0/24'),
  net('vpn-br', 'BR', 'vpn', '146.70.98.0/24 146.70.163.0/24 138.199.4.0/24'),
  net('vpn-tr', 'TR', 'vpn', '37.19.208.0/24 156.146.52.0/24 149.102.229.0/24'),
  net('vpn-ar', 'AR', 'vpn', '146.70.38.0/24 146.70.39.0/24'),
  net('vpn-in', 'IN', 'vpn', '146.70.142.0/24'),
  net('vpn-ua', 'UA', 'vpn', '37.19.218.0/24 156.146.50.0/24 149.102.240.0/24'),
  net('tor', 'DE', 'tor', '185.220.100.0/24 185.220.101.0/24 185.220.102.0/24'),
];

export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;

const find = (kind: NetKind, country?: string): Network[] =>
  NETWORKS.filter((n) => n.kind === kind && (country === undefined || n.country === country));

/** A network of `kind` in `country` (any country if none there, or none given). */
export function network(rng: Rng, kind: NetKind, country?: string): Network {
  const here = find(kind, country);
  return rng.pick(here.length > 0 ? here : find(kind));
}

const ipv4 = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');

function v4In(rng: Rng, cidr: string, gateway?: number): string {
  const [base = '', bits = '32'] = cidr.split('/');
  const start = base.split('.').reduce((a, o) => a * 256 + Number(o), 0);
  const size = 2 ** (32 - Number(bits));
  // Carrier-grade NAT: one of 300 gateway addresses spread over the block.
  const offset =
    gateway === undefined
      ? rng.int(1, size - 2)
      : 1 + Math.floor(((gateway * 0.6180339887) % 1) * (size - 2));
  return ipv4(start + offset);
}

function v6In(rng: Rng, cidr: string): string {
  const [base = '', bits = '128'] = cidr.split('/');
  const head = base
    .replace(/::$/, '')
    .split(':')
    .filter(Boolean)
    .map((g) => parseInt(g, 16));
  const groups = Array.from({ length: 8 }, (_, i) => head[i] ?? 0);
  const fixed = Number(bits);
  return groups
    .map((g, i) => {
      const keep = Math.min(16, Math.max(0, fixed - i * 16));
      const mask = keep === 0 ? 0 : (0xffff << (16 - keep)) & 0xffff;
      return ((g & mask) | (rng.int(0, 0xffff) & ~mask & 0xffff)).toString(16);
    })
    .join(':');
}

/** An address on `n`: IPv6 when asked and the network has it; mobile IPv4 from its NAT gateways. */
export function address(rng: Rng, n: Network, v6 = false): string {
  if (v6 && n.v6.length > 0) return v6In(rng, rng.pick(n.v6));
  return v4In(rng, rng.pick(n.v4), n.kind === 'mobile' ? rng.int(0, 299) : undefined);
}

const inV4 = (ip: string, cidr: string): boolean => {
  const [base = '', bits = '32'] = cidr.split('/');
  const num = (s: string) => s.split('.').reduce((a, o) => a * 256 + Number(o), 0);
  const size = 2 ** (32 - Number(bits));
  return Math.floor(num(ip) / size) === Math.floor(num(base) / size);
};

/** The network an IPv4 address was drawn from, if any (for the spec). */
export const networkOf = (ip: string): Network | undefined =>
  ip.includes(':') ? undefined : NETWORKS.find((n) => n.v4.some((c) => inV4(ip, c)));
