import { type BasketLine, lineOf, type Product, product } from '../kit/purchase.js';
import { type Currency, type Region } from './places.js';

/**
 * What the boutique sells, at its Swiss prices in centimes including 8.1 % VAT: new watches from the brands it
 * is authorised for, certified pre-owned pieces (one of each, inspected before dispatch), fine jewellery,
 * straps and accessories, and gift vouchers e-mailed to the recipient. Euro, pound and dollar lists are set
 * from the Swiss list; an order delivered outside Switzerland is sold without Swiss VAT (the buyer pays import
 * duty and VAT on arrival), and vouchers are sold at face value.
 */

export type Category = 'watch' | 'preowned' | 'jewellery' | 'strap' | 'accessory' | 'voucher';

export interface Item extends Product<Category> {
  /** A boutique-allocated or limited reference: one per client. */
  limited?: boolean;
}

const p = (sku: string, name: string, category: Category, chf: number, limited = false): Item => ({
  ...product(sku, name, category, chf * 100),
  ...(limited ? { limited } : {}),
});

export const WATCHES: readonly Item[] = [
  p('FC-CLS-303', 'Frederique Constant Classics Automatic', 'watch', 1_395),
  p('LO-HC-41', 'Longines HydroConquest 41 mm', 'watch', 1_950),
  p('OR-AQ-4373', 'Oris Aquis Date 41.5 mm', 'watch', 2_400),
  p('BM-CLF-10', 'Baume & Mercier Clifton Baumatic', 'watch', 3_150),
  p('LO-SP-40', 'Longines Spirit 40 mm', 'watch', 2_750),
  p('CA-TNK-MST', 'Cartier Tank Must, large', 'watch', 3_300),
  p('TU-BB58-39', 'Tudor Black Bay 58, 39 mm', 'watch', 4_150),
  p('TU-PEL-42', 'Tudor Pelagos 42 mm', 'watch', 5_300),
  p('OM-CON-39', 'Omega Constellation Co-Axial 39 mm', 'watch', 6_100),
  p('GS-SBGA', 'Grand Seiko Spring Drive Snowflake', 'watch', 6_500),
  p('TH-CAR-39', 'TAG Heuer Carrera Chronograph 39 mm', 'watch', 6_650),
  p('OM-AT-41', 'Omega Seamaster Aqua Terra 41 mm', 'watch', 6_900),
  p('CA-SAN-M', 'Cartier Santos de Cartier, medium', 'watch', 7_400),
  p('OM-SPM-42', 'Omega Speedmaster Moonwatch Professional', 'watch', 7_700),
  p('CH-HSP-33', 'Chopard Happy Sport 33 mm', 'watch', 6_850),
  p('IW-PIL-40', 'IWC Pilot’s Watch Mark XX', 'watch', 5_650),
  p('IW-POR-41', 'IWC Portugieser Chronograph', 'watch', 9_100),
  p('BR-NAV-43', 'Breitling Navitimer B01 Chronograph 43', 'watch', 9_300),
  p('JL-REV-TR', 'Jaeger-LeCoultre Reverso Tribute Monoface', 'watch', 9_700),
  p('TU-BB58-GVA', 'Tudor Black Bay 58 “Léman” boutique edition', 'watch', 4_450, true),
  p('OM-SPM-SNP', 'Omega Speedmaster “Silver Snoopy Award”', 'watch', 11_400, true),
  p('JL-POL-GMT', 'Jaeger-LeCoultre Polaris Geographic, limited', 'watch', 16_800, true),
];

export const PREOWNED: readonly Item[] = [
  p('CPO-OM-SPM-1998', 'Omega Speedmaster Professional (1998), serviced', 'preowned', 4_650),
  p('CPO-CA-PAN-S', 'Cartier Panthère small (2017)', 'preowned', 4_900),
  p('CPO-RX-OP36-22', 'Rolex Oyster Perpetual 36 (2022), full set', 'preowned', 8_400),
  p('CPO-RX-DJ36-19', 'Rolex Datejust 36 (2019), full set', 'preowned', 9_200),
  p('CPO-RX-SUB-21', 'Rolex Submariner Date 126610LN (2021)', 'preowned', 13_900),
  p('CPO-RX-GMT-20', 'Rolex GMT-Master II “Pepsi” (2020)', 'preowned', 19_800),
  p('CPO-PP-CAL-5196', 'Patek Philippe Calatrava 5196J', 'preowned', 22_500),
  p('CPO-RX-DAY-22', 'Rolex Cosmograph Daytona 126500LN (2022)', 'preowned', 31_500),
  p('CPO-AP-ROO-26470', 'Audemars Piguet Royal Oak Offshore 26470ST', 'preowned', 29_900),
  p('CPO-VC-OVS-4500', 'Vacheron Constantin Overseas 4500V', 'preowned', 34_500),
  p('CPO-AP-RO-15500', 'Audemars Piguet Royal Oak 15500ST', 'preowned', 52_000),
  p('CPO-PP-AQN-5167', 'Patek Philippe Aquanaut 5167A', 'preowned', 69_000),
];

export const JEWELLERY: readonly Item[] = [
  p('JW-CUF-AG', 'Sterling silver cufflinks', 'jewellery', 420),
  p('JW-HOOP-18Y', '18k yellow gold hoop earrings', 'jewellery', 1_480),
  p('JW-SIG-18Y', '18k gold signet ring', 'jewellery', 1_290),
  p('JW-PRL-NK', 'Akoya pearl necklace', 'jewellery', 1_950),
  p('JW-CHN-18Y', '18k gold curb chain, 50 cm', 'jewellery', 2_250),
  p('JW-STD-050', 'Diamond studs, 0.50 ct total', 'jewellery', 3_300),
  p('JW-PND-SAP', 'Sapphire and diamond pendant', 'jewellery', 2_850),
  p('JW-TNS-300', 'Diamond tennis bracelet, 3.00 ct', 'jewellery', 6_900),
  p('JW-SOL-100', 'Solitaire ring, 1.00 ct, platinum', 'jewellery', 11_800),
  p('JW-ETR-RNG', 'Diamond eternity ring', 'jewellery', 4_700),
];

export const STRAPS: readonly Item[] = [
  p('ST-NATO-20', 'NATO strap, 20 mm', 'strap', 95),
  p('ST-RUB-OM', 'Rubber strap for Seamaster', 'strap', 240),
  p('ST-CAL-20', 'Calfskin strap with pin buckle', 'strap', 180),
  p('ST-ALL-20', 'Alligator strap, hand-stitched', 'strap', 420),
  p('ST-DEP-18', 'Steel deployant buckle', 'strap', 460),
];

export const ACCESSORIES: readonly Item[] = [
  p('AC-CLN-KIT', 'Watch care kit', 'accessory', 45),
  p('AC-ROLL-3', 'Leather watch roll, three pieces', 'accessory', 195),
  p('AC-BOX-6', 'Walnut watch box, six pieces', 'accessory', 380),
  p('AC-WND-1', 'Single watch winder', 'accessory', 1_250),
];

const voucher = (chf: number): Item => p(`GV-${chf}`, `Gift voucher ${chf}`, 'voucher', chf);
export const VOUCHERS: readonly Item[] = [100, 250, 500, 1_000, 2_500, 5_000].map(voucher);

export const CATALOGUE: readonly Item[] = [
  ...WATCHES,
  ...PREOWNED,
  ...JEWELLERY,
  ...STRAPS,
  ...ACCESSORIES,
  ...VOUCHERS,
];

/** The Swiss list converted to each currency's own list (luxury prices sit higher abroad than at home). */
const LIST: Readonly<Record<Currency, number>> = { CHF: 1, EUR: 1.09, GBP: 0.95, USD: 1.12 };

/** Approximate francs for one unit of each currency, for thresholds (not prices). */
export const IN_CHF: Readonly<Record<Currency, number>> = { CHF: 1, EUR: 0.93, GBP: 1.07, USD: 0.8 };

const roundTo = (x: number, step: number) => Math.max(step, Math.round(x / step) * step);

/** One unit of `item` in `currency`, in minor units; without Swiss VAT for an export. */
export function unitPrice(item: Item, currency: Currency, exportSale: boolean): number {
  if (item.category === 'voucher') return item.price;
  const units = ((item.price / 100) * LIST[currency]) / (exportSale ? 1.081 : 1);
  return roundTo(units, units >= 1000 ? 10 : 5) * 100;
}

export type Fulfilment = 'courier' | 'armoured' | 'collection' | 'email';
/** Swiss VAT charged, sold tax-free for export (delivered abroad), or paid with VAT and reclaimed at the border. */
export type Duty = 'swiss_vat' | 'export' | 'tax_free_refund';

export interface Basket {
  lines: BasketLine<Category>[];
  amount: number;
  currency: Currency;
  shippingFee: number;
  duty: Duty;
}

/** What delivery costs, in the currency's units: insured courier, an armoured carrier for the big pieces. */
function shippingUnits(region: Region, f: Fulfilment, subtotalChf: number): number {
  if (f === 'collection' || f === 'email') return 0;
  if (f === 'armoured') return region === 'ch' ? 0 : 250;
  if (region === 'ch') return subtotalChf >= 300 ? 0 : 12;
  if (region === 'eu') return 35;
  if (region === 'uk') return 45;
  return 75;
}

/** A basket of `items` (quantity 1 unless given) in `currency`, delivered by `f` to `region`. */
export function basketOf(
  items: ReadonlyArray<Item | readonly [Item, number]>,
  currency: Currency,
  region: Region,
  f: Fulfilment,
  duty: Duty,
): Basket {
  const exportSale = duty === 'export';
  const lines = items.map((x) => {
    const [item, quantity] = Array.isArray(x) ? (x as readonly [Item, number]) : [x as Item, 1];
    return { ...lineOf(item, quantity), price: unitPrice(item, currency, exportSale) };
  });
  const subtotal = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const shippingFee = shippingUnits(region, f, (subtotal / 100) * IN_CHF[currency]) * 100;
  return { lines, amount: subtotal + shippingFee, currency, shippingFee, duty };
}

/** Francs a basket is worth, roughly (for how people pay and what carrier it needs). */
export const chfOf = (amount: number, currency: Currency): number => (amount / 100) * IN_CHF[currency];

/** How a physical order travels: an armoured carrier above CHF 25,000, else insured courier. */
export const carrierFor = (chf: number): Fulfilment => (chf > 25_000 ? 'armoured' : 'courier');
