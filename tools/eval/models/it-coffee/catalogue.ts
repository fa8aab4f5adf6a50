import { type BasketLine, type Product, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Currency, type Market } from './places.js';

/**
 * What the shop sells, with euro prices in cents including Italian VAT (the Swiss shop lists its own franc
 * prices), how a basket is priced (discount codes, trade-in credit, delivery fees) and how people fill one.
 */

export type Category =
  | 'bean_to_cup'
  | 'espresso_machine'
  | 'lever_machine'
  | 'capsule_machine'
  | 'grinder'
  | 'beans'
  | 'capsules'
  | 'accessory'
  | 'spare_part'
  | 'gift_box'
  | 'gift_card'
  | 'subscription'
  | 'office_plan';

export type Item = Product<Category>;
export type Line = BasketLine<Category>;

/** How an order reaches its buyer. */
export type Fulfilment = 'courier' | 'pickup_point' | 'showroom' | 'email';

export const BEAN_TO_CUP: readonly Item[] = [
  product('BTC-GG-MAGP', 'Gaggia Magenta Prestige', 'bean_to_cup', 59_900),
  product('BTC-PH-5400', 'Philips 5400 LatteGo', 'bean_to_cup', 69_900),
  product('BTC-ME-TSS', 'Melitta Barista TS Smart', 'bean_to_cup', 89_900),
  product('BTC-DL-ELEX', "De'Longhi Eletta Explore", 'bean_to_cup', 109_900),
  product('BTC-JU-E8', 'Jura E8', 'bean_to_cup', 114_900),
  product('BTC-SA-XLD', 'Saeco Xelsis Deluxe', 'bean_to_cup', 119_900),
  product('BTC-DL-PDS', "De'Longhi PrimaDonna Soul", 'bean_to_cup', 139_900),
  product('BTC-SI-EQ9', 'Siemens EQ.900 plus', 'bean_to_cup', 189_900),
  product('BTC-JU-Z10', 'Jura Z10', 'bean_to_cup', 239_900),
  product('BTC-JU-GIGA10', 'Jura GIGA 10', 'bean_to_cup', 389_900),
];

/** The office bean-to-cup, sold outright to companies or lent under an office plan. */
export const OFFICE_MACHINE = product('BTC-JU-X8', 'Jura X8 Platinum', 'bean_to_cup', 339_000);

export const ESPRESSO: readonly Item[] = [
  product('ESP-BZ-UNICA', 'Bezzera Unica PID', 'espresso_machine', 69_900),
  product('ESP-PR-GO', 'Profitec GO', 'espresso_machine', 94_900),
  product('ESP-RO-APP', 'Rocket Appartamento Serie Nera', 'espresso_machine', 159_000),
  product('ESP-LE-MARAX', 'Lelit Mara X V2', 'espresso_machine', 169_000),
  product('ESP-RA-SILVIAX', 'Rancilio Silvia Pro X', 'espresso_machine', 199_000),
  product('ESP-EC-SYNC', 'ECM Synchronika II', 'espresso_machine', 289_000),
  product('ESP-LE-BIANCA', 'Lelit Bianca V3', 'espresso_machine', 299_000),
  product('ESP-LM-MICRA', 'La Marzocco Linea Micra', 'espresso_machine', 339_000),
];

export const LEVER: readonly Item[] = [
  product('LEV-FL-58P', 'Flair 58+', 'lever_machine', 69_900),
  product('LEV-LP-EUR', 'La Pavoni Europiccola', 'lever_machine', 89_900),
  product('LEV-LP-PROL', 'La Pavoni Professional Lusso', 'lever_machine', 109_000),
  product('LEV-LP-STRAD', 'La Pavoni Stradivari', 'lever_machine', 119_000),
  product('LEV-BZ-STREGA', 'Bezzera Strega Top', 'lever_machine', 269_000),
  product('LEV-OL-CREMINA', 'Olympia Cremina', 'lever_machine', 329_000),
];

export const CAPSULE_MACHINES: readonly Item[] = [
  product('CAP-LZ-JOLIE', 'Lavazza A Modo Mio Jolie', 'capsule_machine', 7_900),
  product('CAP-NE-ESSMINI', 'Nespresso Essenza Mini', 'capsule_machine', 9_900),
  product('CAP-NE-CITIZ', 'Nespresso CitiZ & Milk', 'capsule_machine', 18_900),
];

export const GRINDERS: readonly Item[] = [
  product('GR-TM-C3P', 'Timemore C3 Pro (manuale)', 'grinder', 8_900),
  product('GR-CO-C40', 'Comandante C40 MK4 (manuale)', 'grinder', 27_900),
  product('GR-EU-SPEC', 'Eureka Mignon Specialità', 'grinder', 39_900),
  product('GR-DF-64', 'DF64 Gen 2', 'grinder', 44_900),
  product('GR-EU-LIBRA', 'Eureka Mignon Libra', 'grinder', 59_900),
  product('GR-FZ-ALLG', 'Fiorenzato AllGround Sense', 'grinder', 69_900),
  product('GR-NI-ZERO', 'Niche Zero', 'grinder', 69_900),
  product('GR-MZ-PHILOS', 'Mazzer Philos', 'grinder', 119_000),
];

export const BEANS: readonly Item[] = [
  product('BN-CT-TORINO-1K', 'Miscela Torino, grani 1 kg', 'beans', 2_490),
  product('BN-CT-NATALE-500', 'Miscela di Natale, grani 500 g', 'beans', 1_690),
  product('BN-CT-ETH-250', 'Etiopia Yirgacheffe, grani 250 g', 'beans', 1_450),
  product('BN-CT-COL-250', 'Colombia Huila, grani 250 g', 'beans', 1_390),
  product('BN-CT-DECA-500', 'Decaffeinato, grani 500 g', 'beans', 1_390),
  product('BN-LZ-SC-1K', 'Lavazza Super Crema, grani 1 kg', 'beans', 1_990),
  product('BN-VG-1882-1K', 'Vergnano 1882 Espresso, grani 1 kg', 'beans', 2_290),
  product('BN-CD-ESP-1K', 'Costadoro Espresso, grani 1 kg', 'beans', 2_190),
];

export const CAPSULES: readonly Item[] = [
  product('CP-CT-NES-100', 'Capsule compatibili Nespresso Intenso ×100', 'capsules', 2_700),
  product('CP-CT-NESC-50', 'Capsule compostabili compatibili Nespresso ×50', 'capsules', 1_950),
  product('CP-CT-NESD-50', 'Capsule decaffeinato compatibili Nespresso ×50', 'capsules', 1_450),
  product('CP-LZ-AMM-36', 'Lavazza A Modo Mio Qualità Rossa ×36', 'capsules', 1_260),
  product('CP-CT-DG-48', 'Capsule compatibili Dolce Gusto ×48', 'capsules', 1_440),
  product('CP-CT-BOX-300', 'Box ufficio: capsule compatibili Nespresso ×300', 'capsules', 6_900),
];

export const CLEANING_TABLETS = product('AC-CLEAN-10', 'Pastiglie pulizia gruppo ×10', 'accessory', 990);
export const DESCALER = product('AC-DESC-2', 'Decalcificante ×2', 'accessory', 1_290);
export const JUG = product('AC-MO-JUG', 'Lattiera Motta 50 cl', 'accessory', 2_900);
export const TAMPER = product('AC-MO-TAMP', 'Pressino Motta 58 mm', 'accessory', 4_900);
export const SCALE = product('AC-TM-SCALE', 'Bilancia Timemore Black Mirror', 'accessory', 5_900);
export const PEARL = product('AC-AC-PEARL', 'Bilancia Acaia Pearl', 'accessory', 15_900);

export const ACCESSORIES: readonly Item[] = [
  CLEANING_TABLETS,
  DESCALER,
  product('AC-WDT', 'Strumento WDT', 'accessory', 1_900),
  product('AC-FILTER', 'Filtro acqua', 'accessory', 1_990),
  product('AC-KNOCK', 'Battifondi', 'accessory', 2_500),
  JUG,
  product('AC-CUPS-6', 'Set 6 tazzine espresso', 'accessory', 3_900),
  product('AC-BI-MOKA6', 'Bialetti Moka Express 6 tazze', 'accessory', 3_990),
  TAMPER,
  product('AC-BI-VENUS', 'Bialetti Venus 4 tazze', 'accessory', 4_990),
  SCALE,
  product('AC-BPF-58', 'Portafiltro senza fondo 58 mm', 'accessory', 8_900),
  PEARL,
  product('AC-AL-9090', 'Alessi 9090 caffettiera', 'accessory', 16_900),
];

export const GASKET = product('SP-GASK-58', 'Guarnizione gruppo 58 mm', 'spare_part', 790);

export const SPARE_PARTS: readonly Item[] = [
  GASKET,
  product('SP-SHOWER-58', 'Doccetta gruppo 58 mm', 'spare_part', 1_490),
  product('SP-IMS-18', 'Filtro IMS 18 g', 'spare_part', 2_290),
  product('SP-LP-KIT', 'Kit guarnizioni La Pavoni', 'spare_part', 2_490),
];

export const GIFT_BOXES: readonly Item[] = [
  product('GB-GIANDUJA', 'Gianduiotti & Espresso', 'gift_box', 3_490),
  product('GB-NATALE', 'Cofanetto Natale Torino (caffè, gianduiotti, tazzine)', 'gift_box', 4_990),
  product('GB-DEGUST', 'Cofanetto Degustazione Monorigine', 'gift_box', 6_900),
  product('GB-MOKA', 'Cofanetto Moka & Caffè', 'gift_box', 7_900),
  product('GB-BARISTA', 'Kit Barista (pressino, lattiera, caffè)', 'gift_box', 12_900),
];

export const GIFT_CARDS: readonly Item[] = [
  product('GC-25', 'Carta regalo digitale 25 €', 'gift_card', 2_500),
  product('GC-50', 'Carta regalo digitale 50 €', 'gift_card', 5_000),
  product('GC-100', 'Carta regalo digitale 100 €', 'gift_card', 10_000),
  product('GC-200', 'Carta regalo digitale 200 €', 'gift_card', 20_000),
];

/** Monthly plans, renewed on a saved card or PayPal agreement (prices with the subscriber discount). */
export const PLANS: readonly Item[] = [
  product('SUB-CP-100', 'Abbonamento 100 capsule al mese', 'subscription', 2_430),
  product('SUB-CP-200', 'Abbonamento 200 capsule al mese', 'subscription', 4_590),
  product('SUB-BN-1K', 'Abbonamento caffè in grani 1 kg al mese', 'subscription', 2_190),
  product('SUB-BN-2K', 'Abbonamento caffè in grani 2 kg al mese', 'subscription', 4_190),
  product('SUB-DISC-3', 'Abbonamento Scoperta 3 × 250 g al mese', 'subscription', 3_490),
];

/** Office plans: three months of coffee, the machine on loan, service included. */
export const OFFICE_PLANS: readonly Item[] = [
  product(
    'OF-S-3M',
    'Piano Ufficio Small, 3 mesi (macchina in comodato, 1.200 capsule)',
    'office_plan',
    69_000,
  ),
  product(
    'OF-M-3M',
    'Piano Ufficio Medium, 3 mesi (Jura X8 in comodato, 24 kg grani)',
    'office_plan',
    129_000,
  ),
  product('OF-L-3M', 'Piano Ufficio Large, 3 mesi (2 macchine, 60 kg grani)', 'office_plan', 279_000),
];

export const MACHINE_CATEGORIES: ReadonlySet<Category> = new Set([
  'bean_to_cup',
  'espresso_machine',
  'lever_machine',
  'office_plan',
]);

export const isMachine = (l: { category: Category }): boolean => MACHINE_CATEGORIES.has(l.category);

/** The Swiss shop's price: about the euro figure, rounded to a .90 (or .50) ending. */
export function chf(eur: number): number {
  const x = eur * 1.02;
  return x >= 10_000 ? Math.round(x / 1000) * 1000 - 100 : Math.max(50, Math.round(x / 50) * 50 - 10);
}

export const priceIn = (p: Item, currency: Currency): number => (currency === 'CHF' ? chf(p.price) : p.price);

export const lineIn = (p: Item, currency: Currency, quantity = 1): Line => ({
  sku: p.sku,
  name: p.name,
  category: p.category,
  quantity,
  price: priceIn(p, currency),
});

export interface Basket {
  lines: Line[];
  currency: Currency;
  /** A promotion or trade-in code, and its value. */
  code?: string;
  discount: number;
  shippingFee: number;
  amount: number;
}

export const subtotal = (lines: readonly Line[]): number =>
  lines.reduce((s, l) => s + l.price * l.quantity, 0);

/**
 * Delivery: free with a machine, a plan or an office order, by e-mail or at the showroom; otherwise €5.90 in
 * Italy (free from €49; €3.90 to a pick-up point, free from €29), €9.90 elsewhere in the EU (free from €99;
 * €6.90 to a pick-up point, free from €69), CHF 19.90 to Switzerland with customs clearance (free from
 * CHF 149; CHF 14.90 to a pick-up point).
 */
export function shippingFee(
  lines: readonly Line[],
  f: Fulfilment,
  country: Market,
  business = false,
): number {
  if (f === 'email' || f === 'showroom' || business) return 0;
  if (lines.some(isMachine) || lines.every((l) => l.category === 'subscription')) return 0;
  const sub = subtotal(lines);
  const pickup = f === 'pickup_point';
  if (country === 'IT') return pickup ? (sub >= 2_900 ? 0 : 390) : sub >= 4_900 ? 0 : 590;
  if (country === 'CH') return sub >= 14_900 ? 0 : pickup ? 1_490 : 1_990;
  return pickup ? (sub >= 6_900 ? 0 : 690) : sub >= 9_900 ? 0 : 990;
}

export type Code = 'NATALE10' | 'BENVENUTO5' | 'B2B8' | 'PERMUTA';

/**
 * What a code takes off: NATALE10 10 % off everything but machines, BENVENUTO5 €5 off a first order from €30,
 * B2B8 8 % off an office order, PERMUTA the trade-in credit (`credit`).
 */
export function discountFor(code: Code, lines: readonly Line[], credit = 0): number {
  const sub = subtotal(lines);
  if (code === 'NATALE10') return Math.round(subtotal(lines.filter((l) => !isMachine(l))) * 0.1);
  if (code === 'BENVENUTO5') return sub >= 3_000 ? 500 : 0;
  if (code === 'B2B8') return Math.round(sub * 0.08);
  return Math.min(credit, sub);
}

const CATALOGUE: ReadonlyMap<string, Item> = new Map(
  [
    ...BEAN_TO_CUP,
    OFFICE_MACHINE,
    ...ESPRESSO,
    ...LEVER,
    ...CAPSULE_MACHINES,
    ...GRINDERS,
    ...BEANS,
    ...CAPSULES,
    ...ACCESSORIES,
    ...SPARE_PARTS,
    ...GIFT_BOXES,
    ...GIFT_CARDS,
    ...PLANS,
    ...OFFICE_PLANS,
  ].map((p) => [p.sku, p]),
);

/** Lines at the price list of `currency` (a basket is priced where it is delivered). */
const repriced = (lines: readonly Line[], currency: Currency): Line[] =>
  lines.map((l) => {
    const p = CATALOGUE.get(l.sku);
    return p ? { ...l, price: priceIn(p, currency) } : { ...l };
  });

/** A priced basket: lines (at the currency's prices), an optional code, the delivery fee. */
export function basketOf(
  given: Line[],
  currency: Currency,
  f: Fulfilment,
  country: Market,
  offer?: { code: Code; credit?: number },
  business = false,
): Basket {
  const lines = repriced(given, currency);
  const discount = offer ? discountFor(offer.code, lines, offer.credit) : 0;
  const fee = shippingFee(lines, f, country, business);
  return {
    lines,
    currency,
    ...(offer && discount > 0 ? { code: offer.code } : {}),
    discount,
    shippingFee: fee,
    amount: subtotal(lines) - discount + fee,
  };
}

/** Everyday coffee: beans and capsules, now and then an accessory or a spare part. */
export function coffeeLines(rng: Rng, currency: Currency): Line[] {
  const lines: Line[] = [];
  const beans = rng.chance(0.6);
  if (beans)
    lines.push(
      lineIn(
        rng.pick(BEANS),
        currency,
        rng.weightedPick([
          [1, 4],
          [2, 4],
          [3, 2],
          [4, 1],
          [6, 0.5],
        ]),
      ),
    );
  if (!beans || rng.chance(0.3))
    lines.push(
      lineIn(
        rng.pick(CAPSULES.slice(0, 5)),
        currency,
        rng.weightedPick([
          [1, 3],
          [2, 4],
          [3, 2],
          [5, 1],
        ]),
      ),
    );
  if (rng.chance(0.3)) lines.push(lineIn(rng.pick(ACCESSORIES.slice(0, 10)), currency));
  if (rng.chance(0.1)) lines.push(lineIn(rng.pick(SPARE_PARTS), currency));
  return mergeLines(lines);
}

/** Lines with the same product merged. */
export function mergeLines(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    const same = out.find((x) => x.sku === l.sku);
    if (same) same.quantity += l.quantity;
    else out.push({ ...l });
  }
  return out;
}

/** A machine from `pool` with its price between `min` and `max` euros (cents), or any of the pool. */
export function machineBetween(rng: Rng, pool: readonly Item[], min: number, max: number): Item {
  const fits = pool.filter((p) => p.price >= min && p.price <= max);
  return rng.pick(fits.length > 0 ? fits : pool);
}

/** What goes with a new espresso machine: a tamper, a jug, a scale, beans. */
export function barista(rng: Rng, currency: Currency): Line[] {
  const lines: Line[] = [];
  if (rng.chance(0.45)) lines.push(lineIn(TAMPER, currency));
  if (rng.chance(0.35)) lines.push(lineIn(JUG, currency));
  if (rng.chance(0.2)) lines.push(lineIn(rng.chance(0.6) ? SCALE : PEARL, currency));
  if (rng.chance(0.45)) lines.push(lineIn(rng.pick(BEANS.slice(0, 4)), currency, rng.int(1, 3)));
  return lines;
}

/** The trade-in programme: old machines and the credit the shop gives for them (cents). */
export const TRADE_INS: ReadonlyArray<readonly [string, number]> = [
  ["De'Longhi Magnifica S (2016)", 6_000],
  ['Gaggia Classic (2012)', 9_000],
  ['La Pavoni Europiccola (1998)', 18_000],
  ['Saeco Xelsis (2017)', 18_000],
  ['Jura E6 (2019)', 25_000],
  ['Rancilio Silvia V5 (2018)', 25_000],
  ['Lelit Mara X V1 (2020)', 40_000],
  ['Rocket Appartamento (2019)', 45_000],
];
