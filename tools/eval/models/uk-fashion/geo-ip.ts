import geoip from 'geoip-country';
import { network, type Network } from './networks.js';
import { type Rng } from '../kit/random.js';

/**
 * Addresses in the blocks of networks.ts. Each one is looked up in geoip-country and redrawn until it
 * locates to the network's country (a fixed scan of the block is the last resort), so an IP always
 * locates where the model means it to.
 */

export function ipCountry(ip: string): string | undefined {
  return geoip.lookup(ip)?.country;
}

function draw(rng: Rng, prefix: string, v6: boolean): string {
  if (v6) return `${prefix}:${Array.from({ length: 6 }, () => rng.int(0, 0xffff).toString(16)).join(':')}`;
  const parts = prefix.split('.');
  if (parts.length === 3) return `${prefix}.${rng.int(1, 254)}`;
  return `${prefix}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

function scan(prefix: string, country: string, v6: boolean): string {
  for (let i = 0; i < 2048; i++) {
    const ip = v6
      ? `${prefix}:${(i * 97).toString(16)}::${(i % 200) + 1}`
      : prefix.split('.').length === 3
        ? `${prefix}.${(i % 253) + 1}`
        : `${prefix}.${(i * 13) % 256}.${(i % 253) + 1}`;
    if (ipCountry(ip) === country) return ip;
  }
  throw new Error(`${prefix} never locates to ${country}`);
}

/** An address of the network locating to its country; IPv6 only where the network has it. */
export function addressIn(rng: Rng, net: Network, v6: boolean): string {
  const useV6 = v6 && net.v6.length > 0;
  const prefix = rng.pick(useV6 ? net.v6 : net.v4);
  for (let i = 0; i < 12; i++) {
    const ip = draw(rng, prefix, useV6);
    if (ipCountry(ip) === net.country) return ip;
  }
  return scan(prefix, net.country, useV6);
}

/** An address of the named network; IPv6 with probability `v6Share` where the network has it. */
export function ipOf(rng: Rng, name: string, v6Share = 0): string {
  return addressIn(rng, network(name), rng.chance(v6Share));
}
