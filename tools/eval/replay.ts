import { type SignalJson, type SourceKind, type TransactionStatus } from '@vigil/contracts';
import { parseAndNormalize, providerEventId } from '@vigil/webhooks';
import {
  finalOf,
  identityKeys,
  type LockedTransaction,
  planBatch,
  type PlannedTransaction,
} from '../../apps/worker/src/ingest/batch-plan.js';
import { type BatchVelocity, scoreBatch } from '../../apps/worker/src/ingest/batch-scoring.js';
import { readIngestEvent } from '../../apps/worker/src/ingest/read-ingest-event.js';
import { transactionIdFor } from '../../apps/worker/src/ingest/transaction-id.js';
import { MemoryVelocityStore } from '../../apps/worker/src/risk/memory-velocity-store.js';
import { type RiskSettings } from '../../apps/worker/src/risk/risk-settings.js';
import { type LabelledStream, type LabelledWebhook } from './traffic-model.js';

/** The verdict a purchase had at one moment. */
export interface Verdict {
  status: TransactionStatus;
  score: number;
  signals: SignalJson[];
  /** The attributes the verdict was computed from (non-missing ones). */
  snapshot: Record<string, string | number | boolean> | null;
}

/** What became of every purchase of a stream. */
export interface ReplayResult {
  /**
   * Per purchase: the status right after the last of its order and payment events that arrived before any
   * refund, dispute or fraud warning about it — what the store sees when it decides to ship. Missing when
   * none of its events made a transaction (refused payloads).
   */
  decisions: Map<string, Verdict>;
  /** Webhooks the api would have refused (400): they never reach scoring. */
  refused: number;
  duplicates: number;
}

/** One Vigil source per sender kind, with fixed ids (transaction ids derive from them). */
const SOURCE_IDS: Record<SourceKind, string> = {
  stripe: '00000000-0000-4000-8000-00000000e001',
  shopify: '00000000-0000-4000-8000-00000000e002',
  standard: '00000000-0000-4000-8000-00000000e003',
};

const ORDER_OR_PAYMENT = new Set(['order', 'payment']);
const LABEL_ONLY = new Set(['refund', 'dispute', 'fraud_warning']);

/** The headers a sender's request carries, as the api reads them (names lower-case). */
function requestHeaders(webhook: LabelledWebhook): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  for (const [name, value] of Object.entries(webhook.headers)) headers[name.toLowerCase()] = value;
  if (webhook.kind === 'standard') {
    headers['webhook-id'] = webhook.id;
    headers['webhook-timestamp'] = String(Math.floor(webhook.at / 1000));
  }
  return headers;
}

/** The database's transactions, in memory: rows as the writer stores them, found the way it selects them. */
class TransactionTable {
  private readonly rows = new Map<string, LockedTransaction>();
  private readonly byKey = new Map<string, Set<string>>();

  /** Rows of the source sharing an order id, payment id or merge key with the event (a superset is fine). */
  related(sourceId: string, orderId: string | null, paymentId: string | null, keys: string[]) {
    const ids = new Set<string>();
    const add = (key: string): void => {
      for (const id of this.byKey.get(key) ?? []) ids.add(id);
    };
    if (orderId) add(`o|${sourceId}|${orderId}`);
    if (paymentId) add(`p|${sourceId}|${paymentId}`);
    for (const key of keys) add(`m|${sourceId}|${key}`);
    return [...ids].flatMap((id) => {
      const row = this.rows.get(id);
      return row ? [row] : [];
    });
  }

  write(t: PlannedTransaction, createdAt: Date): void {
    if (t.absorbedInto) {
      this.rows.delete(t.id);
      return;
    }
    const previous = this.rows.get(t.id);
    this.rows.set(t.id, {
      ...t.state,
      id: t.id,
      source_id: t.sourceId,
      merge_key: t.mergeKey,
      status: t.verdict.status,
      score: t.verdict.score,
      signals: t.verdict.signals,
      claimed_by: t.verdict.claimed_by,
      decided_by: t.verdict.decided_by,
      // No person decides during a replay; what was acted on is whatever the verdict was.
      decided_at: null,
      notified_status: t.verdict.status,
      risk_snapshot: t.verdict.risk_snapshot,
      created_at: previous?.created_at ?? createdAt,
    });
    const keys = [`m|${t.sourceId}|${t.mergeKey}`];
    if (t.state.order_id) keys.push(`o|${t.sourceId}|${t.state.order_id}`);
    if (t.state.payment_id) keys.push(`p|${t.sourceId}|${t.state.payment_id}`);
    for (const key of keys) {
      let set = this.byKey.get(key);
      if (!set) this.byKey.set(key, (set = new Set()));
      set.add(t.id);
    }
  }
}

/**
 * Replays a labelled stream through Vigil's own pipeline code, in process and in arrival order: the api's
 * parse, card masking and event id, then the worker's normalization, merge (planBatch), velocity (the same
 * op list as Redis, in memory) and scoring (scoreBatch with the given settings). One event per batch, as
 * when traffic trickles in. No servers, no clock: a three-day stream takes about a second.
 */
export async function replay(stream: LabelledStream, settings: RiskSettings): Promise<ReplayResult> {
  const velocity = new MemoryVelocityStore('eval');
  const batchVelocity: BatchVelocity = {
    observeMany: (observations) => Promise.resolve(observations.map((o) => velocity.observeNow(o))),
    confirmMany: (observations) => {
      for (const o of observations) velocity.confirmNow(o);
      return Promise.resolve();
    },
  };
  const table = new TransactionTable();
  const seen = new Set<string>();
  const labelled = new Set<string>();
  const result: ReplayResult = { decisions: new Map(), refused: 0, duplicates: 0 };

  for (const webhook of stream.webhooks) {
    const sourceId = SOURCE_IDS[webhook.kind];
    const headers = requestHeaders(webhook);
    const receivedAt = new Date(webhook.at);
    const raw = Buffer.from(JSON.stringify(webhook.body), 'utf8');
    const parsed = parseAndNormalize(webhook.kind, raw, headers, receivedAt);
    const eventId = parsed.ok ? providerEventId(webhook.kind, headers, parsed.body) : null;
    if (!parsed.ok || eventId === null) {
      result.refused += 1;
      continue;
    }
    if (seen.has(`${sourceId}|${eventId}`)) {
      result.duplicates += 1;
      continue;
    }
    seen.add(`${sourceId}|${eventId}`);
    const input = readIngestEvent({
      sourceId,
      eventId,
      kind: webhook.kind,
      body: JSON.stringify(parsed.body),
      headers,
      receivedAt: receivedAt.toISOString(),
    });
    if (typeof input === 'string') {
      result.refused += 1;
      continue;
    }
    const kind = input.event.kind;
    if (LABEL_ONLY.has(kind)) labelled.add(webhook.purchase);
    if (!input.row) continue;

    const { row } = input;
    const related = table.related(sourceId, row.order_id, row.payment_id, identityKeys(row));
    const plan = planBatch([{ key: 0, sourceId, row }], related, transactionIdFor);
    await scoreBatch(plan, new Map([[0, input]]), batchVelocity, settings);
    for (const t of plan.transactions) table.write(t, receivedAt);

    const target = plan.links.get(0);
    if (target && ORDER_OR_PAYMENT.has(kind) && !labelled.has(webhook.purchase)) {
      const final = finalOf(target);
      result.decisions.set(webhook.purchase, {
        status: final.verdict.status,
        score: final.verdict.score,
        signals: JSON.parse(final.verdict.signals) as SignalJson[],
        snapshot: final.verdict.risk_snapshot,
      });
    }
  }
  return result;
}
