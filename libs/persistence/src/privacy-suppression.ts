import { createHmac } from 'node:crypto';
import { deriveKey } from './secret-box.js';

/** Identifiers an erased customer is suppressed by. Customer ids are a store's own, so they carry the source. */
export type SuppressedIdentifier =
  { kind: 'email'; email: string } | { kind: 'customer_id'; sourceId: string; customerId: string };

/** The key of suppression hashes: keyed, so a list of erased customers cannot be checked against guesses. */
export function suppressionKey(secretKey: string): Buffer {
  return deriveKey(secretKey, 'privacy-suppression');
}

/** The hash a suppression is stored and looked up by (e-mails compared lower-case). */
export function suppressionHash(key: Buffer, identifier: SuppressedIdentifier): string {
  const text =
    identifier.kind === 'email'
      ? `email:${identifier.email.trim().toLowerCase()}`
      : `customer_id:${identifier.sourceId}:${identifier.customerId}`;
  return createHmac('sha256', key).update(text, 'utf8').digest('hex');
}
