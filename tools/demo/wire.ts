import { type Address } from './geo.js';
import { type FollowUp, type Purchase } from './purchase.js';
import { type Random } from './random.js';

/** A webhook body plus the non-signature headers its sender adds. */
export interface WireEvent {
  /** Stripe event id, Shopify event id, Standard Webhooks message id. */
  id: string;
  body: string;
  headers: Record<string, string>;
}

const seconds = (at: Date): number => Math.floor(at.getTime() / 1000);
const decimal = (minor: number): string => (minor / 100).toFixed(2);

// ---------------------------------------------------------------------------------------------- Stripe

const stripeAddress = (a: Address) => ({
  city: a.city,
  country: a.country,
  line1: a.line1,
  line2: null,
  postal_code: a.postalCode,
  state: null,
});

const stripeChecks = (p: Purchase) => ({
  address_line1_check: p.avs === 'pass' ? 'pass' : 'fail',
  address_postal_code_check: p.avs === 'fail' ? 'fail' : 'pass',
  cvc_check: p.cvc,
});

/** A card charge shaped like Stripe's API reference (the fields Vigil reads, and the usual neighbours). */
function stripeCharge(p: Purchase, refunded = false) {
  const name = `${p.customer.firstName} ${p.customer.lastName}`;
  return {
    id: p.chargeId,
    object: 'charge',
    amount: p.amount,
    amount_captured: p.succeeded ? p.amount : 0,
    amount_refunded: refunded ? p.amount : 0,
    billing_details: { address: stripeAddress(p.billing), email: p.customer.email, name, phone: null },
    captured: p.succeeded,
    created: seconds(p.at),
    currency: p.currency.toLowerCase(),
    customer: p.customer.id,
    description: `Order ${p.orderId}`,
    disputed: false,
    failure_code: p.succeeded ? null : p.cvc === 'fail' ? 'incorrect_cvc' : 'card_declined',
    failure_message: p.succeeded ? null : 'Your card was declined.',
    livemode: false,
    metadata: { order_id: p.orderId },
    outcome: {
      network_status: p.succeeded ? 'approved_by_network' : 'declined_by_network',
      reason: p.succeeded ? null : 'generic_decline',
      risk_level: p.risk.level,
      risk_score: p.risk.score,
      seller_message: p.succeeded ? 'Payment complete.' : 'The bank declined the payment.',
      type: p.succeeded ? 'authorized' : 'issuer_declined',
    },
    paid: p.succeeded,
    payment_intent: p.paymentId,
    payment_method_details: {
      card: {
        brand: p.card.brand,
        checks: stripeChecks(p),
        country: p.card.country,
        exp_month: 12,
        exp_year: 2029,
        fingerprint: p.card.fingerprint,
        funding: 'credit',
        iin: p.card.bin,
        last4: p.card.last4,
        network: p.card.brand,
      },
      type: 'card',
    },
    receipt_email: p.customer.email,
    refunded,
    shipping: { address: stripeAddress(p.shipping), name, carrier: null, phone: null, tracking_number: null },
    status: p.succeeded ? 'succeeded' : 'failed',
  };
}

function stripeEnvelope(random: Random, type: string, at: Date, object: unknown): WireEvent {
  const id = `evt_${random.token(24)}`;
  const body = {
    id,
    object: 'event',
    api_version: '2025-10-29.clover',
    created: seconds(at),
    data: { object },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
  };
  return { id, body: JSON.stringify(body), headers: {} };
}

export function stripePurchase(random: Random, p: Purchase): WireEvent {
  return stripeEnvelope(random, p.succeeded ? 'charge.succeeded' : 'charge.failed', p.at, stripeCharge(p));
}

export function stripeFollowUp(random: Random, p: Purchase, kind: FollowUp, at: Date): WireEvent {
  if (kind === 'refund') return stripeEnvelope(random, 'charge.refunded', at, stripeCharge(p, true));
  if (kind === 'dispute') {
    return stripeEnvelope(random, 'charge.dispute.created', at, {
      id: `dp_${random.token(24)}`,
      object: 'dispute',
      amount: p.amount,
      charge: p.chargeId,
      created: seconds(at),
      currency: p.currency.toLowerCase(),
      payment_intent: p.paymentId,
      reason: 'fraudulent',
      status: 'needs_response',
      metadata: {},
    });
  }
  return stripeEnvelope(random, 'radar.early_fraud_warning.created', at, {
    id: `issfr_${random.token(24)}`,
    object: 'radar.early_fraud_warning',
    actionable: true,
    charge: p.chargeId,
    created: seconds(at),
    fraud_type: 'made_with_stolen_card',
    livemode: false,
    payment_intent: p.paymentId,
  });
}

// --------------------------------------------------------------------------------------------- Shopify

const shopifyAddress = (a: Address, p: Purchase) => ({
  first_name: p.customer.firstName,
  last_name: p.customer.lastName,
  name: `${p.customer.firstName} ${p.customer.lastName}`,
  address1: a.line1,
  address2: null,
  city: a.city,
  zip: a.postalCode,
  country: a.countryName,
  country_code: a.country,
  company: null,
  phone: null,
});

/** AVS and CVV letters as Shopify reports them: Y full match, A street only, N no match; M / N for CVV. */
const AVS_LETTER = { pass: 'Y', partial: 'A', fail: 'N' } as const;

function shopifyEnvelope(random: Random, topic: string, at: Date, body: unknown): WireEvent {
  const id = random.uuid();
  return {
    id,
    body: JSON.stringify(body),
    headers: {
      'x-shopify-topic': topic,
      'x-shopify-shop-domain': 'vigil-demo.myshopify.com',
      'x-shopify-api-version': '2025-10',
      'x-shopify-webhook-id': random.uuid(),
      'x-shopify-event-id': id,
      'x-shopify-triggered-at': at.toISOString(),
    },
  };
}

export function shopifyPurchase(random: Random, p: Purchase): WireEvent {
  const total = decimal(p.amount);
  const order = {
    id: Number(p.orderId),
    admin_graphql_api_id: `gid://shopify/Order/${p.orderId}`,
    browser_ip: p.ip,
    client_details: { accept_language: 'en', browser_ip: p.ip, user_agent: p.userAgent },
    contact_email: p.customer.email,
    created_at: p.at.toISOString(),
    currency: p.currency,
    current_total_price: total,
    email: p.customer.email,
    financial_status: 'paid',
    name: p.orderName,
    order_number: Number(p.orderName?.slice(1)),
    processed_at: p.at.toISOString(),
    source_name: 'web',
    subtotal_price: total,
    total_price: total,
    updated_at: p.at.toISOString(),
    billing_address: shopifyAddress(p.billing, p),
    shipping_address: shopifyAddress(p.shipping, p),
    customer: {
      id: Number(p.customer.id),
      email: p.customer.email,
      created_at: p.customer.createdAt.toISOString(),
      first_name: p.customer.firstName,
      last_name: p.customer.lastName,
      state: 'enabled',
      verified_email: true,
    },
    line_items: [
      { id: random.int(1e12, 9e12), name: 'Merino Wool Scarf', price: total, quantity: 1, sku: 'SCARF-01' },
    ],
    payment_details: {
      avs_result_code: AVS_LETTER[p.avs],
      credit_card_bin: p.card.bin,
      cvv_result_code: p.cvc === 'pass' ? 'M' : 'N',
      credit_card_number: `•••• •••• •••• ${p.card.last4}`,
      credit_card_company: p.card.brand === 'visa' ? 'Visa' : 'Mastercard',
    },
  };
  return shopifyEnvelope(random, 'orders/create', p.at, order);
}

export function shopifyFollowUp(random: Random, p: Purchase, kind: FollowUp, at: Date): WireEvent {
  if (kind === 'refund') {
    return shopifyEnvelope(random, 'refunds/create', at, {
      id: random.int(1e12, 9e12),
      order_id: Number(p.orderId),
      created_at: at.toISOString(),
      processed_at: at.toISOString(),
      note: 'Customer changed their mind',
      transactions: [{ amount: decimal(p.amount), currency: p.currency, kind: 'refund', status: 'success' }],
    });
  }
  // Shopify has no early fraud warnings of its own: the bank's signal arrives as a chargeback.
  return shopifyEnvelope(random, 'disputes/create', at, {
    id: random.int(1e10, 9e10),
    order_id: Number(p.orderId),
    type: 'chargeback',
    amount: decimal(p.amount),
    currency: p.currency,
    reason: 'fraudulent',
    status: 'needs_response',
    initiated_at: at.toISOString(),
  });
}

// ----------------------------------------------------------------------------------- Standard Webhooks

const canonicalAddress = (a: Address) => ({
  country: a.country,
  postalCode: a.postalCode,
  city: a.city,
  line1: a.line1,
});

function standardEnvelope(random: Random, type: string, at: Date, data: unknown): WireEvent {
  const id = `msg_${random.token(24)}`;
  return { id, body: JSON.stringify({ type, timestamp: at.toISOString(), data }), headers: {} };
}

export function standardPurchase(random: Random, p: Purchase): WireEvent {
  const type = p.orderId === null ? (p.succeeded ? 'payment.succeeded' : 'payment.failed') : 'order.created';
  return standardEnvelope(random, type, p.at, {
    orderId: p.orderId,
    paymentId: p.paymentId,
    amount: p.amount,
    currency: p.currency,
    customer: {
      id: p.customer.id,
      email: p.customer.email,
      name: `${p.customer.firstName} ${p.customer.lastName}`,
      createdAt: p.customer.createdAt.toISOString(),
    },
    billing: canonicalAddress(p.billing),
    shipping: canonicalAddress(p.shipping),
    ip: p.ip,
    deviceId: p.deviceId,
    userAgent: p.userAgent,
    card: p.card,
    checks: { avs: p.avs, cvc: p.cvc },
    items: [{ sku: 'SCARF-01', quantity: 1, price: p.amount }],
  });
}

export function standardFollowUp(random: Random, p: Purchase, kind: FollowUp, at: Date): WireEvent {
  const type = {
    refund: 'refund.created',
    dispute: 'dispute.created',
    fraud_warning: 'fraud_warning.created',
  }[kind];
  return standardEnvelope(random, type, at, {
    orderId: p.orderId,
    paymentId: p.paymentId,
    amount: p.amount,
    currency: p.currency,
  });
}

// ------------------------------------------------------------------------------------------- dispatch

/** The purchase in its sender's wire format. */
export function renderPurchase(random: Random, p: Purchase): WireEvent {
  if (p.source === 'stripe') return stripePurchase(random, p);
  if (p.source === 'shopify') return shopifyPurchase(random, p);
  return standardPurchase(random, p);
}

/** Later news about the purchase in its sender's wire format. */
export function renderFollowUp(random: Random, p: Purchase, kind: FollowUp, at: Date): WireEvent {
  if (p.source === 'stripe') return stripeFollowUp(random, p, kind, at);
  if (p.source === 'shopify') return shopifyFollowUp(random, p, kind, at);
  return standardFollowUp(random, p, kind, at);
}
