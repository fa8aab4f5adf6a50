import type { Weighted } from './random.js';

/**
 * Who shops here: a German/Dutch-based store selling across the EU, the UK and Switzerland, with a trickle
 * of orders from further away.
 */
export const CUSTOMER_COUNTRIES: Weighted<string> = [
  ['DE', 26],
  ['FR', 13],
  ['NL', 9],
  ['IT', 8],
  ['ES', 8],
  ['AT', 5],
  ['BE', 5],
  ['PL', 4.5],
  ['GB', 4],
  ['IE', 2.5],
  ['SE', 2.5],
  ['CH', 2],
  ['PT', 2],
  ['DK', 1.5],
  ['FI', 1.2],
  ['CZ', 1.2],
  ['GR', 1],
  ['NO', 0.8],
  ['RO', 0.6],
  ['LU', 0.4],
  ['US', 0.6],
  ['LT', 0.3],
  ['EE', 0.2],
  ['LV', 0.2],
  ['BG', 0.3],
];

/** Where Europeans are in late November when they shop away from home (city trips, sun, skiing, work). */
export const TRAVEL_DESTINATIONS: Weighted<string> = [
  ['ES', 16],
  ['IT', 10],
  ['PT', 9],
  ['FR', 9],
  ['GB', 8],
  ['NL', 6],
  ['DE', 8],
  ['AT', 6],
  ['CH', 5],
  ['GR', 4],
  ['US', 7],
  ['AE', 5],
  ['TR', 4],
  ['TH', 2],
  ['MA', 2],
  ['EG', 2],
  ['BE', 3],
  ['DK', 2],
  ['CZ', 3],
  ['IE', 2],
  ['PL', 2],
  ['HR', 2],
  ['SG', 1],
  ['JP', 1],
];

/** Where gifts abroad go: neighbours, and the countries of origin of immigrant families. */
export const GIFT_DESTINATIONS: Readonly<Record<string, Weighted<string>>> = {
  DE: [
    ['AT', 25],
    ['CH', 12],
    ['NL', 10],
    ['PL', 15],
    ['FR', 8],
    ['IT', 8],
    ['ES', 6],
    ['DK', 4],
    ['BE', 6],
    ['CZ', 6],
  ],
  FR: [
    ['BE', 25],
    ['ES', 15],
    ['DE', 12],
    ['IT', 12],
    ['PT', 12],
    ['CH', 14],
    ['LU', 10],
  ],
  NL: [
    ['BE', 40],
    ['DE', 40],
    ['GB', 10],
    ['FR', 10],
  ],
  GB: [
    ['IE', 40],
    ['PL', 15],
    ['FR', 15],
    ['ES', 15],
    ['DE', 15],
  ],
  PL: [
    ['DE', 40],
    ['GB', 20],
    ['NL', 15],
    ['IE', 10],
    ['CZ', 15],
  ],
  IT: [
    ['DE', 25],
    ['FR', 25],
    ['CH', 25],
    ['ES', 15],
    ['AT', 10],
  ],
  ES: [
    ['FR', 30],
    ['PT', 25],
    ['IT', 20],
    ['DE', 15],
    ['GB', 10],
  ],
};
export const DEFAULT_GIFT_DESTINATIONS: Weighted<string> = [
  ['DE', 30],
  ['FR', 20],
  ['NL', 15],
  ['AT', 10],
  ['BE', 10],
  ['IT', 15],
];
