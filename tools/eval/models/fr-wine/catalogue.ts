import { type BasketLine } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { MARKETS, type Market } from './places.js';

/**
 * What the merchant sells, in euro cents with French VAT included: everyday Bordeaux and Loire, mixed cases,
 * classed growths and grands crus, rare vintages, allocations released in small numbers, en-primeur, Champagne
 * and Cognac, magnums, gift boxes, tasting samples and gift cards, and the wine club.
 */

export type Category =
  | 'everyday'
  | 'mixed_case'
  | 'grand_cru'
  | 'rare_vintage'
  | 'allocation'
  | 'en_primeur'
  | 'champagne'
  | 'cognac'
  | 'magnum'
  | 'gift_box'
  | 'sample'
  | 'gift_card'
  | 'club';

type Product = readonly [sku: string, name: string, category: Category, price: number];

const P: readonly Product[] = [
  ['EV-BDX-SUP-22', 'Bordeaux Supérieur 2022', 'everyday', 1290],
  ['EV-GRAV-BL-23', 'Graves blanc 2023', 'everyday', 1650],
  ['EV-COTES-CAST-20', 'Castillon Côtes de Bordeaux 2020', 'everyday', 1890],
  ['EV-SANC-23', 'Sancerre 2023', 'everyday', 2350],
  ['EV-CHINON-21', 'Chinon Les Varennes 2021', 'everyday', 1490],
  ['EV-MEDOC-CB-19', 'Médoc cru bourgeois 2019', 'everyday', 2490],
  ['MC-DISC-12', 'Discovery case, 12 bottles', 'mixed_case', 16900],
  ['MC-NOEL-6', 'Christmas dinner case, 6 bottles', 'mixed_case', 12900],
  ['MC-RB-6', 'Right Bank case, 6 bottles', 'mixed_case', 21900],
  ['GC-PAUI-LL-16', 'Pauillac 2e cru classé 2016', 'grand_cru', 21500],
  ['GC-STJ-14', 'Saint-Julien 2e cru classé 2014', 'grand_cru', 14900],
  ['GC-MARG-1-15', 'Margaux 1er grand cru classé 2015', 'grand_cru', 89000],
  ['GC-PAUI-1-10', 'Pauillac 1er grand cru classé 2010', 'grand_cru', 115000],
  ['GC-POM-18', 'Pomerol 2018', 'grand_cru', 32000],
  ['GC-SAUT-1-09', 'Sauternes 1er cru supérieur 2009', 'grand_cru', 52000],
  ['RV-POM-1990', 'Pomerol 1990', 'rare_vintage', 420000],
  ['RV-PAUI-1982', 'Pauillac 1er grand cru 1982', 'rare_vintage', 245000],
  ['RV-BIRTH-1996', 'Saint-Émilion grand cru classé 1996', 'rare_vintage', 18900],
  ['RV-BIRTH-2006', 'Margaux 3e cru 2006', 'rare_vintage', 13900],
  ['AL-BOURG-GC-22', 'Grand cru Côte de Nuits 2022 (allocation, 1 per client)', 'allocation', 98000],
  ['AL-POM-GARAGE-21', 'Pomerol garage wine 2021 (allocation)', 'allocation', 185000],
  ['EP-2025-PAUI-6', 'En primeur 2025 Pauillac, case of 6', 'en_primeur', 69000],
  ['EP-2025-STEM-6', 'En primeur 2025 Saint-Émilion, case of 6', 'en_primeur', 42000],
  ['CH-BRUT-NV', 'Champagne brut NV', 'champagne', 4290],
  ['CH-BLANC-15', 'Champagne blanc de blancs 2015', 'champagne', 11900],
  ['CH-PREST-13', 'Champagne prestige cuvée 2013', 'champagne', 24900],
  ['CH-ROSE-NV', 'Champagne rosé NV', 'champagne', 6900],
  ['CO-VSOP', 'Cognac VSOP', 'cognac', 5900],
  ['CO-XO', 'Cognac XO', 'cognac', 21900],
  ['CO-HORS-AGE', 'Cognac hors d’âge, crystal decanter', 'cognac', 390000],
  ['MG-BDX-SUP-20', 'Magnum Bordeaux Supérieur 2020', 'magnum', 3490],
  ['MG-STEM-GCC-16', 'Magnum Saint-Émilion grand cru classé 2016', 'magnum', 29000],
  ['MG-CH-BRUT', 'Magnum Champagne brut NV', 'magnum', 9800],
  ['GB-DUO-BDX', 'Gift box, two Bordeaux', 'gift_box', 4900],
  ['GB-CHAMP-2F', 'Gift box, Champagne and two flutes', 'gift_box', 7900],
  ['GB-PRESTIGE-3', 'Prestige gift box, three grands vins', 'gift_box', 29900],
  ['SM-TASTE-3', 'Tasting tubes, 3 × 5 cl', 'sample', 1490],
  ['SM-MINI-CO', 'Cognac miniature 5 cl', 'sample', 890],
  ['GC-CARD-50', 'Gift card €50', 'gift_card', 5000],
  ['GC-CARD-200', 'Gift card €200', 'gift_card', 20000],
  ['CLUB-MONTH-6', 'Wine club, monthly case of 6', 'club', 8900],
  ['CLUB-PREM-6', 'Wine club premium, case of 6', 'club', 17900],
];

export type Line = BasketLine<Category>;

/** A product of `category` (the cheaper ones more often), `quantity` of it. */
export function line(rng: Rng, category: Category, quantity = 1, sku?: string): Line {
  const list = P.filter(([s, , c]) => c === category && (!sku || s === sku));
  const sorted = [...list].sort((a, b) => a[3] - b[3]);
  const p = sorted[Math.min(sorted.length - 1, Math.floor(rng.next() ** 1.6 * sorted.length))];
  if (!p) throw new Error(`no product in ${category}`);
  return { sku: p[0], name: p[1], category: p[2], quantity, price: p[3] };
}

/** The most expensive product of a category: what resellers go for. */
export function top(category: Category, quantity: number): Line {
  const p = [...P].filter(([, , c]) => c === category).sort((a, b) => b[3] - a[3])[0];
  if (!p) throw new Error(`no product in ${category}`);
  return { sku: p[0], name: p[1], category: p[2], quantity, price: p[3] };
}

export type Fulfilment = 'courier' | 'pickup' | 'in_bond' | 'en_primeur';

export interface Basket {
  lines: Line[];
  amount: number;
  currency: 'EUR';
  shippingFee: number;
  code?: string;
  discount?: number;
  /** Duty-paid delivery, held under bond in the merchant's cellar, or duties paid by the buyer at delivery. */
  duty: 'duty_paid' | 'in_bond' | 'duties_at_delivery';
}

/** Signature courier: €12 in France (free from €150), €25 in the EU (free from €400), €65–€95 further. */
export function shippingFee(country: string, subtotal: number, f: Fulfilment): number {
  if (f !== 'courier') return 0;
  if (country === 'FR') return subtotal >= 15_000 ? 0 : 1200;
  const eu = (MARKETS as Record<string, { eu: boolean } | undefined>)[country]?.eu ?? false;
  if (eu) return subtotal >= 40_000 ? 0 : 2500;
  return ['CH', 'GB'].includes(country) ? 6500 : 9500;
}

export function basket(
  lines: Line[],
  to: { country: string; fulfilment: Fulfilment },
  promo?: { code: string; percent: number },
): Basket {
  const subtotal = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const discount = promo ? Math.round((subtotal * promo.percent) / 100) : 0;
  const fee = shippingFee(to.country, subtotal, to.fulfilment);
  const eu = (MARKETS as Record<string, { eu: boolean } | undefined>)[to.country]?.eu ?? true;
  const duty =
    to.fulfilment === 'in_bond' || to.fulfilment === 'en_primeur'
      ? 'in_bond'
      : eu || to.fulfilment === 'pickup'
        ? 'duty_paid'
        : 'duties_at_delivery';
  return {
    lines,
    amount: subtotal - discount + fee,
    currency: 'EUR',
    shippingFee: fee,
    ...(promo ? { code: promo.code, discount } : {}),
    duty,
  };
}

export type { Market };
