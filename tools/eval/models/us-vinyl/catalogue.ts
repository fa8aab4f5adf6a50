import { type BasketLine, lineOf, type Product, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type DropId } from './calendar.js';

/**
 * What the store sells, in US cents: new LPs and reissues, used and rare records, the label's own limited
 * coloured pressings, RSD Black Friday exclusives, box sets, turntables, speakers and cartridges, accessories,
 * band and store merch, gig posters, gift cards, and crates of used records for bars and cafés. Artists and
 * titles are invented; the turntables and cartridges are the common models of that price range.
 */

export type Category =
  | 'new_lp'
  | 'used_lp'
  | 'rare_lp'
  | 'seven_inch'
  | 'limited_pressing'
  | 'rsd_exclusive'
  | 'box_set'
  | 'turntable'
  | 'audio'
  | 'cartridge'
  | 'accessory'
  | 'apparel'
  | 'poster'
  | 'e_gift_card'
  | 'gift_card'
  | 'used_crate';

export type Item = Product<Category>;
export type Line = BasketLine<Category>;

const p = product<Category>;

export const NEW_LPS: readonly Item[] = [
  p('LP-1001', 'Marsh Hollow — Cumberland Nights (LP)', 'new_lp', 2499),
  p('LP-1002', 'The Gallatin Pike — Eastside Static (LP)', 'new_lp', 2699),
  p('LP-1003', 'June Carrow — Lantern Songs (LP)', 'new_lp', 2399),
  p('LP-1004', 'Velvet Ferry — Slow Radio (2LP)', 'new_lp', 3999),
  p('LP-1005', 'Deacon Oaks — Tin Roof Revival (LP)', 'new_lp', 2599),
  p('LP-1006', 'Harper Vale — Night Bus to Memphis (LP)', 'new_lp', 2799),
  p('LP-1007', 'Lowland Choir — Glass Fields (LP)', 'new_lp', 2299),
  p('LP-1008', 'Sister Arbor — Kudzu (LP)', 'new_lp', 2499),
  p('LP-1009', 'The Broadway Ghosts — Honky Tonk Afterglow (LP)', 'new_lp', 2599),
  p('LP-1010', 'Nova Reyes — Satellite Heart (LP)', 'new_lp', 2899),
  p('LP-1011', 'Cold Creek Radio — Long Way Home (LP)', 'new_lp', 2399),
  p('LP-1012', 'Ruby Tallis — Pawnshop Hymns (LP)', 'new_lp', 2699),
  p('LP-1013', 'Otis Pryor Trio — Blue Hour Sessions (180g LP)', 'new_lp', 3199),
  p('LP-1014', 'Fading Signals — Frequencies (2LP)', 'new_lp', 3799),
  p('LP-1015', 'The Hollow Pines — Wildfire Season (LP)', 'new_lp', 2499),
  p('LP-2001', 'Southern Soul Anthology 1964–1972 (2LP reissue)', 'new_lp', 3499),
  p('LP-2002', 'Late Night Jazz Classics (180g reissue)', 'new_lp', 3299),
  p('LP-2003', 'Clinch Mountain Sessions (bluegrass reissue)', 'new_lp', 2299),
  p('LP-2004', 'Outlaw Country Essentials (reissue)', 'new_lp', 2799),
  p('LP-2005', 'Holiday Soul Christmas (LP)', 'new_lp', 2499),
];

export const USED_LPS: readonly Item[] = [
  p('USED-VGP-ROCK', 'Used LP — classic rock, VG+', 'used_lp', 1299),
  p('USED-VG-JAZZ', 'Used LP — jazz, VG', 'used_lp', 999),
  p('USED-NM-COUNTRY', 'Used LP — country, NM', 'used_lp', 1499),
  p('USED-VGP-SOUL', 'Used LP — soul/funk, VG+', 'used_lp', 1599),
  p('USED-VGP-80S', 'Used LP — 80s pop, VG+', 'used_lp', 899),
  p('USED-VG-BLUES', 'Used LP — blues, VG', 'used_lp', 1199),
  p('USED-VGP-LIVE', 'Used 2LP — live album, VG+', 'used_lp', 1899),
  p('USED-VGP-FOLK', 'Used LP — folk, VG+', 'used_lp', 1099),
];

export const RARE_LPS: readonly Item[] = [
  p('RARE-1971-SR', 'Original pressing — 1971 Southern rock LP (VG+)', 'rare_lp', 8999),
  p('RARE-1959-JZ', 'First pressing — 1959 hard-bop LP, deep groove (VG)', 'rare_lp', 22500),
  p('RARE-PROMO-CW', 'White-label promo — 1974 country LP (NM)', 'rare_lp', 14500),
  p('RARE-OOP-2014', 'Out of print — 2014 indie LP, first press (NM)', 'rare_lp', 6499),
  p('RARE-OOP-2LP', 'Out of print — coloured 2LP, sealed', 'rare_lp', 11999),
  p('RARE-1968-MONO', '1968 mono psych LP (VG+)', 'rare_lp', 17500),
];

export const SEVEN_INCHES: readonly Item[] = [
  p('USED-45-RKB', 'Used 45 — rockabilly single', 'seven_inch', 799),
  p('SI-3001', 'June Carrow — Winter Hymn (7")', 'seven_inch', 999),
];

/** The label's own limited coloured pressings, at most two a customer. */
export const LIMITED: readonly Item[] = [
  p(
    'CGR-LTD-01',
    'Marsh Hollow — Cumberland Nights (translucent amber, 500 copies)',
    'limited_pressing',
    3999,
  ),
  p('CGR-LTD-02', 'The Gallatin Pike — Eastside Static (splatter, 300 copies)', 'limited_pressing', 4299),
  p(
    'CGR-LTD-03',
    'Velvet Ferry — Slow Radio (2LP clear with blue swirl, 750 copies)',
    'limited_pressing',
    5499,
  ),
  p(
    'CGR-LTD-04',
    'Harper Vale — Night Bus to Memphis (glow in the dark, 250 copies)',
    'limited_pressing',
    4499,
  ),
];

export const HOLIDAY_SEVEN: readonly Item[] = [
  p('CGR-7-XMAS', 'Snow on Music Row — holiday 7" (candy-cane red, 400 copies)', 'limited_pressing', 1299),
  p('CGR-LTD-05', 'Sister Arbor — Kudzu (green marble, 300 copies)', 'limited_pressing', 3999),
];

/** RSD Black Friday exclusives left after the in-store day: one per title per customer. */
export const RSD: readonly Item[] = [
  p('RSD-BF-01', 'RSD Black Friday — Ruby Tallis: Live in Knoxville (2LP, orange)', 'rsd_exclusive', 4498),
  p('RSD-BF-02', 'RSD Black Friday — Otis Pryor Trio: Lost Tapes 1972 (LP)', 'rsd_exclusive', 2998),
  p(
    'RSD-BF-03',
    'RSD Black Friday — Fading Signals: Frequencies Remixed (picture disc)',
    'rsd_exclusive',
    2798,
  ),
  p('RSD-BF-04', 'RSD Black Friday — Cold Creek Radio: Holiday Split (7")', 'rsd_exclusive', 1298),
  p('RSD-BF-05', 'RSD Black Friday — Southern Soul Singles (5×7" box)', 'rsd_exclusive', 7998),
  p('RSD-BF-06', 'RSD Black Friday — Nova Reyes: Satellite Heart Demos (10", smoke)', 'rsd_exclusive', 2498),
];

export const BOX_SETS: readonly Item[] = [
  p('BOX-01', 'The Complete Studio Recordings (8LP box)', 'box_set', 24999),
  p('BOX-02', 'Sun-Style Rockabilly Singles 1954–1959 (6LP box)', 'box_set', 14999),
  p('BOX-03', 'The Nashville Sound 1957–1969 (5LP box)', 'box_set', 12999),
  p('BOX-04', 'Otis Pryor Trio — The Studio Years (4LP deluxe)', 'box_set', 9999),
  p('BOX-05', '50th Anniversary Super Deluxe (10LP + book)', 'box_set', 34999),
];

export const TURNTABLES: readonly Item[] = [
  p('TT-CRUISER', 'Suitcase turntable with speakers', 'turntable', 6995),
  p('TT-LP60X', 'Audio-Technica AT-LP60X automatic turntable', 'turntable', 14900),
  p('TT-RT82', 'Fluance RT82 turntable', 'turntable', 29999),
  p('TT-LP120X', 'Audio-Technica AT-LP120XUSB direct-drive turntable', 'turntable', 34900),
  p('TT-DEBUT', 'Pro-Ject Debut Carbon EVO turntable', 'turntable', 59900),
  p('TT-PLANAR1', 'Rega Planar 1 Plus turntable', 'turntable', 79500),
];

export const AUDIO: readonly Item[] = [
  p('SPK-R1280', 'Powered bookshelf speakers (pair)', 'audio', 14999),
  p('SPK-A2', 'Audioengine A2+ powered speakers', 'audio', 26900),
  p('PRE-MANI', 'Phono preamp', 'audio', 14900),
];

export const CARTRIDGES: readonly Item[] = [
  p('CART-VM95E', 'Audio-Technica VM95E cartridge', 'cartridge', 6900),
  p('CART-2MRED', 'Ortofon 2M Red cartridge', 'cartridge', 9900),
  p('CART-MP110', 'Nagaoka MP-110 cartridge', 'cartridge', 14900),
  p('CART-2MBLUE', 'Ortofon 2M Blue cartridge', 'cartridge', 23600),
  p('STY-VMN95E', 'Replacement stylus VMN95E', 'cartridge', 5900),
];

export const ACCESSORIES: readonly Item[] = [
  p('ACC-STICKERS', 'Sticker pack — store logo', 'accessory', 499),
  p('ACC-PIN', 'Enamel pin — store logo', 'accessory', 899),
  p('ACC-BRUSH', 'Anti-static record brush', 'accessory', 1499),
  p('ACC-INNER50', 'Inner sleeves, rice paper (50)', 'accessory', 1299),
  p('ACC-OUTER100', 'Outer sleeves, 3 mil (100)', 'accessory', 1999),
  p('ACC-SLIPMAT', 'Slipmat — store logo', 'accessory', 1800),
  p('ACC-CLEANKIT', 'Record cleaning kit', 'accessory', 3999),
  p('ACC-CRATE', 'LP storage crate', 'accessory', 3499),
  p('ACC-TOTE', 'Tote bag — store logo', 'accessory', 1800),
];

export const APPAREL: readonly Item[] = [
  p('TEE-STORE', 'Store logo T-shirt', 'apparel', 2800),
  p('TEE-MARSH', 'Marsh Hollow tour T-shirt', 'apparel', 3000),
  p('TEE-GPIKE', 'The Gallatin Pike T-shirt', 'apparel', 3000),
  p('LS-LABEL', 'Label long-sleeve tee', 'apparel', 3500),
  p('HOOD-STORE', 'Store hoodie', 'apparel', 5500),
  p('BEANIE', 'Store beanie', 'apparel', 2400),
];

export const POSTERS: readonly Item[] = [
  p('PST-RSD26', 'RSD Black Friday 2026 poster', 'poster', 1500),
  p('PST-STORE', 'Store mural print', 'poster', 2500),
  p('GIG-MARSH', 'Screen-printed gig poster — Marsh Hollow', 'poster', 4500),
  p('GIG-VFERRY', 'Screen-printed gig poster — Velvet Ferry (signed, numbered)', 'poster', 7500),
];

export const eGiftCard = (dollars: number): Item =>
  p(`EGC-${dollars}`, `E-gift card $${dollars}`, 'e_gift_card', dollars * 100);
export const giftCard = (dollars: number): Item =>
  p(`GC-${dollars}`, `Gift card in holiday tin $${dollars}`, 'gift_card', dollars * 100);

export const CRATES: readonly Item[] = [
  p('CRATE-JAZZ50', 'Used crate — 50 jazz & soul LPs', 'used_crate', 29900),
  p('CRATE-ROCK100', 'Used crate — 100 rock & pop LPs', 'used_crate', 44900),
  p('CRATE-CW25', 'Used crate — 25 classic country LPs', 'used_crate', 19900),
  p('CRATE-PARTY40', 'Bar bundle — 40 party LPs (VG)', 'used_crate', 25900),
];

/** What each drop sells and how many of each title a customer may buy. */
export const DROP_ITEMS: Record<DropId, { items: readonly Item[]; limit: number }> = {
  label_black_friday: { items: LIMITED, limit: 2 },
  rsd_online: { items: RSD, limit: 1 },
  holiday_seven: { items: HOLIDAY_SEVEN, limit: 2 },
};

/** Everyday records: mostly new, some used, the odd 7". */
export function records(rng: Rng, count: number): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < count; i++) {
    const pool = rng.weightedPick<readonly Item[]>([
      [NEW_LPS, 60],
      [USED_LPS, 30],
      [SEVEN_INCHES, 6],
      [RARE_LPS, 4],
    ]);
    addLine(out, rng.pick(pool));
  }
  return out;
}

/** Adds one of `item` to the basket, on its line if it is there already. */
export function addLine(lines: Line[], item: Item, quantity = 1): void {
  const found = lines.find((l) => l.sku === item.sku);
  if (found) found.quantity += quantity;
  else lines.push(lineOf(item, quantity));
}

/** Records (pressed vinyl) go by Media Mail in the US when nothing else is in the parcel. */
const RECORD_CATEGORIES = new Set<Category>([
  'new_lp',
  'used_lp',
  'rare_lp',
  'seven_inch',
  'limited_pressing',
  'rsd_exclusive',
  'box_set',
]);
const DIGITAL = new Set<Category>(['e_gift_card']);

export type Zone = 'us' | 'ca' | 'europe' | 'far';
export type ShippingMethod =
  | 'media_mail'
  | 'ground_advantage'
  | 'priority_mail'
  | 'priority_mail_express'
  | 'ups_ground_freight'
  | 'first_class_international'
  | 'priority_mail_international'
  | 'pickup'
  | 'email';

export const zoneOf = (country: string): Zone =>
  country === 'US' ? 'us' : country === 'CA' ? 'ca' : ['JP', 'AU'].includes(country) ? 'far' : 'europe';

/** Parcels: how many records-equivalents are in the box (a box set counts as four, a turntable as ten). */
const weightOf = (lines: readonly Line[]) =>
  lines.reduce((s, l) => {
    if (DIGITAL.has(l.category)) return s;
    const each =
      l.category === 'box_set' ? 4 : l.category === 'turntable' || l.category === 'used_crate' ? 10 : 1;
    return s + each * l.quantity;
  }, 0);

export const digitalOnly = (lines: readonly Line[]) => lines.every((l) => DIGITAL.has(l.category));

/**
 * The shipping method and fee. US: free from $99; otherwise Media Mail for records alone ($5.49 and $1 a
 * record more) or Ground Advantage ($8.99); Priority Mail ($14.99) or Express ($34.99) near the last shipping
 * days; crates by freight ($39). Abroad: First-Class International for a couple of records, Priority Mail
 * International beyond, by zone and weight, never free.
 */
export function shippingFor(
  lines: readonly Line[],
  zone: Zone,
  subtotal: number,
  hurry: 'normal' | 'priority' | 'express' = 'normal',
): { method: ShippingMethod; fee: number } {
  const units = weightOf(lines);
  if (units === 0) return { method: 'email', fee: 0 };
  const crate = lines.some((l) => l.category === 'used_crate');
  if (zone === 'us') {
    if (crate) return { method: 'ups_ground_freight', fee: subtotal >= 50_000 ? 0 : 3900 };
    if (hurry === 'express') return { method: 'priority_mail_express', fee: 3499 };
    if (hurry === 'priority') return { method: 'priority_mail', fee: subtotal >= 9900 ? 0 : 1499 };
    const recordsOnly = lines.every((l) => RECORD_CATEGORIES.has(l.category) || DIGITAL.has(l.category));
    if (subtotal >= 9900) return { method: recordsOnly ? 'media_mail' : 'ground_advantage', fee: 0 };
    return recordsOnly
      ? { method: 'media_mail', fee: Math.min(549 + 100 * (units - 1), 999) }
      : { method: 'ground_advantage', fee: 899 };
  }
  const [base, per, cap] =
    zone === 'ca' ? [1999, 400, 6999] : zone === 'europe' ? [3499, 600, 12999] : [3999, 700, 14999];
  const fee = Math.min(base + per * Math.max(0, units - 1), cap);
  return { method: units <= 2 ? 'first_class_international' : 'priority_mail_international', fee };
}

/** Tennessee sales tax (state and Davidson County, 9.25 %) on goods delivered or collected in Tennessee. */
export const TN_TAX = 0.0925;

export interface Basket {
  lines: Line[];
  subtotal: number;
  discount: number;
  code?: string;
  shippingFee: number;
  shippingMethod: ShippingMethod;
  tax: number;
  amount: number;
  currency: 'USD';
}

/** Discounts never apply to RSD titles, limited pressings or gift cards. */
const DISCOUNTABLE = (l: Line) =>
  !['rsd_exclusive', 'limited_pressing', 'e_gift_card', 'gift_card'].includes(l.category);

export interface BasketTerms {
  zone: Zone | 'pickup';
  /** Shipped to or collected in Tennessee. */
  taxed: boolean;
  code?: { code: string; percent: number };
  hurry?: 'normal' | 'priority' | 'express';
}

/** Prices, discount, shipping and tax, all in cents. */
export function basketOf(lines: Line[], terms: BasketTerms): Basket {
  const subtotal = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const eligible = lines.filter(DISCOUNTABLE).reduce((s, l) => s + l.price * l.quantity, 0);
  const discount = terms.code ? Math.round((eligible * terms.code.percent) / 100) : 0;
  const { method, fee } =
    terms.zone === 'pickup'
      ? { method: digitalOnly(lines) ? ('email' as const) : ('pickup' as const), fee: 0 }
      : shippingFor(lines, terms.zone, subtotal - discount, terms.hurry);
  const taxable = lines
    .filter((l) => l.category !== 'e_gift_card' && l.category !== 'gift_card')
    .reduce((s, l) => s + l.price * l.quantity, 0);
  const tax = terms.taxed ? Math.round(Math.max(0, taxable - discount) * TN_TAX) : 0;
  return {
    lines,
    subtotal,
    discount,
    ...(terms.code && discount > 0 ? { code: terms.code.code } : {}),
    shippingFee: fee,
    shippingMethod: method,
    tax,
    amount: subtotal - discount + fee + tax,
    currency: 'USD',
  };
}
