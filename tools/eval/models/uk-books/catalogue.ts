import { type BasketLine, lineOf, type Product, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Currency } from './places.js';

/**
 * What the shop sells, priced in pence (books are zero-rated for VAT, so the price is the price): new
 * paperbacks and hardbacks at the publisher's price, signed first printings at cover price and indie-exclusive
 * special editions, university textbooks, rare and antiquarian books from a few hundred pounds to tens of
 * thousands, subscriptions, e-gift cards, event tickets and a few gifts. Euro, dollar and Australian-dollar
 * prices are the shop's own price list: converted, then rounded to .99 (or to five units above a hundred).
 */

export type Category =
  | 'new_book'
  | 'signed_edition'
  | 'special_edition'
  | 'textbook'
  | 'rare_book'
  | 'subscription'
  | 'gift_card'
  | 'event_ticket'
  | 'gifts';

export type Line = BasketLine<Category>;
type P = Product<Category>;

export const NEW_BOOKS: readonly P[] = [
  product('NB-9781529', 'Young Mungo, Douglas Stuart (paperback)', 'new_book', 999),
  product('NB-9780141', 'The Prime of Miss Jean Brodie, Muriel Spark (paperback)', 'new_book', 999),
  product('NB-9780752', 'Knots and Crosses, Ian Rankin (paperback)', 'new_book', 999),
  product('NB-9781786', 'The Living Mountain, Nan Shepherd (paperback)', 'new_book', 1099),
  product('NB-9781782', 'Lanark, Alasdair Gray (paperback)', 'new_book', 1499),
  product('NB-9780099', 'Trainspotting, Irvine Welsh (paperback)', 'new_book', 1099),
  product('NB-9780862', 'Sunset Song, Lewis Grassic Gibbon (paperback)', 'new_book', 999),
  product('NB-9780099B', 'Outlander, Diana Gabaldon (paperback)', 'new_book', 1099),
  product('NB-AUT-LIT', 'Autumn lead literary novel (hardback)', 'new_book', 2200),
  product('NB-AUT-CRIME', 'New Edinburgh crime novel (hardback)', 'new_book', 2000),
  product('NB-AUT-BIO', 'Autumn memoir (hardback)', 'new_book', 2500),
  product('NB-SCOT-HIST', 'A new history of Scotland (hardback)', 'new_book', 3000),
  product('NB-COOK', 'Scottish larder cookbook (hardback)', 'new_book', 2800),
  product('NB-GAELIC', 'Gaelic–English dictionary (paperback)', 'new_book', 1699),
  product('NB-BURNS', 'Poems and Songs of Robert Burns (gift hardback)', 'new_book', 2000),
  product('NB-KIDS-PIC', 'Picture book in Scots (paperback)', 'new_book', 799),
  product('NB-KIDS-HB', "Children's illustrated classic (hardback)", 'new_book', 1699),
  product('NB-FANT-BOX', 'Fantasy series box set, five volumes', 'new_book', 4999),
  product('NB-BOOKER', 'Booker Prize winner (hardback)', 'new_book', 2000),
  product('NB-WALKS', 'Hillwalking the Munros (paperback)', 'new_book', 1999),
];

export const SIGNED: readonly P[] = [
  product('SE-CRIME-SGN', 'Signed first printing: autumn crime hardback', 'signed_edition', 2200),
  product('SE-LIT-SGN', 'Signed first printing: literary novel', 'signed_edition', 1899),
  product('SE-POEM-SGN', 'Signed: Scottish poetry collection', 'signed_edition', 1299),
  product('SE-MEM-SGN', 'Signed: memoir', 'signed_edition', 2500),
];

export const SPECIAL: readonly P[] = [
  product('SP-SPRAY', 'Indie-exclusive special edition, sprayed edges', 'special_edition', 2500),
  product(
    'SP-ROMFAN',
    'Romantasy special edition, stencilled edges (one per customer)',
    'special_edition',
    3000,
  ),
  product('SP-ILLUS', 'Illustrated collector’s edition', 'special_edition', 6000),
  product('SP-SLIP', 'Numbered slipcased limited edition, signed', 'special_edition', 15000),
];

export const TEXTBOOKS: readonly P[] = [
  product('TB-CAMPBELL', 'Campbell Biology, Global Edition', 'textbook', 7299),
  product('TB-KUMAR', 'Kumar and Clark’s Clinical Medicine', 'textbook', 6499),
  product('TB-GRAYS', 'Gray’s Anatomy for Students', 'textbook', 5999),
  product('TB-ATKINS', 'Atkins’ Physical Chemistry', 'textbook', 6499),
  product('TB-MANKIW', 'Principles of Economics', 'textbook', 6299),
  product('TB-CLRS', 'Introduction to Algorithms', 'textbook', 7500),
  product('TB-SCOTSLAW', 'An Introduction to Scots Law', 'textbook', 3899),
  product('TB-OHCM', 'Oxford Handbook of Clinical Medicine', 'textbook', 3799),
  product('TB-ROBBINS', 'Robbins Basic Pathology', 'textbook', 5500),
  product('TB-STEWART', 'Calculus: Early Transcendentals, metric edition', 'textbook', 6500),
  product('TB-NORTON', 'Norton Anthology of English Literature, vol. 1', 'textbook', 4500),
  product('TB-PSYCH', 'Psychology: The Science of Mind and Behaviour', 'textbook', 4999),
];

/** Rare and antiquarian stock, each a single copy. */
export const RARE: readonly P[] = [
  product('RB-SHEPHERD', 'Shepherd, The Living Mountain, 1977, first edition', 'rare_book', 38000),
  product('RB-LADYLAKE', 'Scott, The Lady of the Lake, 1810, first edition', 'rare_book', 32000),
  product('RB-MAP', 'Engraved plan of Edinburgh, c. 1850, hand-coloured', 'rare_book', 24000),
  product(
    'RB-BRODIE',
    'Spark, The Prime of Miss Jean Brodie, 1961, first edition in jacket',
    'rare_book',
    65000,
  ),
  product('RB-LANARK', 'Gray, Lanark, 1981, first edition, signed with a drawing', 'rare_book', 75000),
  product(
    'RB-MCCALL',
    'McCall Smith, The No. 1 Ladies’ Detective Agency, 1998, first edition',
    'rare_book',
    85000,
  ),
  product('RB-TRAIN', 'Welsh, Trainspotting, 1993, first edition, signed', 'rare_book', 95000),
  product('RB-PETER', 'Barrie, Peter and Wendy, 1911, first edition', 'rare_book', 120000),
  product('RB-BUCHAN', 'Buchan, The Thirty-Nine Steps, 1915, first edition', 'rare_book', 165000),
  product('RB-WAVERLEY', 'Scott, Waverley Novels, 48 vols, 1829–33, half calf', 'rare_book', 185000),
  product('RB-KIDNAP', 'Stevenson, Kidnapped, 1886, first edition', 'rare_book', 240000),
  product('RB-RANKIN', 'Rankin, Knots and Crosses, 1987, first edition', 'rare_book', 320000),
  product('RB-HOUND', 'Conan Doyle, The Hound of the Baskervilles, 1902, first edition', 'rare_book', 480000),
  product('RB-BURNS', 'Burns, Poems, Chiefly in the Scottish Dialect, Edinburgh 1787', 'rare_book', 650000),
  product(
    'RB-PSTONE',
    'Rowling, Philosopher’s Stone, 1997, first edition paperback, first impression',
    'rare_book',
    750000,
  ),
  product('RB-BOSWELL', 'Boswell, Life of Samuel Johnson, 1791, first edition, 2 vols', 'rare_book', 950000),
  product(
    'RB-TREASURE',
    'Stevenson, Treasure Island, 1883, first edition, first issue',
    'rare_book',
    1850000,
  ),
  product(
    'RB-CASINO',
    'Fleming, Casino Royale, 1953, first edition in first-state jacket',
    'rare_book',
    3800000,
  ),
];

/** Rare stock by price from `from` up: most sales are the modest end. */
export function rareBook(rng: Rng, top = RARE.length, from = 0): P {
  const i = Math.min(RARE.length - 1, from + Math.min(top - 1, Math.floor(rng.exp(3.2))));
  return RARE[i] ?? (RARE[0] as P);
}

export const SUBSCRIPTIONS = {
  month: product('SUB-MONTH', 'Fiction subscription, monthly', 'subscription', 2100),
  kids: product('SUB-KIDS', "Children's book subscription, monthly", 'subscription', 1500),
  three: product('SUB-3M', 'Gift subscription, three months', 'subscription', 6300),
  six: product('SUB-6M', 'Gift subscription, six months', 'subscription', 12000),
  twelve: product('SUB-12M', 'Gift subscription, twelve months', 'subscription', 23000),
} as const;

/** The cheapest thing in the shop with no postage: what card testers buy. */
export const POETRY_EVENING = product('EV-POETRY', 'Poetry evening in the shop', 'event_ticket', 500);

export const EVENTS: readonly P[] = [
  POETRY_EVENING,
  product('EV-AUTHOR', 'Author evening', 'event_ticket', 1000),
  product('EV-CRIME', 'Crime night (Book Week Scotland)', 'event_ticket', 1200),
  product('EV-GHOST', 'Ghost stories by candlelight', 'event_ticket', 1500),
  product('EV-BOOK', 'Author evening with a signed copy', 'event_ticket', 2500),
  product('EV-DAY', 'Literary festival day pass', 'event_ticket', 3500),
];

export const GIFTS = {
  tote: product('GF-TOTE', 'Shop tote bag', 'gifts', 1200),
  wrap: product('GF-WRAP', 'Gift wrapping', 'gifts', 350),
  bookmark: product('GF-BOOKMARK', 'Leather bookmark', 'gifts', 600),
  notebook: product('GF-NOTEBOOK', 'Notebook', 'gifts', 999),
  map: product('GF-MAP', 'Folded map of the Old Town', 'gifts', 799),
} as const;

/** E-gift card values the shop offers, in whole currency units. */
export const GIFT_CARD_VALUES = [10, 15, 20, 25, 30, 50, 75, 100] as const;

export const giftCard = (value: number, currency: Currency): Line => ({
  sku: `GC-${currency}-${value}`,
  name: `E-gift card, ${value} ${currency}`,
  category: 'gift_card',
  quantity: 1,
  price: value * 100,
});

const RATES: Readonly<Record<Currency, number>> = { GBP: 1, EUR: 1.17, USD: 1.34, AUD: 2.05 };

/** The shop's price in another currency: converted, ending .99 below a hundred units, else rounded up to fives. */
export function priceIn(pence: number, currency: Currency): number {
  if (currency === 'GBP') return pence;
  const converted = (pence * RATES[currency]) / 100;
  if (converted < 100) return Math.ceil(converted) * 100 - 1;
  return Math.ceil(converted / 5) * 500;
}

/** A product in the buyer's currency, `quantity` of it, as a basket line. */
export function lineIn(p: P, currency: Currency, quantity = 1): Line {
  return { ...lineOf(p, quantity), price: priceIn(p.price, currency) };
}

/** A few new books, signed or special now and then, as a reader's basket. */
export function readerLines(rng: Rng, currency: Currency, count: number): Line[] {
  const picked = new Set<P>();
  for (let i = 0; i < count; i++) {
    const x = rng.next();
    picked.add(x < 0.12 ? rng.pick(SIGNED) : x < 0.18 ? rng.pick(SPECIAL.slice(0, 2)) : rng.pick(NEW_BOOKS));
  }
  return [...picked].map((p) => lineIn(p, currency));
}

export const textbookLines = (rng: Rng, currency: Currency, count: number): Line[] =>
  rng
    .shuffle(TEXTBOOKS)
    .slice(0, count)
    .map((p) => lineIn(p, currency));

export type Fulfilment =
  | 'tracked_48'
  | 'tracked_24'
  | 'special_delivery'
  | 'insured_courier'
  | 'courier'
  | 'international_tracked'
  | 'click_collect'
  | 'email'
  | 'subscription_post';

export interface Basket {
  lines: Line[];
  currency: Currency;
  goods: number;
  code?: string;
  discount: number;
  shippingFee: number;
  amount: number;
}

const EUROPE_FEE = (destination: string) => (destination === 'IE' ? 999 : 1499);

/**
 * Postage as the shop charges it: Royal Mail Tracked 48 at £3.95, free from £30; Tracked 24 £5.95; Special
 * Delivery £12.50 for rare books; insured courier for the dearest; tracked airmail abroad; free to
 * collect, by e-mail, with a subscription or on an institution's account.
 */
export function shippingFee(f: Fulfilment, currency: Currency, destination: string, goods: number): number {
  if (f === 'click_collect' || f === 'email' || f === 'subscription_post' || f === 'courier') return 0;
  if (f === 'tracked_48') return goods >= 3000 ? 0 : 395;
  if (f === 'tracked_24') return 595;
  if (f === 'special_delivery') return 1250;
  if (f === 'insured_courier')
    return { GBP: destination === 'GB' ? 2500 : 4500, EUR: 6000, USD: 7500, AUD: 12000 }[currency];
  if (currency === 'EUR') return EUROPE_FEE(destination);
  if (currency === 'USD') return 1999;
  if (currency === 'AUD') return 3499;
  return destination === 'AU' ? 2495 : destination === 'US' ? 1495 : 995;
}

/** The basket's money: goods, a percentage code's discount (never on gift cards or tickets), postage. */
export function basketOf(
  lines: Line[],
  currency: Currency,
  f: Fulfilment,
  destination: string,
  code?: { code: string; percent: number },
): Basket {
  const goods = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const discountable = lines
    .filter((l) => l.category !== 'gift_card' && l.category !== 'event_ticket')
    .reduce((s, l) => s + l.price * l.quantity, 0);
  const discount = code ? Math.round((discountable * code.percent) / 100) : 0;
  const shipping = shippingFee(f, currency, destination, goods - discount);
  return {
    lines,
    currency,
    goods,
    ...(code ? { code: code.code } : {}),
    discount,
    shippingFee: shipping,
    amount: goods - discount + shipping,
  };
}
