import { describe, expect, it } from '@jest/globals';
import { type TransactionLabel } from '@vigil/contracts';
import { providerLabels } from '../ingest/transaction-row.js';
import { verdictObservation } from './verdict-observation.js';

const tx = (labels: TransactionLabel[]) => ({
  id: '00000000-0000-4000-8000-000000000001',
  sourceId: '00000000-0000-4000-8000-000000000002',
  labels,
  customerEmail: 'Ann@Example.com',
  ip: '203.0.113.7',
  deviceId: ' d_9 ',
  customerId: 'c_1',
  card: { bin: '424242', last4: '4242', brand: 'visa', country: 'IE', fingerprint: 'fp_1' },
  amount: 12999,
  occurredAt: new Date('2026-11-21T10:00:00Z'),
});

describe('verdictObservation', () => {
  it('records a fraud verdict like an early fraud warning, under the ingest transaction key', () => {
    expect(verdictObservation(tx(['fraud']))).toMatchObject({
      transactionKey: `${tx([]).sourceId}|${tx([]).id}`,
      email: 'ann@example.com',
      card: 'fp:fp_1',
      deviceId: 'd_9',
      record: false,
      fraudWarning: true,
      disputed: false,
      at: Date.parse('2026-11-21T10:00:00Z'),
    });
  });

  it('records nothing for not_fraud, a provider label alone, or no label', () => {
    expect(verdictObservation(tx(['not_fraud']))).toBeNull();
    expect(verdictObservation(tx(['disputed', 'not_fraud']))).toBeNull();
    expect(verdictObservation(tx(['fraud_warning']))).toBeNull();
    expect(verdictObservation(tx([]))).toBeNull();
  });
});

describe('providerLabels', () => {
  it('adds provider_fraud to disputes and refunds whose reason is fraudulent', () => {
    expect(providerLabels({ kind: 'dispute', labels: ['disputed'], labelReason: 'fraudulent' })).toEqual([
      'disputed',
      'provider_fraud',
    ]);
    expect(providerLabels({ kind: 'refund', labels: ['refunded'], labelReason: 'fraudulent' })).toEqual([
      'refunded',
      'provider_fraud',
    ]);
  });

  it('leaves other reasons and other kinds alone', () => {
    expect(
      providerLabels({ kind: 'dispute', labels: ['disputed'], labelReason: 'product_not_received' }),
    ).toEqual(['disputed']);
    expect(providerLabels({ kind: 'refund', labels: ['refunded'], labelReason: null })).toEqual(['refunded']);
    expect(
      providerLabels({ kind: 'fraud_warning', labels: ['fraud_warning'], labelReason: 'fraudulent' }),
    ).toEqual(['fraud_warning']);
  });
});
