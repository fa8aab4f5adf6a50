import { currencyExponent } from '@vigil/contracts';

/** Which codes are currencies comes from the ICU tables shipped with Node (`Intl`), not a hand-written list. */
const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** Upper-cases and checks a currency code; null when it is not ISO 4217. */
export function normalizeCurrency(code: unknown): string | null {
  if (typeof code !== 'string') return null;
  const upper = code.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(upper) && CURRENCIES.has(upper) ? upper : null;
}

/**
 * A decimal amount string such as Shopify's `"129.99"` as integer minor units of `currency`, computed on the
 * digits (no floating point); extra decimals round half away from zero. Null when it is not a plain decimal.
 */
export function decimalToMinorUnits(amount: unknown, currency: string): number | null {
  const text = typeof amount === 'number' && Number.isFinite(amount) ? String(amount) : amount;
  if (typeof text !== 'string') return null;
  const match = /^(-?)(\d{1,15})(?:\.(\d{1,20}))?$/.exec(text.trim());
  if (!match) return null;
  const [, sign = '', whole = '0', fraction = ''] = match;
  const digits = currencyExponent(currency);
  const kept = fraction.slice(0, digits).padEnd(digits, '0');
  const roundUp = (fraction[digits] ?? '0') >= '5' ? 1 : 0;
  const value = Number(whole + kept) + roundUp;
  if (!Number.isSafeInteger(value)) return null;
  return sign === '-' && value !== 0 ? -value : value;
}
