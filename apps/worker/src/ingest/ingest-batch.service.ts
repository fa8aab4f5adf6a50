import { Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { type PoolClient } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import { type TransactionEntity } from '@vigil/persistence';
import { DecisionHooks } from '../decisions/decision-hooks.service.js';
import { holdStateOf, type MarkedTransitions } from '../decisions/transitions.service.js';
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
import {
  ABSORB,
  type BatchStatement,
  LOCK_AND_FIND_SEEN,
  SELECT_RELATED,
  WRITE_BATCH,
  WRITE_EVENTS,
} from './batch-statements.js';
import { type CommittedTransaction, CommittedTransactions } from './committed-transactions.js';
import { type IngestEvent, type IngestOutcome } from './ingest-event.js';
import { IngestMetrics } from './ingest-metrics.js';
import { MERGED_FIELDS } from './merge-transaction.js';
import { SuppressedSubjects } from './suppressed-subjects.js';
import { transactionHydrator } from './transaction-entities.js';
import { transactionIdFor } from './transaction-id.js';

/** What one commit did: an outcome per event (by key) and the transactions as committed. */
interface BatchResult {
  outcomes: Map<number, IngestOutcome>;
  committed: CommittedTransaction[];
  marked: MarkedTransitions;
}

type LockedRow = Omit<LockedTransaction, 'amount'> & { amount: string | null };

const FOREIGN_KEY_VIOLATION = '23503';

/**
 * The one write path of ingestion (docs/pipeline.md): many events in ONE database transaction — advisory
 * locks and the dedupe check, the related transactions, one velocity round trip, one statement writing
 * transactions and their (already linked) event rows, the decision work — then one commit, then the
 * after-commit work for the whole list. The effect is that of the events applied one by one in event-time
 * order (batch-plan.ts replays them in memory). When a batch fails it rolls back and its events are
 * committed again one per batch, so a poison event fails (and retries, then dead-letters) alone.
 */
@Injectable()
export class IngestBatchService {
  private readonly logger = new Logger(IngestBatchService.name);
  private readonly hydrate: (raw: Record<string, unknown>) => TransactionEntity;

  constructor(
    private readonly dataSource: DataSource,
    private readonly scorer: TransactionScorer,
    private readonly decisions: DecisionHooks,
    private readonly committed: CommittedTransactions,
    private readonly metrics: IngestMetrics,
    private readonly suppressed: SuppressedSubjects,
  ) {
    this.hydrate = transactionHydrator(dataSource);
  }

  /** One result per event, in order: its outcome, or the error that failed it alone. */
  async ingest(events: ReadonlyArray<IngestEvent | Error>): Promise<Array<IngestOutcome | Error>> {
    const results = new Array<IngestOutcome | Error>(events.length);
    const inputs = new Map<number, IngestEvent>();
    events.forEach((event, key) => {
      if (event instanceof Error) results[key] = event;
      else inputs.set(key, event);
    });
    if (inputs.size === 0) return results;
    try {
      await this.suppressed.scrub(inputs); // erased customers stay erased (docs/security.md#customer-data)
    } catch (error) {
      for (const key of inputs.keys()) results[key] = classify(error);
      return results;
    }
    try {
      await this.commitAndPublish(inputs, results);
    } catch (error) {
      if (inputs.size === 1) {
        for (const key of inputs.keys()) results[key] = classify(error);
        return results;
      }
      this.logger.warn(
        `a batch of ${inputs.size} failed (${reason(error)}); committing its events one by one`,
      );
      this.metrics.batchFailed();
      for (const [key, input] of inputs) {
        try {
          await this.commitAndPublish(new Map([[key, input]]), results);
        } catch (single) {
          results[key] = classify(single);
        }
      }
    }
    return results;
  }

  private async commitAndPublish(
    inputs: Map<number, IngestEvent>,
    results: Array<IngestOutcome | Error>,
  ): Promise<void> {
    const written = await this.commit(inputs);
    for (const [key, outcome] of written.outcomes) results[key] = outcome;
    this.committed.afterCommit(written.committed);
    await this.decisions.afterCommit(written.marked);
  }

  private async commit(inputs: Map<number, IngestEvent>): Promise<BatchResult> {
    // Read before taking a pooled connection: a settings reload inside the transaction would need a second
    // one, and a pool full of transactions waiting for it would never get it (see worker.module.ts).
    const settings = await this.scorer.currentSettings();
    const ordered = [...inputs].sort(
      ([a, x], [b, y]) => x.occurredAt.getTime() - y.occurredAt.getTime() || a - b,
    );
    const runner = this.dataSource.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    const run = <T>(statement: BatchStatement, values: unknown[]): Promise<T[]> =>
      client.query<T & object>({ ...statement, values }).then((result) => result.rows);
    await runner.startTransaction();
    try {
      const result = await this.write(runner.manager, run, ordered, settings);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  private async write(
    manager: EntityManager,
    run: <T>(statement: BatchStatement, values: unknown[]) => Promise<T[]>,
    ordered: Array<[number, IngestEvent]>,
    settings: Awaited<ReturnType<TransactionScorer['currentSettings']>>,
  ): Promise<BatchResult> {
    const outcomes = new Map<number, IngestOutcome>();
    const fresh = await this.lockAndDropSeen(run, ordered, outcomes);
    const planned: PlannedEvent[] = fresh.flatMap(([key, input]) =>
      input.row ? [{ key, sourceId: input.sourceId, row: input.row }] : [],
    );
    const plan = planBatch(planned, await this.selectRelated(run, planned), transactionIdFor);
    await scoreBatch(plan, new Map(fresh), this.scorer, settings);

    const finals = plan.transactions.filter((t) => !t.absorbedInto && (t.isNew || t.versionBumps > 0));
    const absorbed = plan.transactions.filter((t) => t.absorbedInto && !t.isNew);
    const eventRows = fresh.map(([key, input]) => {
      const link = plan.links.get(key);
      return {
        source_id: input.sourceId,
        event_id: input.eventId,
        event_type: input.event.providerType.slice(0, 100),
        occurred_at: input.occurredAt,
        received_at: input.receivedAt,
        payload: input.payloadJson,
        cuts: input.cuts,
        labels: input.row && input.row.labels.length > 0 ? input.row.labels : null,
        label_reason: input.row?.label_reason ?? null,
        transaction_id: link ? finalOf(link).id : null,
      };
    });
    const rows = await this.writeRows(run, finals, absorbed, eventRows);
    if (absorbed.length > 0)
      await run(ABSORB, [absorbed.map((t) => t.id), absorbed.map((t) => finalOf(t).id)]);
    await auditAutomaticDecisions(manager, finals.flatMap(automaticDecisionOf));

    for (const [key, input] of fresh) if (!input.row) outcomes.set(key, 'stored-without-transaction');
    for (const step of plan.steps)
      if (step.kind === 'merge') outcomes.set(step.event.key, step.created ? 'created' : 'updated');

    const marked = await this.decisions.markInBatch(
      manager,
      finals.map((t) => ({
        id: t.id,
        sourceId: t.sourceId,
        status: t.verdict.status,
        previousStatus: t.previousStatus,
        notifiedStatus: t.notifiedStatus,
        decided: t.verdict.decided,
      })),
    );
    const holds = new Map(marked.rows.map((row) => [row.id, holdStateOf(row)]));
    const byId = new Map(rows.map((row) => [row['id'] as string, this.hydrate(row)]));
    const committed = finals.flatMap((t) => {
      const transaction = byId.get(t.id);
      if (!transaction) return [];
      Object.assign(transaction, holds.get(t.id));
      return [{ transaction, previousStatus: t.previousStatus, created: t.isNew }];
    });
    return { outcomes, committed, marked };
  }

  /** Locks the batch's order and payment ids; returns the events not stored before, marking the others. */
  private async lockAndDropSeen(
    run: <T>(statement: BatchStatement, values: unknown[]) => Promise<T[]>,
    ordered: Array<[number, IngestEvent]>,
    outcomes: Map<number, IngestOutcome>,
  ): Promise<Array<[number, IngestEvent]>> {
    const lockKeys = new Set<string>();
    for (const [, input] of ordered)
      if (input.row) for (const k of identityKeys(input.row)) lockKeys.add(`${input.sourceId}|${k}`);
    const [found] = await run<{ seen: Array<[string, string]> }>(LOCK_AND_FIND_SEEN, [
      ordered.map(([, input]) => input.sourceId),
      ordered.map(([, input]) => input.eventId),
      [...lockKeys],
    ]);
    const seen = new Set((found?.seen ?? []).map(([sourceId, eventId]) => `${sourceId}|${eventId}`));
    const fresh: Array<[number, IngestEvent]> = [];
    for (const [key, input] of ordered) {
      const id = `${input.sourceId}|${input.eventId}`;
      if (seen.has(id)) outcomes.set(key, 'duplicate');
      else fresh.push([key, input]);
      // A second copy within the batch is a duplicate of the first.
      seen.add(id);
    }
    return fresh;
  }

  private async selectRelated(
    run: <T>(statement: BatchStatement, values: unknown[]) => Promise<T[]>,
    planned: PlannedEvent[],
  ): Promise<LockedTransaction[]> {
    if (planned.length === 0) return [];
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
    const rows = await run<LockedRow>(SELECT_RELATED, [
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

  /** The transactions and the event rows in one statement; checks that nothing collided meanwhile. */
  private async writeRows(
    run: <T>(statement: BatchStatement, values: unknown[]) => Promise<T[]>,
    finals: PlannedTransaction[],
    absorbed: PlannedTransaction[],
    events: Array<Record<string, unknown>>,
  ): Promise<Array<Record<string, unknown>>> {
    if (finals.length === 0) {
      const [written] = await run<{ events_written: number }>(WRITE_EVENTS, [JSON.stringify(events)]);
      if ((written?.events_written ?? 0) !== events.length)
        throw new Error('an event of the batch was stored by another worker meanwhile');
      return [];
    }
    const inserts = finals.filter((t) => t.isNew);
    const updates = finals.filter((t) => !t.isNew);
    // A new row may not take the merge key of a row this batch folds away (it is deleted after the insert):
    // too rare to order around, so the events go one by one instead.
    const freed = new Set(absorbed.map((t) => `${t.sourceId}|${t.mergeKey}`));
    if (inserts.some((t) => freed.has(`${t.sourceId}|${t.mergeKey}`)))
      throw new Error('a new transaction reuses the merge key of one folded away in the same batch');
    const rows = await run<Record<string, unknown> & { events_written: number }>(WRITE_BATCH, [
      plannedJson(inserts),
      plannedJson(updates),
      JSON.stringify(events),
    ]);
    if (rows.length !== finals.length) throw new Error('a new transaction collided with an existing one');
    if ((rows[0]?.events_written ?? 0) !== events.length)
      throw new Error('an event of the batch was stored by another worker meanwhile');
    return rows;
  }
}

/** Rows for WRITE_BATCH (version: the new row's, or the increment). */
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
        risk_snapshot: verdict.risk_snapshot,
        risk_reason: verdict.risk_reason,
        ip_country: verdict.ip_country,
        labels: state.labels,
        occurred_at: state.occurred_at,
        last_event_at: state.last_event_at,
        field_times: state.field_times,
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
