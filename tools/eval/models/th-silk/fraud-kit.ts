import { type Card, type Device, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { fulfilment } from './after.js';
import { binsOf, cardFrom } from './cards.js';
import { type Delivery } from './catalogue.js';
import { deviceOf } from './people.js';
import {
  type Attempt,
  cardTry,
  type Decline,
  DAY,
  HOUR,
  type LaterEvent,
  paid,
  releaseUnpaid,
  retryGap,
  firstAuth,
  type ThreeDS,
} from './purchase.js';

/** What the fraud kinds share: throwaway e-mails, tooling devices, card runs, and how stolen money ends. */

const JUNK_DOMAINS = ['gmail.com', 'gmail.com', 'outlook.com', 'hotmail.com', 'yahoo.com', 'proton.me'];

/** A throwaway address: random letters and digits, or a name with too many digits. */
export function junkEmail(rng: Rng, name?: string): string {
  const handle =
    name && rng.chance(0.5)
      ? `${name.toLowerCase().replace(/[^a-z]/g, '')}${rng.digits(rng.int(3, 5))}`
      : `${rng.token(rng.int(6, 9))}${rng.digits(rng.int(2, 4))}`;
  return `${handle}@${rng.pick(JUNK_DOMAINS)}`;
}

/** A fraud workstation: Windows Chrome (an anti-detect browser looks the same), now and then headless. */
export function toolDevice(rng: Rng): Device {
  if (rng.chance(0.2)) {
    const v = rng.pick(['130.0.6723.58', '131.0.6778.85']);
    return {
      id: `dev_${rng.token(20)}`,
      userAgent: `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/${v} Safari/537.36`,
    };
  }
  return deviceOf(rng, rng.chance(0.85) ? 'windows' : 'mac');
}

/** A stolen card from a country's issuers. */
export function stolenCard(rng: Rng, country: string): Card {
  const [bin, brand] = rng.pick(binsOf(country));
  return cardFrom(rng, bin, brand, country);
}

export interface CardRun {
  cards: readonly Card[];
  /** Chance each card goes through. */
  ok: number;
  declines: ReadonlyArray<readonly [Decline, number]>;
  /** Whether the billing address entered is each card's holder's (AVS), by position. */
  match: (i: number) => boolean;
  /** 3-D Secure when a card goes through. */
  passed: (rng: Rng, card: Card) => ThreeDS;
  /** Seconds between tries. */
  gap?: readonly [number, number];
}

/** Cards tried one after another until one goes through or the list runs out. */
export function cardRun(rng: Rng, run: CardRun): Attempt[] {
  const out: Attempt[] = [];
  for (const [i, card] of run.cards.entries()) {
    const afterMs =
      i === 0 ? firstAuth(rng) : run.gap ? rng.int(run.gap[0], run.gap[1]) * 1000 : retryGap(rng);
    const ok = rng.chance(run.ok);
    const decline = ok ? undefined : rng.weightedPick(run.declines);
    out.push(
      cardTry(rng, card, {
        ok,
        afterMs,
        match: run.match(i),
        ...(decline ? { decline } : {}),
        threeDS: ok
          ? run.passed(rng, card)
          : decline === 'authentication_failed'
            ? 'challenge_failed'
            : card.country === 'TH'
              ? 'challenge_passed'
              : 'frictionless',
      }),
    );
    if (ok) break;
  }
  return out;
}

export interface StolenEnd {
  delivery: Delivery;
  provincial: boolean;
  /** The store stops it before dispatch (a call from the bank, a review) and refunds. */
  caught: number;
  /** The issuer's early fraud warning. */
  warned: number;
  /** After a warning the store refunds rather than wait for the chargeback. */
  refundOnWarning: number;
  /** The cardholder's chargeback. */
  disputed: number;
  disputeDays: readonly [number, number];
  /** An address change after the order, before it ships. */
  readdress?: LaterEvent['shipping'];
}

/** How stolen-card money ends: released unpaid, stopped before dispatch, or shipped and then charged back. */
export function stolenEnd(rng: Rng, attempts: readonly Attempt[], e: StolenEnd): LaterEvent[] {
  if (!paid({ attempts })) return [releaseUnpaid(rng, attempts)];
  if (rng.chance(e.caught))
    return [{ type: 'order.cancelled', afterMs: rng.int(2, 30) * HOUR, reason: 'suspected_fraud' }];
  const out: LaterEvent[] = [];
  if (e.readdress)
    out.push({
      type: 'order.updated',
      afterMs: rng.int(20, 180) * 60_000,
      shipping: e.readdress,
      reason: 'address_changed',
    });
  out.push(...fulfilment(rng, { delivery: e.delivery, provincial: e.provincial, cod: false }));
  const warned = rng.chance(e.warned);
  const warnAt = rng.int(2, 12) * DAY;
  if (warned) out.push({ type: 'fraud_warning.created', afterMs: warnAt, reason: 'fraudulent' });
  if (warned && rng.chance(e.refundOnWarning)) {
    out.push({ type: 'refund.created', afterMs: warnAt + rng.int(4, 48) * HOUR, reason: 'fraudulent' });
    return out;
  }
  if (rng.chance(e.disputed))
    out.push({
      type: 'dispute.created',
      afterMs: rng.int(e.disputeDays[0], e.disputeDays[1]) * DAY,
      reason: 'fraudulent',
    });
  return out;
}

/** A moment in [start, end) of the window for a run of `span` ms that must fit in it. */
export function fitRun(t: number, w: Window, span: number): number {
  return Math.max(w.start, Math.min(t, w.end - span - 1));
}
