import geoip from 'geoip-country';
import { cyrb128, type Rng } from '../kit/random.js';
import { ABROAD } from './networks-abroad.js';
import { type Network, type NetworkKind, REGION } from './networks-region.js';

/**
 * Where shoppers connect from (networks-region.ts, networks-abroad.ts). Blocks were chosen from what is
 * known of each country's carriers, broadband providers, cloud hosts and VPN exits and kept only where
 * geoip-country places them in the intended country (the spec samples every network). Mobile carriers put
 * their subscribers behind carrier-grade NAT: an address is one of a few hundred gateways per block, so
 * strangers share addresses.
 */

export { type Network, type NetworkKind };

export const NETWORKS: readonly Network[] = [...REGION, ...ABROAD];

export const network = (name: string): Network => {
  const found = NETWORKS.find((x) => x.name === name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
};

/** Networks of a country and kinds. */
export const networksIn = (country: string, ...kinds: NetworkKind[]): Network[] =>
  NETWORKS.filter((x) => x.country === country && (kinds.length === 0 || kinds.includes(x.kind)));

export const VPNS = NETWORKS.filter((x) => x.kind === 'vpn');
export const HOSTING = NETWORKS.filter((x) => x.kind === 'hosting');

const toIp = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
const toInt = (ip: string) => ip.split('.').reduce((a, b) => a * 256 + Number(b), 0);

/** Carrier-grade NAT gateways per mobile block. */
const GATEWAYS = 400;

/** An address on `n`: a NAT gateway for mobile carriers, any host for the rest; IPv6 where it has prefixes. */
export function address(rng: Rng, n: Network, v6 = rng.chance(n.v6Share ?? 0)): string {
  if (v6 && n.v6.length > 0) {
    const groups = Array.from({ length: 6 }, () => rng.int(0, 0xffff).toString(16));
    return `${rng.pick(n.v6)}:${groups.join(':')}`;
  }
  const [first, bits] = rng.pick(n.v4);
  const size = 2 ** (32 - bits);
  const offset =
    n.kind === 'mobile'
      ? (cyrb128(`${n.name}/${first}/${rng.int(0, GATEWAYS - 1)}`)[0] % (size - 2)) + 1
      : rng.int(1, size - 2);
  return toIp(toInt(first) + offset);
}

/** The country geoip-country places an address in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;
