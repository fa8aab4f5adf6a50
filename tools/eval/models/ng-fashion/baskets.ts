import { type BasketLine } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import {
  ACCESSORIES,
  ASO_EBI,
  BEAUTY,
  bySku,
  type Category,
  CHEAPEST,
  FRAGRANCE,
  GELE,
  line,
  type NairaIndex,
  pick,
  READY_TO_WEAR,
  SHELVES,
  SNEAKERS,
  WIGS,
} from './catalogue.js';

/** What each kind of buyer puts in the basket, priced at the moment of checkout. */

type Lines = BasketLine<Category>[];

/** Distinct lines: a second pick of the same product adds to its quantity. */
function merge(lines: Lines): Lines {
  const out: Lines = [];
  for (const l of lines) {
    const same = out.find((o) => o.sku === l.sku);
    if (same) same.quantity += l.quantity;
    else out.push({ ...l });
  }
  return out;
}

function fromCategories(
  rng: Rng,
  t: number,
  naira: NairaIndex,
  weights: Readonly<Partial<Record<Category, number>>>,
  count: number,
): Lines {
  const entries = Object.entries(weights) as Array<[Category, number]>;
  return merge(
    Array.from({ length: count }, () => {
      const category = rng.weightedPick(entries);
      const quantity = category === 'beauty' && rng.chance(0.3) ? rng.int(2, 3) : 1;
      return line(pick(rng, SHELVES[category]), t, naira, quantity);
    }),
  );
}

/** A shopper's everyday basket: a dress, some beauty, a fragrance, now and then a wig or sneakers. */
export const everydayBasket = (rng: Rng, t: number, naira: NairaIndex): Lines =>
  fromCategories(
    rng,
    t,
    naira,
    { ready_to_wear: 26, beauty: 20, fragrance: 18, wigs: 13, accessories: 10, sneakers: 9, aso_ebi: 4 },
    rng.weightedPick([
      [1, 50],
      [2, 32],
      [3, 13],
      [4, 5],
    ]),
  );

/** A new shopper from an Instagram post: one or two things, cheaper on the whole. */
export const firstBasket = (rng: Rng, t: number, naira: NairaIndex): Lines =>
  fromCategories(
    rng,
    t,
    naira,
    { ready_to_wear: 28, beauty: 26, fragrance: 20, accessories: 12, wigs: 8, sneakers: 6 },
    rng.chance(0.7) ? 1 : 2,
  );

/** Black Friday: the imported lines, discounted. */
export const saleBasket = (rng: Rng, t: number, naira: NairaIndex): Lines =>
  fromCategories(
    rng,
    t,
    naira,
    { sneakers: 30, fragrance: 28, wigs: 22, beauty: 10, ready_to_wear: 10 },
    rng.weightedPick([
      [1, 45],
      [2, 35],
      [3, 20],
    ]),
  );

/** An outfit for Saturday's party: the gown or agbada, a gele or accessory, often hair and a scent. */
export function owambeBasket(rng: Rng, t: number, naira: NairaIndex): Lines {
  const party = READY_TO_WEAR.filter(([p]) => p.price >= 4_000_000);
  const lines: Lines = [line(pick(rng, party), t, naira)];
  if (rng.chance(0.6)) lines.push(line(rng.chance(0.55) ? GELE : pick(rng, ACCESSORIES), t, naira));
  if (rng.chance(0.25)) lines.push(line(pick(rng, WIGS), t, naira));
  if (rng.chance(0.2)) lines.push(line(pick(rng, FRAGRANCE), t, naira));
  if (rng.chance(0.2)) lines.push(line(pick(rng, BEAUTY), t, naira));
  return merge(lines);
}

/** Aso-ebi for a wedding, burial or birthday: one fabric for the whole group, often the gele to match. */
export function asoEbiBasket(rng: Rng, t: number, naira: NairaIndex): { lines: Lines; pieces: number } {
  const pieces = Math.min(80, Math.max(6, Math.round(rng.logNormal(16, 0.55))));
  const lines: Lines = [line(pick(rng, ASO_EBI), t, naira, pieces)];
  if (rng.chance(0.4))
    lines.push(line(GELE, t, naira, Math.max(1, Math.round(pieces * rng.float(0.3, 0.8)))));
  return { lines, pieces };
}

/** An Instagram reseller restocking: several lines of wigs, beauty and Gulf fragrances by the dozen or so. */
export function vendorBasket(rng: Rng, t: number, naira: NairaIndex): Lines {
  const shelf = rng.weightedPick([
    [WIGS, 35],
    [BEAUTY, 25],
    [FRAGRANCE.filter(([p]) => p.price <= 6_500_000), 25],
    [SNEAKERS, 15],
  ] as const);
  return merge(
    Array.from({ length: rng.int(2, 4) }, () => {
      const p = pick(rng, shelf);
      return line(p, t, naira, p.price > 20_000_000 ? rng.int(1, 4) : rng.int(3, 12));
    }),
  );
}

/** A company's staff gifts: fragrance gift sets or Gulf scents by the score, a skincare set for some. */
export function corporateBasket(rng: Rng, t: number, naira: NairaIndex): Lines {
  const gift = bySku(
    rng.weightedPick([
      ['FRG-GFT-SET', 40],
      ['FRG-KHM-100', 30],
      ['FRG-ASD-100', 20],
      ['RTW-KFT-07', 10],
    ]),
  );
  const staff = Math.min(150, Math.max(12, Math.round(rng.logNormal(40, 0.6))));
  const lines: Lines = [line(gift, t, naira, staff)];
  if (rng.chance(0.3)) lines.push(line(bySku('BTY-SKN-SET'), t, naira, rng.int(6, 30)));
  return lines;
}

/** A gift home from abroad: fabric for mum, a dress, a scent, hair for a sister. */
export function giftBasket(rng: Rng, t: number, naira: NairaIndex): Lines {
  return merge([
    ...fromCategories(
      rng,
      t,
      naira,
      { aso_ebi: 30, ready_to_wear: 25, fragrance: 20, wigs: 15, beauty: 5, accessories: 5 },
      rng.weightedPick([
        [1, 45],
        [2, 35],
        [3, 20],
      ]),
    ),
  ]);
}

/** Shipped abroad: fabric for a wedding or a party there (a few pieces), clothes, hair. */
export function abroadBasket(rng: Rng, t: number, naira: NairaIndex): Lines {
  if (rng.chance(0.45)) return [line(pick(rng, ASO_EBI), t, naira, rng.int(2, 12))];
  return fromCategories(
    rng,
    t,
    naira,
    { ready_to_wear: 35, aso_ebi: 25, wigs: 20, beauty: 10, accessories: 10 },
    rng.int(1, 3),
  );
}

/** What fraud rings buy: the dearest wigs, designer fragrance and sneakers, easy to sell on. */
export function resaleBasket(rng: Rng, t: number, naira: NairaIndex): Lines {
  const dear = (shelf: typeof WIGS) => shelf.filter(([p]) => p.price >= 15_000_000);
  const shelves = [
    [dear(WIGS), 45],
    [dear(FRAGRANCE), 30],
    [dear(SNEAKERS), 25],
  ] as const;
  return merge(
    Array.from(
      {
        length: rng.weightedPick([
          [1, 40],
          [2, 40],
          [3, 20],
        ] as const),
      },
      () => line(pick(rng, rng.weightedPick(shelves)), t, naira, rng.chance(0.15) ? 2 : 1),
    ),
  );
}

/** Fabric and hair for resale abroad: a few pieces of lace, a wig or two. */
export function diasporaResaleBasket(rng: Rng, t: number, naira: NairaIndex): Lines {
  const lace = ASO_EBI.filter(([p]) => p.price >= 6_000_000);
  const lines: Lines = [line(pick(rng, lace), t, naira, rng.int(3, 10))];
  if (rng.chance(0.5))
    lines.push(
      line(
        pick(
          rng,
          WIGS.filter(([p]) => p.price >= 20_000_000),
        ),
        t,
        naira,
      ),
    );
  return merge(lines);
}

/** One of the cheapest items, once: what a card tester checks a card on. */
export const testerBasket = (rng: Rng, t: number, naira: NairaIndex): Lines => [
  line(rng.pick(CHEAPEST), t, naira),
];
