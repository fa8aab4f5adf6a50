import { type TransactionStatus } from '@vigil/contracts';
import { type NormalizedEvent } from '@vigil/webhooks';

/** Column values one event contributes to its transaction; `null` means "this event did not say". */
export interface TransactionRow {
  merge_key: string;
  order_id: string | null;
  payment_id: string | null;
  status: TransactionStatus;
  amount: number | null;
  currency: string | null;
  labels: string[];
  customer_id: string | null;
  customer_email: string | null;
  customer_name: string | null;
  billing: string | null;
  shipping: string | null;
  ip: string | null;
  device_id: string | null;
  card: string | null;
  checks: string | null;
  occurred_at: Date;
}

/** Events of one order find each other by order id, else by payment id. */
export function mergeKeyOf(event: Pick<NormalizedEvent, 'orderId' | 'paymentId'>): string | null {
  if (event.orderId) return `order:${event.orderId}`;
  if (event.paymentId) return `payment:${event.paymentId}`;
  return null;
}

/** The event's own time, never later than its receipt (spec §3: late retries score as they happened). */
export function effectiveTime(event: Pick<NormalizedEvent, 'occurredAt'>, receivedAt: Date): Date {
  const occurred = event.occurredAt;
  return occurred && occurred.getTime() <= receivedAt.getTime() ? occurred : receivedAt;
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
  return {
    merge_key: mergeKey,
    order_id: event.orderId,
    payment_id: event.paymentId,
    status,
    amount: event.amount,
    currency: event.currency,
    labels: event.labels,
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
  };
}
