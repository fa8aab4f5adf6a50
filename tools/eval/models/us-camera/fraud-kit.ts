import { type Address, DAY, type Device, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { afterWork } from './calendar.js';
import { type HeldCard, newCard, stolenDecline } from './cards.js';
import { type Fulfilment } from './catalogue.js';
import { ipIn, type NetKind, pickNetwork } from './networks.js';
import { deviceId, localPart, type Person, person, SPOOFED } from './people.js';
import { pickState, type State, stateOfZip, usAddress } from './places.js';
import {
  type Attempt,
  cardAttempt,
  type CardTry,
  fulfil,
  type LaterEvent,
  paidAfter,
  type Purchase,
  step,
} from './purchase.js';

/** What the fraud planners share: victims, throwaway e-mails, proxies and anti-detect browsers, chargebacks. */

/** A cardholder whose card details (with billing address, from phishing or a breach) are being used. */
export interface Victim {
  person: Person;
  state: State;
  home: Address;
  card: HeldCard;
}

export function victim(rng: Rng, state = pickState(rng)): Victim {
  return {
    person: person(rng),
    state,
    home: usAddress(rng, state),
    card: newCard(rng, 'US', rng.chance(0.85) ? 'credit' : 'debit'),
  };
}

/** An e-mail made for the order: one that looks like the victim's, or keyboard noise. */
export function fraudEmail(rng: Rng, p: Person, style: 'lookalike' | 'noise'): string {
  if (style === 'lookalike')
    return `${localPart(rng, p)}${rng.chance(0.5) ? rng.int(1, 99) : ''}@${rng.weightedPick([
      ['gmail.com', 60],
      ['outlook.com', 15],
      ['yahoo.com', 15],
      ['aol.com', 5],
      ['icloud.com', 5],
    ] as const)}`;
  return `${rng.token(rng.int(6, 11), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(1, 4))}@${rng.weightedPick(
    [
      ['gmail.com', 40],
      ['outlook.com', 20],
      ['hotmail.com', 15],
      ['yahoo.com', 10],
      ['proton.me', 8],
      ['mail.com', 7],
    ] as const,
  )}`;
}

/** A residential proxy exit in the US (bought by the hour; IPv4), or the network asked for. */
export const proxyIp = (rng: Rng, country = 'US', kind: NetKind = 'residential'): string =>
  ipIn(rng, pickNetwork(rng, country, kind), 0);

/** An anti-detect browser profile: an ordinary Chrome, a fresh fingerprint per profile. */
export const spoofedDevice = (rng: Rng): Device => ({ userAgent: rng.pick(SPOOFED), id: deviceId(rng) });

/** The ship-to's state for sales tax (the drops are all in the table). */
export const stateAt = (a: Address): State | undefined => stateOfZip(a.postalCode ?? '');

/**
 * Stolen-card attempts: most go through first time (the details are complete), some are declined and another
 * card is tried, some are given up on. `tries` extra cards at most.
 */
export function stolenAttempts(
  rng: Rng,
  first: HeldCard,
  amount: number,
  o: {
    okFirst: number;
    tries: number;
    base: Omit<CardTry, 'ok' | 'afterMs' | 'decline'>;
    next: () => HeldCard;
    finalOk: number;
  },
): Attempt[] {
  const out: Attempt[] = [];
  if (rng.chance(o.okFirst))
    return [cardAttempt(rng, first, amount, { ...o.base, ok: true, afterMs: rng.int(3_000, 25_000) })];
  out.push(
    cardAttempt(rng, first, amount, {
      ...o.base,
      ok: false,
      decline: stolenDecline(rng),
      afterMs: rng.int(3_000, 25_000),
    }),
  );
  const extra = rng.int(0, o.tries);
  for (let i = 0; i < extra; i++) {
    const last = i === extra - 1;
    const ok = last && rng.chance(o.finalOk);
    out.push(
      cardAttempt(rng, o.next(), amount, {
        ...o.base,
        ok,
        ...(ok ? {} : { decline: stolenDecline(rng) }),
        afterMs: rng.int(20_000, 4 * MINUTE),
      }),
    );
  }
  return out;
}

export interface Chargebacks {
  /** The store's review cancels it before it leaves (and refunds). */
  caught: number;
  /** The issuer's early fraud warning. */
  warning: number;
  /** The cardholder's dispute. */
  dispute: number;
  /** The reason the issuer sends. */
  disputeReason?: string;
  warningReason?: string;
  /** The share of warned orders the store refunds at once (0.35 unless given). */
  refundOnWarning?: number;
  collectWithin?: number;
  /** A step the planner adds (an address change, an overdue invoice). */
  also?: (placed: number, handedOver: number) => LaterEvent[];
}

/**
 * What follows a fraudulent paid order: the store's verification cancels some before they leave; the rest are
 * fulfilled, then the issuer's early fraud warning (after which the store refunds some at once, which heads off
 * the dispute) and the cardholder's dispute weeks later.
 */
export function chargebacks(rng: Rng, p: Purchase, c: Chargebacks): LaterEvent[] {
  if (!p.attempts.some((a) => a.ok)) return [];
  const placed = p.at;
  const paidAt = paidAfter(p.attempts);
  if (rng.chance(c.caught)) {
    const at = afterWork(placed + paidAt, rng.int(20, 240) * MINUTE);
    return [
      step(placed, 'order.cancelled', at, { reason: 'verification_failed' }),
      step(placed, 'refund.created', at + rng.int(2, 30) * MINUTE, { reason: 'fraudulent' }),
    ];
  }
  const goods = p.basket.lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const { steps, handedOver } = fulfil(rng, placed, paidAt, p.fulfilment as Fulfilment, goods, {
    ...(c.collectWithin ? { collectWithin: c.collectWithin } : {}),
  });
  const out = [...steps, ...(c.also?.(placed, handedOver) ?? [])];
  let refunded = false;
  if (rng.chance(c.warning)) {
    const at = placed + rng.int(2, 14) * DAY + rng.int(0, 23) * HOUR;
    out.push(
      step(placed, 'fraud_warning.created', at, { reason: c.warningReason ?? 'made_with_stolen_card' }),
    );
    if (rng.chance(c.refundOnWarning ?? 0.35)) {
      out.push(
        step(placed, 'refund.created', afterWork(at, rng.int(1, 20) * HOUR), { reason: 'fraudulent' }),
      );
      refunded = true;
    }
  }
  if (!refunded && rng.chance(c.dispute))
    out.push(
      step(placed, 'dispute.created', placed + rng.int(12, 70) * DAY + rng.int(0, 23) * HOUR, {
        reason: c.disputeReason ?? 'fraudulent',
      }),
    );
  return out;
}
