export type AttributeType = 'number' | 'string' | 'boolean';

/**
 * How `buildRiskContext` normalizes a string attribute. Literals compared with the attribute are normalized the
 * same way at compile time, so `:billing_country: = 'ie'` matches `IE` without any per-evaluation cost.
 */
export type AttributeCase = 'lower' | 'upper' | 'exact';

export interface AttributeDefinition {
  name: string;
  type: AttributeType;
  description: string;
  /** Groups attributes for the rule editor's reference panel. */
  category: 'transaction' | 'customer' | 'location' | 'card' | 'checks' | 'provider' | 'velocity' | 'history';
  case?: AttributeCase;
}

type Def = AttributeDefinition;
const str = (
  name: string,
  category: Def['category'],
  description: string,
  c: AttributeCase = 'exact',
): Def => ({
  name,
  type: 'string',
  description,
  category,
  case: c,
});
const num = (name: string, category: Def['category'], description: string): Def => ({
  name,
  type: 'number',
  description,
  category,
});
const bool = (name: string, category: Def['category'], description: string): Def => ({
  name,
  type: 'boolean',
  description,
  category,
});

const cardsFor = (who: string, window: string): string =>
  `Distinct cards used with this ${who} in the previous ${window} (this transaction not counted).`;

/** Every attribute a rule may reference; documented in ATTRIBUTES.md. */
export const ATTRIBUTES: ReadonlyArray<AttributeDefinition> = [
  str(
    'event_type',
    'transaction',
    "Canonical event type, e.g. 'order.created' or 'payment.failed'.",
    'lower',
  ),
  str(
    'kind',
    'transaction',
    "What is scored: 'order', 'payment', 'refund', 'dispute' or 'fraud_warning'.",
    'lower',
  ),
  str('source_kind', 'transaction', "The sender: 'stripe', 'shopify' or 'standard'.", 'lower'),
  num('amount', 'transaction', 'Amount in the currency’s minor unit (cents): 12999 is 129.99 EUR.'),
  num(
    'amount_major',
    'transaction',
    'Amount in major units (129.99), using the currency’s ISO 4217 exponent.',
  ),
  num(
    'amount_eur',
    'transaction',
    'Amount in euros at fixed reference rates (docs/detection.md), so limits mean the same in every currency; missing for a currency without a rate.',
  ),
  str('currency', 'transaction', "ISO 4217 currency code, upper-case, e.g. 'EUR'.", 'upper'),
  num('item_lines', 'transaction', 'Line items in the order (from the order event; later events keep it).'),
  num('item_units', 'transaction', 'Units ordered: the sum of the lines’ quantities.'),
  num(
    'max_item_quantity',
    'transaction',
    'The largest quantity of one line (many units of one thing: resale).',
  ),
  str(
    'item_text',
    'transaction',
    "SKUs, names, titles and categories of the lines, lower-cased, ' | '-separated (use includes).",
    'lower',
  ),
  bool(
    'has_gift_card',
    'transaction',
    'A line is a gift card or stored-value code: gift voucher, wallet or store code, prepaid card, game top-up (English, German, French, Spanish, Italian, Dutch, Swedish, Polish words).',
  ),
  str('customer_id', 'customer', 'The store’s customer id.'),
  str('email', 'customer', 'Customer email, lower-cased.', 'lower'),
  str('email_domain', 'customer', "The part of the email after '@', lower-cased.", 'lower'),
  bool(
    'is_disposable_email',
    'customer',
    'The email domain belongs to a disposable (throw-away) mail service.',
  ),
  bool(
    'is_privacy_relay_email',
    'customer',
    'The email is a privacy-relay alias (Apple Hide My Email, Firefox Relay, DuckDuckGo, …) that hides the real mailbox.',
  ),
  bool(
    'is_free_email',
    'customer',
    'The email is at a free or consumer mail provider (Gmail, Outlook, Yahoo, a local ISP, a throw-away service) rather than an organization’s own domain.',
  ),
  bool(
    'email_looks_generated',
    'customer',
    'The name before the @ looks machine-generated (random letters and digits), not chosen by a person; never at privacy mail services, whose aliases are random by design.',
  ),
  num(
    'customer_age_days',
    'customer',
    'Days since the customer account was created or first seen, at event time.',
  ),
  bool('is_new_customer', 'customer', 'customer_age_days is below 7.'),
  str('billing_country', 'location', 'Billing address country (ISO 3166 alpha-2, upper-case).', 'upper'),
  str('shipping_country', 'location', 'Shipping address country (ISO 3166 alpha-2, upper-case).', 'upper'),
  bool(
    'shipping_address_differs',
    'location',
    'The shipping address (country, postal code, street) differs from the billing address; missing when either is unknown.',
  ),
  bool(
    'shipping_has_reference_code',
    'location',
    'The shipping street line carries a customer reference code (letters glued to five or more digits, e.g. "Suite AB12345"), as a parcel forwarder’s warehouse address does; missing without a street line.',
  ),
  str('ip', 'location', 'Customer IP address (IPv6 lower-cased).', 'lower'),
  str('ip_country', 'location', 'Country of the IP address from geolocation (alpha-2, upper-case).', 'upper'),
  bool(
    'ip_is_hosting',
    'location',
    'The IP address belongs to a cloud, server-hosting or VPN-hosting network (AWS, Hetzner, OVHcloud, M247, Tor exits, …): a rented machine, not a home, office or mobile network. Relays of consumers’ own traffic (iCloud Private Relay, Cloudflare WARP) do not count.',
  ),
  str(
    'ip_hosting_provider',
    'location',
    'The hosting company the IP address belongs to (e.g. "Amazon Web Services", "Hetzner"), when ip_is_hosting; missing otherwise.',
  ),
  str('device_id', 'location', 'Device identifier sent by the store.'),
  str('card_bin', 'card', 'First 6 (or 8) digits of the card number.'),
  str('card_last4', 'card', 'Last 4 digits of the card number.'),
  str('card_country', 'card', 'Country that issued the card (alpha-2, upper-case).', 'upper'),
  str('card_brand', 'card', "Card brand, lower-cased, e.g. 'visa'.", 'lower'),
  str('card_fingerprint', 'card', 'Provider fingerprint that identifies a card number without revealing it.'),
  str(
    'avs_result',
    'checks',
    "Address verification: 'pass', 'fail', 'partial', 'unavailable' or 'unchecked'.",
    'lower',
  ),
  str(
    'cvc_result',
    'checks',
    "Card code check: 'pass', 'fail', 'partial', 'unavailable' or 'unchecked'.",
    'lower',
  ),
  str(
    'provider_risk_level',
    'provider',
    "Provider's verdict, e.g. Stripe 'normal', 'elevated', 'highest'.",
    'lower',
  ),
  num('provider_risk_score', 'provider', "Provider's risk score 0–100 (Stripe outcome.risk_score)."),
  str(
    'payment_method',
    'provider',
    "How it was paid: 'card', 'wallet', 'bank_transfer', 'mobile_money', 'pay_later', 'cash_on_delivery', 'cash_voucher', 'invoice', 'gift_card' or 'other' (missing when the sender does not say).",
    'lower',
  ),
  num('card_count_for_email_1h', 'velocity', cardsFor('email', 'hour')),
  num('card_count_for_email_24h', 'velocity', cardsFor('email', '24 hours')),
  num('card_count_for_email_7d', 'velocity', cardsFor('email', '7 days')),
  num('card_count_for_ip_1h', 'velocity', cardsFor('IP address', 'hour')),
  num('card_count_for_ip_24h', 'velocity', cardsFor('IP address', '24 hours')),
  num('card_count_for_ip_7d', 'velocity', cardsFor('IP address', '7 days')),
  num('card_count_for_device_1h', 'velocity', cardsFor('device', 'hour')),
  num('card_count_for_device_24h', 'velocity', cardsFor('device', '24 hours')),
  num('card_count_for_device_7d', 'velocity', cardsFor('device', '7 days')),
  num('card_count_for_customer_24h', 'velocity', cardsFor('customer', '24 hours')),
  num('attempts_for_card_1h', 'velocity', 'Payment attempts with this card in the previous hour.'),
  num('attempts_for_card_24h', 'velocity', 'Payment attempts with this card in the previous 24 hours.'),
  num('failed_payments_for_ip_1h', 'velocity', 'Failed payments from this IP address in the previous hour.'),
  num(
    'failed_payments_for_ip_24h',
    'velocity',
    'Failed payments from this IP address in the previous 24 hours.',
  ),
  num('failed_payments_for_card_24h', 'velocity', 'Failed payments with this card in the previous 24 hours.'),
  num(
    'amount_for_customer_24h',
    'velocity',
    'Sum of this customer’s amounts (minor units) in the previous 24 hours.',
  ),
  num('card_count_for_ip_network_1h', 'velocity', cardsFor('IP network (/24 or /48)', 'hour')),
  num('card_count_for_ip_network_24h', 'velocity', cardsFor('IP network (/24 or /48)', '24 hours')),
  num(
    'email_count_for_device_24h',
    'velocity',
    'Distinct emails used on this device in the previous 24 hours (this one not counted).',
  ),
  num(
    'email_count_for_device_7d',
    'velocity',
    'Distinct emails used on this device in the previous 7 days (this one not counted).',
  ),
  num(
    'email_count_for_card_7d',
    'velocity',
    'Distinct emails that used this card in the previous 7 days (this one not counted).',
  ),
  num(
    'ip_count_for_card_24h',
    'velocity',
    'Distinct IP addresses this card was used from in the previous 24 hours (this one not counted).',
  ),
  num(
    'device_count_for_card_24h',
    'velocity',
    'Distinct devices this card was used on in the previous 24 hours (this one not counted).',
  ),
  num('failed_payments_for_device_1h', 'velocity', 'Failed payments on this device in the previous hour.'),
  num('failed_payments_for_email_24h', 'velocity', 'Failed payments by this email in the previous 24 hours.'),
  num(
    'fraud_declines_for_email_24h',
    'velocity',
    'Payments by this email the issuer declined as stolen, lost or fraudulent in the previous 24 hours.',
  ),
  num(
    'fraud_declines_for_device_24h',
    'velocity',
    'Payments on this device the issuer declined as stolen, lost or fraudulent in the previous 24 hours.',
  ),
  num(
    'customer_order_count',
    'history',
    'Earlier orders (and payments that did not fail) of this customer that Vigil saw, in the previous 400 days.',
  ),
  bool(
    'is_unproven_customer',
    'history',
    'customer_order_count is 0: no earlier order of this customer was approved (whatever the account’s age); missing without a customer id or email.',
  ),
  num(
    'customer_amount_median',
    'history',
    'Median amount (minor units) of the customer’s latest 50 earlier orders; missing without any.',
  ),
  num(
    'customer_amount_max',
    'history',
    'Largest amount (minor units) of the customer’s latest 50 earlier orders; missing without any.',
  ),
  num(
    'amount_to_customer_median',
    'history',
    'This amount divided by customer_amount_median (2.5 = two and a half times the customer’s usual).',
  ),
  num('amount_to_customer_max', 'history', 'This amount divided by customer_amount_max.'),
  bool(
    'is_new_device_for_customer',
    'history',
    'A customer with earlier orders on other devices is on a device never seen with them; missing without such history.',
  ),
  bool(
    'is_new_ip_network_for_customer',
    'history',
    'The IP network (/24, or /48 for IPv6) was never seen with this customer, who ordered from other networks before.',
  ),
  bool(
    'is_new_shipping_address_for_customer',
    'history',
    'The shipping address was never used by this customer, who shipped to other addresses before.',
  ),
  bool(
    'is_new_card_for_customer',
    'history',
    'The card was never used by this customer, who paid with other cards before.',
  ),
  num(
    'store_order_count',
    'transaction',
    'Orders of this source and currency in the last 4 to 8 days (two 4-day periods: the basket the ratios below are judged on).',
  ),
  num(
    'store_amount_median',
    'transaction',
    'Median order amount (minor units, ±5 %) of this source and currency over the last 4 to 8 days.',
  ),
  num(
    'store_amount_p90',
    'transaction',
    '90th percentile order amount (minor units, ±5 %) of this source and currency over the last 4 to 8 days.',
  ),
  num(
    'amount_to_store_median',
    'transaction',
    'This amount divided by store_amount_median; missing until the store has 30 recent orders.',
  ),
  num(
    'amount_to_store_p90',
    'transaction',
    'This amount divided by store_amount_p90; missing until the store has 30 recent orders.',
  ),
  num('prior_disputes_for_card', 'history', 'Earlier disputes (chargebacks) on this card.'),
  num('prior_disputes_for_email', 'history', 'Earlier disputes (chargebacks) by this email.'),
  num('prior_fraud_warnings_for_card', 'history', 'Earlier early fraud warnings on this card.'),
  num('prior_fraud_warnings_for_email', 'history', 'Earlier early fraud warnings on payments by this email.'),
];

const byName = new Map(ATTRIBUTES.map((a) => [a.name, a]));

export function findAttribute(name: string): AttributeDefinition | undefined {
  return byName.get(name);
}

/** Names of every attribute, for suggestions and for building contexts with a stable key order. */
export const ATTRIBUTE_NAMES: ReadonlyArray<string> = ATTRIBUTES.map((a) => a.name);
