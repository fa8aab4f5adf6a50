import { FRAUDULENT_REASON, type TransactionLabel, type TransactionStatus } from '@vigil/contracts';
import { type NormalizedEvent, type NormalizedEventKind } from '@vigil/webhooks';

/** Columns merged from events by event time (see merge-transaction.ts); jsonb columns as JSON text. */
export interface TransactionFields {
  order_id: string | null;
  payment_id: string | null;
  amount: number | null;
  currency: string | null;
  customer_id: string | null;
  customer_email: string | null;
  customer_name: string | null;
  billing: string | null;
  shipping: string | null;
  ip: string | null;
  device_id: string | null;
  card: string | null;
  checks: string | null;
}

/** Column values one event contributes to its transaction; `null` means "this event did not say". */
export interface TransactionRow extends TransactionFields {
  /** The key a new transaction gets; an existing one of the same order or payment is found first. */
  merge_key: string;
  /** Used when this event creates the transaction. */
  status: TransactionStatus;
  labels: TransactionLabel[];
  /** The provider's reason behind this event's labels (kept on the event row). */
  label_reason: string | null;
  /** The event's own time (clamped to receipt). */
  occurred_at: Date;
  /** The provider's event id: orders two events of the same time, so every replica picks the same value. */
  event_id: string;
}

/** Events of one order find each other by order id, else by payment id. */
export function mergeKeyOf(event: Pick<NormalizedEvent, 'orderId' | 'paymentId'>): string | null {
  if (event.orderId) return `order:${event.orderId}`;
  if (event.paymentId) return `payment:${event.paymentId}`;
  return null;
}

/**
 * The event's own time, never later than its receipt (late retries score as they happened:
 * libs/risk-engine/ATTRIBUTES.md#evaluation-context).
 */
export function effectiveTime(event: Pick<NormalizedEvent, 'occurredAt'>, receivedAt: Date): Date {
  const occurred = event.occurredAt;
  return occurred && occurred.getTime() <= receivedAt.getTime() ? occurred : receivedAt;
}

/**
 * Refunds, disputes and fraud warnings only label a transaction: their amount is the refunded or disputed
 * sum (possibly partial), never the order's, unless the normalizer says it is the whole transaction's.
 */
const LABEL_ONLY_KINDS: ReadonlySet<NormalizedEventKind> = new Set(['refund', 'dispute', 'fraud_warning']);

/** A dispute or refund whose reason is `fraudulent` also counts as fraud (docs/detection.md "Labels"). */
export function providerLabels(
  event: Pick<NormalizedEvent, 'kind' | 'labels' | 'labelReason'>,
): TransactionLabel[] {
  const fraudulent =
    (event.kind === 'dispute' || event.kind === 'refund') && event.labelReason === FRAUDULENT_REASON;
  return fraudulent ? [...event.labels, 'provider_fraud'] : event.labels;
}

const json = (value: unknown): string | null =>
  value === null || value === undefined ? null : JSON.stringify(value);

export function toTransactionRow(
  event: NormalizedEvent,
  mergeKey: string,
  occurredAt: Date,
  status: TransactionStatus,
): TransactionRow {
  const hasChecks = event.checks.avs !== null || event.checks.cvc !== null;
  const labelOnly = LABEL_ONLY_KINDS.has(event.kind) && event.amountIsTransactionTotal !== true;
  return {
    merge_key: mergeKey,
    order_id: event.orderId,
    payment_id: event.paymentId,
    status,
    amount: labelOnly ? null : event.amount,
    currency: labelOnly ? null : event.currency,
    labels: providerLabels(event),
    label_reason: event.labels.length > 0 ? (event.labelReason?.slice(0, 100) ?? null) : null,
    customer_id: event.customer.id,
    customer_email: event.customer.email?.toLowerCase() ?? null,
    customer_name: event.customer.name,
    billing: json(event.billing),
    shipping: json(event.shipping),
    ip: event.ip,
    device_id: event.deviceId,
    card: json(event.card),
    checks: hasChecks ? json(event.checks) : null,
    occurred_at: occurredAt,
    event_id: event.eventId,
  };
}
