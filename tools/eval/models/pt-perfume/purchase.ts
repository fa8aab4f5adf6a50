import {
  type Address,
  type Buyer,
  DAY,
  type Device,
  HOUR,
  type Later,
  MINUTE,
  otherAttempt,
  type PaymentAttempt,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket, type Fulfilment } from './catalogue.js';
import {
  avs,
  cvc,
  type Decline,
  type Entry,
  type HeldCard,
  honestDecline,
  type Match,
  SCA,
} from './cards.js';

/** One planned purchase before events.ts renders it; how people pay, and what happens after checkout. */

export { DAY, HOUR, MINUTE };

export type Method =
  'card' | 'apple_pay' | 'google_pay' | 'mbway' | 'multibanco' | 'paypal' | 'klarna' | 'gift_card';
export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'exempt' | 'not_enrolled';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** `status` marks fulfilment updates (`shipped`, `delivered`, `ready_for_pickup`, `collected`, `sent`). */
export type LaterEvent = Later & { status?: string };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  fulfilment: Fulfilment;
  ip: string;
  device: Device;
  locale: string;
  channel: 'web' | 'app';
  giftMessage?: string;
  recipientName?: string;
  /** E-mailed gift cards: who receives them. */
  recipientEmail?: string;
  /** A company's name and tax number for the invoice. */
  company?: { name: string; vatId: string };
}

/** PSD2 strong authentication on European cards: low amounts exempt, large ones challenged; elsewhere seldom. */
export function secure(rng: Rng, card: HeldCard, amount: number, entry: Entry): ThreeDS {
  if (!SCA.has(card.country)) return rng.chance(0.55) ? 'not_enrolled' : 'frictionless';
  if (amount < 3000 && rng.chance(0.6)) return 'exempt';
  if (entry === 'saved' && rng.chance(0.5)) return 'frictionless';
  return rng.chance(amount > 25_000 ? 0.75 : 0.4) ? 'challenge_passed' : 'frictionless';
}

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** When the planner knows better (a phished one-time code, a failed challenge). */
  threeDS?: ThreeDS;
}

export function cardAttempt(rng: Rng, card: HeldCard, amount: number, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method = entry === 'wallet' ? (rng.chance(0.78) ? 'apple_pay' : 'google_pay') : 'card';
  const authFailed = t.decline === 'authentication_failed';
  const threeDS: ThreeDS =
    t.threeDS ??
    (authFailed
      ? 'challenge_failed'
      : !t.ok && !SCA.has(card.country)
        ? 'not_enrolled'
        : secure(rng, card, amount, entry));
  return {
    method,
    card,
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'good'),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    threeDS,
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

export const firstAuth = (rng: Rng): number => rng.int(6_000, 70_000);
export const retryGap = (rng: Rng): number => rng.int(25_000, 5 * MINUTE);

/** Who pays and what they can pay with. */
export interface Payer {
  cards: readonly HeldCard[];
  /** Country of the bank account (for MB Way and Multibanco). */
  bank: string;
  mbway: boolean;
  signedIn: boolean;
  /** First-time buyers are turned down by Klarna more often. */
  known: boolean;
  match?: Match;
}

/** What the checkout offers for this order. */
export interface Offer {
  amount: number;
  /** Gift cards cannot be bought with Klarna or another gift card. */
  giftCards: boolean;
  /** Multibanco references only for orders that can wait (no store collection today, no e-gift on the day). */
  multibanco: boolean;
}

/** The methods people use, by where they bank. */
function methodWeights(p: Payer, o: Offer): Array<readonly [Method, number]> {
  const klarna = !o.giftCards && o.amount >= 3500 && o.amount <= 150_000;
  const pt = p.bank === 'PT';
  const w: Array<readonly [Method, number]> = pt
    ? [
        ['card', 31],
        // MB Way purchases are capped at €750 by default.
        ['mbway', p.mbway && o.amount <= 75_000 ? 32 : 0],
        ['multibanco', o.multibanco ? (o.amount > 30_000 ? 14 : 8) : 0],
        ['paypal', 9],
        ['apple_pay', 11],
        ['google_pay', 4],
        ['klarna', klarna ? 5 : 0],
      ]
    : ['ES', 'FR', 'LU', 'BE', 'CH'].includes(p.bank)
      ? [
          ['card', 50],
          ['paypal', 21],
          ['apple_pay', 14],
          ['google_pay', 5],
          ['klarna', klarna ? 10 : 0],
        ]
      : [
          ['card', 62],
          ['paypal', 18],
          ['apple_pay', 15],
          ['google_pay', 5],
        ];
  return w.filter(([, n]) => n > 0);
}

/**
 * How an honest customer pays. Declines are retried the way people do: the 3-D Secure text answered this time,
 * the right code, another card, MB Way or PayPal; a few give up. A Multibanco reference is paid at an ATM or in
 * the bank's app hours later, and one in nine is never paid (the order lapses after three days).
 */
export function honestPay(rng: Rng, payer: Payer, offer: Offer, declineShare?: number): Attempt[] {
  const method = rng.weightedPick(methodWeights(payer, offer));
  const big = offer.amount > 30_000;
  const first = firstAuth(rng);
  const declined = rng.chance(declineShare ?? (big ? 0.08 : 0.04));
  if (method === 'multibanco') {
    if (rng.chance(0.11)) return [];
    return [
      other(
        'multibanco',
        true,
        rng.chance(0.5) ? rng.int(10 * MINUTE, 6 * HOUR) : rng.int(6 * HOUR, 66 * HOUR),
      ),
    ];
  }
  if (method === 'mbway') {
    // Four minutes to approve on the phone; a missed notification is the usual failure.
    const wait = rng.int(15_000, 150_000);
    if (!rng.chance(0.07)) return [other('mbway', true, first + wait)];
    const out = [
      other('mbway', false, first + 240_000, rng.chance(0.8) ? 'mbway_timeout' : 'mbway_rejected'),
    ];
    if (rng.chance(0.85)) out.push(other('mbway', true, retryGap(rng)));
    return out;
  }
  if (method === 'paypal' || method === 'klarna') {
    const fails = method === 'klarna' ? (payer.known ? 0.06 : 0.14) : 0.02;
    if (!rng.chance(fails)) return [other(method, true, first + rng.int(20_000, 90_000))];
    const out = [other(method, false, first, method === 'klarna' ? 'klarna_rejected' : 'paypal_declined')];
    const card = payer.cards[0];
    if (card && rng.chance(0.8))
      out.push(cardAttempt(rng, card, offer.amount, { ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  const card = rng.pick(payer.cards);
  const entry: Entry =
    method === 'apple_pay' || method === 'google_pay'
      ? 'wallet'
      : payer.signedIn && rng.chance(0.55)
        ? 'saved'
        : 'typed';
  const base = { entry, match: payer.match ?? 'good' } as const;
  if (!declined) return [cardAttempt(rng, card, offer.amount, { ...base, ok: true, afterMs: first })];
  const why = honestDecline(rng, big);
  const out = [cardAttempt(rng, card, offer.amount, { ...base, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.12)) return out;
  if (why === 'incorrect_cvc' || why === 'authentication_failed') {
    out.push(
      cardAttempt(rng, card, offer.amount, {
        ...base,
        entry: entry === 'wallet' ? 'wallet' : 'typed',
        ok: true,
        afterMs: retryGap(rng),
      }),
    );
    return out;
  }
  if (payer.mbway && offer.amount <= 75_000 && rng.chance(0.5)) {
    out.push(other('mbway', true, retryGap(rng)));
    return out;
  }
  const next = payer.cards.find((c) => c !== card);
  if (next)
    out.push(
      cardAttempt(rng, next, offer.amount, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }),
    );
  else out.push(other('paypal', true, retryGap(rng)));
  return out;
}

/** What an honest, paid order goes through: fulfilment, the odd return, breakage, late parcel or dispute. */
export interface AfterSpec {
  fulfilment: Fulfilment;
  amount: number;
  shippingFee: number;
  /** Days a parcel takes once shipped: [least, most]. */
  transit: readonly [number, number];
  /** A Mother's Day parcel: one delivered late is sometimes refunded its shipping. */
  gift: boolean;
}

export function honestAfter(rng: Rng, s: AfterSpec): LaterEvent[] {
  const { fulfilment: f, amount } = s;
  if (f === 'email') {
    const out: LaterEvent[] = [{ type: 'order.updated', afterMs: rng.int(1, 6) * MINUTE, status: 'sent' }];
    if (rng.chance(0.003))
      out.push({ type: 'dispute.created', afterMs: rng.int(20, 50) * DAY, reason: 'unrecognized' });
    return out;
  }
  if (rng.chance(0.012))
    return [
      { type: 'order.cancelled', afterMs: rng.int(1, 18) * HOUR, reason: 'customer_request' },
      { type: 'refund.created', afterMs: rng.int(19, 30) * HOUR, reason: 'requested_by_customer' },
    ];
  if (f === 'store_lisboa' || f === 'store_porto') {
    const ready = rng.int(2, 8) * HOUR;
    const out: LaterEvent[] = [{ type: 'order.updated', afterMs: ready, status: 'ready_for_collection' }];
    if (rng.chance(0.025))
      return [
        ...out,
        { type: 'order.cancelled', afterMs: ready + 10 * DAY, reason: 'not_collected' },
        { type: 'refund.created', afterMs: ready + 10 * DAY + HOUR, reason: 'not_collected' },
      ];
    out.push({ type: 'order.updated', afterMs: ready + rng.int(2, 96) * HOUR, status: 'collected' });
    return out;
  }
  const ship = rng.int(5, 36) * HOUR;
  const arrive = ship + rng.float(s.transit[0], s.transit[1]) * DAY;
  const out: LaterEvent[] = [{ type: 'order.updated', afterMs: ship, status: 'shipped' }];
  if (f === 'pickup_point') {
    out.push({ type: 'order.updated', afterMs: arrive, status: 'ready_for_pickup' });
    out.push({ type: 'order.updated', afterMs: arrive + rng.int(2, 80) * HOUR, status: 'collected' });
  } else out.push({ type: 'order.updated', afterMs: arrive, status: 'delivered' });
  if (rng.chance(0.0025))
    out.push({
      type: 'dispute.created',
      afterMs: arrive + rng.int(15, 45) * DAY,
      reason: 'product_not_received',
    });
  const r = rng.next();
  if (r < 0.012)
    out.push({
      type: 'refund.created',
      afterMs: arrive + rng.int(1, 4) * DAY,
      reason: 'damaged_in_transit',
      amount: Math.min(amount, Math.round(amount * rng.float(0.4, 1))),
    });
  else if (r < 0.035)
    out.push({
      type: 'refund.created',
      afterMs: arrive + rng.int(5, 14) * DAY,
      reason: 'returned_unopened',
      amount: Math.min(amount, Math.round(amount * rng.float(0.3, 1))),
    });
  else if (s.gift && s.shippingFee > 0 && r < 0.045)
    out.push({
      type: 'refund.created',
      afterMs: arrive + rng.int(1, 3) * DAY,
      reason: 'arrived_late',
      amount: s.shippingFee,
    });
  return out;
}
