import { type BasketLine, lineOf, type Product, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';

/**
 * What the shop sells: baby and royal alpaca knitwear, scarves, wraps, ponchos, throws, hats, gloves and socks,
 * yarn for knitters, small fur accessories, vicuña pieces from Andean community shearings, and e-gift cards.
 * Export prices are in US cents; the Peruvian site's prices in céntimos de sol (IGV included), set a little
 * under the exchange rate as Lima shops do. Boutiques buy at the wholesale list, half of retail.
 */

export type Category =
  | 'sweater'
  | 'cardigan'
  | 'scarf'
  | 'shawl'
  | 'poncho'
  | 'throw'
  | 'hat'
  | 'gloves'
  | 'socks'
  | 'accessory'
  | 'yarn'
  | 'vicuna'
  | 'gift_card';

export interface Item extends Product<Category> {
  /** The price on the Peruvian site, céntimos. */
  pen: number;
}

export type Currency = 'USD' | 'PEN';

/** S/ price for a US-dollar price: about 3.3 soles to the dollar, ending in 9. */
const penOf = (usdCents: number): number => (Math.round((usdCents / 100) * 0.33) * 10 - 1) * 100;

const item = (sku: string, name: string, category: Category, usd: number, pen = penOf(usd)): Item => ({
  ...product(sku, name, category, usd),
  pen,
});

export const CATALOGUE: readonly Item[] = [
  item('SW-BA-CREW', 'Baby alpaca crew-neck sweater', 'sweater', 18_900),
  item('SW-RA-VNECK', 'Men’s royal alpaca V-neck sweater', 'sweater', 25_900),
  item('SW-BA-TURTLE', 'Baby alpaca turtleneck', 'sweater', 21_900),
  item('SW-AB-HOODIE', 'Alpaca-blend hooded sweater', 'sweater', 14_900),
  item('SW-KIDS-LLAMA', 'Kids’ alpaca sweater with llamas', 'sweater', 8_900),
  item('SW-JACQUARD', 'Andean jacquard alpaca sweater', 'sweater', 16_900),
  item('CD-CABLE', 'Baby alpaca cable cardigan', 'cardigan', 22_900),
  item('CD-CHUNKY', 'Chunky alpaca long cardigan', 'cardigan', 27_900),
  item('CD-KIMONO', 'Alpaca-silk kimono cardigan', 'cardigan', 19_900),
  item('SC-BA', 'Baby alpaca scarf', 'scarf', 6_900),
  item('SC-RA-HERRING', 'Royal alpaca herringbone scarf', 'scarf', 9_500),
  item('SC-SILK-LACE', 'Alpaca-silk lace scarf', 'scarf', 7_900),
  item('SC-STRIPE', 'Striped alpaca scarf', 'scarf', 4_900),
  item('SH-WRAP', 'Baby alpaca travel wrap', 'shawl', 14_900),
  item('SH-RUANA', 'Alpaca ruana', 'shawl', 19_900),
  item('PO-ANDEAN', 'Andean pattern alpaca poncho', 'poncho', 15_900),
  item('PO-BA', 'Baby alpaca poncho', 'poncho', 21_900),
  item('TH-ALPACA', 'Alpaca throw, 130 × 170 cm', 'throw', 22_900),
  item('TH-ROYAL', 'Royal alpaca throw, 140 × 190 cm', 'throw', 34_900),
  item('TH-KING', 'Alpaca bed blanket, king size', 'throw', 54_900),
  item('TH-CUSHION', 'Alpaca cushion cover', 'throw', 5_900),
  item('HT-BEANIE', 'Baby alpaca beanie', 'hat', 3_900),
  item('HT-CHULLO', 'Chullo with ear flaps', 'hat', 4_500),
  item('GL-GLOVES', 'Baby alpaca gloves', 'gloves', 4_500),
  item('GL-MITTS', 'Fingerless alpaca mitts', 'gloves', 3_500),
  item('SK-PAIR', 'Alpaca socks', 'socks', 2_200),
  item('SK-3PACK', 'Alpaca socks, three pairs', 'socks', 5_900),
  item('AC-KEYCHAIN', 'Alpaca fur keychain', 'accessory', 1_200, 3_500),
  item('AC-TOY', 'Alpaca fur toy alpaca', 'accessory', 2_900),
  item('AC-SLIPPERS', 'Alpaca fur slippers', 'accessory', 6_900),
  item('AC-HEADBAND', 'Alpaca ear-warmer headband', 'accessory', 2_600),
  item('YA-DK', 'Baby alpaca DK yarn, 50 g', 'yarn', 1_400, 4_500),
  item('YA-FINGERING', 'Alpaca-silk fingering yarn, 50 g', 'yarn', 1_300, 4_200),
  item('YA-BULKY', 'Royal alpaca bulky yarn, 100 g', 'yarn', 1_900, 5_900),
  item('YA-KIT', 'Sweater kit: ten skeins and a pattern', 'yarn', 12_900),
  item('VC-BLEND', 'Vicuña and baby alpaca scarf', 'vicuna', 59_000),
  item('VC-SCARF', 'Vicuña scarf, 30 × 180 cm', 'vicuna', 165_000),
  item('VC-STOLE', 'Vicuña stole', 'vicuna', 290_000),
  item('VC-SHAWL', 'Vicuña shawl, 100 × 200 cm', 'vicuna', 490_000),
  item('VC-SWEATER', 'Vicuña crew-neck sweater', 'vicuna', 780_000),
  item('VC-THROW', 'Vicuña throw', 'vicuna', 1_650_000),
  item('GC-50', 'E-gift card', 'gift_card', 5_000, 15_000),
  item('GC-100', 'E-gift card', 'gift_card', 10_000, 30_000),
];

const BY_CATEGORY: ReadonlyMap<Category, readonly Item[]> = new Map(
  [...new Set(CATALOGUE.map((i) => i.category))].map((c) => [c, CATALOGUE.filter((i) => i.category === c)]),
);

export function itemsIn(category: Category): readonly Item[] {
  const found = BY_CATEGORY.get(category);
  if (!found) throw new Error(`no items in ${category}`);
  return found;
}

export function itemBySku(sku: string): Item {
  const found = CATALOGUE.find((i) => i.sku === sku);
  if (!found) throw new Error(`no item ${sku}`);
  return found;
}

export type Mix = Partial<Record<Category, number>>;

/** One item: a category by `mix`, then an item of it. */
export const pickItem = (rng: Rng, mix: Mix): Item =>
  rng.pick(itemsIn(rng.weighted(mix as Record<Category, number>)));

/** `count` different items drawn by `mix` (fewer if the mix runs out), one each unless `quantity` says. */
export function pickItems(rng: Rng, mix: Mix, count: number, quantity: () => number = () => 1): Pick[] {
  const out: Pick[] = [];
  for (let i = 0; i < count * 4 && out.length < count; i++) {
    const it = pickItem(rng, mix);
    if (!out.some(([x]) => x.sku === it.sku)) out.push([it, quantity()]);
  }
  return out;
}

export type Pick = readonly [Item, number];

/** What everyday buyers put in a basket, at home and abroad. */
export const EVERYDAY: Mix = {
  sweater: 24,
  cardigan: 12,
  scarf: 22,
  shawl: 8,
  poncho: 7,
  throw: 9,
  hat: 9,
  gloves: 6,
  socks: 6,
  accessory: 5,
  gift_card: 1,
};

/** Peruvians at home: ponchos and chullos for a trip to the sierra, sweaters, gifts. */
export const DOMESTIC: Mix = { ...EVERYDAY, poncho: 12, hat: 12, accessory: 8, throw: 7 };

/** Gifts: scarves, wraps, throws and small things. */
export const GIFTS: Mix = {
  scarf: 30,
  shawl: 12,
  throw: 14,
  hat: 10,
  gloves: 10,
  socks: 8,
  accessory: 8,
  sweater: 8,
  gift_card: 3,
};

export interface Basket {
  lines: BasketLine<Category>[];
  currency: Currency;
  /** The lines' total, minor units. */
  items: number;
  code?: string;
  discount: number;
  shippingFee: number;
  amount: number;
}

export type Fulfilment =
  | 'pickup_miraflores'
  | 'courier_lima'
  | 'courier_province'
  | 'hotel_delivery'
  | 'dhl_express'
  | 'dhl_freight';

const EUROPE = new Set(['DE', 'GB', 'FR', 'NL', 'CH', 'ES', 'IT']);

/** How a parcel goes: the shop's courier in Lima or to the provinces, collection, DHL abroad. */
export function fulfilmentFor(
  country: string,
  city: string | undefined,
  rng: Rng,
  pickup = 0.12,
): Fulfilment {
  if (country !== 'PE') return 'dhl_express';
  if (rng.chance(pickup)) return 'pickup_miraflores';
  return ['Arequipa', 'Cusco', 'Trujillo', 'Piura', 'Chiclayo', 'Huancayo', 'Puno', 'Urubamba'].includes(
    city ?? '',
  )
    ? 'courier_province'
    : 'courier_lima';
}

/**
 * The delivery fee: free collection; S/ 12 in Lima (free from S/ 250) and S/ 25 to the provinces (free from
 * S/ 400); S/ 15 to a hotel; DHL Express at $35 to North America, $45 to Europe and $49 to Japan and Australia
 * (free from $250, $300 and $300); freight for boutiques at 8 % of the goods, $120 at least.
 */
export function shippingFee(f: Fulfilment, country: string, goods: number): number {
  switch (f) {
    case 'pickup_miraflores':
      return 0;
    case 'courier_lima':
      return goods >= 25_000 ? 0 : 1_200;
    case 'courier_province':
      return goods >= 40_000 ? 0 : 2_500;
    case 'hotel_delivery':
      return 1_500;
    case 'dhl_freight':
      return Math.max(12_000, Math.round(goods * 0.08));
    case 'dhl_express':
      if (country === 'US' || country === 'CA') return goods >= 25_000 ? 0 : 3_500;
      if (EUROPE.has(country)) return goods >= 30_000 ? 0 : 4_500;
      return goods >= 30_000 ? 0 : 4_900;
  }
}

export interface BasketTerms {
  currency: Currency;
  fulfilment: Fulfilment;
  /** Where it goes, for the DHL rate. */
  country: string;
  code?: string;
  /** The code's share off the goods. */
  rate?: number;
  /** Boutiques' list: half of retail, whole dollars. */
  wholesale?: boolean;
  /** Corporate volume discount, without a code. */
  volume?: number;
}

/** The basket of `picks` on `terms`: lines in the currency, the discount, the delivery fee, the total. */
export function basketOf(picks: readonly Pick[], t: BasketTerms): Basket {
  const lines = picks.map(([it, quantity]) => {
    const retail = t.currency === 'USD' ? it.price : it.pen;
    const price = t.wholesale ? Math.round(retail / 200) * 100 : retail;
    return { ...lineOf(it, quantity), price };
  });
  const items = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const rate = t.code ? (t.rate ?? 0) : (t.volume ?? 0);
  const discount = Math.round((items * rate) / 100) * 100;
  const fee = shippingFee(t.fulfilment, t.country, items - discount);
  return {
    lines,
    currency: t.currency,
    items,
    ...(t.code ? { code: t.code } : {}),
    discount,
    shippingFee: fee,
    amount: items - discount + fee,
  };
}

/** An amount in US dollars (whole), for thresholds that do not care about the currency. */
export const usd = (b: { amount: number; currency: Currency }): number =>
  b.currency === 'USD' ? b.amount / 100 : b.amount / 100 / 3.75;

/** The season's codes: Cyber Wow at home, Black Friday abroad, first-order welcome codes, the newsletter's. */
export const CODES = {
  cyberWow: ['CYBERWOW25', 'CYBERWOW30'],
  blackFriday: ['BLACKFRIDAY20', 'CYBERMONDAY20'],
  welcome: { PEN: 'BIENVENIDA10', USD: 'WELCOME10' },
  newsletter: 'ALPACA15',
} as const;
