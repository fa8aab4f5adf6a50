import {
  type Buyer,
  cardPaymentAttempt,
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
  honestCardDecline,
  type Match,
  newCard,
} from './cards.js';
import { type Basket } from './catalogue.js';
import { type Surface, type Wallet } from './people.js';

/**
 * One planned purchase before events.ts renders it; how people pay (GCash, Maya, GrabPay, cards under 3-D Secure,
 * 7-Eleven cash payment codes, online banking) and what happens after: instant delivery to a number, a player id
 * or an inbox, bills accepted then posted by the biller, the odd delayed or failed load refunded, disputes.
 */

export type Method = 'gcash' | 'maya' | 'grabpay' | 'card' | 'seven_eleven' | 'bank_transfer';
export type ThreeDS =
  'frictionless' | 'challenge_passed' | 'challenge_failed' | 'challenge_abandoned' | 'not_enrolled';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard> & {
  /** Online banking: the buyer's bank. */
  bank?: string;
  /** 7-Eleven: the payment code's reference. */
  reference?: string;
};

/** `status` marks delivery updates (`pending`, `delivered`, `delivery_failed`, `accepted`, `posted`). */
export type LaterEvent = Later & { status?: string };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  /** The buyer's own mobile number (the account's, or the one typed at guest checkout). */
  phone: string;
  ip: string;
  device: Device;
  channel: Surface;
  locale: string;
  company?: { name: string; tin: string };
  /** A loading agent's store name. */
  reseller?: string;
  giftMessage?: string;
}

export { DAY, HOUR, MINUTE };

const WALLETS: ReadonlySet<Method> = new Set(['gcash', 'maya', 'grabpay']);
const BANKS = ['BPI', 'BDO', 'UnionBank', 'Metrobank', 'Landbank', 'Security Bank', 'RCBC', 'China Bank'];

/** Every online card payment in the Philippines is challenged (OTP by SMS); elsewhere it depends on the issuer. */
export function secure(rng: Rng, card: HeldCard, ok: boolean): ThreeDS {
  if (card.country === 'PH')
    return ok ? (rng.chance(0.94) ? 'challenge_passed' : 'frictionless') : 'challenge_failed';
  if (!ok) return 'challenge_failed';
  if (card.country === 'US' || card.country === 'CA')
    return rng.weightedPick<ThreeDS>([
      ['frictionless', 68],
      ['challenge_passed', 26],
      ['not_enrolled', 6],
    ]);
  return rng.weightedPick<ThreeDS>([
    ['challenge_passed', 72],
    ['frictionless', 24],
    ['not_enrolled', 4],
  ]);
}

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** When the planner knows the 3-D Secure outcome better (a phished OTP, a card never enrolled). */
  threeDS?: ThreeDS;
}

export function cardAttempt(rng: Rng, card: HeldCard, t: CardTry): Attempt {
  const entry = t.entry ?? 'typed';
  const threeDS =
    t.threeDS ??
    (t.decline === 'authentication_failed'
      ? 'challenge_failed'
      : t.decline === 'authentication_timeout'
        ? 'challenge_abandoned'
        : secure(rng, card, true));
  return cardPaymentAttempt<Method, ThreeDS, Decline, HeldCard>({
    method: 'card',
    card,
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'good'),
    cvc: cvc(entry, t.decline !== 'incorrect_cvc'),
    threeDS,
    afterMs: t.afterMs,
    decline: t.decline,
  });
}

/** A wallet, 7-Eleven or bank payment: no card, no checks. */
export function otherPay(rng: Rng, method: Method, ok: boolean, afterMs: number, decline?: Decline): Attempt {
  const base = otherAttempt<Method, Decline>(method, ok, afterMs, decline);
  if (method === 'bank_transfer') return { ...base, bank: rng.pick(BANKS) };
  if (method === 'seven_eleven')
    return { ...base, reference: `${rng.digits(4)}-${rng.digits(4)}-${rng.digits(4)}` };
  return base;
}

/** Approving in the wallet's app (PIN and OTP) takes half a minute to two; an OTP for a card a little longer. */
export const walletApproval = (rng: Rng): number => rng.int(20_000, 150_000);
export const otpTime = (rng: Rng): number => rng.int(35_000, 200_000);

/** How a buyer can pay. */
export interface Payer {
  cards: HeldCard[];
  wallets: Wallet[];
  /** The card's country when a new card is typed (a guest, an account without a saved card). */
  cardCountry: string;
  signedIn: boolean;
  abroad: boolean;
  /** How the billing address typed matches the issuer's records (an expat billing the condo in Manila). */
  match?: Match;
}

/** A segment's liking for each method; the account's own wallets are liked more. */
export type Preferences = ReadonlyArray<readonly [Method, number]>;

function chooseMethod(rng: Rng, payer: Payer, prefs: Preferences, amount: number): Method {
  return rng.weightedPick<Method>(
    prefs.map(([m, w]) => {
      if (m === 'seven_eleven' && (amount > 1_000_000 || payer.abroad)) return [m, 0] as const;
      if (WALLETS.has(m) && payer.signedIn)
        return [m, payer.wallets.includes(m as Wallet) ? w * 1.6 : w * 0.4] as const;
      if (m === 'card' && payer.cards.length > 0) return [m, w * 1.5] as const;
      return [m, w] as const;
    }),
  );
}

function walletDecline(rng: Rng, amount: number): Decline {
  return rng.weightedPick<Decline>([
    ['insufficient_balance', 52],
    ['authorization_timeout', 18],
    ['cancelled_by_user', 16],
    ['account_limit_exceeded', amount > 5_000_000 ? 20 : 3],
  ]);
}

/** Another way to pay after a refusal: a wallet the buyer has, else GCash. */
const fallback = (rng: Rng, payer: Payer, not: Method): Method => {
  const options = (payer.wallets as Method[]).filter((m) => m !== not);
  if (options.length > 0 && rng.chance(0.8)) return rng.pick(options);
  return not === 'gcash' ? (payer.abroad ? 'card' : 'maya') : 'gcash';
};

/** A successful payment by `method`. */
function success(rng: Rng, payer: Payer, method: Method, afterMs: number, entry?: Entry): Attempt {
  if (method === 'card') {
    const card = payer.cards.length > 0 ? rng.pick(payer.cards) : newCard(rng, payer.cardCountry);
    const saved = payer.cards.length > 0 && payer.signedIn && rng.chance(0.6);
    return cardAttempt(rng, card, {
      ok: true,
      afterMs,
      entry: entry ?? (saved ? 'saved' : 'typed'),
      match: payer.match ?? 'good',
    });
  }
  return otherPay(rng, method, true, afterMs);
}

/**
 * How an honest buyer pays, and retries the way people do: cash in to GCash and try again, answer the OTP this
 * time, another card, or switch to a wallet; one in eight gives up. A 7-Eleven code is paid at the counter within
 * hours, or left to expire after 48 hours.
 */
export function honestPay(
  rng: Rng,
  payer: Payer,
  amount: number,
  prefs: Preferences,
  declineShare = 0.085,
): Attempt[] {
  const method = chooseMethod(rng, payer, prefs, amount);
  if (method === 'seven_eleven') {
    if (rng.chance(0.17))
      return [otherPay(rng, method, false, 48 * HOUR + rng.int(0, 59_000), 'payment_code_expired')];
    return [
      otherPay(rng, method, true, Math.min(47 * HOUR, Math.max(12 * MINUTE, rng.logNormal(2.5 * HOUR, 1)))),
    ];
  }
  const first =
    method === 'card'
      ? otpTime(rng)
      : method === 'bank_transfer'
        ? rng.int(60_000, 400_000)
        : walletApproval(rng);
  if (!rng.chance(declineShare)) return [success(rng, payer, method, first)];

  if (method === 'card') {
    const match = payer.match ?? 'good';
    const card = payer.cards.length > 0 ? rng.pick(payer.cards) : newCard(rng, payer.cardCountry);
    const why = honestCardDecline(rng, payer.abroad);
    const failed = cardAttempt(rng, card, { ok: false, decline: why, afterMs: first, match });
    if (rng.chance(0.12)) return [failed];
    const retryCard =
      why === 'authentication_failed' || why === 'authentication_timeout' || why === 'incorrect_cvc';
    if (retryCard && rng.chance(0.65))
      return [failed, cardAttempt(rng, card, { ok: true, afterMs: rng.int(60_000, 8 * MINUTE), match })];
    const other = payer.cards.find((c) => c !== card);
    if (other && rng.chance(0.6))
      return [failed, cardAttempt(rng, other, { ok: true, afterMs: rng.int(60_000, 6 * MINUTE), match })];
    if (payer.abroad && rng.chance(0.6))
      return [
        failed,
        cardAttempt(rng, newCard(rng, payer.cardCountry), {
          ok: true,
          afterMs: rng.int(2, 20) * MINUTE,
          match,
        }),
      ];
    return [failed, success(rng, payer, fallback(rng, payer, 'card'), rng.int(90_000, 15 * MINUTE))];
  }
  if (method === 'bank_transfer') {
    const failed = otherPay(rng, method, false, first, 'bank_authorization_failed');
    if (rng.chance(0.12)) return [failed];
    return [
      failed,
      success(
        rng,
        payer,
        rng.chance(0.5) ? 'bank_transfer' : fallback(rng, payer, 'bank_transfer'),
        rng.int(2, 12) * MINUTE,
      ),
    ];
  }
  const why = walletDecline(rng, amount);
  const failed = otherPay(rng, method, false, first, why);
  if (rng.chance(0.12)) return [failed];
  if (why === 'insufficient_balance') {
    // Cash in (a bank, a 7-Eleven counter, a padala from family) and try again, or pay another way.
    if (rng.chance(0.7)) return [failed, success(rng, payer, method, rng.int(4, 45) * MINUTE)];
    return [failed, success(rng, payer, fallback(rng, payer, method), rng.int(2, 10) * MINUTE)];
  }
  if (why === 'account_limit_exceeded')
    return [failed, success(rng, payer, rng.chance(0.5) ? 'bank_transfer' : 'card', rng.int(3, 15) * MINUTE)];
  // A timeout or a cancelled approval: tried again within minutes, now and then twice.
  if (rng.chance(0.15))
    return [
      failed,
      otherPay(rng, method, false, rng.int(30_000, 3 * MINUTE), 'authorization_timeout'),
      success(rng, payer, method, rng.int(30_000, 4 * MINUTE)),
    ];
  return [failed, success(rng, payer, method, rng.int(30_000, 4 * MINUTE))];
}

/** The basket's kinds of lines, for what happens after payment. */
export interface Delivery {
  instant: boolean;
  bills: boolean;
  /** What a failed line's refund comes to. */
  lineAmount: number;
}

/**
 * What happens once paid: load, promos and codes land within seconds (now and then minutes late, or fail and are
 * refunded), bills are accepted at once and posted by the biller a day or two later.
 */
export function deliveryOf(
  rng: Rng,
  d: Delivery,
  share: { late: number; failed: number } = { late: 0.03, failed: 0.012 },
): LaterEvent[] {
  const out: LaterEvent[] = [];
  if (d.instant) {
    const roll = rng.next();
    if (roll < share.failed) {
      const failAt = rng.int(8, 40) * MINUTE;
      out.push({ type: 'order.updated', afterMs: rng.int(3_000, 15_000), status: 'pending' });
      out.push({ type: 'order.updated', afterMs: failAt, status: 'delivery_failed' });
      out.push({
        type: 'refund.created',
        afterMs: failAt + rng.int(5, 90) * MINUTE,
        reason: 'delivery_failed',
        amount: d.lineAmount,
      });
    } else if (roll < share.failed + share.late) {
      out.push({ type: 'order.updated', afterMs: rng.int(3_000, 15_000), status: 'pending' });
      out.push({ type: 'order.updated', afterMs: rng.int(5, 90) * MINUTE, status: 'delivered' });
    } else out.push({ type: 'order.updated', afterMs: rng.int(3_000, 40_000), status: 'delivered' });
  }
  if (d.bills) {
    out.push({ type: 'order.updated', afterMs: rng.int(5_000, 30_000), status: 'accepted' });
    out.push({ type: 'order.updated', afterMs: rng.int(18, 60) * HOUR, status: 'posted' });
  }
  return out;
}

/** Now and then an honest card payment is disputed: an OFW's bank that does not know the store's name, a late load. */
export function honestDisputes(rng: Rng, cardPaid: boolean, abroad: boolean): LaterEvent[] {
  if (!cardPaid) return [];
  if (rng.chance(abroad ? 0.009 : 0.004))
    return [
      {
        type: 'dispute.created',
        afterMs: rng.int(8, 50) * DAY,
        reason: rng.weightedPick<string>([
          ['unrecognized', 45],
          ['product_not_received', 30],
          ['duplicate', 15],
          ['general', 10],
        ]),
      },
    ];
  if (rng.chance(0.001))
    return [
      { type: 'fraud_warning.created', afterMs: rng.int(2, 12) * DAY, reason: 'unauthorized_use_of_card' },
    ];
  return [];
}

/** The issuer's early fraud warning and the chargeback on a stolen card, each with its chance. */
export function chargebacks(rng: Rng, warning: number, dispute: number, reason = 'fraudulent'): LaterEvent[] {
  const out: LaterEvent[] = [];
  if (rng.chance(warning))
    out.push({
      type: 'fraud_warning.created',
      afterMs: rng.int(20, 14 * 24) * HOUR,
      reason: rng.weightedPick<string>([
        ['made_with_stolen_card', 55],
        ['unauthorized_use_of_card', 35],
        ['misc', 10],
      ]),
    });
  if (rng.chance(dispute)) out.push({ type: 'dispute.created', afterMs: rng.int(12, 75) * DAY, reason });
  return out;
}

/** Whether the purchase's paying attempt was by card. */
export const paidByCard = (attempts: readonly Attempt[]): boolean =>
  attempts.some((a) => a.ok && a.method === 'card');
