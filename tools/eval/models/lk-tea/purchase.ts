import { type CanonicalEvent, type CheckResult } from '@vigil/contracts';
import { type Address, type Buyer, type Card, DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket } from './catalogue.js';
import { type Device } from './world.js';

/** One planned purchase before events.ts renders it: how people here pay, and what happens after checkout. */

export { DAY, HOUR, MINUTE };

/** The payment methods exactly as the checkout posts them. */
export type Method =
  | 'payhere_card'
  | 'frimi'
  | 'genie'
  | 'lankaqr'
  | 'bank_deposit_slip'
  | 'cash_on_delivery'
  | 'koko'
  | 'paypal'
  | 'stripe_card';

/** Paid in rupees through Sri Lankan rails; the rest (PayPal, foreign cards) in the site currency abroad. */
export const LOCAL_METHODS: ReadonlySet<Method> = new Set([
  'payhere_card',
  'frimi',
  'genie',
  'lankaqr',
  'bank_deposit_slip',
  'cash_on_delivery',
  'koko',
]);
export const CARD_METHODS: ReadonlySet<Method> = new Set(['payhere_card', 'stripe_card']);

export interface Attempt {
  method: Method;
  card?: Card;
  ok: boolean;
  avs?: CheckResult;
  cvc?: CheckResult;
  threeDS?: string;
  decline?: string;
  afterMs: number;
}

export interface LaterEvent {
  type: CanonicalEvent['type'];
  afterMs: number;
  reason?: string;
  amount?: number;
  status?: string;
  /** A settling payment (cash collected, a slip verified): its method. */
  method?: Method;
  shipping?: Address;
}

export type Fulfilment = 'courier_lk' | 'pickup_kandy' | 'pickup_colombo' | 'ems' | 'dhl';

export interface Purchase {
  at: number;
  fraud: boolean;
  kind: string;
  basket: Basket;
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  fulfilment: Fulfilment;
  /** The method chosen at checkout. */
  method: Method;
  ip: string;
  device: Device;
  attempts: Attempt[];
  later: LaterEvent[];
  locale: string;
  giftNote?: string;
  company?: { name: string; vatNo?: string };
}

const EUROPE_3DS = new Set(['GB', 'IT', 'DE']);

/** A card authorisation through the local gateway (`payhere_card`) or the foreign-card processor. */
export function cardAttempt(
  rng: Rng,
  method: 'payhere_card' | 'stripe_card',
  card: Card,
  ok: boolean,
  afterMs: number,
  o: { decline?: string; avs?: CheckResult; threeDS?: string } = {},
): Attempt {
  const avsAnswered = method === 'stripe_card' && ['US', 'GB', 'CA'].includes(card.country);
  const threeDS =
    o.threeDS ??
    (card.country === 'LK' || EUROPE_3DS.has(card.country)
      ? ok
        ? rng.chance(0.8)
          ? 'challenge_passed'
          : 'frictionless'
        : o.decline === 'authentication_failed'
          ? 'challenge_failed'
          : 'frictionless'
      : rng.chance(0.6)
        ? 'not_enrolled'
        : 'frictionless');
  return {
    method,
    card,
    ok,
    avs: avsAnswered ? (o.avs ?? 'pass') : 'unavailable',
    cvc: o.decline === 'incorrect_cvc' ? 'fail' : 'pass',
    threeDS,
    afterMs,
    ...(!ok ? { decline: o.decline ?? 'do_not_honor' } : {}),
  };
}

/** A wallet, QR, PayPal or Koko payment: no card and no checks shown. */
export const other = (method: Method, ok: boolean, afterMs: number, decline?: string): Attempt => ({
  method,
  ok,
  afterMs,
  ...(!ok ? { decline: decline ?? 'declined' } : {}),
});

export const firstAuth = (rng: Rng): number => rng.int(8_000, 70_000);
export const retryGap = (rng: Rng): number => rng.int(40_000, 5 * MINUTE);

/**
 * An honest buyer's payment at checkout (nothing for a slip or cash on delivery, which settle later). Declines
 * are what they are here: the OTP SMS that never came, a card with not enough on it, a Koko limit; people try
 * again, switch to LankaQR or PayPal, or leave.
 */
export function honestAttempts(rng: Rng, method: Method, cards: readonly Card[], country: string): Attempt[] {
  if (method === 'bank_deposit_slip' || method === 'cash_on_delivery') return [];
  const first = firstAuth(rng);
  if (method === 'payhere_card' || method === 'stripe_card') {
    const card = rng.pick(cards);
    if (!rng.chance(method === 'payhere_card' ? 0.08 : 0.06))
      return [cardAttempt(rng, method, card, true, first)];
    const why = rng.weightedPick<string>([
      ['authentication_failed', 4],
      ['insufficient_funds', 3],
      ['do_not_honor', 2],
      ['incorrect_cvc', 1],
    ]);
    const out = [cardAttempt(rng, method, card, false, first, { decline: why })];
    if (rng.chance(0.12)) return out;
    if (method === 'payhere_card' && rng.chance(0.35)) out.push(other('lankaqr', true, retryGap(rng)));
    else if (method === 'stripe_card' && rng.chance(0.35)) out.push(other('paypal', true, retryGap(rng)));
    else out.push(cardAttempt(rng, method, card, true, retryGap(rng)));
    return out;
  }
  if (method === 'koko' && rng.chance(0.07))
    return [
      other('koko', false, first, 'koko_limit_exceeded'),
      ...honestAttempts(rng, 'payhere_card', cards, country),
    ];
  if (rng.chance(0.03)) return [other(method, false, first, 'timeout'), other(method, true, retryGap(rng))];
  return [other(method, true, first)];
}

/**
 * What happens after checkout: a slip verified hours later (or never sent), cash collected at the door (or
 * refused), card orders never paid released; then dispatch and delivery or collection, the occasional
 * cancellation, breakage refund and, rarely, a dispute.
 */
export function honestAfter(
  rng: Rng,
  p: { method: Method; attempts: readonly Attempt[]; fulfilment: Fulfilment; amount: number },
  o: { slipNever?: number; codRefused?: number } = {},
): LaterEvent[] {
  const out: LaterEvent[] = [];
  let from = p.attempts.reduce((s, a) => s + a.afterMs, 0);
  if (p.method === 'bank_deposit_slip') {
    if (rng.chance(o.slipNever ?? 0.06))
      return [
        { type: 'order.cancelled', afterMs: 72 * HOUR + rng.int(0, 6) * HOUR, reason: 'slip_not_received' },
      ];
    from = rng.int(2 * HOUR, 30 * HOUR);
    out.push({ type: 'payment.succeeded', afterMs: from, method: 'bank_deposit_slip' });
  } else if (p.method !== 'cash_on_delivery' && !p.attempts.some((a) => a.ok))
    return [{ type: 'order.cancelled', afterMs: from + rng.int(30, 60) * MINUTE, reason: 'payment_failed' }];
  const pickup = p.fulfilment === 'pickup_kandy' || p.fulfilment === 'pickup_colombo';
  if (pickup) {
    const collected = from + rng.int(5, 72) * HOUR;
    // Cash on delivery at the shop counter: paid when collected.
    if (p.method === 'cash_on_delivery')
      out.push({ type: 'payment.succeeded', afterMs: collected - MINUTE, method: 'cash_on_delivery' });
    out.push({ type: 'order.updated', afterMs: collected, status: 'collected' });
    return out;
  }
  if (p.method !== 'cash_on_delivery' && rng.chance(0.012)) {
    out.push({ type: 'order.cancelled', afterMs: from + rng.int(1, 12) * HOUR, reason: 'customer_request' });
    out.push({
      type: 'refund.created',
      afterMs: from + rng.int(13, 30) * HOUR,
      reason: 'requested_by_customer',
    });
    return out;
  }
  const abroad = p.fulfilment === 'ems' || p.fulfilment === 'dhl';
  const ship = from + rng.int(12, 48) * HOUR;
  const arrive = ship + (abroad ? rng.int(4, 12) * DAY : rng.int(20, 72) * HOUR);
  out.push({ type: 'order.updated', afterMs: ship, status: 'shipped' });
  if (p.method === 'cash_on_delivery') {
    if (rng.chance(o.codRefused ?? 0.05)) {
      out.push({ type: 'order.updated', afterMs: arrive, status: 'delivery_failed', reason: 'refused' });
      out.push({ type: 'order.cancelled', afterMs: arrive + 2 * HOUR, reason: 'refused_at_door' });
      return out;
    }
    out.push({ type: 'payment.succeeded', afterMs: arrive, method: 'cash_on_delivery' });
    out.push({ type: 'order.updated', afterMs: arrive + MINUTE, status: 'delivered' });
    return out;
  }
  out.push({ type: 'order.updated', afterMs: arrive, status: 'delivered' });
  if (rng.chance(0.02))
    out.push({
      type: 'refund.created',
      afterMs: arrive + rng.int(1, 6) * DAY,
      reason: 'damaged_in_transit',
      amount: Math.max(100, Math.round(p.amount * rng.float(0.1, 0.4))),
    });
  else if (abroad && rng.chance(0.004))
    out.push({
      type: 'dispute.created',
      afterMs: arrive + rng.int(15, 40) * DAY,
      reason: 'product_not_received',
    });
  return out;
}
