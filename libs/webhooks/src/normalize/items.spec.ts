import { describe, expect, it } from '@jest/globals';
import { summarizeItems } from './items.js';

describe('order lines', () => {
  it('sum up units, the largest quantity and the text rules can search', () => {
    expect(
      summarizeItems([
        { sku: 'GC-50', name: 'Gift Card 50', quantity: 3, price: 5000 },
        { sku: 'SCARF', title: 'Wool Scarf', quantity: '2' },
        { sku: 'PIN' },
        'not a line',
      ]),
    ).toEqual({
      lines: 3,
      units: 6,
      maxQuantity: 3,
      text: 'gc-50 | gift card 50 | scarf | wool scarf | pin',
    });
  });

  it('are missing when the event lists none, and stay small for hostile input', () => {
    expect(summarizeItems(undefined)).toBeNull();
    expect(summarizeItems([])).toBeNull();
    const many = Array.from({ length: 5_000 }, (_, i) => ({
      sku: `SKU-${i}-${'x'.repeat(50)}`,
      quantity: 1,
    }));
    const summary = summarizeItems(many);
    expect(summary?.lines).toBe(200);
    expect(summary?.text.length).toBeLessThanOrEqual(500);
  });
});
