import {
  type Address,
  type Buyer,
  DAY,
  type Device,
  HOUR,
  type Later,
  MINUTE,
  paid,
  type PaymentAttempt,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { promoDay } from './calendar.js';
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
import { type Basket, type Fulfilment } from './catalogue.js';

/** One planned purchase before events.ts renders it: how people pay, and what happens after checkout. */

export { DAY, HOUR, MINUTE, paid };

/**
 * Payment methods in the store's own words: credit and debit cards through the gateway, Mercado Pago (money in
 * the account, a card saved there, or Mercado Crédito instalments without a card), MODO (the banks' wallet, a
 * bank card), a bank transfer to the store's alias, a Rapipago / Pago Fácil cash voucher; abroad PayPal and
 * Apple / Google Pay.
 */
export type Method =
  | 'card'
  | 'debit_card'
  | 'mercado_pago'
  | 'modo'
  | 'bank_transfer'
  | 'cash_voucher'
  | 'paypal'
  | 'apple_pay'
  | 'google_pay';
export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'not_enrolled';
export type MpFunding = 'account_money' | 'saved_card' | 'mercado_credito';
/** How a transfer or voucher was confirmed: the bank credit or voucher network, or a receipt the buyer sent. */
export type Confirmation = 'bank_credit' | 'voucher_network' | 'receipt_upload';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard> & {
  installments?: number;
  mpFunding?: MpFunding;
  voucher?: 'rapipago' | 'pago_facil';
  confirmation?: Confirmation;
};

export type LaterEvent = Later & { status?: string };

export type Storefront = 'AR' | 'INTL';

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  fulfilment: Fulfilment;
  ip: string;
  device: Device;
  /** The peso store or the international one (dollars and euros). */
  storefront: Storefront;
  locale: string;
  channel: 'web' | 'instagram';
  document?: { type: 'DNI' | 'CUIT' | 'passport'; number: string };
  /** Who receives the parcel, when it is not the buyer. */
  recipient?: string;
  giftNote?: string;
  company?: { name: string; cuit: string };
}

export const firstAuth = (rng: Rng): number => rng.int(6_000, 70_000);
export const retryGap = (rng: Rng): number => rng.int(25_000, 5 * MINUTE);

/** 3-D Secure: European cards under PSD2, elsewhere rarely; Argentine checkouts do not run it. */
export function secure(rng: Rng, card: HeldCard, ok: boolean): ThreeDS | undefined {
  if (card.country === 'AR') return undefined;
  if (['ES', 'DE'].includes(card.country))
    return ok ? (rng.chance(0.6) ? 'challenge_passed' : 'frictionless') : 'challenge_failed';
  if (rng.chance(0.65)) return 'not_enrolled';
  return ok ? 'frictionless' : 'challenge_failed';
}

export interface CardTry {
  method?: 'card' | 'debit_card' | 'modo' | 'apple_pay' | 'google_pay';
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  installments?: number;
  threeDS?: ThreeDS;
}

/** A card authorisation, with its checks as the gateway reports them. */
export function cardAttempt(rng: Rng, card: HeldCard, t: CardTry): Attempt {
  const method = t.method ?? (card.funding === 'credit' ? 'card' : 'debit_card');
  const entry: Entry = ['modo', 'apple_pay', 'google_pay'].includes(method) ? 'wallet' : (t.entry ?? 'typed');
  const threeDS = t.threeDS ?? secure(rng, card, t.ok || t.decline !== 'authentication_failed');
  return {
    method,
    card,
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'good'),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    ...(threeDS ? { threeDS } : {}),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
    ...(t.installments && t.installments > 1 ? { installments: t.installments } : {}),
  };
}

/** An attempt without a card: Mercado Pago, a transfer, a voucher, PayPal. */
export function otherAttempt(
  method: Method,
  ok: boolean,
  afterMs: number,
  extra: Partial<Pick<Attempt, 'mpFunding' | 'voucher' | 'confirmation' | 'installments' | 'decline'>> = {},
): Attempt {
  const { decline, ...rest } = extra;
  return { method, ok, afterMs, ...rest, ...(!ok && decline ? { decline } : {}) };
}

/**
 * Cuotas on a credit card: on bank promotion days 6 or 12 interest-free for anything sizeable; otherwise the
 * store's own 3, and many pay in one.
 */
export function cuotas(rng: Rng, amount: number, t: number): number {
  const pesos = amount / 100;
  if (promoDay(t) && pesos > 60_000)
    return rng.weightedPick([
      [12, pesos > 250_000 ? 45 : 15],
      [6, 40],
      [3, 25],
      [1, 10],
    ]);
  return rng.weightedPick([
    [1, pesos < 30_000 ? 70 : 40],
    [3, 50],
    [6, pesos > 150_000 ? 12 : 3],
  ]);
}

/** How an Argentine customer pays, as weights; the method is chosen before the basket (it sets the discount). */
export type PesoMix = Partial<Record<Method, number>>;

export const pickMethod = (rng: Rng, mix: PesoMix): Method => rng.weighted(mix as Record<Method, number>);

/** The discount a method earns in pesos: 10 % by transfer, 5 % in cash. */
export const methodOff = (m: Method): number =>
  m === 'bank_transfer' ? 0.1 : m === 'cash_voucher' ? 0.05 : 0;

export interface Payer {
  cards: HeldCard[];
  signedIn: boolean;
  country: string;
}

/**
 * An honest peso payment by `method`: cards with cuotas (declines retried with fewer cuotas, another card, or
 * Mercado Pago; some give up), Mercado Pago, MODO, a transfer confirmed when the money arrives (a few never
 * send it), a cash voucher paid at a Rapipago or Pago Fácil within the three days it is valid (many never).
 */
export function payPesos(rng: Rng, method: Method, payer: Payer, amount: number, t: number): Attempt[] {
  const first = firstAuth(rng);
  if (method === 'bank_transfer') {
    if (rng.chance(0.06)) return [otherAttempt('bank_transfer', false, 48 * HOUR, { decline: 'expired' })];
    const receipt = rng.chance(0.22);
    return [
      otherAttempt('bank_transfer', true, rng.int(12 * MINUTE, receipt ? 6 * HOUR : 22 * HOUR), {
        confirmation: receipt ? 'receipt_upload' : 'bank_credit',
      }),
    ];
  }
  if (method === 'cash_voucher') {
    const voucher = rng.chance(0.55) ? 'rapipago' : 'pago_facil';
    if (rng.chance(0.27))
      return [otherAttempt('cash_voucher', false, 72 * HOUR, { voucher, decline: 'expired' })];
    return [
      otherAttempt('cash_voucher', true, Math.floor(rng.logNormal(14 * HOUR, 0.8)) % (70 * HOUR), {
        voucher,
        confirmation: 'voucher_network',
      }),
    ];
  }
  if (method === 'mercado_pago') {
    const mpFunding = rng.weightedPick<MpFunding>([
      ['account_money', 52],
      ['saved_card', 33],
      ['mercado_credito', 15],
    ]);
    const installments =
      mpFunding === 'mercado_credito'
        ? rng.pick([3, 6, 9])
        : mpFunding === 'saved_card'
          ? cuotas(rng, amount, t)
          : 1;
    const extra = { mpFunding, ...(installments > 1 ? { installments } : {}) };
    if (!rng.chance(0.03)) return [otherAttempt('mercado_pago', true, first, extra)];
    const failed = otherAttempt('mercado_pago', false, first, {
      ...extra,
      decline: rng.chance(0.6) ? 'high_risk' : 'insufficient_funds',
    });
    if (rng.chance(0.25)) return [failed];
    return [failed, otherAttempt('mercado_pago', true, retryGap(rng), { mpFunding: 'account_money' })];
  }
  if (method === 'paypal') return [otherAttempt('paypal', true, first)];
  const wanted = method === 'debit_card' ? 'debit' : 'credit';
  // Whoever picks a credit card in cuotas has one, saved on the account or not; a debit card may be the only one.
  const card =
    payer.cards.find((c) => c.funding === wanted) ??
    (wanted === 'credit'
      ? newCard(rng, payer.country, 'credit')
      : (payer.cards[0] ?? newCard(rng, payer.country, wanted)));
  const installments = method === 'debit_card' || card.funding !== 'credit' ? 1 : cuotas(rng, amount, t);
  const entry: Entry = payer.signedIn && payer.cards.includes(card) && rng.chance(0.45) ? 'saved' : 'typed';
  const base = {
    method:
      method === 'modo'
        ? ('modo' as const)
        : card.funding === 'credit'
          ? ('card' as const)
          : ('debit_card' as const),
    entry,
  };
  const declined = rng.chance(installments >= 6 ? 0.12 : 0.05);
  if (!declined) return [cardAttempt(rng, card, { ...base, ok: true, afterMs: first, installments })];
  const why = honestDecline(rng, installments);
  const out = [cardAttempt(rng, card, { ...base, ok: false, decline: why, afterMs: first, installments })];
  if (rng.chance(0.12)) return out;
  if (why === 'incorrect_cvc' || why === 'processing_error') {
    out.push(
      cardAttempt(rng, card, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng), installments }),
    );
  } else if ((why === 'limit_exceeded' || why === 'installments_not_allowed') && installments > 1) {
    out.push(
      cardAttempt(rng, card, { ...base, ok: true, afterMs: retryGap(rng), installments: rng.pick([1, 3]) }),
    );
  } else if (rng.chance(0.4)) {
    out.push(otherAttempt('mercado_pago', true, retryGap(rng), { mpFunding: 'account_money' }));
  } else {
    const next = payer.cards.find((c) => c !== card) ?? newCard(rng, payer.country, 'credit');
    out.push(cardAttempt(rng, next, { entry: 'typed', ok: true, afterMs: retryGap(rng), installments }));
  }
  return out;
}

/**
 * How someone abroad pays in dollars or euros: a card (3-D Secure in Europe), PayPal, Apple or Google Pay.
 * International cards are declined more often (the issuer sees a foreign merchant); most retry with PayPal.
 */
export function payAbroad(rng: Rng, payer: Payer, match: Match = 'good'): Attempt[] {
  const method = rng.weightedPick<Method>([
    ['card', 52],
    ['paypal', 30],
    ['apple_pay', ['US', 'ES', 'DE'].includes(payer.country) ? 14 : 2],
    ['google_pay', 4],
  ]);
  const first = firstAuth(rng);
  if (method === 'paypal') return [otherAttempt('paypal', true, first)];
  const card = payer.cards[0] ?? newCard(rng, payer.country);
  const entry: Entry = payer.signedIn && method === 'card' && rng.chance(0.4) ? 'saved' : 'typed';
  const m = method === 'card' ? 'card' : method === 'apple_pay' ? 'apple_pay' : 'google_pay';
  if (!rng.chance(0.09))
    return [cardAttempt(rng, card, { method: m, entry, match, ok: true, afterMs: first })];
  const why: Decline = rng.weightedPick<Decline>([
    ['do_not_honor', 45],
    ['authentication_failed', ['ES', 'DE'].includes(card.country) ? 25 : 5],
    ['incorrect_cvc', 15],
    ['insufficient_funds', 10],
  ]);
  const out = [cardAttempt(rng, card, { method: m, entry, match, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.12)) return out;
  if (why === 'authentication_failed' || why === 'incorrect_cvc')
    out.push(cardAttempt(rng, card, { method: m, entry: 'typed', match, ok: true, afterMs: retryGap(rng) }));
  else out.push(otherAttempt('paypal', true, retryGap(rng)));
  return out;
}

/**
 * What happens to an honest order once paid: a courier ships in a day or two and delivers in two to six days
 * (longer to the provinces and abroad), a motorbike the same afternoon, pickups are collected within days.
 * Now and then a cancellation with a refund, a broken mate or bottle refunded in part, a wrong flat number
 * fixed, or a parcel the courier lost and the buyer disputed.
 */
export function honestAfter(
  rng: Rng,
  f: Fulfilment,
  amount: number,
  far: boolean,
  shipping?: Address,
): LaterEvent[] {
  if (rng.chance(0.012))
    return [
      { type: 'order.cancelled', afterMs: rng.int(1, 30) * HOUR, reason: 'customer_request' },
      { type: 'refund.created', afterMs: rng.int(31, 50) * HOUR, reason: 'requested_by_customer' },
    ];
  if (f === 'showroom' || f === 'pickup_point') {
    const ready = f === 'showroom' ? rng.int(2, 20) * HOUR : rng.int(26, 70) * HOUR;
    const out: LaterEvent[] = [];
    if (f === 'pickup_point')
      out.push({ type: 'order.updated', afterMs: ready - 20 * HOUR, status: 'shipped' });
    out.push({ type: 'order.updated', afterMs: ready + rng.int(1, 80) * HOUR, status: 'collected' });
    return out;
  }
  if (f === 'moto') return [{ type: 'order.updated', afterMs: rng.int(3, 9) * HOUR, status: 'delivered' }];
  const ship = rng.int(14, 44) * HOUR;
  const out: LaterEvent[] = [];
  if (shipping && rng.chance(0.012))
    out.push({
      type: 'order.updated',
      afterMs: rng.int(20, 300) * MINUTE,
      reason: 'address_corrected',
      shipping: { ...shipping, line1: `${shipping.line1 ?? ''} (timbre ${rng.int(1, 9)})` },
    });
  const transit =
    f === 'international' ? rng.int(7, 18) * DAY : (far ? rng.int(60, 144) : rng.int(24, 72)) * HOUR;
  out.push({ type: 'order.updated', afterMs: ship, status: 'shipped' });
  // A parcel the courier lost: never delivered, and the buyer asks the bank or Mercado Pago for the money.
  if (rng.chance(far ? 0.005 : 0.002)) {
    out.push({
      type: 'dispute.created',
      afterMs: ship + transit + rng.int(10, 30) * DAY,
      reason: 'product_not_received',
    });
    return out;
  }
  out.push({ type: 'order.updated', afterMs: ship + transit, status: 'delivered' });
  if (rng.chance(0.018))
    out.push({
      type: 'refund.created',
      afterMs: ship + transit + rng.int(1, 4) * DAY,
      reason: 'damaged_in_transit',
      amount: Math.min(amount, Math.round(amount * rng.float(0.1, 0.35))),
    });
  return out;
}
