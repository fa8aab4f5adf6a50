import {
  type Address,
  type Buyer,
  type Card,
  DAY,
  type Device,
  HOUR,
  MINUTE,
  type PaymentAttempt,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Step } from '../kit/timeline.js';
import { type Postage } from './calendar.js';
import { avs, cvc, type Entry, type Match, newCard } from './cards.js';
import { type Basket, type Currency } from './catalogue.js';
import { type Company, isAndroid, isApple, isMobile } from './people.js';

/** One planned purchase before events.ts renders it: how people pay, and what happens after checkout. */

export { DAY, HOUR, MINUTE };

export type Method = 'card' | 'apple_pay' | 'google_pay' | 'paypal' | 'klarna' | 'invoice' | 'gift_voucher';
export type ThreeDS =
  'frictionless' | 'challenge_passed' | 'challenge_failed' | 'exempt_low_value' | 'not_enrolled';
export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'authentication_failed'
  | 'expired_card'
  | 'stolen_card'
  | 'lost_card'
  | 'card_velocity_exceeded'
  | 'incorrect_number'
  | 'restricted_card'
  | 'card_not_supported'
  | 'paypal_declined'
  | 'klarna_rejected'
  | 'invalid_voucher_code'
  | 'voucher_already_redeemed';

/** An attempt; a gift-voucher or split payment carries its own amount and the voucher's masked code. */
export type Attempt = PaymentAttempt<Method, ThreeDS, Decline> & { amount?: number; voucherCode?: string };

/** How the voucher reaches the recipient. */
export type Format = 'e_voucher' | 'gift_box';

export type Status =
  | 'held_for_review'
  | 'approved'
  | 'voucher_issued'
  | 'voucher_scheduled'
  | 'voucher_sent'
  | 'voucher_resent'
  | 'dispatched'
  | 'delivered'
  | 'voucher_reissued'
  | 'voucher_redeemed'
  | 'cancellation_requested'
  | 'invoice_overdue';

/** A later step; a refund may say where the money goes (a request to send it to another card). */
export interface LaterEvent extends Step {
  status?: Status;
  /** For a refund or a refund request: the original payment, or another card the caller names. */
  refundTo?: { destination: 'original_payment' | 'other_card'; card?: Card };
}

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  ip: string;
  device: Device;
  locale: 'en-GB' | 'en-IE';
  format: Format;
  postage?: Postage;
  recipient?: { name: string; email?: string };
  /** When a scheduled e-voucher goes to the recipient. */
  sendOn?: number;
  giftMessage: boolean;
  company?: Company & { poNumber?: string };
  /** Invoice orders: thirty days. */
  terms?: 'net_30';
}

export const currencyOf = (market: string): Currency => (market === 'IE' ? 'EUR' : 'GBP');

/** Strong customer authentication applies to British and European cards; elsewhere issuers rarely take part. */
const SCA = new Set(['GB', 'IE', 'ES', 'FR', 'PT', 'AT', 'IT', 'DE', 'NL']);

/** The 3-D Secure outcome of a card payment (none for wallets, whose cryptogram stands in for it). */
export function secure(rng: Rng, card: Card, amount: number, ok: boolean, decline?: Decline): ThreeDS {
  if (decline === 'authentication_failed') return 'challenge_failed';
  if (!SCA.has(card.country)) return rng.chance(0.6) ? 'not_enrolled' : 'frictionless';
  if (ok && amount < 3000 && rng.chance(0.6)) return 'exempt_low_value';
  return rng.chance(amount > 30_000 ? 0.5 : 0.25) ? 'challenge_passed' : 'frictionless';
}

export interface CardTry {
  method?: 'card' | 'apple_pay' | 'google_pay';
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** When the planner knows the 3-D Secure outcome (a fraudster's phished code, a frictionless pass). */
  threeDS?: ThreeDS;
  /** Of a split payment. */
  amount?: number;
}

/** A card, Apple Pay or Google Pay authorisation. */
export function cardAttempt(rng: Rng, card: Card, amount: number, t: CardTry): Attempt {
  const method = t.method ?? 'card';
  const entry: Entry = method === 'card' ? (t.entry ?? 'typed') : 'wallet';
  const threeDS = method === 'card' ? (t.threeDS ?? secure(rng, card, amount, t.ok, t.decline)) : undefined;
  return {
    method,
    card,
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'good'),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    ...(threeDS ? { threeDS } : {}),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
    ...(t.amount !== undefined ? { amount: t.amount } : {}),
  };
}

/** PayPal, Klarna or an invoice: no card, no checks. */
export function otherAttempt(method: Method, ok: boolean, afterMs: number, decline?: Decline): Attempt {
  return { method, ok, afterMs, ...(!ok && decline ? { decline } : {}) };
}

/** A gift-voucher redemption against the order: its amount and the code as the receipt masks it. */
export function voucherAttempt(
  rng: Rng,
  amount: number,
  ok: boolean,
  afterMs: number,
  decline?: Decline,
): Attempt {
  return {
    method: 'gift_voucher',
    ok,
    afterMs,
    amount,
    voucherCode: `XV-****-${rng.token(4, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}`,
    ...(!ok && decline ? { decline } : {}),
  };
}

/** From the order to the first authorisation: the payment page, the 3-D Secure prompt. */
export const firstAuth = (rng: Rng): number => rng.int(12_000, 90_000);
export const retryGap = (rng: Rng): number => rng.int(25_000, 5 * MINUTE);

/** How long the attempts take, as the timeline adds them up (a second at least each). */
export const attemptsTime = (attempts: readonly Attempt[]): number =>
  attempts.reduce((s, a) => s + Math.max(1000, Math.floor(a.afterMs)), 0);

export interface Payer {
  cards: readonly Card[];
  /** A saved card with the shop (signed in). */
  saved: boolean;
  device: Device;
  currency: Currency;
  match?: Match;
}

/** How much a shopper leans on each method; zero rules one out. */
export type MethodMix = Partial<Record<'card' | 'apple_pay' | 'google_pay' | 'paypal' | 'klarna', number>>;

/** The usual mix for the device and amount: Apple Pay on iPhones, Google Pay on Android, Klarna from £30. */
export function usualMix(device: Device, amount: number): MethodMix {
  return {
    card: 46,
    apple_pay: isApple(device) ? (isMobile(device) ? 28 : 8) : 0,
    google_pay: isAndroid(device) ? 14 : 1,
    paypal: 16,
    klarna: amount >= 3000 ? (amount >= 20_000 ? 14 : 6) : 0,
  };
}

/** Why an honest payment is declined in December. */
function honestDecline(rng: Rng, entry: Entry): Decline {
  return rng.weightedPick<Decline>([
    ['insufficient_funds', 28],
    ['authentication_failed', entry === 'wallet' ? 0 : 26],
    ['do_not_honor', 20],
    ['incorrect_cvc', entry === 'typed' ? 12 : 0],
    ['expired_card', 8],
    ['card_velocity_exceeded', 4],
  ]);
}

/**
 * How an honest customer pays: by the mix, declined now and then (`declineShare`) and retrying the way
 * people do: the right card code, the bank app's approval, another card, PayPal or Klarna; `giveUp` of those
 * declined leave.
 */
export function honestPay(
  rng: Rng,
  payer: Payer,
  amount: number,
  mix: MethodMix,
  declineShare = 0.04,
  giveUp = 0.08,
): Attempt[] {
  const method = rng.weightedPick(Object.entries(mix) as Array<[keyof MethodMix, number]>);
  const first = firstAuth(rng);
  const declined = rng.chance(declineShare);
  if (method === 'paypal' || method === 'klarna') {
    const why: Decline = method === 'paypal' ? 'paypal_declined' : 'klarna_rejected';
    // Klarna turns down more people than a card issuer does.
    if (!rng.chance(method === 'klarna' ? declineShare * 2 : declineShare / 2))
      return [otherAttempt(method, true, first)];
    const out = [otherAttempt(method, false, first, why)];
    if (rng.chance(giveUp)) return out;
    const card = rng.pick(payer.cards);
    out.push(cardAttempt(rng, card, amount, { ok: true, afterMs: retryGap(rng), match: payer.match }));
    return out;
  }
  const card = rng.pick(payer.cards);
  const entry: Entry = method !== 'card' ? 'wallet' : payer.saved && rng.chance(0.75) ? 'saved' : 'typed';
  const base = { method, entry, match: payer.match ?? 'good' } as const;
  if (!declined) return [cardAttempt(rng, card, amount, { ...base, ok: true, afterMs: first })];
  const why = honestDecline(rng, entry);
  const out = [cardAttempt(rng, card, amount, { ...base, ok: false, decline: why, afterMs: first })];
  if (rng.chance(giveUp)) return out;
  const again = retryGap(rng);
  if (why === 'incorrect_cvc') {
    out.push(cardAttempt(rng, card, amount, { ...base, ok: true, afterMs: again }));
  } else if (why === 'authentication_failed' || why === 'do_not_honor' || why === 'card_velocity_exceeded') {
    // The code arrives this time, or the bank app asks "was this you?" and they say yes.
    if (rng.chance(0.6))
      out.push(
        cardAttempt(rng, card, amount, {
          ...base,
          method: 'card',
          entry: 'typed',
          ok: true,
          afterMs: again,
          threeDS: 'challenge_passed',
        }),
      );
    else out.push(otherAttempt('paypal', true, again));
  } else {
    const next =
      payer.cards.find((c) => c !== card) ?? newCard(rng, card.country, rng.chance(0.6) ? 'credit' : 'debit');
    const fallback = rng.weightedPick<'card' | 'paypal' | 'klarna'>([
      ['card', 55],
      ['paypal', 25],
      ['klarna', amount >= 3000 ? 20 : 0],
    ]);
    out.push(
      fallback === 'card'
        ? cardAttempt(rng, next, amount, {
            ...base,
            method: 'card',
            entry: 'typed',
            ok: true,
            afterMs: again,
          })
        : otherAttempt(fallback, true, again),
    );
  }
  return out;
}

/** The step that releases an order nobody paid for: 20–40 minutes after the last try. */
export const releaseUnpaid = (
  rng: Rng,
  attempts: readonly Attempt[],
  reason = 'payment_failed',
): LaterEvent => ({
  type: 'order.cancelled',
  afterMs: attemptsTime(attempts) + rng.int(20, 40) * MINUTE,
  reason,
});

export interface AfterOptions {
  format: Format;
  postage?: Postage;
  /** After the order: when payment went through. */
  paidAfter: number;
  sendOn?: number;
  placed: number;
  amount: number;
  /** An e-voucher for themselves, booked sooner. */
  forSelf?: boolean;
}

/** Royal Mail's days: second class 2–3 days, first class 1–2, Special Delivery next day, Ireland 3–5. */
const TRANSIT: Readonly<Record<Postage, readonly [number, number]>> = {
  second_class: [48, 80],
  first_class: [22, 50],
  special_delivery: [18, 26],
  international_tracked: [70, 130],
};

/** Tracked postage: Special Delivery and international tracked report delivery. */
export const tracked = (p?: Postage): boolean => p === 'special_delivery' || p === 'international_tracked';

/**
 * When the warehouse posts a box: in the afternoon collection the same working day when ordered by noon, else
 * the next one; the scan lands between two and half past three.
 */
export function postedAt(rng: Rng, placed: number): number {
  let day = Math.floor(placed / DAY) * DAY;
  if ((placed - day) / HOUR >= 12) day += DAY;
  while ([0, 6].includes(new Date(day).getUTCDay())) day += DAY;
  return Math.max(placed + 30 * MINUTE, day + 14 * HOUR + rng.int(0, 90 * 60) * 1000);
}

/**
 * The voucher's life once paid, for an honest order: an e-voucher issued within minutes (and sent on the
 * chosen day when scheduled), a box posted by the warehouse (delivery reported when tracked); a few resends
 * and lost boxes, cancellations within the fourteen days, bookings with the partner after Christmas, and the
 * rare dispute when a partner closed.
 */
export function honestAfter(rng: Rng, o: AfterOptions): LaterEvent[] {
  const out: LaterEvent[] = [];
  const issued = o.paidAfter + rng.int(40_000, 6 * MINUTE);
  if (rng.chance(0.022)) {
    const at = issued + rng.int(2, 9 * 24) * HOUR;
    out.push(
      ...(o.format === 'e_voucher'
        ? [{ type: 'order.updated' as const, afterMs: issued, status: 'voucher_issued' as const }]
        : []),
      { type: 'order.cancelled', afterMs: at, reason: 'customer_request' },
      { type: 'refund.created', afterMs: at + rng.int(5, 60) * MINUTE, reason: 'requested_by_customer' },
    );
    return out;
  }
  if (o.format === 'e_voucher') {
    out.push({
      type: 'order.updated',
      afterMs: issued,
      status: o.sendOn ? 'voucher_scheduled' : 'voucher_issued',
    });
    if (o.sendOn)
      out.push({
        type: 'order.updated',
        afterMs: Math.max(issued + MINUTE, o.sendOn - o.placed),
        status: 'voucher_sent',
      });
    if (rng.chance(0.02))
      out.push({ type: 'order.updated', afterMs: issued + rng.int(1, 48) * HOUR, status: 'voucher_resent' });
  } else {
    const posted = postedAt(rng, o.placed) - o.placed;
    out.push({ type: 'order.updated', afterMs: Math.max(posted, issued), status: 'dispatched' });
    const [lo, hi] = TRANSIT[o.postage ?? 'second_class'];
    if (tracked(o.postage))
      out.push({ type: 'order.updated', afterMs: posted + rng.int(lo, hi) * HOUR, status: 'delivered' });
    else if (rng.chance(0.01))
      out.push({ type: 'order.updated', afterMs: posted + rng.int(6, 10) * DAY, status: 'voucher_reissued' });
  }
  if (rng.chance(o.forSelf ? 0.45 : 0.2))
    out.push({
      type: 'order.updated',
      afterMs: issued + (o.forSelf ? rng.int(1, 30) : rng.int(10, 80)) * DAY,
      status: 'voucher_redeemed',
    });
  if (rng.chance(0.0015))
    out.push({ type: 'dispute.created', afterMs: rng.int(40, 90) * DAY, reason: 'product_not_received' });
  return out;
}
