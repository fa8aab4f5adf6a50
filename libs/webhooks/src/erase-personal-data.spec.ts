import { describe, expect, it } from '@jest/globals';
import { erasePersonalData } from './erase-personal-data.js';

const target = { email: 'ann@example.com', ips: ['203.0.113.7'] };

describe('erasePersonalData', () => {
  it('removes the personal fields of a canonical event and keeps what statistics need', () => {
    const payload = {
      type: 'order.created',
      data: {
        orderId: '1001',
        amount: 12999,
        currency: 'EUR',
        customer: { id: 'c_1', email: 'Ann@Example.com', name: 'Ann', createdAt: '2025-01-02T00:00:00Z' },
        billing: { country: 'IE', postalCode: 'D02', city: 'Dublin', line1: '1 Main St' },
        ip: '203.0.113.7',
        userAgent: 'Mozilla/5.0',
        card: { bin: '424242', last4: '4242', country: 'IE' },
      },
    };
    const { value, changed } = erasePersonalData(payload, target);
    expect(changed).toBe(true);
    expect(value).toEqual({
      type: 'order.created',
      data: {
        orderId: '1001',
        amount: 12999,
        currency: 'EUR',
        customer: { createdAt: '2025-01-02T00:00:00Z' },
        billing: { country: 'IE' },
        card: { bin: '424242', last4: '4242', country: 'IE' },
      },
    });
  });

  it("keeps a Shopify order's own name and removes the buyer's, wherever they are", () => {
    const { value } = erasePersonalData(
      {
        name: '#1001',
        total_price: '129.99',
        contact_email: 'ann@example.com',
        note: 'call ann@example.com before shipping',
        client_details: { browser_ip: '203.0.113.7', accept_language: 'en-IE' },
        billing_address: { name: 'Ann Murphy', first_name: 'Ann', city: 'Dublin', country_code: 'IE' },
        line_items: [{ name: 'Wool scarf', price: '119.99' }],
        forwarded_for: ['203.0.113.7', '198.51.100.1'],
      },
      target,
    );
    expect(value).toEqual({
      name: '#1001',
      total_price: '129.99',
      client_details: { accept_language: 'en-IE' },
      billing_address: { country_code: 'IE' },
      line_items: [{ name: 'Wool scarf', price: '119.99' }],
      forwarded_for: ['198.51.100.1'],
    });
  });

  it('removes strings equal to the customer ids, device ids and names it is given', () => {
    const payload = {
      data: {
        object: { customer: 'cus_Ann', metadata: { device: 'dev_9', buyer: 'Ann Murphy', sku: 'cus_' } },
      },
    };
    const { value } = erasePersonalData(payload, { ...target, values: ['cus_Ann', 'DEV_9', 'Ann Murphy'] });
    expect(value).toEqual({ data: { object: { metadata: { sku: 'cus_' } } } });
  });

  it('leaves unrelated payloads untouched', () => {
    const payload = { id: 'evt_1', data: { object: { amount: 5, currency: 'eur', status: 'succeeded' } } };
    expect(erasePersonalData(payload, target)).toEqual({ value: payload, changed: false });
    expect(erasePersonalData(null, target)).toEqual({ value: null, changed: false });
  });
});
