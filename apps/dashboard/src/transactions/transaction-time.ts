import type { TransactionJson } from '@vigil/contracts';

const createdCache = new WeakMap<TransactionJson, number>();

/** `createdAt` in epoch ms, parsed once per object (sorting and windowing ask for it often). */
export function createdMs(tx: TransactionJson): number {
  let ms = createdCache.get(tx);
  if (ms === undefined) {
    ms = Date.parse(tx.createdAt);
    if (Number.isNaN(ms)) ms = 0;
    createdCache.set(tx, ms);
  }
  return ms;
}

export function updatedMs(tx: TransactionJson): number {
  const ms = Date.parse(tx.updatedAt);
  return Number.isNaN(ms) ? 0 : ms;
}

/** Sort order of every list: newest `createdAt` first, id as a stable tie-break. */
export function newestFirst(a: TransactionJson, b: TransactionJson): number {
  const diff = createdMs(b) - createdMs(a);
  if (diff !== 0) return diff;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** True when `next` is a later state of the same transaction than `prev` (version, then updatedAt). */
export function supersedes(next: TransactionJson, prev: TransactionJson): boolean {
  if (next.version !== prev.version) return next.version > prev.version;
  return updatedMs(next) > updatedMs(prev);
}
