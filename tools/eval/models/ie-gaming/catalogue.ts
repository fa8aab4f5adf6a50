import { type BasketLine } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Currency, type Region } from './places.js';

/**
 * What Pixel Harbour sells, with its euro price (the .ie storefront) and pound price (the .co.uk storefront),
 * VAT included, in cents and pence; and how a basket adds up: lines, a discount code, store credit from
 * trade-ins applied at checkout, and delivery.
 */

export type Category =
  | 'console'
  | 'bundle'
  | 'game'
  | 'collectors_edition'
  | 'digital_game'
  | 'wallet_code'
  | 'gift_card'
  | 'subscription'
  | 'game_currency'
  | 'controller'
  | 'headset'
  | 'chair'
  | 'pc_peripheral'
  | 'accessory'
  | 'merch';

export interface Item {
  sku: string;
  name: string;
  category: Category;
  eur: number;
  gbp: number;
}

const item = (sku: string, name: string, category: Category, eur: number, gbp: number): Item => ({
  sku,
  name,
  category,
  eur,
  gbp,
});

/** The limited launch bundle (one per customer) and the blockbuster's editions. */
export const BUNDLE = item(
  'PS5PRO-MC-LTD',
  'PS5 Pro Midnight Chrome Limited Edition bundle (2 controllers, Outlaw Coast VI voucher)',
  'bundle',
  89_999,
  78_999,
);
export const OC6 = {
  ps5: item('OC6-PS5', 'Outlaw Coast VI (PS5)', 'game', 7_999, 6_999),
  xbox: item('OC6-XSX', 'Outlaw Coast VI (Xbox Series X|S)', 'game', 7_999, 6_999),
  collectors: item(
    'OC6-CE',
    "Outlaw Coast VI Collector's Edition (PS5)",
    'collectors_edition',
    24_999,
    21_999,
  ),
  digitalDeluxe: item(
    'OC6-DIG-DLX',
    'Outlaw Coast VI Digital Deluxe (PS5 code)',
    'digital_game',
    9_999,
    8_999,
  ),
  digital: item('OC6-DIG-XSX', 'Outlaw Coast VI (Xbox digital code)', 'digital_game', 7_999, 6_999),
  cash: item('OC6-CASH', 'Outlaw Coast Online $1.25M cash card (code)', 'game_currency', 3_999, 3_499),
  steelbook: item('OC6-STEEL', 'Outlaw Coast VI steelbook', 'merch', 2_499, 1_999),
} as const;

export const CONSOLES = [
  item('PS5-DIG', 'PlayStation 5 Digital Edition', 'console', 49_999, 42_999),
  item('PS5-DISC', 'PlayStation 5 with disc drive', 'console', 54_999, 47_999),
  item('PS5-PRO', 'PlayStation 5 Pro', 'console', 79_999, 69_999),
  item('XSX-1TB', 'Xbox Series X 1TB', 'console', 64_999, 54_999),
  item('XSS-512', 'Xbox Series S 512GB', 'console', 39_999, 32_999),
  item('NS2', 'Nintendo Switch 2', 'console', 46_999, 39_599),
  item('NS2-MKW', 'Nintendo Switch 2 + Mario Kart World bundle', 'console', 50_999, 42_999),
  item('NSW-OLED', 'Nintendo Switch OLED', 'console', 34_999, 29_999),
] as const;

export const GAMES = [
  item('FC26-PS5', 'EA Sports FC 26 (PS5)', 'game', 6_999, 5_999),
  item('FC26-NS2', 'EA Sports FC 26 (Switch 2)', 'game', 6_999, 5_999),
  item('MKW-NS2', 'Mario Kart World (Switch 2)', 'game', 7_999, 6_699),
  item('PKZA-NS2', 'Pokémon Legends: Z-A (Switch 2)', 'game', 6_999, 5_999),
  item('GOY-PS5', 'Ghost of Yōtei (PS5)', 'game', 7_999, 6_999),
  item('HL-PS5', 'Hogwarts Legacy (PS5)', 'game', 2_999, 2_499),
  item('MC-NSW', 'Minecraft (Switch)', 'game', 2_999, 2_499),
  item('FH5-XSX', 'Forza Horizon 5 (Xbox)', 'game', 3_499, 2_999),
  item('NBA-PS5', 'NBA 2K27 (PS5)', 'game', 7_999, 6_999),
  item('WWE-PS5', 'WWE 2K26 (PS5)', 'game', 5_999, 4_999),
  item('ZTOTK-NS2', 'Zelda: Tears of the Kingdom – Switch 2 Edition', 'game', 7_999, 6_699),
  item('SPM2-PS5', "Marvel's Spider-Man 2 (PS5)", 'game', 3_999, 3_499),
  item('CODY-PS5', 'Call of Duty 2026 (PS5)', 'game', 7_999, 6_999),
  item('CODY-XSX', 'Call of Duty 2026 (Xbox)', 'game', 7_999, 6_999),
] as const;

export const WALLET = [
  item('PSN-10', 'PlayStation Store 10 wallet top-up (code)', 'wallet_code', 1_000, 1_000),
  item('PSN-25', 'PlayStation Store 25 wallet top-up (code)', 'wallet_code', 2_500, 2_500),
  item('PSN-50', 'PlayStation Store 50 wallet top-up (code)', 'wallet_code', 5_000, 5_000),
  item('PSN-100', 'PlayStation Store 100 wallet top-up (code)', 'wallet_code', 10_000, 10_000),
  item('XBX-25', 'Xbox gift card 25 (code)', 'wallet_code', 2_500, 2_500),
  item('XBX-50', 'Xbox gift card 50 (code)', 'wallet_code', 5_000, 5_000),
  item('ESHOP-25', 'Nintendo eShop card 25 (code)', 'wallet_code', 2_500, 2_500),
  item('ESHOP-50', 'Nintendo eShop card 50 (code)', 'wallet_code', 5_000, 5_000),
  item('STEAM-20', 'Steam wallet 20 (code)', 'wallet_code', 2_000, 2_000),
  item('STEAM-50', 'Steam wallet 50 (code)', 'wallet_code', 5_000, 5_000),
] as const;

export const CURRENCY_PACKS = [
  item('VB-1000', 'Fortnite 1,000 V-Bucks (code)', 'game_currency', 899, 799),
  item('VB-2800', 'Fortnite 2,800 V-Bucks (code)', 'game_currency', 2_299, 1_999),
  item('VB-13500', 'Fortnite 13,500 V-Bucks (code)', 'game_currency', 8_999, 7_999),
  item('RBX-10', 'Roblox 10 gift card (code)', 'game_currency', 1_000, 1_000),
  item('RBX-25', 'Roblox 25 gift card (code)', 'game_currency', 2_500, 2_500),
  item('FCP-2800', 'EA FC Points 2800 (code)', 'game_currency', 2_499, 1_999),
  OC6.cash,
] as const;

export const SUBSCRIPTIONS = [
  item('PSPLUS-12E', 'PlayStation Plus Essential 12 months (code)', 'subscription', 7_199, 5_999),
  item('GPC-3M', 'Xbox Game Pass Core 3 months (code)', 'subscription', 2_499, 1_999),
  item('NSO-12', 'Nintendo Switch Online 12 months (code)', 'subscription', 1_999, 1_799),
] as const;

export const GIFT_CARDS = [
  item('PH-EGIFT-25', 'Pixel Harbour e-gift card 25', 'gift_card', 2_500, 2_500),
  item('PH-EGIFT-50', 'Pixel Harbour e-gift card 50', 'gift_card', 5_000, 5_000),
  item('PH-EGIFT-100', 'Pixel Harbour e-gift card 100', 'gift_card', 10_000, 10_000),
] as const;

export const CONTROLLERS = [
  item('DS-WHT', 'DualSense wireless controller', 'controller', 7_499, 6_499),
  item('DS-EDGE', 'DualSense Edge controller', 'controller', 21_999, 19_999),
  item('XBC-CORE', 'Xbox Wireless Controller', 'controller', 6_499, 5_499),
  item('XB-ELITE2', 'Xbox Elite Controller Series 2', 'controller', 17_999, 15_999),
  item('NS2-PRO', 'Switch 2 Pro Controller', 'controller', 8_999, 7_499),
  item('NS2-JC', 'Joy-Con 2 pair', 'controller', 8_999, 7_499),
] as const;

export const HEADSETS = [
  item('PULSE-ELITE', 'PlayStation Pulse Elite headset', 'headset', 14_999, 12_999),
  item('NOVA7', 'Wireless gaming headset (Arctis Nova 7)', 'headset', 19_999, 17_999),
  item('CLOUD3', 'HyperX Cloud III headset', 'headset', 9_999, 8_999),
  item('BSV2PRO', 'Razer BlackShark V2 Pro headset', 'headset', 17_999, 15_999),
  item('STEALTH600', 'Turtle Beach Stealth 600 headset', 'headset', 9_999, 8_999),
] as const;

export const CHAIRS = [
  item('CHAIR-HERO', 'noblechairs HERO gaming chair', 'chair', 37_999, 33_999),
  item('CHAIR-KAISER', 'AndaSeat Kaiser 4 gaming chair', 'chair', 44_999, 39_999),
  item('CHAIR-H1', 'Harbour-1 gaming chair', 'chair', 17_999, 15_999),
] as const;

export const PC = [
  item('MOUSE-GPX2', 'Logitech G Pro X Superlight 2 mouse', 'pc_peripheral', 16_999, 14_999),
  item('KB-HV3', 'Razer Huntsman V3 Pro TKL keyboard', 'pc_peripheral', 22_999, 19_999),
  item('KB-K70', 'Corsair K70 RGB keyboard', 'pc_peripheral', 16_999, 14_999),
  item('MON-27Q', '27" 1440p 180 Hz gaming monitor', 'pc_peripheral', 27_999, 23_999),
  item('SDECK-MK2', 'Elgato Stream Deck MK.2', 'pc_peripheral', 14_999, 12_999),
  item('MAT-XL', 'XL mouse mat', 'pc_peripheral', 2_999, 2_499),
] as const;

export const ACCESSORIES = [
  item('DS-CHARGE', 'DualSense charging station', 'accessory', 2_999, 2_499),
  item('SDX-256', 'microSD Express card 256GB', 'accessory', 5_999, 4_999),
  item('NS2-CASE', 'Switch 2 carry case', 'accessory', 2_499, 1_999),
  item('PS5-COVER', 'PS5 console cover', 'accessory', 5_499, 4_499),
  item('HDMI21', 'HDMI 2.1 cable 2m', 'accessory', 1_499, 1_299),
  item('PS-PORTAL', 'PlayStation Portal remote player', 'accessory', 21_999, 19_999),
  item('AMIIBO', 'amiibo figure', 'merch', 1_699, 1_499),
  item('FUNKO', 'Funko Pop! vinyl figure', 'merch', 1_499, 1_299),
] as const;

/** Products sent by e-mail (a code) rather than posted. */
export const DIGITAL: ReadonlySet<Category> = new Set([
  'digital_game',
  'wallet_code',
  'gift_card',
  'subscription',
  'game_currency',
]);

export type Line = BasketLine<Category>;

export const lineIn = (currency: Currency, it: Item, quantity = 1): Line => ({
  sku: it.sku,
  name: it.name,
  category: it.category,
  quantity,
  price: currency === 'EUR' ? it.eur : it.gbp,
});

/** How the goods leave: posted (An Post or DPD), collected in a shop, or e-mailed as codes. */
export type Fulfilment = 'delivery' | 'express' | 'click_collect' | 'email';

export interface Basket {
  currency: Currency;
  lines: Line[];
  subtotal: number;
  code?: string;
  discount: number;
  /** Store credit (trade-ins, refunds to credit) applied at checkout. */
  credit: number;
  shippingFee: number;
  /** What the payment takes: subtotal − discount − credit + delivery. */
  amount: number;
}

export const allDigital = (lines: readonly Line[]): boolean => lines.every((l) => DIGITAL.has(l.category));

/**
 * Delivery as the shop charges it: free for codes and collection; in Ireland and the UK 4.99 under 50 and free
 * above, 7.99 next-day by DPD; 12.99 to the rest of the EU, free from 150; 14.99 more for a chair by pallet.
 */
export function shippingFee(
  lines: readonly Line[],
  f: Fulfilment,
  region: Region,
  afterDiscount: number,
): number {
  if (f === 'email' || f === 'click_collect') return 0;
  const chair = lines.some((l) => l.category === 'chair') ? 1_499 : 0;
  if (region === 'EU') return (afterDiscount >= 15_000 ? 0 : 1_299) + chair;
  if (f === 'express') return 799 + chair;
  return (afterDiscount >= 5_000 ? 0 : 499) + chair;
}

export interface BasketOptions {
  code?: string;
  /** Store credit the account holds; applied up to the order's total, leaving at least 1.00 to pay. */
  credit?: number;
}

/**
 * Codes the shop runs: 10 % off games and accessories for students; 5 off a first order over 40; 10 off 100 in the
 * early Black Friday deals.
 */
export function discountFor(code: string | undefined, lines: readonly Line[]): number {
  if (code === 'STUDENT10')
    return Math.round(
      lines
        .filter(
          (l) => !['console', 'bundle', 'wallet_code', 'gift_card', 'game_currency'].includes(l.category),
        )
        .reduce((s, l) => s + l.price * l.quantity, 0) * 0.1,
    );
  const subtotal = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  if (code === 'WELCOME5') return subtotal >= 4_000 ? 500 : 0;
  if (code === 'EARLYBF10') return subtotal >= 10_000 ? 1_000 : 0;
  return 0;
}

export function basketOf(
  currency: Currency,
  lines: Line[],
  f: Fulfilment,
  region: Region,
  o: BasketOptions = {},
): Basket {
  const subtotal = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const discount = discountFor(o.code, lines);
  const fee = shippingFee(lines, f, region, subtotal - discount);
  const due = subtotal - discount + fee;
  const credit = Math.max(0, Math.min(o.credit ?? 0, due - 100));
  return {
    currency,
    lines,
    subtotal,
    ...(o.code && discount > 0 ? { code: o.code } : {}),
    discount,
    credit,
    shippingFee: fee,
    amount: due - credit,
  };
}

/** A few distinct products of a list. */
export function some<T>(rng: Rng, list: readonly T[], n: number): T[] {
  return rng.shuffle(list).slice(0, Math.max(1, Math.min(n, list.length)));
}
