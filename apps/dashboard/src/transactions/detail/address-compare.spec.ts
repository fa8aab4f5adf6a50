import { describe, expect, it } from '@jest/globals';
import { compareAddresses, isEmptyAddress } from './address-compare';

const dublin = { country: 'IE', postalCode: 'D02', city: 'Dublin', line1: '1 Main St' };

describe('compareAddresses', () => {
  it('finds no mismatch in the same address written differently', () => {
    const lines = compareAddresses(dublin, { ...dublin, city: 'DUBLIN', line1: '1 main st.' });
    expect(lines.filter((line) => line.mismatch)).toEqual([]);
  });

  it('marks each field that differs', () => {
    const lines = compareAddresses(dublin, {
      country: 'NG',
      postalCode: 'D02',
      city: 'Lagos',
      line1: '1 Main St',
    });
    expect(lines.filter((line) => line.mismatch).map((line) => line.field)).toEqual(['city', 'country']);
  });

  it('does not call a missing side a mismatch', () => {
    const lines = compareAddresses(dublin, { country: null, postalCode: null, city: null, line1: null });
    expect(lines.some((line) => line.mismatch)).toBe(false);
    expect(isEmptyAddress({ country: null, postalCode: null, city: null, line1: null })).toBe(true);
    expect(isEmptyAddress(dublin)).toBe(false);
  });
});
