import { currencyExponent } from '@vigil/contracts';

/**
 * Currencies: fixed conversion rates to euros, so that amount thresholds in the default rules
 * (`:amount_eur: > 1000`) mean the same in every currency (docs/detection.md, "Amounts in euros").
 */

/**
 * Euros per unit of each currency: fixed, rounded reference rates (2025 averages, rounded to two or three
 * significant digits). They are deliberately not live: a rule's meaning must not drift with the market, and a
 * threshold such as "over 1,000 euros" only needs the order of magnitude. Every currency a store is likely to sell
 * in is listed: an unlisted one has no `amount_eur`, and the default limits then read its major units, which is
 * off by orders of magnitude for a currency such as the peso or the rupiah (docs/detection.md, "Amounts in
 * euros"). Currencies of jurisdictions under comprehensive sanctions, whose official rates mean little, are not
 * listed (those orders are blocked by country).
 */
export const EUR_RATES: Readonly<Record<string, number>> = Object.freeze({
  // Europe
  EUR: 1,
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
  BAM: 0.511,
  RSD: 0.0085,
  MKD: 0.0163,
  ALL: 0.0098,
  MDL: 0.05,
  TRY: 0.024,
  UAH: 0.022,
  BYN: 0.27,
  RUB: 0.0105,
  GEL: 0.33,
  AMD: 0.0023,
  AZN: 0.53,
  // Americas
  USD: 0.9,
  CAD: 0.65,
  MXN: 0.047,
  BRL: 0.16,
  ARS: 0.0008,
  CLP: 0.00095,
  COP: 0.00022,
  PEN: 0.24,
  UYU: 0.022,
  PYG: 0.00011,
  BOB: 0.13,
  CRC: 0.0018,
  DOP: 0.0145,
  GTQ: 0.116,
  HNL: 0.035,
  NIO: 0.024,
  PAB: 0.9,
  JMD: 0.0057,
  TTD: 0.13,
  BSD: 0.9,
  BBD: 0.45,
  BZD: 0.45,
  BMD: 0.9,
  KYD: 1.08,
  XCD: 0.33,
  AWG: 0.5,
  ANG: 0.5,
  HTG: 0.0069,
  SRD: 0.025,
  GYD: 0.0043,
  // Asia and the Pacific
  JPY: 0.006,
  CNY: 0.124,
  HKD: 0.115,
  MOP: 0.112,
  TWD: 0.028,
  KRW: 0.00065,
  SGD: 0.68,
  MYR: 0.2,
  THB: 0.026,
  IDR: 0.000055,
  PHP: 0.0155,
  VND: 0.000035,
  KHR: 0.00022,
  LAK: 0.000042,
  MMK: 0.00043,
  BND: 0.68,
  INR: 0.0105,
  PKR: 0.0032,
  BDT: 0.0075,
  LKR: 0.003,
  NPR: 0.0066,
  MVR: 0.058,
  MNT: 0.00026,
  KZT: 0.0017,
  UZS: 0.00007,
  KGS: 0.0103,
  TJS: 0.085,
  AUD: 0.58,
  NZD: 0.53,
  FJD: 0.39,
  PGK: 0.22,
  XPF: 0.00838,
  // Middle East and Africa
  AED: 0.245,
  SAR: 0.24,
  QAR: 0.247,
  KWD: 2.93,
  BHD: 2.39,
  OMR: 2.34,
  JOD: 1.27,
  ILS: 0.245,
  IQD: 0.00069,
  EGP: 0.018,
  MAD: 0.093,
  TND: 0.29,
  DZD: 0.0068,
  LYD: 0.165,
  ZAR: 0.049,
  NAD: 0.049,
  BWP: 0.066,
  NGN: 0.00058,
  GHS: 0.07,
  KES: 0.0069,
  UGX: 0.00024,
  TZS: 0.00035,
  RWF: 0.00065,
  BIF: 0.0003,
  ETB: 0.0072,
  XOF: 0.00152,
  XAF: 0.00152,
  MUR: 0.0195,
  SCR: 0.063,
  ZMW: 0.034,
  MZN: 0.014,
  AOA: 0.00098,
  MWK: 0.00052,
  MGA: 0.0002,
  CDF: 0.00031,
  CVE: 0.00907,
  GMD: 0.0125,
  GNF: 0.0001,
  DJF: 0.0051,
  SOS: 0.0016,
  KMF: 0.002,
});

/** The amount in major units (129.99 for 12999 cents), using the currency's ISO 4217 exponent. */
export function amountInMajorUnits(amount: number, currency: string): number {
  return amount / 10 ** currencyExponent(currency);
}

/** The amount (minor units) in euros at the fixed rate, rounded to cents; null for an unknown currency. */
export function amountInEuros(amount: number, currency: string): number | null {
  const rate = EUR_RATES[currency.toUpperCase()];
  if (rate === undefined) return null;
  return Math.round(amountInMajorUnits(amount, currency.toUpperCase()) * rate * 100) / 100;
}
