import { type CheckResult } from '@vigil/contracts';
import {
  type Address,
  type Buyer,
  DAY,
  type Device,
  HOUR,
  type Later,
  MINUTE,
  otherAttempt,
  paid,
  type PaymentAttempt,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket, type Fulfilment, type Speed } from './catalogue.js';
import { type HeldCard, newCard, type Tier } from './people.js';

/** One planned purchase before events.ts renders it; how people pay, and what happens after the parcel leaves. */

export { DAY, HOUR, MINUTE, paid };

export type Method = 'card' | 'apple_pay' | 'google_pay' | 'paypal' | 'affirm' | 'shop_pay';
export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed';
export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'incorrect_zip'
  | 'incorrect_number'
  | 'expired_card'
  | 'card_velocity_exceeded'
  | 'transaction_not_allowed'
  | 'stolen_card'
  | 'lost_card'
  | 'pickup_card'
  | 'generic_decline'
  | 'affirm_declined'
  | 'paypal_declined';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** `status` marks fulfilment updates (`shipped`, `ready_for_pickup`, `delivered`, `picked_up`). */
export type LaterEvent = Later & { status?: string };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  fulfilment: Fulfilment;
  speed: Speed;
  signature: boolean;
  ip: string;
  device: Device;
  tier?: Tier;
  giftMessage?: string;
  recipientEmail?: string;
  company?: string;
}

/** How the card's issuer answers AVS: only US, Canadian and British issuers take part. */
export function avsOf(card: HeldCard, match: 'good' | 'partial' | 'bad'): CheckResult {
  if (!['US', 'CA', 'GB'].includes(card.country)) return 'unavailable';
  return match === 'good' ? 'pass' : match === 'partial' ? 'partial' : 'fail';
}

export type Entry = 'typed' | 'saved' | 'wallet';

export interface CardTry {
  entry: Entry;
  match: 'good' | 'partial' | 'bad';
  ok: boolean;
  decline?: Decline;
  afterMs: number;
}

/** A card authorisation: wallets carry a cryptogram instead of a CVC, saved cards send none. */
export function cardAttempt(rng: Rng, card: HeldCard, t: CardTry): Attempt {
  const method: Method = t.entry === 'wallet' ? (rng.chance(0.85) ? 'apple_pay' : 'google_pay') : 'card';
  const cvc: CheckResult =
    t.entry === 'wallet'
      ? 'unavailable'
      : t.entry === 'saved'
        ? 'unchecked'
        : t.decline === 'incorrect_cvc'
          ? 'fail'
          : 'pass';
  const avs: CheckResult = t.decline === 'incorrect_zip' ? avsOf(card, 'bad') : avsOf(card, t.match);
  // A US merchant asks for 3-D Secure only where the issuer insists on it: British cards.
  const threeDS: ThreeDS | undefined =
    card.country === 'GB'
      ? t.ok
        ? rng.chance(0.6)
          ? 'frictionless'
          : 'challenge_passed'
        : 'challenge_failed'
      : undefined;
  return {
    method,
    card,
    ok: t.ok,
    avs,
    cvc,
    ...(threeDS ? { threeDS } : {}),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

export const firstAuth = (rng: Rng): number => rng.int(8_000, 90_000);
export const retryGap = (rng: Rng): number => rng.int(40_000, 8 * MINUTE);

export interface Payer {
  cards: HeldCard[];
  country: string;
  signedIn: boolean;
  /** How the billing address they type matches the issuer's (moved, apartment number left out). */
  match?: 'good' | 'partial';
}

/**
 * How an honest customer pays: card (typed or saved), Apple Pay, PayPal, Shop Pay, or Affirm instalments on a big
 * piece. Big first purchases trip the issuer's fraud check: the buyer confirms by text or calls the bank and the
 * same card goes through twenty minutes later; others hit their limit and move to another card or Affirm.
 */
export function honestPay(rng: Rng, payer: Payer, amount: number, declineShare?: number): Attempt[] {
  const big = amount >= 150_000;
  const method = rng.weightedPick<Method>([
    ['card', 52],
    ['apple_pay', payer.country === 'US' ? 19 : 10],
    ['google_pay', 3],
    ['paypal', 11],
    ['shop_pay', 4],
    ['affirm', amount >= 250_000 ? 22 : amount >= 50_000 ? 9 : 0],
  ]);
  const first = firstAuth(rng);
  const declined = rng.chance(declineShare ?? (big ? 0.11 : 0.035));
  const match = payer.match ?? (rng.chance(0.06) ? 'partial' : 'good');
  if (method === 'affirm') {
    if (!rng.chance(0.14)) return [other('affirm', true, rng.int(2, 6) * MINUTE)];
    const out = [other('affirm', false, rng.int(2, 5) * MINUTE, 'affirm_declined')];
    const card = rng.pick(payer.cards);
    out.push(
      cardAttempt(rng, card, {
        entry: 'typed',
        match,
        ok: !rng.chance(0.15),
        decline: 'insufficient_funds',
        afterMs: retryGap(rng),
      }),
    );
    return out;
  }
  if (method === 'paypal' || method === 'shop_pay') {
    if (!declined) return [other(method, true, first)];
    return [other(method, false, first, 'paypal_declined'), other(method, true, retryGap(rng))];
  }
  const card = rng.pick(payer.cards);
  const entry: Entry = method !== 'card' ? 'wallet' : payer.signedIn && rng.chance(0.55) ? 'saved' : 'typed';
  const base = { entry, match } as const;
  if (!declined) return [cardAttempt(rng, card, { ...base, ok: true, afterMs: first })];
  const why = rng.weightedPick<Decline>(
    big
      ? [
          ['do_not_honor', 45],
          ['insufficient_funds', 25],
          ['card_velocity_exceeded', 15],
          ['transaction_not_allowed', 5],
          ['incorrect_cvc', 10],
        ]
      : [
          ['insufficient_funds', 30],
          ['do_not_honor', 25],
          ['incorrect_cvc', 20],
          ['expired_card', 10],
          ['generic_decline', 15],
        ],
  );
  const out = [cardAttempt(rng, card, { ...base, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.06)) return out;
  if (why === 'do_not_honor' && big) {
    // The bank texted "was this you?"; the buyer answered and tried again.
    out.push(cardAttempt(rng, card, { ...base, ok: true, afterMs: rng.int(6, 45) * MINUTE }));
    return out;
  }
  if (why === 'incorrect_cvc') {
    out.push(cardAttempt(rng, card, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  if (rng.chance(0.25)) {
    out.push(other(amount >= 50_000 && rng.chance(0.5) ? 'affirm' : 'paypal', true, retryGap(rng)));
    return out;
  }
  const next = payer.cards.find((c) => c !== card) ?? newCard(rng, card.country);
  out.push(cardAttempt(rng, next, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  return out;
}

/**
 * What happens to an honest order once paid. Shipped in one or two days (rush and overnight sooner), delivered
 * with a signature on anything over $500; hold-at-location parcels wait at the counter; showroom pickups by
 * appointment; e-gift cards arrive at once. Now and then the store's own review holds a big order and cancels
 * it, a buyer cancels before dispatch, a parcel is stolen from a porch and disputed, or an issuer flags a
 * genuine purchase.
 */
export function honestAfter(
  rng: Rng,
  p: { fulfilment: Fulfilment; speed: Speed; amount: number; abroad: boolean },
): LaterEvent[] {
  const { fulfilment: f, amount } = p;
  if (rng.chance(amount > 300_000 ? 0.025 : 0.008))
    return [
      {
        type: 'order.cancelled',
        afterMs: rng.int(2, 30) * HOUR,
        reason: rng.chance(0.6) ? 'customer_request' : 'merchant_review',
      },
      { type: 'refund.created', afterMs: rng.int(31, 40) * HOUR, reason: 'requested_by_customer' },
    ];
  const out = fulfil(rng, p);
  if (f === 'email') {
    if (rng.chance(0.002))
      out.push({
        type: 'fraud_warning.created',
        afterMs: rng.int(2, 9) * DAY,
        reason: 'unauthorized_use_of_card',
      });
    return out;
  }
  if (f === 'showroom_pickup') return out;
  const ship = out[0]?.afterMs ?? 0;
  if (rng.chance(0.003))
    out.push({
      type: 'dispute.created',
      afterMs: ship + rng.int(12, 40) * DAY,
      reason: 'product_not_received',
    });
  else if (rng.chance(0.0015))
    out.push({
      type: 'fraud_warning.created',
      afterMs: rng.int(3, 12) * DAY,
      reason: 'unauthorized_use_of_card',
    });
  return out;
}

/**
 * The fulfilment steps of a paid order: e-gift cards e-mailed within minutes; showroom pickups ready and collected;
 * parcels shipped in one or two days (rush and overnight sooner), delivered or held at the counter and picked up.
 */
export function fulfil(rng: Rng, p: { fulfilment: Fulfilment; speed: Speed; abroad: boolean }): LaterEvent[] {
  const f = p.fulfilment;
  if (f === 'email')
    return [{ type: 'order.updated', afterMs: rng.int(1, 10) * MINUTE, status: 'delivered' }];
  if (f === 'showroom_pickup') {
    const ready = rng.int(3, 48) * HOUR;
    return [
      { type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' },
      { type: 'order.updated', afterMs: ready + rng.int(4, 72) * HOUR, status: 'picked_up' },
    ];
  }
  const ship = (p.speed === 'ground' ? rng.int(18, 52) : rng.int(6, 28)) * HOUR;
  const transit = p.abroad
    ? rng.int(3, 8) * DAY
    : p.speed === 'overnight'
      ? rng.int(16, 26) * HOUR
      : p.speed === 'two_day'
        ? rng.int(40, 56) * HOUR
        : rng.int(3, 6) * DAY;
  const out: LaterEvent[] = [
    { type: 'order.updated', afterMs: ship, status: 'shipped' },
    {
      type: 'order.updated',
      afterMs: ship + transit,
      status: f === 'hold_at_location' ? 'ready_for_pickup' : 'delivered',
    },
  ];
  if (f === 'hold_at_location')
    out.push({ type: 'order.updated', afterMs: ship + transit + rng.int(2, 72) * HOUR, status: 'picked_up' });
  return out;
}

/** A return within the 30 days: the whole order, or one piece of two (a size, a colour, a change of heart). */
export function returned(
  rng: Rng,
  lines: ReadonlyArray<{ price: number; quantity: number }>,
  amount: number,
  after: number,
): LaterEvent {
  const piece =
    lines.length > 1 && rng.chance(0.5) ? Math.min(amount, lines[lines.length - 1]?.price ?? amount) : amount;
  return {
    type: 'refund.created',
    afterMs: after + rng.int(6, 28) * DAY,
    reason: 'requested_by_customer',
    amount: piece,
  };
}
