import { type BasketLine, lineOf, type Product, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Region } from './places.js';

/**
 * What the store sells, in US cents: engagement rings and bands, diamond studs, tennis bracelets, pendants, gold
 * chains, earrings, watches, lab-grown diamonds, personalised pieces, e-gift cards and a few accessories.
 */

export type Category =
  | 'engagement_ring'
  | 'wedding_band'
  | 'diamond_studs'
  | 'tennis_bracelet'
  | 'pendant'
  | 'gold_chain'
  | 'earrings'
  | 'watch'
  | 'lab_grown'
  | 'personalised'
  | 'e_gift_card'
  | 'accessory'
  | 'service';

const p = product<Category>;

export const CATALOGUE = {
  solitaire: p('ER-SOL-100', '1.00 ct round solitaire engagement ring, platinum', 'engagement_ring', 645_000),
  halo: p('ER-HALO-150', '1.50 ct oval halo engagement ring, 18k white gold', 'engagement_ring', 1_190_000),
  threeStone: p('ER-3ST-200', '2.00 ctw three-stone engagement ring, platinum', 'engagement_ring', 1_980_000),
  hiddenHalo: p(
    'ER-HH-070',
    '0.70 ct hidden-halo engagement ring, 14k yellow gold',
    'engagement_ring',
    349_000,
  ),
  lgOval: p('LG-ER-200', '2.00 ct lab-grown oval solitaire, 14k', 'lab_grown', 265_000),
  lgEmerald: p('LG-ER-300', '3.00 ct lab-grown emerald-cut ring, platinum', 'lab_grown', 390_000),
  paveBand: p('WB-PAVE', 'Pavé diamond wedding band, platinum', 'wedding_band', 185_000),
  goldBand: p('WB-GOLD6', '6 mm comfort-fit band, 14k gold', 'wedding_band', 89_000),
  studs50: p('DS-050', 'Diamond stud earrings 0.50 ctw, 14k', 'diamond_studs', 115_000),
  studs100: p('DS-100', 'Diamond stud earrings 1.00 ctw, 14k', 'diamond_studs', 299_000),
  studs200: p('DS-200', 'Diamond stud earrings 2.00 ctw, platinum', 'diamond_studs', 745_000),
  lgStuds: p('LG-DS-200', 'Lab-grown diamond studs 2.00 ctw, 14k', 'lab_grown', 145_000),
  tennis: p('TB-300', 'Diamond tennis bracelet 3.00 ctw, 14k white gold', 'tennis_bracelet', 480_000),
  lgTennis: p('LG-TB-500', 'Lab-grown tennis bracelet 5.00 ctw, 14k', 'lab_grown', 220_000),
  heart: p('PD-HEART', 'Diamond open-heart pendant, 14k rose gold', 'pendant', 65_000),
  solPendant: p('PD-SOL-033', '0.33 ct solitaire pendant, 14k', 'pendant', 89_000),
  pearl: p('PD-AKOYA', 'Akoya pearl pendant, 18k', 'pendant', 29_500),
  cuban: p('GC-CUBAN-22', 'Cuban link chain 22", 14k gold', 'gold_chain', 325_000),
  rope: p('GC-ROPE-20', 'Rope chain 20", 14k gold', 'gold_chain', 119_000),
  paperclip: p('GC-CLIP-18', 'Paperclip chain 18", 10k gold', 'gold_chain', 48_000),
  huggies: p('EA-HUG', 'Diamond huggie hoops, 14k', 'earrings', 79_500),
  pearlStuds: p('EA-PEARL', 'Freshwater pearl studs, 14k', 'earrings', 12_500),
  diver: p('WA-DIVE', 'Automatic diver watch, steel', 'watch', 165_000),
  chrono: p('WA-CHRONO', 'Swiss automatic chronograph, steel and gold', 'watch', 690_000),
  ladies: p('WA-LADY-D', "Ladies' diamond-bezel watch", 'watch', 340_000),
  dress: p('WA-DRESS', "Men's dress watch, leather strap", 'watch', 89_500),
  nameNecklace: p('PS-NAME', 'Personalised name necklace, 14k', 'personalised', 26_500),
  initial: p('PS-INIT', 'Initial pendant with birthstone, 14k', 'personalised', 18_500),
  idBracelet: p('PS-ID', 'Engraved ID bracelet, sterling silver', 'personalised', 34_500),
  coordinates: p('PS-COORD', 'Coordinates bar necklace, 14k', 'personalised', 21_000),
  cufflinks: p('PS-CUFF', 'Engraved cufflinks, sterling silver', 'personalised', 24_500),
  cleaning: p('AC-CLEAN', 'Jewellery cleaning kit', 'accessory', 2_400),
  cloth: p('AC-CLOTH', 'Polishing cloth', 'accessory', 1_200),
  watchRoll: p('AC-ROLL', 'Leather watch roll', 'accessory', 9_500),
  engraving: p('SV-ENGRAVE', 'Hand engraving', 'service', 4_500),
  rush: p('SV-RUSH', 'Rush setting (48 h)', 'service', 15_000),
} as const;

/** E-gift cards, delivered by e-mail. */
export const giftCard = (dollars: number): Product<Category> =>
  p(`EGC-${dollars}`, `E-gift card $${dollars}`, 'e_gift_card', dollars * 100);

export const C = CATALOGUE;

/** What gift-givers reach for, by weight: the Valentine's staples. */
export const GIFTS: ReadonlyArray<readonly [Product<Category>, number]> = [
  [C.heart, 12],
  [C.solPendant, 8],
  [C.pearl, 5],
  [C.studs50, 11],
  [C.studs100, 6],
  [C.studs200, 1.5],
  [C.lgStuds, 7],
  [C.tennis, 3],
  [C.lgTennis, 5],
  [C.huggies, 7],
  [C.pearlStuds, 5],
  [C.paperclip, 4],
  [C.rope, 2],
  [C.nameNecklace, 7],
  [C.initial, 5],
  [C.coordinates, 3],
  [C.ladies, 1.5],
  [C.dress, 1.5],
  [C.diver, 1.5],
  [C.cufflinks, 2],
];

/** What resells fast and high: natural diamonds, heavy gold, watches. */
export const RESALE: ReadonlyArray<readonly [Product<Category>, number]> = [
  [C.studs100, 10],
  [C.studs200, 6],
  [C.tennis, 9],
  [C.cuban, 9],
  [C.rope, 5],
  [C.chrono, 5],
  [C.diver, 5],
  [C.ladies, 3],
  [C.solitaire, 2],
  [C.halo, 1],
];

export const RINGS: ReadonlyArray<readonly [Product<Category>, number]> = [
  [C.hiddenHalo, 6],
  [C.solitaire, 8],
  [C.halo, 4],
  [C.threeStone, 1.5],
  [C.lgOval, 7],
  [C.lgEmerald, 4],
];

export type Fulfilment = 'ship' | 'hold_at_location' | 'showroom_pickup' | 'email';
export type Speed = 'ground' | 'two_day' | 'overnight';

export interface Basket {
  lines: BasketLine<Category>[];
  amount: number;
  currency: 'USD';
  discountCode?: string;
  discount: number;
  shippingFee: number;
  tax: number;
}

const sum = (lines: ReadonlyArray<BasketLine<Category>>) =>
  lines.reduce((s, l) => s + l.price * l.quantity, 0);

/** Shipping as the store charges it: free ground, paid faster tiers (free overnight over $1,000), flat abroad. */
export function shippingFee(speed: Speed, items: number, country: string, f: Fulfilment): number {
  if (f === 'email' || f === 'showroom_pickup') return 0;
  if (country !== 'US') return speed === 'overnight' ? 6_500 : 3_500;
  if (speed === 'ground') return 0;
  if (speed === 'two_day') return items >= 50_000 ? 0 : 1_500;
  return items >= 100_000 ? 0 : 3_500;
}

const DISCOUNTS: Record<string, (items: number) => number> = {
  // First order, 10 % up to $250.
  WELCOME10: (items) => Math.min(25_000, Math.round(items * 0.1)),
  // Valentine's: $100 off $1,000.
  LOVE100: (items) => (items >= 100_000 ? 10_000 : 0),
  // Circle members' annual 15 %.
  CIRCLE15: (items) => Math.round(items * 0.15),
  // An influencer's code, 20 % up to $200.
  JEWELRYBOX20: (items) => Math.min(20_000, Math.round(items * 0.2)),
};

/**
 * The basket: lines, a code's discount, shipping and the sales tax of the state it goes to (none abroad, none on
 * e-gift cards, the showroom's New York tax on pickups).
 */
export function basketOf(
  lines: BasketLine<Category>[],
  o: { speed: Speed; country: string; f: Fulfilment; taxRegion?: Region; code?: string | undefined },
): Basket {
  const items = sum(lines);
  const discount = o.code ? (DISCOUNTS[o.code]?.(items) ?? 0) : 0;
  const fee = shippingFee(o.speed, items, o.country, o.f);
  const taxable = sum(lines.filter((l) => l.category !== 'e_gift_card')) - discount;
  const rate = o.f === 'showroom_pickup' ? 0.08875 : o.f === 'email' ? 0 : (o.taxRegion?.tax ?? 0);
  const tax = Math.max(0, Math.round(taxable * rate));
  return {
    lines,
    amount: items - discount + fee + tax,
    currency: 'USD',
    ...(o.code && discount > 0 ? { discountCode: o.code } : {}),
    discount: o.code && discount > 0 ? discount : 0,
    shippingFee: fee,
    tax,
  };
}

/** A piece from `list`, now and then with a second, smaller one; personalised pieces come with engraving. */
export function pieces(
  rng: Rng,
  list: ReadonlyArray<readonly [Product<Category>, number]>,
  extra = 0.12,
): BasketLine<Category>[] {
  const first = rng.weightedPick(list);
  const lines = [lineOf(first)];
  if (rng.chance(extra)) {
    const second = rng.weightedPick(GIFTS);
    if (second.sku !== first.sku) lines.push(lineOf(second));
  }
  if (lines.some((l) => l.category === 'personalised' || l.category === 'watch') && rng.chance(0.5))
    lines.push(lineOf(C.engraving));
  if (rng.chance(0.04)) lines.push(lineOf(C.cleaning));
  return lines;
}

export { lineOf };
