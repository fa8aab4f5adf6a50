import {
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
import {
  avs,
  cvc,
  type Decline,
  type Entry,
  type HeldCard,
  honestDecline,
  type Match,
  newCard,
} from './cards.js';
import { type Basket, type Shipping } from './catalogue.js';
import { type Where } from './places.js';

/** One planned purchase before events.ts renders it; how people pay, and what happens after checkout. */

export { DAY, HOUR, MINUTE, paid };

export type Method =
  'card' | 'apple_pay' | 'google_pay' | 'paypal' | 'affirm' | 'klarna' | 'gift_card' | 'bank_transfer';
export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'exempt';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** `status` marks fulfilment updates; `shipping` a changed delivery address. */
export type LaterEvent = Later & { status?: string; shipping?: Where };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  billing: Where;
  buyer: Buyer;
  shipping?: Where;
  fulfilment: Shipping;
  ip: string;
  device: Device;
  channel: 'web' | 'app';
  pickupStore?: string;
  giftMessage?: string;
  /** Who an e-mailed gift card goes to. */
  recipientEmail?: string;
  company?: { name: string; taxId?: string };
  /** A note to the carrier or the receiving resort, club or receiver. */
  deliveryNote?: string;
  /** The fitting a custom build follows. */
  fittingRef?: string;
}

/** The store asks for 3-D Secure on British cards (the issuers require it) and on some Mexican ones. */
function secure(rng: Rng, card: HeldCard, ok: boolean, amount: number, failed: boolean): ThreeDS | undefined {
  if (card.country === 'GB') {
    if (failed) return 'challenge_failed';
    if (amount < 4_000 && rng.chance(0.4)) return 'exempt';
    return rng.chance(amount > 50_000 ? 0.7 : 0.35) ? 'challenge_passed' : 'frictionless';
  }
  if (card.country === 'MX' && rng.chance(0.4))
    return failed ? 'challenge_failed' : ok ? 'frictionless' : undefined;
  return undefined;
}

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** The code typed was right (a tester's guess may not be). */
  cvcRight?: boolean;
}

export function cardAttempt(rng: Rng, card: HeldCard, amount: number, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method = entry === 'wallet' ? (rng.chance(0.85) ? 'apple_pay' : 'google_pay') : 'card';
  const failed3ds = t.decline === 'authentication_failed';
  const threeDS = secure(rng, card, t.ok, amount, failed3ds);
  return {
    method,
    card,
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'exact'),
    cvc: cvc(entry, (t.cvcRight ?? true) && t.decline !== 'incorrect_cvc'),
    ...(threeDS ? { threeDS } : {}),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

/** Seconds from the order to the first authorisation; a retry a few minutes on. */
export const firstAuth = (rng: Rng): number => rng.int(3_000, 40_000);
export const retryGap = (rng: Rng): number => rng.int(40_000, 8 * MINUTE);

export interface Payer {
  cards: HeldCard[];
  country: string;
  signedIn: boolean;
  match?: Match;
}

export interface PayOptions {
  /** The chance the first try is declined. */
  decline?: number;
  /** Method weights replacing the country's usual mix. */
  mix?: ReadonlyArray<readonly [Method, number]>;
}

function usualMix(country: string, amount: number): ReadonlyArray<readonly [Method, number]> {
  const bnpl = amount >= 30_000;
  if (country === 'MX')
    return [
      ['card', 72],
      ['paypal', 28],
    ];
  if (country === 'GB')
    return [
      ['card', 58],
      ['apple_pay', 20],
      ['paypal', 22],
    ];
  if (country === 'CA')
    return [
      ['card', 64],
      ['apple_pay', 14],
      ['paypal', 18],
      ['affirm', bnpl ? 4 : 0],
    ];
  return [
    ['card', 50],
    ['apple_pay', 17],
    ['google_pay', 3],
    ['paypal', 14],
    ['affirm', bnpl ? 7 : 0],
    ['klarna', amount >= 5_000 ? 5 : 0],
  ];
}

/**
 * How an honest customer pays: card (typed or saved), Apple or Google Pay, PayPal, Affirm or Klarna. A decline is
 * retried the way people do: the right code or ZIP, the same card after answering the bank's text about a large
 * purchase, another card, PayPal, or a card after Affirm turns the application down; a few give up.
 */
export function honestPay(rng: Rng, payer: Payer, amount: number, o: PayOptions = {}): Attempt[] {
  const method = rng.weightedPick<Method>(o.mix ?? usualMix(payer.country, amount));
  const first = firstAuth(rng);
  const declined = rng.chance(o.decline ?? (amount > 100_000 ? 0.09 : 0.045));
  const card = rng.pick(payer.cards);
  const fallbackCard = (): Attempt =>
    cardAttempt(rng, payer.cards.find((c) => c !== card) ?? card, amount, {
      entry: 'typed',
      match: payer.match ?? 'exact',
      ok: true,
      afterMs: retryGap(rng),
    });
  if (method === 'bank_transfer')
    return [other('bank_transfer', true, rng.int(1, 6) * DAY + rng.int(0, 8 * HOUR))];
  if (method === 'affirm' || method === 'klarna') {
    // Affirm and Klarna decide on the application: most are approved, some are not.
    if (!rng.chance(method === 'affirm' ? 0.12 : 0.08))
      return [other(method, true, rng.int(60_000, 6 * MINUTE))];
    const out = [other(method, false, rng.int(60_000, 5 * MINUTE), 'application_declined')];
    if (rng.chance(0.2)) return out;
    return [...out, fallbackCard()];
  }
  if (method === 'paypal' || method === 'gift_card') {
    if (!declined) return [other(method, true, first)];
    return [other(method, false, first, 'do_not_honor'), fallbackCard()];
  }
  const entry: Entry = method !== 'card' ? 'wallet' : payer.signedIn && rng.chance(0.55) ? 'saved' : 'typed';
  const base = { entry, match: payer.match ?? 'exact' } as const;
  if (!declined) return [cardAttempt(rng, card, amount, { ...base, ok: true, afterMs: first })];
  const why = card.country === 'GB' && rng.chance(0.3) ? 'authentication_failed' : honestDecline(rng, amount);
  const failedMatch: Match = why === 'incorrect_zip' ? 'zip_only' : base.match;
  const out = [
    cardAttempt(rng, card, amount, { ...base, match: failedMatch, ok: false, decline: why, afterMs: first }),
  ];
  if (rng.chance(0.09)) return out;
  if (
    why === 'incorrect_cvc' ||
    why === 'incorrect_zip' ||
    why === 'authentication_failed' ||
    why === 'processing_error'
  ) {
    out.push(
      cardAttempt(rng, card, amount, { entry: 'typed', match: base.match, ok: true, afterMs: retryGap(rng) }),
    );
    return out;
  }
  if (why === 'do_not_honor' && rng.chance(0.5)) {
    // The bank texted "did you make this purchase?"; the customer said yes and tried again.
    out.push(cardAttempt(rng, card, amount, { ...base, ok: true, afterMs: rng.int(3, 25) * MINUTE }));
    return out;
  }
  if (rng.chance(0.25)) {
    out.push(other('paypal', true, retryGap(rng)));
    return out;
  }
  const next = payer.cards.find((c) => c !== card) ?? newCard(rng, card.country);
  out.push(cardAttempt(rng, next, amount, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  return out;
}

/** Days in transit by service. */
function transit(rng: Rng, f: Shipping, far: boolean): number {
  if (f === 'overnight') return rng.int(14, 30) * HOUR;
  if (f === 'express') return rng.int(40, 56) * HOUR;
  if (f === 'freight') return rng.int(5, 11) * DAY;
  if (f === 'international') return rng.int(4, 10) * DAY;
  return rng.int(far ? 3 : 1, far ? 6 : 3) * DAY + rng.int(0, 10) * HOUR;
}

/** How often an order comes back, by what is in it: apparel and shoes for size, clubs after the play guarantee. */
function returnChance(b: Basket): number {
  const cats = new Set(b.lines.map((l) => l.category));
  if (cats.has('custom_club') || cats.has('golf_cart')) return 0.01;
  if (cats.has('apparel') || cats.has('shoes')) return 0.09;
  if (cats.has('driver') || cats.has('putter') || cats.has('fairway') || cats.has('irons')) return 0.05;
  if (cats.has('launch_monitor') || cats.has('rangefinder') || cats.has('gps')) return 0.05;
  if ([...cats].every((c) => c === 'gift_card')) return 0;
  return 0.015;
}

export interface AfterOptions {
  far?: boolean;
  /** Built to order first (custom-fit clubs): a week or two in the workshop. */
  build?: boolean;
  /** A higher or lower chance of a dispute from the cardholder's side. */
  dispute?: number;
  disputeReason?: string;
}

/**
 * What happens to an honest order once paid: shipped or made ready for pickup, delivered or collected; now and then
 * a return, a price adjustment after a price drop, a cancellation before it ships, a pickup never collected, or a
 * parcel taken from a porch and disputed.
 */
export function honestAfter(rng: Rng, f: Shipping, b: Basket, o: AfterOptions = {}): LaterEvent[] {
  if (f === 'email') {
    const out: LaterEvent[] = [
      { type: 'order.updated', afterMs: rng.int(1, 12) * MINUTE, status: 'emailed' },
    ];
    if (rng.chance(0.002))
      out.push({ type: 'dispute.created', afterMs: rng.int(20, 50) * DAY, reason: 'unrecognized' });
    return out;
  }
  if (!o.build && rng.chance(0.012))
    return [
      { type: 'order.cancelled', afterMs: rng.int(1, 20) * HOUR, reason: 'customer_request' },
      { type: 'refund.created', afterMs: rng.int(21, 30) * HOUR, reason: 'requested_by_customer' },
    ];
  const out: LaterEvent[] = [];
  let done: number;
  if (f === 'pickup') {
    if (o.build) out.push({ type: 'order.updated', afterMs: rng.int(12, 36) * HOUR, status: 'in_build' });
    const ready = o.build ? rng.int(6, 13) * DAY : rng.int(1, 5) * HOUR + rng.int(0, 59) * MINUTE;
    out.push({ type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' });
    if (rng.chance(0.03)) {
      out.push({ type: 'order.cancelled', afterMs: ready + 7 * DAY, reason: 'not_collected' });
      out.push({ type: 'refund.created', afterMs: ready + 7 * DAY + HOUR, reason: 'requested_by_customer' });
      return out;
    }
    done = ready + rng.int(2, 96) * HOUR;
    out.push({ type: 'order.updated', afterMs: done, status: 'picked_up' });
  } else {
    let ship = rng.int(4, 40) * HOUR;
    if (o.build) {
      out.push({ type: 'order.updated', afterMs: rng.int(12, 36) * HOUR, status: 'in_build' });
      ship = rng.int(6, 13) * DAY;
    }
    out.push({ type: 'order.updated', afterMs: ship, status: f === 'freight' ? 'scheduled' : 'shipped' });
    done = ship + transit(rng, f, o.far ?? false);
    out.push({ type: 'order.updated', afterMs: done, status: 'delivered' });
  }
  const returned = rng.chance(returnChance(b));
  if (returned) {
    const line = rng.pick(b.lines);
    const part = Math.min(b.amount, Math.round(line.price * (1 + b.tax / Math.max(1, b.subtotal))));
    const whole = b.lines.length === 1 || rng.chance(0.3);
    out.push({
      type: 'refund.created',
      afterMs: done + rng.int(6, 26) * DAY,
      reason: 'returned',
      ...(whole ? {} : { amount: part }),
    });
  } else if (rng.chance(0.015)) {
    out.push({
      type: 'refund.created',
      afterMs: rng.int(2, 12) * DAY,
      reason: 'price_adjustment',
      amount: Math.max(500, Math.round(b.subtotal * rng.float(0.05, 0.15))),
    });
  }
  const disputes = o.dispute ?? 0.004;
  if (!returned && rng.chance(disputes))
    out.push({
      type: 'dispute.created',
      afterMs: done + rng.int(14, 50) * DAY,
      reason: o.disputeReason ?? (f === 'pickup' ? 'unrecognized' : 'product_not_received'),
    });
  else if (rng.chance(0.001))
    out.push({
      type: 'fraud_warning.created',
      afterMs: rng.int(5, 30) * DAY,
      reason: 'unauthorized_use_of_card',
    });
  return out;
}
