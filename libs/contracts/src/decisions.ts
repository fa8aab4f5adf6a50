import type { ApiErrorJson } from './api-error.js';
import type { TransactionJson, TransactionStatus } from './transaction.js';

/** What a person (or an expired hold) does with a held transaction. */
export const DECISION_ACTIONS = ['approve', 'block'] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

/** The status each decision leaves the transaction in. */
export const STATUS_BY_DECISION: Readonly<Record<DecisionAction, TransactionStatus>> = {
  approve: 'approved',
  block: 'blocked',
};

/** Transaction fields a block decision can add to the default block lists (and the list each goes to). */
export const LISTABLE_FIELDS = ['email', 'card_fingerprint', 'ip', 'device_id', 'customer_id'] as const;
export type ListableField = (typeof LISTABLE_FIELDS)[number];
export const BLOCK_LIST_BY_FIELD: Readonly<Record<ListableField, string>> = {
  email: 'blocked_emails',
  card_fingerprint: 'blocked_cards',
  ip: 'blocked_ips',
  device_id: 'blocked_devices',
  customer_id: 'blocked_customers',
};

/** `POST /api/transactions/:id/decision`. `addToLists` only with `block`. */
export interface DecisionRequest {
  action: DecisionAction;
  note?: string;
  /** The `version` the reviewer saw: a stale one answers 409 with the current state. */
  version: number;
  addToLists?: ListableField[];
}

/** 409 of decisions and claims: the usual error plus the transaction as it is now. */
export interface DecisionConflictJson extends ApiErrorJson {
  current: TransactionJson;
}

/** `POST /api/transactions/decisions/bulk` (at most 500 items). */
export interface BulkDecisionRequest {
  action: DecisionAction;
  note?: string;
  items: Array<{ id: string; version: number }>;
}

/** One item's outcome: 200 with the updated transaction, 409 with the current one, or 404. */
export interface BulkDecisionItemJson {
  id: string;
  status: 200 | 404 | 409;
  transaction?: TransactionJson;
  current?: TransactionJson;
  message?: string;
}

export interface BulkDecisionResultJson {
  results: BulkDecisionItemJson[];
  decided: number;
  conflicts: number;
  notFound: number;
}

/** One decision on a held transaction (detail `decisions`, oldest first). */
export interface DecisionJson {
  id: string;
  action: DecisionAction;
  fromStatus: TransactionStatus;
  note: string | null;
  /** Why an automatic decision was taken (`hold expired`); null for a person's. */
  reason: string | null;
  /** Null for automatic decisions. */
  decidedBy: { id: string; email: string | null } | null;
  at: string;
}

/** What a source does with a transaction still held when its `holdMinutes` run out. */
export const HOLD_EXPIRY_POLICIES = ['approve', 'block', 'escalate'] as const;
export type HoldExpiryPolicy = (typeof HOLD_EXPIRY_POLICIES)[number];
export const HOLD_MINUTES_DEFAULT = 24 * 60;
/** 30 days. */
export const HOLD_MINUTES_MAX = 30 * 24 * 60;
export const HOLD_EXPIRED_REASON = 'hold expired';

/** Outbound decision webhook types (docs/api.md#outbound-decision-webhooks). */
export const DecisionWebhookType = {
  Held: 'transaction.held',
  Decided: 'transaction.decided',
} as const;
export type DecisionWebhookTypeName = (typeof DecisionWebhookType)[keyof typeof DecisionWebhookType];

/**
 * The body Vigil POSTs to a source's `decisionUrl`, signed with Standard Webhooks headers and the source's
 * secret. `decision` is `review` for `transaction.held`; `decidedBy` is the reviewer's email, or null when
 * Vigil decided automatically (risk rules, an expired hold).
 */
export interface DecisionWebhookJson {
  type: DecisionWebhookTypeName;
  timestamp: string;
  data: {
    transactionId: string;
    orderId: string | null;
    paymentId: string | null;
    decision: 'review' | 'approved' | 'blocked';
    reason: string | null;
    decidedBy: string | null;
  };
}

/** The exact body of a decision webhook (api and worker build it the same way). */
export function decisionWebhookBody(
  type: DecisionWebhookTypeName,
  at: Date,
  data: DecisionWebhookJson['data'],
): string {
  const body: DecisionWebhookJson = { type, timestamp: at.toISOString(), data };
  return JSON.stringify(body);
}

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One HTTP attempt of a delivery; `statusCode` null when no response came (timeout, refused). */
export interface DeliveryAttemptJson {
  attempt: number;
  at: string;
  url: string;
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
  ok: boolean;
  /** Started by `POST /api/deliveries/:id/redeliver`. */
  manual: boolean;
}

/** One outbound decision webhook message and its attempts (detail `deliveries`, `GET …/deliveries`). */
export interface DeliveryJson {
  id: string;
  /** The `webhook-id` header: the same for every attempt of this message. */
  messageId: string;
  transactionId: string;
  sourceId: string;
  type: DecisionWebhookTypeName;
  decision: DecisionWebhookJson['data']['decision'];
  status: DeliveryStatus;
  attemptCount: number;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
  attempts: DeliveryAttemptJson[];
}

/**
 * Retry schedule after a failed attempt (non-2xx or 10 s timeout): 2 s, 10 s, 30 s, 2 min, 10 min, 30 min,
 * then hourly for 24 h.
 */
export const DELIVERY_RETRY_DELAYS_MS: readonly number[] = [
  2_000,
  10_000,
  30_000,
  120_000,
  600_000,
  1_800_000,
  ...Array.from({ length: 24 }, () => 3_600_000),
];
export const DELIVERY_TIMEOUT_MS = 10_000;

/** The `webhook-id` of every attempt of a delivery. */
export const deliveryMessageId = (deliveryId: string): string => `msg_${deliveryId}`;

/** `GET /api/stats?window=`. */
export const STATS_WINDOWS = ['15m', '1h', '24h', '7d'] as const;
export type StatsWindow = (typeof STATS_WINDOWS)[number];

/** Amounts in minor units per ISO 4217 currency: `{"EUR": 12999, "USD": 500}` (currencies never mix). */
export type CurrencyAmounts = Record<string, number>;

/**
 * Counts by current status. `flagged` = not automatically approved: currently held or blocked, or approved
 * only after being held (so deciding a held order does not unflag it).
 */
export interface StatsCountsJson {
  count: number;
  amount: CurrencyAmounts;
  flagged: number;
  held: number;
  blocked: number;
  approved: number;
}

export interface StatsBucketJson extends StatsCountsJson {
  /** Start of the bucket. */
  at: string;
}

/**
 * Of the transactions created in the window: value held now, blocked, approved after a hold, and approved
 * then disputed or reported as fraud (`confirmedLossValue`).
 */
export interface MoneyAtRiskJson {
  heldValue: CurrencyAmounts;
  blockedValue: CurrencyAmounts;
  approvedAfterReviewValue: CurrencyAmounts;
  confirmedLossValue: CurrencyAmounts;
}

export interface StatsJson {
  window: StatsWindow;
  from: string;
  to: string;
  bucketSeconds: number;
  totals: StatsCountsJson;
  buckets: StatsBucketJson[];
  moneyAtRisk: MoneyAtRiskJson;
}

/** Audit actions of the review queue. */
export const DecisionAuditAction = {
  Decide: 'decision.create',
  /** The risk engine's verdict set or changed a transaction's status (written by the worker, no actor). */
  Automatic: 'decision.automatic',
  Expire: 'decision.hold_expired',
  Claim: 'transaction.claim',
  Release: 'transaction.release',
  Redeliver: 'delivery.redeliver',
} as const;
