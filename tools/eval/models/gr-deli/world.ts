import { type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { companies, type Company, tradeBuyers, type TradeBuyer } from './business.js';
import { type Account, customerBase, type Segment } from './people.js';

/** The store's world for a window: its registered customers by segment, its companies and trade buyers. */
export interface World {
  window: Window;
  accounts: Account[];
  by: Readonly<Record<Segment, Account[]>>;
  companies: Company[];
  trade: TradeBuyer[];
  /** Customer ids above every existing one: accounts opened in the window are numbered from here. */
  nextId: number;
}

export function world(rng: Rng, window: Window, orders: number): World {
  const accounts = customerBase(rng.fork('customers'), window.start, orders);
  const of = (s: Segment) => accounts.filter((a) => a.segment === s);
  const top = accounts.reduce((m, a) => Math.max(m, Number(a.id)), 0);
  return {
    window,
    accounts,
    by: { local: of('local'), cypriot: of('cypriot'), diaspora: of('diaspora'), tourist: of('tourist') },
    companies: companies(rng.fork('companies'), window, orders),
    trade: tradeBuyers(rng.fork('trade'), window, orders),
    nextId: top + 500,
  };
}

/** An account of the list, the more active ones more often. */
export const regular = (rng: Rng, list: readonly Account[]): Account =>
  rng.weightedPick(list.map((a) => [a, a.activity] as const));

/**
 * The id of an account opened at `at`: ids grow with time (twenty slots a minute keep two sign-ups of the same
 * minute apart almost always).
 */
export const idOpenedAt = (rng: Rng, w: World, at: number): string =>
  String(w.nextId + Math.floor((at - w.window.start) / 60_000) * 20 + rng.int(0, 19));
