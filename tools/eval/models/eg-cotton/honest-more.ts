import { accountBuyer, type Buyer } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { placeAt } from './calendar.js';
import { newCard } from './cards.js';
import {
  baleLines,
  basketOf,
  corporateGiftLines,
  everydayLines,
  giftLines,
  luxuryLines,
  trousseauLines,
} from './catalogue.js';
import { homeIp, ipFrom } from './networks.js';
import { abroadCheckout, egyptCheckout, seasonCode } from './orders.js';
import { type Country, GULF, homeIn, MARKETS, tzOf, WEST } from './places.js';
import { type Account, accountIn, deviceFor, newAccount, ownDevice } from './people.js';
import {
  cardTry,
  FULFIL,
  firstAuth,
  honestLater,
  type Method,
  type Payment,
  type Purchase,
  usdOf,
  type World,
} from './purchase.js';

/**
 * The honest buyers beyond Egyptian households: Egyptians in the Gulf sending gifts home, Gulf residents and
 * Western buyers ordering for themselves (a third of the West is the Egyptian diaspora), Egyptians ordering
 * while travelling, hotels, clinics and spas buying by the bale, and companies buying New Year gifts.
 */

/** An account from the base in `countries`, or a new one there (a guest or a first order). */
function buyerIn(
  rng: Rng,
  w: World,
  countries: readonly Country[],
  signedInShare: number,
): { a: Account; signedIn: boolean } {
  if (rng.chance(signedInShare)) return { a: accountIn(rng, w.base, countries), signedIn: true };
  return { a: newAccount(rng, rng.pick(countries), w.window.start), signedIn: false };
}

const buyerOf = (a: Account, signedIn: boolean): Buyer =>
  signedIn ? accountBuyer(a) : { email: a.email, name: a.name };

const ABROAD_METHODS = [
  ['card', 62],
  ['apple_pay', 38],
] as const;

/** An Egyptian in Saudi, the Emirates, Kuwait or Qatar sending linen, robes or a sister's trousseau home. */
export function gulfExpatGift(rng: Rng, w: World): Purchase {
  const expats = GULF.flatMap((c) => w.base.byCountry.get(c) ?? []).filter((x) => x.origin === 'egyptian');
  const signedIn = expats.length > 0 && rng.chance(0.7);
  const a = signedIn ? rng.pick(expats) : newAccount(rng, rng.pick(GULF), w.window.start, 'egyptian');
  const market = MARKETS[a.country];
  const at = placeAt(rng, w.window, market.tz, 'evening');
  const big = rng.chance(0.1);
  const lines = big
    ? trousseauLines(rng, market.currency, rng.float(0.5, 1))
    : rng.chance(0.6)
      ? giftLines(rng, market.currency, rng.int(1, 3))
      : everydayLines(rng, market.currency);
  const family = homeIn(rng, 'EG');
  const gulfCards = a.cards.filter((c) => c.country === a.country);
  return egyptCheckout(rng, {
    kind: 'gulf_expat_gift',
    at,
    buyer: buyerOf(a, signedIn),
    billing: a.home,
    shipTo: family,
    cards: gulfCards.length > 0 ? gulfCards : [newCard(rng, a.country)],
    signedIn,
    device: signedIn ? ownDevice(rng, a) : deviceFor(rng, a.country),
    ip: homeIp(rng, a.country),
    lines,
    methods: ABROAD_METHODS,
    currency: market.currency,
    payerCountry: a.country,
    code: seasonCode(rng, at, !signedIn),
    locale: rng.chance(0.8) ? 'ar-EG' : rng.pick(market.locales),
    giftNote: rng.pick([
      'To Mama and Baba',
      'For my sister’s gehaz',
      `Happy New Year from ${a.home.city ?? 'the Gulf'}`,
      `With love from ${a.home.city ?? 'the Gulf'}`,
      'Kol sana wentom tayebeen',
    ]),
    outcome: { refusal: 0, returns: 0.015, dispute: 0.004, cancel: 0.01 },
  });
}

/** A Gulf resident (local or expat) ordering luxury linen and robes to their own home in the Gulf. */
export function gulfHome(rng: Rng, w: World): Purchase {
  const { a, signedIn } = buyerIn(rng, w, GULF, 0.55);
  const market = MARKETS[a.country];
  const at = placeAt(rng, w.window, market.tz, 'evening');
  return abroadCheckout(rng, {
    kind: 'gulf_home',
    at,
    buyer: buyerOf(a, signedIn),
    billing: a.home,
    shipTo: a.home,
    cards: a.cards.filter((c) => c.country === a.country),
    signedIn,
    device: signedIn ? ownDevice(rng, a) : deviceFor(rng, a.country),
    ip: homeIp(rng, a.country),
    lines: luxuryLines(rng, market.currency),
    methods: ABROAD_METHODS,
    code: seasonCode(rng, at, !signedIn),
    outcome: { refusal: 0, returns: 0.02, dispute: 0.004, cancel: 0.01 },
  });
}

/**
 * A buyer in the UK, Europe, the US or Canada: luxury sheets and towels, Christmas gifts, a diaspora third.
 */
export function internationalBuyer(rng: Rng, w: World): Purchase {
  const { a, signedIn } = buyerIn(rng, w, WEST, 0.45);
  const market = MARKETS[a.country];
  const at = placeAt(rng, w.window, tzOf(a.home), 'daytime', false);
  const gift = rng.chance(0.3);
  const shipTo = gift ? homeIn(rng, a.country) : a.home;
  return abroadCheckout(rng, {
    kind: 'international_buyer',
    at,
    buyer: buyerOf(a, signedIn),
    billing: a.home,
    shipTo,
    cards: a.cards.filter((c) => c.country === a.country),
    signedIn,
    device: signedIn ? ownDevice(rng, a) : deviceFor(rng, a.country),
    ip: homeIp(rng, a.country, 0.3),
    lines: gift ? giftLines(rng, market.currency, rng.int(1, 2)) : luxuryLines(rng, market.currency),
    methods: [
      ['card', 60],
      ['apple_pay', 40],
    ],
    code: rng.chance(0.5) ? ['WINTER10', 0.3, 10] : seasonCode(rng, at, !signedIn),
    ...(gift ? { giftNote: rng.pick(['Merry Christmas!', 'Happy holidays', 'Happy New Year x']) } : {}),
    outcome: { refusal: 0, returns: 0.02, dispute: 0.006, cancel: 0.01 },
  });
}

/** An Egyptian ordering home from abroad (work in the Gulf, a trip to Europe): Egyptian card, IP abroad. */
export function traveller(rng: Rng, w: World): Purchase {
  const a = accountIn(rng, w.base, ['EG']);
  const where = rng.weightedPick<Country>([
    ['SA', 3],
    ['AE', 4],
    ['GB', 2],
    ['DE', 1],
    ['FR', 1],
    ['IT', 1],
    ['US', 1],
  ]);
  const at = placeAt(rng, w.window, MARKETS[where].tz, 'evening');
  // Hotel or café wifi, or a local SIM bought on arrival.
  const wifi = rng.chance(0.5);
  const cards = a.cards.filter((c) => c.brand !== 'meeza');
  return egyptCheckout(rng, {
    kind: 'traveller',
    at,
    buyer: accountBuyer(a),
    billing: a.home,
    shipTo: a.home,
    cards: cards.length > 0 ? cards : [newCard(rng, 'EG', { noMeeza: true })],
    signedIn: true,
    device: rng.pick(a.devices),
    ip: homeIp(rng, where, wifi ? 0 : 1),
    lines: everydayLines(rng, 'EGP'),
    methods: [
      ['card', 80],
      ['apple_pay', 10],
      ['fawry', 5],
      ['valu', 5],
    ],
    code: seasonCode(rng, at, false),
  });
}

/**
 * A hotel, clinic or spa buying by the bale on its company account, in office hours, by transfer or company
 * card.
 */
export function hotelBulk(rng: Rng, w: World): Purchase {
  const co = rng.pick(w.companies.filter((c) => c.kind !== 'firm'));
  const person = rng.pick(co.buyers);
  const at = placeAt(rng, w.window, 2, 'office');
  const lines = baleLines(rng, co.kind === 'firm' ? 'hotel' : co.kind);
  const onResort =
    co.kind === 'hotel' && rng.chance(0.5) && ['Hurghada', 'Sharm El Sheikh'].includes(co.address.city ?? '');
  const method: Method = rng.chance(0.65) ? 'bank_transfer' : 'card';
  const basket = basketOf(lines, 'EGP', 'freight', co.address, { code: 'TRADE15', percent: 15 });
  const usd = usdOf(basket.amount, 'EGP');
  const payment: Payment =
    method === 'bank_transfer'
      ? { attempts: [], settle: 'bank_transfer' }
      : { attempts: [cardTry(rng, co.card, usd, { entry: 'saved', ok: true, afterMs: firstAuth(rng) })] };
  const later = honestLater(
    rng,
    { payment, amount: basket.amount, ff: FULFIL.freight },
    {
      refusal: 0,
      returns: 0.03,
      dispute: 0,
      cancel: 0.01,
    },
  );
  return {
    at,
    fraud: false,
    kind: 'hotel_bulk',
    basket,
    billing: co.address,
    attempts: payment.attempts,
    later,
    buyer: { id: co.id, email: person.email, name: person.name, createdAt: co.createdAt },
    shipping: co.address,
    fulfilment: 'freight',
    method,
    ip: onResort ? ipFrom(rng, 'eg-resort-wifi') : ipFrom(rng, 'eg-office-leased'),
    device: rng.chance(0.85) ? co.device : deviceFor(rng, 'EG', 'windows'),
    locale: 'en-EG',
    channel: 'web',
    company: { name: co.name, taxId: co.taxId },
  };
}

/** A company's New Year gifts for staff and clients, logo-embroidered and boxed, delivered to the office. */
export function corporateGifts(rng: Rng, w: World): Purchase {
  const firms = w.companies.filter((c) => c.kind === 'firm');
  const co = rng.pick(rng.chance(0.8) && firms.length > 0 ? firms : w.companies);
  const person = rng.pick(co.buyers);
  const at = placeAt(rng, w.window, 2, 'office');
  const lines = corporateGiftLines(rng);
  return egyptCheckout(rng, {
    kind: 'corporate_gifts',
    at,
    buyer: { id: co.id, email: person.email, name: person.name, createdAt: co.createdAt },
    billing: co.address,
    shipTo: co.address,
    cards: [co.card],
    signedIn: true,
    device: rng.chance(0.8) ? co.device : deviceFor(rng, 'EG', 'windows'),
    ip: ipFrom(rng, 'eg-office-leased'),
    lines,
    methods: [
      ['bank_transfer', 60],
      ['card', 40],
    ],
    code: ['CORP10', 0.7, 10],
    ff: { f: 'courier', prep: [4, 9], transit: [1, 2] },
    locale: 'en-EG',
    company: { name: co.name, taxId: co.taxId },
    outcome: { refusal: 0, returns: 0.02, dispute: 0, cancel: 0.02 },
  });
}
