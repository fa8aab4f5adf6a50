import { type Address, DAY, type Device, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Decline, type HeldCard, newCard } from './cards.js';
import { type Basket, basketOf, type Fulfilment, type Line, shippingFee, subtotal } from './catalogue.js';
import { USER_AGENTS, device } from './people.js';
import {
  type Attempt,
  cardAttempt,
  firstAuth,
  type LaterEvent,
  type Purchase,
  retryGap,
  type ThreeDS,
} from './purchase.js';

/** What the fraud planners share: stolen cards and their tries, burner e-mails, labels that come later. */

const BURNER = ['gmail.com', 'outlook.com', 'hotmail.com', 'yahoo.com', 'proton.me', 'gmx.com', 'mail.com'];

/** A throwaway address: a name and digits, or a jumble, at a free mail provider. */
export function burnerEmail(rng: Rng, name?: string): string {
  const local = name
    ? `${name
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z]/g, '.')}${rng.int(1, 9999)}`
    : `${rng.token(rng.int(6, 10), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(2, 4))}`;
  return `${local.replace(/\.+/g, '.')}@${rng.pick(BURNER)}`;
}

/** A fraudster's browser: a fresh fingerprint, an anti-detect profile, or the script blocked. */
export function fraudDevice(rng: Rng): Device {
  if (rng.chance(0.25)) return { userAgent: USER_AGENTS.windows };
  return device(rng);
}

const EU = new Set(['BE', 'NL', 'FR', 'DE', 'LU', 'GB']);

/**
 * Stolen cards tried one after another until one goes through or the fraudster gives up: European issuers
 * challenge most (a phished one-time code passes some), US issuers rarely; issuers that already know the card
 * is stolen say so.
 */
export function stolenTries(
  rng: Rng,
  cards: () => HeldCard,
  amount: number,
  o: { good: boolean; maxCards: number; passEU: number; passElsewhere: number; entry?: 'typed' | 'wallet' },
): Attempt[] {
  const out: Attempt[] = [];
  let after = firstAuth(rng);
  for (let i = 0; i < o.maxCards; i++) {
    const card = cards();
    const eu = EU.has(card.country);
    const ok = rng.chance(eu ? o.passEU : o.passElsewhere);
    const decline: Decline | undefined = ok
      ? undefined
      : eu && rng.chance(0.55)
        ? 'authentication_failed'
        : rng.weightedPick<Decline>([
            ['do_not_honor', 30],
            ['stolen_card', 15],
            ['insufficient_funds', 15],
            ['lost_card', 8],
            ['fraudulent', 12],
            ['incorrect_cvc', 10],
            ['card_velocity_exceeded', 10],
          ]);
    const threeDS: ThreeDS | undefined =
      ok && eu ? (rng.chance(0.55) ? 'challenge_passed' : 'frictionless') : undefined;
    out.push(
      cardAttempt(rng, card, amount, {
        entry: o.entry ?? 'typed',
        match: o.good ? 'good' : 'bad',
        ok,
        afterMs: after,
        ...(decline ? { decline } : {}),
        ...(threeDS ? { threeDS } : {}),
      }),
    );
    if (ok) break;
    after = retryGap(rng);
  }
  return out;
}

/** A stolen card of a country, of a funding when given. */
export const stolen = (rng: Rng, country: string, funding?: 'credit' | 'commercial' | 'debit') => () =>
  newCard(rng, country, funding ?? (rng.chance(0.6) ? 'credit' : 'debit'));

/**
 * What follows a stolen-card order that went through: the shop's review cancels a few before dispatch; the
 * rest ship (or are e-mailed), and the labels come later, some never: an issuer's early fraud warning after
 * days, the cardholder's dispute after weeks.
 */
export function stolenLater(
  rng: Rng,
  f: Fulfilment,
  o: { review: number; warning: number; dispute: number },
): LaterEvent[] {
  if (f !== 'email' && rng.chance(o.review))
    return [
      { type: 'order.cancelled', afterMs: rng.int(2, 20) * HOUR, reason: 'fraud_review' },
      { type: 'refund.created', afterMs: rng.int(21, 30) * HOUR, reason: 'fraudulent' },
    ];
  const out: LaterEvent[] = [];
  if (f === 'email') out.push({ type: 'order.updated', afterMs: rng.int(1, 10) * MINUTE, status: 'sent' });
  else {
    const ship = rng.int(8, 40) * HOUR;
    out.push({ type: 'order.updated', afterMs: ship, status: 'shipped' });
    out.push({ type: 'order.updated', afterMs: ship + rng.int(20, 70) * HOUR, status: 'delivered' });
  }
  const warned = rng.chance(o.warning);
  if (warned)
    out.push({ type: 'fraud_warning.created', afterMs: rng.int(2, 12) * DAY, reason: 'fraudulent' });
  if (rng.chance(o.dispute))
    out.push({ type: 'dispute.created', afterMs: rng.int(warned ? 13 : 10, 55) * DAY, reason: 'fraudulent' });
  return out;
}

export interface FraudOrder {
  kind: string;
  at: number;
  lines: Line[];
  fulfilment: Fulfilment;
  buyer: Purchase['buyer'];
  billing: Address;
  shipping?: Address;
  ip: string;
  device: Device;
  locale: string;
  attempts: (amount: number) => Attempt[];
  later: (f: Fulfilment) => LaterEvent[];
  discount?: { amount: number; code?: string; points?: number };
  giftNote?: string;
  recipient?: string;
  company?: { name: string; vatId: string };
  boxes?: number;
}

export function fraudPurchase(o: FraudOrder): Purchase {
  const ship = o.shipping?.country ?? o.billing.country;
  const basket: Basket = basketOf(
    o.lines,
    shippingFee(o.fulfilment, ship, subtotal(o.lines), o.boxes),
    o.discount,
  );
  return {
    at: o.at,
    fraud: true,
    kind: o.kind,
    basket,
    billing: o.billing,
    attempts: o.attempts(basket.amount),
    later: o.later(o.fulfilment),
    buyer: o.buyer,
    ...(o.shipping ? { shipping: o.shipping } : {}),
    fulfilment: o.fulfilment,
    ip: o.ip,
    device: o.device,
    locale: o.locale,
    ...(o.giftNote ? { giftNote: o.giftNote } : {}),
    ...(o.recipient ? { recipient: o.recipient } : {}),
    ...(o.company ? { company: o.company } : {}),
    ...(o.billing.country === 'GB' ? { shownIn: 'GBP' as const } : {}),
  };
}
