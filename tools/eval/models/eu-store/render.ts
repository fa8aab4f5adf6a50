import type { LabelledWebhook } from '../../traffic-model.js';
import type { Rng } from './random.js';
import { MINUTE, SECOND, iso } from './timeline.js';
import type { Address, CanonicalType, Endpoint, PurchasePlan } from './types.js';

/**
 * Writes a purchase out as the Standard Webhooks the store posts: order.created with the customer, addresses,
 * network and basket; one payment event per authorisation attempt; then updates, cancellations, refunds,
 * fraud warnings and disputes. Posting usually happens within the second; a few go out late (retries after a
 * timeout, a queue backlog).
 */

export interface IpIntent {
  ip: string;
  country: string;
}

export interface Rendered {
  webhooks: Array<LabelledWebhook & { seq: number }>;
  intents: IpIntent[];
}

function address(a: Address): Record<string, string> {
  return {
    country: a.country,
    ...(a.postalCode ? { postalCode: a.postalCode } : {}),
    ...(a.city ? { city: a.city } : {}),
    ...(a.line1 ? { line1: a.line1 } : {}),
  };
}

function postingDelay(rng: Rng): number {
  const r = rng.next();
  if (r < 0.93) return rng.int(80, 1400);
  if (r < 0.993) return rng.int(5, 180) * SECOND;
  return rng.int(10, 120) * MINUTE;
}

export function render(rng: Rng, plan: PurchasePlan, orderId: string, paymentId: string): Rendered {
  const webhooks: Rendered['webhooks'] = [];
  const intents: IpIntent[] = [];
  const emit = (type: CanonicalType, time: number, data: Record<string, unknown>, endpoint?: Endpoint) => {
    if (endpoint) intents.push({ ip: endpoint.ip, country: endpoint.country });
    webhooks.push({
      at: time + postingDelay(rng),
      kind: 'standard',
      id: `msg_${rng.base62(27)}`,
      headers: {},
      body: { type, timestamp: iso(time), data },
      purchase: plan.key,
      seq: 0,
    });
  };
  const money = { amount: plan.amount, currency: plan.currency };
  const customer = {
    ...(plan.identity.customerId ? { id: plan.identity.customerId } : {}),
    email: plan.identity.email,
    name: plan.identity.name,
    ...(plan.identity.createdAt !== undefined ? { createdAt: iso(plan.identity.createdAt) } : {}),
  };
  const session = {
    ip: plan.endpoint.ip,
    ...(plan.device.id ? { deviceId: plan.device.id } : {}),
    userAgent: plan.device.userAgent,
  };

  emit(
    'order.created',
    plan.time,
    {
      orderId,
      ...money,
      customer,
      billing: address(plan.billing),
      ...(plan.shipping ? { shipping: address(plan.shipping) } : {}),
      ...session,
      items: plan.items.map((i) => ({ sku: i.sku, quantity: i.quantity, price: i.price })),
    },
    plan.endpoint,
  );

  for (const attempt of plan.attempts) {
    const { card } = attempt;
    emit(
      attempt.outcome === 'succeeded' ? 'payment.succeeded' : 'payment.failed',
      plan.time + attempt.offset,
      {
        orderId,
        paymentId,
        ...money,
        customer: { email: plan.identity.email },
        billing: address(plan.billing),
        ...session,
        card: {
          bin: card.bin,
          last4: card.last4,
          brand: card.brand,
          country: card.country,
          fingerprint: card.fingerprint,
        },
        checks: { avs: attempt.avs, cvc: attempt.cvc },
      },
      plan.endpoint,
    );
  }

  for (const f of plan.followUps) {
    const time = plan.time + f.offset;
    switch (f.type) {
      case 'order.updated':
        emit(
          'order.updated',
          time,
          {
            orderId,
            ...money,
            ...(f.shipping ? { shipping: address(f.shipping) } : {}),
            ...(f.email ? { customer: { email: f.email } } : {}),
            ...(f.endpoint ? { ip: f.endpoint.ip } : {}),
          },
          f.endpoint,
        );
        break;
      case 'order.cancelled':
        emit('order.cancelled', time, { orderId, ...money });
        break;
      case 'refund.created':
      case 'dispute.created':
      case 'fraud_warning.created':
        emit(f.type, time, { orderId, paymentId, amount: f.amount ?? plan.amount, currency: plan.currency });
        break;
    }
  }
  return { webhooks, intents };
}
