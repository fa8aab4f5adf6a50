import { describe, expect, it } from '@jest/globals';
import { decimalToMinorUnits, normalizeCurrency } from './currency.js';

describe('currency', () => {
  it('upper-cases ISO 4217 codes and refuses anything else', () => {
    expect(normalizeCurrency('eur')).toBe('EUR');
    expect(normalizeCurrency(' JPY ')).toBe('JPY');
    expect(['EURO', 'XYZ', 'E1R', '', 42, null].map(normalizeCurrency)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it.each([
    ['129.99', 'EUR', 12999],
    ['129.9', 'EUR', 12990],
    ['0.00', 'EUR', 0],
    ['5000', 'JPY', 5000],
    ['5000.00', 'JPY', 5000],
    ['1.005', 'EUR', 101],
    ['12.3', 'BHD', 12300],
    // ISO 4217 counts these in hundredths even though they are usually shown without decimals.
    ['5000.00', 'HUF', 500000],
    ['150000', 'IDR', 15000000],
    ['2500', 'IQD', 2500000],
    [19.99, 'USD', 1999],
  ] as const)('converts %j %s to %d minor units', (amount, currency, expected) => {
    expect(decimalToMinorUnits(amount, currency)).toBe(expected);
  });

  it.each(['abc', '1e5', '12,99', '', '1.2.3', null])('refuses %j', (amount) => {
    expect(decimalToMinorUnits(amount, 'EUR')).toBeNull();
  });
});
