import { type Address, DAY, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Account, customerBase, type CustomerBase } from './people.js';
import { NASHVILLE, US_CITIES, usAddress } from './places.js';

/** The store's world for a window: its accounts, the flippers among them, and the bars and cafés it supplies. */

export interface Business {
  name: string;
  ein: string;
  address: Address;
  tz: number;
  local: boolean;
  /** The account opened for the business, when it has one. */
  createdAt?: number;
}

export interface World {
  window: Window;
  customers: CustomerBase;
  /** Accounts that buy every drop at the limit to resell on Discogs and eBay. */
  flippers: Account[];
  businesses: Business[];
}

const BUSINESS_NAMES = [
  'Low Fidelity Listening Bar',
  'Eastside Grind Coffee',
  'The Spinning Stool Diner',
  'Needle & Thread Barbershop',
  'Wax & Wane Wine Bar',
  'Cumberland Hotel Lobby Bar',
  'Smokestack BBQ Co.',
  'Copper Kettle Café',
  'Side B Cocktail Lounge',
  'Hi-Fi Pizza Kitchen',
  'Crate & Barrel House Tavern',
  'The Turntable Taproom',
];

export function makeWorld(rng: Rng, window: Window, orders: number): World {
  const customers = customerBase(rng.fork('customers'), window.start, orders);
  const f = rng.fork('flippers');
  const flippers = customers.us.filter(() => f.chance(0.035));
  const b = rng.fork('businesses');
  const businesses = BUSINESS_NAMES.map((name): Business => {
    const local = b.chance(0.55);
    const city = local ? b.weightedPick(NASHVILLE) : b.weightedPick(US_CITIES);
    return {
      name,
      ein: `${b.int(20, 99)}-${b.digits(7)}`,
      address: usAddress(b, city),
      tz: city.tz,
      local,
      ...(b.chance(0.7) ? { createdAt: Math.floor(window.start - b.float(0.3, 5) * 365 * DAY) } : {}),
    };
  });
  return {
    window,
    customers,
    flippers: flippers.length > 0 ? flippers : customers.us.slice(0, 3),
    businesses,
  };
}
