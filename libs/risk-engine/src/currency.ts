/**
 * Currencies: minor units and fixed conversion rates to euros, so that amount thresholds in the default rules
 * (`:amount_eur: > 1000`) mean the same in every currency (docs/detection.md, "Amounts in euros").
 */

/** ISO 4217 currencies whose minor unit is not 1/100. */
export const CURRENCY_EXPONENTS: Readonly<Record<string, number>> = Object.freeze({
  ...Object.fromEntries(
    'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF'.split(' ').map((c) => [c, 0]),
  ),
  ...Object.fromEntries('BHD IQD JOD KWD LYD OMR TND'.split(' ').map((c) => [c, 3])),
});

/**
 * Euros per unit of each currency: fixed, rounded reference rates (ECB reference rates of 2025, rounded to two or
 * three significant digits). They are deliberately not live: a rule's meaning must not drift with the market, and
 * a threshold such as "over 1,000 euros" only needs the order of magnitude. Currencies not listed have no
 * `amount_eur` (rules on it do not match); an owner can still write rules on `amount` and `currency`.
 */
export const EUR_RATES: Readonly<Record<string, number>> = Object.freeze({
  EUR: 1,
  USD: 0.9,
  GBP: 1.17,
  CHF: 1.06,
  SEK: 0.088,
  NOK: 0.085,
  DKK: 0.134,
  ISK: 0.0068,
  PLN: 0.235,
  CZK: 0.04,
  HUF: 0.0025,
  RON: 0.2,
  BGN: 0.511,
  RSD: 0.0085,
  TRY: 0.024,
  UAH: 0.022,
  CAD: 0.65,
  AUD: 0.58,
  NZD: 0.53,
  JPY: 0.006,
  CNY: 0.124,
  HKD: 0.115,
  SGD: 0.68,
  KRW: 0.00065,
  INR: 0.0105,
  AED: 0.245,
  SAR: 0.24,
  ILS: 0.245,
  ZAR: 0.049,
  BRL: 0.16,
  MXN: 0.047,
});

/** The amount in major units (129.99 for 12999 cents), using the currency's ISO 4217 exponent. */
export function amountInMajorUnits(amount: number, currency: string): number {
  return amount / 10 ** (CURRENCY_EXPONENTS[currency] ?? 2);
}

/** The amount (minor units) in euros at the fixed rate, rounded to cents; null for an unknown currency. */
export function amountInEuros(amount: number, currency: string): number | null {
  const rate = EUR_RATES[currency.toUpperCase()];
  if (rate === undefined) return null;
  return Math.round(amountInMajorUnits(amount, currency.toUpperCase()) * rate * 100) / 100;
}
