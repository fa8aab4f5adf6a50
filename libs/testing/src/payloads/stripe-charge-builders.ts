import { STRIPE_CREATED, stripeEvent } from './stripe-event.js';

/** A card charge shaped like Stripe's API reference (test card 4242, Irish buyer, EUR). */
export function stripeChargeFor(chargeId: string, paymentIntent: string, orderId: string | null, extra = {}) {
  return {
    id: chargeId,
    object: 'charge',
    amount: 12999,
    amount_captured: 12999,
    amount_refunded: 0,
    billing_details: {
      address: { city: 'Dublin', country: 'IE', line1: '1 Main St', line2: null, postal_code: 'D02 X285' },
      email: 'ann@example.com',
      name: 'Ann Murphy',
      phone: null,
    },
    captured: true,
    created: STRIPE_CREATED,
    currency: 'eur',
    customer: 'cus_RaTgQ2xFh7mZkP',
    metadata: orderId ? { order_id: orderId } : {},
    outcome: {
      network_status: 'approved_by_network',
      risk_level: 'normal',
      risk_score: 32,
      type: 'authorized',
    },
    paid: true,
    payment_intent: paymentIntent,
    payment_method_details: {
      card: {
        brand: 'visa',
        checks: { address_line1_check: 'pass', address_postal_code_check: 'pass', cvc_check: 'pass' },
        country: 'IE',
        exp_month: 12,
        exp_year: 2028,
        fingerprint: 'Xt5EWLLDS7FJjR1c',
        funding: 'credit',
        last4: '4242',
      },
      type: 'card',
    },
    receipt_email: 'ann@example.com',
    refunded: false,
    shipping: {
      address: { city: 'Cork', country: 'IE', line1: '22 Oliver Plunkett St', postal_code: 'T12 YX80' },
      name: 'Ann Murphy',
    },
    status: 'succeeded',
    ...extra,
  };
}

/** charge.succeeded → charge.refunded (a day later) → charge.dispute.created (ten days later, partial). */
export function stripeChargeLifecycle(suffix: string, orderId: string) {
  const chargeId = `ch_3QhK2bLkdIwHu7ix${suffix}`;
  const intentId = `pi_3QhK2bLkdIwHu7ix${suffix}`;
  return {
    intentId,
    succeeded: stripeEvent(
      `evt_succeeded_${suffix}`,
      'charge.succeeded',
      STRIPE_CREATED,
      stripeChargeFor(chargeId, intentId, orderId),
    ),
    refunded: stripeEvent(
      `evt_refunded_${suffix}`,
      'charge.refunded',
      STRIPE_CREATED + 86_400,
      stripeChargeFor(chargeId, intentId, orderId, { amount_refunded: 12999, refunded: true }),
    ),
    disputed: stripeEvent(`evt_disputed_${suffix}`, 'charge.dispute.created', STRIPE_CREATED + 864_000, {
      id: `dp_1QhS8iLkdIwHu7ix${suffix}`,
      object: 'dispute',
      // Only part of the charge is disputed: this must not become the order's amount.
      amount: 5000,
      charge: chargeId,
      created: STRIPE_CREATED + 864_000,
      currency: 'eur',
      metadata: {},
      payment_intent: intentId,
      reason: 'fraudulent',
      status: 'needs_response',
    }),
  };
}
