import { CATALOG, type Category, type Product } from './catalog.js';
import { faceValue, shelfPrice, toEurCents } from './money.js';
import { type Rng } from './random.js';

/**
 * Baskets. Each kind of buyer fills a basket from its own mix of categories; the long tail of order values
 * comes from the catalogue itself (a candle and a sofa are both one line), not from a fitted curve.
 */

export interface Line {
  sku: string;
  quantity: number;
  price: number;
}

export interface Basket {
  lines: Line[];
  currency: string;
  /** What the customer pays: lines less any discount, plus delivery. */
  amount: number;
  bulky: boolean;
  /** Only gift cards: e-mailed, nothing to ship. */
  digital: boolean;
}

export type Profile =
  'household' | 'gift' | 'furnish' | 'cabin' | 'student' | 'office' | 'design' | 'resale' | 'cheap' | 'probe';

interface Spec {
  categories: Partial<Record<Category, number>>;
  /** Number of lines when no target value is given. */
  lines: (rng: Rng) => number;
  accept?: (product: Product) => boolean;
}

const few = (rng: Rng) => 1 + Math.min(7, Math.floor(rng.exp(0.9)));

const SPECS: Readonly<Record<Profile, Spec>> = {
  household: {
    categories: {
      decor: 22,
      textile: 20,
      kitchen: 18,
      apparel: 17,
      lighting: 9,
      furniture: 8,
      appliance: 5,
      giftcard: 1,
    },
    lines: few,
  },
  gift: {
    categories: { decor: 24, giftcard: 18, textile: 16, apparel: 18, kitchen: 14, lighting: 6, appliance: 4 },
    lines: few,
  },
  furnish: {
    categories: { furniture: 45, lighting: 16, textile: 18, kitchen: 9, decor: 10, appliance: 2 },
    lines: (rng) => rng.int(2, 7),
  },
  cabin: {
    categories: { furniture: 30, textile: 28, kitchen: 16, lighting: 12, decor: 14 },
    lines: (rng) => rng.int(1, 5),
    accept: (product) => !product.office,
  },
  student: {
    categories: { textile: 30, kitchen: 25, lighting: 20, decor: 17, furniture: 8 },
    lines: (rng) => rng.int(1, 4),
    accept: (product) => product.eur <= 20000,
  },
  office: {
    categories: { furniture: 60, lighting: 25, textile: 5, kitchen: 5, decor: 5 },
    lines: (rng) => rng.int(2, 6),
    accept: (product) => product.office === true || product.category !== 'furniture' || forReception(product),
  },
  design: {
    categories: { furniture: 40, lighting: 35, textile: 15, decor: 10 },
    lines: (rng) => rng.int(2, 8),
    accept: (product) => product.eur >= 5000,
  },
  resale: {
    categories: { appliance: 35, lighting: 25, giftcard: 18, kitchen: 10, apparel: 8, furniture: 4 },
    lines: (rng) => rng.int(1, 3),
    accept: (product) => product.resale === true,
  },
  cheap: {
    categories: { decor: 45, apparel: 20, kitchen: 20, giftcard: 15 },
    lines: () => 1,
    accept: (product) => product.eur <= 3000,
  },
  probe: {
    categories: { giftcard: 45, decor: 20, apparel: 20, kitchen: 15 },
    lines: () => 1,
    accept: (product) => product.eur <= 10000,
  },
};

/** Office buyers furnish whole rooms, but a lounge sofa or a sideboard for reception happens too. */
function forReception(product: Product): boolean {
  return product.eur >= 30000 && product.eur <= 150000;
}

export interface BasketOptions {
  currency: string;
  season: 'winter' | 'summer' | 'other';
  /** Black Week: furniture, textiles, apparel and lighting at 20 % off. */
  promo: boolean;
  /** Keep adding lines until the lines reach this many euro cents (fraud and big projects). */
  targetEur?: number;
  /** 0.1 for a newsletter code, 0.15 for a trade account. */
  discount?: number;
  clickAndCollect?: boolean;
}

const PROMO_CATEGORIES: ReadonlySet<Category> = new Set(['furniture', 'textile', 'apparel', 'lighting']);

function quantity(rng: Rng, product: Product, profile: Profile): number {
  if (profile === 'office' && product.office) return rng.int(3, 16);
  if (profile === 'design') return product.category === 'lighting' ? rng.int(1, 8) : rng.int(1, 3);
  if (profile === 'resale' && product.category === 'giftcard') return rng.int(1, 4);
  if (product.multi && rng.chance(0.6)) return rng.pick(product.multi);
  return rng.chance(0.08) ? 2 : 1;
}

function choose(rng: Rng, profile: Profile, season: BasketOptions['season']): Product {
  const spec = SPECS[profile];
  const category = rng.weightedPick(Object.entries(spec.categories) as Array<[Category, number]>);
  const candidates = CATALOG.filter(
    (product) =>
      product.category === category &&
      (product.season === undefined || product.season === season) &&
      (spec.accept?.(product) ?? true),
  );
  if (candidates.length === 0) return choose(rng, profile, season);
  return rng.weightedPick(candidates.map((product) => [product, product.pop] as const));
}

export function buildBasket(rng: Rng, profile: Profile, options: BasketOptions): Basket {
  const { currency } = options;
  const lines: Line[] = [];
  const wanted = options.targetEur === undefined ? SPECS[profile].lines(rng) : 12;
  let eurTotal = 0;
  let bulkyLines = 0;
  while (lines.length < wanted) {
    const product = choose(rng, profile, options.season);
    const existing = lines.find((line) => line.sku === product.sku);
    const count = quantity(rng, product, profile);
    const eur = options.promo && PROMO_CATEGORIES.has(product.category) ? product.eur * 0.8 : product.eur;
    const price =
      product.category === 'giftcard' ? faceValue(product.eur, currency) : shelfPrice(eur, currency);
    if (existing) existing.quantity += count;
    else lines.push({ sku: product.sku, quantity: count, price });
    if (product.bulky && !existing) bulkyLines++;
    eurTotal += toEurCents(price * count, currency);
    if (options.targetEur !== undefined && eurTotal >= options.targetEur) break;
  }
  const subtotal = lines.reduce((sum, line) => sum + line.price * line.quantity, 0);
  const digital = lines.every((line) => line.sku.startsWith('GC-'));
  let fee = 0;
  if (!digital && !options.clickAndCollect) {
    if (bulkyLines > 0) fee = shelfPrice(Math.min(19900, 7900 + 4000 * (bulkyLines - 1)), currency);
    else if (eurTotal < 7900) fee = shelfPrice(595, currency);
  }
  const amount = Math.round(subtotal * (1 - (options.discount ?? 0))) + fee;
  return { lines, currency, amount, bulky: bulkyLines > 0, digital };
}
