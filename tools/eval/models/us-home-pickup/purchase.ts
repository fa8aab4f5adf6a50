import { type CheckResult } from '@vigil/contracts';
import {
  type Address,
  type Buyer,
  HOUR,
  type Later,
  localHour,
  MINUTE,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { avs, type Card, cvc, type Decline, honestDecline, newCard } from './cards.js';
import { type Basket } from './catalog.js';
import { type Device } from './devices.js';
import { type Customer } from './people.js';
import { type Store } from './places.js';

/** One planned purchase before events.ts renders it, and the payment steps the planners share. */

export { DAY, HOUR, MINUTE } from '../kit/purchase.js';

/** How the order reaches the customer. `email` is an eGift card only. */
export type Fulfillment = 'pickup' | 'curbside' | 'same_day' | 'ship' | 'email';

export type Method = 'card' | 'apple_pay' | 'paypal' | 'store_card' | 'financing' | 'gift_card';

/** One payment authorisation: a card (typed, saved or in a wallet) or a non-card method. */
export interface Attempt {
  method: Method;
  card?: Card;
  ok: boolean;
  avs?: CheckResult;
  cvc?: CheckResult;
  decline?: Decline;
  /** After the previous step (the order, or the previous attempt). */
  afterMs: number;
}

/** A later event; `order.updated` may name a new pickup person or a new delivery address. */
export type LaterEvent = Later & { pickupPerson?: string };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  /** Delivery address; for pickups, the store. None for eGift cards. */
  shipping?: Address;
  fulfillment: Fulfillment;
  store?: Store;
  /** Alternate pickup person, when not the buyer. */
  pickupPerson?: string;
  ip: string;
  device: Device;
  loyaltyId?: string;
  /** The eGift card's recipient. */
  recipientEmail?: string;
  /** The shopper's time zone, for the pickup window. */
  tz: number;
}

/** The buyer at checkout: a signed-in customer, or the same person as a guest. */
export function buyerOf(c: Customer, signedIn = true): Buyer {
  return signedIn && c.id
    ? {
        id: c.id,
        email: c.email,
        name: c.name,
        ...(c.createdAt !== undefined ? { createdAt: c.createdAt } : {}),
      }
    : { email: c.email, name: c.name };
}

/** When a pickup is ready and until when it is held: an hour or two, next morning after 20:00; five days. */
export function pickupWindow(at: number, tz: number): { from: number; to: number } {
  const h = localHour(at, tz);
  const from = h >= 20 || h < 7 ? at + ((31 - h) % 24) * HOUR : at + 2 * HOUR;
  return { from, to: from + 5 * 24 * HOUR };
}

const firstAuth = (rng: Rng) => rng.int(2_000, 9_000);
const retryGap = (rng: Rng) => rng.int(20_000, 5 * MINUTE);

/** A card attempt. */
export function cardAttempt(
  rng: Rng,
  card: Card,
  ok: boolean,
  entry: 'typed' | 'saved' | 'wallet',
  match: 'good' | 'close' | 'wrong',
  afterMs: number,
  decline?: Decline,
  cvcRight = true,
): Attempt {
  return {
    method: entry === 'wallet' ? 'apple_pay' : card.brand === 'store_card' ? 'store_card' : 'card',
    card,
    ok,
    avs: avs(rng, card, match),
    cvc: cvc(rng, entry, cvcRight),
    afterMs,
    ...(!ok && decline ? { decline } : {}),
  };
}

/** A non-card payment: PayPal, financing or a gift-card balance. */
export const otherAttempt = (method: Method, ok: boolean, afterMs: number, decline?: Decline): Attempt => ({
  method,
  ok,
  afterMs,
  ...(!ok && decline ? { decline } : {}),
});

/**
 * How an honest customer pays: a saved card when signed in, a typed card, Apple Pay on phones, PayPal, the store
 * card, financing on big tickets; `declineShare` of them are declined first and retry with another card, the
 * corrected details or PayPal (a few give up).
 */
export function honestPayment(
  rng: Rng,
  c: Customer,
  signedIn: boolean,
  amount: number,
  declineShare = 0.04,
  matchBilling: 'good' | 'close' = 'good',
): Attempt[] {
  const card = rng.pick(c.cards);
  const storeCard = c.cards.find((x) => x.brand === 'store_card');
  const method = rng.weightedPick<string>([
    ['saved', signedIn && c.id ? 38 : 0],
    ['typed', signedIn && c.id ? 14 : 44],
    ['wallet', 14],
    ['paypal', 15],
    ['store', storeCard ? 12 : 2],
    ['financing', amount > 80_000 ? 10 : 0],
    ['gift', 2],
  ]);
  const first = firstAuth(rng);
  const declined = rng.chance(declineShare);
  const pay = (after: number, ok: boolean, decline?: Decline): Attempt => {
    if (method === 'paypal') return otherAttempt('paypal', ok, after, decline);
    if (method === 'financing')
      return otherAttempt('financing', ok, after, ok ? undefined : 'generic_decline');
    if (method === 'gift') return otherAttempt('gift_card', ok, after, decline);
    if (method === 'store')
      return cardAttempt(rng, storeCard ?? newCard(rng, 'store'), ok, 'typed', matchBilling, after, decline);
    const entry = method === 'saved' ? 'saved' : method === 'wallet' ? 'wallet' : 'typed';
    const wrongCvc = decline === 'incorrect_cvc';
    const match = decline === 'incorrect_zip' ? 'wrong' : matchBilling;
    return cardAttempt(rng, card, ok, entry, match, after, decline, !wrongCvc);
  };
  if (!declined) return [pay(first, true)];
  const why = method === 'gift' ? 'insufficient_funds' : honestDecline(rng);
  const out = [pay(first, false, why)];
  if (rng.chance(0.08)) return out; // gives up, or comes back another day
  if (why === 'incorrect_cvc' || why === 'incorrect_zip' || why === 'processing_error') {
    out.push(cardAttempt(rng, card, true, 'typed', matchBilling, retryGap(rng)));
  } else if (rng.chance(0.4)) {
    out.push(otherAttempt('paypal', true, retryGap(rng)));
  } else {
    const other = c.cards.find((x) => x !== card && x.brand !== 'store_card') ?? newCard(rng);
    out.push(cardAttempt(rng, other, true, 'typed', matchBilling, retryGap(rng)));
  }
  return out;
}

/** Whether any attempt took the money. */
export const paid = (p: Pick<Purchase, 'attempts'>): boolean => p.attempts.some((a) => a.ok);
