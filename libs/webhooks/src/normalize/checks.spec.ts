import { describe, expect, it } from '@jest/globals';
import { shopifyAvs, shopifyCvv, stripeAvs, stripeChecks, stripeCvc } from './checks.js';

describe('Shopify AVS and CVV letters (docs/api.md#webhook-sources-and-ingestion)', () => {
  it.each([
    ['Y', 'pass'],
    ['X', 'pass'],
    ['D', 'pass'],
    ['M', 'pass'],
    ['A', 'partial'],
    ['Z', 'partial'],
    ['W', 'partial'],
    ['P', 'partial'],
    ['N', 'fail'],
    ['n', 'fail'],
    ['U', 'unavailable'],
    ['R', 'unavailable'],
    ['S', 'unavailable'],
    ['G', 'unavailable'],
    [null, 'unchecked'],
    [undefined, 'unchecked'],
    ['', 'unchecked'],
  ])('AVS %j → %s', (code, expected) => {
    expect(shopifyAvs(code)).toBe(expected);
  });

  it.each([
    ['M', 'pass'],
    ['N', 'fail'],
    ['P', 'unavailable'],
    ['S', 'unavailable'],
    ['U', 'unavailable'],
    [null, 'unchecked'],
  ])('CVV %j → %s', (code, expected) => {
    expect(shopifyCvv(code)).toBe(expected);
  });
});

describe('Stripe card checks', () => {
  it.each([
    ['pass', 'pass', 'pass'],
    ['pass', 'fail', 'partial'],
    ['fail', 'pass', 'partial'],
    ['fail', 'fail', 'fail'],
    ['fail', 'unavailable', 'fail'],
    [null, 'pass', 'pass'], // postal-code-only checkouts
    ['unavailable', 'unavailable', 'unavailable'],
    ['unchecked', null, 'unchecked'],
    [null, null, 'unchecked'],
  ])('AVS line1=%j postal=%j → %s', (line1, postal, expected) => {
    expect(stripeAvs(line1, postal)).toBe(expected);
  });

  it('maps cvc_check and treats a missing checks object as not sent', () => {
    expect([stripeCvc('pass'), stripeCvc('fail'), stripeCvc('unavailable'), stripeCvc(null)]).toEqual([
      'pass',
      'fail',
      'unavailable',
      'unchecked',
    ]);
    expect(stripeChecks(undefined)).toEqual({ avs: null, cvc: null });
  });
});
