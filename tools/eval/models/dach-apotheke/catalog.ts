import { market, MARKETS, type MarketCode } from './geo.js';
import { type Rng } from '../kit/random.js';

/** What the shop sells, with euro prices in cents; other currencies are converted and rounded like a shop does. */

export interface Product {
  sku: string;
  name: string;
  category: string;
  euro: number;
  /** Branded, easy to resell (marketplaces, bazaars). */
  resale?: boolean;
}

const P = (sku: string, name: string, category: string, euro: number, resale = false): Product => ({
  sku,
  name,
  category,
  euro,
  ...(resale ? { resale } : {}),
});

export const CATALOG: readonly Product[] = [
  P('VIT-D3-1000', 'Vitamin D3 1000 I.E. 120 Tabletten', 'supplements', 895),
  P('MAG-400-60', 'Magnesium 400 Direkt-Sticks 60', 'supplements', 1295),
  P('OMEGA3-120', 'Omega-3 Kapseln 120', 'supplements', 2190),
  P('ORTHO-IMMUN30', 'Orthomol Immun 30 Trinkfläschchen', 'supplements', 6495, true),
  P('PROBIO-30', 'Probiotikum Kapseln 30', 'supplements', 2450),
  P('COLLAGEN-300', 'Kollagen Pulver 300 g', 'supplements', 3990, true),
  P('LRP-EFFACLAR', 'La Roche-Posay Effaclar Duo+ 40 ml', 'cosmetics', 1995, true),
  P('VICHY-LIFT50', 'Vichy Liftactiv Collagen Specialist 50 ml', 'cosmetics', 4290, true),
  P('CERAVE-473', 'CeraVe Feuchtigkeitscreme 454 g', 'cosmetics', 1849, true),
  P('ESTEE-ANR50', 'Estée Lauder Advanced Night Repair 50 ml', 'cosmetics', 10900, true),
  P('EUCERIN-HYA', 'Eucerin Hyaluron-Filler Nachtpflege', 'cosmetics', 3295, true),
  P('LIPBALM', 'Lippenpflege Stick', 'cosmetics', 295),
  P('SAMPLE-BOX', 'Probierbox Pflege', 'cosmetics', 490),
  P('IBU-400-20', 'Ibuprofen 400 mg 20 Tabletten', 'otc', 449),
  P('NASAL-SPRAY', 'Nasenspray 10 ml', 'otc', 395),
  P('COLD-HOT', 'Erkältungsgetränk 10 Beutel', 'otc', 1195),
  P('BP-MONITOR', 'Blutdruckmessgerät Oberarm', 'devices', 5990, true),
  P('THERMO-IR', 'Infrarot-Fieberthermometer', 'devices', 2999),
  P('TOOTHBRUSH', 'Oral-B iO Series 7', 'devices', 17999, true),
  P('BABY-FORMULA', 'Säuglingsmilch Pre 800 g', 'baby', 2495, true),
  P('BABY-WIPES', 'Feuchttücher 4×80', 'baby', 799),
  P('INCONT-30', 'Inkontinenzeinlagen 30 Stück', 'care', 1490),
  P('COMPRESSION', 'Kompressionsstrümpfe Klasse 1', 'care', 3450),
  P('TEST-STRIPS', 'Blutzucker-Teststreifen 50', 'care', 2890),
];

export const CHEAP = CATALOG.filter((p) => p.euro < 600);
export const RESALE = CATALOG.filter((p) => p.resale);
export const SUPPLEMENTS = CATALOG.filter((p) => p.category === 'supplements');
const EVERYDAY = CATALOG.filter((p) => !p.resale && p.euro >= 600);

export interface Line {
  sku: string;
  name: string;
  category: string;
  quantity: number;
  price: number;
}
export interface Basket {
  currency: string;
  amount: number;
  lines: Line[];
}

/** A local price in minor units, rounded to .95/.90 endings as shops do. */
function priceIn(euro: number, c: MarketCode): number {
  const m = market(c);
  const raw = euro * m.perEuro;
  if (m.currency === 'CZK') return Math.max(100, Math.round(raw / 100) * 100);
  return Math.max(95, Math.round(raw / 10) * 10 - 5);
}

export function basket(
  c: MarketCode,
  picks: ReadonlyArray<readonly [Product, number]>,
  discountPct = 0,
  shipping = true,
): Basket {
  const lines = picks.map(([p, q]) => ({
    sku: p.sku,
    name: p.name,
    category: p.category,
    quantity: q,
    price: priceIn(p.euro, c),
  }));
  let goods = lines.reduce((a, l) => a + l.price * l.quantity, 0);
  goods = Math.round(goods * (1 - discountPct / 100));
  const freeFrom = priceIn(2900, c);
  const fee = shipping && goods < freeFrom ? priceIn(395, c) : 0;
  return { currency: MARKETS[c].currency, amount: goods + fee, lines };
}

/** An everyday basket: a few items, sometimes a branded cream. */
export function everyday(rng: Rng, size = rng.int(1, 4)): Array<[Product, number]> {
  const out: Array<[Product, number]> = [];
  for (let i = 0; i < size; i++) {
    const p = rng.chance(0.2) ? rng.pick(RESALE) : rng.pick(EVERYDAY);
    if (!out.some(([x]) => x === p)) out.push([p, rng.chance(0.15) ? 2 : 1]);
  }
  return out;
}
