import { DAY, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { ABROAD_EVENING, beforeCutoff, GREEK_EVENING, placedAt } from './calendar.js';
import { type Category, fill, line, type Line } from './catalogue.js';
import { christmasCode, GIFTS, noteOf, PANTRY } from './shelves.js';
import { accountWho, domesticRoute, guestWho, honestPurchase, zoneOf } from './checkout.js';
import { corporate, greekAbroad, touristReorder, trade, vasilopita } from './honest-more.js';
import { ipOf } from './networks.js';
import { type Account, diasporaName, greekName, newDevice } from './people.js';
import { addressIn, ATTICA, DIASPORA, GR_HOMETOWNS } from './places.js';
import { type Purchase } from './purchase.js';
import { regular, type World } from './world.js';

/** The honest kinds, their weights, and the planners of the everyday ones (households, regulars, gifts, diaspora). */

export const HONEST = {
  household: 25,
  repeat_customer: 16,
  gift_in_greece: 10,
  diaspora_gift_home: 10,
  diaspora_abroad: 9,
  corporate_gifts: 7,
  horeca_trade: 4,
  tourist_reorder: 8,
  greek_abroad: 4,
  vasilopita_local: 7,
} as const;

export type HonestKind = keyof typeof HONEST;

const olderThan = (w: Window, days: number) => (a: Account) => a.createdAt < w.start - days * DAY;

const inAttica = (city: string | undefined): boolean => ATTICA.some((c) => c.name === city);

/** A Greek household buying for itself: staples, feta, sweets for the holidays; signed in or as a guest. */
function household(rng: Rng, w: World): Purchase {
  const who = rng.chance(0.58)
    ? accountWho(rng, regular(rng, w.by.local))
    : guestWho(rng, 'GR', greekName(rng));
  const lines = fill(rng, 'domestic', PANTRY, rng.int(1, 5), 3);
  return honestPurchase(rng, {
    kind: 'household',
    at: placedAt(rng, w.window, 2, GREEK_EVENING, beforeCutoff('domestic')),
    buyer: who.buyer,
    billing: who.home,
    shipping: who.home,
    fulfilment: domesticRoute(rng, who.home, inAttica(who.home.city)),
    zone: 'domestic',
    session: who.session,
    locale: 'el-GR',
    lines,
    pricing: christmasCode(rng, lines),
    cards: who.cards,
    cardCountry: 'GR',
    signedIn: who.signedIn,
  });
}

/**
 * A regular: an account older than four months, a saved card, the usual tins and jars, now and then on a new
 * phone (a Christmas present, a replaced screen) from the mobile network.
 */
function repeatCustomer(rng: Rng, w: World): Purchase {
  const pool = [...w.by.local, ...w.by.cypriot, ...w.by.diaspora].filter(olderThan(w.window, 120));
  const a = regular(rng, pool);
  const who = accountWho(rng, a);
  const zone = zoneOf(a.home.country);
  const session = rng.chance(0.15) ? { device: newDevice(rng), ip: ipOf(rng, a.mobileNet) } : who.session;
  const staples: Line[] = rng.chance(0.5)
    ? [line(rng.pick(['OO-KOR-5L', 'OO-KOR-3L', 'OO-SIT-1L']), rng.int(1, 2))]
    : [];
  const more = fill(rng, zone, PANTRY, rng.int(1, 4), 3).filter((l) => !staples.some((x) => x.sku === l.sku));
  const lines = [...staples, ...more];
  return honestPurchase(rng, {
    kind: 'repeat_customer',
    at: placedAt(
      rng,
      w.window,
      a.home.tz,
      zone === 'domestic' ? GREEK_EVENING : ABROAD_EVENING,
      beforeCutoff(zone),
    ),
    buyer: who.buyer,
    billing: a.home,
    shipping: a.home,
    fulfilment: zone === 'domestic' ? domesticRoute(rng, a.home, inAttica(a.home.city)) : 'international',
    zone,
    session,
    locale: a.locale,
    lines,
    pricing: christmasCode(rng, lines, 0.25),
    cards: a.cards,
    cardCountry: a.home.country,
    signedIn: true,
  });
}

/** A present inside Greece: to parents in the village, a godchild, a friend; hampers, sweets, sometimes an e-gift card. */
function giftInGreece(rng: Rng, w: World): Purchase {
  const who = rng.chance(0.65)
    ? accountWho(rng, regular(rng, w.by.local))
    : guestWho(rng, 'GR', greekName(rng));
  const family = who.account?.family;
  const ecard = rng.chance(0.08);
  const to =
    family && rng.chance(0.6) ? family : addressIn(rng, 'GR', rng.chance(0.5) ? GR_HOMETOWNS : undefined);
  const lines = ecard
    ? [line(rng.pick(['GC-025', 'GC-050', 'GC-100']))]
    : fill(rng, 'domestic', GIFTS, rng.int(1, 3));
  return honestPurchase(rng, {
    kind: 'gift_in_greece',
    at: placedAt(rng, w.window, 2, GREEK_EVENING, beforeCutoff('domestic')),
    buyer: who.buyer,
    billing: who.home,
    ...(ecard ? {} : { shipping: to }),
    fulfilment: ecard ? 'email' : domesticRoute(rng, to, inAttica(to.city)),
    zone: 'domestic',
    session: who.session,
    locale: 'el-GR',
    lines,
    pricing: christmasCode(rng, lines),
    cards: who.cards,
    cardCountry: 'GR',
    signedIn: who.signedIn,
    ...noteOf(rng, true),
  });
}

/**
 * The diaspora sending Christmas home: a foreign card, billing and IP abroad, the hamper to parents in a Greek
 * town or village, often with a note in Greek.
 */
function diasporaGiftHome(rng: Rng, w: World): Purchase {
  const a = rng.chance(0.72) ? regular(rng, w.by.diaspora) : undefined;
  const country = a?.home.country ?? rng.weightedPick(DIASPORA);
  const who = a
    ? accountWho(rng, a)
    : guestWho(rng, country, diasporaName(rng), rng.chance(0.5) ? 'el-GR' : undefined);
  const to = a?.family ?? addressIn(rng, 'GR', GR_HOMETOWNS);
  const lines = fill(rng, 'domestic', GIFTS, rng.int(1, 4));
  return honestPurchase(rng, {
    kind: 'diaspora_gift_home',
    at: placedAt(rng, w.window, who.home.tz, ABROAD_EVENING, beforeCutoff('domestic')),
    buyer: who.buyer,
    billing: who.home,
    shipping: to,
    fulfilment: rng.chance(0.9) ? 'courier' : 'box_now',
    zone: 'domestic',
    session: who.session,
    locale: who.locale,
    lines,
    pricing: christmasCode(rng, lines),
    cards: who.cards,
    cardCountry: country,
    signedIn: who.signedIn,
    methods: [
      ['card', 62],
      ['paypal', 38],
    ],
    ...noteOf(rng, rng.chance(0.6)),
  });
}

const EXPORT: ReadonlyArray<readonly [Category, number]> = [
  ['olive_oil', 30],
  ['hamper', 14],
  ['olives', 10],
  ['pantry', 16],
  ['sweets', 12],
  ['honey', 8],
  ['cheese', 6],
  ['spirits', 4],
];

/**
 * The diaspora stocking up abroad: oil in tins, olives, herbs, trahanas, export hampers; heavy parcels by
 * courier, ordered before the zone's last posting day.
 */
function diasporaAbroad(rng: Rng, w: World): Purchase {
  const a = regular(rng, w.by.diaspora);
  const who = accountWho(rng, a);
  const zone = zoneOf(a.home.country);
  const tins = line(rng.pick(['OO-KOR-5L', 'OO-KOR-3L', 'OO-SIT-1L']), rng.int(1, 3));
  const lines = [tins, ...fill(rng, zone, EXPORT, rng.int(1, 5), 3).filter((l) => l.sku !== tins.sku)];
  return honestPurchase(rng, {
    kind: 'diaspora_abroad',
    at: placedAt(rng, w.window, a.home.tz, ABROAD_EVENING, beforeCutoff(zone)),
    buyer: who.buyer,
    billing: a.home,
    shipping: a.home,
    fulfilment: 'international',
    zone,
    session: who.session,
    locale: a.locale,
    lines,
    pricing: christmasCode(rng, lines),
    cards: a.cards,
    cardCountry: a.home.country,
    signedIn: true,
  });
}

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  switch (kind) {
    case 'household':
      return household(rng, w);
    case 'repeat_customer':
      return repeatCustomer(rng, w);
    case 'gift_in_greece':
      return giftInGreece(rng, w);
    case 'diaspora_gift_home':
      return diasporaGiftHome(rng, w);
    case 'diaspora_abroad':
      return diasporaAbroad(rng, w);
    case 'corporate_gifts':
      return corporate(rng, w);
    case 'horeca_trade':
      return trade(rng, w);
    case 'tourist_reorder':
      return touristReorder(rng, w);
    case 'greek_abroad':
      return greekAbroad(rng, w);
    case 'vasilopita_local':
      return vasilopita(rng, w);
  }
}
