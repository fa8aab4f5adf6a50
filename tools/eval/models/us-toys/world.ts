import { type Buyer, MINUTE, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { dropTimes } from './calendar.js';
import { type Account, customerBase, emailOf, type Person } from './people.js';

/** The store's world for a stream: its window, its loyalty accounts and its limited drops. */
export interface World {
  window: Window;
  accounts: Account[];
  drops: number[];
}

export function worldOf(rng: Rng, window: Window, orders: number): World {
  return {
    window,
    accounts: customerBase(rng.fork('customers'), window.start, orders),
    drops: dropTimes(window),
  };
}

/** A guest at checkout: an e-mail and a name, no account. */
export const guest = (rng: Rng, who: Person, older = false): Buyer => ({
  email: emailOf(rng, who, older),
  name: who.name,
});

/** An account opened at checkout, minutes before the order. */
export const freshAccount = (rng: Rng, who: Person, at: number, older = false): Buyer => ({
  id: `cus_${rng.token(14)}`,
  email: emailOf(rng, who, older),
  name: who.name,
  createdAt: at - rng.int(2, 25) * MINUTE,
});

/** A signed-in account as the buyer. */
export const signedIn = (a: Account): Buyer => ({
  id: a.id,
  email: a.email,
  name: a.name,
  createdAt: a.createdAt,
});
