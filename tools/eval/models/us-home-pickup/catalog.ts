import { type BasketLine } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Category, inCategory, item, type Item, regular } from './catalog-items.js';

/**
 * Baskets: what each kind of shopper puts in the cart, and the order total (lines, sales tax where the order is
 * fulfilled — the store for pickups, the delivery address otherwise —, delivery fees). Gift cards are not taxed.
 */

export type Line = BasketLine<Category>;

export interface Basket {
  lines: Line[];
  subtotal: number;
  tax: number;
  fee: number;
  /** What the customer pays, cents. */
  amount: number;
  currency: 'USD';
}

export type Theme =
  | 'household'
  | 'electronics'
  | 'gift'
  | 'pro'
  | 'appliance'
  | 'seasonal'
  | 'resale'
  | 'cheapest'
  | 'doorbuster';

const line = (i: Item, quantity = 1, price = i.price): Line => ({
  sku: i.sku,
  name: i.name,
  category: i.category,
  quantity,
  price,
});

/** A gift card of a usual denomination. */
export function giftCard(rng: Rng, email: boolean, denominations = [25, 50, 50, 100, 100, 200]): Line {
  return line(
    item(email ? 'GC-EGIFT' : 'GC-PHYS'),
    rng.chance(0.85) ? 1 : rng.int(2, 4),
    rng.pick(denominations) * 100,
  );
}

const HOUSEHOLD = regular('smart_home', 'hardware', 'seasonal', 'paint', 'appliances', 'tools').filter(
  (i) => i.price < 70_000,
);
const ELECTRONICS = regular('tv', 'gaming', 'phones', 'audio');
const GIFTS = regular('gaming', 'audio', 'phones', 'smart_home', 'tools').filter((i) => i.price < 120_000);
const RESALE = regular('tv', 'gaming', 'phones', 'audio', 'tools', 'smart_home').filter(
  (i) => i.resale && i.price >= 15_000,
);
const APPLIANCES = regular('appliances').filter((i) => i.price > 30_000);
const CHEAPEST = regular('hardware').filter((i) => i.price < 2_000);

const distinct = (rng: Rng, from: readonly Item[], count: number): Item[] =>
  rng.shuffle(from).slice(0, Math.max(1, Math.min(count, from.length)));

/** The lines of a basket of `theme`; doorbusters take the drop's sku. */
export function lines(rng: Rng, theme: Theme, dropSku?: string): Line[] {
  switch (theme) {
    case 'household':
      return distinct(
        rng,
        HOUSEHOLD,
        rng.weightedPick([
          [1, 40],
          [2, 30],
          [3, 18],
          [4, 9],
          [6, 3],
        ] as const),
      ).map((i) => line(i, i.price < 2_500 && rng.chance(0.4) ? rng.int(2, 6) : 1));
    case 'electronics': {
      const main = distinct(rng, ELECTRONICS, rng.chance(0.75) ? 1 : 2).map((i) => line(i));
      if (rng.chance(0.35)) main.push(line(rng.pick([item('TV-MOUNT'), item('GM-CTRL'), item('GM-GAME')])));
      return main;
    }
    case 'gift': {
      const out = distinct(rng, GIFTS, rng.int(1, 3)).map((i) => line(i));
      if (rng.chance(0.3)) out.push(giftCard(rng, false));
      return out;
    }
    case 'pro': {
      const out: Line[] = distinct(rng, regular('lumber'), rng.int(1, 3)).map((i) =>
        line(i, i.price < 1_000 ? rng.int(20, 160) : rng.int(4, 40)),
      );
      if (rng.chance(0.5)) out.push(line(rng.pick(inCategory('paint')), rng.int(2, 12)));
      if (rng.chance(0.55)) out.push(line(rng.pick(regular('hardware')), rng.int(2, 20)));
      if (rng.chance(0.3)) out.push(line(rng.pick(regular('tools'))));
      return out;
    }
    case 'appliance': {
      const out = distinct(
        rng,
        APPLIANCES,
        rng.weightedPick([
          [1, 55],
          [2, 30],
          [3, 15],
        ] as const),
      ).map((i) => line(i));
      if (rng.chance(0.3)) out.push(line(rng.pick(regular('tv')), 1));
      return out;
    }
    case 'seasonal':
      return distinct(rng, regular('seasonal'), rng.int(1, 3)).map((i) =>
        line(i, i.price < 3_000 ? rng.int(2, 10) : 1),
      );
    case 'resale':
      return distinct(
        rng,
        RESALE,
        rng.weightedPick([
          [1, 45],
          [2, 35],
          [3, 20],
        ] as const),
      ).map((i) => line(i, i.price < 60_000 && rng.chance(0.3) ? rng.int(2, 3) : 1));
    case 'cheapest':
      return [line(rng.pick(CHEAPEST))];
    case 'doorbuster': {
      const out = [line(item(dropSku ?? 'TV-55-4K-DB'))];
      if (rng.chance(0.25)) out.push(line(rng.pick(HOUSEHOLD)));
      return out;
    }
  }
}

/** Delivery fee, cents: pickup and e-mail are free; ship-to-home is free from $45; same-day costs more. */
export function deliveryFee(fulfillment: string, lines: readonly Line[]): number {
  const subtotal = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const big = lines.some((l) => l.category === 'appliances' && l.price > 30_000);
  if (fulfillment === 'same_day') return big ? 0 : subtotal >= 3_500 ? 999 : 1_499;
  if (fulfillment === 'ship') return subtotal >= 4_500 ? 0 : 599;
  return 0;
}

/** The priced basket: lines, tax at `taxPercent` on everything but gift cards, and the fee. */
export function priced(lines: Line[], taxPercent: number, fee = 0): Basket {
  const subtotal = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const taxable = lines
    .filter((l) => l.category !== 'gift_card')
    .reduce((s, l) => s + l.price * l.quantity, 0);
  const tax = Math.round((taxable * taxPercent) / 100);
  return { lines, subtotal, tax, fee, amount: subtotal + tax + fee, currency: 'USD' };
}
