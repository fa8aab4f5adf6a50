import { type Address, type Buyer, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Calendar } from './calendar.js';
import { type HeldCard, newCard } from './cards.js';
import {
  ACCESSORIES,
  addOns,
  AUDIO,
  type Category,
  flagship,
  GIFT_CARDS,
  type Line,
  lineIn,
  PHONES,
  REFURBISHED,
  TABLETS,
  WATCHES,
} from './catalogue.js';
import { connect, homeNetwork, mobileNetwork } from './networks.js';
import { type Account, fullName, type Gadget, gadget, personalEmail, personName } from './people.js';
import { homeAddress, type Market } from './places.js';
import { ownConnection, signedIn, type World } from './world.js';

/** Who is at the checkout: an account holder, someone opening an account now, or a guest; and what they buy. */

export interface Shopper {
  buyer: Buyer;
  market: Market;
  home: Address;
  cards: HeldCard[];
  gadget: Gadget;
  ip: string;
  signedIn: boolean;
  /** The issuer has seen this payer on this device before. */
  familiar: boolean;
  account?: Account;
}

export function accountHolder(rng: Rng, w: World, market?: Market): Shopper {
  const pool = market ? w.customers.filter((a) => a.market === market) : w.customers;
  const a = rng.pick(pool.length > 0 ? pool : w.customers);
  const known = rng.chance(0.82);
  return {
    buyer: signedIn(a),
    market: a.market,
    home: a.home,
    cards: a.cards,
    gadget: known ? rng.pick(a.gadgets) : gadget(rng),
    ip: ownConnection(rng, a).ip,
    signedIn: true,
    familiar: known,
    account: a,
  };
}

/** Someone new: an account opened a few minutes before paying, or a guest checkout. */
export function newcomer(rng: Rng, at: number, market: Market, guestShare = 0.45): Shopper {
  const person = personName(rng, market);
  const email = personalEmail(rng, person, market);
  const guest = rng.chance(guestShare);
  const buyer: Buyer = guest
    ? { email, name: fullName(person) }
    : {
        id: `C${rng.int(10_000_000, 99_999_999)}`,
        email,
        name: fullName(person),
        createdAt: at - rng.int(2, 25) * MINUTE,
      };
  const network = rng.chance(0.62) ? homeNetwork(rng, market) : mobileNetwork(rng, market);
  return {
    buyer,
    market,
    home: homeAddress(rng, market),
    cards: [newCard(rng, market)],
    gadget: gadget(rng, guest ? false : rng.chance(0.12)),
    ip: connect(rng, network),
    signedIn: !guest,
    familiar: rng.chance(0.6),
  };
}

export type Mix = Partial<Record<Category | 'accessories', number>>;

/** A basket from a mix of what to buy; the new flagship only once pre-orders are open. */
export function basketLines(
  rng: Rng,
  c: Calendar,
  at: number,
  market: Market,
  mix: Mix,
): { lines: Line[]; main: Category | 'accessories' } {
  const open = at >= c.preorders;
  const main = rng.weightedPick(
    (Object.entries(mix) as Array<[Category | 'accessories', number]>).map(
      ([k, v]) => [k === 'flagship' && !open ? 'phone' : k, v] as const,
    ),
  );
  const one = (xs: readonly { sku: string; name: string; category: Category; price: number }[]) =>
    lineIn(rng.pick(xs), market);
  switch (main) {
    case 'flagship':
      return { lines: [lineIn(flagship(rng), market), ...addOns(rng, market, 0.3)], main };
    case 'phone':
      return { lines: [one(PHONES), ...addOns(rng, market, 0.2)], main };
    case 'refurbished':
      return {
        lines: [
          one(REFURBISHED),
          ...(rng.chance(0.5) ? [lineIn(rng.pick(ACCESSORIES.slice(0, 5)), market)] : []),
        ],
        main,
      };
    case 'tablet':
      return {
        lines: [
          one(TABLETS),
          ...(rng.chance(0.3) ? [lineIn(rng.pick(ACCESSORIES.slice(0, 3)), market)] : []),
        ],
        main,
      };
    case 'watch':
      return {
        lines: [
          one(WATCHES),
          ...(rng.chance(0.25) ? [lineIn(ACCESSORIES[13] ?? rng.pick(ACCESSORIES), market)] : []),
        ],
        main,
      };
    case 'audio':
      return { lines: [one(AUDIO)], main };
    case 'gift_card':
      return { lines: [lineIn(rng.pick(GIFT_CARDS.slice(0, 3)), market, rng.chance(0.85) ? 1 : 2)], main };
    default: {
      const n = rng.weightedPick([
        [1, 5],
        [2, 3],
        [3, 1],
      ] as const);
      const picks = rng.shuffle(ACCESSORIES).slice(0, n);
      return { lines: picks.map((x) => lineIn(x, market, rng.chance(0.1) ? 2 : 1)), main: 'accessories' };
    }
  }
}
