import { type BasketLine, lineOf, product, type Product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * What the shop sells, priced in bani (lei × 100) with Romanian VAT; euro prices for shipments abroad are the lei
 * price at the shop's rate of 4.95 lei, rounded to 10 cents. Shipping: 15.99 lei to the door by Fan Courier or
 * Cargus, 12.99 lei to a Sameday easybox, free from 199 lei (149 lei over Black Friday week); abroad 9 € to
 * Hungary and Bulgaria, 12 € to Moldova, 15 € to Italy, Spain and Germany, free from 120 €. E-gift cards ship
 * nothing.
 */

export type Category =
  | 'skincare'
  | 'makeup'
  | 'perfume'
  | 'haircare'
  | 'kbeauty'
  | 'gift_set'
  | 'gift_card'
  | 'hair_tools'
  | 'salon_pro';

export const P = {
  // Skincare, dermocosmetics and Romanian brands
  cerave: product('SK-CRV-340', 'CeraVe cremă hidratantă 340 g', 'skincare', 7_900),
  effaclar: product('SK-LRP-EFD', 'La Roche-Posay Effaclar Duo+M 40 ml', 'skincare', 8_900),
  bioderma: product('SK-BIO-H2O', 'Bioderma Sensibio H2O 500 ml', 'skincare', 7_900),
  niacinamide: product('SK-TO-NIA', 'The Ordinary Niacinamide 10% + Zinc 1% 30 ml', 'skincare', 4_500),
  gerovital: product('SK-GRV-H3', 'Gerovital H3 Evolution cremă antirid 50 ml', 'skincare', 4_900),
  farmecBalm: product('SK-FRM-BALM', 'Farmec balsam de buze cu miere', 'skincare', 1_290),
  elmiplant: product('SK-ELM-HAND', 'Elmiplant cremă de mâini 100 ml', 'skincare', 1_490),
  vichySerum: product('SK-VCH-M89', 'Vichy Minéral 89 ser 50 ml', 'skincare', 14_900),
  mini: product('SK-MINI-KIT', 'Kit mostre dermato 5 × 3 ml', 'skincare', 1_900),
  // Make-up
  skyHigh: product('MU-MAY-SKY', 'Maybelline Lash Sensational Sky High', 'makeup', 5_900),
  nyxGloss: product('MU-NYX-BUT', 'NYX Butter Gloss', 'makeup', 3_500),
  trueMatch: product('MU-LOR-TRM', "L'Oréal True Match fond de ten", 'makeup', 6_500),
  doubleWear: product('MU-EL-DW', 'Estée Lauder Double Wear 30 ml', 'makeup', 26_000),
  catrice: product('MU-CAT-PAL', 'Catrice paletă farduri', 'makeup', 3_990),
  // Perfume
  lavie: product('PF-LAN-LVEB100', 'Lancôme La Vie est Belle EDP 100 ml', 'perfume', 69_900),
  sauvage: product('PF-DIO-SAU100', 'Dior Sauvage EDT 100 ml', 'perfume', 57_900),
  coco: product('PF-CHA-COCO100', 'Chanel Coco Mademoiselle EDP 100 ml', 'perfume', 84_900),
  libre: product('PF-YSL-LIB90', 'Yves Saint Laurent Libre EDP 90 ml', 'perfume', 74_900),
  million: product('PF-PR-1M100', 'Paco Rabanne 1 Million EDT 100 ml', 'perfume', 45_900),
  eros: product('PF-VER-EROS100', 'Versace Eros EDT 100 ml', 'perfume', 41_900),
  goodGirl: product('PF-CH-GG80', 'Carolina Herrera Good Girl EDP 80 ml', 'perfume', 59_900),
  bottled: product('PF-HB-BOT100', 'Hugo Boss Bottled EDT 100 ml', 'perfume', 39_900),
  khamrah: product('PF-LAT-KHA100', 'Lattafa Khamrah EDP 100 ml', 'perfume', 16_900),
  // Hair care and tools
  olaplex: product('HC-OLA-N3', 'Olaplex No.3 Hair Perfector 100 ml', 'haircare', 13_900),
  elixir: product('HC-KER-ELX', 'Kérastase Elixir Ultime ulei 100 ml', 'haircare', 22_900),
  matrix: product('HC-MTX-1L', 'Matrix şampon profesional 1 L', 'haircare', 11_900),
  airwrap: product('HT-DYS-AW', 'Dyson Airwrap Complete Long', 'hair_tools', 279_900),
  ghd: product('HT-GHD-PLT', 'ghd Platinum+ placă de păr', 'hair_tools', 149_900),
  // Korean skincare
  snail: product('KB-COSRX-SN96', 'COSRX Advanced Snail 96 Mucin Essence 100 ml', 'kbeauty', 7_500),
  joseon: product('KB-BOJ-SUN', 'Beauty of Joseon Relief Sun SPF50+ 50 ml', 'kbeauty', 6_900),
  centella: product('KB-S1004-AMP', 'SKIN1004 Centella Ampoule 100 ml', 'kbeauty', 7_900),
  anua: product('KB-ANUA-TON', 'Anua Heartleaf 77% Toner 250 ml', 'kbeauty', 9_900),
  laneige: product('KB-LAN-LIP', 'Laneige Lip Sleeping Mask 20 g', 'kbeauty', 8_900),
  // Gift sets
  idoleSet: product('GS-LAN-IDOLE', 'Set cadou Lancôme Idôle', 'gift_set', 54_900),
  geroSet: product('GS-GRV-SET', 'Set cadou Gerovital Plant', 'gift_set', 9_900),
  niveaMen: product('GS-NIV-MEN', 'Set cadou Nivea Men', 'gift_set', 5_900),
  advent: product('GS-ADV-24', 'Calendar de Advent beauty 24 surprize', 'gift_set', 34_900),
  kbeautySet: product('GS-KB-ROUT', 'Set rutină coreeană în 5 pași', 'gift_set', 19_900),
  // Professional lines for salons
  majirel: product('SP-LOR-MAJ60', "L'Oréal Professionnel Majirel vopsea 50 ml", 'salon_pro', 3_900),
  koleston: product('SP-WEL-KOL60', 'Wella Koleston Perfect 60 ml', 'salon_pro', 3_500),
  oxidant: product('SP-OX-1L', 'Oxidant cremă 6% 1 L', 'salon_pro', 4_900),
  bonacure: product('SP-SCH-BC1L', 'Schwarzkopf BC Bonacure mască 750 ml', 'salon_pro', 14_900),
} as const;

export const giftCard = (lei: number): Product<Category> =>
  product(`GC-${lei}`, `Card cadou electronic ${lei} lei`, 'gift_card', lei * 100);

export const BY_CATEGORY: Readonly<Record<Category, Product<Category>[]>> = (() => {
  const out = {} as Record<Category, Product<Category>[]>;
  for (const p of Object.values(P) as Product<Category>[]) (out[p.category] ??= []).push(p);
  out.gift_card = [50, 100, 200, 300, 500].map(giftCard);
  return out;
})();

export const PERFUMES_PREMIUM: readonly Product<Category>[] = [
  P.lavie,
  P.sauvage,
  P.coco,
  P.libre,
  P.goodGirl,
];

export interface Basket {
  lines: BasketLine<Category>[];
  currency: 'RON' | 'EUR';
  /** Sum of the lines, in the order's currency. */
  items: number;
  discount: number;
  code?: string;
  shippingFee: number;
  amount: number;
}

/** A lei price in euro cents at the shop's rate, rounded to 10 cents. */
export const toEur = (bani: number): number => Math.max(10, Math.round(bani / 4.95 / 10) * 10);

const FEES: Readonly<Record<string, number>> = {
  MD: 1_200,
  HU: 900,
  BG: 900,
  IT: 1_500,
  ES: 1_500,
  DE: 1_500,
};

export interface BasketSpec {
  lines: BasketLine<Category>[];
  currency: 'RON' | 'EUR';
  /** Where it ships: undefined for e-gift cards. */
  shipTo?: string;
  locker?: boolean;
  blackFridayWeek?: boolean;
  /** A percentage code on the goods. */
  code?: { code: string; percent: number };
}

export function basketOf(s: BasketSpec): Basket {
  const lines = s.lines.map((l) => ({ ...l, price: s.currency === 'EUR' ? toEur(l.price) : l.price }));
  const items = lines.reduce((sum, l) => sum + l.price * l.quantity, 0);
  const discount = s.code ? Math.round((items * s.code.percent) / 100) : 0;
  let shippingFee = 0;
  if (s.shipTo === 'RO') {
    const free = s.blackFridayWeek ? 14_900 : 19_900;
    shippingFee = items - discount >= free ? 0 : s.locker ? 1_299 : 1_599;
  } else if (s.shipTo) shippingFee = items - discount >= 12_000 ? 0 : (FEES[s.shipTo] ?? 1_500);
  return {
    lines,
    currency: s.currency,
    items,
    discount,
    ...(s.code ? { code: s.code.code } : {}),
    shippingFee,
    amount: items - discount + shippingFee,
  };
}

/** An everyday basket: one to four products, skincare and make-up first, a perfume now and then. */
export function everydayLines(
  rng: Rng,
  extra: Partial<Record<Category, number>> = {},
): BasketLine<Category>[] {
  const weights: Array<[Category, number]> = [
    ['skincare', 34],
    ['makeup', 22],
    ['perfume', 14],
    ['haircare', 12],
    ['kbeauty', 12],
    ['gift_set', 6],
  ];
  for (const [k, w] of Object.entries(extra) as Array<[Category, number]>) weights.push([k, w]);
  const count = rng.weightedPick<number>([
    [1, 34],
    [2, 30],
    [3, 20],
    [4, 10],
    [6, 6],
  ]);
  const lines: BasketLine<Category>[] = [];
  for (let i = 0; i < count; i++) {
    const p = rng.pick(BY_CATEGORY[rng.weightedPick(weights)]);
    const same = lines.find((l) => l.sku === p.sku);
    if (same) same.quantity += 1;
    else lines.push(lineOf(p, p.price < 3_000 && rng.chance(0.3) ? 2 : 1));
  }
  return lines;
}

export { lineOf };
