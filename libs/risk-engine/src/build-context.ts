import type { CardJson, CheckResult } from '@vigil/contracts';
import { amountInEuros, amountInMajorUnits } from './currency.js';
import { cleanString, normalizeListItem, type RiskLists } from './lists.js';
import type { AttributeValue, RiskContext } from './risk-context.js';
import { looksGenerated } from './mailbox-name.js';

/** Rolling-window counters computed by the worker on the event's own time, excluding this transaction. */
export const VELOCITY_COUNTERS = [
  'card_count_for_email_1h',
  'card_count_for_email_24h',
  'card_count_for_email_7d',
  'card_count_for_ip_1h',
  'card_count_for_ip_24h',
  'card_count_for_ip_7d',
  'card_count_for_device_1h',
  'card_count_for_device_24h',
  'card_count_for_device_7d',
  'card_count_for_customer_24h',
  'attempts_for_card_1h',
  'attempts_for_card_24h',
  'failed_payments_for_ip_1h',
  'failed_payments_for_ip_24h',
  'failed_payments_for_card_24h',
  'amount_for_customer_24h',
  // Cycling: one card, IP network or device moving through cards, addresses and accounts.
  'card_count_for_ip_network_1h',
  'card_count_for_ip_network_24h',
  'email_count_for_device_24h',
  'email_count_for_device_7d',
  'email_count_for_card_7d',
  'ip_count_for_card_24h',
  'device_count_for_card_24h',
  'failed_payments_for_device_1h',
  'failed_payments_for_email_24h',
  'fraud_declines_for_email_24h',
  'fraud_declines_for_device_24h',
  // The customer's own history (orders Vigil saw, 400 days) and the store's typical basket (4 to 8 days).
  'customer_order_count',
  'customer_amount_median',
  'customer_amount_max',
  'store_order_count',
  'store_amount_median',
  'store_amount_p90',
] as const;
export type VelocityCounter = (typeof VELOCITY_COUNTERS)[number];

/** What a known customer used before: a new one of each is a takeover sign (docs/detection.md). */
export const CUSTOMER_NOVELTY_SUBJECTS = ['device', 'ip_network', 'shipping_address', 'card'] as const;
export type CustomerNoveltySubject = (typeof CUSTOMER_NOVELTY_SUBJECTS)[number];

/** Whether this transaction's value was seen with the customer before, and how many other values were. */
export interface CustomerNovelty {
  seenBefore: boolean;
  /** Distinct other values of this kind the customer used in earlier transactions. */
  others: number;
}

/** The store's basket is judged only once it has this many recent orders (fewer say little). */
export const MIN_STORE_BASKET_ORDERS = 30;

/** Counts of earlier labelled transactions (disputes, early fraud warnings) that share the card or email. */
export const HISTORY_COUNTERS = [
  'prior_disputes_for_card',
  'prior_disputes_for_email',
  'prior_fraud_warnings_for_card',
  'prior_fraud_warnings_for_email',
] as const;
export type HistoryCounter = (typeof HISTORY_COUNTERS)[number];

/** A customer younger than this many days is a new customer (`is_new_customer`). */
export const NEW_CUSTOMER_MAX_DAYS = 7;

/**
 * Everything the engine needs to score one transaction: the transaction's own fields (shaped like the contract's
 * TransactionJson, so a transaction can be passed almost as is) plus the worker's enrichment. Every field is
 * optional; what is absent becomes a missing attribute.
 */
export interface RiskInput {
  /** Canonical event type, e.g. 'order.created', 'payment.failed'. */
  eventType?: string | null;
  /** 'order' | 'payment' | …; derived from eventType's prefix when absent. */
  kind?: string | null;
  sourceKind?: 'stripe' | 'shopify' | 'standard' | null;
  /** Integer amount in the currency's minor unit. */
  amount?: number | null;
  currency?: string | null;
  customer?: { id?: string | null; email?: string | null } | null;
  billing?: AddressInput | null;
  shipping?: AddressInput | null;
  ip?: string | null;
  deviceId?: string | null;
  card?: Partial<CardJson> | null;
  checks?: { avs?: CheckResult | null; cvc?: CheckResult | null } | null;
  /** The provider's own verdict (Stripe `outcome.risk_level` / `outcome.risk_score`). */
  providerRisk?: { level?: string | null; score?: number | null } | null;

  /** How it was paid (`card`, `wallet`, `pay_later`, `cash_on_delivery`, …: PAYMENT_METHODS in the contracts). */
  paymentMethod?: string | null;

  // Enrichment, computed by the worker.
  /** Country of `ip` from geolocation (alpha-2). */
  ipCountry?: string | null;
  /** Whether `ip` belongs to a cloud, server-hosting or VPN-hosting network (a rented machine, not a home or phone). */
  hostingIp?: boolean | null;
  /** The hosting company `ip` belongs to, when it is one (`hostingIp`). */
  hostingProvider?: string | null;
  /** Whether the email's domain is a disposable mail service (from a maintained data package). */
  disposableEmail?: boolean | null;
  /** Whether the email is a privacy relay (an alias forwarding to a hidden mailbox). */
  privacyRelayEmail?: boolean | null;
  /** Whether the email is at a free or consumer mail provider rather than an organization's own domain. */
  freeEmail?: boolean | null;
  /** Days since the customer account was created, or since Vigil first saw the customer, at event time. */
  customerAgeDays?: number | null;
  velocity?: Partial<Record<VelocityCounter, number | null>>;
  history?: Partial<Record<HistoryCounter, number | null>>;
  /** The order's lines, summarized by the normalizer (resale goods: many units of one thing, gift cards). */
  items?: {
    lines?: number | null;
    units?: number | null;
    maxQuantity?: number | null;
    text?: string | null;
  } | null;
  /** Per kind: was this value seen with the customer before (missing: the customer has no history). */
  novelty?: Partial<Record<CustomerNoveltySubject, CustomerNovelty | null>>;
  /** Prebuilt lists from buildRiskLists, shared by reference (never copied per evaluation). */
  lists?: RiskLists;
}

export interface AddressInput {
  country?: string | null;
  postalCode?: string | null;
  city?: string | null;
  line1?: string | null;
}

const EMPTY_LISTS: RiskLists = Object.freeze({});

const finite = (value: number | null | undefined): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

const lower = (value: string | null | undefined): string | null => cleanString(value)?.toLowerCase() ?? null;
const upper = (value: string | null | undefined): string | null => cleanString(value)?.toUpperCase() ?? null;

function emailDomain(email: string | null): string | null {
  if (email === null) return null;
  const at = email.lastIndexOf('@');
  return at < 0 ? null : normalizeListItem('email_domain', email.slice(at + 1));
}

function amountMajor(amount: number | null, currency: string | null): number | null {
  if (amount === null || currency === null) return null;
  return amountInMajorUnits(amount, currency);
}

function amountEur(amount: number | null, currency: string | null): number | null {
  if (amount === null || currency === null) return null;
  return amountInEuros(amount, currency);
}

/** An address reduced to what identifies it: letters and digits of country, postal code and street. */
export function addressIdentity(address: AddressInput | null | undefined): string | null {
  const part = (value: string | null | undefined): string =>
    (value ?? '')
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '');
  const country = part(address?.country);
  const postal = part(address?.postalCode);
  const street = part(address?.line1);
  return country && (postal || street) ? `${country}|${postal}|${street}` : null;
}

/** true / false when both addresses are known, else missing. */
function addressesDiffer(
  billing: AddressInput | null | undefined,
  shipping: AddressInput | null | undefined,
) {
  const a = addressIdentity(billing);
  const b = addressIdentity(shipping);
  return a === null || b === null ? null : a !== b;
}

/**
 * Gift cards and stored-value codes (gift vouchers, wallet and store codes, prepaid cards, prepaid or store
 * credit, game top-ups) in the languages of the stores Vigil is measured on: the resale good that needs no
 * shipping. Matched as words in the item text (sku, name, title, category). A bare "voucher" is not one: a
 * hotel or travel voucher is a booking; nor is a bare "credit" (a credit line, store financing).
 */
const GIFT_CARD =
  /gift[\s_-]?(card|certificate|voucher|code)|e-?gift|(wallet|store|prepaid)[\s_-]?(code|card)|(prepaid|store|account)[\s_-]?credit|top[\s_-]?up|gutschein|carte[\s_-]?cadeau|bon[\s_-]?cadeau|tarjeta[\s_-]?regalo|buono[\s_-]?regalo|cadeaukaart|cadeaubon|presentkort|karta[\s_-]?podarunkowa/;

/**
 * A customer reference code in a delivery street line: letters glued to five or more digits ("Suite AB12345",
 * "# US-120394"). That is how a parcel forwarder's warehouse (and some lockers) tell their customers' parcels
 * apart; a home or office address has a house, flat or suite number, not such a code. Parcel lockers by name are
 * not matched: in much of Europe they are where honest people get their parcels every day.
 */
const REFERENCE_CODE = /\b[a-z]{1,4}-?\d{5,}\b/;

/** Whether the shipping street line carries a customer reference code; missing without a street line. */
function hasReferenceCode(shipping: AddressInput | null | undefined): boolean | null {
  const line = cleanString(shipping?.line1)?.normalize('NFKD').toLowerCase() ?? null;
  return line === null ? null : REFERENCE_CODE.test(line);
}

/** `amount / base` with two decimals; missing without a positive base. */
function ratio(amount: number | null, base: number | null | undefined): number | null {
  if (amount === null || typeof base !== 'number' || !Number.isFinite(base) || base <= 0) return null;
  return Math.round((amount / base) * 100) / 100;
}

/** New for a customer with history; missing when the customer had no earlier value of that kind. */
function isNew(novelty: CustomerNovelty | null | undefined): boolean | null {
  if (!novelty) return null;
  if (novelty.seenBefore) return false;
  return novelty.others > 0 ? true : null;
}

/** Flattens and normalizes a RiskInput into the attributes named in ATTRIBUTES (see ATTRIBUTES.md). */
export function buildRiskContext(input: RiskInput): RiskContext {
  const email = normalizeListItem('email', input.customer?.email ?? '');
  const amount = finite(input.amount);
  const currency = upper(input.currency);
  const eventType = lower(input.eventType);
  const age = finite(input.customerAgeDays);
  const card = input.card ?? {};
  // One object literal with a fixed key order keeps every context on the same hidden class.
  const attributes: Record<string, AttributeValue> = {
    event_type: eventType,
    kind: lower(input.kind) ?? (eventType === null ? null : lower(eventType.split('.')[0])),
    source_kind: lower(input.sourceKind),
    amount,
    amount_major: amountMajor(amount, currency),
    amount_eur: amountEur(amount, currency),
    currency,
    customer_id: cleanString(input.customer?.id),
    email,
    email_domain: emailDomain(email),
    is_disposable_email: typeof input.disposableEmail === 'boolean' ? input.disposableEmail : null,
    is_privacy_relay_email: typeof input.privacyRelayEmail === 'boolean' ? input.privacyRelayEmail : null,
    is_free_email: typeof input.freeEmail === 'boolean' ? input.freeEmail : null,
    email_looks_generated: looksGenerated(email),
    customer_age_days: age,
    is_new_customer: age === null ? null : age < NEW_CUSTOMER_MAX_DAYS,
    billing_country: upper(input.billing?.country),
    shipping_country: upper(input.shipping?.country),
    shipping_address_differs: addressesDiffer(input.billing, input.shipping),
    shipping_has_reference_code: hasReferenceCode(input.shipping),
    ip: lower(input.ip),
    ip_country: upper(input.ipCountry),
    ip_is_hosting: typeof input.hostingIp === 'boolean' ? input.hostingIp : null,
    ip_hosting_provider: cleanString(input.hostingProvider),
    device_id: cleanString(input.deviceId),
    card_bin: cleanString(card.bin),
    card_last4: cleanString(card.last4),
    card_country: upper(card.country),
    card_brand: lower(card.brand),
    card_fingerprint: cleanString(card.fingerprint),
    avs_result: lower(input.checks?.avs),
    cvc_result: lower(input.checks?.cvc),
    provider_risk_level: lower(input.providerRisk?.level),
    provider_risk_score: finite(input.providerRisk?.score),
    payment_method: lower(input.paymentMethod),
  };
  for (const name of VELOCITY_COUNTERS) attributes[name] = finite(input.velocity?.[name]);
  for (const name of HISTORY_COUNTERS) attributes[name] = finite(input.history?.[name]);
  const v = input.velocity ?? {};
  const storeOrders = finite(v.store_order_count) ?? 0;
  const customerOrders = finite(v.customer_order_count) ?? 0;
  const enoughBasket = storeOrders >= MIN_STORE_BASKET_ORDERS;
  attributes['amount_to_store_median'] = enoughBasket ? ratio(amount, v.store_amount_median) : null;
  attributes['amount_to_store_p90'] = enoughBasket ? ratio(amount, v.store_amount_p90) : null;
  attributes['amount_to_customer_median'] =
    customerOrders > 0 ? ratio(amount, v.customer_amount_median) : null;
  attributes['amount_to_customer_max'] = customerOrders > 0 ? ratio(amount, v.customer_amount_max) : null;
  // No earlier order that Vigil approved (missing when there is no customer or email to know them by).
  const orderCount = finite(v.customer_order_count);
  attributes['is_unproven_customer'] = orderCount === null ? null : orderCount === 0;
  const itemText = cleanString(input.items?.text)?.toLowerCase() ?? null;
  attributes['item_lines'] = finite(input.items?.lines);
  attributes['item_units'] = finite(input.items?.units);
  attributes['max_item_quantity'] = finite(input.items?.maxQuantity);
  attributes['item_text'] = itemText;
  attributes['has_gift_card'] = itemText === null ? null : GIFT_CARD.test(itemText);
  attributes['is_new_device_for_customer'] = isNew(input.novelty?.device);
  attributes['is_new_ip_network_for_customer'] = isNew(input.novelty?.ip_network);
  attributes['is_new_shipping_address_for_customer'] = isNew(input.novelty?.shipping_address);
  attributes['is_new_card_for_customer'] = isNew(input.novelty?.card);
  return { attributes, lists: input.lists ?? EMPTY_LISTS };
}
