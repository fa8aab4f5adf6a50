import { describe, expect, it } from '@jest/globals';
import { currencyExponent } from '@vigil/contracts';
import { data as iso4217 } from 'currency-codes';
import { amountInEuros, amountInMajorUnits, EUR_RATES } from './currency.js';

const ISO_CODES = new Set(iso4217.map((c) => c.code));

describe('currency', () => {
  it('converts minor units with the ISO 4217 exponent', () => {
    expect(amountInMajorUnits(12999, 'EUR')).toBe(129.99);
    expect(amountInMajorUnits(12800, 'JPY')).toBe(12800);
    expect(amountInMajorUnits(12345, 'KWD')).toBe(12.345);
    expect(amountInMajorUnits(500000, 'HUF')).toBe(5000);
  });

  it('prices everyday orders in every listed currency within the range of an ordinary basket', () => {
    // 100 euros' worth in each currency, written as the store would send it, lands near 100 euros.
    for (const [currency, rate] of Object.entries(EUR_RATES)) {
      const minor = Math.round((100 / rate) * 10 ** currencyExponent(currency));
      expect([currency, Math.round(amountInEuros(minor, currency) ?? 0)]).toEqual([currency, 100]);
    }
  });

  it('lists only ISO 4217 codes, and the currencies of the largest online markets', () => {
    expect(Object.keys(EUR_RATES).filter((code) => !ISO_CODES.has(code))).toEqual([]);
    const markets =
      'USD EUR GBP JPY CNY KRW INR IDR PHP MYR THB VND SGD HKD TWD AUD NZD CAD MXN BRL ARS CLP COP PEN ' +
      'TRY PLN CZK HUF RON SEK NOK DKK CHF UAH AED SAR QAR KWD BHD OMR JOD EGP MAD NGN KES ZAR GHS PKR BDT';
    expect(markets.split(' ').filter((code) => EUR_RATES[code] === undefined)).toEqual([]);
  });

  it('a peso order is not read as euros: 17,157 Philippine pesos are about 266 euros', () => {
    expect(amountInEuros(1715700, 'PHP')).toBeCloseTo(265.93, 2);
    expect(amountInEuros(100, 'XYZ')).toBeNull();
  });
});
