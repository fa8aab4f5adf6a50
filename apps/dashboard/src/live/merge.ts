import type { TransactionJson } from '@vigil/contracts';
import { createdMs, newestFirst, supersedes } from '../transactions/transaction-time';

export interface Replacement {
  prev: TransactionJson;
  next: TransactionJson;
}

export interface MergeResult {
  /** Newest first, at most `cap` long. */
  items: readonly TransactionJson[];
  /** Transactions that were not in the list before (some may already be in `evicted`). */
  added: readonly TransactionJson[];
  /** Transactions that were in the list and are now replaced by a later state. */
  replaced: readonly Replacement[];
  /** Oldest transactions dropped to respect the cap. */
  evicted: readonly TransactionJson[];
}

/** Of several states of one transaction in a batch, the latest (a later arrival wins a tie). */
function latestById(incoming: readonly TransactionJson[]): Map<string, TransactionJson> {
  const latest = new Map<string, TransactionJson>();
  for (const tx of incoming) {
    const seen = latest.get(tx.id);
    if (!seen || !supersedes(seen, tx)) latest.set(tx.id, tx);
  }
  return latest;
}

/** Merges two lists that are each sorted newest first. */
function mergeSorted(a: readonly TransactionJson[], b: readonly TransactionJson[]): TransactionJson[] {
  const out: TransactionJson[] = new Array<TransactionJson>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = newestFirst(a[i], b[j]) <= 0 ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

/**
 * Applies a batch of live events (or an api page) to the newest-first list: a known id is replaced only by a
 * later state (so duplicates and out-of-order deliveries converge), a new id is inserted at its place by
 * `createdAt`, and the list is cut to `cap`. The input list is never mutated.
 */
export function mergeTransactions(
  current: readonly TransactionJson[],
  incoming: readonly TransactionJson[],
  cap: number,
): MergeResult {
  if (incoming.length === 0) return { items: current, added: [], replaced: [], evicted: [] };

  const position = new Map<string, number>();
  for (let i = 0; i < current.length; i++) position.set(current[i].id, i);

  let items: TransactionJson[] | null = null;
  const added: TransactionJson[] = [];
  const replaced: Replacement[] = [];
  let resort = false;

  for (const tx of latestById(incoming).values()) {
    const index = position.get(tx.id);
    if (index === undefined) {
      added.push(tx);
      continue;
    }
    const prev = current[index];
    if (!supersedes(tx, prev)) continue;
    items ??= current.slice();
    items[index] = tx;
    replaced.push({ prev, next: tx });
    if (createdMs(tx) !== createdMs(prev)) resort = true;
  }

  if (added.length === 0 && replaced.length === 0) {
    return { items: current, added, replaced, evicted: [] };
  }

  let merged: TransactionJson[] = items ?? current.slice();
  if (added.length > 0) merged = mergeSorted(merged, added.sort(newestFirst));
  if (resort) merged.sort(newestFirst);
  const evicted = merged.length > cap ? merged.splice(cap) : [];
  return { items: merged, added, replaced, evicted };
}
