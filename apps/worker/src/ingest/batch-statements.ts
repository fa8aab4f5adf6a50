import { MERGED_FIELDS } from './merge-transaction.js';

/*
 * The statements of one ingest commit (see ingest-batch-writer.service.ts and docs/pipeline.md). Rows travel
 * as one JSON array parameter (json_to_recordset), so a statement costs the same round trip for 1 or 500
 * events; each is a named prepared statement, parsed and planned once per connection.
 */

const JSONB_FIELDS: ReadonlySet<string> = new Set(['billing', 'shipping', 'card', 'checks']);

const mergedColumnTypes = MERGED_FIELDS.map((field) => `${field} ${field === 'amount' ? 'bigint' : 'text'}`);
const mergedValue = (field: string): string => (JSONB_FIELDS.has(field) ? `r.${field}::jsonb` : `r.${field}`);

/**
 * What the write returns of each transaction: what the live update and the decision work read
 * (toTransactionJson), not `risk_snapshot` and `field_times`, the two largest JSON columns, which nothing after
 * the commit reads (decoding them was most of the worker's row parsing, docs/profile.md). A column added to
 * the entity for the live JSON must be added here (`committed-columns.spec.ts`).
 */
export const COMMITTED_COLUMNS = [
  'id',
  'source_id',
  'merge_key',
  'status',
  'version',
  'score',
  'signals',
  'risk_reason',
  'labels',
  ...MERGED_FIELDS,
  'ip_country',
  'claimed_by',
  'claimed_by_email',
  'claim_expires_at',
  'decided_by',
  'decided_at',
  'held_at',
  'hold_deadline',
  'escalated',
  'notified_status',
  'occurred_at',
  'last_event_at',
  'created_at',
  'updated_at',
] as const;
const returned = (alias: string): string => COMMITTED_COLUMNS.map((c) => `${alias}${c}`).join(', ');

export interface BatchStatement {
  /** Absent: an unnamed statement, planned for its actual parameters on every run (see SELECT_RELATED). */
  name?: string;
  text: string;
}

/**
 * Advisory locks on every order and payment id of the batch (sorted, so two workers never wait on each other
 * in a cycle), then which of the batch's events are stored already. The locks serialize every event that
 * could touch the same transaction. The event check reads the snapshot of this statement's start: a copy
 * committed by another worker while this one waited is caught by the insert's unique key instead (the batch
 * then retries event by event).
 */
export const LOCK_AND_FIND_SEEN: BatchStatement = {
  name: 'vigil_ingest_lock_seen',
  // Two scalar subqueries, so the locks are taken even when no event was seen (a join with an empty side
  // could skip them).
  text: `
SELECT
  (SELECT count(pg_advisory_xact_lock(h))
   FROM (SELECT DISTINCT hashtextextended(k, 0) AS h FROM unnest($3::text[]) AS k ORDER BY h) AS keys) AS locks,
  (SELECT coalesce(json_agg(json_build_array(e.source_id, e.event_id)), '[]'::json)
   FROM webhook_events e JOIN unnest($1::uuid[], $2::text[]) AS k(s, v)
     ON e.source_id = k.s AND e.event_id = k.v) AS seen`,
};

/** Every transaction of the same source sharing an order id, payment id or merge key with the batch. */
export const SELECT_RELATED: BatchStatement = {
  // Unnamed on purpose: a named statement switches to a generic plan after five runs, and the generic plan
  // assumes 10 rows per unnest. Planned while the table was small, it probed the (source_id, order_id) index
  // on source_id alone and filtered payment_id / merge_key, reading every row of the source per key (790 ms
  // and 700,000 buffers per 350-event batch at 30,000 rows, docs/profile.md). Planned with the real arrays
  // it takes the matching index (or one hash join) for well under a millisecond more of planning.
  text: `
SELECT id, source_id, merge_key, status, score, signals::text AS signals, claimed_by, decided_by, decided_at,
  notified_status, risk_snapshot, created_at, order_id, payment_id, amount::text AS amount, currency,
  customer_id, customer_email, customer_name, billing::text AS billing, shipping::text AS shipping, ip,
  device_id, card::text AS card, checks::text AS checks, labels, occurred_at, last_event_at, field_times
FROM transactions
WHERE id IN (
  SELECT t.id FROM transactions t JOIN unnest($1::uuid[], $2::text[]) AS k(s, v)
    ON t.source_id = k.s AND t.order_id = k.v
  UNION
  SELECT t.id FROM transactions t JOIN unnest($3::uuid[], $4::text[]) AS k(s, v)
    ON t.source_id = k.s AND t.payment_id = k.v
  UNION
  SELECT t.id FROM transactions t JOIN unnest($5::uuid[], $6::text[]) AS k(s, v)
    ON t.source_id = k.s AND t.merge_key = k.v
)
ORDER BY id
FOR UPDATE`,
};

// risk_snapshot and field_times travel as JSON values inside the batch's parameter (typed jsonb), not as
// strings holding JSON: no second encoding in the worker, no unescaping in PostgreSQL (docs/profile.md).
const PLANNED_COLUMNS = `id uuid, source_id uuid, merge_key text, status text, version int, score int,
  signals text, claimed_by uuid, decided_by uuid, scored boolean, risk_snapshot jsonb, risk_reason text,
  ip_country text, labels text[], occurred_at timestamptz, last_event_at timestamptz, field_times jsonb,
  ${mergedColumnTypes.join(', ')}`;

/**
 * The batch's effect in one round trip: new transactions inserted, touched ones updated (a decided status
 * stands: `status` comes from the batch, which kept it), and every new event row inserted already linked to
 * its transaction. Foreign keys are checked at the end of the statement, so an event may link to a row the
 * same statement inserts. The transactions come back as stored (the live channel and the decision work read
 * them); the events only as a count, which the caller checks against what it planned.
 */
export const WRITE_BATCH: BatchStatement = {
  name: 'vigil_ingest_write',
  text: `
WITH ins AS (
  INSERT INTO transactions (id, source_id, merge_key, status, version, score, signals, claimed_by, decided_by,
    risk_snapshot, risk_reason, ip_country, labels, occurred_at, last_event_at, field_times, ${MERGED_FIELDS.join(', ')})
  SELECT r.id, r.source_id, r.merge_key, r.status, r.version, r.score, r.signals::jsonb, r.claimed_by,
    r.decided_by, r.risk_snapshot, r.risk_reason, r.ip_country, r.labels, r.occurred_at, r.last_event_at,
    r.field_times, ${MERGED_FIELDS.map(mergedValue).join(', ')}
  FROM json_to_recordset($1::json) AS r(${PLANNED_COLUMNS})
  ON CONFLICT (source_id, merge_key) DO NOTHING
  RETURNING ${returned('')}
), upd AS (
  UPDATE transactions t SET labels = r.labels, occurred_at = r.occurred_at, last_event_at = r.last_event_at,
    field_times = r.field_times,
    ${MERGED_FIELDS.map((field) => `${field} = ${mergedValue(field)}`).join(', ')},
    version = t.version + r.version, updated_at = now(),
    status = r.status, score = r.score, signals = r.signals::jsonb, claimed_by = r.claimed_by,
    decided_by = r.decided_by,
    risk_snapshot = CASE WHEN r.scored THEN r.risk_snapshot ELSE t.risk_snapshot END,
    risk_reason = CASE WHEN r.scored THEN r.risk_reason ELSE t.risk_reason END,
    ip_country = CASE WHEN r.scored THEN r.ip_country ELSE t.ip_country END
  FROM json_to_recordset($2::json) AS r(${PLANNED_COLUMNS})
  WHERE t.id = r.id
  RETURNING ${returned('t.')}
), events AS (
  INSERT INTO webhook_events (source_id, event_id, event_type, occurred_at, received_at, payload, cuts, labels,
    label_reason, transaction_id)
  SELECT e.source_id, e.event_id, e.event_type, e.occurred_at, e.received_at, e.payload::jsonb, e.cuts::jsonb,
    e.labels, e.label_reason, e.transaction_id
  FROM json_to_recordset($3::json) AS e(source_id uuid, event_id text, event_type text,
    occurred_at timestamptz, received_at timestamptz, payload text, cuts json, labels text[], label_reason text,
    transaction_id uuid)
  ON CONFLICT (source_id, event_id) DO NOTHING
  RETURNING 1
)
SELECT *, (SELECT count(*) FROM events)::int AS events_written FROM ins
UNION ALL SELECT *, (SELECT count(*) FROM events)::int FROM upd`,
};

/** A batch whose events touch no transaction (event types Vigil stores but does not merge). */
export const WRITE_EVENTS: BatchStatement = {
  name: 'vigil_ingest_write_events',
  text: `
WITH events AS (
  INSERT INTO webhook_events (source_id, event_id, event_type, occurred_at, received_at, payload, cuts, labels,
    label_reason)
  SELECT e.source_id, e.event_id, e.event_type, e.occurred_at, e.received_at, e.payload::jsonb, e.cuts::jsonb,
    e.labels, e.label_reason
  FROM json_to_recordset($1::json) AS e(source_id uuid, event_id text, event_type text,
    occurred_at timestamptz, received_at timestamptz, payload text, cuts json, labels text[], label_reason text)
  ON CONFLICT (source_id, event_id) DO NOTHING
  RETURNING 1
)
SELECT count(*)::int AS events_written FROM events`,
};

/** A linking event showed transactions are one: the survivors take the others' events, then they go. */
export const ABSORB: BatchStatement = {
  name: 'vigil_ingest_absorb',
  text: `
WITH moved AS (
  UPDATE webhook_events e SET transaction_id = m.survivor
  FROM unnest($1::uuid[], $2::uuid[]) AS m(absorbed, survivor)
  WHERE e.transaction_id = m.absorbed
)
DELETE FROM transactions WHERE id = ANY($1::uuid[])`,
};
