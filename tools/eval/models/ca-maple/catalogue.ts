import { type BasketLine, product, type Product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * What the shack sells, prices in Canadian cents; US visitors see US prices (`usd`). Maple syrup, butter and
 * sugar are basic groceries (zero-rated); taffy and candy, gifts and baskets, and meals at the shack are taxed.
 */

export type Category = 'syrup' | 'butter' | 'candy' | 'sugar' | 'basket' | 'gift' | 'gift_card' | 'booking';

export const P = {
  golden540: product('SIR-DOR-540', 'Sirop d’érable doré, goût délicat, conserve 540 ml', 'syrup', 1499),
  amber540: product('SIR-AMB-540', 'Sirop d’érable ambré, goût riche, conserve 540 ml', 'syrup', 1499),
  dark540: product('SIR-FON-540', 'Sirop d’érable foncé, goût robuste, conserve 540 ml', 'syrup', 1399),
  veryDark540: product('SIR-TFO-540', 'Sirop d’érable très foncé, goût prononcé, 540 ml', 'syrup', 1299),
  glass250: product('SIR-VER-250', 'Sirop d’érable, bouteille feuille d’érable 250 ml', 'syrup', 1299),
  glass500: product('SIR-VER-500', 'Sirop d’érable, bouteille de verre 500 ml', 'syrup', 1899),
  jug1l: product('SIR-CRU-1L', 'Sirop d’érable ambré, cruchon 1 L', 'syrup', 2499),
  jug4l: product('SIR-CRU-4L', 'Sirop d’érable ambré, cruche 4 L', 'syrup', 7999),
  case12: product('SIR-CAI-12', 'Caisse de 12 conserves 540 ml (restauration)', 'syrup', 15999),
  pail20l: product('SIR-BID-20L', 'Bidon 20 L, sirop foncé (restauration)', 'syrup', 34999),
  barrel375: product('SIR-FUT-375', 'Sirop vieilli en fût de bourbon 375 ml', 'syrup', 2999),
  butter200: product('BEU-200', 'Beurre d’érable 200 g', 'butter', 999),
  butter1kg: product('BEU-1KG', 'Beurre d’érable 1 kg', 'butter', 3299),
  taffy: product('TIR-250', 'Tire d’érable 250 g', 'candy', 899),
  taffyKit: product('TIR-NEI-KIT', 'Trousse tire sur la neige', 'candy', 1499),
  leafCandy: product('BON-FEU-50', 'Bonbons feuille d’érable 50 g', 'candy', 699),
  sugarLoaf: product('SUC-PAIN-500', 'Pain de sucre d’érable 500 g', 'sugar', 1499),
  granulated: product('SUC-GRA-500', 'Sucre d’érable granulé 500 g', 'sugar', 1599),
  flakes: product('SUC-FLO-150', 'Flocons d’érable 150 g', 'sugar', 1199),
  discovery: product('PAN-DEC-4', 'Coffret découverte 4 grades', 'basket', 4999),
  shackBasket: product('PAN-CAB', 'Panier cabane à sucre', 'basket', 8999),
  grandBasket: product('PAN-GRA', 'Grand panier du temps des sucres', 'basket', 14999),
  corporateBasket: product('PAN-COR', 'Panier corporatif au logo du client', 'basket', 6999),
  mug: product('CAD-TAS', 'Tasse émaillée de la cabane', 'gift', 1999),
  tuque: product('CAD-TUQ', 'Tuque à carreaux', 'gift', 2999),
  sapBucket: product('CAD-CHA', 'Chaudière à sève décorative', 'gift', 3499),
  adultMeal: product('REP-ADU', 'Repas à la cabane, adulte', 'booking', 3495),
  childMeal: product('REP-ENF', 'Repas à la cabane, enfant 4–12 ans', 'booking', 1795),
} as const satisfies Record<string, Product<Category>>;

export type Currency = 'CAD' | 'USD';
export type Line = BasketLine<Category>;

/** A gift card of the shack (meals and shop), in the buyer's amount. */
export const giftCard = (amount: number): Product<Category> =>
  product(`CC-${amount / 100}`, `Carte-cadeau ${amount / 100} $`, 'gift_card', amount);

/** The US price of a Canadian price: three quarters, up to the next .99. */
export const usd = (cad: number): number => Math.ceil((cad * 0.75) / 100) * 100 - 1;

export const line = (p: Product<Category>, quantity: number, currency: Currency): Line => ({
  sku: p.sku,
  name: p.name,
  category: p.category,
  quantity,
  price: currency === 'USD' && p.category !== 'gift_card' ? usd(p.price) : p.price,
});

export type Fulfilment = 'canada_post' | 'courier' | 'farm_pickup' | 'email' | 'reservation';

/** Sales tax by province of delivery (GST/QST, HST, GST+PST); none on exports to the US. */
export const TAX: Readonly<Record<string, number>> = {
  QC: 0.14975,
  ON: 0.13,
  NB: 0.15,
  NS: 0.14,
  PE: 0.15,
  AB: 0.05,
  BC: 0.12,
};

const TAXED: ReadonlySet<Category> = new Set(['candy', 'basket', 'gift', 'booking']);

export interface Basket {
  lines: Line[];
  currency: Currency;
  /** Items less discount, plus shipping and tax. */
  amount: number;
  shippingFee: number;
  tax: number;
  discount: number;
  code?: string;
}

const subtotal = (lines: readonly Line[]) => lines.reduce((s, l) => s + l.price * l.quantity, 0);

/**
 * Shipping: Canada Post $12.95 in Quebec, $15.95 elsewhere in Canada, free from $125; courier $24.95 (jugs and
 * cases); the US $29.95 US (free from $175 US); nothing for pickup, e-mail or a reservation.
 */
export function shippingFee(
  lines: readonly Line[],
  currency: Currency,
  f: Fulfilment,
  province?: string,
): number {
  const items = subtotal(lines);
  if (f === 'farm_pickup' || f === 'email' || f === 'reservation') return 0;
  if (currency === 'USD') return items >= 17_500 ? 0 : 2995;
  if (f === 'courier') return items >= 50_000 ? 0 : 2495;
  if (items >= 12_500) return 0;
  return province === 'QC' ? 1295 : 1595;
}

export function basket(
  lines: Line[],
  currency: Currency,
  f: Fulfilment,
  province: string | undefined,
  promo?: { code: string; rate: number },
): Basket {
  const items = subtotal(lines);
  const discount = promo ? Math.round(items * promo.rate) : 0;
  const fee = shippingFee(lines, currency, f, province);
  const taxed = lines.filter((l) => TAXED.has(l.category)).reduce((s, l) => s + l.price * l.quantity, 0);
  const rate = currency === 'CAD' ? (TAX[province ?? 'QC'] ?? 0.05) : 0;
  const tax = Math.round(Math.max(0, taxed - discount) * rate);
  return {
    lines,
    currency,
    amount: items - discount + fee + tax,
    shippingFee: fee,
    tax,
    discount,
    ...(promo ? { code: promo.code } : {}),
  };
}

/** A household's basket: one to four things from the pantry shelf, now and then a jug or a gift. */
export function pantry(rng: Rng, currency: Currency): Line[] {
  const shelf: Array<readonly [Product<Category>, number]> = [
    [P.amber540, 14],
    [P.golden540, 8],
    [P.dark540, 9],
    [P.veryDark540, 3],
    [P.glass500, 6],
    [P.glass250, 5],
    [P.jug1l, 8],
    [P.jug4l, 5],
    [P.butter200, 10],
    [P.butter1kg, 2],
    [P.taffy, 7],
    [P.taffyKit, 4],
    [P.leafCandy, 5],
    [P.sugarLoaf, 4],
    [P.granulated, 3],
    [P.flakes, 3],
    [P.barrel375, 2],
    [P.discovery, 3],
    [P.mug, 1],
  ];
  const n = rng.weightedPick<number>([
    [1, 30],
    [2, 32],
    [3, 22],
    [4, 12],
    [6, 4],
  ]);
  const picked = new Map<string, Line>();
  for (let i = 0; i < n; i++) {
    const p = rng.weightedPick(shelf);
    const q =
      p.category === 'syrup' && p.price < 2000
        ? rng.weightedPick<number>([
            [1, 5],
            [2, 3],
            [4, 1],
            [6, 1],
          ])
        : 1;
    const had = picked.get(p.sku);
    picked.set(p.sku, had ? { ...had, quantity: had.quantity + q } : line(p, q, currency));
  }
  return [...picked.values()];
}

/** A gift: a basket or a boxed set, sometimes with a jar of butter or taffy added. */
export function gift(rng: Rng, currency: Currency): Line[] {
  const main = rng.weightedPick<Product<Category>>([
    [P.discovery, 30],
    [P.shackBasket, 35],
    [P.grandBasket, 15],
    [P.glass500, 10],
    [P.barrel375, 10],
  ]);
  const out = [line(main, 1, currency)];
  if (rng.chance(0.35)) out.push(line(rng.pick([P.butter200, P.taffy, P.sugarLoaf, P.mug]), 1, currency));
  return out;
}
