import { cardFrom } from './cards.js';
import { ipOf } from './geo-ip.js';
import { deviceFor, emailFor, personName } from './people.js';
import { homeIn } from './places.js';
import { type Address, type Card, DAY, type Device, HOUR, MINUTE } from './purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The store's clock and its known customers. UK shoppers follow GMT (UTC in November): quiet nights, a
 * commute and lunch bump, an evening peak. The Black Friday sale opens 22 hours into the stream (Thursday
 * 22:00) and Friday trades well above a normal day; a limited trainer drop goes live 56 hours in (Saturday
 * 08:00). Mobile carriers put thousands of phones behind a few NAT exits, and offices behind a proxy, so
 * unrelated honest shoppers share addresses.
 */

const HOURLY = [
  0.6, 0.35, 0.2, 0.15, 0.15, 0.25, 0.6, 1.2, 1.6, 1.6, 1.5, 1.6, 2.0, 1.9, 1.5, 1.5, 1.6, 1.8, 2.2, 2.7, 2.9,
  2.6, 1.9, 1.1,
];

export interface Customer {
  id: string;
  name: string;
  email: string;
  createdAt: number;
  home: Address;
  card: Card;
  device: Device;
  /** The household's broadband address (shared by partners and flatmates). */
  homeIp: string;
}

export class World {
  readonly saleOpen: number;
  readonly drop: number;
  readonly customers: Customer[] = [];
  /** Customers who have ordered in the stream so far (account takeovers go after them). */
  readonly seen = new Set<Customer>();
  private readonly cumulative: number[] = [];
  private readonly nat: Record<string, string[]> = {};

  constructor(
    rng: Rng,
    readonly start: number,
    readonly end: number,
  ) {
    const span = end - start;
    this.saleOpen = span > 30 * HOUR ? start + 22 * HOUR : start + span * 0.3;
    this.drop = span > 60 * HOUR ? start + 56 * HOUR : start + span * 0.7;
    let total = 0;
    for (let t = start; t < end; t += HOUR) {
      const hour = new Date(t).getUTCHours();
      const day = Math.floor((t - start) / DAY);
      const sale = t >= this.saleOpen ? (t < this.saleOpen + 26 * HOUR ? 1.9 : 1.3) : 1;
      total += (HOURLY[hour] ?? 1) * sale * (day >= 2 ? 1.1 : 1);
      this.cumulative.push(total);
    }
    const natRng = rng.fork('nat');
    this.nat.GB = Array.from({ length: 160 }, () => ipOf(natRng, 'gb-mobile', 0));
    this.nat.IE = Array.from({ length: 40 }, () => ipOf(natRng, 'ie-mobile', 0));
    this.nat.office = Array.from({ length: 30 }, () => ipOf(natRng, 'gb-office'));
    this.buildCustomers(rng.fork('customers'), Math.max(200, Math.round((span / HOUR) * 25)));
  }

  private buildCustomers(rng: Rng, count: number): void {
    for (let i = 0; i < count; i++) {
      const partner = this.customers.at(-1);
      const country = rng.chance(0.16) ? 'IE' : 'GB';
      const shares = partner !== undefined && rng.chance(0.14);
      const home = shares ? partner.home : homeIn(rng, country);
      const name = shares
        ? `${personName(rng).split(' ')[0] ?? 'Sam'} ${partner.name.split(' ')[1] ?? ''}`.trim()
        : personName(rng);
      const v6 = home.country === 'IE' ? 0.25 : 0.35;
      this.customers.push({
        id: `cus_${rng.token(14)}`,
        name,
        email: emailFor(rng, name, home.country),
        createdAt: this.start - Math.round(rng.float(20, 2400) * DAY),
        home,
        card: cardFrom(rng, rng.chance(0.03) ? 'LT' : home.country),
        device: shares && rng.chance(0.3) ? partner.device : deviceFor(rng),
        homeIp: shares
          ? partner.homeIp
          : ipOf(
              rng,
              home.country === 'IE'
                ? 'ie-broadband'
                : rng.pick(['gb-bt', 'gb-sky', 'gb-virgin', 'gb-talktalk']),
              v6,
            ),
      });
    }
  }

  /** A time on the ordinary daily curve (sale days busier). */
  time(rng: Rng): number {
    const total = this.cumulative.at(-1) ?? 0;
    const x = rng.next() * total;
    const hour = this.cumulative.findIndex((c) => c > x);
    return Math.min(this.end - 1, this.start + Math.max(0, hour) * HOUR + Math.floor(rng.next() * HOUR));
  }

  /** Minutes after the sale opens: the midnight rush. */
  rushTime(rng: Rng): number {
    return Math.min(this.end - 1, this.saleOpen + Math.round(rng.exp(40 * MINUTE)));
  }

  /** Seconds to minutes after the trainers drop (bots are quicker than people: a smaller mean). */
  dropTime(rng: Rng, mean = 4 * MINUTE): number {
    return Math.min(this.end - 1, this.drop + 2_000 + Math.round(rng.exp(mean)));
  }

  /** Black Friday discount on an order placed at `t` (0 before the sale). */
  discount(rng: Rng, t: number): number {
    return t >= this.saleOpen && rng.chance(0.75) ? rng.pick([0.2, 0.25, 0.3, 0.4]) : 0;
  }

  /** A carrier-NAT exit shared by many phones (GB or IE). */
  mobileIp(rng: Rng, country: string): string {
    return rng.pick(this.nat[country === 'IE' ? 'IE' : 'GB'] ?? []);
  }

  officeIp(rng: Rng): string {
    return rng.pick(this.nat.office ?? []);
  }

  /** Where a known customer shops from today: home broadband, phone, or the office. */
  usualIp(rng: Rng, c: Customer): string {
    const where = rng.weighted({ home: 55, mobile: 36, office: c.home.country === 'GB' ? 9 : 0 });
    if (where === 'home') return c.homeIp;
    return where === 'mobile' ? this.mobileIp(rng, c.home.country) : this.officeIp(rng);
  }

  returning(rng: Rng): Customer {
    const c = rng.pick(this.customers);
    this.seen.add(c);
    return c;
  }
}
