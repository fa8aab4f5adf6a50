import { type Rng } from '../kit/random.js';
import { newCard, type Decline, type HeldCard, type Match } from './cards.js';
import { type Fulfilment } from './catalogue.js';
import {
  cardAttempt,
  DAY,
  firstAuth,
  HOUR,
  MINUTE,
  type Attempt,
  type LaterEvent,
  type ThreeDS,
} from './purchase.js';

/** What the fraud planners share: stolen cards tried one after another, and what follows a fraudulent capture. */

const THIEF_DECLINES: ReadonlyArray<readonly [Decline, number]> = [
  ['do_not_honor', 30],
  ['stolen_card', 15],
  ['lost_card', 8],
  ['incorrect_cvc', 15],
  ['authentication_failed', 20],
  ['insufficient_funds', 12],
];

export interface StolenRun {
  cards: HeldCard[];
  /** Chance the last card goes through. */
  success: number;
  match: Match;
  /** 3-D Secure of the successful attempt: the fraudster passed it with a phished code, or the issuer let it through. */
  passed?: ThreeDS;
  gap?: readonly [number, number];
}

/** Cards tried one after the other, each declined but the last, which succeeds with `success`. */
export function stolenAttempts(rng: Rng, amount: number, r: StolenRun): Attempt[] {
  const [lo, hi] = r.gap ?? [20_000, 3 * MINUTE];
  return r.cards.map((card, i) => {
    const last = i === r.cards.length - 1;
    const ok = last && rng.chance(r.success);
    const afterMs = i === 0 ? firstAuth(rng) : rng.int(lo, hi);
    if (ok) {
      const threeDS =
        r.passed ??
        (card.country === 'US' ? 'not_enrolled' : rng.chance(0.7) ? 'frictionless' : 'challenge_passed');
      return cardAttempt(rng, card, amount, { ok, afterMs, match: r.match, threeDS });
    }
    return cardAttempt(rng, card, amount, {
      ok: false,
      afterMs,
      match: r.match,
      decline: rng.weightedPick(THIEF_DECLINES),
    });
  });
}

/** Stolen British cards (a few American ones), `n` of them. */
export function stolenCards(rng: Rng, n: number, usShare = 0.15): HeldCard[] {
  return Array.from({ length: n }, () => newCard(rng, rng.chance(usShare) ? 'US' : 'GB'));
}

export interface FraudOutcome {
  warning: number;
  dispute: number;
  /** Days after the order the dispute arrives. */
  disputeDays?: readonly [number, number];
  reason?: string;
}

/** Dispatch and delivery as usual, then an issuer's early warning and a dispute, each with its chance. */
export function fraudAfter(rng: Rng, f: Fulfilment, o: FraudOutcome): LaterEvent[] {
  const out: LaterEvent[] = [];
  if (f === 'click_collect') {
    const ready = rng.int(40, 200) * MINUTE;
    out.push({ type: 'order.updated', afterMs: ready, status: 'ready_for_collection' });
    out.push({ type: 'order.updated', afterMs: ready + rng.int(1, 30) * HOUR, status: 'collected' });
  } else {
    const ship = rng.int(3, 26) * HOUR;
    out.push({ type: 'order.updated', afterMs: ship, status: 'shipped' });
    const days = f === 'export' ? rng.int(4, 12) : rng.int(1, 3);
    out.push({ type: 'order.updated', afterMs: ship + days * DAY, status: 'delivered' });
  }
  if (rng.chance(o.warning))
    out.push({
      type: 'fraud_warning.created',
      afterMs: rng.int(2, 14) * DAY,
      reason: 'unauthorized_use_of_card',
    });
  if (rng.chance(o.dispute)) {
    const [lo, hi] = o.disputeDays ?? [18, 55];
    out.push({ type: 'dispute.created', afterMs: rng.int(lo, hi) * DAY, reason: o.reason ?? 'fraudulent' });
  }
  return out;
}
