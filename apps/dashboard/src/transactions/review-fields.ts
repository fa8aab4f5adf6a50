import type { TransactionJson } from '@vigil/contracts';

export interface ClaimInfo {
  userId: string;
  /** Email when the server sends it; null otherwise. */
  email: string | null;
  expiresAt: string | null;
}

function optionalString(value: string | null | undefined): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Who is on it, or null when nobody holds a live claim (an expired claim counts as none). */
export function claimOf(tx: TransactionJson, nowMs: number = Date.now()): ClaimInfo | null {
  if (!tx.claimedBy) return null;
  const expiresAt = optionalString(tx.claimExpiresAt);
  if (expiresAt !== null && Date.parse(expiresAt) <= nowMs) return null;
  return { userId: tx.claimedBy, email: optionalString(tx.claimedByEmail), expiresAt };
}

/** When the source's hold policy applies if nobody decides, or null when unknown. */
export function holdDeadlineOf(tx: TransactionJson): string | null {
  return optionalString(tx.holdDeadline);
}

/** Since when it has been waiting for a person: when it was held, else when it was created. */
export function heldSince(tx: TransactionJson): string {
  return optionalString(tx.heldAt) ?? tx.createdAt;
}

/** Signals that raised the score most, strongest first. */
export function topSignals(tx: TransactionJson, count: number): TransactionJson['signals'] {
  return [...(tx.signals ?? [])].sort((a, b) => b.points - a.points).slice(0, count);
}
