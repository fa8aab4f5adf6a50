import { type Address, type Buyer, type Card, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Decline, type ThreeDS } from './cards.js';
import { type Basket, type Fulfilment } from './catalogue.js';
import {
  type Attempt,
  cardTry,
  channelOf,
  DAY,
  deliveredAt,
  FULFIL,
  type Fulfil,
  fulfilment,
  HOUR,
  type LaterEvent,
  type Method,
  MINUTE,
  type Purchase,
  usdOf,
} from './purchase.js';

/**
 * What the fraud planners share: assembling a purchase, card runs on stolen cards, and how chargebacks come.
 */

export interface FraudFields {
  kind: string;
  at: number;
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  basket: Basket;
  fulfilment: Fulfilment;
  method: Method;
  attempts: Attempt[];
  later: LaterEvent[];
  ip: string;
  device: Device;
  locale: string;
  giftNote?: string;
}

export const fraudPurchase = (f: FraudFields): Purchase => ({
  at: f.at,
  fraud: true,
  kind: f.kind,
  basket: f.basket,
  billing: f.billing,
  attempts: f.attempts,
  later: f.later,
  buyer: f.buyer,
  ...(f.shipping ? { shipping: f.shipping } : {}),
  fulfilment: f.fulfilment,
  method: f.method,
  ip: f.ip,
  device: f.device,
  locale: f.locale,
  channel: channelOf(f.device),
  ...(f.giftNote ? { giftNote: f.giftNote } : {}),
  ...(f.fulfilment === 'express_international' ? { duty: 'ddu' as const } : {}),
});

/** The fulfilment timing for a purchase's fulfilment method. */
export const fulfilOf = (f: Fulfilment): Fulfil =>
  f === 'express_international'
    ? FULFIL.abroad
    : f === 'pickup'
      ? FULFIL.pickup
      : f === 'freight'
        ? FULFIL.freight
        : f === 'email'
          ? FULFIL.email
          : FULFIL.egypt;

export interface StolenTry {
  /** Chance the issuer's 3-D Secure challenge stops the fraudster. */
  challengeFails: number;
  /** Chance the issuer declines anyway (reported stolen, no funds). */
  issuerDeclines: number;
  /** The 3-D Secure result when it goes through. */
  passedAs: () => ThreeDS;
}

/**
 * Up to `cards.length` stolen cards tried one after another on the same checkout, each a few minutes apart,
 * until one goes through.
 */
export function stolenRun(
  rng: Rng,
  cards: readonly Card[],
  usd: number,
  how: StolenTry,
  typed = true,
): Attempt[] {
  const out: Attempt[] = [];
  for (const [i, card] of cards.entries()) {
    const afterMs = i === 0 ? rng.int(20_000, 120_000) : rng.int(45_000, 5 * MINUTE);
    const entry = typed ? 'typed' : 'saved';
    if (rng.chance(how.challengeFails)) {
      out.push(cardTry(rng, card, usd, { entry, ok: false, decline: 'authentication_failed', afterMs }));
      continue;
    }
    if (rng.chance(how.issuerDeclines)) {
      const decline = rng.weightedPick<Decline>([
        ['stolen_card', 3],
        ['do_not_honor', 4],
        ['insufficient_funds', 2],
        ['lost_card', 1],
      ]);
      out.push(cardTry(rng, card, usd, { entry, ok: false, decline, afterMs, threeDS: how.passedAs() }));
      continue;
    }
    out.push(cardTry(rng, card, usd, { entry, ok: true, afterMs, threeDS: how.passedAs() }));
    break;
  }
  return out;
}

export const isPaid = (attempts: readonly Attempt[]): boolean => attempts.some((a) => a.ok);

/** An unpaid checkout is released within the hour. */
export const released = (rng: Rng): LaterEvent[] => [
  { type: 'order.cancelled', afterMs: rng.int(30, 75) * MINUTE, reason: 'payment_failed' },
];

export interface Chargeback {
  /** Chance of an early warning from the issuer (TC40 / SAFE), days after the order. */
  warning: number;
  warningDays: readonly [number, number];
  /** Chance of a dispute, days after delivery. */
  dispute: number;
  disputeDays: readonly [number, number];
  reason: string;
  /** Chance the warning comes before dispatch and the shop cancels the order instead of shipping it. */
  caughtEarly?: number;
}

/**
 * A paid fraudulent order: shipped and delivered (unless an early warning makes the shop cancel it first),
 * then the issuer's warning and the cardholder's dispute.
 */
export function stolenAfter(rng: Rng, f: Fulfilment, paidAt: number, cb: Chargeback): LaterEvent[] {
  const from = paidAt + rng.int(5, 40) * MINUTE;
  if (cb.caughtEarly && rng.chance(cb.caughtEarly))
    return [
      { type: 'fraud_warning.created', afterMs: from + rng.float(3, 14) * HOUR, reason: 'fraudulent' },
      { type: 'order.cancelled', afterMs: from + rng.float(15, 20) * HOUR, reason: 'suspected_fraud' },
    ];
  const steps = fulfilment(rng, from, fulfilOf(f));
  const door = deliveredAt(steps, from);
  const out = [...steps];
  if (rng.chance(cb.warning))
    out.push({
      type: 'fraud_warning.created',
      afterMs: from + rng.float(cb.warningDays[0], cb.warningDays[1]) * DAY,
      reason: 'fraudulent',
    });
  if (rng.chance(cb.dispute))
    out.push({
      type: 'dispute.created',
      afterMs: door + rng.float(cb.disputeDays[0], cb.disputeDays[1]) * DAY,
      reason: cb.reason,
    });
  return out;
}

/** When the last attempt happened, roughly: the sum of the attempts' delays. */
export const paidAtOf = (attempts: readonly Attempt[]): number => attempts.reduce((t, a) => t + a.afterMs, 0);

export { usdOf };
