import { DAY } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { brCard } from './cards.js';
import { device, type Platform, platformOf, prefersApp } from './devices.js';
import { type Addresses, homeBroadband, mobileCarrier, type Network } from './networks.js';
import { cpf, emailOf, mobile, person, type Person } from './people.js';
import { type City, pickCity, streetAddress, workAddress } from './places.js';
import { type Address, type Card, type Customer, type Device, type Wallet } from './purchase.js';

/**
 * The store's customers: households (one broadband line and one shared computer for the week) with one or more
 * members, each with their CPF, e-mail, phone, cards and maybe a wallet. Most have an account, some years old;
 * a quarter of orders come from someone who already bought this week.
 */

export interface Household {
  city: City;
  home: Address;
  broadband: Network;
  /** The line's address for the week. */
  ip: string;
  /** The family computer, whoever uses it. */
  computer: Device;
  members: Shopper[];
}

export interface Shopper {
  person: Person;
  customer: Customer;
  household: Household;
  city: City;
  home: Address;
  work?: Address;
  cards: Card[];
  wallet?: Wallet;
  platform: Platform;
  /** Shops in the app (else the mobile site). */
  app: boolean;
  phone: Device;
  carrier: Network;
}

export interface NewShopper {
  household?: Household;
  city?: City;
  /** Days since the account was opened; `guest` for none. */
  accountDays?: number | 'guest';
}

export class Shoppers {
  private readonly pool: Shopper[] = [];

  constructor(
    private readonly rng: Rng,
    private readonly addresses: Addresses,
    private readonly start: number,
  ) {}

  household(city: City = pickCity(this.rng)): Household {
    const r = this.rng;
    const broadband = homeBroadband(r, city.region);
    const platform = r.chance(0.8) ? 'windows' : 'mac';
    return {
      city,
      home: streetAddress(r, city),
      broadband,
      ip: this.addresses.on(broadband),
      computer: device(r, platform, false),
      members: [],
    };
  }

  create(opts: NewShopper = {}): Shopper {
    const r = this.rng;
    const household = opts.household ?? this.household(opts.city);
    const p = person(r);
    const days = opts.accountDays ?? (r.chance(0.12) ? 'guest' : Math.min(3000, r.exp(500)));
    const phonePlatform: Platform = r.chance(0.77) ? 'android' : 'ios';
    const platform = r.chance(0.8) ? phonePlatform : platformOf(r);
    const app = prefersApp(r, phonePlatform);
    const customer: Customer = {
      ...(days === 'guest'
        ? {}
        : { id: `cus_${r.token(14)}`, createdAt: Math.floor(this.start - days * DAY) }),
      email: emailOf(r, p),
      name: p.name,
      taxId: cpf(r),
      phone: mobile(r),
    };
    const cards = Array.from(
      {
        length: r.weightedPick([
          [1, 6],
          [2, 3],
          [3, 1],
        ] as const),
      },
      () => brCard(r),
    );
    const wallet = r.weightedPick<Wallet | undefined>([
      [undefined, 70],
      ['mercado_pago', 18],
      ['picpay', 8],
      ['paypal', 4],
    ]);
    const s: Shopper = {
      person: p,
      customer,
      household,
      city: household.city,
      home: household.home,
      ...(r.chance(0.45) ? { work: workAddress(r, household.city) } : {}),
      cards,
      ...(wallet ? { wallet } : {}),
      platform,
      app,
      phone: device(r, phonePlatform, app),
      carrier: mobileCarrier(r, household.city.region),
    };
    household.members.push(s);
    this.pool.push(s);
    return s;
  }

  /** Someone who already bought this week (a quarter of the time, once there are some), or a new shopper. */
  next(): Shopper {
    if (this.pool.length > 30 && this.rng.chance(0.25)) return this.rng.pick(this.pool);
    return this.create();
  }

  /** Another member of `s`'s household: same line, same family computer, own CPF, phone and cards. */
  housemate(s: Shopper): Shopper {
    return this.create({ household: s.household });
  }

  /** An address on the shopper's mobile carrier (shared through carrier NAT). */
  mobileIp(s: Shopper): string {
    return this.addresses.on(s.carrier);
  }

  /** An address on any network (VPNs, abroad, offices). */
  ipOn(network: Network): string {
    return this.addresses.on(network);
  }
}
