import { describe, expect, it } from '@jest/globals';
import { HISTORY_COUNTERS, VELOCITY_COUNTERS } from '@vigil/risk-engine';
import { buildVelocityPlan, cardIdentity, readVelocityReply, velocityKey } from './velocity-plan.js';
import { type VelocityObservation } from './velocity-store.js';

const observation = (overrides: Partial<VelocityObservation> = {}): VelocityObservation => ({
  at: Date.parse('2026-11-21T10:00:00Z'),
  transactionKey: 'src|tx1',
  eventKey: 'src|evt1',
  email: 'ann@example.com',
  ip: '203.0.113.7',
  deviceId: 'd_9',
  customerId: 'c_1',
  card: 'fp:fp_1',
  amount: 12999,
  record: true,
  failedPayment: false,
  customerCreatedAt: null,
  disputed: false,
  fraudWarning: false,
  ...overrides,
});

describe('velocity keys', () => {
  it('live under the instance prefix, one per counter and subject', () => {
    expect(velocityKey('vigil:velocity', 'cards-by-ip', '203.0.113.7')).toBe(
      'vigil:velocity:cards-by-ip:203.0.113.7',
    );
  });

  it('hash subjects too long to be keys, so hostile values stay small', () => {
    const key = velocityKey('p:velocity', 'cards-by-email', `${'a'.repeat(5_000)}@example.com`);
    expect(key.length).toBeLessThan(100);
    expect(key).toMatch(/^p:velocity:cards-by-email:#[\w-]{43}$/);
    expect(velocityKey('p', 'c', 'x'.repeat(5_000))).not.toBe(velocityKey('p', 'c', 'y'.repeat(5_000)));
  });

  it('follow a card by fingerprint, else by BIN and last 4, never by anything longer', () => {
    expect(cardIdentity({ fingerprint: 'fp_1', bin: '424242', last4: '4242' })).toBe('fp:fp_1');
    expect(cardIdentity({ fingerprint: null, bin: '424242', last4: '4242' })).toBe('bl:424242:4242');
    expect(cardIdentity({ fingerprint: ' ', bin: '424242', last4: null })).toBeNull();
    expect(cardIdentity(null)).toBeNull();
  });
});

describe('velocity plan', () => {
  it('reads every counter of the engine for a fully known transaction, in one script call', () => {
    const plan = buildVelocityPlan('vt', observation());
    expect(plan.outputs).toEqual([...VELOCITY_COUNTERS, ...HISTORY_COUNTERS, 'customer_since']);
    expect(plan.args[0]).toBe(String(Date.parse('2026-11-21T10:00:00Z')));
    expect(plan.keys).toContain('vt:velocity:cards-by-ip:203.0.113.7');
    expect(plan.keys).toContain('vt:history:disputes-by-card:fp:fp_1');
    expect(plan.keys.every((key) => key.startsWith('vt:velocity:') || key.startsWith('vt:history:'))).toBe(
      true,
    );
  });

  it('leaves counters about unknown subjects out (they stay missing, so no rule fires on them)', () => {
    const plan = buildVelocityPlan('vt', observation({ ip: null, deviceId: null, card: null }));
    expect(plan.outputs.some((o) => o.includes('_ip_'))).toBe(false);
    expect(plan.outputs.some((o) => o.includes('device'))).toBe(false);
    expect(plan.outputs.some((o) => o.includes('for_card'))).toBe(false);
    // Cards per email can still be read: the email has history even when this event has no card.
    expect(plan.outputs).toContain('card_count_for_email_1h');
  });

  it('maps the reply back to counters and history', () => {
    const plan = buildVelocityPlan('vt', observation({ ip: null, deviceId: null, customerId: null }));
    const reply = plan.outputs.map((_, i) => i + 1);
    const reading = readVelocityReply(plan, reply);
    expect(reading.velocity.card_count_for_email_1h).toBe(1);
    expect(reading.velocity.card_count_for_ip_1h).toBeUndefined();
    expect(reading.history.prior_disputes_for_card).toBeGreaterThan(0);
    expect(reading.customerSince).toBe(plan.outputs.length);
  });
});
