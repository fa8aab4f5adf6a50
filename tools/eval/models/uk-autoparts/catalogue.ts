import { type BasketLine, lineOf, product, type Product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * What the store sells, in pence including VAT: winter jobs (batteries, tyres, wipers, bulbs, screenwash),
 * service and brake parts, tools and diagnostics, dash cams, alloys, roof boxes and the high-value parts
 * (catalytic converters, ECUs, turbochargers, headlight units). Tyres fitted at a partner garage carry a
 * fitting line per tyre.
 */

export type Category =
  | 'battery'
  | 'tyre'
  | 'fitting'
  | 'wiper'
  | 'bulb'
  | 'winter'
  | 'accessory'
  | 'service'
  | 'brake'
  | 'diagnostic'
  | 'dash_cam'
  | 'tool'
  | 'alloy'
  | 'roof_box'
  | 'catalytic_converter'
  | 'ecu'
  | 'turbo'
  | 'headlight'
  | 'performance';

type P = Product<Category>;

const p = product<Category>;

export const CATALOGUE = {
  battery: [
    p('BAT-063', '063 car battery, 3-year warranty', 'battery', 6999),
    p('BAT-096', '096 car battery, 4-year warranty', 'battery', 10999),
    p('BAT-110AGM', '110 AGM start-stop battery', 'battery', 18999),
  ],
  tyre: [
    p('TYR-1956515', '195/65 R15 91H mid-range tyre', 'tyre', 6299),
    p('TYR-2055516', '205/55 R16 91V premium tyre', 'tyre', 9499),
    p('TYR-2254518', '225/45 R18 95Y premium tyre', 'tyre', 14299),
    p('TYR-2055516W', '205/55 R16 94H winter tyre', 'tyre', 8999),
    p('TYR-2356519AS', '235/65 R19 all-season SUV tyre', 'tyre', 17999),
  ],
  fitting: [p('FIT-TYRE', 'Fitting, balancing and valve at partner garage', 'fitting', 1500)],
  wiper: [
    p('WIP-2418', 'Flat wiper blade set 24"/18"', 'wiper', 2499),
    p('WIP-R12', 'Rear wiper blade 12"', 'wiper', 999),
  ],
  bulb: [
    p('BLB-H7', 'H7 halogen bulb twin pack', 'bulb', 899),
    p('BLB-H4', 'H4 halogen bulb twin pack', 'bulb', 1099),
    p('BLB-W5W', 'W5W sidelight bulbs (10)', 'bulb', 399),
    p('BLB-LED', 'LED H7 upgrade kit', 'bulb', 4999),
  ],
  winter: [
    p('WIN-SCR5', 'Screenwash -20°C 5 L', 'winter', 699),
    p('WIN-DEICE', 'De-icer and scraper pack', 'winter', 449),
    p('WIN-CHAIN', 'Snow socks (pair)', 'winter', 5499),
  ],
  accessory: [
    p('ACC-FRESH', 'Air freshener 3-pack', 'accessory', 349),
    p('ACC-MATS', 'Tailored rubber mats', 'accessory', 3999),
    p('ACC-PHONE', 'Magnetic phone mount', 'accessory', 1299),
  ],
  service: [
    p('SRV-OILKIT', 'Oil and filter service kit', 'service', 4599),
    p('SRV-5W30', '5W-30 fully synthetic oil 5 L', 'service', 3499),
    p('SRV-COIL', 'Ignition coil pack', 'service', 4999),
    p('SRV-GLOW', 'Glow plug set (4)', 'service', 3899),
  ],
  brake: [
    p('BRK-PADF', 'Front brake pads', 'brake', 3299),
    p('BRK-DISCF', 'Front brake discs (pair)', 'brake', 7999),
    p('BRK-KIT', 'Front discs and pads kit', 'brake', 11999),
  ],
  diagnostic: [
    p('DIA-OBD', 'OBD2 code reader', 'diagnostic', 3999),
    p('DIA-PRO', 'Bi-directional diagnostic scanner', 'diagnostic', 89999),
    p('DIA-TAB', 'Dealer-level diagnostic tablet', 'diagnostic', 179999),
    p('DIA-KEY', 'Key programming tool', 'diagnostic', 129999),
  ],
  dash_cam: [
    p('CAM-1080', '1080p dash cam', 'dash_cam', 7999),
    p('CAM-4KFR', '4K front and rear dash cam', 'dash_cam', 22999),
  ],
  tool: [
    p('TL-TORQ', 'Torque wrench set', 'tool', 5999),
    p('TL-SOCK', 'Socket set 108 pc', 'tool', 8999),
    p('TL-JACK', 'Trolley jack 2 t', 'tool', 6999),
    p('TL-JUMP', 'Lithium jump starter', 'tool', 8999),
    p('TL-CHG', 'Smart battery charger', 'tool', 5999),
  ],
  alloy: [
    p('ALY-18', '18" alloy wheel set (4)', 'alloy', 89999),
    p('ALY-19F', '19" forged alloy wheel set (4)', 'alloy', 219999),
    p('ALY-17W', '17" winter wheel and tyre package (4)', 'alloy', 119999),
  ],
  roof_box: [p('RB-420', '420 L roof box', 'roof_box', 34999), p('RB-BARS', 'Roof bars', 'roof_box', 12999)],
  catalytic_converter: [
    p('CAT-E5', 'Catalytic converter, type approved (Euro 5)', 'catalytic_converter', 64999),
    p('CAT-OE', 'OE catalytic converter with DPF', 'catalytic_converter', 149999),
  ],
  ecu: [p('ECU-RMF', 'Remanufactured engine ECU, coded', 'ecu', 79999)],
  turbo: [
    p('TRB-NEW', 'Turbocharger with fitting kit', 'turbo', 109999),
    p('TRB-HYB', 'Hybrid turbo upgrade', 'turbo', 189999),
  ],
  headlight: [
    p('HL-HAL', 'Halogen headlight unit', 'headlight', 14999),
    p('HL-LED', 'LED matrix headlight unit', 'headlight', 119999),
  ],
  performance: [
    p('PRF-COIL', 'Adjustable coilover kit', 'performance', 99999),
    p('PRF-EXH', 'Stainless cat-back exhaust', 'performance', 84999),
    p('PRF-IC', 'Front-mount intercooler', 'performance', 49999),
  ],
} as const satisfies Readonly<Record<Category, readonly P[]>>;

/** A line of a product of the category (a given SKU, or one drawn). */
export function lineFrom(rng: Rng, c: Category, quantity = 1, sku?: string): BasketLine<Category> {
  const list: readonly P[] = CATALOGUE[c];
  const found = sku ? list.find((x) => x.sku === sku) : undefined;
  return lineOf(found ?? rng.pick(list), quantity);
}

/** The lines of distinct categories drawn by weight, one product each. */
export function linesOf(
  rng: Rng,
  weights: ReadonlyArray<readonly [Category, number]>,
  count: number,
): BasketLine<Category>[] {
  const out: BasketLine<Category>[] = [];
  for (let i = 0; i < count * 3 && out.length < count; i++) {
    const line = lineFrom(rng, rng.weightedPick(weights), rng.chance(0.12) ? 2 : 1);
    if (!out.some((l) => l.sku === line.sku)) out.push(line);
  }
  return out;
}

export type Fulfilment =
  'home_delivery' | 'garage_fitting' | 'click_collect' | 'workshop_delivery' | 'export';

export interface Basket {
  lines: BasketLine<Category>[];
  amount: number;
  currency: 'GBP';
  shippingFee: number;
  discountCode?: string;
  discount?: number;
}

/** Delivery: free over £25 (tyres to a garage and click & collect always free); £9.99 to Ireland, £24.99 abroad. */
export function shippingFeeFor(f: Fulfilment, country: string, items: number): number {
  if (f === 'garage_fitting' || f === 'click_collect') return 0;
  if (f === 'workshop_delivery') return items >= 5000 ? 0 : 499;
  if (country === 'GB') return items >= 2500 ? 0 : 399;
  if (country === 'IE') return items >= 7500 ? 0 : 999;
  return 2499;
}

export function basketOf(
  lines: BasketLine<Category>[],
  f: Fulfilment,
  country: string,
  promo?: { code: string; percent: number },
): Basket {
  const items = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const shippingFee = shippingFeeFor(f, country, items);
  const discount = promo ? Math.floor((items * promo.percent) / 100) : 0;
  return {
    lines,
    amount: items - discount + shippingFee,
    currency: 'GBP',
    shippingFee,
    ...(promo ? { discountCode: promo.code, discount } : {}),
  };
}
