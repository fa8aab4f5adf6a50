import {
  type Address,
  type BasketLine,
  type Buyer,
  DAY,
  type Device,
  HOUR,
  MINUTE,
  otherAttempt,
  paid,
  type PaymentAttempt,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Step } from '../kit/timeline.js';
import { avs, cvc, type Decline, type Entry, type HeldCard, honestDecline, newCard } from './cards.js';
import { type Basket, basketOf, type Category, isDigital } from './catalogue.js';

/** One planned purchase before events.ts renders it: how people pay here, and what happens after checkout. */

export { DAY, HOUR, MINUTE, paid };

export type Method = 'mada' | 'card' | 'apple_pay' | 'stc_pay' | 'tabby' | 'tamara' | 'cod' | 'bank_transfer';
export type ThreeDS = 'challenge_passed' | 'challenge_failed' | 'frictionless' | 'not_enrolled';
export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** A later step; `status` marks fulfilment updates, `shipping` a changed delivery address. */
export interface LaterEvent extends Step {
  status?: string;
  shipping?: Address;
}

/** Courier to the door, the Eid express slot, same-day in Riyadh, or e-mail for e-gift cards. */
export type Delivery = 'standard' | 'express' | 'same_day' | 'email';

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  phone: string;
  shipping?: Address;
  ip: string;
  device: Device;
  channel: 'app' | 'web';
  locale: 'ar' | 'en';
  delivery: Delivery;
  /** Cash on delivery: no payment at checkout, the courier collects. */
  cod: boolean;
  giftNote?: string;
  company?: { name: string; vatNumber: string };
}

/** A purchase from its parts; the basket is priced here (code, delivery, cash-on-delivery fee). */
export function purchaseOf(o: {
  at: number;
  fraud: boolean;
  kind: string;
  buyer: Buyer;
  phone: string;
  billing: Address;
  shipping?: Address;
  ip: string;
  device: Device;
  lines: BasketLine<Category>[];
  code?: string;
  delivery: Delivery;
  method: Method;
  giftNote?: string;
  company?: { name: string; vatNumber: string };
  locale?: 'ar' | 'en';
}): Purchase {
  const cod = o.method === 'cod';
  const digital = o.lines.every((l) => l.category === 'gift_card');
  const basket = basketOf(o.lines, {
    ...(o.code ? { code: o.code } : {}),
    ...(o.shipping && !digital ? { shipTo: o.shipping.country } : {}),
    express: o.delivery === 'express' || o.delivery === 'same_day',
    cod,
  });
  return {
    at: o.at,
    fraud: o.fraud,
    kind: o.kind,
    basket,
    billing: o.billing,
    attempts: [],
    later: [],
    buyer: o.buyer,
    phone: o.phone,
    ...(o.shipping && !digital ? { shipping: o.shipping } : {}),
    ip: o.ip,
    device: o.device,
    channel: o.device.userAgent.startsWith('DarAlOud/') ? 'app' : 'web',
    locale: o.locale ?? 'ar',
    delivery: digital ? 'email' : o.delivery,
    cod,
    ...(o.giftNote ? { giftNote: o.giftNote } : {}),
    ...(o.company ? { company: o.company } : {}),
  };
}

/**
 * 3-D Secure as it runs here: the central bank makes Saudi issuers challenge every online payment with an
 * OTP by SMS; Gulf issuers mostly challenge; British and Egyptian ones often pass frictionless; American
 * and Canadian cards are often not enrolled at all. Apple Pay carries its own cryptogram (no 3-D Secure).
 */
export function secure(rng: Rng, card: HeldCard, ok: boolean, decline?: Decline): ThreeDS {
  if (decline === 'authentication_failed') return 'challenge_failed';
  if (card.country === 'SA') return 'challenge_passed';
  if (['AE', 'KW', 'QA', 'BH', 'OM'].includes(card.country))
    return rng.chance(0.75) ? 'challenge_passed' : 'frictionless';
  if (card.country === 'US' || card.country === 'CA')
    return rng.chance(0.35) ? 'not_enrolled' : ok || rng.chance(0.5) ? 'frictionless' : 'challenge_passed';
  return rng.chance(0.55) ? 'frictionless' : 'challenge_passed';
}

export interface CardTry {
  entry?: Entry;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** Whether the billing address matches the issuer's (only US, UK and Canadian issuers say). */
  avsMatch?: boolean;
  threeDS?: ThreeDS;
}

export function cardAttempt(rng: Rng, card: HeldCard, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method = entry === 'wallet' ? 'apple_pay' : card.brand === 'mada' ? 'mada' : 'card';
  const threeDS = entry === 'wallet' ? undefined : (t.threeDS ?? secure(rng, card, t.ok, t.decline));
  return {
    method,
    card,
    ok: t.ok,
    avs: avs(card, t.avsMatch ?? true),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    ...(threeDS ? { threeDS } : {}),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

/** From checkout to the first answer: the OTP screen takes a while. */
export const firstAuth = (rng: Rng): number => rng.int(12_000, 90_000);
export const retryGap = (rng: Rng): number => rng.int(30_000, 5 * MINUTE);

/** How a customer in `country` chooses to pay for `amount` halalas (cash on delivery only when allowed). */
export function honestMethod(
  rng: Rng,
  country: string,
  amount: number,
  o: { digital: boolean; codShare?: number; instalments?: number },
): Method {
  const codOk = !o.digital && amount <= 250_000 && ['SA', 'AE', 'KW', 'OM', 'BH'].includes(country);
  const bnplOk = amount >= 20_000 && ['SA', 'AE', 'KW'].includes(country);
  if (country === 'GB' || country === 'EG')
    return rng.weightedPick<Method>([
      ['card', country === 'EG' ? 85 : 60],
      ['apple_pay', country === 'EG' ? 15 : 40],
    ]);
  const sa = country === 'SA';
  return rng.weightedPick<Method>([
    ['mada', sa ? 30 : 0],
    ['card', sa ? 9 : 42],
    ['apple_pay', sa ? 30 : 38],
    ['stc_pay', sa ? 6 : 0],
    ['tabby', bnplOk ? (o.instalments ?? (sa ? 6 : 7)) : 0],
    ['tamara', bnplOk ? (o.instalments ?? (sa ? 5 : 3)) * (sa ? 1 : 0.6) : 0],
    ['cod', codOk ? (o.codShare ?? (sa ? 18 : 10)) : 0],
  ]);
}

export interface Payer {
  cards: HeldCard[];
  country: string;
  signedIn: boolean;
}

/** A mada card when the payer holds one, else any of theirs. */
const debitOf = (payer: Payer): HeldCard | undefined =>
  payer.cards.find((c) => c.brand === 'mada') ?? payer.cards[0];

/**
 * An honest customer's attempts with `method`: usually one; declines are retried the way people do (the OTP
 * entered this time, another card, Apple Pay after a wallet or instalment decline); a few give up.
 */
export function honestAttempts(rng: Rng, method: Method, payer: Payer, amount: number): Attempt[] {
  const first = firstAuth(rng);
  const declined = rng.chance(amount > 200_000 ? 0.08 : 0.05);
  if (method === 'cod') return [];
  if (method === 'bank_transfer') return [other('bank_transfer', true, rng.int(6 * HOUR, 3 * DAY))];
  const fallback = (): Attempt => {
    const card = debitOf(payer) ?? newCard(rng, payer.country, payer.country === 'SA' ? 'mada' : 'credit');
    return cardAttempt(rng, card, {
      entry: rng.chance(0.5) ? 'wallet' : 'typed',
      ok: true,
      afterMs: retryGap(rng),
    });
  };
  if (method === 'stc_pay' || method === 'tabby' || method === 'tamara') {
    const approval = method === 'stc_pay' ? first : rng.int(60_000, 6 * MINUTE);
    if (!declined && !(method !== 'stc_pay' && rng.chance(0.05))) return [other(method, true, approval)];
    const why: Decline = method === 'stc_pay' ? 'wallet_declined' : 'bnpl_declined';
    const out = [other(method, false, approval, why)];
    if (!rng.chance(0.12)) out.push(fallback());
    return out;
  }
  const pool = method === 'mada' ? payer.cards.filter((c) => c.brand === 'mada') : payer.cards;
  const card =
    rng.pick(pool.length > 0 ? pool : payer.cards) ??
    newCard(rng, payer.country, method === 'mada' ? 'mada' : 'credit');
  const entry: Entry =
    method === 'apple_pay' ? 'wallet' : payer.signedIn && rng.chance(0.55) ? 'saved' : 'typed';
  if (!declined) return [cardAttempt(rng, card, { entry, ok: true, afterMs: first })];
  const why = entry === 'wallet' && rng.chance(0.6) ? 'insufficient_funds' : honestDecline(rng);
  const out = [cardAttempt(rng, card, { entry, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.12)) return out;
  if (why === 'authentication_failed' || why === 'incorrect_cvc') {
    out.push(cardAttempt(rng, card, { entry: 'typed', ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  const next = payer.cards.find((c) => c !== card);
  if (next) out.push(cardAttempt(rng, next, { entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  else out.push(fallback());
  return out;
}

/** The order released 30–60 minutes after the last failed try, when nothing went through. */
export function unpaidRelease(rng: Rng, attempts: readonly Attempt[]): LaterEvent[] {
  const tried = attempts.reduce((s, a) => s + Math.max(1000, a.afterMs), 0);
  return [{ type: 'order.cancelled', afterMs: tried + rng.int(30, 60) * MINUTE, reason: 'payment_failed' }];
}

/** Hours from checkout to the courier's pickup and to the door, by destination and speed. */
export function courierHours(rng: Rng, p: Purchase): { shipped: number; delivered: number } {
  if (p.delivery === 'same_day') {
    const shipped = rng.int(1, 3);
    return { shipped, delivered: shipped + rng.int(2, 6) };
  }
  const country = p.shipping?.country ?? 'SA';
  const shipped = p.delivery === 'express' ? rng.int(2, 10) : rng.int(6, 36);
  const sameCity = country === 'SA' && p.shipping?.city === 'Riyadh';
  const transit =
    country === 'SA'
      ? sameCity
        ? rng.int(10, 30)
        : rng.int(p.delivery === 'express' ? 18 : 28, p.delivery === 'express' ? 40 : 80)
      : country === 'GB' || country === 'EG'
        ? rng.int(96, 220)
        : rng.int(48, 130);
  return { shipped, delivered: shipped + transit };
}

/** Shipped and delivered (or an e-gift card e-mailed within minutes), hours after checkout. */
export function fulfilment(rng: Rng, p: Purchase): { steps: LaterEvent[]; delivered: number } {
  if (isDigital(p.basket)) {
    const at = rng.int(1, 6) * MINUTE;
    return { steps: [{ type: 'order.updated', afterMs: at, status: 'delivered' }], delivered: at };
  }
  const h = courierHours(rng, p);
  return {
    steps: [
      { type: 'order.updated', afterMs: h.shipped * HOUR + rng.int(0, 59) * MINUTE, status: 'shipped' },
      { type: 'order.updated', afterMs: h.delivered * HOUR, status: 'delivered' },
    ],
    delivered: h.delivered * HOUR,
  };
}

/** The courier collects the cash at the door (a `payment.succeeded` by `cod`) a few minutes after delivery. */
export const collected = (rng: Rng, delivered: number): LaterEvent => ({
  type: 'payment.succeeded',
  afterMs: delivered + rng.int(1, 25) * MINUTE,
});

/** A cash-on-delivery parcel that comes back: shipped, the delivery fails, the order is cancelled. */
export function refused(rng: Rng, p: Purchase, reason: string): LaterEvent[] {
  const h = courierHours(rng, p);
  return [
    { type: 'order.updated', afterMs: h.shipped * HOUR, status: 'shipped' },
    { type: 'order.updated', afterMs: h.delivered * HOUR, status: 'delivery_failed', reason },
    { type: 'order.cancelled', afterMs: h.delivered * HOUR + rng.int(24, 72) * HOUR, reason },
  ];
}

/**
 * What happens to an honest order: a failed payment releases it; cash on delivery is collected at the door or,
 * one time in eleven, refused or unreachable (away for Eid, changed their mind); a paid order is shipped and
 * delivered, now and then cancelled before dispatch, refunded in part for a leaking bottle, or disputed: as
 * not received, or by a family member who did not recognise the charge (friendly fraud).
 */
export function honestAfter(rng: Rng, p: Purchase): LaterEvent[] {
  if (p.cod) {
    if (rng.chance(0.09))
      return refused(rng, p, rng.chance(0.6) ? 'refused_on_delivery' : 'customer_unreachable');
    const f = fulfilment(rng, p);
    return [...f.steps, collected(rng, f.delivered)];
  }
  if (!paid(p)) return unpaidRelease(rng, p.attempts);
  if (rng.chance(0.012))
    return [
      { type: 'order.cancelled', afterMs: rng.int(1, 5) * HOUR, reason: 'customer_request' },
      { type: 'refund.created', afterMs: rng.int(6, 30) * HOUR, reason: 'requested_by_customer' },
    ];
  const f = fulfilment(rng, p);
  const out = [...f.steps];
  const oil = p.basket.lines.find((l) => l.category === 'oud_oil' || l.category === 'perfume');
  if (oil && rng.chance(0.015))
    out.push({
      type: 'refund.created',
      afterMs: f.delivered + rng.int(1, 4) * DAY,
      reason: 'damaged_in_transit',
      amount: oil.price,
    });
  else if (rng.chance(0.002))
    out.push({ type: 'dispute.created', afterMs: rng.int(20, 45) * DAY, reason: 'product_not_received' });
  else if (rng.chance(0.0025))
    out.push({ type: 'dispute.created', afterMs: rng.int(25, 60) * DAY, reason: 'fraudulent' });
  return out;
}
