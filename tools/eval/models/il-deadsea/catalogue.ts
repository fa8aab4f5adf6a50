import { type BasketLine, lineOf, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Currency } from './places.js';

/**
 * What the store sells, with its shekel price (VAT included) and its international list price in dollars; the
 * euro and pound lists are set from the dollar one. Spas and salons buy at the wholesale price list, and only
 * they see the professional sizes.
 */

export type Category =
  | 'mud_mask'
  | 'salt_scrub'
  | 'bath'
  | 'cream'
  | 'serum'
  | 'hair'
  | 'soap'
  | 'travel_size'
  | 'gift_set'
  | 'refill'
  | 'gift_card'
  | 'pro_size';

export interface Item {
  sku: string;
  name: string;
  category: Category;
  /** Agorot. */
  ils: number;
  /** Whole US dollars. */
  usd: number;
}

const item = (sku: string, name: string, category: Category, ils: number, usd: number): Item => ({
  sku,
  name,
  category,
  ils,
  usd,
});

export const ITEMS = {
  mud250: item('MUD-250', 'Dead Sea Black Mud Mask 250 g', 'mud_mask', 7990, 28),
  mud500: item('MUD-500', 'Purifying Mud Mask 500 g', 'mud_mask', 11_990, 39),
  mudRose: item('MUD-ROSE', 'Rose & Mud Peel-Off Mask 150 ml', 'mud_mask', 9990, 34),
  scrubLav: item('SALT-LAV', 'Dead Sea Salt Scrub Lavender 400 g', 'salt_scrub', 10_990, 36),
  scrubPom: item('SALT-POM', 'Salt & Oil Body Scrub Pomegranate 600 g', 'salt_scrub', 13_990, 45),
  bathSalt: item('BATH-1KG', 'Pure Dead Sea Bath Salt 1 kg', 'bath', 5990, 22),
  handCream: item('CRM-HAND', 'Mineral Hand Cream 100 ml', 'cream', 5990, 19),
  footCream: item('CRM-FOOT', 'Mineral Foot Cream 100 ml', 'cream', 5990, 19),
  dayCream: item('CRM-DAY', 'Mineral Day Cream SPF 20 50 ml', 'cream', 18_990, 58),
  nightCream: item('CRM-NIGHT', 'Night Repair Cream 50 ml', 'cream', 21_990, 65),
  eyeCream: item('CRM-EYE', 'Eye Contour Cream 30 ml', 'cream', 16_990, 52),
  bodyButter: item('CRM-BODY', 'Body Butter Vanilla & Musk 350 ml', 'cream', 11_990, 38),
  hyaluronic: item('SRM-HYAL', 'Hyaluronic Mineral Serum 30 ml', 'serum', 24_990, 78),
  goldSerum: item('SRM-GOLD', '24K Gold & Collagen Serum 30 ml', 'serum', 44_990, 139),
  retinol: item('SRM-RET', 'Retinol Night Serum 30 ml', 'serum', 29_990, 92),
  shampoo: item('HAIR-SH', 'Mineral Shampoo 400 ml', 'hair', 7990, 26),
  hairMask: item('HAIR-MASK', 'Mud Hair Mask 250 ml', 'hair', 9990, 32),
  soaps: item('SOAP-TRIO', 'Mud, Salt & Olive Oil Soap Trio', 'soap', 4990, 17),
  lipBalm: item('TRV-LIP', 'Mineral Lip Balm 15 ml', 'travel_size', 2990, 9),
  travelHand: item('TRV-HAND', 'Travel Hand Cream 30 ml', 'travel_size', 3490, 12),
  miniKit: item('TRV-KIT', 'Discovery Kit, five minis', 'travel_size', 8990, 29),
  hanukkahBox: item('GIFT-HANU', 'Eight Nights Gift Box', 'gift_set', 34_990, 109),
  spaSet: item('GIFT-SPA', 'Spa at Home Gift Set', 'gift_set', 29_990, 95),
  luxSet: item('GIFT-LUX', 'Luxury Facial Collection', 'gift_set', 69_990, 219),
  miniTrio: item('GIFT-MINI', 'Mini Gift Trio', 'gift_set', 14_990, 49),
  menSet: item('GIFT-MEN', "Men's Grooming Set", 'gift_set', 24_990, 79),
  refDay: item('REF-DAY', 'Day Cream Refill Pod 50 ml', 'refill', 14_990, 45),
  refSerum: item('REF-SRM', 'Hyaluronic Serum Refill 30 ml', 'refill', 19_990, 62),
  refMud: item('REF-MUD', 'Mud Mask Refill Pouch 500 g', 'refill', 8990, 30),
  refScrub: item('REF-SALT', 'Salt Scrub Refill Pouch 800 g', 'refill', 9990, 33),
  proMud: item('PRO-MUD-5KG', 'Professional Dead Sea Mud 5 kg tub', 'pro_size', 39_000, 120),
  proSalt: item('PRO-SALT-5KG', 'Spa Salt Scrub 5 kg tub', 'pro_size', 42_000, 129),
  proOil: item('PRO-OIL-1L', 'Mineral Massage Oil 1 l', 'pro_size', 18_000, 55),
} as const;

/** Digital gift cards, e-mailed; the value is the price. */
export const GIFT_CARDS: Record<Currency, readonly number[]> = {
  ILS: [10_000, 20_000, 25_000, 50_000],
  USD: [2500, 5000, 10_000],
  EUR: [2500, 5000, 10_000],
  GBP: [2500, 5000, 10_000],
};

export const EVERYDAY: readonly Item[] = [
  ITEMS.mud250,
  ITEMS.mud500,
  ITEMS.mudRose,
  ITEMS.scrubLav,
  ITEMS.scrubPom,
  ITEMS.bathSalt,
  ITEMS.handCream,
  ITEMS.footCream,
  ITEMS.dayCream,
  ITEMS.nightCream,
  ITEMS.eyeCream,
  ITEMS.bodyButter,
  ITEMS.hyaluronic,
  ITEMS.retinol,
  ITEMS.shampoo,
  ITEMS.hairMask,
  ITEMS.soaps,
  ITEMS.lipBalm,
  ITEMS.miniKit,
];
/** How often each everyday item is picked (mud and scrub sell most). */
export const EVERYDAY_WEIGHTS: readonly number[] = [10, 7, 5, 9, 6, 5, 9, 4, 6, 5, 3, 5, 4, 2, 3, 2, 3, 4, 3];
export const GIFT_SETS: readonly Item[] = [
  ITEMS.hanukkahBox,
  ITEMS.spaSet,
  ITEMS.luxSet,
  ITEMS.miniTrio,
  ITEMS.menSet,
];
export const GIFT_SET_WEIGHTS: readonly number[] = [6, 8, 2, 7, 3];
export const REFILLS: readonly Item[] = [ITEMS.refDay, ITEMS.refSerum, ITEMS.refMud, ITEMS.refScrub];
export const PREMIUM: readonly Item[] = [ITEMS.goldSerum, ITEMS.luxSet, ITEMS.retinol, ITEMS.hyaluronic];
export const PRO: readonly Item[] = [ITEMS.proMud, ITEMS.proSalt, ITEMS.proOil];

/** An item's unit price in `currency`'s minor unit (euros and pounds end in .90). */
export function priceIn(i: Item, currency: Currency): number {
  if (currency === 'ILS') return i.ils;
  if (currency === 'USD') return i.usd * 100;
  if (currency === 'EUR') return Math.round(i.usd * 0.94) * 100 - 10;
  return Math.round(i.usd * 0.8) * 100 - 10;
}

/** The wholesale price list: 55 % of retail, in whole units; professional sizes are listed at their price. */
export const wholesalePrice = (i: Item, currency: Currency): number =>
  i.category === 'pro_size' ? priceIn(i, currency) : Math.round((priceIn(i, currency) * 0.55) / 100) * 100;

export type Line = BasketLine<Category>;

export const lineFor = (i: Item, currency: Currency, quantity = 1, wholesale = false): Line =>
  lineOf(
    product(i.sku, i.name, i.category, wholesale ? wholesalePrice(i, currency) : priceIn(i, currency)),
    quantity,
  );

export function giftCardLine(rng: Rng, currency: Currency, quantity = 1): Line {
  const value = rng.pick(GIFT_CARDS[currency]);
  const unit = currency === 'ILS' ? '₪' : currency === 'USD' ? '$' : currency === 'EUR' ? '€' : '£';
  return lineOf(
    product(`GC-${currency}-${value / 100}`, `E-gift card ${unit}${value / 100}`, 'gift_card', value),
    quantity,
  );
}

const pickFrom = (rng: Rng, items: readonly Item[], weights: readonly number[]): Item =>
  rng.weightedPick(items.map((x, i) => [x, weights[i] ?? 1] as const));

export const everyday = (rng: Rng): Item => pickFrom(rng, EVERYDAY, EVERYDAY_WEIGHTS);
export const giftSet = (rng: Rng): Item => pickFrom(rng, GIFT_SETS, GIFT_SET_WEIGHTS);

/** `count` distinct items drawn by `draw`, each as one line of 1 (sometimes 2). */
export function linesOf(
  rng: Rng,
  currency: Currency,
  count: number,
  draw: (rng: Rng) => Item,
  twoShare = 0.15,
): Line[] {
  const seen = new Map<string, Line>();
  for (let i = 0; i < count * 3 && seen.size < count; i++) {
    const x = draw(rng);
    if (!seen.has(x.sku)) seen.set(x.sku, lineFor(x, currency, rng.chance(twoShare) ? 2 : 1));
  }
  return [...seen.values()];
}

/** How the order leaves the warehouse in Modi'in. */
export type Delivery = 'courier' | 'pickup_point' | 'intl_standard' | 'intl_express' | 'freight' | 'email';

/** Shipping, by currency: [fee, free from], in minor units. */
const FEES: Record<
  Currency,
  Record<'courier' | 'pickup_point' | 'intl_standard' | 'intl_express', number[]>
> = {
  // The Hebrew site: courier or pickup in Israel, and airmail or express for gifts sent abroad.
  ILS: {
    courier: [2990, 24_900],
    pickup_point: [1990, 19_900],
    intl_standard: [5900, 45_000],
    intl_express: [14_900, 150_000],
  },
  USD: {
    courier: [900, 7900],
    pickup_point: [900, 7900],
    intl_standard: [1200, 7900],
    intl_express: [3500, 40_000],
  },
  EUR: {
    courier: [890, 7900],
    pickup_point: [890, 7900],
    intl_standard: [1190, 7900],
    intl_express: [3290, 40_000],
  },
  GBP: {
    courier: [790, 6900],
    pickup_point: [790, 6900],
    intl_standard: [990, 6900],
    intl_express: [2890, 35_000],
  },
};

export function shippingFee(delivery: Delivery, currency: Currency, items: number, freight?: number): number {
  if (delivery === 'email') return 0;
  if (delivery === 'freight') return freight ?? 0;
  const [fee = 0, freeFrom = Infinity] = FEES[currency][delivery];
  return items >= freeFrom ? 0 : fee;
}

export interface Basket {
  lines: Line[];
  currency: Currency;
  /** Sum of the lines. */
  items: number;
  code?: string;
  discount: number;
  shippingFee: number;
  amount: number;
}

/** A basket: its lines, an optional percentage code, shipping on what is left after the discount. */
export function basketOf(
  lines: Line[],
  currency: Currency,
  delivery: Delivery,
  code?: { code: string; pct: number },
  freight?: number,
): Basket {
  const items = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const discount = code ? Math.round((items * code.pct) / 100) : 0;
  const fee = shippingFee(delivery, currency, items - discount, freight);
  return {
    lines,
    currency,
    items,
    ...(code ? { code: code.code } : {}),
    discount,
    shippingFee: fee,
    amount: items - discount + fee,
  };
}

/** Codes the store hands out, with their percentage off. */
export const CODES = {
  influencersIL: ['NOA15', 'SHIRA20', 'MAYA15', 'LIRON15', 'DANIT20', 'YARDEN15', 'GAL10', 'OFIR15'],
  influencersIntl: ['GLOWWITHKATE', 'EMMA15', 'SKINBYSARAH', 'MINERALJESS'],
  kiosk: ['MALL15', 'KIOSK20', 'REFILL15'],
  tourist: ['DEADSEA10', 'EINBOKEK15'],
  season: ['CYBER25', 'HANUKKAH8', 'XMAS15'],
  welcome: ['WELCOME15'],
  club: ['CLUB10'],
  subscription: ['REFILL-CLUB'],
} as const;

/** A code's percentage off. */
export function codePct(code: string): number {
  const digits = /(\d+)$/.exec(code)?.[1];
  if (code === 'HANUKKAH8') return 8;
  if (code === 'REFILL-CLUB') return 10;
  if (digits) return Math.min(30, Number(digits));
  return 15;
}

export const withCode = (code: string): { code: string; pct: number } => ({ code, pct: codePct(code) });
