import { addressIn, BLOCKED_COUNTRIES, FRAUD_COUNTRIES, HOME_COUNTRIES, ipIn } from './geo.js';
import { type Pattern } from './patterns.js';
import {
  type Customer,
  deviceId,
  DISPOSABLE_DOMAINS,
  newCard,
  newCustomer,
  randomUserAgent,
  RELAY_DOMAINS,
  type SourceKind,
} from './people.js';
import { type FollowUp, type Purchase } from './purchase.js';
import { type Random } from './random.js';

/** One webhook to send at `dueAt`: a purchase (with its ground truth) or later news about one. */
export interface Step {
  dueAt: number;
  purchase: Purchase;
  pattern: Pattern;
  followUp?: FollowUp;
}

/** How often each kind of visit starts (card testing is rare but each burst is a dozen attempts). */
const WEIGHTS: Record<Exclude<Pattern, 'repeat_after_chargeback'>, number> = {
  ordinary: 50,
  new_customer: 8,
  abroad: 6,
  big_basket: 3,
  // Honest behaviour that looks odd: what keeps rules from flagging everything unusual.
  new_phone: 3,
  vpn: 2,
  honest_relay: 3,
  office: 2,
  moved_house: 1,
  big_first_order: 2,
  card_testing: 1,
  account_takeover: 4,
  country_mismatch: 4,
  blocked_country: 3,
  disposable_first_order: 4,
  chargeback: 3,
};

/** The first visits, so the dashboard shows every pattern (and held and blocked orders) within a minute. */
const OPENING: Array<Exclude<Pattern, 'repeat_after_chargeback'>> = [
  'ordinary',
  'card_testing',
  'ordinary',
  'account_takeover',
  'ordinary',
  'blocked_country',
  'disposable_first_order',
  'ordinary',
  'country_mismatch',
  'chargeback',
  'ordinary',
  'new_customer',
  'abroad',
  'big_basket',
];

const SOURCES: Record<SourceKind, number> = { stripe: 35, shopify: 35, standard: 30 };
/** Senders that report the shopper's IP address (Stripe charges do not). */
const WITH_IP: Record<SourceKind, number> = { stripe: 0, shopify: 50, standard: 50 };
const SECOND = 1000;

/**
 * The simulated store: a customer base per sender, and a generator of visits. Each visit yields one or more
 * steps (a card-testing burst, a purchase and its later chargeback, …) labelled with the truth.
 */
export class SimulatedStore {
  private readonly customers: Record<SourceKind, Customer[]> = { stripe: [], shopify: [], standard: [] };
  private readonly runTag: string;
  private orderSeq = 0;
  private visits = 0;
  /** The current visit's time: customers are created relative to it (never the wall clock: replayable). */
  private now: number;

  constructor(
    private readonly random: Random,
    start: number = Date.now(),
  ) {
    this.now = start;
    this.runTag = random.id(4).toUpperCase();
    for (const source of Object.keys(this.customers) as SourceKind[]) {
      for (let i = 0; i < 60; i += 1) this.customers[source].push(this.customer(source, random.int(30, 900)));
    }
  }

  /** The next visit's steps, the first due now. */
  nextVisit(now: number): Step[] {
    this.now = now;
    const opening = OPENING[this.visits];
    this.visits += 1;
    const pattern = opening ?? this.random.weighted(WEIGHTS);
    const strong = opening !== undefined; // opening visits use the variant Vigil should catch
    switch (pattern) {
      case 'ordinary':
        return this.ordinary(now);
      case 'new_customer':
        return this.newCustomer(now);
      case 'abroad':
        return this.abroad(now);
      case 'big_basket':
        return this.bigBasket(now);
      case 'new_phone':
        return this.newPhone(now);
      case 'vpn':
        return this.vpn(now);
      case 'honest_relay':
        return this.honestRelay(now);
      case 'office':
        return this.office(now);
      case 'moved_house':
        return this.movedHouse(now);
      case 'big_first_order':
        return this.bigFirstOrder(now);
      case 'card_testing':
        return this.cardTesting(now);
      case 'account_takeover':
        return this.accountTakeover(now, strong);
      case 'country_mismatch':
        return this.countryMismatch(now, strong);
      case 'blocked_country':
        return this.blockedCountry(now);
      case 'disposable_first_order':
        return this.disposableFirstOrder(now, strong);
      case 'chargeback':
        return this.chargeback(now);
    }
  }

  // ------------------------------------------------------------------------------------- good customers

  private ordinary(now: number): Step[] {
    const source = this.random.weighted(SOURCES);
    const c = this.random.pick(this.customers[source]);
    const p = this.purchase(source, c, now, { amount: this.random.amount(6_500, 900, 45_000) });
    if (this.random.chance(0.03)) p.avs = 'partial'; // a typo in the street name
    const steps: Step[] = [{ dueAt: now, purchase: p, pattern: 'ordinary' }];
    if (this.random.chance(0.05)) steps.push(this.later(p, 'ordinary', 'refund', now, 20, 60));
    return steps;
  }

  private newCustomer(now: number): Step[] {
    const source = this.random.weighted(SOURCES);
    const c = this.customer(source, 0);
    this.customers[source].push(c); // a repeat buyer from now on
    return [
      {
        dueAt: now,
        purchase: this.purchase(source, c, now, { amount: this.random.amount(4_500, 900, 30_000) }),
        pattern: 'new_customer',
      },
    ];
  }

  /** On holiday (IP abroad), or a gift shipped to family in another country: one soft signal, no more. */
  private abroad(now: number): Step[] {
    const travelling = this.random.chance(0.5);
    const source = this.random.weighted(travelling ? WITH_IP : SOURCES);
    const c = this.random.pick(this.customers[source]);
    const elsewhere = this.random.pick(HOME_COUNTRIES.filter((country) => country !== c.address.country));
    const p = this.purchase(source, c, now, { amount: this.random.amount(8_000, 1_500, 60_000) });
    if (travelling) {
      p.ip = ipIn(this.random, elsewhere);
      p.deviceId = c.deviceId;
    } else {
      p.shipping = addressIn(this.random, elsewhere);
    }
    return [{ dueAt: now, purchase: p, pattern: 'abroad' }];
  }

  private bigBasket(now: number): Step[] {
    const source = this.random.weighted(SOURCES);
    const c = this.random.pick(this.customers[source]);
    const amount = this.random.int(1_200, 6_500) * 100 - 1;
    return [{ dueAt: now, purchase: this.purchase(source, c, now, { amount }), pattern: 'big_basket' }];
  }

  /** A new phone: a device never seen before, at home or on mobile data; the customer keeps it. */
  private newPhone(now: number): Step[] {
    const source = this.random.weighted(WITH_IP);
    const c = this.random.pick(this.customers[source]);
    c.deviceId = deviceId(this.random);
    c.userAgent = randomUserAgent(this.random);
    if (this.random.chance(0.5)) c.ip = ipIn(this.random, c.address.country); // on mobile data
    const p = this.purchase(source, c, now, { amount: this.random.amount(6_500, 900, 45_000) });
    return [{ dueAt: now, purchase: p, pattern: 'new_phone' }];
  }

  /** A privacy-minded regular behind a VPN: an IP in another country and network, same device and address. */
  private vpn(now: number): Step[] {
    const source = this.random.weighted(WITH_IP);
    const c = this.random.pick(this.customers[source]);
    const exit = this.random.pick(['NL', 'SE', 'DE', 'US', 'GB'].filter((x) => x !== c.address.country));
    const p = this.purchase(source, c, now, {
      amount: this.random.amount(7_000, 900, 60_000),
      ip: ipIn(this.random, exit),
    });
    return [{ dueAt: now, purchase: p, pattern: 'vpn' }];
  }

  /** Sign in with Apple (or a relay service) on a first order: a relay address, nothing else unusual. */
  private honestRelay(now: number): Step[] {
    const source = this.random.weighted(SOURCES);
    const domain = this.random.chance(0.7) ? 'privaterelay.appleid.com' : this.random.pick(RELAY_DOMAINS);
    const c = this.customer(source, 0, domain);
    this.customers[source].push(c);
    const amount = this.random.chance(0.2)
      ? this.random.amount(25_000, 10_000, 90_000)
      : this.random.amount(5_000, 900, 30_000);
    return [{ dueAt: now, purchase: this.purchase(source, c, now, { amount }), pattern: 'honest_relay' }];
  }

  /** Colleagues ordering over lunch from one office network: several cards from one IP within an hour. */
  private office(now: number): Step[] {
    const source = this.random.weighted(WITH_IP);
    const country = this.random.pick(HOME_COUNTRIES);
    const local = this.customers[source].filter((c) => c.address.country === country);
    const pool = local.length > 0 ? local : this.customers[source];
    const ip = ipIn(this.random, country);
    const steps: Step[] = [];
    let at = now;
    for (let i = this.random.int(2, 5); i > 0; i -= 1) {
      const c = this.random.pick(pool);
      const p = this.purchase(source, c, at, { amount: this.random.amount(4_000, 900, 25_000), ip });
      steps.push({ dueAt: at, purchase: p, pattern: 'office' });
      at += this.random.int(1, 20) * 60 * SECOND;
    }
    return steps;
  }

  /** Moved house: a new address for billing and shipping and a new home network, the same phone. */
  private movedHouse(now: number): Step[] {
    const source = this.random.weighted(WITH_IP);
    const c = this.random.pick(this.customers[source]);
    c.address = addressIn(this.random, c.address.country);
    c.ip = ipIn(this.random, c.address.country);
    const p = this.purchase(source, c, now, { amount: this.random.amount(9_000, 900, 80_000) });
    return [{ dueAt: now, purchase: p, pattern: 'moved_house' }];
  }

  /** A new customer who buys big at once (a sofa, a laptop), sometimes as a gift to another address. */
  private bigFirstOrder(now: number): Step[] {
    const source = this.random.weighted(SOURCES);
    const c = this.customer(source, 0);
    this.customers[source].push(c);
    const p = this.purchase(source, c, now, { amount: this.random.amount(60_000, 25_000, 250_000) });
    if (this.random.chance(0.3)) p.shipping = addressIn(this.random, c.address.country);
    return [{ dueAt: now, purchase: p, pattern: 'big_first_order' }];
  }

  // ------------------------------------------------------------------------------------------- fraud

  /** Many small payment attempts from one IP and device with a different stolen card each time. */
  private cardTesting(now: number): Step[] {
    const country = this.random.pick(FRAUD_COUNTRIES);
    const ip = ipIn(this.random, country);
    const device = deviceId(this.random);
    const tester = this.customer('standard', 0);
    const attempts = this.random.int(10, 16);
    const steps: Step[] = [];
    let at = now;
    for (let i = 0; i < attempts; i += 1) {
      const cardCountry = this.random.pick(['US', 'GB', 'DE', 'FR', 'IE'] as const);
      const p = this.purchase('standard', tester, at, {
        orderId: null,
        amount: this.random.int(50, 500),
        card: newCard(this.random, cardCountry),
        billing: addressIn(this.random, cardCountry),
        ip,
        deviceId: device,
        succeeded: this.random.chance(0.15), // the cards that work are what the tester is after
        avs: this.random.chance(0.5) ? 'fail' : 'partial',
        cvc: this.random.chance(0.4) ? 'fail' : 'pass',
      });
      p.shipping = p.billing;
      steps.push({ dueAt: at, purchase: p, pattern: 'card_testing' });
      at += this.random.int(150, 600);
    }
    return steps;
  }

  /** A loyal customer's account, used from a new device in another country, shipping to a new address. */
  private accountTakeover(now: number, strong = false): Step[] {
    const source = this.random.weighted(WITH_IP);
    const c = this.random.pick(this.customers[source]);
    const country = this.random.pick(FRAUD_COUNTRIES);
    const p = this.purchase(source, c, now, {
      amount: strong ? this.random.int(1_200, 2_400) * 100 - 1 : this.random.amount(90_000, 30_000, 250_000),
      ip: ipIn(this.random, country),
      deviceId: deviceId(this.random),
      userAgent: randomUserAgent(this.random),
    });
    // Goods go to the attacker (or a drop elsewhere in Europe), never to the customer's own country.
    const drops = HOME_COUNTRIES.filter((home) => home !== c.address.country);
    p.shipping = addressIn(
      this.random,
      strong || this.random.chance(0.5) ? country : this.random.pick(drops),
    );
    return [{ dueAt: now, purchase: p, pattern: 'account_takeover' }];
  }

  /** A stolen card's billing address, a reshipper abroad, and an IP in a third country. */
  private countryMismatch(now: number, strong = false): Step[] {
    const source = this.random.weighted(SOURCES);
    const cardCountry = this.random.pick(['US', 'GB', 'DE'] as const);
    const c = this.customer(source, 0, undefined, cardCountry);
    const p = this.purchase(source, c, now, {
      amount: this.random.amount(50_000, 12_000, 180_000),
      shipping: addressIn(this.random, this.random.pick(FRAUD_COUNTRIES)),
      ip: ipIn(this.random, this.random.pick(FRAUD_COUNTRIES)),
      avs: strong || this.random.chance(0.5) ? 'fail' : 'partial',
    });
    const roll = this.random.next();
    p.risk =
      roll < 0.1
        ? { level: 'highest', score: this.random.int(85, 99) }
        : roll < 0.6
          ? { level: 'elevated', score: this.random.int(66, 74) }
          : { level: 'normal', score: this.random.int(40, 64) };
    return [{ dueAt: now, purchase: p, pattern: 'country_mismatch' }];
  }

  private blockedCountry(now: number): Step[] {
    const source = this.random.weighted(SOURCES);
    const country = this.random.pick(BLOCKED_COUNTRIES);
    const c = this.customer(source, this.random.int(0, 60));
    const p = this.purchase(source, c, now, {
      amount: this.random.amount(20_000, 3_000, 150_000),
      ip: ipIn(this.random, country),
      shipping: addressIn(this.random, country),
    });
    if (this.random.chance(0.3)) p.billing = p.shipping;
    return [{ dueAt: now, purchase: p, pattern: 'blocked_country' }];
  }

  private disposableFirstOrder(now: number, strong = false): Step[] {
    const source = this.random.weighted(SOURCES);
    const c = this.customer(source, 0, this.random.pick(DISPOSABLE_DOMAINS));
    const p = this.purchase(source, c, now, {
      amount: strong ? this.random.int(1_500, 3_000) * 100 - 1 : this.random.amount(110_000, 60_000, 350_000),
      avs: this.random.chance(0.3) ? 'partial' : 'pass',
    });
    return [{ dueAt: now, purchase: p, pattern: 'disposable_first_order' }];
  }

  /**
   * A stolen card with the owner's full details looks like any order. The chargeback (or the issuer's early
   * fraud warning) comes later, and then the fraudster tries the same card again.
   */
  private chargeback(now: number): Step[] {
    const source = this.random.weighted(SOURCES);
    const c = this.customer(source, 0);
    const first = this.purchase(source, c, now, { amount: this.random.amount(15_000, 6_000, 45_000) });
    const news: FollowUp = source !== 'shopify' && this.random.chance(0.4) ? 'fraud_warning' : 'dispute';
    const reported = this.later(first, 'chargeback', news, now, 20, 40);
    const againAt = reported.dueAt + this.random.int(10, 25) * SECOND;
    const again = this.purchase(source, c, againAt, { amount: this.random.amount(25_000, 8_000, 60_000) });
    return [
      { dueAt: now, purchase: first, pattern: 'chargeback' },
      reported,
      { dueAt: againAt, purchase: again, pattern: 'repeat_after_chargeback' },
    ];
  }

  // ---------------------------------------------------------------------------------------- builders

  private later(
    p: Purchase,
    pattern: Pattern,
    followUp: FollowUp,
    now: number,
    min: number,
    max: number,
  ): Step {
    return { dueAt: now + this.random.int(min, max) * SECOND, purchase: p, pattern, followUp };
  }

  private customer(source: SourceKind, ageDays: number, emailDomain?: string, country?: string): Customer {
    const home = (country ?? this.random.pick(HOME_COUNTRIES)) as (typeof HOME_COUNTRIES)[number];
    return newCustomer(this.random, source, home, ageDays, this.now, emailDomain);
  }

  /** A purchase by `c` that matches everything Vigil knows about them, unless `overrides` say otherwise. */
  private purchase(source: SourceKind, c: Customer, at: number, overrides: Partial<Purchase>): Purchase {
    this.orderSeq += 1;
    const seq = this.orderSeq;
    const shopify = source === 'shopify';
    const base: Purchase = {
      source,
      orderId: shopify
        ? String(5_900_000_000_000 + (Math.floor(at) % 1e9) * 1000 + (seq % 1000))
        : `${this.runTag}-${1000 + seq}`,
      orderName: shopify ? `#${1000 + seq}` : null,
      paymentId: shopify
        ? null
        : source === 'stripe'
          ? `pi_3${this.random.token(23)}`
          : `pay_${this.random.id(14)}`,
      chargeId: source === 'stripe' ? `ch_3${this.random.token(23)}` : null,
      amount: 0,
      currency: 'EUR',
      customer: {
        id: c.id,
        email: c.email,
        firstName: c.firstName,
        lastName: c.lastName,
        createdAt: c.createdAt,
      },
      billing: c.address,
      shipping: c.address,
      ip: c.ip,
      deviceId: c.deviceId,
      userAgent: c.userAgent,
      card: c.card,
      avs: 'pass',
      cvc: 'pass',
      succeeded: true,
      risk: { level: 'normal', score: this.random.int(5, 35) },
      at: new Date(at),
      ...overrides,
    };
    if (base.orderId === null && base.paymentId === null) base.paymentId = `pay_${this.random.id(14)}`;
    return base;
  }
}
