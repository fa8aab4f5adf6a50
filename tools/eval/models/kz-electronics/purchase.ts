import {
  type Address,
  type Buyer,
  type Card,
  DAY,
  HOUR,
  MINUTE,
  otherAttempt,
  paid,
  type PaymentAttempt,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { shownCard, type Step } from '../kit/timeline.js';
import {
  avs,
  cvc,
  type Decline,
  type Entry,
  type HeldCard,
  honestDecline,
  type Match,
  newCard,
  secure,
  type ThreeDS,
} from './cards.js';
import { type Basket, type Delivery } from './catalogue.js';
import { type Gadget } from './people.js';

/** One planned purchase before events.ts renders it: how people pay, and what happens once they have. */

export { DAY, HOUR, MINUTE, paid };

export type Method =
  'card' | 'apple_pay' | 'google_pay' | 'qr' | 'installments' | 'cod' | 'bank_transfer' | 'pay_in_store';

/** Instalment plans: months of zero interest, zero down payment (`0-0-12` is the one everybody asks for). */
export type Plan = '0-0-6' | '0-0-12' | '0-0-24';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, Card> & { plan?: Plan };

export type Channel = 'app' | 'mobile_web' | 'web';

/** A later step: fulfilment `status`, the method of a payment taken at the door or the till, a new address. */
export interface LaterEvent extends Step {
  status?: string;
  method?: Method;
  shipping?: Address;
}

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  ip: string;
  device: Gadget;
  channel: Channel;
  locale: string;
  phone: string;
  delivery: Delivery;
  pickupPoint?: string;
  company?: { name: string; bin: string };
  /** Paid at the door or at the pickup point's till rather than at checkout. */
  payLater?: 'cod' | 'pay_in_store';
}

export const channelOf = (d: Gadget): Channel =>
  d.kind === 'app' ? 'app' : d.kind === 'mobile_web' ? 'mobile_web' : 'web';

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** The 3-D Secure result when the planner knows better (an OTP read off a swapped SIM, a phished code). */
  threeDS?: ThreeDS;
  /** The phone's wallet, for `entry: 'wallet'`. */
  ios?: boolean;
}

export function cardAttempt(rng: Rng, card: HeldCard, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method = entry === 'wallet' ? (t.ios ? 'apple_pay' : 'google_pay') : 'card';
  const authFailed = t.decline === 'authentication_failed';
  return {
    method,
    card: shownCard(card),
    ok: t.ok,
    avs: avs(card, t.match ?? 'good'),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    threeDS: t.threeDS ?? (authFailed ? 'challenge_failed' : secure(rng, card, true)),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

export const other = (method: Method, ok: boolean, afterMs: number, decline?: Decline): Attempt =>
  otherAttempt(method, ok, afterMs, decline);

export const instalment = (plan: Plan, ok: boolean, afterMs: number): Attempt => ({
  ...other('installments', ok, afterMs, 'application_declined'),
  plan,
});

/** The first authorisation: the 3-D Secure code or the bank app's push takes a little while. */
export const firstAuth = (rng: Rng): number => rng.int(15_000, 90_000);
export const retryGap = (rng: Rng): number => rng.int(40_000, 8 * MINUTE);

export interface Payer {
  cards: HeldCard[];
  country: string;
  signedIn: boolean;
  ios: boolean;
}

export type MethodWeights = Partial<Record<Method, number>>;

export interface Payment {
  attempts: Attempt[];
  payLater?: 'cod' | 'pay_in_store';
}

const planOf = (rng: Rng): Plan =>
  rng.weightedPick<Plan>([
    ['0-0-12', 72],
    ['0-0-24', 14],
    ['0-0-6', 14],
  ]);

function cardPay(rng: Rng, payer: Payer, tenge: number, wallet: boolean, declineShare: number): Attempt[] {
  const card = rng.pick(payer.cards);
  const entry: Entry = wallet ? 'wallet' : payer.signedIn && rng.chance(0.55) ? 'saved' : 'typed';
  const base = { entry, ios: payer.ios } as const;
  const first = firstAuth(rng);
  if (!rng.chance(declineShare)) return [cardAttempt(rng, card, { ...base, ok: true, afterMs: first })];
  const why = honestDecline(rng, tenge, card.country);
  const out = [cardAttempt(rng, card, { ...base, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.08)) return out;
  // Internet payments switched off, a daily limit, a mistyped code: fixed in the bank's app, then the same card.
  if (
    [
      'restricted_card',
      'limit_exceeded',
      'authentication_failed',
      'incorrect_cvc',
      'invalid_number',
    ].includes(why)
  ) {
    if (why === 'limit_exceeded' && rng.chance(0.3)) {
      out.push(other('qr', true, retryGap(rng)));
      return out;
    }
    out.push(cardAttempt(rng, card, { entry: 'typed', ok: true, afterMs: rng.int(2 * MINUTE, 12 * MINUTE) }));
    return out;
  }
  if (rng.chance(0.4)) {
    out.push(
      rng.chance(tenge > 100_000 ? 0.5 : 0.1)
        ? instalment(planOf(rng), true, rng.int(3, 10) * MINUTE)
        : other('qr', true, retryGap(rng)),
    );
    return out;
  }
  const next = payer.cards.find((c) => c !== card) ?? newCard(rng, payer.country);
  out.push(cardAttempt(rng, next, { entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  return out;
}

/**
 * How an honest customer pays by `weights`: a card (typed or saved) or a phone wallet under 3-D Secure, a QR
 * code in the bank's app, a bank's instalments (scored in minutes; some declined), cash or card to the courier,
 * at the pickup point's till, or a bank transfer against an invoice. Failures are retried the way people do.
 */
export function honestPay(
  rng: Rng,
  payer: Payer,
  tenge: number,
  weights: MethodWeights,
  declineShare = 0.06,
): Payment {
  const method = rng.weighted<Method>({
    card: 0,
    apple_pay: 0,
    google_pay: 0,
    qr: 0,
    installments: 0,
    cod: 0,
    bank_transfer: 0,
    pay_in_store: 0,
    ...weights,
  });
  if (method === 'cod' || method === 'pay_in_store') return { attempts: [], payLater: method };
  if (method === 'bank_transfer')
    return rng.chance(0.04)
      ? { attempts: [other('bank_transfer', false, rng.int(50, 72) * HOUR, 'transfer_not_received')] }
      : { attempts: [other('bank_transfer', true, rng.int(2 * HOUR, 30 * HOUR))] };
  if (method === 'qr') {
    if (!rng.chance(0.07)) return { attempts: [other('qr', true, rng.int(20_000, 150_000))] };
    const out = [other('qr', false, rng.int(5, 10) * MINUTE, 'qr_expired')];
    if (rng.chance(0.85)) out.push(other('qr', true, rng.int(30_000, 4 * MINUTE)));
    return { attempts: out };
  }
  if (method === 'installments') {
    const plan = planOf(rng);
    if (!rng.chance(tenge > 500_000 ? 0.14 : 0.08))
      return { attempts: [instalment(plan, true, rng.int(3, 12) * MINUTE)] };
    const out = [instalment(plan, false, rng.int(3, 12) * MINUTE)];
    const next = rng.next();
    if (next < 0.35) out.push(instalment('0-0-24', rng.chance(0.45), rng.int(2, 6) * MINUTE));
    else if (next < 0.65 && payer.cards.length > 0) out.push(...cardPay(rng, payer, tenge, false, 0.15));
    return { attempts: out };
  }
  const wallet = method === 'apple_pay' || method === 'google_pay';
  return { attempts: cardPay(rng, payer, tenge, wallet, declineShare) };
}

/** The release of an order nothing was paid for: half an hour to an hour after the last failed try. */
export function unpaidRelease(rng: Rng, attempts: readonly Attempt[]): LaterEvent[] {
  const t = attempts.reduce((s, a) => s + Math.max(1000, Math.floor(a.afterMs)), 0);
  return [{ type: 'order.cancelled', afterMs: t + rng.int(30, 60) * MINUTE, reason: 'payment_failed' }];
}

/** When the goods leave or are ready, and when they arrive, for each way of delivery (from the order). */
export function fulfilment(
  rng: Rng,
  delivery: Delivery,
  opts: { far?: boolean; services?: boolean; payLater?: 'cod' | 'pay_in_store'; busy?: boolean } = {},
): { steps: LaterEvent[]; done: number } {
  const steps: LaterEvent[] = [];
  const slow = opts.busy ? 2 : 1;
  let done: number;
  if (delivery === 'digital') {
    done = rng.int(30_000, 5 * MINUTE);
    steps.push({ type: 'order.updated', afterMs: done, status: 'delivered' });
  } else if (delivery === 'pickup') {
    const ready = rng.int(1 * HOUR, 6 * HOUR) * slow;
    done = ready + rng.int(1 * HOUR, 60 * HOUR);
    steps.push({ type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' });
    if (opts.payLater === 'pay_in_store')
      steps.push({
        type: 'payment.succeeded',
        afterMs: done - rng.int(60_000, 5 * MINUTE),
        method: 'pay_in_store',
      });
    steps.push({ type: 'order.updated', afterMs: done, status: 'collected' });
  } else if (delivery === 'express') {
    const out = rng.int(20 * MINUTE, 70 * MINUTE) * slow;
    done = out + rng.int(40 * MINUTE, 130 * MINUTE);
    steps.push({ type: 'order.updated', afterMs: out, status: 'out_for_delivery' });
    if (opts.payLater === 'cod')
      steps.push({ type: 'payment.succeeded', afterMs: done - rng.int(30_000, 3 * MINUTE), method: 'cod' });
    steps.push({ type: 'order.updated', afterMs: done, status: 'delivered' });
  } else {
    const pack = rng.int(2 * HOUR, 14 * HOUR) * slow;
    const ship = pack + rng.int(4 * HOUR, 20 * HOUR);
    const days =
      delivery === 'cross_border'
        ? rng.int(4, 9)
        : delivery === 'large_item'
          ? rng.int(1, 5)
          : opts.far
            ? rng.int(2, 6)
            : rng.int(1, 3);
    done = ship + days * DAY + rng.int(-6, 6) * HOUR;
    steps.push({ type: 'order.updated', afterMs: pack, status: 'packed' });
    steps.push({
      type: 'order.updated',
      afterMs: ship,
      status: delivery === 'large_item' ? 'delivery_scheduled' : 'shipped',
    });
    steps.push({ type: 'order.updated', afterMs: done - rng.int(2, 6) * HOUR, status: 'out_for_delivery' });
    if (opts.payLater === 'cod')
      steps.push({ type: 'payment.succeeded', afterMs: done - rng.int(30_000, 3 * MINUTE), method: 'cod' });
    steps.push({ type: 'order.updated', afterMs: done, status: 'delivered' });
    if (opts.services)
      steps.push({ type: 'order.updated', afterMs: done + rng.int(1, 30) * HOUR, status: 'installed' });
  }
  return { steps, done };
}

/**
 * What happens to an honest order: delivered or collected, now and then cancelled before dispatch, refused at
 * the door (cash on delivery), left uncollected, returned within the 14 days the law allows, or, rarely, disputed.
 */
export function honestAfter(
  rng: Rng,
  p: { delivery: Delivery; payLater?: 'cod' | 'pay_in_store'; attempts: readonly Attempt[]; basket: Basket },
  opts: { far?: boolean; services?: boolean; busy?: boolean; refused?: number } = {},
): LaterEvent[] {
  if (!p.payLater && !paid(p)) return unpaidRelease(rng, p.attempts);
  if (rng.chance(0.015))
    return [{ type: 'order.cancelled', afterMs: rng.int(10 * MINUTE, 8 * HOUR), reason: 'customer_request' }];
  const { steps, done } = fulfilment(rng, p.delivery, {
    ...opts,
    ...(p.payLater ? { payLater: p.payLater } : {}),
  });
  if (p.payLater === 'cod' && rng.chance(opts.refused ?? 0.07)) {
    const at = steps.find((s) => s.status === 'out_for_delivery')?.afterMs ?? done;
    return [
      ...steps.filter((s) => s.afterMs <= at && s.type === 'order.updated'),
      {
        type: 'order.cancelled',
        afterMs: done,
        reason: rng.pick(['refused_on_delivery', 'customer_unreachable']),
      },
    ];
  }
  if (p.delivery === 'pickup' && rng.chance(0.03)) {
    const ready = steps[0];
    return [
      ...(ready ? [ready] : []),
      { type: 'order.cancelled', afterMs: 5 * DAY + rng.int(0, 20) * HOUR, reason: 'not_collected' },
    ];
  }
  if (p.delivery !== 'digital' && rng.chance(0.03)) {
    steps.push({ type: 'order.updated', afterMs: done + rng.int(1, 9) * DAY, status: 'return_requested' });
    const biggest = [...p.basket.lines].sort((a, b) => b.price - a.price)[0];
    const part = biggest && p.basket.lines.length > 1 && rng.chance(0.5) ? biggest.price : p.basket.amount;
    steps.push({
      type: 'refund.created',
      afterMs: done + rng.int(10, 14) * DAY,
      reason: rng.pick(['return_unwanted', 'defective', 'not_as_described']),
      amount: Math.min(part, p.basket.amount),
    });
  } else if (
    ['card', 'apple_pay', 'google_pay'].includes(p.attempts.find((a) => a.ok)?.method ?? '') &&
    rng.chance(0.003)
  )
    steps.push({
      type: 'dispute.created',
      afterMs: done + rng.int(20, 50) * DAY,
      reason: rng.pick(['product_not_received', 'duplicate', 'credit_not_processed']),
    });
  return steps;
}
