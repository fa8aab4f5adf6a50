import { type Buyer, DAY, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Card, issueCard } from './cards.js';
import { device, type Device, type DeviceProfile, profile } from './devices.js';
import {
  type Address,
  type City,
  homeAddress,
  type Market,
  officeAddress,
  pickCity,
  pickMarket,
} from './markets.js';
import { type Addresses, type Network, networksOf } from './networks.js';
import { COMPANY_MAIL, emailFor, fullName, returningAge } from './people.js';

/**
 * The store's honest customers across the stream: each with a home (and perhaps an office), the networks they
 * use, their phone or laptop, their own cards and an account of some age or none (guests). Some come back
 * more than once in the week; some share a household's address, Wi-Fi and even a phone with another customer.
 */

export interface Shopper {
  market: Market;
  city: City;
  name: string;
  email: string;
  /** Account age in days; `guest` checks out without one. */
  age: number | 'guest';
  /** A stable account id for returning shoppers (set on first order). */
  accountId?: string;
  opened?: number;
  home: Address;
  office?: Address;
  homeNet: Network;
  mobileNet: Network;
  officeNet?: Network;
  profile: DeviceProfile;
  device: Device;
  cards: Card[];
  /** The household's fixed address, shared by its members. */
  homeIp?: string;
}

export class Shoppers {
  private readonly known: Shopper[] = [];

  constructor(
    private readonly rng: Rng,
    readonly addresses: Addresses,
    private readonly start: number,
  ) {}

  /** A shopper in `market` (or any market): often new, sometimes one seen before, or their housemate. */
  next(rng: Rng, market?: Market, opts: { bigCity?: boolean; worker?: boolean } = {}): Shopper {
    const same = this.known.filter((s) => s.age !== 0 && (!market || s.market === market));
    const roll = rng.next();
    const seen = same.length > 20 ? rng.pick(same) : undefined;
    if (seen && roll < 0.07) return seen;
    if (seen && roll < 0.12) return this.remember(this.housemate(rng, seen));
    return this.remember(this.fresh(rng, market ?? pickMarket(rng), opts));
  }

  private remember(s: Shopper): Shopper {
    if (this.known.length < 4000) this.known.push(s);
    return s;
  }

  fresh(rng: Rng, market: Market, { bigCity = false, worker = false } = {}): Shopper {
    const city = pickCity(rng, market, bigCity);
    const name = fullName(rng, market);
    const office = worker || rng.chance(0.25);
    const broadband = rng.chance({ NG: 0.2, KE: 0.32, ZA: 0.5, GH: 0.18 }[market]);
    const mobile = rng.pick(networksOf(market, 'mobile'));
    const p = profile(rng, market);
    return {
      market,
      city,
      name,
      email:
        office && rng.chance(0.2)
          ? emailFor(rng, name, market, rng.pick(COMPANY_MAIL[market]))
          : emailFor(rng, name, market),
      age: rng.chance(0.22) ? 'guest' : rng.chance(0.12) ? 0 : returningAge(rng),
      home: homeAddress(rng, city),
      ...(office
        ? { office: officeAddress(rng, city), officeNet: rng.pick(networksOf(market, 'office')) }
        : {}),
      homeNet: broadband ? rng.pick(networksOf(market, 'broadband')) : mobile,
      mobileNet: mobile,
      profile: p,
      device: device(rng, p),
      cards: [issueCard(rng, market), ...(rng.chance(0.3) ? [issueCard(rng, market)] : [])],
    };
  }

  /** Someone at the same address: same Wi-Fi, often the same family phone or laptop, their own cards. */
  private housemate(rng: Rng, s: Shopper): Shopper {
    const name = `${fullName(rng, s.market).split(' ')[0] ?? ''} ${s.name.split(' ').slice(1).join(' ')}`;
    return {
      ...s,
      name,
      email: emailFor(rng, name, s.market),
      age: rng.chance(0.3) ? 'guest' : returningAge(rng),
      accountId: undefined,
      opened: undefined,
      device: rng.chance(0.5) ? s.device : device(rng, s.profile),
      cards: [issueCard(rng, s.market)],
      homeIp: this.homeIp(rng, s),
    };
  }

  /** The household's own fixed address (broadband), or the carrier's, which changes. */
  homeIp(rng: Rng, s: Shopper): string {
    if (s.homeNet.kind !== 'broadband') return this.addresses.of(rng, s.homeNet);
    s.homeIp ??= this.addresses.of(this.rng.fork(`home-${s.email}`), s.homeNet);
    return s.homeIp;
  }

  /** Where a shopper connects from for this order: home, the phone's data, or the office network. */
  ip(
    rng: Rng,
    s: Shopper,
    where: 'home' | 'mobile' | 'office' = rng.weighted({
      home: 40,
      mobile: 48,
      office: s.officeNet ? 12 : 0,
    }),
  ): string {
    if (where === 'office' && s.officeNet) return this.addresses.of(rng, s.officeNet);
    if (where === 'home') return this.homeIp(rng, s);
    return this.addresses.of(rng, s.mobileNet);
  }

  /**
   * The buyer as checkout records them: a guest, or the shopper's account (opened once: minutes before the
   * order for a new account, else its age before the stream starts). New accounts never come back in the week.
   */
  buyer(rng: Rng, s: Shopper, at: number): Buyer {
    if (s.age === 'guest') return { email: s.email, name: s.name };
    s.accountId ??= `cus_${rng.digits(8)}`;
    s.opened ??= s.age === 0 ? at - rng.int(2, 40) * MINUTE : this.start - Math.floor(s.age * DAY);
    return { id: s.accountId, email: s.email, name: s.name, createdAt: s.opened };
  }
}
