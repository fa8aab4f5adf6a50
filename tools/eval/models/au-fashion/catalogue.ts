import { type BasketLine } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Sale } from './calendar.js';

/**
 * What the label sells, priced in cents with GST: dresses, tops, skirts, denim, knitwear, swim, shoes, bags,
 * jewellery, hair accessories and e-gift cards. New Zealand and US prices are the shop's own price lists
 * (NZ$ about 12 % above A$, US$ about 68 % of it). Sales take a share off everything but gift cards; a code
 * (welcome, student, influencer, Club reward) takes its own; shipping is free above a threshold.
 */

export type Category =
  | 'dresses'
  | 'tops'
  | 'skirts'
  | 'denim'
  | 'knitwear'
  | 'swim'
  | 'shoes'
  | 'bags'
  | 'jewellery'
  | 'accessories'
  | 'gift_cards';

export type Currency = 'AUD' | 'NZD' | 'USD';
type Sizing = 'apparel' | 'denim' | 'shoes' | 'one';

export interface Style {
  code: string;
  name: string;
  category: Category;
  /** A$ price, cents. */
  aud: number;
  sizing: Sizing;
  /** How often honest shoppers pick it. */
  popularity: number;
  /** Sells on quickly second-hand (Marketplace, Depop): what resellers of stolen goods want. */
  resale?: boolean;
}

const s = (
  code: string,
  name: string,
  category: Category,
  aud: number,
  sizing: Sizing,
  popularity: number,
  resale = false,
): Style => ({ code, name, category, aud, sizing, popularity, ...(resale ? { resale } : {}) });

export const STYLES: readonly Style[] = [
  s('DR-ISOLA', 'Isola linen maxi dress', 'dresses', 24995, 'apparel', 10, true),
  s('DR-MARGO', 'Margo satin slip dress', 'dresses', 17995, 'apparel', 8),
  s('DR-SIENNA', 'Sienna broderie midi dress', 'dresses', 22995, 'apparel', 7),
  s('DR-ELODIE', 'Elodie wrap mini dress', 'dresses', 15995, 'apparel', 6),
  s('DR-CORA', 'Cora knit midi dress', 'dresses', 19995, 'apparel', 4),
  s('DR-AMALFI', 'Amalfi floral tiered maxi dress', 'dresses', 26995, 'apparel', 6),
  s('DR-NOIR', 'Noir one-shoulder gown', 'dresses', 34995, 'apparel', 3, true),
  s('TP-LUCA', 'Luca linen shirt', 'tops', 12995, 'apparel', 6),
  s('TP-BELLA', 'Bella ribbed tank', 'tops', 4995, 'apparel', 7),
  s('TP-SOLEIL', 'Soleil lace cami', 'tops', 8995, 'apparel', 5),
  s('TP-POET', 'Poet cotton blouse', 'tops', 13995, 'apparel', 4),
  s('SK-RIVA', 'Riva satin midi skirt', 'skirts', 14995, 'apparel', 5),
  s('SK-MILA', 'Mila denim mini skirt', 'skirts', 10995, 'apparel', 4),
  s('DN-HARPER', 'Harper straight jean', 'denim', 16995, 'denim', 8),
  s('DN-BAILEY', 'Bailey wide-leg jean', 'denim', 17995, 'denim', 6),
  s('DN-JACKET', 'Oversized denim jacket', 'denim', 19995, 'apparel', 3),
  s('KN-WREN', 'Wren cashmere-blend crew', 'knitwear', 22995, 'apparel', 3),
  s('KN-ARLO', 'Arlo cable cardigan', 'knitwear', 17995, 'apparel', 3),
  s('KN-TALLOW', 'Tallow cotton knit vest', 'knitwear', 11995, 'apparel', 3),
  s('SW-COVE-T', 'Cove triangle bikini top', 'swim', 8995, 'apparel', 7),
  s('SW-COVE-B', 'Cove tie-side bikini bottom', 'swim', 7995, 'apparel', 7),
  s('SW-MAREE', 'Maree one-piece', 'swim', 18995, 'apparel', 5),
  s('SW-SARONG', 'Palm linen sarong', 'swim', 6995, 'one', 3),
  s('SH-LOLA', 'Lola leather sandal', 'shoes', 15995, 'shoes', 5),
  s('SH-SORRENTO', 'Sorrento woven mule', 'shoes', 17995, 'shoes', 4),
  s('SH-ALBA', 'Alba leather knee boot', 'shoes', 32995, 'shoes', 2, true),
  s('SH-COURT', 'Court leather sneaker', 'shoes', 18995, 'shoes', 4, true),
  s('BG-MIMI', 'Mimi leather shoulder bag', 'bags', 29995, 'one', 6, true),
  s('BG-MARKET', 'Market leather tote', 'bags', 34995, 'one', 3, true),
  s('BG-CROSS', 'Mini leather crossbody', 'bags', 17995, 'one', 4, true),
  s('BG-CLUTCH', 'Pleated evening clutch', 'bags', 12995, 'one', 3),
  s('JW-HUGGIE', 'Gold huggie hoops', 'jewellery', 4995, 'one', 6),
  s('JW-PEARL', 'Freshwater pearl drops', 'jewellery', 7995, 'one', 4),
  s('JW-CHAIN', 'Herringbone chain necklace', 'jewellery', 8995, 'one', 4),
  s('JW-SIGNET', 'Signet ring', 'jewellery', 6995, 'one', 3),
  s('JW-CUFF', 'Sculpted gold cuff', 'jewellery', 12995, 'one', 2, true),
  s('AC-CLAW', 'Tortoiseshell claw clip', 'accessories', 1995, 'one', 5),
  s('AC-SCRUNCH', 'Silk scrunchie', 'accessories', 2495, 'one', 4),
  s('AC-SCARF', 'Printed silk scarf', 'accessories', 5995, 'one', 3),
  s('AC-HAT', 'Raffia sun hat', 'accessories', 7995, 'one', 3),
  s('AC-BELT', 'Leather belt', 'accessories', 6995, 'one', 2),
  s('AC-SUNNIES', 'Cat-eye sunglasses', 'accessories', 8995, 'one', 3),
];

/** e-Gift card values, in the currency's units. */
export const GIFT_VALUES = [25, 50, 100, 150, 200, 250, 300, 500] as const;

export type Line = BasketLine<Category>;

const SIZES: Record<Sizing, ReadonlyArray<readonly [string, number]>> = {
  apparel: [
    ['6', 6],
    ['8', 20],
    ['10', 28],
    ['12', 24],
    ['14', 14],
    ['16', 8],
  ],
  denim: [
    ['24', 6],
    ['25', 12],
    ['26', 20],
    ['27', 22],
    ['28', 18],
    ['29', 12],
    ['30', 7],
    ['31', 3],
  ],
  shoes: [
    ['36', 8],
    ['37', 18],
    ['38', 26],
    ['39', 24],
    ['40', 16],
    ['41', 8],
  ],
  one: [['OS', 1]],
};

/** The style's price in a currency, cents. */
export function priceOf(style: Style, currency: Currency): number {
  if (currency === 'AUD') return style.aud;
  if (currency === 'NZD') return Math.round((style.aud * 1.12) / 100) * 100 - 5;
  return Math.round((style.aud * 0.68) / 100) * 100;
}

export const sizeOf = (rng: Rng, style: Style): string => rng.weightedPick(SIZES[style.sizing]);

/** A line of `style` in `size` (drawn when absent). */
export function lineOfStyle(rng: Rng, style: Style, currency: Currency, quantity = 1, size?: string): Line {
  const sz = size ?? sizeOf(rng, style);
  return {
    sku: style.sizing === 'one' ? style.code : `${style.code}-${sz}`,
    name: style.sizing === 'one' ? style.name : `${style.name}, size ${sz}`,
    category: style.category,
    quantity,
    price: priceOf(style, currency),
  };
}

/** An e-gift card line of `value` currency units. */
export function giftCardLine(currency: Currency, value: number, quantity = 1): Line {
  const symbol = currency === 'AUD' ? 'A$' : currency === 'NZD' ? 'NZ$' : 'US$';
  return {
    sku: `GC-E-${value}`,
    name: `${symbol}${value} e-gift card`,
    category: 'gift_cards',
    quantity,
    price: value * 100,
  };
}

/** A style by shoppers' tastes, optionally only from some categories or only resale favourites. */
export function pickStyle(
  rng: Rng,
  only?: { categories?: readonly Category[]; resale?: boolean; maxAud?: number },
): Style {
  const list = STYLES.filter(
    (x) =>
      (!only?.categories || only.categories.includes(x.category)) &&
      (!only?.resale || x.resale === true) &&
      (only?.maxAud === undefined || x.aud <= only.maxAud),
  );
  return rng.weightedPick(list.map((x) => [x, x.popularity] as const));
}

export const cheapest = (): Style[] => STYLES.filter((x) => x.aud <= 2500);

/**
 * An honest shopper's basket: one to six lines, mostly one of each; now and then the same style in two sizes
 * ("bracketing", one goes back) or a matching bikini top and bottom.
 */
export function shopperLines(
  rng: Rng,
  currency: Currency,
  size: 'small' | 'usual' | 'big' = 'usual',
): Line[] {
  const count =
    size === 'small'
      ? rng.weightedPick([
          [1, 70],
          [2, 25],
          [3, 5],
        ])
      : size === 'big'
        ? rng.weightedPick([
            [2, 25],
            [3, 30],
            [4, 25],
            [5, 12],
            [6, 8],
          ])
        : rng.weightedPick([
            [1, 46],
            [2, 30],
            [3, 15],
            [4, 6],
            [5, 3],
          ]);
  const lines: Line[] = [];
  while (lines.length < count) {
    const style = pickStyle(rng);
    if (lines.some((l) => l.sku.startsWith(style.code))) continue;
    if (style.sizing !== 'one' && rng.chance(0.08)) {
      const a = sizeOf(rng, style);
      const sizes = SIZES[style.sizing].map(([x]) => x);
      const b = sizes[Math.min(sizes.length - 1, sizes.indexOf(a) + 1)] ?? a;
      lines.push(lineOfStyle(rng, style, currency, 1, a));
      if (b !== a) lines.push(lineOfStyle(rng, style, currency, 1, b));
      continue;
    }
    lines.push(lineOfStyle(rng, style, currency));
    if (style.code === 'SW-COVE-T' && rng.chance(0.7)) {
      const bottom = STYLES.find((x) => x.code === 'SW-COVE-B');
      if (bottom && !lines.some((l) => l.sku.startsWith(bottom.code)))
        lines.push(lineOfStyle(rng, bottom, currency));
    }
  }
  return lines;
}

export type Fulfilment = 'standard' | 'express' | 'click_and_collect' | 'email' | 'international';

/** A code the buyer typed. */
export interface Offer {
  code: string;
  kind: 'percent' | 'fixed';
  /** A share (percent) or cents (fixed). */
  value: number;
  /** Only on full-price days: a sale replaces it. */
  fullPriceOnly: boolean;
  /** Least merchandise after the sale, cents (fixed vouchers). */
  minSpend?: number;
}

export interface Basket {
  lines: Line[];
  currency: Currency;
  /** Automatic sale name, when one applied. */
  promotion?: string;
  /** The code, when it applied. */
  code?: string;
  discount: number;
  shippingFee: number;
  amount: number;
}

const sum = (lines: readonly Line[]) => lines.reduce((a, l) => a + l.price * l.quantity, 0);

function shippingFee(f: Fulfilment, currency: Currency, subtotal: number): number {
  if (f === 'click_and_collect' || f === 'email') return 0;
  if (currency === 'NZD') return subtotal >= 15000 ? 0 : 1495;
  if (currency === 'USD' || f === 'international') return subtotal >= 25000 ? 0 : 2500;
  if (f === 'express') return subtotal >= 30000 ? 0 : 1495;
  return subtotal >= 10000 ? 0 : 995;
}

/** Prices a basket: the sale on merchandise, then the code, then shipping on what is left. */
export function priced(
  lines: Line[],
  currency: Currency,
  fulfilment: Fulfilment,
  sale: Sale | undefined,
  offer?: Offer,
): Basket {
  const merch = sum(lines.filter((l) => l.category !== 'gift_cards'));
  const gifts = sum(lines.filter((l) => l.category === 'gift_cards'));
  const saleOff = sale && merch > 0 ? Math.round(merch * sale.rate) : 0;
  let codeOff = 0;
  if (offer && merch > 0) {
    if (offer.kind === 'percent' && !(offer.fullPriceOnly && sale))
      codeOff = Math.round((merch - saleOff) * offer.value);
    if (offer.kind === 'fixed' && merch - saleOff >= (offer.minSpend ?? 0))
      codeOff = Math.min(offer.value, merch - saleOff);
  }
  const discount = saleOff + codeOff;
  const fee = shippingFee(fulfilment, currency, merch - discount + gifts);
  return {
    lines,
    currency,
    ...(saleOff > 0 && sale ? { promotion: sale.promotion } : {}),
    ...(codeOff > 0 && offer ? { code: offer.code } : {}),
    discount,
    shippingFee: fee,
    amount: merch + gifts - discount + fee,
  };
}

/** The share of the merchandise price actually paid (after sale and code), for refunds of returned lines. */
export function paidShare(b: Basket): number {
  const merch = sum(b.lines.filter((l) => l.category !== 'gift_cards'));
  return merch > 0 ? (merch - b.discount) / merch : 1;
}

/** The Club's welcome voucher on joining: A$20 (NZ$20, US$15) off a first order of A$100 or more. */
export function welcomeOffer(rng: Rng, currency: Currency): Offer {
  return {
    code: `WELCOME-${rng.token(6).toUpperCase()}`,
    kind: 'fixed',
    value: currency === 'USD' ? 1500 : 2000,
    fullPriceOnly: false,
    minSpend: currency === 'USD' ? 7500 : 10000,
  };
}

/** UNiDAYS-verified student codes: 15 % off full price, unique per student. */
export const studentOffer = (rng: Rng): Offer => ({
  code: `UNIDAYS-${rng.token(8).toUpperCase()}`,
  kind: 'percent',
  value: 0.15,
  fullPriceOnly: true,
});

export const INFLUENCERS = ['MAYA15', 'JESS15', 'TAYLAH15', 'SOPHIE15', 'BRI15', 'ELLIE15'] as const;

/** An influencer's code from the affiliate program: 15 % off full price. */
export const influencerOffer = (code: string): Offer => ({
  code,
  kind: 'percent',
  value: 0.15,
  fullPriceOnly: true,
});

/** A Club reward: A$25 off from points, on anything. */
export const rewardOffer = (rng: Rng, currency: Currency): Offer => ({
  code: `REWARD-${rng.token(6).toUpperCase()}`,
  kind: 'fixed',
  value: currency === 'USD' ? 2000 : 2500,
  fullPriceOnly: false,
  minSpend: 5000,
});
