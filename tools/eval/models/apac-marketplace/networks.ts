import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * Where orders come from: national mobile carriers (most shoppers, behind carrier-grade NAT, so strangers
 * share addresses), home broadband, office networks, and hosting or VPN exits. Blocks were chosen from general
 * knowledge and kept only where geoip-country places them in the country given (the spec samples each).
 */

export type NetKind = 'mobile' | 'home' | 'office' | 'hosting';

export interface Network {
  name: string;
  country: string;
  kind: NetKind;
  v4: readonly string[];
  v6: readonly string[];
}

export const NETWORKS: readonly Network[] = [
  { name: 'singtel-mobile', country: 'SG', kind: 'mobile', v4: ['220.255.0.0/16'], v6: [] },
  { name: 'm1', country: 'SG', kind: 'mobile', v4: ['119.56.96.0/19'], v6: [] },
  { name: 'singtel-fibre', country: 'SG', kind: 'home', v4: ['116.86.0.0/16'], v6: [] },
  { name: 'starhub', country: 'SG', kind: 'home', v4: ['58.182.0.0/16'], v6: [] },
  { name: 'myrepublic', country: 'SG', kind: 'home', v4: ['27.125.128.0/18'], v6: [] },
  { name: 'sg-offices', country: 'SG', kind: 'office', v4: ['203.116.0.0/16'], v6: [] },
  { name: 'maxis', country: 'MY', kind: 'mobile', v4: ['115.164.0.0/16'], v6: [] },
  { name: 'celcom', country: 'MY', kind: 'mobile', v4: ['115.132.0.0/15'], v6: [] },
  { name: 'digi', country: 'MY', kind: 'mobile', v4: ['113.210.0.0/16'], v6: [] },
  { name: 'unifi', country: 'MY', kind: 'home', v4: ['175.136.0.0/15', '60.48.0.0/15'], v6: [] },
  { name: 'my-offices', country: 'MY', kind: 'office', v4: ['202.185.0.0/16'], v6: [] },
  { name: 'globe', country: 'PH', kind: 'mobile', v4: ['112.206.0.0/16'], v6: [] },
  { name: 'smart', country: 'PH', kind: 'mobile', v4: ['110.54.128.0/17', '49.144.0.0/14'], v6: [] },
  { name: 'pldt', country: 'PH', kind: 'home', v4: ['112.198.0.0/16', '122.2.0.0/16'], v6: [] },
  { name: 'converge', country: 'PH', kind: 'home', v4: ['180.190.0.0/16', '136.158.0.0/16'], v6: [] },
  { name: 'ph-offices', country: 'PH', kind: 'office', v4: ['124.106.0.0/16'], v6: [] },
  { name: 'docomo', country: 'JP', kind: 'mobile', v4: ['1.66.0.0/15', '49.96.0.0/12'], v6: [] },
  { name: 'au-kddi', country: 'JP', kind: 'mobile', v4: ['106.128.0.0/13'], v6: [] },
  { name: 'ocn', country: 'JP', kind: 'home', v4: ['153.128.0.0/11'], v6: [] },
  { name: 'softbank-bb', country: 'JP', kind: 'home', v4: ['126.0.0.0/12', '220.96.0.0/14'], v6: [] },
  { name: 'jp-offices', country: 'JP', kind: 'office', v4: ['60.64.0.0/14'], v6: [] },
  { name: 'skt', country: 'KR', kind: 'mobile', v4: ['223.32.0.0/11'], v6: [] },
  { name: 'kt-mobile', country: 'KR', kind: 'mobile', v4: ['39.7.0.0/16', '110.70.0.0/16'], v6: [] },
  { name: 'kt', country: 'KR', kind: 'home', v4: ['175.192.0.0/12', '121.128.0.0/11'], v6: [] },
  { name: 'sk-broadband', country: 'KR', kind: 'home', v4: ['218.48.0.0/13'], v6: [] },
  { name: 'lg-uplus', country: 'KR', kind: 'office', v4: ['106.240.0.0/13', '211.36.128.0/17'], v6: [] },
  { name: 'aws-singapore', country: 'SG', kind: 'hosting', v4: ['13.228.0.0/15', '52.74.0.0/16'], v6: [] },
  {
    name: 'do-singapore',
    country: 'SG',
    kind: 'hosting',
    v4: ['128.199.128.0/18', '139.59.224.0/20'],
    v6: [],
  },
  { name: 'aws-tokyo', country: 'JP', kind: 'hosting', v4: ['54.64.0.0/15'], v6: [] },
  { name: 'sakura-cloud', country: 'JP', kind: 'hosting', v4: ['133.242.0.0/16'], v6: [] },
  { name: 'aws-seoul', country: 'KR', kind: 'hosting', v4: ['3.34.0.0/15'], v6: [] },
  { name: 'us-hosting', country: 'US', kind: 'hosting', v4: ['104.131.0.0/16', '45.33.0.0/17'], v6: [] },
  { name: 'nl-vpn', country: 'NL', kind: 'hosting', v4: ['185.107.56.0/22', '5.2.64.0/20'], v6: [] },
  { name: 'hk-broadband', country: 'HK', kind: 'home', v4: ['42.2.0.0/15'], v6: [] },
  { name: 'vnpt', country: 'VN', kind: 'home', v4: ['113.160.0.0/11', '14.160.0.0/11'], v6: [] },
  { name: 'telkomsel', country: 'ID', kind: 'mobile', v4: ['114.120.0.0/13'], v6: [] },
  { name: 'indihome', country: 'ID', kind: 'home', v4: ['36.64.0.0/11'], v6: [] },
  { name: 'airtel-ng', country: 'NG', kind: 'mobile', v4: ['105.112.0.0/12'], v6: [] },
  { name: 'hinet', country: 'TW', kind: 'home', v4: ['1.160.0.0/12', '114.32.0.0/12'], v6: [] },
];

export function networksOf(country: string, kind: NetKind): Network[] {
  return NETWORKS.filter((n) => n.country === country && n.kind === kind);
}

export function network(rng: Rng, country: string, kind: NetKind): Network {
  const found = networksOf(country, kind);
  const home = networksOf(country, 'home');
  const any = NETWORKS.filter((n) => n.country === country);
  return rng.pick(found.length > 0 ? found : home.length > 0 ? home : any);
}

/**
 * An address in the network. Carrier-NAT mobile networks hand out addresses from a small pool of gateways
 * (the first 512 of each block), so unrelated shoppers on the same carrier often share one.
 */
export function address(rng: Rng, n: Network, _v6 = false): string {
  const cidr = rng.pick(n.v4);
  const [base = '0.0.0.0', bits = '32'] = cidr.split('/');
  const start = base.split('.').reduce((a, x) => a * 256 + Number(x), 0);
  const size = 2 ** (32 - Number(bits));
  const offset = n.kind === 'mobile' ? rng.int(1, 511) : rng.int(1, size - 2);
  const v = start + offset;
  return [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join('.');
}

/** A shopper's address on a network of `kind` in `country`. */
export const ipFrom = (rng: Rng, country: string, kind: NetKind): string =>
  address(rng, network(rng, country, kind));

export function ipCountry(ip: string): string | undefined {
  return geoip.lookup(ip)?.country ?? undefined;
}
