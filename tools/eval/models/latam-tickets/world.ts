import { type Market } from './catalog.js';
import { addressIn, ipIn, type Address } from './geo.js';
import { cardFrom, deviceFor, type Card, type Device } from './devices.js';
import { personIn, type Person } from './people.js';
import { DAY, type Clock } from './purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The store's existing customers and shared places: accounts with their saved cards, phones and home
 * networks, households sharing a tablet, offices and campuses behind one address. Honest regulars shop from
 * these accounts; account takeover and friendly fraud use them too.
 */

export interface Account {
  id: string;
  person: Person;
  createdAt: number;
  card: Card;
  device: Device;
  billing: Address;
  homeIp: string;
}

/** Where the store's own customers live. */
export const HOMES: Readonly<Record<string, number>> = {
  ES: 30,
  MX: 22,
  BR: 22,
  IT: 12,
  PT: 8,
  US: 3,
  AR: 1,
  CO: 1,
  CL: 1,
};

export function marketFor(rng: Rng, home: string): Market {
  if (home === 'MX' || home === 'CO') return rng.chance(0.85) ? 'MX' : 'EU';
  if (home === 'BR') return rng.chance(0.88) ? 'BR' : 'EU';
  if (home === 'AR' || home === 'CL') return rng.weighted<Market>({ BR: 4, EU: 4, MX: 2 });
  if (home === 'US') return rng.weighted<Market>({ MX: 6, EU: 3, BR: 1 });
  return rng.chance(0.95) ? 'EU' : rng.pick<Market>(['MX', 'BR']);
}

export interface Household {
  members: Account[];
  device: Device;
}
export interface Hub {
  country: string;
  ip: string;
  label: 'office' | 'campus' | 'hotel';
}

export class World {
  readonly accounts: Account[] = [];
  readonly households: Household[] = [];
  readonly hubs: Hub[] = [];
  private serial: number;

  constructor(
    private readonly rng: Rng,
    readonly clock: Clock,
    orders: number,
  ) {
    this.serial = 310_000 + rng.int(0, 90_000);
    for (let i = 0; i < Math.max(30, Math.round(orders * 0.45)); i++)
      this.accounts.push(this.account(rng.weighted(HOMES)));
    for (let i = 0; i < Math.max(6, Math.round(orders / 60)); i++) {
      const home = rng.weighted(HOMES);
      const first = this.account(home);
      const size = rng.int(2, 4);
      const members = [first];
      for (let j = 1; j < size; j++) {
        const other = this.account(home);
        members.push({
          ...other,
          billing: first.billing,
          homeIp: first.homeIp,
          person: {
            ...other.person,
            name: `${other.person.name.split(' ')[0] ?? ''} ${first.person.name.split(' ').slice(1).join(' ')}`,
          },
        });
      }
      this.households.push({ members, device: deviceFor(rng, home) });
    }
    for (let i = 0; i < Math.max(8, Math.round(orders / 70)); i++) {
      const country = rng.weighted<string>({ ES: 4, MX: 3, BR: 3, IT: 2, PT: 1 });
      this.hubs.push({
        country,
        ip: ipIn(rng, country),
        label: rng.pick(['office', 'campus', 'campus', 'hotel'] as const),
      });
    }
  }

  nextCustomerId(): string {
    this.serial += this.rng.int(1, 40);
    return `cus_${this.serial}`;
  }

  /** An account opened before the stream (months to years ago). */
  account(home: string): Account {
    const rng = this.rng;
    const person = personIn(rng, home);
    return {
      id: this.nextCustomerId(),
      person,
      createdAt: this.clock.start - Math.floor(rng.float(20 * DAY, 6 * 365 * DAY)),
      card: cardFrom(rng, home),
      device: deviceFor(rng, home),
      billing: addressIn(rng, home),
      homeIp: ipIn(rng, home),
    };
  }

  regular(rng: Rng): Account {
    // Some customers come back more than once in three days: a light head on the pool.
    const i = Math.floor(this.accounts.length * Math.pow(rng.next(), 1.6));
    return this.accounts[i] ?? rng.pick(this.accounts);
  }

  hubIn(rng: Rng, label: Hub['label']): Hub {
    const fit = this.hubs.filter((h) => h.label === label);
    return rng.pick(fit.length ? fit : this.hubs);
  }
}
