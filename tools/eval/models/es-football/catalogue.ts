import { type BasketLine, lineOf, product, type Product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Currency, type Region } from './places.js';

/**
 * What the shop sells, prices in euro cents with Spanish VAT; the pound and dollar storefronts show their own
 * rounded prices. Shirts come in adult and kids' sizes, boots in EU sizes, and a shirt can be personalised
 * with a name and number (printed in the shop: it ships a day or three later and cannot be returned).
 */

export type Category =
  | 'shirt'
  | 'limited'
  | 'retro'
  | 'kids'
  | 'shorts_socks'
  | 'boots'
  | 'training'
  | 'memorabilia'
  | 'ball'
  | 'accessory'
  | 'gift_card'
  | 'personalisation'
  | 'gift_wrap';

type Sizing = 'adult' | 'kids' | 'boots' | 'junior_boots' | 'none';
export type Item = Product<Category> & { sizing: Sizing };

const item = (sku: string, name: string, category: Category, eur: number, sizing: Sizing = 'none'): Item => ({
  ...product(sku, name, category, eur),
  sizing,
});

const CLUBS: ReadonlyArray<readonly [string, string, boolean]> = [
  ['MAD', 'Madrid', true],
  ['FCB', 'Barcelona', true],
  ['ATM', 'Atlético', true],
  ['SEV', 'Sevilla', false],
  ['BET', 'Betis', false],
  ['ATH', 'Athletic', false],
  ['RSO', 'Real Sociedad', false],
  ['VAL', 'Valencia', false],
];
const NATIONS: ReadonlyArray<readonly [string, string]> = [
  ['ESP', 'España'],
  ['ARG', 'Argentina'],
  ['MEX', 'México'],
  ['COL', 'Colombia'],
  ['POR', 'Portugal'],
  ['ENG', 'Inglaterra'],
  ['FRA', 'Francia'],
  ['BRA', 'Brasil'],
];

/** Current-season club shirts (home and away; Authentic for the big three) and national-team shirts. */
export const SHIRTS: readonly Item[] = [
  ...CLUBS.flatMap(([code, club, big]) => [
    item(`${code}-1-2627`, `Camiseta ${club} 1ª 26/27`, 'shirt', big ? 9999 : 8999, 'adult'),
    item(`${code}-2-2627`, `Camiseta ${club} 2ª 26/27`, 'shirt', big ? 9999 : 8999, 'adult'),
    ...(big
      ? [item(`${code}-1-2627-AU`, `Camiseta ${club} 1ª 26/27 Authentic`, 'shirt', 14999, 'adult')]
      : []),
  ]),
  ...NATIONS.map(([code, nation]) => item(`${code}-1-26`, `Camiseta ${nation} 1ª`, 'shirt', 9499, 'adult')),
];

/** The third kit launched in the window; the Authentic launch edition is numbered, one per customer. */
export const THIRD = item('MAD-3-2627', 'Camiseta Madrid 3ª 26/27', 'shirt', 9999, 'adult');
export const THIRD_LAUNCH = item(
  'MAD-3-2627-LE',
  'Camiseta Madrid 3ª 26/27 Authentic edición de lanzamiento',
  'limited',
  15999,
  'adult',
);
export const THIRD_KIDS = item('MAD-3-2627-K', 'Camiseta Madrid 3ª 26/27 niño', 'kids', 7499, 'kids');
/** The limited retro shirt dropped on Black Friday, one per customer. */
export const RETRO_DROP = item(
  'MAD-R-9798-LTD',
  'Camiseta retro Madrid 97/98 edición limitada',
  'limited',
  12999,
  'adult',
);

export const RETRO: readonly Item[] = [
  item('RET-ESP-82', 'Camiseta retro España 1982', 'retro', 8499, 'adult'),
  item('RET-ARG-86', 'Camiseta retro Argentina 1986', 'retro', 8999, 'adult'),
  item('RET-MEX-86', 'Camiseta retro México 1986', 'retro', 8499, 'adult'),
  item('RET-ATM-96', 'Camiseta retro Atlético 95/96', 'retro', 8499, 'adult'),
  item('RET-FCB-92', 'Camiseta retro Barcelona 91/92', 'retro', 8999, 'adult'),
  item('RET-ENG-90', 'Camiseta retro Inglaterra 1990', 'retro', 8499, 'adult'),
  item('RET-MAD-02', 'Camiseta retro Madrid 01/02', 'retro', 8999, 'adult'),
];

/** Last season's shirts, on the Black Friday table. */
export const LAST_SEASON: readonly Item[] = CLUBS.slice(0, 6).map(([code, club]) =>
  item(`${code}-1-2526`, `Camiseta ${club} 1ª 25/26`, 'shirt', 7999, 'adult'),
);

export const KIDS: readonly Item[] = [
  ...CLUBS.slice(0, 5).map(([code, club]) =>
    item(`${code}-1-2627-K`, `Camiseta ${club} 1ª 26/27 niño`, 'kids', 7499, 'kids'),
  ),
  ...CLUBS.slice(0, 4).map(([code, club]) =>
    item(
      `${code}-MK-2627`,
      `Miniconjunto ${club} 1ª 26/27 (camiseta, pantalón, medias)`,
      'kids',
      6499,
      'kids',
    ),
  ),
  item('ESP-1-26-K', 'Camiseta España 1ª niño', 'kids', 6999, 'kids'),
  item('ARG-1-26-K', 'Camiseta Argentina 1ª niño', 'kids', 6999, 'kids'),
  item('MAD-BODY', 'Body bebé Madrid', 'kids', 3499, 'none'),
];

export const SHORTS_SOCKS: readonly Item[] = [
  item('MAD-SH-2627', 'Pantalón Madrid 1ª 26/27', 'shorts_socks', 4499, 'adult'),
  item('FCB-SH-2627', 'Pantalón Barcelona 1ª 26/27', 'shorts_socks', 4499, 'adult'),
  item('MAD-SO-2627', 'Medias Madrid 1ª 26/27', 'shorts_socks', 1999, 'adult'),
];

export const BOOTS: readonly Item[] = [
  item('BOOT-ELITE-FG', 'Bota élite FG', 'boots', 27999, 'boots'),
  item('BOOT-PRO-FG', 'Bota pro FG/AG', 'boots', 14999, 'boots'),
  item('BOOT-ACAD-MG', 'Bota academy MG', 'boots', 7499, 'boots'),
  item('BOOT-TURF', 'Bota multitaco turf', 'boots', 8999, 'boots'),
  item('BOOT-FUTSAL', 'Zapatilla fútbol sala', 'boots', 6999, 'boots'),
  item('BOOT-JR', 'Bota junior FG', 'boots', 5499, 'junior_boots'),
];

export const TRAINING: readonly Item[] = [
  item('TRN-TOP', 'Camiseta entrenamiento Madrid', 'training', 6499, 'adult'),
  item('TRN-TRACK', 'Chándal Madrid', 'training', 11999, 'adult'),
  item('TRN-ANTHEM', 'Chaqueta himno', 'training', 9999, 'adult'),
  item('TRN-SHORTS', 'Pantalón entrenamiento', 'training', 3999, 'adult'),
  item('TRN-GLOVES', 'Guantes de portero', 'training', 5999, 'none'),
  item('TRN-SHIN', 'Espinilleras', 'training', 2499, 'none'),
  item('TRN-KIDSET', 'Conjunto entrenamiento niño', 'training', 5499, 'kids'),
];

export const MEMORABILIA: readonly Item[] = [
  item('SIG-PHOTO', 'Fotografía firmada 30×40 (certificado)', 'memorabilia', 12900),
  item('SIG-BALL', 'Balón firmado por la plantilla (certificado)', 'memorabilia', 39900),
  item('SIG-SHIRT', 'Camiseta firmada enmarcada (certificado)', 'memorabilia', 64900),
  item('SIG-BOOT', 'Bota de partido firmada (certificado)', 'memorabilia', 89900),
  item('SIG-LEGEND', 'Camiseta leyenda firmada enmarcada (certificado)', 'memorabilia', 119500),
];

export const BALLS: readonly Item[] = [
  item('BALL-PRO', 'Balón oficial de partido 26/27', 'ball', 15999),
  item('BALL-REP5', 'Balón réplica talla 5', 'ball', 3499),
  item('BALL-MINI', 'Minibalón', 'ball', 1499),
];

export const ACCESSORIES: readonly Item[] = [
  item('ACC-SCARF', 'Bufanda', 'accessory', 2499),
  item('ACC-BEANIE', 'Gorro', 'accessory', 2299),
  item('ACC-FLAG', 'Bandera', 'accessory', 1999),
  item('ACC-MUG', 'Taza', 'accessory', 1299),
  item('ACC-BACKPACK', 'Mochila', 'accessory', 4499),
  item('ACC-KEYRING', 'Llavero escudo', 'accessory', 799),
  item('ACC-PIN', 'Pin escudo', 'accessory', 599),
  item('ACC-WRIST', 'Pulsera de silicona', 'accessory', 499),
  item('ACC-STICKERS', 'Pack de pegatinas', 'accessory', 399),
];

/** The cheapest things in the shop: what card testers put in the basket. */
export const CHEAPEST: readonly Item[] = ACCESSORIES.slice(5);

export const GIFT_CARDS: readonly Item[] = [
  item('GC-25', 'Tarjeta regalo digital 25 €', 'gift_card', 2500),
  item('GC-50', 'Tarjeta regalo digital 50 €', 'gift_card', 5000),
  item('GC-100', 'Tarjeta regalo digital 100 €', 'gift_card', 10000),
];

const PERSONALISE = item('PERS', 'Personalización nombre y dorsal', 'personalisation', 1799);
const PERSONALISE_KIDS = item('PERS-K', 'Personalización nombre y dorsal niño', 'personalisation', 1299);
const WRAP = item('WRAP', 'Envoltorio regalo', 'gift_wrap', 399);

const ADULT = ['S', 'M', 'L', 'XL', 'XXL'];
const ADULT_W = [12, 30, 30, 20, 8];
const KID = ['4 años', '6 años', '8 años', '10 años', '12 años', '14 años'];
const BOOT = ['39', '40', '41', '42', '43', '44', '45'];
const BOOT_W = [5, 10, 18, 22, 20, 15, 10];
const JUNIOR = ['30', '32', '34', '36', '38'];

/** A size for an item as people pick it (adults mostly M and L). */
function sizeOf(rng: Rng, s: Sizing): string | undefined {
  if (s === 'adult') return rng.weightedPick(ADULT.map((x, i) => [x, ADULT_W[i] ?? 1] as const));
  if (s === 'kids') return rng.pick(KID);
  if (s === 'boots') return rng.weightedPick(BOOT.map((x, i) => [x, BOOT_W[i] ?? 1] as const));
  if (s === 'junior_boots') return rng.pick(JUNIOR);
  return undefined;
}

const FACTOR: Readonly<Record<Currency, number>> = { EUR: 1, GBP: 0.88, USD: 1.12 };

/** A euro price on another storefront: converted and rounded to .99. */
export function priceIn(eur: number, currency: Currency): number {
  if (currency === 'EUR') return eur;
  return Math.max(199, Math.round((eur * FACTOR[currency]) / 100) * 100 - 1);
}

export type Line = BasketLine<Category>;

/** A basket line of `p` in `currency`, in a size when it has sizes. */
export function lineIn(rng: Rng, p: Item, currency: Currency, quantity = 1, size?: string): Line {
  const s = size ?? sizeOf(rng, p.sizing);
  const base = lineOf(p, quantity);
  return {
    ...base,
    sku: s ? `${p.sku}-${s.replace(/ años$/, 'Y')}` : p.sku,
    name: s ? `${p.name} · talla ${s}` : p.name,
    price: priceIn(p.price, currency),
  };
}

/** Name-and-number printing for `quantity` shirts, as its own line. */
export function personalisation(
  currency: Currency,
  name: string,
  number: number,
  kids = false,
  quantity = 1,
): Line {
  const p = kids ? PERSONALISE_KIDS : PERSONALISE;
  return { ...lineOf(p, quantity), name: `${p.name}: ${name} ${number}`, price: priceIn(p.price, currency) };
}

export const giftWrap = (currency: Currency, quantity = 1): Line => ({
  ...lineOf(WRAP, quantity),
  price: priceIn(WRAP.price, currency),
});

/** How the order reaches the buyer. */
export type Delivery = 'home' | 'pickup_point' | 'store_pickup' | 'email' | 'freight';

export interface Basket {
  lines: Line[];
  currency: Currency;
  subtotal: number;
  code?: string;
  discount: number;
  shippingFee: number;
  amount: number;
}

/** What a discount code takes off: a share of the lines it applies to. */
export interface Code {
  code: string;
  share: number;
  /** Categories it does not apply to. */
  except: readonly Category[];
}

export const CODES = {
  blackFriday: {
    code: 'BLACKFRIDAY20',
    share: 0.2,
    except: ['limited', 'memorabilia', 'gift_card', 'personalisation'],
  },
  cyberMonday: {
    code: 'CYBER25',
    share: 0.25,
    except: ['limited', 'memorabilia', 'gift_card', 'personalisation'],
  },
  welcome: { code: 'BIENVENIDA10', share: 0.1, except: ['limited', 'memorabilia', 'gift_card'] },
  pena: { code: 'PENA15', share: 0.15, except: ['limited', 'memorabilia', 'gift_card'] },
} as const satisfies Record<string, Code>;

const FREE_FROM: Readonly<Record<Region, number>> = {
  ES: 5000,
  EU: 12000,
  UK: 15000,
  US: 15000,
  LATAM: 30000,
  WORLD: 40000,
};
const FEE: Readonly<Record<Region, number>> = {
  ES: 495,
  EU: 995,
  UK: 1495,
  US: 1995,
  LATAM: 2995,
  WORLD: 3495,
};

/**
 * Shipping: free in the shop and by e-mail; to a pickup point €2.95 (free from €30); home delivery by region,
 * free above a threshold; the islands always €9.95; supporters' clubs' boxes go by freight, free.
 */
export function shippingFee(region: Region, delivery: Delivery, goods: number, islands: boolean): number {
  if (delivery === 'store_pickup' || delivery === 'email' || delivery === 'freight') return 0;
  if (delivery === 'pickup_point') return goods >= 3000 ? 0 : 295;
  if (islands) return 995;
  return goods >= FREE_FROM[region] ? 0 : FEE[region];
}

/** The basket: its lines, a code's discount on the lines it covers, shipping, and the amount charged. */
export function basketOf(
  lines: Line[],
  currency: Currency,
  region: Region,
  delivery: Delivery,
  o: { code?: Code; islands?: boolean } = {},
): Basket {
  const subtotal = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const covered = o.code
    ? lines.filter((l) => !o.code?.except.includes(l.category)).reduce((s, l) => s + l.price * l.quantity, 0)
    : 0;
  const discount = o.code ? Math.round(covered * o.code.share) : 0;
  const fee = shippingFee(region, delivery, subtotal - discount, o.islands ?? false);
  return {
    lines,
    currency,
    subtotal,
    ...(o.code && discount > 0 ? { code: o.code.code } : {}),
    discount,
    shippingFee: fee,
    amount: subtotal - discount + fee,
  };
}

/** Any current shirt, the big clubs most; after the Clásico the two clubs in it. */
export function anyShirt(rng: Rng, favourClasico = false): Item {
  const weights = SHIRTS.map((s) => {
    const big = s.sku.startsWith('MAD') || s.sku.startsWith('FCB');
    return [
      s,
      (big ? (favourClasico ? 6 : 3) : s.sku.startsWith('ATM') ? 2 : 1) * (s.sku.endsWith('AU') ? 0.4 : 1),
    ] as const;
  });
  return rng.weightedPick(weights);
}

/** A national-team shirt for a country's fans abroad, when the shop has it. */
export function nationalShirt(country: string): Item | undefined {
  const code = { ES: 'ESP', AR: 'ARG', MX: 'MEX', CO: 'COL', PT: 'POR', GB: 'ENG', FR: 'FRA' }[country];
  return code ? SHIRTS.find((s) => s.sku.startsWith(`${code}-`)) : undefined;
}
