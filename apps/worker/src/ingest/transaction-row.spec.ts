import { describe, expect, it } from '@jest/globals';
import { parseAndNormalize } from '@vigil/webhooks';
import { toTransactionRow } from './transaction-row.js';

const AT = new Date('2026-11-21T10:00:00Z');

function stripeRow(type: string, object: Record<string, unknown>) {
  const body = { id: `evt_${type}`, object: 'event', created: 1_763_719_200, type, data: { object } };
  const parsed = parseAndNormalize('stripe', Buffer.from(JSON.stringify(body)), {}, AT);
  if (!parsed.ok) throw new Error(parsed.reason);
  return toTransactionRow(parsed.event, 'payment:ch_1', AT, 'approved');
}

describe('toTransactionRow', () => {
  it("takes a refunded Stripe charge's amount as the transaction's (the refund is amount_refunded)", () => {
    const row = stripeRow('charge.refunded', {
      id: 'ch_1',
      object: 'charge',
      amount: 2000,
      amount_refunded: 500,
      currency: 'usd',
    });
    expect(row).toMatchObject({ amount: 2000, currency: 'USD', labels: ['refunded'] });
  });

  it("keeps a dispute's amount (possibly partial) out of the transaction", () => {
    const row = stripeRow('charge.dispute.created', {
      id: 'dp_1',
      object: 'dispute',
      charge: 'ch_1',
      amount: 500,
      currency: 'usd',
    });
    expect(row).toMatchObject({ amount: null, currency: null, labels: ['disputed'] });
  });
});
