import { type Rng } from '../kit/random.js';
import { when } from './calendar.js';
import { avs } from './cards.js';
import { basket } from './catalog.js';
import { accountOrder, type Context } from './honest-kit.js';
import { household } from './honest-other.js';
import { ipOf } from './networks.js';
import { buyerOf, pickCompany } from './people.js';
import { cityIn, siteAddress, taxAt } from './places.js';
import { type Attempt, charge, DAY, firstAuth, type Later, phone, type Purchase } from './purchase.js';

/**
 * Fraud by real customers and their staff: friendly fraud (a chargeback on goods that arrived), refund abuse
 * (empty or used toner boxes returned, "missing" items claimed) and employees buying for themselves on the
 * company card. Checkout looks like anyone else's.
 */

/** The order as paid: a decline that was never retried is taken as approved on the first card. */
function paid(p: Purchase): Attempt[] {
  if (p.method !== 'card' || p.attempts.some((a) => a.ok)) return p.attempts;
  const first = p.attempts[0];
  return first
    ? [charge(first.card, true, first.afterMs, first.avs, first.cvc === 'fail' ? 'pass' : first.cvc)]
    : [];
}

function customerOrder(rng: Rng, ctx: Context, kind: string, profiles: 'any' | 'resale'): Purchase {
  if (rng.chance(0.4)) return household(rng, ctx, kind);
  const c = pickCompany(
    rng,
    ctx.world,
    profiles === 'resale'
      ? ['office', 'contractor', 'reseller']
      : ['office', 'contractor', 'clinic', 'warehouse'],
  );
  const profile = c.sector === 'contractor' ? 'trades' : profiles === 'resale' ? 'reseller' : 'office';
  return accountOrder(rng, ctx, kind, c, { profile, method: 'card', later: () => [] });
}

const DISPUTE: Readonly<Record<string, number>> = {
  product_not_received: 40,
  fraudulent: 22,
  product_unacceptable: 15,
  unrecognized: 11,
  credit_not_processed: 12,
};

export function friendlyFraud(rng: Rng, ctx: Context, n: number): Purchase[] {
  return Array.from({ length: n }, (): Purchase => {
    const p = customerOrder(rng, ctx, 'friendly_fraud', 'any');
    const later: Later[] = [
      { type: 'dispute.created', afterMs: rng.int(12 * DAY, 75 * DAY), reason: rng.weighted(DISPUTE) },
    ];
    if (rng.chance(0.15))
      later.unshift({
        type: 'fraud_warning.created',
        afterMs: rng.int(5 * DAY, 20 * DAY),
        reason: 'unauthorized_use_of_card',
      });
    return { ...p, fraud: true, attempts: paid(p), later };
  });
}

export function refundAbuse(rng: Rng, ctx: Context, n: number): Purchase[] {
  return Array.from({ length: n }, (): Purchase => {
    const p = customerOrder(rng, ctx, 'refund_abuse', 'resale');
    const amount = p.basket.amount;
    const later: Later[] = [];
    if (rng.chance(0.35))
      later.push({
        type: 'refund.created',
        afterMs: rng.int(2 * DAY, 5 * DAY),
        reason: 'requested_by_customer',
        amount: Math.round(amount * rng.float(0.15, 0.4)),
      });
    later.push({
      type: 'refund.created',
      afterMs: rng.int(7 * DAY, 25 * DAY),
      reason: 'requested_by_customer',
      amount: Math.round(amount * (later.length > 0 ? rng.float(0.5, 0.75) : rng.float(0.7, 1))),
    });
    return { ...p, fraud: true, attempts: paid(p), later };
  });
}

/**
 * Employee card misuse: a buyer orders earbuds, tablets or tool kits on the company card, to their own home,
 * often in the evening. The company disputes a few after its card reconciliation; most are never caught.
 */
export function employeeCardMisuse(rng: Rng, ctx: Context, n: number): Purchase[] {
  return Array.from({ length: n }, (): Purchase => {
    const c = pickCompany(rng, ctx.world, [
      'office',
      'enterprise',
      'clinic',
      'school',
      'contractor',
      'warehouse',
    ]);
    const m = rng.pick(c.members);
    const atHome = rng.chance(0.6);
    const at = atHome ? when(rng, ctx.window, c.zone, 'household') : when(rng, ctx.window, c.zone, 'office');
    const card = rng.pick(c.cards);
    const r = rng.next();
    const later: Later[] =
      r < 0.25
        ? [{ type: 'dispute.created', afterMs: rng.int(20 * DAY, 60 * DAY), reason: 'fraudulent' }]
        : r < 0.35
          ? [
              {
                type: 'fraud_warning.created',
                afterMs: rng.int(5 * DAY, 30 * DAY),
                reason: 'unauthorized_use_of_card',
              },
            ]
          : r < 0.43
            ? [
                {
                  type: 'refund.created',
                  afterMs: rng.int(10 * DAY, 40 * DAY),
                  reason: 'requested_by_customer',
                },
              ]
            : [];
    return {
      at,
      fraud: true,
      kind: 'employee_card_misuse',
      basket: basket(rng, 'personal', { market: c.market, taxRate: taxAt(m.home) }),
      billing: c.billing,
      attempts: [charge(card, true, firstAuth(rng), avs(card, 'full'), c.saved ? 'unchecked' : 'pass')],
      later,
      market: c.market,
      buyer: buyerOf(m),
      account: c.id,
      method: 'card',
      shipping: rng.chance(0.85) ? m.home : siteAddress(rng, cityIn(rng, c.market), 'home'),
      ip: atHome ? ipOf(rng, c.market, 'residential') : c.ip,
      device: atHome && rng.chance(0.4) ? phone(rng) : m.device,
    };
  });
}
