import { type SelectQueryBuilder } from 'typeorm';
import { type TransactionSort } from '@vigil/contracts';
import { type TransactionEntity } from '@vigil/persistence';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INTEGER = /^-?\d{1,19}$/;

/**
 * Keyset pagination for each sort, stable under concurrent inserts: the cursor carries the sort key of the
 * page's last row plus its id (the tie-breaker). `newest` keeps the original `<createdAt>|<id>` cursor, so
 * cursors handed out before sorting existed still work; the others are prefixed by their sort.
 *
 * - newest: created_at DESC
 * - waiting: longest held first: COALESCE(held_at, created_at) ASC (the review queue's order)
 * - risk: score DESC, then newest
 * - amount: amount DESC in minor units, whatever the currency (no conversion), missing amounts last
 */
interface SortSpec {
  /** SQL expressions of the key, most significant first; the id is appended. */
  keys: string[];
  direction: 'ASC' | 'DESC';
  /** Row → key values as cursor text. */
  keyOf: (t: TransactionEntity) => string[];
  /** Cursor text → query parameters, or null when malformed. */
  parse: (parts: string[]) => unknown[] | null;
}

const date = (text: string | undefined): Date | null => {
  const value = new Date(text ?? '');
  return Number.isNaN(value.getTime()) ? null : value;
};

const SORTS: Record<TransactionSort, SortSpec> = {
  newest: {
    keys: ['t.created_at'],
    direction: 'DESC',
    keyOf: (t) => [t.createdAt.toISOString()],
    parse: ([at]) => nonNull([date(at)]),
  },
  waiting: {
    keys: ['COALESCE(t.held_at, t.created_at)'],
    direction: 'ASC',
    keyOf: (t) => [(t.heldAt ?? t.createdAt).toISOString()],
    parse: ([at]) => nonNull([date(at)]),
  },
  risk: {
    keys: ['t.score', 't.created_at'],
    direction: 'DESC',
    keyOf: (t) => [String(t.score), t.createdAt.toISOString()],
    parse: ([score, at]) => (score && INTEGER.test(score) ? nonNull([Number(score), date(at)]) : null),
  },
  amount: {
    keys: ['COALESCE(t.amount, -1)'],
    direction: 'DESC',
    keyOf: (t) => [String(t.amount ?? -1)],
    parse: ([amount]) => (amount && INTEGER.test(amount) ? [amount] : null),
  },
};

function nonNull(values: unknown[]): unknown[] | null {
  return values.every((v) => v !== null) ? values : null;
}

export function applySort(qb: SelectQueryBuilder<TransactionEntity>, sort: TransactionSort): void {
  const spec = SORTS[sort];
  spec.keys.forEach((key, i) => {
    // Plain columns order directly; an expression is selected under an alias first (TypeORM orders by it).
    if (/^t\.\w+$/.test(key)) {
      qb.addOrderBy(key, spec.direction);
    } else {
      qb.addSelect(key, `sort_key_${i}`);
      qb.addOrderBy(`sort_key_${i}`, spec.direction);
    }
  });
  qb.addOrderBy('t.id', spec.direction);
}

/** Adds the "after this cursor" condition; false when the cursor is not one of this sort's. */
export function applyCursor(
  qb: SelectQueryBuilder<TransactionEntity>,
  sort: TransactionSort,
  cursor: string,
): boolean {
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (sort !== 'newest' && parts.shift() !== sort) return false;
  const id = parts.pop();
  const spec = SORTS[sort];
  if (!id || !UUID.test(id) || parts.length !== spec.keys.length) return false;
  const values = spec.parse(parts);
  if (!values) return false;
  const params: Record<string, unknown> = { cursorId: id };
  values.forEach((value, i) => (params[`cursor${i}`] = value));
  const placeholders = values.map((_, i) => `:cursor${i}`);
  const op = spec.direction === 'DESC' ? '<' : '>';
  qb.andWhere(
    `(${[...spec.keys, 't.id'].join(', ')}) ${op} (${[...placeholders, ':cursorId'].join(', ')})`,
    params,
  );
  return true;
}

export function encodeCursor(sort: TransactionSort, t: TransactionEntity): string {
  const parts = [...SORTS[sort].keyOf(t), t.id];
  return Buffer.from((sort === 'newest' ? parts : [sort, ...parts]).join('|')).toString('base64url');
}
