import { decimalToMinorUnits, normalizeCurrency } from '../currency.js';
import { providerEventId } from '../event-id.js';
import { headerValue, type WebhookHeaders } from '../headers.js';
import type { NormalizedEvent } from '../normalized-event.js';
import { shopifyAvs, shopifyCvv } from './checks.js';
import { summarizeItems } from './items.js';
import { paymentMethodOf } from './payment-method.js';
import {
  address,
  asObject,
  card,
  emptyEvent,
  firstOf,
  idString,
  isoDate,
  str,
  type JsonObject,
  type NormalizeResult,
} from './read.js';

const ORDER_TOPICS = new Set(['orders/create', 'orders/paid', 'orders/updated', 'orders/cancelled']);

/** A Shopify webhook: the topic header says what the body is (an order, a refund or a dispute). */
export function normalizeShopify(body: unknown, headers: WebhookHeaders): NormalizeResult {
  const topic = headerValue(headers, 'x-shopify-topic')?.trim();
  if (!topic) return { ok: false, reason: 'missing X-Shopify-Topic header' };
  const eventId = providerEventId('shopify', headers, body);
  if (eventId === null)
    return { ok: false, reason: 'missing X-Shopify-Event-Id (or X-Shopify-Webhook-Id) header' };
  const payload = asObject(body);
  if (!payload) return { ok: false, reason: 'body must be a JSON object' };

  const event = emptyEvent('shopify', eventId, topic);
  if (ORDER_TOPICS.has(topic)) return normalizeOrder(event, payload, topic);
  if (topic === 'refunds/create') return normalizeRefund(event, payload);
  if (topic === 'disputes/create') return normalizeDispute(event, payload);
  event.occurredAt = isoDate(payload['created_at']) ?? isoDate(payload['updated_at']);
  return { ok: true, event };
}

function normalizeOrder(event: NormalizedEvent, order: JsonObject, topic: string): NormalizeResult {
  const orderId = idString(order['id']);
  if (orderId === null) return { ok: false, reason: 'id must be the Shopify order id (a number)' };
  // A cancellation is an update of the order: its own time is `updated_at`, not when the order was placed.
  const isUpdate = topic === 'orders/updated' || topic === 'orders/cancelled';
  const priceField =
    topic === 'orders/updated' && order['current_total_price'] != null
      ? 'current_total_price'
      : 'total_price';
  const money = readMoney(order, priceField, 'currency');
  if (!money.ok) return money;

  event.kind = 'order';
  event.scorable = true;
  event.occurredAt = isUpdate
    ? (isoDate(order['updated_at']) ?? isoDate(order['created_at']))
    : isoDate(order['created_at']);
  event.orderId = orderId;
  event.orderName = str(order['name']);
  event.amount = money.amount;
  event.currency = money.currency;

  const customer = asObject(order['customer']);
  const name = [str(customer?.['first_name']), str(customer?.['last_name'])].filter((part) => part !== null);
  event.customer = {
    id: idString(customer?.['id']),
    email: str(customer?.['email']) ?? str(order['email']) ?? str(order['contact_email']),
    name: name.length > 0 ? name.join(' ') : null,
    createdAt: isoDate(customer?.['created_at']),
  };
  event.billing = shopifyAddress(order['billing_address']);
  event.shipping = shopifyAddress(order['shipping_address']);
  const client = asObject(order['client_details']);
  event.ip = str(order['browser_ip']) ?? str(client?.['browser_ip']);
  event.userAgent = str(client?.['user_agent']);
  applyPaymentDetails(event, order);
  event.paymentMethod = shopifyPaymentMethod(order, event);
  event.items = summarizeItems(order['line_items']);
  event.cancelled = topic === 'orders/cancelled';
  event.paymentOutcome = topic === 'orders/paid' ? 'succeeded' : null;
  return { ok: true, event };
}

function normalizeRefund(event: NormalizedEvent, refund: JsonObject): NormalizeResult {
  const orderId = idString(refund['order_id']);
  if (orderId === null) return { ok: false, reason: 'order_id must be the Shopify order id (a number)' };
  event.kind = 'refund';
  event.scorable = true;
  event.occurredAt = isoDate(refund['created_at']) ?? isoDate(refund['processed_at']);
  event.orderId = orderId;
  // A refund may be partial, so its amount is not the order's; only the currency is carried over.
  event.currency = firstOf(refund['transactions'], (t) => normalizeCurrency(asObject(t)?.['currency']));
  applyPaymentDetails(event, refund);
  event.labels = ['refunded'];
  return { ok: true, event };
}

function normalizeDispute(event: NormalizedEvent, dispute: JsonObject): NormalizeResult {
  const money = readMoney(dispute, 'amount', 'currency');
  if (!money.ok) return money;
  event.kind = 'dispute';
  event.scorable = true;
  event.occurredAt = isoDate(dispute['initiated_at']) ?? isoDate(dispute['created_at']);
  // Shopify leaves order_id null for disputes it cannot tie to an order; the event is still kept.
  event.orderId = idString(dispute['order_id']);
  event.amount = money.amount;
  event.currency = money.currency;
  event.labels = ['disputed'];
  event.labelReason = str(dispute['reason']);
  return { ok: true, event };
}

type Money = { ok: true; amount: number | null; currency: string | null } | { ok: false; reason: string };

/** Shopify sends decimal strings ("129.99") in the shop currency; converted with that currency's minor unit. */
function readMoney(object: JsonObject, amountField: string, currencyField: string): Money {
  const rawCurrency = object[currencyField];
  const currency = normalizeCurrency(rawCurrency);
  if (rawCurrency != null && currency === null) {
    return { ok: false, reason: `${currencyField} must be an ISO 4217 code` };
  }
  const rawAmount = object[amountField];
  if (rawAmount == null || currency === null) return { ok: true, amount: null, currency };
  const amount = decimalToMinorUnits(rawAmount, currency);
  if (amount === null || amount < 0) {
    return { ok: false, reason: `${amountField} must be a decimal amount ≥ 0 such as "12.99"` };
  }
  return { ok: true, amount, currency };
}

function shopifyAddress(value: unknown): NormalizedEvent['billing'] {
  const a = asObject(value);
  return a
    ? address({ country: a['country_code'], postalCode: a['zip'], city: a['city'], line1: a['address1'] })
    : null;
}

/**
 * The order's gateway (`payment_gateway_names`, else the older `gateway`): `Cash on Delivery (COD)`, `paypal`,
 * `klarna`, `gift_card`… A gateway that names no method (`shopify_payments`, a custom one) is `card` when the order
 * carries card details, else `other`; no gateway at all is `card` with card details, else unknown.
 */
function shopifyPaymentMethod(order: JsonObject, event: NormalizedEvent): NormalizedEvent['paymentMethod'] {
  const method = paymentMethodOf(firstOf(order['payment_gateway_names'], str) ?? str(order['gateway']));
  if (method !== null && method !== 'other') return method;
  return event.card ? 'card' : method;
}

/**
 * Card facts and AVS/CVV letters: the order's own `payment_details` first, else the first transaction that
 * has them. No payment details at all leaves the checks null ("not sent"); details without a letter mean the
 * check did not run (`unchecked`).
 */
function applyPaymentDetails(event: NormalizedEvent, object: JsonObject): void {
  const details =
    asObject(object['payment_details']) ??
    firstOf(object['transactions'], (t) => asObject(asObject(t)?.['payment_details']));
  if (!details) return;
  event.card = card({
    bin: details['credit_card_bin'],
    last4: details['credit_card_number'], // already masked by Shopify, e.g. "•••• •••• •••• 4242"
    brand: details['credit_card_company'],
    country: null,
    fingerprint: null,
  });
  event.checks = { avs: shopifyAvs(details['avs_result_code']), cvc: shopifyCvv(details['cvv_result_code']) };
}
