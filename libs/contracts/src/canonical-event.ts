import type { CheckResult } from './transaction.js';

/** Event types of Vigil's own canonical (Standard Webhooks) body. */
export const CANONICAL_EVENT_TYPES = [
  'order.created',
  'order.updated',
  'order.cancelled',
  'payment.succeeded',
  'payment.failed',
  'refund.created',
  'dispute.created',
  'fraud_warning.created',
] as const;
export type CanonicalEventType = (typeof CANONICAL_EVENT_TYPES)[number];

export interface CanonicalAddress {
  country?: string;
  postalCode?: string;
  city?: string;
  line1?: string;
}

export interface CanonicalEventData {
  orderId?: string;
  paymentId?: string;
  amount?: number;
  currency?: string;
  customer?: { id?: string; email?: string; name?: string; createdAt?: string };
  billing?: CanonicalAddress;
  shipping?: CanonicalAddress;
  ip?: string;
  deviceId?: string;
  userAgent?: string;
  card?: { bin?: string; last4?: string; brand?: string; country?: string; fingerprint?: string };
  checks?: { avs?: CheckResult; cvc?: CheckResult };
  items?: Array<{ sku?: string; quantity?: number; price?: number }>;
  /** How it was paid, in the store's own words: `card`, `paypal`, `cod`, `klarna`, `upi`… (docs/api.md#payment-methods). */
  paymentMethod?: string;
}

export interface CanonicalEvent {
  type: CanonicalEventType;
  timestamp?: string;
  data: CanonicalEventData;
}
