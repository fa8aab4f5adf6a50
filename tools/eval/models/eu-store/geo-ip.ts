import geoip from 'geoip-country';
import type { Rng } from './random.js';

/**
 * Per-country IP pools read out of geoip-country itself, so every address the model emits geo-locates to the
 * country it is meant to be in. The index is built once per process from a fixed grid of probes (no seed), and
 * every drawn address is looked up again before use.
 */

/** An IPv4 range in which at least the probe address resolves to the country. */
interface V4Block {
  base: number;
  size: number;
  probe: number;
}

/**
 * Legacy /8s held by governments, armies, corporations and clouds (UK MoD, US DoD, Daimler, SITA, AWS…):
 * they geo-locate fine but no household browses from them, so they stay out of residential pools.
 */
const NOT_RESIDENTIAL = new Set([
  3, 6, 7, 9, 11, 13, 15, 16, 17, 18, 19, 20, 21, 22, 25, 26, 28, 29, 30, 33, 34, 35, 40, 44, 48, 51, 52, 53,
  54, 55, 56, 57,
]);

interface V6Block {
  h1: number;
  h2: number;
  /** How many /32s after h2 the probe stands for. */
  span: number;
}

/** Well-known hosting and VPN-exit ranges (Hetzner, OVH, Scaleway, DigitalOcean, AWS, Vultr, M247, Leaseweb…). */
const HOSTING_PREFIXES = [
  '88.198.0.0/16',
  '78.46.0.0/15',
  '5.9.0.0/16',
  '136.243.0.0/16',
  '95.216.0.0/16',
  '65.21.0.0/16',
  '51.15.0.0/16',
  '163.172.0.0/16',
  '54.36.0.0/16',
  '51.38.0.0/16',
  '145.239.0.0/16',
  '51.68.0.0/16',
  '138.68.0.0/16',
  '46.101.0.0/16',
  '178.62.0.0/16',
  '139.59.0.0/16',
  '164.90.0.0/16',
  '167.99.0.0/16',
  '104.131.0.0/16',
  '159.203.0.0/16',
  '45.55.0.0/16',
  '3.120.0.0/14',
  '18.184.0.0/15',
  '52.28.0.0/16',
  '34.240.0.0/13',
  '52.208.0.0/13',
  '3.80.0.0/12',
  '95.179.128.0/17',
  '45.76.0.0/16',
  '185.107.56.0/22',
  '89.187.160.0/19',
  '185.220.100.0/22',
  '37.120.128.0/17',
  '89.238.128.0/18',
  '185.156.172.0/22',
  '193.32.248.0/22',
  '185.65.132.0/22',
  '146.70.0.0/16',
  '212.102.32.0/19',
  '156.146.32.0/19',
  '5.254.0.0/17',
  '84.17.32.0/19',
  '185.244.212.0/22',
  '45.134.140.0/22',
  '194.110.112.0/22',
];

function parseV4(ip: string): number {
  const [a = 0, b = 0, c = 0, d = 0] = ip.split('.').map(Number);
  return ((a << 24) >>> 0) + (b << 16) + (c << 8) + d;
}

function formatV4(n: number): string {
  return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

const hex4 = (n: number): string => n.toString(16);

export class GeoIpPools {
  private static instance: GeoIpPools | undefined;
  private readonly v4 = new Map<string, V4Block[]>();
  private readonly v6 = new Map<string, V6Block[]>();
  private readonly hostingV4 = new Map<string, V4Block[]>();

  /** Built once per process: the index does not depend on the seed. */
  static shared(): GeoIpPools {
    GeoIpPools.instance ??= new GeoIpPools();
    return GeoIpPools.instance;
  }

  private constructor() {
    this.indexV4();
    this.indexV6();
    this.indexHosting();
  }

  lookup(ip: string): string | undefined {
    return geoip.lookup(ip)?.country;
  }

  /** IPv4 as a number: no string parsing, several times faster for the index scan. */
  private lookupV4(n: number): string | undefined {
    return geoip.lookup(n)?.country;
  }

  /** A random IPv4 address that geo-locates to the country. */
  ipv4(rng: Rng, country: string): string {
    return this.drawV4(rng, country, this.v4.get(country));
  }

  /** A data-centre address (VPN exit, proxy, server) in the country; falls back to any address there. */
  hostingIp(rng: Rng, country: string): string {
    const blocks = this.hostingV4.get(country);
    return blocks && blocks.length > 0 ? this.drawV4(rng, country, blocks) : this.ipv4(rng, country);
  }

  /** A /64 in the country: callers keep it and vary the interface id (privacy addresses rotate). */
  ipv6Prefix(rng: Rng, country: string): string | undefined {
    const blocks = this.v6.get(country);
    if (!blocks || blocks.length === 0) return undefined;
    for (let attempt = 0; attempt < 40; attempt++) {
      const block = rng.pick(blocks);
      const h2 = block.h2 + (attempt < 30 ? rng.int(0, block.span - 1) : 0);
      const prefix = `${hex4(block.h1)}:${hex4(h2)}:${hex4(rng.int(0, 0xffff))}:${hex4(rng.int(0, 0xffff))}`;
      if (this.lookup(`${prefix}::1`) === country) return prefix;
    }
    return undefined;
  }

  /** A full address inside a /64 from `ipv6Prefix`. */
  static ipv6InPrefix(rng: Rng, prefix: string): string {
    const iid = [rng.int(0, 0xffff), rng.int(0, 0xffff), rng.int(0, 0xffff), rng.int(1, 0xffff)].map(hex4);
    return `${prefix}:${iid.join(':')}`;
  }

  private drawV4(rng: Rng, country: string, blocks: V4Block[] | undefined): string {
    if (!blocks || blocks.length === 0) throw new Error(`no IPv4 addresses geo-locate to ${country}`);
    const block = rng.pick(blocks);
    for (let attempt = 0; attempt < 40; attempt++) {
      const n = block.base + rng.int(0, block.size / 256 - 1) * 256 + rng.int(1, 254);
      if (this.lookupV4(n) === country) return formatV4(n);
    }
    // Mixed ranges: stay in the /24 that is known to resolve.
    for (let attempt = 0; attempt < 40; attempt++) {
      const n = block.probe - (block.probe % 256) + rng.int(1, 254);
      if (this.lookupV4(n) === country) return formatV4(n);
    }
    return formatV4(block.probe);
  }

  private add<T>(map: Map<string, T[]>, country: string | undefined, value: T): void {
    if (!country) return;
    let list = map.get(country);
    if (!list) map.set(country, (list = []));
    list.push(value);
  }

  private indexV4(): void {
    for (let a = 1; a < 224; a++) {
      if (a === 10 || a === 127 || NOT_RESIDENTIAL.has(a)) continue;
      for (let b = 0; b < 256; b++) {
        const base = (a * 65536 + b * 256) * 256;
        const found = new Set<string>();
        for (const c of [41, 169]) {
          const probe = base + c * 256 + 77;
          const country = this.lookupV4(probe);
          if (country && !found.has(country)) {
            found.add(country);
            this.add(this.v4, country, { base, size: 65536, probe });
          }
        }
      }
    }
    // Countries too small for the grid: probe their known allocations /24 by /24.
    for (const [from, to] of [
      ['175.45.176.0', '175.45.179.255'], // KP
      ['152.206.0.0', '152.207.255.255'], // CU
      ['169.158.0.0', '169.158.255.255'], // CU
      ['181.225.224.0', '181.225.255.255'], // CU
      ['82.137.192.0', '82.137.255.255'], // SY
      ['5.0.0.0', '5.0.255.255'], // SY
    ] as const) {
      for (let base = parseV4(from); base <= parseV4(to); base += 256) {
        const country = this.lookupV4(base + 77);
        if (country) this.add(this.v4, country, { base, size: 256, probe: base + 77 });
      }
    }
  }

  private indexV6(): void {
    const scan = (h1: number, from: number, to: number, step: number) => {
      for (let h2 = from; h2 <= to; h2 += step) {
        this.add(this.v6, this.lookup(`${hex4(h1)}:${hex4(h2)}::1`), { h1, h2, span: step });
      }
    };
    for (let h1 = 0x2a00; h1 <= 0x2a0f; h1++) scan(h1, 0, 0xffff, 0x20); // RIPE allocations, /27 grid
    scan(0x2001, 0, 0xffff, 0x10);
    scan(0x2003, 0, 0x3fff, 0x40); // Deutsche Telekom
    for (let h1 = 0x2600; h1 <= 0x260f; h1++) scan(h1, 0, 0xffff, 0x100); // ARIN
  }

  private indexHosting(): void {
    for (const cidr of HOSTING_PREFIXES) {
      const [base = '0.0.0.0', bits = '24'] = cidr.split('/');
      const size = 2 ** (32 - Number(bits));
      const first = parseV4(base);
      const probes = Math.min(64, size / 256);
      for (let i = 0; i < probes; i++) {
        const base = first + Math.floor((i * size) / probes / 256) * 256;
        this.add(this.hostingV4, this.lookupV4(base + 77), { base, size: 256, probe: base + 77 });
      }
    }
  }
}
