import { type Address, type Buyer, type Device, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard } from './cards.js';
import { type Basket, type Currency, type Fulfilment } from './catalogue.js';
import { ipIn } from './networks.js';
import {
  type Account,
  cardsFor,
  computer,
  emailOf,
  homeConnection,
  mobileNetwork,
  type Person,
  personIn,
  phone,
} from './people.js';
import { type Market, type Place, placeInMarket, streetAddress } from './places.js';
import { type Attempt, type LaterEvent, laterFor, type Purchase, type Source } from './purchase.js';

/** Who is at the checkout, and how a planned checkout becomes a purchase; shared by honest and fraud plans. */

export interface Who {
  person: Person;
  email: string;
  market: Market;
  place: Place;
  home: Address;
  cards: HeldCard[];
  homeIp: string;
  mobile: string;
  locale: string;
  account?: Account;
}

export const CURRENCY: Record<Market, Currency> = { AU: 'AUD', NZ: 'NZD', US: 'USD' };

export const fromAccount = (a: Account): Who => ({
  person: a.person,
  email: a.email,
  market: a.market,
  place: a.place,
  home: a.home,
  cards: a.cards,
  homeIp: a.homeIp,
  mobile: a.mobile,
  locale: a.locale,
  account: a,
});

/** Someone without an account (yet), living in `market` (or at `place`). */
export function newcomer(rng: Rng, market: Market, place?: Place, man = false): Who {
  const at = place ?? placeInMarket(rng, market);
  const person = personIn(rng, market, man);
  return {
    person,
    email: emailOf(rng, person, market),
    market,
    place: at,
    home: streetAddress(rng, at),
    cards: cardsFor(rng, market),
    homeIp: homeConnection(rng, market),
    mobile: mobileNetwork(rng, market),
    locale: market === 'AU' ? 'en-AU' : market === 'NZ' ? 'en-NZ' : 'en-US',
  };
}

/** The buyer as the order shows it: the account, or a guest (or an account opened minutes ago). */
export function buyerOf(who: Who, fresh?: { id: string; createdAt: number }): Buyer {
  if (who.account)
    return { id: who.account.id, email: who.email, name: who.person.name, createdAt: who.account.createdAt };
  if (fresh) return { id: fresh.id, email: who.email, name: who.person.name, createdAt: fresh.createdAt };
  return { email: who.email, name: who.person.name };
}

/** An account opened at checkout, `rng`-drawn 1–20 minutes before the order. */
export function freshAccount(rng: Rng, at: number): { id: string; createdAt: number } {
  return { id: `C${rng.digits(9)}`, createdAt: at - rng.int(1, 20) * MINUTE - rng.int(0, 59_000) };
}

/** The device and connection: the account's phone or computer (or new ones), mobile data or home Wi-Fi. */
export function connection(rng: Rng, who: Who, onPhone = rng.chance(0.7)): { device: Device; ip: string } {
  const device = who.account
    ? onPhone
      ? who.account.phone
      : who.account.computer
    : onPhone
      ? phone(rng)
      : computer(rng);
  const ip = onPhone && rng.chance(0.5) ? ipIn(rng, who.mobile) : who.homeIp;
  return { device, ip };
}

export interface Planned {
  kind: string;
  fraud: boolean;
  at: number;
  buyer: Buyer;
  billing: Address;
  shipping?: Address | undefined;
  fulfilment: Fulfilment;
  basket: Basket;
  attempts: Attempt[];
  later: LaterEvent[];
  ip: string;
  device: Device;
  locale: string;
  source: Source;
  club?: string | undefined;
  store?: string | undefined;
  giftCardTo?: string[] | undefined;
  giftMessage?: string | undefined;
  company?: { name: string; abn: string } | undefined;
}

/** The purchase, with later events the paying method cannot have left out, and no empty optional fields. */
export function purchaseOf(p: Planned): Purchase {
  const { shipping, club, store, giftCardTo, giftMessage, company, ...rest } = p;
  return {
    ...rest,
    later: laterFor(p.attempts, p.later),
    ...(shipping ? { shipping } : {}),
    ...(club ? { club } : {}),
    ...(store ? { store } : {}),
    ...(giftCardTo ? { giftCardTo } : {}),
    ...(giftMessage ? { giftMessage } : {}),
    ...(company ? { company } : {}),
  };
}

export const GIFT_MESSAGES = [
  'Happy birthday! Love you xx',
  'Merry Christmas, enjoy! x',
  'For the best sister. Love, me',
  'Happy anniversary babe',
  'Congrats on the new job!',
  'Thinking of you. Miss you heaps',
  'Thank you for everything, Mum',
  'Something for the races :)',
];
