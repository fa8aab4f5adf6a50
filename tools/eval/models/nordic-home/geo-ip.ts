import geoip from 'geoip-country';
import { type Rng } from './random.js';

/**
 * Real, geo-locatable IP addresses. Per-country pools are read out of the `geoip-country` database once per
 * process by probing it at fixed points (four per IPv4 /16, one per 32nd IPv6 /32 in the blocks Europe and
 * North America use), so the pools depend only on the package's data, never on the seed. Every address the
 * model hands out is re-checked with the same lookup, so it always locates to the country it was meant for.
 */

export function ipCountry(ip: string): string | undefined {
  return geoip.lookup(ip)?.country;
}

interface Pools {
  /** Access networks: broadband, mobile and campus blocks. */
  v4: Map<string, number[]>;
  /** Data-centre blocks: where VPN exits, proxies and bots live, and no household does. */
  hosting: Map<string, number[]>;
  v6: Map<string, Array<readonly [number, number]>>;
}

/**
 * geoip-country knows countries, not networks, so data centres are recognised by their well-known blocks:
 * /8s run almost entirely by AWS, Azure and Google Cloud, and the big European hosters' /16s (Hetzner, OVH,
 * DigitalOcean, M247, Datacamp). Not exhaustive, but enough to keep households off cloud addresses.
 */
const CLOUD_8: ReadonlySet<number> = new Set([3, 13, 15, 16, 18, 20, 34, 35, 40, 52, 54, 56]);
// prettier-ignore
const HOSTING_16: ReadonlySet<string> = new Set([
  '5.9', '78.46', '88.198', '95.216', '116.202', '136.243', '144.76', '148.251', '176.9', '188.40', '65.108', '65.21',
  '51.38', '51.68', '51.75', '51.77', '51.89', '51.91', '137.74', '145.239', '149.202', '151.80', '158.69', '164.132',
  '167.114', '176.31', '178.32', '188.165', '213.186', '68.183', '104.131', '128.199', '138.68', '139.59', '142.93',
  '143.110', '146.190', '157.230', '159.65', '159.89', '161.35', '164.90', '165.22', '167.71', '167.99', '174.138',
  '178.62', '188.166', '37.120', '146.70', '89.187', '143.244', '156.146', '193.138', '45.83', '185.65',
]);

/** IPv6 blocks of clouds and hosters (AWS, Google, Meta, Hetzner, OVH, DigitalOcean), kept off households. */
function isHosting6(block: number, second: number): boolean {
  return (
    (block === 0x2a05 && second >> 8 === 0xd0) ||
    (block === 0x2a01 && second >= 0x4f8 && second <= 0x4ff) ||
    (block === 0x2001 && second === 0x41d0) ||
    (block === 0x2a03 && (second === 0xb0c0 || second === 0x2880)) ||
    (block === 0x2a00 && second === 0x1450) ||
    (block === 0x2600 && second >> 8 === 0x1f)
  );
}

/**
 * Countries whose address space is too small for the coarse probe grid (North Korea has one /22). These are
 * only candidates: a hint that no longer locates to its country in a newer database is dropped.
 */
const HINTS: ReadonlyArray<readonly [string, string]> = [
  ['KP', '175.45.176.9'],
  ['KP', '175.45.177.40'],
  ['KP', '175.45.178.71'],
  ['KP', '175.45.179.130'],
  ['CU', '152.206.1.1'],
  ['CU', '152.207.64.10'],
  ['CU', '169.158.1.1'],
  ['CU', '181.225.230.1'],
  ['SY', '5.0.1.1'],
  ['SY', '31.9.1.1'],
  ['SY', '82.137.200.1'],
];

const V6_BLOCKS = [
  0x2001, 0x2003, 0x2a00, 0x2a01, 0x2a02, 0x2a03, 0x2a04, 0x2a05, 0x2a06, 0x2a07, 0x2a09, 0x2a0a, 0x2a0b,
  0x2a0c, 0x2a0d, 0x2a0e, 0x2a0f, 0x2a10, 0x2600, 0x2601, 0x2800,
];

/** Ranges that never route on the public internet (RFC 1918, CGN shared space, link-local, benchmarking). */
function isReserved(a: number, b: number): boolean {
  return (
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b < 128) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b < 32) ||
    (a === 192 && b === 168) ||
    (a === 198 && (b === 18 || b === 19))
  );
}

let cached: Pools | undefined;

function pools(): Pools {
  if (cached) return cached;
  const v4 = new Map<string, number[]>();
  const hosting = new Map<string, number[]>();
  const add4 = (country: string, ip: number) => {
    const a = ip >>> 24;
    const pool = CLOUD_8.has(a) || HOSTING_16.has(`${a}.${(ip >>> 16) & 255}`) ? hosting : v4;
    const list = pool.get(country) ?? [];
    list.push(ip);
    pool.set(country, list);
  };
  for (let a = 1; a < 224; a++) {
    for (let b = 0; b < 256; b++) {
      if (isReserved(a, b)) continue;
      for (let quarter = 0; quarter < 4; quarter++) {
        const c = quarter * 64 + ((a * 7 + b * 13) % 64);
        const ip = (a * 16777216 + b * 65536 + c * 256 + 77) >>> 0;
        const country = geoip.lookup(ip)?.country;
        if (country) add4(country, ip);
      }
    }
  }
  for (const [country, ip] of HINTS) {
    if (ipCountry(ip) === country) add4(country, toNumber(ip));
  }
  const v6 = new Map<string, Array<readonly [number, number]>>();
  for (const block of V6_BLOCKS) {
    for (let second = 0; second < 65536; second += 32) {
      const country = ipCountry(`${block.toString(16)}:${second.toString(16)}::1`);
      if (!country || isHosting6(block, second)) continue;
      const list = v6.get(country) ?? [];
      list.push([block, second]);
      v6.set(country, list);
    }
  }
  cached = { v4, hosting, v6 };
  return cached;
}

function toNumber(ip: string): number {
  return ip.split('.').reduce((out, part) => out * 256 + Number(part), 0) >>> 0;
}

function toDotted(ip: number): string {
  return [ip >>> 24, (ip >>> 16) & 255, (ip >>> 8) & 255, ip & 255].join('.');
}

/** Hands out addresses for a country; the seed only decides which of the country's real blocks and hosts. */
export class IpFactory {
  constructor(private readonly rng: Rng) {}

  hasV4(country: string): boolean {
    return (pools().v4.get(country)?.length ?? 0) + (pools().hosting.get(country)?.length ?? 0) > 0;
  }

  /** An access-network address (home broadband, mobile, campus), or a hosting one if that is all there is. */
  v4(country: string): string {
    return this.fromPool(country, pools().v4.get(country) ?? pools().hosting.get(country));
  }

  /** A data-centre address (VPN exit, proxy, bot server), or an access one if the country has no known hoster. */
  hosting(country: string): string {
    return this.fromPool(country, pools().hosting.get(country) ?? pools().v4.get(country));
  }

  private fromPool(country: string, list: number[] | undefined): string {
    if (!list || list.length === 0) throw new Error(`no IPv4 block for ${country}`);
    const probe = this.rng.pick(list);
    const block = (probe & 0xffffff00) >>> 0;
    for (let attempt = 0; attempt < 4; attempt++) {
      const ip = toDotted(block + this.rng.int(2, 253));
      if (ipCountry(ip) === country) return ip;
    }
    return toDotted(probe);
  }

  /** An IPv6 address in one of the country's /32s with a random interface id, or IPv4 if it has none. */
  v6(country: string): string {
    const list = pools().v6.get(country);
    if (!list || list.length === 0) return this.v4(country);
    const [block, second] = this.rng.pick(list);
    const prefix = `${block.toString(16)}:${second.toString(16)}`;
    for (let attempt = 0; attempt < 4; attempt++) {
      const groups = Array.from({ length: 6 }, () => this.rng.int(0, 0xffff).toString(16));
      const ip = `${prefix}:${groups.join(':')}`;
      if (ipCountry(ip) === country) return ip;
    }
    return `${prefix}::1`;
  }

  /** IPv6 with the given probability (households and carriers differ by country), else IPv4. */
  address(country: string, v6Share: number): string {
    return this.rng.chance(v6Share) ? this.v6(country) : this.v4(country);
  }
}
