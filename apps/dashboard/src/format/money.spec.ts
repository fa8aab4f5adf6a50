import { describe, expect, it } from '@jest/globals';
import { formatMinorUnits, toMajorUnits } from './money';

describe('money', () => {
  it('knows each currency’s minor unit', () => {
    expect(toMajorUnits(12999, 'EUR')).toBe(129.99);
    expect(toMajorUnits(12999, 'JPY')).toBe(12999);
    expect(toMajorUnits(12999, 'KWD')).toBe(12.999);
    // ISO 4217 counts forints in hundredths, though they are shown without decimals.
    expect(toMajorUnits(500000, 'HUF')).toBe(5000);
    expect(formatMinorUnits(500000, 'HUF', { locale: 'en-US' }).replace(/\s/g, ' ')).toBe('HUF 5,000');
  });

  it('formats minor units with the currency’s fraction digits', () => {
    expect(formatMinorUnits(12999, 'EUR', { locale: 'en-IE' })).toBe('€129.99');
    expect(formatMinorUnits(12999, 'USD', { locale: 'en-US' })).toBe('$129.99');
    expect(formatMinorUnits(12999, 'JPY', { locale: 'en-US' })).toBe('¥12,999');
    expect(formatMinorUnits(12999, 'KWD', { locale: 'en-US' }).replace(/\s/g, ' ')).toBe('KWD 12.999');
    expect(formatMinorUnits(0, 'EUR', { locale: 'en-IE' })).toBe('€0.00');
  });

  it('accepts lower-case codes', () => {
    expect(formatMinorUnits(500, 'gbp', { locale: 'en-GB' })).toBe('£5.00');
  });

  it('follows the locale', () => {
    // Intl uses a narrow no-break space before the symbol in de-DE.
    expect(formatMinorUnits(123456, 'EUR', { locale: 'de-DE' }).replace(/\s/g, ' ')).toBe('1.234,56 €');
  });

  it('shortens large totals when asked', () => {
    expect(formatMinorUnits(1_234_567_800, 'USD', { locale: 'en-US', compact: true })).toBe('$12.3M');
  });

  it('falls back without a usable currency, and shows a dash without an amount', () => {
    expect(formatMinorUnits(null, 'EUR')).toBe('—');
    expect(formatMinorUnits(12999, null, { locale: 'en-US' })).toBe('12,999');
    expect(formatMinorUnits(12999, 'EURO', { locale: 'en-US' })).toBe('12,999 EURO');
  });
});
