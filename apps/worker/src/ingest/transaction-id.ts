import { createHash } from 'node:crypto';

/** Fixed namespace of Vigil's name-based transaction ids (any constant UUID works; this one is Vigil's). */
const NAMESPACE = Buffer.from('6f1c9a2e4b7d4e0f9a3c5d8e1f2a4b6c', 'hex');

/**
 * A new transaction's id, derived from its source and merge key (RFC 9562 version 5). Stable across
 * retries, so a batch that is rolled back and done again counts the same transaction in the velocity
 * windows, not a second one; (source, merge key) is unique, so the id is too.
 */
export function transactionIdFor(sourceId: string, mergeKey: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(`${sourceId}|${mergeKey}`).digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
