import { describe, expect, it } from '@jest/globals';
import { finalOf, type LockedTransaction, planBatch, type PlannedEvent } from './batch-plan.js';
import { emptyMergedFields } from './merge-transaction.js';
import { type TransactionRow } from './transaction-row.js';

const T0 = Date.parse('2026-11-21T10:00:00Z');
const SOURCE = '00000000-0000-4000-8000-000000000001';

function row(eventId: string, minutes: number, fields: Partial<TransactionRow>): TransactionRow {
  const orderId = fields.order_id ?? null;
  const paymentId = fields.payment_id ?? null;
  return {
    merge_key: orderId ? `order:${orderId}` : `payment:${paymentId}`,
    status: 'approved',
    labels: [],
    label_reason: null,
    occurred_at: new Date(T0 + minutes * 60_000),
    event_id: eventId,
    ...emptyMergedFields(),
    ...fields,
  };
}

let next = 0;
const event = (r: TransactionRow): PlannedEvent => ({
  key: next++,
  sourceId: SOURCE,
  row: r,
});
const newId = (_source: string, key: string) => `new:${key}`;

describe('planBatch (one batch replays the one-event path)', () => {
  it('merges several events of one order in the batch into one new transaction', () => {
    const plan = planBatch(
      [
        event(row('a', 0, { order_id: '1', amount: 100, currency: 'EUR' })),
        event(row('b', 5, { order_id: '1', amount: 90, currency: 'EUR', labels: ['refunded'] })),
      ],
      [],
      newId,
    );
    const finals = plan.transactions.filter((t) => !t.absorbedInto);
    expect(finals).toHaveLength(1);
    expect(finals[0]).toMatchObject({ id: 'new:order:1', isNew: true, versionBumps: 1 });
    expect(finals[0]?.state).toMatchObject({ amount: 90, labels: ['refunded'] });
    const merges = plan.steps.filter((s) => s.kind === 'merge');
    expect(merges.map((s) => s.kind === 'merge' && s.created)).toEqual([true, false]);
  });

  it('folds an order and a payment that a later event links, keeping the event-keyed one', () => {
    const plan = planBatch(
      [
        event(row('o', 0, { order_id: '7', amount: 100 })),
        event(row('p', 1, { payment_id: 'pay_7', amount: 100 })),
        event(row('link', 2, { order_id: '7', payment_id: 'pay_7' })),
      ],
      [],
      newId,
    );
    const finals = plan.transactions.filter((t) => !t.absorbedInto);
    expect(finals.map((t) => t.id)).toEqual(['new:order:7']);
    expect(finals[0]?.state).toMatchObject({ order_id: '7', payment_id: 'pay_7' });
    // Every event of the batch ends up linked to the survivor.
    expect([...plan.links.values()].map((t) => finalOf(t).id)).toEqual([
      'new:order:7',
      'new:order:7',
      'new:order:7',
    ]);
    expect(plan.steps.map((s) => s.kind)).toEqual(['merge', 'merge', 'absorb', 'merge']);
  });

  it('merges into a stored transaction and keeps its status as the previous one', () => {
    const stored: LockedTransaction = {
      id: 'stored-1',
      source_id: SOURCE,
      merge_key: 'order:9',
      status: 'review',
      score: 60,
      signals: '[]',
      claimed_by: null,
      decided_by: null,
      decided_at: null,
      notified_status: 'review',
      risk_snapshot: null,
      created_at: new Date(T0),
      labels: [],
      occurred_at: new Date(T0),
      last_event_at: new Date(T0),
      field_times: {},
      order_id: '9',
      payment_id: null,
      amount: 500,
      currency: 'EUR',
      customer_id: null,
      customer_email: null,
      customer_name: null,
      billing: null,
      shipping: null,
      ip: null,
      device_id: null,
      card: null,
      checks: null,
    };
    const plan = planBatch([event(row('later', 10, { order_id: '9', amount: 450 }))], [stored], newId);
    const [t] = plan.transactions;
    expect(t).toMatchObject({ id: 'stored-1', isNew: false, previousStatus: 'review', versionBumps: 1 });
    expect(t?.state.amount).toBe(450);
  });

  it('never merges events of different sources', () => {
    const other: PlannedEvent = {
      key: next++,
      sourceId: 'another',
      row: row('x', 0, { order_id: '1' }),
    };
    const plan = planBatch([event(row('a', 0, { order_id: '1' })), other], [], newId);
    expect(plan.transactions).toHaveLength(2);
  });
});
