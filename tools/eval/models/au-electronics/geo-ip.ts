import geoip from 'geoip-country';
import { NETWORKS, type NetworkKind, type NetworkSpec } from './networks.js';
import { type Rng } from '../kit/random.js';

/**
 * Real, geo-locatable addresses from networks.ts. Each address drawn is looked up in geoip-country (the
 * package Vigil uses) and redrawn until it locates to the network's country; a deterministic scan of the
 * block is the fallback, so an address handed out always locates where the model means it to.
 */

export function ipCountry(ip: string): string | undefined {
  return geoip.lookup(ip)?.country;
}

const hex = (n: number) => n.toString(16);

function drawV4(rng: Rng, block: string): string {
  const [a, b, c] = block.split('.');
  return `${a}.${b}.${c ?? rng.int(0, 255)}.${rng.int(1, 254)}`;
}

function drawV6(rng: Rng, prefix: string): string {
  const rest = Array.from({ length: 6 }, () => hex(rng.int(0, 0xffff)));
  return `${prefix}:${rest.join(':')}`;
}

const fallbacks = new Map<string, string>();

/** The first address of a deterministic scan of the block that locates to the country. */
function fallback(block: string, country: string, v6: boolean): string {
  const key = `${block}|${country}`;
  const known = fallbacks.get(key);
  if (known) return known;
  for (let i = 0; i < 4096; i++) {
    const [a, b, c] = block.split('.');
    const ip = v6 ? `${block}:${hex(i * 16)}::1` : `${a}.${b}.${c ?? (i * 7) % 256}.${(i % 250) + 2}`;
    if (ipCountry(ip) === country) {
      fallbacks.set(key, ip);
      return ip;
    }
  }
  throw new Error(`no address of ${block} locates to ${country}`);
}

/** An address of the network's country from one of its blocks (IPv6 when asked and the network has it). */
export function addressIn(rng: Rng, network: NetworkSpec, v6: boolean): string {
  const useV6 = v6 && network.v6.length > 0;
  const block = rng.pick(useV6 ? network.v6 : network.v4);
  for (let i = 0; i < 24; i++) {
    const ip = useV6 ? drawV6(rng, block) : drawV4(rng, block);
    if (ipCountry(ip) === network.country) return ip;
  }
  return fallback(block, network.country, useV6);
}

export function networksOf(country: string, kind?: NetworkKind): NetworkSpec[] {
  return NETWORKS.filter((n) => n.country === country && (kind === undefined || n.kind === kind));
}

/**
 * A shopper's address in a country on a network of one of the kinds, falling back to any network of the
 * country; `v6` is the chance of an IPv6 address where the network has one.
 */
export function ipOf(rng: Rng, country: string, kinds: readonly NetworkKind[], v6 = 0.35): string {
  const found = networksOf(country).filter((n) => kinds.includes(n.kind));
  const networks = found.length > 0 ? found : networksOf(country);
  if (networks.length === 0) throw new Error(`no network in ${country}`);
  return addressIn(rng, rng.pick(networks), rng.chance(v6));
}

/**
 * Carrier-grade NAT: a mobile carrier's IPv4 customers share a small set of public addresses, so during a
 * launch queue many unrelated honest buyers arrive from the same IP. One pool per carrier and stream.
 */
export class NatPools {
  private readonly pools = new Map<string, string[]>();

  constructor(private readonly rng: Rng) {}

  shared(rng: Rng, country: string): string {
    const carriers = networksOf(country, 'mobile');
    const carrier = rng.pick(carriers);
    let pool = this.pools.get(carrier.name);
    if (!pool) {
      const size = carrier.country === 'AU' ? 24 : 10;
      const draw = this.rng.fork(carrier.name);
      pool = Array.from({ length: size }, () => addressIn(draw, carrier, false));
      this.pools.set(carrier.name, pool);
    }
    // A few exits carry most sessions: the head of the pool is hit far more often.
    return pool[Math.min(pool.length - 1, Math.floor(rng.exp(pool.length / 4)))] ?? rng.pick(pool);
  }
}
