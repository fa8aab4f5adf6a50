import { type BasketLine, lineOf, type Product, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * What the roastery sells. At home in Colombian pesos (prices with IVA, in centavos: the minor unit Vigil
 * expects, although nobody in Colombia prices in centavos); abroad a shorter export list in US dollars (the US
 * and Canada) and euros (Spain and the rest of Europe). Green coffee, big gear and gift cards are sold at home
 * only.
 */

export type Category =
  | 'beans'
  | 'ground'
  | 'capsules'
  | 'green'
  | 'gear'
  | 'tasting_box'
  | 'gift_set'
  | 'subscription'
  | 'gift_card';
export type Currency = 'COP' | 'USD' | 'EUR';
export type Line = BasketLine<Category>;
export type Item = Product<Category>;

/** Pesos to centavos. */
const cop = (pesos: number) => pesos * 100;
const p = (sku: string, name: string, category: Category, pesos: number) =>
  product(sku, name, category, cop(pesos));

export const BEANS: readonly Item[] = [
  p('HUI-PIT-340', 'Huila Pitalito · Caturra lavado 340 g', 'beans', 52_000),
  p('HUI-GEI-250', 'Huila La Plata · Geisha natural 250 g', 'beans', 98_000),
  p('NAR-BUE-340', 'Nariño Buesaco · Castillo honey 340 g', 'beans', 56_000),
  p('ANT-JAR-340', 'Antioquia Jardín · Caturra lavado 340 g', 'beans', 48_000),
  p('ANT-URR-340', 'Antioquia Urrao · Bourbon rosado 340 g', 'beans', 64_000),
  p('SNM-TIP-340', 'Sierra Nevada · Típica orgánica 340 g', 'beans', 54_000),
  p('DEC-HUI-340', 'Huila descafeinado de caña 340 g', 'beans', 55_000),
  p('CASA-ESP-1K', 'Casa · blend espresso 1 kg', 'beans', 118_000),
];
export const GEISHA = BEANS[1] as Item;
export const HOUSE_KILO = BEANS[7] as Item;
export const CAFE_BAG = p('CASA-ESP-2K5', 'Casa · blend espresso 2,5 kg (cafeterías)', 'beans', 265_000);
export const GROUND: readonly Item[] = [
  p('MOL-ANT-250', 'Molido medio Antioquia 250 g', 'ground', 32_000),
  p('MOL-ESP-500', 'Molido espresso Casa 500 g', 'ground', 58_000),
  p('MOL-MOK-250', 'Molido fino para moka 250 g', 'ground', 33_000),
];
export const CAPSULES_10 = p('CAP-HUI-10', 'Cápsulas compatibles Nespresso ×10 · Huila', 'capsules', 24_000);
export const CAPSULES_50 = p('CAP-SUR-50', 'Cápsulas compatibles ×50 · surtidas', 'capsules', 110_000);
export const CAPSULES: readonly Item[] = [CAPSULES_10, CAPSULES_50];
export const GREEN_5 = p('VER-HUI-5K', 'Café verde Huila excelso 5 kg', 'green', 210_000);
export const GREEN_35 = p('VER-NAR-35K', 'Café verde Nariño · medio saco 35 kg', 'green', 1_350_000);
export const GREEN_70 = p('VER-HUI-70K', 'Café verde Huila · saco 70 kg', 'green', 2_600_000);
export const FILTERS = p('FIL-V60-100', 'Filtros V60 02 ×100', 'gear', 22_000);
export const MUG = p('TAZA-CDV', 'Taza de cerámica de El Carmen de Viboral', 'gear', 45_000);
export const SMALL_GEAR: readonly Item[] = [
  FILTERS,
  MUG,
  p('V60-KIT', 'Kit Hario V60 02 + filtros', 'gear', 95_000),
  p('MOKA-3', 'Bialetti Moka Express 3 tazas', 'gear', 135_000),
  p('MOKA-6', 'Bialetti Moka Express 6 tazas', 'gear', 175_000),
  p('PRENSA-1L', 'Prensa francesa 1 L', 'gear', 120_000),
  p('BAL-TIMER', 'Balanza con temporizador', 'gear', 160_000),
];
export const CHEMEX = p('CHEMEX-6', 'Chemex 6 tazas', 'gear', 340_000);
export const KETTLE = p('KETTLE-GN', 'Tetera eléctrica cuello de cisne', 'gear', 320_000);
export const BIG_GEAR: readonly Item[] = [
  p('AERO-ORIG', 'AeroPress Original', 'gear', 235_000),
  CHEMEX,
  KETTLE,
  p('TIM-C2', 'Molino manual Timemore C2', 'gear', 390_000),
  p('KIN-K6', 'Molino manual Kingrinder K6', 'gear', 460_000),
  p('BAR-ENC-ESP', 'Molino eléctrico Baratza Encore ESP', 'gear', 1_150_000),
  p('FEL-ODE-2', 'Molino Fellow Ode Gen 2', 'gear', 1_690_000),
];
export const TASTING_4 = p('CATA-4', 'Caja de cata · 4 orígenes × 100 g', 'tasting_box', 89_000);
export const MICRO_BOX = p('CATA-MICRO', 'Caja de microlotes · 3 × 125 g', 'tasting_box', 145_000);
export const TASTING: readonly Item[] = [TASTING_4, MICRO_BOX];
export const AMISTAD_SET = p(
  'REG-AMISTAD',
  'Set Amor y Amistad · café + taza + chocolatina',
  'gift_set',
  125_000,
);
export const GIFT_SETS: readonly Item[] = [
  AMISTAD_SET,
  p('REG-V60', 'Set regalo V60 + 2 cafés', 'gift_set', 210_000),
  p('REG-MOKA', 'Set regalo moka + café molido', 'gift_set', 175_000),
];
/** The amigo secreto detail offices buy by the dozen. */
export const SECRET_FRIEND = p(
  'REG-DETALLE',
  'Detalle amigo secreto · café 125 g + tarjeta',
  'gift_set',
  32_000,
);
export const SUBSCRIPTIONS: readonly Item[] = [
  p('SUS-1', 'Suscripción mensual · 1 bolsa', 'subscription', 62_000),
  p('SUS-2', 'Suscripción mensual · 2 bolsas', 'subscription', 118_000),
];
export const OFFICE_SUBSCRIPTION = p('SUS-OFI', 'Suscripción oficina · 2 kg al mes', 'subscription', 230_000);
const giftCard = (k: number) => p(`GC-${k}K`, `Tarjeta regalo digital $${k}.000`, 'gift_card', k * 1000);
export const GIFT_CARD_50 = giftCard(50);
export const GIFT_CARD_300 = giftCard(300);
export const GIFT_CARDS: readonly Item[] = [GIFT_CARD_50, giftCard(100), giftCard(200), GIFT_CARD_300];

/** An export product, priced in dollar cents and euro cents. */
interface Export {
  sku: string;
  name: string;
  category: Category;
  usd: number;
  eur: number;
}
const x = (sku: string, name: string, category: Category, usd: number, eur: number): Export => ({
  sku,
  name,
  category,
  usd,
  eur,
});

export const EXPORT_BEANS: readonly Export[] = [
  x('HUI-PIT-340', 'Huila Pitalito · Caturra washed 340 g', 'beans', 2400, 2250),
  x('HUI-GEI-250', 'Huila La Plata · Geisha natural 250 g', 'beans', 4800, 4500),
  x('NAR-BUE-340', 'Nariño Buesaco · Castillo honey 340 g', 'beans', 2600, 2450),
  x('ANT-URR-340', 'Antioquia Urrao · Pink Bourbon 340 g', 'beans', 2900, 2700),
  x('SNM-TIP-340', 'Sierra Nevada · organic Typica 340 g', 'beans', 2500, 2350),
  x('DEC-HUI-340', 'Huila sugarcane decaf 340 g', 'beans', 2500, 2350),
];
export const SAMPLE = x('MUESTRA-100', 'Sample bag 100 g', 'beans', 900, 850);
export const EXPORT_OTHER: readonly Export[] = [
  x('CAP-HUI-10', 'Nespresso-compatible capsules ×10 · Huila', 'capsules', 1200, 1100),
  x('CATA-4', 'Tasting box · 4 origins × 100 g', 'tasting_box', 3900, 3600),
  x('CATA-MICRO', 'Micro-lot box · 3 × 125 g', 'tasting_box', 6200, 5800),
  x('TAZA-CDV', 'Carmen de Viboral ceramic mug', 'gear', 2200, 2000),
  x('V60-KIT', 'Hario V60 02 kit + filters', 'gear', 3800, 3500),
];
export const HOLIDAY: readonly Export[] = [
  x('NAV-CAJA-3', 'Holiday box · 3 coffees + panela chocolate (ships 16 Nov)', 'gift_set', 6800, 6300),
  x('NAV-V60', 'Holiday V60 set + 2 coffees (ships 16 Nov)', 'gift_set', 8900, 8200),
  x('NAV-GEISHA', 'Holiday Geisha duo (ships 16 Nov)', 'gift_set', 11_500, 10_700),
];
export const EXPORT_SUBSCRIPTION = x(
  'SUS-INT-1',
  'Monthly subscription abroad · 1 bag, shipping included',
  'subscription',
  3600,
  3400,
);

/** An export product in the buyer's currency. */
export const priced = (e: Export, currency: Currency): Item =>
  product(e.sku, e.name, e.category, currency === 'EUR' ? e.eur : e.usd);

export const line = (item: Item, quantity = 1): Line => lineOf(item, quantity);

export interface Basket {
  currency: Currency;
  lines: Line[];
  shippingFee: number;
  discount: number;
  code?: string;
  /** Items − discount + shipping, minor units. */
  amount: number;
}

export const subtotal = (lines: readonly Line[]): number =>
  lines.reduce((s, l) => s + l.price * l.quantity, 0);

/** Discount codes in use this season and what they take off the items (a share). */
export const CODES = {
  BIENVENIDA15: 0.15,
  AMISTAD10: 0.1,
  SUSCRIBE50: 0.5,
  CAFEFIEL: 0.1,
  LAURA10: 0.1,
  BARISTAPIPE: 0.12,
  WELCOME10: 0.1,
  TASTINGROOM: 0.1,
  HOLIDAY15: 0.15,
} as const;
export type Code = keyof typeof CODES;

/** A basket: the lines, the shipping fee, a code's discount (whole pesos, or cents abroad). */
export function basketOf(currency: Currency, lines: Line[], shippingFee: number, code?: Code): Basket {
  const items = subtotal(lines);
  let discount = 0;
  if (code) {
    // SUSCRIBE50 halves the first box of a subscription only.
    const base = code === 'SUSCRIBE50' ? subtotal(lines.filter((l) => l.category === 'subscription')) : items;
    const raw = base * CODES[code];
    discount = currency === 'COP' ? Math.round(raw / 100) * 100 : Math.round(raw);
  }
  return {
    currency,
    lines,
    shippingFee,
    discount,
    ...(code ? { code } : {}),
    amount: items - discount + shippingFee,
  };
}

/** Domestic delivery zones: the Medellín metro area by messenger, the rest by national courier. */
export type Zone = 'metro' | 'national';

/**
 * The shipping fee: in the Medellín metro COP 8,000 by messenger, elsewhere COP 14,000 by courier, both free from
 * COP 150,000; green coffee by freight from COP 45,000 a sack; abroad by DHL Express US$19 (Canada US$24), free
 * from US$110, €19 to Spain and €23 to the rest of Europe, free from €110; subscriptions abroad include it.
 */
export function shippingFee(currency: Currency, country: string, zone: Zone, lines: readonly Line[]): number {
  const items = subtotal(lines);
  if (lines.every((l) => l.category === 'gift_card')) return 0;
  if (currency === 'COP') {
    const sacks = lines
      .filter((l) => l.category === 'green' && l.price >= cop(1_000_000))
      .reduce((s, l) => s + l.quantity, 0);
    if (sacks > 0) return cop(45_000 + 20_000 * (sacks - 1));
    if (items >= cop(150_000)) return 0;
    return cop(zone === 'metro' ? 8_000 : 14_000);
  }
  if (lines.every((l) => l.category === 'subscription')) return 0;
  if (currency === 'USD') return items >= 11_000 ? 0 : country === 'CA' ? 2400 : 1900;
  return items >= 11_000 ? 0 : country === 'ES' ? 1900 : 2300;
}

/** `n` distinct items from a list. */
export function some<T>(rng: Rng, items: readonly T[], n: number): T[] {
  return rng.shuffle(items).slice(0, Math.max(1, Math.min(n, items.length)));
}
