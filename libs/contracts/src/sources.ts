import type { HoldExpiryPolicy } from './decisions.js';

export const SOURCE_KINDS = ['stripe', 'shopify', 'standard'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface CreateSourceRequest {
  name: string;
  kind: SourceKind;
  secret?: string;
  decisionUrl?: string | null;
  /** Default 10,000. */
  rateLimitPerSecond?: number;
  /** How long a transaction may stay held before `onHoldExpiry` applies (default 1440; fractions allowed). */
  holdMinutes?: number;
  /** Default `escalate`: the transaction stays held and is flagged `escalated`. */
  onHoldExpiry?: HoldExpiryPolicy;
  /** Also send `transaction.decided` webhooks for automatic approvals (default false). */
  notifyAutoApprovals?: boolean;
}

/** `PATCH /api/sources/:id`: at least one field. */
export interface UpdateSourceRequest {
  name?: string;
  decisionUrl?: string | null;
  rateLimitPerSecond?: number;
  holdMinutes?: number;
  onHoldExpiry?: HoldExpiryPolicy;
  notifyAutoApprovals?: boolean;
}

/** `POST /api/sources/:id/rotate`: the old secret keeps verifying for `graceHours` (default 24). */
export interface RotateSourceRequest {
  graceHours?: number;
  secret?: string;
}

export const SOURCE_RATE_LIMIT_MAX = 100_000;
export const SOURCE_ROTATION_GRACE_HOURS_DEFAULT = 24;

export interface SourceJson {
  id: string;
  name: string;
  kind: SourceKind;
  ingestUrl: string;
  decisionUrl: string | null;
  /** Webhooks accepted per second before 429. */
  rateLimitPerSecond: number;
  /** Hold policy (docs/api.md#transactions-and-decisions): see CreateSourceRequest. */
  holdMinutes: number;
  onHoldExpiry: HoldExpiryPolicy;
  notifyAutoApprovals: boolean;
  /** Until when the secret replaced by the last rotation still verifies; null when it no longer does. */
  previousSecretExpiresAt: string | null;
  createdAt: string;
}

/** Returned only by create and rotate: the only time the secret is shown. */
export interface SourceWithSecretJson extends SourceJson {
  secret: string;
}

export interface WebhookAck {
  received: true;
  duplicate: boolean;
}
