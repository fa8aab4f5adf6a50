import { type Rng } from '../kit/random.js';
import {
  buyerOf,
  buyerOfAccount,
  connection,
  fromHome,
  giftShipping,
  guestLike,
  ownShipping,
  shopNear,
  someone,
  type World,
} from './build.js';
import { DAYTIME, EVENINGS, moment, phaseOf } from './calendar.js';
import {
  basketOf,
  type BasketTerms,
  type Code,
  COMPETITORS,
  customBuild,
  eGift,
  everyday,
  financedGear,
  fittingOnly,
  type Line,
  needsFreight,
  present,
  restock,
} from './catalogue.js';
import {
  corporateTournament,
  crossBorder,
  familyShared,
  privacyVpn,
  resortShipment,
  tradeInUpgrade,
} from './honest-more.js';
import { emailOf, personFrom, usAccounts } from './people.js';
import { type Country, homeIn, otherState, regionOf, taxRate, TEXAS, type Where } from './places.js';
import { DAY, honestAfter, honestPay, MINUTE, type Purchase } from './purchase.js';

/** Honest kinds and their weights (shares of honest orders). */
export const HONEST = {
  regular: 24,
  fathers_day_gift: 19,
  repeat_member: 13,
  store_pickup: 8,
  custom_fit: 6,
  financed: 6,
  resort_shipment: 5,
  cross_border: 5,
  trade_in_upgrade: 4,
  privacy_vpn: 4,
  family_shared: 3,
  corporate_tournament: 3,
} as const;
export type HonestKind = keyof typeof HONEST;

/** A code or a price match now and then. */
function savings(rng: Rng, signedIn: boolean): Pick<BasketTerms, 'code' | 'priceMatch'> {
  const code = rng.weightedPick<Code | 'match' | 'none'>([
    ['none', 82],
    ['WELCOME10', signedIn ? 0 : 6],
    ['DADSDAY25', 5],
    ['PROV1BOGO', 2],
    ['MILITARY10', 2],
    ['match', 3],
  ]);
  if (code === 'none') return {};
  if (code === 'match')
    return { priceMatch: { competitor: rng.pick(COMPETITORS), off: rng.int(10, 60) * 100 } };
  return { code };
}

function regular(rng: Rng, w: World): Purchase {
  const { a, signedIn } = someone(rng, w, 0.5);
  const at = moment(rng, w.window, a.tz, EVENINGS);
  const lines = everyday(rng);
  const shipping = ownShipping(rng, lines);
  const toWork = rng.chance(0.06);
  const dest: Where = toWork ? homeIn(rng, regionOf(a.home.state)) : a.home;
  const basket = basketOf(lines, { shipping, taxRate: taxRate(dest), ...savings(rng, signedIn) });
  return {
    at,
    fraud: false,
    kind: 'regular',
    basket,
    billing: a.home,
    buyer: buyerOf(a, signedIn),
    shipping: dest,
    fulfilment: shipping,
    ...fromHome(rng, a, 0.55),
    attempts: honestPay(rng, { cards: a.cards, country: 'US', signedIn }, basket.amount),
    later: honestAfter(rng, shipping, basket),
  };
}

const MESSAGES = [
  'Happy Father’s Day, Dad! Love, {me}',
  'Hit ’em straight, Pops. Happy Father’s Day!',
  'For the best golfer I know. Love you, {me}',
  'No more excuses on the back nine. Happy Father’s Day!',
  'Happy Father’s Day! See you at the course. – {me}',
  'To Grandpa, from all of us',
];

function fathersDayGift(rng: Rng, w: World): Purchase {
  const expat = rng.chance(0.07);
  const abroad: Country = rng.weightedPick<Country>([
    ['GB', 4],
    ['CA', 4],
    ['MX', 2],
  ]);
  const { a, signedIn } = expat
    ? { a: guestLike(rng, abroad, undefined, 0.45), signedIn: false }
    : rng.chance(0.45)
      ? someone(rng, w, 1)
      : { a: guestLike(rng, 'US', undefined, 0.45), signedIn: false };
  const at = moment(rng, w.window, a.tz, EVENINGS);
  const phase = phaseOf(at, w.window);
  const dad = personFrom(rng, 'US', 1, rng.chance(0.75) ? a.last : undefined);
  const where = rng.weightedPick<'other' | 'same' | 'home'>([
    ['other', expat ? 85 : 55],
    ['same', expat ? 15 : 25],
    ['home', expat ? 0 : 20],
  ]);
  const dadHome: Where =
    where === 'home'
      ? a.home
      : where === 'same' && a.country === 'US'
        ? homeIn(rng, regionOf(a.home.state))
        : homeIn(rng, otherState(rng, a.home.state));
  const byShip = giftShipping(rng, phase);
  const pickup = !byShip && !expat && a.home.state === 'TX' && rng.chance(0.35);
  const message = rng.chance(0.7) ? rng.pick(MESSAGES).replace('{me}', a.first) : undefined;
  const conn = expat
    ? connection(
        rng,
        rng.chance(0.6) ? a.broadband : a.carrier,
        rng.chance(0.6) ? a.phone : (a.computer ?? a.phone),
      )
    : fromHome(rng, a, 0.6);
  const pay = (amount: number) =>
    honestPay(rng, { cards: a.cards, country: a.country, signedIn }, amount, expat ? { decline: 0.08 } : {});
  const code = rng.chance(0.2) ? { code: 'DADSDAY25' as const } : {};
  const common = {
    at,
    fraud: false,
    kind: 'fathers_day_gift',
    billing: a.home,
    buyer: buyerOf(a, signedIn),
    ...conn,
    ...(message ? { giftMessage: message } : {}),
  };
  if (byShip || pickup) {
    const lines = present(rng, phase === 'ground');
    const fulfilment = pickup ? 'pickup' : (byShip ?? 'ground');
    const shop = shopNear(rng, a.home);
    const basket = basketOf(lines, {
      shipping: fulfilment,
      taxRate: pickup ? TEXAS.tax : taxRate(dadHome),
      ...code,
    });
    return {
      ...common,
      basket,
      ...(pickup ? { pickupStore: shop.name } : { shipping: dadHome }),
      fulfilment,
      attempts: pay(basket.amount),
      later: honestAfter(rng, fulfilment, basket, { far: dadHome.state !== a.home.state }),
    };
  }
  const lines: Line[] = eGift(rng);
  const basket = basketOf(lines, { shipping: 'email', taxRate: 0 });
  return {
    ...common,
    basket,
    fulfilment: 'email',
    recipientEmail: emailOf(rng, dad, 'US'),
    attempts: pay(basket.amount),
    later: honestAfter(rng, 'email', basket),
  };
}

function repeatMember(rng: Rng, w: World): Purchase {
  const a = rng.pick(w.customers);
  const at = moment(rng, w.window, a.tz, EVENINGS);
  const lines = rng.chance(0.6) ? restock(rng) : everyday(rng);
  const abroad = a.country !== 'US';
  const shipping = abroad ? 'international' : ownShipping(rng, lines);
  const basket = basketOf(lines, {
    shipping,
    taxRate: taxRate(a.home),
    country: a.country,
    ...(rng.chance(0.1) ? { code: 'LSLPLAYER15' as const } : {}),
  });
  return {
    at,
    fraud: false,
    kind: 'repeat_member',
    basket,
    billing: a.home,
    buyer: buyerOfAccount(a),
    shipping: a.home,
    fulfilment: shipping,
    ...fromHome(rng, a, 0.5),
    attempts: honestPay(rng, { cards: a.cards, country: a.country, signedIn: true }, basket.amount, {
      decline: 0.035,
    }),
    later: honestAfter(rng, shipping, basket, { far: abroad }),
  };
}

function storePickup(rng: Rng, w: World): Purchase {
  const texans = usAccounts(w.customers).filter((c) => c.home.state === 'TX');
  const { a, signedIn } = someone(rng, w, 0.55, texans);
  const buyer = a.home.state === 'TX' ? a : guestLike(rng, 'US', 'TX');
  const at = moment(rng, w.window, TEXAS.tz, DAYTIME);
  const shop = shopNear(rng, buyer.home);
  const lines = rng.chance(0.6) ? everyday(rng) : present(rng, false);
  const basket = basketOf(lines, { shipping: 'pickup', taxRate: TEXAS.tax, ...savings(rng, signedIn) });
  // One in ten is paid by someone else in the family (a parent, a spouse) with their card and address.
  const payer = rng.chance(0.1) ? guestLike(rng, 'US', 'TX') : buyer;
  return {
    at,
    fraud: false,
    kind: 'store_pickup',
    basket,
    billing: payer.home,
    buyer: buyerOf(buyer, signedIn && buyer === a),
    fulfilment: 'pickup',
    pickupStore: shop.name,
    ...fromHome(rng, buyer, 0.65),
    attempts: honestPay(rng, { cards: payer.cards, country: 'US', signedIn: false }, basket.amount),
    later: honestAfter(rng, 'pickup', basket),
  };
}

function customFit(rng: Rng, w: World): Purchase {
  const texans = usAccounts(w.customers).filter((c) => c.home.state === 'TX');
  // Most were fitted at a shop; the rest at a fitting day the store ran at a club out of state.
  const local = rng.chance(0.75);
  const found = someone(rng, w, 0.75, local ? texans : undefined);
  const a = local && !found.signedIn ? guestLike(rng, 'US', 'TX') : found.a;
  const signedIn = found.signedIn;
  const at = moment(rng, w.window, a.tz, EVENINGS);
  const shop = shopNear(rng, a.home);
  const fittingRef = `FIT-${local ? shop.id : 'EVT'}-${rng.digits(5)}`;
  const pay = (amount: number) =>
    honestPay(rng, { cards: a.cards, country: 'US', signedIn }, amount, {
      mix: [
        ['card', 55],
        ['apple_pay', 10],
        ['affirm', amount >= 30_000 ? 20 : 0],
        ['paypal', 10],
        ['klarna', 5],
      ],
    });
  const common = {
    at,
    fraud: false,
    kind: 'custom_fit',
    billing: a.home,
    buyer: buyerOf(a, signedIn),
    fittingRef,
    ...fromHome(rng, a, 0.4),
  };
  if (local && rng.chance(0.35)) {
    // Booking the fitting itself: paid now, credited against the clubs later.
    const basket = basketOf(fittingOnly(rng), { shipping: 'pickup', taxRate: TEXAS.tax });
    return {
      ...common,
      basket,
      fulfilment: 'pickup',
      pickupStore: shop.name,
      attempts: pay(basket.amount),
      later: [
        { type: 'order.updated', afterMs: rng.int(1, 10) * MINUTE, status: 'fitting_booked' },
        { type: 'order.updated', afterMs: rng.int(2, 12) * DAY, status: 'fitting_completed' },
      ],
    };
  }
  const collect = local && rng.chance(0.4);
  const lines = customBuild(rng, rng.chance(0.3));
  const shipping = collect ? 'pickup' : 'ground';
  const basket = basketOf(lines, { shipping, taxRate: collect ? TEXAS.tax : taxRate(a.home) });
  return {
    ...common,
    basket,
    fulfilment: shipping,
    ...(collect ? { pickupStore: shop.name } : { shipping: a.home }),
    attempts: pay(basket.amount),
    later: honestAfter(rng, shipping, basket, { build: true }),
  };
}

function financed(rng: Rng, w: World): Purchase {
  const { a, signedIn } = someone(rng, w, 0.5);
  const at = moment(rng, w.window, a.tz, EVENINGS);
  const lines = financedGear(rng);
  const shipping = needsFreight(lines) ? 'freight' : rng.chance(0.85) ? 'ground' : 'express';
  const basket = basketOf(lines, { shipping, taxRate: taxRate(a.home) });
  return {
    at,
    fraud: false,
    kind: 'financed',
    basket,
    billing: a.home,
    buyer: buyerOf(a, signedIn),
    shipping: a.home,
    fulfilment: shipping,
    ...fromHome(rng, a, 0.45),
    attempts: honestPay(rng, { cards: a.cards, country: 'US', signedIn }, basket.amount, {
      mix: [
        ['affirm', 60],
        ['klarna', 28],
        ['card', 12],
      ],
    }),
    later: honestAfter(rng, shipping, basket),
  };
}

const PLANNERS: Readonly<Record<HonestKind, (rng: Rng, w: World) => Purchase>> = {
  regular,
  fathers_day_gift: fathersDayGift,
  repeat_member: repeatMember,
  store_pickup: storePickup,
  custom_fit: customFit,
  financed,
  resort_shipment: resortShipment,
  cross_border: crossBorder,
  trade_in_upgrade: tradeInUpgrade,
  privacy_vpn: privacyVpn,
  family_shared: familyShared,
  corporate_tournament: corporateTournament,
};

/** One honest purchase of `kind`. */
export const honest = (rng: Rng, w: World, kind: HonestKind): Purchase => PLANNERS[kind](rng, w);
