import { type CanonicalEvent, type CheckResult } from '@vigil/contracts';
import {
  type Address,
  type Buyer,
  DAY,
  type Device,
  HOUR,
  MINUTE,
  type PaymentAttempt,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket, type Fulfilment } from './catalogue.js';
import { type HeldCard, newCard } from './people.js';

/**
 * One planned purchase, how people pay at this checkout and what happens after. The checkout's own words for
 * the methods: `bog_card` (Bank of Georgia's card page), `tbc_pay` (TBC's), `apple_pay`, `google_pay`,
 * `bog_installment` (the bank's online instalment loan), `adgilze_gadakhda` (cash to the van driver in Tbilisi),
 * `sabanko_gadaritskhva` (bank transfer against an invoice), and on the euro/dollar checkout `card` and `paypal`.
 */

export { DAY, HOUR, MINUTE };

export type Method =
  | 'bog_card'
  | 'tbc_pay'
  | 'apple_pay'
  | 'google_pay'
  | 'bog_installment'
  | 'adgilze_gadakhda'
  | 'sabanko_gadaritskhva'
  | 'card'
  | 'paypal';
export type ThreeDS = 'sms_passed' | 'sms_failed' | 'frictionless' | 'not_enrolled';
export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'authentication_failed'
  | 'expired_card'
  | 'stolen_card'
  | 'lost_card'
  | 'card_not_supported'
  | 'installment_rejected'
  | 'paypal_declined';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** A later step: the kit's, with a fulfilment status or a new delivery address. */
export interface LaterStep {
  type: CanonicalEvent['type'];
  afterMs: number;
  reason?: string;
  amount?: number;
  status?: string;
  shipping?: Address;
}

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterStep> {
  buyer: Buyer;
  phone: string;
  shipping?: Address;
  fulfilment: Fulfilment;
  ip: string;
  device: Device;
  locale: 'ka' | 'en' | 'ru' | 'he' | 'pl';
  company?: { name: string; taxId: string };
  giftNote?: string;
  /** Paid in cash to the van driver. */
  cod: boolean;
}

/** Card methods: a card page, a wallet. */
export const CARD_METHODS: ReadonlySet<Method> = new Set([
  'bog_card',
  'tbc_pay',
  'apple_pay',
  'google_pay',
  'card',
]);

export type Entry = 'typed' | 'saved' | 'wallet';

export interface CardTry {
  method: Method;
  entry?: Entry;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** AVS when the issuer answers it (US and UK cards on the euro/dollar checkout); `bad` for a stolen card's. */
  avs?: 'good' | 'bad';
  threeDS?: ThreeDS;
}

/**
 * One card authorisation. Georgian gateways ask every card for an SMS code unless it is saved; US and UK
 * issuers answer AVS on the euro/dollar checkout, nobody else does.
 */
export function cardAttempt(rng: Rng, card: HeldCard, t: CardTry): Attempt {
  const entry = t.entry ?? (t.method === 'apple_pay' || t.method === 'google_pay' ? 'wallet' : 'typed');
  const avsAnswered = t.method === 'card' && (card.country === 'US' || card.country === 'GB');
  const avs: CheckResult = avsAnswered ? (t.avs === 'bad' ? 'fail' : 'pass') : 'unavailable';
  const cvc: CheckResult =
    entry === 'wallet'
      ? 'unavailable'
      : entry === 'saved'
        ? 'unchecked'
        : t.decline === 'incorrect_cvc'
          ? 'fail'
          : 'pass';
  const georgian = t.method !== 'card';
  const threeDS: ThreeDS =
    t.threeDS ??
    (t.decline === 'authentication_failed'
      ? 'sms_failed'
      : entry === 'saved' || entry === 'wallet'
        ? 'frictionless'
        : georgian || ['PL', 'DE', 'FR', 'GR', 'NL', 'GB'].includes(card.country)
          ? 'sms_passed'
          : rng.chance(0.6)
            ? 'not_enrolled'
            : 'frictionless');
  return {
    method: t.method,
    card,
    ok: t.ok,
    avs,
    cvc,
    threeDS,
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

/** A method without a card or checks. */
export const other = (method: Method, ok: boolean, afterMs: number, decline?: Decline): Attempt => ({
  method,
  ok,
  afterMs,
  ...(!ok && decline ? { decline } : {}),
});

export const firstAuth = (rng: Rng): number => rng.int(8_000, 70_000);
export const retryGap = (rng: Rng): number => rng.int(40_000, 5 * MINUTE);

/** The Georgian gateway a buyer picks: their own bank's, mostly. */
const gatewayOf = (rng: Rng, card: HeldCard): Method =>
  card.bank === 'tbc'
    ? rng.chance(0.85)
      ? 'tbc_pay'
      : 'bog_card'
    : card.bank === 'bog'
      ? rng.chance(0.85)
        ? 'bog_card'
        : 'tbc_pay'
      : rng.chance(0.6)
        ? 'bog_card'
        : 'tbc_pay';

export interface Payer {
  cards: HeldCard[];
  signedIn: boolean;
  currency: 'GEL' | 'EUR' | 'USD';
  /** Cash to the van is offered only for Tbilisi deliveries. */
  codOffered: boolean;
  /** The bank's instalments from 300 ₾. */
  amount: number;
}

/** What an honest buyer's checkout came to: the attempts, and whether they chose cash to the van driver. */
export interface Paying {
  attempts: Attempt[];
  cod: boolean;
}

/**
 * How an honest buyer pays. At the lari checkout: their bank's card page, Apple or Google Pay, cash to the van,
 * instalments for bigger baskets; abroad: card, PayPal or a wallet. Declines are retried the way people do (the
 * SMS code that came late, another card, PayPal); a few give up.
 */
export function honestPay(rng: Rng, p: Payer, declineShare = 0.05): Paying {
  const gel = p.currency === 'GEL';
  const method: Method | 'choose_gateway' = gel
    ? rng.weightedPick<Method | 'choose_gateway'>([
        ['choose_gateway', 64],
        ['apple_pay', 14],
        ['google_pay', 7],
        ['adgilze_gadakhda', p.codOffered ? 16 : 0],
        ['bog_installment', p.amount >= 30_000 ? 10 : 0],
      ])
    : rng.weightedPick<Method>([
        ['card', 55],
        ['paypal', 25],
        ['apple_pay', 14],
        ['google_pay', 6],
      ]);
  if (method === 'adgilze_gadakhda') return { attempts: [], cod: true };
  const first = firstAuth(rng);
  const declined = rng.chance(declineShare);
  const card = rng.pick(p.cards);
  if (method === 'bog_installment') {
    const applied = rng.int(6, 25) * MINUTE;
    if (!rng.chance(0.1)) return { attempts: [other('bog_installment', true, applied)], cod: false };
    return {
      attempts: [
        other('bog_installment', false, applied, 'installment_rejected'),
        cardAttempt(rng, card, { method: gatewayOf(rng, card), ok: true, afterMs: retryGap(rng) }),
      ],
      cod: false,
    };
  }
  if (method === 'paypal') {
    if (!declined) return { attempts: [other('paypal', true, first)], cod: false };
    return {
      attempts: [
        other('paypal', false, first, 'paypal_declined'),
        cardAttempt(rng, card, { method: 'card', ok: true, afterMs: retryGap(rng) }),
      ],
      cod: false,
    };
  }
  const m: Method = method === 'choose_gateway' ? gatewayOf(rng, card) : method;
  const entry: Entry | undefined =
    m === 'apple_pay' || m === 'google_pay' ? 'wallet' : p.signedIn && rng.chance(0.45) ? 'saved' : 'typed';
  if (!declined)
    return { attempts: [cardAttempt(rng, card, { method: m, entry, ok: true, afterMs: first })], cod: false };
  const why = rng.weightedPick<Decline>([
    ['insufficient_funds', 35],
    ['authentication_failed', gel ? 30 : 12],
    ['do_not_honor', 15],
    ['incorrect_cvc', entry === 'typed' ? 12 : 0],
    ['expired_card', 6],
  ]);
  const out = [cardAttempt(rng, card, { method: m, entry, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.12)) return { attempts: out, cod: false };
  if (why === 'authentication_failed' || why === 'incorrect_cvc') {
    out.push(cardAttempt(rng, card, { method: m, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
    return { attempts: out, cod: false };
  }
  if (!gel && rng.chance(0.4)) {
    out.push(other('paypal', true, retryGap(rng)));
    return { attempts: out, cod: false };
  }
  const next = p.cards.find((c) => c !== card) ?? newCard(rng, card.country);
  out.push(
    cardAttempt(rng, next, {
      method: gel ? gatewayOf(rng, next) : 'card',
      entry: 'typed',
      ok: true,
      afterMs: retryGap(rng),
    }),
  );
  return { attempts: out, cod: false };
}

/** When the last attempt falls, after the order. */
export const attemptsEnd = (attempts: readonly Attempt[]): number =>
  attempts.reduce((t, a) => t + Math.max(1000, Math.floor(a.afterMs)), 0);

/** The order released 30–60 minutes after the last failed try (a transfer's invoice after a week). */
export function released(
  rng: Rng,
  attempts: readonly Attempt[],
  reason = 'payment_failed',
  after = rng.int(30, 60) * MINUTE,
): LaterStep {
  return { type: 'order.cancelled', afterMs: attemptsEnd(attempts) + after, reason };
}

/**
 * What happens to an honest order: the van the same or next day, couriers in one to three days, DHL in four
 * to nine, pallets in two to four weeks, pickups at the winery; cash collected at the door (now and then
 * refused); a bottle broken in transit now and then, a rare cancellation or lost parcel.
 */
export function honestAfter(rng: Rng, f: Fulfilment, amount: number, cod: boolean): LaterStep[] {
  if (!cod && rng.chance(0.01))
    return [
      { type: 'order.cancelled', afterMs: rng.int(1, 20) * HOUR, reason: 'customer_request' },
      { type: 'refund.created', afterMs: rng.int(21, 40) * HOUR, reason: 'requested_by_customer' },
    ];
  if (f === 'winery_pickup')
    return [{ type: 'order.updated', afterMs: rng.int(4, 120) * HOUR, status: 'collected' }];
  const [ship, deliver] =
    f === 'van_tbilisi'
      ? [rng.int(2, 26) * HOUR, rng.int(1, 6) * HOUR]
      : f === 'courier_georgia'
        ? [rng.int(12, 36) * HOUR, rng.int(20, 72) * HOUR]
        : f === 'dhl'
          ? [rng.int(20, 72) * HOUR, rng.int(3, 8) * DAY]
          : [rng.int(3, 8) * DAY, rng.int(8, 20) * DAY];
  const out: LaterStep[] = [
    { type: 'order.updated', afterMs: ship, status: f === 'van_tbilisi' ? 'out_for_delivery' : 'shipped' },
  ];
  if (cod && rng.chance(0.04)) {
    out.push({ type: 'order.cancelled', afterMs: ship + deliver, reason: 'refused_at_door' });
    return out;
  }
  out.push({ type: 'order.updated', afterMs: ship + deliver, status: 'delivered' });
  if (cod) out.push({ type: 'payment.succeeded', afterMs: ship + deliver + rng.int(1, 5) * MINUTE });
  if (rng.chance(0.025))
    out.push({
      type: 'refund.created',
      afterMs: ship + deliver + rng.int(1, 4) * DAY,
      reason: 'bottle_broken_in_transit',
      amount: Math.min(amount, Math.round(amount * rng.float(0.1, 0.3))),
    });
  else if (f === 'dhl' && rng.chance(0.006))
    out.push({
      type: 'dispute.created',
      afterMs: ship + rng.int(25, 50) * DAY,
      reason: 'product_not_received',
    });
  return out;
}
