import type { DecisionJson, DeliveryJson } from './decisions.js';
import type { FieldCutJson } from './stored-lengths.js';

export const TRANSACTION_STATUSES = ['approved', 'review', 'blocked'] as const;
export type TransactionStatus = (typeof TRANSACTION_STATUSES)[number];

/**
 * Labels on a transaction (docs/detection.md "Labels"). From later provider events: `refunded`, `disputed`,
 * `fraud_warning`, and `provider_fraud` when a dispute's or refund's reason is `fraudulent`. From reviewers:
 * `fraud` / `not_fraud` (at most one of the two: the latest verdict).
 */
export const TRANSACTION_LABELS = [
  'refunded',
  'disputed',
  'fraud_warning',
  'provider_fraud',
  'fraud',
  'not_fraud',
] as const;
export type TransactionLabel = (typeof TRANSACTION_LABELS)[number];

export const CHECK_RESULTS = ['pass', 'fail', 'partial', 'unavailable', 'unchecked'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];

export interface SignalJson {
  code: string;
  description: string;
  points: number;
}

export interface AddressJson {
  country: string | null;
  postalCode: string | null;
  city: string | null;
  line1: string | null;
}

export interface CustomerJson {
  id: string | null;
  email: string | null;
  name: string | null;
}

/** Never a full card number: BIN (first 6) and last 4 at most. */
export interface CardJson {
  bin: string | null;
  last4: string | null;
  brand: string | null;
  country: string | null;
  fingerprint: string | null;
}

export interface ChecksJson {
  avs: CheckResult | null;
  cvc: CheckResult | null;
}

/**
 * The transaction as list items, detail and live events share it (docs/api.md#transactions-and-decisions).
 */
export interface TransactionJson {
  id: string;
  sourceId: string;
  orderId: string | null;
  paymentId: string | null;
  status: TransactionStatus;
  version: number;
  amount: number | null;
  currency: string | null;
  score: number;
  signals: SignalJson[];
  labels: TransactionLabel[];
  customer: CustomerJson;
  billing: AddressJson;
  shipping: AddressJson;
  ip: string | null;
  ipCountry: string | null;
  deviceId: string | null;
  card: CardJson;
  checks: ChecksJson;
  claimedBy: string | null;
  decidedBy: string | null;
  createdAt: string;
  updatedAt: string;
  /*
   * Review-queue fields. Always present in API and live responses; optional here only so producers written
   * before them still type-check.
   */
  /** Email of the user in `claimedBy`; both null when nobody holds an unexpired claim. */
  claimedByEmail?: string | null;
  /** When the current claim lapses (others may then claim it). */
  claimExpiresAt?: string | null;
  /** When the transaction was (last) held for review; kept after a decision. */
  heldAt?: string | null;
  /** While held: when the source's hold policy (approve, block or escalate) applies. */
  holdDeadline?: string | null;
  /** The hold ran out under an `escalate` policy: still held, flagged for attention. */
  escalated?: boolean;
  /** When a person or an expired hold decided it; null for automatic verdicts. */
  decidedAt?: string | null;
  /** The risk engine's one-sentence account of its automatic verdict (what decided the outcome). */
  riskReason?: string | null;
}

export interface TimelineEntryJson {
  id: string;
  eventId: string;
  type: string;
  occurredAt: string;
  receivedAt: string;
  /** The provider's payload with card numbers masked. */
  payload: unknown;
  /** Values of this event longer than Vigil stores, cut to fit (empty when nothing was cut). */
  cuts: FieldCutJson[];
}

export interface TransactionDetailJson extends TransactionJson {
  timeline: TimelineEntryJson[];
  decisions: DecisionJson[];
  deliveries: DeliveryJson[];
}

/** `sort` of `GET /api/transactions`: newest first (default), longest-held first, highest score, largest amount. */
export const TRANSACTION_SORTS = ['newest', 'waiting', 'risk', 'amount'] as const;
export type TransactionSort = (typeof TRANSACTION_SORTS)[number];
