import { DAY, HOUR } from '../kit/purchase.js';

/**
 * The eight storefronts: currency and its minor unit, price level, how shoppers pay, their UTC offset. The
 * catalogue is priced in dirhams and converted at late-2026 rates (the riyal and dinar pegs, floating pounds
 * and lira), then rounded to the storefront's price points (AED 3,399, KWD 104.900, EGP 64,999, TRY 84,999).
 */

export type MarketCode = 'AE' | 'SA' | 'QA' | 'KW' | 'EG' | 'JO' | 'MA' | 'TR';
export type Method = 'card' | 'cod' | 'bnpl';

export interface Market {
  code: MarketCode;
  currency: string;
  /** Digits of the minor unit: 3 for the Kuwaiti and Jordanian dinar (fils), 2 for the rest. */
  decimals: 2 | 3;
  /** Local currency per dirham. */
  perAed: number;
  /** Local shelf price over the UAE's (import duties, VAT, Turkey's special consumption tax). */
  markup: number;
  /** Share of the store's orders. */
  share: number;
  /** How this storefront's shoppers pay. */
  methods: Readonly<Record<Method, number>>;
  /** Cash-on-delivery fee in dirhams (0: free). */
  codFee: number;
  /** Days the courier takes to deliver (and collect cash), min–max. */
  deliveryDays: readonly [number, number];
  /** Share of honest COD orders the customer turns away at the door. */
  codRefusal: number;
}

export const MARKETS: Readonly<Record<MarketCode, Market>> = {
  AE: m('AE', 'AED', 2, 1, 1, 29, { card: 60, bnpl: 22, cod: 18 }, 10, [1, 2], 0.05),
  SA: m('SA', 'SAR', 2, 1.021, 1.02, 30, { card: 44, bnpl: 26, cod: 30 }, 15, [2, 5], 0.09),
  QA: m('QA', 'QAR', 2, 0.991, 1, 5, { card: 68, bnpl: 7, cod: 25 }, 10, [1, 3], 0.06),
  KW: m('KW', 'KWD', 3, 0.0836, 1.02, 6, { card: 75, bnpl: 10, cod: 15 }, 0, [1, 3], 0.06),
  EG: m('EG', 'EGP', 2, 13.2, 1.25, 14, { card: 30, bnpl: 14, cod: 56 }, 0, [2, 5], 0.16),
  JO: m('JO', 'JOD', 3, 0.193, 1.15, 4, { card: 50, bnpl: 5, cod: 45 }, 0, [1, 3], 0.1),
  MA: m('MA', 'MAD', 2, 2.5, 1.12, 4, { card: 32, bnpl: 0, cod: 68 }, 0, [2, 6], 0.18),
  TR: m('TR', 'TRY', 2, 11.8, 1.45, 8, { card: 90, bnpl: 5, cod: 5 }, 0, [1, 4], 0.08),
};

function m(
  code: MarketCode,
  currency: string,
  decimals: 2 | 3,
  perAed: number,
  markup: number,
  share: number,
  methods: Record<Method, number>,
  codFee: number,
  deliveryDays: readonly [number, number],
  codRefusal: number,
): Market {
  return { code, currency, decimals, perAed, markup, share, methods, codFee, deliveryDays, codRefusal };
}

export const MARKET_SHARES = Object.fromEntries(
  Object.values(MARKETS).map((x) => [x.code, x.share]),
) as Record<MarketCode, number>;

/** The Gulf storefronts, where most expatriates live and most card fraud lands. */
export const GULF: readonly MarketCode[] = ['AE', 'SA', 'QA', 'KW'];

/**
 * A dirham price as the storefront's shelf price, in minor units: converted, marked up, rounded up to the
 * market's price point and less one (…9 prices), or to x.900 dinars.
 */
export function localPrice(aed: number, market: MarketCode): number {
  const x = MARKETS[market];
  const raw = aed * x.perAed * x.markup;
  let major: number;
  if (x.decimals === 3) major = market === 'KW' ? Math.ceil(raw) - 0.1 : Math.ceil(raw);
  else {
    const step = raw >= 1000 && (market === 'EG' || market === 'TR') ? 100 : 10;
    major = Math.max(step - 1, Math.ceil(raw / step) * step - 1);
  }
  return Math.round(major * 10 ** x.decimals);
}

/** A dirham fee (delivery, COD) in the market's minor unit, unrounded to price points. */
export const localFee = (aed: number, market: MarketCode): number =>
  Math.round(aed * MARKETS[market].perAed * 10 ** MARKETS[market].decimals);

/** Ramadan 1447–1449 (first and last day, UTC dates): the evenings move, Morocco drops to UTC+0. */
const RAMADAN: ReadonlyArray<readonly [number, number]> = [
  [Date.UTC(2026, 1, 18), Date.UTC(2026, 2, 20)],
  [Date.UTC(2027, 1, 8), Date.UTC(2027, 2, 10)],
  [Date.UTC(2028, 0, 28), Date.UTC(2028, 1, 27)],
];

export const inRamadan = (t: number): boolean => RAMADAN.some(([a, b]) => t >= a - 3 * HOUR && t < b);

/** UTC offset in hours at `t`: Egypt keeps summer time May–October; Morocco is UTC+0 in Ramadan. */
export function tzOf(market: MarketCode, t: number): number {
  switch (market) {
    case 'AE':
      return 4;
    case 'EG': {
      const month = new Date(t).getUTCMonth();
      return month >= 4 && month <= 9 ? 3 : 2;
    }
    case 'MA':
      return inRamadan(t) ? 0 : 1;
    default:
      return 3;
  }
}

/** Black Friday (the day after the fourth Thursday of November), as a UTC date: the region's White Friday. */
export function whiteFriday(year: number): number {
  const first = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  const firstThursday = 1 + ((4 - first + 7) % 7);
  return Date.UTC(year, 10, firstThursday + 22);
}

/** Days from White Friday of the local date (0 on the day), or undefined outside its week. */
export function saleDay(localMs: number): number | undefined {
  const d = new Date(localMs);
  const day = Math.floor((localMs - whiteFriday(d.getUTCFullYear())) / DAY);
  return day >= -1 && day <= 3 ? day : undefined;
}
