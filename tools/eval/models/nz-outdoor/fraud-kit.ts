import { type Address, DAY, type Device, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard, stolenDecline, type Match, type ThreeDS } from './cards.js';
import { type Fulfilment } from './catalogue.js';
import { DROP_TOWNS, nzAddress, pickTown } from './places.js';
import { deviceId, newDevice, type Person, plain } from './people.js';
import { type Attempt, cardAttempt, firstAuth, type LaterEvent } from './purchase.js';

/**
 * What the fraud kinds share: throwaway mailboxes, the drop addresses resold goods are sent to, a crew's few
 * phones and laptops, stolen cards tried one after another, and what follows a stolen-card order (a manual
 * review that stops it now and then, otherwise dispatch, the issuer's early fraud warning and the chargeback).
 */

/** A throwaway or made-up mailbox; with a person, it borrows their name as a fresh sign-up would. */
export function junkEmail(rng: Rng, p?: Person): string {
  const domain = rng.weightedPick<string>([
    ['gmail.com', 50],
    ['outlook.com', 18],
    ['hotmail.com', 8],
    ['proton.me', 8],
    ['mail.com', 7],
    ['yahoo.com', 5],
    ['gmx.com', 4],
  ]);
  if (p && rng.chance(0.7)) {
    const f = plain(p.first) || 'nz';
    const l = plain(p.last) || 'buyer';
    const local = rng.pick([
      `${f}${l}${rng.digits(rng.int(2, 4))}`,
      `${f}.${l}${rng.digits(3)}`,
      `${l}${f.charAt(0)}${rng.digits(4)}`,
    ]);
    return `${local}@${domain}`;
  }
  return `${rng.token(rng.int(7, 11), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(0, 3))}@${domain}`;
}

/** An address in one of the suburbs goods are dropped at and picked up from. */
export const dropAddress = (rng: Rng): Address => nzAddress(rng, pickTown(rng, DROP_TOWNS));

/** A crew's handful of devices, one of which each order uses. */
export function crewDevices(rng: Rng, n: number, mobile = true): Device[] {
  return Array.from({ length: n }, () => newDevice(rng, { mobile, blocked: 0 }));
}

/** An anti-detect browser: an ordinary user agent with a new fingerprint id each time (or none). */
export function maskedDevice(rng: Rng): Device {
  const d = newDevice(rng, { blocked: 0.3 });
  return d.id ? { userAgent: d.userAgent, id: deviceId(rng) } : d;
}

export interface StolenTry {
  /** Cards tried, each from a different victim, in order; the last may go through. */
  cards: HeldCard[];
  amount: number;
  /** The chance the last card goes through. */
  lastOk: number;
  match?: Match;
  /** 3-D Secure on the card that goes through (a phished one-time code, a frictionless pass). */
  passed?: () => ThreeDS;
}

/** Stolen cards tried one after another, quickly, until one goes through (or none does). */
export function stolenAttempts(rng: Rng, t: StolenTry): Attempt[] {
  const out: Attempt[] = [];
  t.cards.forEach((card, i) => {
    const last = i === t.cards.length - 1;
    const ok = last && rng.chance(t.lastOk);
    const afterMs = i === 0 ? firstAuth(rng) : rng.int(15_000, 3 * MINUTE);
    const match = t.match ?? 'good';
    if (ok)
      out.push(
        cardAttempt(rng, card, t.amount, {
          ok,
          match,
          afterMs,
          ...(t.passed ? { threeDS: t.passed() } : {}),
        }),
      );
    else out.push(cardAttempt(rng, card, t.amount, { ok, match, afterMs, decline: stolenDecline(rng) }));
  });
  return out;
}

/** `n` stolen cards from issuers in `country`. */
export const stolenCards = (rng: Rng, country: string, n: number): HeldCard[] =>
  Array.from({ length: n }, () => newCard(rng, country, rng.chance(0.6) ? 'credit' : 'debit'));

/** How many cards a fraudster burns through before one works. */
export const triesOf = (rng: Rng): number =>
  rng.weightedPick([
    [1, 55],
    [2, 25],
    [3, 13],
    [4, 7],
  ] as const);

export interface StolenOutcome {
  /** The share stopped by the store's manual review before dispatch. */
  reviewed: number;
  /** The chance of an early fraud warning and of a chargeback. */
  warning: number;
  dispute: number;
}

/**
 * After a stolen-card order is paid: now and then the store's review cancels and refunds it before dispatch;
 * otherwise it is sent (or collected by a runner), the issuer's early fraud warning comes within days and the
 * cardholder's chargeback within weeks.
 */
export function stolenAfter(rng: Rng, f: Fulfilment, o: StolenOutcome): LaterEvent[] {
  if (rng.chance(o.reviewed)) {
    const at = rng.int(2, 14) * HOUR;
    return [
      { type: 'order.cancelled', afterMs: at, reason: 'suspected_fraud' },
      { type: 'refund.created', afterMs: at + rng.int(10, 60) * MINUTE, reason: 'fraudulent' },
    ];
  }
  const out: LaterEvent[] = [];
  if (f === 'email')
    out.push({ type: 'order.updated', afterMs: rng.int(20_000, 3 * MINUTE), status: 'emailed' });
  else if (f === 'click_and_collect') {
    const ready = rng.int(1, 5) * HOUR;
    out.push({ type: 'order.updated', afterMs: ready, status: 'ready_for_collection' });
    out.push({ type: 'order.updated', afterMs: ready + rng.int(1, 30) * HOUR, status: 'collected' });
  } else {
    const ship = rng.int(5, 36) * HOUR;
    out.push({ type: 'order.updated', afterMs: ship, status: 'shipped' });
    out.push({ type: 'order.updated', afterMs: ship + rng.int(16, 70) * HOUR, status: 'delivered' });
  }
  if (rng.chance(o.warning))
    out.push({ type: 'fraud_warning.created', afterMs: rng.int(2, 14) * DAY, reason: 'fraudulent' });
  if (rng.chance(o.dispute))
    out.push({ type: 'dispute.created', afterMs: rng.int(15, 70) * DAY, reason: 'fraudulent' });
  return out;
}
