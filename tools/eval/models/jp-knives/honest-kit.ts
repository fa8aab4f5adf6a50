import { type Rng } from '../kit/random.js';
import { type Item } from './build.js';
import { CARE, SAYA_FOR, STONE_PICKS, STONES } from './catalogue.js';

/** What the honest planners share: the extras people add to a knife, engravings, whether a payment can be disputed. */

/** A few extras people add to a knife: a stone, a saya for it, oil. */
export function extras(rng: Rng, knife: Item[0], stone: number, saya: number): Item[] {
  const out: Item[] = [];
  if (rng.chance(stone)) out.push([rng.weightedPick(STONE_PICKS), 1]);
  if (rng.chance(stone / 3)) out.push([STONES.holder, 1]);
  if (rng.chance(saya)) out.push([SAYA_FOR(knife), 1]);
  if (rng.chance(0.12)) out.push([rng.pick([CARE.oil, CARE.eraser, CARE.guard]), 1]);
  return out;
}

/** What goes on a blade: a family name, a couple's initials, a restaurant's name. */
export function engravingFor(rng: Rng, name: string, japanese: boolean): string {
  const family = japanese ? (name.split(' ')[0] ?? name) : (name.split(' ').pop() ?? name);
  return rng.weightedPick([
    [family, 5],
    [japanese ? `${family} 作` : `${family.toUpperCase()}`, 2],
    [japanese ? '祝 2026' : `${name.charAt(0)} & ${rng.token(1, 'ABCDEFGHJKLMNPRSTW')} 2026`, 2],
  ]);
}

/** Cards and PayPal can be charged back; a konbini slip or a bank transfer cannot. */
export const isDisputable = (attempts: ReadonlyArray<{ ok: boolean; method: string }>): boolean => {
  const paid = attempts.find((a) => a.ok);
  return paid !== undefined && (paid.method === 'card' || paid.method === 'paypal');
};
