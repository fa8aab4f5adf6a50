import { describe, expect, it } from '@jest/globals';
import { combine, emptyMergedFields, eventState, type MergeState } from './merge-transaction.js';
import { type TransactionRow } from './transaction-row.js';

const T0 = Date.parse('2025-11-21T10:00:00Z');

function row(eventId: string, minutes: number, fields: Partial<TransactionRow> = {}): TransactionRow {
  return {
    merge_key: 'order:1001',
    status: 'approved',
    labels: [],
    label_reason: null,
    occurred_at: new Date(T0 + minutes * 60_000),
    event_id: eventId,
    ...emptyMergedFields(),
    order_id: '1001',
    ...fields,
  };
}

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

const mergeAll = (rows: TransactionRow[]): MergeState =>
  rows.map(eventState).reduce((state, next) => combine(state, next));

describe('event-time merge', () => {
  // Each event says something different about some fields, as real order/payment/update events do.
  const created = row('evt_a', 0, {
    amount: 12999,
    currency: 'EUR',
    customer_email: 'ann@example.com',
    card: '{"last4":"4242"}',
    ip: '203.0.113.7',
  });
  const paymentRetry = row('evt_c', 2, { payment_id: 'pay_2', card: '{"last4":"4444"}' });
  const updated = row('evt_b', 5, { amount: 11999, currency: 'EUR', ip: null, customer_name: 'Ann' });
  const refund = row('evt_d', 60, { labels: ['refunded'] });

  it('ends in the same state whatever order the events arrive in', () => {
    const states = permutations([created, paymentRetry, updated, refund]).map(mergeAll);
    for (const state of states) expect(state).toEqual(states[0]);
    expect(states[0]).toMatchObject({
      amount: 11999,
      card: '{"last4":"4444"}',
      ip: '203.0.113.7',
      customer_name: 'Ann',
      payment_id: 'pay_2',
      labels: ['refunded'],
      occurred_at: created.occurred_at,
      last_event_at: refund.occurred_at,
    });
  });

  it('is unchanged by redelivered events', () => {
    const once = mergeAll([created, updated, refund]);
    expect(mergeAll([created, updated, created, refund, updated, refund])).toEqual(once);
  });

  it('breaks ties of equal event times the same way in either order', () => {
    const a = row('evt_1', 0, { amount: 100, currency: 'EUR' });
    const b = row('evt_2', 0, { amount: 200, currency: 'EUR' });
    expect(mergeAll([a, b])).toEqual(mergeAll([b, a]));
    expect(mergeAll([a, b]).amount).toBe(200);
  });

  it('lets a later event replace values stored before stamps existed', () => {
    const legacy: MergeState = { ...eventState(created), field_times: {} };
    expect(combine(legacy, eventState(updated)).amount).toBe(11999);
    expect(combine(legacy, eventState(row('evt_old', -5, { amount: 1 }))).amount).toBe(12999);
  });
});
