import { type BasketLine } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { CURRENCY, type Market, PER_USD } from './markets.js';

/**
 * What the store sells, at Black Friday shelf prices in each market's currency (minor units: kobo, cents,
 * pesewas): phones, laptops, TVs, power (generators, inverters, batteries, solar kits), large and small
 * appliances, accessories, consoles, and the digital lines: airtime/data vouchers and gift cards.
 */

export type Category =
  | 'phone'
  | 'laptop'
  | 'tv'
  | 'power'
  | 'appliance'
  | 'small_appliance'
  | 'accessory'
  | 'gaming'
  | 'airtime'
  | 'gift_card';

export type Line = BasketLine<Category>;

export interface Product {
  sku: string;
  name: string;
  category: Category;
  /** Shelf price in US dollars before conversion. */
  usd: number;
}

/** sku; name; category; shelf price in USD */
const TABLE = `
PH-TEC-SPK20;Tecno Spark 20 128GB;phone;125
PH-INF-HOT40I;Infinix Hot 40i 128GB;phone;115
PH-ITL-A70;itel A70 64GB;phone;72
PH-SAM-A15;Samsung Galaxy A15 128GB;phone;165
PH-SAM-A35;Samsung Galaxy A35 5G 256GB;phone;335
PH-SAM-A55;Samsung Galaxy A55 5G 256GB;phone;435
PH-SAM-S24FE;Samsung Galaxy S24 FE 256GB;phone;640
PH-SAM-S25U;Samsung Galaxy S25 Ultra 512GB;phone;1390
PH-APL-IP13;Apple iPhone 13 128GB;phone;590
PH-APL-IP15;Apple iPhone 15 128GB;phone;880
PH-APL-IP16PM;Apple iPhone 16 Pro Max 256GB;phone;1520
PH-TEC-CAM30;Tecno Camon 30 256GB;phone;255
PH-INF-NOTE40;Infinix Note 40 256GB;phone;235
PH-XIA-RN13;Xiaomi Redmi Note 13 256GB;phone;215
PH-NOK-105;Nokia 105 (2023);phone;22
LT-HP-250G9;HP 250 G9 Core i5 8GB/512GB;laptop;470
LT-LEN-IP3;Lenovo IdeaPad Slim 3 Ryzen 5;laptop;520
LT-DEL-LAT-R;Dell Latitude 5490 (refurbished);laptop;290
LT-APL-MBA-M2;Apple MacBook Air 13 M2;laptop;1090
LT-APL-MBP-M4;Apple MacBook Pro 14 M4;laptop;1850
LT-HP-ELITE;HP EliteBook 840 G8 Core i7;laptop;880
LT-ASU-VIVO;ASUS Vivobook 15 Core i3;laptop;410
TV-HIS-32;Hisense 32" HD Smart TV;tv;150
TV-TCL-43;TCL 43" FHD Android TV;tv;255
TV-SAM-55CU;Samsung 55" Crystal UHD 4K;tv;520
TV-LG-65UR;LG 65" UHD 4K Smart TV;tv;840
TV-HIS-75;Hisense 75" ULED 4K;tv;1150
TV-SKY-50;Skyworth 50" 4K Google TV;tv;330
PW-FIR-SPG3;Sumec Firman SPG3000 Generator;power;260
PW-ELE-3K;Elepaq 3.5kVA Key-Start Generator;power;310
PW-LUM-15;1.5kVA Pure Sine Inverter;power;360
PW-LIB-5K;5kWh Lithium Battery (LiFePO4);power;1350
PW-SOL-3K;3kVA Solar Kit (inverter, battery, 4 panels);power;2150
PW-ECO-RIV2;EcoFlow River 2 Power Station;power;280
PW-ECO-DEL2;EcoFlow Delta 2 Power Station;power;890
PW-STB-5K;5000VA Voltage Stabiliser;power;75
PW-UPS-1K;1kVA Line-Interactive UPS;power;95
AP-HIS-205;Hisense 205L Double-Door Fridge;appliance;330
AP-LG-DD;LG 420L Inverter Fridge;appliance;760
AP-HAI-CF;Haier Thermocool 200L Chest Freezer;appliance;390
AP-SAM-WM7;Samsung 7kg Front-Load Washer;appliance;450
AP-MID-AC15;Midea 1.5HP Inverter Split AC;appliance;470
SA-BIN-BL;Binatone 1.5L Blender;small_appliance;38
SA-KET-17;1.7L Electric Kettle;small_appliance;18
SA-IRN-STM;Philips Steam Iron;small_appliance;28
SA-FAN-RC;Rechargeable Standing Fan;small_appliance;48
SA-AFR-4L;4L Digital Air Fryer;small_appliance;68
SA-MIC-20;Midea 20L Microwave;small_appliance;88
AC-ORA-PODS;Oraimo FreePods 4;accessory;24
AC-ORA-PB27;Oraimo 27000mAh Power Bank;accessory;30
AC-ANK-20W;Anker 20W USB-C Charger;accessory;19
AC-APL-APP2;Apple AirPods Pro (2nd gen);accessory;245
AC-APL-WSE;Apple Watch SE 40mm;accessory;270
AC-JBL-FL6;JBL Flip 6 Speaker;accessory;118
AC-SAM-BUDS;Samsung Galaxy Buds FE;accessory;88
AC-CASE;Phone Case and Screen Protector;accessory;9
AC-SD128;SanDisk 128GB microSD;accessory;12
GM-SNY-PS5;Sony PlayStation 5 Slim;gaming;610
GM-MS-XSS;Xbox Series S 512GB;gaming;370
GM-SNY-DS5;PS5 DualSense Controller;gaming;78
`;

export const PRODUCTS: readonly Product[] = TABLE.trim()
  .split('\n')
  .map((row) => {
    const [sku = '', name = '', category = 'accessory', usd = '0'] = row.split(';');
    return { sku, name, category: category as Category, usd: Number(usd) };
  });

export const productsIn = (c: Category): Product[] => PRODUCTS.filter((p) => p.category === c);

/** Local price points: two significant digits, less one unit (₦184,999, KSh 24,999, R8,999, GH₵4,599). */
export function shelfPrice(p: Product, m: Market): number {
  const local = p.usd * PER_USD[m];
  const step = Math.max(10, 5 * 10 ** Math.floor(Math.log10(local) - 2));
  return (Math.max(step, Math.round(local / step) * step) - 1) * 100;
}

/** Airtime/data denominations and gift-card values, in major units. */
const AIRTIME: Record<Market, readonly number[]> = {
  NG: [1000, 2000, 5000, 10000, 20000],
  KE: [100, 250, 500, 1000, 2000],
  ZA: [29, 55, 110, 299, 500],
  GH: [10, 20, 50, 100, 200],
};
const GIFT: Record<Market, readonly number[]> = {
  NG: [10000, 25000, 50000, 100000, 200000],
  KE: [1000, 2500, 5000, 10000, 20000],
  ZA: [250, 500, 1000, 2000, 5000],
  GH: [100, 250, 500, 1000, 2000],
};
const CARRIERS: Record<Market, readonly string[]> = {
  NG: ['MTN', 'Airtel', 'Glo', '9mobile'],
  KE: ['Safaricom', 'Airtel'],
  ZA: ['Vodacom', 'MTN', 'Cell C', 'Telkom'],
  GH: ['MTN', 'Telecel', 'AT'],
};

/** The index (0 = smallest) of an airtime or gift-card denomination. */
export type Denomination = 0 | 1 | 2 | 3 | 4;

export function airtime(rng: Rng, m: Market, size: Denomination, quantity = 1): Line {
  const value = AIRTIME[m][size] ?? 0;
  const carrier = rng.pick(CARRIERS[m]);
  const data = rng.chance(0.4);
  return {
    sku: `VT-${m}-${carrier.toUpperCase().replace(/\W/g, '')}-${data ? 'DATA' : 'AIR'}-${value}`,
    name: `${carrier} ${data ? 'data bundle' : 'airtime'} ${CURRENCY[m]} ${value}`,
    category: 'airtime',
    quantity,
    price: value * 100,
  };
}

export function giftCard(rng: Rng, m: Market, size: Denomination, quantity = 1): Line {
  const value = GIFT[m][size] ?? 0;
  const google = rng.chance(0.3);
  return {
    sku: `GC-${m}-${google ? 'GPLAY' : 'STORE'}-${value}`,
    name: `${google ? 'Google Play' : 'Store'} e-gift card ${CURRENCY[m]} ${value}`,
    category: 'gift_card',
    quantity,
    price: value * 100,
  };
}

export function lineOf(p: Product, m: Market, quantity = 1): Line {
  return { sku: p.sku, name: p.name, category: p.category, quantity, price: shelfPrice(p, m) };
}

/** A product of the category, cheaper ones more likely unless `upmarket`. */
export function pickProduct(rng: Rng, c: Category, upmarket = false): Product {
  const pool = productsIn(c);
  return rng.weightedPick(pool.map((p) => [p, upmarket ? Math.sqrt(p.usd) : 1 / Math.sqrt(p.usd)] as const));
}

export const isDigital = (l: Line): boolean => l.category === 'airtime' || l.category === 'gift_card';
const BULKY: ReadonlySet<Category> = new Set(['tv', 'power', 'appliance']);

/** Delivery fees (major units): parcel and bulky item; pickup stations charge about half. */
const FEE: Record<Market, { parcel: number; bulky: number }> = {
  NG: { parcel: 2500, bulky: 12000 },
  KE: { parcel: 250, bulky: 1500 },
  ZA: { parcel: 65, bulky: 450 },
  GH: { parcel: 30, bulky: 180 },
};

export interface Basket {
  lines: Line[];
  /** Items plus delivery, minor units. */
  amount: number;
  currency: string;
  delivery: number;
}

export function basketOf(m: Market, lines: Line[], pickup = false): Basket {
  const items = lines.reduce((sum, l) => sum + l.price * l.quantity, 0);
  const physical = lines.filter((l) => !isDigital(l));
  const fee =
    physical.length === 0
      ? 0
      : (physical.some((l) => BULKY.has(l.category)) ? FEE[m].bulky : FEE[m].parcel) * (pickup ? 50 : 100);
  return { lines, amount: items + fee, currency: CURRENCY[m], delivery: fee };
}
