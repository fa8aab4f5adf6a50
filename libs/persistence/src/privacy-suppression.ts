import { createHmac } from 'node:crypto';
import { deriveKey } from './secret-box.js';

/** Identifiers an erased customer is suppressed by. Customer ids are a store's own, so they carry the source. */
export type SuppressedIdentifier =
  { kind: 'email'; email: string } | { kind: 'customer_id'; sourceId: string; customerId: string };

/** The key of suppression hashes: keyed, so a list of erased customers cannot be checked against guesses. */
export function suppressionKey(secretKey: string): Buffer {
  return deriveKey(secretKey, 'privacy-suppression');
}

/** What the hash is taken of (e-mails compared lower-case). */
function suppressionText(identifier: SuppressedIdentifier): string {
  return identifier.kind === 'email'
    ? `email:${identifier.email.trim().toLowerCase()}`
    : `customer_id:${identifier.sourceId}:${identifier.customerId}`;
}

const hmacHex = (key: Buffer, text: string): string =>
  createHmac('sha256', key).update(text, 'utf8').digest('hex');

/** The hash a suppression is stored and looked up by (e-mails compared lower-case). */
export function suppressionHash(key: Buffer, identifier: SuppressedIdentifier): string {
  return hmacHex(key, suppressionText(identifier));
}

/**
 * suppressionHash with a bounded memory of recent identifiers: the worker checks every event's e-mail and
 * customer id, and returning customers make most of them repeats (an HMAC is ~2 µs; docs/profile.md "Third
 * pass"). When full, the identifier seen least recently is forgotten. Same answers as suppressionHash.
 */
export class RecentSuppressionHashes {
  private readonly recent = new Map<string, string>();

  constructor(
    private readonly key: Buffer,
    private readonly capacity = 20_000,
  ) {}

  get size(): number {
    return this.recent.size;
  }

  hash(identifier: SuppressedIdentifier): string {
    const text = suppressionText(identifier);
    let hash = this.recent.get(text);
    if (hash === undefined) {
      hash = hmacHex(this.key, text);
      if (this.recent.size >= this.capacity) {
        const oldest = this.recent.keys().next();
        if (!oldest.done) this.recent.delete(oldest.value);
      }
    } else this.recent.delete(text);
    this.recent.set(text, hash);
    return hash;
  }
}
