import { type BasketLine } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * The shelf during the festive sale, at sale prices in rupees (…99 price points): ethnic and western wear,
 * footwear, watches, handbags, beauty, small gadgets, fashion jewellery and e-gift cards. Baskets are priced
 * in paise (`amount` in the minor unit); delivery is charged under ₹699 and cash on delivery carries a
 * handling fee.
 */

export type Category =
  'ethnic' | 'western' | 'footwear' | 'watches' | 'bags' | 'beauty' | 'gadgets' | 'jewellery' | 'giftcard';

export interface Product {
  sku: string;
  name: string;
  category: Category;
  /** Sale price, whole rupees. */
  rupees: number;
}

const p = (sku: string, name: string, category: Category, rupees: number): Product => ({
  sku,
  name,
  category,
  rupees,
});

export const PRODUCTS: readonly Product[] = [
  p('ETH-KUR-1042', 'Rayon printed straight kurta', 'ethnic', 499),
  p('ETH-KUR-1177', 'Cotton kurta with palazzo set', 'ethnic', 899),
  p('ETH-KUR-1305', 'Anarkali kurta set with dupatta', 'ethnic', 1799),
  p('ETH-SAR-2010', 'Georgette printed saree', 'ethnic', 799),
  p('ETH-SAR-2044', 'Banarasi silk blend saree', 'ethnic', 2499),
  p('ETH-SAR-2093', 'Kanjivaram pure silk saree', 'ethnic', 11999),
  p('ETH-LEH-3011', 'Embroidered lehenga choli', 'ethnic', 4999),
  p('ETH-LEH-3068', 'Bridal lehenga with sequin work', 'ethnic', 18999),
  p('ETH-MEN-4005', "Men's cotton kurta pyjama set", 'ethnic', 999),
  p('ETH-MEN-4031', "Men's Nehru jacket", 'ethnic', 1499),
  p('ETH-MEN-4077', "Men's sherwani set", 'ethnic', 8999),
  p('ETH-KID-4510', "Kids' ethnic kurta set", 'ethnic', 699),
  p('WES-TEE-5002', 'Oversized graphic t-shirt', 'western', 299),
  p('WES-TEE-5019', 'Pack of 3 polo t-shirts', 'western', 899),
  p('WES-JNS-5101', 'Slim fit stretch jeans', 'western', 1199),
  p('WES-DRS-5207', 'Floral midi dress', 'western', 1299),
  p('WES-TOP-5230', 'Ribbed crop top', 'western', 399),
  p('WES-SHR-5311', "Men's casual linen shirt", 'western', 999),
  p('WES-JKT-5402', 'Denim jacket', 'western', 1999),
  p('WES-TRK-5420', 'Track pants, pack of 2', 'western', 699),
  p('WES-SOC-5501', 'Ankle socks, pack of 5', 'western', 199),
  p('WES-INN-5522', 'Cotton briefs, pack of 3', 'western', 349),
  p('FTW-SNK-6014', 'Everyday sneakers', 'footwear', 1499),
  p('FTW-SNK-6088', 'Nike Air Max sneakers', 'footwear', 8499),
  p('FTW-SNK-6092', 'Adidas Ultraboost running shoes', 'footwear', 9999),
  p('FTW-SND-6120', "Women's block heel sandals", 'footwear', 899),
  p('FTW-JUT-6150', 'Embroidered juttis', 'footwear', 749),
  p('FTW-SLP-6201', 'Flip-flops', 'footwear', 249),
  p('FTW-FRM-6230', "Men's leather formal shoes", 'footwear', 2299),
  p('WAT-FTR-7003', 'Fastrack analog watch', 'watches', 1695),
  p('WAT-TIT-7021', 'Titan Raga women’s watch', 'watches', 6995),
  p('WAT-CAS-7040', 'Casio G-Shock', 'watches', 8995),
  p('WAT-FOS-7066', 'Fossil chronograph watch', 'watches', 11495),
  p('WAT-MKR-7080', 'Michael Kors women’s watch', 'watches', 16995),
  p('BAG-HND-8004', 'Caprese satchel handbag', 'bags', 1799),
  p('BAG-SLG-8020', 'Lavie sling bag', 'bags', 1199),
  p('BAG-TOT-8041', 'Coach tote bag', 'bags', 24999),
  p('BAG-MKR-8055', 'Michael Kors crossbody bag', 'bags', 14999),
  p('BAG-TRV-8072', 'Cabin trolley bag', 'bags', 2999),
  p('BAG-BKP-8090', 'Laptop backpack', 'bags', 1299),
  p('BTY-LIP-9001', 'Matte liquid lipstick', 'beauty', 349),
  p('BTY-KJL-9010', 'Kajal, pack of 2', 'beauty', 249),
  p('BTY-SKN-9032', 'Vitamin C face serum', 'beauty', 599),
  p('BTY-MAC-9050', 'MAC lipstick', 'beauty', 1950),
  p('BTY-PRF-9071', 'Eau de parfum 100 ml', 'beauty', 1299),
  p('BTY-PRF-9088', 'Designer perfume 100 ml', 'beauty', 7499),
  p('BTY-HRD-9102', 'Hair straightener', 'beauty', 1499),
  p('GAD-EAR-9503', 'boAt wireless earbuds', 'gadgets', 1299),
  p('GAD-SWT-9520', 'Noise smartwatch', 'gadgets', 1799),
  p('GAD-SWT-9544', 'Samsung Galaxy Watch', 'gadgets', 18999),
  p('GAD-PBK-9561', '20000 mAh power bank', 'gadgets', 1499),
  p('GAD-CHG-9572', 'USB-C fast charger', 'gadgets', 599),
  p('GAD-CAS-9590', 'Phone back cover', 'gadgets', 199),
  p('JWL-EAR-9701', 'Oxidised jhumka earrings', 'jewellery', 299),
  p('JWL-SET-9722', 'Kundan necklace set', 'jewellery', 1499),
  p('JWL-BNG-9740', 'Gold-plated bangles, set of 4', 'jewellery', 899),
  p('JWL-SLV-9766', 'Sterling silver anklets', 'jewellery', 2199),
  p('GFT-EGC-0500', 'E-gift card ₹500', 'giftcard', 500),
  p('GFT-EGC-1000', 'E-gift card ₹1,000', 'giftcard', 1000),
  p('GFT-EGC-2000', 'E-gift card ₹2,000', 'giftcard', 2000),
  p('GFT-EGC-5000', 'E-gift card ₹5,000', 'giftcard', 5000),
  p('GFT-EGC-10K', 'E-gift card ₹10,000', 'giftcard', 10000),
];

export const bySku = (sku: string): Product => {
  const found = PRODUCTS.find((x) => x.sku === sku);
  if (!found) throw new Error(`no product ${sku}`);
  return found;
};

/** Products of some categories within a price range (rupees). */
export function shelf(categories: readonly Category[], min = 0, max = Infinity): Product[] {
  return PRODUCTS.filter((x) => categories.includes(x.category) && x.rupees >= min && x.rupees <= max);
}

export interface Basket {
  lines: BasketLine<Category>[];
  /** Paise: the lines, less any coupon, plus delivery and the COD fee. */
  amount: number;
  currency: 'INR';
  coupon?: string;
}

export const line = (product: Product, quantity = 1): BasketLine<Category> => ({
  sku: product.sku,
  name: product.name,
  category: product.category,
  quantity,
  price: product.rupees * 100,
});

export const subtotal = (lines: readonly BasketLine<Category>[]): number =>
  lines.reduce((sum, l) => sum + l.price * l.quantity, 0);

/** What a cart comes to: delivery under ₹699 (not on e-gift cards), a ₹29 COD fee, less any coupon. */
export function priced(
  lines: BasketLine<Category>[],
  { cod = false, coupon }: { cod?: boolean; coupon?: { code: string; off: number } } = {},
): Basket {
  const goods = subtotal(lines);
  const physical = lines.some((l) => l.category !== 'giftcard');
  const delivery = physical && goods < 69_900 ? 7_900 : 0;
  const off = coupon ? Math.min(coupon.off, Math.floor(goods / 2)) : 0;
  const amount = goods - off + delivery + (cod ? 2_900 : 0);
  return { lines, amount, currency: 'INR', ...(coupon ? { coupon: coupon.code } : {}) };
}

export type Mix = 'everyday' | 'festive' | 'gifting' | 'budget';

/** Category mixes shoppers browse: everyday fashion, festive dressing, gifts and accessories. */
export const MIX: Readonly<Record<Mix, Partial<Record<Category, number>>>> = {
  everyday: { western: 34, footwear: 18, ethnic: 18, beauty: 14, bags: 5, gadgets: 6, jewellery: 5 },
  festive: { ethnic: 48, jewellery: 14, footwear: 12, beauty: 10, watches: 6, western: 6, bags: 4 },
  gifting: { watches: 26, bags: 18, beauty: 18, gadgets: 16, ethnic: 12, jewellery: 10 },
  budget: { western: 40, beauty: 20, footwear: 12, jewellery: 14, gadgets: 14 },
};

/**
 * One product from a mix (under `max` rupees), cheap items far more often than dear ones — less so when
 * dressing for a festival or buying a gift.
 */
export function browse(rng: Rng, mix: Mix, max = 30_000): Product {
  const category = rng.weighted<Category>(MIX[mix] as Record<Category, number>);
  const options = shelf([category], 0, max);
  const pool = options.length > 0 ? options : shelf(['western'], 0, max);
  const alpha = mix === 'festive' || mix === 'gifting' ? 0.6 : 1;
  return rng.weightedPick(pool.map((x) => [x, x.rupees ** -alpha] as const));
}

/** A cart of `n` distinct products from a mix. */
export function cart(rng: Rng, mix: Mix, n: number, max?: number): BasketLine<Category>[] {
  const lines: BasketLine<Category>[] = [];
  for (let i = 0; i < n * 3 && lines.length < n; i++) {
    const product = browse(rng, mix, max);
    if (!lines.some((l) => l.sku === product.sku)) lines.push(line(product, rng.chance(0.07) ? 2 : 1));
  }
  return lines;
}

/** Dear, resellable things (watches, designer bags, branded sneakers, perfume, smartwatches). */
export const DEAR: readonly Product[] = shelf(['watches', 'bags', 'footwear', 'beauty', 'gadgets'], 4999);

/** How many lines an ordinary cart has. */
export const cartSize = (rng: Rng): number =>
  rng.weightedPick([
    [1, 52],
    [2, 26],
    [3, 13],
    [4, 6],
    [5, 3],
  ]);
