import { type BasketLine } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { byCategory, type Category, PRODUCTS, type Product } from './catalog-items.js';
import { type Market } from './places.js';

/**
 * Baskets: what each kind of buyer puts in the cart, in what quantities, and what the order comes to in the
 * storefront's currency: lines, then shipping (free over USD 49 / CAD 75), then sales tax at the ship-to
 * address unless the buyer is exempt (schools, clinics with a certificate, resellers).
 */

export type Profile =
  | 'office'
  | 'school'
  | 'clinic'
  | 'trades'
  | 'warehouse'
  | 'home'
  | 'reseller'
  /** What a fence pays for: toner, tool kits, laptops and tablets. */
  | 'fence'
  /** Whatever is cheapest: a card tester's one small item. */
  | 'cheap'
  /** Gadgets and tools for oneself, on the company card. */
  | 'personal';

export interface Basket {
  lines: Array<BasketLine<Category>>;
  subtotal: number;
  shipping: number;
  tax: number;
  amount: number;
  currency: 'USD' | 'CAD';
}

const MIX: Readonly<
  Record<Exclude<Profile, 'cheap' | 'personal' | 'fence'>, Partial<Record<Category, number>>>
> = {
  office: {
    paper: 22,
    desk: 16,
    toner: 20,
    janitorial: 10,
    breakroom: 14,
    tech: 12,
    safety: 2,
    furniture: 4,
  },
  school: { paper: 28, desk: 18, toner: 18, janitorial: 16, tech: 12, breakroom: 2, safety: 2, furniture: 4 },
  clinic: {
    janitorial: 28,
    paper: 18,
    toner: 14,
    desk: 10,
    breakroom: 10,
    safety: 10,
    tech: 8,
    furniture: 2,
  },
  trades: { tools: 30, safety: 34, janitorial: 14, packaging: 4, tech: 4, desk: 4, breakroom: 10 },
  warehouse: { packaging: 48, safety: 18, janitorial: 16, breakroom: 8, tools: 6, tech: 4 },
  home: { paper: 20, desk: 18, toner: 26, tech: 26, breakroom: 4, furniture: 6 },
  reseller: { toner: 85, tech: 15 },
};

const FENCE = PRODUCTS.filter((p) => p.resale);
const CHEAP = PRODUCTS.filter((p) => p.usd <= 2500);
const PERSONAL = PRODUCTS.filter((p) => p.resale && (p.category === 'tech' || p.category === 'tools'));

/** The storefront price in minor units: CAD at about 1.38, rounded up to …99. */
export const localPrice = (usd: number, market: Market): number =>
  market === 'US' ? usd : Math.ceil((usd * 1.38) / 100) * 100 - 1;

function product(rng: Rng, profile: Profile): Product {
  if (profile === 'fence')
    return rng.weightedPick(
      FENCE.map((p) => [p, p.category === 'toner' ? 3 : p.usd > 50_000 ? 1 : 2] as const),
    );
  if (profile === 'cheap') return rng.pick(CHEAP);
  if (profile === 'personal') return rng.pick(PERSONAL);
  const category = rng.weighted(MIX[profile] as Record<Category, number>);
  return rng.pick(byCategory(category));
}

/** How many of a product a buyer of `profile` takes; `scale` grows business orders (bulk, fit-outs). */
function quantity(rng: Rng, p: Product, profile: Profile, scale: number): number {
  if (profile === 'cheap') return 1;
  if (profile === 'personal') return rng.chance(0.8) ? 1 : 2;
  if (profile === 'fence') {
    const base =
      p.category === 'toner'
        ? rng.logNormal(4, 0.6)
        : p.usd > 50_000
          ? rng.int(1, 3)
          : rng.logNormal(2.5, 0.5);
    return Math.max(1, Math.round(base * scale));
  }
  if (profile === 'home') return p.usd < 2000 && rng.chance(0.3) ? 2 : 1;
  if (p.category === 'furniture' || p.usd > 40_000)
    return Math.max(1, Math.round(rng.int(1, 3) * Math.sqrt(scale)));
  const typical = p.usd < 3000 ? 3 : p.usd < 10_000 ? 2 : 1.2;
  const bulk = profile === 'warehouse' || profile === 'reseller' ? 2 : 1;
  return Math.max(1, Math.round(rng.logNormal(typical * bulk * scale, 0.5)));
}

const LINES: Readonly<Record<Profile, readonly [number, number]>> = {
  office: [2, 7],
  school: [2, 8],
  clinic: [2, 6],
  trades: [1, 5],
  warehouse: [2, 5],
  home: [1, 3],
  reseller: [1, 4],
  fence: [1, 4],
  cheap: [1, 1],
  personal: [1, 2],
};

export interface BasketOptions {
  market: Market;
  /** Sales tax percent at the ship-to address. */
  taxRate: number;
  exempt?: boolean;
  scale?: number;
  /** Lines to take, overriding the profile's usual number. */
  lines?: number;
}

/** A basket of `profile`: distinct products, quantities, shipping and tax, in the storefront's currency. */
export function basket(rng: Rng, profile: Profile, o: BasketOptions): Basket {
  const [lo, hi] = LINES[profile];
  const count = o.lines ?? rng.int(lo, hi);
  const lines: Array<BasketLine<Category>> = [];
  for (let i = 0; i < count * 3 && lines.length < count; i++) {
    const p = product(rng, profile);
    if (lines.some((l) => l.sku === p.sku)) continue;
    const price = localPrice(p.usd, o.market);
    lines.push({
      sku: p.sku,
      name: p.name,
      category: p.category,
      quantity: quantity(rng, p, profile, o.scale ?? 1),
      price,
    });
  }
  return priced(lines, o);
}

/** Totals for given lines. */
export function priced(lines: Array<BasketLine<Category>>, o: BasketOptions): Basket {
  const subtotal = lines.reduce((sum, l) => sum + l.price * l.quantity, 0);
  const free = o.market === 'US' ? 4900 : 7500;
  const shipping = subtotal >= free ? 0 : o.market === 'US' ? 795 : 1295;
  const tax = o.exempt ? 0 : Math.round(((subtotal + shipping) * o.taxRate) / 100);
  return {
    lines,
    subtotal,
    shipping,
    tax,
    amount: subtotal + shipping + tax,
    currency: o.market === 'US' ? 'USD' : 'CAD',
  };
}
