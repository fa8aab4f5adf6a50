import { type DataSource } from 'typeorm';
import { type AttributeValue } from '@vigil/risk-engine';
import { IS_FRAUD_SQL } from '@vigil/persistence';

/** Rows per query: memory stays flat however many transactions the period holds. */
const PAGE_SIZE = 5_000;
/** Each page query's limit; a page is an index range scan, far below it on a healthy database. */
const STATEMENT_TIMEOUT_MS = 30_000;
/**
 * Past this many attributes the whole snapshot is read as one value: one JSON parse per row beats one per
 * attribute and row (a rule set reads dozens).
 */
const WHOLE_SNAPSHOT_FROM = 6;

export interface SnapshotRow {
  id: string;
  fraud: boolean;
  amount: number | null;
  currency: string | null;
  /** Values of the requested attributes, in the requested order (null when missing). */
  values: AttributeValue[];
}

interface RawRow {
  id: string;
  /** Text keeps PostgreSQL's microseconds: a Date would drop them and skip rows at page boundaries. */
  created_at: string;
  fraud: boolean;
  amount: string | null;
  currency: string | null;
  snapshot?: Record<string, AttributeValue>;
  [attribute: `a${number}`]: AttributeValue;
}

export interface SnapshotRange {
  from: Date;
  to: Date;
  /** Stop after this many rows (newest first). */
  maxRows: number;
}

/** How many scored transactions the period holds (for progress). */
export async function countSnapshots(dataSource: DataSource, range: SnapshotRange): Promise<number> {
  const [row] = (await dataSource.query(
    `SELECT count(*)::int AS n FROM transactions t
     WHERE t.created_at >= $1 AND t.created_at < $2 AND t.risk_snapshot IS NOT NULL`,
    [range.from, range.to],
  )) as [{ n: number }];
  return Math.min(row.n, range.maxRows);
}

/**
 * Stored risk snapshots (the attributes each transaction was scored with) and their labels' truth, newest
 * first in keyset pages, reading only the attributes asked for. One connection, with a statement timeout,
 * for the whole read; `signal` stops it between pages.
 */
export async function* readSnapshots(
  dataSource: DataSource,
  attributes: readonly string[],
  range: SnapshotRange,
  signal?: AbortSignal,
): AsyncGenerator<SnapshotRow[]> {
  const runner = dataSource.createQueryRunner('slave');
  await runner.connect();
  try {
    await runner.query(`SET statement_timeout = ${STATEMENT_TIMEOUT_MS}`);
    let cursor: { createdAt: string; id: string } | null = null;
    let read = 0;
    while (read < range.maxRows && !signal?.aborted) {
      const params: unknown[] = [range.from, range.to];
      const param = (value: unknown): string => {
        params.push(value);
        return `$${params.length}`;
      };
      const whole = attributes.length >= WHOLE_SNAPSHOT_FROM;
      const columns = whole
        ? ', t.risk_snapshot AS snapshot'
        : attributes.map((name, i) => `, t.risk_snapshot -> ${param(name)} AS a${i}`).join('');
      const after = cursor
        ? `AND (t.created_at, t.id) < (${param(cursor.createdAt)}::timestamptz, ${param(cursor.id)}::uuid)`
        : '';
      const limit = Math.min(PAGE_SIZE, range.maxRows - read);
      const rows = (await runner.query(
        `SELECT t.id, to_char(t.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_at,
           ${IS_FRAUD_SQL} AS fraud, t.amount::text AS amount, t.currency${columns}
         FROM transactions t
         WHERE t.created_at >= $1 AND t.created_at < $2 AND t.risk_snapshot IS NOT NULL ${after}
         ORDER BY t.created_at DESC, t.id DESC LIMIT ${limit}`,
        params,
      )) as RawRow[];
      read += rows.length;
      yield rows.map((row) => ({
        id: row.id,
        fraud: row.fraud,
        amount: row.amount === null ? null : Number(row.amount),
        currency: row.currency,
        values: whole
          ? attributes.map((name) => row.snapshot?.[name] ?? null)
          : attributes.map((_, i) => row[`a${i}`] ?? null),
      }));
      const last = rows.at(-1);
      if (rows.length < limit || !last) break;
      cursor = { createdAt: last.created_at, id: last.id };
    }
  } finally {
    await runner.query('RESET statement_timeout').catch(() => undefined);
    await runner.release();
  }
}
