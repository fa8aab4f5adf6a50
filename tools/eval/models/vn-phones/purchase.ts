import {
  type Address,
  type Buyer,
  DAY,
  type Device,
  HOUR,
  MINUTE,
  otherAttempt,
  type PaymentAttempt,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Step } from '../kit/timeline.js';
import {
  avs,
  cvc,
  type Decline,
  type Entry,
  type HeldCard,
  honestCardDecline,
  honestNapasDecline,
  honestWalletDecline,
  type Match,
  napasCard,
  newCard,
} from './cards.js';
import { type Basket } from './catalogue.js';

/** One planned purchase before events.ts renders it: how people pay, and what happens after checkout. */

export { DAY, HOUR, MINUTE };

export type Method =
  | 'cod'
  | 'momo'
  | 'zalopay'
  | 'vnpay_qr'
  | 'napas'
  | 'card'
  | 'apple_pay'
  | 'google_pay'
  | 'card_instalment'
  | 'consumer_finance'
  | 'bank_transfer'
  | 'pay_at_store';

/** Methods that carry a card network's chargebacks and early fraud warnings. */
export const CARD_METHODS: readonly Method[] = ['card', 'apple_pay', 'google_pay', 'card_instalment'];
/** Methods whose payment body shows a card. */
export const SHOWS_CARD: readonly Method[] = [...CARD_METHODS, 'napas'];

export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'attempted' | 'not_enrolled';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard> & { provider?: string };

export type Fulfilment = 'standard' | 'express_2h' | 'pickup' | 'digital';

/** A later step: a status update (`status`, maybe a new address), a settlement (`method`), or the kit's others. */
export interface LaterEvent extends Step {
  status?: string;
  shipping?: Address;
  method?: Method;
}

export interface Finance {
  provider: string;
  tenorMonths: number;
  /** Paid at the counter or on delivery, outside the financed amount the webhooks carry. */
  downPayment: number;
}

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  phone: string;
  /** How the buyer chose to pay at checkout. */
  method: Method;
  shipping?: Address;
  /** Who receives the parcel, when it is not the buyer. */
  recipient?: string;
  fulfilment: Fulfilment;
  shop?: string;
  ip: string;
  device: Device;
  channel: 'app' | 'web';
  locale: string;
  finance?: Finance;
  company?: { name: string; taxCode: string };
}

export const firstAuth = (rng: Rng): number => rng.int(15_000, 110_000);
export const retryGap = (rng: Rng): number => rng.int(25_000, 5 * MINUTE);

/** Cards from abroad go through 3-D Secure (the store asks for it on every card); Vietnamese issuers send an OTP. */
export function secure(rng: Rng, card: HeldCard, ok: boolean, decline?: Decline): ThreeDS {
  if (decline === 'authentication_failed') return 'challenge_failed';
  if (card.country === 'VN') return rng.chance(0.82) ? 'challenge_passed' : 'frictionless';
  if (!ok) return rng.chance(0.6) ? 'frictionless' : 'challenge_passed';
  return rng.weightedPick<ThreeDS>([
    ['frictionless', 56],
    ['challenge_passed', 38],
    ['attempted', 6],
  ]);
}

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** When the planner knows the 3-D Secure result (a stolen OTP, an issuer outside the scheme). */
  threeDS?: ThreeDS;
  method?: Method;
}

/** A card authorisation: typed, saved or through a phone wallet; card instalments are a card payment too. */
export function cardAttempt(rng: Rng, card: HeldCard, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method =
    t.method ?? (entry === 'wallet' ? (rng.chance(0.85) ? 'apple_pay' : 'google_pay') : 'card');
  const wallet = method === 'apple_pay' || method === 'google_pay';
  // A card the acquirer refuses outright (a scheme it does not take, a sanctioned issuer) never reaches 3-D Secure.
  const refused = t.decline === 'card_not_supported';
  const threeDS = wallet || refused ? undefined : (t.threeDS ?? secure(rng, card, t.ok, t.decline));
  return {
    method,
    card,
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'good'),
    cvc: cvc(card, entry, t.decline !== 'incorrect_cvc'),
    ...(threeDS ? { threeDS } : {}),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

/** A domestic ATM card over Napas: card number, name and issue date, then the bank's OTP. No CVC, no AVS. */
export function napasAttempt(card: HeldCard, ok: boolean, afterMs: number, decline?: Decline): Attempt {
  return {
    method: 'napas',
    card,
    ok,
    avs: 'unavailable',
    cvc: 'unavailable',
    afterMs,
    ...(!ok && decline ? { decline } : {}),
  };
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

/** A consumer-finance application: approved or declined by the finance company's desk. */
export const financeAttempt = (provider: string, ok: boolean, afterMs: number): Attempt => ({
  method: 'consumer_finance',
  ok,
  afterMs,
  provider,
  ...(!ok ? { decline: 'application_declined' as const } : {}),
});

/** When a payment went through, ms after the order (attempts are at least a second apart), or undefined. */
export function paidAfter(attempts: readonly Attempt[]): number | undefined {
  let t = 0;
  for (const a of attempts) {
    t += Math.max(1000, Math.floor(a.afterMs));
    if (a.ok) return t;
  }
  return undefined;
}

/** When the last attempt was made, ms after the order. */
export const triedUntil = (attempts: readonly Attempt[]): number =>
  attempts.reduce((t, a) => t + Math.max(1000, Math.floor(a.afterMs)), 0);

export interface Payer {
  cards: HeldCard[];
  napas?: HeldCard;
  wallets: readonly string[];
  signedIn: boolean;
  platform: string;
  tier: 'metro' | 'city' | 'province';
}

/** What a checkout came to: the method chosen, the attempts, and how an unpaid order may still be paid. */
export interface Paying {
  method: Method;
  attempts: Attempt[];
  /** Paid later: cash to the courier, at the shop's counter. */
  settle?: 'cod' | 'pay_at_store';
  /** A transfer that never arrives. */
  unpaidTransfer?: boolean;
}

export interface PayFor {
  amount: number;
  digital: boolean;
  pickup: boolean;
  declineShare?: number;
  /** Extra weight on some methods (a kind's habits). */
  bias?: Partial<Record<Method, number>>;
}

/** How a Vietnamese customer picks a method at checkout, by where they live, what they hold and what they buy. */
export function chooseMethod(rng: Rng, p: Payer, f: PayFor): Method {
  const big = f.amount > 25_000_000;
  const cod = f.digital ? 0 : (p.tier === 'metro' ? 18 : p.tier === 'city' ? 30 : 48) * (big ? 0.4 : 1);
  const weights: Record<Method, number> = {
    cod: f.pickup ? 0 : cod,
    momo: f.digital ? 26 : p.wallets.includes('momo') ? 20 : 9,
    zalopay: f.digital ? 10 : p.wallets.includes('zalopay') ? 12 : 4,
    vnpay_qr: 15,
    napas: p.napas ? 10 : 4,
    card: p.cards.length > 0 ? 14 : 2,
    apple_pay: p.platform === 'iphone' || p.platform === 'mac' ? 6 : 0,
    google_pay: p.platform === 'android' ? 1.2 : 0,
    card_instalment: 0,
    consumer_finance: 0,
    bank_transfer: f.digital ? 0 : big ? 9 : 3,
    pay_at_store: f.pickup ? 42 : 0,
  };
  for (const [m, x] of Object.entries(f.bias ?? {}) as Array<[Method, number]>) weights[m] *= x;
  return rng.weighted(weights);
}

/**
 * How an honest Vietnamese customer pays: the method chosen and what happens when it fails, as people do it
 * (the OTP again, the banking app's QR when the ATM card was never registered for online payment, another
 * wallet), a few giving up or asking the hotline to switch to cash on delivery.
 */
export function localPay(rng: Rng, p: Payer, f: PayFor, forced?: Method): Paying {
  const method = forced ?? chooseMethod(rng, p, f);
  const big = f.amount > 20_000_000;
  const first = firstAuth(rng);
  const declined = rng.chance(f.declineShare ?? (big ? 0.1 : 0.06));
  if (method === 'cod') return { method, attempts: [], settle: 'cod' };
  if (method === 'pay_at_store') return { method, attempts: [], settle: 'pay_at_store' };
  if (method === 'bank_transfer') {
    if (rng.chance(0.06)) return { method, attempts: [], unpaidTransfer: true };
    return { method, attempts: [other('bank_transfer', true, rng.int(2 * MINUTE, 50 * MINUTE))] };
  }
  const giveUp = (attempts: Attempt[]): Paying =>
    !f.digital && rng.chance(0.45) ? { method, attempts, settle: 'cod' } : { method, attempts };
  if (method === 'momo' || method === 'zalopay' || method === 'vnpay_qr') {
    if (!declined) return { method, attempts: [other(method, true, first)] };
    const why = honestWalletDecline(rng, method === 'vnpay_qr');
    const out = [other(method, false, first, why)];
    if (rng.chance(0.12)) return giveUp(out);
    const next: Method = rng.chance(0.6) ? method : method === 'vnpay_qr' ? 'momo' : 'vnpay_qr';
    out.push(other(next, true, retryGap(rng)));
    return { method, attempts: out };
  }
  if (method === 'napas') {
    const card = p.napas ?? napasCard(rng);
    if (!declined) return { method, attempts: [napasAttempt(card, true, first)] };
    const why = honestNapasDecline(rng);
    const out = [napasAttempt(card, false, first, why)];
    if (rng.chance(0.12)) return giveUp(out);
    if (why === 'otp_timeout' || why === 'otp_incorrect') out.push(napasAttempt(card, true, retryGap(rng)));
    else out.push(other(rng.chance(0.7) ? 'vnpay_qr' : 'momo', true, retryGap(rng)));
    return { method, attempts: out };
  }
  // International cards and phone wallets.
  const entry: Entry =
    method === 'apple_pay' || method === 'google_pay'
      ? 'wallet'
      : p.signedIn && p.cards.length > 0 && rng.chance(0.55)
        ? 'saved'
        : 'typed';
  const card = p.cards.length > 0 ? rng.pick(p.cards) : newCard(rng, 'VN');
  if (!declined)
    return { method, attempts: [cardAttempt(rng, card, { entry, ok: true, afterMs: first, method })] };
  const why = honestCardDecline(rng, big);
  const out = [cardAttempt(rng, card, { entry, ok: false, decline: why, afterMs: first, method })];
  if (rng.chance(0.12)) return giveUp(out);
  if (why === 'authentication_failed' || why === 'incorrect_cvc') {
    out.push(cardAttempt(rng, card, { entry: 'typed', ok: true, afterMs: retryGap(rng) }));
    return { method, attempts: out };
  }
  const spare = p.cards.find((c) => c !== card);
  if (spare) out.push(cardAttempt(rng, spare, { entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  else if (p.napas && rng.chance(0.5)) out.push(napasAttempt(p.napas, true, retryGap(rng)));
  else out.push(other(rng.chance(0.6) ? 'vnpay_qr' : 'momo', true, retryGap(rng)));
  return { method, attempts: out };
}

export const CARRIERS = ['ghn', 'ghtk', 'viettel_post', 'jt_express'] as const;
export const COURIERS = ['ahamove', 'grab_express', 'store_fleet'] as const;

export interface Journey {
  fulfilment: Fulfilment;
  tier: 'metro' | 'city' | 'province';
  /** When the payment went through (ms after the order), for orders paid online. */
  paidAt?: number;
  /** When the last attempt was made. */
  triedUntil: number;
  settle?: 'cod' | 'pay_at_store';
  unpaidTransfer?: boolean;
  amount: number;
  method: Method;
  /** The share of cash-on-delivery parcels refused at the door. */
  refusal?: number;
  /** A gift somewhere else, or a buyer abroad: more calls, more missed deliveries. */
  remote?: boolean;
}

/**
 * What happens to an honest order: released when nothing was paid; otherwise confirmed (cash-on-delivery orders
 * by a phone call), handed to the two-hour courier or a carrier, delivered (cash collected at the door, or a few
 * parcels refused), collected at the shop (paid at the counter, or never collected), or the code sent at once.
 * Afterwards a few returns within the 30-day policy, cancellations before dispatch, and the odd card dispute.
 */
export function honestJourney(rng: Rng, j: Journey): LaterEvent[] {
  const { fulfilment: f } = j;
  if (j.paidAt === undefined && !j.settle)
    return [
      {
        type: 'order.cancelled',
        afterMs: j.unpaidTransfer
          ? 24 * HOUR + rng.int(0, 60) * MINUTE
          : j.triedUntil + rng.int(15, 45) * MINUTE,
        reason: j.unpaidTransfer ? 'payment_not_received' : 'payment_failed',
      },
    ];
  const start = j.paidAt ?? j.triedUntil;
  const out: LaterEvent[] = [];
  if (f === 'digital') {
    out.push({ type: 'order.updated', afterMs: start + rng.int(20, 150) * 1000, status: 'delivered' });
    if (rng.chance(0.006))
      out.push({ type: 'refund.created', afterMs: start + rng.int(1, 6) * HOUR, reason: 'code_not_working' });
    return out;
  }
  if (j.paidAt !== undefined && rng.chance(0.012)) {
    out.push({
      type: 'order.cancelled',
      afterMs: start + rng.int(10, 180) * MINUTE,
      reason: rng.pick(['customer_request', 'found_cheaper', 'out_of_stock']),
    });
    return out;
  }
  let handed: number;
  if (f === 'pickup') {
    const ready = start + rng.int(30, 180) * MINUTE;
    out.push({ type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' });
    if (rng.chance(j.settle === 'pay_at_store' ? 0.07 : 0.01)) {
      out.push({ type: 'order.cancelled', afterMs: ready + 72 * HOUR, reason: 'not_collected' });
      return out;
    }
    handed = ready + rng.int(40, 36 * 60) * MINUTE;
    if (j.settle === 'pay_at_store')
      out.push({
        type: 'payment.succeeded',
        afterMs: handed - rng.int(1, 5) * MINUTE,
        method: 'pay_at_store',
      });
    out.push({ type: 'order.updated', afterMs: handed, status: 'collected' });
  } else {
    const cod = j.settle === 'cod';
    let confirmed = start + rng.int(3, 12) * MINUTE;
    if (cod && f === 'standard') confirmed = start + rng.int(10, 300) * MINUTE;
    if (cod && rng.chance(j.remote ? 0.05 : 0.025)) {
      out.push({ type: 'order.cancelled', afterMs: confirmed + 4 * HOUR, reason: 'customer_unreachable' });
      return out;
    }
    out.push({ type: 'order.updated', afterMs: confirmed, status: 'confirmed' });
    const express = f === 'express_2h';
    const shipped = express ? confirmed + rng.int(10, 35) * MINUTE : confirmed + rng.int(4, 28) * HOUR;
    out.push({ type: 'order.updated', afterMs: shipped, status: express ? 'out_for_delivery' : 'shipped' });
    const transit = express
      ? rng.int(25, 95) * MINUTE
      : (j.tier === 'metro' ? rng.int(14, 40) : j.tier === 'city' ? rng.int(24, 60) : rng.int(36, 100)) *
        HOUR;
    handed = shipped + transit;
    if (cod && rng.chance(j.refusal ?? (j.tier === 'province' ? 0.07 : 0.04))) {
      out.push({
        type: 'order.cancelled',
        afterMs: handed + (express ? rng.int(10, 60) * MINUTE : rng.int(1, 3) * DAY),
        reason: rng.pick(['delivery_refused', 'delivery_refused', 'customer_unreachable']),
      });
      return out;
    }
    if (cod) out.push({ type: 'payment.succeeded', afterMs: handed - rng.int(1, 4) * MINUTE, method: 'cod' });
    out.push({ type: 'order.updated', afterMs: handed, status: 'delivered' });
  }
  // After handover: returns within the store's 30-day policy, and the rare honest card dispute.
  const r = rng.next();
  if (r < 0.012)
    out.push({
      type: 'refund.created',
      afterMs: handed + rng.int(1, 20) * DAY,
      reason: 'returned_changed_mind',
      amount: Math.round((j.amount * rng.pick([0.8, 0.85, 0.9])) / 1000) * 1000,
    });
  else if (r < 0.02)
    out.push({
      type: 'refund.created',
      afterMs: handed + rng.int(2, 28) * DAY,
      reason: 'defective_returned',
    });
  else if (r < 0.0225 && CARD_METHODS.includes(j.method))
    out.push({
      type: 'dispute.created',
      afterMs: handed + rng.int(15, 70) * DAY,
      reason: rng.pick(['duplicate', 'product_not_received', 'credit_not_processed']),
    });
  return out;
}
