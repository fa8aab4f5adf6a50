import { type BasketLine, DAY, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Postage } from './calendar.js';

/**
 * What the store sells: experience vouchers in eight categories (each redeemable later with a partner for
 * a year), money vouchers for any experience, and a presentation box for posted gifts. Prices in pence; Irish
 * buyers pay in euros (their own Irish experiences, or the British ones at the euro list price).
 */

export type Category =
  | 'spa'
  | 'afternoon_tea'
  | 'driving'
  | 'flying'
  | 'balloon'
  | 'cookery'
  | 'hotel_break'
  | 'adventure'
  | 'money_voucher'
  | 'packaging';

export type Currency = 'GBP' | 'EUR';

export interface Experience {
  sku: string;
  name: string;
  category: Category;
  /** Pence; absent for an Irish experience sold in euros only. */
  gbp?: number;
  /** Euro cents. */
  eur: number;
  /** Where it is redeemed. */
  market: 'GB' | 'IE';
  popularity: number;
  /** Sells on quickly second-hand (marketplaces, resale groups). */
  resale?: boolean;
}

/** The euro list price of a British experience: whole euros, about 1.17 to the pound. */
const euroOf = (gbp: number) => Math.round((gbp * 1.17) / 100) * 100;

const gb = (
  sku: string,
  name: string,
  category: Category,
  gbp: number,
  popularity: number,
  resale = false,
): Experience => ({ sku, name, category, gbp, eur: euroOf(gbp), market: 'GB', popularity, resale });

const ie = (sku: string, name: string, category: Category, eur: number, popularity: number): Experience => ({
  sku,
  name,
  category,
  eur,
  market: 'IE',
  popularity,
});

export const EXPERIENCES: readonly Experience[] = [
  gb('SPA-TWI-1', 'Twilight spa session for one', 'spa', 5900, 5),
  gb('SPA-DAY-2', 'Spa day with a treatment and lunch for two', 'spa', 17900, 8, true),
  gb('SPA-LUX-2', 'Luxury spa day with afternoon tea for two', 'spa', 24900, 4, true),
  gb('SPA-BRK-2', 'Overnight spa break for two', 'spa', 32900, 2, true),
  gb('TEA-CTY-2', 'Afternoon tea for two in the country', 'afternoon_tea', 4900, 6),
  gb('TEA-LDN-2', 'Afternoon tea for two in London', 'afternoon_tea', 6900, 8, true),
  gb('TEA-BUS-2', 'Vintage bus afternoon tea tour for two', 'afternoon_tea', 9900, 5, true),
  gb('TEA-CHP-2', 'Champagne afternoon tea for two at a five-star hotel', 'afternoon_tea', 12900, 4, true),
  gb('DRV-PAS-1', 'Hot lap passenger ride', 'driving', 3900, 3),
  gb('DRV-JNR-1', 'Junior driving experience', 'driving', 5900, 3),
  gb('DRV-SUP-3', 'Supercar driving blast, three laps', 'driving', 7900, 7),
  gb('DRV-RLY-1', 'Rally driving half day', 'driving', 12900, 3),
  gb('DRV-TNK-1', 'Tank driving experience', 'driving', 14900, 2),
  gb('DRV-FLM-6', 'Ferrari and Lamborghini double drive, six laps', 'driving', 19900, 3, true),
  gb('FLY-SKY-1', 'Indoor skydiving for one', 'flying', 5900, 4),
  gb('FLY-LSN-30', 'Trial flying lesson, thirty minutes', 'flying', 11900, 3),
  gb('FLY-HEL-20', 'Helicopter tour, twenty minutes', 'flying', 14900, 3, true),
  gb('FLY-HEL-LDN', 'London helicopter sightseeing tour for two', 'flying', 39900, 1, true),
  gb('FLY-SPT-1', 'Spitfire flight, thirty minutes', 'flying', 275000, 0.05),
  gb('BAL-FLT-1', 'Hot-air balloon flight for one', 'balloon', 12900, 3),
  gb('BAL-FLT-2', 'Hot-air balloon flight for two', 'balloon', 23900, 3),
  gb('BAL-ANY-2', 'Anytime hot-air balloon flight for two with champagne', 'balloon', 32900, 1, true),
  gb('COOK-ITA-1', 'Italian cookery class', 'cookery', 8500, 3),
  gb('COOK-SUS-1', 'Sushi masterclass', 'cookery', 11000, 2),
  gb('COOK-GIN-2', 'Gin-making experience for two', 'cookery', 12000, 3),
  gb('COOK-BAK-1', 'Artisan bread-baking day', 'cookery', 9500, 2),
  gb('HTL-1N-2', 'One-night break with dinner for two', 'hotel_break', 17900, 3, true),
  gb('HTL-2N-2', 'Two-night break for two', 'hotel_break', 29900, 2, true),
  gb('HTL-LUX-2', 'Luxury country-house break for two', 'hotel_break', 44900, 1, true),
  gb('ADV-STD-1', 'Football stadium tour', 'adventure', 2500, 3),
  gb('ADV-ZIP-1', 'Zip wire adventure', 'adventure', 4500, 3),
  gb('ADV-WIN-2', 'Vineyard tour and tasting for two', 'adventure', 4900, 4),
  gb('ADV-ESC-4', 'Escape room for four', 'adventure', 8000, 2),
  ie('IE-SPA-2', 'Spa day for two in Wicklow', 'spa', 19900, 5),
  ie('IE-TEA-2', 'Afternoon tea for two in Dublin', 'afternoon_tea', 7900, 6),
  ie('IE-DRV-1', 'Supercar thrill at a Kildare circuit', 'driving', 12900, 3),
  ie('IE-HTL-2', 'Two-night Kerry break for two', 'hotel_break', 34900, 2),
  ie('IE-COOK-1', 'Cookery class in Dublin', 'cookery', 9900, 2),
  ie('IE-ADV-1', 'Zip line in the Dublin mountains', 'adventure', 5500, 3),
  ie('IE-HEL-1', 'Helicopter tour over Dublin Bay', 'flying', 16900, 2),
];

/** The experience's price in a currency (an Irish experience has no pound price and is never sold in pounds). */
export const priceIn = (e: Experience, currency: Currency): number =>
  currency === 'EUR' ? e.eur : (e.gbp ?? e.eur);

/** A basket line of `quantity` of an experience. */
export const lineOf = (e: Experience, currency: Currency, quantity = 1): BasketLine<Category> => ({
  sku: e.sku,
  name: e.name,
  category: e.category,
  quantity,
  price: priceIn(e, currency),
});

/** Money vouchers for any experience, by face value in whole pounds or euros. */
export const VOUCHER_VALUES: readonly number[] = [10, 15, 25, 50, 75, 100, 150, 200, 250, 500];

export const voucherLine = (value: number, currency: Currency, quantity = 1): BasketLine<Category> => ({
  sku: `VCH-${currency}-${value}`,
  name: `Gift voucher ${currency === 'GBP' ? '£' : '€'}${value}`,
  category: 'money_voucher',
  quantity,
  price: value * 100,
});

/** The presentation box a posted voucher comes in. */
export const boxLine = (currency: Currency, quantity = 1): BasketLine<Category> => ({
  sku: 'BOX-PRES',
  name: 'Presentation gift box',
  category: 'packaging',
  quantity,
  price: currency === 'GBP' ? 495 : 595,
});

/** Postage for a posted box; to Ireland international tracked at €9.95. */
export const POSTAGE_FEE: Readonly<Record<Postage, number>> = {
  second_class: 195,
  first_class: 295,
  special_delivery: 795,
  international_tracked: 995,
};

/** An experience of a market, weighted by popularity, optionally only from some categories or resale ones. */
export function pickExperience(
  rng: Rng,
  market: 'GB' | 'IE',
  only?: { categories?: readonly Category[]; resale?: boolean; min?: number; max?: number },
): Experience {
  const currency: Currency = market === 'IE' ? 'EUR' : 'GBP';
  const fits = EXPERIENCES.filter(
    (e) =>
      e.market === market &&
      (!only?.categories || only.categories.includes(e.category)) &&
      (!only?.resale || e.resale) &&
      (only?.min === undefined || priceIn(e, currency) >= only.min) &&
      (only?.max === undefined || priceIn(e, currency) <= only.max),
  );
  const pool = fits.length ? fits : EXPERIENCES.filter((e) => e.market === market);
  return rng.weightedPick(pool.map((e) => [e, e.popularity]));
}

export interface Basket {
  currency: Currency;
  lines: BasketLine<Category>[];
  /** Off the experience lines (never money vouchers, boxes or postage). */
  discount: number;
  code?: string;
  deliveryFee: number;
  amount: number;
}

/** The basket's total: lines, less the code's discount on experiences, plus postage. */
export function priced(
  currency: Currency,
  lines: BasketLine<Category>[],
  deliveryFee = 0,
  promo?: { code: string; rate: number },
): Basket {
  const items = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const eligible = lines
    .filter((l) => l.category !== 'money_voucher' && l.category !== 'packaging')
    .reduce((s, l) => s + l.price * l.quantity, 0);
  const discount = promo && eligible > 0 ? Math.floor(eligible * promo.rate) : 0;
  return {
    currency,
    lines,
    discount,
    ...(discount > 0 && promo ? { code: promo.code } : {}),
    deliveryFee,
    amount: items - discount + deliveryFee,
  };
}

/**
 * The promotion a shopper may use at `t`: 25 % off experiences over the Black Friday weekend, 20 % on Cyber
 * Monday, then 10 % for Christmas; a first-order code for new sign-ups. `keen` is how likely this shopper is
 * to look for and enter a code.
 */
export function promoFor(
  rng: Rng,
  t: number,
  w: Window,
  keen: number,
  newCustomer: boolean,
): { code: string; rate: number } | undefined {
  const index = Math.floor((t - Math.floor(w.start / DAY) * DAY) / DAY);
  if (index <= 2 && rng.chance(keen * 1.4)) return { code: 'BLACKFRIDAY25', rate: 0.25 };
  if (index === 3 && rng.chance(keen * 1.2)) return { code: 'CYBER20', rate: 0.2 };
  if (index > 3 && rng.chance(keen * 0.5)) return { code: 'XMAS10', rate: 0.1 };
  if (newCustomer && rng.chance(keen * 0.6)) return { code: 'WELCOME10', rate: 0.1 };
  return undefined;
}
