import { DAY, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, type Match, newCard } from './cards.js';
import { type Address } from '../kit/purchase.js';
import { CITIES, homeIn } from './places.js';
import { type Attempt, cardAttempt, type Decline, firstAuth, type LaterEvent } from './purchase.js';

/** What the fraud kinds share: throwaway mailboxes, drop houses, stolen cards tried one after another. */

const THROWAWAY = ['gmail.com', 'outlook.com', 'hotmail.com', 'proton.me', 'yahoo.com'];

export const throwaway = (rng: Rng): string =>
  `${rng.token(rng.int(6, 10), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(2, 4))}@${rng.pick(THROWAWAY)}`;

/**
 * The stream's drop houses: rented rooms and relatives' homes in the outskirts of Mexico City, Guadalajara and
 * Monterrey, each used for several parcels under different names.
 */
export function dropHouses(rng: Rng): Address[] {
  const cities = CITIES.filter((c) =>
    ['Ecatepec', 'Ciudad de México', 'Guadalajara', 'Monterrey', 'Toluca'].includes(c.city),
  );
  return Array.from({ length: 6 }, () => homeIn(rng, rng.pick(cities)));
}

/** A drop address as typed this time: the same house, now and then another interior number. */
export const dropOf = (rng: Rng, drops: readonly Address[]): Address => {
  const d = rng.pick(drops);
  return rng.chance(0.3) ? { ...d, line1: `${d.line1} int. ${rng.int(1, 9)}` } : d;
};

const stolenDecline = (rng: Rng): Decline =>
  rng.weightedPick<Decline>([
    ['do_not_honor', 4],
    ['suspected_fraud', 3],
    ['stolen_card', 2],
    ['insufficient_funds', 2],
    ['incorrect_cvc', 1],
  ]);

/**
 * Stolen cards tried until one goes through (or `tries` run out): each fails with `fail` chance, a new card
 * after each decline, a minute or two apart; the thief may pick meses sin intereses to keep the charge small.
 */
export function stolenCards(
  rng: Rng,
  amount: number,
  o: { country: string; tries: number; fail: number; match: Match; installments?: number },
): Attempt[] {
  const out: Attempt[] = [];
  for (let i = 0; i < o.tries; i++) {
    const card: HeldCard = newCard(rng, o.country, rng.chance(0.8) ? 'credit' : 'debit');
    const ok = !rng.chance(o.fail);
    const decline = ok ? undefined : stolenDecline(rng);
    out.push(
      cardAttempt(rng, card, amount, {
        ok,
        ...(decline ? { decline } : {}),
        match: o.match,
        afterMs: i === 0 ? firstAuth(rng) : rng.int(40_000, 4 * MINUTE),
        ...(o.installments ? { installments: o.installments } : {}),
      }),
    );
    if (ok) break;
  }
  return out;
}

/** A later warning and dispute for a purchase paid with someone else's money. */
export function stolenMoneyLater(rng: Rng, warn: number, dispute: number): LaterEvent[] {
  const out: LaterEvent[] = [];
  if (rng.chance(warn))
    out.push({ type: 'fraud_warning.created', afterMs: rng.int(2, 18) * DAY, reason: 'fraudulent' });
  if (rng.chance(dispute))
    out.push({ type: 'dispute.created', afterMs: rng.int(10, 55) * DAY, reason: 'fraudulent' });
  return out;
}
