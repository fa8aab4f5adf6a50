import { type BasketLine } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Currency } from './places.js';

/**
 * What the shop sells, with its Norwegian prices in kroner (VAT included) and the price lists of its other
 * storefronts, rounded to the shop's price points; how a basket is priced with a discount code, delivery and,
 * to the US, duties collected at checkout.
 */

export type Category =
  | 'sweater'
  | 'cardigan'
  | 'handknit'
  | 'hat'
  | 'mittens'
  | 'scarf'
  | 'socks'
  | 'blanket'
  | 'children'
  | 'kit'
  | 'yarn'
  | 'pattern'
  | 'book'
  | 'gift_card'
  | 'logo'
  | 'gift_wrap';

export interface Item {
  sku: string;
  name: string;
  category: Category;
  /** Norwegian price, whole kroner. */
  nok: number;
  /** Sizes it comes in, if any. */
  sizes?: readonly string[];
}

const ADULT = ['XS', 'S', 'M', 'L', 'XL', 'XXL'] as const;
const KIDS = ['2 år', '4 år', '6 år', '8 år', '10 år', '12 år'] as const;

const item = (
  sku: string,
  name: string,
  category: Category,
  nok: number,
  sizes?: readonly string[],
): Item => ({
  sku,
  name,
  category,
  nok,
  ...(sizes ? { sizes } : {}),
});

export const SWEATERS: readonly Item[] = [
  item('SW-MAR', 'Mariusgenser', 'sweater', 2199, ADULT),
  item('SW-LUS', 'Lusekofte, klassisk', 'sweater', 2899, ADULT),
  item('SW-LUSZ', 'Lusekofte med glidelås', 'sweater', 3299, ADULT),
  item('SW-FANA', 'Fanakofte', 'sweater', 3199, ADULT),
  item('SW-SETE', 'Setesdalsgenser', 'sweater', 3499, ADULT),
  item('SW-SELB', 'Selburose-genser', 'sweater', 2599, ADULT),
  item('SW-ISL', 'Islender, ull', 'sweater', 1899, ADULT),
];

export const CARDIGANS: readonly Item[] = [
  item('CD-SELB', 'Selburose-kofte', 'cardigan', 2999, ADULT),
  item('CD-FANA', 'Fanajakke med tinnhekter', 'cardigan', 4299, ADULT),
  item('CD-MAR', 'Marius-cardigan', 'cardigan', 2599, ADULT),
];

export const ACCESSORIES: readonly Item[] = [
  item('HT-MAR', 'Marius lue', 'hat', 399),
  item('HT-SELB', 'Selbu lue', 'hat', 349),
  item('HT-DUSK', 'Lue med skinndusk', 'hat', 549),
  item('MT-SELB', 'Selbuvotter', 'mittens', 449),
  item('MT-FANA', 'Fanavotter', 'mittens', 399),
  item('SC-MAR', 'Marius skjerf', 'scarf', 599),
  item('SC-LUS', 'Lusekofte-skjerf', 'scarf', 649),
  item('SK-RAGG', 'Raggsokker, ull', 'socks', 229),
  item('SK-KOFT', 'Koftesokker', 'socks', 299),
];

export const BLANKETS: readonly Item[] = [
  item('BL-SELB', 'Ullpledd Selburose', 'blanket', 1899),
  item('BL-LUS', 'Pledd, lusekoftemønster', 'blanket', 2199),
  item('BL-BABY', 'Babyteppe, ull', 'blanket', 899),
];

export const CHILDREN: readonly Item[] = [
  item('CH-MAR', 'Mariusgenser barn', 'children', 1199, KIDS),
  item('CH-SET', 'Barnesett: genser, lue og votter', 'children', 1699, KIDS),
  item('CH-BABY', 'Baby-ullsett', 'children', 899, ['0–6 mnd', '6–12 mnd', '12–18 mnd']),
  item('CH-LUE', 'Barnelue Marius', 'children', 249),
];

export const KITS: readonly Item[] = [
  item('KT-MAR', 'Strikkepakke Mariusgenser (garn og oppskrift)', 'kit', 1190),
  item('KT-LUS', 'Strikkepakke lusekofte', 'kit', 1390),
  item('KT-LUE', 'Strikkepakke lue', 'kit', 349),
  item('KT-VOTT', 'Strikkepakke Selbuvotter', 'kit', 299),
  item('KT-BARN', 'Strikkepakke barnegenser', 'kit', 690),
  item('YN-NOST', 'Ullgarn, 50 g', 'yarn', 69),
  item('YN-PAKK', 'Garnpakke, 10 nøster', 'yarn', 649),
  item('BK-STRI', 'Strikkebok: Mønstre fra Vestlandet', 'book', 399),
];

export const PATTERN: Item = item('PT-PDF', 'Oppskrift (PDF)', 'pattern', 79);

export const HANDKNIT: readonly Item[] = [
  item('HK-LUS', 'Håndstrikket lusekofte', 'handknit', 9800, ['S', 'M', 'L', 'XL']),
  item('HK-SETE', 'Håndstrikket Setesdalsgenser', 'handknit', 12500, ['S', 'M', 'L', 'XL']),
  item('HK-FANA', 'Håndstrikket Fanakofte med sølvhekter', 'handknit', 16900, ['S', 'M', 'L']),
  item('HK-PLED', 'Håndstrikket pledd', 'handknit', 8900),
  item('HK-SJAL', 'Håndstrikket sjal', 'handknit', 7900),
  item('HK-ARK', 'Arkivmodell 1950, håndstrikket', 'handknit', 24500, ['M', 'L']),
];

export const LOGO_SWEATER: Item = item('LG-GENS', 'Genser med logo (bestilling)', 'logo', 1290);
export const LOGO_HAT: Item = item('LG-LUE', 'Lue med logo (bestilling)', 'logo', 259);
export const GIFT_WRAP: Item = item('GW-PAKK', 'Gaveinnpakning', 'gift_wrap', 49);

/** Other storefronts' prices per Norwegian krone, export VAT and the rounding to price points in mind. */
const RATE: Readonly<Record<Currency, number>> = {
  NOK: 1,
  SEK: 1.0,
  DKK: 0.66,
  EUR: 0.089,
  GBP: 0.076,
  USD: 0.094,
};

/** A Norwegian price in another storefront's currency, minor units: …9 from 100 up, else …,90. */
export function localPrice(nok: number, cur: Currency): number {
  if (cur === 'NOK') return nok * 100;
  const v = nok * RATE[cur];
  if (v >= 100) return (Math.ceil(v / 10) * 10 - 1) * 100;
  return Math.ceil(v) * 100 - 10;
}

/** Gift card values by currency (whole units). */
export const GIFT_VALUES: Readonly<Record<Currency, readonly number[]>> = {
  NOK: [250, 500, 750, 1000, 1500, 2000, 3000, 5000],
  SEK: [250, 500, 750, 1000, 1500, 2000, 3000, 5000],
  DKK: [200, 300, 500, 750, 1000, 1500, 2000, 3000],
  EUR: [25, 50, 75, 100, 150, 200, 300, 500],
  GBP: [25, 50, 75, 100, 150, 200, 250, 400],
  USD: [25, 50, 75, 100, 150, 200, 300, 500],
};

export type Line = BasketLine<Category>;

/** One line of an item: a size when it has sizes (given or drawn), priced in the currency. */
export function line(rng: Rng, it: Item, cur: Currency, quantity = 1, size?: string): Line {
  const s = it.sizes ? (size ?? rng.pick(it.sizes)) : undefined;
  return {
    sku: s ? `${it.sku}-${s.replace(/[^A-Za-z0-9]/g, '')}` : it.sku,
    name: s ? `${it.name}, ${s}` : it.name,
    category: it.category,
    quantity,
    price: localPrice(it.nok, cur),
  };
}

/** The same sweater in neighbouring sizes (to try on, or to resell). */
export function sizeRun(rng: Rng, it: Item, cur: Currency, count: number): Line[] {
  const sizes = it.sizes ?? [];
  const from = rng.int(0, Math.max(0, sizes.length - count));
  return sizes.slice(from, from + count).map((s) => line(rng, it, cur, 1, s));
}

/** A gift card line (digital or boxed) of one of the currency's values. */
export function giftCard(rng: Rng, cur: Currency, boxed: boolean, value?: number): Line {
  const v =
    value ?? rng.weightedPick(GIFT_VALUES[cur].map((x, i) => [x, [3, 5, 3, 5, 2, 2, 1, 0.5][i] ?? 1]));
  return {
    sku: `${boxed ? 'GC-ESKE' : 'GC-DIGI'}-${v}`,
    name: boxed ? `Gavekort i gaveeske, ${v} ${cur}` : `Digitalt gavekort, ${v} ${cur}`,
    category: 'gift_card',
    quantity: 1,
    price: v * 100,
  };
}

/** How the goods reach the buyer. */
export type Delivery =
  | 'pickup_point'
  | 'parcel_locker'
  | 'home'
  | 'express'
  | 'bryggen_pickup'
  | 'nordic_post'
  | 'eu_post'
  | 'dhl_express'
  | 'email'
  | 'freight';

export const DIGITAL: ReadonlySet<Delivery> = new Set(['email']);
export const UNSHIPPED: ReadonlySet<Delivery> = new Set(['email', 'bryggen_pickup']);

/** Delivery fees (whole units) and the order value from which standard delivery is free. */
const FEES: Readonly<Record<Currency, { base: number; home: number; express: number; free: number }>> = {
  NOK: { base: 79, home: 149, express: 249, free: 1500 },
  SEK: { base: 129, home: 179, express: 299, free: 1500 },
  DKK: { base: 89, home: 119, express: 199, free: 1000 },
  EUR: { base: 15, home: 15, express: 35, free: 250 },
  GBP: { base: 15, home: 15, express: 30, free: 250 },
  USD: { base: 45, home: 45, express: 45, free: 600 },
};

export function shippingFee(d: Delivery, cur: Currency, items: number): number {
  const f = FEES[cur];
  if (d === 'email' || d === 'bryggen_pickup') return 0;
  if (d === 'freight') return 0; // quoted into the logo price
  if (d === 'express') return f.express * 100;
  if (d === 'home') return f.home * 100;
  if (d === 'dhl_express') return items >= f.free * 100 ? 0 : f.express * 100;
  return items >= f.free * 100 ? 0 : f.base * 100;
}

/** US import duties and the reciprocal tariff, collected at checkout and paid by DHL on entry. */
const US_DUTY: Readonly<Record<Category, number>> = {
  sweater: 0.31,
  cardigan: 0.31,
  handknit: 0.31,
  hat: 0.23,
  mittens: 0.28,
  scarf: 0.27,
  socks: 0.28,
  blanket: 0.23,
  children: 0.31,
  kit: 0.21,
  yarn: 0.21,
  pattern: 0,
  book: 0.15,
  gift_card: 0,
  logo: 0.31,
  gift_wrap: 0.15,
};

export interface Basket {
  lines: Line[];
  amount: number;
  currency: Currency;
  shippingFee: number;
  duties: number;
  discount: number;
  code?: string;
}

export const itemsTotal = (lines: readonly Line[]): number =>
  lines.reduce((s, l) => s + l.price * l.quantity, 0);

/** Prices a basket: items less a code's share (never on gift cards), plus delivery and any US duties. */
export function priced(
  lines: Line[],
  cur: Currency,
  delivery: Delivery,
  shipsTo: string | undefined,
  code?: { code: string; share: number },
): Basket {
  const items = itemsTotal(lines);
  const discountable = lines.filter((l) => l.category !== 'gift_card');
  const discount = code ? Math.round(itemsTotal(discountable) * code.share) : 0;
  const duties =
    shipsTo === 'US'
      ? lines.reduce(
          (s, l) => s + Math.round(l.price * l.quantity * (1 - (code?.share ?? 0)) * US_DUTY[l.category]),
          0,
        )
      : 0;
  const fee = shippingFee(delivery, cur, items - discount);
  return {
    lines,
    amount: items - discount + fee + duties,
    currency: cur,
    shippingFee: fee,
    duties,
    discount,
    ...(code && discount > 0 ? { code: code.code } : {}),
  };
}
