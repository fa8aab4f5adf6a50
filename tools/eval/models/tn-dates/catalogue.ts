import { type BasketLine } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * What the shop sells, priced in millimes (TND has three decimals: 17.500 TND is 17500) and in euro cents.
 * Dates come from Tozeur and Kébili, oil from Sfax, harissa from Cap Bon, blossom water from Nabeul.
 */

export type Category = 'dates' | 'olive_oil' | 'harissa' | 'honey' | 'floral_water' | 'gift_box' | 'pantry';
export type Currency = 'TND' | 'EUR';

export interface Item {
  sku: string;
  name: string;
  category: Category;
  tnd: number;
  eur: number;
  /** A carton or a can that ships as a heavy parcel. */
  heavy?: boolean;
}

const item = (
  sku: string,
  name: string,
  category: Category,
  tnd: number,
  eur: number,
  heavy = false,
): Item => ({
  sku,
  name,
  category,
  tnd,
  eur,
  ...(heavy ? { heavy } : {}),
});

export const CATALOGUE = {
  branch500: item('DN-BR-500', 'Deglet Nour en branche 500 g (Tozeur)', 'dates', 9_900, 690),
  branch1k: item('DN-BR-1K', 'Deglet Nour en branche 1 kg (Tozeur)', 'dates', 17_500, 1_190),
  box1k: item('DN-BX-1K', 'Deglet Nour boîte 1 kg (Kébili)', 'dates', 19_000, 1_290),
  carton5: item('DN-CT-5K', 'Deglet Nour carton 5 kg (Kébili)', 'dates', 65_000, 3_900, true),
  carton10: item('DN-CT-10K', 'Deglet Nour carton 10 kg (Kébili)', 'dates', 120_000, 7_200, true),
  stuffed: item('DN-FR-500', 'Dattes fourrées aux amandes 500 g', 'dates', 32_000, 1_890),
  alig: item('DN-AL-1K', 'Dattes Alig 1 kg', 'dates', 12_000, 950),
  paste: item('DN-PT-1K', 'Pâte de dattes 1 kg (makroudh)', 'dates', 8_500, 650),
  oil1: item('OO-EV-1L', "Huile d'olive extra vierge Chemlali 1 L (Sfax)", 'olive_oil', 24_000, 1_490),
  oil3: item('OO-EV-3L', "Huile d'olive extra vierge bidon 3 L", 'olive_oil', 66_000, 3_900, true),
  oil5: item('OO-EV-5L', "Huile d'olive extra vierge bidon 5 L", 'olive_oil', 105_000, 5_900, true),
  oilBio: item('OO-BIO-500', "Huile d'olive bio 500 ml", 'olive_oil', 18_000, 1_150),
  harissa: item('HA-CB-380', 'Harissa du Cap Bon 380 g', 'harissa', 4_500, 490),
  harissaArt: item('HA-ART-200', 'Harissa artisanale 200 g', 'harissa', 6_800, 590),
  honeyThyme: item('HO-TH-500', 'Miel de thym 500 g', 'honey', 38_000, 2_200),
  honeyEuca: item('HO-EU-1K', "Miel d'eucalyptus 1 kg", 'honey', 45_000, 2_600),
  rose: item('EA-RO-250', 'Eau de rose 250 ml', 'floral_water', 6_000, 550),
  zhar: item('EA-ZH-250', "Eau de fleur d'oranger 250 ml (Nabeul)", 'floral_water', 6_500, 590),
  bsissa: item('PA-BS-500', 'Bsissa 500 g', 'pantry', 7_500, 650),
  boxSmall: item('GB-RAM-S', 'Coffret Ramadan', 'gift_box', 55_000, 3_200),
  boxPrestige: item('GB-RAM-L', 'Coffret Ramadan prestige', 'gift_box', 145_000, 7_900),
  boxEid: item('GB-AID', 'Coffret Aïd (dattes fourrées, miel, eau de fleur)', 'gift_box', 95_000, 5_500),
  boxCorporate: item('GB-CORP', 'Coffret entreprise personnalisé', 'gift_box', 75_000, 4_500),
} as const;

export type Sku = keyof typeof CATALOGUE;

export interface Basket {
  lines: BasketLine<Category>[];
  currency: Currency;
  items: number;
  discount: number;
  code?: string;
  shippingFee: number;
  amount: number;
}

/** Delivery: Rapid-Poste or the shop's courier in Tunisia (8.000 TND, free from 150 TND), Aramex abroad. */
export function shippingFee(currency: Currency, to: string, items: number, heavy: boolean): number {
  if (to === 'TN') return currency === 'TND' ? (items >= 150_000 ? 0 : 8_000) : items >= 6_000 ? 0 : 590;
  if (currency === 'TND') return heavy ? 89_000 : 49_000;
  if (items >= 15_000) return 0;
  return heavy ? 2_490 : 1_490;
}

/** A basket of `picks` (quantities), with a discount code taking `pct` off the goods. */
export function basketOf(
  currency: Currency,
  picks: ReadonlyArray<readonly [Sku, number]>,
  to: string,
  code?: { code: string; pct: number },
  freeShipping = false,
): Basket {
  const lines = picks.map(([sku, quantity]) => {
    const it = CATALOGUE[sku];
    return {
      sku: it.sku,
      name: it.name,
      category: it.category,
      quantity,
      price: currency === 'TND' ? it.tnd : it.eur,
    };
  });
  const items = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const step = currency === 'TND' ? 100 : 10;
  const discount = code ? Math.floor((items * code.pct) / step) * step : 0;
  const heavy = picks.some(([sku]) => 'heavy' in CATALOGUE[sku]);
  const fee = freeShipping ? 0 : shippingFee(currency, to, items - discount, heavy);
  return {
    lines,
    currency,
    items,
    discount,
    ...(code ? { code: code.code } : {}),
    shippingFee: fee,
    amount: items - discount + fee,
  };
}

/** A household's Ramadan basket: dates first, then oil, harissa, blossom water, honey, now and then a box. */
export function householdPicks(rng: Rng, size: 'small' | 'usual' | 'big'): Array<[Sku, number]> {
  const out: Array<[Sku, number]> = [
    [
      rng.weightedPick<Sku>([
        ['branch1k', 5],
        ['box1k', 3],
        ['branch500', 2],
        ['carton5', size === 'small' ? 0 : 2],
      ]),
      rng.int(1, size === 'big' ? 4 : 2),
    ],
  ];
  const extras: Array<readonly [Sku, number]> = [
    ['oil1', 3],
    ['oil3', 1],
    ['oil5', size === 'big' ? 2 : 0.3],
    ['harissa', 3],
    ['harissaArt', 1],
    ['zhar', 2],
    ['rose', 1.5],
    ['honeyThyme', 1.2],
    ['paste', 1.5],
    ['bsissa', 1],
    ['stuffed', 1],
    ['alig', 0.8],
    ['boxSmall', 0.6],
    ['boxEid', 0.5],
  ];
  const n = size === 'small' ? rng.int(0, 1) : size === 'usual' ? rng.int(1, 3) : rng.int(3, 6);
  for (let i = 0; i < n; i++) {
    const sku = rng.weightedPick(extras);
    if (!out.some(([s]) => s === sku)) out.push([sku, rng.chance(0.2) ? 2 : 1]);
  }
  return out;
}
