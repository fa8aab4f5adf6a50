import {
  type Address,
  type Buyer,
  DAY,
  type Device,
  HOUR,
  type Later,
  MINUTE,
  type PaymentAttempt,
  type PurchaseCore,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { avs, cvc, type Entry, type HeldCard, type Match, newCard } from './cards.js';
import { type Basket, type Fulfilment } from './catalogue.js';

/** One planned purchase before events.ts renders it; how Mexicans pay, and what happens after checkout. */

export { DAY, HOUR, MINUTE };

export type Method =
  'card' | 'store_card' | 'oxxo' | 'spei' | 'mercado_pago' | 'paypal' | 'monedero' | 'apple_pay';
export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'not_enrolled';
export type Decline =
  | 'insufficient_funds'
  | 'do_not_honor'
  | 'incorrect_cvc'
  | 'authentication_failed'
  | 'suspected_fraud'
  | 'stolen_card'
  | 'invalid_card'
  | 'installments_not_allowed'
  | 'voucher_expired'
  | 'transfer_not_received';

/** An attempt; `installments` are the meses sin intereses chosen (card and store card only). */
export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard> & { installments?: number };

/** `status` marks fulfilment updates (`shipped`, `ready_for_pickup`, `collected`, `delivered`, …). */
export type LaterEvent = Later & { status?: string };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  shipping?: Address;
  fulfilment: Fulfilment;
  /** The branch for click & collect. */
  store?: string;
  ip: string;
  device: Device;
  channel: 'web' | 'app';
  /** A company buyer's tax id (RFC) and name; it asks for a CFDI invoice. */
  company?: { name: string; rfc: string };
  giftMessage?: string;
}

export const firstAuth = (rng: Rng): number => rng.int(4_000, 45_000);
export const retryGap = (rng: Rng): number => rng.int(20_000, 5 * MINUTE);

/** 3-D Secure on Mexican cards is patchy: some issuers enrol, most frictionless when they do. */
export function secure(rng: Rng, card: HeldCard, ok: boolean, amount: number): ThreeDS | undefined {
  if (card.funding === 'store') return undefined;
  if (card.country !== 'MX') return rng.chance(0.25) ? (ok ? 'frictionless' : 'challenge_failed') : undefined;
  if (!rng.chance(amount > 500_000 ? 0.45 : 0.25)) return undefined;
  if (!ok) return 'challenge_failed';
  return rng.chance(0.3) ? 'challenge_passed' : rng.chance(0.9) ? 'frictionless' : 'not_enrolled';
}

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  installments?: number;
  threeDS?: ThreeDS;
}

export function cardAttempt(rng: Rng, card: HeldCard, amount: number, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const method: Method = card.funding === 'store' ? 'store_card' : entry === 'wallet' ? 'apple_pay' : 'card';
  const authFailed = t.decline === 'authentication_failed';
  const threeDS = t.threeDS ?? (authFailed ? 'challenge_failed' : secure(rng, card, t.ok, amount));
  return {
    method,
    card,
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'good'),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    ...(threeDS ? { threeDS } : {}),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
    // Meses sin intereses are chosen at the card form; a wallet pays at once.
    ...(t.installments && t.installments > 1 && entry !== 'wallet' ? { installments: t.installments } : {}),
  };
}

/** A method without a card or checks: OXXO, SPEI, Mercado Pago, PayPal, the monedero. */
export const other = (method: Method, ok: boolean, afterMs: number, decline?: Decline): Attempt => ({
  method,
  ok,
  afterMs,
  ...(!ok && decline ? { decline } : {}),
});

/** An OXXO voucher: paid at the till one to 47 hours later, or expired after 48 h. */
export const oxxo = (rng: Rng, paid: boolean): Attempt =>
  paid
    ? other('oxxo', true, rng.int(1 * HOUR, 47 * HOUR))
    : other('oxxo', false, 48 * HOUR + rng.int(0, 10 * MINUTE), 'voucher_expired');

/** A SPEI transfer arrives minutes to hours after checkout (a company's treasury may take a day). */
export const spei = (rng: Rng, slow = false): Attempt =>
  other('spei', true, slow ? rng.int(2 * HOUR, 26 * HOUR) : rng.int(3 * MINUTE, 3 * HOUR));

/** Meses sin intereses offered at Buen Fin: 3 from $1,500, 6 from $3,000, 12 from $6,000, 18 from $12,000. */
export function installmentsFor(rng: Rng, amount: number, keen = 0.5): number | undefined {
  const steps: ReadonlyArray<readonly [number, number]> = [
    [3, 150_000],
    [6, 300_000],
    [12, 600_000],
    [18, 1_200_000],
  ];
  const offered = steps.filter(([, from]) => amount >= from).map(([months]) => months);
  if (offered.length === 0 || !rng.chance(keen)) return undefined;
  return rng.chance(0.6) ? offered[offered.length - 1] : rng.pick(offered);
}

export interface Payer {
  cards: HeldCard[];
  /** Store credit available, centavos. */
  monedero: number;
  signedIn: boolean;
  /** The buyer's taste: cash at OXXO, transfers, wallets. */
  prefers?: Method;
  match?: Match;
  /** How keen the buyer is on meses sin intereses (0–1). */
  keen?: number;
}

const honestDecline = (rng: Rng, big: boolean): Decline =>
  rng.weightedPick<Decline>([
    ['insufficient_funds', big ? 4 : 5],
    ['do_not_honor', 3],
    ['incorrect_cvc', 2],
    ['authentication_failed', 1],
    // Issuers block unusual Buen Fin spending until the customer confirms in the bank's app.
    ['suspected_fraud', big ? 3 : 1],
  ]);

/**
 * How an honest customer pays: a credit card (big baskets on meses sin intereses), debit, the store's card,
 * the monedero when it covers the order, Mercado Pago, PayPal, SPEI or cash at OXXO. Declines are retried
 * the way people do: the CVC again, after confirming in the bank's app, another card, or Mercado Pago.
 */
export function honestPay(rng: Rng, payer: Payer, amount: number, declineShare?: number): Attempt[] {
  const big = amount > 800_000;
  const method =
    payer.prefers ??
    rng.weightedPick<Method>([
      ['card', 62],
      ['store_card', payer.cards.some((c) => c.funding === 'store') ? 25 : 0],
      ['monedero', payer.monedero >= amount ? 20 : 0],
      ['mercado_pago', 9],
      ['paypal', 5],
      ['apple_pay', 3],
      ['spei', amount > 300_000 ? 4 : 1],
      ['oxxo', amount <= 1_000_000 ? 5 : 0],
    ]);
  const first = firstAuth(rng);
  if (method === 'oxxo') return [oxxo(rng, true)];
  if (method === 'spei') return [spei(rng)];
  const declined = rng.chance(declineShare ?? (big ? 0.09 : 0.04));
  if (method === 'monedero' || method === 'mercado_pago' || method === 'paypal') {
    if (!declined || method === 'monedero') return [other(method, true, first)];
    return [other(method, false, first, 'do_not_honor'), other('card', true, retryGap(rng))].map((a) =>
      a.method === 'card'
        ? cardAttempt(rng, rng.pick(payer.cards), amount, { ok: true, afterMs: a.afterMs })
        : a,
    );
  }
  const store = payer.cards.find((c) => c.funding === 'store');
  const bank = payer.cards.filter((c) => c.funding !== 'store');
  const card = method === 'store_card' && store ? store : rng.pick(bank.length > 0 ? bank : payer.cards);
  const entry: Entry =
    method === 'apple_pay' ? 'wallet' : payer.signedIn && rng.chance(0.6) ? 'saved' : 'typed';
  const msi =
    card.funding === 'credit' || card.funding === 'store'
      ? installmentsFor(rng, amount, payer.keen)
      : undefined;
  const base = { entry, match: payer.match ?? 'good', ...(msi ? { installments: msi } : {}) } as const;
  if (!declined) return [cardAttempt(rng, card, amount, { ...base, ok: true, afterMs: first })];
  const why: Decline = msi && rng.chance(0.25) ? 'installments_not_allowed' : honestDecline(rng, big);
  const out = [cardAttempt(rng, card, amount, { ...base, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.08)) return out;
  if (why === 'installments_not_allowed') {
    out.push(cardAttempt(rng, card, amount, { entry, ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  if (why === 'incorrect_cvc' || why === 'authentication_failed' || why === 'suspected_fraud') {
    const after = why === 'suspected_fraud' ? rng.int(3, 25) * MINUTE : retryGap(rng);
    out.push(cardAttempt(rng, card, amount, { ...base, entry: 'typed', ok: true, afterMs: after }));
    return out;
  }
  if (rng.chance(0.3)) {
    out.push(other('mercado_pago', true, retryGap(rng)));
    return out;
  }
  const next = payer.cards.find((c) => c !== card) ?? newCard(rng, card.country, 'debit');
  out.push(cardAttempt(rng, next, amount, { entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  return out;
}

/**
 * What happens to an honest order once paid: e-gift cards arrive by e-mail in minutes; parcels ship within one
 * to three days (Buen Fin backlog) and arrive two to six days later; click & collect is ready the next day;
 * appliances are delivered by appointment. Now and then a cancellation, a return (fashion and small
 * appliances), a parcel the courier lost.
 */
export function honestAfter(rng: Rng, f: Fulfilment, amount: number, returnable = false): LaterEvent[] {
  if (f === 'email') return [{ type: 'order.updated', afterMs: rng.int(1, 8) * MINUTE, status: 'delivered' }];
  if (rng.chance(0.015))
    return [
      { type: 'order.cancelled', afterMs: rng.int(1, 20) * HOUR, reason: 'customer_request' },
      { type: 'refund.created', afterMs: rng.int(21, 30) * HOUR, reason: 'requested_by_customer' },
    ];
  const out: LaterEvent[] = [];
  let done: number;
  if (f === 'click_collect') {
    const ready = rng.int(3, 30) * HOUR;
    done = ready + rng.int(2, 96) * HOUR;
    out.push(
      { type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' },
      { type: 'order.updated', afterMs: done, status: 'collected' },
    );
  } else if (f === 'scheduled') {
    const booked = rng.int(4, 30) * HOUR;
    done = booked + rng.int(2, 9) * DAY;
    out.push(
      { type: 'order.updated', afterMs: booked, status: 'delivery_scheduled' },
      { type: 'order.updated', afterMs: done, status: 'delivered' },
    );
  } else {
    const ship = rng.int(14, 72) * HOUR;
    done = ship + rng.int(40, 140) * HOUR;
    out.push({ type: 'order.updated', afterMs: ship, status: 'shipped' });
    if (f === 'pickup_point')
      out.push({ type: 'order.updated', afterMs: done - rng.int(1, 20) * HOUR, status: 'ready_for_pickup' });
    out.push({
      type: 'order.updated',
      afterMs: done,
      status: f === 'pickup_point' ? 'collected' : 'delivered',
    });
  }
  if (returnable && rng.chance(0.05))
    out.push({
      type: 'refund.created',
      afterMs: done + rng.int(2, 12) * DAY,
      reason: 'returned',
      amount: Math.min(amount, Math.round(amount * rng.float(0.3, 1))),
    });
  else if (rng.chance(0.003))
    out.push({
      type: 'dispute.created',
      afterMs: done + rng.int(15, 45) * DAY,
      reason: 'product_not_received',
    });
  return out;
}

/** The later steps of a stolen-card order: delivered, then the issuer's warning and the cardholder's dispute. */
export function chargedBack(rng: Rng, f: Fulfilment, amount: number, dispute = 0.75): LaterEvent[] {
  const out = honestAfter(rng, f, amount).filter((l) => l.type === 'order.updated');
  if (rng.chance(0.45))
    out.push({ type: 'fraud_warning.created', afterMs: rng.int(3, 20) * DAY, reason: 'fraudulent' });
  if (rng.chance(dispute))
    out.push({ type: 'dispute.created', afterMs: rng.int(12, 50) * DAY, reason: 'fraudulent' });
  return out;
}
