import { data as iso4217 } from 'currency-codes';

/**
 * ISO 4217 minor units, from the ISO list itself (`currency-codes`), for every part of Vigil that turns amounts
 * into major units: webhook normalization, the risk engine and the dashboard. ICU's (`Intl`) display digits are
 * not the ISO exponent (HUF, IDR, COP, PKR show no decimals but count in hundredths), so they are not used here.
 */
const EXPONENTS: ReadonlyMap<string, number> = new Map(iso4217.map((c) => [c.code, c.digits]));

/** Decimals of the currency's minor unit (EUR 2, JPY 0, KWD 3); 2 for a code ISO 4217 does not list. */
export function currencyExponent(currency: string): number {
  return EXPONENTS.get(currency.toUpperCase()) ?? 2;
}
