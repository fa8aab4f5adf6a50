import { describe, expect, it } from '@jest/globals';
import { type SourceKind } from '@vigil/contracts';
import { type IngestJobData } from '@vigil/pipeline';
import {
  loadRealworldCorpus,
  type RealworldPayload,
  realworldMismatches,
  type RealworldView,
  shopifyHeaders,
} from '@vigil/testing';
import { parseAndNormalize, providerEventId } from '@vigil/webhooks';
import { finalOf, planBatch, type PlannedEvent, type PlannedTransaction } from './batch-plan.js';
import { type IngestEvent, toIngestEvent } from './ingest-event.js';

/*
 * The real-world corpus (libs/testing/fixtures/realworld) through both hops of the pipeline without
 * signatures: the api's parse and card masking, then the worker's normalization and event-time merge, all
 * payloads of a provider into one source in the order the outside check posts them.
 */

const SOURCE: Record<'stripe' | 'shopify', string> = {
  stripe: '00000000-0000-4000-8000-00000000005a',
  shopify: '00000000-0000-4000-8000-00000000005b',
};
const RECEIVED_AT = new Date('2026-11-21T10:00:00Z');

/** What the api queues for the payload (verification left out). */
function queuedJob(payload: RealworldPayload): IngestJobData {
  const kind: SourceKind = payload.provider;
  const headers = kind === 'shopify' ? shopifyHeaders(payload) : {};
  const parsed = parseAndNormalize(kind, Buffer.from(payload.body), headers, RECEIVED_AT);
  if (!parsed.ok) throw new Error(`${payload.id} refused: ${parsed.reason}`);
  const eventId = providerEventId(kind, headers, parsed.body);
  if (eventId === null) throw new Error(`${payload.id} has no event id`);
  return {
    sourceId: SOURCE[payload.provider],
    kind,
    eventId,
    receivedAt: RECEIVED_AT.toISOString(),
    body: JSON.stringify(parsed.body),
    headers,
  };
}

function ingest(payload: RealworldPayload): IngestEvent {
  const event = toIngestEvent(queuedJob(payload));
  if (event instanceof Error) throw event;
  return event;
}

/** The transactions these payloads end in, merged in the given order exactly as the worker merges them. */
function merged(payloads: RealworldPayload[]): PlannedTransaction[] {
  const planned: PlannedEvent[] = payloads
    .map(ingest)
    .flatMap((event, key) =>
      event.row ? [{ key, sourceId: event.sourceId, eventRowId: `row-${key}`, row: event.row }] : [],
    );
  const plan = planBatch(planned, [], (sourceId, mergeKey) => `${sourceId}|${mergeKey}`);
  return [...new Set(plan.transactions.map(finalOf))];
}

/** What `?q=` finds: the transactions whose order id or payment id is the value. */
function found(transactions: PlannedTransaction[], payload: RealworldPayload): PlannedTransaction[] {
  const source = SOURCE[payload.provider];
  return transactions.filter(
    (t) =>
      t.sourceId === source && (t.state.order_id === payload.find || t.state.payment_id === payload.find),
  );
}

const corpus = loadRealworldCorpus();
const allTransactions = merged(corpus);

const parsedJson = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));

describe('real-world corpus: normalization and merge', () => {
  it('holds all 27 payloads', () => {
    expect(corpus).toHaveLength(27);
  });

  it.each(corpus.filter((p) => p.acceptOnly).map((p) => [p.id, p] as const))(
    '%s is accepted and stored',
    (_id, payload) => {
      expect(() => ingest(payload)).not.toThrow();
    },
  );

  // Each payload is checked after the whole corpus went in, and alone: a payment intent or a refunded charge
  // that no other event follows must still carry its own amount, card and checks.
  const checked = corpus.filter((p) => !p.acceptOnly && p.find !== undefined && p.expect);
  it.each(
    checked.flatMap((p) => [
      [`${p.id} ${p.type}, after the whole corpus`, p, allTransactions] as const,
      [`${p.id} ${p.type}, on its own`, p, null] as const,
    ]),
  )('%s', (_name, payload, transactions) => {
    const expected = payload.expect ?? {};
    const matches = found(transactions ?? merged([payload]), payload);
    if (expected.single) expect(matches).toHaveLength(1);
    const state = matches[0]?.state;
    expect(state).toBeDefined();
    if (!state) return;
    const view: RealworldView = {
      amount: state.amount,
      currency: state.currency,
      email: state.customer_email,
      billingCountry: parsedJson<{ country: string | null }>(state.billing)?.country ?? null,
      shippingCountry: parsedJson<{ country: string | null }>(state.shipping)?.country ?? null,
      labels: state.labels,
      card: parsedJson<RealworldView['card']>(state.card),
      checks: parsedJson<RealworldView['checks']>(state.checks),
    };
    expect(realworldMismatches(expected, view)).toEqual([]);
  });
});
