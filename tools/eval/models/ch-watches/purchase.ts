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
import {
  avs,
  cvc,
  type Decline,
  type Entry,
  type HeldCard,
  honestDecline,
  type Match,
  newCard,
  sameBin,
} from './cards.js';
import { type Basket, chfOf, type Fulfilment } from './catalogue.js';
import { type Region } from './places.js';

/** One planned purchase before events.ts renders it; how people pay, and what happens after checkout. */

export { DAY, HOUR, MINUTE };

export type Method =
  'card' | 'apple_pay' | 'google_pay' | 'paypal' | 'twint' | 'postfinance' | 'bank_transfer';
export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'exempt' | 'not_enrolled';
export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** How the order reached the shop: the site, the app, or a payment link an advisor sent a known client. */
export type Channel = 'web' | 'app' | 'payment_link';

/** `status` marks fulfilment updates (`shipped`, `delivered`, `ready`, `collected`, `sent`). */
export type LaterEvent = Later & { status?: string };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  fulfilment: Fulfilment;
  ip: string;
  device: Device;
  locale: string;
  channel: Channel;
  giftNote?: string;
  giftWrap?: boolean;
  /** Where an e-mailed voucher goes. */
  recipientEmail?: string;
  company?: { name: string; vatId?: string };
  /** The buyer asked for the VAT refund form (a visitor collecting in Geneva). */
  taxFreeForm?: boolean;
}

/** Issuers that rarely authenticate (the US); everywhere else large amounts are challenged. */
export function secure(rng: Rng, card: HeldCard, ok: boolean, chf: number): ThreeDS {
  if (card.country === 'US')
    return rng.weightedPick<ThreeDS>([
      ['not_enrolled', 15],
      ['frictionless', 72],
      [ok ? 'challenge_passed' : 'challenge_failed', 13],
    ]);
  if (!ok) return 'challenge_failed';
  if (chf < 150 && rng.chance(0.5)) return 'exempt';
  return rng.chance(chf > 1000 ? 0.8 : 0.4) ? 'challenge_passed' : 'frictionless';
}

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** The 3-D Secure result when the planner knows better (a phished one-time code, a failed challenge). */
  threeDS?: ThreeDS;
}

export function cardAttempt(rng: Rng, card: HeldCard, chf: number, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method = entry === 'wallet' ? (rng.chance(0.85) ? 'apple_pay' : 'google_pay') : 'card';
  const declinedBeforeAuth = t.decline === 'incorrect_number' || t.decline === 'incorrect_cvc';
  const authFailed = t.decline === 'authentication_failed';
  const threeDS =
    t.threeDS ??
    (authFailed ? 'challenge_failed' : declinedBeforeAuth ? undefined : secure(rng, card, true, chf));
  return {
    method,
    card,
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'good'),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    ...(threeDS ? { threeDS } : {}),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

export const firstAuth = (rng: Rng): number => rng.int(20_000, 4 * MINUTE);
export const retryGap = (rng: Rng): number => rng.int(40_000, 8 * MINUTE);
/** A bank transfer arrives: SEPA and Swiss transfers the next working day, SWIFT a little later. */
export const transferLag = (rng: Rng, region: Region): number =>
  region === 'ch' || region === 'eu' ? rng.int(10 * HOUR, 2 * DAY) : rng.int(20 * HOUR, 4 * DAY);

export interface Payer {
  cards: HeldCard[];
  country: string;
  region: Region;
  signedIn: boolean;
  match?: Match;
}

/**
 * How an honest buyer pays: card under 3-D Secure (saved when signed in), Apple Pay, TWINT and PostFinance at
 * home, PayPal, and a bank transfer for the big pieces. A big amount often hits the card's limit: the buyer
 * calls the bank and tries again, switches to a transfer or another card, or gives up. Small slips (the CVC, an
 * expired card, the bank app's prompt) are retried at once.
 */
export function honestPay(rng: Rng, payer: Payer, basket: Basket, declineShare?: number): Attempt[] {
  const chf = chfOf(basket.amount, basket.currency);
  const ch = payer.region === 'ch';
  const method = rng.weightedPick<Method>([
    ['card', 52],
    ['apple_pay', chf < 10_000 ? 14 : 4],
    ['google_pay', chf < 5_000 ? 3 : 0],
    ['paypal', chf < 8_000 && payer.region !== 'gulf' ? 10 : 0],
    ['twint', ch && chf <= 5_000 ? 14 : 0],
    ['postfinance', ch ? 4 : 0],
    ['bank_transfer', chf > 20_000 ? 55 : chf > 6_000 ? 20 : 0],
  ]);
  const first = firstAuth(rng);
  const big = chf > 5_000;
  const declined = rng.chance(declineShare ?? (big ? 0.16 : 0.04));
  if (method === 'bank_transfer') {
    if (rng.chance(0.04)) return [other('bank_transfer', false, 7 * DAY, 'transfer_not_received')];
    return [other('bank_transfer', true, transferLag(rng, payer.region))];
  }
  if (method !== 'card' && method !== 'apple_pay' && method !== 'google_pay') {
    if (!declined) return [other(method, true, first)];
    return [other(method, false, first, 'do_not_honor'), other(method, true, retryGap(rng))];
  }
  const card = rng.pick(payer.cards);
  const entry: Entry = method !== 'card' ? 'wallet' : payer.signedIn && rng.chance(0.55) ? 'saved' : 'typed';
  const base = { entry, match: payer.match ?? 'good' } as const;
  if (!declined) return [cardAttempt(rng, card, chf, { ...base, ok: true, afterMs: first })];
  const why = honestDecline(rng, big);
  const out = [cardAttempt(rng, card, chf, { ...base, ok: false, decline: why, afterMs: first })];
  if (rng.chance(big ? 0.12 : 0.08)) return out;
  if (why === 'incorrect_cvc' || why === 'authentication_failed' || why === 'expired_card') {
    const again = why === 'expired_card' ? (payer.cards.find((c) => c !== card) ?? sameBin(rng, card)) : card;
    out.push(cardAttempt(rng, again, chf, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  if (big && rng.chance(0.45)) {
    // Called the bank (the limit raised for the day), then the same card again.
    out.push(cardAttempt(rng, card, chf, { ...base, ok: true, afterMs: rng.int(15 * MINUTE, 5 * HOUR) }));
    return out;
  }
  if (big && rng.chance(0.5)) {
    out.push(other('bank_transfer', true, transferLag(rng, payer.region)));
    return out;
  }
  if (!big && rng.chance(0.3)) {
    out.push(other(ch ? 'twint' : 'paypal', true, retryGap(rng)));
    return out;
  }
  const next = payer.cards.find((c) => c !== card) ?? newCard(rng, card.country, 'credit');
  out.push(cardAttempt(rng, next, chf, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  return out;
}

/** Dispatch and delivery: pre-owned pieces get a last inspection, abroad takes longer (customs). */
export function delivery(rng: Rng, f: Fulfilment, region: Region, preowned: boolean): LaterEvent[] {
  if (f === 'email') return [{ type: 'order.updated', afterMs: rng.int(2, 40) * MINUTE, status: 'sent' }];
  if (f === 'collection') {
    const ready = rng.int(preowned ? 20 : 3, preowned ? 72 : 30) * HOUR;
    return [
      { type: 'order.updated', afterMs: ready, status: 'ready' },
      { type: 'order.updated', afterMs: ready + rng.int(3, 8 * 24) * HOUR, status: 'collected' },
    ];
  }
  const ship = rng.int(preowned ? 30 : 16, preowned ? 96 : 52) * HOUR;
  const transit =
    region === 'ch'
      ? rng.int(16, 30)
      : region === 'eu' || region === 'uk'
        ? rng.int(30, 96)
        : rng.int(48, 168);
  return [
    { type: 'order.updated', afterMs: ship, status: 'shipped' },
    { type: 'order.updated', afterMs: ship + transit * HOUR, status: 'delivered' },
  ];
}

/**
 * What happens to an honest paid order: delivered (or collected, or sent), and now and then a cancellation
 * before dispatch, a pre-owned piece sold in the boutique the same morning, a strap exchanged, a dispute over a
 * parcel held at customs.
 */
export function honestAfter(
  rng: Rng,
  p: { fulfilment: Fulfilment; basket: Basket },
  region: Region,
): LaterEvent[] {
  const preowned = p.basket.lines.some((l) => l.category === 'preowned');
  if (rng.chance(0.01))
    return [
      { type: 'order.cancelled', afterMs: rng.int(1, 20) * HOUR, reason: 'customer_request' },
      { type: 'refund.created', afterMs: rng.int(21, 30) * HOUR, reason: 'requested_by_customer' },
    ];
  if (preowned && rng.chance(0.03))
    return [
      { type: 'order.cancelled', afterMs: rng.int(2, 18) * HOUR, reason: 'out_of_stock' },
      { type: 'refund.created', afterMs: rng.int(19, 26) * HOUR, reason: 'out_of_stock' },
    ];
  const out = delivery(rng, p.fulfilment, region, preowned);
  const delivered = out[out.length - 1]?.afterMs ?? 0;
  if (p.fulfilment === 'courier' && region !== 'ch' && region !== 'eu' && rng.chance(0.004))
    out.push({
      type: 'dispute.created',
      afterMs: delivered + rng.int(10, 30) * DAY,
      reason: 'product_not_received',
    });
  else if (p.basket.lines.some((l) => l.category === 'strap') && rng.chance(0.04))
    out.push({
      type: 'refund.created',
      afterMs: delivered + rng.int(2, 9) * DAY,
      reason: 'returned',
      amount: Math.min(p.basket.amount, p.basket.lines.find((l) => l.category === 'strap')?.price ?? 0),
    });
  return out;
}
