import { type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Customer, customerBase, type Segment } from './people.js';

/** The shop's world for one stream: the window and its customer base, by segment. */
export interface World {
  window: Window;
  customers: readonly Customer[];
  by: Readonly<Record<Segment, readonly Customer[]>>;
}

const SEGMENTS: readonly Segment[] = [
  'domestic',
  'abroad',
  'diaspora',
  'knitter',
  'luxury',
  'boutique',
  'corporate',
];

export function worldOf(rng: Rng, window: Window, orders: number): World {
  const customers = customerBase(rng.fork('customers'), window.start, orders);
  const by = Object.fromEntries(
    SEGMENTS.map((s) => [s, customers.filter((c) => c.segment === s)] as const),
  ) as Record<Segment, Customer[]>;
  return { window, customers, by };
}

/** A customer of the segment, or nothing when a small base has none. */
export const someOf = (rng: Rng, w: World, segment: Segment): Customer | undefined => {
  const pool = w.by[segment];
  return pool.length > 0 ? rng.pick(pool) : undefined;
};
