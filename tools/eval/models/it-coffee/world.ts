import { DAY, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Account, customerBase, type People } from './people.js';

/**
 * The store's world for one stream: the window, its people, and two counters the planners advance in planning
 * order (so a seed always gives the same stream): the next subscriber the billing run renews and the next id
 * of an account opened during the window.
 */
export interface World {
  window: Window;
  people: People;
  counters: { renewal: number; account: number };
}

export function world(rng: Rng, window: Window, orders: number): World {
  const people = customerBase(rng.fork('customers'), window.start, orders);
  return { window, people, counters: { renewal: 0, account: 180_000 + rng.int(0, 999) } };
}

/** The next subscriber due: each renews once in the window (the plan cycles only for very long streams). */
export function nextSubscriber(w: World): Account | undefined {
  const list = w.people.subscribers;
  if (list.length === 0) return undefined;
  const a = list[w.counters.renewal % list.length];
  w.counters.renewal += 1;
  return a;
}

/** The id of an account opened now. */
export function freshAccountId(rng: Rng, w: World): string {
  w.counters.account += rng.int(1, 40);
  return `u_${w.counters.account}`;
}

export const anyAccount = (rng: Rng, w: World): Account => rng.pick(w.people.accounts);

/** An account at least `days` old when the window opens (the oldest of a few draws otherwise). */
export function agedAccount(rng: Rng, w: World, days: number, accept?: (a: Account) => boolean): Account {
  let best = anyAccount(rng, w);
  for (let i = 0; i < 12; i++) {
    const a = anyAccount(rng, w);
    if (a.createdAt < w.window.start - days * DAY && (accept?.(a) ?? true)) return a;
    if (a.createdAt < best.createdAt) best = a;
  }
  return best;
}
