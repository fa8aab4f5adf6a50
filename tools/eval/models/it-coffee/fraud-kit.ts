import { DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { ascii, emailFor, type Nationality, type PersonName, provider } from './people.js';
import { CARD_METHODS, delivery, type LaterEvent, paidAfter, type Shipped } from './purchase.js';

/** What the fraud planners share: the e-mail addresses crews make and what happens after a fraudulent order. */

const THROWAWAY: ReadonlyArray<readonly [string, number]> = [
  ['gmail.com', 40],
  ['outlook.com', 18],
  ['hotmail.com', 10],
  ['proton.me', 10],
  ['yopmail.com', 6],
  ['mail.com', 6],
  ['gmx.com', 5],
  ['tutamail.com', 5],
];

/**
 * A crew's address: random letters and digits (sloppy), the name with a few digits (the usual), or one that
 * looks like the victim's own at a local provider (careful).
 */
export function crewEmail(
  rng: Rng,
  person: PersonName,
  style: 'random' | 'name' | 'plausible',
  nat: Nationality,
): string {
  if (style === 'plausible') return emailFor(rng, person, provider(rng, nat));
  const domain = rng.weightedPick(THROWAWAY);
  if (style === 'random')
    return `${rng.token(rng.int(7, 12), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(2, 5))}@${domain}`;
  return `${ascii(person.first)}${ascii(person.last)}${rng.digits(rng.int(2, 4))}@${domain}`;
}

export interface FraudOutcome {
  /** Chance the shop's own review stops a paid order before dispatch (cancel and refund). */
  review?: number;
  /** Chance and reason of an issuer's early fraud warning (cards and BNPL only), days after payment. */
  warn: number;
  warnReason?: string;
  warnDays?: readonly [number, number];
  /** Chance, reason and timing (days after delivery) of a dispute. */
  dispute: number;
  disputeReason?: string;
  disputeDays?: readonly [number, number];
}

/** Delivered (or collected, or e-mailed), then the warnings and disputes that follow a fraudulent sale. */
export function fraudAfter(rng: Rng, p: Shipped, o: FraudOutcome): LaterEvent[] {
  const ok = p.attempts.find((a) => a.ok);
  if (!ok) return [];
  const paid = paidAfter(p.attempts);
  if (rng.chance(o.review ?? 0)) {
    const stop = paid + rng.int(40, 300) * MINUTE;
    return [
      { type: 'order.cancelled', afterMs: stop, reason: 'suspected_fraud' },
      { type: 'refund.created', afterMs: stop + rng.int(2, 30) * MINUTE, reason: 'fraudulent' },
    ];
  }
  const { events, delivered } = delivery(rng, p);
  const warnable = CARD_METHODS.has(ok.method) || ok.method === 'scalapay' || ok.method === 'paypal_pay_in_3';
  if (warnable && rng.chance(o.warn)) {
    const [a, b] = o.warnDays ?? [3, 25];
    events.push({
      type: 'fraud_warning.created',
      afterMs: paid + rng.int(a * 24, b * 24) * HOUR,
      reason: o.warnReason ?? 'made_with_stolen_card',
    });
  }
  if (ok.method !== 'bank_transfer' && ok.method !== 'satispay' && rng.chance(o.dispute)) {
    const [a, b] = o.disputeDays ?? [20, 60];
    events.push({
      type: 'dispute.created',
      afterMs: Math.max(delivered, paid) + rng.int(a, b) * DAY + rng.int(0, 20) * HOUR,
      reason: o.disputeReason ?? 'fraudulent',
    });
  }
  return events;
}
