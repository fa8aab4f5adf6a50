import { type BasketLine, DAY, type Product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import {
  BODY_HOME,
  type Category,
  DESIGNER,
  GIFT_SETS,
  lineOf,
  MAKEUP,
  MINIS,
  NICHE,
  SKINCARE,
  some,
} from './catalogue.js';
import { fullName, type Origin } from './names.js';
import { type Account } from './people.js';
import { type Payer } from './purchase.js';

/** Baskets honest people fill, the notes they write, and how they can pay. */

const MEN = new Set([
  'DIO-SAU-EDP-100',
  'DIO-SAU-ELX-60',
  'CHA-BLE-EDP-100',
  'RAB-1M-EDT-100',
  'ARM-ADG-PAR-75',
]);
export const FOR_HER: readonly Product<Category>[] = DESIGNER.filter((p) => !MEN.has(p.sku));
export const FOR_HIM: readonly Product<Category>[] = DESIGNER.filter((p) => MEN.has(p.sku));

/** A present for a mother: a fragrance or a gift set, now and then niche, often with something small. */
export function presentLines(rng: Rng, generous = 0): BasketLine<Category>[] {
  const main = rng.weightedPick<readonly Product<Category>[]>([
    [FOR_HER, 56],
    [GIFT_SETS, 32],
    [NICHE, 7 + 10 * generous],
    [SKINCARE.slice(2, 6), 5],
  ]);
  const lines = [lineOf(rng.pick(main))];
  if (rng.chance(0.28 + 0.2 * generous))
    lines.push(lineOf(rng.pick([...BODY_HOME, ...MINIS.slice(0, 2), ...SKINCARE.slice(6)])));
  return lines;
}

/** Restocking for oneself: skincare and make-up mostly, a fragrance now and then. */
export function ownLines(rng: Rng): BasketLine<Category>[] {
  if (rng.chance(0.3)) {
    const lines = [lineOf(rng.pick(rng.chance(0.8) ? DESIGNER : NICHE))];
    if (rng.chance(0.3)) lines.push(lineOf(rng.pick([...MINIS, ...BODY_HOME])));
    return lines;
  }
  const count = rng.weightedPick<number>([
    [1, 40],
    [2, 35],
    [3, 18],
    [4, 7],
  ]);
  return some(rng, [...SKINCARE.slice(2), ...MAKEUP, ...BODY_HOME, ...MINIS], count).map((p) =>
    lineOf(p, rng.chance(0.1) ? 2 : 1),
  );
}

/** A first, small order: make-up, skincare, minis; a fragrance for one in three. */
export function firstLines(rng: Rng): BasketLine<Category>[] {
  if (rng.chance(0.25)) return [lineOf(rng.pick(rng.chance(0.5) ? FOR_HER : GIFT_SETS))];
  const count = rng.weightedPick<number>([
    [1, 45],
    [2, 38],
    [3, 17],
  ]);
  return some(rng, [...SKINCARE.slice(4), ...MAKEUP, ...BODY_HOME, ...MINIS], count).map((p) => lineOf(p));
}

const NOTES: Readonly<Record<string, readonly string[]>> = {
  pt: [
    'Feliz Dia da Mãe! Adoro-te.',
    'Para a melhor mãe do mundo. Beijinhos',
    'Feliz Dia da Mãe, com muito carinho',
    'Mãe, obrigada por tudo. Um beijinho enorme',
    'Muitos parabéns mãe, tenho saudades tuas',
    'Para a mãe e avó mais linda',
  ],
  es: [
    '¡Feliz Día de la Madre! Te quiero',
    'Para la mejor mamá del mundo',
    'Feliz día, mamá. Un beso enorme',
  ],
  fr: ['Bonne fête maman ! Je t’aime', 'Pour la meilleure des mamans', 'Bonne fête des mères, gros bisous'],
  de: ['Alles Liebe zum Muttertag!', 'Für die beste Mama der Welt'],
  nl: ['Fijne moederdag, mama!', 'Voor de liefste mama'],
  it: ['Buona festa della mamma!'],
  en: ['Happy Mother’s Day, Mum! Love you', 'For the best mum in the world'],
};

/** A gift note in the language of the storefront. */
export function noteFor(rng: Rng, locale: string): string {
  const lang = locale.startsWith('pt') ? 'pt' : locale.slice(0, 2);
  return rng.pick(NOTES[lang] ?? NOTES.pt ?? []);
}

/** A mother's name: often the buyer's surname. */
export function mothersName(rng: Rng, buyer: string, origin: Origin): string {
  const name = fullName(rng, origin, 1);
  const surname = buyer.split(' ').pop() ?? '';
  return rng.chance(0.55) ? `${name.split(' ')[0] ?? ''} ${surname}` : name;
}

/** How an account or guest can pay; `known` once the account is older than a day. */
export const payerOf = (a: Account, signedIn: boolean, at: number): Payer => ({
  cards: a.cards,
  bank: a.bank,
  mbway: a.mbway,
  signedIn,
  known: signedIn && a.createdAt < at - DAY,
});

/** Make-up, skincare and minis adding up to between `min` and `max` cents: just over a threshold, no more. */
export function basketBetween(rng: Rng, min: number, max: number): BasketLine<Category>[] {
  const shelf = [...SKINCARE.slice(4), ...MAKEUP, ...BODY_HOME, ...MINIS].filter((p) => p.price < max);
  for (let i = 0; i < 50; i++) {
    const lines: BasketLine<Category>[] = [];
    let total = 0;
    while (total < min) {
      const p = rng.pick(shelf);
      const same = lines.find((l) => l.sku === p.sku);
      if (same) same.quantity += 1;
      else lines.push(lineOf(p));
      total += p.price;
    }
    if (total <= max) return lines;
  }
  return [lineOf(rng.pick(shelf))];
}
