import { type Rng } from '../kit/random.js';
import { BOMBILLAS, GIFT_BOX, type Item, LEATHER, MATERO, MATES, SWEETS, WINE, YERBA } from './catalogue.js';
import { type Person } from './people.js';

/** Baskets as people fill them: everyday yerba, Father's Day presents, and what goes with a present. */

export type Picks = Array<readonly [Item, number]>;

/** Everyday shopping: one to four kilos of yerba, now and then dulce de leche, alfajores or a new bombilla. */
export function everyday(rng: Rng, kilos: [number, number] = [1, 4]): Picks {
  const out: Picks = [];
  const main = rng.weightedPick<Item>([
    [YERBA[1], 40],
    [YERBA[2], 20],
    [YERBA[0], 12],
    [YERBA[4], 8],
    [YERBA[3], 6],
    [YERBA[5], 8],
    [YERBA[6], 6],
  ]);
  out.push([main, rng.int(...kilos)]);
  if (rng.chance(0.25)) out.push([rng.pick(YERBA.filter((y) => y !== main)), rng.int(1, 2)]);
  if (rng.chance(0.3)) out.push([rng.pick(SWEETS.slice(3)), rng.int(1, 3)]);
  if (rng.chance(0.2)) out.push([rng.pick(SWEETS.slice(0, 3)), 1]);
  if (rng.chance(0.12)) out.push([rng.pick([...MATES.slice(3), ...BOMBILLAS.slice(0, 2)]), 1]);
  return out;
}

/** A Father's Day present, as people put them together. */
export function giftPicks(rng: Rng): Picks {
  switch (
    rng.weightedPick<string>([
      ['box', 22],
      ['mate', 25],
      ['set', 18],
      ['leather', 18],
      ['wine', 17],
    ])
  ) {
    case 'box':
      return [[GIFT_BOX, 1], ...(rng.chance(0.2) ? ([[SWEETS[1], 1]] as const) : [])];
    case 'mate':
      return [
        [rng.pick([MATES[0], MATES[1], MATES[2], MATES[2]]), 1],
        [rng.pick([BOMBILLAS[0], BOMBILLAS[2], BOMBILLAS[2]]), 1],
        ...(rng.chance(0.6) ? ([[rng.pick(YERBA.slice(1, 5)), rng.int(1, 2)]] as const) : []),
      ];
    case 'set':
      return [
        [rng.chance(0.55) ? MATERO[1] : MATERO[0], 1],
        ...(rng.chance(0.25) ? ([[MATERO[3], 1]] as const) : []),
        ...(rng.chance(0.1) ? ([[MATERO[4], 1]] as const) : []),
      ];
    case 'leather':
      return [
        [rng.pick([LEATHER[0], LEATHER[0], LEATHER[1], LEATHER[2], LEATHER[3]]), 1],
        ...(rng.chance(0.3) ? ([[rng.pick([LEATHER[1], SWEETS[1]]), 1]] as const) : []),
      ];
    default:
      return rng.chance(0.5)
        ? [[rng.pick([WINE[4], WINE[5]]), 1]]
        : [
            [rng.pick([WINE[2], WINE[3], WINE[2]]), rng.int(2, 3)],
            ...(rng.chance(0.3) ? ([[SWEETS[1], 1]] as const) : []),
          ];
  }
}

/** A father's or grandfather's name for the parcel: the family name, an older first name. */
export const fatherOf = (rng: Rng, p: Person): string =>
  `${rng.pick(['Jorge', 'Carlos', 'Roberto', 'Osvaldo', 'Rubén', 'Héctor', 'Miguel Ángel', 'Raúl', 'Alberto', 'Luis'])} ${p.last}`;

export const NOTES = [
  '¡Feliz día, pa!',
  'Para el mejor viejo del mundo',
  'Feliz Día del Padre, te queremos mucho',
  'Para el abuelo, con todo el cariño',
  'Que lo disfrutes con unos buenos mates',
  '¡Feliz día, papá! Te extrañamos',
] as const;
