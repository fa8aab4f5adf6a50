import { type CheckResult } from '@vigil/contracts';
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
import { type Basket } from './catalogue.js';
import { cardFrom } from './people.js';

/** One planned purchase, how Indonesians pay, and what happens after checkout. */

export { DAY, HOUR, MINUTE };

export type Method =
  | 'cod'
  | 'virtual_account'
  | 'gopay'
  | 'ovo'
  | 'dana'
  | 'shopeepay'
  | 'qris'
  | 'card'
  | 'card_instalment'
  | 'kredivo'
  | 'akulaku'
  | 'minimarket_cash';
export type ThreeDS = 'challenge_passed' | 'challenge_failed' | 'frictionless' | 'not_enrolled';

export type Attempt = PaymentAttempt<Method, ThreeDS> & { bank?: string; tenor?: number };

export type LaterType =
  | 'order.updated'
  | 'order.cancelled'
  | 'payment.succeeded'
  | 'refund.created'
  | 'fraud_warning.created'
  | 'dispute.created';

export interface LaterEvent {
  type: LaterType;
  afterMs: number;
  reason?: string;
  amount?: number;
  status?: string;
  shipping?: Address;
}

export type Delivery = 'courier' | 'minimarket_pickup' | 'digital';

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  delivery: Delivery;
  courier?: string;
  ip: string;
  device: Device;
  channel: 'app' | 'web';
  /** Cash on delivery: no payment at checkout. */
  cod: boolean;
  dropshipper?: string;
  company?: string;
  topupNumber?: string;
}

export const WALLETS = ['gopay', 'ovo', 'dana', 'shopeepay'] as const;
export const VA_BANKS = ['BCA', 'Mandiri', 'BNI', 'BRI'] as const;
export const COURIERS = ['JNE', 'J&T', 'SiCepat', 'AnterAja'] as const;

/** AVS: Indonesian and most Asian issuers answer nothing; US, British issuers do. */
export const avsFor = (card: Card, ok: boolean): CheckResult =>
  ['US', 'GB'].includes(card.country) ? (ok ? 'pass' : 'fail') : 'unavailable';

export interface CardTry {
  ok: boolean;
  afterMs: number;
  decline?: string;
  threeDS?: ThreeDS;
  avsOk?: boolean;
  cvcOk?: boolean;
  saved?: boolean;
  tenor?: number;
}

/** A card authorisation; Indonesian cards always go through an OTP challenge. */
export function cardAttempt(rng: Rng, card: Card, t: CardTry): Attempt {
  const threeDS: ThreeDS =
    t.threeDS ??
    (card.country === 'ID'
      ? t.ok || t.decline !== 'authentication_failed'
        ? 'challenge_passed'
        : 'challenge_failed'
      : rng.weightedPick<ThreeDS>([
          ['frictionless', 55],
          ['challenge_passed', 30],
          ['not_enrolled', 15],
        ]));
  return {
    method: t.tenor ? 'card_instalment' : 'card',
    card,
    ok: t.ok,
    avs: avsFor(card, t.avsOk ?? true),
    cvc: t.saved ? 'unchecked' : t.cvcOk === false ? 'fail' : 'pass',
    threeDS,
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
    ...(t.tenor ? { tenor: t.tenor } : {}),
  };
}

/** A wallet, QRIS, virtual account, minimarket or pay-later payment: no card, no checks. */
export const otherAttempt = (
  method: Method,
  ok: boolean,
  afterMs: number,
  decline?: string,
  bank?: string,
): Attempt => ({
  method,
  ok,
  afterMs,
  ...(!ok && decline ? { decline } : {}),
  ...(bank ? { bank } : {}),
});

/** How long an honest buyer takes to pay, by method. */
export function payDelay(rng: Rng, m: Method): number {
  if (m === 'virtual_account') return rng.chance(0.7) ? rng.int(3, 90) * MINUTE : rng.int(2, 20) * HOUR;
  if (m === 'minimarket_cash') return rng.int(1, 22) * HOUR;
  if (m === 'kredivo' || m === 'akulaku') return rng.int(60_000, 6 * MINUTE);
  return rng.int(15_000, 120_000);
}

export interface PayPlan {
  attempts: Attempt[];
  cod: boolean;
  /** Nothing was paid and the order lapses (an unpaid virtual account, a failed card): its cancellation reason. */
  lapsed?: string;
}

/**
 * An honest buyer paying by `method`: most go through first time; an e-wallet short of balance, a card OTP
 * mistyped, a pay-later limit or an unpaid virtual account happen, and the buyer retries or lets it lapse.
 */
export function honestPay(rng: Rng, method: Method, card: Card | undefined, amount: number): PayPlan {
  if (method === 'cod') return { attempts: [], cod: true };
  const bank = method === 'virtual_account' ? rng.pick(VA_BANKS) : undefined;
  if (method === 'virtual_account' || method === 'minimarket_cash') {
    if (rng.chance(0.09)) return { attempts: [], cod: false, lapsed: 'payment_expired' };
    return { attempts: [otherAttempt(method, true, payDelay(rng, method), undefined, bank)], cod: false };
  }
  if (method === 'card' || method === 'card_instalment') {
    const c = card ?? cardFrom(rng, 'ID');
    const tenor = method === 'card_instalment' ? rng.pick([3, 6, 12]) : undefined;
    const base = { afterMs: payDelay(rng, 'card'), ...(tenor ? { tenor } : {}) };
    if (!rng.chance(amount > 500_000_00 ? 0.12 : 0.06))
      return { attempts: [cardAttempt(rng, c, { ...base, ok: true })], cod: false };
    const why = rng.weightedPick<string>([
      ['authentication_failed', 5],
      ['insufficient_funds', 3],
      ['do_not_honor', 2],
    ]);
    const first = cardAttempt(rng, c, { ...base, ok: false, decline: why });
    if (rng.chance(0.15)) return { attempts: [first], cod: false, lapsed: 'payment_failed' };
    const retry =
      why === 'authentication_failed'
        ? cardAttempt(rng, c, { ...base, ok: true, afterMs: rng.int(30_000, 4 * MINUTE) })
        : otherAttempt(
            'virtual_account',
            true,
            payDelay(rng, 'virtual_account'),
            undefined,
            rng.pick(VA_BANKS),
          );
    return { attempts: [first, retry], cod: false };
  }
  const fails = rng.chance(method === 'kredivo' || method === 'akulaku' ? 0.1 : 0.05);
  if (!fails) return { attempts: [otherAttempt(method, true, payDelay(rng, method))], cod: false };
  const why = method === 'kredivo' || method === 'akulaku' ? 'credit_limit_exceeded' : 'insufficient_balance';
  const first = otherAttempt(method, false, payDelay(rng, method), why);
  if (rng.chance(0.2)) return { attempts: [first], cod: false, lapsed: 'payment_failed' };
  const next: Method = rng.pick(['virtual_account', 'qris', 'shopeepay'] as const);
  const b = next === 'virtual_account' ? rng.pick(VA_BANKS) : undefined;
  return { attempts: [first, otherAttempt(next, true, payDelay(rng, next), undefined, b)], cod: false };
}

/** When an unpaid order lapses: a virtual account or minimarket code after 24 h, a failed payment after an hour. */
export const lapseAfter = (reason: string): number => (reason === 'payment_expired' ? 24 * HOUR : HOUR);

/**
 * What happens to an honest order after checkout: digital goods delivered within a minute; parcels packed in a
 * day, delivered in one to six days (cash collected at the door for COD, now and then refused); some returns and
 * cancellations, and very rarely a dispute.
 */
export function honestAfter(
  rng: Rng,
  p: { delivery: Delivery; cod: boolean; far: boolean; amount: number; card: boolean },
): LaterEvent[] {
  if (p.delivery === 'digital')
    return [
      { type: 'order.updated', afterMs: rng.int(20_000, 3 * MINUTE), status: 'delivered' },
      ...(p.card && rng.chance(0.003)
        ? [{ type: 'dispute.created' as const, afterMs: rng.int(15, 40) * DAY, reason: 'unrecognized' }]
        : []),
    ];
  if (!p.cod && rng.chance(0.015))
    return [
      { type: 'order.cancelled', afterMs: rng.int(1, 10) * HOUR, reason: 'customer_request' },
      { type: 'refund.created', afterMs: rng.int(11, 30) * HOUR, reason: 'requested_by_customer' },
    ];
  const ship = rng.int(4, 36) * HOUR;
  const arrive = ship + rng.int(p.far ? 60 : 20, p.far ? 160 : 90) * HOUR;
  const out: LaterEvent[] = [{ type: 'order.updated', afterMs: ship, status: 'shipped' }];
  if (p.cod) {
    if (rng.chance(0.04)) {
      out.push({ type: 'order.updated', afterMs: arrive, status: 'delivery_failed' });
      out.push({ type: 'order.cancelled', afterMs: arrive + rng.int(1, 3) * DAY, reason: 'cod_refused' });
      return out;
    }
    out.push({ type: 'payment.succeeded', afterMs: arrive });
  }
  out.push({
    type: 'order.updated',
    afterMs: arrive + 60_000,
    status: p.delivery === 'minimarket_pickup' ? 'collected' : 'delivered',
  });
  if (rng.chance(0.025))
    out.push({
      type: 'refund.created',
      afterMs: arrive + rng.int(2, 6) * DAY,
      reason: rng.pick(['item_not_as_described', 'damaged_in_transit', 'wrong_size']),
      amount: Math.max(100_00, Math.floor(p.amount * rng.float(0.3, 1))),
    });
  else if (p.card && rng.chance(0.004))
    out.push({ type: 'dispute.created', afterMs: rng.int(20, 45) * DAY, reason: 'product_not_received' });
  return out;
}
