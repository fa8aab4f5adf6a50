import { type Rng } from '../kit/random.js';
import { placeAt } from './calendar.js';
import {
  basketOf,
  CORPORATE,
  EXPORT_FAVOURITES,
  type Fulfilment,
  HOME_GIFTS,
  type Line,
  pickLines,
  WEDDING,
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
import { device } from './devices.js';
import { ipOn } from './networks.js';
import { type Account, corporate, expat, kenyan, kenyanMobile } from './people.js';
import { ABROAD, addressAbroad, type Market, NAIROBI_TZ, nairobiHome, upcountryHome } from './places.js';
import {
  abroadMethods,
  honestAfter,
  honestPay,
  kenyanMethods,
  type Method,
  type Purchase,
} from './purchase.js';

/** Honest buyers in Kenya: Nairobi households, towns upcountry, expats, companies, weddings, Kenyans away. */

const fragile = (lines: readonly Line[]) => lines.some((l) => l.category === 'carvings');

const GIFT_NOTES = [
  'Merry Christmas from Nairobi!',
  'Heri ya Krismasi na Mwaka Mpya',
  'Thinking of you this Christmas',
  'A little piece of home',
  'Happy birthday!',
];

/** A Kenyan household's order: returning, new or guest; delivered across town, collected, now and then sent abroad. */
function kenyanHousehold(rng: Rng, w: World, kind: 'nairobi_household' | 'upcountry_kenya'): Purchase {
  const nairobi = kind === 'nairobi_household';
  const who = rng.weightedPick([
    ['returning', 55],
    ['new', 20],
    ['guest', 25],
  ] as const);
  const at = placeAt(rng, w.window, NAIROBI_TZ, 'kenya', 'mobile');
  const pool = nairobi ? w.nairobi : w.upcountry;
  const a: Account =
    who === 'returning' && pool.length > 0
      ? rng.pick(pool)
      : openedAt(kenyan(rng, w.window.start, nairobi ? (r) => nairobiHome(r) : upcountryHome), at, rng);
  const lines = pickLines(
    rng,
    'KES',
    HOME_GIFTS,
    lineCount(rng, [
      [1, 45],
      [2, 30],
      [3, 17],
      [4, 8],
    ]),
  );
  const abroad = nairobi && rng.chance(0.025);
  let fulfilment: Fulfilment;
  let shipping;
  let giftMessage: string | undefined;
  if (abroad) {
    fulfilment = parcelAbroad(rng, lines, at, w.window.start);
    shipping =
      fulfilment === 'email' ? undefined : addressAbroad(rng, rng.pick(ABROAD) as Exclude<Market, 'KE'>);
    giftMessage = rng.pick(GIFT_NOTES);
  } else if (lines.every((l) => l.sku === 'GF-VCH')) {
    fulfilment = 'email';
  } else ({ fulfilment, shipping } = localDelivery(rng, a.home));
  const first = who !== 'returning';
  const basket = basketOf(lines, 'KES', fulfilment, {
    code: maybeCode(rng, at, w.window.start, first, true),
  });
  const attempts = honestPay(
    rng,
    {
      currency: 'KES',
      cards: a.cards,
      signedIn: who !== 'guest',
      methods: kenyanMethods(a.cards.length > 0, riderDelivers(fulfilment), basket.amount),
    },
    basket.amount,
  );
  return {
    at,
    fraud: false,
    kind,
    basket,
    buyer: buyerOf(a, who === 'guest'),
    billing: a.home.address,
    ...(shipping ? { shipping } : {}),
    fulfilment,
    ip: usualIp(rng, a, nairobi ? 0.55 : 0.35),
    device: usualDevice(rng, a, 'kenyan'),
    locale: 'en-KE',
    ...(giftMessage ? { giftMessage } : {}),
    attempts,
    later: honestAfter(rng, { fulfilment, attempts, amount: basket.amount, fragile: fragile(lines) }),
  };
}

export const nairobiHousehold = (rng: Rng, w: World): Purchase =>
  kenyanHousehold(rng, w, 'nairobi_household');
export const upcountryKenya = (rng: Rng, w: World): Purchase => kenyanHousehold(rng, w, 'upcountry_kenya');

const EXPAT_POOL = [
  ...EXPORT_FAVOURITES,
  ['giraffe', 1],
  ['sculpture', 1],
  ['weekender', 1],
  ['wallBaskets', 2],
  ['hamper', 2],
] as const;

/**
 * Expats in Nairobi's leafy suburbs: foreign cards billed at home (AVS finds a Nairobi address typed instead),
 * a VPN left on, bigger baskets, some gifts sent ahead to family; buying before they fly home mid-December.
 */
export function expatNairobi(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, NAIROBI_TZ, 'abroad', 'evening');
  const a = rng.chance(0.82) ? rng.pick(w.people.expats) : openedAt(expat(rng, w.window.start), at, rng);
  const lines = pickLines(
    rng,
    a.currency,
    EXPAT_POOL,
    lineCount(rng, [
      [1, 30],
      [2, 30],
      [3, 22],
      [4, 12],
      [5, 6],
    ]),
  );
  const sendHome =
    a.origin !== undefined && (ABROAD as readonly string[]).includes(a.origin) && rng.chance(0.15);
  let fulfilment: Fulfilment;
  let shipping;
  if (sendHome) {
    fulfilment = parcelAbroad(rng, lines, at, w.window.start);
    shipping = fulfilment === 'email' ? undefined : addressAbroad(rng, a.origin as Exclude<Market, 'KE'>);
  } else ({ fulfilment, shipping } = localDelivery(rng, a.home, { rider: 62, agent: 4, shop: 34 }));
  const basket = basketOf(lines, a.currency, fulfilment, {
    code: maybeCode(rng, at, w.window.start, false, true),
  });
  const foreign = a.cards.filter((c) => c.country !== 'KE');
  const methods: Partial<Record<Method, number>> =
    a.currency === 'KES'
      ? {
          ...kenyanMethods(true, riderDelivers(fulfilment), basket.amount, {
            mpesa: 25,
            card: 65,
            airtel_money: 0,
            pay_on_delivery: 6,
          }),
        }
      : abroadMethods(18);
  const attempts = honestPay(
    rng,
    {
      currency: a.currency,
      cards: a.cards,
      signedIn: true,
      methods,
      match: a.billing === a.home.address && foreign.length > 0 ? 'wrong' : 'good',
    },
    basket.amount,
  );
  const ip = a.vpn && rng.chance(0.75) ? ipOn(rng, a.vpn) : usualIp(rng, a, 0.75);
  return {
    at,
    fraud: false,
    kind: 'expat_nairobi',
    basket,
    buyer: buyerOf(a, false),
    billing: a.billing,
    ...(shipping ? { shipping } : {}),
    fulfilment,
    ip,
    device: usualDevice(rng, a, 'western'),
    locale: a.locale,
    ...(sendHome ? { giftMessage: rng.pick(GIFT_NOTES) } : {}),
    attempts,
    later: honestAfter(rng, { fulfilment, attempts, amount: basket.amount, fragile: fragile(lines) }),
  };
}

/**
 * Year-end gifts for staff and clients: gift boxes by the dozen, ordered from the office on a weekday, paid
 * by bank transfer against a proforma invoice, the company card or M-Pesa paybill, delivered to the office.
 */
export function corporateGifts(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, NAIROBI_TZ, 'business', 'office');
  const a = rng.chance(0.85)
    ? rng.pick(w.people.corporates)
    : openedAt(corporate(rng, w.window.start), at, rng, [10, 2 * 24 * 60]);
  const lines = pickLines(
    rng,
    'KES',
    CORPORATE,
    lineCount(rng, [
      [1, 50],
      [2, 35],
      [3, 15],
    ]),
    0,
  ).map((l) => ({
    ...l,
    quantity: 5 * rng.int(2, 24),
  }));
  const { fulfilment, shipping } = rng.chance(0.82)
    ? { fulfilment: 'rider_nairobi' as const, shipping: a.home.address }
    : rng.chance(0.5)
      ? { fulfilment: 'courier_kenya' as const, shipping: a.home.address }
      : { fulfilment: 'shop_pickup' as const, shipping: undefined };
  const basket = basketOf(lines, 'KES', fulfilment);
  const attempts = honestPay(
    rng,
    {
      currency: 'KES',
      cards: a.cards,
      signedIn: true,
      methods: kenyanMethods(a.cards.length > 0, false, basket.amount, {
        mpesa: 20,
        airtel_money: 0,
        card: 35,
        pay_on_delivery: 0,
        bank_transfer: 45,
      }),
    },
    basket.amount,
  );
  return {
    at,
    fraud: false,
    kind: 'corporate_gifts',
    basket,
    buyer: buyerOf(a, false),
    billing: a.home.address,
    ...(shipping ? { shipping } : {}),
    fulfilment,
    ip: ipOn(rng, 'ke-business'),
    device: usualDevice(rng, a, 'office', 0.9),
    locale: 'en-KE',
    ...(a.company ? { company: a.company } : {}),
    attempts,
    later: honestAfter(rng, { fulfilment, attempts, amount: basket.amount, fragile: false }),
  };
}

/**
 * A December wedding or ruracio: kangas and kitenge for the women of the family, shukas and tea for the
 * in-laws, a ceremonial collar; often a brand-new account with the family's biggest online basket of the year.
 */
export function weddingParty(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, NAIROBI_TZ, 'kenya', 'mobile');
  const fresh = rng.chance(0.5);
  const a =
    !fresh && w.people.kenyans.length > 0
      ? rng.pick(w.people.kenyans)
      : openedAt(kenyan(rng, w.window.start), at, rng, [5, 3 * 24 * 60]);
  const lines = pickLines(
    rng,
    'KES',
    WEDDING,
    lineCount(rng, [
      [2, 30],
      [3, 35],
      [4, 25],
      [5, 10],
    ]),
    0,
  ).map((l) => (l.sku === 'BD-WED' ? l : { ...l, quantity: rng.int(6, 30) }));
  const toVillage = rng.chance(0.5);
  const { fulfilment, shipping } = toVillage
    ? { fulfilment: 'courier_kenya' as const, shipping: upcountryHome(rng).address }
    : localDelivery(rng, a.home.city === 'Nairobi' ? a.home : nairobiHome(rng), {
        rider: 55,
        agent: 10,
        shop: 35,
      });
  const basket = basketOf(lines, 'KES', fulfilment);
  const attempts = honestPay(
    rng,
    {
      currency: 'KES',
      cards: a.cards,
      signedIn: true,
      methods: kenyanMethods(a.cards.length > 0, false, basket.amount, {
        mpesa: 60,
        card: 25,
        pay_on_delivery: 0,
        bank_transfer: basket.amount > 10_000_000 ? 25 : 0,
      }),
    },
    basket.amount,
  );
  return {
    at,
    fraud: false,
    kind: 'wedding_party',
    basket,
    buyer: buyerOf(a, false),
    billing: a.home.address,
    ...(shipping ? { shipping } : {}),
    fulfilment,
    ip: usualIp(rng, a, 0.4),
    device: usualDevice(rng, a, 'kenyan'),
    locale: 'en-KE',
    attempts,
    later: honestAfter(rng, { fulfilment, attempts, amount: basket.amount, fragile: false }),
  };
}

/** Where Kenyans are when they order from away: hotel or office Wi-Fi there, or their own line roaming. */
const AWAY: ReadonlyArray<readonly [string, number, number]> = [
  ['ae-mobile', 4, 30],
  ['za-broadband', 2, 15],
  ['ug-mobile', 3, 15],
  ['tz-mobile', 3, 12],
  ['rw-broadband', 2, 8],
  ['gb-broadband', 0, 10],
  ['us-cable', -5, 10],
];

/**
 * Kenyans away (Dubai, Johannesburg, Kampala, Dar, Kigali, London, the US) ordering for home: M-Pesa works
 * while roaming, and roaming data comes home through their own carrier, so half of them look as if they never
 * left.
 */
export function traveller(rng: Rng, w: World): Purchase {
  const [net, tz] = rng.weightedPick(AWAY.map((x) => [x, x[2]] as const));
  const at = placeAt(rng, w.window, tz, 'kenya', 'mobile');
  const a = rng.pick(w.nairobi.length > 0 ? w.nairobi : w.people.kenyans);
  const lines = pickLines(
    rng,
    'KES',
    HOME_GIFTS,
    lineCount(rng, [
      [1, 50],
      [2, 32],
      [3, 18],
    ]),
  );
  const { fulfilment, shipping } = localDelivery(rng, a.home, { rider: 45, agent: 10, shop: 45 });
  const basket = basketOf(lines, 'KES', fulfilment, {
    code: maybeCode(rng, at, w.window.start, false, true),
  });
  const attempts = honestPay(
    rng,
    {
      currency: 'KES',
      cards: a.cards,
      signedIn: true,
      methods: kenyanMethods(a.cards.length > 0, false, basket.amount, {
        mpesa: 55,
        card: 45,
        airtel_money: 0,
      }),
    },
    basket.amount,
  );
  const roaming = rng.chance(0.45);
  return {
    at,
    fraud: false,
    kind: 'traveller',
    basket,
    buyer: buyerOf(a, false),
    billing: a.home.address,
    ...(shipping ? { shipping } : {}),
    fulfilment,
    ip: ipOn(rng, roaming ? kenyanMobile(rng) : net),
    device: rng.chance(0.9) ? a.device : device(rng, 'kenyan'),
    locale: 'en-KE',
    attempts,
    later: honestAfter(rng, { fulfilment, attempts, amount: basket.amount, fragile: fragile(lines) }),
  };
}
