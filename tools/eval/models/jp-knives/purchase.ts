import {
  type Address,
  type Buyer,
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
  honestDecline,
  type Match,
  newCard,
} from './cards.js';
import { type Basket, type Fulfilment } from './shipping.js';

/** One planned purchase before events.ts renders it; how people pay, and what happens once it is paid. */

export type Method = 'card' | 'paypal' | 'konbini' | 'bank_transfer';
export type ThreeDS = 'frictionless' | 'challenge_passed' | 'challenge_failed' | 'attempted';

export type Attempt = PaymentAttempt<Method, ThreeDS, Decline, HeldCard>;

/** `status` marks fulfilment updates (`preparing`, `shipped`, `delivered`, `ready_for_pickup`, `collected`). */
export type LaterEvent = Later & { status?: string };

export interface Purchase extends PurchaseCore<Basket, Attempt, LaterEvent> {
  buyer: Buyer;
  /** None for pickup at the shop. */
  shipping?: Address;
  fulfilment: Fulfilment;
  ip: string;
  device: Device;
  locale: string;
  /** A name or message engraved on the blade. */
  engraving?: string;
  /** The noshi band on a wrapped gift: `kotobuki` (wedding), `oseibo`, `taishoku` (retirement), `orei`. */
  noshi?: string;
  giftNote?: string;
  company?: { name: string; invoiceNo?: string };
  /** The limited run the order was placed in. */
  dropId?: string;
  /** Blades to the UK: the buyer declares they are an adult and DHL checks ID at the door. */
  ageCheck?: boolean;
}

export const EEA_LIKE: ReadonlySet<string> = new Set([
  'DE',
  'FR',
  'NL',
  'IT',
  'ES',
  'BE',
  'AT',
  'IE',
  'SE',
  'DK',
  'FI',
  'GB',
  'CH',
]);

/**
 * 3-D Secure as it comes back: every Japanese card is authenticated (EMV 3-D Secure has been required of Japanese
 * online shops since 2025), frictionless unless the issuer wants a one-time password; European and British cards
 * are challenged under strong customer authentication; elsewhere most issuers decide frictionlessly or only
 * "attempt".
 */
export function secure(rng: Rng, card: HeldCard, ok: boolean, yen: number, authFailed: boolean): ThreeDS {
  if (authFailed) return 'challenge_failed';
  if (card.country === 'JP')
    return ok && rng.chance(yen > 50_000 ? 0.45 : 0.22) ? 'challenge_passed' : 'frictionless';
  if (EEA_LIKE.has(card.country))
    return rng.chance(yen < 5_000 ? 0.3 : 0.6) ? 'challenge_passed' : 'frictionless';
  return rng.weightedPick<ThreeDS>([
    ['frictionless', 60],
    ['attempted', 28],
    ['challenge_passed', 12],
  ]);
}

export interface CardTry {
  entry?: Entry;
  match?: Match;
  ok: boolean;
  decline?: Decline;
  afterMs: number;
  /** The 3-D Secure result when the planner knows better (a phished one-time password, a bot's failure). */
  threeDS?: ThreeDS;
}

export function cardAttempt(rng: Rng, card: HeldCard, yen: number, t: CardTry): Attempt {
  const authFailed = t.decline === 'authentication_failed';
  return {
    method: 'card',
    card,
    ok: t.ok,
    avs: avs(rng, card, t.match ?? 'good'),
    cvc: cvc(t.entry ?? 'typed', t.decline !== 'incorrect_cvc'),
    threeDS: t.threeDS ?? secure(rng, card, t.ok, yen, authFailed),
    afterMs: t.afterMs,
    ...(!t.ok && t.decline ? { decline: t.decline } : {}),
  };
}

export const other: (method: Method, ok: boolean, afterMs: number, decline?: Decline) => Attempt =
  otherAttempt;

export const firstAuth = (rng: Rng): number => rng.int(8_000, 70_000);
export const retryGap = (rng: Rng): number => rng.int(40_000, 8 * MINUTE);

export interface Payer {
  cards: HeldCard[];
  /** Where the buyer lives: Japan opens konbini and bank transfer. */
  domestic: boolean;
  signedIn: boolean;
  match?: Match;
  /** A business: invoices and transfers for big orders. */
  company?: boolean;
  /** A saved card is used by default. */
  saved?: boolean;
  /** Only methods that pay at once (limited runs hold no stock for a konbini slip or a transfer). */
  instant?: boolean;
}

/** A konbini slip paid at the till within hours or days, or left to expire after four days. */
export function konbini(rng: Rng, unpaid = 0.14): Attempt {
  if (rng.chance(unpaid)) return other('konbini', false, 4 * DAY + rng.int(0, 2 * HOUR), 'konbini_expired');
  return other(
    'konbini',
    true,
    Math.floor(
      rng.weightedPick([
        [rng.int(20 * MINUTE, 6 * HOUR), 5],
        [rng.int(6 * HOUR, 3 * DAY), 4],
      ]),
    ),
  );
}

/** A bank transfer the shop matches when it lands, hours to days later; a few never arrive. */
export function transfer(rng: Rng, domestic: boolean, unpaid = 0.04): Attempt {
  if (rng.chance(unpaid))
    return other('bank_transfer', false, 7 * DAY + rng.int(0, 4 * HOUR), 'transfer_not_received');
  return other('bank_transfer', true, domestic ? rng.int(2 * HOUR, 4 * DAY) : rng.int(DAY, 4 * DAY));
}

/**
 * How an honest customer pays. In Japan: card, konbini (up to ¥300,000), bank transfer (more for companies and big
 * orders) or PayPal; abroad: card or PayPal, wires for restaurants' big orders. Declines are retried the way
 * people do: the right CVC, the one-time password answered this time, another card, or PayPal; a few give up.
 */
export function honestPay(rng: Rng, payer: Payer, yen: number, declineShare?: number): Attempt[] {
  const big = yen > 150_000;
  const method = rng.weightedPick<Method>(
    payer.domestic
      ? [
          ['card', 64],
          ['konbini', yen <= 300_000 && !payer.company && !payer.instant ? 12 : 0],
          ['bank_transfer', payer.instant ? 0 : 6 + (payer.company ? 40 : 0) + (big ? 12 : 0)],
          ['paypal', 8],
        ]
      : [
          ['card', 70],
          ['paypal', 27],
          ['bank_transfer', payer.company && big ? 30 : 0],
        ],
  );
  if (method === 'konbini') return [konbini(rng)];
  if (method === 'bank_transfer') return [transfer(rng, payer.domestic)];
  const first = firstAuth(rng);
  const declined = rng.chance(declineShare ?? (big ? 0.09 : 0.04) + (payer.domestic ? 0 : 0.02));
  if (method === 'paypal') {
    if (!declined) return [other('paypal', true, first)];
    return [other('paypal', false, first, 'paypal_declined'), other('paypal', true, retryGap(rng))];
  }
  const card = rng.pick(payer.cards);
  const entry: Entry = payer.signedIn && (payer.saved ?? rng.chance(0.55)) ? 'saved' : 'typed';
  const base = { entry, match: payer.match ?? 'good' } as const;
  if (!declined) return [cardAttempt(rng, card, yen, { ...base, ok: true, afterMs: first })];
  const drawn = honestDecline(rng, big, !payer.domestic);
  // A saved card sends no CVC, so it cannot be declined for one.
  const why = entry === 'saved' && drawn === 'incorrect_cvc' ? 'do_not_honor' : drawn;
  const out = [cardAttempt(rng, card, yen, { ...base, ok: false, decline: why, afterMs: first })];
  if (rng.chance(0.08)) return out;
  if (why === 'incorrect_cvc' || why === 'authentication_failed') {
    out.push(cardAttempt(rng, card, yen, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
    return out;
  }
  if (rng.chance(0.3)) {
    out.push(
      other(payer.domestic && !payer.instant && rng.chance(0.5) ? 'konbini' : 'paypal', true, retryGap(rng)),
    );
    return out;
  }
  const next = payer.cards.find((c) => c !== card) ?? newCard(rng, card.country);
  out.push(cardAttempt(rng, next, yen, { ...base, entry: 'typed', ok: true, afterMs: retryGap(rng) }));
  return out;
}

/** When the money arrived, after the order (the last successful attempt's delay summed up). */
export const paidAfter = (attempts: readonly Attempt[]): number => {
  let t = 0;
  for (const a of attempts) {
    t += Math.max(1000, a.afterMs);
    if (a.ok) return t;
  }
  return t;
};

export interface Shipment {
  fulfilment: Fulfilment;
  amount: number;
  /** Days the workshop needs before dispatch: engraving, a limited run finished to order. */
  prepDays: readonly [number, number];
  /** Whether the payment can be charged back (cards and PayPal). */
  disputable: boolean;
}

/**
 * What happens to an honest order once paid: prepared, shipped and delivered (or collected at the shop); now and
 * then a cancellation before dispatch, a tip chipped in transit refunded in part, an unused knife sent back, an EMS
 * parcel stuck in customs disputed, or a charge the cardholder does not recognise.
 */
export function honestAfter(rng: Rng, s: Shipment, paidAt: number): LaterEvent[] {
  const at = (ms: number) => paidAt + ms;
  if (rng.chance(0.012))
    return [
      { type: 'order.cancelled', afterMs: at(rng.int(1, 20) * HOUR), reason: 'customer_request' },
      { type: 'refund.created', afterMs: at(rng.int(21, 30) * HOUR), reason: 'requested_by_customer' },
    ];
  const prep = rng.int(s.prepDays[0] * 24, s.prepDays[1] * 24) * HOUR + rng.int(2, 10) * HOUR;
  if (s.fulfilment === 'pickup')
    return [
      { type: 'order.updated', afterMs: at(prep), status: 'ready_for_pickup' },
      { type: 'order.updated', afterMs: at(prep + rng.int(3, 96) * HOUR), status: 'collected' },
    ];
  const transit = {
    yamato: [16, 44],
    ems: [70, 220],
    dhl: [40, 110],
  }[s.fulfilment];
  const delivered = prep + rng.int(transit[0], transit[1]) * HOUR;
  const out: LaterEvent[] = [
    { type: 'order.updated', afterMs: at(prep), status: 'shipped' },
    { type: 'order.updated', afterMs: at(delivered), status: 'delivered' },
  ];
  const x = rng.next();
  if (x < 0.008)
    out.push({
      type: 'refund.created',
      afterMs: at(delivered + rng.int(1, 6) * DAY),
      reason: 'damaged_in_transit',
      amount: Math.round((s.amount * rng.int(15, 40)) / 100),
    });
  else if (x < 0.015)
    out.push({
      type: 'refund.created',
      afterMs: at(delivered + rng.int(10, 25) * DAY),
      reason: 'returned_unused',
    });
  else if (x < 0.017 && s.disputable)
    out.push({
      type: 'dispute.created',
      afterMs: at(prep + rng.int(25, 50) * DAY),
      reason: s.fulfilment === 'ems' ? 'product_not_received' : 'unrecognized',
    });
  return out;
}
