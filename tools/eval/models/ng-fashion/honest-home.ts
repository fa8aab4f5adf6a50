import { type Rng } from '../kit/random.js';
import { accountBuyer } from '../kit/purchase.js';
import {
  asoEbiBasket,
  corporateBasket,
  everydayBasket,
  firstBasket,
  owambeBasket,
  saleBasket,
  vendorBasket,
} from './baskets.js';
import { DECEMBER, LAGOS as LAGOS_TZ, LAUNCH, OFFICE, SALE, SHOPPER, when } from './calendar.js';
import { CODES, type Fulfilment, seasonalCode } from './catalogue.js';
import {
  domesticFulfilment,
  freshAccount,
  guestBuyer,
  honestPlan,
  nigerianSession,
  purchaseFrom,
  type World,
} from './checkout.js';
import { newDevice } from './devices.js';
import { HOSTING_DE, HOSTING_NL, ipIn, LTE_NG, mobileNetwork } from './networks.js';
import { type Account } from './people.js';
import { ABUJA, addressIn, type City, hubIn, LAGOS, NIGERIA, PORT_HARCOURT } from './places.js';
import { type Method, type Purchase } from './purchase.js';
import { newCard } from './cards.js';

/**
 * Honest shoppers in Nigeria: regulars, first-timers from Instagram, pay-on-delivery buyers, Black Friday
 * hunters, aso-ebi organisers buying fabric for a whole party, last-minute owambe outfits, Instagram resellers
 * restocking and companies buying staff gifts.
 */

const shipOrPickup = (f: Fulfilment, to: Account['address']) => (f === 'pickup' ? undefined : to);

const podAllowed = (c: City, f: Fulfilment, amount: number) =>
  (c === LAGOS || c === ABUJA) && f !== 'pickup' && amount <= 40_000_000;

/** A regular: an aged account, their own phone (a new one now and then), the usual delivery. */
export function repeatCustomer(rng: Rng, w: World): Purchase {
  const a = rng.pick(w.customers.home);
  const at = when(rng, w.window, { tz: LAGOS_TZ, hours: SHOPPER });
  const { ip, device } = nigerianSession(rng, a, { newPhone: 0.12 });
  const fulfilment = domesticFulfilment(rng, a.city);
  const to = rng.chance(0.9) ? a.address : addressIn(rng, a.city);
  const lines = everydayBasket(rng, at, w.naira);
  const estimate = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const method = rng.weightedPick<Method>([
    ['card', 52],
    ['bank_transfer', 30],
    ['ussd', 6],
    ['pay_on_delivery', podAllowed(a.city, fulfilment, estimate) ? 12 : 0],
  ]);
  const shipping = shipOrPickup(fulfilment, to);
  return purchaseFrom(
    {
      kind: 'repeat_customer',
      fraud: false,
      at,
      buyer: accountBuyer(a),
      billing: a.address,
      ...(shipping ? { shipping } : {}),
      fulfilment,
      lines,
      code: rng.chance(0.3) ? seasonalCode(at) : undefined,
      ip,
      device,
      locale: 'en-NG',
      channel: rng.chance(0.2) ? 'instagram' : 'web',
      method,
    },
    honestPlan(rng, method, { cards: a.cards, country: 'NG', saved: true }, { fulfilment, to: shipping }),
  );
}

/**
 * A first-timer from an Instagram post or ad: a guest or an account opened minutes before, a new phone on
 * mobile data (a few behind a VPN), a transfer as often as a card, the welcome code on a new account.
 */
export function newShopper(rng: Rng, w: World): Purchase {
  const at = when(rng, w.window, { tz: LAGOS_TZ, hours: SHOPPER });
  const city = rng.weightedPick(NIGERIA);
  const instagram = rng.chance(0.4);
  const device = newDevice(rng, instagram ? 'instagram' : 'nigeria');
  const net = rng.weightedPick([
    [mobileNetwork(rng, 'NG'), 88],
    [LTE_NG, 8],
    [rng.chance(0.5) ? HOSTING_NL : HOSTING_DE, 4],
  ] as const);
  const signUp = rng.chance(0.45);
  const guest = guestBuyer(rng);
  const buyer = signUp ? freshAccount(rng, at, guest) : guest;
  const fulfilment = domesticFulfilment(rng, city);
  const to = addressIn(rng, city);
  const shipping = shipOrPickup(fulfilment, to);
  const method = rng.weightedPick<Method>([
    ['card', 50],
    ['bank_transfer', 40],
    ['ussd', 10],
  ]);
  return purchaseFrom(
    {
      kind: 'new_shopper',
      fraud: false,
      at,
      buyer,
      billing: to,
      ...(shipping ? { shipping } : {}),
      fulfilment,
      lines: firstBasket(rng, at, w.naira),
      code: signUp && rng.chance(0.5) ? CODES.welcome : undefined,
      ip: ipIn(rng, net),
      device,
      locale: 'en-NG',
      channel: instagram ? 'instagram' : 'web',
      method,
    },
    honestPlan(
      rng,
      method,
      { cards: [newCard(rng, 'NG')], country: 'NG', saved: false },
      { fulfilment, to: shipping },
    ),
  );
}

/** Pay on delivery in Lagos or Abuja: confirmed by phone, paid at the door; some refuse or are never home. */
export function payOnDelivery(rng: Rng, w: World): Purchase {
  const at = when(rng, w.window, { tz: LAGOS_TZ, hours: SHOPPER });
  const local = w.customers.home.filter((a) => a.city === LAGOS || a.city === ABUJA);
  const a = rng.chance(0.5) && local.length > 0 ? rng.pick(local) : undefined;
  const city = a?.city ?? (rng.chance(0.75) ? LAGOS : ABUJA);
  const session = a
    ? nigerianSession(rng, a)
    : {
        ip: ipIn(rng, mobileNetwork(rng, 'NG')),
        device: newDevice(rng, rng.chance(0.3) ? 'instagram' : 'nigeria'),
      };
  const to = a && rng.chance(0.9) ? a.address : addressIn(rng, city);
  const fulfilment: Fulfilment = rng.chance(0.85) ? 'standard' : 'express';
  let lines = everydayBasket(rng, at, w.naira);
  if (lines.reduce((s, l) => s + l.price * l.quantity, 0) > 40_000_000) lines = firstBasket(rng, at, w.naira);
  return purchaseFrom(
    {
      kind: 'pay_on_delivery',
      fraud: false,
      at,
      buyer: a ? accountBuyer(a) : guestBuyer(rng),
      billing: to,
      shipping: to,
      fulfilment,
      lines,
      code: rng.chance(0.2) ? seasonalCode(at) : undefined,
      ...session,
      locale: 'en-NG',
      channel: rng.chance(0.3) ? 'instagram' : 'web',
      method: 'pay_on_delivery',
    },
    honestPlan(rng, 'pay_on_delivery', { cards: [], country: 'NG', saved: false }, { fulfilment, to }),
  );
}

/**
 * Black Friday: the midnight launch and the weekend, mostly from mobile data on the big carriers, the code in
 * nearly every basket, more declines as banks' switches strain.
 */
export function blackFridayHunter(rng: Rng, w: World): Purchase {
  const at = when(rng, w.window, { tz: LAGOS_TZ, hours: LAUNCH, from: SALE.from, to: SALE.to });
  const a = rng.chance(0.65) ? rng.pick(w.customers.home) : undefined;
  const city = a?.city ?? rng.weightedPick(NIGERIA);
  const session = a
    ? nigerianSession(rng, a, { homeShare: 0.3 })
    : {
        ip: ipIn(rng, mobileNetwork(rng, 'NG')),
        device: newDevice(rng, rng.chance(0.35) ? 'instagram' : 'nigeria'),
      };
  const fulfilment = domesticFulfilment(rng, city);
  const to = a?.address ?? addressIn(rng, city);
  const shipping = shipOrPickup(fulfilment, to);
  const method = rng.weightedPick<Method>([
    ['card', 58],
    ['bank_transfer', 34],
    ['ussd', 8],
  ]);
  const payer = { cards: a?.cards ?? [newCard(rng, 'NG')], country: 'NG', saved: a !== undefined };
  return purchaseFrom(
    {
      kind: 'black_friday_hunter',
      fraud: false,
      at,
      buyer: a ? accountBuyer(a) : guestBuyer(rng),
      billing: to,
      ...(shipping ? { shipping } : {}),
      fulfilment,
      lines: saleBasket(rng, at, w.naira),
      code: rng.chance(0.85) ? CODES.blackFriday : undefined,
      ...session,
      locale: 'en-NG',
      channel: rng.chance(0.3) ? 'instagram' : 'web',
      method,
    },
    honestPlan(rng, method, payer, { fulfilment, to: shipping }),
  );
}

const OCCASIONS = ['wedding', "mum's 60th", "dad's burial", 'traditional engagement', 'church thanksgiving'];

/**
 * An aso-ebi organiser: one fabric for the whole group of family and friends (six to eighty pieces, the
 * money collected by transfer beforehand), often the gele to match; paid by transfer, a card hitting its daily
 * limit now and then. Two in three orders fall in December's party season.
 */
export function asoEbiGroup(rng: Rng, w: World): Purchase {
  const december = rng.chance(0.65);
  const at = when(rng, w.window, { tz: LAGOS_TZ, hours: SHOPPER, ...(december ? { from: DECEMBER } : {}) });
  const organisers = rng.chance(0.85) ? w.customers.home : w.customers.vendors;
  const a = rng.pick(organisers);
  const { ip, device } = nigerianSession(rng, a, { homeShare: 0.5 });
  const { lines, pieces } = asoEbiBasket(rng, at, w.naira);
  const fulfilment: Fulfilment = rng.chance(0.7) ? 'standard' : 'express';
  const method = rng.weightedPick<Method>([
    ['bank_transfer', 70],
    ['card', 20],
    ['ussd', 10],
  ]);
  return purchaseFrom(
    {
      kind: 'aso_ebi_group',
      fraud: false,
      at,
      buyer: accountBuyer(a),
      billing: a.address,
      shipping: a.address,
      fulfilment,
      lines,
      code: pieces >= 10 ? CODES.asoEbi : undefined,
      ip,
      device,
      locale: 'en-NG',
      channel: 'web',
      method,
      note: `Aso-ebi for ${rng.pick(OCCASIONS)}, ${pieces} pieces`,
    },
    honestPlan(rng, method, { cards: a.cards, country: 'NG', saved: true }, { fulfilment, to: a.address }),
  );
}

/** The outfit for Saturday's owambe, ordered Thursday to Saturday morning, delivered the same day or next. */
export function owambeRush(rng: Rng, w: World): Purchase {
  const at = when(rng, w.window, { tz: LAGOS_TZ, hours: SHOPPER, days: [4, 5, 6] });
  const city = rng.weightedPick<City>([
    [LAGOS, 70],
    [ABUJA, 20],
    [PORT_HARCOURT, 10],
  ]);
  const locals = w.customers.home.filter((x) => x.city === city);
  const a = rng.chance(0.7) && locals.length > 0 ? rng.pick(locals) : undefined;
  const session = a
    ? nigerianSession(rng, a)
    : {
        ip: ipIn(rng, mobileNetwork(rng, 'NG')),
        device: newDevice(rng, rng.chance(0.35) ? 'instagram' : 'nigeria'),
      };
  const fulfilment: Fulfilment = city === PORT_HARCOURT || rng.chance(0.45) ? 'express' : 'same_day';
  const to = a?.address ?? addressIn(rng, city);
  const method = rng.weightedPick<Method>([
    ['card', 55],
    ['bank_transfer', 40],
    ['ussd', 5],
  ]);
  const payer = { cards: a?.cards ?? [newCard(rng, 'NG')], country: 'NG', saved: a !== undefined };
  return purchaseFrom(
    {
      kind: 'owambe_rush',
      fraud: false,
      at,
      buyer: a ? accountBuyer(a) : guestBuyer(rng),
      billing: to,
      shipping: to,
      fulfilment,
      lines: owambeBasket(rng, at, w.naira),
      code: rng.chance(0.15) ? seasonalCode(at) : undefined,
      ...session,
      locale: 'en-NG',
      channel: rng.chance(0.3) ? 'instagram' : 'web',
      method,
      ...(rng.chance(0.3) ? { note: 'Needed before Saturday please' } : {}),
    },
    honestPlan(rng, method, payer, { fulfilment, to }),
  );
}

/**
 * An Instagram reseller restocking: wigs, beauty or Gulf fragrances by the dozen, the reseller code, paid by
 * transfer, often waybilled to a logistics hub or motor park in their city.
 */
export function instagramVendor(rng: Rng, w: World): Purchase {
  const a = rng.pick(w.customers.vendors);
  const at = when(rng, w.window, { tz: LAGOS_TZ, hours: SHOPPER });
  const { ip, device } = nigerianSession(rng, a, { homeShare: 0 });
  const hub = rng.chance(0.45);
  const fulfilment: Fulfilment = hub ? 'hub_pickup' : 'standard';
  const to = hub ? hubIn(rng, a.city) : a.address;
  const method: Method = rng.chance(0.85) ? 'bank_transfer' : 'card';
  return purchaseFrom(
    {
      kind: 'instagram_vendor',
      fraud: false,
      at,
      buyer: accountBuyer(a),
      billing: a.address,
      shipping: to,
      fulfilment,
      lines: vendorBasket(rng, at, w.naira),
      code: rng.chance(0.7) ? CODES.vendor : undefined,
      ip,
      device,
      locale: 'en-NG',
      channel: 'web',
      method,
    },
    honestPlan(rng, method, { cards: a.cards, country: 'NG', saved: true }, { fulfilment, to }),
  );
}

/** A company's December staff gifts: office hours on weekdays, the office network, by the score, by transfer. */
export function corporateGifting(rng: Rng, w: World): Purchase {
  const a = rng.pick(w.customers.companies);
  const at = when(rng, w.window, { tz: LAGOS_TZ, hours: OFFICE, weekdays: true, from: DECEMBER, flat: true });
  const fulfilment: Fulfilment = rng.chance(0.75) ? 'standard' : 'express';
  const method: Method = rng.chance(0.8) ? 'bank_transfer' : 'card';
  return purchaseFrom(
    {
      kind: 'corporate_gifting',
      fraud: false,
      at,
      buyer: accountBuyer(a),
      billing: a.address,
      shipping: a.address,
      fulfilment,
      lines: corporateBasket(rng, at, w.naira),
      ip: a.office ?? ipIn(rng, a.carrier),
      device: rng.pick(a.devices),
      locale: 'en-NG',
      channel: 'web',
      method,
      ...(a.company ? { company: a.company } : {}),
      note: 'End-of-year staff gifts; invoice to accounts payable',
    },
    honestPlan(rng, method, { cards: a.cards, country: 'NG', saved: false }, { fulfilment, to: a.address }),
  );
}
