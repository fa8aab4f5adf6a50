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
import { type Basket, inUsd } from './catalogue.js';

/** One planned purchase before events.ts renders it; how people pay, and what happens after it ships. */

export { DAY, HOUR, MINUTE, paid };

export type Method = 'card' | 'apple_pay' | 'google_pay' | 'paypal' | 'bank_transfer';
export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'exempt' | 'not_enrolled';
export type Carrier = 'dhl_express' | 'fedex_international' | 'yurtici_kargo';
export type Channel = 'web' | 'payment_link' | 'whatsapp';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard> & { instalments?: number };

/** `status` marks fulfilment updates (`shipped`, `delivered`); the rest are the kit's. */
export type LaterEvent = Later & { status?: string };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping: Address;
  /** Who the parcel is addressed to, when not the buyer (a gift, a designer's client, a forwarder's suite). */
  recipient?: string;
  ip: string;
  device: Device;
  locale: string;
  channel: Channel;
  carrier: Carrier;
  company?: { name: string; taxId: string };
  giftNote?: string;
  /** The salesperson who sent a payment link after a visit to the shop. */
  salesRef?: string;
}

const PSD2 = new Set(['DE', 'FR', 'NL', 'IT', 'GB']);

/**
 * 3-D Secure as the shop's Turkish acquirer runs it: every Turkish card is challenged by SMS code; European
 * cards under PSD2 mostly challenged on big amounts; elsewhere the issuer often is not enrolled or lets it
 * through without a challenge.
 */
export function secure(rng: Rng, card: HeldCard, ok: boolean, usd: number): ThreeDS {
  if (card.country === 'TR') return ok ? 'challenge_passed' : 'challenge_failed';
  if (PSD2.has(card.country)) {
    if (!ok) return 'challenge_failed';
    return rng.chance(usd > 50_000 ? 0.8 : 0.4) ? 'challenge_passed' : 'frictionless';
  }
  if (rng.chance(0.35)) return 'not_enrolled';
  return ok
    ? rng.chance(usd > 200_000 ? 0.35 : 0.15)
      ? 'challenge_passed'
      : 'frictionless'
    : 'challenge_failed';
}

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline | undefined;
  afterMs: number;
  /** The 3-D Secure result, when the planner knows better (a phished one-time code, a stolen card not enrolled). */
  threeDS?: ThreeDS;
  instalments?: number;
}

export function cardAttempt(rng: Rng, card: HeldCard, usd: number, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method = entry === 'wallet' ? (rng.chance(0.8) ? 'apple_pay' : 'google_pay') : 'card';
  const authFailed = t.decline === 'authentication_failed';
  return {
    method,
    card,
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'good'),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    threeDS: t.threeDS ?? (authFailed ? 'challenge_failed' : secure(rng, card, t.ok || !authFailed, usd)),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
    ...(t.instalments && t.instalments > 1 ? { instalments: t.instalments } : {}),
  };
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

export const firstAuth = (rng: Rng): number => rng.int(8_000, 70_000);
export const retryGap = (rng: Rng): number => rng.int(40_000, 8 * MINUTE);

export interface Payer {
  cards: HeldCard[];
  country: string;
  signedIn: boolean;
  match?: Match;
  /** A designer or a buyer of a big piece may wire the money instead. */
  wireShare?: number;
}

/**
 * How an honest customer pays: card (typed or saved), Apple/Google Pay, PayPal, a bank wire for big pieces.
 * Turkish cards pay in 2–9 instalments (taksit) much of the time. A big foreign charge is often refused by the
 * issuer at first and goes through after the holder confirms it with the bank; a few give up.
 */
export function honestPay(rng: Rng, payer: Payer, basket: Basket): Attempt[] {
  const usd = inUsd(basket.amount, basket.currency);
  const big = usd > 300_000;
  const turkish = payer.country === 'TR';
  const method = rng.weightedPick<Method>([
    ['card', turkish ? 85 : 58],
    ['apple_pay', turkish ? 6 : 14],
    ['google_pay', 3],
    ['paypal', turkish || usd > 500_000 ? 0 : 12],
    ['bank_transfer', (payer.wireShare ?? (big ? 0.22 : 0.02)) * 100],
  ]);
  const first = firstAuth(rng);
  if (method === 'bank_transfer') return [other('bank_transfer', true, rng.int(6 * HOUR, 4 * DAY))];
  const declined = rng.chance(big && !turkish ? 0.16 : 0.05);
  if (method === 'paypal') {
    if (!declined) return [other('paypal', true, first)];
    return [other('paypal', false, first, 'do_not_honor'), other('paypal', true, retryGap(rng))];
  }
  const card = rng.pick(payer.cards);
  const entry: Entry = method !== 'card' ? 'wallet' : payer.signedIn && rng.chance(0.5) ? 'saved' : 'typed';
  const instalments =
    turkish && card.funding === 'credit' && rng.chance(0.65) ? rng.pick([2, 3, 3, 6, 6, 9]) : 1;
  const base = { entry, match: payer.match ?? 'good', instalments } as const;
  if (!declined) return [cardAttempt(rng, card, usd, { ...base, ok: true, afterMs: first })];
  const why = honestDecline(rng, big);
  const out = [cardAttempt(rng, card, usd, { ...base, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.1)) return out;
  if (why === 'do_not_honor' && rng.chance(0.7)) {
    // The holder calls the bank or approves the charge in the bank's app, then tries again.
    out.push(
      cardAttempt(rng, card, usd, { ...base, entry: 'typed', ok: true, afterMs: rng.int(8, 90) * MINUTE }),
    );
    return out;
  }
  if (why === 'incorrect_cvc' || why === 'authentication_failed') {
    out.push(cardAttempt(rng, card, usd, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  if (!turkish && rng.chance(0.3)) {
    out.push(other('paypal', true, retryGap(rng)));
    return out;
  }
  const next = payer.cards.find((c) => c !== card) ?? newCard(rng, card.country, 'credit');
  out.push(cardAttempt(rng, next, usd, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  return out;
}

/**
 * What happens to an honest order once paid: rugs are washed, photographed and rolled, then shipped in one to
 * four days and delivered in two to six abroad (one to three in Turkey); now and then a cancellation before
 * dispatch, a return of a rug that does not suit the room, a broken tile refunded, and rarely a dispute.
 */
export function honestAfter(rng: Rng, p: { basket: Basket; shipping: Address }): LaterEvent[] {
  const domestic = p.shipping.country === 'TR';
  const amount = p.basket.amount;
  if (rng.chance(0.012))
    return [
      { type: 'order.cancelled', afterMs: rng.int(1, 30) * HOUR, reason: 'customer_request' },
      { type: 'refund.created', afterMs: rng.int(31, 40) * HOUR, reason: 'requested_by_customer' },
    ];
  const ship = rng.int(domestic ? 12 : 20, domestic ? 48 : 96) * HOUR;
  const delivered = ship + rng.int(domestic ? 20 : 44, domestic ? 72 : 150) * HOUR;
  const out: LaterEvent[] = [
    { type: 'order.updated', afterMs: ship, status: 'shipped' },
    { type: 'order.updated', afterMs: delivered, status: 'delivered' },
  ];
  const rugs = p.basket.lines.some((l) => l.price * 1 >= amount / 2 && l.category !== 'cushion');
  const ceramics = p.basket.lines.some((l) => l.category === 'ceramic');
  if (rugs && rng.chance(0.03))
    out.push({ type: 'refund.created', afterMs: delivered + rng.int(10, 28) * DAY, reason: 'returned' });
  else if (ceramics && rng.chance(0.04))
    out.push({
      type: 'refund.created',
      afterMs: delivered + rng.int(1, 6) * DAY,
      reason: 'damaged_in_transit',
      amount: Math.max(1, Math.round(amount * rng.float(0.1, 0.5))),
    });
  else if (rng.chance(0.004))
    out.push({
      type: 'dispute.created',
      afterMs: delivered + rng.int(15, 60) * DAY,
      reason: rng.pick(['product_not_as_described', 'product_not_received', 'duplicate']),
    });
  return out;
}

/** Shipped then delivered, as for any order (fraud too, until a label arrives). */
export function shippedAndDelivered(rng: Rng, domestic = false): { events: LaterEvent[]; delivered: number } {
  const ship = rng.int(domestic ? 12 : 20, domestic ? 48 : 96) * HOUR;
  const delivered = ship + rng.int(domestic ? 20 : 44, domestic ? 72 : 150) * HOUR;
  return {
    events: [
      { type: 'order.updated', afterMs: ship, status: 'shipped' },
      { type: 'order.updated', afterMs: delivered, status: 'delivered' },
    ],
    delivered,
  };
}
