import type { TransactionLabel } from '@vigil/contracts';
import { normalizeCurrency } from '../currency.js';
import type { NormalizedEvent, NormalizedEventKind } from '../normalized-event.js';
import { asObject, emptyEvent, str, unixSecondsDate, type JsonObject, type NormalizeResult } from './read.js';
import { applyCharge, applyChargeReference, applyPaymentIntent, applyReview } from './stripe-objects.js';

interface StripeTypeInfo {
  kind: NormalizedEventKind;
  apply: (event: NormalizedEvent, object: JsonObject) => void;
  outcome?: NormalizedEvent['paymentOutcome'];
  label?: TransactionLabel;
  /** The object's `amount` is the whole payment's even though the event only labels it. */
  amountIsTransactionTotal?: boolean;
}

/** The Stripe event types docs/api.md lists as understood (scored); everything else is kept as `other`. */
const STRIPE_TYPES = new Map<string, StripeTypeInfo>([
  ['payment_intent.succeeded', { kind: 'payment', apply: applyPaymentIntent, outcome: 'succeeded' }],
  ['payment_intent.payment_failed', { kind: 'payment', apply: applyPaymentIntent, outcome: 'failed' }],
  ['payment_intent.canceled', { kind: 'payment', apply: applyPaymentIntent, outcome: 'canceled' }],
  [
    'payment_intent.requires_action',
    { kind: 'payment', apply: applyPaymentIntent, outcome: 'requires_action' },
  ],
  ['charge.succeeded', { kind: 'payment', apply: applyCharge, outcome: 'succeeded' }],
  ['charge.failed', { kind: 'payment', apply: applyCharge, outcome: 'failed' }],
  ['charge.captured', { kind: 'payment', apply: applyCharge, outcome: 'succeeded' }],
  // A refunded charge still says what was charged (`amount`); the refund itself is `amount_refunded`.
  [
    'charge.refunded',
    { kind: 'refund', apply: applyCharge, label: 'refunded', amountIsTransactionTotal: true },
  ],
  ['charge.dispute.created', { kind: 'dispute', apply: applyChargeReference, label: 'disputed' }],
  [
    'radar.early_fraud_warning.created',
    { kind: 'fraud_warning', apply: applyChargeReference, label: 'fraud_warning' },
  ],
  ['review.opened', { kind: 'review', apply: applyReview }],
  ['review.closed', { kind: 'review', apply: applyReview }],
]);

/** A Stripe Event `{id, type, created, data: {object}}`. */
export function normalizeStripe(body: unknown): NormalizeResult {
  const envelope = asObject(body);
  if (!envelope) return { ok: false, reason: 'body must be a JSON object (a Stripe event)' };
  const eventId = str(envelope['id']);
  if (eventId === null)
    return { ok: false, reason: 'id must be the Stripe event id (a string such as evt_…)' };
  const type = str(envelope['type']);
  if (type === null) return { ok: false, reason: 'type must be the Stripe event type (a string)' };

  const event = emptyEvent('stripe', eventId, type);
  event.occurredAt = unixSecondsDate(envelope['created']);
  const info = STRIPE_TYPES.get(type);
  if (!info) return { ok: true, event };

  const object = asObject(asObject(envelope['data'])?.['object']);
  if (!object) return { ok: false, reason: 'data.object must be an object' };
  const invalid = checkMoney(object);
  if (invalid) return { ok: false, reason: invalid };

  event.kind = info.kind;
  event.scorable = true;
  event.paymentOutcome = info.outcome ?? null;
  event.labels = info.label ? [info.label] : [];
  if (info.amountIsTransactionTotal) event.amountIsTransactionTotal = true;
  info.apply(event, object);
  if (info.label) event.labelReason = stripeLabelReason(info.kind, object);
  if (info.outcome === 'failed') event.declineCode = stripeDeclineCode(object);
  return { ok: true, event };
}

/**
 * A dispute's `reason`, an early fraud warning's `fraud_type`; for a refunded charge, `fraudulent` when a
 * refund says so or the merchant reported the charge (`fraud_details.user_report`), else the first reason.
 */
function stripeLabelReason(kind: NormalizedEventKind, object: JsonObject): string | null {
  if (kind === 'dispute') return str(object['reason']);
  if (kind === 'fraud_warning') return str(object['fraud_type']);
  const refunds = asObject(object['refunds'])?.['data'];
  const reasons = (Array.isArray(refunds) ? refunds : []).map((r) => str(asObject(r)?.['reason']));
  const reported = str(asObject(object['fraud_details'])?.['user_report']);
  if (reported === 'fraudulent' || reasons.includes('fraudulent')) return 'fraudulent';
  return reasons.find((reason) => reason !== null) ?? null;
}

/**
 * Why a payment failed: a PaymentIntent's `last_payment_error.decline_code` (else its `code`), a charge's
 * `outcome.reason` (else its `failure_code`): the issuer's own word (`stolen_card`) before the generic one.
 */
function stripeDeclineCode(object: JsonObject): string | null {
  const error = asObject(object['last_payment_error']);
  const outcome = asObject(object['outcome']);
  return (
    str(error?.['decline_code']) ??
    str(outcome?.['reason']) ??
    str(error?.['code']) ??
    str(object['failure_code'])
  );
}

/** The money fields are the ones a wrong value would silently mis-score, so they are refused, not ignored. */
function checkMoney(object: JsonObject): string | null {
  const amount = object['amount'];
  if (amount !== undefined && amount !== null && !(Number.isSafeInteger(amount) && (amount as number) >= 0)) {
    return 'data.object.amount must be an integer ≥ 0';
  }
  const currency = object['currency'];
  if (currency !== undefined && currency !== null && normalizeCurrency(currency) === null) {
    return 'data.object.currency must be an ISO 4217 code';
  }
  return null;
}
