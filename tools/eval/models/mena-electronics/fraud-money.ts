import { type Card, avsFor, cardFrom, cvcFor, fraudDecline } from './cards.js';
import { type Rng } from '../kit/random.js';
import { type Address } from './places.js';
import { type Attempt, type Buyer, charge, DAY, HOUR, type Later, MIN, type Purchase } from './purchase.js';
import { type Crew, crewDevice, crewIp, type FraudKind } from './fraud-kit.js';

/** How stolen cards are charged and how those charges unwind. */

/** Tries per order: most crews get through on the first or second card. */
export const tries = (rng: Rng) =>
  rng.weightedPick([
    [1, 45],
    [2, 25],
    [3, 18],
    [4, 12],
  ] as const);

/** What follows a charge: `paid()` once a card went through, else the unpaid order is cancelled. */
export function unpaidOr(rng: Rng, attempts: Attempt[], paid: () => Later[]): Later[] {
  return attempts.some((a) => a.ok)
    ? paid()
    : [{ type: 'order.cancelled', afterMs: rng.float(15, 90) * MIN, reason: 'payment_failed' }];
}

/** A card-fraud order before its network and device are drawn from the crew. */
export interface CardFraud {
  kind: FraudKind;
  crew: Crew;
  at: number;
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  basket: Purchase['basket'];
  attempts: Attempt[];
  later: Later[];
}

export const assemble = (rng: Rng, f: CardFraud): Purchase => ({
  at: f.at,
  fraud: true,
  kind: f.kind,
  market: f.crew.market,
  method: 'card',
  basket: f.basket,
  billing: f.billing,
  ...(f.shipping ? { shipping: f.shipping } : {}),
  buyer: f.buyer,
  ip: crewIp(rng, f.crew),
  device: crewDevice(rng, f.crew),
  attempts: f.attempts,
  later: f.later,
});

/**
 * A run of stolen cards on one order: the first cards are often declined (blocked, 3-D Secure, stale data),
 * each retry a few seconds to minutes later, until one goes through (`success`) or the crew gives up.
 */
export function stolenAttempts(
  rng: Rng,
  first: Card,
  next: () => Card,
  opts: { tries: number; success: number; billingMatches: boolean; cvcKnown?: number },
): Attempt[] {
  const out: Attempt[] = [];
  let card = first;
  const succeeds = rng.chance(opts.success);
  for (let i = 0; i < opts.tries; i++) {
    const last = i === opts.tries - 1;
    const ok = last && succeeds;
    const rightCvc = rng.chance(opts.cvcKnown ?? 0.9);
    const decline = rightCvc ? fraudDecline(rng) : 'incorrect_cvc';
    const after = i === 0 ? Math.round(rng.logNormal(6000, 0.5)) : Math.round(rng.logNormal(25_000, 0.9));
    out.push(
      charge(
        card,
        ok,
        after,
        avsFor(rng, card, opts.billingMatches),
        cvcFor(rng, card, ok || rightCvc),
        decline,
      ),
    );
    if (!last && rng.chance(0.7)) card = next();
  }
  return out;
}

/** A spare stolen card from the same batch (same country). */
export const sameBatch = (rng: Rng, country: string) => () => cardFrom(rng, country);

/**
 * How a stolen card's charge unwinds: an early fraud warning from the issuer (days), then the cardholder's
 * dispute (weeks); the store refunds some after the warning, and cancels a few before shipping.
 */
export function chargebackLater(
  rng: Rng,
  opts: { warn: number; dispute: number; reason?: string; refundAfterWarning?: number; caught?: number },
): Later[] {
  if (rng.chance(opts.caught ?? 0.08)) {
    const at = rng.float(1, 10) * HOUR;
    return [
      { type: 'order.cancelled', afterMs: at, reason: 'fraud_suspected' },
      { type: 'refund.created', afterMs: at + 5 * MIN, reason: 'fraudulent' },
    ];
  }
  const out: Later[] = [];
  const warned = rng.chance(opts.warn);
  const warnAt = rng.float(1, 10) * DAY;
  if (warned) out.push({ type: 'fraud_warning.created', afterMs: warnAt, reason: 'fraudulent' });
  if (warned && rng.chance(opts.refundAfterWarning ?? 0.25)) {
    out.push({ type: 'refund.created', afterMs: warnAt + rng.float(2, 30) * HOUR, reason: 'fraudulent' });
    return out;
  }
  if (rng.chance(opts.dispute))
    out.push({
      type: 'dispute.created',
      afterMs: rng.float(12, 75) * DAY,
      reason: opts.reason ?? 'fraudulent',
    });
  return out;
}
