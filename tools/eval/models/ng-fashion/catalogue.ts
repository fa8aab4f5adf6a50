import { type Address, type BasketLine, DAY, lineOf, type Product, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { DECEMBER, SALE } from './calendar.js';

/**
 * What the shop sells, in kobo (₦1 = 100 kobo): its own ready-to-wear, aso-ebi fabric (lace, George, aso-oke,
 * Ankara, sold by the piece of five or six yards), human-hair and synthetic wigs, sneakers, fragrances (designer
 * and the Gulf houses Lagos loves) and beauty. Wigs, sneakers and designer fragrance are imported and repriced
 * as the naira moves (`NairaIndex`); fabric and the shop's own clothes keep their price. Delivery fees by city
 * and service, the international courier by destination; discount codes for the sale, December, first orders,
 * aso-ebi bulk and resellers.
 */

export type Category =
  'ready_to_wear' | 'aso_ebi' | 'wigs' | 'sneakers' | 'fragrance' | 'beauty' | 'accessories';

const N = (naira: number): number => naira * 100;

type Shelf = ReadonlyArray<readonly [Product<Category>, number]>;

export const READY_TO_WEAR: Shelf = [
  [product('RTW-ADI-01', 'Adire midi dress', 'ready_to_wear', N(38_500)), 14],
  [product('RTW-ANK-02', 'Ankara wrap dress', 'ready_to_wear', N(29_900)), 14],
  [product('RTW-BUB-03', 'Silk bubu kaftan', 'ready_to_wear', N(65_000)), 10],
  [product('RTW-AGB-04', "Men's embroidered agbada set", 'ready_to_wear', N(145_000)), 6],
  [product('RTW-SEN-05', "Men's senator two-piece", 'ready_to_wear', N(78_000)), 10],
  [product('RTW-CRS-06', 'Corset owambe gown', 'ready_to_wear', N(185_000)), 6],
  [product('RTW-KFT-07', "Men's kaftan", 'ready_to_wear', N(55_000)), 9],
  [product('RTW-TEE-08', 'Lagos graphic tee', 'ready_to_wear', N(14_500)), 10],
  [product('RTW-PLZ-09', 'Two-piece palazzo set', 'ready_to_wear', N(42_000)), 9],
];

export const ASO_EBI: Shelf = [
  [product('ASO-LAC-5Y', 'French lace, 5 yards', 'aso_ebi', N(68_000)), 16],
  [product('ASO-COR-5Y', 'Cord lace, 5 yards', 'aso_ebi', N(125_000)), 8],
  [product('ASO-SEQ-5Y', 'Sequin net lace, 5 yards', 'aso_ebi', N(95_000)), 10],
  [product('ASO-GEO-6Y', 'George wrapper, 6 yards', 'aso_ebi', N(85_000)), 9],
  [product('ASO-OKE-SET', 'Aso-oke set (gele, ipele, iro)', 'aso_ebi', N(120_000)), 8],
  [product('ASO-ANK-6Y', 'Ankara Hollandais, 6 yards', 'aso_ebi', N(36_000)), 14],
  [product('ASO-DMK-5Y', 'Damask brocade, 5 yards', 'aso_ebi', N(48_000)), 8],
];
export const GELE = product('ASO-GEL-01', 'Ready-tied auto-gele', 'accessories', N(18_500));

export const WIGS: Shelf = [
  [product('WIG-BST-16', 'Bone straight wig, 16-inch human hair', 'wigs', N(265_000)), 12],
  [product('WIG-BST-22', 'Bone straight wig, 22-inch human hair', 'wigs', N(420_000)), 8],
  [product('WIG-PXC-14', 'Pixie curl wig', 'wigs', N(95_000)), 10],
  [product('WIG-FRT-20', '13x4 frontal body wave wig, 20-inch', 'wigs', N(340_000)), 8],
  [product('WIG-DDR-26', 'Double-drawn raw hair wig, 26-inch', 'wigs', N(680_000)), 4],
  [product('WIG-BOB-10', 'Bob closure wig, 10-inch', 'wigs', N(120_000)), 10],
  [product('WIG-SYN-18', 'Synthetic braid wig', 'wigs', N(45_000)), 10],
];

export const SNEAKERS: Shelf = [
  [product('SNK-AF1-07', "Nike Air Force 1 '07, white", 'sneakers', N(165_000)), 14],
  [product('SNK-AJ4-RT', 'Air Jordan 4 Retro', 'sneakers', N(395_000)), 6],
  [product('SNK-SMB-OG', 'adidas Samba OG', 'sneakers', N(155_000)), 12],
  [product('SNK-NB-550', 'New Balance 550', 'sneakers', N(175_000)), 8],
  [product('SNK-DNK-LP', 'Nike Dunk Low Panda', 'sneakers', N(185_000)), 10],
  [product('SNK-SLD-01', 'Foam slides', 'sneakers', N(45_000)), 8],
];

export const FRAGRANCE: Shelf = [
  [product('FRG-BR5-70', 'Baccarat Rouge 540 EDP 70 ml', 'fragrance', N(485_000)), 5],
  [product('FRG-SAV-100', 'Dior Sauvage EDP 100 ml', 'fragrance', N(235_000)), 8],
  [product('FRG-LCH-50', 'Tom Ford Lost Cherry 50 ml', 'fragrance', N(520_000)), 3],
  [product('FRG-KHM-100', 'Lattafa Khamrah EDP 100 ml', 'fragrance', N(42_000)), 16],
  [product('FRG-ASD-100', 'Lattafa Asad EDP 100 ml', 'fragrance', N(35_000)), 12],
  [product('FRG-OUD-OIL', 'Oud perfume oil 12 ml', 'fragrance', N(18_000)), 8],
  [product('FRG-GFT-SET', 'Fragrance gift set (three minis)', 'fragrance', N(65_000)), 9],
  [product('FRG-MST-250', 'Body mist 250 ml', 'fragrance', N(8_500)), 12],
];

export const BEAUTY: Shelf = [
  [product('BTY-LPG-01', 'Lip gloss', 'beauty', N(4_500)), 14],
  [product('BTY-FDN-DP', 'Foundation, deep shades', 'beauty', N(24_000)), 10],
  [product('BTY-PWD-01', 'Setting powder', 'beauty', N(16_500)), 9],
  [product('BTY-SHE-01', 'Raw shea butter body cream', 'beauty', N(9_500)), 10],
  [product('BTY-BSP-03', 'African black soap, set of three', 'beauty', N(7_000)), 9],
  [product('BTY-LSH-01', 'Mink lashes', 'beauty', N(5_500)), 10],
  [product('BTY-BNT-01', 'Satin hair bonnet', 'beauty', N(3_500)), 10],
  [product('BTY-SKN-SET', 'Glow skincare set', 'beauty', N(58_000)), 5],
];

export const ACCESSORIES: Shelf = [
  [product('ACC-CLT-01', 'Beaded clutch purse', 'accessories', N(28_000)), 12],
  [product('ACC-CRL-01', 'Coral bead necklace set', 'accessories', N(75_000)), 6],
  [product('ACC-FAN-01', 'Owambe hand fan', 'accessories', N(6_500)), 12],
  [product('ACC-FIL-01', "Men's fila cap", 'accessories', N(12_000)), 10],
  [GELE, 12],
];

export const SHELVES: Record<Category, Shelf> = {
  ready_to_wear: READY_TO_WEAR,
  aso_ebi: ASO_EBI,
  wigs: WIGS,
  sneakers: SNEAKERS,
  fragrance: FRAGRANCE,
  beauty: BEAUTY,
  accessories: ACCESSORIES,
};

/** A product by its SKU. */
export function bySku(sku: string): Product<Category> {
  for (const shelf of Object.values(SHELVES)) {
    const found = shelf.find(([p]) => p.sku === sku);
    if (found) return found[0];
  }
  throw new Error(`no product ${sku}`);
}

/** The cheapest items, where card testers go. */
export const CHEAPEST: readonly Product<Category>[] = [
  'BTY-LPG-01',
  'BTY-BNT-01',
  'BTY-LSH-01',
  'FRG-MST-250',
  'ACC-FAN-01',
].map(bySku);

/** What the naira costs against the dollar, relative to the window's first day: the imported lines follow it. */
export type NairaIndex = (t: number) => number;

/**
 * A random walk per day, drifting weaker (the naira slides a little most weeks), with one sharper slip that
 * the importers pass on within days; drawn per seed.
 */
export function nairaIndex(rng: Rng, start: number, end: number): NairaIndex {
  const days = Math.max(1, Math.ceil((end - start) / DAY) + 1);
  const slip = rng.int(0, days - 1);
  const slipSize = rng.float(0.03, 0.07);
  const levels: number[] = [];
  let level = 1;
  for (let d = 0; d < days; d++) {
    levels.push(level);
    level *= 1 + 0.0012 + 0.004 * rng.normal() + (d === slip ? slipSize : 0);
  }
  return (t) => levels[Math.min(days - 1, Math.max(0, Math.floor((t - start) / DAY)))] ?? 1;
}

const IMPORTED = new Set<Category>(['wigs', 'sneakers', 'fragrance']);

/** The product's price at `t`: imported lines repriced by the naira, rounded to ₦500. */
export function priced(p: Product<Category>, t: number, naira: NairaIndex): Product<Category> {
  if (!IMPORTED.has(p.category) || p.price < N(20_000)) return p;
  return { ...p, price: Math.round((p.price * naira(t)) / N(500)) * N(500) };
}

export const pick = (rng: Rng, shelf: Shelf): Product<Category> => rng.weightedPick(shelf);

/** A line of `quantity` of a product, priced at `t`. */
export const line = (
  p: Product<Category>,
  t: number,
  naira: NairaIndex,
  quantity = 1,
): BasketLine<Category> => lineOf(priced(p, t, naira), quantity);

export type Fulfilment = 'standard' | 'express' | 'same_day' | 'pickup' | 'hub_pickup' | 'international';

const STANDARD: Record<string, number> = {
  Lagos: 3_500,
  Ibadan: 4_500,
  Abuja: 6_000,
  'Port Harcourt': 6_500,
  Kano: 8_000,
};
const INTERNATIONAL: Record<string, number> = {
  GH: 42_000,
  GB: 78_000,
  US: 95_000,
  CA: 105_000,
  RU: 135_000,
  BY: 135_000,
};

/** Free standard delivery in Nigeria from ₦150,000, from ₦100,000 in the sale. */
function freeFrom(t: number): number {
  return t >= SALE.from && t < SALE.to ? N(100_000) : N(150_000);
}

/** The delivery fee for the fulfilment, destination, basket and date. */
export function shippingFee(
  f: Fulfilment,
  to: Address | undefined,
  subtotal: number,
  pieces: number,
  t: number,
): number {
  const bulk = N(2_000) * Math.floor(pieces / 10);
  if (f === 'pickup') return 0;
  if (f === 'international') {
    const base = INTERNATIONAL[to?.country ?? 'GB'] ?? 95_000;
    return N(base) * (1 + 0.5 * Math.floor(Math.max(0, pieces - 1) / 4));
  }
  const cityName = to?.city ?? 'Lagos';
  if (f === 'hub_pickup') return N(cityName === 'Lagos' ? 3_000 : 4_000) + bulk;
  if (f === 'same_day') return N(cityName === 'Lagos' ? 7_500 : 8_000) + bulk;
  if (f === 'express') return N(cityName === 'Lagos' ? 5_500 : 9_500) + bulk;
  if (subtotal >= freeFrom(t)) return bulk;
  return N(STANDARD[cityName] ?? 6_000) + bulk;
}

export interface Code {
  code: string;
  rate: number;
  /** The most it takes off, kobo. */
  cap: number;
}

export const CODES = {
  blackFriday: { code: 'BLACKFRIDAY15', rate: 0.15, cap: N(75_000) },
  december: { code: 'DETTYDEC', rate: 0.1, cap: N(50_000) },
  welcome: { code: 'WELCOME10', rate: 0.1, cap: N(20_000) },
  asoEbi: { code: 'ASOEBI5', rate: 0.05, cap: N(400_000) },
  vendor: { code: 'VENDOR8', rate: 0.08, cap: N(300_000) },
} as const satisfies Record<string, Code>;

/** The seasonal code a shopper might use at `t`: the sale's, December's, or none. */
export function seasonalCode(t: number): Code | undefined {
  if (t >= SALE.from && t < SALE.to) return CODES.blackFriday;
  if (t >= DECEMBER) return CODES.december;
  return undefined;
}

export interface Basket {
  lines: BasketLine<Category>[];
  subtotal: number;
  code?: string;
  discount: number;
  shippingFee: number;
  amount: number;
  currency: 'NGN';
}

/** The basket's money: subtotal, the code's discount (to the naira), delivery, total. */
export function basketOf(
  lines: BasketLine<Category>[],
  o: { code?: Code | undefined; fulfilment: Fulfilment; to: Address | undefined; t: number },
): Basket {
  const subtotal = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const pieces = lines.reduce((s, l) => s + l.quantity, 0);
  const discount = o.code ? Math.min(o.code.cap, Math.round((subtotal * o.code.rate) / 100) * 100) : 0;
  const fee = shippingFee(o.fulfilment, o.to, subtotal, pieces, o.t);
  return {
    lines,
    subtotal,
    ...(o.code ? { code: o.code.code } : {}),
    discount,
    shippingFee: fee,
    amount: subtotal - discount + fee,
    currency: 'NGN',
  };
}
