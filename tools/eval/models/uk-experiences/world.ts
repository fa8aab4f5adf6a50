import { type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Account, businessAccounts, type Company, companies, customerBase } from './people.js';

/** The store's world for a stream: its window, its customer base, its business accounts and the firms. */
export interface World {
  window: Window;
  accounts: Account[];
  business: Account[];
  firms: Company[];
}

export function world(rng: Rng, window: Window, orders: number): World {
  const firms = companies(rng.fork('firms'));
  return {
    window,
    accounts: customerBase(rng.fork('customers'), window.start, orders),
    business: businessAccounts(
      rng.fork('business'),
      window.start,
      firms.filter((f) => f.client).slice(0, 12),
    ),
    firms,
  };
}
