import { type BasketLine } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * What the store sells, in yen (tax included; the yen has no minor unit, so ¥5,400 is `5400`), and what a
 * basket costs with shipping and the payment fee.
 */

export type Category =
  | 'booster_box'
  | 'sealed_vintage'
  | 'single_card'
  | 'supplies'
  | 'figure'
  | 'figure_preorder'
  | 'model_kit'
  | 'lottery_item'
  | 'goods';

export interface Product {
  sku: string;
  name: string;
  category: Category;
  price: number;
  /** Per customer, where the store limits it. */
  limit?: number;
  /** Parcel weight class for overseas postage: 1 an envelope … 4 a big box. */
  size: 1 | 2 | 3 | 4;
}

const p = (
  sku: string,
  name: string,
  category: Category,
  price: number,
  size: Product['size'],
  limit?: number,
) => ({ sku, name, category, price, size, ...(limit ? { limit } : {}) }) as Product;

export const PRODUCTS: readonly Product[] = [
  p('PKM-BOX-NEW', 'Pokémon Card Game booster box, new expansion (30 packs)', 'booster_box', 5_400, 2, 1),
  p('OPC-BOX-NEW', 'ONE PIECE Card Game booster box, new set (24 packs)', 'booster_box', 5_280, 2, 1),
  p('PKM-BOX-HC', 'Pokémon Card Game high-class pack box (10 packs)', 'booster_box', 5_500, 2, 2),
  p('YGO-BOX-CUR', 'Yu-Gi-Oh! OCG booster box, current set', 'booster_box', 4_950, 2, 3),
  p('DM-BOX-CUR', 'Duel Masters booster box, current set', 'booster_box', 5_280, 2, 3),
  p('PKM-BOX-23', 'Pokémon Card Game booster box, 2023 set (shrink-wrapped)', 'sealed_vintage', 18_800, 2),
  p('PKM-BOX-16', 'Pokémon Card Game booster box, 2016 set (sealed)', 'sealed_vintage', 128_000, 2),
  p('OPC-BOX-R1', 'ONE PIECE Card Game first set booster box (sealed)', 'sealed_vintage', 64_800, 2),
  p('SGL-PKM-SAR', 'Single: Pokémon special art rare, graded 10', 'single_card', 48_000, 1),
  p('SGL-PKM-AR', 'Single: Pokémon art rare', 'single_card', 1_280, 1),
  p('SGL-PKM-C', 'Single: Pokémon common / uncommon', 'single_card', 30, 1),
  p('SGL-OPC-SEC', 'Single: ONE PIECE secret rare', 'single_card', 9_800, 1),
  p('SGL-OPC-R', 'Single: ONE PIECE rare', 'single_card', 150, 1),
  p('SGL-YGO-QCSE', 'Single: Yu-Gi-Oh! quarter century secret rare', 'single_card', 22_000, 1),
  p('SGL-YGO-N', 'Single: Yu-Gi-Oh! normal', 'single_card', 50, 1),
  p('SUP-SLV', 'Card sleeves, 64', 'supplies', 550, 1),
  p('SUP-TL', 'Top loaders, 25', 'supplies', 440, 1),
  p('SUP-DBX', 'Deck box', 'supplies', 1_320, 1),
  p('SUP-MAT', 'Rubber playmat', 'supplies', 3_300, 2),
  p('SUP-BND', '9-pocket binder', 'supplies', 2_750, 2),
  p('FIG-NEN', 'Nendoroid (in stock)', 'figure', 6_800, 2),
  p('FIG-PUP', 'Pop Up Parade figure', 'figure', 4_900, 2),
  p('FIG-PRZ', 'Prize figure', 'figure', 2_800, 2),
  p('FIG-FMA', 'figma action figure', 'figure', 9_900, 2),
  p('FIG-SCL', '1/7 scale figure (in stock)', 'figure', 24_800, 3),
  p(
    'FIG-PRE',
    '1/7 scale figure, limited edition pre-order (ships November)',
    'figure_preorder',
    32_500,
    3,
    1,
  ),
  p('FIG-PRE-B', '1/4 bunny scale figure pre-order (ships January)', 'figure_preorder', 46_200, 4, 1),
  p('KIT-HG', 'Gunpla HG 1/144', 'model_kit', 1_980, 2),
  p('KIT-RG', 'Gunpla RG 1/144', 'model_kit', 3_850, 2),
  p('KIT-MG', 'Gunpla MG 1/100', 'model_kit', 6_600, 3),
  p('KIT-PG', 'Gunpla PG Unleashed 1/60', 'model_kit', 29_700, 4, 1),
  p('KIT-30MM', '30 Minutes Missions kit', 'model_kit', 1_100, 1),
  p('KIT-TOOL', 'Nipper and panel-line marker set', 'model_kit', 3_300, 1),
  p('LOT-FIG', 'Lottery sale: anniversary figure (winners only)', 'lottery_item', 19_800, 3, 1),
  p('LOT-BOX', 'Lottery sale: premium collection box (winners only)', 'lottery_item', 16_500, 2, 1),
  p('GDS-ACR', 'Acrylic stand', 'goods', 1_650, 1),
  p('GDS-BLIND', 'Blind-box can badge', 'goods', 660, 1),
  p('GDS-PLUSH', 'Character plush', 'goods', 3_080, 2),
];

export const bySku = (sku: string): Product => {
  const found = PRODUCTS.find((x) => x.sku === sku);
  if (!found) throw new Error(`no product ${sku}`);
  return found;
};
export const inCategory = (c: Category): Product[] => PRODUCTS.filter((x) => x.category === c);

export type Line = BasketLine<Category>;
export const line = (pr: Product, quantity = 1): Line => ({
  sku: pr.sku,
  name: pr.name,
  category: pr.category,
  quantity,
  price: pr.price,
});

export type ShipMethod = 'yamato' | 'sagawa' | 'nekopos' | 'konbini_pickup' | 'ems' | 'epacket' | 'dhl';

export interface Basket {
  lines: Line[];
  /** Postage. */
  shipping: number;
  /** Payment fee: konbini ¥220, cash on delivery ¥330 to ¥660. */
  fee: number;
  discount: number;
  amount: number;
  currency: 'JPY';
}

/** EMS zones from Japan (March 2027 rates, rounded): Asia, Oceania/North America/Europe, the rest. */
const EMS_ZONE: Record<string, number> = {
  SG: 1,
  MY: 1,
  PH: 1,
  TH: 1,
  ID: 1,
  HK: 1,
  TW: 1,
  KR: 1,
  CN: 1,
  VN: 1,
};

/** Postage for a basket: domestic flat rates (free from ¥11,000), EMS or ePacket by zone and size abroad. */
export function postage(lines: readonly Line[], country: string, method: ShipMethod): number {
  const subtotal = lines.reduce((a, l) => a + l.price * l.quantity, 0);
  const size = lines.reduce((a, l) => a + bySku(l.sku).size * l.quantity, 0);
  if (country === 'JP') {
    if (method === 'nekopos') return 385;
    if (subtotal >= 11_000) return 0;
    return method === 'konbini_pickup' ? 660 : 880;
  }
  const zone = EMS_ZONE[country] ?? 2;
  if (method === 'epacket') return zone === 1 ? 1_200 : 1_600;
  const base = zone === 1 ? 2_900 : 4_400;
  const ems = base + Math.max(0, size - 1) * (zone === 1 ? 700 : 1_350);
  return method === 'dhl' ? Math.round(ems * 1.6) : ems;
}

/** Lines, postage, fee and discount into a basket. */
export function basketOf(lines: Line[], shipping: number, fee = 0, discount = 0): Basket {
  const items = lines.reduce((a, l) => a + l.price * l.quantity, 0);
  return { lines, shipping, fee, discount, amount: items + shipping + fee - discount, currency: 'JPY' };
}

/** A few everyday items: supplies, singles, a kit or a figure. */
export function everyday(rng: Rng): Line[] {
  const lines: Line[] = [];
  const n = rng.weightedPick([
    [1, 4],
    [2, 3],
    [3, 2],
    [5, 1],
  ] as const);
  for (let i = 0; i < n; i++) {
    const c = rng.weighted({
      single_card: 4,
      supplies: 3,
      model_kit: 3,
      figure: 2,
      goods: 2,
      booster_box: 1,
    });
    const pr = rng.pick(inCategory(c).filter((x) => !x.limit || x.limit > 1));
    const existing = lines.find((l) => l.sku === pr.sku);
    if (existing) existing.quantity += 1;
    else lines.push(line(pr, pr.category === 'single_card' && pr.price < 500 ? rng.int(1, 8) : 1));
  }
  return lines;
}
