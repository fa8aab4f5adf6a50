import { MERGED_FIELDS } from './merge-transaction.js';

/*
 * The multi-row statements of one batch (see webhook-batch.processor.ts). Rows travel as one JSON array
 * parameter (json_to_recordset), so a statement costs the same round trip for 1 or 500 events.
 */

const JSONB_FIELDS: ReadonlySet<string> = new Set(['billing', 'shipping', 'card', 'checks']);

const mergedColumnTypes = MERGED_FIELDS.map((field) => `${field} ${field === 'amount' ? 'bigint' : 'text'}`);
const mergedValue = (field: string): string => (JSONB_FIELDS.has(field) ? `r.${field}::jsonb` : `r.${field}`);

/**
 * Advisory locks on every order and payment id of the batch (sorted, so two workers never wait on each
 * other in a cycle), then the event rows: the unique (source, event id) pair makes a duplicate a no-op.
 * The locks are taken first so that every event that could touch the same transaction is serialized.
 */
export const LOCK_AND_INSERT_EVENTS = `
WITH locked AS (
  SELECT count(pg_advisory_xact_lock(h)) AS n
  FROM (SELECT DISTINCT hashtextextended(k, 0) AS h FROM unnest($2::text[]) AS k ORDER BY h) AS keys
)
INSERT INTO webhook_events (source_id, event_id, event_type, occurred_at, received_at, payload, cuts, labels,
  label_reason)
SELECT r.source_id, r.event_id, r.event_type, r.occurred_at, r.received_at, r.payload::jsonb, r.cuts::jsonb,
  r.labels, r.label_reason
FROM json_to_recordset($1::json) AS r(source_id uuid, event_id text, event_type text,
  occurred_at timestamptz, received_at timestamptz, payload json, cuts json, labels text[], label_reason text),
  locked
WHERE locked.n >= 0
ON CONFLICT (source_id, event_id) DO NOTHING
RETURNING id, source_id, event_id`;

/** Every transaction of the same source sharing an order id, payment id or merge key with the batch. */
export const SELECT_RELATED = `
SELECT id, source_id, merge_key, status, score, signals::text AS signals, claimed_by, decided_by, risk_snapshot,
  created_at, order_id, payment_id, amount::text AS amount, currency, customer_id, customer_email, customer_name,
  billing::text AS billing, shipping::text AS shipping, ip, device_id, card::text AS card, checks::text AS checks,
  labels, occurred_at, last_event_at, field_times
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
FOR UPDATE`;

const PLANNED_COLUMNS = `id uuid, source_id uuid, merge_key text, status text, version int, score int,
  signals text, claimed_by uuid, decided_by uuid, scored boolean, risk_snapshot text, risk_reason text,
  ip_country text, labels text[], occurred_at timestamptz, last_event_at timestamptz, field_times text,
  ${mergedColumnTypes.join(', ')}`;

/**
 * The batch's transactions, written in one round trip: new ones inserted, touched ones updated (a person's
 * decision stands: `status` comes from the batch, which kept it when `decided_by` was set), each new event
 * linked to its transaction; the rows come back as stored. Foreign keys are checked at the end of the
 * statement, so events may link to rows the same statement inserts.
 */
export const WRITE_TRANSACTIONS = `
WITH ins AS (
  INSERT INTO transactions (id, source_id, merge_key, status, version, score, signals, claimed_by, decided_by,
    risk_snapshot, risk_reason, ip_country, labels, occurred_at, last_event_at, field_times, ${MERGED_FIELDS.join(', ')})
  SELECT r.id, r.source_id, r.merge_key, r.status, r.version, r.score, r.signals::jsonb, r.claimed_by,
    r.decided_by, r.risk_snapshot::jsonb, r.risk_reason, r.ip_country, r.labels, r.occurred_at, r.last_event_at,
    r.field_times::jsonb, ${MERGED_FIELDS.map(mergedValue).join(', ')}
  FROM json_to_recordset($1::json) AS r(${PLANNED_COLUMNS})
  ON CONFLICT (source_id, merge_key) DO NOTHING
  RETURNING *
), upd AS (
  UPDATE transactions t SET labels = r.labels, occurred_at = r.occurred_at, last_event_at = r.last_event_at,
    field_times = r.field_times::jsonb,
    ${MERGED_FIELDS.map((field) => `${field} = ${mergedValue(field)}`).join(', ')},
    version = t.version + r.version, updated_at = now(),
    status = r.status, score = r.score, signals = r.signals::jsonb, claimed_by = r.claimed_by,
    decided_by = r.decided_by,
    risk_snapshot = CASE WHEN r.scored THEN r.risk_snapshot::jsonb ELSE t.risk_snapshot END,
    risk_reason = CASE WHEN r.scored THEN r.risk_reason ELSE t.risk_reason END,
    ip_country = CASE WHEN r.scored THEN r.ip_country ELSE t.ip_country END
  FROM json_to_recordset($2::json) AS r(${PLANNED_COLUMNS})
  WHERE t.id = r.id
  RETURNING t.*
), linked AS (
  UPDATE webhook_events e SET transaction_id = l.tx
  FROM unnest($3::uuid[], $4::uuid[]) AS l(id, tx)
  WHERE e.id = l.id
)
SELECT * FROM ins UNION ALL SELECT * FROM upd`;

/** A linking event showed transactions are one: the survivors take the others' events, then they go. */
export const ABSORB = `
WITH moved AS (
  UPDATE webhook_events e SET transaction_id = m.survivor
  FROM unnest($1::uuid[], $2::uuid[]) AS m(absorbed, survivor)
  WHERE e.transaction_id = m.absorbed
)
DELETE FROM transactions WHERE id = ANY($1::uuid[])`;
