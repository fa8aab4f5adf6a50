import { type BasketLine, lineOf, product, type Product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * What the perfumery sells, in halalas (prices include 15 % VAT): oud oils by the 3 ml and the tola, oud wood
 * chips for the mabkhara, bakhoor, musk, perfumes and attars, Eid gift boxes, burners, samples and e-gift
 * cards. Delivery is free in the Kingdom from SAR 299 (SAR 25 below), SAR 45–60 to the Gulf (free from SAR
 * 900), SAR 120 to the UK and SAR 95 to Egypt; cash on delivery costs SAR 15.
 */

export type Category =
  'oud_oil' | 'oud_wood' | 'bakhoor' | 'perfume' | 'musk' | 'gift_set' | 'burner' | 'sample' | 'gift_card';

const p = product<Category>;

export const CATALOGUE = {
  cambodi: p('OIL-CAM-3', 'Dehn Al Oud Cambodi 3 ml', 'oud_oil', 65_000),
  assam: p('OIL-ASM-3', 'Dehn Al Oud Hindi Assam 3 ml', 'oud_oil', 89_000),
  trat: p('OIL-TRT-3', 'Dehn Al Oud Trat Aged 3 ml', 'oud_oil', 125_000),
  malaysian: p('OIL-MAL-12', 'Dehn Al Oud Malaysian 1 tola', 'oud_oil', 145_000),
  muattaq: p('OIL-MUA-12', 'Dehn Al Oud Muattaq 1 tola', 'oud_oil', 240_000),
  kinam: p('OIL-KIN-3', 'Royal Kinam Oud Oil 3 ml', 'oud_oil', 480_000),
  moroki: p('WD-MRK-50', 'Oud Moroki Hindi 50 g', 'oud_wood', 120_000),
  cambodiWood: p('WD-CAM-25', 'Oud Cambodi Super 25 g', 'oud_wood', 95_000),
  kalimantan: p('WD-KAL-100', 'Oud Kalimantan 100 g', 'oud_wood', 38_000),
  chips: p('WD-CHP-10', 'Oud Chips Everyday 10 g', 'oud_wood', 9_500),
  arais: p('BK-ARS-60', 'Bakhoor Al Arais 60 g', 'bakhoor', 8_500),
  mamoul: p('BK-MML-12', 'Mamoul Bakhoor 12 pcs', 'bakhoor', 12_000),
  royalBakhoor: p('BK-RYL-100', 'Bakhoor Royal 100 g', 'bakhoor', 18_000),
  taharaBakhoor: p('BK-THR-40', 'Bakhoor Musk Tahara 40 g', 'bakhoor', 6_500),
  layali: p('PF-LYL-100', 'Layali Ramadan Eau de Parfum 100 ml', 'perfume', 42_000),
  amberOud: p('PF-AMB-100', 'Amber Oud Eau de Parfum 100 ml', 'perfume', 65_000),
  taifi: p('PF-TAF-3', 'Ward Taifi Rose Oil 3 ml', 'perfume', 39_000),
  kaaba: p('PF-KBA-12', 'Attar Al Kaaba 12 ml', 'perfume', 7_500),
  tahara: p('MS-THR-12', 'Musk Tahara 12 ml', 'musk', 3_500),
  abyad: p('MS-ABY-50', 'Musk Al Abyad 50 ml', 'musk', 16_000),
  eidBox: p('GS-EID-01', 'Eid Gift Box: Mabkhara, Bakhoor and Musk', 'gift_set', 45_000),
  hamper: p('GS-RMD-02', 'Ramadan Hamper: Oud, Bakhoor and Dates', 'gift_set', 69_000),
  chest: p('GS-RYL-03', 'Royal Oud Gift Chest', 'gift_set', 295_000),
  discovery: p('GS-DSC-04', 'Perfume Discovery Set 6 x 5 ml', 'gift_set', 19_500),
  corporateBox: p('GS-CRP-05', 'Corporate Eid Box (logo sleeve)', 'gift_set', 26_000),
  usbBurner: p('BR-USB-01', 'Electric Mabkhara USB', 'burner', 14_900),
  brassBurner: p('BR-BRS-02', 'Brass Mabkhara Hand-engraved', 'burner', 28_000),
  vial: p('SM-VIL-01', 'Oud Oil Sample Vial 0.5 ml', 'sample', 1_500),
  tester: p('SM-BKT-01', 'Bakhoor Tester 3 pcs', 'sample', 2_500),
  card200: p('GC-200', 'E-Gift Card SAR 200', 'gift_card', 20_000),
  card500: p('GC-500', 'E-Gift Card SAR 500', 'gift_card', 50_000),
  card1000: p('GC-1000', 'E-Gift Card SAR 1,000', 'gift_card', 100_000),
} satisfies Record<string, Product<Category>>;

type Sku = keyof typeof CATALOGUE;

/** What a buyer reaches for. */
export type Taste =
  | 'eid_gifts'
  | 'everyday'
  | 'connoisseur'
  | 'expat'
  | 'corporate'
  | 'resale'
  | 'resale_digital'
  | 'cheapest'
  | 'promo';

const TASTES: Readonly<Record<Taste, ReadonlyArray<readonly [Sku, number]>>> = {
  eid_gifts: [
    ['eidBox', 20],
    ['hamper', 12],
    ['discovery', 10],
    ['layali', 10],
    ['amberOud', 6],
    ['cambodi', 6],
    ['arais', 10],
    ['mamoul', 8],
    ['abyad', 6],
    ['usbBurner', 6],
    ['card200', 4],
    ['card500', 2],
    ['taifi', 5],
  ],
  everyday: [
    ['arais', 16],
    ['mamoul', 12],
    ['royalBakhoor', 10],
    ['taharaBakhoor', 10],
    ['tahara', 14],
    ['abyad', 8],
    ['chips', 10],
    ['kalimantan', 6],
    ['kaaba', 8],
    ['layali', 4],
    ['usbBurner', 3],
  ],
  connoisseur: [
    ['cambodi', 10],
    ['assam', 12],
    ['trat', 10],
    ['malaysian', 8],
    ['muattaq', 6],
    ['kinam', 3],
    ['moroki', 10],
    ['cambodiWood', 10],
    ['brassBurner', 4],
    ['taifi', 6],
  ],
  expat: [
    ['tahara', 20],
    ['kaaba', 16],
    ['arais', 14],
    ['taharaBakhoor', 12],
    ['chips', 10],
    ['abyad', 8],
    ['usbBurner', 6],
    ['discovery', 4],
  ],
  corporate: [
    ['corporateBox', 10],
    ['eidBox', 3],
  ],
  resale: [
    ['kinam', 10],
    ['muattaq', 12],
    ['trat', 10],
    ['assam', 8],
    ['chest', 10],
    ['moroki', 8],
  ],
  resale_digital: [
    ['card1000', 6],
    ['card500', 4],
  ],
  cheapest: [
    ['vial', 10],
    ['tester', 6],
    ['tahara', 4],
  ],
  promo: [
    ['tahara', 8],
    ['arais', 8],
    ['taharaBakhoor', 6],
    ['discovery', 6],
    ['kaaba', 6],
    ['chips', 4],
  ],
};

/** `count` distinct products of a taste, each in a quantity up to `most`. */
export function pickLines(rng: Rng, taste: Taste, count: number, most = 1): BasketLine<Category>[] {
  const pool = [...TASTES[taste]];
  const out: BasketLine<Category>[] = [];
  for (let i = 0; i < count && pool.length > 0; i++) {
    const sku = rng.weightedPick(pool);
    pool.splice(
      pool.findIndex(([s]) => s === sku),
      1,
    );
    out.push(lineOf(CATALOGUE[sku], rng.int(1, most)));
  }
  return out;
}

/** A basket of exactly these products. */
export const linesOf = (...items: ReadonlyArray<readonly [Sku, number]>): BasketLine<Category>[] =>
  items.map(([sku, quantity]) => lineOf(CATALOGUE[sku], quantity));

export interface Basket {
  lines: BasketLine<Category>[];
  items: number;
  code?: string;
  discount: number;
  shippingFee: number;
  codFee: number;
  amount: number;
  currency: 'SAR';
}

/** A delivery's fee, by country and the items' value; nothing for e-gift cards alone or shop pickup. */
export function shippingFee(country: string | undefined, items: number, express: boolean): number {
  if (!country) return 0;
  if (country === 'SA') return (items >= 29_900 ? 0 : 2_500) + (express ? 3_500 : 0);
  if (country === 'GB') return 12_000;
  if (country === 'EG') return 9_500;
  if (items >= 90_000) return 0;
  return country === 'AE' || country === 'KW' ? 4_500 : 6_000;
}

/** Promo codes of the season, their percentage and cap (halalas). */
export const CODES: Readonly<Record<string, readonly [number, number]>> = {
  RAMADAN15: [15, 15_000],
  EID20: [20, 25_000],
  WELCOME10: [10, 5_000],
  NOURA10: [10, 10_000],
  APP25: [25, 5_000],
};

export function basketOf(
  lines: BasketLine<Category>[],
  o: { code?: string; shipTo?: string; express?: boolean; cod?: boolean },
): Basket {
  const items = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const [pct, cap] = o.code ? (CODES[o.code] ?? [0, 0]) : [0, 0];
  const discount = Math.min(cap, Math.floor((items * pct) / 100 / 100) * 100);
  const digital = lines.every((l) => l.category === 'gift_card');
  const shipping = digital ? 0 : shippingFee(o.shipTo, items, o.express ?? false);
  const codFee = o.cod ? 1_500 : 0;
  return {
    lines,
    items,
    ...(o.code ? { code: o.code } : {}),
    discount,
    shippingFee: shipping,
    codFee,
    amount: items - discount + shipping + codFee,
    currency: 'SAR',
  };
}

export const isDigital = (b: Basket): boolean => b.lines.every((l) => l.category === 'gift_card');
