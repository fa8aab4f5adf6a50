import { type BasketLine, lineOf, type Product, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * What the store sells, priced in whole tenge with VAT as on the site during the sale (the 11.11 prices are
 * already in). Kyrgyz and Uzbek shoppers see the same goods in som, sum or dollars at the store's own rates.
 */

export type Category =
  | 'smartphones'
  | 'laptops'
  | 'tablets'
  | 'audio'
  | 'wearables'
  | 'tv'
  | 'large_appliances'
  | 'small_appliances'
  | 'gaming'
  | 'computer'
  | 'accessories'
  | 'gift_cards'
  | 'services';

export type Item = Product<Category>;
export type Line = BasketLine<Category>;

const p = (sku: string, name: string, category: Category, tenge: number): Item =>
  product(sku, name, category, tenge);

export const FLAGSHIP_PHONES: readonly Item[] = [
  p('APL-IP17PM-256', 'Apple iPhone 17 Pro Max 256GB', 'smartphones', 869_990),
  p('APL-IP17P-256', 'Apple iPhone 17 Pro 256GB', 'smartphones', 749_990),
  p('APL-IP17-256', 'Apple iPhone 17 256GB', 'smartphones', 519_990),
  p('SAM-S25U-256', 'Samsung Galaxy S25 Ultra 12/256GB', 'smartphones', 589_990),
  p('SAM-ZF7-256', 'Samsung Galaxy Z Flip7 12/256GB', 'smartphones', 529_990),
];
export const MID_PHONES: readonly Item[] = [
  p('APL-IP16-128', 'Apple iPhone 16 128GB', 'smartphones', 389_990),
  p('SAM-S25-128', 'Samsung Galaxy S25 12/128GB', 'smartphones', 369_990),
  p('SAM-A56-256', 'Samsung Galaxy A56 8/256GB', 'smartphones', 184_990),
  p('XMI-15T-256', 'Xiaomi 15T 12/256GB', 'smartphones', 249_990),
  p('HON-400-256', 'Honor 400 12/256GB', 'smartphones', 199_990),
  p('XMI-RN14P-256', 'Xiaomi Redmi Note 14 Pro 8/256GB', 'smartphones', 134_990),
];
export const BUDGET_PHONES: readonly Item[] = [
  p('SAM-A16-128', 'Samsung Galaxy A16 4/128GB', 'smartphones', 74_990),
  p('XMI-R15C-128', 'Xiaomi Redmi 15C 4/128GB', 'smartphones', 59_990),
  p('TEC-SP30-256', 'Tecno Spark 30 8/256GB', 'smartphones', 62_990),
  p('INF-HOT50-128', 'Infinix Hot 50 8/128GB', 'smartphones', 54_990),
];
export const LAPTOPS: readonly Item[] = [
  p('APL-MBA13-M4', 'Apple MacBook Air 13 M4 16/256GB', 'laptops', 579_990),
  p('APL-MBP14-M5', 'Apple MacBook Pro 14 M5 16/512GB', 'laptops', 949_990),
  p('LEN-IDP5-16', 'Lenovo IdeaPad Pro 5 16" Ryzen 7', 'laptops', 459_990),
  p('ASU-TUF-A15', 'ASUS TUF Gaming A15 RTX 4060', 'laptops', 539_990),
  p('HP-250-G10', 'HP 250 G10 i5/8/512GB', 'laptops', 244_990),
  p('ACR-ASP3-15', 'Acer Aspire 3 15 i3/8/256GB', 'laptops', 184_990),
];
export const TABLETS: readonly Item[] = [
  p('APL-IPAD11-128', 'Apple iPad 11 128GB Wi-Fi', 'tablets', 219_990),
  p('APL-IPADAIR-M3', 'Apple iPad Air 11 M3 128GB', 'tablets', 339_990),
  p('SAM-TABS10FE', 'Samsung Galaxy Tab S10 FE 8/128GB', 'tablets', 214_990),
  p('XMI-PAD7-256', 'Xiaomi Pad 7 8/256GB', 'tablets', 164_990),
];
export const AUDIO: readonly Item[] = [
  p('APL-APP3', 'Apple AirPods Pro 3', 'audio', 134_990),
  p('APL-AP4', 'Apple AirPods 4', 'audio', 76_990),
  p('SAM-GB3P', 'Samsung Galaxy Buds3 Pro', 'audio', 84_990),
  p('SNY-WHXM6', 'Sony WH-1000XM6', 'audio', 209_990),
  p('JBL-FLIP7', 'JBL Flip 7 speaker', 'audio', 57_990),
  p('XMI-BUDS6', 'Redmi Buds 6', 'audio', 13_990),
  p('YAN-STMINI', 'Yandex Station Mini smart speaker', 'audio', 34_990),
];
export const WEARABLES: readonly Item[] = [
  p('APL-AW11-46', 'Apple Watch Series 11 46mm', 'wearables', 239_990),
  p('SAM-GW8-44', 'Samsung Galaxy Watch8 44mm', 'wearables', 144_990),
  p('XMI-BAND10', 'Xiaomi Smart Band 10', 'wearables', 18_990),
  p('HUA-GT5', 'Huawei Watch GT 5 46mm', 'wearables', 99_990),
];
export const TVS: readonly Item[] = [
  p('SAM-TV55-Q70', 'Samsung 55" QLED Q70', 'tv', 379_990),
  p('LG-TV65-C4', 'LG 65" OLED C4', 'tv', 889_990),
  p('TCL-TV50-P7', 'TCL 50" 4K P755', 'tv', 164_990),
  p('XMI-TV43-A', 'Xiaomi TV A 43" 2025', 'tv', 114_990),
  p('HIS-TV75-E7', 'Hisense 75" 4K E7N', 'tv', 419_990),
];
export const LARGE_APPLIANCES: readonly Item[] = [
  p('LG-WM8-F4', 'LG washing machine 8 kg inverter', 'large_appliances', 244_990),
  p('SAM-WM9-EB', 'Samsung washing machine 9 kg EcoBubble', 'large_appliances', 309_990),
  p('LG-RF384', 'LG fridge DoorCooling+ 384 L No Frost', 'large_appliances', 439_990),
  p('BEK-RF300', 'Beko fridge 300 L', 'large_appliances', 219_990),
  p('BSH-DW60', 'Bosch dishwasher 60 cm Serie 4', 'large_appliances', 319_990),
  p('ART-AC12', 'Artel inverter air conditioner 12000 BTU', 'large_appliances', 209_990),
  p('HIS-DRY8', 'Hisense heat-pump dryer 8 kg', 'large_appliances', 269_990),
  p('GOR-OVEN60', 'Gorenje built-in oven 60 cm', 'large_appliances', 194_990),
];
export const SMALL_APPLIANCES: readonly Item[] = [
  p('PHI-AFXL', 'Philips Airfryer XL', 'small_appliances', 67_990),
  p('TEF-KET17', 'Tefal kettle 1.7 L', 'small_appliances', 12_490),
  p('DRM-V12', 'Dreame cordless vacuum V12', 'small_appliances', 144_990),
  p('XMI-S20P', 'Xiaomi Robot Vacuum S20+', 'small_appliances', 184_990),
  p('DYS-V15', 'Dyson V15 Detect', 'small_appliances', 389_990),
  p('DYS-AIRWRAP', 'Dyson Airwrap Complete', 'small_appliances', 319_990),
  p('PHI-IRON', 'Philips steam iron', 'small_appliances', 23_990),
  p('RED-MWO20', 'Redmond microwave 20 L', 'small_appliances', 38_990),
  p('DEL-ECAM', "De'Longhi Magnifica S coffee machine", 'small_appliances', 214_990),
  p('TEF-MCOOK', 'Tefal multicooker', 'small_appliances', 42_990),
];
export const GAMING: readonly Item[] = [
  p('SNY-PS5-SLIM', 'Sony PlayStation 5 Slim Digital', 'gaming', 279_990),
  p('SNY-PS5-PRO', 'Sony PlayStation 5 Pro', 'gaming', 419_990),
  p('NIN-SW2', 'Nintendo Switch 2', 'gaming', 254_990),
  p('SNY-DS5', 'Sony DualSense controller', 'gaming', 38_990),
];
export const COMPUTER: readonly Item[] = [
  p('SAM-MON27', 'Samsung 27" IPS monitor', 'computer', 94_990),
  p('LOG-MXKEYS', 'Logitech MX Keys S', 'computer', 57_990),
  p('TPL-AX55', 'TP-Link Archer AX55 router', 'computer', 33_990),
  p('KIN-NV3-1TB', 'Kingston NV3 1TB SSD', 'computer', 32_990),
  p('HP-LJ-M141', 'HP LaserJet MFP M141w', 'computer', 74_990),
];
export const ACCESSORIES: readonly Item[] = [
  p('ACC-CASE-IP17', 'iPhone 17 silicone case', 'accessories', 9_990),
  p('ACC-GLASS', 'Tempered glass screen protector', 'accessories', 3_990),
  p('ACC-CBL-C', 'USB-C cable 1 m', 'accessories', 2_990),
  p('ACC-CHG-20W', 'Apple 20W USB-C power adapter', 'accessories', 12_990),
  p('ACC-PB-20K', 'Power bank 20000 mAh', 'accessories', 14_990),
  p('ACC-MSD-128', 'microSD card 128GB', 'accessories', 6_990),
  p('ACC-CAR-HLD', 'Magnetic car phone holder', 'accessories', 5_990),
];
export const GIFT_CARDS: readonly Item[] = [
  p('GC-5000', 'E-gift card 5,000 ₸', 'gift_cards', 5_000),
  p('GC-20000', 'E-gift card 20,000 ₸', 'gift_cards', 20_000),
  p('GC-50000', 'E-gift card 50,000 ₸', 'gift_cards', 50_000),
];
export const CARE_PLAN = p('SRV-CARE-1Y', 'Extended warranty +1 year', 'services', 29_990);
export const INSTALL_WM = p(
  'SRV-INST-WM',
  'Installation of a washing machine or dishwasher',
  'services',
  9_990,
);
export const WALL_MOUNT = p('SRV-WALLMOUNT', 'TV wall mount and installation', 'services', 19_990);
export const AC_INSTALL = p('SRV-INST-AC', 'Air conditioner installation', 'services', 34_990);

export type Currency = 'KZT' | 'KGS' | 'UZS' | 'USD';

/** The store's exchange rates for its neighbours' prices (units per tenge), rounded the way its site shows them. */
export function priceIn(tenge: number, currency: Currency): number {
  if (tenge <= 0) return 0;
  if (currency === 'KZT') return Math.round(tenge) * 100;
  if (currency === 'KGS') return Math.max(10, Math.round((tenge * 0.168) / 10) * 10) * 100;
  if (currency === 'UZS') return Math.max(1000, Math.round((tenge * 24.4) / 1000) * 1000) * 100;
  return Math.max(1, Math.round(tenge / 520)) * 100 - 1;
}

/** How an order reaches the buyer. */
export type Delivery = 'courier' | 'express' | 'large_item' | 'pickup' | 'digital' | 'cross_border';

/** Delivery fee in tenge: free couriers from 50,000 ₸, large items from 300,000 ₸; express is always paid. */
export function deliveryFee(delivery: Delivery, subtotal: number): number {
  switch (delivery) {
    case 'courier':
      return subtotal >= 50_000 ? 0 : 1_490;
    case 'express':
      return 2_990;
    case 'large_item':
      return subtotal >= 300_000 ? 0 : 4_990;
    case 'cross_border':
      return 9_990;
    default:
      return 0;
  }
}

/** The codes in use during the fortnight. */
export type Code = 'SALE1111' | 'NEWAPP' | 'REF';

/** A code's discount in tenge for a basket (0 when the basket does not qualify). */
export function discountOf(code: Code, subtotal: number): number {
  if (code === 'SALE1111') return subtotal >= 150_000 ? Math.min(30_000, Math.round(subtotal * 0.05)) : 0;
  if (code === 'NEWAPP') return subtotal >= 50_000 ? 5_000 : 0;
  return subtotal >= 100_000 ? 10_000 : 0;
}

export interface Basket {
  lines: Line[];
  currency: Currency;
  /** The code as typed (a referral code carries the referrer's tag). */
  code?: string;
  /** In the currency's minor unit. */
  discount: number;
  deliveryFee: number;
  amount: number;
  /** The basket's value in tenge, for the planners' choices. */
  tenge: number;
}

/**
 * A basket of `[item, quantity]` in `currency`: lines priced in that currency, the code's discount and the
 * delivery fee converted the same way; the amount is lines − discount + fee.
 */
export function basketOf(
  items: ReadonlyArray<readonly [Item, number]>,
  currency: Currency,
  delivery: Delivery,
  code?: { code: Code; typed: string },
): Basket {
  const merged = new Map<string, [Item, number]>();
  for (const [item, qty] of items) {
    const had = merged.get(item.sku);
    merged.set(item.sku, [item, (had?.[1] ?? 0) + qty]);
  }
  const lines = [...merged.values()].map(([item, qty]) => ({
    ...lineOf(item, qty),
    price: priceIn(item.price, currency),
  }));
  const tenge = [...merged.values()].reduce((s, [item, qty]) => s + item.price * qty, 0);
  const off = code ? discountOf(code.code, tenge) : 0;
  const discount = priceIn(off, currency);
  const fee = priceIn(deliveryFee(delivery, tenge), currency);
  const sum = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  return {
    lines,
    currency,
    ...(code && off > 0 ? { code: code.typed } : {}),
    discount: off > 0 ? discount : 0,
    deliveryFee: fee,
    amount: sum - (off > 0 ? discount : 0) + fee,
    tenge: tenge - off,
  };
}

/** One to `max` of an item, mostly one. */
export const few = (rng: Rng, max = 2): number => (rng.chance(0.85) ? 1 : rng.int(2, max));

/** Some phone add-ons, each with its own chance. */
export function phoneAddons(rng: Rng, item: Item): Array<[Item, number]> {
  const out: Array<[Item, number]> = [];
  if (item.sku.startsWith('APL-IP17') && rng.chance(0.35)) out.push([ACCESSORIES[0] as Item, 1]);
  if (rng.chance(0.3)) out.push([ACCESSORIES[1] as Item, 1]);
  if (item.sku.startsWith('APL-') && rng.chance(0.15)) out.push([ACCESSORIES[3] as Item, 1]);
  if (item.price > 150_000 && rng.chance(0.18)) out.push([CARE_PLAN, 1]);
  return out;
}
