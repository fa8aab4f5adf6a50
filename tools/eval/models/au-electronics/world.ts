import { NatPools } from './geo-ip.js';
import { type Card, cardOf, type Device, deviceOf, emailOf, person, type Person } from './people.js';
import { type Address, homeAddress } from './places.js';
import { type Rng } from '../kit/random.js';

/** The shared state of one stream: its clock (with the launch), carrier NAT pools and known customers. */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** Sydney summer time (AEDT, UTC+11): the store's day. */
const LOCAL = 11 * HOUR;
// Orders per local hour: quiet nights, lunch and the evening couch peak.
const HOURLY = [3, 2, 1, 1, 1, 1, 2, 4, 6, 7, 8, 8, 9, 9, 8, 8, 8, 9, 10, 11, 11, 10, 8, 5];

export interface Customer {
  country: string;
  who: Person;
  id: string;
  email: string;
  createdAt: number;
  home: Address;
  card: Card;
  device: Device;
}

export class World {
  readonly nat: NatPools;
  /** When launch stock goes live (09:00 local on day two of the default stream). */
  readonly launch: number;
  private accounts = 0;
  /** Customers who ordered in this stream: account takeover picks its victims among them. */
  readonly returning: Customer[] = [];

  constructor(
    private readonly rng: Rng,
    readonly start: number,
    readonly end: number,
  ) {
    this.nat = new NatPools(rng.fork('nat'));
    this.launch = start + Math.round((end - start) * (33 / 72));
  }

  /** A moment of the stream, following the local daily rhythm. */
  time(rng: Rng): number {
    for (let i = 0; i < 200; i++) {
      const at = this.start + Math.floor(rng.next() * (this.end - this.start));
      const hour = new Date(at + LOCAL).getUTCHours();
      if (rng.next() * 11 < (HOURLY[hour] ?? 1)) return at;
    }
    return this.start;
  }

  /** A moment of the launch rush: most within the first hour, a tail over the morning. */
  launchTime(rng: Rng): number {
    const at = this.launch + Math.round(rng.chance(0.8) ? rng.exp(25 * MINUTE) : rng.exp(4 * HOUR));
    return Math.min(this.end - MINUTE, at);
  }

  accountId(): string {
    this.accounts += 1;
    return `c${(48_211 + this.accounts * 7).toString(36)}${this.rng.token(4)}`;
  }

  /** An account that has ordered before: aged, with its usual card, browser and home. */
  customer(rng: Rng, country: string, known = true): Customer {
    const who = person(rng, country);
    const customer: Customer = {
      country,
      who,
      id: this.accountId(),
      email: emailOf(rng, who, country),
      createdAt: this.start - Math.round(rng.float(20, 9 * 365) * DAY),
      home: homeAddress(rng, country),
      card: cardOf(rng, country),
      device: deviceOf(rng),
    };
    if (known) this.returning.push(customer);
    return customer;
  }

  /** Freshly opened during checkout (or minutes before it). */
  freshAccount(rng: Rng, at: number): { id: string; createdAt: number } {
    return { id: this.accountId(), createdAt: at - Math.round(rng.float(1, 20) * MINUTE) };
  }
}

/** Where honest shoppers live. */
export function honestCountry(rng: Rng): string {
  return rng.weighted({ AU: 78, NZ: 9, SG: 6, JP: 3.5, ID: 3.5 });
}
