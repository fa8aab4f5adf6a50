import { type TransactionStatus } from '@vigil/contracts';
import { type TransactionEntity } from '@vigil/persistence';
import {
  addressIdentity,
  type AttributeValue,
  normalizeListItem,
  type RiskContext,
  type RiskInput,
  type RiskLists,
  type RiskOutcome,
} from '@vigil/risk-engine';
import { type NormalizedEvent } from '@vigil/webhooks';
import { cardIdentity, ipNetwork } from './velocity-plan.js';
import { type VelocityObservation, type VelocityReading } from './velocity-store.js';

const DAY_MS = 86_400_000;

export const STATUS_BY_OUTCOME: Record<RiskOutcome, TransactionStatus> = {
  approve: 'approved',
  review: 'review',
  block: 'blocked',
};

/** The event's meaning in Vigil's canonical type names ('order.created', 'payment.failed', …). */
export function canonicalEventType(
  event: Pick<NormalizedEvent, 'source' | 'providerType' | 'kind' | 'paymentOutcome' | 'cancelled'>,
): string {
  if (event.source === 'standard') return event.providerType;
  switch (event.kind) {
    case 'order':
      if (event.cancelled) return 'order.cancelled';
      return event.providerType === 'orders/create' ? 'order.created' : 'order.updated';
    case 'payment':
      return `payment.${event.paymentOutcome ?? 'created'}`;
    case 'refund':
    case 'dispute':
    case 'fraud_warning':
      return `${event.kind}.created`;
    default:
      return event.providerType;
  }
}

/** The merged transaction's fields that scoring reads (a TransactionEntity, or a batch's in-memory view). */
export type ScoredTransaction = Pick<
  TransactionEntity,
  | 'id'
  | 'sourceId'
  | 'amount'
  | 'currency'
  | 'customerId'
  | 'customerEmail'
  | 'billing'
  | 'shipping'
  | 'ip'
  | 'deviceId'
  | 'card'
  | 'checks'
  | 'riskSnapshot'
>;

export interface ObservationMeta {
  sourceId: string;
  eventId: string;
  /** Event time, clamped to receipt. */
  occurredAt: Date;
}

/**
 * Decline codes by which the card's issuer (or the provider's own screening) says the card is not the payer's:
 * Stripe's decline codes and the names other senders use for the same answers. An honest shopper's decline is
 * funds, limits, a mistyped code or an abandoned 3-D Secure step, never these (docs/detection.md).
 */
const FRAUD_DECLINE_CODES: ReadonlySet<string> = new Set([
  'stolen_card',
  'lost_card',
  'pickup_card',
  'fraudulent',
  'suspected_fraud',
  'merchant_blacklist',
  'restricted_card',
  'security_violation',
]);

/** What the merged transaction and this event tell the velocity counters. */
export function toObservation(
  tx: ScoredTransaction,
  event: NormalizedEvent,
  meta: ObservationMeta,
): VelocityObservation {
  const createdAt = event.customer.createdAt?.getTime();
  const ip = tx.ip ? normalizeListItem('ip', tx.ip) : null;
  const record = event.kind === 'order' || event.kind === 'payment';
  const failedPayment = event.paymentOutcome === 'failed';
  const fraudDecline =
    failedPayment && FRAUD_DECLINE_CODES.has(event.declineCode?.trim().toLowerCase() ?? '');
  return {
    at: meta.occurredAt.getTime(),
    transactionKey: `${tx.sourceId}|${tx.id}`,
    eventKey: `${meta.sourceId}|${meta.eventId}`,
    email: tx.customerEmail ? normalizeListItem('email', tx.customerEmail) : null,
    ip,
    deviceId: tx.deviceId?.trim() || null,
    customerId: tx.customerId?.trim() || null,
    card: cardIdentity(tx.card),
    ipNetwork: ipNetwork(ip),
    shippingAddress: addressIdentity(tx.shipping),
    basket: tx.currency ? `${tx.sourceId}|${tx.currency}` : null,
    amount: tx.amount,
    record,
    purchase: record && !failedPayment,
    failedPayment,
    fraudDecline,
    customerCreatedAt: createdAt !== undefined && Number.isFinite(createdAt) ? createdAt : null,
    disputed: event.labels.includes('disputed'),
    fraudWarning: event.labels.includes('fraud_warning'),
  };
}

export interface Enrichment {
  ipCountry: string | null;
  hostingIp: boolean | null;
  hostingProvider: string | null;
  disposableEmail: boolean | null;
  privacyRelayEmail: boolean | null;
  freeEmail: boolean | null;
  reading: VelocityReading;
  lists: RiskLists;
}

/** Whole days between the customer's creation (or first sighting) and the event; never negative. */
export function customerAgeDays(since: number | null, at: number): number | null {
  if (since === null || !Number.isFinite(since)) return null;
  return Math.max(0, Math.floor((at - since) / DAY_MS));
}

/** The engine's input: the merged transaction's fields plus the worker's enrichment. */
export function toRiskInput(
  tx: ScoredTransaction,
  event: NormalizedEvent,
  at: Date,
  enrichment: Enrichment,
): RiskInput {
  const previous = tx.riskSnapshot ?? {};
  // Only payment events carry the provider's verdict; later events of the transaction keep the last one.
  const providerRisk = event.providerRisk ?? {
    level: stringOf(previous['provider_risk_level']),
    score: numberOf(previous['provider_risk_score']),
  };
  // The order or its payment names the method; a later event (a refund, an update) keeps what was said.
  const paymentMethod = event.paymentMethod ?? stringOf(previous['payment_method']);
  // Lines come with the order; a later payment event keeps what the order said.
  const items = event.items ?? {
    lines: numberOf(previous['item_lines']),
    units: numberOf(previous['item_units']),
    maxQuantity: numberOf(previous['max_item_quantity']),
    text: stringOf(previous['item_text']),
  };
  const createdAt = event.customer.createdAt?.getTime() ?? null;
  return {
    eventType: canonicalEventType(event),
    kind: event.kind,
    sourceKind: event.source,
    amount: tx.amount,
    currency: tx.currency,
    customer: { id: tx.customerId, email: tx.customerEmail },
    billing: tx.billing,
    shipping: tx.shipping,
    ip: tx.ip,
    deviceId: tx.deviceId,
    card: tx.card,
    checks: tx.checks,
    providerRisk,
    items,
    paymentMethod,
    ipCountry: enrichment.ipCountry,
    hostingIp: enrichment.hostingIp,
    hostingProvider: enrichment.hostingProvider,
    disposableEmail: enrichment.disposableEmail,
    privacyRelayEmail: enrichment.privacyRelayEmail,
    freeEmail: enrichment.freeEmail,
    customerAgeDays: customerAgeDays(createdAt ?? enrichment.reading.customerSince, at.getTime()),
    velocity: enrichment.reading.velocity,
    history: enrichment.reading.history,
    novelty: enrichment.reading.novelty,
    lists: enrichment.lists,
  };
}

/** The attributes a verdict was computed from, without the missing ones (kept on the transaction). */
export function riskSnapshot(ctx: RiskContext): Record<string, string | number | boolean> {
  const snapshot: Record<string, string | number | boolean> = {};
  const { attributes } = ctx;
  // Keys, not entries: no pair array per attribute, once per scored event (docs/profile.md).
  for (const name of Object.keys(attributes)) {
    const value: AttributeValue | undefined = attributes[name];
    if (value !== undefined && value !== null && value !== '') snapshot[name] = value;
  }
  return snapshot;
}

const stringOf = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const numberOf = (value: unknown): number | null => (typeof value === 'number' ? value : null);
