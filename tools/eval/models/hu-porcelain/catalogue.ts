import { type BasketLine, lineOf, type Product, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { country, type Currency, type Zone } from './places.js';

/**
 * The dealer's catalogue, priced in forints with Hungarian VAT (27 %) as on the shop floor; the site shows the
 * same price list in euros, pounds and dollars at the shop's own December rates, rounded as a price tag is.
 * Parcels leaving the EU are sold without Hungarian VAT (the buyer pays import VAT and duty to the courier).
 * Amounts are in each currency's minor unit (fillér, cents, pence): forint prices are whole forints × 100.
 */

export type Category =
  | 'herend_figurine'
  | 'herend_tableware'
  | 'herend_service'
  | 'zsolnay'
  | 'ajka_crystal'
  | 'ornament'
  | 'antique'
  | 'voucher'
  | 'service';

const p = (sku: string, name: string, category: Category, forints: number): Product<Category> =>
  product(sku, name, category, forints);

/** Prices here are whole forints, VAT included; `priceIn` turns them into a currency's minor units. */
export const FIGURINES = {
  rabbit: p('HF-15526', 'Herend rabbit, Victoria pattern, mini', 'herend_figurine', 34_900),
  birdSmall: p('HF-5193', 'Herend Rothschild bird on branch, small', 'herend_figurine', 58_900),
  owl: p('HF-5331', 'Herend owl, fishnet blue', 'herend_figurine', 64_900),
  frog: p('HF-5707', 'Herend frog on lily pad, Rothschild', 'herend_figurine', 72_900),
  hippo: p('HF-5001', 'Herend hippo, fishnet green', 'herend_figurine', 89_900),
  cat: p('HF-5215', 'Herend cat, fishnet grey', 'herend_figurine', 96_500),
  lion: p('HF-5532', 'Herend lion cub, fishnet gold', 'herend_figurine', 128_000),
  santa: p('HF-15920', 'Herend Santa, Christmas 2026 limited edition', 'herend_figurine', 149_000),
  cherub: p('HF-5402', 'Herend Apponyi cherub with vase', 'herend_figurine', 215_000),
  elephant: p('HF-5888', 'Herend elephant, Rothschild bird, large', 'herend_figurine', 385_000),
  horse: p('HF-5206', 'Herend horse, fishnet black, large', 'herend_figurine', 489_000),
  parrot: p('HF-5634', 'Herend parrot on stand, Rothschild', 'herend_figurine', 540_000),
  pheasants: p('HF-15703', 'Herend pheasant pair, hand-painted', 'herend_figurine', 1_290_000),
} as const;

export const TABLEWARE = {
  bonbon: p('HT-6100', 'Herend Apponyi green bonbonnière', 'herend_tableware', 39_900),
  mug: p('HT-1729', 'Herend Victoria mug', 'herend_tableware', 44_900),
  plate: p('HT-1224', 'Herend Queen Victoria dessert plate', 'herend_tableware', 52_900),
  xmasPlate: p('HT-8002', 'Herend Christmas plate 2026', 'herend_tableware', 64_900),
  teacup: p('HT-704', 'Herend Rothschild Bird teacup and saucer', 'herend_tableware', 68_900),
  dish: p('HT-6413', 'Herend Rothschild Bird oval dish', 'herend_tableware', 142_000),
  coffeePot: p('HT-7460', 'Herend Chinese Bouquet coffee pot', 'herend_tableware', 189_000),
} as const;

export const SERVICES = {
  teaSet: p('HS-RO-T6', 'Herend Rothschild Bird tea set for 6 (15 pieces)', 'herend_service', 1_150_000),
  apponyi: p(
    'HS-AG-D6',
    'Herend Apponyi green dinner service for 6 (24 pieces)',
    'herend_service',
    1_395_000,
  ),
  victoria: p(
    'HS-VBO-D6',
    'Herend Queen Victoria dinner service for 6 (30 pieces)',
    'herend_service',
    2_480_000,
  ),
  bouquet: p(
    'HS-CB-D12',
    'Herend Chinese Bouquet dinner service for 12 (60 pieces)',
    'herend_service',
    4_850_000,
  ),
} as const;

export const ZSOLNAY = {
  mug: p('ZS-PILL-MUG', 'Zsolnay Pillangó mug', 'zsolnay', 11_990),
  girl: p('ZS-FIG-GIRL', 'Zsolnay figurine, girl with doves', 'zsolnay', 32_900),
  owl: p('ZS-EOS-OWL', 'Zsolnay eosin owl', 'zsolnay', 46_900),
  bowl: p('ZS-EOS-BOWL', 'Zsolnay eosin bowl', 'zsolnay', 64_900),
  vaseSmall: p('ZS-EOS-VS', 'Zsolnay eosin vase, small', 'zsolnay', 78_900),
  teaSet: p('ZS-PILL-T6', 'Zsolnay Pillangó tea set for 6', 'zsolnay', 189_000),
  vaseLarge: p('ZS-EOS-VL', 'Zsolnay eosin vase, large, Art Nouveau replica', 'zsolnay', 389_000),
} as const;

export const AJKA = {
  bauble: p('AJ-BAUBLE', 'Ajka crystal bauble', 'ajka_crystal', 7_490),
  shots: p('AJ-SHOT-6', 'Ajka crystal pálinka glasses, set of 6', 'ajka_crystal', 29_900),
  flutes: p('AJ-FLUTE-2', 'Ajka crystal champagne flutes, pair', 'ajka_crystal', 34_900),
  bowl: p('AJ-BOWL', 'Ajka cut-crystal bowl', 'ajka_crystal', 54_900),
  wine: p('AJ-WINE-6', 'Ajka crystal wine glasses, set of 6', 'ajka_crystal', 72_000),
  decanter: p('AJ-DECANT', 'Ajka crystal whisky decanter', 'ajka_crystal', 84_900),
  vase: p('AJ-VASE-CO', 'Ajka crystal vase, coral cased, 30 cm', 'ajka_crystal', 119_000),
} as const;

export const ORNAMENTS = {
  angel: p('OR-ZS-ANGEL', 'Zsolnay angel ornament', 'ornament', 8_990),
  thimble: p('OR-THIMBLE', 'Herend thimble, Rothschild', 'ornament', 9_900),
  star: p('OR-H-STAR', 'Herend porcelain star ornament', 'ornament', 13_900),
  bell: p('OR-H-BELL', 'Herend Christmas bell ornament 2026', 'ornament', 16_900),
} as const;

/** The shop's gift vouchers (ajándékutalvány), e-mailed as a PDF; sold at face value in forints only. */
export const VOUCHERS = [5_000, 10_000, 20_000, 50_000, 100_000, 200_000].map((v) =>
  p(`VO-${v}`, `Gift voucher ${v.toLocaleString('en-US')} Ft`, 'voucher', v),
);

export const GIFT_WRAP = p('GW-CARD', 'Gift wrapping with a handwritten card', 'service', 1_990);

/**
 * A one-off antique from the dealer's cabinet, sold with a certificate of authenticity: a 19th-century Herend
 * or an Art Nouveau Zsolnay piece, priced by the piece.
 */
export function antique(rng: Rng): Product<'antique'> {
  const [name, from, to] = rng.weightedPick<readonly [string, number, number]>([
    [['Herend figurine, 1930s', 280_000, 650_000], 30],
    [['Herend Fischer-era plate, c. 1870', 380_000, 900_000], 20],
    [['Zsolnay Art Nouveau jug, c. 1905', 600_000, 1_400_000], 20],
    [['Herend vase, c. 1890', 1_200_000, 2_600_000], 15],
    [['Zsolnay eosin vase, c. 1900', 2_200_000, 6_500_000], 15],
  ]);
  const price = Math.round(rng.int(from, to) / 10_000) * 10_000;
  return product(
    `AN-${rng.int(1860, 1939)}-${rng.digits(4)}`,
    `Antique: ${name}, with certificate`,
    'antique',
    price,
  );
}

/** The shop's price-list rates for December: forints per unit. */
export const RATES: Readonly<Record<Currency, number>> = { HUF: 1, EUR: 390, GBP: 445, USD: 335 };

/** A forint price in `currency`'s minor unit, ex-VAT when `exVat`, rounded as a price tag (whole, 5s, 10s). */
export function priceIn(forints: number, currency: Currency, exVat: boolean): number {
  const base = exVat ? forints / 1.27 : forints;
  if (currency === 'HUF') return Math.round(base / 10) * 10 * 100;
  const units = base / RATES[currency];
  const rounded =
    units < 60 ? Math.round(units) : units < 1000 ? Math.round(units / 5) * 5 : Math.round(units / 10) * 10;
  return Math.max(1, rounded) * 100;
}

/** What an amount in `currency`'s minor unit is worth in forints on the price list. */
export const inForints = (minor: number, currency: Currency): number => (minor / 100) * RATES[currency];

export type Delivery = 'courier' | 'pickup' | 'email';

/** Discount codes: the Advent newsletter's 10 %, loyal collectors' 5 %, companies' 8 % on ten pieces or more. */
export type Code = 'ADVENT10' | 'TORZS5' | 'CEG8';
const CODE_RATE: Record<Code, number> = { ADVENT10: 0.1, TORZS5: 0.05, CEG8: 0.08 };

export interface Basket {
  lines: BasketLine<Category>[];
  currency: Currency;
  /** Items' total, minor units. */
  subtotal: number;
  code?: Code;
  discount: number;
  shippingFee: number;
  /** Declared-value insurance on a parcel worth more than 400,000 Ft. */
  insuranceFee: number;
  /** The domestic courier's cash-on-delivery handling fee. */
  codFee: number;
  amount: number;
}

/** The courier's fee to `zone` in `currency`'s minor units, free above a threshold (in forints). */
function shippingFee(currency: Currency, zone: Zone, forints: number): number {
  if (currency === 'HUF') {
    if (zone === 'HU') return forints >= 60_000 ? 0 : 2_990 * 100;
    return (zone === 'EU' ? 14_990 : 29_990) * 100;
  }
  const fees: Record<Zone, number> = {
    HU: 15,
    EU: 35,
    CH: 45,
    UK: 45,
    NA: 69,
    GULF: 79,
    ASIA: 85,
    OCEANIA: 95,
    OTHER: 95,
  };
  if (forints >= 390_000 && (zone === 'EU' || zone === 'HU')) return 0;
  return fees[zone] * 100;
}

export interface BasketOptions {
  currency: Currency;
  delivery: Delivery;
  /** Where a courier takes it (country code); the export price applies outside the EU. */
  to?: string;
  code?: Code;
  cod?: boolean;
}

/** Basket lines priced in the order's currency, with shipping, insurance, a code and the COD fee. */
export function basketOf(
  items: ReadonlyArray<readonly [Product<Category>, number]>,
  o: BasketOptions,
): Basket {
  const exVat = o.delivery === 'courier' && o.to !== undefined && !country(o.to).eu;
  const lines = items.map(([prod, qty]) => ({
    ...lineOf(prod, qty),
    price: prod.category === 'voucher' ? prod.price * 100 : priceIn(prod.price, o.currency, exVat),
  }));
  const subtotal = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const eligible = lines
    .filter((l) => l.category !== 'antique' && l.category !== 'voucher' && l.category !== 'service')
    .reduce((s, l) => s + l.price * l.quantity, 0);
  const discount = o.code ? Math.round((eligible * CODE_RATE[o.code]) / 100) * 100 : 0;
  const forints = inForints(subtotal, o.currency);
  const zone = o.to ? country(o.to).zone : 'HU';
  const shipping = o.delivery === 'courier' ? shippingFee(o.currency, zone, forints) : 0;
  const insurance =
    o.delivery === 'courier' && forints > 400_000 ? Math.round((subtotal * 0.006) / 100) * 100 : 0;
  const codFee = o.cod ? 990 * 100 : 0;
  return {
    lines,
    currency: o.currency,
    subtotal,
    ...(o.code && discount > 0 ? { code: o.code } : {}),
    discount: o.code ? discount : 0,
    shippingFee: shipping,
    insuranceFee: insurance,
    codFee,
    amount: subtotal - (o.code ? discount : 0) + shipping + insurance + codFee,
  };
}

/** Draws `n` distinct products from weighted `[product, weight]` entries. */
export function pickProducts(
  rng: Rng,
  entries: ReadonlyArray<readonly [Product<Category>, number]>,
  n: number,
): Product<Category>[] {
  const out: Product<Category>[] = [];
  for (let i = 0; i < n * 4 && out.length < n; i++) {
    const next = rng.weightedPick(entries);
    if (!out.includes(next)) out.push(next);
  }
  return out;
}

const F = FIGURINES;
const T = TABLEWARE;
const Z = ZSOLNAY;
const A = AJKA;
const O = ORNAMENTS;

/** Christmas presents at home: small Herend animals and mugs, Zsolnay, Ajka sets, ornaments. */
export const GIFTS: ReadonlyArray<readonly [Product<Category>, number]> = [
  [F.rabbit, 8],
  [F.birdSmall, 7],
  [F.owl, 6],
  [F.frog, 4],
  [F.hippo, 4],
  [F.cat, 3],
  [F.santa, 3],
  [T.bonbon, 7],
  [T.mug, 9],
  [T.plate, 3],
  [T.xmasPlate, 5],
  [T.teacup, 6],
  [Z.mug, 8],
  [Z.girl, 5],
  [Z.owl, 5],
  [Z.bowl, 3],
  [Z.vaseSmall, 4],
  [A.shots, 6],
  [A.flutes, 6],
  [A.bowl, 3],
  [A.wine, 5],
  [A.decanter, 4],
  [A.vase, 2],
  [O.angel, 5],
  [O.thimble, 3],
  [O.star, 5],
  [O.bell, 7],
];

/** What collectors add to a cabinet: larger Herend pieces, limited editions, eosin, serving pieces. */
export const COLLECTIBLES: ReadonlyArray<readonly [Product<Category>, number]> = [
  [F.hippo, 4],
  [F.cat, 4],
  [F.lion, 6],
  [F.santa, 7],
  [F.cherub, 5],
  [F.elephant, 5],
  [F.horse, 4],
  [F.parrot, 3],
  [F.pheasants, 1],
  [T.teacup, 6],
  [T.dish, 4],
  [T.coffeePot, 3],
  [T.xmasPlate, 6],
  [Z.vaseSmall, 4],
  [Z.vaseLarge, 4],
  [Z.teaSet, 2],
  [A.vase, 3],
];

/** What sells on quickly second-hand: famous-name figurines, large eosin, services, coral vases. */
export const RESALEABLE: ReadonlyArray<readonly [Product<Category>, number]> = [
  [F.lion, 5],
  [F.santa, 4],
  [F.cherub, 5],
  [F.elephant, 7],
  [F.horse, 7],
  [F.parrot, 6],
  [F.pheasants, 2],
  [F.cat, 3],
  [F.hippo, 3],
  [T.coffeePot, 3],
  [T.dish, 3],
  [Z.vaseLarge, 6],
  [Z.teaSet, 2],
  [A.vase, 3],
  [SERVICES.teaSet, 1],
  [SERVICES.apponyi, 1],
];

/** Companies' protocol gifts, bought by the dozen. */
export const CORPORATE: ReadonlyArray<readonly [Product<Category>, number]> = [
  [T.bonbon, 8],
  [F.birdSmall, 6],
  [F.rabbit, 4],
  [T.xmasPlate, 5],
  [T.mug, 5],
  [Z.owl, 5],
  [A.decanter, 5],
  [A.flutes, 4],
  [O.bell, 4],
];

/** The cheapest things on the site, where stolen card numbers are tried. */
export const CHEAPEST: ReadonlyArray<readonly [Product<Category>, number]> = [
  [O.angel, 3],
  [O.thimble, 3],
  [A.bauble, 4],
  [VOUCHERS[0] as Product<Category>, 6],
  [Z.mug, 2],
];

export const voucherOf = (forints: number): Product<Category> =>
  VOUCHERS.find((v) => v.price === forints) ?? (VOUCHERS[0] as Product<Category>);
