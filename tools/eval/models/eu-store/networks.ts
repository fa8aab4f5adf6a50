import { GeoIpPools } from './geo-ip.js';
import { Rng, type Weighted } from './random.js';
import type { Endpoint } from './types.js';

/**
 * Where connections come from. Homes keep one IPv4 for days (and a /64 whose privacy addresses rotate);
 * phones on mobile data sit behind carrier-grade NAT, so a handful of carrier IPs per country carry many
 * unrelated customers; offices and universities put whole staffs behind one address; VPNs and proxies exit
 * from data centres.
 */

/** Share of sessions that arrive over IPv6 when the line has it (dual-stack adoption per country). */
const IPV6_SHARE: Readonly<Record<string, number>> = {
  FR: 0.55,
  DE: 0.5,
  BE: 0.55,
  GR: 0.45,
  US: 0.45,
  GB: 0.35,
  CH: 0.35,
  NL: 0.3,
  AT: 0.3,
  PT: 0.35,
  FI: 0.3,
  IE: 0.2,
  ES: 0.15,
  IT: 0.1,
  PL: 0.25,
  SE: 0.2,
  DK: 0.2,
  NO: 0.3,
  CZ: 0.2,
  LU: 0.35,
  RO: 0.2,
};

export interface HomeLine {
  country: string;
  v4: string;
  v6Prefix?: string;
}

export interface SharedSite {
  kind: 'office' | 'university';
  country: string;
  ip: string;
  name: string;
}

export const VPN_EXITS: Weighted<string> = [
  ['NL', 20],
  ['DE', 16],
  ['US', 15],
  ['CH', 9],
  ['SE', 9],
  ['GB', 10],
  ['FR', 8],
  ['FI', 4],
  ['RO', 3],
  ['LU', 2],
  ['CA', 2],
  ['ES', 2],
];

export class Networks {
  readonly geo = GeoIpPools.shared();
  private readonly carriers = new Map<string, { v4: string[]; v6: string[] }>();
  private readonly sites = new Map<string, SharedSite[]>();
  private readonly wifi = new Map<string, string[]>();
  private readonly rng: Rng;

  constructor(seed: number) {
    this.rng = Rng.derive(seed, 'networks');
  }

  homeLine(rng: Rng, country: string): HomeLine {
    const v6Share = IPV6_SHARE[country] ?? 0;
    const v6Prefix =
      v6Share > 0 && rng.chance(Math.min(0.9, v6Share * 1.4)) ? this.geo.ipv6Prefix(rng, country) : undefined;
    return { country, v4: this.geo.ipv4(rng, country), ...(v6Prefix ? { v6Prefix } : {}) };
  }

  /** One session from home: v4, or v6 with a (usually) fresh privacy address. */
  fromHome(rng: Rng, line: HomeLine): Endpoint {
    const v6Share = IPV6_SHARE[line.country] ?? 0;
    if (line.v6Prefix && rng.chance(Math.min(0.85, v6Share * 1.5))) {
      return { ip: GeoIpPools.ipv6InPrefix(rng, line.v6Prefix), country: line.country, network: 'home' };
    }
    return { ip: line.v4, country: line.country, network: 'home' };
  }

  /** Mobile data: one of a few carrier NAT addresses per country, shared by everyone on that carrier. */
  mobile(rng: Rng, country: string): Endpoint {
    let pool = this.carriers.get(country);
    if (!pool) {
      const r = Rng.derive(this.rng.uint32(), `carrier/${country}`);
      // Carrier-grade NAT: a small set of public IPv4 addresses per carrier, shared by all their subscribers.
      const v4 = Array.from({ length: r.int(8, 20) }, () => this.geo.ipv4(r, country));
      // IPv6 on mobile: each phone gets its own /64 inside the carrier's /32.
      const v6: string[] = [];
      if ((IPV6_SHARE[country] ?? 0) > 0) {
        for (let i = 0; i < 3; i++) {
          const prefix = this.geo.ipv6Prefix(r, country);
          if (prefix) v6.push(prefix.split(':').slice(0, 2).join(':'));
        }
      }
      pool = { v4, v6 };
      this.carriers.set(country, pool);
    }
    if (pool.v6.length > 0 && rng.chance((IPV6_SHARE[country] ?? 0) * 1.2)) {
      const carrier = rng.pick(pool.v6);
      for (let attempt = 0; attempt < 10; attempt++) {
        const prefix = `${carrier}:${rng.int(0, 0xffff).toString(16)}:${rng.int(0, 0xffff).toString(16)}`;
        const ip = GeoIpPools.ipv6InPrefix(rng, prefix);
        if (this.geo.lookup(ip) === country) return { ip, country, network: 'mobile' };
      }
    }
    return { ip: rng.pick(pool.v4), country, network: 'mobile' };
  }

  /** Offices and universities: a few per country, each shared by its staff or students. */
  site(rng: Rng, country: string): SharedSite {
    let list = this.sites.get(country);
    if (!list) {
      const r = Rng.derive(this.rng.uint32(), `sites/${country}`);
      list = Array.from({ length: r.int(3, 7) }, (_, i) => ({
        kind: i % 3 === 0 ? ('university' as const) : ('office' as const),
        country,
        ip: this.geo.ipv4(r, country),
        name: `${country}-${i % 3 === 0 ? 'uni' : 'office'}-${i}`,
      }));
      this.sites.set(country, list);
    }
    return rng.pick(list);
  }

  /** Hotel, café and airport Wi-Fi: a few shared addresses per country. */
  publicWifi(rng: Rng, country: string): Endpoint {
    let list = this.wifi.get(country);
    if (!list) {
      const r = Rng.derive(this.rng.uint32(), `wifi/${country}`);
      list = Array.from({ length: r.int(6, 14) }, () => this.geo.ipv4(r, country));
      this.wifi.set(country, list);
    }
    return { ip: rng.pick(list), country, network: 'public_wifi' };
  }

  /** A commercial VPN or a server: data-centre address in the exit country. */
  hosting(rng: Rng, country?: string): Endpoint {
    const exit = country ?? rng.weighted(VPN_EXITS);
    return { ip: this.geo.hostingIp(rng, exit), country: exit, network: 'hosting' };
  }

  /** A residential proxy: somebody's home connection in the chosen country, rented by the hour. */
  residentialProxy(rng: Rng, country: string): Endpoint {
    return { ip: this.geo.ipv4(rng, country), country, network: 'residential_proxy' };
  }
}
