const integerFormatters = new Map<string, Intl.NumberFormat>();

/** Grouped integer ("12,345") in the viewer's locale. */
export function formatCount(value: number, locale?: string): string {
  const key = locale ?? '';
  let formatter = integerFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    integerFormatters.set(key, formatter);
  }
  return formatter.format(value);
}
