import { describe, expect, it } from '@jest/globals';
import { containsCardNumber, maskAllDigits, maskCardNumbers } from './card-numbers.js';

describe('maskCardNumbers', () => {
  it.each([
    ['4242 4242 4242 4242', '424242******4242'],
    ['4242-4242-4242-4242', '424242******4242'],
    ['4242424242424242', '424242******4242'],
    ['378282246310005', '378282*****0005'], // Amex, 15 digits
    ['4222222222222', '422222***2222'], // 13 digits
    ['6011 0009 9013 9424', '601100******9424'],
    ['card 5555555555554444 exp 12/28', 'card 555555******4444 exp 12/28'],
    ['a4242424242424242b', 'a424242******4242b'],
    // Any run of whitespace, dashes or dots between groups, in any Unicode spelling.
    ['4242  4242  4242  4242', '424242******4242'],
    ['4242 - 4242 - 4242 - 4242', '424242******4242'],
    ['4242\t4242\t4242\t4242', '424242******4242'],
    ['4242\u00a04242\u00a04242\u00a04242', '424242******4242'],
    ['4242\u202f4242\u20094242\u20074242', '424242******4242'],
    ['4242.4242.4242.4242', '424242******4242'],
    ['4242 . 4242 . 4242 . 4242', '424242******4242'],
    ['4242\u20134242\u20144242\u22124242', '424242******4242'],
    ['4242\u200b4242\ufeff4242\u20604242', '424242******4242'],
    ['4242\r\n4242\n\n4242\u30004242', '424242******4242'],
    ['4 2 4 2 4 2 4 2 4 2 4 2 4 2 4 2', '424242******4242'],
    ['\uff14\uff12\uff14\uff12 4242 4242 4242', '424242******4242'], // fullwidth digits
  ])('masks the Luhn-valid card number in %j', (input, expected) => {
    expect(maskCardNumbers(input)).toBe(expected);
  });

  it.each([
    '4242424242424241', // fails Luhn
    '424242424242', // 12 digits
    '42424242424242424242', // 20 digits in one piece: not a card
    '+353 1 555 0100',
    '2025-11-21T10:00:00Z',
    '203.0.113.7',
    '12.99 EUR, 3 items',
    '',
  ])('leaves %j alone', (input) => {
    expect(maskCardNumbers(input)).toBe(input);
  });

  it('finds a card next to other numbers in the same run', () => {
    expect(maskCardNumbers('4242 4242 4242 4242 12/28')).toBe('424242******4242 12/28');
    expect(maskCardNumbers('qty 2 4242 4242 4242 4242')).toBe('qty 2 424242******4242');
    // When overlapping candidates pass Luhn, their union is masked: more is hidden, never less.
    const masked = maskCardNumbers('4242 4242 4242 4242 12 28 123');
    expect(containsCardNumber(masked)).toBe(false);
    expect(masked).toMatch(/^424242\*+\d*( \d+)*$/);
    expect(masked).not.toContain('4242 4242');
  });

  it('masks several cards in one string', () => {
    expect(maskCardNumbers('4242424242424242 and 5555-5555-5555-4444')).toBe(
      '424242******4242 and 555555******4444',
    );
  });

  // A backtracking pattern would take minutes here and hit the test timeout; speed itself is in `npm run bench`.
  it('finishes on long digit-heavy strings and leaves digits that fail Luhn alone', () => {
    const hostile = '1 '.repeat(500_000) + '1-'.repeat(10_000) + '9'.repeat(100_000);
    expect(maskCardNumbers(hostile)).toBe(hostile);
  });
});

describe('containsCardNumber', () => {
  it('detects Luhn-valid numbers only', () => {
    expect(containsCardNumber('pan=4242-4242-4242-4242')).toBe(true);
    expect(containsCardNumber('order 4242424242424241')).toBe(false);
    expect(containsCardNumber('424242******4242')).toBe(false);
  });
});

describe('maskAllDigits (fields named like a card number)', () => {
  it('masks 13+ digits even when they fail Luhn', () => {
    expect(maskAllDigits('4242 4242 4242 4241')).toBe('424242******4241');
    expect(maskAllDigits('4242.4242.4242.4241')).toBe('424242******4241');
  });

  it('keeps short values such as Shopify masked numbers', () => {
    expect(maskAllDigits('•••• •••• •••• 4242')).toBe('•••• •••• •••• 4242');
  });
});
