import { type BasketLine, lineOf, type Product, product } from '../kit/purchase.js';
import { PRICE_RISE } from './calendar.js';
import { isAmba } from './places.js';

/**
 * What the store sells, in pesos at home (June 2026 prices, VAT included) and in US dollars abroad (euros are
 * derived from dollars). Wine, thermoses and knives are only delivered in Argentina; dulce de leche does not go
 * to the EU (dairy). Prices are in minor units: centavos, cents.
 */

export type Category =
  'yerba' | 'mate' | 'bombilla' | 'matero' | 'wine' | 'alfajores' | 'dulce_de_leche' | 'leather' | 'gift_box';
export type Currency = 'ARS' | 'USD' | 'EUR';
/** Where an item may be sent: anywhere, only within Argentina, or anywhere but the EU. */
export type Reach = 'world' | 'argentina' | 'not_eu';

export interface Item extends Product<Category> {
  /** US dollars, for the international storefront. */
  usd: number;
  reach: Reach;
}

const item = (
  sku: string,
  name: string,
  category: Category,
  pesos: number,
  usd: number,
  reach: Reach = 'world',
) => ({
  ...product(sku, name, category, pesos * 100),
  usd,
  reach,
});

export const YERBA = [
  item('YM-500-TRAD', 'Yerba mate tradicional 500 g', 'yerba', 3_900, 8.9),
  item('YM-1K-TRAD', 'Yerba mate tradicional 1 kg', 'yerba', 6_900, 14.9),
  item('YM-1K-SUAVE', 'Yerba suave sin palo 1 kg', 'yerba', 7_400, 15.9),
  item('YM-500-ORG', 'Yerba orgánica 500 g', 'yerba', 6_200, 12.9),
  item('YM-1K-BARB', 'Yerba barbacuá estacionada 1 kg', 'yerba', 11_500, 21.9),
  item('YM-500-HIER', 'Yerba compuesta con hierbas serranas 500 g', 'yerba', 4_800, 10.9),
  item('YM-1K-UY', 'Yerba estilo uruguayo 1 kg', 'yerba', 8_900, 16.9),
  item('YM-4X500-ORG', 'Yerba orgánica caja 4 × 500 g', 'yerba', 22_000, 44.9),
] as const;
/** The 10 kg pack sells at home only (freight abroad would cost more than the yerba). */
export const YERBA_PACK = item(
  'YM-10X1K',
  'Yerba tradicional pack 10 × 1 kg',
  'yerba',
  62_000,
  120,
  'argentina',
);

export const MATES = [
  item('MT-CAL', 'Mate calabaza forrado en cuero', 'mate', 14_500, 27.9),
  item('MT-IMP', 'Mate imperial de calabaza con virola de alpaca', 'mate', 68_000, 94.9),
  item('MT-CAM', 'Mate camionero cincelado', 'mate', 42_000, 64.9),
  item('MT-ACE', 'Mate térmico de acero', 'mate', 18_000, 29.9),
  item('MT-ALG', 'Mate de algarrobo', 'mate', 9_500, 19.9),
  item('MT-VID', 'Mate de vidrio forrado', 'mate', 7_800, 15.9),
] as const;

export const BOMBILLAS = [
  item('BB-ACE', 'Bombilla de acero pico de loro', 'bombilla', 6_500, 11.9),
  item('BB-RES', 'Bombilla con resorte', 'bombilla', 5_200, 9.9),
  item('BB-ALP', 'Bombilla de alpaca cincelada', 'bombilla', 28_000, 44.9),
  item('BB-PLA', 'Bombilla de plata 900 con detalles en oro', 'bombilla', 145_000, 189),
] as const;

export const MATERO = [
  item('KT-BAS', 'Set matero básico (mate, bombilla, yerbera)', 'matero', 38_000, 57.9),
  item('KT-CUE', 'Set matero de cuero (bolso, mate, bombilla, yerbera y azucarera)', 'matero', 118_000, 159),
  item('YB-CUE', 'Yerbera y azucarera de cuero', 'matero', 24_000, 37.9),
  item('TR-LUM', 'Termo de acero 1 L', 'matero', 39_000, 49.9, 'argentina'),
  item('TR-STN', 'Termo Stanley Classic 1,4 L', 'matero', 165_000, 129, 'argentina'),
] as const;

export const WINE = [
  item('WN-MAL', 'Malbec Mendoza 750 ml', 'wine', 11_500, 13.9, 'argentina'),
  item('WN-TOR', 'Torrontés de Cafayate 750 ml', 'wine', 9_800, 11.9, 'argentina'),
  item('WN-MALR', 'Malbec Reserva Valle de Uco 750 ml', 'wine', 24_000, 25.9, 'argentina'),
  item('WN-CABF', 'Cabernet Franc Gran Reserva 750 ml', 'wine', 42_000, 41.9, 'argentina'),
  item('WN-EST', 'Estuche regalo 2 Malbec con copas', 'wine', 52_000, 54.9, 'argentina'),
  item('WN-CJ6', 'Caja 6 Malbec Reserva', 'wine', 138_000, 149, 'argentina'),
  item('WN-CJ6GR', 'Caja 6 Gran Reserva mixta', 'wine', 240_000, 249, 'argentina'),
  item('WN-ICON', 'Malbec de alta gama, single vineyard 750 ml', 'wine', 185_000, 165, 'argentina'),
] as const;

export const SWEETS = [
  item('AF-6M', 'Alfajores de maicena × 6', 'alfajores', 8_500, 12.9),
  item('AF-12', 'Alfajores de chocolate caja × 12', 'alfajores', 21_000, 27.9),
  item('AF-24', 'Alfajores surtidos caja × 24', 'alfajores', 38_000, 47.9),
  item('DL-450', 'Dulce de leche clásico 450 g', 'dulce_de_leche', 3_600, 7.9, 'not_eu'),
  item('DL-1K', 'Dulce de leche repostero 1 kg', 'dulce_de_leche', 6_800, 12.9, 'not_eu'),
  item('DL-COL', 'Dulce de leche colonial, frasco de vidrio 800 g', 'dulce_de_leche', 9_800, 15.9, 'not_eu'),
] as const;

export const LEATHER = [
  item('CU-BIL', 'Billetera de cuero vacuno', 'leather', 42_000, 54.9),
  item('CU-CIN', 'Cinturón de cuero repujado', 'leather', 38_000, 47.9),
  item('CU-POR', 'Portadocumentos de carpincho', 'leather', 65_000, 79.9),
  item('CU-CUCH', 'Cuchillo criollo con vaina de cuero', 'leather', 78_000, 89.9, 'argentina'),
  item('CU-MOC', 'Mochila de cuero', 'leather', 210_000, 229),
  item('CU-CAM', 'Campera de cuero de cordero', 'leather', 640_000, 519),
] as const;

export const GIFT_BOX = item(
  'CJ-PAPA',
  'Caja regalo Día del Padre (yerba, mate, bombilla, alfajores y Malbec)',
  'gift_box',
  96_000,
  109,
  'argentina',
);

/** Goods that sell again at once on a marketplace: what stolen cards and phished wallets buy. */
export const RESALE: readonly Item[] = [
  MATERO[4],
  MATERO[4],
  MATERO[1],
  LEATHER[5],
  LEATHER[4],
  BOMBILLAS[3],
  WINE[6],
  WINE[7],
  MATES[1],
];

export const byCurrencyReach = (i: Item, destination: string): boolean =>
  destination === 'AR' ||
  i.reach === 'world' ||
  (i.reach === 'not_eu' && !['ES', 'DE'].includes(destination));

export type Line = BasketLine<Category>;

/** An item's unit price in `currency` for an order placed at `t` (pesos rise by 8 % at `rise`). */
export function priceOf(i: Item, currency: Currency, t: number, rise: number): number {
  if (currency === 'ARS') return t >= rise ? Math.round((i.price * PRICE_RISE) / 10_000) * 10_000 : i.price;
  if (currency === 'USD') return Math.round(i.usd * 100);
  return Math.round(i.usd * 0.9) * 100 - 10;
}

/** `quantity` of `i` as a basket line at its price in `currency` at `t`. */
export const lineFor = (i: Item, quantity: number, currency: Currency, t: number, rise: number): Line =>
  lineOf({ ...i, price: priceOf(i, currency, t, rise) }, quantity);

export interface Basket {
  currency: Currency;
  lines: Line[];
  /** Off the items: 10 % for a transfer, 5 % for cash, or a code's share. */
  discount: number;
  code?: string;
  shippingFee: number;
  /** Items − discount + shipping. */
  amount: number;
}

export function basketOf(
  currency: Currency,
  lines: Line[],
  { off = 0, code, shippingFee }: { off?: number; code?: string; shippingFee: number },
): Basket {
  const items = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const discount = Math.round(items * off);
  return {
    currency,
    lines,
    discount,
    ...(code ? { code } : {}),
    shippingFee,
    amount: items - discount + shippingFee,
  };
}

export const itemsTotal = (lines: readonly Line[]): number =>
  lines.reduce((s, l) => s + l.price * l.quantity, 0);

/** How an order leaves the store. */
export type Fulfilment = 'courier' | 'moto' | 'showroom' | 'pickup_point' | 'international';

/**
 * Shipping: a courier to the door (AMBA or the provinces) or to a branch or locker for less, free above a
 * threshold; a same-day
 * motorbike in the city, pickup at the showroom for free; from the international storefront a flat fee to
 * Argentina, or a courier abroad.
 */
export function shippingFee(
  f: Fulfilment,
  currency: Currency,
  postal: string | undefined,
  items: number,
  to: string,
): number {
  if (f === 'showroom') return 0;
  if (currency === 'ARS') {
    if (f === 'moto') return 7_900_00;
    if (f === 'pickup_point') return items >= 99_000_00 ? 0 : isAmba(postal) ? 4_200_00 : 6_900_00;
    if (isAmba(postal)) return items >= 99_000_00 ? 0 : 6_500_00;
    return items >= 149_000_00 ? 0 : 9_900_00;
  }
  if (to === 'AR')
    return items >= (currency === 'USD' ? 150_00 : 140_00) ? 0 : currency === 'USD' ? 12_00 : 11_00;
  if (currency === 'EUR') return 49_00;
  return to === 'US' ? 59_00 : 39_00;
}
