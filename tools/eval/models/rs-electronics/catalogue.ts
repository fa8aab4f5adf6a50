import { type BasketLine, lineOf, type Product, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { inCampaign } from './calendar.js';

/**
 * What the store sells, shelf prices in para (1/100 dinar) with 20 % VAT, as Belgrade chains price them in late
 * 2026. The regional shops (Montenegro, Bosnia and Herzegovina, North Macedonia) show euro prices, the dinar
 * price at about 117 to the euro, ending in .99. Crni petak deals (Friday to Cyber Monday) take 15–30 % off
 * the flagged products.
 */

export type Category =
  | 'phone'
  | 'laptop'
  | 'tv'
  | 'console'
  | 'game'
  | 'white_goods'
  | 'small_appliance'
  | 'audio'
  | 'wearable'
  | 'tablet'
  | 'accessory'
  | 'gift_card';

const p = (sku: string, name: string, category: Category, dinars: number): Product<Category> =>
  product(sku, name, category, dinars * 100);

export const CATALOGUE = {
  phone: [
    p('PH-APL-16-128', 'Apple iPhone 16 128GB', 'phone', 129_999),
    p('PH-APL-16P-256', 'Apple iPhone 16 Pro 256GB', 'phone', 184_999),
    p('PH-SAM-S25-256', 'Samsung Galaxy S25 256GB', 'phone', 119_999),
    p('PH-SAM-A56-128', 'Samsung Galaxy A56 5G 128GB', 'phone', 49_999),
    p('PH-SAM-A16-128', 'Samsung Galaxy A16 128GB', 'phone', 21_999),
    p('PH-XIA-RN14-256', 'Xiaomi Redmi Note 14 256GB', 'phone', 27_999),
    p('PH-XIA-14T-512', 'Xiaomi 14T 512GB', 'phone', 64_999),
    p('PH-HON-400L', 'Honor 400 Lite 256GB', 'phone', 32_999),
    p('PH-MOT-G85', 'Motorola moto g85 5G', 'phone', 26_999),
  ],
  laptop: [
    p('LP-APL-MBA13-M4', 'Apple MacBook Air 13 M4 16/256GB', 'laptop', 159_999),
    p('LP-LEN-IPS3-15', 'Lenovo IdeaPad Slim 3 15 i5/16/512', 'laptop', 69_999),
    p('LP-ASU-VB15', 'ASUS Vivobook 15 R5/16/512', 'laptop', 59_999),
    p('LP-HP-250G10', 'HP 250 G10 i5/8/512', 'laptop', 54_999),
    p('LP-ACE-NITV15', 'Acer Nitro V 15 RTX 4050', 'laptop', 104_999),
    p('LP-LEN-LOQ15', 'Lenovo LOQ 15 RTX 4060', 'laptop', 119_999),
    p('LP-DEL-LAT5550', 'Dell Latitude 5550 i7/16/512', 'laptop', 139_999),
  ],
  tv: [
    p('TV-TES-43E', 'Tesla 43" 4K Android TV', 'tv', 27_999),
    p('TV-VOX-50G', 'Vox 50" 4K Google TV', 'tv', 34_999),
    p('TV-HIS-58A6', 'Hisense 58" 4K Smart TV', 'tv', 44_999),
    p('TV-SAM-55CU', 'Samsung 55" Crystal UHD', 'tv', 54_999),
    p('TV-SON-65X80', 'Sony 65" Bravia 4K', 'tv', 139_999),
    p('TV-LG-65C4', 'LG 65" OLED evo C4', 'tv', 229_999),
  ],
  console: [
    p('GM-SON-PS5SD', 'Sony PlayStation 5 Slim Digital', 'console', 59_999),
    p('GM-SON-PS5PRO', 'Sony PlayStation 5 Pro', 'console', 99_999),
    p('GM-MS-XSX', 'Microsoft Xbox Series X', 'console', 64_999),
    p('GM-NIN-SWOLED', 'Nintendo Switch OLED', 'console', 42_999),
    p('GM-NIN-SW2', 'Nintendo Switch 2', 'console', 59_999),
  ],
  game: [
    p('GM-SON-DS5', 'Sony DualSense kontroler', 'game', 8_999),
    p('GM-EA-FC26', 'EA Sports FC 26 PS5', 'game', 7_999),
    p('GM-GTA-V-PS5', 'Grand Theft Auto V PS5', 'game', 3_999),
  ],
  white_goods: [
    p('WG-GOR-NRK6192', 'Gorenje kombinovani frižider NRK6192', 'white_goods', 69_999),
    p('WG-BEK-WUE8', 'Beko mašina za pranje veša 8 kg', 'white_goods', 39_999),
    p('WG-BOS-SMS4', 'Bosch mašina za pranje sudova', 'white_goods', 59_999),
    p('WG-GOR-EC6', 'Gorenje električni šporet', 'white_goods', 44_999),
    p('WG-CAN-DRY9', 'Candy mašina za sušenje veša 9 kg', 'white_goods', 54_999),
    p('WG-VOX-ZAM', 'Vox zamrzivač sanduk 200 l', 'white_goods', 29_999),
    p('WG-MID-KLIMA12', 'Midea inverter klima 12000 BTU', 'white_goods', 49_999),
  ],
  small_appliance: [
    p('SA-TEF-AIRFRY', 'Tefal Easy Fry air fryer', 'small_appliance', 9_999),
    p('SA-DEL-MAG', "De'Longhi Magnifica aparat za espresso", 'small_appliance', 49_999),
    p('SA-PHI-USIS', 'Philips usisivač 3000', 'small_appliance', 14_999),
    p('SA-XIA-ROBOT', 'Xiaomi robot usisivač S20', 'small_appliance', 29_999),
    p('SA-DYS-V15', 'Dyson V15 Detect', 'small_appliance', 79_999),
    p('SA-GOR-MW', 'Gorenje mikrotalasna rerna', 'small_appliance', 8_999),
    p('SA-TES-RAD', 'Tesla uljani radijator 2000 W', 'small_appliance', 7_999),
    p('SA-ROW-FEN', 'Rowenta fen za kosu', 'small_appliance', 4_999),
  ],
  audio: [
    p('AU-JBL-T520', 'JBL Tune 520BT slušalice', 'audio', 5_999),
    p('AU-APL-AP4', 'Apple AirPods 4', 'audio', 17_999),
    p('AU-SON-XM5', 'Sony WH-1000XM5', 'audio', 39_999),
    p('AU-JBL-CHG5', 'JBL Charge 5 zvučnik', 'audio', 16_999),
  ],
  wearable: [
    p('WR-APL-WSE', 'Apple Watch SE 44mm', 'wearable', 29_999),
    p('WR-SAM-GW7', 'Samsung Galaxy Watch7', 'wearable', 29_999),
    p('WR-XIA-BAND9', 'Xiaomi Smart Band 9', 'wearable', 3_999),
  ],
  tablet: [
    p('TB-APL-IPAD11', 'Apple iPad 11" 128GB', 'tablet', 49_999),
    p('TB-SAM-A9P', 'Samsung Galaxy Tab A9+', 'tablet', 24_999),
  ],
  accessory: [
    p('AC-USBC-20W', 'Punjač USB-C 20 W', 'accessory', 1_999),
    p('AC-CASE', 'Maska za telefon', 'accessory', 990),
    p('AC-GLASS', 'Zaštitno staklo', 'accessory', 790),
    p('AC-CABLE', 'USB-C kabl 1 m', 'accessory', 590),
    p('AC-LOG-M190', 'Logitech M190 bežični miš', 'accessory', 1_990),
    p('AC-XIA-PB10', 'Xiaomi power bank 10000 mAh', 'accessory', 2_499),
    p('AC-SD-128', 'SanDisk microSD 128GB', 'accessory', 1_290),
    p('AC-HDMI', 'HDMI kabl 2 m', 'accessory', 690),
  ],
  gift_card: [
    p('GC-10000', 'Poklon kartica 10.000 RSD', 'gift_card', 10_000),
    p('GC-20000', 'Poklon kartica 20.000 RSD', 'gift_card', 20_000),
  ],
} satisfies Record<Category, Product<Category>[]>;

/** Products that go on a Crni petak deal. */
const DEALS = new Set([
  'PH-SAM-A56-128',
  'PH-XIA-RN14-256',
  'LP-LEN-IPS3-15',
  'TV-VOX-50G',
  'TV-SAM-55CU',
  'TV-LG-65C4',
  'GM-SON-PS5SD',
  'GM-NIN-SWOLED',
  'WG-BEK-WUE8',
  'WG-GOR-NRK6192',
  'SA-TEF-AIRFRY',
  'SA-XIA-ROBOT',
  'SA-DYS-V15',
  'AU-APL-AP4',
]);

export const isDeal = (sku: string): boolean => DEALS.has(sku);

export type Currency = 'RSD' | 'EUR';

export interface Basket {
  amount: number;
  currency: Currency;
  lines: BasketLine<Category>[];
  shippingFee: number;
}

/** A product's price in the shop's currency at `t`: the campaign's deal price, in euros for the regional shops. */
export function priceOf(pr: Product<Category>, currency: Currency, t: number): number {
  let dinars = pr.price / 100;
  if (DEALS.has(pr.sku) && inCampaign(t)) {
    const cut = 0.7 + (pr.sku.length % 4) * 0.05;
    dinars = Math.round((dinars * cut) / 1000) * 1000 - 1;
  }
  if (currency === 'RSD') return dinars * 100;
  if (pr.category === 'gift_card') return Math.round(dinars / 117) * 100;
  return Math.max(1, Math.round(dinars / 117)) * 100 - 1;
}

export const pickFrom = (rng: Rng, category: Category): Product<Category> => rng.pick(CATALOGUE[category]);

/** Courier delivery: 490 dinars under 10,000, free above; €9.90 to the region under €150. Pickup is free. */
export function shippingFeeFor(items: number, currency: Currency, delivered: boolean): number {
  if (!delivered) return 0;
  if (currency === 'RSD') return items < 1_000_000 ? 49_000 : 0;
  return items < 15_000 ? 990 : 0;
}

/** A basket of `picks` (product, quantity) priced at `t`. */
export function basketOf(
  picks: ReadonlyArray<readonly [Product<Category>, number]>,
  currency: Currency,
  t: number,
  delivered: boolean,
): Basket {
  const lines = picks.map(([pr, q]) => ({ ...lineOf(pr, q), price: priceOf(pr, currency, t) }));
  const items = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const shippingFee = shippingFeeFor(items, currency, delivered);
  return { amount: items + shippingFee, currency, lines, shippingFee };
}

/** What a household buys: one main thing, often an accessory or two with it. */
export function householdPicks(rng: Rng, t: number): Array<readonly [Product<Category>, number]> {
  const main = rng.weighted<Category>({
    phone: 24,
    laptop: 12,
    tv: 13,
    console: 6,
    game: 4,
    white_goods: 11,
    small_appliance: 15,
    audio: 6,
    wearable: 4,
    tablet: 3,
    accessory: 2,
    gift_card: inCampaign(t) ? 0 : 1,
  });
  const picks: Array<readonly [Product<Category>, number]> = [[pickFrom(rng, main), 1]];
  if (main === 'phone' && rng.chance(0.45)) picks.push([pickFrom(rng, 'accessory'), 1]);
  if (main === 'phone' && rng.chance(0.2)) picks.push([CATALOGUE.accessory[2] as Product<Category>, 1]);
  if (main === 'console' && rng.chance(0.4)) picks.push([pickFrom(rng, 'game'), 1]);
  if (main === 'laptop' && rng.chance(0.25)) picks.push([CATALOGUE.accessory[4] as Product<Category>, 1]);
  if (main === 'accessory') picks.push([pickFrom(rng, 'accessory'), 1]);
  return picks;
}
