import { type Rng } from '../kit/random.js';
import { ownLines, firstLines, mothersName, noteFor, payerOf, presentLines } from './baskets.js';
import { daysBefore, everydayDemand, giftDemand, when } from './calendar.js';
import { priced } from './catalogue.js';
import {
  assemble,
  buyerOf,
  connectFrom,
  currencyFor,
  deliveryTo,
  localeOf,
  openedJustNow,
  pickAccount,
  stranger,
  type World,
} from './checkout.js';
import {
  corporateGifts,
  egiftCard,
  luxuryBuyer,
  makeupArtist,
  touristExpat,
  travellerVpn,
} from './honest-more.js';
import { type Account, originOf, type Segment } from './people.js';
import { COUNTRIES, HOMELAND, homeIn, type Market, METRO } from './places.js';
import { honestAfter, honestPay, type Purchase } from './purchase.js';

/**
 * Honest customers, by kind, with their weights: most buy a Mother's Day present or restock for themselves;
 * the awkward ones are emigrants abroad sending presents home, gifts shipped to another address, tourists and
 * expats with foreign cards, people on VPNs or roaming, make-up artists buying in bulk and companies buying
 * gift cards by the dozen.
 */

export const HONEST = {
  mothers_day_gift: 23,
  self_purchase: 24,
  new_customer: 12,
  diaspora_gift: 10,
  click_and_collect: 7,
  egift_card: 6,
  tourist_expat: 6,
  traveller_vpn: 5,
  luxury_buyer: 3,
  makeup_artist: 2,
  corporate_gifts: 2,
} as const;

export type HonestKind = keyof typeof HONEST;

const clamp = (x: number): number => Math.max(0, Math.min(1, x));

/** A present for mum: to her door (often another address), to one's own, a pick-up point or a shop. */
function mothersDayGift(rng: Rng, w: World): Purchase {
  const market = rng.weightedPick<Market>([
    ['PT', 72],
    ['ES', 16],
    ['CH', 6],
    ['LU', 3],
    ['BE', 3],
  ]);
  const cutoff = market === 'PT' ? 2 : market === 'ES' ? 3 : 4;
  const at = when(rng, w.window, COUNTRIES[market].tz, (t) => giftDemand(t, market, cutoff));
  const account = rng.chance(0.55) ? pickAccount(rng, w, ['local', 'market', 'luxury'], [market]) : undefined;
  const a = account ?? stranger(rng, { origin: originOf(market), residence: market, segment: 'market' }, at);
  const signedIn = account !== undefined;
  const locale = localeOf(rng, a, market);
  const hurry = clamp((cutoff + 1 - daysBefore(at, market)) / 2);
  const toMum = rng.chance(0.55);
  const delivery = toMum
    ? deliveryTo(rng, homeIn(rng, market), { hurry, shops: false })
    : deliveryTo(rng, a.home, { hurry });
  const lines = presentLines(rng, a.segment === 'luxury' ? 1 : 0);
  if (rng.chance(0.12)) lines.push(...presentLines(rng).slice(0, 1));
  const wrap = rng.chance(0.7);
  const basket = priced(lines, {
    currency: currencyFor(delivery.shipping?.country ?? market),
    fulfilment: delivery.fulfilment,
    ...(delivery.shipping ? { to: delivery.shipping } : {}),
    ...(rng.chance(0.18) ? { code: { code: market === 'ES' ? 'MAMA10' : 'MAE10', off: 0.1 } } : {}),
    points: signedIn && rng.chance(0.25) ? a.points : 0,
    wrap,
  });
  return assemble({
    at,
    kind: 'mothers_day_gift',
    fraud: false,
    buyer: buyerOf(a, signedIn),
    billing: a.home,
    delivery,
    basket,
    attempts: honestPay(rng, payerOf(a, signedIn, at), {
      amount: basket.amount,
      giftCards: false,
      multibanco: hurry < 0.5,
    }),
    later: honestAfter(rng, {
      ...delivery,
      amount: basket.amount,
      shippingFee: basket.shippingFee,
      gift: true,
    }),
    connection: connectFrom(rng, a),
    locale,
    ...(wrap && rng.chance(0.85) ? { giftMessage: noteFor(rng, locale) } : {}),
    ...(toMum ? { recipientName: mothersName(rng, a.name, a.origin) } : {}),
  });
}

/** A club member restocking: skincare, make-up, a fragrance; points spent now and then. */
function selfPurchase(rng: Rng, w: World): Purchase {
  const segment = rng.weightedPick<Segment>([
    ['local', 62],
    ['market', 18],
    ['diaspora', 12],
    ['expat', 8],
  ]);
  const found = rng.chance(0.95) ? pickAccount(rng, w, [segment]) : undefined;
  const residence = found?.residence ?? 'PT';
  const a = found ?? stranger(rng, { origin: 'pt', residence, segment: 'local' }, w.window.start);
  const market = (COUNTRIES[residence as Market] ? residence : 'PT') as Market;
  const at = when(rng, w.window, COUNTRIES[market].tz, everydayDemand);
  const signedIn = found !== undefined;
  const delivery = deliveryTo(rng, a.home);
  const basket = priced(ownLines(rng), {
    currency: currencyFor(delivery.shipping?.country ?? market),
    fulfilment: delivery.fulfilment,
    ...(delivery.shipping ? { to: delivery.shipping } : {}),
    points: signedIn && rng.chance(0.3) ? a.points : 0,
  });
  return assemble({
    at,
    kind: 'self_purchase',
    fraud: false,
    buyer: buyerOf(a, signedIn),
    billing: a.home,
    delivery,
    basket,
    attempts: honestPay(rng, payerOf(a, signedIn, at), {
      amount: basket.amount,
      giftCards: false,
      multibanco: true,
    }),
    later: honestAfter(rng, {
      ...delivery,
      amount: basket.amount,
      shippingFee: basket.shippingFee,
      gift: false,
    }),
    connection: connectFrom(rng, a),
    locale: localeOf(rng, a, market),
  });
}

/** A first order: a guest, or an account opened minutes before with the welcome code; small, often Multibanco. */
function newCustomer(rng: Rng, w: World): Purchase {
  const market = rng.weightedPick<Market>([
    ['PT', 70],
    ['ES', 15],
    ['FR', 5],
    ['BE', 4],
    ['LU', 3],
    ['CH', 3],
  ]);
  const at = when(
    rng,
    w.window,
    COUNTRIES[market].tz,
    (t) => 0.5 * everydayDemand(t) + 0.5 * giftDemand(t, market, 2),
  );
  const opens = rng.chance(0.4);
  const a = stranger(
    rng,
    { origin: originOf(market), residence: market, segment: 'local' },
    opens ? openedJustNow(rng, at) : at,
  );
  const delivery = deliveryTo(rng, a.home);
  const basket = priced(firstLines(rng), {
    currency: currencyFor(delivery.shipping?.country ?? market),
    fulfilment: delivery.fulfilment,
    ...(delivery.shipping ? { to: delivery.shipping } : {}),
    ...(opens && rng.chance(0.7) ? { code: { code: 'BEMVINDA10', off: 0.1 } } : {}),
  });
  return assemble({
    at,
    kind: 'new_customer',
    fraud: false,
    buyer: buyerOf(a, opens),
    billing: a.home,
    delivery,
    basket,
    attempts: honestPay(
      rng,
      payerOf(a, opens, at),
      { amount: basket.amount, giftCards: false, multibanco: true },
      0.06,
    ),
    later: honestAfter(rng, {
      ...delivery,
      amount: basket.amount,
      shippingFee: basket.shippingFee,
      gift: false,
    }),
    connection: connectFrom(rng, a),
    locale: localeOf(rng, a, market),
  });
}

/**
 * A Portuguese emigrant in France, Switzerland, Luxembourg or Belgium sending a present to their mother back
 * home (mostly the north, the interior and the islands): foreign IP and card (or a Portuguese one kept), billed
 * abroad or to an old Portuguese address, shipped to Portugal.
 */
function diasporaGift(rng: Rng, w: World): Purchase {
  const found = rng.chance(0.65) ? pickAccount(rng, w, ['diaspora']) : undefined;
  const residence =
    found?.residence ??
    rng.weightedPick<string>([
      ['FR', 55],
      ['CH', 25],
      ['LU', 15],
      ['BE', 5],
    ]);
  const at = when(rng, w.window, 2, (t) => giftDemand(t, 'PT', 3));
  const a =
    found ??
    stranger(
      rng,
      { origin: 'pt', residence, bank: rng.chance(0.3) ? 'PT' : residence, segment: 'diaspora' },
      at,
    );
  const signedIn = found !== undefined;
  const hurry = clamp((4 - daysBefore(at, 'PT')) / 2);
  const home = rng.chance(0.85);
  const delivery = home
    ? deliveryTo(rng, homeIn(rng, 'PT', HOMELAND), { hurry, shops: false })
    : deliveryTo(rng, a.home, { hurry });
  const lines = presentLines(rng, 0.6);
  if (rng.chance(0.25)) lines.push(...presentLines(rng).slice(0, 1));
  const billing = rng.chance(0.2) ? homeIn(rng, 'PT', HOMELAND) : a.home;
  const locale = rng.chance(0.75) ? 'pt-PT' : localeOf(rng, { ...a, origin: 'fr' }, residence);
  const basket = priced(lines, {
    currency: currencyFor(delivery.shipping?.country ?? 'PT'),
    fulfilment: delivery.fulfilment,
    ...(delivery.shipping ? { to: delivery.shipping } : {}),
    points: signedIn && rng.chance(0.2) ? a.points : 0,
    wrap: rng.chance(0.85),
  });
  return assemble({
    at,
    kind: 'diaspora_gift',
    fraud: false,
    buyer: buyerOf(a, signedIn),
    billing,
    delivery,
    basket,
    attempts: honestPay(
      rng,
      { ...payerOf(a, signedIn, at), match: billing === a.home ? 'good' : 'partial' },
      {
        amount: basket.amount,
        giftCards: false,
        multibanco: a.bank === 'PT' && hurry < 0.5,
      },
    ),
    later: honestAfter(rng, {
      ...delivery,
      amount: basket.amount,
      shippingFee: basket.shippingFee,
      gift: true,
    }),
    connection: connectFrom(rng, a),
    locale,
    ...(rng.chance(0.8) ? { giftMessage: noteFor(rng, 'pt-PT') } : {}),
    ...(home ? { recipientName: mothersName(rng, a.name, 'pt') } : {}),
  });
}

/** Ordered online, collected at the Chiado or Santa Catarina shop: last-minute presents, or one's own things. */
function clickAndCollect(rng: Rng, w: World): Purchase {
  const gift = rng.chance(0.6);
  const at = when(rng, w.window, 1, gift ? (t) => giftDemand(t, 'PT', 0.6) : everydayDemand);
  const near = w.people.bySegment.local.filter((x) => METRO.includes(x.home.city ?? ''));
  const found: Account | undefined = near.length && rng.chance(0.65) ? rng.pick(near) : undefined;
  const a = found ?? stranger(rng, { origin: 'pt', residence: 'PT', cities: METRO, segment: 'local' }, at);
  const signedIn = found !== undefined;
  const porto = /Porto|Gaia|Matosinhos/.test(a.home.city ?? '');
  const delivery = { fulfilment: porto ? 'store_porto' : 'store_lisboa', transit: [0, 0] } as const;
  const wrap = gift && rng.chance(0.7);
  const basket = priced(gift ? presentLines(rng) : ownLines(rng), {
    currency: 'EUR',
    fulfilment: delivery.fulfilment,
    points: signedIn && rng.chance(0.25) ? a.points : 0,
    wrap,
  });
  const locale = localeOf(rng, a, 'PT');
  return assemble({
    at,
    kind: 'click_and_collect',
    fraud: false,
    buyer: buyerOf(a, signedIn),
    billing: a.home,
    delivery,
    basket,
    attempts: honestPay(rng, payerOf(a, signedIn, at), {
      amount: basket.amount,
      giftCards: false,
      multibanco: !gift,
    }),
    later: honestAfter(rng, { ...delivery, amount: basket.amount, shippingFee: 0, gift }),
    connection: connectFrom(rng, a),
    locale,
    ...(wrap && rng.chance(0.6) ? { giftMessage: noteFor(rng, locale) } : {}),
  });
}

const PLANNERS: Readonly<Record<HonestKind, (rng: Rng, w: World) => Purchase>> = {
  mothers_day_gift: mothersDayGift,
  self_purchase: selfPurchase,
  new_customer: newCustomer,
  diaspora_gift: diasporaGift,
  click_and_collect: clickAndCollect,
  egift_card: egiftCard,
  tourist_expat: touristExpat,
  luxury_buyer: luxuryBuyer,
  traveller_vpn: travellerVpn,
  makeup_artist: makeupArtist,
  corporate_gifts: corporateGifts,
};

/** One honest purchase of `kind`. */
export const honest = (rng: Rng, w: World, kind: HonestKind): Purchase => PLANNERS[kind](rng, w);
