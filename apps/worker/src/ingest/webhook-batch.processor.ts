import { Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { DataSource, type EntityManager } from 'typeorm';
import { type TransactionEntity } from '@vigil/persistence';
import { type IngestJobData } from '@vigil/pipeline';
import { TransactionScorer } from '../risk/transaction-scorer.service.js';
import {
  finalOf,
  identityKeys,
  type LockedTransaction,
  type PlannedEvent,
  planBatch,
  type PlannedTransaction,
} from './batch-plan.js';
import { auditAutomaticDecisions, automaticDecisionOf } from './automatic-decision-audit.js';
import { scoreBatch } from './batch-scoring.js';
import { ABSORB, LOCK_AND_INSERT_EVENTS, SELECT_RELATED, WRITE_TRANSACTIONS } from './batch-statements.js';
import { type CommittedTransaction, CommittedTransactions } from './committed-transactions.js';
import { type IngestEvent, type IngestOutcome, toIngestEvent } from './ingest-event.js';
import { IngestMetrics } from './ingest-metrics.js';
import { MERGED_FIELDS } from './merge-transaction.js';
import { SingleWebhookProcessor } from './single-webhook.processor.js';
import { SuppressedSubjects } from './suppressed-subjects.js';
import { transactionHydrator } from './transaction-entities.js';
import { transactionIdFor } from './transaction-id.js';

interface BatchResult {
  outcomes: Map<number, IngestOutcome>;
  committed: CommittedTransaction[];
}

type LockedRow = Omit<LockedTransaction, 'amount'> & { amount: string | null };

const FOREIGN_KEY_VIOLATION = '23503';

/** Runs a batch statement on the batch's transaction (TypeORM answers UPDATEs as [rows, count]). */
async function run<T>(manager: EntityManager, text: string, values: unknown[]): Promise<T[]> {
  const result = (await manager.query(text, values)) as unknown;
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}

/**
 * Many queued webhooks in ONE database transaction: multi-row statements, one velocity round trip, one
 * commit, then the after-commit work for the whole list. The effect is the one-event path's, event by
 * event in event-time order (batch-plan.ts replays it in memory). Any failure rolls the batch back and its
 * events go through the one-event path one by one, so a poison event fails (and retries) alone.
 */
@Injectable()
export class WebhookBatchProcessor {
  private readonly logger = new Logger(WebhookBatchProcessor.name);
  private readonly hydrate: (raw: Record<string, unknown>) => TransactionEntity;

  constructor(
    private readonly dataSource: DataSource,
    private readonly scorer: TransactionScorer,
    private readonly single: SingleWebhookProcessor,
    private readonly committed: CommittedTransactions,
    private readonly metrics: IngestMetrics,
    private readonly suppressed: SuppressedSubjects,
  ) {
    this.hydrate = transactionHydrator(dataSource);
  }

  async run(jobs: IngestJobData[]): Promise<Array<IngestOutcome | Error>> {
    const started = performance.now();
    const results: Array<IngestOutcome | Error> = new Array<IngestOutcome | Error>(jobs.length);
    const inputs = new Map<number, IngestEvent>();
    jobs.forEach((data, key) => {
      const input = toIngestEvent(data);
      if (input instanceof Error) results[key] = input;
      else inputs.set(key, input);
    });
    try {
      await this.suppressed.scrub(inputs); // erased customers stay erased (docs/security.md#customer-data)
    } catch (error) {
      for (const key of inputs.keys()) results[key] = classify(error);
      inputs.clear();
    }
    if (inputs.size > 0) {
      let written: BatchResult | null = null;
      try {
        written = await this.writeBatch(inputs);
      } catch (error) {
        this.logger.warn(
          `a batch of ${inputs.size} failed (${reason(error)}); retrying its events one by one`,
        );
        this.metrics.batchFailed();
      }
      if (written) {
        for (const [key, outcome] of written.outcomes) results[key] = outcome;
        await this.committed.afterCommit(written.committed);
      } else {
        await this.oneByOne(inputs, results);
      }
    }
    this.metrics.processed(jobs, results, performance.now() - started);
    return results;
  }

  private async oneByOne(
    inputs: Map<number, IngestEvent>,
    results: Array<IngestOutcome | Error>,
  ): Promise<void> {
    for (const [key, input] of inputs) {
      try {
        const { outcome, committed } = await this.single.process(input);
        results[key] = outcome;
        await this.committed.afterCommit(committed);
      } catch (error) {
        results[key] = classify(error);
      }
    }
  }

  private async writeBatch(inputs: Map<number, IngestEvent>): Promise<BatchResult> {
    // Read alongside the first statements, not inside a statement's wait: a settings reload needs a pooled
    // connection of its own (the pool is sized for it, see worker.module.ts).
    const settings = this.scorer.currentSettings();
    settings.catch(() => undefined);
    const ordered = [...inputs].sort(
      ([a, x], [b, y]) => x.occurredAt.getTime() - y.occurredAt.getTime() || a - b,
    );
    return this.dataSource.transaction(async (manager) => {
      const outcomes = new Map<number, IngestOutcome>();
      const planned = await this.insertEvents(manager, ordered, outcomes);
      if (planned.length === 0) return { outcomes, committed: [] };
      const plan = planBatch(planned, await this.selectRelated(manager, planned), transactionIdFor);
      await scoreBatch(plan, inputs, this.scorer, await settings);

      const finals = plan.transactions.filter((t) => !t.absorbedInto && (t.isNew || t.versionBumps > 0));
      const absorbed = plan.transactions.filter((t) => t.absorbedInto && !t.isNew);
      const links = [...plan.links].map(([eventRowId, t]) => [eventRowId, finalOf(t).id] as const);
      const rows = await this.writeTransactions(manager, finals, absorbed, links);
      await auditAutomaticDecisions(manager, finals.flatMap(automaticDecisionOf));

      for (const step of plan.steps)
        if (step.kind === 'merge') outcomes.set(step.event.key, step.created ? 'created' : 'updated');
      const byId = new Map(rows.map((row) => [row['id'] as string, this.hydrate(row)]));
      const committed = finals.flatMap((t) => {
        const transaction = byId.get(t.id);
        return transaction ? [{ transaction, previousStatus: t.previousStatus, created: t.isNew }] : [];
      });
      return { outcomes, committed };
    });
  }

  /** Event rows (duplicates are no-ops, in the batch too); returns the new events that touch a transaction. */
  private async insertEvents(
    manager: EntityManager,
    ordered: Array<[number, IngestEvent]>,
    outcomes: Map<number, IngestOutcome>,
  ): Promise<PlannedEvent[]> {
    const seen = new Set<string>();
    const fresh: Array<[number, IngestEvent]> = [];
    for (const [key, input] of ordered) {
      const id = `${input.sourceId}|${input.eventId}`;
      if (seen.has(id)) outcomes.set(key, 'duplicate');
      else fresh.push([key, input]);
      seen.add(id);
    }
    const lockKeys = new Set<string>();
    for (const [, input] of fresh)
      if (input.row) for (const k of identityKeys(input.row)) lockKeys.add(`${input.sourceId}|${k}`);
    const events = fresh.map(([, input]) => ({
      source_id: input.sourceId,
      event_id: input.eventId,
      event_type: input.event.providerType.slice(0, 100),
      occurred_at: input.occurredAt,
      received_at: input.receivedAt,
      payload: input.payload,
      cuts: input.cuts,
      labels: input.row && input.row.labels.length > 0 ? input.row.labels : null,
      label_reason: input.row?.label_reason ?? null,
    }));
    const rows = await run<{ id: string; source_id: string; event_id: string }>(
      manager,
      LOCK_AND_INSERT_EVENTS,
      [JSON.stringify(events), [...lockKeys]],
    );
    const inserted = new Map(rows.map((row) => [`${row.source_id}|${row.event_id}`, row.id]));
    const planned: PlannedEvent[] = [];
    for (const [key, input] of fresh) {
      const eventRowId = inserted.get(`${input.sourceId}|${input.eventId}`);
      if (!eventRowId) outcomes.set(key, 'duplicate');
      else if (!input.row) outcomes.set(key, 'stored-without-transaction');
      else planned.push({ key, sourceId: input.sourceId, eventRowId, row: input.row });
    }
    return planned;
  }

  private async selectRelated(manager: EntityManager, planned: PlannedEvent[]): Promise<LockedTransaction[]> {
    const pairs = (pick: (e: PlannedEvent) => string[]): [string[], string[]] => {
      const sources: string[] = [];
      const values: string[] = [];
      for (const event of planned)
        for (const value of pick(event)) {
          sources.push(event.sourceId);
          values.push(value);
        }
      return [sources, values];
    };
    const rows = await run<LockedRow>(manager, SELECT_RELATED, [
      ...pairs((e) => (e.row.order_id ? [e.row.order_id] : [])),
      ...pairs((e) => (e.row.payment_id ? [e.row.payment_id] : [])),
      ...pairs((e) => identityKeys(e.row)),
    ]);
    return rows.map((row) => ({
      ...row,
      amount: row.amount === null ? null : Number(row.amount),
      field_times: row.field_times ?? {},
    }));
  }

  /** One statement for the inserts, updates and event links (plus one for folds, which are rare). */
  private async writeTransactions(
    manager: EntityManager,
    finals: PlannedTransaction[],
    absorbed: PlannedTransaction[],
    links: ReadonlyArray<readonly [string, string]>,
  ): Promise<Array<Record<string, unknown>>> {
    const inserts = finals.filter((t) => t.isNew);
    const updates = finals.filter((t) => !t.isNew);
    // A new row may not take the merge key of a row this batch folds away (it is deleted after the insert):
    // too rare to order around, so the events go one by one instead.
    const freed = new Set(absorbed.map((t) => `${t.sourceId}|${t.mergeKey}`));
    if (inserts.some((t) => freed.has(`${t.sourceId}|${t.mergeKey}`)))
      throw new Error('a new transaction reuses the merge key of one folded away in the same batch');
    const rows = await run<Record<string, unknown>>(manager, WRITE_TRANSACTIONS, [
      plannedJson(inserts),
      plannedJson(updates),
      links.map(([eventRowId]) => eventRowId),
      links.map(([, transactionId]) => transactionId),
    ]);
    if (rows.length !== finals.length) throw new Error('a new transaction collided with an existing one');
    if (absorbed.length > 0)
      await run(manager, ABSORB, [absorbed.map((t) => t.id), absorbed.map((t) => finalOf(t).id)]);
    return rows;
  }
}

/** Rows for WRITE_TRANSACTIONS (version: the new row's, or the increment). */
function plannedJson(transactions: PlannedTransaction[]): string {
  return JSON.stringify(
    transactions.map((t) => {
      const { verdict, state } = t;
      const row: Record<string, unknown> = {
        id: t.id,
        source_id: t.sourceId,
        merge_key: t.mergeKey,
        status: verdict.status,
        version: t.isNew ? 1 + t.versionBumps : t.versionBumps,
        score: verdict.score,
        signals: verdict.signals,
        claimed_by: verdict.claimed_by,
        decided_by: verdict.decided_by,
        scored: verdict.scored,
        risk_snapshot: verdict.risk_snapshot === null ? null : JSON.stringify(verdict.risk_snapshot),
        risk_reason: verdict.risk_reason,
        ip_country: verdict.ip_country,
        labels: state.labels,
        occurred_at: state.occurred_at,
        last_event_at: state.last_event_at,
        field_times: JSON.stringify(state.field_times),
      };
      for (const field of MERGED_FIELDS) row[field] = state[field];
      return row;
    }),
  );
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A job whose source row is gone cannot succeed by retrying: it goes to the dead letters at once. */
function classify(error: unknown): Error {
  const code = (error as { code?: unknown }).code;
  if (code === FOREIGN_KEY_VIOLATION) return new UnrecoverableError(`cannot be stored: ${reason(error)}`);
  return error instanceof Error ? error : new Error(String(error));
}
