import { type BasketLine, product, type Product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Market } from './places.js';

/**
 * What the label sells, priced in rupees for the Pakistani storefront (minor units: paisa, so ×100) and
 * converted for the international storefront at about 2.4 times the rupee price (duty, DHL and the diaspora
 * margin), rounded to whole pounds, dollars, dirhams or Canadian dollars. Saudi buyers pay in US dollars.
 */

export type Category =
  'unstitched_lawn' | 'unstitched_formal' | 'pret' | 'formal' | 'dupatta' | 'accessories' | 'gift_card';

const rs = (rupees: number): number => rupees * 100;

export const CATALOGUE = {
  printedLawn2: product('LWN27-131', "Printed Lawn 2-Piece 'Kahkashan'", 'unstitched_lawn', rs(4_490)),
  printedLawn: product('LWN27-101', "Printed Lawn 3-Piece 'Gulnar'", 'unstitched_lawn', rs(5_990)),
  printedLawnB: product('LWN27-104', "Printed Lawn 3-Piece 'Neel'", 'unstitched_lawn', rs(6_490)),
  embroideredLawn: product('LWN27-112', "Embroidered Lawn 3-Piece 'Mehtab'", 'unstitched_lawn', rs(9_990)),
  embroideredLawnB: product('LWN27-118', "Embroidered Lawn 3-Piece 'Sitara'", 'unstitched_lawn', rs(11_490)),
  luxuryLawn: product(
    'LWN27-125',
    "Luxury Lawn 3-Piece, Schiffli Front 'Rooh'",
    'unstitched_lawn',
    rs(14_990),
  ),
  lawnSilk: product('LWN27-140', "Luxury Lawn with Silk Dupatta 'Shehnai'", 'unstitched_lawn', rs(17_990)),
  chiffon: product('CHF27-201', "Embroidered Chiffon 3-Piece 'Noor Mahal'", 'unstitched_formal', rs(18_990)),
  luxuryChiffon: product('CHF27-207', "Luxury Chiffon 3-Piece 'Zarnigar'", 'unstitched_formal', rs(27_990)),
  organza: product('CHF27-214', "Organza Formal 3-Piece 'Shahkaar'", 'unstitched_formal', rs(32_990)),
  printedKurta: product('PRT-401', 'Printed Lawn Kurta', 'pret', rs(3_490)),
  embroideredKurta: product('PRT-405', 'Embroidered Lawn Kurta', 'pret', rs(5_490)),
  cambric2: product('PRT-411', 'Cambric Kurta & Trouser 2-Piece', 'pret', rs(7_990)),
  pret3: product('PRT-418', 'Embroidered Lawn 3-Piece Pret', 'pret', rs(12_990)),
  kidsKurta: product('PRT-422', "Girls' Mini-Me Kurta", 'pret', rs(2_990)),
  trousers: product('PRT-430', 'Cigarette Pants', 'pret', rs(2_490)),
  rawSilk: product('FML-501', 'Raw Silk Festive Kurta with Dupatta', 'formal', rs(24_990)),
  angrakha: product('FML-526', 'Net Angrakha Formal', 'formal', rs(39_990)),
  pishwas: product('FML-509', 'Embellished Chiffon Pishwas', 'formal', rs(54_990)),
  gharara: product('FML-515', 'Mehndi Gharara Set', 'formal', rs(69_990)),
  lehenga: product('FML-521', "Luxury Formal Lehenga 'Shahi'", 'formal', rs(189_990)),
  chiffonDupatta: product('DPT-601', 'Printed Chiffon Dupatta', 'dupatta', rs(2_490)),
  organzaDupatta: product('DPT-605', 'Embroidered Organza Dupatta', 'dupatta', rs(5_990)),
  banarsi: product('DPT-610', 'Banarsi Jacquard Dupatta', 'dupatta', rs(7_490)),
  bangles: product('ACC-701', 'Glass Bangles Set (Chand Raat)', 'accessories', rs(990)),
  scrunchies: product('ACC-715', 'Silk Scrunchie Set', 'accessories', rs(790)),
  jhumkas: product('ACC-708', 'Kundan Jhumkas', 'accessories', rs(2_990)),
  eidBox: product('ACC-720', 'Eid Gift Box (mehndi cones, bangles, potli)', 'accessories', rs(3_490)),
  khussa: product('ACC-703', 'Embellished Khussa', 'accessories', rs(4_490)),
  clutch: product('ACC-712', 'Embellished Potli Clutch', 'accessories', rs(5_990)),
  giftCard: product('GFT-5000', 'E-Gift Card PKR 5,000', 'gift_card', rs(5_000)),
} as const;

export type Sku = keyof typeof CATALOGUE;
type P = Product<Category>;
const C = CATALOGUE;

/** What people pick, by what they came for. */
export const RANGES = {
  everydayLawn: [C.printedLawn2, C.printedLawn, C.printedLawnB, C.embroideredLawn, C.embroideredLawnB],
  launchLawn: [
    C.printedLawn,
    C.printedLawnB,
    C.embroideredLawn,
    C.embroideredLawnB,
    C.luxuryLawn,
    C.lawnSilk,
  ],
  formalUnstitched: [C.chiffon, C.luxuryChiffon, C.organza],
  pret: [C.printedKurta, C.embroideredKurta, C.cambric2, C.pret3, C.kidsKurta, C.trousers],
  formal: [C.rawSilk, C.angrakha, C.pishwas, C.gharara],
  bridal: [C.pishwas, C.gharara, C.lehenga, C.luxuryChiffon, C.organza, C.angrakha],
  dupattas: [C.chiffonDupatta, C.organzaDupatta, C.banarsi],
  accessories: [C.bangles, C.jhumkas, C.eidBox, C.khussa, C.clutch],
  cheapest: [C.bangles, C.scrunchies],
} satisfies Record<string, readonly P[]>;

export type Currency = 'PKR' | 'GBP' | 'USD' | 'AED' | 'CAD';

/** The storefront's currency by the destination: rupees at home, dollars for Saudi Arabia. */
export const CURRENCY: Readonly<Record<Market, Currency>> = {
  PK: 'PKR',
  GB: 'GBP',
  US: 'USD',
  AE: 'AED',
  SA: 'USD',
  CA: 'CAD',
};

/** Rupees per unit of each currency for the international price list (early 2027). */
const RUPEES_PER: Readonly<Record<Currency, number>> = { PKR: 1, GBP: 372, USD: 284, AED: 77.3, CAD: 204 };
const MARKUP = 2.4;

/** A product's unit price in the currency's minor units (whole units abroad). */
export function priceIn(p: P, currency: Currency): number {
  if (currency === 'PKR') return p.price;
  return Math.max(1, Math.round(((p.price / 100) * MARKUP) / RUPEES_PER[currency])) * 100;
}

export const lineIn = (p: P, currency: Currency, quantity = 1): BasketLine<Category> => ({
  sku: p.sku,
  name: p.name,
  category: p.category,
  quantity,
  price: priceIn(p, currency),
});

export type Fulfilment = 'courier' | 'express' | 'pickup' | 'cargo' | 'dhl_express' | 'email';

/** Shipping by fulfilment and currency, and the order value from which it is free. */
export function shippingFee(f: Fulfilment, currency: Currency, items: number): number {
  if (f === 'pickup' || f === 'email') return 0;
  if (currency === 'PKR') {
    if (f === 'express') return rs(500);
    if (f === 'cargo') return rs(1_500);
    return items >= rs(5_000) ? 0 : rs(250);
  }
  const [fee, freeFrom] = { GBP: [18, 200], USD: [25, 250], AED: [75, 800], CAD: [35, 300] }[currency];
  return items >= freeFrom * 100 ? 0 : fee * 100;
}

/** US orders pay duties and tariff at checkout since the de minimis exemption ended; elsewhere the courier collects. */
export const US_DUTY = 0.3;

export interface Basket {
  lines: BasketLine<Category>[];
  amount: number;
  currency: Currency;
  discount: number;
  code?: string;
  shippingFee: number;
  dutiesFee: number;
  /** Duties paid (DDP) at checkout or unpaid (DDU), collected at the door abroad. */
  duties?: 'ddp' | 'ddu';
}

/** Lines summed, the discount (a percent off the items, whole units) taken, shipping and US duties added. */
export function basketOf(
  lines: BasketLine<Category>[],
  currency: Currency,
  f: Fulfilment,
  destination: string,
  offer?: { code: string; percent: number },
): Basket {
  const items = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const discount = offer ? Math.round((items * offer.percent) / 100 / 100) * 100 : 0;
  const fee = shippingFee(f, currency, items - discount);
  const abroad = destination !== 'PK';
  const dutiesFee = destination === 'US' ? Math.round(((items - discount) * US_DUTY) / 100) * 100 : 0;
  return {
    lines,
    amount: items - discount + fee + dutiesFee,
    currency,
    discount,
    ...(offer ? { code: offer.code } : {}),
    shippingFee: fee,
    dutiesFee,
    ...(abroad ? { duties: destination === 'US' ? ('ddp' as const) : ('ddu' as const) } : {}),
  };
}

/** `n` distinct products from a range (or repeats once the range runs out), one of each. */
export function pickLines(
  rng: Rng,
  range: readonly P[],
  n: number,
  currency: Currency,
): BasketLine<Category>[] {
  const chosen = rng.shuffle(range).slice(0, Math.min(n, range.length));
  return chosen.map((p) => lineIn(p, currency));
}

/** Adds one product from a range to the lines, or bumps its quantity when already there. */
export function addFrom(
  rng: Rng,
  lines: BasketLine<Category>[],
  range: readonly P[],
  currency: Currency,
): void {
  const p = rng.pick(range);
  const there = lines.find((l) => l.sku === p.sku);
  if (there) there.quantity += 1;
  else lines.push(lineIn(p, currency));
}
