import { type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type World } from './checkout.js';
import { customerBase } from './people.js';

/** The store's world for a window: its accounts with a history, drawn before any order. */
export function world(rng: Rng, window: Window, orders: number): World {
  return { window, customers: customerBase(rng.fork('customers'), window.start, orders) };
}

export { type World };
