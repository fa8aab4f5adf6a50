import { type Rng } from '../kit/random.js';
import { type Item, compose, type World } from './build.js';
import { placeAt } from './calendar.js';
import {
  CARE,
  ENTHUSIAST_KNIVES,
  GIFT_SETS,
  HOME_KNIVES,
  KNIVES,
  NOSHI,
  ROLLS,
  SAYA_FOR,
  STONE_PICKS,
  STONES,
} from './catalogue.js';
import { newCard } from './cards.js';
import { engravingFor, extras, isDisputable } from './honest-kit.js';
import { homeIp, hostingIp, network, address } from './networks.js';
import { deviceOf, personOf } from './people.js';
import { abroad, type Country, HOTELS, homeIn, market } from './places.js';
import { honestAfter, honestPay, type Purchase } from './purchase.js';
import { member, newcomer, returning, shopperIn } from './shoppers.js';

/**
 * Honest buyers who are not simply at home in Japan: enthusiasts abroad, tourists who visited the shop ordering
 * again from home, visitors ordering while still in Japan, newcomers with big baskets, members on a new phone and
 * Japanese expats (the hard cases: their IPs, cards, billing and delivery countries often disagree).
 */

const abroadAt = (w: World, tz: number) => (r: Rng) => placeAt(r, w.window, tz, 'home', false);

/** Enthusiasts abroad: a gyuto or a specialist shape, stones and a saya; a few behind a VPN. */
export function enthusiast(rng: Rng, w: World): Purchase {
  const country = abroad(rng);
  const { shopper: s, at } = shopperIn(rng, w.accounts, country, 0.4, (tz) => abroadAt(w, tz)(rng));
  const knife = rng.weightedPick(ENTHUSIAST_KNIVES);
  const items: Item[] = [[knife, 1], ...extras(rng, knife, 0.5, 0.3)];
  if (rng.chance(0.2)) {
    const second = rng.weightedPick(ENTHUSIAST_KNIVES);
    if (second !== knife) items.push([second, 1]);
  }
  const vpn = rng.chance(0.06);
  return compose(rng, {
    kind: 'overseas_enthusiast',
    fraud: false,
    at,
    buyer: s.buyer,
    billing: s.home,
    shipTo: s.home,
    items,
    ip: vpn ? hostingIp(rng, [country, 'US', 'NL', 'DE']).ip : homeIp(rng, country, 0.3).ip,
    device: s.device,
    locale: market(country).locale,
    pay: (yen) => honestPay(rng, { cards: s.cards, domestic: false, signedIn: s.signedIn }, yen),
    after: (paidAt, b, f, a) =>
      honestAfter(
        rng,
        { fulfilment: f, amount: b.amount, prepDays: [1, 3], disputable: isDisputable(a) },
        paidAt,
      ),
  });
}

/**
 * Tourists who bought in the Sakai showroom and order again from home: a saya or stones for the knife they carried
 * back, or a second knife; most signed up on their phone in the shop.
 */
export function touristReorder(rng: Rng, w: World): Purchase {
  const tourists = w.accounts.filter((a) => a.tourist);
  const asMember = tourists.length > 0 && rng.chance(0.65);
  const picked = asMember
    ? (() => {
        const s = member(rng, rng.pick(tourists), 0.15);
        return { shopper: s, at: abroadAt(w, s.tz)(rng) };
      })()
    : newcomer(
        rng,
        abroad(rng, { AU: 20, US: 18, SG: 12, HK: 10, GB: 10, FR: 8, DE: 6, CA: 6, IT: 4, ES: 4, NL: 2 }),
        (tz) => abroadAt(w, tz)(rng),
        0.2,
      );
  const { shopper: s, at } = picked;
  const items: Item[] = [];
  if (rng.chance(0.4)) {
    items.push([rng.pick([KNIVES.gyuto210, KNIVES.santokuGinsan, KNIVES.nakiri, KNIVES.bunka]), 1]);
    if (rng.chance(0.4)) items.push([rng.weightedPick(STONE_PICKS), 1]);
  } else {
    items.push([rng.pick([SAYA_FOR(KNIVES.gyuto210), SAYA_FOR(KNIVES.gyuto240)]), 1]);
    if (rng.chance(0.6)) items.push([rng.weightedPick(STONE_PICKS), 1]);
    if (rng.chance(0.3)) items.push([rng.pick([CARE.oil, CARE.eraser, STONES.holder]), 1]);
  }
  return compose(rng, {
    kind: 'tourist_reorder',
    fraud: false,
    at,
    buyer: s.buyer,
    billing: s.home,
    shipTo: s.home,
    items,
    ip: homeIp(rng, s.country, 0.35).ip,
    device: s.device,
    locale: market(s.country).locale,
    pay: (yen) => honestPay(rng, { cards: s.cards, domestic: false, signedIn: s.signedIn }, yen),
    after: (paidAt, b, f, a) =>
      honestAfter(
        rng,
        { fulfilment: f, amount: b.amount, prepDays: [1, 3], disputable: isDisputable(a) },
        paidAt,
      ),
  });
}

/**
 * Visitors still in Japan: on hotel Wi-Fi, roaming on their home network or on a travel eSIM that breaks out in
 * Hong Kong or Singapore; a foreign card and billing address; collected at the shop, sent to the hotel, or shipped
 * home in their own currency.
 */
export function traveller(rng: Rng, w: World): Purchase {
  const home = abroad(rng, {
    AU: 22,
    US: 20,
    SG: 10,
    HK: 8,
    GB: 10,
    FR: 8,
    DE: 6,
    CA: 6,
    IT: 4,
    ES: 3,
    NL: 3,
  });
  const { shopper: s, at } = newcomer(rng, home, () => placeAt(rng, w.window, 9, 'home', true), 0.25);
  const where = rng.weightedPick<'pickup' | 'hotel' | 'home'>([
    ['pickup', 25],
    ['hotel', 20],
    ['home', 55],
  ]);
  const link = rng.weightedPick<'wifi' | 'roaming' | 'esim'>([
    ['wifi', 55],
    ['roaming', 25],
    ['esim', 20],
  ]);
  const ip =
    link === 'wifi'
      ? homeIp(rng, 'JP', 0).ip
      : link === 'roaming'
        ? homeIp(rng, home, 1).ip
        : address(rng, network(rng.chance(0.5) ? 'hk-mobile' : 'sg-mobile'), false);
  const knife = rng.weightedPick(HOME_KNIVES.concat(ENTHUSIAST_KNIVES));
  const items: Item[] = [[knife, 1], ...extras(rng, knife, 0.45, 0.4)];
  if (rng.chance(0.25)) items.push([rng.weightedPick(ENTHUSIAST_KNIVES), 1]);
  const engraved = rng.chance(0.4) ? 1 : 0;
  return compose(rng, {
    kind: 'traveller_in_japan',
    fraud: false,
    at,
    buyer: s.buyer,
    billing: s.home,
    shipTo: where === 'pickup' ? 'pickup' : where === 'hotel' ? rng.pick(HOTELS) : s.home,
    items,
    engraved,
    ip,
    device: deviceOf(rng, home, 30),
    locale: market(home).locale,
    pay: (yen) => honestPay(rng, { cards: s.cards, domestic: false, signedIn: s.signedIn }, yen, 0.08),
    after: (paidAt, b, f, a) =>
      honestAfter(
        rng,
        {
          fulfilment: f,
          amount: b.amount,
          prepDays: engraved ? [1, 3] : [0, 1],
          disputable: isDisputable(a),
        },
        paidAt,
      ),
    extras: engraved ? { engraving: engravingFor(rng, s.buyer.name, false) } : {},
  });
}

/**
 * First-time buyers with a big basket: setting up a kitchen, a culinary-school graduate, a chef's set for
 * themselves. Issuers hold more of these big first charges, so more declines and retries.
 */
export function newBigBasket(rng: Rng, w: World): Purchase {
  const domestic = rng.chance(0.5);
  const country: Country = domestic ? 'JP' : abroad(rng);
  const { shopper: s, at } = newcomer(
    rng,
    country,
    (tz) => placeAt(rng, w.window, tz, 'home', domestic),
    0.45,
  );
  const items: Item[] = [];
  if (rng.chance(0.4)) items.push([GIFT_SETS.chef, 1]);
  const n = rng.int(items.length > 0 ? 1 : 3, items.length > 0 ? 2 : 5);
  for (let i = 0; i < n; i++) {
    const k = rng.weightedPick(
      ENTHUSIAST_KNIVES.concat([
        [KNIVES.yanagiba270, 4],
        [KNIVES.deba, 3],
      ]),
    );
    if (!items.some(([x]) => x === k)) items.push([k, 1]);
  }
  items.push([rng.chance(0.3) ? STONES.natural : STONES.combo, 1], [STONES.s3000, 1]);
  if (rng.chance(0.5)) items.push([rng.chance(0.5) ? ROLLS.leather : ROLLS.canvas, 1]);
  return compose(rng, {
    kind: 'new_big_basket',
    fraud: false,
    at,
    buyer: s.buyer,
    billing: s.home,
    shipTo: s.home,
    items,
    ip: homeIp(rng, country, 0.3).ip,
    device: s.device,
    locale: market(country).locale,
    pay: (yen) => honestPay(rng, { cards: s.cards, domestic, signedIn: s.signedIn }, yen, 0.15),
    after: (paidAt, b, f, a) =>
      honestAfter(
        rng,
        { fulfilment: f, amount: b.amount, prepDays: [1, 3], disputable: isDisputable(a) },
        paidAt,
      ),
  });
}

/** Members back on a new phone or laptop, from wherever they are that day, sometimes with a new card. */
export function returningNewDevice(rng: Rng, w: World): Purchase {
  const pool = w.accounts.filter((a) => returning(a, w.window.start));
  const a = rng.pick(pool.length > 0 ? pool : w.accounts);
  const s = member(rng, a, 0);
  const domestic = a.country === 'JP';
  const at = placeAt(rng, w.window, a.tz, 'home', domestic);
  const knife = rng.weightedPick(domestic ? HOME_KNIVES : ENTHUSIAST_KNIVES);
  const items: Item[] = rng.chance(0.7)
    ? [[knife, 1], ...extras(rng, knife, 0.3, 0.2)]
    : [[rng.weightedPick(STONE_PICKS), 1]];
  const cards = rng.chance(0.25) ? [newCard(rng, a.country)] : a.cards;
  const elsewhere = rng.chance(0.1) ? homeIn(rng, a.country).address : a.home;
  return compose(rng, {
    kind: 'returning_new_device',
    fraud: false,
    at,
    buyer: s.buyer,
    billing: a.home,
    shipTo: elsewhere,
    items,
    ip: homeIp(rng, a.country, 0.5).ip,
    device: deviceOf(rng, a.country, 10),
    locale: market(a.country).locale,
    pay: (yen) =>
      honestPay(rng, { cards, domestic, signedIn: true, saved: cards === a.cards && rng.chance(0.5) }, yen),
    after: (paidAt, b, f, att) =>
      honestAfter(
        rng,
        { fulfilment: f, amount: b.amount, prepDays: [0, 2], disputable: isDisputable(att) },
        paidAt,
      ),
  });
}

/**
 * Japanese living abroad: a Japanese name and often a Japanese e-mail, shopping from abroad, paying with the card
 * they kept from home (billed to their parents' address in Japan) or a local one, shipping to themselves or an
 * oseibo gift to family in Japan.
 */
export function expat(rng: Rng, w: World): Purchase {
  const country = abroad(rng, { US: 30, SG: 15, HK: 12, GB: 12, DE: 10, AU: 10, FR: 6, CA: 5 });
  const { shopper: s, at } = newcomer(rng, country, (tz) => abroadAt(w, tz)(rng), 0.5, true);
  const jpCard = rng.chance(0.5);
  const billing = jpCard ? homeIn(rng, 'JP').address : s.home;
  const cards = jpCard ? [newCard(rng, 'JP')] : s.cards;
  const toFamily = rng.chance(0.4);
  const knife = rng.weightedPick(toFamily ? HOME_KNIVES : ENTHUSIAST_KNIVES);
  const items: Item[] = toFamily
    ? [
        [knife, 1],
        [NOSHI, 1],
      ]
    : [[knife, 1], ...extras(rng, knife, 0.4, 0.3)];
  return compose(rng, {
    kind: 'expat',
    fraud: false,
    at,
    buyer: s.buyer,
    billing,
    shipTo: toFamily ? homeIn(rng, 'JP').address : s.home,
    items,
    ip: homeIp(rng, country, 0.35).ip,
    device: s.device,
    locale: 'ja-JP',
    pay: (yen) => honestPay(rng, { cards, domestic: false, signedIn: s.signedIn }, yen),
    after: (paidAt, b, f, a) =>
      honestAfter(
        rng,
        { fulfilment: f, amount: b.amount, prepDays: [1, 3], disputable: isDisputable(a) },
        paidAt,
      ),
    extras: toFamily
      ? { noshi: 'oseibo', giftNote: `${personOf(rng, 'JP').name.split(' ')[0] ?? ''}家の皆さまへ` }
      : {},
  });
}
