import type { TransactionJson } from '@vigil/contracts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Cheap structural check of what the dashboard reads from a transaction. Everything from the wire is checked
 * once on arrival so one malformed event cannot break the feed.
 */
export function isTransactionJson(value: unknown): value is TransactionJson {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.status === 'string' &&
    typeof value.version === 'number' &&
    typeof value.createdAt === 'string' &&
    typeof value.updatedAt === 'string' &&
    typeof value.score === 'number' &&
    isRecord(value.customer)
  );
}

/** A live event payload (one transaction or a batch of them) as a list of well-formed transactions. */
export function toTransactionList(payload: unknown): TransactionJson[] {
  const list: unknown[] = Array.isArray(payload) ? payload : [payload];
  return list.filter(isTransactionJson);
}
