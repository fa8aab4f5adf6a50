import { type BasketLine, lineOf, product, type Product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { throneWeek } from './calendar.js';

/**
 * What the shop sells, in dirhams (centimes) for Morocco and in euros (cents) abroad: the euro list is its own
 * (export prices, not a conversion at the day's rate). Shipping: Amana or a private courier in Morocco (free from
 * 400 DH), same-day delivery in Marrakech (riads and hotels too), tracked post to Europe (free from €120) and to
 * North America, rugs by freight.
 */

export type Category =
  'argan' | 'amlou' | 'cosmetics' | 'spices' | 'babouches' | 'leather' | 'ceramics' | 'rugs';
export type Currency = 'MAD' | 'EUR';

export interface Item extends Product<Category> {
  eur: number;
}

const item = (sku: string, name: string, category: Category, mad: number, eur: number): Item => ({
  ...product(sku, name, category, mad * 100),
  eur: Math.round(eur * 100),
});

export const CATALOGUE = {
  argan50: item('ARG-COS-50', "Huile d'argan cosmétique bio 50 ml", 'argan', 120, 14.9),
  argan100: item('ARG-COS-100', "Huile d'argan cosmétique bio 100 ml", 'argan', 210, 24.9),
  arganFood: item('ARG-ALI-250', "Huile d'argan alimentaire grillée 250 ml", 'argan', 230, 27.9),
  arganLitre: item('ARG-ALI-1L', "Huile d'argan alimentaire 1 L (vrac)", 'argan', 780, 89),
  amlou250: item('AML-250', 'Amlou amandes et argan 250 g', 'amlou', 85, 11.5),
  amlou500: item('AML-500', 'Amlou amandes et argan 500 g', 'amlou', 150, 19.9),
  ghassoul: item('GHA-200', "Ghassoul de l'Atlas 200 g", 'cosmetics', 40, 6.9),
  blackSoap: item('SAV-NOIR-250', 'Savon noir beldi eucalyptus 250 g', 'cosmetics', 45, 7.5),
  blackSoapBulk: item('SAV-NOIR-5KG', 'Savon noir beldi 5 kg (professionnel)', 'cosmetics', 520, 59),
  roseWater: item('ROSE-250', "Eau de rose de Kelaat M'Gouna 250 ml", 'cosmetics', 55, 8.9),
  hammamKit: item('HAM-KIT', 'Coffret hammam (savon noir, ghassoul, kessa)', 'cosmetics', 190, 29.9),
  pricklyPear: item('FIG-30', 'Huile de pépins de figue de Barbarie 30 ml', 'cosmetics', 290, 39),
  saffron1: item('SAF-1', 'Safran de Taliouine 1 g', 'spices', 45, 7.9),
  saffron5: item('SAF-5', 'Safran de Taliouine 5 g', 'spices', 210, 29),
  rasElHanout: item('RAS-100', 'Ras el hanout 100 g', 'spices', 40, 6.5),
  spiceBox: item('EPI-COF', 'Coffret six épices du souk', 'spices', 160, 22),
  babouches: item('BAB-CUIR', 'Babouches cuir naturel', 'babouches', 260, 35),
  babouchesBrodees: item('BAB-BRODE', 'Babouches brodées femme', 'babouches', 320, 42),
  tote: item('SAC-CABAS', 'Cabas en cuir tanné', 'leather', 690, 89),
  crossbody: item('SAC-BANDOU', 'Sac bandoulière cuir', 'leather', 890, 115),
  weekender: item('SAC-VOYAGE', 'Sac de voyage en cuir', 'leather', 1650, 209),
  pouf: item('POUF-CUIR', 'Pouf en cuir brodé (non rembourré)', 'leather', 590, 79),
  safiPlate: item('SAFI-ASS', 'Assiette peinte de Safi', 'ceramics', 140, 19),
  safiTagine: item('SAFI-TAJ', 'Tajine décoratif de Safi', 'ceramics', 320, 42),
  fesBowls: item('FES-BOL', 'Six bols bleu de Fès', 'ceramics', 480, 62),
  fesPlatter: item('FES-PLAT', 'Grand plat de Fès', 'ceramics', 650, 85),
  beniOurain170: item('TAP-BO-170', 'Tapis Beni Ourain 170 × 240', 'rugs', 8900, 990),
  beniOurain200: item('TAP-BO-200', 'Tapis Beni Ourain 200 × 300', 'rugs', 14500, 1590),
  azilal: item('TAP-AZI', 'Tapis Azilal 150 × 230', 'rugs', 5600, 640),
  boucherouite: item('TAP-BOU', 'Tapis boucherouite 120 × 180', 'rugs', 2400, 280),
  kilim: item('TAP-KIL', 'Kilim glaoui 160 × 250', 'rugs', 3900, 450),
} as const;

const C = CATALOGUE;
export const PANTRY: readonly Item[] = [
  C.argan50,
  C.argan100,
  C.arganFood,
  C.amlou250,
  C.amlou500,
  C.ghassoul,
  C.blackSoap,
  C.roseWater,
  C.hammamKit,
  C.pricklyPear,
  C.saffron1,
  C.saffron5,
  C.rasElHanout,
  C.spiceBox,
];
export const CRAFTS: readonly Item[] = [
  C.babouches,
  C.babouchesBrodees,
  C.tote,
  C.crossbody,
  C.weekender,
  C.pouf,
  C.safiPlate,
  C.safiTagine,
  C.fesBowls,
  C.fesPlatter,
];
export const RUGS: readonly Item[] = [C.beniOurain170, C.beniOurain200, C.azilal, C.boucherouite, C.kilim];

export type Delivery = 'amana' | 'courier' | 'same_day' | 'riad' | 'post_europe' | 'post_america' | 'freight';

export type Line = BasketLine<Category>;

export interface Basket {
  lines: Line[];
  currency: Currency;
  shippingFee: number;
  code?: string;
  discount: number;
  amount: number;
}

/** A catalogue item as a basket line, priced in the currency. */
export const lineIn = (i: Item, currency: Currency, quantity = 1): Line => ({
  ...lineOf(i, quantity),
  price: currency === 'MAD' ? i.price : i.eur,
});

/** What delivery costs, by the goods' total. */
export function shippingFee(delivery: Delivery, goods: number, rugs: boolean): number {
  switch (delivery) {
    case 'amana':
    case 'courier':
      return goods >= 40_000 ? 0 : delivery === 'amana' ? 3_000 : 4_000;
    case 'same_day':
    case 'riad':
      return goods >= 40_000 ? 0 : 2_500;
    case 'post_europe':
      return goods >= 12_000 ? 0 : 1_490;
    case 'post_america':
      return goods >= 25_000 ? 0 : 2_900;
    case 'freight':
      return rugs ? 12_000 : 18_000;
  }
}

/** Freight within Morocco is priced in dirhams (300 DH); free in Marrakech. */
export function freightFee(currency: Currency, country: string, city: string | undefined): number {
  if (currency === 'MAD') return city === 'Marrakech' ? 0 : 30_000;
  return country === 'CA' || country === 'US' ? 18_000 : 9_500;
}

/** A basket from lines: shipping by delivery (or given), a discount code, the total. */
export function basketOf(
  lines: Line[],
  currency: Currency,
  delivery: Delivery,
  opts: { fee?: number; code?: string; percent?: number } = {},
): Basket {
  const goods = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const rugs = lines.some((l) => l.category === 'rugs');
  const fee = opts.fee ?? shippingFee(delivery, goods, rugs);
  const discount = opts.code && opts.percent ? Math.round((goods * opts.percent) / 100 / 100) * 100 : 0;
  return {
    lines,
    currency,
    shippingFee: fee,
    ...(opts.code && discount > 0 ? { code: opts.code } : {}),
    discount,
    amount: goods - discount + fee,
  };
}

/** A pantry basket: argan, amlou, cosmetics and spices, one to four lines. */
export function pantryLines(rng: Rng, currency: Currency, most = 4): Line[] {
  const n = rng.weightedPick<number>([
    [1, 30],
    [2, 32],
    [3, 22],
    [4, 16],
  ]);
  const picked = rng.shuffle(PANTRY).slice(0, Math.min(n, most));
  return picked.map((i) => lineIn(i, currency, rng.chance(0.25) ? rng.int(2, 4) : 1));
}

/** A crafts basket: babouches, a bag, ceramics, now and then with some pantry. */
export function craftLines(rng: Rng, currency: Currency): Line[] {
  const n = rng.weightedPick<number>([
    [1, 50],
    [2, 35],
    [3, 15],
  ]);
  const lines = rng
    .shuffle(CRAFTS)
    .slice(0, n)
    .map((i) => lineIn(i, currency, i.category === 'babouches' && rng.chance(0.3) ? rng.int(2, 4) : 1));
  if (rng.chance(0.4)) lines.push(lineIn(rng.pick(PANTRY), currency));
  return lines;
}

/** One rug (rarely two), sometimes with a pouf or cushions' worth of crafts. */
export function rugLines(rng: Rng, currency: Currency): Line[] {
  const lines = [lineIn(rng.pick(RUGS), currency)];
  if (rng.chance(0.12)) lines.push(lineIn(rng.pick(RUGS), currency));
  if (rng.chance(0.25)) lines.push(lineIn(C.pouf, currency));
  return lines;
}

/** A discount code the buyer might type: the Throne Day promotion, a first-order code, a diaspora welcome. */
export function codeFor(
  rng: Rng,
  t: number,
  first: boolean,
  diaspora: boolean,
): { code?: string; percent?: number } {
  if (throneWeek(t) && rng.chance(0.35)) return { code: 'TRONE27', percent: 15 };
  if (first && rng.chance(0.25)) return { code: 'BIENVENUE10', percent: 10 };
  if (diaspora && rng.chance(0.15)) return { code: 'MARHABA26', percent: 10 };
  return {};
}
