import { type BasketLine, lineOf, type Product as KitProduct, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Market, MARKETS } from './places.js';

/** Radwerk's catalogue (Easter-sale prices in euro cents, VAT included) and how a basket is priced. */

export type Category =
  | 'e_bike'
  | 'cargo_e_bike'
  | 'road_bike'
  | 'gravel_bike'
  | 'city_bike'
  | 'kids_bike'
  | 'battery'
  | 'motor'
  | 'groupset'
  | 'component'
  | 'helmet'
  | 'lock'
  | 'clothing'
  | 'accessory'
  | 'service'
  | 'gift_card';

export type Product = KitProduct<Category>;

const p: (sku: string, name: string, category: Category, price: number) => Product = product;

export const PRODUCTS: readonly Product[] = [
  p('EB-CITY-500', 'Stadtrad E 500 Tiefeinsteiger, Bosch Active Line Plus, 500 Wh', 'e_bike', 249_900),
  p('EB-TREK-625', 'Trekking E 7 Performance Line, 625 Wh, Kettenschaltung', 'e_bike', 339_900),
  p('EB-TREK-750', 'Trekking E 9 Enviolo, Riemenantrieb, 750 Wh', 'e_bike', 429_900),
  p('EB-MTB-HT', 'E-MTB Hardtail 29", Performance CX, 625 Wh', 'e_bike', 379_900),
  p('EB-MTB-FS', 'E-MTB Fully 150 mm, Performance CX, 750 Wh', 'e_bike', 549_900),
  p('EB-MTB-FS-PRO', 'E-MTB Fully Carbon 160 mm, 800 Wh, Funkschaltung', 'e_bike', 699_900),
  p('EB-SPEED-45', 'S-Pedelec 45 km/h, 750 Wh, Zulassung inkl.', 'e_bike', 589_900),
  p('EB-FOLD', 'Falt-E-Bike 20", 400 Wh', 'e_bike', 219_900),
  p('CG-LONG', 'Cargo E-Bike Longtail, 2 Kindersitze, 2×500 Wh', 'cargo_e_bike', 549_900),
  p('CG-BOX-2', 'Lastenrad E-Box zweirädrig, Kinderbox mit Verdeck', 'cargo_e_bike', 649_900),
  p('CG-TRIKE', 'Lasten-E-Trike dreirädrig, Neigetechnik, 725 Wh', 'cargo_e_bike', 749_900),
  p('RB-ALU-105', 'Rennrad Aluminium 105, Scheibenbremse', 'road_bike', 149_900),
  p('RB-CARBON-DI2', 'Rennrad Carbon Ultegra Di2', 'road_bike', 449_900),
  p('GR-ALU-GRX', 'Gravelbike Aluminium GRX 2×11', 'gravel_bike', 139_900),
  p('GR-CARBON-AXS', 'Gravelbike Carbon Rival AXS', 'gravel_bike', 329_900),
  p('CB-HOLLAND', 'Hollandrad 7-Gang Nabe', 'city_bike', 59_900),
  p('CB-URBAN', 'Urban Bike Riemen 8-Gang', 'city_bike', 89_900),
  p('KB-16', 'Kinderrad 16", Rücktritt', 'kids_bike', 29_900),
  p('KB-20', 'Kinderrad 20", 7-Gang', 'kids_bike', 44_900),
  p('KB-24', 'Jugendrad 24", Scheibenbremse', 'kids_bike', 59_900),
  p('KB-BALANCE', 'Laufrad 12"', 'kids_bike', 12_900),
  p('BAT-PT500', 'Akku PowerTube 500 Wh', 'battery', 69_900),
  p('BAT-PT625', 'Akku PowerTube 625 Wh', 'battery', 79_900),
  p('BAT-PT750', 'Akku PowerTube 750 Wh', 'battery', 89_900),
  p('BAT-PP500', 'Akku PowerPack 500 Wh Rahmen', 'battery', 64_900),
  p('BAT-STEPS', 'Akku 504 Wh Gepäckträger', 'battery', 54_900),
  p('MOT-PERF-CX', 'Antriebseinheit Performance Line CX (Austausch)', 'motor', 119_900),
  p('MOT-MID-EP8', 'Mittelmotor EP8 (Austausch)', 'motor', 99_900),
  p('CHG-4A', 'Schnellladegerät 4 A', 'component', 17_900),
  p('DSP-KIOX', 'Display Kiox 300', 'component', 24_900),
  p('GS-105', 'Gruppe 105 R7100 mechanisch', 'groupset', 64_900),
  p('GS-ULT-DI2', 'Gruppe Ultegra Di2 R8100', 'groupset', 149_900),
  p('GS-GRX', 'Gruppe GRX 1×12', 'groupset', 49_900),
  p('CMP-WHEELS', 'Laufradsatz Carbon 45 mm', 'component', 89_900),
  p('CMP-CHAIN', 'Kette 12-fach', 'component', 3_999),
  p('CMP-PADS', 'Bremsbeläge Scheibe (Paar)', 'component', 1_899),
  p('CMP-TYRE', 'Reifen 28×1,75 pannensicher', 'component', 3_499),
  p('CMP-TUBE', 'Schlauch 28" Sclaverand', 'component', 699),
  p('CMP-VALVE', 'Ventilkappen-Set', 'component', 299),
  p('HLM-CITY', 'Helm City mit Rücklicht', 'helmet', 7_999),
  p('HLM-ROAD-MIPS', 'Rennradhelm MIPS', 'helmet', 17_999),
  p('HLM-KIDS', 'Kinderhelm', 'helmet', 3_999),
  p('HLM-SPEED', 'S-Pedelec-Helm NTA 8776', 'helmet', 19_999),
  p('LCK-FOLD', 'Faltschloss Level 15', 'lock', 11_999),
  p('LCK-CHAIN', 'Kettenschloss 110 cm', 'lock', 8_999),
  p('LCK-U', 'Bügelschloss', 'lock', 6_999),
  p('LCK-GPS', 'GPS-Tracker für E-Bikes (Abo 1 Jahr)', 'lock', 12_900),
  p('CLO-JACKET', 'Regenjacke', 'clothing', 12_999),
  p('CLO-BIB', 'Trägerhose', 'clothing', 9_999),
  p('CLO-JERSEY', 'Trikot kurz', 'clothing', 5_999),
  p('CLO-GLOVES', 'Handschuhe', 'clothing', 2_999),
  p('ACC-LIGHTS', 'Lichtset StVZO', 'accessory', 4_999),
  p('ACC-PANNIER', 'Packtaschen (Paar)', 'accessory', 11_999),
  p('ACC-CHILDSEAT', 'Kindersitz Gepäckträger', 'accessory', 12_999),
  p('ACC-BELL', 'Klingel', 'accessory', 599),
  p('ACC-BOTTLE', 'Trinkflasche 750 ml', 'accessory', 899),
  p('ACC-PUMP', 'Standpumpe', 'accessory', 3_999),
  p('ACC-RACK', 'Heckträger für 2 E-Bikes', 'accessory', 54_900),
  p('SRV-INSPECT', 'E-Bike-Inspektion in der Werkstatt', 'service', 8_900),
  p('SRV-SERVICE', 'Großer Service', 'service', 12_900),
  p('SRV-FIT', 'Bikefitting', 'service', 14_900),
  p('GC-100', 'Geschenkgutschein 100 €', 'gift_card', 10_000),
  p('GC-250', 'Geschenkgutschein 250 €', 'gift_card', 25_000),
];

export const BIKES: ReadonlySet<Category> = new Set([
  'e_bike',
  'cargo_e_bike',
  'road_bike',
  'gravel_bike',
  'city_bike',
  'kids_bike',
]);

export const byCategory = (...cats: Category[]): Product[] =>
  PRODUCTS.filter((x) => cats.includes(x.category));
export const bySku = (sku: string): Product => {
  const found = PRODUCTS.find((x) => x.sku === sku);
  if (!found) throw new Error(`no product ${sku}`);
  return found;
};

export type Line = BasketLine<Category>;

export const line: (product: Product, quantity?: number) => Line = lineOf;

export type Fulfilment = 'parcel' | 'freight' | 'pickup' | 'packstation' | 'workshop';

export interface Basket {
  lines: Line[];
  amount: number;
  currency: 'EUR';
  shippingFee: number;
  discount: number;
  code?: string;
  /** Batteries travel as dangerous goods by road. */
  dangerousGoods: boolean;
}

export const hasBike = (lines: readonly Line[]): boolean => lines.some((l) => BIKES.has(l.category));

/** Freight for bikes (one fee a bike), a parcel otherwise; collection and workshop bookings are free. */
export function shippingFee(lines: readonly Line[], market: Market, f: Fulfilment, goods: number): number {
  if (f === 'pickup' || f === 'workshop') return 0;
  const m = MARKETS[market];
  const bikes = lines.filter((l) => BIKES.has(l.category)).reduce((n, l) => n + l.quantity, 0);
  if (bikes > 0) return m.freightFee * bikes;
  return goods >= m.freeFrom ? 0 : m.parcelFee;
}

/** A priced basket: lines, less a voucher, plus delivery. */
export function basket(
  lines: Line[],
  market: Market,
  f: Fulfilment,
  voucher?: { code: string; percent?: number; off?: number },
): Basket {
  const goods = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const discount = voucher
    ? Math.min(goods, voucher.off ?? Math.round((goods * (voucher.percent ?? 0)) / 100))
    : 0;
  const fee = shippingFee(lines, market, f, goods);
  return {
    lines,
    amount: goods - discount + fee,
    currency: 'EUR',
    shippingFee: fee,
    discount,
    ...(voucher ? { code: voucher.code } : {}),
    dangerousGoods: lines.some((l) => l.category === 'battery'),
  };
}

/** Add-ons people put next to a bike: a lock, a helmet, lights, a child seat on a cargo bike. */
export function addOns(rng: Rng, lines: Line[]): Line[] {
  const out = [...lines];
  if (rng.chance(0.55)) out.push(line(rng.pick(byCategory('lock'))));
  if (rng.chance(0.4)) out.push(line(rng.pick(byCategory('helmet'))));
  if (rng.chance(0.15)) out.push(line(bySku('ACC-PANNIER')));
  if (rng.chance(0.1)) out.push(line(bySku('CLO-JACKET')));
  return out;
}

/** Small accessory and spare-part baskets: one to four lines. */
export function smallBasket(rng: Rng): Line[] {
  const pool = byCategory('helmet', 'lock', 'clothing', 'accessory', 'component');
  const cheap = pool.filter((x) => x.price < 60_000);
  const n = rng.weightedPick<number>([
    [1, 45],
    [2, 30],
    [3, 17],
    [4, 8],
  ]);
  const out: Line[] = [];
  for (let i = 0; i < n; i++) {
    const prod = rng.pick(cheap);
    if (out.some((l) => l.sku === prod.sku)) continue;
    const q = prod.category === 'component' && prod.price < 4_000 && rng.chance(0.3) ? 2 : 1;
    out.push(line(prod, q));
  }
  return out;
}

/** One bike of the given categories, with its usual add-ons. */
export const bikeBasket = (rng: Rng, ...cats: Category[]): Line[] =>
  addOns(rng, [line(rng.pick(byCategory(...cats)))]);
