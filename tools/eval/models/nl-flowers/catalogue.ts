import { type BasketLine, lineOf, type Product as KitProduct, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/** What Bloemhuis sells, in euro cents with Dutch VAT included, and how a basket adds up. */

export type Category =
  'bouquet' | 'roses' | 'plant' | 'premium' | 'add_on' | 'card' | 'subscription' | 'voucher' | 'corporate';

export type Product = KitProduct<Category>;

const p: (sku: string, name: string, category: Category, price: number) => Product = product;

export const BOUQUETS: readonly Product[] = [
  p('BQ-TULP20', 'Tulpen mix, 20 stelen', 'bouquet', 2495),
  p('BQ-SEIZ-M', 'Seizoensboeket medium', 'bouquet', 3495),
  p('BQ-SEIZ-L', 'Seizoensboeket large', 'bouquet', 4995),
  p('BQ-ROMANCE', 'Boeket Romance (rood/roze)', 'bouquet', 5995),
  p('BQ-PASTEL', 'Boeket Pastel Dream', 'bouquet', 4495),
  p('BQ-AMOUR', 'Luxe boeket Amour', 'bouquet', 8900),
  p('BQ-PRESTIGE', 'Grand Bouquet Prestige', 'bouquet', 14900),
];
export const ROSES: readonly Product[] = [
  p('RO-12', '12 rode rozen (Red Naomi)', 'roses', 3995),
  p('RO-24', '24 rode rozen (Red Naomi)', 'roses', 6995),
  p('RO-50', '50 rode rozen', 'roses', 12900),
  p('RO-12-MIX', '12 rozen gemengd', 'roses', 3795),
];
export const PLANTS: readonly Product[] = [
  p('PL-ORCH', 'Orchidee Phalaenopsis, 2 takken', 'plant', 2995),
  p('PL-ANTH', 'Anthurium hartvorm in pot', 'plant', 3495),
  p('PL-KALAN', 'Kalanchoë trio', 'plant', 2495),
];
export const PREMIUM: readonly Product[] = [
  p('PR-ROSEBOX', 'Rozenbox Forever (houdbare rozen)', 'premium', 11900),
  p('PR-HEART', 'Hartvormig arrangement, 60 rozen', 'premium', 14900),
  p('PR-DELUXE', 'Flowerbox Deluxe met champagne', 'premium', 17900),
  p('PR-101', '101 rode rozen in hoedendoos', 'premium', 24900),
];
export const ADD_ONS: readonly Product[] = [
  p('AD-CHOC-S', 'Bonbons Leonidas 250 g', 'add_on', 1495),
  p('AD-CHOC-H', 'Chocolade harten 100 g', 'add_on', 695),
  p('AD-CHAMP', 'Champagne Moët Brut 75 cl', 'add_on', 4995),
  p('AD-PROS', 'Prosecco DOC 75 cl', 'add_on', 1495),
  p('AD-VASE', 'Glazen vaas', 'add_on', 1295),
  p('AD-TEDDY', 'Knuffelbeer met hartje', 'add_on', 1695),
  p('AD-BALLOON', 'Folieballon I love you', 'add_on', 795),
];
export const CARDS: readonly Product[] = [
  p('GC-LOVE', 'Wenskaart Valentijn', 'card', 395),
  p('GC-LARGE', 'Grote wenskaart', 'card', 495),
];
export const SUBSCRIPTIONS: readonly Product[] = [
  p('SU-WEEK', 'Bloemenabonnement wekelijks (levering)', 'subscription', 2995),
  p('SU-MONTH', 'Bloemenabonnement maandelijks (levering)', 'subscription', 3995),
];
export const VOUCHER_VALUES = [2500, 5000, 7500, 10000, 15000, 25000] as const;
export const voucher = (value: number): Product =>
  p(`VC-${value / 100}`, `Cadeaubon €${value / 100} (e-mail)`, 'voucher', value);
export const CORPORATE: readonly Product[] = [
  p('CO-BQ', 'Zakelijk boeket (per stuk)', 'corporate', 3250),
  p('CO-TULP', 'Tulpenbos zakelijk (per stuk)', 'corporate', 1995),
];

/** First-order code (10 % off), the season's code, a business code. */
export const CODES = { first: 'WELKOM10', season: 'LIEFDE5', business: 'ZAKELIJK' } as const;

export type Line = BasketLine<Category>;

export interface Basket {
  lines: Line[];
  amount: number;
  currency: 'EUR';
  deliveryFee: number;
  discount: number;
  code?: string;
}

export const line: (prod: Product, quantity?: number) => Line = lineOf;

/** Delivery: €5.95 next day and €9.95 same day by the shop's couriers; €12.95 by a partner florist; e-mail free. */
export function deliveryFee(courier: 'own' | 'partner' | 'email', sameDay: boolean): number {
  if (courier === 'email') return 0;
  if (courier === 'partner') return 1295;
  return sameDay ? 995 : 595;
}

/** Lines, discount (a code's percentage of the goods) and delivery fee into a basket. */
export function basket(lines: Line[], fee: number, code?: string): Basket {
  const goods = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const pct = code === CODES.first ? 0.1 : code === CODES.season ? 0.05 : code === CODES.business ? 0.08 : 0;
  const discount = Math.round(goods * pct);
  return {
    lines,
    amount: goods - discount + fee,
    currency: 'EUR',
    deliveryFee: fee,
    discount,
    ...(code ? { code } : {}),
  };
}

/** A gift: one main item (roses most of all this fortnight), often a card, sometimes chocolates or a bear. */
export function giftLines(rng: Rng, valentine: boolean): Line[] {
  const main = rng.weightedPick<readonly Product[]>([
    [BOUQUETS, 40],
    [ROSES, valentine ? 40 : 22],
    [PLANTS, 8],
    [PREMIUM, valentine ? 6 : 3],
  ]);
  const lines = [line(rng.pick(main))];
  if (rng.chance(0.55)) lines.push(line(rng.pick(CARDS)));
  if (rng.chance(0.35)) lines.push(line(rng.pick(ADD_ONS)));
  if (rng.chance(0.08))
    lines.push(line(rng.pick(ADD_ONS.filter((a) => a.sku !== lines[lines.length - 1]?.sku))));
  return lines;
}
