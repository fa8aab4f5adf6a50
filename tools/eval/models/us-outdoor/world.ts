import { type Address, addressIn, cityIn } from './addresses.js';
import { type Calendar } from './calendar.js';
import { type Card, type Funding, issueCard } from './cards.js';
import { type Season, seasonOf } from './catalog.js';
import { type Device, newDevice } from './devices.js';
import { personalEmail, relayEmail } from './emails.js';
import { IpFactory, type Network, ipCountry } from './geo-ip.js';
import { displayName, nameFor, type PersonName } from './names.js';
import { type City } from './places.js';
import { DAY, MINUTE } from './purchase.js';
import { type Rng } from '../kit/random.js';

/** A shopper with their home, mailbox, browsers, cards and home connection. */
export interface Customer {
  name: PersonName;
  display: string;
  country: string;
  city: City;
  home: Address;
  email: string;
  accountId?: string;
  createdAt?: number;
  devices: Device[];
  cards: Card[];
  homeNetwork: Network;
  /** The household's address: a stable IPv4, or an IPv6 whose /64 is stable (interface ids rotate). */
  homeIp: string;
  mobileNetwork: Network;
}

export type Account = 'aged' | 'fresh' | 'earlier' | 'guest';

/** Markets by share of the store's orders. */
export const MARKETS: Readonly<Record<string, number>> = { US: 76, CA: 15, GB: 3.5, AU: 3, MX: 2.5 };

/**
 * Shared state of one stream: address pools, carrier NAT exits and the customers who already ordered (for
 * repeat orders, households and account takeover victims). Mobile IPv4 exits are carrier-grade NAT: the
 * store sees the same few dozen addresses per carrier for unrelated people.
 */
export class World {
  readonly ips: IpFactory;
  readonly season: Season;
  readonly seen: Array<{ customer: Customer; at: number }> = [];
  private readonly exits = new Map<string, string[]>();

  constructor(
    private readonly rng: Rng,
    readonly calendar: Calendar,
  ) {
    this.ips = new IpFactory(rng.fork('ips'));
    this.season = seasonOf(calendar.start);
  }

  market(rng: Rng): string {
    return rng.weighted(MARKETS);
  }

  /** A fixed pool of exits per network, drawn once per stream (NAT gateways, relays, campus firewalls). */
  sharedExit(rng: Rng, network: Network, size: number): string {
    const key = `${network.name}|${network.country}`;
    let pool = this.exits.get(key);
    if (!pool) {
      const draw = this.rng.fork(`exits:${key}`);
      const ips = new IpFactory(draw);
      pool = Array.from({ length: size }, () => ips.v4(network));
      this.exits.set(key, pool);
    }
    return rng.pick(pool);
  }

  /** A named network of the kind; for countries without named operators, a stand-in over its address space. */
  pickNetwork(rng: Rng, country: string, kind: Network['kind']): Network {
    const options = this.ips.networks(country, kind);
    if (options.length > 0) return rng.pick(options);
    const fallback = this.ips.networks(country, 'broadband');
    if (fallback.length > 0) return rng.pick(fallback);
    return { name: `${country.toLowerCase()}-access`, country, kind, v4: [], v6: [] };
  }

  private v4(network: Network): string {
    return network.v4.length > 0 ? this.ips.v4(network) : this.ips.other(network.country);
  }

  /** An IPv6 address in the same /64 as a household's (privacy extensions rotate the interface id). */
  rotateV6(rng: Rng, ip: string): string {
    if (!ip.includes(':')) return ip;
    const prefix = ip.split(':').slice(0, 4).join(':');
    const candidate = `${prefix}:${[0, 0, 0, 0].map(() => rng.int(0, 0xffff).toString(16)).join(':')}`;
    return ipCountry(candidate) === ipCountry(ip) ? candidate : ip;
  }

  homeIp(rng: Rng, network: Network): string {
    return this.ips.hasV6(network) && rng.chance(0.45) ? this.ips.v6(network) : this.v4(network);
  }

  customer(rng: Rng, country: string, at: number, account: Account, city?: City): Customer {
    const home = city ?? cityIn(rng, country);
    const french = home.country === 'CA' && /^[HG]/.test(home.stem) && rng.chance(0.8);
    const name = nameFor(rng, country, french);
    const main = newDevice(rng);
    const devices = account === 'aged' && rng.chance(0.45) ? [main, newDevice(rng)] : [main];
    const relay = rng.chance(main.apple ? 0.08 : 0.015) && account !== 'guest';
    const funding = (): Funding => rng.weighted({ credit: 70, debit: 28, prepaid: 2 });
    const cards = [issueCard(rng, country, funding())];
    if (rng.chance(0.3)) cards.push(issueCard(rng, country, funding()));
    const homeNetwork = this.pickNetwork(rng, country, 'broadband');
    const createdAt =
      account === 'aged'
        ? at - Math.min(12 * 365, Math.max(20, rng.logNormalOfNormal(420, 1))) * DAY
        : account === 'fresh'
          ? at - rng.int(2, 25) * MINUTE
          : account === 'earlier'
            ? at - rng.float(1, 150) * DAY
            : undefined;
    return {
      name,
      display: displayName(rng, name),
      country,
      city: home,
      home: addressIn(rng, home),
      email: relay ? relayEmail(rng, main.apple) : personalEmail(rng, name, country),
      ...(createdAt !== undefined
        ? { accountId: `cus_${rng.token(14)}`, createdAt: Math.round(createdAt) }
        : {}),
      devices,
      cards,
      homeNetwork,
      homeIp: this.homeIp(rng, homeNetwork),
      mobileNetwork: this.pickNetwork(rng, country, 'mobile'),
    };
  }

  /** Where a customer is online from at home: Wi-Fi, the phone's carrier, or Apple's Private Relay. */
  connection(rng: Rng, customer: Customer, device: Device): string {
    if (device.apple && rng.chance(0.07)) {
      const relay = this.ips.network('private-relay', customer.country);
      if (relay) return this.sharedExit(rng, relay, customer.country === 'US' ? 40 : 4);
    }
    if (device.mobile && rng.chance(0.55)) return this.mobileIp(rng, customer.mobileNetwork);
    if (!device.mobile && rng.chance(0.02)) return this.mobileIp(rng, customer.mobileNetwork);
    return this.rotateV6(rng, customer.homeIp);
  }

  mobileIp(rng: Rng, network: Network): string {
    const v6Share = network.name === 't-mobile' ? 0.8 : network.country === 'US' ? 0.55 : 0.2;
    if (this.ips.hasV6(network) && rng.chance(v6Share)) return this.ips.v6(network);
    return network.v4.length > 0 ? this.sharedExit(rng, network, 48) : this.v4(network);
  }

  remember(customer: Customer, at: number): void {
    this.seen.push({ customer, at });
  }

  /** Someone who already ordered before `at` (for repeat orders and households), if any. */
  earlierCustomer(rng: Rng, at: number, filter: (c: Customer) => boolean = () => true): Customer | undefined {
    const earlier = this.seen.filter((entry) => entry.at < at && filter(entry.customer));
    return earlier.length > 0 ? rng.pick(earlier).customer : undefined;
  }
}
