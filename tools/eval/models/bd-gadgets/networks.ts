import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * The networks buyers come from: Bangladeshi mobile carriers (carrier-grade NAT, most of the traffic) and
 * fixed broadband, the diaspora's home and mobile networks, travellers' networks, and the hosting ranges behind
 * commercial VPN exits and card-testing scripts. Every block was checked with geoip-country to sit wholly in its
 * country (`bd-gadgets.spec.ts` draws from each again). A name says what kind of network the block stands for;
 * the holder was not checked.
 */

export type NetKind = 'mobile' | 'broadband' | 'hosting';

export interface Network {
  name: string;
  country: string;
  kind: NetKind;
  /** IPv4 CIDR blocks. */
  v4: readonly string[];
  /** IPv6 /32 prefixes as their first two groups. */
  v6: readonly string[];
}

const n = (name: string, country: string, kind: NetKind, v4: string[], v6: string[] = []): Network => ({
  name,
  country,
  kind,
  v4,
  v6,
});

export const NETWORKS: readonly Network[] = [
  // Bangladesh: mobile data (CGNAT) and fixed broadband.
  n('Grameenphone mobile', 'BD', 'mobile', ['37.111.192.0/18'], ['2400:c600']),
  n('Robi mobile', 'BD', 'mobile', ['113.11.0.0/17']),
  n('Banglalink mobile', 'BD', 'mobile', ['116.58.200.0/21'], ['2404:1c40']),
  n('Link3 broadband', 'BD', 'broadband', ['27.147.128.0/17']),
  n('BTCL broadband', 'BD', 'broadband', ['114.130.0.0/16']),
  n('aamra broadband', 'BD', 'broadband', ['115.127.0.0/17']),
  n('Dhaka fibre ISP', 'BD', 'broadband', ['118.179.0.0/17', '123.200.0.0/19'], ['2401:1900']),
  n('Chattogram and Sylhet ISP', 'BD', 'broadband', ['202.4.96.0/19', '59.152.96.0/20']),
  // The diaspora and travellers.
  n('Etisalat UAE', 'AE', 'broadband', ['94.200.0.0/16', '86.96.0.0/16'], ['2001:8f8']),
  n('du UAE mobile', 'AE', 'mobile', ['2.50.0.0/16', '5.30.0.0/16']),
  n('STC Saudi', 'SA', 'mobile', ['188.48.0.0/16', '37.224.0.0/16']),
  n('Mobily Saudi', 'SA', 'mobile', ['51.39.0.0/16', '2.88.0.0/16']),
  n('Ooredoo Qatar', 'QA', 'mobile', ['78.100.0.0/16']),
  n('Omantel', 'OM', 'mobile', ['5.37.0.0/16']),
  n('Zain Kuwait', 'KW', 'mobile', ['37.36.0.0/16']),
  n('TM Unifi Malaysia', 'MY', 'broadband', ['175.136.0.0/16', '60.48.0.0/16'], ['2001:e68']),
  n('Celcom Maxis Malaysia mobile', 'MY', 'mobile', ['115.164.0.0/16', '183.171.0.0/16']),
  n('BT broadband UK', 'GB', 'broadband', ['86.128.0.0/16', '81.96.0.0/16'], ['2a00:23c0']),
  n('UK mobile', 'GB', 'mobile', ['82.0.0.0/16', '2.96.0.0/16']),
  n('US cable', 'US', 'broadband', ['73.0.0.0/16', '71.0.0.0/16', '98.0.0.0/16']),
  n('US mobile', 'US', 'mobile', ['172.56.0.0/16']),
  n('Jio India mobile', 'IN', 'mobile', ['49.36.0.0/16', '106.208.0.0/16']),
  n('Thai mobile', 'TH', 'mobile', ['171.96.0.0/16', '49.228.0.0/16']),
  // Hosting: VPN exits and scripts.
  n('Singapore cloud (VPN exit)', 'SG', 'hosting', ['128.199.128.0/18', '139.59.224.0/20']),
  n('German hosting (VPN exit)', 'DE', 'hosting', ['88.198.0.0/16', '78.46.0.0/16']),
  n('Dutch hosting (VPN exit)', 'NL', 'hosting', ['85.17.0.0/16', '37.48.64.0/18']),
  n('US cloud (VPN exit)', 'US', 'hosting', ['104.131.0.0/16', '45.55.0.0/16']),
  // Sanctioned jurisdictions: only the sanctioned_country kind comes from these.
  n('Russian broadband', 'RU', 'broadband', ['95.24.0.0/16', '5.228.0.0/16']),
  n('Russian mobile', 'RU', 'mobile', ['31.173.0.0/16']),
  n('Iranian mobile', 'IR', 'mobile', ['5.112.0.0/16', '2.176.0.0/16']),
  n('Belarusian broadband', 'BY', 'broadband', ['178.120.0.0/16', '93.84.0.0/16']),
];

export const SANCTIONED_NETS = new Set(['RU', 'IR', 'BY']);

const byName = new Map(NETWORKS.map((x) => [x.name, x]));

export function net(name: string): Network {
  const found = byName.get(name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
}

export const BD_MOBILE = NETWORKS.filter((x) => x.country === 'BD' && x.kind === 'mobile');
export const BD_BROADBAND = NETWORKS.filter((x) => x.country === 'BD' && x.kind === 'broadband');
/** Exits a VPN user or a fraudster hides behind (never a sanctioned country). */
export const VPN = NETWORKS.filter((x) => x.kind === 'hosting');

/** Networks of a country that is not sanctioned, home and mobile. */
export const inCountry = (country: string): Network[] =>
  NETWORKS.filter((x) => x.country === country && x.kind !== 'hosting');

const ipToNumber = (ip: string) => ip.split('.').reduce((acc, b) => acc * 256 + Number(b), 0);
const numberToIp = (x: number) => [x >>> 24, (x >>> 16) & 255, (x >>> 8) & 255, x & 255].join('.');

/** An address of the network: IPv4 in one of its blocks (no .0 or .255), or IPv6 in its /32. */
export function address(rng: Rng, network: Network, v6 = false): string {
  if (v6 && network.v6.length > 0) {
    const groups = Array.from({ length: 6 }, () => rng.int(0, 0xffff).toString(16));
    return `${rng.pick(network.v6)}:${groups.join(':')}`;
  }
  const [base = '0.0.0.0', bits = '24'] = rng.pick(network.v4).split('/');
  const size = 2 ** (32 - Number(bits));
  const block = ipToNumber(base) + 256 * rng.int(0, size / 256 - 1);
  return numberToIp(block + rng.int(1, 254));
}

/** An address as a buyer shows it: IPv6 a third of the time where the network offers it. */
export const ipOn = (rng: Rng, network: Network): string =>
  address(rng, network, network.v6.length > 0 && rng.chance(0.35));

/** The country geoip-country places an IP in. */
export function ipCountry(ip: string): string | undefined {
  return geoip.lookup(ip)?.country ?? undefined;
}
