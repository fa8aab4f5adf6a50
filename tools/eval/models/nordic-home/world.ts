import { type Calendar } from './calendar.js';
import { type Card, newCard } from './cards.js';
import { type Device, newDevice } from './devices.js';
import { IpFactory } from './geo-ip.js';
import { type Company, type Person, person, personalEmail, relayEmail } from './people.js';
import { type Address, randomAddress } from './places.js';
import { type Rng } from './random.js';
import { DAY } from '../kit/purchase.js';

/**
 * The people and networks behind the traffic: the store's customer base (households that have bought for
 * years, new sign-ups, trade accounts) and the shared networks they come from. Mobile carriers put thousands
 * of phones behind a handful of IPv4 addresses (CGNAT), universities put whole campuses behind a few, and
 * VPN exits are shared by privacy-minded shoppers and fraudsters alike.
 */

export interface Customer {
  id: string;
  email: string;
  person: Person;
  createdAt: number;
  country: string;
  home: Address;
  devices: Device[];
  homeIp: string;
  cards: Card[];
  company?: Company;
  /** When this customer ordered in the stream so far. */
  orders: number[];
}

/** Where the customers live: the home markets, Sweden and Germany largest. */
const MARKET_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['SE', 22],
  ['DE', 18],
  ['NO', 11],
  ['DK', 10],
  ['FI', 9],
  ['NL', 8],
  ['CH', 5],
  ['AT', 4],
  ['BE', 4],
  ['PL', 4],
  ['LT', 1.3],
  ['EE', 1.2],
  ['LV', 0.9],
  ['LU', 0.6],
];

/** Share of home broadband on IPv6 (Germany and Belgium lead, the Baltics trail). */
const HOME_V6: Readonly<Record<string, number>> = {
  DE: 0.55,
  BE: 0.6,
  FI: 0.45,
  NO: 0.4,
  CH: 0.4,
  NL: 0.35,
  LU: 0.35,
  DK: 0.3,
  AT: 0.3,
  PL: 0.3,
  SE: 0.25,
};

/** Consumer VPN exit countries (Mullvad, Proton, Nord and the like). */
export const VPN_COUNTRIES: ReadonlyArray<readonly [string, number]> = [
  ['SE', 14],
  ['NL', 16],
  ['CH', 10],
  ['DE', 14],
  ['GB', 10],
  ['US', 14],
  ['RO', 5],
  ['FR', 6],
  ['SG', 3],
  ['CA', 4],
];

const STORE_OPENED = Date.UTC(2017, 3, 1);

export class World {
  readonly ips: IpFactory;
  readonly customers: Customer[] = [];
  private readonly ids = new Set<string>();
  private readonly carrier = new Map<string, string[]>();
  private readonly campus = new Map<string, string[]>();
  private readonly vpn: string[] = [];

  constructor(
    readonly rng: Rng,
    readonly calendar: Calendar,
  ) {
    this.ips = new IpFactory(rng.fork('ips'));
    const vpnRng = rng.fork('vpn');
    for (let i = 0; i < 40; i++) this.vpn.push(this.ips.hosting(vpnRng.weightedPick(VPN_COUNTRIES)));
  }

  marketCountry(rng: Rng): string {
    return rng.weightedPick(MARKET_WEIGHTS);
  }

  homeIp(rng: Rng, country: string): string {
    return rng.chance(HOME_V6[country] ?? 0.15) ? this.ips.v6(country) : this.ips.v4(country);
  }

  /** A phone on mobile data: one of the carrier's few shared CGNAT addresses, or its own IPv6. */
  mobileIp(rng: Rng, country: string): string {
    if (rng.chance(0.4)) return this.ips.v6(country);
    let pool = this.carrier.get(country);
    if (!pool) {
      pool = Array.from({ length: 10 }, () => this.ips.v4(country));
      this.carrier.set(country, pool);
    }
    return rng.pick(pool);
  }

  /** A university network: a whole campus behind two or three addresses. */
  campusIp(rng: Rng, country: string): string {
    let pool = this.campus.get(country);
    if (!pool) {
      pool = Array.from({ length: 3 }, () => this.ips.v4(country));
      this.campus.set(country, pool);
    }
    return rng.pick(pool);
  }

  vpnIp(rng: Rng): string {
    return rng.pick(this.vpn);
  }

  /** Ids grow with sign-up time, as a shop's sequence does. */
  customerId(createdAt: number): string {
    let id = 1_000_000 + Math.floor((createdAt - STORE_OPENED) / 60_000);
    while (this.ids.has(String(id))) id++;
    this.ids.add(String(id));
    return String(id);
  }

  /** A new customer record; `createdAt` may be years ago (an established household) or minutes ago. */
  createCustomer(rng: Rng, at: number, createdAt: number, options: CustomerOptions = {}): Customer {
    const country = options.country ?? this.marketCountry(rng);
    const who = person(rng, country);
    const devices = [newDevice(rng, at)];
    if (rng.chance(0.45)) devices.push(newDevice(rng, at));
    const cards = [newCard(rng, country, { neobank: options.neobank ?? 0.12 })];
    if (rng.chance(0.3)) cards.push(newCard(rng, country, { neobank: 0.2 }));
    const customer: Customer = {
      id: this.customerId(createdAt),
      email: rng.chance(options.relay ?? 0.05) ? relayEmail(rng) : personalEmail(rng, who, country),
      person: who,
      createdAt,
      country,
      home: randomAddress(country, rng),
      devices,
      homeIp: this.homeIp(rng, country),
      cards,
      orders: [],
    };
    return customer;
  }

  /**
   * A customer with a history: most are drawn fresh (the shop has far more accounts than a few days show),
   * some have already ordered earlier in the stream and come back.
   */
  established(rng: Rng, at: number, options: CustomerOptions = {}): Customer {
    const earlier = this.customers.filter(
      (customer) =>
        !customer.company && (options.country === undefined || customer.country === options.country),
    );
    if (earlier.length > 0 && rng.chance(0.08)) return rng.pick(earlier);
    const age = rng.logUniform(20 * DAY, at - STORE_OPENED);
    const customer = this.createCustomer(rng, at, Math.floor(at - age), options);
    this.customers.push(customer);
    return customer;
  }
}

export interface CustomerOptions {
  country?: string;
  relay?: number;
  neobank?: number;
}
