import { type Rng } from '../kit/random.js';
import {
  CATALOGUE as C,
  FAMILY,
  HANDWOVEN,
  type Item,
  KIDS,
  MENS,
  PREMIUM_BATIK,
  qty,
  SAMPING,
  SMALL,
  WOMENS,
} from './catalogue.js';

/** What people put in their baskets for Raya. */

export type Lines = Array<readonly [Item, number]>;

/**
 * One person's Raya outfit and what goes with it: a baju kurung or kebaya, or a baju Melayu with samping and
 * songkok; often one for the spouse, the children's, a shawl or brooch; now and then hand-drawn silk batik.
 */
export function outfit(
  rng: Rng,
  female: boolean,
  o: { spouse?: number; kids?: number; premium?: number } = {},
): Lines {
  const lines: Lines = [];
  const dress = (f: boolean) => {
    if (f) lines.push([rng.pick(WOMENS), qty(rng)]);
    else {
      lines.push([rng.pick(MENS), 1]);
      if (rng.chance(0.4)) lines.push([rng.pick(SAMPING), 1]);
      if (rng.chance(0.3)) lines.push([rng.chance(0.7) ? C.songkok : C.songkokPremium, 1]);
    }
  };
  dress(female);
  if (rng.chance(o.spouse ?? 0.28)) dress(!female);
  if (rng.chance(o.kids ?? 0.2)) lines.push([rng.pick(KIDS), rng.int(1, 3)]);
  if (rng.chance(0.3)) lines.push([rng.pick(SMALL), qty(rng, 3)]);
  if (rng.chance(o.premium ?? 0.07)) lines.push([rng.pick(PREMIUM_BATIK), 1]);
  return lines;
}

/** A matching family set (sedondon), extra children's pieces, songkok for the men. */
export function familySet(rng: Rng): Lines {
  const set = rng.weightedPick<Item>([
    [C.sedondon4, 40],
    [C.sedondon6, 28],
    [C.sedondonSongket, 14],
    [C.sedondonPair, 18],
  ]);
  const lines: Lines = [[set, 1]];
  if (rng.chance(0.4)) lines.push([rng.pick(KIDS), rng.int(1, 3)]);
  if (rng.chance(0.45)) lines.push([C.songkok, rng.int(1, 4)]);
  if (rng.chance(0.25)) lines.push([rng.pick(SAMPING), 1]);
  if (rng.chance(0.12)) lines.push([rng.pick(FAMILY), 1]);
  return lines;
}

/** A handwoven piece for Raya or a Syawal wedding, with a tanjak or brooch. */
export function heirloom(rng: Rng): Lines {
  const piece = rng.weightedPick<Item>([
    [C.sampingTangan, 45],
    [C.songketSarung, 25],
    [C.songketSet, 20],
    [C.songketEmas, 10],
  ]);
  const lines: Lines = [[piece, 1]];
  if (rng.chance(0.3)) lines.push([rng.chance(0.5) ? C.tanjak : C.kerongsang, 1]);
  if (rng.chance(0.15)) lines.push([rng.pick(HANDWOVEN), 1]);
  return lines;
}

/** An affordable COD basket: one or two pieces, a tudung or a sarong. */
export function modest(rng: Rng, female: boolean): Lines {
  const lines: Lines = [
    [
      female
        ? rng.pick([C.kurungKedah, C.kurungModen, C.kurungRiau])
        : rng.pick([C.melayuCekak, C.melayuSlim]),
      1,
    ],
  ];
  if (rng.chance(0.35)) lines.push([rng.pick(KIDS), rng.int(1, 2)]);
  if (rng.chance(0.35)) lines.push([rng.pick([C.bawal, C.shawl, C.batikSarung, C.songkok]), qty(rng, 3)]);
  return lines;
}
