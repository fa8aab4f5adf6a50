import { type Rng } from '../kit/random.js';
import { type Card, cardFrom } from './cards.js';
import { type BasketLine } from '../kit/purchase.js';
import { type Category, priced } from './catalog.js';
import { BROADBAND, ipOn, MOBILE, type Network } from './networks.js';
import {
  cancelledPrepaid,
  codOutcome,
  deliveryDays,
  doorstep,
  type Paid,
  payOnline,
  returns,
} from './payments.js';
import { account, type Buyer, guest, oldAccountAge, emailOf, person, type Person } from './people.js';
import { type Address, type City, homeIn, pickCity, type Tier } from './places.js';
import {
  DAY,
  device,
  type Device,
  HOUR,
  iosShare,
  type Later,
  type Method,
  MIN,
  type Purchase,
} from './purchase.js';

/** The honest shoppers' common parts: who they are, how they connect and pay, and how the order ends. */

export interface Shopper {
  person: Person;
  buyer: Buyer;
  city: City;
  home: Address;
  device: Device;
  mobile: Network;
  /** Home broadband and its address, for those who have it. */
  wifi?: { network: Network; ip: string };
  /** Their own domestic card (debit or credit); saved and tokenised for some, paid CVV-less. */
  card: Card;
  cvvLess: boolean;
}

export type Age = 'old' | 'new' | 'guest';

/** A shopper in a city of the given tiers (or that city), with an old or new account or as a guest. */
export function shopper(
  rng: Rng,
  at: number,
  { tiers = [1, 2, 3], city, age = 'old' }: { tiers?: readonly Tier[]; city?: City; age?: Age } = {},
): Shopper {
  const where = city ?? pickCity(rng, tiers);
  const who = person(rng, where.region);
  const email = emailOf(rng, who);
  const buyer =
    age === 'guest'
      ? guest(who, email)
      : account(rng, who, at, age === 'old' ? oldAccountAge(rng) : rng.float(2, 90) * MIN, email);
  const broadband = where.tier === 1 ? 0.55 : where.tier === 2 ? 0.35 : 0.15;
  const wifiNet = rng.weightedPick(BROADBAND);
  return {
    person: who,
    buyer,
    city: where,
    home: homeIn(rng, where),
    device: device(rng, rng.chance(iosShare(where.tier)), undefined, where.tier === 3 || rng.chance(0.3)),
    mobile: rng.weightedPick(MOBILE),
    ...(rng.chance(broadband) ? { wifi: { network: wifiNet, ip: ipOn(rng, wifiNet) } } : {}),
    card: cardFrom(rng, 'IN'),
    cvvLess: rng.chance(0.25),
  };
}

/** This session's address: home Wi-Fi (its address changes seldom) or the carrier's NAT. */
export function sessionIp(rng: Rng, s: Shopper, wifi = 0.6): string {
  if (s.wifi && rng.chance(wifi)) return rng.chance(0.85) ? s.wifi.ip : ipOn(rng, s.wifi.network);
  return ipOn(rng, s.mobile);
}

/**
 * Payment choice by tier: COD rules outside the metros, UPI in them, cards where bank offers apply; COD up to
 * ₹15,000, wallets (balances are small) up to ₹10,000, pay-later up to ₹20,000.
 */
export function chooseMethod(
  rng: Rng,
  tier: Tier,
  rupees: number,
  { sale = false, cod = true } = {},
): Method {
  const w: Record<Method, number> =
    tier === 1
      ? { upi: 36, card: 13, cod: 33, wallet: 5, netbanking: 2, paylater: 8 }
      : tier === 2
        ? { upi: 28, card: 7, cod: 53, wallet: 4, netbanking: 2, paylater: 5 }
        : { upi: 22, card: 4, cod: 66, wallet: 3, netbanking: 2, paylater: 3 };
  if (sale) w.card *= 1.5;
  if (rupees > 8000) [w.card, w.cod, w.paylater] = [w.card * 1.8, w.cod * 0.6, w.paylater * 0.5];
  if (!cod || rupees > 15_000) w.cod = 0;
  if (rupees > 10_000) w.wallet = 0;
  if (rupees > 20_000) w.paylater = 0;
  return rng.weighted(w);
}

/** What a planner decides; `checkout` pays it and plays out what follows. */
export interface Draft {
  kind: string;
  at: number;
  shopper: Shopper;
  lines: BasketLine<Category>[];
  method: Method;
  ip: string;
  device?: Device;
  buyer?: Buyer;
  shipping?: Address | null;
  billing?: Address;
  /** Card to pay with when `method` is card (defaults to the shopper's own). */
  card?: Card;
  foreign?: boolean;
  tier?: Tier;
  coupon?: { code: string; off: number };
  /** Scales the return rate (bracketing shoppers send most back). */
  returnScale?: number;
}

/** Pays a draft and plays out delivery, COD collection or refusal, returns, cancellations and rare disputes. */
export function checkout(rng: Rng, d: Draft): Purchase {
  const giftcard = d.lines.every((l) => l.category === 'giftcard');
  const method: Method = d.method === 'cod' && giftcard ? 'upi' : d.method;
  const basket = priced(d.lines, { cod: method === 'cod', ...(d.coupon ? { coupon: d.coupon } : {}) });
  const tier = d.tier ?? d.shopper.city.tier;
  const card = d.card ?? d.shopper.card;
  const shipping = d.shipping === null || giftcard ? undefined : (d.shipping ?? d.shopper.home);
  let paid: Paid = { attempts: [], later: [], paid: false, toCod: method === 'cod' };
  if (method !== 'cod')
    paid = payOnline(rng, method, {
      card,
      foreign: d.foreign ?? false,
      cvvLess: !d.foreign && d.shopper.cvvLess,
      codAllowed: !giftcard && basket.amount <= 1_500_000,
    });
  const later: Later[] = [...paid.later];
  if (paid.toCod) {
    const cod = codOutcome(rng, d.at, tier);
    later.push(...cod.later);
    if (cod.paidAfter !== undefined) later.push(...returns(rng, basket, cod.paidAfter, d.returnScale));
    if (tier > 1 && rng.chance(0.05))
      later.push({
        type: 'order.updated',
        afterMs: rng.float(2, 30) * HOUR,
        shipping: landmark(rng, shipping),
      });
  } else if (paid.paid) {
    if (!giftcard && rng.chance(0.03)) later.push(...cancelledPrepaid(rng));
    else if (!giftcard)
      later.push(...returns(rng, basket, doorstep(rng, d.at, deliveryDays(rng, tier)), d.returnScale));
    later.push(...rareDispute(rng, paid.attempts.at(-1)?.method ?? method, d.foreign ?? false));
  }
  return {
    at: d.at,
    fraud: false,
    kind: d.kind,
    basket,
    billing: d.billing ?? d.shopper.home,
    attempts: paid.attempts,
    later,
    buyer: d.buyer ?? d.shopper.buyer,
    method,
    ...(shipping ? { shipping } : {}),
    ip: d.ip,
    device: d.device ?? d.shopper.device,
  };
}

/** The courier's call adds a landmark to a town address. */
function landmark(rng: Rng, a: Address | undefined): Address | undefined {
  if (!a) return undefined;
  return {
    ...a,
    line1: `${a.line1}, ${rng.pick(['near Durga Mandir', 'opp. Post Office', 'near Kirana Store', 'behind Bank of Baroda'])}`,
  };
}

/** A lost parcel disputed with the bank, or a foreign issuer's false early warning: rare for honest orders. */
function rareDispute(rng: Rng, method: Method, foreign: boolean): Later[] {
  if (foreign && rng.chance(0.015))
    return [{ type: 'fraud_warning.created', afterMs: rng.float(2, 12) * DAY, reason: 'fraudulent' }];
  if ((method === 'card' || method === 'upi') && rng.chance(0.004))
    return [{ type: 'dispute.created', afterMs: rng.float(12, 40) * DAY, reason: 'product_not_received' }];
  return [];
}

/** Repeat shoppers: established accounts seen again in the stream, households and workplaces reused. */
export class Crowd {
  private readonly pools = new Map<string, Shopper[]>();
  private readonly things = new Map<string, unknown>();

  constructor(private readonly rng: Rng) {}

  /** Someone from `pool` seen before (with chance `again`), or a new one from `make`. */
  from(rng: Rng, pool: string, again: number, make: () => Shopper): Shopper {
    const seen = this.pools.get(pool) ?? [];
    if (seen.length > 0 && rng.chance(again)) return rng.pick(seen);
    const fresh = make();
    seen.push(fresh);
    this.pools.set(pool, seen);
    return fresh;
  }

  /** The same `T` every time `key` is asked for (a campus's or an office's egress addresses). */
  memo<T>(key: string, make: (rng: Rng) => T): T {
    if (!this.things.has(key)) this.things.set(key, make(this.rng.fork(key)));
    return this.things.get(key) as T;
  }
}
