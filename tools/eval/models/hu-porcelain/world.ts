import { DAY, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Account, type Company, companyBase, customerBase } from './people.js';

/** The store's world for one stream: its window and its accounts, sorted into the pools the planners draw from. */
export interface World {
  window: Window;
  customers: Account[];
  /** Hungarian accounts at home. */
  domestic: Account[];
  /** Hungarians across the borders and abroad. */
  abroadHu: Account[];
  foreign: Account[];
  /** Accounts that buy for a cabinet. */
  collectors: Account[];
  companies: Company[];
}

export function buildWorld(rng: Rng, window: Window, orders: number): World {
  const customers = customerBase(rng.fork('customers'), window.start, orders);
  return {
    window,
    customers,
    domestic: customers.filter((a) => a.group === 'domestic'),
    abroadHu: customers.filter((a) => a.group === 'diaspora' || a.group === 'borderland'),
    foreign: customers.filter((a) => a.group === 'foreign'),
    collectors: customers.filter((a) => a.collector && a.createdAt < window.start - 60 * DAY),
    companies: companyBase(rng.fork('companies'), window.start),
  };
}
