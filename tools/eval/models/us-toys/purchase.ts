import { type CheckResult } from '@vigil/contracts';
import {
  type Buyer,
  cardPaymentAttempt,
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
import { type HeldCard, newCard } from './people.js';
import { type Place } from './places.js';

/** One planned purchase before events.ts renders it; how people pay, and what happens after checkout. */

export { DAY, HOUR, MINUTE };

export type Method = 'card' | 'apple_pay' | 'google_pay' | 'paypal' | 'store_card' | 'affirm' | 'gift_card';
export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'incorrect_zip'
  | 'expired_card'
  | 'card_velocity_exceeded'
  | 'stolen_card'
  | 'lost_card'
  | 'pickup_card'
  | 'fraudulent'
  | 'generic_decline'
  | 'invalid_account'
  | 'affirm_not_approved'
  | 'insufficient_balance'
  | 'paypal_declined';

/** US issuers rarely ask for 3-D Secure; it shows on a few foreign cards. */
export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** `status` marks fulfilment updates; `shipping` an address changed after checkout. */
export type LaterEvent = Later & { status?: string; shipping?: Place };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  billing: Place;
  shipping?: Place;
  fulfilment: Fulfilment;
  ip: string;
  device: Device;
  channel: 'web' | 'app';
  rewards?: string;
  pickupStore?: string;
  /** Someone else collects a pickup order. */
  pickupPerson?: string;
  recipient?: { name: string; email?: string };
  giftMessage?: string;
  registryId?: string;
  organisation?: { name: string; type: 'school' | 'charity' | 'company'; taxExemptId?: string };
}

/** How a card is entered: typed, saved on the account, or from a wallet. */
export type Entry = 'typed' | 'saved' | 'wallet';
/** How the billing address the buyer typed compares with the issuer's. */
export type Match = 'good' | 'zip_only' | 'street_only' | 'wrong';

/** AVS: US and Canadian issuers answer it; others say it is unavailable. */
export function avs(rng: Rng, card: HeldCard, match: Match): CheckResult {
  if (card.country !== 'US' && card.country !== 'CA') return 'unavailable';
  if (rng.chance(0.015)) return 'unavailable';
  return match === 'good' ? 'pass' : match === 'wrong' ? 'fail' : 'partial';
}

export const cvc = (entry: Entry, right: boolean): CheckResult =>
  entry === 'saved' ? 'unchecked' : entry === 'wallet' ? 'unavailable' : right ? 'pass' : 'fail';

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  wallet?: 'apple_pay' | 'google_pay';
}

export function cardAttempt(rng: Rng, card: HeldCard, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method =
    card.brand === 'private_label' ? 'store_card' : entry === 'wallet' ? (t.wallet ?? 'apple_pay') : 'card';
  const abroad = card.country !== 'US' && card.country !== 'CA';
  const threeDS: ThreeDS | undefined =
    abroad && rng.chance(0.5) ? (t.ok ? 'frictionless' : 'challenge_failed') : undefined;
  return cardPaymentAttempt<Method, ThreeDS, Decline, HeldCard>({
    method,
    card,
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'good'),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    threeDS,
    afterMs: t.afterMs,
    decline: t.decline,
  });
}

export const other = (method: Method, ok: boolean, afterMs: number, decline?: Decline): Attempt =>
  otherAttempt(method, ok, afterMs, decline);

export const firstAuth = (rng: Rng): number => rng.int(3_000, 40_000);
export const retryGap = (rng: Rng): number => rng.int(25_000, 5 * MINUTE);

export interface Payer {
  cards: HeldCard[];
  signedIn: boolean;
  match?: Match;
  /** Older buyers type their card and fumble more. */
  older?: boolean;
  /** Methods this checkout cannot use (no gift card for an e-gift card, no Affirm for small baskets). */
  noGiftCard?: boolean;
}

const honestDecline = (rng: Rng): Decline =>
  rng.weightedPick<Decline>([
    ['insufficient_funds', 30],
    ['incorrect_cvc', 18],
    ['incorrect_zip', 14],
    ['do_not_honor', 14],
    ['expired_card', 10],
    ['generic_decline', 8],
    ['card_velocity_exceeded', 4],
    ['fraudulent', 2],
  ]);

/**
 * How an honest customer pays: card (typed or saved), Apple or Google Pay, PayPal, the store card, Affirm for
 * bigger baskets, a gift card they were given. Declines are retried the way people do: the right CVC or ZIP,
 * another card, or PayPal; a few give up.
 */
export function honestPay(rng: Rng, payer: Payer, amount: number, declineShare?: number): Attempt[] {
  const hasStore = payer.cards.some((c) => c.brand === 'private_label');
  const method = rng.weightedPick<Method>([
    ['card', payer.older ? 70 : 50],
    ['apple_pay', payer.older ? 3 : 15],
    ['google_pay', payer.older ? 1 : 4],
    ['paypal', 13],
    ['store_card', hasStore ? 25 : 0],
    ['affirm', amount >= 15_000 ? 9 : 0],
    ['gift_card', payer.noGiftCard || amount > 15_000 ? 0 : 4],
  ]);
  const first = firstAuth(rng);
  const declined = rng.chance(declineShare ?? (payer.older ? 0.09 : 0.05));
  if (method === 'paypal' || method === 'gift_card' || method === 'affirm') {
    if (!declined)
      return [other(method, true, method === 'affirm' ? first + rng.int(30_000, 120_000) : first)];
    const why: Decline =
      method === 'affirm'
        ? 'affirm_not_approved'
        : method === 'gift_card'
          ? 'insufficient_balance'
          : 'paypal_declined';
    const card = payer.cards.find((c) => c.brand !== 'private_label') ?? newCard(rng);
    return [other(method, false, first, why), cardAttempt(rng, card, { ok: true, afterMs: retryGap(rng) })];
  }
  const store = payer.cards.find((c) => c.brand === 'private_label');
  const plain = payer.cards.filter((c) => c.brand !== 'private_label');
  const card =
    method === 'store_card' && store ? store : (rng.pick(plain.length > 0 ? plain : payer.cards) as HeldCard);
  const entry: Entry =
    method === 'apple_pay' || method === 'google_pay'
      ? 'wallet'
      : payer.signedIn && rng.chance(payer.older ? 0.4 : 0.65)
        ? 'saved'
        : 'typed';
  const wallet = method === 'google_pay' ? 'google_pay' : 'apple_pay';
  const match = payer.match ?? 'good';
  if (!declined) return [cardAttempt(rng, card, { entry, match, wallet, ok: true, afterMs: first })];
  const why = honestDecline(rng);
  const out = [
    cardAttempt(rng, card, {
      entry,
      match: why === 'incorrect_zip' ? 'zip_only' : match,
      wallet,
      ok: false,
      decline: why,
      afterMs: first,
    }),
  ];
  if (rng.chance(0.1)) return out;
  if (why === 'incorrect_cvc' || why === 'incorrect_zip') {
    out.push(cardAttempt(rng, card, { entry: 'typed', match: 'good', ok: true, afterMs: retryGap(rng) }));
    if (payer.older && rng.chance(0.3))
      out.splice(
        1,
        0,
        cardAttempt(rng, card, { entry: 'typed', match, ok: false, decline: why, afterMs: retryGap(rng) }),
      );
    return out;
  }
  if (rng.chance(0.3)) {
    out.push(other('paypal', true, retryGap(rng)));
    return out;
  }
  const next = plain.find((c) => c !== card) ?? newCard(rng, card.country === 'CA' ? 'CA' : 'US');
  out.push(cardAttempt(rng, next, { entry: 'typed', match: 'good', ok: true, afterMs: retryGap(rng) }));
  return out;
}

/**
 * What happens to an honest order once paid. Shipped in one to three days and delivered two to six later
 * (APO/FPO two to three weeks; Canada a week or so); a pickup order is ready within hours and collected within
 * days (a few never are, and are cancelled and refunded); e-gift cards are e-mailed at once. Now and then an item
 * is out of stock and refunded, a parcel is damaged or lost, the buyer cancels, or a bank dispute comes in.
 */
export function honestAfter(rng: Rng, f: Fulfilment, b: Basket): LaterEvent[] {
  if (f === 'email') {
    const out: LaterEvent[] = [
      { type: 'order.updated', afterMs: rng.int(1, 12) * MINUTE, status: 'delivered' },
    ];
    if (rng.chance(0.003))
      out.push({ type: 'dispute.created', afterMs: rng.int(15, 40) * DAY, reason: 'unrecognized' });
    return out;
  }
  if (rng.chance(0.01))
    return [
      { type: 'order.cancelled', afterMs: rng.int(1, 12) * HOUR, reason: 'customer_request' },
      { type: 'refund.created', afterMs: rng.int(13, 30) * HOUR, reason: 'requested_by_customer' },
    ];
  const out: LaterEvent[] = [];
  const dearest = [...b.lines].sort((x, y) => y.price - x.price)[0];
  if (b.lines.length > 1 && dearest && rng.chance(0.025))
    out.push({
      type: 'refund.created',
      afterMs: rng.int(3, 20) * HOUR,
      reason: 'out_of_stock',
      amount: (b.lines[b.lines.length - 1] ?? dearest).price,
    });
  if (f === 'pickup') {
    const ready = rng.int(1, 6) * HOUR + rng.int(0, 59) * MINUTE;
    out.push({ type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' });
    if (rng.chance(0.02)) {
      out.push({ type: 'order.cancelled', afterMs: ready + 7 * DAY, reason: 'not_picked_up' });
      out.push({ type: 'refund.created', afterMs: ready + 7 * DAY + HOUR, reason: 'not_picked_up' });
    } else out.push({ type: 'order.updated', afterMs: ready + rng.int(2, 96) * HOUR, status: 'picked_up' });
    return out;
  }
  const ship = rng.int(12, 72) * HOUR;
  const transit = f === 'apo' ? rng.int(10, 21) * DAY : rng.int(2, 6) * DAY + rng.int(0, 12) * HOUR;
  out.push({ type: 'order.updated', afterMs: ship, status: 'shipped' });
  if (rng.chance(0.005)) {
    out.push({ type: 'refund.created', afterMs: ship + rng.int(9, 14) * DAY, reason: 'lost_in_transit' });
    return out;
  }
  out.push({ type: 'order.updated', afterMs: ship + transit, status: 'delivered' });
  if (rng.chance(0.012))
    out.push({
      type: 'refund.created',
      afterMs: ship + transit + rng.int(1, 5) * DAY,
      reason: 'damaged',
      amount: Math.min(b.amount, dearest?.price ?? 1_000),
    });
  else if (rng.chance(0.0015))
    out.push({ type: 'dispute.created', afterMs: rng.int(20, 45) * DAY, reason: 'product_not_received' });
  return out;
}
