import { type TransactionStatus } from '@vigil/contracts';
import { combine, eventState, type MergeState } from './merge-transaction.js';
import { type TransactionRow } from './transaction-row.js';

/** A transaction row as the batch reads it (locked) from the database. */
export interface LockedTransaction extends MergeState {
  id: string;
  source_id: string;
  merge_key: string;
  status: TransactionStatus;
  score: number;
  /** jsonb as text. */
  signals: string;
  claimed_by: string | null;
  decided_by: string | null;
  /** Set by a person's decision or an expired hold: the status stands whatever later events say. */
  decided_at: Date | null;
  notified_status: TransactionStatus | null;
  risk_snapshot: Record<string, string | number | boolean> | null;
  created_at: Date;
}

/** The verdict columns scoring and absorbing change. */
export interface Verdict {
  status: TransactionStatus;
  score: number;
  /** jsonb as text. */
  signals: string;
  claimed_by: string | null;
  decided_by: string | null;
  /** Decided by a person or an expired hold: scoring updates score and signals, never the status. */
  decided: boolean;
  risk_snapshot: Record<string, string | number | boolean> | null;
  risk_reason: string | null;
  ip_country: string | null;
  /** risk_reason and ip_country are written only once the transaction has been scored in this batch. */
  scored: boolean;
}

/** One transaction the batch touches, as it will be written. */
export interface PlannedTransaction {
  id: string;
  sourceId: string;
  mergeKey: string;
  /** Created by this batch (INSERT) rather than updated. */
  isNew: boolean;
  /** Status before the batch (null for new ones): metrics and the decision work compare with it. */
  previousStatus: TransactionStatus | null;
  /** The status the decision work last acted on (null for new ones). */
  notifiedStatus: TransactionStatus | null;
  state: MergeState;
  verdict: Verdict;
  /** How many merges bumped `version` (each event merged into an existing row counts one, as before). */
  versionBumps: number;
  /** Set when a linking event folded this transaction into another one. */
  absorbedInto: PlannedTransaction | null;
  /** Age order (created_at, id; then creation in this batch): "the oldest related" is the lowest. */
  rank: number;
}

/** One event of the batch with the transaction row it contributes (already deduplicated). */
export interface PlannedEvent {
  key: number;
  sourceId: string;
  row: TransactionRow;
}

/** What happens, in event order, that depends on scores: the writer replays it once readings are in. */
export type PlanStep =
  | { kind: 'absorb'; survivor: PlannedTransaction; others: PlannedTransaction[] }
  | {
      kind: 'merge';
      event: PlannedEvent;
      transaction: PlannedTransaction;
      /** The transaction's merged fields right after this event, as the one-event path would score them. */
      state: MergeState;
      /** This event created the transaction. */
      created: boolean;
    };

export interface BatchPlan {
  steps: PlanStep[];
  transactions: PlannedTransaction[];
  /** Event (by its batch key) → the transaction it belongs to (follow `absorbedInto` for the final one). */
  links: Map<number, PlannedTransaction>;
}

const SEVERITY: Record<TransactionStatus, number> = { approved: 0, review: 1, blocked: 2 };

/** The transaction a planned one ended up in after every absorb of the batch. */
export function finalOf(transaction: PlannedTransaction): PlannedTransaction {
  let current = transaction;
  while (current.absorbedInto) current = current.absorbedInto;
  return current;
}

/** The merge keys this event's ids stand for (`order:…`, `payment:…`). */
export function identityKeys(row: Pick<TransactionRow, 'order_id' | 'payment_id'>): string[] {
  const keys: string[] = [];
  if (row.order_id) keys.push(`order:${row.order_id}`);
  if (row.payment_id) keys.push(`payment:${row.payment_id}`);
  return keys;
}

function fromLocked(row: LockedTransaction, rank: number): PlannedTransaction {
  const { id, source_id, merge_key, status, score, signals, claimed_by, decided_by, risk_snapshot } = row;
  const decided = decided_by !== null || row.decided_at !== null;
  const state: MergeState = {
    labels: row.labels,
    occurred_at: row.occurred_at,
    last_event_at: row.last_event_at,
    field_times: row.field_times,
    order_id: row.order_id,
    payment_id: row.payment_id,
    amount: row.amount,
    currency: row.currency,
    customer_id: row.customer_id,
    customer_email: row.customer_email,
    customer_name: row.customer_name,
    billing: row.billing,
    shipping: row.shipping,
    ip: row.ip,
    device_id: row.device_id,
    card: row.card,
    checks: row.checks,
  };
  return {
    id,
    sourceId: source_id,
    mergeKey: merge_key,
    isNew: false,
    previousStatus: status,
    notifiedStatus: row.notified_status,
    state,
    verdict: {
      status,
      score,
      signals,
      claimed_by,
      decided_by,
      decided,
      risk_snapshot,
      risk_reason: null,
      ip_country: null,
      scored: false,
    },
    versionBumps: 0,
    absorbedInto: null,
    rank,
  };
}

/**
 * Finds live transactions by source + order id, payment id or merge key without scanning them all. Entries
 * go stale when a merge changes a transaction's ids; lookups re-check the real values, so a stale entry
 * only costs a comparison.
 */
class TransactionIndex {
  private readonly byKey = new Map<string, PlannedTransaction[]>();

  add(t: PlannedTransaction): void {
    const keys = [`m|${t.sourceId}|${t.mergeKey}`];
    if (t.state.order_id !== null) keys.push(`o|${t.sourceId}|${t.state.order_id}`);
    if (t.state.payment_id !== null) keys.push(`p|${t.sourceId}|${t.state.payment_id}`);
    for (const key of keys) {
      const list = this.byKey.get(key);
      if (!list) this.byKey.set(key, [t]);
      else if (!list.includes(t)) list.push(t);
    }
  }

  /** Live transactions of the source sharing the row's order id, payment id or one of its keys, oldest first. */
  related(sourceId: string, row: TransactionRow, keys: string[]): PlannedTransaction[] {
    const candidates = new Set<PlannedTransaction>();
    const lookup = (key: string): void => {
      for (const t of this.byKey.get(key) ?? []) candidates.add(t);
    };
    if (row.order_id !== null) lookup(`o|${sourceId}|${row.order_id}`);
    if (row.payment_id !== null) lookup(`p|${sourceId}|${row.payment_id}`);
    for (const key of keys) lookup(`m|${sourceId}|${key}`);
    return [...candidates]
      .filter(
        (t) =>
          t.absorbedInto === null &&
          ((row.order_id !== null && t.state.order_id === row.order_id) ||
            (row.payment_id !== null && t.state.payment_id === row.payment_id) ||
            keys.includes(t.mergeKey)),
      )
      .sort((a, b) => a.rank - b.rank);
  }
}

/**
 * Replays the batch's events one by one in memory, exactly as the one-event writer would have done them
 * against the database: find the related transactions (same source, and same order id, payment id or
 * merge key), merge into the one keyed like the event (else the oldest), fold the others into it, or
 * create a new one. Scores are not known yet: the steps that depend on them are recorded in order.
 */
export function planBatch(
  events: PlannedEvent[],
  locked: LockedTransaction[],
  newId: (sourceId: string, mergeKey: string) => string,
): BatchPlan {
  const all = [...locked]
    .sort((a, b) => a.created_at.getTime() - b.created_at.getTime() || (a.id < b.id ? -1 : 1))
    .map(fromLocked);
  const index = new TransactionIndex();
  for (const t of all) index.add(t);
  const steps: PlanStep[] = [];
  const links = new Map<number, PlannedTransaction>();
  for (const event of events) {
    const { row } = event;
    const keys = identityKeys(row);
    const related = index.related(event.sourceId, row, keys);
    const incoming = eventState(row);
    let target: PlannedTransaction;
    const created = related.length === 0;
    if (!created) {
      target = related.find((t) => t.mergeKey === row.merge_key) ?? (related[0] as PlannedTransaction);
      const others = related.filter((t) => t !== target);
      target.state = [...others.map((t) => t.state), incoming].reduce<MergeState>(combine, target.state);
      target.versionBumps += 1;
      if (others.length > 0) {
        for (const other of others) other.absorbedInto = target;
        steps.push({ kind: 'absorb', survivor: target, others });
      }
    } else {
      target = {
        id: newId(event.sourceId, row.merge_key),
        sourceId: event.sourceId,
        mergeKey: row.merge_key,
        isNew: true,
        previousStatus: null,
        notifiedStatus: null,
        state: incoming,
        verdict: {
          status: row.status,
          score: 0,
          signals: '[]',
          claimed_by: null,
          decided_by: null,
          decided: false,
          risk_snapshot: null,
          risk_reason: null,
          ip_country: null,
          scored: false,
        },
        versionBumps: 0,
        absorbedInto: null,
        rank: all.length,
      };
      all.push(target);
    }
    index.add(target);
    links.set(event.key, target);
    steps.push({ kind: 'merge', event, transaction: target, state: target.state, created });
  }
  return { steps, transactions: all, links };
}

/** After a fold, the strictest verdict so far stands until the transaction is scored again. */
export function absorbVerdict(survivor: PlannedTransaction, others: PlannedTransaction[]): void {
  const strictest = [survivor, ...others].reduce((a, b) =>
    SEVERITY[b.verdict.status] > SEVERITY[a.verdict.status] ||
    (b.verdict.status === a.verdict.status && b.verdict.score > a.verdict.score)
      ? b
      : a,
  );
  survivor.verdict = {
    ...survivor.verdict,
    status: strictest.verdict.status,
    score: strictest.verdict.score,
    signals: strictest.verdict.signals,
    claimed_by:
      survivor.verdict.claimed_by ?? others.find((t) => t.verdict.claimed_by)?.verdict.claimed_by ?? null,
    decided_by:
      survivor.verdict.decided_by ?? others.find((t) => t.verdict.decided_by)?.verdict.decided_by ?? null,
    decided: [survivor, ...others].some((t) => t.verdict.decided),
  };
}
