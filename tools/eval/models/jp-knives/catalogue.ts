import { type BasketLine, lineOf, type Product, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Currency } from './places.js';

/**
 * What the Sakai workshop sells, priced in yen with 10 % consumption tax. Abroad the tax is taken off (exports
 * are tax-free) and the price is shown in the buyer's currency at the shop's list rate, in whole units, sent
 * in minor units (cents; yen has none). Blades are hand-forged by the workshop's smiths and sharpened in Sakai.
 */

export type Category =
  'knife' | 'limited' | 'stone' | 'saya' | 'roll' | 'care' | 'gift_set' | 'engraving' | 'wrapping';

const p = product<Category>;

export const KNIVES = {
  santokuGinsan: p('SK-SAN165-G3', 'Santoku 165 mm, Ginsan stainless', 'knife', 27_500),
  santokuAogami: p('SK-SAN170-AO2K', 'Santoku 170 mm, Aogami #2 kurouchi', 'knife', 19_800),
  gyuto210: p('SK-GYU210-VG10D', 'Gyuto 210 mm, VG-10 Damascus', 'knife', 38_500),
  gyuto240: p('SK-GYU240-SH2K', 'Gyuto 240 mm, Shirogami #2 kasumi', 'knife', 46_200),
  gyuto270: p('SK-GYU270-G3', 'Gyuto 270 mm, Ginsan stainless', 'knife', 52_800),
  nakiri: p('SK-NAK165-AO2', 'Nakiri 165 mm, Aogami #2', 'knife', 24_200),
  petty135: p('SK-PET135-SH2', 'Petty 135 mm, Shirogami #2', 'knife', 14_300),
  petty150: p('SK-PET150-VG10', 'Petty 150 mm, VG-10', 'knife', 17_600),
  bunka: p('SK-BUN180-AS', 'Bunka 180 mm, Aogami Super kurouchi', 'knife', 29_700),
  kiritsuke: p('SK-KIR240-AO2', 'Kiritsuke gyuto 240 mm, Aogami #2 nashiji', 'knife', 57_200),
  sujihiki: p('SK-SUJ270-G3', 'Sujihiki 270 mm, Ginsan', 'knife', 44_000),
  honesuki: p('SK-HON150-SH2', 'Honesuki 150 mm, Shirogami #2', 'knife', 22_000),
  yanagiba270: p('SK-YAN270-SH2', 'Yanagiba 270 mm, Shirogami #2 kasumi', 'knife', 55_000),
  yanagiba300: p('SK-YAN300-SH1', 'Yanagiba 300 mm, Shirogami #1 kasumi', 'knife', 88_000),
  deba: p('SK-DEB165-SH2', 'Deba 165 mm, Shirogami #2', 'knife', 39_600),
  usuba: p('SK-USU210-SH1', 'Usuba 210 mm, Shirogami #1', 'knife', 58_300),
} as const;

/** Limited smith runs, dropped one at a time: a few dozen of each, one per customer. */
export const LIMITED = [
  p(
    'LTD-KIR240-AO1',
    'Smith run: kiritsuke 240 mm, Aogami #1, forged by the master smith',
    'limited',
    165_000,
  ),
  p('LTD-DAM210-63', 'Smith run: Damascus gyuto 210 mm, 63 layers, ebony handle', 'limited', 110_000),
  p('LTD-BUN180-ASW', 'Winter run: bunka 180 mm, Aogami Super, kurouchi tsuchime', 'limited', 68_200),
  p('LTD-YAN300-HON', 'Mizu-honyaki yanagiba 300 mm, Shirogami #1, signed', 'limited', 385_000),
] as const;

export const STONES = {
  s1000: p('ST-1000', 'Whetstone #1000', 'stone', 4_400),
  combo: p('ST-1000-6000', 'Combination whetstone #1000/#6000', 'stone', 6_600),
  s3000: p('ST-3000', 'Whetstone #3000', 'stone', 7_700),
  s6000: p('ST-6000', 'Finishing stone #6000', 'stone', 8_800),
  natural: p('ST-TENNEN-KYO', 'Natural finishing stone, Kyoto awasedo', 'stone', 38_500),
  holder: p('ST-HOLDER', 'Stone holder with rubber base', 'stone', 2_750),
  flattener: p('ST-FLAT', 'Diamond flattening plate', 'stone', 9_900),
} as const;

export const SAYAS = {
  saya210: p('SY-MAG210', 'Magnolia saya 210 mm', 'saya', 4_950),
  saya240: p('SY-MAG240', 'Magnolia saya 240 mm', 'saya', 5_500),
  sayaYanagi: p('SY-MAG300Y', 'Magnolia saya for yanagiba 300 mm', 'saya', 6_600),
} as const;

export const ROLLS = {
  canvas: p('RL-CANVAS5', 'Canvas knife roll, 5 slots', 'roll', 13_200),
  leather: p('RL-LEATHER8', 'Leather knife roll, 8 slots', 'roll', 26_400),
} as const;

export const CARE = {
  guard: p('CR-GUARD', 'Edge guard', 'care', 1_100),
  eraser: p('CR-ERASER', 'Rust eraser', 'care', 990),
  oil: p('CR-CAMELLIA', 'Camellia oil 100 ml', 'care', 1_320),
  board: p('CR-HINOKI-M', 'Hinoki cutting board, medium', 'care', 8_800),
} as const;

export const GIFT_SETS = {
  wedding: p('GS-WEDDING', 'Wedding set: santoku and petty in a paulownia box', 'gift_set', 49_500),
  starter: p('GS-STARTER', 'Starter set: gyuto 210, petty, #1000/#6000 stone', 'gift_set', 66_000),
  retirement: p('GS-RETIRE', 'Retirement gift: gyuto 240 in a paulownia box', 'gift_set', 58_300),
  chef: p('GS-CHEF', "Chef's set: gyuto, sujihiki, petty and knife roll", 'gift_set', 132_000),
} as const;

export const ENGRAVING = p('SV-ENGRAVE', 'Name engraving on the blade', 'engraving', 1_100);
export const PAULOWNIA = p('SV-KIRIBAKO', 'Paulownia gift box', 'wrapping', 2_200);
export const NOSHI = p('SV-NOSHI', 'Gift wrapping with noshi', 'wrapping', 550);

/** Everyday blades most home cooks choose from, with how often. */
export const HOME_KNIVES: ReadonlyArray<readonly [Product<Category>, number]> = [
  [KNIVES.santokuGinsan, 18],
  [KNIVES.santokuAogami, 14],
  [KNIVES.gyuto210, 16],
  [KNIVES.nakiri, 10],
  [KNIVES.petty135, 9],
  [KNIVES.petty150, 8],
  [KNIVES.bunka, 9],
];

/** What enthusiasts abroad come for: the longer gyuto and the specialist shapes. */
export const ENTHUSIAST_KNIVES: ReadonlyArray<readonly [Product<Category>, number]> = [
  [KNIVES.gyuto210, 14],
  [KNIVES.gyuto240, 18],
  [KNIVES.gyuto270, 5],
  [KNIVES.bunka, 10],
  [KNIVES.kiritsuke, 9],
  [KNIVES.nakiri, 7],
  [KNIVES.sujihiki, 5],
  [KNIVES.petty150, 6],
  [KNIVES.santokuAogami, 6],
];

/** A professional kitchen's blades. */
export const PRO_KNIVES: ReadonlyArray<readonly [Product<Category>, number]> = [
  [KNIVES.yanagiba270, 12],
  [KNIVES.yanagiba300, 8],
  [KNIVES.deba, 10],
  [KNIVES.usuba, 5],
  [KNIVES.gyuto240, 12],
  [KNIVES.gyuto270, 6],
  [KNIVES.sujihiki, 7],
  [KNIVES.honesuki, 6],
  [KNIVES.petty150, 6],
];

export const STONE_PICKS: ReadonlyArray<readonly [Product<Category>, number]> = [
  [STONES.s1000, 10],
  [STONES.combo, 14],
  [STONES.s3000, 6],
  [STONES.s6000, 6],
  [STONES.natural, 1.5],
  [STONES.holder, 4],
  [STONES.flattener, 3],
];

export const SAYA_FOR: (k: Product<Category>) => Product<Category> = (k) =>
  k.sku.includes('YAN') ? SAYAS.sayaYanagi : /2[47]0/.test(k.sku) ? SAYAS.saya240 : SAYAS.saya210;

/** Yen per unit of each currency at the shop's list rate for the season. */
export const LIST_RATE: Readonly<Record<Currency, number>> = {
  JPY: 1,
  USD: 150,
  EUR: 172,
  GBP: 198,
  AUD: 99,
};

/** A yen price (tax included) in the buyer's currency, minor units: tax-free whole units abroad. */
export const priceIn = (yen: number, c: Currency): number =>
  c === 'JPY' ? yen : Math.max(1, Math.round(yen / 1.1 / LIST_RATE[c])) * 100;

/** An amount in the currency's minor units as yen, for comparing baskets across currencies. */
export const yenOf = (amount: number, c: Currency): number =>
  c === 'JPY' ? amount : Math.round((amount / 100) * LIST_RATE[c] * 1.1);

export type Line = BasketLine<Category>;

/** `quantity` of a product as a basket line, priced in the currency. */
export const lineIn = (item: Product<Category>, c: Currency, quantity = 1): Line => ({
  ...lineOf(item, quantity),
  price: priceIn(item.price, c),
});

/** A line drawn from weighted picks. */
export const pickLine = (
  rng: Rng,
  picks: ReadonlyArray<readonly [Product<Category>, number]>,
  c: Currency,
  quantity = 1,
): Line => lineIn(rng.weightedPick(picks), c, quantity);
