import { type BasketLine, lineOf, type Product, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Market, onIslands } from './places.js';
import { type Address } from '../kit/purchase.js';

/**
 * What Essência sells (prices in euro cents, Portuguese VAT included) and how a basket is priced: designer and
 * niche fragrances, gift sets, skincare, make-up, body and home, minis and samples, and e-mailed gift cards.
 * Swiss orders are priced from a franc list (`chf`); shipping by destination; gift wrap; discount codes; loyalty
 * points (500 points make €5 / CHF 5, at most half the merchandise).
 */

export type Category =
  'fragrance' | 'niche_fragrance' | 'gift_set' | 'skincare' | 'makeup' | 'body_home' | 'minis' | 'gift_card';

const p = product<Category>;

/** Designer fragrances: what most people give their mother, and what stolen cards are turned into. */
export const DESIGNER: readonly Product<Category>[] = [
  p('CHA-N5-EDP-100', 'Chanel N°5 Eau de Parfum 100 ml', 'fragrance', 17800),
  p('CHA-CM-EDP-100', 'Chanel Coco Mademoiselle Eau de Parfum 100 ml', 'fragrance', 17400),
  p('CHA-CM-EDP-50', 'Chanel Coco Mademoiselle Eau de Parfum 50 ml', 'fragrance', 13000),
  p('CHA-CET-EDT-100', 'Chanel Chance Eau Tendre Eau de Toilette 100 ml', 'fragrance', 15100),
  p('DIO-JAD-EDP-100', "Dior J'adore Eau de Parfum 100 ml", 'fragrance', 16200),
  p('DIO-JAD-EDP-50', "Dior J'adore Eau de Parfum 50 ml", 'fragrance', 12100),
  p('DIO-MD-EDP-100', 'Dior Miss Dior Eau de Parfum 100 ml', 'fragrance', 16000),
  p('YSL-LIB-EDP-90', 'Yves Saint Laurent Libre Eau de Parfum 90 ml', 'fragrance', 15200),
  p('YSL-LIB-EDP-50', 'Yves Saint Laurent Libre Eau de Parfum 50 ml', 'fragrance', 11400),
  p('LAN-LVEB-EDP-100', 'Lancôme La Vie est Belle Eau de Parfum 100 ml', 'fragrance', 13800),
  p('LAN-LVEB-EDP-50', 'Lancôme La Vie est Belle Eau de Parfum 50 ml', 'fragrance', 9900),
  p('LAN-IDO-EDP-50', 'Lancôme Idôle Eau de Parfum 50 ml', 'fragrance', 9400),
  p('CH-GG-EDP-80', 'Carolina Herrera Good Girl Eau de Parfum 80 ml', 'fragrance', 12900),
  p('ARM-SI-EDP-100', 'Giorgio Armani Sì Eau de Parfum 100 ml', 'fragrance', 14000),
  p('ARM-MW-EDP-90', 'Giorgio Armani My Way Eau de Parfum 90 ml', 'fragrance', 13900),
  p('NR-FH-EDP-100', 'Narciso Rodriguez For Her Eau de Parfum 100 ml', 'fragrance', 12800),
  p('GUE-SHA-EDP-90', 'Guerlain Shalimar Eau de Parfum 90 ml', 'fragrance', 14500),
  p('GUC-BLO-EDP-100', 'Gucci Bloom Eau de Parfum 100 ml', 'fragrance', 13500),
  p('HER-TWI-EDP-85', "Hermès Twilly d'Hermès Eau de Parfum 85 ml", 'fragrance', 13600),
  p('RAB-OLY-EDP-80', 'Rabanne Olympéa Eau de Parfum 80 ml', 'fragrance', 11200),
  p('MJ-DAI-EDT-100', 'Marc Jacobs Daisy Eau de Toilette 100 ml', 'fragrance', 10900),
  p('VR-FLB-EDP-100', 'Viktor&Rolf Flowerbomb Eau de Parfum 100 ml', 'fragrance', 15000),
  p('CHA-N5-PAR-15', 'Chanel N°5 Parfum 15 ml', 'fragrance', 16500),
  p('DIO-SAU-EDP-100', 'Dior Sauvage Eau de Parfum 100 ml', 'fragrance', 13500),
  p('DIO-SAU-ELX-60', 'Dior Sauvage Elixir 60 ml', 'fragrance', 15500),
  p('CHA-BLE-EDP-100', 'Bleu de Chanel Eau de Parfum 100 ml', 'fragrance', 15200),
  p('RAB-1M-EDT-100', 'Rabanne 1 Million Eau de Toilette 100 ml', 'fragrance', 9900),
  p('ARM-ADG-PAR-75', 'Giorgio Armani Acqua di Giò Parfum 75 ml', 'fragrance', 12200),
];

/** Niche and luxury: €150–400 bottles, the collectors' shelf and the resellers' favourites. */
export const NICHE: readonly Product<Category>[] = [
  p(
    'MFK-BR540-EDP-70',
    'Maison Francis Kurkdjian Baccarat Rouge 540 Eau de Parfum 70 ml',
    'niche_fragrance',
    26500,
  ),
  p(
    'MFK-BR540-EXT-70',
    'Maison Francis Kurkdjian Baccarat Rouge 540 Extrait 70 ml',
    'niche_fragrance',
    37500,
  ),
  p('CRE-AVE-EDP-100', 'Creed Aventus Eau de Parfum 100 ml', 'niche_fragrance', 34500),
  p('PDM-DEL-EDP-75', 'Parfums de Marly Delina Eau de Parfum 75 ml', 'niche_fragrance', 29000),
  p('PDM-LAY-EDP-125', 'Parfums de Marly Layton Eau de Parfum 125 ml', 'niche_fragrance', 29500),
  p('TF-OUD-EDP-50', 'Tom Ford Oud Wood Eau de Parfum 50 ml', 'niche_fragrance', 26500),
  p('TF-LCH-EDP-50', 'Tom Ford Lost Cherry Eau de Parfum 50 ml', 'niche_fragrance', 33500),
  p('LL-SAN33-EDP-100', 'Le Labo Santal 33 Eau de Parfum 100 ml', 'niche_fragrance', 31000),
  p('KIL-LDBS-EDP-50', "Kilian Love, Don't Be Shy Eau de Parfum 50 ml", 'niche_fragrance', 30500),
  p('XER-NAX-EDP-100', 'Xerjoff Naxos Eau de Parfum 100 ml', 'niche_fragrance', 28500),
  p('CHA-EXC-1957-75', 'Chanel Les Exclusifs 1957 Eau de Parfum 75 ml', 'niche_fragrance', 26000),
  p('BYR-GW-EDP-100', 'Byredo Gypsy Water Eau de Parfum 100 ml', 'niche_fragrance', 23500),
  p('DIP-PHI-EDP-75', 'Diptyque Philosykos Eau de Parfum 75 ml', 'niche_fragrance', 16500),
  p('JM-WSS-COL-100', 'Jo Malone Wood Sage & Sea Salt Cologne 100 ml', 'niche_fragrance', 15500),
  p('MM-RBF-EDT-100', 'Maison Margiela Replica By the Fireplace 100 ml', 'niche_fragrance', 15500),
  p('CLP-MUS-COL-100', 'Claus Porto Musgo Real Eau de Cologne 100 ml', 'niche_fragrance', 6900),
];

/** What resale buyers ask for: the bottles stolen cards are spent on. */
export const RESALE: readonly string[] = [
  'MFK-BR540-EDP-70',
  'MFK-BR540-EXT-70',
  'CRE-AVE-EDP-100',
  'PDM-DEL-EDP-75',
  'PDM-LAY-EDP-125',
  'TF-LCH-EDP-50',
  'TF-OUD-EDP-50',
  'CHA-N5-EDP-100',
  'CHA-CM-EDP-100',
  'DIO-SAU-EDP-100',
  'DIO-SAU-ELX-60',
  'CHA-BLE-EDP-100',
  'YSL-LIB-EDP-90',
  'DIO-JAD-EDP-100',
];

export const GIFT_SETS: readonly Product<Category>[] = [
  p('LAN-LVEB-SET', 'Lancôme La Vie est Belle 50 ml + Body Lotion gift set', 'gift_set', 9900),
  p('DIO-JAD-SET', "Dior J'adore 50 ml + Body Milk gift set", 'gift_set', 12900),
  p('YSL-LIB-SET', 'Yves Saint Laurent Libre 50 ml + 10 ml travel spray gift set', 'gift_set', 11500),
  p('CH-GG-SET', 'Carolina Herrera Good Girl 80 ml gift set', 'gift_set', 13500),
  p('ARM-SI-SET', 'Giorgio Armani Sì 50 ml gift set', 'gift_set', 10500),
  p('NR-FH-SET', 'Narciso Rodriguez For Her 50 ml gift set', 'gift_set', 8900),
  p('MJ-DAI-SET', 'Marc Jacobs Daisy 50 ml gift set', 'gift_set', 7900),
  p('JM-COL-SET', 'Jo Malone Cologne Collection 5 × 9 ml', 'gift_set', 8500),
  p('CLP-SOAP-SET', 'Claus Porto gift box, three soaps', 'gift_set', 3900),
  p('CLA-DS-SET', 'Clarins Double Serum gift set', 'gift_set', 11200),
];

export const SKINCARE: readonly Product<Category>[] = [
  p('LM-CDLM-60', 'La Mer Crème de la Mer 60 ml', 'skincare', 39500),
  p('SIS-SIS-50', "Sisley Sisleÿa L'Intégral Anti-Âge 50 ml", 'skincare', 43000),
  p('EL-ANR-50', 'Estée Lauder Advanced Night Repair 50 ml', 'skincare', 11500),
  p('CLA-DS-50', 'Clarins Double Serum 50 ml', 'skincare', 9800),
  p('LAN-GEN-50', 'Lancôme Advanced Génifique 50 ml', 'skincare', 10500),
  p('SHI-ULT-50', 'Shiseido Ultimune Serum 50 ml', 'skincare', 9200),
  p('CAU-VIN-30', 'Caudalie Vinoperfect Radiance Serum 30 ml', 'skincare', 4900),
  p('KIE-UFC-50', "Kiehl's Ultra Facial Cream 50 ml", 'skincare', 3300),
  p('CLI-DDM-125', 'Clinique Dramatically Different Moisturizing Lotion+ 125 ml', 'skincare', 3600),
  p('LRP-CIC-40', 'La Roche-Posay Cicaplast Baume B5+ 40 ml', 'skincare', 1290),
];

export const MAKEUP: readonly Product<Category>[] = [
  p('MAC-LIP-RW', 'MAC Matte Lipstick Ruby Woo', 'makeup', 2400),
  p('CT-PT-LIP', 'Charlotte Tilbury Matte Revolution Pillow Talk', 'makeup', 3600),
  p('EL-DW-FDN', 'Estée Lauder Double Wear Foundation 30 ml', 'makeup', 4800),
  p('DIO-FOR-FDN', 'Dior Forever Skin Glow Foundation 30 ml', 'makeup', 5600),
  p('MUFE-HD-FDN', 'Make Up For Ever HD Skin Foundation 30 ml', 'makeup', 4700),
  p('NARS-RCC', 'NARS Radiant Creamy Concealer', 'makeup', 3400),
  p('UD-NAK-PAL', 'Urban Decay Naked Eyeshadow Palette', 'makeup', 5800),
  p('BEN-ROL-MAS', 'Benefit Roller Lash Mascara', 'makeup', 3200),
  p('UD-ASD-118', 'Urban Decay All Nighter Setting Spray 118 ml', 'makeup', 3600),
  p('HUDA-EBP', 'Huda Beauty Easy Bake Loose Powder', 'makeup', 4100),
  p('FEN-GB', 'Fenty Beauty Gloss Bomb', 'makeup', 2300),
  p('CHA-RA-LIP', 'Chanel Rouge Allure Lipstick', 'makeup', 4800),
  p('ABH-BW', 'Anastasia Beverly Hills Brow Wiz', 'makeup', 2600),
  p('PRO-BRUSH-12', 'Essência Pro brush set, 12 brushes', 'makeup', 6900),
  p('LASH-DEMI', 'Ardell Demi Wispies lashes, 4 pairs', 'makeup', 1400),
];

/** The foundations a make-up artist stocks in many shades. */
export const FOUNDATIONS = ['EL-DW-FDN', 'DIO-FOR-FDN', 'MUFE-HD-FDN', 'NARS-RCC'];

export const BODY_HOME: readonly Product<Category>[] = [
  p('CLP-VOG-SOAP', 'Claus Porto Voga soap 150 g', 'body_home', 1600),
  p('CLP-MINI-SOAP', 'Claus Porto mini soap 50 g', 'body_home', 690),
  p('CB-CANDLE', 'Castelbel scented candle 220 g', 'body_home', 2900),
  p('DIP-BAIES-190', 'Diptyque Baies candle 190 g', 'body_home', 7000),
  p('LOC-HC-30', "L'Occitane Shea Butter Hand Cream 30 ml", 'body_home', 900),
  p('NUX-HP-100', 'Nuxe Huile Prodigieuse 100 ml', 'body_home', 3290),
  p('LAN-LVEB-BL', 'Lancôme La Vie est Belle Body Lotion 200 ml', 'body_home', 5200),
];

export const MINIS: readonly Product<Category>[] = [
  p('DISC-NICHE-8', 'Niche discovery set, 8 × 2 ml', 'minis', 3200),
  p('TRV-SPRAY-10', 'Refillable travel spray 10 ml', 'minis', 2900),
  p('SAMPLE-TRIO', 'Sample trio of your choice', 'minis', 600),
  p('LIP-BALM', 'Essência lip balm', 'minis', 850),
];

/** The cheapest things in the shop: what card testers put in a basket. */
export const CHEAPEST = ['SAMPLE-TRIO', 'CLP-MINI-SOAP', 'LIP-BALM', 'LOC-HC-30', 'LRP-CIC-40'];

export const ALL: readonly Product<Category>[] = [
  ...DESIGNER,
  ...NICHE,
  ...GIFT_SETS,
  ...SKINCARE,
  ...MAKEUP,
  ...BODY_HOME,
  ...MINIS,
];

const BY_SKU = new Map(ALL.map((x) => [x.sku, x]));

export function bySku(sku: string): Product<Category> {
  const found = BY_SKU.get(sku);
  if (!found) throw new Error(`no product ${sku}`);
  return found;
}

/** An e-mailed gift card of `value` cents. */
export const giftCard = (value: number): Product<Category> =>
  p(`GC-EMAIL-${value / 100}`, `E-mail gift card ${value / 100}`, 'gift_card', value);

export { lineOf };

/** How an order is delivered. */
export type Fulfilment =
  'ctt_standard' | 'ctt_express' | 'dpd_home' | 'pickup_point' | 'store_lisboa' | 'store_porto' | 'email';

export type Currency = 'EUR' | 'CHF';

export interface Basket {
  lines: BasketLine<Category>[];
  currency: Currency;
  code?: string;
  discount: number;
  points: number;
  pointsValue: number;
  shippingFee: number;
  wrapFee: number;
  amount: number;
}

/** The franc price list: a little above the euro figure, ending in .90. */
export const chf = (eur: number): number => Math.max(90, Math.round((eur * 1.02) / 100) * 100 - 10);

/** Shipping: free above a threshold, by destination and service (francs to Switzerland). */
export function shippingFee(f: Fulfilment, to: Address | undefined, merchandise: number): number {
  if (f === 'email' || f === 'store_lisboa' || f === 'store_porto' || !to) return 0;
  const c = to.country;
  if (c === 'PT') {
    if (onIslands(to)) return merchandise >= 5900 ? 0 : 695;
    if (f === 'ctt_express') return 595;
    if (f === 'pickup_point') return merchandise >= 3900 ? 0 : 250;
    return merchandise >= 3900 ? 0 : 395;
  }
  if (c === 'ES')
    return f === 'ctt_express' ? 895 : merchandise >= 5900 ? 0 : f === 'pickup_point' ? 395 : 495;
  if (c === 'CH') return merchandise >= 15_000 ? 0 : 1490;
  return merchandise >= 8900 ? 0 : f === 'pickup_point' ? 595 : 795;
}

/** What a basket is priced with besides its lines. */
export interface Pricing {
  currency: Currency;
  fulfilment: Fulfilment;
  to?: Address;
  /** A discount code and its share off everything but gift cards. */
  code?: { code: string; off: number };
  /** Loyalty points the buyer wants to spend (rounded down to 500s, at most half the merchandise). */
  points?: number;
  wrap?: boolean;
}

/** Lines in the catalogue's euro prices, priced in the order's currency, with discount, points, shipping, wrap. */
export function priced(lines: readonly BasketLine<Category>[], pr: Pricing): Basket {
  const inCurrency = lines.map((l) => ({
    ...l,
    price: pr.currency === 'CHF' && l.category !== 'gift_card' ? chf(l.price) : l.price,
  }));
  const subtotal = inCurrency.reduce((s, l) => s + l.price * l.quantity, 0);
  const eligible = inCurrency
    .filter((l) => l.category !== 'gift_card')
    .reduce((s, l) => s + l.price * l.quantity, 0);
  const discount = pr.code ? Math.round(eligible * pr.code.off) : 0;
  const merchandise = subtotal - discount;
  const blocks = Math.min(Math.floor((pr.points ?? 0) / 500), Math.floor((eligible - discount) / 2 / 500));
  const points = Math.max(0, blocks) * 500;
  const pointsValue = points;
  const shipping = shippingFee(pr.fulfilment, pr.to, merchandise);
  const wrapFee = pr.wrap ? 250 : 0;
  return {
    lines: inCurrency,
    currency: pr.currency,
    ...(pr.code && discount > 0 ? { code: pr.code.code } : {}),
    discount,
    points,
    pointsValue,
    shippingFee: shipping,
    wrapFee,
    amount: merchandise - pointsValue + shipping + wrapFee,
  };
}

/** `count` distinct products from `from`. */
export function some(rng: Rng, from: readonly Product<Category>[], count: number): Product<Category>[] {
  return rng.shuffle(from).slice(0, Math.max(1, Math.min(count, from.length)));
}

/** What a market's checkout is priced in. */
export const currencyOf = (m: Market | string): Currency => (m === 'CH' ? 'CHF' : 'EUR');
