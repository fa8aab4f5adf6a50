import { describe, expect, it } from '@jest/globals';
import { shopifyEvents as shopify } from '@vigil/testing';
import { normalizeFixture } from '../../test/normalize-fixture.js';

const ORDER_ID = '5912345678901';
const run = (topic: string, body: unknown, eventId = 'e1') =>
  normalizeFixture('shopify', body, shopify.shopifyTopicHeaders(topic, eventId));

describe('Shopify normalization: orders', () => {
  it('reads everything orders/create carries', () => {
    expect(run('orders/create', shopify.shopifyOrderCreated, '98880550-7158-44d4-b7cd-2c97c8a091b5')).toEqual(
      {
        source: 'shopify',
        eventId: '98880550-7158-44d4-b7cd-2c97c8a091b5',
        providerType: 'orders/create',
        kind: 'order',
        scorable: true,
        occurredAt: new Date('2025-11-21T10:00:00Z'),
        orderId: ORDER_ID,
        orderName: '#1001',
        paymentId: null,
        amount: 12999,
        currency: 'EUR',
        customer: {
          id: '7712345678901',
          email: 'ann@example.com',
          name: 'Ann Murphy',
          createdAt: new Date('2025-01-02T00:00:00Z'),
        },
        billing: { country: 'IE', postalCode: 'D02 X285', city: 'Dublin', line1: '1 Main St' },
        shipping: { country: 'IE', postalCode: 'T12 YX80', city: 'Cork', line1: '22 Oliver Plunkett St' },
        ip: '203.0.113.7',
        deviceId: null,
        userAgent: shopify.shopifyOrderCreated.client_details.user_agent,
        card: { bin: '424242', last4: '4242', brand: 'visa', country: null, fingerprint: null },
        checks: { avs: 'pass', cvc: 'pass' },
        items: { lines: 1, units: 1, maxQuantity: 1, text: 'scarf-gry | wool scarf - grey | wool scarf' },
        paymentOutcome: null,
        paymentMethod: 'card',
        providerRisk: null,
        labels: [],
        labelReason: null,
        declineCode: null,
        cancelled: false,
      },
    );
  });

  it('marks orders/paid as a successful payment', () => {
    expect(run('orders/paid', shopify.shopifyOrderPaid)).toMatchObject({
      orderId: ORDER_ID,
      paymentOutcome: 'succeeded',
    });
  });

  it('reads orders/updated in JPY from current_total_price and the first transaction with payment details', () => {
    expect(run('orders/updated', shopify.shopifyOrderUpdatedJpy)).toMatchObject({
      orderId: '5912345678902',
      orderName: '#1002',
      amount: 4500,
      currency: 'JPY',
      occurredAt: new Date('2025-11-21T12:30:00Z'),
      card: { bin: '555555', last4: '4444', brand: 'mastercard' },
      checks: { avs: 'partial', cvc: 'unavailable' },
    });
  });

  it('marks orders/cancelled as cancelled, at its update time', () => {
    expect(run('orders/cancelled', shopify.shopifyOrderCancelled)).toMatchObject({
      cancelled: true,
      occurredAt: new Date('2025-11-21T11:00:00Z'),
      checks: { avs: 'fail', cvc: 'fail' },
    });
  });

  it('falls back to the order email and browser IP in client_details', () => {
    const { customer: _customer, browser_ip: _ip, ...order } = shopify.shopifyOrderCreated;
    expect(run('orders/create', order)).toMatchObject({
      customer: { id: null, email: 'ann@example.com', name: null, createdAt: null },
      ip: '203.0.113.7',
    });
  });

  it('leaves checks null without payment details, unchecked when the letters are missing', () => {
    const { payment_details: _pd, ...order } = shopify.shopifyOrderCreated;
    expect(run('orders/create', order)).toMatchObject({ card: null, checks: { avs: null, cvc: null } });
    const blank = { ...order, payment_details: { credit_card_bin: '424242', avs_result_code: null } };
    expect(run('orders/create', blank).checks).toEqual({ avs: 'unchecked', cvc: 'unchecked' });
  });
});

describe('Shopify normalization: refunds, disputes, other topics', () => {
  it('ties refunds and disputes to the order id', () => {
    const refund = run('refunds/create', shopify.shopifyRefundCreated);
    const dispute = run('disputes/create', shopify.shopifyDisputeCreated);
    expect(refund).toMatchObject({
      kind: 'refund',
      labels: ['refunded'],
      orderId: ORDER_ID,
      currency: 'EUR',
      amount: null,
    });
    expect(dispute).toMatchObject({
      kind: 'dispute',
      labels: ['disputed'],
      orderId: ORDER_ID,
      amount: 12999,
      currency: 'EUR',
      occurredAt: new Date('2025-12-01T08:00:00Z'),
    });
    expect(run('orders/create', shopify.shopifyOrderCreated).orderId).toBe(refund.orderId);
  });

  it('keeps other topics as unscored "other" events', () => {
    expect(run('customers/create', shopify.shopifyCustomerCreated)).toMatchObject({
      kind: 'other',
      scorable: false,
      providerType: 'customers/create',
      orderId: null,
    });
  });

  it('falls back to X-Shopify-Webhook-Id for the event id', () => {
    const headers = { ...shopify.shopifyTopicHeaders('orders/create', 'x'), 'x-shopify-event-id': undefined };
    expect(normalizeFixture('shopify', shopify.shopifyOrderCreated, headers).eventId).toBe(
      'b54557e4-bdd9-4b37-8a5f-bf7d70bcd04x',
    );
  });
});
