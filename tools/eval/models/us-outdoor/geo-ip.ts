import geoip from 'geoip-country';
import {
  NETWORKS,
  type NetworkKind,
  type NetworkSpec,
  OTHER_COUNTRIES,
  SMALL_SPACE_HINTS,
} from './networks.js';
import { type Rng } from '../kit/random.js';

/**
 * Real, geo-locatable addresses. Each named network's blocks are probed once per process in the
 * geoip-country database (the lookup Vigil itself uses); only probes that locate to the network's country
 * are kept, and every address handed out is looked up again, falling back to its verified probe. Pools depend
 * on the package data only, never on the seed.
 */

export function ipCountry(ip: string): string | undefined {
  return geoip.lookup(ip)?.country;
}

export interface Network {
  name: string;
  country: string;
  kind: NetworkKind;
  /** Verified IPv4 probes (one per /24 probed), as unsigned numbers. */
  v4: number[];
  /** Verified IPv6 /32s as [first, second hextet]. */
  v6: Array<readonly [number, number]>;
}

const toDotted = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
const num = (a: number, b: number, c: number, d: number) => ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;

/** CGN shared space, private and benchmarking ranges never route on the internet. */
const reserved = (a: number, b: number) =>
  a === 10 ||
  a === 127 ||
  (a === 100 && b >= 64 && b < 128) ||
  (a === 172 && b >= 16 && b < 32) ||
  (a === 192 && b === 168) ||
  (a === 169 && b === 254) ||
  (a === 198 && (b === 18 || b === 19));

/** Cloud /8s (AWS, Azure, Google) and Cloudflare: a traveller's hotel Wi-Fi is not there. */
const CLOUD_8 = new Set([3, 13, 15, 16, 18, 20, 34, 35, 40, 52, 54]);
const cloud = (a: number, b: number) =>
  CLOUD_8.has(a) || (a === 104 && b >= 16 && b < 32) || (a === 172 && b >= 64 && b < 72);

/** The /24 probes of a block written `a`, `a.b`, `a.b-c` or `a.b.c`: denser for smaller blocks. */
function probes(block: string): number[] {
  const [a = 0, second, third] = block.split('.');
  const out: number[] = [];
  const first = Number(a);
  if (third !== undefined) return [num(first, Number(second), Number(third), 77)];
  const [from, to] = second === undefined ? [0, 255] : second.split('-').map(Number);
  const low = from ?? 0;
  const high = to ?? low;
  const perSixteen =
    second === undefined ? 2 : high === low ? 16 : Math.max(2, Math.ceil(32 / (high - low + 1)));
  for (let b = low; b <= high; b++) {
    if (reserved(first, b)) continue;
    for (let i = 0; i < perSixteen; i++) {
      const c =
        (Math.floor((256 / perSixteen) * i) + ((first * 7 + b * 13) % Math.floor(256 / perSixteen))) & 255;
      out.push(num(first, b, c, 77));
    }
  }
  return out;
}

function buildNetwork(spec: NetworkSpec, country: string): Network {
  const v4 = spec.v4.flatMap(probes).filter((ip) => geoip.lookup(ip)?.country === country);
  const v6: Array<readonly [number, number]> = [];
  for (const [first, from, to] of spec.v6 ?? []) {
    const step = Math.max(1, Math.floor((to - from + 1) / 48));
    for (let second = from; second <= to; second += step) {
      if (ipCountry(`${first.toString(16)}:${second.toString(16)}:4a2::1`) === country)
        v6.push([first, second]);
    }
  }
  return { name: spec.name, country, kind: spec.kind, v4, v6 };
}

interface Pools {
  networks: Network[];
  /** Countries without named networks: verified probes from a coarse scan of the IPv4 space. */
  other: Map<string, number[]>;
}

let cached: Pools | undefined;

function pools(): Pools {
  if (cached) return cached;
  const networks: Network[] = [];
  for (const spec of NETWORKS) {
    const countries = spec.country === '*' ? ['US', 'CA', 'GB', 'AU', 'MX'] : [spec.country];
    for (const country of countries) {
      const network = buildNetwork(spec, country);
      if (network.v4.length > 0) networks.push(network);
    }
  }
  const wanted = new Set<string>(OTHER_COUNTRIES);
  const other = new Map<string, number[]>();
  const keep = (ip: number) => {
    const country = geoip.lookup(ip)?.country;
    if (!country || !wanted.has(country)) return;
    const list = other.get(country) ?? [];
    list.push(ip);
    other.set(country, list);
  };
  for (let a = 1; a < 224; a++) {
    for (let b = 0; b < 256; b++) {
      if (reserved(a, b) || cloud(a, b)) continue;
      keep(num(a, b, (a * 31 + b * 7) & 127, 77));
      keep(num(a, b, 128 + ((a * 11 + b * 5) & 127), 77));
    }
  }
  for (const hint of SMALL_SPACE_HINTS) probes(hint).forEach(keep);
  cached = { networks, other };
  return cached;
}

/** Hands out addresses; all randomness comes from the caller's stream. */
export class IpFactory {
  constructor(private readonly rng: Rng) {}

  networks(country: string, kind: NetworkKind): Network[] {
    return pools().networks.filter((n) => n.country === country && n.kind === kind);
  }

  network(name: string, country: string): Network | undefined {
    return pools().networks.find((n) => n.name === name && n.country === country);
  }

  /** A fresh IPv4 address inside one of the network's verified /24s. */
  v4(network: Network): string {
    const probe = this.rng.pick(network.v4);
    return this.near(probe, network.country);
  }

  /** An IPv6 address in one of the network's /32s; IPv4 when the network has none verified. */
  v6(network: Network): string {
    if (network.v6.length === 0) return this.v4(network);
    const [first, second] = this.rng.pick(network.v6);
    const groups = [first, second, ...Array.from({ length: 6 }, () => this.rng.int(0, 0xffff))];
    const ip = groups.map((g) => g.toString(16)).join(':');
    if (ipCountry(ip) === network.country) return ip;
    return `${first.toString(16)}:${second.toString(16)}:4a2::1`;
  }

  hasV6(network: Network): boolean {
    return network.v6.length > 0;
  }

  /** An address in a country reached without a named network (abroad, fraud origins, sanctioned). */
  other(country: string): string {
    const list = pools().other.get(country);
    if (!list || list.length === 0) throw new Error(`no verified address space for ${country}`);
    return this.near(this.rng.pick(list), country);
  }

  hasOther(country: string): boolean {
    return (pools().other.get(country)?.length ?? 0) > 0;
  }

  private near(probe: number, country: string): string {
    const candidate = ((probe & 0xffffff00) | this.rng.int(2, 253)) >>> 0;
    return geoip.lookup(candidate)?.country === country ? toDotted(candidate) : toDotted(probe);
  }
}
