import { type BasketLine, product, type Product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Currency } from './places.js';

/**
 * What the shop sells, priced in US dollars (cents): hand-knotted rugs (one of a kind), flat-woven kilims,
 * runners, cushion covers and Iznik-style ceramics. Euro and lira prices are the dollar price converted at the
 * shop's autumn rates and rounded (whole euros; ten lira). Shipping by DHL or FedEx is free worldwide.
 */

export type Category =
  'rug' | 'antique_rug' | 'silk_rug' | 'kilim' | 'runner' | 'cushion' | 'ceramic' | 'textile';

const P = product<Category>;

export const RUGS: readonly Product<Category>[] = [
  P('RG-OUS-0609', 'Hand-knotted Oushak rug, 6x9 ft, vegetable dyes', 'rug', 285_000),
  P('RG-OUS-0812', 'Hand-knotted Oushak rug, 8x12 ft', 'rug', 520_000),
  P('RG-OUS-1014', 'Palace-size Oushak rug, 10x14 ft', 'rug', 1_150_000),
  P('RG-KON-0507', 'Konya village rug, 5x7 ft', 'rug', 165_000),
  P('RG-OVD-0609', 'Overdyed vintage rug, 6x9 ft, indigo', 'rug', 135_000),
  P('RG-TLU-0406', 'Tulu shag rug, 4x6 ft, undyed wool', 'rug', 98_000),
  P('RG-MIL-0812', 'Milas medallion rug, 8x11 ft', 'rug', 410_000),
];
export const ANTIQUES: readonly Product<Category>[] = [
  P('AN-KAZ-1890', 'Antique Caucasian Kazak, c. 1890, 4x7 ft', 'antique_rug', 480_000),
  P('AN-OUS-1910', 'Antique Oushak, c. 1910, 9x12 ft', 'antique_rug', 1_850_000),
  P('AN-LAD-1880', 'Antique Ladik prayer rug, c. 1880', 'antique_rug', 720_000),
  P('AN-BER-1920', 'Bergama tribal rug, c. 1920', 'antique_rug', 360_000),
];
export const SILK: readonly Product<Category>[] = [
  P('SK-HER-0203', 'Hereke silk rug, 2x3 ft, 100 knots/cm²', 'silk_rug', 320_000),
  P('SK-HER-0305', 'Hereke silk rug, 3x5 ft', 'silk_rug', 780_000),
  P('SK-HER-0609', 'Hereke silk rug, 6x9 ft, museum grade', 'silk_rug', 2_450_000),
  P('SK-KAY-0406', 'Kayseri silk rug, 4x6 ft', 'silk_rug', 410_000),
];
export const KILIMS: readonly Product<Category>[] = [
  P('KL-ANA-0508', 'Anatolian kilim, 5x8 ft', 'kilim', 78_000),
  P('KL-VAN-0609', 'Van kilim, 6x9 ft', 'kilim', 115_000),
  P('KL-OBR-0406', 'Obruk kilim, 4x6 ft', 'kilim', 52_000),
  P('KL-VIN-0305', 'Vintage hemp kilim, 3x5 ft', 'kilim', 34_000),
  P('KL-SIV-0710', 'Sivas double-weave kilim, 7x10 ft', 'kilim', 168_000),
];
export const RUNNERS: readonly Product<Category>[] = [
  P('RN-OUS-0310', 'Oushak runner, 3x10 ft', 'runner', 95_000),
  P('RN-VIN-0312', 'Vintage Anatolian runner, 3x12 ft', 'runner', 72_000),
  P('RN-KIL-0208', 'Kilim runner, 2.5x8 ft', 'runner', 41_000),
];
export const CUSHIONS: readonly Product<Category>[] = [
  P('CU-KIL-4040', 'Kilim cushion cover, 40x40 cm', 'cushion', 4_500),
  P('CU-KIL-5050', 'Kilim cushion cover, 50x50 cm', 'cushion', 6_500),
  P('CU-RUG-6060', 'Vintage rug cushion, 60x60 cm', 'cushion', 9_500),
  P('CU-LMB-3060', 'Lumbar kilim cushion, 30x60 cm', 'cushion', 5_800),
  P('CU-FLR-8080', 'Floor cushion (minder), 80x80 cm', 'cushion', 18_500),
];
export const CERAMICS: readonly Product<Category>[] = [
  P('CE-IZN-TILE', 'Iznik-style hand-painted tile, 20x20 cm', 'ceramic', 3_800),
  P('CE-IZN-BOWL', 'Iznik-style bowl, 25 cm', 'ceramic', 8_500),
  P('CE-IZN-PLT', 'Iznik-style plate set of 4', 'ceramic', 16_000),
  P('CE-KUT-VASE', 'Kütahya vase, 35 cm', 'ceramic', 22_000),
  P('CE-IZN-PNL', 'Iznik tile panel, 6 tiles', 'ceramic', 42_000),
];
export const TEXTILES: readonly Product<Category>[] = [
  P('TX-SUZ-0203', 'Suzani wall hanging', 'textile', 68_000),
  P('TX-PES-SET', 'Peshtemal towel set of 3', 'textile', 7_500),
  P('TX-IKT-THRW', 'Silk ikat throw', 'textile', 24_000),
];

/** The cheapest things in the shop: what card testers try. */
export const CHEAPEST: readonly Product<Category>[] = [CUSHIONS[0], CERAMICS[0], CUSHIONS[3]].filter(
  (p): p is Product<Category> => p !== undefined,
);

export interface Basket {
  lines: BasketLine<Category>[];
  amount: number;
  currency: Currency;
}

const RATE: Readonly<Record<Currency, number>> = { USD: 1, EUR: 0.86, TRY: 41.8 };

/** A dollar price (cents) in the checkout's currency: whole euros, ten-lira steps. */
export function priceIn(usdCents: number, currency: Currency): number {
  if (currency === 'USD') return usdCents;
  if (currency === 'EUR') return Math.max(100, Math.round((usdCents * RATE.EUR) / 100) * 100);
  return Math.max(1000, Math.round((usdCents * RATE.TRY) / 1000) * 1000);
}

/** The dollar value of an amount in the checkout's currency, cents. */
export const inUsd = (amount: number, currency: Currency): number => Math.round(amount / RATE[currency]);

/**
 * A one-of-a-kind piece's price: the list price moved ±25 % (size, age, condition) and rounded to $10, as
 * each rug is priced on its own.
 */
export const pieceOf = (rng: Rng, p: Product<Category>): Product<Category> => ({
  ...p,
  sku: `${p.sku}-${rng.digits(4)}`,
  price: Math.round((p.price * rng.float(0.75, 1.25)) / 1000) * 1000,
});

/** Lines (dollar prices) as a basket in `currency`. */
export function basketOf(lines: ReadonlyArray<BasketLine<Category>>, currency: Currency): Basket {
  const priced = lines.map((l) => ({ ...l, price: priceIn(l.price, currency) }));
  return { lines: priced, amount: priced.reduce((s, l) => s + l.price * l.quantity, 0), currency };
}

const line = (p: Product<Category>, quantity = 1): BasketLine<Category> => ({
  sku: p.sku,
  name: p.name,
  category: p.category,
  quantity,
  price: p.price,
});

/** Small add-ons people put next to a rug: a cushion pair, a bowl. */
function addOns(rng: Rng, chance: number): BasketLine<Category>[] {
  if (!rng.chance(chance)) return [];
  const p = rng.pick([...CUSHIONS, ...CERAMICS, ...TEXTILES.slice(1)]);
  return [line(p, p.category === 'cushion' ? rng.pick([1, 2, 2, 4]) : 1)];
}

export type Tier = 'decor' | 'kilim' | 'rug' | 'premium' | 'collector';

/** A basket of a tier, in dollars: decor (cushions, ceramics), kilims and runners, rugs, silk, antiques. */
export function basketLines(rng: Rng, tier: Tier): BasketLine<Category>[] {
  switch (tier) {
    case 'decor': {
      const n = rng.weightedPick([
        [1, 45],
        [2, 30],
        [3, 15],
        [4, 10],
      ]);
      return Array.from({ length: n }, () => {
        const p = rng.pick([...CUSHIONS, ...CUSHIONS, ...CERAMICS, ...TEXTILES]);
        return line(p, p.category === 'ceramic' && p.price < 5_000 ? rng.int(2, 12) : rng.pick([1, 1, 2]));
      });
    }
    case 'kilim':
      return [line(pieceOf(rng, rng.pick([...KILIMS, ...RUNNERS]))), ...addOns(rng, 0.35)];
    case 'rug':
      return [
        line(pieceOf(rng, rng.pick([...RUGS.slice(0, 2), ...RUGS.slice(3), ...RUNNERS]))),
        ...(rng.chance(0.2) ? [line(pieceOf(rng, rng.pick([...KILIMS, ...RUNNERS])))] : []),
        ...addOns(rng, 0.3),
      ];
    case 'premium':
      return [
        line(pieceOf(rng, rng.pick([...RUGS, ...SILK.slice(0, 2), SILK[3] ?? RUGS[0]!]))),
        ...addOns(rng, 0.2),
      ];
    case 'collector':
      return [
        line(pieceOf(rng, rng.pick([...ANTIQUES, ...SILK]))),
        ...(rng.chance(0.15) ? [line(pieceOf(rng, rng.pick(ANTIQUES)))] : []),
      ];
  }
}

/** A designer's project: several rugs and runners for one client's house, sometimes a dozen cushions. */
export function projectLines(rng: Rng): BasketLine<Category>[] {
  const n = rng.int(2, 6);
  const out = Array.from({ length: n }, () =>
    line(pieceOf(rng, rng.pick([...RUGS, ...RUNNERS, ...KILIMS, ...ANTIQUES]))),
  );
  if (rng.chance(0.4)) out.push(line(rng.pick(CUSHIONS), rng.int(4, 12)));
  return out;
}
