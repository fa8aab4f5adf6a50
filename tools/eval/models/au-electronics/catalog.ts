import { type Rng } from '../kit/random.js';

/** What the store sells (AUD prices incl. GST) and how a basket is priced in the shopper's currency. */

export type Category =
  'launch' | 'phone' | 'laptop' | 'console' | 'gpu' | 'audio' | 'accessory' | 'game' | 'key' | 'giftcard';

export interface Product {
  sku: string;
  aud: number;
  category: Category;
  digital: boolean;
}

// prettier-ignore
const PRODUCTS: readonly Product[] = [
  { sku: 'NEXUS-CONSOLE-2-STD', aud: 79_900, category: 'launch', digital: false },
  { sku: 'NEXUS-CONSOLE-2-BUNDLE', aud: 89_900, category: 'launch', digital: false },
  { sku: 'PHONE-X17-PRO-256', aud: 199_900, category: 'launch', digital: false },
  { sku: 'PHONE-X17-128', aud: 139_900, category: 'phone', digital: false },
  { sku: 'GALAXY-S25-256', aud: 139_900, category: 'phone', digital: false },
  { sku: 'PIXEL-9A-128', aud: 74_900, category: 'phone', digital: false },
  { sku: 'LAPTOP-AIR-13-M4', aud: 169_900, category: 'laptop', digital: false },
  { sku: 'LAPTOP-IDEAPAD-15', aud: 89_900, category: 'laptop', digital: false },
  { sku: 'LAPTOP-ROG-16-4070', aud: 329_900, category: 'laptop', digital: false },
  { sku: 'CHROMEBOOK-EDU-11', aud: 44_900, category: 'laptop', digital: false },
  { sku: 'PS5-SLIM-DISC', aud: 79_900, category: 'console', digital: false },
  { sku: 'SWITCH-OLED', aud: 53_900, category: 'console', digital: false },
  { sku: 'XBOX-SERIES-S', aud: 49_900, category: 'console', digital: false },
  { sku: 'RTX-5090-FE', aud: 469_900, category: 'gpu', digital: false },
  { sku: 'RTX-5070-TI', aud: 139_900, category: 'gpu', digital: false },
  { sku: 'RX-9070-XT', aud: 119_900, category: 'gpu', digital: false },
  { sku: 'WH-1000XM6', aud: 64_900, category: 'audio', digital: false },
  { sku: 'AIRPODS-PRO-3', aud: 39_900, category: 'audio', digital: false },
  { sku: 'BUDS-FE', aud: 14_900, category: 'audio', digital: false },
  { sku: 'USB-C-CABLE-2M', aud: 2_995, category: 'accessory', digital: false },
  { sku: 'CTRL-DUALSENSE', aud: 11_900, category: 'accessory', digital: false },
  { sku: 'CASE-X17-CLEAR', aud: 4_995, category: 'accessory', digital: false },
  { sku: 'CHARGER-65W', aud: 6_995, category: 'accessory', digital: false },
  { sku: 'GAME-ASTRO-RACER', aud: 10_995, category: 'game', digital: false },
  { sku: 'KEY-STEAM-INDIE', aud: 1_495, category: 'key', digital: true },
  { sku: 'KEY-DLC-SKINPACK', aud: 499, category: 'key', digital: true },
  { sku: 'KEY-COINS-500', aud: 799, category: 'key', digital: true },
  { sku: 'KEY-AAA-DELUXE', aud: 12_995, category: 'key', digital: true },
  { sku: 'KEY-NEXUS-PLUS-12M', aud: 8_995, category: 'key', digital: true },
  { sku: 'GC-STORE-50', aud: 5_000, category: 'giftcard', digital: true },
  { sku: 'GC-STORE-100', aud: 10_000, category: 'giftcard', digital: true },
  { sku: 'GC-STEAM-100', aud: 10_000, category: 'giftcard', digital: true },
  { sku: 'GC-PSN-150', aud: 15_000, category: 'giftcard', digital: true },
  { sku: 'GC-APPLE-200', aud: 20_000, category: 'giftcard', digital: true },
];

export const CURRENCY: Readonly<Record<string, string>> = {
  AU: 'AUD',
  NZ: 'NZD',
  SG: 'SGD',
  JP: 'JPY',
  ID: 'IDR',
};
/** Storefront price lists per currency, from AUD; JPY and IDR have no minor unit. */
const RATE: Readonly<Record<string, number>> = { AUD: 1, NZD: 1.1, SGD: 0.88, JPY: 0.98, IDR: 105 };

export function priceIn(aud: number, currency: string): number {
  const raw = aud * (RATE[currency] ?? 1);
  if (currency === 'JPY') return Math.round(raw / 10) * 10;
  if (currency === 'IDR') return Math.round(raw / 1000) * 1000;
  return aud < 1000 ? Math.round(raw) : Math.round(raw / 100) * 100 - 1;
}

export function ofCategory(...categories: Category[]): Product[] {
  return PRODUCTS.filter((p) => categories.includes(p.category));
}

export function bySku(sku: string): Product {
  const found = PRODUCTS.find((p) => p.sku === sku);
  if (!found) throw new Error(sku);
  return found;
}

export interface Line {
  sku: string;
  quantity: number;
  price: number;
}

export interface Basket {
  currency: string;
  lines: Line[];
  amount: number;
  digitalOnly: boolean;
}

/** A basket of (product, quantity) pairs priced in the currency; physical orders carry shipping. */
export function basket(
  currency: string,
  picks: ReadonlyArray<readonly [Product, number]>,
  shipping = true,
): Basket {
  const lines = picks.map(([p, quantity]) => ({ sku: p.sku, quantity, price: priceIn(p.aud, currency) }));
  const digitalOnly = picks.every(([p]) => p.digital);
  const goods = lines.reduce((sum, l) => sum + l.price * l.quantity, 0);
  const freight = digitalOnly || !shipping || goods >= priceIn(10_000, currency) ? 0 : priceIn(995, currency);
  return { currency, lines, amount: goods + freight, digitalOnly };
}

/** What an ordinary shopper puts in the cart: mostly one main item, often an accessory. */
export function everydayPicks(rng: Rng): Array<readonly [Product, number]> {
  const main = rng.weighted({
    phone: 16,
    laptop: 12,
    console: 10,
    gpu: 5,
    audio: 16,
    accessory: 14,
    game: 10,
    key: 10,
    giftcard: 7,
  });
  const picks: Array<readonly [Product, number]> = [
    [rng.pick(ofCategory(main)), main === 'accessory' || main === 'game' ? rng.int(1, 2) : 1],
  ];
  if (!['key', 'giftcard'].includes(main) && rng.chance(0.35))
    picks.push([rng.pick(ofCategory('accessory')), 1]);
  return picks;
}
