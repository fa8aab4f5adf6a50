import type { TransactionLabel } from '@vigil/contracts';
import type { NormalizedEvent, NormalizedEventKind } from '../normalized-event.js';
import { address, card, emptyEvent, isoDate, str, type NormalizeResult } from './read.js';
import { summarizeItems } from './items.js';
import { paymentMethodOf } from './payment-method.js';
import { describeIssues, standardBodySchema } from './standard-schema.js';

const KIND_BY_PREFIX: Readonly<Record<string, NormalizedEventKind>> = {
  order: 'order',
  payment: 'payment',
  refund: 'refund',
  dispute: 'dispute',
  fraud_warning: 'fraud_warning',
};

const LABEL_BY_TYPE: Readonly<Partial<Record<string, TransactionLabel>>> = {
  'refund.created': 'refunded',
  'dispute.created': 'disputed',
  'fraud_warning.created': 'fraud_warning',
};

/** Vigil's canonical body maps 1:1 onto the normalized event. */
export function normalizeStandard(body: unknown, eventId: string): NormalizeResult {
  const parsed = standardBodySchema.safeParse(body);
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error.issues) };
  const { type, timestamp, data } = parsed.data;

  const event: NormalizedEvent = emptyEvent('standard', eventId, type);
  event.kind = KIND_BY_PREFIX[type.slice(0, type.indexOf('.'))] ?? 'other';
  event.scorable = true;
  event.occurredAt = isoDate(timestamp);
  event.orderId = data.orderId ?? null;
  event.paymentId = data.paymentId ?? null;
  event.amount = data.amount ?? null;
  event.currency = data.currency ?? null;
  event.customer = {
    id: data.customer?.id ?? null,
    email: str(data.customer?.email),
    name: str(data.customer?.name),
    createdAt: isoDate(data.customer?.createdAt),
  };
  event.billing = data.billing ? address(data.billing) : null;
  event.shipping = data.shipping ? address(data.shipping) : null;
  event.ip = str(data.ip);
  event.deviceId = data.deviceId ?? null;
  event.userAgent = str(data.userAgent);
  event.card = data.card ? card(data.card) : null;
  event.checks = { avs: data.checks?.avs ?? null, cvc: data.checks?.cvc ?? null };
  event.items = summarizeItems(data.items);
  event.paymentMethod = paymentMethodOf(data.paymentMethod) ?? (event.card ? 'card' : null);
  event.paymentOutcome =
    type === 'payment.succeeded' ? 'succeeded' : type === 'payment.failed' ? 'failed' : null;
  const label = LABEL_BY_TYPE[type];
  event.labels = label ? [label] : [];
  event.labelReason = label ? str(data.reason) : null;
  event.declineCode = type === 'payment.failed' ? str(data.reason) : null;
  event.cancelled = type === 'order.cancelled';
  return { ok: true, event };
}
