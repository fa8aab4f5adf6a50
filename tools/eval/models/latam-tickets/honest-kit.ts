import { basket, type Basket, type BasketWish, type Market } from './catalog.js';
import { type Address } from './geo.js';
import { cardFrom, type Card, type Device } from './devices.js';
import {
  avsFor,
  declined,
  HOUR,
  MINUTE,
  paid,
  DAY,
  type Attempt,
  type Later,
  type Purchase,
} from './purchase.js';
import { type Rng } from '../kit/random.js';
import { type Account, type World } from './world.js';

/** Shared pieces of honest purchases: paying (with the ordinary declines and retries) and what comes later. */

export type Planner = (rng: Rng, world: World) => Purchase;

/**
 * Paying as real people do: most cards go through first time; some are declined (limits, a 3-D Secure
 * challenge abandoned on a phone, a Pix-like instant transfer timing out) and retried, on the same card or
 * another one, after seconds or minutes.
 */
export function pay(
  rng: Rng,
  card: Card,
  home: string,
  opts: { saved?: boolean; declineRate?: number } = {},
): Attempt[] {
  const avs = avsFor(card, rng.chance(0.93) ? true : 'partial');
  const cvc = opts.saved && rng.chance(0.45) ? 'unchecked' : 'pass';
  const rate = opts.declineRate ?? (home === 'BR' || home === 'MX' ? 0.085 : 0.05);
  const out: Attempt[] = [];
  if (rng.chance(rate)) {
    const fails = rng.weighted({ one: 70, two: 22, three: 8 });
    const n = fails === 'one' ? 1 : fails === 'two' ? 2 : 3;
    for (let i = 0; i < n; i++)
      out.push(
        declined(
          card,
          i === 0 ? rng.int(5_000, 90_000) : rng.int(20_000, 6 * MINUTE),
          avs,
          rng.chance(0.12) ? 'fail' : cvc,
        ),
      );
    if (rng.chance(0.12)) return out; // gave up
    const other = rng.chance(0.4) ? cardFrom(rng, card.country) : card;
    out.push(paid(other, rng.int(30_000, 12 * MINUTE), avsFor(other, true), 'pass'));
    return out;
  }
  out.push(paid(card, rng.int(4_000, 70_000), avs, cvc));
  return out;
}

/** Refunds for cancelled plans, a postponed match, a rare service dispute or a false early warning. */
export function honestLater(rng: Rng, b: Basket, attempts: Attempt[]): Later[] {
  if (!attempts.some((a) => a.ok)) return [];
  const out: Later[] = [];
  if (rng.chance(0.035))
    out.push({
      type: 'refund.created',
      afterMs: rng.float(2 * HOUR, 20 * DAY),
      reason: rng.pick(['requested_by_customer', 'event_postponed', 'duplicate']),
      amount: rng.chance(0.3) ? Math.round(b.amount / 2) : b.amount,
    });
  if (rng.chance(0.004))
    out.push({
      type: 'dispute.created',
      afterMs: rng.float(10 * DAY, 50 * DAY),
      reason: rng.pick(['product_not_received', 'duplicate', 'credit_not_processed']),
    });
  if (rng.chance(0.0015))
    out.push({ type: 'fraud_warning.created', afterMs: rng.float(1 * DAY, 8 * DAY), reason: 'fraudulent' });
  if (rng.chance(0.03)) out.push({ type: 'order.updated', afterMs: rng.float(10 * MINUTE, 2 * DAY) });
  return out;
}

export interface HonestParts {
  at: number;
  kind: string;
  market: Market;
  wish: BasketWish;
  buyer: Purchase['buyer'];
  billing: Address;
  ip: string;
  device: Device;
  card: Card;
  home: string;
  saved?: boolean;
  declineRate?: number;
  shipping?: Address;
}

export function honestPurchase(rng: Rng, parts: HonestParts): Purchase {
  const b = basket(rng, parts.market, parts.wish);
  const attempts = pay(rng, parts.card, parts.home, {
    ...(parts.saved ? { saved: true } : {}),
    ...(parts.declineRate !== undefined ? { declineRate: parts.declineRate } : {}),
  });
  return {
    at: parts.at,
    fraud: false,
    kind: parts.kind,
    basket: b,
    buyer: parts.buyer,
    billing: parts.billing,
    ...(parts.shipping ? { shipping: parts.shipping } : {}),
    ip: parts.ip,
    device: parts.device,
    attempts,
    later: honestLater(rng, b, attempts),
  };
}

export const asBuyer = (a: Account) => ({
  id: a.id,
  email: a.person.email,
  name: a.person.name,
  createdAt: a.createdAt,
});

/** Everything but vouchers, weighted towards what people mostly buy. */
export const EVERYDAY: BasketWish = {
  categories: ['football', 'football', 'concert', 'experience', 'experience', 'hotel', 'addon'],
};
