import { DAY, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { IL_TZ } from './calendar.js';
import { newCard } from './cards.js';
import {
  basketOf,
  CODES,
  everyday,
  GIFT_SETS,
  giftSet,
  ITEMS,
  type Line,
  lineFor,
  linesOf,
  PRO,
  withCode,
} from './catalogue.js';
import { ipOn, network, networksOf } from './networks.js';
import { abroad, ownDevice, type World } from './people.js';
import { type Country, homeIn, nearby, pickupPoint } from './places.js';
import { cardAttempt, fulfilment, other, type Purchase, tashlumim } from './purchase.js';
import {
  accountShopper,
  currencyOf,
  deliveryTo,
  guestShopper,
  seasonCode,
  sell,
  shopAt,
  weekOf,
} from './shoppers.js';

/**
 * The rest of the honest kinds: tourists, gifts across borders, spas, big first baskets, new devices,
 * travellers.
 */

const STOCK_UP = [
  ITEMS.mud500,
  ITEMS.mud250,
  ITEMS.scrubLav,
  ITEMS.scrubPom,
  ITEMS.bathSalt,
  ITEMS.handCream,
  ITEMS.footCream,
  ITEMS.bodyButter,
  ITEMS.soaps,
  ITEMS.dayCream,
];

/**
 * Tourists who bought at a hotel shop by the Dead Sea and reorder from home with the code on the hotel's
 * leaflet; a quarter order while still in Israel (hotel wifi or a tourist SIM) to be shipped home. Many
 * opened their account during the trip.
 */
export function touristReorder(rng: Rng, w: World): Purchase {
  const country = rng.weightedPick<Country>([
    ['US', 25],
    ['GB', 15],
    ['DE', 20],
    ['FR', 15],
    ['NL', 8],
    ['CA', 6],
    ['AU', 5],
    ['IT', 3],
    ['ES', 3],
  ]);
  const stillHere = rng.chance(0.25);
  const home = homeIn(rng, country);
  const at = stillHere
    ? shopAt(rng, w.window, IL_TZ, 'flat', 'evening', 'none')
    : shopAt(rng, w.window, home.tz, 'intl', 'evening', 'weekend_up');
  const s = guestShopper(rng, country, at, { older: rng.chance(0.5) });
  s.billing = home.address;
  if (rng.chance(0.4) && s.buyer.id === undefined)
    s.buyer = { ...s.buyer, id: `cus_${rng.digits(10)}`, createdAt: at - rng.int(30, 300) * DAY };
  s.signedIn = s.buyer.id !== undefined;
  if (stillHere)
    s.ip = ipOn(rng, rng.chance(0.7) ? network('il-office-hotel') : rng.pick(networksOf('IL', 'mobile')));
  const currency = currencyOf(country);
  const lines = linesOf(rng, currency, rng.int(3, 6), (r) => r.pick(STOCK_UP), 0.35);
  const code = rng.chance(0.5) ? withCode(rng.pick(CODES.tourist)) : undefined;
  const delivery = rng.chance(0.4) ? 'intl_express' : 'intl_standard';
  return sell(rng, 'tourist_reorder', at, s, basketOf(lines, currency, delivery, code), delivery);
}

const GIFT_NOTES = [
  'Happy Hanukkah from Israel!',
  'Merry Christmas from all of us in Tel Aviv',
  'חנוכה שמח! מתגעגעים',
  'A little bit of the Dead Sea for you',
  'Happy holidays, love from Jerusalem',
  'Chag Sameach! See you at Pesach',
];

/**
 * Gifts across borders. Israelis on the Hebrew site, paying in shekels with their own cards, send gift sets
 * to children and siblings in the US, Europe, Canada or Australia before the Christmas cut-offs; families
 * abroad, on the international site, send Hanukkah presents to parents in Israel.
 */
export function giftAbroad(rng: Rng, w: World): Purchase {
  const fromIsrael = rng.chance(0.6);
  const lines: Line[] = rng
    .shuffle(GIFT_SETS)
    .slice(0, rng.chance(0.65) ? 1 : 2)
    .map((set) => lineFor(set, 'ILS'));
  if (fromIsrael) {
    const at = shopAt(rng, w.window, IL_TZ, 'intl_gifts', 'evening', 'shabbat');
    const s = rng.chance(0.5) ? accountShopper(rng, rng.pick(w.il)) : guestShopper(rng, 'IL', at);
    const to = rng.weightedPick<Country>([
      ['US', 35],
      ['GB', 15],
      ['FR', 12],
      ['DE', 8],
      ['CA', 10],
      ['AU', 10],
      ['NL', 3],
      ['BE', 3],
      ['IT', 2],
      ['ES', 2],
    ]);
    const delivery = rng.chance(0.45) ? 'intl_express' : 'intl_standard';
    if (rng.chance(0.3)) lines.push(lineFor(everyday(rng), 'ILS'));
    return sell(rng, 'gift_abroad', at, s, basketOf(lines, 'ILS', delivery), delivery, {
      shipping: homeIn(rng, to).address,
      giftNote: rng.pick(GIFT_NOTES),
    });
  }
  const country = rng.weightedPick<Country>([
    ['US', 45],
    ['GB', 20],
    ['FR', 15],
    ['CA', 10],
    ['AU', 10],
  ]);
  const home = homeIn(rng, country);
  const at = shopAt(rng, w.window, home.tz, 'il_gifts', 'evening', 'weekend_up');
  const s = guestShopper(rng, country, at, { culture: 'diaspora', fresh: rng.chance(0.3) });
  const currency = currencyOf(country);
  const priced = lines.map((l) => lineFor(GIFT_SETS.find((g) => g.sku === l.sku) ?? ITEMS.spaSet, currency));
  return sell(rng, 'gift_abroad', at, s, basketOf(priced, currency, 'courier'), 'courier', {
    shipping: homeIn(rng, 'IL').address,
    giftNote: rng.pick(GIFT_NOTES),
  });
}

/**
 * Spas, hotel spas and salons on the wholesale list restocking for the season: professional tubs by the
 * handful and retail items by the case at the wholesale price, on working days in office hours; bank transfer
 * (paid a day or three later), the company card (in Israel often in three payments) or PayPal; freight.
 */
export function wholesaleSpa(rng: Rng, w: World): Purchase {
  const spa = rng.pick(w.spas);
  const a = spa.account;
  const israeli = a.country === 'IL';
  const at = shopAt(rng, w.window, a.tz, 'business', 'office', israeli ? 'workweek_il' : 'workweek');
  const currency = currencyOf(a.country);
  const lines: Line[] = rng
    .shuffle(PRO)
    .slice(0, rng.int(1, 3))
    .map((p) => lineFor(p, currency, rng.int(2, 8), true));
  for (const x of rng.shuffle(STOCK_UP).slice(0, rng.int(2, 6)))
    lines.push(lineFor(x, currency, 6 * rng.int(1, 8), true));
  const items = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const freight = israeli ? (items >= 150_000 ? 0 : 6000) : rng.int(85, 260) * 100;
  const basket = basketOf(lines, currency, 'freight', undefined, freight);
  const s = accountShopper(rng, a, { mobile: false });
  s.ip = israeli
    ? ipOn(rng, network('il-office-hotel'))
    : ipOn(rng, rng.pick(networksOf(a.country, 'fixed')));
  const way = rng.weightedPick<'transfer' | 'card' | 'paypal'>([
    ['transfer', 45],
    ['card', 45],
    ['paypal', 10],
  ]);
  const card = rng.pick(a.cards);
  const first = rng.int(10_000, 90_000);
  const attempts =
    way === 'transfer'
      ? [other('bank_transfer', true, rng.int(20, 80) * 60 * MINUTE)]
      : way === 'paypal'
        ? [other('paypal', true, first)]
        : rng.chance(0.08)
          ? [
              cardAttempt(rng, card, {
                entry: 'saved',
                ok: false,
                decline: 'limit_exceeded',
                afterMs: first,
              }),
              other('bank_transfer', true, rng.int(20, 80) * 60 * MINUTE),
            ]
          : [
              cardAttempt(rng, card, {
                entry: 'saved',
                ok: true,
                afterMs: first,
                installments: israeli ? tashlumim(rng, basket.amount, 0.4) : 1,
              }),
            ];
  const later = fulfilment(rng, 'freight');
  if (rng.chance(0.03))
    later.push({
      type: 'refund.created',
      afterMs: (later[later.length - 1]?.afterMs ?? 0) + rng.int(1, 5) * DAY,
      reason: 'damaged_in_transit',
      amount: Math.round(basket.amount * rng.float(0.03, 0.1)),
    });
  return {
    at,
    fraud: false,
    kind: 'wholesale_spa',
    basket,
    billing: { ...a.home },
    attempts,
    later,
    buyer: s.buyer,
    shipping: { ...a.home },
    delivery: 'freight',
    ip: s.ip,
    device: s.device,
    locale: a.locale,
    channel: 'wholesale',
    business: spa.business,
  };
}

/**
 * First-time customers with big baskets: the whole family's Hanukkah, an office's holiday gifts, a bride's
 * party favours; gift sets by the half-dozen. Issuers decline more of these, and buyers retry.
 */
export function newBigBasket(rng: Rng, w: World): Purchase {
  const israeli = rng.chance(0.6);
  const country: Country = israeli ? 'IL' : abroad(rng);
  const tz = israeli ? IL_TZ : homeIn(rng, country).tz;
  const at = shopAt(rng, w.window, tz, israeli ? 'il_gifts' : 'intl_gifts', 'evening', weekOf(country));
  const s = guestShopper(rng, country, at, { fresh: rng.chance(0.4), mobileShare: 0.45 });
  const currency = currencyOf(country);
  const lines = rng
    .shuffle(GIFT_SETS)
    .slice(0, rng.int(1, 2))
    .map((set) => lineFor(set, currency, rng.int(2, 8)));
  lines.push(...linesOf(rng, currency, rng.int(0, 4), everyday));
  const code = seasonCode(rng, w.window, at, israeli, 0.3);
  const delivery = israeli ? 'courier' : rng.chance(0.5) ? 'intl_express' : 'intl_standard';
  return sell(rng, 'new_big_basket', at, s, basketOf(lines, currency, delivery, code), delivery, {
    shipping: rng.chance(0.4) ? nearby(rng, s.billing) : s.billing,
    declineShare: 0.1,
  });
}

/** A long-standing customer on a phone or laptop the store has never seen (a new phone for the holidays). */
export function returningNewDevice(rng: Rng, w: World): Purchase {
  const a = rng.chance(0.65) ? rng.pick(w.il) : rng.pick(w.intl);
  const at = shopAt(rng, w.window, a.tz, a.country === 'IL' ? 'il' : 'intl', 'evening', weekOf(a.country));
  const s = accountShopper(rng, a, { newDevice: ownDevice(rng, a.country, 0.75), mobile: rng.chance(0.45) });
  if (rng.chance(0.3)) s.cards = [newCard(rng, a.country, { international: a.country !== 'IL' }), ...a.cards];
  const currency = currencyOf(a.country);
  const lines = linesOf(rng, currency, rng.int(1, 4), everyday);
  if (rng.chance(0.2)) lines.push(lineFor(giftSet(rng), currency));
  const delivery = deliveryTo(rng, a.country);
  const shipping = delivery === 'pickup_point' ? pickupPoint(rng, a.home.city) : a.home;
  const code = seasonCode(rng, w.window, at, a.country === 'IL', 0.25);
  return sell(rng, 'returning_new_device', at, s, basketOf(lines, currency, delivery, code), delivery, {
    shipping,
  });
}

const TRIPS: ReadonlyArray<readonly [string, number, number]> = [
  ['TH', 7, 20],
  ['GR', 2, 15],
  ['CY', 2, 10],
  ['US', -5, 20],
  ['GB', 0, 10],
  ['DE', 1, 8],
  ['IT', 1, 7],
  ['FR', 1, 5],
  ['ES', 1, 5],
];

/**
 * Israelis abroad (after the army in Thailand, a week in Athens or Cyprus, business in New York or London)
 * ordering to their home in Israel, in shekels with their Israeli card, from a hotel's wifi or a local SIM.
 */
export function traveller(rng: Rng, w: World): Purchase {
  const [where = 'TH', tz = 7] = rng.weightedPick(TRIPS.map((t) => [t, t[2]] as const));
  const at = shopAt(rng, w.window, tz, 'il', 'evening', 'none');
  const s = rng.chance(0.8) ? accountShopper(rng, rng.pick(w.il)) : guestShopper(rng, 'IL', at);
  s.ip = ipOn(rng, rng.pick(networksOf(where)));
  const lines = linesOf(rng, 'ILS', rng.int(1, 4), everyday);
  if (rng.chance(0.3)) lines.push(lineFor(giftSet(rng), 'ILS'));
  const delivery = deliveryTo(rng, 'IL');
  const shipping = delivery === 'pickup_point' ? pickupPoint(rng, s.billing.city) : s.billing;
  return sell(rng, 'traveller', at, s, basketOf(lines, 'ILS', delivery), delivery, { shipping });
}
