import { describe, expect, it } from '@jest/globals';
import { defaultRiskSettings } from '../../apps/worker/src/risk/risk-settings.js';
import { evaluateModel } from './evaluate.js';
import { measure } from './metrics.js';
import { demoStoreModel } from './models/demo-store/index.js';
import { replay } from './replay.js';
import { type LabelledStream, type LabelledWebhook } from './traffic-model.js';

const T0 = Date.parse('2026-11-02T10:00:00Z');

function standard(
  at: number,
  purchase: string,
  type: string,
  data: Record<string, unknown>,
): LabelledWebhook {
  return {
    at,
    kind: 'standard',
    id: `msg_${purchase}_${type}_${at}`,
    headers: {},
    body: { type, timestamp: new Date(at).toISOString(), data },
    purchase,
  };
}

const order = (orderId: string, extra: Record<string, unknown> = {}) => ({
  orderId,
  amount: 4999,
  currency: 'EUR',
  customer: { id: `c_${orderId}`, email: `${orderId}@example.com`, createdAt: '2025-01-02T00:00:00Z' },
  billing: { country: 'IE', postalCode: 'D02', line1: '1 Main St' },
  shipping: { country: 'IE', postalCode: 'D02', line1: '1 Main St' },
  ip: '10.0.0.1',
  deviceId: `d_${orderId}`,
  card: { bin: '424242', last4: '4242', country: 'IE', fingerprint: `fp_${orderId}` },
  checks: { avs: 'pass', cvc: 'pass' },
  ...extra,
});

describe('eval replay', () => {
  it('judges a purchase at decision time: after its order and payment, before its dispute', async () => {
    const stream: LabelledStream = {
      model: 'hand-made',
      seed: 0,
      webhooks: [
        standard(T0, 'p1', 'order.created', order('1')),
        standard(T0 + 1_000, 'p1', 'payment.succeeded', { orderId: '1', amount: 4999, currency: 'EUR' }),
        // A blocked country on a second order, then a dispute on the first: neither changes p1's decision.
        standard(T0 + 2_000, 'p2', 'order.created', order('2', { ip: '5.160.0.1' })),
        standard(T0 + 3_000, 'p1', 'dispute.created', { orderId: '1' }),
        standard(T0 + 4_000, 'p1', 'order.updated', order('1', { amount: 999_999 })),
        // A payload the api would refuse never becomes a decision.
        standard(T0 + 5_000, 'p3', 'order.created', { orderId: '3' }),
      ],
      truth: [
        { purchase: 'p1', fraud: true, kind: 'chargeback', amount: 4999, currency: 'EUR' },
        { purchase: 'p2', fraud: true, kind: 'sanctioned', amount: 4999, currency: 'EUR' },
        { purchase: 'p3', fraud: false, kind: 'broken', amount: 100, currency: 'EUR' },
      ],
    };
    const result = await replay(stream, defaultRiskSettings());
    expect(result.decisions.get('p1')?.status).toBe('approved');
    expect(result.decisions.get('p2')).toMatchObject({ status: 'blocked' });
    expect(result.decisions.get('p2')?.signals.map((s) => s.code)).toContain('blocked_country');
    expect(result.decisions.has('p3')).toBe(false);
    expect(result.refused).toBe(1);

    const metrics = measure(stream.truth, result.decisions);
    expect(metrics).toMatchObject({
      fraudValueStopped: 0.5,
      fraudCountStopped: 0.5,
      goodHeldOrBlocked: 0,
      confusion: {
        fraud: { approved: 1, review: 0, blocked: 1, unscored: 0 },
        good: { approved: 0, review: 0, blocked: 0, unscored: 1 },
      },
    });
  });

  it('replays the tuning model the same way every time', async () => {
    const first = await evaluateModel(demoStoreModel, [1], { orders: 300 });
    const again = await evaluateModel(demoStoreModel, [1], { orders: 300 });
    expect(again.pooled).toEqual(first.pooled);
    expect(first.pooled.purchases).toBeGreaterThanOrEqual(300);
    expect(first.pooled.fraud.count).toBeGreaterThan(0);
  });
});
