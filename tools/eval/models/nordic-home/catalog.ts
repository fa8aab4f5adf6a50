/**
 * The shop's range. Prices are euro cents; `pop` is relative popularity within the category (small things
 * sell far more often than sofas); `resale` marks what sells easily second-hand (premium appliances, design
 * classics, gift cards); `bulky` goes by freight; `multi` is bought in sets (dining chairs, glasses).
 */

export type Category =
  'furniture' | 'lighting' | 'appliance' | 'kitchen' | 'textile' | 'apparel' | 'decor' | 'giftcard';

export interface Product {
  sku: string;
  category: Category;
  eur: number;
  pop: number;
  resale?: boolean;
  bulky?: boolean;
  multi?: readonly number[];
  /** Only in season: Advent stars and ornaments in winter, garden furniture in summer. */
  season?: 'winter' | 'summer';
  office?: boolean;
}

const p = (
  sku: string,
  category: Category,
  eur: number,
  pop: number,
  extra: Omit<Product, 'sku' | 'category' | 'eur' | 'pop'> = {},
): Product => ({ sku, category, eur: Math.round(eur * 100), pop, ...extra });

const FREIGHT = { bulky: true } as const;

export const CATALOG: readonly Product[] = [
  p('FUR-SOFA3-BOUCLE', 'furniture', 1490, 2, FREIGHT),
  p('FUR-SOFA3-LINEN', 'furniture', 1290, 2.5, FREIGHT),
  p('FUR-SOFA2-VELVET', 'furniture', 990, 2, FREIGHT),
  p('FUR-CORNERSOFA-WOOL', 'furniture', 2490, 1, FREIGHT),
  p('FUR-LOUNGECHAIR-OAK', 'furniture', 749, 2, { ...FREIGHT, resale: true }),
  p('FUR-DININGTABLE-OAK', 'furniture', 1190, 1.5, FREIGHT),
  p('FUR-DININGCHAIR-ASH', 'furniture', 189, 4, { ...FREIGHT, multi: [2, 4, 6] }),
  p('FUR-COFFEETABLE', 'furniture', 329, 3, FREIGHT),
  p('FUR-BED160-OAK', 'furniture', 1290, 1.2, FREIGHT),
  p('FUR-MATTRESS160', 'furniture', 890, 1.5, FREIGHT),
  p('FUR-WARDROBE', 'furniture', 690, 1.2, FREIGHT),
  p('FUR-BOOKSHELF', 'furniture', 389, 2.5, FREIGHT),
  p('FUR-SIDEBOARD-WALNUT', 'furniture', 1390, 1, { ...FREIGHT, resale: true }),
  p('FUR-NIGHTSTAND', 'furniture', 169, 3),
  p('FUR-BARSTOOL', 'furniture', 149, 2, { multi: [2, 3, 4] }),
  p('FUR-DESK-OAK', 'furniture', 549, 2, { ...FREIGHT, office: true }),
  p('FUR-OFFICECHAIR-ERGO', 'furniture', 429, 2, { ...FREIGHT, office: true }),
  p('FUR-MEETINGTABLE', 'furniture', 1890, 0.3, { ...FREIGHT, office: true }),
  p('FUR-OUTDOOR-LOUNGESET', 'furniture', 990, 1, { ...FREIGHT, season: 'summer' }),
  p('FUR-SAUNA-BENCH', 'furniture', 259, 0.8),
  p('LGT-PENDANT-PH', 'lighting', 1150, 1.2, { resale: true }),
  p('LGT-FLOOR-ARC', 'lighting', 649, 1, { resale: true }),
  p('LGT-TABLE-PANTHELLA', 'lighting', 495, 1.5, { resale: true }),
  p('LGT-PENDANT-GLASS', 'lighting', 289, 2.5),
  p('LGT-TABLELAMP-LINEN', 'lighting', 89, 5),
  p('LGT-DESKLAMP', 'lighting', 59, 5, { office: true }),
  p('LGT-SMARTBULB', 'lighting', 24.95, 4, { multi: [2, 3, 4] }),
  p('LGT-STRINGLIGHTS', 'lighting', 29.95, 4),
  p('APL-ESPRESSO-DUAL', 'appliance', 1490, 0.8, { resale: true }),
  p('APL-ESPRESSO-SINGLE', 'appliance', 649, 1.5, { resale: true }),
  p('APL-STANDMIXER', 'appliance', 599, 1.5, { resale: true }),
  p('APL-BLENDER-PRO', 'appliance', 449, 1, { resale: true }),
  p('APL-COFFEEGRINDER', 'appliance', 249, 1.5, { resale: true }),
  p('APL-KETTLE', 'appliance', 99, 4),
  p('APL-TOASTER', 'appliance', 79, 3),
  p('APL-AIRFRYER', 'appliance', 179, 3),
  p('KIT-CHEFKNIFE', 'kitchen', 189, 2.5, { resale: true }),
  p('KIT-KNIFESET', 'kitchen', 449, 1, { resale: true }),
  p('KIT-CASTIRON-POT', 'kitchen', 329, 2, { resale: true }),
  p('KIT-COOKWARE-SET', 'kitchen', 599, 1, { resale: true }),
  p('KIT-PAN-STEEL', 'kitchen', 119, 3),
  p('KIT-GLASSES-6', 'kitchen', 39.95, 6, { multi: [2, 3] }),
  p('KIT-PLATES-4', 'kitchen', 49.95, 5, { multi: [2, 3] }),
  p('KIT-MUGS-2', 'kitchen', 24.95, 6, { multi: [2, 3] }),
  p('KIT-CUTTINGBOARD', 'kitchen', 34.95, 4),
  p('KIT-TEATOWEL', 'kitchen', 12.95, 5, { multi: [2, 3, 4] }),
  p('KIT-CUTLERY-24', 'kitchen', 129, 2),
  p('TEX-DUVET-DOWN', 'textile', 349, 2),
  p('TEX-BEDLINEN-LINEN', 'textile', 159, 4),
  p('TEX-BEDLINEN-COTTON', 'textile', 69, 6, { multi: [2] }),
  p('TEX-TOWELSET', 'textile', 59, 5),
  p('TEX-THROW-WOOL', 'textile', 119, 5),
  p('TEX-RUG-WOOL200', 'textile', 790, 1, FREIGHT),
  p('TEX-RUG-COTTON', 'textile', 149, 3),
  p('TEX-CUSHION', 'textile', 34.95, 6, { multi: [2, 4] }),
  p('TEX-CURTAIN-LINEN', 'textile', 79, 3, { multi: [2] }),
  p('WEA-MERINO-SWEATER', 'apparel', 129, 5),
  p('WEA-CASHMERE-CARDIGAN', 'apparel', 249, 2, { resale: true }),
  p('WEA-WOOL-COAT', 'apparel', 449, 1.5, { resale: true }),
  p('WEA-DOWN-JACKET', 'apparel', 379, 2, { resale: true }),
  p('WEA-LOUNGESET', 'apparel', 89, 4),
  p('WEA-WOOLSOCKS', 'apparel', 19.95, 7, { multi: [2, 3] }),
  p('WEA-SLIPPERS', 'apparel', 49, 4),
  p('WEA-ROBE', 'apparel', 99, 3),
  p('WEA-BEANIE', 'apparel', 39, 4, { season: 'winter' }),
  p('WEA-LINEN-SHIRT', 'apparel', 79, 3, { season: 'summer' }),
  p('DEC-CANDLE-SCENTED', 'decor', 24.95, 8, { multi: [2, 3] }),
  p('DEC-TEALIGHTS-50', 'decor', 6.95, 6, { multi: [2, 3] }),
  p('DEC-VASE-GLASS', 'decor', 79, 4),
  p('DEC-VASE-CERAMIC', 'decor', 49, 5),
  p('DEC-PRINT-50X70', 'decor', 59, 5, { multi: [2, 3] }),
  p('DEC-FRAME-50X70', 'decor', 29.95, 5, { multi: [2, 3] }),
  p('DEC-MIRROR-ROUND', 'decor', 189, 2),
  p('DEC-PLANTER', 'decor', 39, 4),
  p('DEC-GREETINGCARD', 'decor', 3.95, 3),
  p('DEC-ADVENT-STAR', 'decor', 69, 5, { season: 'winter' }),
  p('DEC-ORNAMENTS', 'decor', 24.95, 5, { season: 'winter' }),
  p('GC-25', 'giftcard', 25, 3),
  p('GC-50', 'giftcard', 50, 4, { resale: true }),
  p('GC-100', 'giftcard', 100, 3, { resale: true }),
  p('GC-200', 'giftcard', 200, 1, { resale: true }),
  p('GC-500', 'giftcard', 500, 0.3, { resale: true }),
];

export const BY_SKU: ReadonlyMap<string, Product> = new Map(CATALOG.map((product) => [product.sku, product]));

/** How often each category comes back (apparel is tried on at home; gift cards never come back). */
export const RETURN_RATE: Readonly<Record<Category, number>> = {
  furniture: 0.05,
  lighting: 0.06,
  appliance: 0.05,
  kitchen: 0.04,
  textile: 0.08,
  apparel: 0.2,
  decor: 0.03,
  giftcard: 0,
};
