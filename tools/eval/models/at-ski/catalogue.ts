import { type BasketLine, lineOf, type Product, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { isSaleDay } from './calendar.js';

/**
 * What Bergwerk sells, with its euro prices in cents (Austrian VAT included). Swiss orders are priced from a
 * franc list (`chf`); a basket is totalled in one currency with its discount and shipping.
 */

export type Category =
  | 'skis'
  | 'kids_skis'
  | 'bindings'
  | 'boots'
  | 'snowboard'
  | 'helmet'
  | 'goggles'
  | 'avalanche'
  | 'touring'
  | 'clothing'
  | 'accessories'
  | 'service_voucher'
  | 'rental_voucher'
  | 'gift_card'
  | 'boot_fitting';

const p = product<Category>;

export const SKIS = [
  p('SKI-VOE-RTGS', 'Völkl Racetiger GS Master + Marker XComp 16', 'skis', 89_900),
  p('SKI-ATO-S9', 'Atomic Redster S9 Revoshock S + X 12 GW', 'skis', 94_900),
  p('SKI-HEA-WCR', 'Head Worldcup Rebels e-Speed Pro + Freeflex 14', 'skis', 89_900),
  p('SKI-FIS-RC4', 'Fischer RC4 The Curv DTX + RC4 Z13', 'skis', 79_900),
  p('SKI-BLI-B88', 'Blizzard Brahma 88', 'skis', 64_900),
  p('SKI-SAL-S96', 'Salomon Stance 96', 'skis', 59_900),
  p('SKI-ROS-E80', 'Rossignol Experience 80 Carbon + Xpress 11', 'skis', 44_900),
  p('SKI-ELA-R96', 'Elan Ripstick 96', 'skis', 67_900),
  p('SKI-STO-LSC', 'Stöckli Laser SC + SRT 12', 'skis', 114_900),
  p('SKI-KAE-MX84', 'Kästle MX84', 'skis', 109_900),
  p('SKI-ATO-B100', 'Atomic Bent 100', 'skis', 59_900),
] as const;

export const KIDS = [
  p('KID-VOE-RTJR', 'Völkl Racetiger Junior + 4.5 vMotion', 'kids_skis', 22_900),
  p('KID-ATO-J2', 'Atomic Redster J2 + Colt 5', 'kids_skis', 19_900),
  p('KID-ROS-H4', 'Rossignol Hero J4 kids boot', 'boots', 14_900),
  p('KID-ALP-ZUPO', 'Alpina Zupo kids helmet', 'helmet', 6_995),
  p('KID-UVX-SLD', 'Uvex Slider kids goggles', 'goggles', 3_995),
  p('KID-KIL-SUIT', 'Killtec kids ski suit', 'clothing', 12_995),
] as const;

export const BINDINGS = [
  p('BND-MAR-GRI', 'Marker Griffon 13 ID', 'bindings', 27_900),
  p('BND-LOO-P15', 'Look Pivot 15 GW', 'bindings', 34_900),
] as const;

export const BOOTS = [
  p('BOO-ATO-HU130', 'Atomic Hawx Ultra 130 S GW', 'boots', 59_900),
  p('BOO-LAN-RX120', 'Lange RX 120 MV GW', 'boots', 49_900),
  p('BOO-TEC-M120', 'Tecnica Mach1 MV 120', 'boots', 52_900),
  p('BOO-HEA-R140', 'Head Raptor WCR 140S', 'boots', 64_900),
  p('BOO-SAL-SP100W', 'Salomon S/Pro Supra 100 W', 'boots', 44_900),
  p('BOO-NOR-SM110', 'Nordica Speedmachine 3 110', 'boots', 42_900),
] as const;

export const SNOWBOARD = [
  p('SNB-BUR-CUS', 'Burton Custom Camber', 'snowboard', 64_900),
  p('SNB-JON-MTW', 'Jones Mountain Twin', 'snowboard', 59_900),
  p('SNB-LIB-ORCA', 'Lib Tech T.Rice Orca', 'snowboard', 74_900),
  p('SNB-BUR-SOB', 'Burton Step On Genesis binding', 'snowboard', 37_900),
  p('SNB-BUR-PHO', 'Burton Photon Step On boots', 'snowboard', 45_900),
] as const;

export const HELMETS = [
  p('HEL-POC-OBX', 'POC Obex MIPS', 'helmet', 19_995),
  p('HEL-UVX-LEG', 'Uvex Legend 2.0', 'helmet', 11_995),
  p('HEL-SAL-MTN', 'Salomon MTN Lab', 'helmet', 17_995),
  p('HEL-SWE-SWI', 'Sweet Protection Switcher MIPS', 'helmet', 24_995),
  p('HEL-SMI-VAN', 'Smith Vantage MIPS', 'helmet', 29_995),
] as const;

export const GOGGLES = [
  p('GOG-OAK-FDL', 'Oakley Flight Deck L Prizm', 'goggles', 17_995),
  p('GOG-SMI-4DM', 'Smith 4D MAG', 'goggles', 32_995),
  p('GOG-UVX-3000', 'Uvex g.gl 3000 TO', 'goggles', 11_995),
  p('GOG-POC-ZON', 'POC Zonula', 'goggles', 16_995),
] as const;

export const AVALANCHE = [
  p('AVA-MAM-BVS', 'Mammut Barryvox S transceiver', 'avalanche', 49_995),
  p('AVA-ORT-DVO', 'Ortovox Diract Voice transceiver', 'avalanche', 54_995),
  p('AVA-PIE-PRO', 'Pieps Pro IPS transceiver', 'avalanche', 47_995),
  p('AVA-BCA-TRS', 'BCA Tracker S transceiver', 'avalanche', 32_995),
  p('AVA-ORT-SET', 'Ortovox Safety Set Diract (transceiver, probe, shovel)', 'avalanche', 64_995),
  p('AVA-BD-PRB', 'Black Diamond QuickDraw probe 280', 'avalanche', 6_995),
  p('AVA-MAM-SHV', 'Mammut Alugator shovel', 'avalanche', 7_995),
  p('AVA-ORT-LIT', 'Ortovox Avabag Litric Tour 30 (electric airbag)', 'avalanche', 119_995),
  p('AVA-MAM-RAS', 'Mammut Removable Airbag 3.0 Ultralight 30 L', 'avalanche', 89_995),
] as const;

export const TOURING = [
  p('TOU-DYN-BL88', 'Dynafit Blacklight 88 + ST Rotation 10', 'touring', 109_900),
  p('TOU-DYN-TLTX', 'Dynafit TLT X boot', 'touring', 79_995),
  p('TOU-SCA-MRS', 'Scarpa Maestrale RS', 'touring', 64_995),
  p('TOU-ATK-R12', 'ATK Raider 12 binding', 'touring', 57_900),
  p('TOU-SKT-MAE', 'Ski Trab Maestro.2', 'touring', 89_900),
  p('TOU-KOH-SKN', 'Kohla Multiclimb skins', 'touring', 18_995),
  p('TOU-BD-POL', 'Black Diamond Carbon Compactor poles', 'touring', 16_995),
] as const;

export const CLOTHING = [
  p('CLO-ARC-SAB', "Arc'teryx Sabre jacket", 'clothing', 79_995),
  p('CLO-MAM-STO', 'Mammut Stoney HS Thermo jacket', 'clothing', 49_995),
  p('CLO-PEA-MAR', 'Peak Performance Maroon jacket', 'clothing', 39_995),
  p('CLO-BOG-JKT', 'Bogner Fire+Ice down ski jacket', 'clothing', 119_900),
  p('CLO-SCH-PNT', 'Schöffel ski pants', 'clothing', 29_995),
  p('CLO-ORT-MER', 'Ortovox merino base layer', 'clothing', 14_995),
  p('CLO-ORT-FLC', 'Ortovox fleece', 'clothing', 17_995),
  p('CLO-HES-HEL', 'Hestra Army Leather Heli gloves', 'clothing', 14_995),
  p('CLO-REU-MAS', 'Reusch Mastery gloves', 'clothing', 8_995),
  p('CLO-FAL-SK2', 'Falke SK2 ski socks', 'clothing', 2_995),
  p('CLO-BUF-MER', 'Buff merino neck tube', 'clothing', 2_495),
] as const;

export const ACCESSORIES = [
  p('ACC-HOL-WAX', 'Holmenkol Alphamix wax', 'accessories', 1_295),
  p('ACC-SUN-LIP', 'Sun stick SPF 50', 'accessories', 695),
  p('ACC-LEK-DET', 'Leki Detect S poles', 'accessories', 11_995),
  p('ACC-THE-INS', 'Therm-ic heated insoles', 'accessories', 19_995),
  p('ACC-DAK-BAG', 'Dakine ski bag', 'accessories', 9_995),
  p('ACC-WAX-KIT', 'Wax and tuning kit', 'accessories', 3_995),
  p('ACC-BOO-DRY', 'Boot dryer', 'accessories', 4_995),
] as const;

export const SERVICE = [
  p('SRV-KOMPL', 'Ski service voucher: edges, base, wax', 'service_voucher', 4_900),
  p('SRV-RACE', 'Race service voucher', 'service_voucher', 7_900),
  p('SRV-SIDAS', 'Custom insoles (Sidas) voucher', 'service_voucher', 14_900),
] as const;

export const RENTAL = [
  p('RNT-PREM-6', 'Rental voucher: premium skis and boots, 6 days', 'rental_voucher', 21_900),
  p('RNT-STD-6', 'Rental voucher: skis and boots, 6 days', 'rental_voucher', 15_900),
  p('RNT-KID-6', 'Rental voucher: kids skis, boots, helmet, 6 days', 'rental_voucher', 8_900),
  p('RNT-SNB-6', 'Rental voucher: snowboard and boots, 6 days', 'rental_voucher', 16_900),
  p('RNT-TOUR-3', 'Rental voucher: touring set with transceiver, 3 days', 'rental_voucher', 17_900),
] as const;

export const FITTING = p(
  'FIT-APPT',
  'Boot-fitting appointment (credited on purchase)',
  'boot_fitting',
  3_000,
);

/** An e-mailed gift card of a face value in euros. */
export const giftCard = (euros: number): Product<Category> =>
  p(`GC-${euros}`, `Bergwerk e-gift card ${euros}`, 'gift_card', euros * 100);

/** Categories marked down in the pre-season sale (last season's models). */
const ON_SALE: ReadonlySet<Category> = new Set([
  'skis',
  'boots',
  'snowboard',
  'clothing',
  'kids_skis',
  'goggles',
]);
/** Bulky goods: a surcharge when shipped. */
const BULKY: ReadonlySet<Category> = new Set(['skis', 'kids_skis', 'snowboard', 'touring']);

export type Currency = 'EUR' | 'CHF';

/** The franc price: the euro price times 1.02, ending in .90. */
export const chf = (euroCents: number): number =>
  Math.max(100, Math.ceil((euroCents * 1.02) / 100) * 100 - 10);

/**
 * `quantity` of a product as a line in `currency`; in the sale week a third of the eligible lines are last
 * season's at 20–30 % off (a line's price stays a whole number of cents).
 */
export function line(
  rng: Rng,
  item: Product<Category>,
  at: number,
  currency: Currency,
  quantity = 1,
): BasketLine<Category> {
  let price = item.price;
  if (isSaleDay(at) && ON_SALE.has(item.category) && rng.chance(0.35))
    price = Math.round((price * (1 - rng.pick([0.2, 0.25, 0.3]))) / 100) * 100 - 5;
  const l = lineOf(item, quantity);
  return { ...l, price: currency === 'CHF' && item.category !== 'gift_card' ? chf(price) : price };
}

export type Fulfilment =
  'post' | 'dhl' | 'dpd' | 'dhl_express' | 'store_innsbruck' | 'resort_ischgl' | 'resort_soelden' | 'email';

export const COLLECTION: ReadonlySet<Fulfilment> = new Set([
  'store_innsbruck',
  'resort_ischgl',
  'resort_soelden',
]);

export interface Basket {
  lines: BasketLine<Category>[];
  currency: Currency;
  subtotal: number;
  discount: number;
  code?: string;
  shippingFee: number;
  amount: number;
}

/** Shipping in cents: free over a threshold by destination, a bulky-goods surcharge, express on request. */
function shippingFee(
  lines: readonly BasketLine<Category>[],
  subtotal: number,
  f: Fulfilment,
  to: string,
  currency: Currency,
): number {
  if (f === 'email' || COLLECTION.has(f)) return 0;
  const bulky = lines.some((l) => BULKY.has(l.category)) ? 990 : 0;
  if (currency === 'CHF') return (subtotal >= 20_000 ? 0 : 1_490) + (bulky ? 1_490 : 0);
  const [fee, freeFrom] =
    to === 'AT' ? [490, 5_000] : to === 'NL' || to === 'BE' ? [990, 15_000] : [690, 10_000];
  const express = f === 'dhl_express' ? 1_490 : 0;
  return (subtotal >= freeFrom ? 0 : fee) + bulky + express;
}

export interface BasketOptions {
  fulfilment: Fulfilment;
  /** The destination country (for shipping); ignored for collection and e-mail. */
  to: string;
  code?: string;
  /** Share off the non-gift-card lines with the code (0.1 = 10 %). */
  rate?: number;
  /** A fixed amount off (loyalty points, a gift-card balance is a payment, not this). */
  fixed?: number;
}

/** The basket's totals: lines, then discount (never on gift cards), then shipping. */
export function basketOf(lines: BasketLine<Category>[], currency: Currency, o: BasketOptions): Basket {
  const subtotal = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const discountable = lines
    .filter((l) => l.category !== 'gift_card')
    .reduce((s, l) => s + l.price * l.quantity, 0);
  const discount = Math.min(discountable, Math.round(discountable * (o.rate ?? 0)) + (o.fixed ?? 0));
  const fee = shippingFee(lines, subtotal - discount, o.fulfilment, o.to, currency);
  return {
    lines,
    currency,
    subtotal,
    discount,
    ...(o.code ? { code: o.code } : {}),
    shippingFee: fee,
    amount: subtotal - discount + fee,
  };
}

/** One to `max` distinct products from `list`. */
export function some<T>(rng: Rng, list: readonly T[], max: number): T[] {
  return rng.shuffle(list).slice(0, rng.int(1, max));
}
