import { type BasketLine, lineOf, type Product, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Address } from '../kit/purchase.js';
import { type Currency, isGreaterCairo, cityOf } from './places.js';

/**
 * What the shop sells, in Egyptian pounds (piastres) with VAT: Giza long-staple sheet sets, duvet sets and
 * bedspreads, towels, hotel-grade bales, bathrobes, galabeyas, baby linen, e-gift cards, monogramming and
 * gift boxes. Abroad it sells from an export price list (home price × 1.4 at the shop's rate, rounded up to a
 * price point) in riyals, dirhams, dollars, euros and pounds.
 */

export type Category =
  'sheets' | 'duvet' | 'towels' | 'bale' | 'robes' | 'galabeya' | 'baby' | 'gift_card' | 'service';

const p = (sku: string, name: string, category: Category, pounds: number): Product<Category> =>
  product(sku, name, category, pounds * 100);

export const CATALOGUE = {
  sateenKing1000: p('SH-G45-K1000', 'Giza 45 sateen sheet set, king, 1000 TC', 'sheets', 14_500),
  sateenQueen1000: p('SH-G45-Q1000', 'Giza 45 sateen sheet set, queen, 1000 TC', 'sheets', 12_900),
  sateenKing600: p('SH-G86-K600', 'Giza 86 sateen sheet set, king, 600 TC', 'sheets', 7_800),
  percaleQueen400: p('SH-G86-Q400', 'Giza 86 percale sheet set, queen, 400 TC', 'sheets', 5_200),
  percaleDouble300: p('SH-G88-D300', 'Giza 88 percale sheet set, double, 300 TC', 'sheets', 3_650),
  fittedSingle: p('SH-FIT-S', 'Fitted sheet, single, 300 TC', 'sheets', 1_250),
  pillowcases: p('SH-PC-PAIR', 'Pillowcase pair, 600 TC sateen', 'sheets', 750),
  duvetQueen: p('DV-SET-Q', 'Duvet cover set, queen, sateen', 'duvet', 6_400),
  duvetKing: p('DV-SET-K', 'Duvet cover set, king, sateen', 'duvet', 8_200),
  bridalDuvet: p('DV-EMB-K', 'Embroidered bridal duvet set, king', 'duvet', 12_500),
  bedspread: p('DV-JAC-K', 'Jacquard bedspread with shams, king', 'duvet', 9_800),
  faceTowel: p('TW-FACE', 'Face towel 30×30, 600 gsm', 'towels', 140),
  teaTowels: p('TW-TEA4', 'Tea towels, set of 4', 'towels', 380),
  handTowel: p('TW-HAND', 'Hand towel 50×90, 700 gsm', 'towels', 290),
  bathTowel: p('TW-BATH', 'Bath towel 70×140, 700 gsm', 'towels', 680),
  bathSheet: p('TW-SHEET', 'Bath sheet 90×160, 800 gsm', 'towels', 950),
  towelSet: p('TW-SET6', 'Zero-twist towel set, 6 pieces, Giza 86', 'towels', 2_650),
  beachTowel: p('TW-BEACH', 'Jacquard beach towel', 'towels', 850),
  bathBale: p('BL-BATH12', 'Hotel bath towel bale, 12 × 600 gsm white', 'bale', 5_400),
  handBale: p('BL-HAND24', 'Hotel hand towel bale, 24 × 500 gsm white', 'bale', 3_600),
  poolBale: p('BL-POOL10', 'Pool towel bale, 10 striped', 'bale', 6_200),
  sheetBale: p('BL-SHEET10', 'Hotel flat sheet bale, 10 × king percale 250 TC', 'bale', 9_500),
  waffleRobe: p('RB-WAF', 'Waffle bathrobe', 'robes', 2_200),
  terryRobe: p('RB-TERRY', 'Terry shawl-collar bathrobe, Giza 86', 'robes', 2_850),
  monogramRobe: p('RB-MONO', 'Monogrammed terry bathrobe', 'robes', 3_300),
  kidsRobe: p('RB-KIDS', 'Kids’ hooded bathrobe', 'robes', 1_350),
  spaRobe: p('RB-SPA', 'Spa waffle robe, white', 'robes', 1_650),
  menGalabeya: p('GL-MEN', 'Men’s cotton galabeya', 'galabeya', 1_650),
  womenGalabeya: p('GL-WOM', 'Women’s embroidered galabeya', 'galabeya', 2_400),
  galabeyaBox: p('GL-SET', 'His and hers galabeya gift box', 'galabeya', 4_600),
  kidsGalabeya: p('GL-KIDS', 'Kids’ galabeya', 'galabeya', 950),
  cotSheets: p('BB-COT', 'Cot sheet set', 'baby', 1_450),
  swaddles: p('BB-SWAD', 'Muslin swaddles, pack of 3', 'baby', 890),
  babyTowel: p('BB-HOOD', 'Baby hooded towel', 'baby', 520),
  giftCard1000: p('GC-1000', 'E-gift card EGP 1,000', 'gift_card', 1_000),
  giftCard2500: p('GC-2500', 'E-gift card EGP 2,500', 'gift_card', 2_500),
  monogram: p('SV-MONO', 'Monogram embroidery', 'service', 250),
  giftBox: p('SV-GIFT', 'Gift box and wrapping', 'service', 150),
} as const;

export type Sku = keyof typeof CATALOGUE;
const C = CATALOGUE;

/** Pounds per unit of each currency at the shop's rate, and the export mark-up. */
const RATE: Readonly<Record<Currency, number>> = { EGP: 1, USD: 50, EUR: 54, GBP: 63, SAR: 13.3, AED: 13.6 };
const EXPORT = 1.4;

/**
 * A home price (piastres) in `currency`'s minor units: x.99 for dollars, euros and pounds, whole fives in the
 * Gulf.
 */
export function priceIn(piastres: number, currency: Currency): number {
  if (currency === 'EGP' || piastres === 0) return piastres;
  const units = (piastres / 100) * (EXPORT / RATE[currency]);
  if (currency === 'SAR' || currency === 'AED') return Math.ceil(units / 5) * 5 * 100;
  return Math.ceil(units) * 100 - 1;
}

/** `quantity` of a product as a basket line, priced in `currency`. */
export const line = (sku: Sku, quantity: number, currency: Currency): BasketLine<Category> => {
  const l = lineOf(C[sku], quantity);
  return { ...l, price: priceIn(l.price, currency) };
};

export type Fulfilment = 'courier' | 'pickup' | 'courier_hub' | 'freight' | 'express_international' | 'email';

export interface Basket {
  lines: BasketLine<Category>[];
  currency: Currency;
  /** Items − discount + shipping, in minor units. */
  amount: number;
  items: number;
  discount: number;
  code?: string;
  shippingFee: number;
}

const itemsTotal = (lines: readonly BasketLine[]) => lines.reduce((s, l) => s + l.price * l.quantity, 0);

/**
 * Shipping as charged: Egyptian courier by zone (free from EGP 3,000), freight, express abroad (free over a
 * threshold).
 */
export function shippingFee(
  f: Fulfilment,
  currency: Currency,
  items: number,
  to: Address | undefined,
  cod: boolean,
): number {
  if (f === 'pickup' || f === 'email') return 0;
  if (f === 'freight') return items >= 5_000_000 ? 0 : to && isGreaterCairo(to) ? 25_000 : 45_000;
  if (f === 'courier' || f === 'courier_hub') {
    // Paid from abroad, the courier fee is charged in the buyer's currency at the export rate.
    const pounds = currency === 'EGP' ? items : Math.round((items * RATE[currency]) / EXPORT);
    const zone = to ? cityOf(to)?.zone : undefined;
    const base = pounds >= 300_000 ? 0 : zone === 'cairo' ? 7_000 : zone === 'delta' ? 9_500 : 12_000;
    return priceIn(base + (cod ? 2_000 : 0), currency);
  }
  const fee: Readonly<Record<Currency, [number, number]>> = {
    SAR: [9_500, 150_000],
    AED: [9_500, 150_000],
    USD: [4_500, 40_000],
    EUR: [3_900, 35_000],
    GBP: [3_500, 30_000],
    EGP: [120_000, 2_000_000],
  };
  const [charge, freeFrom] = fee[currency];
  const gulfUsd = currency === 'USD' && to && (to.country === 'KW' || to.country === 'QA');
  if (gulfUsd) return items >= 40_000 ? 0 : 2_500;
  return items >= freeFrom ? 0 : charge;
}

/** A basket: its lines, a discount code at `percent` %, the shipping fee, and what it all adds up to. */
export function basketOf(
  lines: BasketLine<Category>[],
  currency: Currency,
  f: Fulfilment,
  to: Address | undefined,
  opts: { code?: string; percent?: number; cod?: boolean } = {},
): Basket {
  const items = itemsTotal(lines);
  const discount = opts.code && opts.percent ? Math.round((items * opts.percent) / 100) : 0;
  const fee = shippingFee(f, currency, items - discount, to, opts.cod ?? false);
  return {
    lines,
    currency,
    items,
    discount,
    ...(opts.code && discount > 0 ? { code: opts.code } : {}),
    shippingFee: fee,
    amount: items - discount + fee,
  };
}

/** The everyday things: sheets, towels, robes, galabeyas, baby linen. */
const EVERYDAY: ReadonlyArray<readonly [Sku, number]> = [
  ['sateenKing600', 9],
  ['percaleQueen400', 10],
  ['percaleDouble300', 8],
  ['sateenKing1000', 3],
  ['sateenQueen1000', 2],
  ['fittedSingle', 5],
  ['pillowcases', 9],
  ['duvetQueen', 5],
  ['duvetKing', 4],
  ['bedspread', 2],
  ['bathTowel', 10],
  ['bathSheet', 6],
  ['handTowel', 8],
  ['towelSet', 10],
  ['beachTowel', 1],
  ['terryRobe', 6],
  ['waffleRobe', 5],
  ['kidsRobe', 3],
  ['menGalabeya', 4],
  ['womenGalabeya', 4],
  ['kidsGalabeya', 2],
  ['cotSheets', 2],
  ['swaddles', 2],
  ['babyTowel', 2],
];

/** The luxury end foreign buyers come for. */
const LUXURY: ReadonlyArray<readonly [Sku, number]> = [
  ['sateenKing1000', 10],
  ['sateenQueen1000', 8],
  ['sateenKing600', 9],
  ['percaleQueen400', 6],
  ['duvetKing', 6],
  ['duvetQueen', 4],
  ['pillowcases', 7],
  ['towelSet', 9],
  ['bathSheet', 6],
  ['terryRobe', 6],
  ['monogramRobe', 3],
  ['galabeyaBox', 2],
];

/** Gifts: robes (monogrammed), galabeya boxes, towel sets, bridal duvets, baby sets. */
const GIFTS: ReadonlyArray<readonly [Sku, number]> = [
  ['monogramRobe', 8],
  ['terryRobe', 6],
  ['galabeyaBox', 7],
  ['womenGalabeya', 5],
  ['menGalabeya', 4],
  ['towelSet', 9],
  ['sateenKing600', 5],
  ['bridalDuvet', 2],
  ['cotSheets', 3],
  ['giftCard1000', 3],
];

const draw = (rng: Rng, table: ReadonlyArray<readonly [Sku, number]>): Sku => rng.weightedPick(table);

/** `count` different products from a table, each in a small quantity (towels come in twos and fours). */
function pickLines(
  rng: Rng,
  table: ReadonlyArray<readonly [Sku, number]>,
  count: number,
  currency: Currency,
): BasketLine<Category>[] {
  const chosen = new Map<Sku, number>();
  for (let i = 0; i < count * 3 && chosen.size < count; i++) {
    const sku = draw(rng, table);
    if (chosen.has(sku)) continue;
    const towel = C[sku].category === 'towels' && C[sku].price < 100_000;
    chosen.set(sku, towel ? rng.pick([1, 2, 2, 4, 6]) : rng.chance(0.15) ? 2 : 1);
  }
  return [...chosen].map(([sku, q]) => line(sku, q, currency));
}

export const everydayLines = (rng: Rng, currency: Currency, count?: number) =>
  pickLines(
    rng,
    EVERYDAY,
    count ??
      rng.weightedPick([
        [1, 40],
        [2, 32],
        [3, 18],
        [4, 10],
      ] as const),
    currency,
  );

export const luxuryLines = (rng: Rng, currency: Currency, count?: number) =>
  pickLines(
    rng,
    LUXURY,
    count ??
      rng.weightedPick([
        [1, 35],
        [2, 35],
        [3, 20],
        [4, 10],
      ] as const),
    currency,
  );

/** Gift lines, with monogramming on robes and a gift box per gift. */
export function giftLines(rng: Rng, currency: Currency, gifts = 1): BasketLine<Category>[] {
  const lines = pickLines(rng, GIFTS, gifts, currency);
  const robes = lines.filter((l) => l.sku === C.monogramRobe.sku).reduce((s, l) => s + l.quantity, 0);
  const out = [...lines];
  if (robes > 0) out.push(line('monogram', robes, currency));
  const boxed = lines.filter((l) => l.category !== 'gift_card').reduce((s, l) => s + l.quantity, 0);
  if (boxed > 0 && rng.chance(0.8)) out.push(line('giftBox', boxed, currency));
  return out;
}

/**
 * A trousseau (gehaz): sheet and duvet sets for every bed, a bridal duvet, towels by the dozen, robes for the
 * couple, galabeyas and pillowcases; about 40 to 110 pieces. A share is bought by the family abroad.
 */
export function trousseauLines(rng: Rng, currency: Currency, scale = 1): BasketLine<Category>[] {
  const n = (lo: number, hi: number) => Math.max(1, Math.round(rng.int(lo, hi) * scale));
  const lines: BasketLine<Category>[] = [
    line(rng.chance(0.5) ? 'sateenKing1000' : 'sateenKing600', n(3, 6), currency),
    line('percaleQueen400', n(2, 4), currency),
    line('pillowcases', n(4, 10), currency),
    line('duvetKing', n(1, 3), currency),
    line('bridalDuvet', n(1, 2), currency),
    line('towelSet', n(2, 6), currency),
    line('bathTowel', n(6, 18), currency),
    line('handTowel', n(6, 18), currency),
    line('monogramRobe', 2, currency),
    line('monogram', 2, currency),
  ];
  if (rng.chance(0.7)) lines.push(line('bedspread', n(1, 2), currency));
  if (rng.chance(0.6)) lines.push(line('womenGalabeya', n(2, 6), currency));
  if (rng.chance(0.4)) lines.push(line('menGalabeya', n(1, 3), currency));
  if (rng.chance(0.35)) lines.push(line('faceTowel', n(6, 12), currency));
  if (rng.chance(0.3)) lines.push(line('teaTowels', n(1, 4), currency));
  return lines;
}

/** A hotel's, clinic's or spa's order by the bale, and robes for a spa. */
export function baleLines(rng: Rng, what: 'hotel' | 'clinic' | 'spa'): BasketLine<Category>[] {
  const out: BasketLine<Category>[] = [];
  if (what === 'hotel') {
    out.push(line('bathBale', rng.int(5, 40), 'EGP'), line('handBale', rng.int(3, 25), 'EGP'));
    if (rng.chance(0.6)) out.push(line('poolBale', rng.int(3, 20), 'EGP'));
    if (rng.chance(0.55)) out.push(line('sheetBale', rng.int(4, 30), 'EGP'));
    if (rng.chance(0.35)) out.push(line('spaRobe', rng.int(20, 120), 'EGP'));
  } else if (what === 'clinic') {
    out.push(line('handBale', rng.int(2, 12), 'EGP'));
    if (rng.chance(0.7)) out.push(line('sheetBale', rng.int(2, 10), 'EGP'));
    if (rng.chance(0.3)) out.push(line('fittedSingle', rng.int(10, 40), 'EGP'));
  } else {
    out.push(line('spaRobe', rng.int(15, 60), 'EGP'), line('bathBale', rng.int(3, 12), 'EGP'));
    if (rng.chance(0.6)) out.push(line('handBale', rng.int(2, 8), 'EGP'));
  }
  return out;
}

/**
 * A company's New Year gifts: robes, towel sets or galabeya boxes by the dozen, logo-embroidered and boxed.
 */
export function corporateGiftLines(rng: Rng): BasketLine<Category>[] {
  const sku = rng.weightedPick<Sku>([
    ['monogramRobe', 4],
    ['towelSet', 4],
    ['galabeyaBox', 2],
    ['terryRobe', 2],
  ]);
  const q = rng.int(15, 100);
  const out = [line(sku, q, 'EGP')];
  if (sku === 'monogramRobe' || sku === 'towelSet' || rng.chance(0.4)) out.push(line('monogram', q, 'EGP'));
  out.push(line('giftBox', q, 'EGP'));
  return out;
}

/** A cheap single line, as card testers choose. */
export const cheapestLine = (rng: Rng, currency: Currency): BasketLine<Category> =>
  line(rng.pick<Sku>(['faceTowel', 'faceTowel', 'teaTowels', 'handTowel']), 1, currency);

/** What resells: king sateen sets, robes, towel sets, bales. */
export function resaleLines(rng: Rng, currency: Currency, big: boolean): BasketLine<Category>[] {
  const table: ReadonlyArray<readonly [Sku, number]> = [
    ['sateenKing1000', 8],
    ['sateenQueen1000', 5],
    ['duvetKing', 5],
    ['bridalDuvet', 3],
    ['terryRobe', 5],
    ['monogramRobe', 2],
    ['towelSet', 6],
    ['bathBale', big ? 3 : 0],
    ['galabeyaBox', 2],
  ];
  const lines = pickLines(rng, table, rng.int(2, 4), currency);
  return lines.map((l) => ({ ...l, quantity: l.quantity * rng.int(1, big ? 4 : 2) }));
}

/** E-gift cards, which resell at once. */
export const giftCardLines = (rng: Rng): BasketLine<Category>[] => [
  line(rng.chance(0.7) ? 'giftCard2500' : 'giftCard1000', rng.int(1, 4), 'EGP'),
];
