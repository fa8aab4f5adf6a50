import {
  type Address,
  type BasketLine,
  type Buyer,
  type Card,
  DAY,
  type Device,
  HOUR,
  MINUTE,
  type Window,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Postage } from './calendar.js';
import { type Match, newCard } from './cards.js';
import { type Category, lineOf, pickExperience, voucherLine } from './catalogue.js';
import { addressIn, network } from './networks.js';
import { customerId, newDevice, personName, throwawayEmail, toolDevice } from './people.js';
import { gbAddress } from './places.js';
import {
  type Attempt,
  attemptsTime,
  cardAttempt,
  currencyOf,
  type Decline,
  type LaterEvent,
  postedAt,
  tracked,
} from './purchase.js';

/** What the fraud kinds share: where they connect from, whose card they hold, the browsers they bring. */

/** How a fraudster reaches the shop. */
export type Route = 'residential_proxy' | 'uk_hosting' | 'abroad_hosting' | 'west_africa' | 'uk_mobile';

const GB_HOMES = ['gb-fibre-a', 'gb-fibre-b', 'gb-cable', 'gb-broadband-c', 'gb-altnet'];

/** An address on the route: a rented British home line, a London cloud machine, a VPN abroad, a phone. */
export function routeIp(rng: Rng, route: Route): string {
  switch (route) {
    case 'residential_proxy':
      return addressIn(rng, network(rng.pick(GB_HOMES)), 0.1);
    case 'uk_hosting':
      return addressIn(rng, network(rng.pick(['gb-hosting-a', 'gb-hosting-b', 'gb-hosting-c'])), 0.1);
    case 'abroad_hosting':
      return addressIn(rng, network(rng.pick(['nl-hosting', 'de-hosting', 'us-hosting'])), 0);
    case 'west_africa':
      return addressIn(rng, network(rng.chance(0.7) ? 'ng-mobile' : 'gh-mobile'), 0);
    case 'uk_mobile':
      return addressIn(rng, network(rng.pick(['gb-mobile-a', 'gb-mobile-b', 'gb-mobile-c'])), 0.3);
  }
}

/** A cardholder whose details were phished or bought: their name, address and card. */
export interface Victim {
  name: string;
  billing: Address;
  card: Card;
}

export function victim(rng: Rng, country = 'GB'): Victim {
  return {
    name: personName(rng, country),
    billing: gbAddress(rng),
    card: newCard(rng, country, rng.chance(0.6) ? 'credit' : 'debit'),
  };
}

/** A crew working a kind: its browsers (some rotate fingerprints) and how it connects. */
export interface Crew {
  devices: Device[];
  routes: ReadonlyArray<[Route, number]>;
  /** Anti-detect browsers present a fresh fingerprint each time. */
  rotates: boolean;
}

export function crew(rng: Rng, routes: ReadonlyArray<[Route, number]>): Crew {
  const devices = Array.from({ length: rng.int(1, 3) }, () =>
    rng.weightedPick<() => Device>([
      [() => newDevice(rng, { mobile: false }), 50],
      [() => toolDevice(rng, 0.7), 30],
      [() => newDevice(rng, { mobile: true }), 20],
    ])(),
  );
  return { devices, routes, rotates: rng.chance(0.35) };
}

/** The crew's browser for one order: one of theirs, with a fresh fingerprint when they rotate. */
export function crewDevice(rng: Rng, c: Crew): Device {
  const d = rng.pick(c.devices);
  return c.rotates && d.id ? { ...d, id: `fp_${rng.token(20, 'abcdefghijklmnopqrstuvwxyz0123456789')}` } : d;
}

export const crewIp = (rng: Rng, c: Crew): string => routeIp(rng, rng.weightedPick(c.routes));

/** A buyer who is a guest under the cardholder's name, or a fresh account opened minutes before. */
export function fraudBuyer(rng: Rng, name: string, at: number, signUp: number): Buyer {
  const email = throwawayEmail(rng, name);
  return rng.chance(signUp)
    ? { id: customerId(rng), email, name, createdAt: at - rng.int(2, 15) * MINUTE }
    : { email, name };
}

/**
 * Sessions: `count` orders in runs of sizes drawn from `sizes`, each run from `start()` and the next order
 * `gap()` later; moments are kept inside the window.
 */
export function sessions(
  rng: Rng,
  w: Window,
  count: number,
  sizes: ReadonlyArray<readonly [number, number]>,
  start: () => number,
  gap: () => number,
): number[][] {
  const out: number[][] = [];
  let left = count;
  while (left > 0) {
    const size = Math.min(left, rng.weightedPick(sizes));
    let t = start();
    const run: number[] = [];
    for (let i = 0; i < size; i++) {
      run.push(Math.min(t, w.end - 1000 * (size - i)));
      t += gap();
    }
    out.push(run);
    left -= size;
  }
  return out;
}

/** Face values worth reselling at 60–80 % on marketplaces and in resale groups. */
const RESALE_VALUES: ReadonlyArray<[number, number]> = [
  [100, 30],
  [150, 10],
  [200, 20],
  [250, 20],
  [500, 20],
];

/** What resells: money vouchers mostly, else the experiences people search for second-hand. */
export function resaleLines(rng: Rng, market: 'GB' | 'IE', voucherShare: number): BasketLine<Category>[] {
  const currency = currencyOf(market);
  if (rng.chance(voucherShare))
    return [
      voucherLine(
        rng.weightedPick(RESALE_VALUES),
        currency,
        rng.weightedPick([
          [1, 70],
          [2, 20],
          [3, 10],
        ]),
      ),
    ];
  const e = pickExperience(rng, market === 'IE' ? 'GB' : market, { resale: true });
  return [lineOf(e, currency, rng.chance(0.75) ? 1 : 2)];
}

/** The voucher's issue (or the box's posting) after payment. */
export function issue(
  rng: Rng,
  p: { at: number; attempts: readonly Attempt[] },
  box?: Postage,
): LaterEvent[] {
  const issued = attemptsTime(p.attempts) + rng.int(40_000, 4 * MINUTE);
  if (!box) return [{ type: 'order.updated', afterMs: issued, status: 'voucher_issued' }];
  const posted = Math.max(issued, postedAt(rng, p.at) - p.at);
  return [
    { type: 'order.updated', afterMs: posted, status: 'dispatched' },
    ...(tracked(box)
      ? [
          {
            type: 'order.updated' as const,
            afterMs: posted + rng.int(18, 50) * HOUR,
            status: 'delivered' as const,
          },
        ]
      : []),
  ];
}

/**
 * What follows a stolen card's payment: the voucher is spent or sold on quickly; the cardholder's bank sends an
 * early fraud warning; the shop refunds and voids an unspent voucher after a warning, or the dispute comes.
 */
export function chargebackTail(
  rng: Rng,
  from: number,
  o: { redeemed: number; warning: number; dispute: number; refundOnWarning: number },
): LaterEvent[] {
  const out: LaterEvent[] = [];
  const redeemed = rng.chance(o.redeemed);
  if (redeemed)
    out.push({ type: 'order.updated', afterMs: from + rng.int(2, 140) * HOUR, status: 'voucher_redeemed' });
  const warned = rng.chance(o.warning);
  const warnAt = from + rng.int(2, 14) * DAY;
  if (warned) out.push({ type: 'fraud_warning.created', afterMs: warnAt, reason: 'fraudulent' });
  if (warned && !redeemed && rng.chance(o.refundOnWarning)) {
    const at = warnAt + rng.int(4, 30) * HOUR;
    out.push(
      { type: 'order.cancelled', afterMs: at, reason: 'fraud_warning' },
      { type: 'refund.created', afterMs: at + MINUTE, reason: 'fraudulent' },
    );
    return out;
  }
  if (rng.chance(o.dispute))
    out.push({ type: 'dispute.created', afterMs: from + rng.int(18, 60) * DAY, reason: 'fraudulent' });
  return out;
}

/** The shop's own review stops a few: held, then cancelled and refunded before the voucher goes out. */
export function reviewed(rng: Rng, attempts: readonly Attempt[]): LaterEvent[] {
  const paidAt = attemptsTime(attempts);
  const at = paidAt + rng.int(20, 90) * MINUTE;
  return [
    { type: 'order.updated', afterMs: paidAt + rng.int(30, 120) * 1000, status: 'held_for_review' },
    { type: 'order.cancelled', afterMs: at, reason: 'fraud_review' },
    { type: 'refund.created', afterMs: at + MINUTE, reason: 'fraudulent' },
  ];
}

/** How a stolen card fares at checkout. */
export function stolenTry(
  rng: Rng,
  card: Card,
  amount: number,
  match: Match,
  afterMs: number,
  okShare: number,
): Attempt {
  if (rng.chance(okShare))
    return cardAttempt(rng, card, amount, {
      ok: true,
      match,
      afterMs,
      // The issuer's risk check lets it through, or the holder's phished one-time code is replayed.
      threeDS: rng.chance(0.75) ? 'frictionless' : 'challenge_passed',
    });
  const decline = rng.weightedPick<Decline>([
    ['authentication_failed', 45],
    ['stolen_card', 10],
    ['lost_card', 5],
    ['do_not_honor', 18],
    ['incorrect_cvc', 8],
    ['insufficient_funds', 14],
  ]);
  return cardAttempt(rng, card, amount, { ok: false, decline, match, afterMs });
}
