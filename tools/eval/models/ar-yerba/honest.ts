import { type Rng } from '../kit/random.js';
import { everyday, fatherOf, giftPicks, NOTES, type Picks } from './baskets.js';
import { assemble, domesticFulfilment, domesticShopper, ipOf, type World } from './build.js';
import {
  AR_TZ,
  beforeRise,
  demand,
  early,
  HOME_HOURS,
  OFFICE_HOURS,
  placedAt,
  promoDay,
  weekdays,
} from './calendar.js';
import { BOMBILLAS, GIFT_BOX, LEATHER, MATERO, MATES, SWEETS, WINE, YERBA, YERBA_PACK } from './catalogue.js';
import { abroadDiaspora, corporateGifts, expatHomeDelivery, pesosForeignCard } from './honest-more.js';
import { ipOn, network } from './networks.js';
import { deviceOf } from './people.js';
import { AMBA, AMBA_POINTS, arAddress, arCity, INTERIOR, isAmba } from './places.js';
import { honestAfter, methodOff, type PesoMix, payPesos, pickMethod, type Purchase } from './purchase.js';

/**
 * Honest kinds and their weights (any scale), and the planners of one purchase each. The Argentine kinds are
 * here; those paying from abroad or as companies are in honest-more.ts.
 */
export const HONEST = {
  /** Everyday yerba and a few extras for the house. */
  mate_regular: 24,
  /** Ten to thirty kilos of yerba and jars of dulce de leche before the price list goes up. */
  bulk_stockup: 9,
  /** A present for Father's Day: a mate set, a leather wallet, a wine box, the gift box. */
  fathers_day_gift: 18,
  /** A present sent to a father or grandfather in another province. */
  family_in_provinces: 8,
  /** A big-ticket buy in 6 or 12 cuotas sin interés on a bank promotion day. */
  cuotas_promo: 9,
  /** Paid in cash at a Rapipago or Pago Fácil with the voucher, or never. */
  cash_voucher: 6,
  /** Ordered from work, collected at the showroom or a pickup point. */
  office_pickup: 6,
  /** An Argentine abroad paying in dollars or euros for a delivery to the family at home. */
  expat_home_delivery: 7,
  /** Yerba, mates and alfajores shipped abroad to the diaspora and to mate drinkers. */
  diaspora_abroad: 8,
  /** A tourist in Buenos Aires or an expat paying in pesos with a foreign card (a better exchange rate). */
  pesos_foreign_card: 3,
  /** A company's Father's Day boxes for its staff, on a CUIT with an invoice. */
  corporate_gifts: 2,
} as const;
export type HonestKind = keyof typeof HONEST;

const shopping = (rng: Rng, w: World) => placedAt(rng, w.window, AR_TZ, HOME_HOURS, demand(w.window));

/** A peso purchase by an Argentine shopper, from its parts. */
function domestic(
  rng: Rng,
  w: World,
  kind: HonestKind,
  o: {
    signedIn: number;
    amba?: number;
    at: number;
    picks: Picks;
    mix: PesoMix;
    fulfilment?: Parameters<typeof domesticFulfilment>[2];
    giftNote?: number;
  },
): Purchase {
  const s = domesticShopper(rng, w, o.signedIn, o.amba);
  const where = domesticFulfilment(rng, s, o.fulfilment);
  const method = pickMethod(rng, o.mix);
  return assemble(w, {
    kind,
    fraud: false,
    at: o.at,
    buyer: s.buyer,
    billing: { ...s.home },
    ...where,
    ip: ipOf(rng, s),
    device: s.device,
    storefront: 'AR',
    document: { type: 'DNI', number: s.dni },
    ...(o.giftNote && rng.chance(o.giftNote) ? { giftNote: rng.pick(NOTES) } : {}),
    currency: 'ARS',
    picks: o.picks,
    off: methodOff(method),
    pay: (amount) =>
      payPesos(rng, method, { cards: s.cards, signedIn: s.signedIn, country: 'AR' }, amount, o.at),
    later: (amount) =>
      honestAfter(rng, where.fulfilment, amount, !isAmba(where.shipping?.postalCode), where.shipping),
  });
}

const EVERYDAY_MIX: PesoMix = {
  mercado_pago: 48,
  card: 18,
  debit_card: 13,
  bank_transfer: 12,
  modo: 5,
  cash_voucher: 4,
};

function mateRegular(rng: Rng, w: World): Purchase {
  return domestic(rng, w, 'mate_regular', {
    signedIn: 0.72,
    at: shopping(rng, w),
    picks: everyday(rng),
    mix: EVERYDAY_MIX,
  });
}

/** Before the price rise: packs of ten kilos or a dozen single kilos, dulce de leche by the jar. */
function bulkStockup(rng: Rng, w: World): Purchase {
  const at = placedAt(rng, w.window, AR_TZ, HOME_HOURS, beforeRise(w.window), 4);
  const picks: Picks = rng.chance(0.55)
    ? [
        [
          YERBA_PACK,
          rng.weightedPick([
            [1, 60],
            [2, 30],
            [3, 10],
          ]),
        ],
      ]
    : [[rng.pick([YERBA[1], YERBA[1], YERBA[2], YERBA[6]]), rng.int(6, 15)]];
  if (rng.chance(0.3)) picks.push([rng.pick([YERBA[2], YERBA[4], YERBA[5]]), rng.int(2, 6)]);
  if (rng.chance(0.4)) picks.push([rng.pick([SWEETS[4], SWEETS[5]]), rng.int(2, 6)]);
  return domestic(rng, w, 'bulk_stockup', {
    signedIn: 0.6,
    amba: 0.55,
    at,
    picks,
    mix: { bank_transfer: 48, mercado_pago: 28, card: 16, debit_card: 8 },
    fulfilment: { courier: 75, moto: 5, showroom: 15, pickup_point: 8 },
  });
}

function fathersDayGift(rng: Rng, w: World): Purchase {
  return domestic(rng, w, 'fathers_day_gift', {
    signedIn: 0.5,
    at: shopping(rng, w),
    picks: giftPicks(rng),
    mix: { card: 42, mercado_pago: 30, modo: 10, bank_transfer: 10, debit_card: 5, cash_voucher: 3 },
    fulfilment: { courier: 45, moto: 22, showroom: 16, pickup_point: 18 },
    giftNote: 0.35,
  });
}

/**
 * A present to a father in another province: bought in the city for someone in Córdoba or Salta, or from a
 * province for someone in Buenos Aires; sent early so it arrives by Sunday.
 */
function familyInProvinces(rng: Rng, w: World): Purchase {
  const s = domesticShopper(rng, w, 0.5, 0.72);
  const at = placedAt(rng, w.window, AR_TZ, HOME_HOURS, early(w.window), 2.2);
  const fromAmba = isAmba(s.city.postal);
  const dest = fromAmba
    ? rng.weightedPick(INTERIOR)
    : rng.chance(0.7)
      ? rng.pick(AMBA)
      : rng.weightedPick(INTERIOR);
  const city = dest.city === s.city.city ? arCity(rng, fromAmba ? 0 : 1) : dest;
  const shipping = arAddress(rng, city);
  const method = pickMethod(rng, { card: 40, mercado_pago: 35, modo: 8, bank_transfer: 12, debit_card: 5 });
  const picks = rng.chance(0.3) ? ([[GIFT_BOX, 1]] as Picks) : giftPicks(rng);
  return assemble(w, {
    kind: 'family_in_provinces',
    fraud: false,
    at,
    buyer: s.buyer,
    billing: { ...s.home },
    shipping,
    fulfilment: 'courier',
    ip: ipOf(rng, s),
    device: s.device,
    storefront: 'AR',
    document: { type: 'DNI', number: s.dni },
    recipient: fatherOf(rng, s.person),
    ...(rng.chance(0.7) ? { giftNote: rng.pick(NOTES) } : {}),
    currency: 'ARS',
    picks,
    off: methodOff(method),
    pay: (amount) =>
      payPesos(rng, method, { cards: s.cards, signedIn: s.signedIn, country: 'AR' }, amount, at),
    later: (amount) => honestAfter(rng, 'courier', amount, !isAmba(shipping.postalCode), shipping),
  });
}

/** The thing waited for until the bank's day: a leather jacket, a Stanley and a set, a case of Gran Reserva. */
function cuotasPromo(rng: Rng, w: World): Purchase {
  const at = placedAt(rng, w.window, AR_TZ, HOME_HOURS, (t) => (promoDay(t) ? 3 : 0.5), 3);
  const picks = rng.weightedPick<Picks>([
    [[[LEATHER[5], 1]], 20],
    [[[LEATHER[4], 1]], 15],
    [
      [
        [MATERO[4], 1],
        [MATES[3], 1],
      ],
      14,
    ],
    [[[WINE[6], rng.int(1, 2)]], 15],
    [
      [
        [MATERO[1], 1],
        [MATERO[4], 1],
      ],
      10,
    ],
    [
      [
        [BOMBILLAS[3], 1],
        [MATES[1], 1],
      ],
      8,
    ],
    [[[WINE[7], rng.int(2, 3)]], 7],
    [
      [
        [LEATHER[5], 1],
        [LEATHER[1], 1],
      ],
      5,
    ],
    [[[MATERO[4], 2]], 6],
  ]);
  return domestic(rng, w, 'cuotas_promo', {
    signedIn: 0.6,
    amba: 0.65,
    at,
    picks,
    mix: { card: 80, modo: 15, mercado_pago: 5 },
    fulfilment: { courier: 50, moto: 15, showroom: 22, pickup_point: 10 },
    giftNote: 0.15,
  });
}

/** Cash at a Rapipago or Pago Fácil: more in the provinces, smaller baskets; about a quarter never pay. */
function cashVoucher(rng: Rng, w: World): Purchase {
  return domestic(rng, w, 'cash_voucher', {
    signedIn: 0.35,
    amba: 0.35,
    at: shopping(rng, w),
    picks: rng.chance(0.75)
      ? everyday(rng, [2, 5])
      : [
          [MATERO[0], 1],
          [YERBA[1], rng.int(1, 2)],
        ],
    mix: { cash_voucher: 1 },
    fulfilment: { courier: 65, moto: 0, showroom: 3, pickup_point: 32 },
  });
}

/** From an office computer on a weekday, collected on the way home. */
function officePickup(rng: Rng, w: World): Purchase {
  const s = domesticShopper(rng, w, 0.55, 0.9);
  const at = placedAt(rng, w.window, AR_TZ, OFFICE_HOURS, weekdays, 1);
  const device = rng.chance(0.6)
    ? deviceOf(rng, rng.pick(['windows', 'windows', 'edge', 'mac'] as const), 0.8)
    : s.device;
  const net = device === s.device && rng.chance(0.5) ? s.net : network('ar-office');
  const showroom = rng.chance(0.45);
  const shipping = showroom ? undefined : { ...rng.pick(CITY_POINTS) };
  const method = pickMethod(rng, { mercado_pago: 45, card: 33, debit_card: 10, bank_transfer: 12 });
  const picks = rng.chance(0.6) ? everyday(rng) : giftPicks(rng);
  const fulfilment = showroom ? 'showroom' : 'pickup_point';
  return assemble(w, {
    kind: 'office_pickup',
    fraud: false,
    at,
    buyer: s.buyer,
    billing: { ...s.home },
    ...(shipping ? { shipping } : {}),
    fulfilment,
    ip: ipOn(rng, net),
    device,
    storefront: 'AR',
    document: { type: 'DNI', number: s.dni },
    currency: 'ARS',
    picks,
    off: methodOff(method),
    pay: (amount) =>
      payPesos(rng, method, { cards: s.cards, signedIn: s.signedIn, country: 'AR' }, amount, at),
    later: (amount) => honestAfter(rng, fulfilment, amount, false),
  });
}
const CITY_POINTS = AMBA_POINTS.filter((p) => (p.postalCode ?? '').startsWith('C'));

/** One honest purchase of `kind`. */
export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  switch (kind) {
    case 'mate_regular':
      return mateRegular(rng, w);
    case 'bulk_stockup':
      return bulkStockup(rng, w);
    case 'fathers_day_gift':
      return fathersDayGift(rng, w);
    case 'family_in_provinces':
      return familyInProvinces(rng, w);
    case 'cuotas_promo':
      return cuotasPromo(rng, w);
    case 'cash_voucher':
      return cashVoucher(rng, w);
    case 'office_pickup':
      return officePickup(rng, w);
    case 'expat_home_delivery':
      return expatHomeDelivery(rng, w);
    case 'diaspora_abroad':
      return abroadDiaspora(rng, w);
    case 'pesos_foreign_card':
      return pesosForeignCard(rng, w);
    case 'corporate_gifts':
      return corporateGifts(rng, w);
  }
}
