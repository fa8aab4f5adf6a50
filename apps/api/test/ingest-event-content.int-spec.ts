import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { STORED_LENGTH, type SourceWithSecretJson } from '@vigil/contracts';
import { canonicalOrder, signStandard, signStripe, waitFor } from '@vigil/testing';
import {
  findTransactions,
  type IngestStack,
  postWebhook,
  startIngestStack,
  transactionDetail,
  waitForStoredEvents,
} from './ingest-helpers.js';

/** A JSON escape of a surrogate without its partner, as a hostile sender writes it. */
const LONE_SURROGATE = '\\ud800';

/**
 * docs/api.md#reliability: an acknowledged event is never lost to its own content. Over-long values are cut
 * (and the timeline says so), invalid Unicode is replaced, and the event becomes a transaction like any
 * other.
 */
describe('event content never loses an acknowledged event', () => {
  let stack: IngestStack;
  let standard: SourceWithSecretJson;
  let stripe: SourceWithSecretJson;

  beforeAll(async () => {
    stack = await startIngestStack();
    standard = await stack.client.createSource({ name: 'Standard store', kind: 'standard' });
    stripe = await stack.client.createSource({ name: 'Stripe', kind: 'stripe' });
  });
  afterAll(() => stack?.close());

  it('cuts over-long values, replaces lone surrogates and scores the order', async () => {
    const orderId = `ORD-${'9'.repeat(296)}`;
    const order = canonicalOrder({ orderId, email: `${'b'.repeat(330)}@example.com` });
    const data = order['data'] as Record<string, unknown>;
    const body = JSON.stringify({
      ...order,
      data: {
        ...data,
        customer: {
          ...(data['customer'] as object),
          id: 'c'.repeat(256),
          name: `Ann <LONE>${'n'.repeat(310)}`,
        },
        ip: `203.0.113.7${' '.repeat(10)}${'x'.repeat(80)}`,
        deviceId: 'd'.repeat(300),
        note: 'free text <LONE> kept in the payload',
      },
    }).replaceAll('<LONE>', LONE_SURROGATE);
    const response = await postWebhook(standard.ingestUrl, signStandard(standard.secret, 'msg_long', body));
    expect(response.status).toBe(202);
    await waitForStoredEvents(stack.db, standard.id, ['msg_long']);

    // Found by the id as sent and by the id as stored.
    const [byFullId] = await findTransactions(stack.client, `q=${orderId}`);
    const [byStoredId] = await findTransactions(
      stack.client,
      `orderId=${orderId.slice(0, STORED_LENGTH.orderId)}`,
    );
    expect(byFullId?.id).toBeDefined();
    expect(byStoredId?.id).toBe(byFullId?.id);
    const detail = await transactionDetail(stack.client, byFullId?.id ?? '');
    expect(detail.orderId).toHaveLength(STORED_LENGTH.orderId);
    expect(detail.customer.name).toBe(`Ann \ufffd${'n'.repeat(STORED_LENGTH.customerName - 5)}`);
    expect(detail.customer.email).toHaveLength(STORED_LENGTH.customerEmail);
    expect(detail.score).toBeGreaterThanOrEqual(0);
    expect(detail.timeline[0]?.cuts.map((cut) => cut.field)).toEqual([
      'orderId',
      'paymentId',
      'customer.id',
      'customer.email',
      'customer.name',
      'ip',
      'deviceId',
    ]);
    expect((detail.timeline[0]?.payload as { data: { note: string } }).data.note).toBe(
      'free text \ufffd kept in the payload',
    );
  });

  it('bounds an over-long Stripe event id and still deduplicates by it', async () => {
    const eventId = `evt_${'A'.repeat(400)}`;
    const body = JSON.stringify({
      id: eventId,
      object: 'event',
      created: Math.floor(Date.now() / 1000),
      type: 'charge.succeeded',
      data: {
        object: {
          id: 'ch_3Long0000Content1',
          object: 'charge',
          amount: 4200,
          currency: 'eur',
          description: `gift <LONE>`,
          receipt_email: `${'r'.repeat(400)}@example.com`,
        },
      },
    }).replaceAll('<LONE>', LONE_SURROGATE);
    const first = await postWebhook(stripe.ingestUrl, signStripe(stripe.secret, body));
    expect(await first.json()).toEqual({ received: true, duplicate: false });
    const again = await postWebhook(stripe.ingestUrl, signStripe(stripe.secret, body));
    expect(await again.json()).toEqual({ received: true, duplicate: true });
    const transaction = await waitFor(
      async () => (await findTransactions(stack.client, 'q=ch_3Long0000Content1'))[0],
      15_000,
      'the charge to become a transaction',
    );
    expect(transaction).toMatchObject({ amount: 4200, currency: 'EUR' });
    expect(transaction.customer.email).toHaveLength(STORED_LENGTH.customerEmail);
    const { rows } = await stack.db.query<{ event_id: string }>(
      'SELECT event_id FROM webhook_events WHERE source_id = $1',
      [stripe.id],
    );
    expect(rows.map((row) => row.event_id.length)).toEqual([STORED_LENGTH.eventId]);
  });

  it('leaves nothing in the dead letters', async () => {
    const page = await stack.client.json<{ total: number }>('/api/dead-letters?limit=10');
    expect(page.total).toBe(0);
  });
});
