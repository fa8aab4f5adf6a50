import { type TransactionFields, type TransactionRow } from './transaction-row.js';

/** The merged columns, in a fixed order (the writer's SQL is generated from it). */
export const MERGED_FIELDS = [
  'order_id',
  'payment_id',
  'amount',
  'currency',
  'customer_id',
  'customer_email',
  'customer_name',
  'billing',
  'shipping',
  'ip',
  'device_id',
  'card',
  'checks',
] as const satisfies ReadonlyArray<keyof TransactionFields>;

export type MergedField = (typeof MERGED_FIELDS)[number];

/** Every merged column unset: the start of a merge, and the base of rows built in tests. */
export function emptyMergedFields(): Pick<TransactionFields, MergedField> {
  return Object.fromEntries(MERGED_FIELDS.map((field) => [field, null])) as Pick<
    TransactionFields,
    MergedField
  >;
}

/** `[event time ms, event id]` of the event a value came from; the id only breaks ties of equal times. */
export type FieldStamp = [number, string];
export type FieldStamps = Partial<Record<MergedField, FieldStamp>>;

/** Everything event-time merging decides for one transaction. */
export interface MergeState extends TransactionFields {
  labels: string[];
  /** The earliest event time. */
  occurred_at: Date;
  /** The latest event time. */
  last_event_at: Date;
  field_times: FieldStamps;
}

/** One event as a (tiny) transaction: each value it sends is stamped with its own time and id. */
export function eventState(row: TransactionRow): MergeState {
  const stamp: FieldStamp = [row.occurred_at.getTime(), row.event_id];
  const field_times: FieldStamps = {};
  for (const field of MERGED_FIELDS) if (row[field] !== null) field_times[field] = stamp;
  const state: MergeState = {
    labels: [...row.labels],
    occurred_at: row.occurred_at,
    last_event_at: row.occurred_at,
    field_times,
    ...emptyMergedFields(),
  };
  for (const field of MERGED_FIELDS) copyField(state, row, field);
  return state;
}

/**
 * Per field, the value from the latest event (by the event's own time, not arrival) that sent one; labels
 * accumulate. This is a join: commutative, associative and idempotent, so any arrival order of the same
 * events, with or without redeliveries, ends in the same state.
 */
export function combine(a: MergeState, b: MergeState): MergeState {
  const merged: MergeState = {
    ...a,
    labels: [...new Set([...a.labels, ...b.labels])].sort(),
    occurred_at: a.occurred_at <= b.occurred_at ? a.occurred_at : b.occurred_at,
    last_event_at: a.last_event_at >= b.last_event_at ? a.last_event_at : b.last_event_at,
    field_times: {},
  };
  for (const field of MERGED_FIELDS) {
    const stampA = stampOf(a, field);
    const stampB = stampOf(b, field);
    const fromB = stampB !== null && (stampA === null || compareStamps(stampB, stampA) > 0);
    copyField(merged, fromB ? b : a, field);
    const stamp = fromB ? stampB : stampA;
    if (stamp) merged.field_times[field] = stamp;
  }
  return merged;
}

/**
 * A stored value's stamp; values stored before stamps existed count as of the transaction's latest event
 * with an empty id (so any event of that same time wins the tie).
 */
function stampOf(state: MergeState, field: MergedField): FieldStamp | null {
  if (state[field] === null) return null;
  const stamp = state.field_times[field];
  return isStamp(stamp) ? stamp : [state.last_event_at.getTime(), ''];
}

function isStamp(value: unknown): value is FieldStamp {
  return (
    Array.isArray(value) && value.length === 2 && typeof value[0] === 'number' && typeof value[1] === 'string'
  );
}

function compareStamps(a: FieldStamp, b: FieldStamp): number {
  if (a[0] !== b[0]) return a[0] - b[0];
  return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
}

function copyField<K extends MergedField>(
  target: TransactionFields,
  source: TransactionFields,
  key: K,
): void {
  target[key] = source[key];
}
