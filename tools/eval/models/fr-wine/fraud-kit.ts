import { type Rng } from '../kit/random.js';
import { DAY, HOUR, type LaterEvent } from './purchase.js';

/** What fraud looks like after checkout, for the planners in fraud*.ts. */

/**
 * A stolen card's order after it is paid: shipped (unless the store catches it first), then the issuer's early
 * fraud warning a week or two later for some, and the cardholder's chargeback (`fraudulent`) after the
 * statement, for most.
 */
export function chargedBack(
  rng: Rng,
  o: { warn?: number; dispute?: number; ship?: boolean } = {},
): LaterEvent[] {
  const out: LaterEvent[] = [];
  const ship = rng.int(18, 50) * HOUR;
  if (o.ship ?? true)
    out.push(
      { type: 'order.updated', afterMs: ship, status: 'shipped' },
      { type: 'order.updated', afterMs: ship + rng.int(20, 70) * HOUR, status: 'delivered' },
    );
  if (rng.chance(o.warn ?? 0.45))
    out.push({ type: 'fraud_warning.created', afterMs: rng.int(4, 18) * DAY, reason: 'fraudulent' });
  if (rng.chance(o.dispute ?? 0.75))
    out.push({
      type: 'dispute.created',
      afterMs: rng.int(16, 60) * DAY,
      reason: rng.chance(0.85) ? 'fraudulent' : 'unrecognized',
    });
  return out;
}

/** The merchant's own review stops an order before dispatch and refunds it. */
export const stopped = (rng: Rng, reason: string): LaterEvent[] => {
  const at = rng.int(2, 30) * HOUR;
  return [
    { type: 'order.cancelled', afterMs: at, reason },
    { type: 'refund.created', afterMs: at + rng.int(5, 60) * 60_000, reason },
  ];
};

/** Apartment and spelling variants of one drop address, so each order looks like a different one. */
export function jig(rng: Rng, line1: string): string {
  const [num = '1', ...rest] = line1.split(' ');
  const street = rest.join(' ');
  return rng.pick([
    `${num} ${street}`,
    `${num} ${street}, apt ${rng.int(1, 40)}`,
    `${num}${rng.pick(['', 'B', 'bis'])} ${street.replace(/^rue /, 'r. ').replace(/^avenue /, 'av. ')}`,
    `Bât ${rng.pick(['A', 'B', 'C'])} ${num} ${street}`,
    `${num} ${street.toUpperCase()}`,
  ]);
}
