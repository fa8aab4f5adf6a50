import { type BasketLine, lineOf, type Product, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/** What the chocolatier sells, prices in euro cents with Belgian VAT (6 % on chocolate, 21 % on workshops). */

export type Category =
  | 'pralines'
  | 'truffles'
  | 'bars'
  | 'easter'
  | 'gift_box'
  | 'corporate'
  | 'subscription'
  | 'workshop'
  | 'gift_card';

export const P = {
  mini: product('BAL-004', 'Mini ballotin 4 pralines', 'pralines', 490),
  bal250: product('BAL-250', 'Ballotin pralines 250 g', 'pralines', 2450),
  bal500: product('BAL-500', 'Ballotin pralines 500 g', 'pralines', 4600),
  bal1000: product('BAL-1000', 'Ballotin pralines 1 kg', 'pralines', 8800),
  manons: product('MAN-009', 'Manons au café, 9 pièces', 'pralines', 1700),
  truf12: product('TRF-012', 'Truffes nature, 12', 'truffles', 1950),
  truf24: product('TRF-024', 'Truffes assorties, 24', 'truffles', 3600),
  bar70: product('TAB-070', 'Tablette noir 70 %', 'bars', 650),
  barMilk: product('TAB-LNH', 'Tablette lait noisettes', 'bars', 690),
  mendiants: product('MEN-012', 'Mendiants, 12', 'bars', 1400),
  eggSmall: product('PAQ-OE-S', 'Œuf de Pâques garni 12 cm', 'easter', 1800),
  eggMedium: product('PAQ-OE-M', 'Œuf de Pâques garni 18 cm', 'easter', 3400),
  eggLarge: product('PAQ-OE-L', 'Grand œuf sculpté garni 30 cm', 'easter', 6900),
  hen: product('PAQ-POULE', 'Poule en chocolat', 'easter', 2800),
  bunnyLarge: product('PAQ-LAP-L', 'Lapin 300 g', 'easter', 3200),
  bunnySmall: product('PAQ-LAP-S', 'Petit lapin 80 g', 'easter', 1200),
  littleEggs: product('PAQ-PET-250', 'Petits œufs pralinés 250 g', 'easter', 1590),
  nest: product('PAQ-NID', 'Nid de Pâques', 'easter', 2400),
  discovery: product('COF-DEC', 'Coffret découverte', 'gift_box', 4500),
  prestige: product('COF-PRE', 'Coffret prestige', 'gift_box', 9500),
  ecrin: product('COF-ECR', 'Écrin en bois, 48 pralines', 'gift_box', 14500),
  corpClassic: product('CORP-CLA', 'Boîte entreprise 16 pralines, logo', 'corporate', 2200),
  corpPremium: product('CORP-PRE', 'Coffret entreprise 32 pralines, logo', 'corporate', 3900),
  corpLuxe: product('CORP-LUX', 'Écrin entreprise 48 pralines, logo', 'corporate', 6800),
  corpSetup: product('CORP-LOGO', 'Plaque logo en chocolat (mise en place)', 'corporate', 15000),
  subMonth: product('ABO-MOIS', 'Box dégustation du mois', 'subscription', 3490),
  sub3: product('ABO-3M', 'Abonnement cadeau 3 mois', 'subscription', 9900),
  workshopPraline: product('ATL-PRA', 'Atelier pralines (2 h), par personne', 'workshop', 6500),
  workshopKids: product('ATL-ENF', 'Atelier Pâques enfants, par enfant', 'workshop', 4500),
  workshopTasting: product('ATL-DEG', 'Dégustation commentée, par personne', 'workshop', 3900),
  gc10: product('GC-010', 'Carte cadeau e-mail 10 €', 'gift_card', 1000),
  gc25: product('GC-025', 'Carte cadeau e-mail 25 €', 'gift_card', 2500),
  gc50: product('GC-050', 'Carte cadeau e-mail 50 €', 'gift_card', 5000),
  gc100: product('GC-100', 'Carte cadeau e-mail 100 €', 'gift_card', 10000),
  gc150: product('GC-150', 'Carte cadeau e-mail 150 €', 'gift_card', 15000),
  gc250: product('GC-250', 'Carte cadeau e-mail 250 €', 'gift_card', 25000),
} as const;

export type Line = BasketLine<Category>;
export { lineOf };

/** How an order reaches the buyer. */
export type Fulfilment = 'post' | 'chilled_courier' | 'pickup' | 'email' | 'workshop' | 'corporate_delivery';

export interface Basket {
  lines: Line[];
  amount: number;
  currency: 'EUR';
  discount: number;
  code?: string;
  /** Loyalty points redeemed (100 points = €1), part of the discount. */
  points?: number;
  shippingFee: number;
}

export const subtotal = (lines: readonly Line[]): number =>
  lines.reduce((s, l) => s + l.price * l.quantity, 0);

/**
 * Delivery: bpost in Belgium (€6.95, free from €50), chilled courier elsewhere (€14.95, free from €150; €29.95
 * to the UK, duties paid by the shop), nothing for pickup, e-mail and workshops; a company's delivery is quoted
 * per started 40 boxes outside Belgium.
 */
export function shippingFee(f: Fulfilment, country: string, sub: number, boxes = 0): number {
  if (f === 'post') return sub >= 5000 ? 0 : 695;
  if (f === 'chilled_courier') return country === 'GB' ? 2995 : sub >= 15000 ? 0 : 1495;
  if (f === 'corporate_delivery') return country === 'BE' ? 0 : 4500 * Math.max(1, Math.ceil(boxes / 40));
  return 0;
}

export function basketOf(
  lines: Line[],
  fee: number,
  discount: { amount: number; code?: string; points?: number } = { amount: 0 },
): Basket {
  const sub = subtotal(lines);
  const off = Math.min(discount.amount, sub - 100);
  return {
    lines,
    amount: sub - off + fee,
    currency: 'EUR',
    discount: off,
    ...(discount.code ? { code: discount.code } : {}),
    ...(discount.points ? { points: discount.points } : {}),
    shippingFee: fee,
  };
}

/** A few lines from `products`, each once or twice, no product twice. */
export function pickLines(
  rng: Rng,
  products: readonly Product<Category>[],
  count: number,
  maxQty = 2,
): Line[] {
  return rng
    .shuffle(products)
    .slice(0, Math.max(1, count))
    .map((p) => lineOf(p, rng.chance(0.25) ? rng.int(2, maxQty) : 1));
}

export const TREATS = [
  P.bal250,
  P.bal500,
  P.truf12,
  P.truf24,
  P.manons,
  P.bar70,
  P.barMilk,
  P.mendiants,
  P.bal1000,
];
export const EASTER = [
  P.eggSmall,
  P.eggMedium,
  P.eggLarge,
  P.hen,
  P.bunnyLarge,
  P.bunnySmall,
  P.littleEggs,
  P.nest,
];
export const GIFTS = [
  P.discovery,
  P.prestige,
  P.ecrin,
  P.bal500,
  P.bal1000,
  P.truf24,
  P.eggMedium,
  P.eggLarge,
];
export const GIFT_CARDS = [P.gc25, P.gc50, P.gc100, P.gc150, P.gc250];
