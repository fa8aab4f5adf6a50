import { type BasketLine, lineOf, type Product, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/** What the shop sells, at Dhaka's May 2026 prices in taka (amounts in poisha, 100 to the taka). */

export type Category =
  | 'phones'
  | 'earbuds'
  | 'smartwatches'
  | 'power_banks'
  | 'chargers_cables'
  | 'laptop_accessories'
  | 'laptops'
  | 'gaming'
  | 'phone_accessories';

const tk = (taka: number) => taka * 100;
const P = (sku: string, name: string, category: Category, taka: number) =>
  product(sku, name, category, tk(taka));

export const CATALOGUE = {
  phones: [
    P('PH-NOK105', 'Nokia 105 (2023) feature phone', 'phones', 1_850),
    P('PH-WALP', 'Walton Primo H10 4/64', 'phones', 10_999),
    P('PH-TSP30', 'Tecno Spark 30 8/128', 'phones', 15_499),
    P('PH-R14C', 'Xiaomi Redmi 14C 6/128', 'phones', 15_999),
    P('PH-RLC75', 'Realme C75 8/128', 'phones', 19_999),
    P('PH-A16', 'Samsung Galaxy A16 6/128', 'phones', 21_999),
    P('PH-VY29', 'Vivo Y29 6/128', 'phones', 22_999),
    P('PH-RN14', 'Xiaomi Redmi Note 14 8/256', 'phones', 27_999),
    P('PH-A56', 'Samsung Galaxy A56 8/256', 'phones', 52_999),
    P('PH-IP16', 'Apple iPhone 16 128GB', 'phones', 142_000),
    P('PH-S25U', 'Samsung Galaxy S25 Ultra 12/256', 'phones', 159_999),
    P('PH-IP16PM', 'Apple iPhone 16 Pro Max 256GB', 'phones', 205_000),
  ],
  earbuds: [
    P('EB-QCYT13', 'QCY T13 ANC', 'earbuds', 1_450),
    P('EB-RB6A', 'Xiaomi Redmi Buds 6 Active', 'earbuds', 1_990),
    P('EB-R50I', 'Anker Soundcore R50i', 'earbuds', 2_500),
    P('EB-ORFP4', 'Oraimo FreePods 4', 'earbuds', 3_450),
    P('EB-JBL230', 'JBL Tune 230NC TWS', 'earbuds', 9_500),
    P('EB-APP4', 'Apple AirPods 4', 'earbuds', 19_500),
    P('EB-GB3P', 'Samsung Galaxy Buds3 Pro', 'earbuds', 22_500),
    P('EB-APP2', 'Apple AirPods Pro 2 (USB-C)', 'earbuds', 31_500),
  ],
  smartwatches: [
    P('SW-RW5A', 'Xiaomi Redmi Watch 5 Active', 'smartwatches', 3_700),
    P('SW-HSP', 'Haylou Solar Plus RT3', 'smartwatches', 3_900),
    P('SW-BIP5', 'Amazfit Bip 5', 'smartwatches', 8_900),
    P('SW-AWSE', 'Apple Watch SE 40mm', 'smartwatches', 31_000),
    P('SW-GW7', 'Samsung Galaxy Watch7 44mm', 'smartwatches', 32_000),
  ],
  power_banks: [
    P('PB-MI20K', 'Xiaomi 20000mAh 22.5W power bank', 'power_banks', 2_350),
    P('PB-ANK10', 'Anker PowerCore 10000', 'power_banks', 2_800),
    P('PB-ROM30', 'Romoss 30000mAh power bank', 'power_banks', 3_100),
    P('PB-BAS65', 'Baseus Blade 20000mAh 65W', 'power_banks', 5_900),
    P('PB-UG145', 'Ugreen Nexode 25000mAh 145W', 'power_banks', 8_500),
  ],
  chargers_cables: [
    P('CC-UGC1M', 'Ugreen USB-C to USB-C cable 1m', 'chargers_cables', 390),
    P('CC-BASLT', 'Baseus Lightning cable 1m', 'chargers_cables', 450),
    P('CC-CAR', 'Baseus dual-port car charger', 'chargers_cables', 850),
    P('CC-UG20', 'Ugreen 20W PD charger', 'chargers_cables', 950),
    P('CC-ANK20', 'Anker Nano 20W charger', 'chargers_cables', 1_450),
    P('CC-APL20', 'Apple 20W USB-C power adapter', 'chargers_cables', 2_600),
    P('CC-BAS65', 'Baseus 65W GaN charger', 'chargers_cables', 3_200),
  ],
  laptop_accessories: [
    P('LA-M331', 'Logitech M331 Silent mouse', 'laptop_accessories', 1_650),
    P('LA-SLEEVE', 'Laptop sleeve 15.6"', 'laptop_accessories', 1_100),
    P('LA-COOL', 'Laptop cooling pad', 'laptop_accessories', 1_600),
    P('LA-MK270', 'Logitech MK270 keyboard and mouse', 'laptop_accessories', 2_850),
    P('LA-ARCC6', 'TP-Link Archer C6 router', 'laptop_accessories', 3_100),
    P('LA-UGHUB', 'Ugreen 7-in-1 USB-C hub', 'laptop_accessories', 3_900),
    P('LA-WD1T', 'WD Elements 1TB portable HDD', 'laptop_accessories', 6_800),
    P('LA-T71T', 'Samsung T7 1TB portable SSD', 'laptop_accessories', 13_500),
  ],
  laptops: [
    P('LT-IPS3', 'Lenovo IdeaPad Slim 3 i5 16/512', 'laptops', 78_000),
    P('LT-MBA13', 'Apple MacBook Air 13" M3 16/256', 'laptops', 142_000),
  ],
  gaming: [
    P('GM-FTHS', 'Fantech HG11 gaming headset', 'gaming', 2_300),
    P('GM-PAD', 'GameSir T4 Cyclone gamepad', 'gaming', 2_600),
    P('GM-G304', 'Logitech G304 wireless mouse', 'gaming', 3_750),
    P('GM-K552', 'Redragon K552 keyboard', 'gaming', 3_900),
    P('GM-DSENSE', 'PS5 DualSense controller', 'gaming', 8_900),
    P('GM-NSW', 'Nintendo Switch OLED', 'gaming', 39_000),
    P('GM-PS5', 'PlayStation 5 Slim (disc)', 'gaming', 72_000),
  ],
  phone_accessories: [
    P('PA-GLASS', 'Tempered glass screen protector', 'phone_accessories', 250),
    P('PA-CASE', 'Silicone phone case', 'phone_accessories', 350),
    P('PA-HOLD', 'Bike phone holder', 'phone_accessories', 450),
    P('PA-TRIPOD', 'Selfie stick tripod', 'phone_accessories', 850),
  ],
} satisfies Record<Category, Product<Category>[]>;

export type Line = BasketLine<Category>;

export const ALL: readonly Product<Category>[] = Object.values(CATALOGUE).flat();
export const bySku = (sku: string): Product<Category> => {
  const found = ALL.find((x) => x.sku === sku);
  if (!found) throw new Error(`no product ${sku}`);
  return found;
};

/** Products of the categories priced within [min, max] taka. */
export const within = (cats: readonly Category[], min: number, max: number) =>
  cats.flatMap((c) => CATALOGUE[c]).filter((x) => x.price >= tk(min) && x.price <= tk(max));

/** One to `most` lines from `pool`, distinct products, mostly one of each; add-ons (case, glass) with phones. */
export function pickLines(rng: Rng, pool: readonly Product<Category>[], most = 2): Line[] {
  const lines: Line[] = [];
  const count = rng.int(1, most);
  for (let i = 0; i < count; i++) {
    const x = rng.pick(pool);
    if (!lines.some((l) => l.sku === x.sku)) lines.push(lineOf(x, rng.chance(0.1) ? 2 : 1));
  }
  if (lines.some((l) => l.category === 'phones') && rng.chance(0.5))
    lines.push(lineOf(rng.pick(CATALOGUE.phone_accessories)));
  return lines;
}

export { lineOf, tk };

export type Delivery = 'inside_dhaka' | 'outside_dhaka' | 'pickup';
export type Courier = 'store_rider' | 'pathao' | 'redx' | 'steadfast';

export interface Basket {
  lines: Line[];
  amount: number;
  currency: 'BDT';
  shippingFee: number;
  discount: number;
  code?: string;
  /** Instalments on a local credit card, months. */
  emiMonths?: number;
}

/** Delivery inside Dhaka ৳70, outside ৳130, pickup free; free delivery from ৳10,000 prepaid. */
export function basketOf(
  lines: Line[],
  delivery: Delivery,
  opts: { prepaid: boolean; code?: string } = { prepaid: false },
): Basket {
  const items = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const fee =
    delivery === 'pickup' || (opts.prepaid && items >= tk(10_000))
      ? 0
      : tk(delivery === 'inside_dhaka' ? 70 : 130);
  // EIDTECH: ৳500 off from ৳5,000; QURBANI: 5 % off up to ৳2,000 from ৳15,000.
  const discount =
    opts.code === 'EIDTECH' && items >= tk(5_000)
      ? tk(500)
      : opts.code === 'QURBANI' && items >= tk(15_000)
        ? Math.min(tk(2_000), Math.round((items * 0.05) / 100) * 100)
        : 0;
  return {
    lines,
    amount: items - discount + fee,
    currency: 'BDT',
    shippingFee: fee,
    discount,
    ...(discount > 0 && opts.code ? { code: opts.code } : {}),
  };
}
