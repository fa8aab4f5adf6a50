import { type BasketLine, lineOf, product, type Product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Market } from './places.js';

/**
 * What the store sells, at its winter-sale prices in euro cents with VAT: phones, laptops, tablets, TVs,
 * consoles and games, cameras, audio, small and large appliances, books, vinyl, concert e-tickets, gift cards,
 * accessories and extended warranties. The Swiss site shows francs, rounded to 90 centimes.
 */

export type Category =
  | 'phone'
  | 'laptop'
  | 'tablet'
  | 'tv'
  | 'console'
  | 'game'
  | 'camera'
  | 'audio'
  | 'small_appliance'
  | 'large_appliance'
  | 'book'
  | 'vinyl'
  | 'ticket'
  | 'gift_card'
  | 'accessory'
  | 'warranty';

const p = product<Category>;

export const CATALOGUE = {
  iphone: p('TEL-APL-16-128', 'iPhone 16 128 Go', 'phone', 86_900),
  iphonePro: p('TEL-APL-16P-256', 'iPhone 16 Pro 256 Go', 'phone', 1_209_00),
  galaxy: p('TEL-SAM-S25-256', 'Samsung Galaxy S25 256 Go', 'phone', 799_00),
  pixel: p('TEL-GOO-P9A', 'Google Pixel 9a', 'phone', 449_00),
  redmi: p('TEL-XIA-RN14', 'Xiaomi Redmi Note 14', 'phone', 199_99),
  macbookAir: p('ORD-APL-MBA13-M3', 'MacBook Air 13" M3 16 Go', 'laptop', 1_099_00),
  macbookPro: p('ORD-APL-MBP14-M4', 'MacBook Pro 14" M4 Pro', 'laptop', 2_249_00),
  gamingLaptop: p('ORD-ASU-TUF-4060', 'PC portable gamer 15" RTX 4060', 'laptop', 1_199_99),
  laptop: p('ORD-LEN-IDP5-15', 'PC portable 15" Ryzen 5 16 Go', 'laptop', 549_99),
  chromebook: p('ORD-ACE-CB314', 'Chromebook 14"', 'laptop', 279_99),
  ipad: p('TAB-APL-IPAD-11', 'iPad 11" 128 Go', 'tablet', 389_00),
  tabA9: p('TAB-SAM-A9P', 'Samsung Galaxy Tab A9+', 'tablet', 199_99),
  tv55: p('TV-LG-OLED55C4', 'TV OLED 55" 4K', 'tv', 1_149_00),
  tv65: p('TV-SAM-QN65Q80', 'TV QLED 65" 4K', 'tv', 999_00),
  tv43: p('TV-TCL-43P755', 'TV LED 43" 4K', 'tv', 299_99),
  soundbar: p('AUD-SON-HTS2000', 'Barre de son Dolby Atmos', 'audio', 399_00),
  ps5: p('CON-SON-PS5-SLIM', 'Console PS5 Slim', 'console', 449_99),
  ps5Pro: p('CON-SON-PS5-PRO', 'Console PS5 Pro', 'console', 799_99),
  switch2: p('CON-NIN-SWITCH2', 'Console Nintendo Switch 2', 'console', 469_99),
  xbox: p('CON-MSF-XSX', 'Console Xbox Series X', 'console', 549_99),
  gameA: p('JEU-PS5-FC26', 'Jeu PS5 EA Sports FC 26', 'game', 49_99),
  gameB: p('JEU-NSW-MKW', 'Jeu Switch 2 Mario Kart World', 'game', 69_99),
  gameC: p('JEU-PS5-GT7', 'Jeu PS5 Gran Turismo 7', 'game', 29_99),
  controller: p('CON-SON-DUALSENSE', 'Manette DualSense', 'accessory', 59_99),
  hybridCamera: p('PHO-SON-A7IV', 'Appareil hybride plein format + 28-70', 'camera', 2_199_00),
  compactCamera: p('PHO-CAN-G7X3', 'Appareil compact expert', 'camera', 699_00),
  actionCam: p('PHO-GOP-H13', 'Caméra sport 5.3K', 'camera', 349_99),
  airpods: p('AUD-APL-APP2', 'Écouteurs sans fil à réduction de bruit', 'audio', 229_00),
  headphones: p('AUD-SON-WH1000', 'Casque Bluetooth à réduction de bruit', 'audio', 299_00),
  speaker: p('AUD-JBL-FLIP6', 'Enceinte Bluetooth portable', 'audio', 99_99),
  turntable: p('AUD-AUD-LP60X', 'Platine vinyle', 'audio', 149_00),
  vacuum: p('PEM-DYS-V15', 'Aspirateur balai sans fil', 'small_appliance', 549_00),
  robot: p('PEM-ROB-S8', 'Aspirateur robot laveur', 'small_appliance', 399_00),
  airfryer: p('PEM-NIN-AF400', 'Friteuse sans huile double bac', 'small_appliance', 149_99),
  coffee: p('PEM-DEL-MAGNIFICA', 'Expresso broyeur', 'small_appliance', 329_00),
  kitchenRobot: p('PEM-MOU-COMPANION', 'Robot cuiseur multifonction', 'small_appliance', 699_00),
  hairdryer: p('PEM-DYS-HD08', 'Sèche-cheveux', 'small_appliance', 399_00),
  washer: p('GEM-BOS-WGG04', 'Lave-linge hublot 9 kg', 'large_appliance', 549_00),
  dryer: p('GEM-ELE-EW7H', 'Sèche-linge pompe à chaleur 8 kg', 'large_appliance', 629_00),
  fridge: p('GEM-SAM-RB38', 'Réfrigérateur combiné 390 L', 'large_appliance', 699_00),
  dishwasher: p('GEM-SIE-SN23', 'Lave-vaisselle 60 cm', 'large_appliance', 479_00),
  oven: p('GEM-WHI-OMK58', 'Four encastrable pyrolyse', 'large_appliance', 429_00),
  novel: p('LIV-ROMAN-POCHE', 'Roman, édition de poche', 'book', 9_20),
  bd: p('LIV-BD-ASTERIX', 'Bande dessinée, album cartonné', 'book', 11_50),
  manga: p('LIV-MANGA-OP', 'Manga, tome', 'book', 7_20),
  artBook: p('LIV-BEAUX-LIVRES', 'Beau livre illustré', 'book', 45_00),
  vinyl: p('VIN-LP-ALBUM', 'Album vinyle 33 tours', 'vinyl', 27_99),
  vinylBox: p('VIN-COFFRET-DELUXE', 'Coffret vinyle édition deluxe', 'vinyl', 119_99),
  concert: p('BIL-CONCERT-ARENA', 'E-billet concert, catégorie 1', 'ticket', 89_00),
  festival: p('BIL-FESTIVAL-PASS', 'E-billet festival, pass 3 jours', 'ticket', 219_00),
  cable: p('ACC-CAB-USBC-1M', 'Câble USB-C 1 m', 'accessory', 9_99),
  charger: p('ACC-CHG-30W', 'Chargeur secteur 30 W', 'accessory', 19_99),
  case: p('ACC-COQ-SMART', 'Coque de protection smartphone', 'accessory', 14_99),
  sdCard: p('ACC-SDX-128', 'Carte microSD 128 Go', 'accessory', 17_99),
  hdmi: p('ACC-HDMI-21', 'Câble HDMI 2.1 2 m', 'accessory', 24_99),
} as const satisfies Record<string, Product<Category>>;

export type ProductKey = keyof typeof CATALOGUE;
export const item = (key: ProductKey): Product<Category> => CATALOGUE[key];

/** Gift cards: physical or e-mailed, values the buyer picks. */
export function giftCard(value: number, digital: boolean): Product<Category> {
  return p(
    `CAD-${digital ? 'E' : 'P'}-${value / 100}`,
    `Carte cadeau ${digital ? 'e-carte' : 'physique'} ${value / 100} €`,
    'gift_card',
    value,
  );
}

/** The extended warranty offered at checkout, by the price of what it covers. */
export function warrantyFor(prod: Product<Category>): Product<Category> | undefined {
  if (!['phone', 'laptop', 'tablet', 'tv', 'console', 'camera', 'large_appliance'].includes(prod.category))
    return undefined;
  const price =
    prod.price < 300_00 ? 29_99 : prod.price < 700_00 ? 59_99 : prod.price < 1_500_00 ? 99_99 : 149_99;
  return p(`GAR-${prod.sku}`, `Garantie 3 ans, ${prod.name}`, 'warranty', price);
}

/** A price on the Swiss site: francs at a little under par, rounded to 90 centimes. */
export const chf = (eur: number): number => Math.max(90, Math.round((eur * 0.97) / 100) * 100 - 10);

export type Fulfilment = 'home_delivery' | 'store_pickup' | 'relay_point' | 'two_person' | 'e_delivery';

export interface Basket {
  lines: BasketLine<Category>[];
  currency: 'EUR' | 'CHF';
  shippingFee: number;
  code?: string;
  discount: number;
  /** Items + shipping − discount. */
  amount: number;
}

/** Delivery charges by how and where, euro cents (francs on the Swiss site). */
export function shippingFee(f: Fulfilment, market: Market, items: number): number {
  if (f === 'store_pickup' || f === 'e_delivery') return 0;
  if (market === 'RE' || market === 'GP') return f === 'relay_point' ? 14_90 : 29_90;
  if (f === 'two_person') return market === 'FR' ? 49_00 : 79_00;
  if (market !== 'FR') return items >= 99_00 ? 9_90 : 14_90;
  if (f === 'relay_point') return items >= 25_00 ? 0 : 3_99;
  return items >= 49_00 ? 0 : 5_99;
}

/**
 * A basket from lines: priced in the market's currency, the shipping fee, and a discount code when given (a
 * share off the items, in whole currency units).
 */
export function basketOf(
  lines: BasketLine<Category>[],
  market: Market,
  f: Fulfilment,
  code?: { code: string; off: number } | { code: string; amount: number },
): Basket {
  const currency = market === 'CH' ? 'CHF' : 'EUR';
  const priced = currency === 'CHF' ? lines.map((l) => ({ ...l, price: chf(l.price) })) : lines;
  const items = priced.reduce((s, l) => s + l.price * l.quantity, 0);
  const fee = shippingFee(f, market, items);
  const discount = !code
    ? 0
    : 'off' in code
      ? Math.floor((items * code.off) / 100 / 100) * 100
      : Math.min(code.amount, items - 100);
  return {
    lines: priced,
    currency,
    shippingFee: fee,
    ...(code && discount > 0 ? { code: code.code } : {}),
    discount: code && discount > 0 ? discount : 0,
    amount: items + fee - (code && discount > 0 ? discount : 0),
  };
}

/** The usual extras with a device: a case, a charger, a game, a warranty (a third of big-ticket buyers). */
export function withExtras(rng: Rng, main: Product<Category>, warrantyShare = 0.3): BasketLine<Category>[] {
  const out = [lineOf(main)];
  if (main.category === 'phone') {
    if (rng.chance(0.5)) out.push(lineOf(item('case')));
    if (rng.chance(0.3)) out.push(lineOf(item('charger')));
  }
  if (main.category === 'console') {
    if (rng.chance(0.6)) out.push(lineOf(rng.pick([item('gameA'), item('gameB'), item('gameC')])));
    if (rng.chance(0.3)) out.push(lineOf(item('controller')));
  }
  if (main.category === 'tv' && rng.chance(0.25))
    out.push(lineOf(rng.chance(0.5) ? item('soundbar') : item('hdmi')));
  if (main.category === 'camera' && rng.chance(0.5)) out.push(lineOf(item('sdCard')));
  const warranty = warrantyFor(main);
  if (warranty && rng.chance(warrantyShare)) out.push(lineOf(warranty));
  return out;
}

/** What people buy in the sales, by weight: the mainstream mix. */
export const SALES_MIX: ReadonlyArray<readonly [ProductKey, number]> = [
  ['iphone', 5],
  ['galaxy', 3],
  ['pixel', 2],
  ['redmi', 4],
  ['macbookAir', 3],
  ['laptop', 5],
  ['gamingLaptop', 2],
  ['chromebook', 1],
  ['ipad', 3],
  ['tabA9', 2],
  ['tv55', 3],
  ['tv65', 2],
  ['tv43', 3],
  ['soundbar', 2],
  ['ps5', 3],
  ['switch2', 3],
  ['xbox', 1],
  ['gameA', 4],
  ['gameB', 3],
  ['gameC', 3],
  ['compactCamera', 1],
  ['actionCam', 1],
  ['airpods', 4],
  ['headphones', 3],
  ['speaker', 4],
  ['vacuum', 3],
  ['robot', 2],
  ['airfryer', 5],
  ['coffee', 3],
  ['kitchenRobot', 1],
  ['hairdryer', 2],
  ['charger', 2],
  ['sdCard', 2],
];

export const CULTURE_MIX: ReadonlyArray<readonly [ProductKey, number]> = [
  ['novel', 5],
  ['bd', 4],
  ['manga', 4],
  ['artBook', 2],
  ['vinyl', 5],
  ['vinylBox', 1],
  ['concert', 3],
  ['festival', 1],
  ['turntable', 1],
];

export const LARGE_APPLIANCES: readonly ProductKey[] = ['washer', 'dryer', 'fridge', 'dishwasher', 'oven'];

export const pickFrom = (rng: Rng, mix: ReadonlyArray<readonly [ProductKey, number]>): Product<Category> =>
  item(rng.weightedPick(mix));
