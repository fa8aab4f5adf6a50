import { type BasketLine, lineOf, type Product, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Market } from './places.js';

/**
 * What the shop sells, SIM-free, in pounds with VAT (prices in pence); Ireland pays the euro list. The new
 * flagship (pre-order from the Friday after the keynote, in the shops a week later), last year's models
 * marked down, other brands' phones, refurbished phones by grade, tablets, watches, earbuds, accessories,
 * the shop's own damage cover and e-mailed gift cards.
 */

export type Category =
  'flagship' | 'phone' | 'refurbished' | 'tablet' | 'watch' | 'audio' | 'accessory' | 'cover' | 'gift_card';

const p = product<Category>;

export const FLAGSHIP: readonly Product<Category>[] = [
  p('IP18-128', 'iPhone 18 128GB', 'flagship', 79_900),
  p('IP18-256', 'iPhone 18 256GB', 'flagship', 89_900),
  p('IP18P-256', 'iPhone 18 Pro 256GB', 'flagship', 109_900),
  p('IP18P-512', 'iPhone 18 Pro 512GB', 'flagship', 129_900),
  p('IP18PM-256', 'iPhone 18 Pro Max 256GB', 'flagship', 119_900),
  p('IP18PM-512', 'iPhone 18 Pro Max 512GB', 'flagship', 139_900),
  p('IP18PM-1T', 'iPhone 18 Pro Max 1TB', 'flagship', 159_900),
];

/** What resellers want: the top models, the colour everyone wants. */
export const HOT = FLAGSHIP.filter((x) => x.sku.startsWith('IP18PM') || x.sku === 'IP18P-256');

export const PHONES: readonly Product<Category>[] = [
  p('IP17-128', 'iPhone 17 128GB (2025)', 'phone', 69_900),
  p('IP17P-256', 'iPhone 17 Pro 256GB (2025)', 'phone', 94_900),
  p('GS26-256', 'Galaxy S26 256GB', 'phone', 85_900),
  p('GS26U-512', 'Galaxy S26 Ultra 512GB', 'phone', 134_900),
  p('GZF7-256', 'Galaxy Z Flip7 256GB', 'phone', 104_900),
  p('GZF7F-512', 'Galaxy Z Fold7 512GB', 'phone', 179_900),
  p('PX10-128', 'Pixel 10 128GB', 'phone', 79_900),
  p('PX10A-128', 'Pixel 10a 128GB', 'phone', 44_900),
  p('GA56-128', 'Galaxy A56 5G 128GB', 'phone', 39_900),
  p('MG85-256', 'moto g85 5G 256GB', 'phone', 17_900),
  p('NP3A-256', 'Nothing Phone (3a) 256GB', 'phone', 34_900),
  p('OPR14-256', 'OPPO Reno14 256GB', 'phone', 49_900),
];

export const REFURBISHED: readonly Product<Category>[] = [
  p('R-IP16P-A', 'Refurbished iPhone 16 Pro 256GB, Grade A', 'refurbished', 74_900),
  p('R-IP15-A', 'Refurbished iPhone 15 128GB, Grade A', 'refurbished', 44_900),
  p('R-IP15-B', 'Refurbished iPhone 15 128GB, Grade B', 'refurbished', 39_900),
  p('R-IP14-B', 'Refurbished iPhone 14 128GB, Grade B', 'refurbished', 32_900),
  p('R-IP13-C', 'Refurbished iPhone 13 128GB, Grade C', 'refurbished', 24_900),
  p('R-GS24-A', 'Refurbished Galaxy S24 256GB, Grade A', 'refurbished', 39_900),
  p('R-PX8-B', 'Refurbished Pixel 8 128GB, Grade B', 'refurbished', 22_900),
  p('R-IPAD10-A', 'Refurbished iPad (10th gen) 64GB, Grade A', 'refurbished', 24_900),
];

export const TABLETS: readonly Product<Category>[] = [
  p('IPAD11-128', 'iPad (A16) 128GB', 'tablet', 32_900),
  p('IPADAIR-256', 'iPad Air 11" 256GB', 'tablet', 69_900),
  p('IPADPRO-512', 'iPad Pro 13" 512GB', 'tablet', 159_900),
  p('GTABS10-256', 'Galaxy Tab S10 FE 256GB', 'tablet', 52_900),
  p('GTABA9-64', 'Galaxy Tab A9+ 64GB', 'tablet', 19_900),
];

export const WATCHES: readonly Product<Category>[] = [
  p('AW11-42', 'Apple Watch Series 11 42mm', 'watch', 39_900),
  p('AWSE3-40', 'Apple Watch SE 40mm', 'watch', 21_900),
  p('AWU3', 'Apple Watch Ultra 3', 'watch', 79_900),
  p('GW8-44', 'Galaxy Watch8 44mm', 'watch', 28_900),
  p('PXW4', 'Pixel Watch 4', 'watch', 34_900),
];

export const AUDIO: readonly Product<Category>[] = [
  p('APP3', 'AirPods Pro 3', 'audio', 21_900),
  p('AP4', 'AirPods 4', 'audio', 12_900),
  p('APM', 'AirPods Max', 'audio', 49_900),
  p('GB3P', 'Galaxy Buds3 Pro', 'audio', 21_900),
  p('PXBP2', 'Pixel Buds Pro 2', 'audio', 21_900),
  p('SWF1000', 'Sony WF-1000XM5', 'audio', 24_900),
];

export const ACCESSORIES: readonly Product<Category>[] = [
  p('CASE-SIL', 'Silicone case with MagSafe', 'accessory', 4_900),
  p('CASE-CLR', 'Clear case', 'accessory', 2_499),
  p('CASE-WAL', 'Leather wallet case', 'accessory', 3_999),
  p('SCR-GLS', 'Tempered glass screen protector (2-pack)', 'accessory', 1_499),
  p('SCR-PRV', 'Privacy screen protector', 'accessory', 1_999),
  p('CHG-20W', '20W USB-C charger', 'accessory', 1_900),
  p('CHG-35W', '35W dual USB-C charger', 'accessory', 5_900),
  p('CBL-1M', 'USB-C cable 1m', 'accessory', 999),
  p('CBL-2M', 'USB-C braided cable 2m', 'accessory', 1_499),
  p('MAG-PAD', 'MagSafe charger', 'accessory', 3_900),
  p('PWR-10K', 'MagSafe power bank 10,000mAh', 'accessory', 4_499),
  p('SIM-TOOL', 'SIM tool and lanyard', 'accessory', 499),
  p('GRIP', 'Phone grip stand', 'accessory', 799),
  p('STRAP', 'Watch sport band', 'accessory', 2_900),
];

export const COVER: readonly Product<Category>[] = [
  p('PROT-12', 'Deansgate Protect: 12 months accidental damage', 'cover', 7_900),
  p('PROT-24', 'Deansgate Protect: 24 months accidental damage', 'cover', 12_900),
];

export const GIFT_CARDS: readonly Product<Category>[] = [
  p('EGC-25', 'e-Gift card £25', 'gift_card', 2_500),
  p('EGC-50', 'e-Gift card £50', 'gift_card', 5_000),
  p('EGC-100', 'e-Gift card £100', 'gift_card', 10_000),
  p('EGC-250', 'e-Gift card £250', 'gift_card', 25_000),
];

/** The cheapest things to put a stolen card through: a cable, a SIM tool, a grip, a protector. */
export const CHEAPEST = ACCESSORIES.filter((x) => x.price <= 1_499);

export type Currency = 'GBP' | 'EUR';
export const currencyOf = (m: Market): Currency => (m === 'IE' ? 'EUR' : 'GBP');

/** The Irish list: Irish VAT, the euro, prices ending in 99 cents. */
export const euro = (pence: number): number => Math.max(99, Math.round((pence * 1.18) / 100) * 100 - 1);

export type Line = BasketLine<Category>;

export function lineIn(x: Product<Category>, market: Market, quantity = 1): Line {
  const line = lineOf(x, quantity);
  return market === 'IE' ? { ...line, price: euro(x.price) } : line;
}

export type Fulfilment = 'standard' | 'next_day' | 'premium' | 'click_collect' | 'launch_day' | 'e_gift';

export interface Basket {
  lines: Line[];
  currency: Currency;
  shippingFee: number;
  code?: string;
  discount: number;
  amount: number;
}

/** Delivery: standard free; next day £4.99 (free over £250); before 10:30 or Saturday £9.99; pickup free. */
export function shippingFee(f: Fulfilment, items: number, market: Market): number {
  const fee = f === 'next_day' ? (items >= 25_000 ? 0 : 499) : f === 'premium' ? 999 : 0;
  return market === 'IE' && fee > 0 ? euro(fee) : fee;
}

export function basketOf(
  lines: Line[],
  market: Market,
  f: Fulfilment,
  code?: { code: string; discount: (items: number, lines: Line[]) => number },
): Basket {
  const items = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const discount = code ? Math.min(items, Math.max(0, Math.round(code.discount(items, lines)))) : 0;
  const fee = shippingFee(f, items, market);
  return {
    lines,
    currency: currencyOf(market),
    shippingFee: fee,
    ...(code && discount > 0 ? { code: code.code } : {}),
    discount: code && discount > 0 ? discount : 0,
    amount: items - (code && discount > 0 ? discount : 0) + fee,
  };
}

/** Accessories people add to a new phone: a case, glass, a charger (phones ship without one), cover. */
export function addOns(rng: Rng, market: Market, care: number): Line[] {
  const out: Line[] = [];
  if (rng.chance(0.55))
    out.push(lineIn(rng.pick(ACCESSORIES.filter((x) => x.sku.startsWith('CASE'))), market));
  if (rng.chance(0.45))
    out.push(lineIn(rng.pick(ACCESSORIES.filter((x) => x.sku.startsWith('SCR'))), market));
  if (rng.chance(0.25))
    out.push(lineIn(rng.pick(ACCESSORIES.filter((x) => x.sku.startsWith('CHG'))), market));
  if (rng.chance(care)) out.push(lineIn(rng.pick(COVER), market));
  return out;
}

/** The new flagship, weighted as it sells: Pro and Pro Max 256GB lead. */
export function flagship(rng: Rng): Product<Category> {
  return rng.weightedPick(FLAGSHIP.map((x, i) => [x, [14, 12, 20, 8, 22, 9, 4][i] ?? 1] as const));
}

/** Trade-in quotes the shop pays out by transfer once the old phone arrives and passes its checks. */
export const TRADE_IN: ReadonlyArray<readonly [string, number]> = [
  ['iPhone 15 Pro 128GB', 42_000],
  ['iPhone 15 128GB', 30_000],
  ['iPhone 14 128GB', 22_000],
  ['iPhone 13 128GB', 16_000],
  ['iPhone 12 64GB', 9_000],
  ['Galaxy S24 256GB', 25_000],
  ['Pixel 8 128GB', 14_000],
];
