import { type Address, DAY, HOUR } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Curve, placedAt } from './calendar.js';
import {
  type Basket,
  basketOf,
  EASTER,
  type Fulfilment,
  GIFTS,
  lineOf,
  P,
  pickLines,
  shippingFee,
  subtotal,
  TREATS,
} from './catalogue.js';
import { corporate, giftCard, renewal, traveller, ukCustomer, workshop } from './honest-more.js';
import { type World } from './people.js';
import { addressIn, drawMarket, type Market, MARKETS } from './places.js';
import { type Attempt, honestAfter, honestPay, type LaterEvent, type Purchase } from './purchase.js';
import { asAccount, type Shopper, shopper, someAccount } from './shoppers.js';

/** Honest kinds and their weights (shares of honest orders). */
export const HONEST = {
  household_treat: 23,
  easter_family: 17,
  gift_abroad: 14,
  loyal_regular: 10,
  gift_card: 7,
  subscription_renewal: 7,
  uk_customer: 6,
  traveller_vpn: 6,
  workshop_booking: 5,
  corporate_gifts: 5,
} as const;
export type HonestKind = keyof typeof HONEST;

/** Pralines and eggs in a home market go by bpost in Belgium, chilled courier elsewhere; pickup on the Sablon. */
export const delivery = (country: string, pickupShare = 0): Fulfilment =>
  country === 'BE' ? (pickupShare > 0 ? 'pickup' : 'post') : 'chilled_courier';

export function fulfilmentFor(rng: Rng, shipTo: string, buyer: string): Fulfilment {
  if (shipTo === 'BE' && buyer === 'BE' && rng.chance(0.22)) return 'pickup';
  return delivery(shipTo);
}

/** The spring newsletter's code, used now and then. */
export function maybeCode(rng: Rng, lines: Basket['lines'], share: number) {
  return rng.chance(share) ? { amount: Math.round(subtotal(lines) * 0.1), code: 'PAQUES10' } : { amount: 0 };
}

/** Everything an honest checkout needs, put together: the basket priced, paid, and what follows. */
export function honestPurchase(
  rng: Rng,
  kind: HonestKind,
  s: Shopper,
  o: {
    at: number;
    lines: Basket['lines'];
    fulfilment: Fulfilment;
    shipping?: Address;
    discount?: { amount: number; code?: string; points?: number };
    giftNote?: string;
    attempts?: (amount: number) => Attempt[];
    later?: (amount: number) => LaterEvent[];
    boxes?: number;
  },
): Purchase {
  const shipCountry = o.shipping?.country ?? s.country;
  const fee = shippingFee(o.fulfilment, shipCountry, subtotal(o.lines), o.boxes);
  const basket = basketOf(o.lines, fee, o.discount);
  const attempts =
    o.attempts?.(basket.amount) ??
    honestPay(rng, { cards: s.cards, country: s.country, signedIn: s.signedIn }, basket.amount);
  return {
    at: o.at,
    fraud: false,
    kind,
    basket,
    billing: s.home,
    attempts,
    later: o.later?.(basket.amount) ?? honestAfter(rng, o.fulfilment, basket.amount),
    buyer: s.buyer,
    ...(o.shipping ? { shipping: o.shipping } : {}),
    fulfilment: o.fulfilment,
    ip: s.ip,
    device: s.device,
    locale: s.locale,
    ...(o.giftNote ? { giftNote: o.giftNote } : {}),
    ...(s.country === 'GB' ? { shownIn: 'GBP' as const } : {}),
  };
}

const NOTES = [
  'Vrolijk Pasen!',
  'Joyeuses Pâques !',
  'Frohe Ostern!',
  'Happy Easter, love from us all',
  'Pour les petits-enfants, bisous',
  'Fijne Pasen, tot snel!',
  'Merci pour tout !',
  'Bedankt voor de fijne samenwerking',
  'Happy birthday!',
];

const at = (rng: Rng, w: World, m: Market, curve: Curve = 'home') =>
  placedAt(rng, w.window, MARKETS[m].tz, curve);

/** Pralines, truffles and a bar for the house. */
function householdTreat(rng: Rng, w: World): Purchase {
  const m = drawMarket(rng);
  const t = at(rng, w, m);
  const s = shopper(rng, w, t, 0.55, m);
  const lines = pickLines(rng, TREATS, rng.int(1, 3));
  if (rng.chance(0.35)) lines.push(lineOf(rng.pick(EASTER.slice(3)), 1));
  const fulfilment = fulfilmentFor(rng, s.country, s.country);
  return honestPurchase(rng, 'household_treat', s, {
    at: t,
    lines,
    fulfilment,
    ...(fulfilment === 'pickup' ? {} : { shipping: s.home }),
    discount: maybeCode(rng, lines, 0.08),
  });
}

/** Eggs, hens and bunnies for the children and grandchildren: bigger baskets, sometimes to grandma's. */
function easterFamily(rng: Rng, w: World): Purchase {
  const m = drawMarket(rng);
  const t = at(rng, w, m);
  const s = shopper(rng, w, t, 0.5, m);
  const lines = pickLines(rng, EASTER, rng.int(2, 5), 4);
  if (rng.chance(0.4)) lines.push(lineOf(P.littleEggs, rng.int(1, 3)));
  const grandparents = rng.chance(0.25);
  const shipping = grandparents ? addressIn(rng, s.country) : s.home;
  const fulfilment = grandparents ? delivery(s.country) : fulfilmentFor(rng, s.country, s.country);
  return honestPurchase(rng, 'easter_family', s, {
    at: t,
    lines,
    fulfilment,
    ...(fulfilment === 'pickup' ? {} : { shipping }),
    discount: maybeCode(rng, lines, 0.1),
    ...(grandparents && rng.chance(0.6) ? { giftNote: rng.pick(NOTES) } : {}),
  });
}

const GIFT_TO: ReadonlyArray<readonly [Market, number]> = [
  ['BE', 30],
  ['NL', 18],
  ['FR', 18],
  ['DE', 14],
  ['LU', 8],
  ['GB', 12],
];

/** A box sent to someone else, often in another country, with a card. */
function giftAbroad(rng: Rng, w: World): Purchase {
  const from = drawMarket(rng);
  const t = at(rng, w, from);
  const s = shopper(rng, w, t, 0.45, from);
  const to = rng.chance(0.7) ? rng.weightedPick(GIFT_TO.filter(([m]) => m !== s.country)) : s.country;
  const lines = pickLines(rng, GIFTS, rng.int(1, 2));
  return honestPurchase(rng, 'gift_abroad', s, {
    at: t,
    lines,
    fulfilment: delivery(to),
    shipping: addressIn(rng, to),
    giftNote: rng.pick(NOTES),
  });
}

/** A regular of some years: saved card, bigger baskets, loyalty points spent. */
function loyalRegular(rng: Rng, w: World): Purchase {
  const a = someAccount(rng, w, undefined, 365) ?? someAccount(rng, w);
  const m = (a?.country ?? 'BE') as Market;
  const t = at(rng, w, m);
  const s = a ? asAccount(rng, a) : shopper(rng, w, t, 1, m);
  const lines = [...pickLines(rng, GIFTS, rng.int(1, 2)), ...pickLines(rng, EASTER, rng.int(1, 3), 3)];
  const points = a && a.points >= 500 && rng.chance(0.6) ? a.points : 0;
  const elsewhere = rng.chance(0.2);
  const shipping = elsewhere ? addressIn(rng, s.country) : s.home;
  const fulfilment = elsewhere ? delivery(s.country) : fulfilmentFor(rng, s.country, s.country);
  return honestPurchase(rng, 'loyal_regular', s, {
    at: t,
    lines,
    fulfilment,
    ...(fulfilment === 'pickup' ? {} : { shipping }),
    ...(points ? { discount: { amount: points, points } } : {}),
  });
}

/** One honest purchase of a kind. */
export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  switch (kind) {
    case 'household_treat':
      return householdTreat(rng, w);
    case 'easter_family':
      return easterFamily(rng, w);
    case 'gift_abroad':
      return giftAbroad(rng, w);
    case 'loyal_regular':
      return loyalRegular(rng, w);
    case 'gift_card':
      return giftCard(rng, w);
    case 'subscription_renewal':
      return renewal(rng, w);
    case 'uk_customer':
      return ukCustomer(rng, w);
    case 'traveller_vpn':
      return traveller(rng, w);
    case 'workshop_booking':
      return workshop(rng, w);
    case 'corporate_gifts':
      return corporate(rng, w);
  }
}

export { DAY, HOUR };
