/**
 * Provider payloads as tests send them: Vigil's canonical body, Stripe events (charges, payment intents,
 * risk) and Shopify topics. Also as namespaces, for tests that walk one provider's set.
 */
export * from './canonical-order.js';
export * from './shopify-events.js';
export * from './shopify-order.js';
export * from './shopify-order-builders.js';
export * from './standard-events.js';
export * from './stripe-charges.js';
export * from './stripe-charge-builders.js';
export * from './stripe-event.js';
export * from './stripe-payment-intents.js';
export * from './stripe-risk.js';
export * as shopifyEvents from './shopify-events.js';
export * as standardEvents from './standard-events.js';
export * as stripeCharges from './stripe-charges.js';
export * as stripePaymentIntents from './stripe-payment-intents.js';
export * as stripeRisk from './stripe-risk.js';
