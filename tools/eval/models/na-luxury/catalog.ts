import { type Rng } from './random.js';
import { type BasketLine } from '../kit/purchase.js';

/**
 * Maison Nord's catalogue, in USD cents; the Canadian shop lists CAD prices (about 1.37 × USD, rounded to
 * five dollars). Limited sneaker releases are one pair per customer.
 */

export type Category =
  | 'watches'
  | 'handbags'
  | 'small_leather'
  | 'sneakers'
  | 'limited_sneakers'
  | 'jewellery'
  | 'fragrance'
  | 'accessories';

export interface Product {
  sku: string;
  name: string;
  category: Category;
  usd: number;
}

const p = (sku: string, name: string, category: Category, dollars: number): Product => ({
  sku,
  name,
  category,
  usd: dollars * 100,
});

export const PRODUCTS: readonly Product[] = [
  p('WA-CAR-TANK', 'Cartier Tank Must, large', 'watches', 3350),
  p('WA-CAR-SANT', 'Cartier Santos de Cartier, medium steel', 'watches', 7850),
  p('WA-OME-SPMO', 'Omega Speedmaster Moonwatch Professional', 'watches', 7100),
  p('WA-TAG-CARR', 'TAG Heuer Carrera Chronograph 39 mm', 'watches', 5900),
  p('WA-TUD-BB58', 'Tudor Black Bay 58', 'watches', 4400),
  p('WA-LON-MAST', 'Longines Master Collection 40 mm', 'watches', 2150),
  p('WA-IWC-PILO', 'IWC Pilot’s Watch Mark XX', 'watches', 5600),
  p('HB-YSL-LOUL', 'Saint Laurent Loulou medium', 'handbags', 2890),
  p('HB-BV-JODIE', 'Bottega Veneta Mini Jodie', 'handbags', 3900),
  p('HB-GUC-JACK', 'Gucci Jackie 1961 small', 'handbags', 3300),
  p('HB-PRA-REED', 'Prada Re-Edition 2005 nylon', 'handbags', 1950),
  p('HB-LOE-PUZZ', 'Loewe Puzzle small', 'handbags', 3650),
  p('HB-CEL-TRIO', 'Celine Triomphe Teen', 'handbags', 3400),
  p('HB-FEN-BAGU', 'Fendi Baguette', 'handbags', 3690),
  p('SL-YSL-CARD', 'Saint Laurent card case', 'small_leather', 390),
  p('SL-BV-WALL', 'Bottega Veneta Intrecciato bi-fold wallet', 'small_leather', 750),
  p('SL-PRA-KEY', 'Prada Saffiano key pouch', 'small_leather', 450),
  p('SN-BAL-TRIS', 'Balenciaga Triple S', 'sneakers', 1150),
  p('SN-GG-SSTAR', 'Golden Goose Super-Star', 'sneakers', 595),
  p('SN-AMQ-OVER', 'Alexander McQueen oversized sneaker', 'sneakers', 690),
  p('SN-DIO-B23', 'Dior B23 high-top', 'sneakers', 1200),
  p('SN-LTD-AURA', 'Maison Nord × Salomon XT-6 “Aurora” (limited)', 'limited_sneakers', 260),
  p('SN-LTD-ALD9', 'New Balance 990v6 × Aimé Leon Dore (limited)', 'limited_sneakers', 250),
  p('SN-LTD-AJ4S', 'Air Jordan 4 Retro SP “Nord” (limited)', 'limited_sneakers', 230),
  p('JW-CAR-LOVE', 'Cartier Love bracelet, yellow gold', 'jewellery', 7350),
  p('JW-TIF-T1RG', 'Tiffany T1 narrow ring', 'jewellery', 2300),
  p('JW-VCA-ALHA', 'Van Cleef & Arpels Vintage Alhambra pendant', 'jewellery', 3350),
  p('JW-DIA-STUD', 'Diamond studs 1 ct tw, platinum', 'jewellery', 4200),
  p('JW-MN-HOOP', 'Maison Nord 14k gold hoops', 'jewellery', 650),
  p('JW-MN-PEAR', 'Akoya pearl earrings', 'jewellery', 890),
  p('FR-LL-SANT', 'Le Labo Santal 33 gift set', 'fragrance', 320),
  p('FR-BYR-GIFT', 'Byredo holiday trio', 'fragrance', 275),
  p('FR-DIP-CAND', 'Diptyque candle trio', 'fragrance', 210),
  p('FR-CRE-AVEN', 'Creed Aventus 100 ml', 'fragrance', 495),
  p('FR-TF-OUDW', 'Tom Ford Oud Wood gift set', 'fragrance', 395),
  p('FR-MN-DISC', 'Maison Nord fragrance discovery set', 'fragrance', 45),
  p('FR-MN-TRAV', 'Travel spray 10 ml', 'fragrance', 65),
  p('AC-SILK-SCA', 'Silk twill scarf 90 cm', 'accessories', 495),
  p('AC-CASH-SCA', 'Cashmere scarf', 'accessories', 650),
  p('AC-SUN-CAT', 'Cat-eye acetate sunglasses', 'accessories', 480),
];

export const byCategory = (c: Category) => PRODUCTS.filter((x) => x.category === c);
export const bySku = (sku: string): Product => {
  const found = PRODUCTS.find((x) => x.sku === sku);
  if (!found) throw new Error(`unknown sku ${sku}`);
  return found;
};

export type Line = BasketLine<Category>;

export interface Basket {
  currency: 'USD' | 'CAD';
  amount: number;
  lines: Line[];
}

export function priceIn(product: Product, currency: 'USD' | 'CAD'): number {
  return currency === 'USD' ? product.usd : Math.round((product.usd * 1.37) / 500) * 500;
}

export function basket(currency: 'USD' | 'CAD', items: ReadonlyArray<readonly [Product, number]>): Basket {
  const lines = items.map(([x, quantity]) => ({
    sku: x.sku,
    name: x.name,
    category: x.category,
    quantity,
    price: priceIn(x, currency),
  }));
  return { currency, amount: lines.reduce((s, l) => s + l.price * l.quantity, 0), lines };
}

/** What honest shoppers put in the basket: mostly one piece, a gift add-on now and then. */
export const TASTE: Record<Category, number> = {
  watches: 8,
  handbags: 14,
  small_leather: 14,
  sneakers: 12,
  limited_sneakers: 2,
  jewellery: 14,
  fragrance: 24,
  accessories: 12,
};

export function shoppingBasket(rng: Rng, currency: 'USD' | 'CAD', taste = TASTE): Basket {
  const items: Array<readonly [Product, number]> = [];
  const first = rng.pick(byCategory(rng.weighted(taste)));
  items.push([first, first.category === 'fragrance' && rng.yes(0.2) ? 2 : 1]);
  if (rng.yes(0.28)) {
    const add = rng.pick([
      ...byCategory('fragrance'),
      ...byCategory('small_leather'),
      ...byCategory('accessories'),
    ]);
    if (add.sku !== first.sku) items.push([add, 1]);
  }
  return basket(currency, items);
}
