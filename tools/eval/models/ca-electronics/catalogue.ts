import { type BasketLine, lineOf, type Product, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Prov, PROVINCES } from './places.js';

/**
 * What the store sells over Boxing Week, at its sale prices in Canadian cents, and how a basket adds up: the
 * items, a promo code's discount, the environmental handling fee per device where the province charges one,
 * shipping, and the province's sales tax (GST/HST, QST, PST or RST) on all but gift cards.
 */

export type Category =
  | 'laptop'
  | 'phone'
  | 'tablet'
  | 'tv'
  | 'gaming'
  | 'pc_parts'
  | 'camera'
  | 'audio'
  | 'wearable'
  | 'smart_home'
  | 'accessory'
  | 'gift_card';

const p = product<Category>;

export const CATALOGUE = {
  laptop: [
    p('LP-MBA13-M4', 'MacBook Air 13" M4 16GB/256GB', 'laptop', 114_999),
    p('LP-MBP14-M5', 'MacBook Pro 14" M5 16GB/512GB', 'laptop', 229_999),
    p('LP-ASUS-VB15', 'ASUS Vivobook 15 Ryzen 5 16GB', 'laptop', 54_999),
    p('LP-LEN-IPS5', 'Lenovo IdeaPad Slim 5 14" OLED', 'laptop', 79_999),
    p('LP-HP-X360', 'HP Pavilion x360 14" 2-in-1', 'laptop', 69_999),
    p('LP-DELL-XPS13', 'Dell XPS 13 Core Ultra 7', 'laptop', 159_999),
    p('LP-ROG-G16', 'ASUS ROG Strix G16 RTX 5070', 'laptop', 219_999),
    p('LP-CB-14', 'Acer Chromebook Plus 14"', 'laptop', 34_999),
    p('LP-SURF-7', 'Microsoft Surface Laptop 7 13.8"', 'laptop', 139_999),
  ],
  phone: [
    p('PH-IP17-128', 'iPhone 17 128GB Unlocked', 'phone', 112_999),
    p('PH-IP17P-256', 'iPhone 17 Pro 256GB Unlocked', 'phone', 174_999),
    p('PH-S26-256', 'Samsung Galaxy S26 256GB Unlocked', 'phone', 119_999),
    p('PH-PIX10-128', 'Google Pixel 10 128GB Unlocked', 'phone', 99_999),
    p('PH-A36-128', 'Samsung Galaxy A36 5G 128GB', 'phone', 44_999),
    p('PH-MOTO-G', 'Motorola moto g 2026 128GB', 'phone', 22_999),
  ],
  tablet: [
    p('TB-IPAD-11', 'iPad 11" Wi-Fi 128GB', 'tablet', 44_999),
    p('TB-IPADAIR-13', 'iPad Air 13" M3 Wi-Fi 256GB', 'tablet', 104_999),
    p('TB-IPADPRO-11', 'iPad Pro 11" M5 Wi-Fi 256GB', 'tablet', 139_999),
    p('TB-TABS10FE', 'Samsung Galaxy Tab S10 FE 128GB', 'tablet', 52_999),
    p('TB-FIRE-HD10', 'Amazon Fire HD 10 32GB', 'tablet', 13_999),
  ],
  tv: [
    p('TV-43-4K', 'Insignia 43" 4K UHD Fire TV', 'tv', 27_999),
    p('TV-55-QLED', 'TCL 55" QLED 4K Google TV', 'tv', 49_999),
    p('TV-65-MINILED', 'Hisense 65" Mini-LED 4K', 'tv', 99_999),
    p('TV-75-4K', 'Samsung 75" Crystal UHD 4K', 'tv', 119_999),
    p('TV-65-OLED', 'LG 65" C5 OLED evo 4K', 'tv', 249_999),
    p('TV-77-OLED', 'Sony 77" BRAVIA 8 II OLED', 'tv', 399_999),
    p('TV-85-QLED', 'Samsung 85" QN85 Neo QLED', 'tv', 329_999),
    p('TV-SOUNDBAR', 'Sonos Beam (Gen 2) Soundbar', 'tv', 59_999),
  ],
  gaming: [
    p('GM-PS5-SLIM', 'PlayStation 5 Slim Digital Edition', 'gaming', 59_999),
    p('GM-PS5-PRO', 'PlayStation 5 Pro 2TB', 'gaming', 99_999),
    p('GM-XSX-1TB', 'Xbox Series X 1TB', 'gaming', 79_999),
    p('GM-NSW2', 'Nintendo Switch 2', 'gaming', 62_999),
    p('GM-NSW2-MK', 'Nintendo Switch 2 + Mario Kart World Bundle', 'gaming', 67_999),
    p('GM-DUALSENSE', 'DualSense Wireless Controller', 'gaming', 8_999),
    p('GM-GAME-NEW', 'New release game (PS5/Xbox/Switch 2)', 'gaming', 8_999),
    p('GM-GAME-SALE', 'Boxing Day game deal', 'gaming', 3_999),
    p('GM-HEADSET', 'SteelSeries Arctis Nova 7 Headset', 'gaming', 24_999),
    p('GM-METAQ3', 'Meta Quest 3 512GB', 'gaming', 69_999),
  ],
  pc_parts: [
    p('PC-RTX5070', 'GeForce RTX 5070 12GB', 'pc_parts', 82_999),
    p('PC-RTX5080', 'GeForce RTX 5080 16GB', 'pc_parts', 169_999),
    p('PC-RTX5090', 'GeForce RTX 5090 32GB', 'pc_parts', 379_999),
    p('PC-MON-27', 'LG 27" 1440p 180Hz Monitor', 'pc_parts', 29_999),
    p('PC-SSD-2TB', 'Samsung 990 EVO Plus 2TB NVMe', 'pc_parts', 17_999),
    p('PC-RYZEN7', 'AMD Ryzen 7 9800X3D', 'pc_parts', 67_999),
  ],
  camera: [
    p('CM-SONY-A7IV', 'Sony a7 IV Body', 'camera', 299_999),
    p('CM-CANON-R50', 'Canon EOS R50 with 18-45mm', 'camera', 104_999),
    p('CM-GOPRO-13', 'GoPro HERO13 Black', 'camera', 49_999),
    p('CM-DJI-POCKET3', 'DJI Osmo Pocket 3', 'camera', 69_999),
    p('CM-DJI-MINI4', 'DJI Mini 4 Pro Drone', 'camera', 117_999),
    p('CM-INSTAX', 'Fujifilm instax mini 12', 'camera', 9_999),
  ],
  audio: [
    p('AU-APP3', 'AirPods Pro 3', 'audio', 32_999),
    p('AU-AP4', 'AirPods 4', 'audio', 17_999),
    p('AU-SONY-XM6', 'Sony WH-1000XM6 Headphones', 'audio', 54_999),
    p('AU-BOSE-QCU', 'Bose QuietComfort Ultra Earbuds', 'audio', 37_999),
    p('AU-JBL-FLIP', 'JBL Flip 7 Speaker', 'audio', 14_999),
    p('AU-BEATS-SOLO', 'Beats Solo 4 Headphones', 'audio', 19_999),
  ],
  wearable: [
    p('WR-AW11-45', 'Apple Watch Series 11 GPS 45mm', 'wearable', 56_900),
    p('WR-GW8', 'Samsung Galaxy Watch8 44mm', 'wearable', 42_999),
    p('WR-FITBIT-C6', 'Fitbit Charge 6', 'wearable', 17_999),
    p('WR-GARMIN-FR', 'Garmin Forerunner 265', 'wearable', 47_999),
  ],
  smart_home: [
    p('SH-NEST-TSTAT', 'Google Nest Learning Thermostat', 'smart_home', 35_999),
    p('SH-RING-DB', 'Ring Battery Video Doorbell Pro', 'smart_home', 22_999),
    p('SH-ECHO-DOT', 'Amazon Echo Dot (5th Gen)', 'smart_home', 4_999),
    p('SH-HUE-START', 'Philips Hue White & Colour Starter Kit', 'smart_home', 19_999),
    p('SH-ROBOVAC', 'Roborock Q7 Max Robot Vacuum', 'smart_home', 49_999),
    p('SH-NEST-HUB', 'Google Nest Hub (2nd Gen)', 'smart_home', 9_999),
  ],
  accessory: [
    p('AC-USBC-2M', 'USB-C to USB-C Cable 2 m', 'accessory', 1_999),
    p('AC-CASE', 'Phone Case with MagSafe', 'accessory', 3_999),
    p('AC-SCREEN', 'Tempered Glass Screen Protector', 'accessory', 2_999),
    p('AC-HDMI', '4K HDMI Cable 2 m', 'accessory', 2_499),
    p('AC-CHARGER-65', '65W USB-C GaN Charger', 'accessory', 4_999),
    p('AC-MOUSE', 'Logitech Wireless Mouse', 'accessory', 3_999),
    p('AC-MICROSD', 'SanDisk 256GB microSD', 'accessory', 3_499),
    p('AC-POWERBANK', '20,000 mAh Power Bank', 'accessory', 5_999),
    p('AC-SURGE', '8-Outlet Surge Protector', 'accessory', 2_999),
    p('AC-AAA', 'AA Batteries 24-pack', 'accessory', 1_699),
    p('AC-TVMOUNT', 'Full-Motion TV Wall Mount 42"-85"', 'accessory', 9_999),
    p('AC-LAPSLEEVE', 'Laptop Sleeve 14"', 'accessory', 2_999),
  ],
  gift_card: [
    p('GC-STORE-25', 'Store e-Gift Card $25', 'gift_card', 2_500),
    p('GC-STORE-50', 'Store e-Gift Card $50', 'gift_card', 5_000),
    p('GC-STORE-100', 'Store e-Gift Card $100', 'gift_card', 10_000),
    p('GC-STORE-250', 'Store e-Gift Card $250', 'gift_card', 25_000),
    p('GC-APPLE-100', 'Apple Gift Card $100', 'gift_card', 10_000),
    p('GC-PSN-50', 'PlayStation Store Card $50', 'gift_card', 5_000),
    p('GC-PSN-100', 'PlayStation Store Card $100', 'gift_card', 10_000),
    p('GC-XBOX-50', 'Xbox Gift Card $50', 'gift_card', 5_000),
    p('GC-ESHOP-50', 'Nintendo eShop Card $50', 'gift_card', 5_000),
    p('GC-STEAM-100', 'Steam Gift Card $100', 'gift_card', 10_000),
  ],
} satisfies Record<Category, Product<Category>[]>;

export type Line = BasketLine<Category>;

export function pick(rng: Rng, category: Category, quantity = 1): Line {
  return lineOf(rng.pick(CATALOGUE[category]), quantity);
}

/** One product by SKU. */
export function item(sku: string, quantity = 1): Line {
  for (const list of Object.values(CATALOGUE)) {
    const found = list.find((x) => x.sku === sku);
    if (found) return lineOf(found, quantity);
  }
  throw new Error(`no product ${sku}`);
}

/** The cheapest products, as card testers pick them. */
export const CHEAPEST = ['AC-USBC-2M', 'AC-AAA', 'AC-HDMI', 'GC-STORE-25', 'AC-SCREEN'] as const;

/** The resale-grade goods fraud goes after: phones, Apple gear, consoles, GPUs, cameras, gift cards. */
export const RESALE: readonly string[] = [
  'PH-IP17P-256',
  'PH-IP17-128',
  'PH-S26-256',
  'LP-MBA13-M4',
  'LP-MBP14-M5',
  'TB-IPADPRO-11',
  'TB-IPADAIR-13',
  'AU-APP3',
  'WR-AW11-45',
  'GM-PS5-PRO',
  'GM-PS5-SLIM',
  'GM-NSW2',
  'GM-XSX-1TB',
  'PC-RTX5090',
  'PC-RTX5080',
  'CM-SONY-A7IV',
  'CM-DJI-MINI4',
];

/** An accessory to go with the main item, as people add at checkout. */
export function addOn(rng: Rng, main: Category): Line {
  const by: Partial<Record<Category, readonly string[]>> = {
    phone: ['AC-CASE', 'AC-SCREEN', 'AC-CHARGER-65'],
    laptop: ['AC-MOUSE', 'AC-LAPSLEEVE', 'AC-CHARGER-65'],
    tv: ['AC-HDMI', 'AC-TVMOUNT', 'AC-SURGE'],
    gaming: ['GM-DUALSENSE', 'GM-GAME-NEW', 'GM-GAME-SALE', 'GM-HEADSET'],
    camera: ['AC-MICROSD', 'AC-POWERBANK'],
    tablet: ['AC-CASE', 'AC-SCREEN'],
  };
  return item(rng.pick(by[main] ?? ['AC-USBC-2M', 'AC-POWERBANK', 'AC-AAA']));
}

/** Environmental handling fee per unit, cents, where the province charges one. */
const EHF: Readonly<Record<Category, number>> = {
  laptop: 70,
  phone: 20,
  tablet: 50,
  tv: 1_950,
  gaming: 95,
  pc_parts: 0,
  camera: 30,
  audio: 25,
  wearable: 10,
  smart_home: 15,
  accessory: 0,
  gift_card: 0,
};

export type Fulfilment = 'ship' | 'express' | 'pickup' | 'email';

export interface Basket {
  lines: Line[];
  items: number;
  code?: string;
  discount: number;
  ehf: number;
  shippingFee: number;
  tax: number;
  /** The province whose tax applies: the delivery address's, Ontario for pickup, the buyer's for e-mail. */
  taxProvince: Prov;
  amount: number;
  currency: 'CAD';
}

const REMOTE: ReadonlySet<Prov> = new Set(['YT', 'NT', 'NU']);

/** Shipping: free over $35; express $14.99; TVs of 65" and up go by freight; the North pays a remote surcharge. */
function shippingFee(
  lines: readonly Line[],
  f: Fulfilment,
  prov: Prov,
  rural: boolean,
  items: number,
): number {
  if (f === 'pickup' || f === 'email') return 0;
  const big = lines.some((l) =>
    ['TV-65-MINILED', 'TV-75-4K', 'TV-65-OLED', 'TV-77-OLED', 'TV-85-QLED'].includes(l.sku),
  );
  let fee = items >= 3_500 ? 0 : 599;
  if (f === 'express') fee += 1_499;
  if (big) fee += 4_999;
  if (REMOTE.has(prov)) fee += 1_999;
  else if (rural && big) fee += 2_500;
  return fee;
}

/**
 * The basket's money. `code` takes `off` cents (or `pct` percent) off the goods that are not gift cards, when
 * they reach `min`.
 */
export function basketOf(
  lines: Line[],
  o: {
    fulfilment: Fulfilment;
    prov: Prov;
    rural?: boolean;
    code?: { code: string; off?: number; pct?: number; min: number };
  },
): Basket {
  const items = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const goods = lines.filter((l) => l.category !== 'gift_card').reduce((s, l) => s + l.price * l.quantity, 0);
  const c = o.code;
  const discount =
    c && goods >= c.min ? Math.min(goods, c.off ?? Math.round((goods * (c.pct ?? 0)) / 100)) : 0;
  const taxProvince: Prov = o.fulfilment === 'pickup' ? 'ON' : o.prov;
  const province = PROVINCES[taxProvince];
  const ehf = province.ehf ? lines.reduce((s, l) => s + EHF[l.category] * l.quantity, 0) : 0;
  const ship = shippingFee(lines, o.fulfilment, o.prov, o.rural ?? false, items);
  const taxable = Math.max(0, goods - discount + ehf + ship);
  const tax = goods > 0 ? Math.round(taxable * province.tax) : 0;
  return {
    lines,
    items,
    ...(discount > 0 && c ? { code: c.code } : {}),
    discount,
    ehf,
    shippingFee: ship,
    tax,
    taxProvince,
    amount: items - discount + ehf + ship + tax,
    currency: 'CAD',
  };
}

/** Only gift cards: sent by e-mail, nothing to ship. */
export const onlyGiftCards = (lines: readonly Line[]): boolean =>
  lines.every((l) => l.category === 'gift_card');
