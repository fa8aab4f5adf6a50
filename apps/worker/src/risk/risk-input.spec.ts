import { describe, expect, it } from '@jest/globals';
import { type TransactionEntity } from '@vigil/persistence';
import { buildRiskContext, buildRiskLists } from '@vigil/risk-engine';
import { emptyNormalizedEvent, type NormalizedEvent } from '@vigil/webhooks';
import {
  canonicalEventType,
  customerAgeDays,
  riskSnapshot,
  toObservation,
  toRiskInput,
} from './risk-input.js';

const AT = new Date('2026-11-21T10:00:00Z');

function event(overrides: Partial<NormalizedEvent> = {}): NormalizedEvent {
  return {
    ...emptyNormalizedEvent('standard', 'evt_1', 'order.created'),
    kind: 'order',
    scorable: true,
    occurredAt: AT,
    orderId: '1001',
    amount: 12999,
    currency: 'EUR',
    customer: {
      id: 'c_1',
      email: 'Ann@Example.com',
      name: 'Ann',
      createdAt: new Date('2026-11-19T10:00:00Z'),
    },
    ...overrides,
  };
}

function transaction(overrides: Partial<TransactionEntity> = {}): TransactionEntity {
  return {
    id: 'tx_1',
    sourceId: 'src_1',
    amount: 12999,
    currency: 'EUR',
    customerId: 'c_1',
    customerEmail: 'ann@example.com',
    billing: { country: 'IE', postalCode: null, city: null, line1: null },
    shipping: { country: 'GB', postalCode: null, city: null, line1: null },
    ip: '8.8.8.8',
    deviceId: 'd_9',
    card: { bin: '424242', last4: '4242', brand: 'visa', country: 'IE', fingerprint: 'fp_1' },
    checks: { avs: 'pass', cvc: 'fail' },
    riskSnapshot: null,
    ...overrides,
  } as TransactionEntity;
}

const noReading = { velocity: {}, history: {}, customerSince: null, novelty: {} };
/** Enrichment that knows nothing: what a test reads comes from the transaction and the event. */
const noEnrichment = {
  ipCountry: null,
  hostingIp: null,
  hostingProvider: null,
  disposableEmail: null,
  privacyRelayEmail: null,
  freeEmail: null,
  reading: noReading,
  lists: {},
};

describe('canonical event types', () => {
  it('keep the standard type and translate provider types', () => {
    expect(canonicalEventType(event())).toBe('order.created');
    const stripe = { source: 'stripe', kind: 'payment', cancelled: false } as const;
    expect(canonicalEventType({ ...stripe, providerType: 'charge.failed', paymentOutcome: 'failed' })).toBe(
      'payment.failed',
    );
    const shopify = { source: 'shopify', kind: 'order', paymentOutcome: null } as const;
    expect(canonicalEventType({ ...shopify, providerType: 'orders/create', cancelled: false })).toBe(
      'order.created',
    );
    expect(canonicalEventType({ ...shopify, providerType: 'orders/cancelled', cancelled: true })).toBe(
      'order.cancelled',
    );
    expect(
      canonicalEventType({ ...shopify, kind: 'dispute', providerType: 'disputes/create', cancelled: false }),
    ).toBe('dispute.created');
  });
});

describe('customer age', () => {
  it('counts whole days up to the event, never below zero', () => {
    expect(customerAgeDays(Date.parse('2026-11-19T10:00:00Z'), AT.getTime())).toBe(2);
    expect(customerAgeDays(AT.getTime() + 60_000, AT.getTime())).toBe(0);
    expect(customerAgeDays(null, AT.getTime())).toBeNull();
  });
});

describe('risk input', () => {
  it('scores the merged transaction with the enrichment', () => {
    const lists = buildRiskLists([{ name: 'blocked_emails', kind: 'email', items: ['ann@example.com'] }]);
    const input = toRiskInput(transaction(), event(), AT, {
      ipCountry: 'US',
      hostingIp: true,
      hostingProvider: 'Hetzner',
      disposableEmail: false,
      privacyRelayEmail: false,
      freeEmail: false,
      reading: {
        ...noReading,
        velocity: { card_count_for_ip_1h: 4, customer_order_count: 2, customer_amount_median: 5000 },
        novelty: { device: { seenBefore: false, others: 1 }, card: { seenBefore: true, others: 0 } },
      },
      lists,
    });
    const ctx = buildRiskContext(input);
    expect(ctx.attributes).toMatchObject({
      event_type: 'order.created',
      kind: 'order',
      source_kind: 'standard',
      email: 'ann@example.com',
      billing_country: 'IE',
      shipping_country: 'GB',
      ip_country: 'US',
      ip_is_hosting: true,
      ip_hosting_provider: 'Hetzner',
      card_fingerprint: 'fp_1',
      cvc_result: 'fail',
      card_count_for_ip_1h: 4,
      customer_age_days: 2,
      is_new_customer: true,
      is_privacy_relay_email: false,
      amount_to_customer_median: 2.6,
      is_new_device_for_customer: true,
      is_new_card_for_customer: false,
      is_new_ip_network_for_customer: null,
    });
    expect(ctx.lists['blocked_emails']?.has('ann@example.com')).toBe(true);
  });

  it('falls back to the first sighting for the customer age, and keeps the provider verdict of earlier events', () => {
    const tx = transaction({ riskSnapshot: { provider_risk_level: 'highest', provider_risk_score: 91 } });
    const later = event({ customer: { id: 'c_1', email: null, name: null, createdAt: null } });
    const input = toRiskInput(tx, later, AT, {
      ipCountry: null,
      hostingIp: null,
      hostingProvider: null,
      disposableEmail: null,
      privacyRelayEmail: null,
      freeEmail: null,
      reading: { ...noReading, customerSince: Date.parse('2026-10-01T00:00:00Z') },
      lists: {},
    });
    expect(input.customerAgeDays).toBe(51);
    expect(input.providerRisk).toEqual({ level: 'highest', score: 91 });
  });

  it('keeps the order’s lines for later events that do not list them', () => {
    const tx = transaction({ riskSnapshot: { item_lines: 1, max_item_quantity: 5, item_text: 'gc-100' } });
    const payment = toRiskInput(tx, event({ kind: 'payment', items: null }), AT, noEnrichment);
    expect(payment.items).toEqual({ lines: 1, units: null, maxQuantity: 5, text: 'gc-100' });
  });

  it('keeps the payment method an earlier event named, and takes a new one when an event names it', () => {
    const tx = transaction({ riskSnapshot: { payment_method: 'pay_later' } });
    const enrichment = noEnrichment;
    expect(toRiskInput(tx, event({ kind: 'refund' }), AT, enrichment).paymentMethod).toBe('pay_later');
    const paid = event({ kind: 'payment', paymentMethod: 'card' });
    expect(toRiskInput(tx, paid, AT, enrichment).paymentMethod).toBe('card');
    expect(toRiskInput(transaction(), event(), AT, enrichment).paymentMethod).toBeNull();
  });

  it('keeps only present attributes in the snapshot', () => {
    const ctx = buildRiskContext({ amount: 100, currency: 'EUR', customer: { email: '' } });
    const snapshot = riskSnapshot(ctx);
    expect(snapshot).toEqual({ amount: 100, amount_major: 1, amount_eur: 1, currency: 'EUR' });
  });
});

describe('velocity observation', () => {
  it('follows the merged transaction and records only orders and payments', () => {
    const obs = toObservation(transaction(), event({ kind: 'payment', paymentOutcome: 'failed' }), {
      sourceId: 'src_1',
      eventId: 'evt_9',
      occurredAt: AT,
    });
    expect(obs).toMatchObject({
      at: AT.getTime(),
      transactionKey: 'src_1|tx_1',
      eventKey: 'src_1|evt_9',
      email: 'ann@example.com',
      card: 'fp:fp_1',
      ipNetwork: '8.8.8.0/24',
      basket: 'src_1|EUR',
      record: true,
      purchase: false,
      failedPayment: true,
    });
    const dispute = toObservation(transaction(), event({ kind: 'dispute', labels: ['disputed'] }), {
      sourceId: 'src_1',
      eventId: 'evt_10',
      occurredAt: AT,
    });
    expect(dispute).toMatchObject({ record: false, disputed: true, fraudWarning: false });
  });

  it('marks a payment the issuer declined as stolen, lost or fraudulent, not an everyday decline', () => {
    const meta = { sourceId: 'src_1', eventId: 'evt_9', occurredAt: AT };
    const failed = (declineCode: string | null) =>
      toObservation(transaction(), event({ kind: 'payment', paymentOutcome: 'failed', declineCode }), meta);
    expect(failed('stolen_card').fraudDecline).toBe(true);
    expect(failed(' Lost_Card ').fraudDecline).toBe(true);
    expect(failed('insufficient_funds').fraudDecline).toBe(false);
    expect(failed(null).fraudDecline).toBe(false);
    const paid = event({ kind: 'payment', paymentOutcome: 'succeeded', declineCode: 'stolen_card' });
    expect(toObservation(transaction(), paid, meta).fraudDecline).toBe(false);
  });
});
