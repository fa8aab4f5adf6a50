import { type Rng } from '../kit/random.js';
import { type Basket } from './catalog.js';
import { type Card, type Method, PAYMENT_MIX, WALLETS } from './cards.js';
import { type Address, homeAddress, INFO, type Market, person, type Person } from './places.js';
import { type Attempt, attempt, DAY, type Later, MIN, type Purchase, userId } from './purchase.js';

/** What honest and fraudulent planners share: buyers, payments, and the honest after-life of an order. */

/** An account holder: a person, a home, and an account opened `ageDays` ago (fractions for fresh ones). */
export interface Shopper extends Person {
  id: string;
  home: Address;
  createdAt: number;
}

export function shopper(rng: Rng, market: Market, at: number, ageDays: number): Shopper {
  const who = person(rng, market);
  return {
    ...who,
    id: userId(rng),
    home: homeAddress(rng, market),
    createdAt: Math.floor(at - ageDays * DAY),
  };
}

export const buyerOf = (s: Shopper) => ({ id: s.id, email: s.email, name: s.name, createdAt: s.createdAt });

export const currencyOf = (m: Market): string => INFO[m].currency;

export function method(rng: Rng, market: Market, digital: boolean): Method {
  const mix = PAYMENT_MIX[market] ?? { card: 1, wallet: 1, cod: 0 };
  return rng.weighted<Method>(digital ? { card: mix.card, wallet: mix.wallet, cod: 0 } : mix);
}

export const walletOf = (rng: Rng, market: Market): string => rng.pick(WALLETS[market] ?? ['GrabPay']);

/**
 * The checkout's authorisations: card or wallet, an honest ~4 % decline (funds, a mistyped CVC, the issuer's
 * 3-D Secure abandoned) with a retry most of the time. Cash on delivery has none at checkout.
 */
export function honestAttempts(
  rng: Rng,
  how: Method,
  card: Card | undefined,
  declineRate = 0.04,
  retry = 0.75,
): Attempt[] {
  if (how === 'cod') return [];
  const c = how === 'card' ? card : undefined;
  if (!rng.chance(declineRate)) return [attempt(c, true, rng.int(3_000, 40_000))];
  const first = attempt(c, false, rng.int(3_000, 40_000), rng.chance(0.3) ? 'fail' : 'pass');
  if (!rng.chance(retry)) return [first];
  return [first, attempt(c, true, rng.int(30_000, 6 * MIN))];
}

/** Cash on delivery: collected 2–6 days later, or (rarely, honestly) the parcel comes back. */
export function codLater(rng: Rng, refusedRate = 0.04): Later[] {
  const afterMs = rng.int(2 * DAY, 6 * DAY);
  return rng.chance(refusedRate)
    ? [{ type: 'order.cancelled', afterMs, reason: 'delivery_failed' }]
    : [{ type: 'payment.succeeded', afterMs }];
}

/**
 * An honest order's later events: returns (physical goods), rare genuine disputes, and the odd false-positive
 * early fraud warning.
 */
export function honestLater(rng: Rng, basket: Basket, returnRate = 0.045): Later[] {
  const out: Later[] = [];
  if (!basket.digital && rng.chance(returnRate)) {
    const partial = basket.lines.length > 1 && rng.chance(0.5);
    const line = basket.lines[0];
    out.push({
      type: 'refund.created',
      afterMs: rng.int(5 * DAY, 25 * DAY),
      reason: rng.pick(['requested_by_customer', 'damaged', 'wrong_item']),
      ...(partial && line ? { amount: line.price * line.quantity } : {}),
    });
  } else if (rng.chance(0.003)) {
    out.push({
      type: 'dispute.created',
      afterMs: rng.int(15 * DAY, 50 * DAY),
      reason: rng.pick(['product_not_received', 'duplicate', 'credit_not_processed']),
    });
  } else if (rng.chance(0.002)) {
    out.push({ type: 'fraud_warning.created', afterMs: rng.int(DAY, 8 * DAY) });
  }
  return out;
}

/** Assembles a purchase. */
export function purchase(p: Omit<Purchase, 'later'> & { later?: Later[] }): Purchase {
  return { ...p, later: p.later ?? [] };
}
