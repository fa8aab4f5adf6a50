import { normalizeCurrency } from '../currency.js';
import type { NormalizedEvent } from '../normalized-event.js';
import { stripeChecks } from './checks.js';
import { paymentMethodOf } from './payment-method.js';
import { address, asObject, card, fill, firstOf, idOf, int, str, type JsonObject } from './read.js';

/**
 * Readers for the Stripe objects inside `event.data.object`. Each only fills fields still null, so the
 * primary object (e.g. a PaymentIntent) wins over the objects expanded inside it (its latest charge).
 */

/** Stores pass their own order id in metadata; both spellings are common. */
function metadataOrderId(metadata: unknown): string | null {
  const m = asObject(metadata);
  return m ? (idOf(m['order_id']) ?? idOf(m['orderId'])) : null;
}

function stripeAddress(value: unknown): NormalizedEvent['billing'] {
  const a = asObject(value);
  return a
    ? address({ country: a['country'], postalCode: a['postal_code'], city: a['city'], line1: a['line1'] })
    : null;
}

function fillCustomer(
  event: NormalizedEvent,
  id: string | null,
  email: string | null,
  name: string | null,
): void {
  event.customer.id ??= id;
  event.customer.email ??= email;
  event.customer.name ??= name;
}

/** Amount and currency as sent, if they are well-formed (validated earlier for the event's main object). */
function fillMoney(event: NormalizedEvent, object: JsonObject): void {
  fill(event, 'amount', int(object['amount']));
  fill(event, 'currency', normalizeCurrency(object['currency']));
}

/** A card as it appears on `payment_method_details.card` and on PaymentMethod objects. */
function fillCard(event: NormalizedEvent, value: unknown): void {
  const c = asObject(value);
  if (!c) return;
  fill(
    event,
    'card',
    card({
      bin: c['iin'],
      last4: c['last4'],
      brand: c['brand'],
      country: c['country'],
      fingerprint: c['fingerprint'],
    }),
  );
  const checks = stripeChecks(c['checks']);
  event.checks.avs ??= checks.avs;
  event.checks.cvc ??= checks.cvc;
}

/** `billing_details` of a charge or PaymentMethod: the billing address and who paid. */
function fillBillingDetails(event: NormalizedEvent, value: unknown): void {
  const details = asObject(value);
  if (!details) return;
  fill(event, 'billing', stripeAddress(details['address']));
  fillCustomer(event, null, str(details['email']), str(details['name']));
}

export function applyCharge(event: NormalizedEvent, charge: JsonObject): void {
  // Charges of a PaymentIntent are merged under the intent's id, which every later event also names.
  fill(event, 'paymentId', idOf(charge['payment_intent']) ?? idOf(charge['id']));
  fill(event, 'orderId', metadataOrderId(charge['metadata']));
  fillMoney(event, charge);
  fillBillingDetails(event, charge['billing_details']);
  fillCustomer(event, idOf(charge['customer']), str(charge['receipt_email']), null);
  fill(event, 'shipping', stripeAddress(asObject(charge['shipping'])?.['address']));
  const details = asObject(charge['payment_method_details']);
  fillCard(event, details?.['card']);
  fill(event, 'paymentMethod', paymentMethodOf(details?.['type']));
  const outcome = asObject(charge['outcome']);
  const level = str(outcome?.['risk_level']);
  const score = int(outcome?.['risk_score']);
  if (level !== null || score !== null) fill(event, 'providerRisk', { level, score });
}

export function applyPaymentIntent(event: NormalizedEvent, intent: JsonObject): void {
  fill(event, 'paymentId', idOf(intent['id']));
  fill(event, 'orderId', metadataOrderId(intent['metadata']));
  fillMoney(event, intent);
  fillCustomer(event, idOf(intent['customer']), str(intent['receipt_email']), null);
  fill(event, 'shipping', stripeAddress(asObject(intent['shipping'])?.['address']));
  const latestCharge = asObject(intent['latest_charge']); // only when the webhook was sent expanded
  if (latestCharge) applyCharge(event, latestCharge);
  // API versions before 2022-11-15 embed the charges instead, newest first (docs/operations.md#connecting-stripe).
  const embeddedCharge = firstOf(asObject(intent['charges'])?.['data'], asObject);
  if (embeddedCharge) applyCharge(event, embeddedCharge);
  // A failed attempt carries the PaymentMethod it tried, with its card checks and billing details.
  const paymentMethod = asObject(asObject(intent['last_payment_error'])?.['payment_method']);
  if (paymentMethod) {
    fillCard(event, paymentMethod['card']);
    fill(event, 'paymentMethod', paymentMethodOf(paymentMethod['type']));
    fillBillingDetails(event, paymentMethod['billing_details']);
  }
}

/** Disputes, early fraud warnings and reviews point at a charge and (usually) its PaymentIntent. */
export function applyChargeReference(event: NormalizedEvent, object: JsonObject): void {
  fill(event, 'paymentId', idOf(object['payment_intent']) ?? idOf(object['charge']));
  fill(event, 'orderId', metadataOrderId(object['metadata']));
  fillMoney(event, object);
  const charge = asObject(object['charge']);
  if (charge) applyCharge(event, charge);
}

/** Radar reviews know the buyer's IP address, which charges do not carry. */
export function applyReview(event: NormalizedEvent, review: JsonObject): void {
  applyChargeReference(event, review);
  fill(event, 'ip', str(review['ip_address']));
}
