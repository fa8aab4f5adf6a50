import { type Rng } from '../kit/random.js';

/**
 * What the store sells, at US list prices in dollars. `resale` marks what moves fast on marketplaces (GPS
 * watches, satellite messengers, optics, power stations, e-bikes, expedition down, gift cards): what card
 * thieves and account takers go for. Oversize goods ship by freight; gift cards are delivered by email.
 */

export type Category =
  | 'small'
  | 'accessory'
  | 'apparel'
  | 'footwear'
  | 'camp'
  | 'snow'
  | 'water'
  | 'bike'
  | 'electronics'
  | 'optics'
  | 'giftcard';

export interface Product {
  sku: string;
  usd: number;
  category: Category;
  resale?: boolean;
  oversize?: boolean;
}

const p =
  (category: Category, flags: Partial<Pick<Product, 'resale' | 'oversize'>> = {}) =>
  (sku: string, usd: number): Product => ({ sku, usd, category, ...flags });

// prettier-ignore
export const PRODUCTS: readonly Product[] = [
  ...[['STK-LOGO', 3.99], ['PCH-PATCH', 6.95], ['LIP-SPF30', 4.5], ['FUEL-230', 6.99], ['CRB-LOCK', 8.95], ['PRC-50', 9.95],
    ['MEAL-FD2', 11.95]].map(([s, u]) => p('small')(s as string, u as number)),
  ...[['HDL-350', 29.95], ['HDL-900', 69.95], ['BTL-32', 34.95], ['TMB-20', 39.99], ['JUG-64', 99.99], ['FAK-ULT', 39.95],
    ['KNF-EDC', 59.95], ['MTL-PRO', 129.95], ['POLE-CF', 159.95], ['POLE-AL', 89.95], ['SOCK-MW', 24.95], ['BEAN-WL', 29.95],
    ['GLV-SKI', 89.95], ['SUN-POL', 149], ['FILT-SQ', 39.95], ['STOVE-CAN', 59.95], ['STOVE-JB', 149.95], ['CHR-CAMP', 99.95],
    ['HMK-DBL', 79.95], ['BEAR-CAN', 84.95]].map(([s, u]) => p('accessory')(s as string, u as number)),
  ...[['FLC-MID', 129], ['FLC-VST', 99], ['RJK-2L', 159], ['RJK-3L', 249], ['DWN-HDY', 329], ['BASE-MW', 89], ['PNT-HIKE', 95],
    ['SFT-SHL', 199], ['SHL-SKI', 449], ['BIB-SKI', 399], ['FLN-SHIRT', 69]].map(([s, u]) => p('apparel')(s as string, u as number)),
  p('apparel', { resale: true })('DWN-PARKA', 549),
  p('apparel', { resale: true })('PUFF-COLLAB', 279),
  ...[['TRL-RUN', 149.95], ['BOOT-MID', 189.95], ['BOOT-LTH', 259.95], ['BOOT-WIN', 219.95], ['SNDL-SPT', 79.95]]
    .map(([s, u]) => p('footwear')(s as string, u as number)),
  ...[['TNT-1P', 379.95], ['TNT-2P', 449.95], ['TNT-4P', 699.95], ['BAG-20', 329.95], ['BAG-0', 549.95], ['PAD-INS', 189.95],
    ['PACK-DAY', 119.95], ['PACK-55', 289.95], ['PACK-70', 349.95], ['CLR-SOFT', 299.95]].map(([s, u]) => p('camp')(s as string, u as number)),
  p('camp', { resale: true })('CLR-45', 349.95),
  p('camp', { oversize: true })('TNT-ROOF', 2899),
  ...[['SKI-AM', 749.95], ['SKI-TOUR', 899.95], ['BND-TOUR', 649.95], ['SNB-ALL', 549.95], ['BOOT-SKI', 649.95], ['HLM-SKI', 179.95],
    ['GOG-SKI', 229.95], ['BCN-AVY', 449.95]].map(([s, u]) => p('snow')(s as string, u as number)),
  ...[['PFD-TOUR', 129.95], ['PADDLE-CF', 189.95]].map(([s, u]) => p('water')(s as string, u as number)),
  ...[['KYK-REC', 899.95], ['KYK-TOUR', 1899.95], ['SUP-INF', 949.95]].map(([s, u]) => p('water', { oversize: true })(s as string, u as number)),
  ...[['BIKE-HLM', 149.95], ['BIKE-LIGHT', 79.95]].map(([s, u]) => p('bike')(s as string, u as number)),
  ...[['MTB-HT', 1499], ['MTB-FS', 3799]].map(([s, u]) => p('bike', { oversize: true })(s as string, u as number)),
  ...[['EBK-COMM', 2299], ['EBK-TRAIL', 4899]].map(([s, u]) => p('bike', { oversize: true, resale: true })(s as string, u as number)),
  ...[['RADIO-2W', 129.95], ['TRAIL-CAM', 179.95], ['SOLAR-100', 299]].map(([s, u]) => p('electronics')(s as string, u as number)),
  ...[['GPS-WATCH', 449.99], ['GPS-WATCH-PRO', 899.99], ['SAT-MSG', 399.99], ['SAT-PLB', 299.99], ['GPS-HAND', 499.99],
    ['ACT-CAM', 449.99], ['PWR-STN', 1499], ['PWR-STN-XL', 2199]].map(([s, u]) => p('electronics', { resale: true })(s as string, u as number)),
  ...[['BINO-842', 349.99], ['BINO-HD', 1899.99], ['RNG-FDR', 399.99], ['SCOPE-HNT', 1299.99], ['SPOT-SCOPE', 899.99],
    ['THERM-MON', 2499.99]].map(([s, u]) => p('optics', { resale: true })(s as string, u as number)),
  ...[25, 50, 100, 200, 500].map((usd) => p('giftcard', { resale: true })(`GC-${usd}`, usd)),
];

const byCategory = (category: Category) => PRODUCTS.filter((product) => product.category === category);

export function product(sku: string): Product {
  const found = PRODUCTS.find((candidate) => candidate.sku === sku);
  if (!found) throw new Error(`unknown sku ${sku}`);
  return found;
}

/**
 * A product of the category under a price cap (freight goods only when asked for), cheaper ones more often:
 * a store sells more headlamps than tents.
 */
export function fromCategory(rng: Rng, category: Category, maxUsd = Infinity, oversize = false): Product {
  const fits = byCategory(category).filter(
    (candidate) => candidate.usd <= maxUsd && (oversize || !candidate.oversize),
  );
  const pool = fits.length > 0 ? fits : byCategory(category);
  return rng.weightedPick(pool.map((candidate) => [candidate, 1 / Math.sqrt(candidate.usd)] as const));
}

export function resaleItem(rng: Rng, minUsd = 0): Product {
  const pool = PRODUCTS.filter(
    (candidate) => candidate.resale && candidate.usd >= minUsd && candidate.category !== 'giftcard',
  );
  return rng.pick(pool);
}

/** The season tilts what people buy: snow and gifts in winter, water, bikes and camping in summer. */
export type Season = 'holiday' | 'winter' | 'spring' | 'summer' | 'fall';

export function seasonOf(ms: number): Season {
  const date = new Date(ms);
  const month = date.getUTCMonth();
  if (month === 10 || (month === 11 && date.getUTCDate() <= 24)) return 'holiday';
  if (month === 11 || month <= 1) return 'winter';
  if (month <= 4) return 'spring';
  if (month <= 7) return 'summer';
  return 'fall';
}

export function everydayCategory(rng: Rng, season: Season): Category {
  const cold = season === 'holiday' || season === 'winter';
  const warm = season === 'summer' || season === 'spring';
  return rng.weighted({
    small: 3,
    accessory: 26,
    apparel: cold ? 30 : 20,
    footwear: 13,
    camp: warm ? 16 : 8,
    snow: cold ? 9 : 1,
    water: warm ? 5 : 0.6,
    bike: warm ? 3 : 1,
    electronics: 5,
    optics: season === 'fall' ? 4 : 2,
    giftcard: 0,
  });
}
