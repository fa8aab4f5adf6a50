import { MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { accountIn, type World } from './accounts.js';
import { purchaseOf } from './build.js';
import { DAYTIME, drawTime, EVENINGS, type Zone } from './calendar.js';

import { basketOf, type Fulfilment, lineIn, NEW_BOOKS, rareBook, readerLines } from './catalogue.js';
import { ipOn, network, type NetworkName } from './networks.js';
import { addressIn, EXPAT_TOWNS, marketOf, townIn, ukTown } from './places.js';
import { originIn, personOf } from './people.js';
import {
  DAY,
  type Delivery,
  EVERYDAY_MIX,
  fulfil,
  HOUR,
  honestEnding,
  honestPay,
  type LaterEvent,
  type MethodMix,
  type Purchase,
  releaseUnpaid,
} from './purchase.js';
import { abroadDay, collectorDay, readerDay, travelDay } from './seasons.js';
import { guest, returning } from './visits.js';

/**
 * Honest buyers who look unusual: readers abroad and the diaspora, collectors spending thousands, and Britons
 * abroad, expats and VPN users (tourists collecting on foreign cards are in honest-local.ts).
 */

const SCOTTISH_INTEREST = NEW_BOOKS.filter((b) =>
  ['NB-BURNS', 'NB-SCOT-HIST', 'NB-GAELIC', 'NB-9780099B', 'NB-WALKS', 'NB-9780862'].includes(b.sku),
);

const ABROAD_MIX: MethodMix = [
  ['card', 48],
  ['apple_pay', 17],
  ['google_pay', 5],
  ['paypal', 27],
  ['klarna', 3],
];

/** Readers abroad: Ireland and Europe in euros, Americans and Australians (many of Scottish descent) in dollars. */
export function abroad(rng: Rng, w: World): Purchase {
  const country = rng.weightedPick([
    ['IE', 28],
    ['US', 27],
    ['AU', 17],
    ['DE', 7],
    ['FR', 6],
    ['NL', 5],
    ['SE', 3],
    ['ES', 3],
    ['IT', 2],
    ['BE', 2],
  ] as const);
  const pool = w.accounts.filter((x) => x.country === country);
  const a = pool.length > 0 && rng.chance(0.45) ? rng.pick(pool) : undefined;
  const town = townIn(rng, country);
  const zone = a?.zone ?? town.zone;
  const at = drawTime(rng, w.window, zone, abroadDay(country), EVENINGS);
  const diaspora = (country === 'US' || country === 'AU') && rng.chance(0.35);
  const person = a?.person ?? personOf(rng, diaspora ? 'scottish' : originIn(rng, country));
  const visit = a ? returning(rng, a, at) : guest(rng, person, country, at);
  const { currency } = marketOf(country);
  const lines = readerLines(rng, currency, rng.int(1, 3));
  if (rng.chance(0.45)) {
    const extra = lineIn(rng.pick(SCOTTISH_INTEREST), currency);
    if (!lines.some((l) => l.sku === extra.sku)) lines.push(extra);
  }
  const basket = basketOf(lines, currency, 'international_tracked', country);
  const attempts = honestPay(rng, { ...visit, country }, basket.amount, ABROAD_MIX);
  const later = honestEnding(rng, attempts, {
    fulfilment: 'international_tracked',
    destination: country,
    amount: basket.amount,
  });
  const home = a?.home ?? addressIn(rng, town);
  return purchaseOf({
    kind: 'abroad',
    at,
    zone,
    visit,
    billing: home,
    shipping: home,
    basket,
    fulfilment: 'international_tracked',
    attempts,
    later,
  });
}

/** A rare book's journey: fulfilled, and now and then sent back within the fourteen days the law allows. */
function rareAfter(rng: Rng, d: Delivery): LaterEvent[] {
  const out = fulfil(rng, d);
  if (rng.chance(0.03))
    out.push({
      type: 'refund.created',
      afterMs: Math.max(...out.map((l) => l.afterMs)) + rng.int(5, 14) * DAY,
      reason: 'returned',
    });
  return out;
}

/**
 * A collector buying from the rare-book list: mostly hundreds of pounds, sometimes thousands; big sums by
 * bank transfer (same day at home, SWIFT from abroad), the books sent by Special Delivery or insured courier
 * once the money is in, or collected at the shop.
 */
export function collector(rng: Rng, w: World): Purchase {
  const a = w.collectors.length > 0 && rng.chance(0.7) ? rng.pick(w.collectors) : undefined;
  const country =
    a?.country ??
    rng.weightedPick([
      ['GB', 55],
      ['US', 25],
      ['DE', 4],
      ['FR', 3],
      ['NL', 3],
      ['AU', 5],
      ['IE', 5],
    ] as const);
  const town = townIn(rng, country);
  const zone = a?.zone ?? town.zone;
  const at = drawTime(rng, w.window, zone, collectorDay, DAYTIME);
  const person = a?.person ?? personOf(rng, originIn(rng, country));
  const visit = a
    ? returning(rng, a, at, false)
    : guest(rng, person, country, at, { mobile: rng.chance(0.3), signUp: 0.7 });
  const home = a?.home ?? addressIn(rng, town);
  const { currency } = marketOf(country);
  const books = [rareBook(rng)];
  const second = rareBook(rng, 8);
  if (rng.chance(0.12) && second !== books[0]) books.push(second);
  const pounds = books.reduce((s, b) => s + b.price, 0);
  const collect = home.city === 'Edinburgh' && rng.chance(0.3);
  const fulfilment: Fulfilment = collect
    ? 'click_collect'
    : country === 'GB' && pounds <= 250_000
      ? 'special_delivery'
      : 'insured_courier';
  const basket = basketOf(
    books.map((b) => lineIn(b, currency)),
    currency,
    fulfilment,
    country,
  );
  const base = {
    kind: 'collector',
    at,
    zone,
    visit,
    billing: home,
    ...(collect ? {} : { shipping: home }),
    basket,
    fulfilment,
  };
  if (rng.chance(pounds >= 200_000 ? 0.65 : 0.12)) {
    const clears = country === 'GB' ? rng.int(1, 20) * HOUR : rng.int(1, 4) * DAY;
    const later: LaterEvent[] = [
      { type: 'order.updated', afterMs: rng.int(2, 20) * MINUTE, status: 'awaiting_payment' },
    ];
    if (rng.chance(0.06))
      later.push({
        type: 'order.cancelled',
        afterMs: 7 * DAY + rng.int(0, 48) * HOUR,
        reason: 'payment_not_received',
      });
    else
      later.push(
        { type: 'payment.succeeded', afterMs: clears },
        ...rareAfter(rng, {
          fulfilment,
          destination: country,
          amount: basket.amount,
          from: clears + rng.int(2, 24) * HOUR,
        }),
      );
    return purchaseOf({ ...base, attempts: [], later, method: 'bank_transfer' });
  }
  const attempts = honestPay(
    rng,
    { ...visit, country },
    basket.amount,
    [
      ['card', 70],
      ['paypal', 15],
      ['apple_pay', 15],
    ],
    0.08,
  );
  const later = attempts.some((x) => x.ok)
    ? rareAfter(rng, { fulfilment, destination: country, amount: basket.amount })
    : releaseUnpaid(rng, attempts);
  return purchaseOf({ ...base, attempts, later });
}

const HOLIDAY_NETS: ReadonlyArray<readonly [NetworkName, Zone]> = [
  ['es-home', 'cet'],
  ['es-mobile', 'cet'],
  ['fr-home', 'cet'],
  ['it-home', 'cet'],
  ['pt-home', 'uk'],
  ['de-home', 'cet'],
  ['us-home', 'us_east'],
];

/**
 * Britons on holiday ordering home from a holiday let's wi-fi, expats on the Costas and in France paying in
 * euros with the British card they kept, and readers who browse through a VPN.
 */
export function travellerVpn(rng: Rng, w: World): Purchase {
  const what = rng.weightedPick([
    ['holiday', 40],
    ['expat', 30],
    ['vpn', 30],
  ] as const);
  if (what === 'expat') {
    const town = rng.pick(EXPAT_TOWNS);
    const at = drawTime(rng, w.window, town.zone, travelDay, EVENINGS);
    const net = network(town.country === 'ES' ? 'es-home' : 'fr-home');
    const visit = guest(rng, personOf(rng, rng.chance(0.5) ? 'scottish' : 'english'), 'GB', at, {
      network: net,
      cardCountry: rng.chance(0.7) ? 'GB' : town.country,
    });
    const home = addressIn(rng, town);
    const basket = basketOf(
      readerLines(rng, 'EUR', rng.int(1, 4)),
      'EUR',
      'international_tracked',
      town.country,
    );
    const attempts = honestPay(
      rng,
      { ...visit, country: visit.cards[0]?.country ?? 'GB' },
      basket.amount,
      ABROAD_MIX,
    );
    const later = honestEnding(rng, attempts, {
      fulfilment: 'international_tracked',
      destination: town.country,
      amount: basket.amount,
    });
    return purchaseOf({
      kind: 'traveller_vpn',
      at,
      zone: town.zone,
      visit,
      billing: home,
      shipping: home,
      basket,
      fulfilment: 'international_tracked',
      attempts,
      later,
      locale: 'en-GB',
    });
  }
  const [netName, zone] =
    what === 'holiday'
      ? rng.pick(HOLIDAY_NETS)
      : ([rng.pick(['nl-hosting', 'de-hosting', 'gb-hosting', 'us-hosting'] as const), 'uk'] as const);
  const a = rng.chance(0.6) ? accountIn(rng, w, ['GB']) : undefined;
  const town = ukTown(rng);
  const at = drawTime(
    rng,
    w.window,
    what === 'holiday' ? zone : (a?.zone ?? town.zone),
    what === 'holiday' ? travelDay : readerDay,
    EVENINGS,
  );
  const net = network(netName);
  const visit = a
    ? { ...returning(rng, a, at), ip: ipOn(rng, net) }
    : guest(rng, personOf(rng, originIn(rng, 'GB')), 'GB', at, { network: net });
  const home = a?.home ?? addressIn(rng, town);
  const basket = basketOf(readerLines(rng, 'GBP', rng.int(1, 3)), 'GBP', 'tracked_48', 'GB');
  const attempts = honestPay(rng, { ...visit, country: 'GB' }, basket.amount, EVERYDAY_MIX);
  const later = honestEnding(rng, attempts, {
    fulfilment: 'tracked_48',
    destination: 'GB',
    amount: basket.amount,
  });
  return purchaseOf({
    kind: 'traveller_vpn',
    at,
    zone: a?.zone ?? town.zone,
    visit,
    billing: home,
    shipping: home,
    basket,
    fulfilment: 'tracked_48',
    attempts,
    later,
  });
}
