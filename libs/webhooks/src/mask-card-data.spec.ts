import { describe, expect, it } from '@jest/globals';
import { shopifyOrder, stripeCharge } from '@vigil/testing';
import { maskCardData, maskHeaderValues } from './mask-card-data.js';

describe('maskCardData', () => {
  it('masks card numbers in nested string values and keys', () => {
    const input = {
      note: 'paid with 4242 4242 4242 4242',
      lines: [{ text: 'card: 5555-5555-5555-4444' }, 'ok', 7],
      nested: { deeper: { value: 'x 378282246310005 y' } },
      '4000000000000002': 'key',
    };
    expect(maskCardData(input)).toEqual({
      note: 'paid with 424242******4242',
      lines: [{ text: 'card: 555555******4444' }, 'ok', 7],
      nested: { deeper: { value: 'x 378282*****0005 y' } },
      '400000******0002': 'key',
    });
  });

  it('leaves Luhn-invalid digits, numbers and identifier fields (gid:// URIs included) alone', () => {
    const input = {
      reference: '4242424242424241',
      amount: 4242424242424242,
      id: '4242424242424242',
      order_id: '4242424242424242',
      paymentId: '4242424242424242',
      admin_graphql_api_id: 'gid://shopify/Order/4242424242424242',
      ids: [4242424242424242],
    };
    expect(maskCardData(input)).toEqual(input);
  });

  it('masks gid:// look-alikes outside identifier fields and identifier values with spaces', () => {
    expect(
      maskCardData({
        note: 'gid://shopify/Order/4242424242424242',
        comment: 'gid://x please charge 4242 4242 4242 4242',
        order_id: 'gid://shopify/Order/1 4242 4242 4242 4242',
        customerId: '4242\u00a04242\u00a04242\u00a04242',
      }),
    ).toEqual({
      note: 'gid://shopify/Order/424242******4242',
      comment: 'gid://x please charge 424242******4242',
      order_id: 'gid://shopify/Order/1 424242******4242',
      customerId: '424242******4242',
    });
  });

  it('masks card-number fields even when they fail Luhn, and drops CVC fields holding digits', () => {
    const input = {
      card: { number: '4242 4242 4242 4241', cvc: '123', exp_month: 12, checks: { cvc_check: 'pass' } },
      card_number: '4000-0000-0000-0002',
      cardNumber: 4242424242424241,
      credit_card_number: '•••• •••• •••• 4242',
      pan: ['5555555555554440'],
      cvv: 123,
      CVV2: '123',
      security_code: '1234',
      securityCode: '1234',
      cvc_codes: { cvc: [123] },
      number: 1001,
      checks: { cvc: 'pass', cvv: 'M' }, // check results, not codes
    };
    expect(maskCardData(input)).toEqual({
      card: { number: '424242******4241', exp_month: 12, checks: { cvc_check: 'pass' } },
      card_number: '400000******0002',
      cardNumber: '424242******4241',
      credit_card_number: '•••• •••• •••• 4242',
      pan: ['555555******4440'],
      cvc_codes: {},
      number: 1001,
      checks: { cvc: 'pass', cvv: 'M' },
    });
  });

  it('returns a copy and keeps key order, scalars and null', () => {
    const input = { b: 'x 4242424242424242', a: null, c: true, d: [null, { e: 1 }] };
    const output = maskCardData(input);
    expect(output).not.toBe(input);
    expect(input.b).toBe('x 4242424242424242');
    expect(Object.keys(output)).toEqual(['b', 'a', 'c', 'd']);
    expect(maskCardData('4242424242424242')).toBe('424242******4242');
    expect(maskCardData(null)).toBeNull();
  });

  it('keeps a __proto__ key as data instead of changing the prototype', () => {
    const output = maskCardData(JSON.parse('{"__proto__": {"polluted": "4242424242424242"}}') as object);
    expect(Object.getPrototypeOf(output)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(output, '__proto__')?.value).toEqual({
      polluted: '424242******4242',
    });
  });

  it('leaves real provider payloads intact when they hold no card number', () => {
    expect(maskCardData(stripeCharge)).toEqual(stripeCharge);
    expect(maskCardData(shopifyOrder)).toEqual(shopifyOrder);
  });

  it('survives hostile nesting without recursion', () => {
    let deep: unknown = '4242424242424242';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    let out = maskCardData(deep);
    for (let i = 0; i < 100_000; i++) out = (out as unknown[])[0];
    expect(out).toBe('424242******4242');
  });

  it('masks every card number in a 1 MiB payload', () => {
    const order = { ...shopifyOrder, note: 'call me, card 4242 4242 4242 4242' };
    const orders = Array.from(
      { length: Math.ceil((1024 * 1024) / JSON.stringify(order).length) },
      () => order,
    );
    const text = JSON.stringify({ orders });
    expect(text.length).toBeGreaterThanOrEqual(1024 * 1024);
    const payload = JSON.parse(text) as unknown;
    const masked = maskCardData(payload);
    expect(masked).toEqual({
      orders: orders.map(() => ({ ...order, note: 'call me, card 424242******4242' })),
    });
  });
});

describe('maskHeaderValues', () => {
  it('masks header values but keeps identifier headers', () => {
    expect(
      maskHeaderValues({
        'x-note': 'card 4242424242424242',
        'x-list': ['4242-4242-4242-4242', 'ok'],
        'webhook-id': '4242424242424242',
        'x-shopify-event-id': '4242 4242 4242 4242',
        'x-missing': undefined,
      }),
    ).toEqual({
      'x-note': 'card 424242******4242',
      'x-list': ['424242******4242', 'ok'],
      'webhook-id': '4242424242424242',
      'x-shopify-event-id': '424242******4242',
      'x-missing': undefined,
    });
  });
});
