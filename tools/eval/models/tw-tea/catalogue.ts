import { type BasketLine, lineOf, type Product, product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Currency, type Market } from './places.js';

/**
 * What the tea house sells, priced in whole New Taiwan dollars (stored in the currency's minor unit, cents,
 * as ISO 4217 has it), and its overseas price lists in US and Hong Kong dollars, yen and euros. Shipping: the
 * black-cat courier to the door, a convenience store for pickup, the shop itself, EMS or DHL abroad.
 */

export type Category =
  | 'oolong'
  | 'competition_tea'
  | 'black_tea'
  | 'green_tea'
  | 'sampler'
  | 'gift_box'
  | 'teaware'
  | 'kettle'
  | 'tea_class';

const p = (sku: string, name: string, category: Category, twd: number): Product<Category> =>
  product(sku, name, category, twd * 100);

/** Prices in NT$ cents. */
export const PRODUCTS = {
  alishan150: p('OOL-ALS-150', '阿里山高山烏龍茶 150g', 'oolong', 1200),
  alishan300: p('OOL-ALS-300', '阿里山高山烏龍茶 半斤 300g', 'oolong', 2200),
  lishan150: p('OOL-LS-150', '梨山高山烏龍茶 150g', 'oolong', 2200),
  dayuling75: p('OOL-DYL-75', '大禹嶺高冷烏龍 75g', 'oolong', 2400),
  dongding300: p('OOL-DD-300', '凍頂烏龍茶 半斤 300g', 'oolong', 1500),
  dongdingRoast: p('OOL-DD-RST-150', '凍頂炭焙烏龍 150g', 'oolong', 1100),
  beauty75: p('OOL-OB-75', '東方美人茶 75g', 'oolong', 1800),
  beautyTop: p('OOL-OB-TOP-37', '東方美人 頭等 37.5g', 'oolong', 2600),
  tieguanyin150: p('OOL-TGY-150', '木柵鐵觀音 150g', 'oolong', 1300),
  baozhong150: p('OOL-BZ-150', '文山包種茶 150g', 'oolong', 900),
  compDongding: p('CMP-DD-600-1', '凍頂烏龍比賽茶 頭等獎 一斤', 'competition_tea', 12000),
  compSpecial: p('CMP-DD-600-S', '凍頂烏龍比賽茶 特等獎 一斤', 'competition_tea', 36000),
  compLishan: p('CMP-LS-300-2', '梨山比賽茶 貳等獎 半斤', 'competition_tea', 4800),
  ruby75: p('BLK-RR18-75', '日月潭紅玉紅茶 台茶18號 75g', 'black_tea', 750),
  honeyBlack75: p('BLK-HNY-75', '蜜香紅茶 75g', 'black_tea', 680),
  rubyBags: p('BLK-RR18-TB20', '紅玉紅茶 原葉茶包 20入', 'black_tea', 450),
  biluochun100: p('GRN-BLC-100', '三峽碧螺春綠茶 100g', 'green_tea', 600),
  longjing100: p('GRN-LJ-100', '三峽龍井綠茶 100g', 'green_tea', 650),
  singleBrew: p('SMP-1X8G', '單泡試飲包 8g', 'sampler', 120),
  taster5: p('SMP-5X8G', '高山茶試飲組 5入', 'sampler', 280),
  coldBrew: p('SMP-CB-15', '冷泡茶包 15入', 'sampler', 390),
  nyDuo: p('GFT-NY-DUO', '新春雙罐禮盒 阿里山+凍頂', 'gift_box', 1680),
  nyTrio: p('GFT-NY-TRIO', '新春三罐禮盒', 'gift_box', 2480),
  nyBeauty: p('GFT-NY-OB', '東方美人錫罐禮盒', 'gift_box', 2880),
  nyLishan: p('GFT-NY-LS', '梨山雙罐禮盒', 'gift_box', 3680),
  nyTeaSet: p('GFT-NY-SET', '茶具茶葉組禮盒', 'gift_box', 4580),
  corpStandard: p('GFT-CORP-STD', '企業新春禮盒 標準款', 'gift_box', 880),
  corpPremium: p('GFT-CORP-PRM', '企業新春禮盒 典藏款', 'gift_box', 1580),
  yinggePot: p('WAR-YG-POT', '鶯歌手拉茶壺', 'teaware', 2800),
  yinggeArtist: p('WAR-YG-ART', '鶯歌名家柴燒手拉壺', 'teaware', 16000),
  gaiwan: p('WAR-GAIWAN', '白瓷蓋碗', 'teaware', 680),
  cups6: p('WAR-CUP-6', '品茗杯 六入', 'teaware', 1200),
  pitcher: p('WAR-PITCHER', '玻璃公道杯', 'teaware', 580),
  trayBamboo: p('WAR-TRAY-BMB', '竹製茶盤', 'teaware', 1980),
  trayStone: p('WAR-TRAY-STN', '烏金石茶盤', 'teaware', 6800),
  travelSet: p('WAR-TRAVEL', '旅行茶具組', 'teaware', 1580),
  ironKettle: p('KTL-IRON-10', '鑄鐵壺 1.0L', 'kettle', 6800),
  ironKettleLarge: p('KTL-IRON-14', '手工鑄鐵壺 1.4L', 'kettle', 12800),
  teaStove: p('KTL-STOVE', '電陶爐', 'kettle', 3980),
  classIntro: p('CLS-INTRO', '大稻埕茶藝入門體驗課 1人', 'tea_class', 1200),
  classPair: p('CLS-PAIR', '雙人品茶課', 'tea_class', 2200),
  classSeries: p('CLS-SERIES', '品茶三堂系列課', 'tea_class', 3600),
} as const satisfies Record<string, Product<Category>>;

export type ProductKey = keyof typeof PRODUCTS;

/** The overseas price lists, rounded as a shop rounds them; the minor unit of each currency (yen has none). */
export function priceIn(twdCents: number, currency: Currency): number {
  const twd = twdCents / 100;
  if (currency === 'TWD') return twdCents;
  if (currency === 'USD') return Math.max(3, Math.round(twd / 30)) * 100 - 10;
  if (currency === 'EUR') return Math.max(3, Math.round(twd / 33)) * 100 - 10;
  if (currency === 'HKD') return Math.max(2, Math.round(twd / 3.9 / 10)) * 1000;
  return Math.max(5, Math.round((twd * 4.9) / 100)) * 100;
}

export type Line = BasketLine<Category>;

export const lineIn = (key: ProductKey, currency: Currency, quantity = 1): Line => {
  const l = lineOf(PRODUCTS[key], quantity);
  return { ...l, price: priceIn(l.price, currency) };
};

/** `count` different products drawn by weight, each in a quantity from `qty`. */
export function pickLines(
  rng: Rng,
  currency: Currency,
  weights: ReadonlyArray<readonly [ProductKey, number]>,
  count: number,
  qty: (rng: Rng) => number = () => 1,
): Line[] {
  const left = [...weights];
  const out: Line[] = [];
  for (let i = 0; i < count && left.length > 0; i++) {
    const key = rng.weightedPick(left);
    left.splice(
      left.findIndex(([k]) => k === key),
      1,
    );
    out.push(lineIn(key, currency, qty(rng)));
  }
  return out;
}

export type Fulfilment = 'home_delivery' | 'cvs_pickup' | 'shop_pickup' | 'email' | 'ems' | 'dhl' | 'freight';

/** Flat fees and free-shipping thresholds, per currency, in minor units. */
const ABROAD_FEES: Readonly<Record<Exclude<Currency, 'TWD'>, { ems: number; free: number }>> = {
  HKD: { ems: 11_000, free: 150_000 },
  JPY: { ems: 2_500, free: 30_000 },
  USD: { ems: 3_200, free: 30_000 },
  EUR: { ems: 3_500, free: 28_000 },
};

export function shippingFee(f: Fulfilment, currency: Currency, items: number, market: Market): number {
  if (f === 'email' || f === 'shop_pickup' || f === 'freight') return 0;
  if (currency === 'TWD') {
    if (f === 'cvs_pickup') return items >= 100_000 ? 0 : 7_000;
    return items >= 200_000 ? 0 : 15_000;
  }
  const fees = ABROAD_FEES[currency];
  // Canada costs more to reach than the US on the same dollar price list.
  const ems = market === 'CA' ? Math.round(fees.ems * 1.15) : fees.ems;
  if (f === 'dhl') return Math.round(ems * 1.8);
  return items >= fees.free ? 0 : ems;
}

export interface Basket {
  lines: Line[];
  currency: Currency;
  items: number;
  shippingFee: number;
  discount: number;
  code?: string;
  amount: number;
}

/** A basket: lines, shipping, and a discount (a share of the items, or an amount) under a code. */
export function basketOf(
  lines: Line[],
  currency: Currency,
  f: Fulfilment,
  market: Market,
  deal?: { code: string; share?: number; off?: number },
): Basket {
  const items = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const fee = shippingFee(f, currency, items, market);
  const unit = currency === 'JPY' ? 1 : 100;
  const raw = deal ? (deal.off ?? 0) + items * (deal.share ?? 0) : 0;
  const discount = Math.min(items, Math.round(raw / unit) * unit);
  return {
    lines,
    currency,
    items,
    shippingFee: fee,
    discount,
    ...(deal && discount > 0 ? { code: deal.code } : {}),
    amount: items + fee - discount,
  };
}

/** Box count of a basket: what a company's gift order is counted in. */
export const boxes = (b: Basket): number =>
  b.lines.filter((l) => l.category === 'gift_box').reduce((s, l) => s + l.quantity, 0);

/** Whether the basket holds only class vouchers, which are e-mailed. */
export const vouchersOnly = (lines: readonly Line[]): boolean =>
  lines.every((l) => l.category === 'tea_class');

/** Whether anything breakable is in the basket: pottery, glass, stone, cast iron. */
export const breakable = (lines: readonly Line[]): boolean =>
  lines.some((l) => l.category === 'teaware' || l.category === 'kettle' || l.sku === 'GFT-NY-SET');
