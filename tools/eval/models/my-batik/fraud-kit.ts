import { type Address, DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Bin, type Decline, type HeldCard, type Match, newCard, type ThreeDS } from './cards.js';
import { type Delivery } from './catalogue.js';
import { type World } from './checkout.js';
import { addressIn, type Currency, malaysianTown, MALAYSIA } from './places.js';
import {
  type Attempt,
  cardAttempt,
  firstAuth,
  fulfil,
  type Fulfilled,
  type LaterEvent,
  paidAfter,
  releaseUnpaid,
  retryGap,
} from './purchase.js';

/** What the fraud planners share: throwaway identities, drop addresses, runs of cards, and how fraud ends. */

const WESTERN_FIRST = [
  'James',
  'Sarah',
  'Michael',
  'Emily',
  'David',
  'Jessica',
  'Robert',
  'Laura',
  'Daniel',
  'Karen',
  'Mark',
  'Linda',
];
const WESTERN_LAST = [
  'Miller',
  'Johnson',
  'Clarke',
  'Thompson',
  'Walker',
  'Anderson',
  'Harris',
  'Martin',
  'Wilson',
  'Taylor',
  'Brown',
  'Evans',
];

export const westernName = (rng: Rng): string => `${rng.pick(WESTERN_FIRST)} ${rng.pick(WESTERN_LAST)}`;

/** A throwaway mailbox: letters and digits at a free provider, or a name with a string of digits. */
export function throwaway(rng: Rng, name?: string): string {
  const domain = rng.weightedPick<string>([
    ['gmail.com', 60],
    ['outlook.com', 12],
    ['yahoo.com', 10],
    ['hotmail.com', 8],
    ['proton.me', 5],
    ['mail.com', 5],
  ]);
  const base = name
    ? name
        .toLowerCase()
        .replace(/[^a-z]/g, '')
        .slice(0, 10) + rng.digits(rng.int(3, 5))
    : rng.token(rng.int(7, 11), 'abcdefghijklmnopqrstuvwxyz') + rng.digits(rng.int(2, 4));
  return `${base}@${domain}`;
}

const DROP_BLOCKS = [
  'Residensi Harmoni',
  'Pangsapuri Seri Baiduri',
  'Vista Damai',
  'Sri Ara',
  'Pangsapuri Cempaka',
];

/**
 * Where fraud's parcels go: a rented condominium unit or a shop lot in the Klang Valley or Johor Bahru, where a
 * runner collects them; or a kampung address never meant to receive anything.
 */
export function dropAddress(rng: Rng): Address {
  const town = rng.chance(0.8) ? malaysianTown(rng, 'klang_valley') : malaysianTown(rng, 'outside_kv');
  const a = addressIn(rng, MALAYSIA, town);
  const line1 = rng.chance(0.75)
    ? `${rng.pick(['A', 'B', 'C', 'D'])}-${rng.int(3, 32)}-${rng.int(1, 14)}, ${rng.pick(DROP_BLOCKS)}`
    : `No. ${rng.int(1, 60)}-${rng.int(1, 3)}, Jalan ${rng.pick(['Niaga', 'Perniagaan', 'Usahawan', 'Industri'])} ${rng.int(1, 12)}`;
  return { ...a, line1 };
}

/** The currency the site shows a visitor: ringgit in Malaysia, Singapore dollars in Singapore, else dollars. */
export const currencyFor = (ipCountry: string): Currency =>
  ipCountry === 'MY' ? 'MYR' : ipCountry === 'SG' ? 'SGD' : 'USD';

export interface CardRun {
  cards: number;
  /** Chance any one card goes through. */
  pass: number;
  declines: ReadonlyArray<readonly [Decline, number]>;
  country: string;
  match?: Match;
  /** The 3-D Secure answer when a card goes through (a phished OTP, a frictionless issuer). */
  passed?: (card: HeldCard) => ThreeDS | undefined;
  /** Cards of one BIN, as a leaked batch. */
  bin?: Bin;
  /** Minutes between tries. */
  gap?: readonly [number, number];
}

/** A fraudster's run of stolen cards on one checkout: one after another until one goes through or they stop. */
export function cardRun(rng: Rng, r: CardRun): Attempt[] {
  const out: Attempt[] = [];
  for (let i = 0; i < r.cards; i++) {
    const card = newCard(rng, r.country, r.bin);
    const afterMs =
      i === 0 ? firstAuth(rng) : r.gap ? rng.int(r.gap[0] * 1000, r.gap[1] * 1000) : retryGap(rng);
    const match = r.match ?? 'good';
    if (rng.chance(r.pass)) {
      const threeDS = r.passed?.(card);
      out.push(cardAttempt(rng, card, { ok: true, afterMs, match, ...(threeDS ? { threeDS } : {}) }));
      return out;
    }
    const decline = rng.weightedPick(r.declines);
    out.push(cardAttempt(rng, card, { ok: false, decline, afterMs, match }));
  }
  return out;
}

export interface Ending {
  /** The house spots it and cancels before dispatch (a paid order is refunded). */
  caught: number;
  /** An early fraud warning from the issuer, or the bank's fraud report. */
  warning: number;
  warningReason: string;
  warningDays: readonly [number, number];
  /** A dispute after delivery. */
  dispute: number;
  disputeReason: string;
  disputeDays: readonly [number, number];
  /** The money is clawed back (FPX and e-wallet reversals after a scam report). */
  reversal?: { share: number; reason: string };
}

/**
 * How a fraudulent paid order ends: caught and cancelled before dispatch, or dispatched and delivered (to the
 * drop, the runner at the counter, the voucher's mailbox), then the victim's bank warns, disputes, or claws back.
 * An order never paid is released.
 */
export function fraudEnding(
  rng: Rng,
  w: World,
  p: { at: number; attempts: Attempt[]; delivery: Delivery },
  e: Ending,
): LaterEvent[] {
  const paid = paidAfter(p.attempts);
  if (paid === undefined) return [releaseUnpaid(rng, p.attempts)];
  const f: Fulfilled = fulfil(rng, { w: w.window, at: p.at, ready: paid, delivery: p.delivery });
  if (rng.chance(e.caught) && f.dispatched > paid + 30 * MINUTE)
    return [
      {
        type: 'order.cancelled',
        afterMs: rng.int(paid + 10 * MINUTE, f.dispatched - 5 * MINUTE),
        reason: 'suspected_fraud',
      },
    ];
  const out = [...f.steps];
  const warned = rng.chance(e.warning);
  const warnAt = paid + rng.int(e.warningDays[0] * 24, e.warningDays[1] * 24) * HOUR;
  if (warned) out.push({ type: 'fraud_warning.created', afterMs: warnAt, reason: e.warningReason });
  if (e.reversal && rng.chance(e.reversal.share))
    out.push({
      type: 'refund.created',
      afterMs: (warned ? warnAt : paid) + rng.int(1, 8) * DAY,
      reason: e.reversal.reason,
    });
  else if (rng.chance(e.dispute))
    out.push({
      type: 'dispute.created',
      afterMs: Math.max(
        warnAt + HOUR,
        (f.received ?? f.dispatched) + rng.int(e.disputeDays[0], e.disputeDays[1]) * DAY,
      ),
      reason: e.disputeReason,
    });
  return out;
}
