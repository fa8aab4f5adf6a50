import { type Rng } from '../kit/random.js';
import { type Category, type Line } from './catalogue.js';

/** What honest baskets are drawn from, the Christmas code and gift notes. */

export const PANTRY: ReadonlyArray<readonly [Category, number]> = [
  ['olive_oil', 26],
  ['honey', 15],
  ['cheese', 14],
  ['olives', 8],
  ['sweets', 15],
  ['pantry', 12],
  ['wine', 6],
  ['spirits', 4],
];

export const GIFTS: ReadonlyArray<readonly [Category, number]> = [
  ['hamper', 40],
  ['olive_oil', 15],
  ['honey', 12],
  ['sweets', 14],
  ['wine', 10],
  ['spirits', 9],
];

const CHRISTMAS_CODE = { code: 'XRONIAPOLLA', percent: 10 } as const;

/** The Christmas newsletter's code, used by some who received it, on orders of €60 or more. */
export const christmasCode = (rng: Rng, lines: readonly Line[], share = 0.18) =>
  lines.reduce((s, l) => s + l.price * l.quantity, 0) >= 6000 && rng.chance(share) ? CHRISTMAS_CODE : {};

const GIFT_NOTES_EL = [
  'Kales giortes!',
  'Chronia polla kai kali chronia!',
  'Me agapi',
  'Kala Christougenna apo olous mas',
];
const GIFT_NOTES_EN = [
  'Merry Christmas, Mum and Dad!',
  'Happy holidays from all of us',
  'Kala Christougenna, love from London',
];

/** A gift note, most of the time, in Greek or English. */
export const noteOf = (rng: Rng, greek: boolean): { giftNote?: string } =>
  rng.chance(0.7) ? { giftNote: rng.pick(greek ? GIFT_NOTES_EL : GIFT_NOTES_EN) } : {};
