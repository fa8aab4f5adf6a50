import { type Address, DAY, HOUR } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { deliverySteps } from './delivery.js';
import { fold, nameIn, providerIn } from './people.js';
import { addressIn, CARRIER_OFFICES, cityNamed, DROP_CITIES } from './places.js';
import { type Fulfilment, type LaterEvent } from './purchase.js';

/** What the fraud kinds share: throwaway e-mails, drop addresses, and what happens after a fraudulent order. */

/** A throwaway address: a name and digits, a random string, or a year at a free provider. */
export function throwaway(rng: Rng, name: string, country = 'CO'): string {
  const parts = name.split(' ').map(fold);
  const first = parts[0] ?? 'user';
  const last = parts[1] ?? 'x';
  const local = rng.weightedPick<string>([
    [`${first}${last}${rng.int(100, 9999)}`, 40],
    [`${first}.${last}.${rng.int(1975, 2004)}`, 20],
    [rng.token(rng.int(8, 12)), 20],
    [`${first}${rng.token(3, 'abcdefghijklmnopqrstuvwxyz')}${rng.int(10, 99)}`, 20],
  ]);
  return `${local}@${rng.chance(0.8) ? rng.pick(['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com']) : providerIn(rng, country)}`;
}

/** A fraudster's alias: a plausible Colombian name and a throwaway address. */
export function alias(rng: Rng): { name: string; email: string } {
  const name = nameIn(rng, 'CO');
  return { name, email: throwaway(rng, name) };
}

/** An address where someone paid to receive parcels waits: a flat in Bogotá, Cali, Cúcuta or Barranquilla. */
export const dropAddress = (rng: Rng): Address => addressIn(rng, cityNamed(rng.pick(DROP_CITIES)));

/** A carrier's office where the parcel is collected with a (fake) ID. */
export const carrierOffice = (rng: Rng): Address => ({ ...rng.pick(CARRIER_OFFICES) });

export interface FraudOutcome {
  fulfilment: Fulfilment;
  placed: number;
  /** The store spots it and cancels before dispatch (a paid order is refunded). */
  caught: number;
  /** The issuer's early fraud warning. */
  warning: number;
  /** A chargeback (or a PSE reversal). */
  dispute: number;
  reason?: string;
  /** Days after the order a dispute arrives. */
  disputeDays?: readonly [number, number];
}

/** A paid fraudulent order: caught before dispatch, or delivered, then warned about and disputed. */
export function fraudLater(rng: Rng, o: FraudOutcome): LaterEvent[] {
  if (rng.chance(o.caught))
    return [{ type: 'order.cancelled', afterMs: rng.int(1, 20) * HOUR, reason: 'suspected_fraud' }];
  const { steps } = deliverySteps(rng, o.fulfilment, o.placed);
  const out = [...steps];
  const warned = rng.chance(o.warning);
  if (warned) out.push({ type: 'fraud_warning.created', afterMs: rng.int(3, 20) * DAY });
  if (rng.chance(o.dispute)) {
    const [lo, hi] = o.disputeDays ?? [15, 60];
    out.push({
      type: 'dispute.created',
      afterMs: (warned ? 21 * DAY : 0) + rng.int(lo, hi) * DAY,
      reason: o.reason ?? 'fraudulent',
    });
  }
  return out;
}
