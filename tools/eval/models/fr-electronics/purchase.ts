import {
  type Address,
  type Buyer,
  cardPaymentAttempt,
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
import { avs, cvc, type Decline, type Entry, type HeldCard, honestDecline, newCard } from './cards.js';
import { type Basket, type Fulfilment } from './catalogue.js';
import { type Market } from './places.js';

/** One planned purchase before events.ts renders it; how people pay, and what happens after checkout. */

export { DAY, HOUR, MINUTE, paid };

export type Method =
  'card' | 'apple_pay' | 'paypal' | 'instalments_3x' | 'instalments_4x' | 'gift_card' | 'bank_transfer';
export type ThreeDS =
  | 'frictionless'
  | 'challenge_passed'
  | 'challenge_failed'
  | 'exempt_low_value'
  | 'not_enrolled'
  | 'attempted';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** `status` marks fulfilment updates (`shipped`, `ready_for_pickup`, `collected`, …); the rest are the kit's. */
export type LaterEvent = Later & { status?: string };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  market: Market;
  shipping?: Address;
  fulfilment: Fulfilment;
  pickupStore?: string;
  ip: string;
  device: Device;
  channel: 'web' | 'app';
  loyaltyCard?: string;
  /** An e-gift card or e-ticket sent to someone else. */
  recipientEmail?: string;
  company?: { name: string; vatId: string };
}

/** Card methods the provider reports with card details and checks. */
export const CARD_METHODS: ReadonlySet<Method> = new Set([
  'card',
  'apple_pay',
  'instalments_3x',
  'instalments_4x',
]);

const SCA = new Set(['FR', 'BE', 'LU', 'CH', 'DE', 'GB', 'ES', 'IT', 'NL']);

/** 3-D Secure as the issuer runs it: PSD2 in Europe (low-value exemptions), patchy elsewhere. */
export function secure(rng: Rng, card: HeldCard, ok: boolean, amount: number): ThreeDS {
  if (!SCA.has(card.country)) {
    if (!ok) return rng.chance(0.5) ? 'challenge_failed' : 'not_enrolled';
    return rng.weightedPick<ThreeDS>([
      ['not_enrolled', 4],
      ['attempted', 3],
      ['frictionless', 3],
    ]);
  }
  if (!ok) return 'challenge_failed';
  if (amount < 30_00 && rng.chance(0.6)) return 'exempt_low_value';
  return rng.chance(amount > 500_00 ? 0.75 : 0.4) ? 'challenge_passed' : 'frictionless';
}

export interface CardTry {
  entry?: Entry;
  /** Whether the billing address is the cardholder's. */
  matches?: boolean;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  method?: Method;
  /** When the planner knows better: an OTP phished from the holder, a failed challenge. */
  threeDS?: ThreeDS;
}

export function cardAttempt(rng: Rng, card: HeldCard, amount: number, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method = t.method ?? (entry === 'wallet' ? 'apple_pay' : 'card');
  const authFailed = !t.ok && t.decline === 'authentication_failed';
  return cardPaymentAttempt({
    method,
    card,
    ok: t.ok,
    avs: avs(rng, card, t.matches ?? true),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    threeDS: t.threeDS ?? (authFailed ? 'challenge_failed' : secure(rng, card, t.ok || !authFailed, amount)),
    afterMs: t.afterMs,
    decline: t.decline,
  });
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

/** Time from order to the first authorisation: the payment page, 3-D Secure in the bank's app. */
export const firstAuth = (rng: Rng): number => rng.int(8_000, 70_000);
export const retryGap = (rng: Rng): number => rng.int(40_000, 7 * MINUTE);

export interface Payer {
  cards: HeldCard[];
  market: Market;
  signedIn: boolean;
  /** Gift-card or loyalty balance the buyer can spend, cents. */
  balance?: number;
}

export interface PayOptions {
  /** Pay in three or four instalments (the provider's scoring may refuse). */
  instalments?: 3 | 4;
  declineShare?: number;
  /** Weight of PayPal among methods. */
  paypal?: number;
  /** Weight of Apple Pay. */
  applePay?: number;
}

/**
 * How an honest customer pays: a typed or saved card (mostly Cartes Bancaires), Apple Pay, PayPal, a gift card
 * received at Christmas for small baskets, or three or four instalments for big ones. Declines are retried as
 * people do: the 3-D Secure prompt answered this time, the right code, another card, PayPal; a few give up.
 */
export function honestPay(rng: Rng, payer: Payer, amount: number, o: PayOptions = {}): Attempt[] {
  const big = amount > 800_00;
  const first = firstAuth(rng);
  if (o.instalments) {
    const method: Method = o.instalments === 3 ? 'instalments_3x' : 'instalments_4x';
    const card = rng.pick(payer.cards);
    if (rng.chance(0.12)) {
      // The provider's scoring refuses; most then pay at once by card, some give up.
      const out = [
        cardAttempt(rng, card, amount, { method, ok: false, decline: 'instalment_refused', afterMs: first }),
      ];
      if (rng.chance(0.75)) out.push(cardAttempt(rng, card, amount, { ok: true, afterMs: retryGap(rng) }));
      return out;
    }
    return [
      cardAttempt(rng, card, amount, { method, ok: true, afterMs: first + rng.int(60_000, 4 * MINUTE) }),
    ];
  }
  if (payer.balance !== undefined && payer.balance >= amount && rng.chance(0.6))
    return [other('gift_card', true, rng.int(4_000, 20_000))];
  const method = rng.weightedPick<Method>([
    ['card', 62],
    ['apple_pay', o.applePay ?? 14],
    ['paypal', o.paypal ?? 16],
  ]);
  const declined = rng.chance(o.declineShare ?? (big ? 0.09 : 0.045));
  if (method === 'paypal') {
    if (!declined) return [other('paypal', true, first)];
    return [
      other('paypal', false, first, 'do_not_honor'),
      cardAttempt(rng, rng.pick(payer.cards), amount, { ok: true, afterMs: retryGap(rng) }),
    ];
  }
  const card = rng.pick(payer.cards);
  const entry: Entry =
    method === 'apple_pay' ? 'wallet' : payer.signedIn && rng.chance(0.55) ? 'saved' : 'typed';
  if (!declined) return [cardAttempt(rng, card, amount, { entry, ok: true, afterMs: first })];
  const why = honestDecline(rng, big);
  const out = [cardAttempt(rng, card, amount, { entry, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.12)) return out;
  if (why === 'incorrect_cvc' || why === 'authentication_failed') {
    out.push(cardAttempt(rng, card, amount, { entry: 'typed', ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  if (rng.chance(0.3)) {
    out.push(other('paypal', true, retryGap(rng)));
    return out;
  }
  const next = payer.cards.find((c) => c !== card) ?? newCard(rng, card.country, 'debit');
  out.push(cardAttempt(rng, next, amount, { entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  return out;
}

/** Days a parcel takes to arrive, by market. */
const transit = (rng: Rng, market: Market): number =>
  market === 'RE' || market === 'GP'
    ? rng.int(5, 12) * DAY
    : market === 'FR'
      ? rng.int(20, 60) * HOUR
      : rng.int(40, 96) * HOUR;

/**
 * The fulfilment of a paid order: prepared and shipped, delivered or dropped at the relay point and collected,
 * ready in the shop within the hour, a delivery slot booked with the two-person crew, or e-mailed at once.
 */
export function fulfilmentSteps(rng: Rng, f: Fulfilment, market: Market): LaterEvent[] {
  if (f === 'e_delivery')
    return [{ type: 'order.updated', afterMs: rng.int(2, 15) * MINUTE, status: 'delivered' }];
  if (f === 'store_pickup') {
    const ready = rng.int(20, 60) * MINUTE;
    return [
      { type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' },
      { type: 'order.updated', afterMs: ready + rng.int(1, 50) * HOUR, status: 'collected' },
    ];
  }
  if (f === 'two_person') {
    const slot = rng.int(3, 9) * DAY;
    return [
      { type: 'order.updated', afterMs: rng.int(2, 20) * HOUR, status: 'delivery_scheduled' },
      { type: 'order.updated', afterMs: slot, status: 'delivered' },
    ];
  }
  const ship = rng.int(6, 36) * HOUR;
  const arrive = ship + transit(rng, market);
  if (f === 'relay_point')
    return [
      { type: 'order.updated', afterMs: ship, status: 'shipped' },
      { type: 'order.updated', afterMs: arrive, status: 'at_relay_point' },
      { type: 'order.updated', afterMs: arrive + rng.int(2, 96) * HOUR, status: 'collected' },
    ];
  return [
    { type: 'order.updated', afterMs: ship, status: 'shipped' },
    { type: 'order.updated', afterMs: arrive, status: 'delivered' },
  ];
}

/** When the goods reached the buyer, by the plan: the last fulfilment step. */
export const handedOver = (steps: readonly LaterEvent[]): number =>
  Math.max(0, ...steps.map((s) => s.afterMs));

/**
 * What happens to an honest order: its fulfilment, and now and then a cancellation before dispatch, a return
 * within the fourteen days (more for large screens and clothes-like impulse buys), a damaged TV, or a parcel
 * the carrier lost that ends in a dispute.
 */
export function honestAfter(rng: Rng, f: Fulfilment, market: Market, amount: number): LaterEvent[] {
  if (f !== 'e_delivery' && rng.chance(0.015))
    return [
      { type: 'order.cancelled', afterMs: rng.int(1, 5) * HOUR, reason: 'customer_request' },
      { type: 'refund.created', afterMs: rng.int(6, 30) * HOUR, reason: 'requested_by_customer' },
    ];
  const steps = fulfilmentSteps(rng, f, market);
  const done = handedOver(steps);
  if (f === 'e_delivery') return steps;
  if (rng.chance(0.045))
    steps.push({ type: 'refund.created', afterMs: done + rng.int(3, 16) * DAY, reason: 'returned' });
  else if (rng.chance(0.01))
    steps.push({
      type: 'refund.created',
      afterMs: done + rng.int(1, 5) * DAY,
      reason: 'damaged_in_transit',
      amount: Math.min(amount, rng.int(5, 30) * 1000),
    });
  else if (f !== 'store_pickup' && rng.chance(0.0025))
    steps.push({
      type: 'dispute.created',
      afterMs: done + rng.int(20, 50) * DAY,
      reason: 'product_not_received',
    });
  return steps;
}
