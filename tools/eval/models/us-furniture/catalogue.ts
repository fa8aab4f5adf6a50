import { type BasketLine, lineOf, product, type Product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Place, taxRateAt } from './places.js';

/**
 * What Harlow & Pine sells, at Presidents' Day sale prices (cents): upholstery, bedroom and dining casegoods,
 * mattresses, outdoor, rugs, lighting, decor and bedding, swatch kits, and a furniture protection plan. Large
 * pieces go by two-person white-glove delivery or threshold freight with an appointment window; the rest by
 * parcel; local buyers may collect at the High Point warehouse.
 */

export type Category =
  | 'sofa'
  | 'sectional'
  | 'recliner'
  | 'chair'
  | 'bed'
  | 'mattress'
  | 'casegoods'
  | 'dining'
  | 'table'
  | 'office'
  | 'outdoor'
  | 'rug'
  | 'lighting'
  | 'decor'
  | 'bedding'
  | 'swatch'
  | 'protection';

export type Line = BasketLine<Category>;
type Item = Product<Category> & { parcel: boolean };

const p = (sku: string, name: string, category: Category, price: number, parcel = false): Item => ({
  ...product(sku, name, category, price),
  parcel,
});

export const CATALOGUE = {
  sofaVelvet: p('SOF-ARL-84', 'Arlington 84" Sofa, Performance Velvet', 'sofa', 149_900),
  sofaSlip: p('SOF-HAV-90', 'Haven 90" Slipcovered Sofa', 'sofa', 189_900),
  sofaLeather: p('SOF-MER-LTH', 'Meridian Top-Grain Leather Sofa', 'sofa', 279_900),
  loveseat: p('LOV-ARL-62', 'Arlington 62" Loveseat', 'sofa', 119_900),
  sectionalModular: p('SEC-CLD-5P', 'Cloud Modular 5-Piece Sectional', 'sectional', 449_900),
  sectionalChaise: p('SEC-BRK-L', 'Brookline L-Shaped Sectional with Chaise', 'sectional', 259_900),
  sectionalPower: p('SEC-MER-PWR', 'Meridian Power Reclining Leather Sectional', 'sectional', 529_900),
  reclinerPower: p('REC-WES-PWR', 'Weston Power Recliner with Headrest', 'recliner', 129_900),
  liftChair: p('REC-LFT-MED', 'Comfort Power Lift Chair', 'recliner', 149_900),
  massageChair: p('MSG-ZRG-4D', 'Zero-Gravity 4D Massage Chair', 'recliner', 599_900),
  accentChair: p('CHR-LIN-ACC', 'Linden Accent Chair', 'chair', 59_900),
  swivelChair: p('CHR-SWV-BCL', 'Bouclé Swivel Chair', 'chair', 79_900),
  stools: p('STL-CNT-2', 'Counter Stools, Set of 2', 'chair', 34_900, true),
  bedQueen: p('BED-HAV-Q', 'Haven Upholstered Queen Bed', 'bed', 109_900),
  bedKing: p('BED-HAV-K', 'Haven Upholstered King Bed', 'bed', 129_900),
  bedOak: p('BED-OAK-K', 'Solid Oak King Platform Bed', 'bed', 189_900),
  bunkBed: p('BED-BNK-TW', 'Twin-over-Twin Bunk Bed', 'bed', 79_900),
  bedroomSet: p('BSET-ASH-K4', 'Ashby 4-Piece King Bedroom Set', 'bed', 399_900),
  mattressQueen: p('MAT-HYB-Q', 'Restwell Hybrid Mattress, Queen (boxed)', 'mattress', 89_900, true),
  mattressKing: p('MAT-HYB-K', 'Restwell Hybrid Mattress, King (boxed)', 'mattress', 119_900, true),
  mattressTwin: p('MAT-MEM-TW', 'Memory Foam Mattress, Twin (boxed)', 'mattress', 34_900, true),
  mattressLuxe: p('MAT-LUX-K', 'Luxe Pillow-Top Mattress, King', 'mattress', 239_900),
  adjustableBase: p('BASE-ADJ-Q', 'Adjustable Base, Queen', 'mattress', 99_900),
  dresser: p('DRS-ASH-9', 'Ashby 9-Drawer Dresser', 'casegoods', 129_900),
  nightstand: p('NST-ASH', 'Ashby Nightstand', 'casegoods', 39_900),
  chest: p('CHS-ASH-5', 'Ashby 5-Drawer Chest', 'casegoods', 89_900),
  mediaConsole: p('MED-CNS-72', 'Carolina 72" Media Console', 'casegoods', 99_900),
  diningFarm: p('DIN-FRM-7', 'Farmhouse 7-Piece Dining Set', 'dining', 219_900),
  diningRound: p('DIN-ROU-5', 'Round Pedestal 5-Piece Dining Set', 'dining', 149_900),
  diningChairs: p('DIN-CHR-2', 'Dining Side Chairs, Set of 2', 'dining', 39_900),
  sideboard: p('BUF-SIDE', 'Reclaimed Pine Sideboard', 'dining', 119_900),
  coffeeTable: p('TBL-COF-MRB', 'Marble-Top Coffee Table', 'table', 69_900),
  endTable: p('TBL-END-OAK', 'Oak End Table', 'table', 24_900, true),
  desk: p('DSK-WRT-60', '60" Writing Desk', 'table', 59_900),
  taskChair: p('OFC-ERG-MSH', 'Ergonomic Mesh Task Chair', 'office', 44_900, true),
  patioSectional: p('OUT-SEC-WKR', 'Outdoor Wicker Sectional with Cushions', 'outdoor', 299_900),
  patioDining: p('OUT-DIN-7', 'Teak 7-Piece Outdoor Dining Set', 'outdoor', 349_900),
  adirondack: p('OUT-ADR-2', 'Poly Adirondack Chairs, Set of 2', 'outdoor', 59_900),
  rugPersian: p('RUG-PRS-810', 'Persian-Style Rug 8x10', 'rug', 44_900, true),
  rugJute: p('RUG-JUT-58', 'Jute Rug 5x8', 'rug', 19_900, true),
  rugWool: p('RUG-WOL-912', 'Hand-Knotted Wool Rug 9x12', 'rug', 189_900, true),
  tableLamp: p('LMP-TBL-CER', 'Ceramic Table Lamp', 'lighting', 12_900, true),
  floorLamp: p('LMP-FLR-ARC', 'Arc Floor Lamp', 'lighting', 24_900, true),
  chandelier: p('LGT-CHD-BRS', 'Brass Chandelier', 'lighting', 49_900, true),
  mirror: p('DEC-MIR-RND', 'Round Wall Mirror 36"', 'decor', 22_900, true),
  canvas: p('DEC-ART-CNV', 'Framed Canvas Art 40x30', 'decor', 17_900, true),
  pillows: p('DEC-PIL-2', 'Throw Pillows, Set of 2', 'decor', 5_900, true),
  throwBlanket: p('DEC-THR-KNT', 'Chunky Knit Throw', 'decor', 7_900, true),
  vases: p('DEC-VAS-SET', 'Stoneware Vase Set', 'decor', 6_400, true),
  candle: p('DEC-CND-3W', 'Three-Wick Candle', 'decor', 2_800, true),
  faux: p('DEC-PLT-FIG', 'Faux Fiddle-Leaf Fig, 6 ft', 'decor', 16_900, true),
  sheets: p('BDG-SHT-Q', 'Percale Sheet Set, Queen', 'bedding', 12_900, true),
  duvet: p('BDG-DUV-K', 'Linen Duvet Cover, King', 'bedding', 24_900, true),
  bedPillows: p('BDG-PLW-2', 'Down-Alternative Pillows, Set of 2', 'bedding', 8_900, true),
  protector: p('BDG-PRO-Q', 'Waterproof Mattress Protector, Queen', 'bedding', 6_900, true),
  fabricSwatches: p('SWT-FAB-KIT', 'Fabric Swatch Kit (5 swatches)', 'swatch', 500, true),
  leatherSwatches: p('SWT-LTH-KIT', 'Leather Swatch Kit', 'swatch', 900, true),
} as const;

const C = CATALOGUE;
const PARCEL_BY_SKU = new Map(Object.values(CATALOGUE).map((i) => [i.sku, i.parcel]));

export const line = (item: Item, quantity = 1): Line => lineOf(item, quantity);

/** How the order is delivered. */
export type Fulfilment = 'white_glove' | 'threshold' | 'parcel' | 'mixed' | 'warehouse_pickup';
export type Service = 'white_glove' | 'threshold';

export interface Basket {
  amount: number;
  currency: 'USD';
  lines: Line[];
  subtotal: number;
  discount: number;
  code?: string;
  shippingFee: number;
  tax: number;
  fulfilment: Fulfilment;
  /** Made to order: delivered in eight to twelve weeks. */
  madeToOrder: boolean;
}

const isLarge = (l: Line) => l.category !== 'protection' && PARCEL_BY_SKU.get(l.sku) === false;
export const hasLarge = (lines: readonly Line[]): boolean => lines.some(isLarge);

/** The protection plan, priced by the furniture it covers. */
export function protectionPlan(lines: readonly Line[]): Line | undefined {
  const covered = lines.filter(isLarge).reduce((s, l) => s + l.price * l.quantity, 0);
  if (covered === 0) return undefined;
  const price = covered < 100_000 ? 9_900 : covered < 250_000 ? 14_900 : covered < 500_000 ? 19_900 : 29_900;
  return {
    sku: 'PRT-5Y-FRN',
    name: '5-Year Furniture Protection Plan',
    category: 'protection',
    quantity: 1,
    price,
  };
}

export interface Terms {
  /** Where it goes (none for warehouse pickup). */
  to: Place | undefined;
  service: Service;
  code?: string;
  /** Share off the merchandise for that code. */
  off?: number;
  /** A resale certificate on file: no sales tax. */
  exempt?: boolean;
}

/**
 * The basket's money: merchandise, the code's discount, delivery (parcel free from $99; threshold $149;
 * white glove $249, free from $3,999; Alaska, Hawaii and Canada pay a freight surcharge), and the sales tax
 * of the delivery state on the discounted merchandise.
 */
export function basketOf(lines: Line[], t: Terms, madeToOrder = false): Basket {
  const subtotal = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const discount = t.code ? Math.round(subtotal * (t.off ?? 0)) : 0;
  const large = hasLarge(lines);
  const parcelOnly = !large;
  const fulfilment: Fulfilment =
    t.to === undefined
      ? 'warehouse_pickup'
      : parcelOnly
        ? 'parcel'
        : lines.some((l) => l.category !== 'protection' && !isLarge(l))
          ? 'mixed'
          : t.service;
  const remote =
    t.to !== undefined && (t.to.country === 'CA' || t.to.region === 'AK' || t.to.region === 'HI');
  let shippingFee = 0;
  if (t.to !== undefined) {
    if (parcelOnly) shippingFee = subtotal - discount >= 9_900 ? 0 : 995;
    else if (t.service === 'threshold') shippingFee = 14_900;
    else shippingFee = subtotal - discount >= 399_900 ? 0 : 24_900;
    if (remote) shippingFee += large ? 49_900 : 4_900;
  }
  const tax = t.exempt ? 0 : Math.round((subtotal - discount) * taxRateAt(t.to));
  return {
    amount: subtotal - discount + shippingFee + tax,
    currency: 'USD',
    lines,
    subtotal,
    discount,
    ...(t.code ? { code: t.code } : {}),
    shippingFee,
    tax,
    fulfilment,
    madeToOrder: madeToOrder && large,
  };
}

const some = <T>(rng: Rng, items: readonly T[], min: number, max: number): T[] =>
  rng.shuffle(items).slice(0, rng.int(min, max));

/** A room: one anchor piece and a few accents. */
export function roomLines(rng: Rng): Line[] {
  const room = rng.weightedPick<'living' | 'bedroom' | 'dining' | 'outdoor' | 'office'>([
    ['living', 45],
    ['bedroom', 30],
    ['dining', 15],
    ['outdoor', 5],
    ['office', 5],
  ]);
  if (room === 'living') {
    const anchor = rng.weightedPick<Item>([
      [C.sofaVelvet, 22],
      [C.sofaSlip, 16],
      [C.sofaLeather, 8],
      [C.sectionalChaise, 18],
      [C.sectionalModular, 10],
      [C.sectionalPower, 6],
      [C.reclinerPower, 10],
      [C.loveseat, 6],
      [C.swivelChair, 4],
    ]);
    const accents = some(
      rng,
      [C.coffeeTable, C.endTable, C.accentChair, C.rugPersian, C.floorLamp, C.pillows, C.mediaConsole],
      0,
      3,
    );
    return [line(anchor), ...accents.map((a) => line(a, a === C.endTable && rng.chance(0.5) ? 2 : 1))];
  }
  if (room === 'bedroom') {
    const bed = rng.weightedPick<Item>([
      [C.bedQueen, 30],
      [C.bedKing, 25],
      [C.bedOak, 10],
      [C.bedroomSet, 15],
      [C.bunkBed, 8],
      [C.dresser, 12],
    ]);
    const out = [line(bed)];
    if (bed !== C.dresser && bed !== C.bedroomSet && rng.chance(0.45))
      out.push(line(C.nightstand, rng.int(1, 2)));
    if (rng.chance(0.4))
      out.push(
        line(
          bed === C.bunkBed ? C.mattressTwin : rng.pick([C.mattressQueen, C.mattressKing, C.mattressLuxe]),
          bed === C.bunkBed ? 2 : 1,
        ),
      );
    for (const a of some(rng, [C.sheets, C.duvet, C.bedPillows, C.tableLamp, C.chest], 0, 2))
      out.push(line(a));
    return out;
  }
  if (room === 'dining') {
    const out = [line(rng.pick([C.diningFarm, C.diningRound, C.diningFarm]))];
    if (rng.chance(0.3)) out.push(line(C.diningChairs, rng.int(1, 2)));
    if (rng.chance(0.3)) out.push(line(C.sideboard));
    if (rng.chance(0.3)) out.push(line(C.chandelier));
    return out;
  }
  if (room === 'outdoor')
    return [
      line(rng.pick([C.patioSectional, C.patioDining])),
      ...(rng.chance(0.4) ? [line(C.adirondack)] : []),
    ];
  return [line(C.desk), line(C.taskChair), ...(rng.chance(0.3) ? [line(C.floorLamp)] : [])];
}

/** A mattress on its own, often with a base and bedding. */
export function mattressLines(rng: Rng): Line[] {
  const m = rng.weightedPick<Item>([
    [C.mattressQueen, 40],
    [C.mattressKing, 30],
    [C.mattressLuxe, 15],
    [C.mattressTwin, 15],
  ]);
  const out = [line(m)];
  if (m !== C.mattressTwin && rng.chance(0.25)) out.push(line(C.adjustableBase));
  for (const a of some(rng, [C.protector, C.sheets, C.bedPillows], 0, 3)) out.push(line(a));
  return out;
}

/** Decor, rugs, lighting and bedding by parcel. */
export function decorLines(rng: Rng): Line[] {
  const items = some(
    rng,
    [
      C.rugJute,
      C.rugPersian,
      C.tableLamp,
      C.floorLamp,
      C.mirror,
      C.canvas,
      C.pillows,
      C.throwBlanket,
      C.vases,
      C.candle,
      C.faux,
      C.sheets,
      C.duvet,
      C.stools,
      C.endTable,
      C.taskChair,
    ],
    1,
    4,
  );
  const out = items.map((i) => line(i, i === C.pillows || i === C.candle ? rng.int(1, 3) : 1));
  if (rng.chance(0.04)) out.push(line(C.rugWool));
  return out;
}

/** A short-term rental fitted out: beds and mattresses by the room, a living room, bedding by the set. */
export function rentalLines(rng: Rng): Line[] {
  // Between guests most orders restock or replace: bedding by the set, a worn sofa, a broken chair, lamps.
  if (rng.chance(0.55)) {
    const units = rng.int(2, 6);
    const out = [line(C.sheets, units * 2), line(C.bedPillows, units), line(C.protector, units)];
    if (rng.chance(0.4))
      out.push(line(rng.pick([C.sofaSlip, C.sectionalChaise, C.reclinerPower, C.diningRound])));
    if (rng.chance(0.4))
      out.push(line(rng.pick([C.tableLamp, C.throwBlanket, C.adirondack, C.stools]), rng.int(1, 4)));
    return out;
  }
  const rooms = rng.int(2, 4);
  const out = [line(rng.pick([C.bedQueen, C.bedKing]), rooms - (rng.chance(0.4) ? 1 : 0))];
  out.push(line(rng.pick([C.mattressQueen, C.mattressKing]), rooms));
  if (rng.chance(0.45)) out.push(line(C.bunkBed), line(C.mattressTwin, 2));
  if (rng.chance(0.6)) out.push(line(rng.pick([C.sectionalChaise, C.sofaSlip, C.sofaVelvet])));
  if (rng.chance(0.4)) out.push(line(C.diningRound));
  if (rng.chance(0.35)) out.push(line(C.patioDining));
  out.push(line(C.sheets, rooms * 2), line(C.bedPillows, rooms));
  if (rng.chance(0.5)) out.push(line(C.nightstand, rooms * 2), line(C.tableLamp, rooms * 2));
  if (rng.chance(0.4)) out.push(line(C.canvas, rng.int(2, 5)));
  return out;
}

/** A designer's order for a client: better pieces, several of them. */
export function designerLines(rng: Rng): Line[] {
  const pieces = some(
    rng,
    [
      C.sofaLeather,
      C.sofaSlip,
      C.sectionalModular,
      C.swivelChair,
      C.accentChair,
      C.bedOak,
      C.sideboard,
      C.rugWool,
      C.chandelier,
      C.coffeeTable,
      C.mirror,
      C.diningFarm,
      C.dresser,
    ],
    2,
    6,
  );
  return pieces.map((i) => line(i, i === C.swivelChair || i === C.accentChair ? rng.int(1, 4) : 1));
}

/** What a gift-giver sends: a lift chair or recliner for parents, a mattress for a child's first flat, decor. */
export function giftLines(rng: Rng): Line[] {
  const kind = rng.weightedPick<'parents' | 'child' | 'decor'>([
    ['parents', 35],
    ['child', 40],
    ['decor', 25],
  ]);
  if (kind === 'parents') return [line(rng.pick([C.liftChair, C.reclinerPower, C.liftChair]))];
  if (kind === 'child')
    return [
      line(rng.pick([C.mattressQueen, C.mattressTwin, C.mattressQueen])),
      ...some(rng, [C.sheets, C.bedPillows, C.protector, C.desk, C.taskChair], 0, 2).map((i) => line(i)),
    ];
  return decorLines(rng);
}

/**
 * What a fraudster wants: high-value, easy to resell on marketplaces, deliverable to an empty house or a
 * forwarder (sectionals, power recliners, massage chairs, bedroom sets, patio sets, king mattresses, rugs).
 */
export function resaleLines(rng: Rng): Line[] {
  const anchor = rng.weightedPick<Item>([
    [C.sectionalPower, 14],
    [C.sectionalModular, 12],
    [C.massageChair, 12],
    [C.sofaLeather, 8],
    [C.bedroomSet, 10],
    [C.patioSectional, 8],
    [C.patioDining, 6],
    [C.mattressLuxe, 6],
    [C.reclinerPower, 8],
    [C.diningFarm, 6],
    [C.rugWool, 6],
    [C.mattressKing, 4],
  ]);
  const out = [line(anchor)];
  if (rng.chance(0.45))
    out.push(
      line(
        rng.pick([C.reclinerPower, C.massageChair, C.mattressKing, C.adjustableBase, C.rugWool, C.liftChair]),
      ),
    );
  if (rng.chance(0.2)) out.push(line(rng.pick([C.tableLamp, C.floorLamp, C.mirror])));
  return out;
}

/** One mid-priced piece a marketplace buyer ordered (triangulation). */
export function marketplaceLines(rng: Rng): Line[] {
  const item = rng.pick([
    C.dresser,
    C.accentChair,
    C.swivelChair,
    C.rugPersian,
    C.stools,
    C.taskChair,
    C.coffeeTable,
    C.bedQueen,
    C.reclinerPower,
    C.mattressQueen,
    C.desk,
    C.chest,
    C.mediaConsole,
  ]);
  return [line(item, item === C.stools && rng.chance(0.5) ? 2 : 1)];
}

/** The cheapest things in the shop: what a card tester checks a card on. */
export const testLines = (rng: Rng): Line[] => [
  line(
    rng.weightedPick<Item>([
      [C.fabricSwatches, 50],
      [C.leatherSwatches, 20],
      [C.candle, 20],
      [C.pillows, 10],
    ]),
  ),
];
