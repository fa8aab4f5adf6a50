import { type Address, DAY, type Device, HOUR, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Decline, type HeldCard } from './cards.js';
import { type Basket } from './catalogue.js';
import {
  type Journey,
  delivery,
  type Step,
  type ThreeDS,
  cardAttempt,
  type Attempt,
  paidNow,
  released,
  triedFor,
  MINUTE,
} from './purchase.js';
import { HOSTING, ipOf, type Network, pickNetwork } from './networks.js';
import { type Person } from './people.js';
import { addressIn, ATTICA, type City, locker } from './places.js';

/** What the fraud planners share: crews' browsers and lines, drops, throwaway e-mails, card runs and how fraud gets labelled. */

const ANTI_DETECT = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Mobile Safari/537.36',
];

/** A crew's browser: an anti-detect profile (a fresh id per order when `rotate`) or a plain phone. */
export interface Rig {
  userAgent: string;
  id: string;
  rotate: boolean;
}

export const newRig = (rng: Rng, rotate: boolean): Rig => ({
  userAgent: rng.pick(ANTI_DETECT),
  id: `dv_${rng.token(20)}`,
  rotate,
});

export const rigDevice = (rng: Rng, r: Rig): Device =>
  r.rotate ? { userAgent: r.userAgent, id: `dv_${rng.token(20)}` } : { userAgent: r.userAgent, id: r.id };

/** Where a crew's traffic comes out: a VPN or proxy on a hosting range, Greek mobile data, a residential proxy. */
export type Exit = 'hosting' | 'greek_mobile' | 'residential';

export function exitIp(rng: Rng, exit: Exit, country: string, pinned?: Network): string {
  if (exit === 'hosting') return ipOf(rng, pinned ?? rng.pick(HOSTING), 0);
  if (exit === 'greek_mobile') return ipOf(rng, pinned ?? pickNetwork(rng, 'GR', 'mobile'), 0.2);
  return ipOf(rng, pinned ?? pickNetwork(rng, country, 'fixed'), 0.1);
}

const DROP_CITIES: readonly City[] = ATTICA.filter((c) =>
  ['Athina', 'Peiraias', 'Peristeri', 'Kallithea'].includes(c.name),
);

/** A drop: a parcel locker, or a flat in an Athens block where a runner takes parcels in. */
export function drop(rng: Rng): Address & { tz: number } {
  return rng.chance(0.55) ? locker(rng, DROP_CITIES) : addressIn(rng, 'GR', DROP_CITIES);
}

const WORDS = ['deals', 'shop', 'orders', 'gifts', 'market', 'store', 'trade', 'goods', 'resell', 'box'];
const FREEMAIL = ['gmail.com', 'outlook.com', 'hotmail.com', 'proton.me', 'yahoo.com', 'gmx.com'];

/** A throwaway mailbox: the cardholder's name with digits, or letters and digits. */
export function throwaway(rng: Rng, p?: Person): string {
  const box = rng.pick(FREEMAIL);
  if (p && rng.chance(0.55)) {
    const f = p.first.toLowerCase().replace(/[^a-z]/g, '');
    const l = p.last.toLowerCase().replace(/[^a-z]/g, '');
    return `${f}${l}${rng.digits(rng.int(2, 4))}@${box}`;
  }
  return `${rng.token(rng.int(6, 10), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(2, 4))}@${box}`;
}

/** A reseller's mailbox: a shop-like word and digits, reused across the ring's orders. */
export const resellerMail = (rng: Rng): string =>
  `${rng.pick(WORDS)}.${rng.token(5, 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(2)}@${rng.pick(['gmail.com', 'outlook.com'])}`;

/** When a crew works: a few days in the window, from `first`. */
export function crewDays(rng: Rng, w: Window, span: number): { first: number; last: number } {
  const days = Math.max(1, Math.ceil((w.end - w.start) / DAY));
  const first = rng.int(0, Math.max(0, days - span));
  return { first, last: Math.min(days - 1, first + span - 1) };
}

/** A moment on one of the crew's days, in Athens, between `from` and `to` local hours. */
export function crewMoment(
  rng: Rng,
  w: Window,
  days: { first: number; last: number },
  from = 9,
  to = 26,
): number {
  const d = rng.int(days.first, days.last);
  const t = w.start + d * DAY + (rng.float(from, to) - 2) * HOUR;
  return Math.floor(Math.max(w.start, Math.min(w.end - 1, t)));
}

/** Cards of the EEA and Britain: their issuers challenge, and a thief needs the one-time password. */
const SCA = new Set(['GR', 'CY', 'DE', 'NL', 'BE', 'FR', 'IT', 'AT', 'SE', 'ES', 'IE', 'GB']);

export const strongAuth = (card: HeldCard): boolean => SCA.has(card.country);

/**
 * A stolen card tried by a thief: under strong authentication the issuer challenges and most thieves fail
 * (some have phished the code with a fake courier text); elsewhere the issuer's own checks decide.
 */
export function stolenTry(
  rng: Rng,
  card: HeldCard,
  amount: number,
  afterMs: number,
  o: { otp: number; pass: number; match?: 'good' | 'wrong' | 'unknown' },
): Attempt {
  const match = o.match ?? 'good';
  if (strongAuth(card)) {
    if (amount < 3000 && rng.chance(0.5))
      return cardAttempt(rng, card, amount, {
        match,
        afterMs,
        ok: rng.chance(o.pass),
        decline: 'do_not_honor',
        threeDS: 'exempt_low_value',
      });
    if (rng.chance(o.otp)) {
      const ok = rng.chance(o.pass + 0.15);
      return cardAttempt(rng, card, amount, {
        match,
        afterMs,
        ok,
        threeDS: rng.chance(0.6) ? 'challenge_passed' : 'frictionless',
        ...(ok ? {} : { decline: rng.pick<Decline>(['insufficient_funds', 'do_not_honor', 'fraudulent']) }),
      });
    }
    return cardAttempt(rng, card, amount, {
      match,
      afterMs,
      ok: false,
      decline: 'authentication_failed',
      threeDS: 'challenge_failed',
    });
  }
  const ok = rng.chance(o.pass);
  const threeDS = rng.weightedPick<ThreeDS>([
    ['frictionless', 50],
    ['attempted', 20],
    ['not_enrolled', 22],
    ['challenge_failed', ok ? 0 : 8],
  ]);
  return cardAttempt(rng, card, amount, {
    match,
    afterMs,
    ok,
    threeDS,
    ...(ok
      ? {}
      : {
          decline:
            threeDS === 'challenge_failed'
              ? 'authentication_failed'
              : rng.pick<Decline>(['stolen_card', 'do_not_honor', 'insufficient_funds', 'lost_card']),
        }),
  });
}

/** Cards tried one after another until one goes through or the list runs out. */
export function cycle(
  rng: Rng,
  cards: readonly HeldCard[],
  amount: number,
  o: { otp: number; pass: number; match?: 'good' | 'wrong' | 'unknown' },
): Attempt[] {
  const out: Attempt[] = [];
  for (const [i, card] of cards.entries()) {
    const a = stolenTry(
      rng,
      card,
      amount,
      i === 0 ? rng.int(25_000, 120_000) : rng.int(20_000, 3 * MINUTE),
      o,
    );
    out.push(a);
    if (a.ok) break;
  }
  return out;
}

/** Whether the liability for fraud moved to the issuer (authenticated, or attempted where the scheme shifts it). */
export const shifted = (a: Attempt): boolean =>
  a.threeDS === 'challenge_passed' || a.threeDS === 'frictionless' || a.threeDS === 'attempted';

/** How labels reach the store for a stolen-card order that went through. */
export interface Labelling {
  /** Chance of an early fraud warning from the issuer (TC40 / SAFE, via the acquirer). */
  warning: number;
  /** Chance of a fraud chargeback when liability stayed with the shop, and when it moved. */
  dispute: number;
  disputeShifted: number;
  /** Chance the shop's own review stops the parcel and refunds before dispatch. */
  caught: number;
}

/**
 * A paid stolen-card order's later life: perhaps caught in review (cancelled, refunded); else it travels, and
 * perhaps an early fraud warning a few days on and a `fraudulent` chargeback weeks later; some never.
 */
export function stolenAfter(
  rng: Rng,
  attempts: readonly Attempt[],
  basket: Basket,
  j: Omit<Journey, 'readyAfter'>,
  l: Labelling,
): Step[] {
  if (!paidNow(attempts)) return [released(rng, attempts)];
  const paid = attempts.find((a) => a.ok);
  const tried = triedFor(attempts);
  if (rng.chance(l.caught))
    return [{ type: 'order.cancelled', afterMs: tried + rng.int(1, 18) * HOUR, reason: 'suspected_fraud' }];
  const { steps } = delivery(rng, { ...j, readyAfter: tried });
  const warned = rng.chance(l.warning);
  if (warned)
    steps.push({
      type: 'fraud_warning.created',
      afterMs: rng.int(2, 20) * DAY,
      reason: rng.pick(['made_with_stolen_card', 'unauthorized_use_of_card', 'made_with_lost_card']),
    });
  const p = paid && shifted(paid) ? l.disputeShifted : l.dispute;
  if (rng.chance(p))
    steps.push({ type: 'dispute.created', afterMs: rng.int(15, 75) * DAY, reason: 'fraudulent' });
  else if (warned && rng.chance(0.4))
    steps.push({
      type: 'refund.created',
      afterMs: rng.int(21, 30) * DAY,
      reason: 'fraudulent',
      amount: basket.amount,
    });
  return steps;
}
