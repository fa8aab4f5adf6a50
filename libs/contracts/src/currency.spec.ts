import { describe, expect, it } from '@jest/globals';
import { currencyExponent } from './currency.js';

describe('currencyExponent', () => {
  it.each([
    ['EUR', 2],
    ['eur', 2],
    ['JPY', 0],
    ['KRW', 0],
    ['BHD', 3],
    ['KWD', 3],
    ['IQD', 3],
    // Shown without decimals by ICU, counted in hundredths by ISO 4217 (and by Stripe and Shopify).
    ['HUF', 2],
    ['IDR', 2],
    ['PKR', 2],
    ['COP', 2],
  ] as const)('%s has %d decimals', (currency, digits) => {
    expect(currencyExponent(currency)).toBe(digits);
  });

  it('assumes hundredths for a code ISO 4217 does not list', () => {
    expect(currencyExponent('XYZ')).toBe(2);
  });
});
