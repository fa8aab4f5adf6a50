import { type BasketLine } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * What the shop sells, with its lari price (tetri); export prices in euros and dollars are the shop's own list
 * (about 0.38 € and 0.42 $ per lari, .90 and .99 endings). Shipping: the Tbilisi van is 7 ₾ (free from 150 ₾),
 * couriers elsewhere in Georgia 10 ₾ (free from 300 ₾), DHL 29 € / 35 $ a parcel of up to six bottles and
 * 12 € / 15 $ each further six, pallets by freight 380 € / 420 $, the winery pickup nothing.
 */

export type Category = 'wine' | 'chacha' | 'churchkhela' | 'honey' | 'qvevri_ware' | 'gift_set' | 'tasting';
export type Currency = 'GEL' | 'EUR' | 'USD';
export type Fulfilment = 'van_tbilisi' | 'courier_georgia' | 'dhl' | 'freight' | 'winery_pickup';

export interface Item {
  sku: string;
  name: string;
  category: Category;
  /** Lari, whole. */
  gel: number;
  /** Bottles it counts as for shipping. */
  bottles: number;
}

const i = (sku: string, name: string, category: Category, gel: number, bottles = 0): Item => ({
  sku,
  name,
  category,
  gel,
  bottles,
});

export const WINES: readonly Item[] = [
  i('SAP-Q24', 'Saperavi qvevri 2024, 0.75 l', 'wine', 45, 1),
  i('SAP-R21', 'Saperavi reserve qvevri 2021, 0.75 l', 'wine', 85, 1),
  i('SAP-MAG', 'Saperavi qvevri 2022, magnum 1.5 l', 'wine', 180, 2),
  i('RKA-Q24', 'Rkatsiteli amber qvevri 2024, 0.75 l', 'wine', 40, 1),
  i('KIS-Q23', 'Kisi amber qvevri 2023, 0.75 l', 'wine', 55, 1),
  i('MTS-Q24', 'Mtsvane qvevri 2024, 0.75 l', 'wine', 48, 1),
  i('MIX-6', 'Qvevri mixed case, six bottles', 'wine', 260, 6),
  i('SAP-12', 'Saperavi qvevri 2024, case of twelve (trade)', 'wine', 432, 12),
  i('RKA-12', 'Rkatsiteli amber qvevri 2024, case of twelve (trade)', 'wine', 384, 12),
];

export const CHACHA: readonly Item[] = [
  i('CHA-05', 'Grape chacha, 0.5 l', 'chacha', 35, 1),
  i('CHA-OAK', 'Oak-aged chacha, 0.7 l', 'chacha', 90, 1),
  i('CHA-JUG', 'Chacha in a clay jug, 0.5 l', 'chacha', 140, 1),
];

export const SWEETS: readonly Item[] = [
  i('CHU-1', 'Churchkhela, walnut, one', 'churchkhela', 5),
  i('CHU-10', 'Churchkhela box of ten (walnut, hazelnut)', 'churchkhela', 45),
  i('HON-ACA', 'Kakheti acacia honey, 500 g', 'honey', 25),
  i('HON-CHE', 'Chestnut honey, 500 g', 'honey', 30),
  i('HON-TUS', 'Tusheti mountain honey, 500 g', 'honey', 45),
];

export const WARE: readonly Item[] = [
  i('DOK-1', 'Clay wine jug (doki), 1 l', 'qvevri_ware', 60),
  i('PIA-6', 'Clay drinking bowls (piala), six', 'qvevri_ware', 40),
  i('DEC-Q', 'Glazed qvevri decanter', 'qvevri_ware', 95),
  i('QVE-60', 'Decorative qvevri, 60 cm', 'qvevri_ware', 150),
  i('QVE-300', 'Garden qvevri for home winemaking, 300 l', 'qvevri_ware', 1900),
  i('KAN-1', 'Silver-rimmed drinking horn (kantsi)', 'qvevri_ware', 120),
];

export const GIFTS: readonly Item[] = [
  i('GFT-MAR', 'Marani gift set: doki, two qvevri wines, churchkhela', 'gift_set', 220, 2),
  i('GFT-SUP', 'Supra box: three wines, chacha, honey, churchkhela', 'gift_set', 330, 4),
  i('GFT-CHA', 'Chacha and churchkhela gift box', 'gift_set', 75, 1),
];

export const TASTING = i(
  'TST-RTV',
  'Rtveli day at the winery: harvest, lunch, qvevri tasting',
  'tasting',
  60,
);

/** An item's price in a currency's minor unit. */
export function priceOf(item: Item, currency: Currency): number {
  if (currency === 'GEL') return item.gel * 100;
  if (currency === 'EUR') return Math.max(1, Math.round(item.gel * 0.38)) * 100 - 10;
  return Math.max(1, Math.round(item.gel * 0.42)) * 100 - 1;
}

export interface Basket {
  lines: BasketLine<Category>[];
  currency: Currency;
  subtotal: number;
  shippingFee: number;
  discount: number;
  code?: string;
  amount: number;
}

export function shippingFee(f: Fulfilment, currency: Currency, subtotal: number, bottles: number): number {
  switch (f) {
    case 'van_tbilisi':
      return subtotal >= 15_000 ? 0 : 700;
    case 'courier_georgia':
      return subtotal >= 30_000 ? 0 : 1000;
    case 'winery_pickup':
      return 0;
    case 'dhl': {
      const extra = Math.max(0, Math.ceil(bottles / 6) - 1);
      return currency === 'USD' ? 3500 + 1500 * extra : 2900 + 1200 * extra;
    }
    case 'freight':
      return currency === 'USD' ? 42_000 : 38_000;
  }
}

/** A basket of `picks` (item, quantity) in `currency`, with its shipping and any discount code. */
export function basketOf(
  picks: ReadonlyArray<readonly [Item, number]>,
  currency: Currency,
  f: Fulfilment,
  code?: { code: string; percent: number },
): Basket {
  const merged = new Map<string, [Item, number]>();
  for (const [item, q] of picks) {
    const had = merged.get(item.sku);
    merged.set(item.sku, [item, (had?.[1] ?? 0) + q]);
  }
  const lines = [...merged.values()].map(([item, quantity]) => ({
    sku: item.sku,
    name: item.name,
    category: item.category,
    quantity,
    price: priceOf(item, currency),
  }));
  const subtotal = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const bottles = [...merged.values()].reduce((s, [item, q]) => s + item.bottles * q, 0);
  const fee = shippingFee(f, currency, subtotal, bottles);
  const discount = code ? Math.round((subtotal * code.percent) / 100) : 0;
  return {
    lines,
    currency,
    subtotal,
    shippingFee: fee,
    discount,
    ...(code ? { code: code.code } : {}),
    amount: subtotal - discount + fee,
  };
}

/** A household's basket: a few wines, often chacha, churchkhela or honey, sometimes a piece of clay. */
export function householdPicks(rng: Rng, size: 'small' | 'usual' | 'big' = 'usual'): Array<[Item, number]> {
  const picks: Array<[Item, number]> = [];
  const wines = size === 'small' ? rng.int(0, 2) : size === 'big' ? rng.int(3, 6) : rng.int(1, 4);
  for (let k = 0; k < wines; k++)
    picks.push([rng.pick(WINES.slice(0, 6)), rng.int(1, size === 'big' ? 6 : 3)]);
  if (rng.chance(size === 'big' ? 0.5 : 0.2)) picks.push([WINES[6] as Item, 1]);
  if (rng.chance(0.4)) picks.push([rng.pick(CHACHA), 1]);
  if (rng.chance(0.45)) picks.push([rng.pick(SWEETS), rng.int(1, 3)]);
  if (rng.chance(size === 'big' ? 0.35 : 0.12)) picks.push([rng.pick(WARE.slice(0, 4)), 1]);
  if (picks.length === 0) picks.push([rng.pick(SWEETS), rng.int(2, 4)]);
  return picks;
}

/** A gift: a gift set, or a doki and wine, with churchkhela. */
export function giftPicks(rng: Rng): Array<[Item, number]> {
  const picks: Array<[Item, number]> = [[rng.pick(GIFTS), rng.int(1, 2)]];
  if (rng.chance(0.4)) picks.push([rng.pick(WINES.slice(0, 6)), rng.int(1, 3)]);
  if (rng.chance(0.5)) picks.push([SWEETS[1] as Item, rng.int(1, 2)]);
  if (rng.chance(0.25)) picks.push([rng.pick(CHACHA), 1]);
  return picks;
}
