import type { TransactionJson, TransactionLabel } from './transaction.js';

/** What a reviewer may say about a transaction (`PUT /api/transactions/:id/label`). */
export const REVIEWER_VERDICTS = ['fraud', 'not_fraud'] as const;
export type ReviewerVerdict = (typeof REVIEWER_VERDICTS)[number];

/** Labels that make a transaction count as fraud, unless a reviewer said `not_fraud` (docs/detection.md). */
export const FRAUD_LABELS: readonly TransactionLabel[] = ['fraud', 'fraud_warning', 'provider_fraud'];

/** The ground truth quality, simulation and calibration use: a reviewer's verdict wins over providers'. */
export function isFraud(labels: readonly string[]): boolean {
  if (labels.includes('not_fraud')) return false;
  return labels.some((label) => (FRAUD_LABELS as readonly string[]).includes(label));
}

/** A provider reason that makes a dispute or a refund count as fraud (Stripe, Shopify, standard events). */
export const FRAUDULENT_REASON = 'fraudulent';

/** `PUT /api/transactions/:id/label`. */
export interface LabelRequest {
  label: ReviewerVerdict;
  /** Why (free text, card numbers masked). */
  note?: string;
}

export const LABEL_SOURCES = ['reviewer', 'provider'] as const;
export type LabelSource = (typeof LABEL_SOURCES)[number];

/** One entry of a transaction's label history, newest first. */
export interface LabelEntryJson {
  /** `null` for a reviewer's verdict being cleared by the owner. */
  label: TransactionLabel | null;
  source: LabelSource;
  /** The provider's reason (dispute `product_not_received`, refund `fraudulent`) or the reviewer's note. */
  reason: string | null;
  /** The reviewer; null for provider labels. */
  by: { id: string; email: string | null } | null;
  /** The provider event's type (`charge.dispute.created`); null for reviewers. */
  eventType: string | null;
  at: string;
}

/** `GET|PUT|DELETE /api/transactions/:id/label`: the labels now, the reviewer's verdict and the history. */
export interface TransactionLabelsJson {
  transaction: TransactionJson;
  /** The reviewer's current verdict, null when there is none. */
  verdict: LabelEntryJson | null;
  /** Whether the transaction counts as fraud for quality, simulation and calibration. */
  fraud: boolean;
  history: LabelEntryJson[];
}

export const LabelAuditAction = {
  Set: 'transaction.label',
  Clear: 'transaction.label_clear',
} as const;
