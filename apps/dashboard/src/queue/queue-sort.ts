import type { TransactionJson } from '@vigil/contracts';
import { heldSince } from '../transactions/review-fields';

export const QUEUE_SORTS = ['waiting', 'risk', 'amount'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export const QUEUE_SORT_LABEL: Record<QueueSort, string> = {
  waiting: 'Waiting longest',
  risk: 'Highest risk',
  amount: 'Largest amount',
};

export function isQueueSort(value: unknown): value is QueueSort {
  return typeof value === 'string' && (QUEUE_SORTS as readonly string[]).includes(value);
}

const byId = (a: TransactionJson, b: TransactionJson): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const heldMs = (tx: TransactionJson): number => Date.parse(heldSince(tx)) || 0;
const oldestFirst = (a: TransactionJson, b: TransactionJson): number => heldMs(a) - heldMs(b) || byId(a, b);

const COMPARE: Record<QueueSort, (a: TransactionJson, b: TransactionJson) => number> = {
  waiting: oldestFirst,
  risk: (a, b) => b.score - a.score || oldestFirst(a, b),
  // Amounts in different currencies are compared as their minor units: a rough but stable order.
  amount: (a, b) => (b.amount ?? -1) - (a.amount ?? -1) || oldestFirst(a, b),
};

/** The queue in the chosen order; ties go to whoever has waited longest. */
export function sortQueue(items: readonly TransactionJson[], sort: QueueSort): TransactionJson[] {
  return [...items].sort(COMPARE[sort]);
}
