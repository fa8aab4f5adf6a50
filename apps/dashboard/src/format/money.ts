import { currencyExponent } from '@vigil/contracts';
/** Amounts travel as integers in the currency's minor unit (cents, yen, fils); these turn them into text. */

export interface MoneyFormatOptions {
  /** BCP 47 locale; the browser's when omitted. */
  locale?: string;
  /** Short form for large totals (€1.2M). */
  compact?: boolean;
}

const formatters = new Map<string, Intl.NumberFormat | null>();

/** A cached currency formatter, or null when the code is not a well-formed ISO 4217 code. */
export function currencyFormatter(
  currency: string,
  options: MoneyFormatOptions = {},
): Intl.NumberFormat | null {
  const code = currency.trim().toUpperCase();
  const key = `${options.locale ?? ''}|${code}|${options.compact ? 'c' : ''}`;
  if (formatters.has(key)) return formatters.get(key) ?? null;
  let formatter: Intl.NumberFormat | null;
  try {
    formatter = new Intl.NumberFormat(options.locale, {
      style: 'currency',
      currency: code,
      ...(options.compact ? { notation: 'compact', maximumFractionDigits: 1 } : {}),
    });
  } catch {
    formatter = null;
  }
  formatters.set(key, formatter);
  return formatter;
}

/** Minor units → major units (12999 EUR → 129.99; 500000 HUF → 5000: the ISO 4217 exponent, not ICU's display digits). */
export function toMajorUnits(amount: number, currency: string): number {
  return amount / 10 ** currencyExponent(currency);
}

/** `formatMinorUnits(12999, 'EUR', { locale: 'en-IE' })` → "€129.99"; null amount → "—". */
export function formatMinorUnits(
  amount: number | null,
  currency: string | null,
  options: MoneyFormatOptions = {},
): string {
  if (amount === null || !Number.isFinite(amount)) return '—';
  const formatter = currency ? currencyFormatter(currency, options) : null;
  if (!formatter || !currency) {
    // Without a usable currency the minor-unit scale is unknown: show the raw integer and the code as given.
    const plain = new Intl.NumberFormat(options.locale).format(amount);
    return currency ? `${plain} ${currency}` : plain;
  }
  return formatter.format(toMajorUnits(amount, currency));
}
