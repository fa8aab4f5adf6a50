import { type BasketLine, type Product as KitProduct, product } from '../kit/purchase.js';

/**
 * What the store sells, with prices in CAD cents. Basic groceries are zero-rated for GST/HST; snacks, soft
 * drinks, household goods and alcohol are taxed; gift cards and prepaid credits are not goods and carry no tax.
 */

export type Category =
  | 'produce'
  | 'dairy'
  | 'meat'
  | 'bakery'
  | 'pantry'
  | 'snacks'
  | 'frozen'
  | 'household'
  | 'baby'
  | 'alcohol'
  | 'meal_kit'
  | 'platter'
  | 'gift_card'
  | 'credit';

export type Product = KitProduct<Category>;

export type Line = BasketLine<Category>;

const TAXED: ReadonlySet<Category> = new Set(['snacks', 'household', 'alcohol', 'platter']);
export const isTaxed = (c: Category): boolean => TAXED.has(c);

const p: (sku: string, name: string, category: Category, price: number) => Product = product;

export const PRODUCTS: readonly Product[] = [
  p('PR-BAN', 'Bananas, bunch', 'produce', 189),
  p('PR-APL', 'McIntosh apples 3 lb', 'produce', 549),
  p('PR-CLM', 'Clementines 2 lb box', 'produce', 699),
  p('PR-POT', 'Yellow potatoes 10 lb', 'produce', 799),
  p('PR-SAL', 'Spring mix 312 g', 'produce', 599),
  p('PR-AVO', 'Avocados, bag of 5', 'produce', 649),
  p('PR-CAR', 'Carrots 2 lb', 'produce', 279),
  p('DA-MLK', 'Milk 2% 4 L', 'dairy', 669),
  p('DA-EGG', 'Large eggs, dozen', 'dairy', 459),
  p('DA-BUT', 'Salted butter 454 g', 'dairy', 699),
  p('DA-YOG', 'Greek yogurt 750 g', 'dairy', 649),
  p('DA-CHD', 'Aged cheddar 400 g', 'dairy', 899),
  p('DA-OKA', 'Oka cheese 250 g', 'dairy', 1199),
  p('DA-EGN', 'Eggnog 1 L', 'dairy', 449),
  p('MT-CHK', 'Chicken thighs 1 kg', 'meat', 1399),
  p('MT-BEF', 'Lean ground beef 1 lb', 'meat', 749),
  p('MT-SAL', 'Atlantic salmon fillet', 'meat', 1599),
  p('MT-TUR', 'Grade A turkey, 6–8 kg', 'meat', 4299),
  p('MT-TRT', 'Tourtière, 9 inch', 'meat', 1499),
  p('MT-HAM', 'Spiral ham, bone-in', 'meat', 3499),
  p('MT-TEN', 'Beef tenderloin roast', 'meat', 6999),
  p('BK-BRD', 'Sourdough loaf', 'bakery', 499),
  p('BK-BAG', 'Montreal bagels, dozen', 'bakery', 999),
  p('BK-BCH', 'Bûche de Noël', 'bakery', 2499),
  p('BK-SHB', 'Shortbread tin', 'bakery', 1299),
  p('PA-PAS', 'Pasta 900 g', 'pantry', 299),
  p('PA-SAU', 'Marinara sauce 650 ml', 'pantry', 449),
  p('PA-RIC', 'Basmati rice 4 kg', 'pantry', 1499),
  p('PA-MAP', 'Maple syrup 540 ml', 'pantry', 1199),
  p('PA-COF', 'Ground coffee 930 g', 'pantry', 1799),
  p('PA-CER', 'Oat cereal 1 kg', 'pantry', 699),
  p('PA-FLR', 'All-purpose flour 2.5 kg', 'pantry', 599),
  p('SN-CHP', 'Ketchup chips 200 g', 'snacks', 429),
  p('SN-CHO', 'Chocolate assortment 400 g', 'snacks', 1599),
  p('SN-POP', 'Sparkling water 12 pack', 'snacks', 699),
  p('SN-NUT', 'Mixed nuts 800 g', 'snacks', 1399),
  p('FR-PIZ', 'Frozen pizza', 'frozen', 699),
  p('FR-FRY', 'Fries 2 kg', 'frozen', 549),
  p('FR-BER', 'Mixed berries 1.5 kg', 'frozen', 1299),
  p('FR-ICE', 'Ice cream 1.5 L', 'frozen', 649),
  p('HH-TP', 'Bathroom tissue 24 double rolls', 'household', 1699),
  p('HH-PT', 'Paper towels 8 rolls', 'household', 1299),
  p('HH-DET', 'Laundry detergent 4.4 L', 'household', 1999),
  p('HH-DSH', 'Dishwasher pods 62 ct', 'household', 2199),
  p('HH-FOI', 'Aluminum foil 30 m', 'household', 699),
  p('BB-FRM', 'Infant formula powder 900 g', 'baby', 4899),
  p('BB-FRL', 'Infant formula ready-to-feed 6 × 946 ml', 'baby', 6299),
  p('BB-DIA', 'Diapers size 4, 132 ct', 'baby', 5499),
  p('BB-WIP', 'Baby wipes 8 × 72', 'baby', 1899),
  p('AL-WRD', 'Red wine 750 ml', 'alcohol', 1695),
  p('AL-WWH', 'White wine 750 ml', 'alcohol', 1495),
  p('AL-SPK', 'Sparkling wine 750 ml', 'alcohol', 2295),
  p('AL-BER', 'Craft beer 6 × 473 ml', 'alcohol', 1899),
  p('AL-CID', 'Quebec ice cider 375 ml', 'alcohol', 2695),
  p('MK-2P3', 'Meal kit: 3 recipes for 2', 'meal_kit', 7497),
  p('MK-4P3', 'Meal kit: 3 recipes for 4', 'meal_kit', 12294),
  p('MK-2P5', 'Meal kit: 5 recipes for 2', 'meal_kit', 11995),
  p('MK-HOL', 'Holiday feast kit for 6', 'meal_kit', 16999),
  p('PL-SAN', 'Sandwich platter for 10', 'platter', 8999),
  p('PL-SUS', 'Sushi platter, 64 pieces', 'platter', 7999),
  p('PL-VEG', 'Crudités platter', 'platter', 4499),
  p('PL-FRU', 'Fruit platter for 12', 'platter', 5499),
];

export const byCategory = (c: Category): Product[] => PRODUCTS.filter((x) => x.category === c);

/** Gift cards (e-mailed) and prepaid account credit, in fixed denominations. */
export const GIFT_DENOMINATIONS: readonly number[] = [2500, 5000, 7500, 10000, 15000, 20000];
export const giftCard = (value: number): Product => ({
  sku: `GC-E${value / 100}`,
  name: `eGift card $${value / 100}`,
  category: 'gift_card',
  price: value,
});
export const credit = (value: number): Product => ({
  sku: `CR-${value / 100}`,
  name: `Prepaid credit $${value / 100}`,
  category: 'credit',
  price: value,
});

export const line = (product: Product, quantity = 1): Line => ({ ...product, quantity });
