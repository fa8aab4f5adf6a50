import { type Address, type Buyer } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Picks } from './baskets.js';
import { type Decline, fraudDecline, type HeldCard, type Match } from './cards.js';
import { RESALE } from './catalogue.js';
import { argentine, type Person, plain } from './people.js';
import { AMBA_POINTS, arAddress, DROP_TOWNS } from './places.js';
import {
  type Attempt,
  cardAttempt,
  DAY,
  firstAuth,
  HOUR,
  type LaterEvent,
  MINUTE,
  retryGap,
} from './purchase.js';

/** What the fraud planners share: throwaway identities, drop addresses, resale baskets, card runs, aftermath. */

/** A fresh mailbox: a name with digits at a free provider, or random letters; now and then a disposable domain. */
export function freshEmail(rng: Rng, p?: Person): string {
  const domain = rng.weightedPick<string>([
    ['gmail.com', 62],
    ['hotmail.com', 12],
    ['outlook.com', 10],
    ['yopmail.com', 6],
    ['proton.me', 5],
    ['mail.com', 5],
  ]);
  const local =
    p && rng.chance(0.65)
      ? `${plain(p.first)}${plain(p.last)}${rng.int(10, 9999)}`
      : rng.token(rng.int(7, 11));
  return `${local}@${domain}`;
}

/** A store account opened minutes before the order, or a guest checkout. */
export function throwaway(rng: Rng, at: number, p: Person, accountShare: number): Buyer {
  const email = freshEmail(rng, p);
  return rng.chance(accountShare)
    ? { id: `C${rng.digits(7)}`, email, name: p.name, createdAt: at - rng.int(2, 90) * MINUTE }
    : { email, name: p.name };
}

/** Where the goods go: a house in the far suburbs, a pickup point or locker in AMBA. */
export function dropAddress(rng: Rng): { shipping: Address; point: boolean } {
  if (rng.chance(0.45)) return { shipping: { ...rng.pick(AMBA_POINTS) }, point: true };
  return { shipping: arAddress(rng, rng.pick(DROP_TOWNS)), point: false };
}

/** One or two things that sell again at once (a Stanley, a leather jacket, a case of Gran Reserva). */
export function resalePicks(rng: Rng): Picks {
  const first = rng.pick(RESALE);
  const out: Picks = [[first, first.category === 'wine' ? rng.int(2, 4) : rng.int(1, 2)]];
  if (rng.chance(0.35)) {
    const second = rng.pick(RESALE.filter((i) => i !== first));
    out.push([second, 1]);
  }
  return out;
}

/** A mule's or a recipient's name, not the buyer's. */
export const someoneElse = (rng: Rng): string => argentine(rng).name;

/**
 * A fraudster's run of card tries: each card fails with a fraud decline unless it is the one that goes
 * through (`works`); a declined card is sometimes retried once with fewer cuotas before the next card.
 */
export function cardRun(
  rng: Rng,
  cards: readonly HeldCard[],
  o: { works: number; match: Match; installments?: () => number; gap?: () => number },
): Attempt[] {
  const out: Attempt[] = [];
  const gap = o.gap ?? (() => retryGap(rng));
  for (const card of cards) {
    const ok = rng.chance(o.works);
    const installments = o.installments?.() ?? 1;
    const afterMs = out.length === 0 ? firstAuth(rng) : gap();
    if (ok) {
      out.push(cardAttempt(rng, card, { ok: true, match: o.match, afterMs, installments }));
      return out;
    }
    const decline: Decline = installments >= 6 && rng.chance(0.4) ? 'limit_exceeded' : fraudDecline(rng);
    out.push(cardAttempt(rng, card, { ok: false, decline, match: o.match, afterMs, installments }));
    if (decline === 'limit_exceeded' && rng.chance(0.6)) {
      const fewer = rng.pick([3, 1]);
      const works = rng.chance(o.works + 0.2);
      out.push(
        cardAttempt(rng, card, {
          ok: works,
          ...(works ? {} : { decline: fraudDecline(rng) }),
          match: o.match,
          afterMs: gap(),
          installments: fewer,
        }),
      );
      if (works) return out;
    }
  }
  return out;
}

/**
 * Goods out of the door fast: a motorbike the same afternoon, a pickup collected within hours, a courier
 * delivering in days.
 */
export function fastDelivery(rng: Rng, f: 'moto' | 'pickup_point' | 'showroom' | 'courier'): LaterEvent[] {
  if (f === 'moto') return [{ type: 'order.updated', afterMs: rng.int(2, 7) * HOUR, status: 'delivered' }];
  if (f === 'showroom')
    return [{ type: 'order.updated', afterMs: rng.int(1, 8) * HOUR, status: 'collected' }];
  const ship = rng.int(10, 30) * HOUR;
  if (f === 'pickup_point')
    return [
      { type: 'order.updated', afterMs: ship, status: 'shipped' },
      { type: 'order.updated', afterMs: ship + rng.int(20, 50) * HOUR, status: 'collected' },
    ];
  return [
    { type: 'order.updated', afterMs: ship, status: 'shipped' },
    { type: 'order.updated', afterMs: ship + rng.int(24, 96) * HOUR, status: 'delivered' },
  ];
}

/**
 * The bill arrives: the issuer's early fraud warning (card payments only) after days, the holder's dispute after
 * weeks; with `caught`, the store spots it first and cancels and refunds before anything leaves.
 */
export function aftermath(
  rng: Rng,
  o: {
    warning: number;
    dispute: number;
    caught?: number;
    card: boolean;
    reason?: string;
    delivery: LaterEvent[];
  },
): LaterEvent[] {
  if (o.caught && rng.chance(o.caught))
    return [
      { type: 'order.cancelled', afterMs: rng.int(20, 600) * MINUTE, reason: 'suspected_fraud' },
      { type: 'refund.created', afterMs: rng.int(601, 900) * MINUTE, reason: 'fraudulent' },
    ];
  const out = [...o.delivery];
  if (o.card && rng.chance(o.warning))
    out.push({
      type: 'fraud_warning.created',
      afterMs: rng.int(2, 14) * DAY + rng.int(0, 23) * HOUR,
      reason: 'fraudulent',
    });
  if (rng.chance(o.dispute))
    out.push({
      type: 'dispute.created',
      afterMs: rng.int(12, 50) * DAY + rng.int(0, 23) * HOUR,
      reason: o.reason ?? 'fraudulent',
    });
  return out;
}
