import { describe, expect, it } from '@jest/globals';
import {
  stripeCharges as charges,
  stripeEvent,
  stripePaymentIntents as intents,
  stripeRisk as risk,
} from '@vigil/testing';
import { normalizeFixture } from '../../test/normalize-fixture.js';

const PI = 'pi_3QhK2bLkdIwHu7ix0Ym4qR1s'; // the PaymentIntent behind `stripeCharge`

describe('Stripe normalization: charges', () => {
  it('reads everything a charge.succeeded carries', () => {
    expect(normalizeFixture('stripe', charges.stripeChargeSucceeded)).toEqual({
      source: 'stripe',
      eventId: 'evt_3QhK2bLkdIwHu7ix0a1Bc2De',
      providerType: 'charge.succeeded',
      kind: 'payment',
      scorable: true,
      occurredAt: new Date('2025-11-21T10:00:00Z'),
      orderId: '1001',
      orderName: null,
      paymentId: PI,
      amount: 12999,
      currency: 'EUR',
      customer: { id: 'cus_RaTgQ2xFh7mZkP', email: 'ann@example.com', name: 'Ann Murphy', createdAt: null },
      billing: { country: 'IE', postalCode: 'D02 X285', city: 'Dublin', line1: '1 Main St' },
      shipping: { country: 'IE', postalCode: 'T12 YX80', city: 'Cork', line1: '22 Oliver Plunkett St' },
      ip: null,
      deviceId: null,
      userAgent: null,
      card: { bin: null, last4: '4242', brand: 'visa', country: 'IE', fingerprint: 'Xt5EWLLDS7FJjR1c' },
      checks: { avs: 'pass', cvc: 'pass' },
      items: null,
      paymentOutcome: 'succeeded',
      paymentMethod: 'card',
      providerRisk: { level: 'normal', score: 32 },
      labels: [],
      labelReason: null,
      declineCode: null,
      cancelled: false,
    });
  });

  it('reads a declined charge: partial AVS, failed CVC, elevated risk, metadata.orderId', () => {
    expect(normalizeFixture('stripe', charges.stripeChargeFailed)).toMatchObject({
      kind: 'payment',
      paymentOutcome: 'failed',
      orderId: '1002',
      paymentId: 'pi_3QhL9cLkdIwHu7ix1Ab2Cd3E',
      checks: { avs: 'partial', cvc: 'fail' },
      providerRisk: { level: 'elevated', score: 71 },
    });
  });

  it('uses the charge id when there is no PaymentIntent', () => {
    expect(normalizeFixture('stripe', charges.stripeChargeCaptured)).toMatchObject({
      paymentOutcome: 'succeeded',
      paymentId: 'ch_1QhM0dLkdIwHu7ixLegacy01',
      orderId: null,
      billing: null,
      customer: { email: 'ann@example.com', name: null },
      card: { last4: '4444', brand: 'mastercard', country: 'US' },
      checks: { avs: 'unavailable', cvc: 'unchecked' },
    });
  });

  it('labels charge.refunded and keeps the charge amount', () => {
    expect(normalizeFixture('stripe', charges.stripeChargeRefunded)).toMatchObject({
      kind: 'refund',
      labels: ['refunded'],
      labelReason: null,
      declineCode: null,
      paymentOutcome: null,
      paymentId: PI,
      amount: 12999,
      amountIsTransactionTotal: true,
    });
  });

  it('reads a refund marked fraudulent from the refund reason or the merchant report', () => {
    const refunded = charges.stripeChargeRefunded as { data: { object: Record<string, unknown> } };
    const withObject = (extra: Record<string, unknown>) => ({
      ...refunded,
      data: { object: { ...refunded.data.object, ...extra } },
    });
    const byRefund = withObject({ refunds: { data: [{ reason: 'duplicate' }, { reason: 'fraudulent' }] } });
    const byReport = withObject({ fraud_details: { user_report: 'fraudulent' } });
    const duplicate = withObject({ refunds: { data: [{ reason: 'duplicate' }] } });
    expect(normalizeFixture('stripe', byRefund).labelReason).toBe('fraudulent');
    expect(normalizeFixture('stripe', byReport).labelReason).toBe('fraudulent');
    expect(normalizeFixture('stripe', duplicate).labelReason).toBe('duplicate');
  });
});

describe('Stripe normalization: PaymentIntents', () => {
  it('reads a JPY payment_intent.succeeded in zero-decimal minor units', () => {
    expect(normalizeFixture('stripe', intents.stripePaymentIntentSucceeded)).toMatchObject({
      kind: 'payment',
      paymentOutcome: 'succeeded',
      paymentId: 'pi_3QhN4eLkdIwHu7ix2Jp7Yen0',
      orderId: 'JP-2001',
      amount: 5000,
      currency: 'JPY',
      customer: { id: 'cus_RbUhR3yGi8nAlQ', email: 'ken@example.jp' },
      shipping: { country: 'JP', postalCode: '150-0001' },
      card: null,
      checks: { avs: null, cvc: null },
    });
  });

  it('reads the card and billing details of the failed attempt', () => {
    expect(normalizeFixture('stripe', intents.stripePaymentIntentFailed)).toMatchObject({
      paymentOutcome: 'failed',
      orderId: '1003',
      amount: 250000,
      currency: 'EUR',
      customer: { id: null, email: 'buyer@mailinator.com', name: 'Sam Doe' },
      billing: { country: 'NG', postalCode: '100221', city: 'Lagos', line1: '5 Broad St' },
      card: { last4: '0019', country: 'US', fingerprint: 'St0l3nF1ng3rPr1n' },
      checks: { avs: 'fail', cvc: 'fail' },
      declineCode: 'stolen_card',
    });
  });

  it('reads why a charge failed: the outcome reason before the generic failure code', () => {
    const charge = { ...charges.stripeCharge, status: 'failed', paid: false };
    const failed = (object: Record<string, unknown>) =>
      normalizeFixture('stripe', stripeEvent('evt_f', 'charge.failed', 1_763_719_200, object));
    expect(
      failed({
        ...charge,
        failure_code: 'card_declined',
        outcome: { type: 'issuer_declined', reason: 'lost_card' },
      }).declineCode,
    ).toBe('lost_card');
    expect(failed({ ...charge, failure_code: 'card_declined', outcome: null }).declineCode).toBe(
      'card_declined',
    );
    expect(normalizeFixture('stripe', charges.stripeChargeSucceeded).declineCode).toBeNull();
  });

  it.each([
    ['stripePaymentIntentCanceled', 'canceled'],
    ['stripePaymentIntentRequiresAction', 'requires_action'],
  ] as const)('reads %s', (name, outcome) => {
    expect(normalizeFixture('stripe', intents[name])).toMatchObject({
      kind: 'payment',
      paymentOutcome: outcome,
    });
  });

  it('reads an expanded latest_charge, keeping the intent as the payment id', () => {
    const body = stripeEvent('evt_x', 'payment_intent.succeeded', 1_763_719_200, {
      ...intents.stripePaymentIntent,
      latest_charge: { ...charges.stripeCharge, payment_intent: intents.stripePaymentIntent.id },
    });
    expect(normalizeFixture('stripe', body)).toMatchObject({
      paymentId: 'pi_3QhN4eLkdIwHu7ix2Jp7Yen0',
      orderId: 'JP-2001',
      amount: 5000,
      currency: 'JPY',
      card: { last4: '4242' },
      checks: { avs: 'pass', cvc: 'pass' },
      providerRisk: { level: 'normal', score: 32 },
      billing: { country: 'IE' },
    });
  });
  it('reads the card of the newest charge a PaymentIntent embeds (API versions before 2022-11-15)', () => {
    const olderCharge = {
      ...charges.stripeCharge,
      id: 'ch_3QhN4eLkdIwHu7ixOlder001',
      payment_method_details: { type: 'card', card: { last4: '0002', brand: 'visa', country: 'US' } },
    };
    const body = stripeEvent('evt_y', 'payment_intent.requires_action', 1_763_719_200, {
      ...intents.stripePaymentIntent,
      latest_charge: undefined,
      charges: {
        object: 'list',
        data: [{ ...charges.stripeCharge, payment_intent: intents.stripePaymentIntent.id }, olderCharge],
        has_more: false,
        total_count: 2,
      },
    });
    expect(normalizeFixture('stripe', body)).toMatchObject({
      paymentId: 'pi_3QhN4eLkdIwHu7ix2Jp7Yen0',
      amount: 5000,
      currency: 'JPY',
      card: { last4: '4242', brand: 'visa', country: 'IE', fingerprint: 'Xt5EWLLDS7FJjR1c' },
      checks: { avs: 'pass', cvc: 'pass' },
      providerRisk: { level: 'normal', score: 32 },
    });
  });
});

describe('Stripe normalization: disputes, fraud warnings, reviews', () => {
  it('ties disputes, early fraud warnings and reviews to the same payment as the charge', () => {
    const ids = [risk.stripeDisputeCreated, risk.stripeEarlyFraudWarningCreated, risk.stripeReviewOpened].map(
      (body) => normalizeFixture('stripe', body).paymentId,
    );
    expect(ids).toEqual([PI, PI, PI]);
    expect(normalizeFixture('stripe', charges.stripeChargeSucceeded).paymentId).toBe(PI);
  });

  it('labels a dispute with its amount', () => {
    expect(normalizeFixture('stripe', risk.stripeDisputeCreated)).toMatchObject({
      kind: 'dispute',
      labels: ['disputed'],
      labelReason: 'fraudulent',
      amount: 12999,
      currency: 'EUR',
      occurredAt: new Date('2025-12-01T10:00:00Z'),
    });
  });

  it('labels an early fraud warning', () => {
    expect(normalizeFixture('stripe', risk.stripeEarlyFraudWarningCreated)).toMatchObject({
      kind: 'fraud_warning',
      labels: ['fraud_warning'],
      labelReason: 'made_with_stolen_card',
      amount: null,
    });
  });

  it.each(['stripeReviewOpened', 'stripeReviewClosed'] as const)('reads %s with the buyer IP', (name) => {
    expect(normalizeFixture('stripe', risk[name])).toMatchObject({
      kind: 'review',
      labels: [],
      labelReason: null,
      declineCode: null,
      ip: '203.0.113.7',
    });
  });

  it('keeps other event types as unscored "other" events with what can be read', () => {
    expect(normalizeFixture('stripe', risk.stripeCustomerCreated)).toMatchObject({
      eventId: 'evt_1QhWCmLkdIwHu7ixCus0New1',
      providerType: 'customer.created',
      kind: 'other',
      scorable: false,
      occurredAt: new Date('2025-11-21T09:59:00Z'),
      paymentId: null,
      customer: { id: null, email: null },
    });
  });
});
