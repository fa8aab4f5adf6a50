import { type Window } from '../kit/purchase.js';
import { type Account, type Company } from './people.js';

/** The agency's world for a stream: its window, registered customers and business-desk companies. */
export interface World {
  window: Window;
  customers: Account[];
  companies: Company[];
}
