import { describe, expect, it } from '@jest/globals';
import { standardEvents as fixtures } from '@vigil/testing';
import { normalizeFixture } from '../../test/normalize-fixture.js';

const headers = (id: string) => ({ 'webhook-id': id });

describe('Standard Webhooks (canonical body) normalization', () => {
  it('maps order.created 1:1, upper-casing currency and countries', () => {
    expect(normalizeFixture('standard', fixtures.standardOrderCreated, headers('msg_1'))).toEqual({
      source: 'standard',
      eventId: 'msg_1',
      providerType: 'order.created',
      kind: 'order',
      scorable: true,
      occurredAt: new Date('2025-11-21T10:00:00Z'),
      orderId: '1001',
      orderName: null,
      paymentId: 'pay_1',
      amount: 12999,
      currency: 'EUR',
      customer: {
        id: 'c_1',
        email: 'ann@example.com',
        name: 'Ann',
        createdAt: new Date('2025-01-02T00:00:00Z'),
      },
      billing: { country: 'IE', postalCode: 'D02', city: 'Dublin', line1: '1 Main St' },
      shipping: { country: 'IE', postalCode: 'D02', city: 'Dublin', line1: '1 Main St' },
      ip: '203.0.113.7',
      deviceId: 'd_9',
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/133.0',
      card: { bin: '424242', last4: '4242', brand: 'visa', country: 'IE', fingerprint: 'fp_1' },
      checks: { avs: 'pass', cvc: 'pass' },
      items: { lines: 1, units: 1, maxQuantity: 1, text: 'a1' },
      paymentOutcome: null,
      paymentMethod: 'card',
      providerRisk: null,
      labels: [],
      labelReason: null,
      declineCode: null,
      cancelled: false,
    });
  });

  it.each([
    ['standardOrderUpdated', { kind: 'order', orderId: '1001', amount: 10999, cancelled: false }],
    ['standardOrderCancelled', { kind: 'order', orderId: '1001', cancelled: true, labels: [] }],
    [
      'standardPaymentSucceeded',
      { kind: 'payment', paymentOutcome: 'succeeded', checks: { avs: 'partial', cvc: 'pass' } },
    ],
    [
      'standardPaymentFailed',
      { kind: 'payment', paymentOutcome: 'failed', amount: 5000, currency: 'JPY', orderId: null },
    ],
    ['standardRefundCreated', { kind: 'refund', labels: ['refunded'], amount: null, currency: null }],
    ['standardDisputeCreated', { kind: 'dispute', labels: ['disputed'], paymentId: 'pay_1' }],
    ['standardFraudWarningCreated', { kind: 'fraud_warning', labels: ['fraud_warning'], paymentId: 'pay_1' }],
  ] as const)('normalizes %s', (name, expected) => {
    const event = normalizeFixture('standard', fixtures[name], headers(`msg_${name}`));
    expect(event).toMatchObject({ ...expected, source: 'standard', eventId: `msg_${name}`, scorable: true });
    expect(event.occurredAt).toEqual(new Date(fixtures[name].timestamp ?? ''));
  });

  it('leaves what was not sent as null', () => {
    const event = normalizeFixture('standard', fixtures.standardFraudWarningCreated, headers('msg_x'));
    expect(event).toMatchObject({
      orderId: null,
      customer: { id: null, email: null, name: null, createdAt: null },
      billing: null,
      card: null,
      checks: { avs: null, cvc: null },
    });
  });

  it('accepts numeric ids and nulls for optional fields, ignores unknown fields', () => {
    const event = normalizeFixture(
      'standard',
      {
        type: 'order.created',
        data: { orderId: 1001, amount: 0, currency: 'usd', ip: null, extra: { x: 1 } },
        v: 2,
      },
      headers('msg_2'),
    );
    expect(event).toMatchObject({ orderId: '1001', amount: 0, currency: 'USD', ip: null, occurredAt: null });
  });

  it('reads a failed payment’s reason as its decline code, and no other event’s', () => {
    const failed = normalizeFixture(
      'standard',
      {
        type: 'payment.failed',
        data: { paymentId: 'p', amount: 100, currency: 'EUR', reason: 'stolen_card' },
      },
      headers('msg_4'),
    );
    expect(failed).toMatchObject({ paymentOutcome: 'failed', declineCode: 'stolen_card', labelReason: null });
    const refund = normalizeFixture(
      'standard',
      {
        type: 'refund.created',
        data: { paymentId: 'p', amount: 100, currency: 'EUR', reason: 'fraudulent' },
      },
      headers('msg_5'),
    );
    expect(refund).toMatchObject({ declineCode: null, labelReason: 'fraudulent' });
  });

  it('never passes a full card number through card.bin or card.last4', () => {
    const event = normalizeFixture(
      'standard',
      {
        type: 'payment.failed',
        data: {
          paymentId: 'p',
          amount: 1,
          currency: 'EUR',
          card: { bin: '4000056655665556', last4: '4000056655665556' },
        },
      },
      headers('msg_3'),
    );
    expect(event.card).toEqual({
      bin: '400005',
      last4: '5556',
      brand: null,
      country: null,
      fingerprint: null,
    });
  });
});
