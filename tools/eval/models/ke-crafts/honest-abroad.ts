import { DAY } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { placeAt } from './calendar.js';
import {
  basketOf,
  EXPORT_FAVOURITES,
  type Fulfilment,
  GIFTS_FOR_HOME,
  type Line,
  pickLines,
  TASTE_OF_HOME,
  TEA_AND_COFFEE,
  WHOLESALE,
} from './catalogue.js';
import {
  buyerOf,
  lineCount,
  localDelivery,
  maybeCode,
  openedAt,
  parcelAbroad,
  riderDelivers,
  usualDevice,
  usualIp,
  type World,
} from './checkout.js';
import { ipOn } from './networks.js';
import { type Account, diaspora, reseller, tourist } from './people.js';
import { CLEARING_AGENTS, type Currency, NAIROBI_TZ } from './places.js';
import {
  abroadMethods,
  honestAfter,
  honestPay,
  kenyanMethods,
  type Method,
  type Purchase,
} from './purchase.js';

/** Honest buyers abroad: the diaspora (for family at home and for themselves), tourists back home, boutiques. */

const fragile = (lines: readonly Line[]) => lines.some((l) => l.category === 'carvings');

const HOME_NOTES = [
  'Happy Christmas Mum!',
  'Krismasi njema, Cucu',
  'For Baba, with love from all of us',
  'Merry Christmas from London',
  'Heri ya Krismasi!',
  'Sorry we cannot be home this year. Love you',
  'For the house in shags',
];

/**
 * Kenyans abroad sending gifts home: hampers, tea tins, shukas and kitenge for parents and grandparents, paid
 * with a card from where they live (or PayPal) and delivered by rider or courier to the family, often in the
 * shop's own currency.
 */
export function diasporaGiftHome(rng: Rng, w: World): Purchase {
  const returning = rng.chance(0.7);
  const base: Account = returning ? rng.pick(w.people.diaspora) : diaspora(rng, w.window.start);
  const at = placeAt(rng, w.window, base.home.tz, 'gift_home', 'evening');
  const a = returning ? base : openedAt(base, at, rng);
  const family = a.family ?? { name: a.name, home: a.home };
  const currency: Currency = rng.chance(0.25) ? 'KES' : a.currency;
  const lines = pickLines(
    rng,
    currency,
    GIFTS_FOR_HOME,
    lineCount(rng, [
      [1, 45],
      [2, 35],
      [3, 20],
    ]),
  );
  const { fulfilment, shipping } = lines.every((l) => l.sku === 'GF-VCH')
    ? { fulfilment: 'email' as const, shipping: undefined }
    : localDelivery(rng, family.home, { rider: 70, agent: 10, shop: 0 });
  const basket = basketOf(lines, currency, fulfilment, {
    code: maybeCode(rng, at, w.window.start, !returning, false),
  });
  // PayPal does not settle in shillings: a gift priced in KES is paid by card.
  const attempts = honestPay(
    rng,
    { currency, cards: a.cards, signedIn: true, methods: abroadMethods(currency === 'KES' ? 0 : 35) },
    basket.amount,
  );
  return {
    at,
    fraud: false,
    kind: 'diaspora_gift_home',
    basket,
    buyer: buyerOf(a, false),
    billing: a.billing,
    ...(shipping ? { shipping } : {}),
    fulfilment,
    ip: usualIp(rng, a, 0.7),
    device: usualDevice(rng, a, 'western'),
    locale: a.locale,
    giftMessage: `${rng.pick(HOME_NOTES)} (for ${family.name})`,
    attempts,
    later: honestAfter(rng, { fulfilment, attempts, amount: basket.amount, fragile: false }),
  };
}

/** The diaspora's own taste of home: tea, coffee, kangas and kitenge for a function, beadwork, by DHL or EMS. */
export function diasporaAbroad(rng: Rng, w: World): Purchase {
  const returning = rng.chance(0.75);
  const base: Account = returning ? rng.pick(w.people.diaspora) : diaspora(rng, w.window.start);
  const at = placeAt(rng, w.window, base.home.tz, 'abroad', 'evening');
  const a = returning ? base : openedAt(base, at, rng);
  const lines = pickLines(
    rng,
    a.currency,
    TASTE_OF_HOME,
    lineCount(rng, [
      [1, 30],
      [2, 35],
      [3, 22],
      [4, 13],
    ]),
    0.35,
  );
  const fulfilment = parcelAbroad(rng, lines, at, w.window.start);
  const basket = basketOf(lines, a.currency, fulfilment, {
    code: maybeCode(rng, at, w.window.start, !returning, false),
  });
  const attempts = honestPay(
    rng,
    { currency: a.currency, cards: a.cards, signedIn: true, methods: abroadMethods(30) },
    basket.amount,
  );
  return {
    at,
    fraud: false,
    kind: 'diaspora_abroad',
    basket,
    buyer: buyerOf(a, false),
    billing: a.billing,
    ...(fulfilment === 'email' ? {} : { shipping: a.home.address }),
    fulfilment,
    ip: usualIp(rng, a, 0.75),
    device: usualDevice(rng, a, 'western'),
    locale: a.locale,
    attempts,
    later: honestAfter(rng, { fulfilment, attempts, amount: basket.amount, fragile: fragile(lines) }),
  };
}

const TOURIST_POOL = [...EXPORT_FAVOURITES, ['chess', 1], ['giraffe', 1], ['sculpture', 1]] as const;

/**
 * Safari and beach tourists back home, ordering what they saw in Kenya (or could not fit in the suitcase);
 * some open an account now, some opened it on the trip; a few order on the last night, on hotel Wi-Fi or a
 * tourist SIM, for delivery at home.
 */
export function touristBackHome(rng: Rng, w: World): Purchase {
  const who = rng.weightedPick([
    ['returning', 50],
    ['new', 35],
    ['guest', 15],
  ] as const);
  const stillThere = rng.chance(0.12);
  const base: Account = who === 'returning' ? rng.pick(w.people.tourists) : tourist(rng, w.window.start);
  const at = placeAt(rng, w.window, stillThere ? NAIROBI_TZ : base.home.tz, 'abroad', 'evening');
  const a = who === 'new' ? openedAt(base, at, rng) : base;
  const lines = pickLines(
    rng,
    a.currency,
    TOURIST_POOL,
    lineCount(rng, [
      [1, 40],
      [2, 30],
      [3, 20],
      [4, 10],
    ]),
  );
  const fulfilment = parcelAbroad(rng, lines, at, w.window.start);
  const basket = basketOf(lines, a.currency, fulfilment, {
    code: maybeCode(rng, at, w.window.start, who !== 'returning', false),
  });
  const attempts = honestPay(
    rng,
    { currency: a.currency, cards: a.cards, signedIn: who !== 'guest', methods: abroadMethods(25) },
    basket.amount,
  );
  const ip = stillThere ? ipOn(rng, rng.chance(0.6) ? 'ke-business' : 'ke-mobile-1') : usualIp(rng, a, 0.7);
  return {
    at,
    fraud: false,
    kind: 'tourist_back_home',
    basket,
    buyer: buyerOf(a, who === 'guest'),
    billing: a.billing,
    ...(fulfilment === 'email' ? {} : { shipping: a.home.address }),
    fulfilment,
    ip,
    device: usualDevice(rng, a, 'western', 0.9),
    locale: a.locale,
    attempts,
    later: honestAfter(rng, { fulfilment, attempts, amount: basket.amount, fragile: fragile(lines) }),
  };
}

/**
 * Fair-trade and interiors boutiques restocking for the season at wholesale prices, in packs of six, from the
 * office on a weekday: freight for the heavy orders, or their own forwarder's agent collects in Nairobi; paid by
 * business card, PayPal or a transfer that arrives days later.
 */
export function boutiqueReseller(rng: Rng, w: World): Purchase {
  const fresh = rng.chance(0.15);
  const base: Account = fresh ? reseller(rng, w.window.start) : rng.pick(w.people.resellers);
  const at = placeAt(rng, w.window, base.home.tz, 'wholesale', 'office');
  const a: Account = fresh ? { ...base, createdAt: at - rng.int(1, 6) * DAY } : base;
  const count = lineCount(rng, [
    [3, 15],
    [4, 20],
    [5, 20],
    [6, 18],
    [7, 14],
    [8, 8],
    [9, 5],
  ]);
  const packs = [
    [1, 30],
    [2, 35],
    [3, 15],
    [4, 12],
    [8, 8],
  ] as const;
  const lines = pickLines(rng, a.currency, WHOLESALE, count, 0, true).map((l) => ({
    ...l,
    quantity: 6 * rng.weightedPick(packs),
  }));
  const grams = lines.reduce((g, l) => g + l.grams * l.quantity, 0);
  const collect = rng.chance(grams > 15_000 ? 0.3 : 0.15);
  const fulfilment: Fulfilment = collect
    ? 'agent_collection'
    : grams > 15_000
      ? 'dhl_freight'
      : 'dhl_express';
  const basket = basketOf(lines, a.currency, fulfilment, { wholesale: true });
  const methods: Partial<Record<Method, number>> = { card: 47, paypal: 18, bank_transfer: 35 };
  const attempts = honestPay(
    rng,
    { currency: a.currency, cards: a.cards, signedIn: true, methods },
    basket.amount,
  );
  return {
    at,
    fraud: false,
    kind: 'boutique_reseller',
    basket,
    buyer: buyerOf(a, false),
    billing: a.billing,
    shipping: collect ? rng.pick(CLEARING_AGENTS) : a.home.address,
    fulfilment,
    ip: ipOn(rng, a.network),
    device: usualDevice(rng, a, 'office', 0.9),
    locale: a.locale,
    ...(a.company ? { company: a.company } : {}),
    attempts,
    later: honestAfter(rng, { fulfilment, attempts, amount: basket.amount, fragile: fragile(lines) }),
  };
}

/** Regulars restocking tea and coffee, in Kenya and abroad. */
export function teaCoffeeRegular(rng: Rng, w: World): Purchase {
  const home = rng.chance(0.6);
  const a = home ? rng.pick(w.people.kenyans) : rng.pick(w.people.diaspora);
  const at = placeAt(rng, w.window, a.home.tz, home ? 'kenya' : 'abroad', home ? 'mobile' : 'evening');
  const lines = pickLines(
    rng,
    a.currency,
    TEA_AND_COFFEE,
    lineCount(rng, [
      [1, 25],
      [2, 40],
      [3, 25],
      [4, 10],
    ]),
    0.45,
  );
  const { fulfilment, shipping } = home
    ? localDelivery(rng, a.home)
    : { fulfilment: parcelAbroad(rng, lines, at, w.window.start), shipping: a.home.address };
  const basket = basketOf(lines, a.currency, fulfilment, {
    code: maybeCode(rng, at, w.window.start, false, home),
  });
  const methods = home
    ? kenyanMethods(a.cards.length > 0, riderDelivers(fulfilment), basket.amount)
    : abroadMethods(30);
  const attempts = honestPay(
    rng,
    { currency: a.currency, cards: a.cards, signedIn: true, methods },
    basket.amount,
  );
  return {
    at,
    fraud: false,
    kind: 'tea_coffee_regular',
    basket,
    buyer: buyerOf(a, false),
    billing: a.billing,
    ...(shipping ? { shipping } : {}),
    fulfilment,
    ip: usualIp(rng, a, home ? 0.45 : 0.75),
    device: usualDevice(rng, a, home ? 'kenyan' : 'western'),
    locale: a.locale,
    attempts,
    later: honestAfter(rng, { fulfilment, attempts, amount: basket.amount, fragile: false }),
  };
}
