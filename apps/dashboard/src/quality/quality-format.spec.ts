import { describe, expect, it } from '@jest/globals';
import { formatAmounts, formatRate } from './quality-format';

describe('quality formatting', () => {
  it('keeps currencies apart', () => {
    expect(formatAmounts({ USD: 900, EUR: 120000 })).toMatch(/^€1,200\.00 \+ (US)?\$9\.00$/);
    expect(formatAmounts({})).toBe('—');
  });

  it('shows rates as percentages', () => {
    expect(formatRate(0.1234)).toBe('12.3 %');
    expect(formatRate(null)).toBe('—');
  });
});
