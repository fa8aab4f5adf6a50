import { type Device, paid } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Decline, type HeldCard, type IssuerKey, newCard } from './cards.js';
import { basketOf, type Fulfilment } from './catalogue.js';
import { type Draft, paidAfter, purchaseOf } from './draft.js';
import { address, broadbandIn, mobileIn, network, vpnExit } from './networks.js';
import { deviceOf, type UaKey } from './people.js';
import { collectionCourse, parcelCourse } from './fulfil.js';
import { type Region, type ShopId } from './places.js';
import {
  type Attempt,
  cardAttempt,
  DAY,
  HOUR,
  type LaterEvent,
  MINUTE,
  type Purchase,
  SCA,
} from './purchase.js';

/** What the fraud planners share: throw-away identities, crews' devices and exits, stolen-card payments, outcomes. */

const DISPOSABLE = [
  'yopmail.com',
  'guerrillamail.com',
  'sharklasers.com',
  'tempmail.plus',
  'mailto.plus',
  'dropmail.me',
];

/** An address made for one order: a disposable domain, random letters at a freemail, or a name and digits. */
export function throwaway(rng: Rng, name?: string): string {
  const r = rng.next();
  if (r < 0.3) return `${rng.token(rng.int(7, 11))}@${rng.pick(DISPOSABLE)}`;
  if (r < 0.6)
    return `${rng.token(rng.int(8, 12))}@${rng.pick(['gmail.com', 'outlook.com', 'proton.me', 'hotmail.com'])}`;
  if (!name)
    return `${rng.token(1, 'abcdefghijklmnopqrstuvwxyz')}${rng.token(rng.int(5, 9))}@${rng.pick(['gmail.com', 'outlook.com'])}`;
  const base = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z ]/g, '')
    .toLowerCase()
    .split(' ')
    .join(rng.pick(['.', '', '_']));
  return `${base}${rng.digits(rng.int(3, 5))}@${rng.pick(['gmail.com', 'outlook.com', 'proton.me'])}`;
}

/** A crew's machine: a Windows desktop, a headless or dated Linux browser, or a phone. */
export function crewDevice(rng: Rng, scriptRuns = 0.7): Device {
  const ua = rng.weightedPick<UaKey>([
    ['windows', 45],
    ['edge', 8],
    ['linuxOld', 10],
    ['headless', 5],
    ['android', 20],
    ['iphone', 12],
  ]);
  return deviceOf(rng, ua, scriptRuns);
}

/** A residential address in `country` rented from a proxy pool (it looks like any home or phone there). */
export const residentialProxy = (rng: Rng, country: string): string =>
  rng.chance(0.35) ? address(rng, mobileIn(rng, country)) : address(rng, broadbandIn(rng, country));

/** Where a crew connects from when it does not bother to look local: a VPN or cloud exit, or its own country. */
export function crewExit(rng: Rng): string {
  if (rng.chance(0.65)) {
    const n = vpnExit(rng);
    return address(rng, n, n.v6.length > 0 && rng.chance(0.2));
  }
  return address(
    rng,
    network(
      rng.weightedPick([
        ['ng-mobile', 35],
        ['ro-broadband', 35],
        ['vn-broadband', 30],
      ] as const),
    ),
  );
}

/** A stolen card of a country, as sold with (or without) its holder's details. */
export function stolenCard(rng: Rng, country: string): HeldCard {
  const key = rng.weightedPick<IssuerKey>(
    country === 'IE'
      ? [
          ['ieDebitA', 35],
          ['ieDebitB', 30],
          ['ieDebitC', 15],
          ['ieCredit', 20],
        ]
      : country === 'GB'
        ? [
            ['gbDebit', 40],
            ['gbCredit', 35],
            ['gbChallenger', 15],
            ['niDebit', 10],
          ]
        : country === 'CA'
          ? [['caCredit', 1]]
          : country === 'US'
            ? [
                ['usCredit', 50],
                ['usCreditMc', 30],
                ['usDebit', 20],
              ]
            : [
                ['deDebit', 40],
                ['frDebit', 30],
                ['nlDebit', 30],
              ],
  );
  return newCard(rng, key);
}

export interface StolenTry {
  /** The chance the fraudster passes a 3-D Secure challenge (the OTP phished with the card). */
  otp: number;
  /** Whether the billing typed is the holder's own (full details) or made up. */
  fullDetails: boolean;
  /** Another stolen card to try when the first fails (none: give up). */
  next?: () => HeldCard;
  /** Gaps between tries. */
  firstMs?: number;
}

/**
 * A stolen card's authorisations: under SCA a challenge the fraudster passes only with the phished code (or a
 * risk-based exemption); elsewhere the issuer's own decline. On failure one more card, when there is one.
 */
export function stolenAttempts(rng: Rng, first: HeldCard, amount: number, t: StolenTry): Attempt[] {
  const out: Attempt[] = [];
  let card = first;
  let afterMs = t.firstMs ?? rng.int(8_000, 60_000);
  for (let i = 0; i < 3; i++) {
    const match = t.fullDetails ? 'good' : 'wrong';
    const issuerDecline = rng.chance(SCA.has(card.country) ? 0.12 : 0.22);
    if (issuerDecline) {
      const decline = rng.weightedPick<Decline>([
        ['do_not_honor', 35],
        ['stolen_card', 20],
        ['insufficient_funds', 20],
        ['generic_decline', 15],
        ['lost_card', 10],
      ]);
      out.push(cardAttempt(rng, card, amount, { ok: false, decline, match, afterMs }));
    } else if (SCA.has(card.country)) {
      const exempt = rng.chance(amount < 3_000 ? 0.6 : 0.12);
      if (exempt || rng.chance(t.otp)) {
        out.push(
          cardAttempt(rng, card, amount, {
            ok: true,
            match,
            afterMs: afterMs + (exempt ? 0 : rng.int(20_000, 90_000)),
            threeDS: exempt ? (amount < 3_000 ? 'exempt' : 'frictionless') : 'challenge_passed',
          }),
        );
        return out;
      }
      out.push(
        cardAttempt(rng, card, amount, {
          ok: false,
          decline: 'authentication_failed',
          match,
          afterMs: afterMs + rng.int(60_000, 300_000),
        }),
      );
    } else {
      out.push(
        cardAttempt(rng, card, amount, {
          ok: true,
          match,
          afterMs,
          threeDS: rng.chance(0.6) ? 'not_enrolled' : 'frictionless',
        }),
      );
      return out;
    }
    if (!t.next || i === 2 || rng.chance(0.35)) return out;
    card = t.next();
    afterMs = rng.int(20_000, 150_000);
  }
  return out;
}

export interface FraudOutcome {
  /** The issuer's early fraud warning. */
  warn: number;
  /** The holder's chargeback. */
  dispute: number;
  /** The shop's own review stops it before the goods go (cancelled and refunded). */
  caught?: number;
  /** Why the shop stopped it (`fraud_review` unless said). */
  caughtReason?: string;
  disputeReason?: string;
}

/**
 * What follows a fraudulent order once paid: codes e-mailed (or the shop's review stopping them), parcels
 * shipped and delivered, collections handed over; then the holder's bank: an early fraud warning within days,
 * a chargeback weeks later.
 */
export function fraudAfter(
  rng: Rng,
  f: Fulfilment,
  region: Region,
  placed: number,
  paidAt: number,
  o: FraudOutcome,
  shop?: ShopId,
): LaterEvent[] {
  if (rng.chance(o.caught ?? 0)) {
    const held = paidAt + rng.int(30_000, 3 * MINUTE);
    return [
      { type: 'order.updated', afterMs: held, status: 'in_review' },
      {
        type: 'order.cancelled',
        afterMs: held + rng.int(20 * MINUTE, 6 * HOUR),
        reason: o.caughtReason ?? 'fraud_review',
      },
      {
        type: 'refund.created',
        afterMs: held + rng.int(6 * HOUR + MINUTE, 8 * HOUR),
        reason: o.caughtReason ?? 'fraudulent',
      },
    ];
  }
  const out: LaterEvent[] = [];
  if (f === 'email')
    out.push({ type: 'order.updated', afterMs: paidAt + rng.int(8_000, 2 * MINUTE), status: 'code_sent' });
  else if (f === 'click_collect') {
    // A runner is waiting: collected as soon as it is ready.
    const { ready, collected } = collectionCourse(rng, placed, paidAt, shop, { prompt: true });
    out.push({ type: 'order.updated', afterMs: ready, status: 'ready_for_collection' });
    out.push({ type: 'order.updated', afterMs: collected, status: 'collected' });
  } else {
    const { shipped, delivered } = parcelCourse(rng, placed, paidAt, f, region);
    out.push({ type: 'order.updated', afterMs: shipped, status: 'shipped' });
    out.push({ type: 'order.updated', afterMs: delivered, status: 'delivered' });
  }
  if (rng.chance(o.warn))
    out.push({ type: 'fraud_warning.created', afterMs: paidAt + rng.int(2, 12) * DAY, reason: 'fraudulent' });
  if (rng.chance(o.dispute))
    out.push({
      type: 'dispute.created',
      afterMs: paidAt + rng.int(15, 60) * DAY,
      reason: o.disputeReason ?? 'fraudulent',
    });
  return out;
}

/** A fraudulent purchase: its basket, the attempts the planner drew, and (if paid) what follows. */
export function fraudPurchase(
  rng: Rng,
  d: Draft,
  pay: (amount: number) => Attempt[],
  outcome: FraudOutcome,
  extraLater: (paidAt: number) => LaterEvent[] = () => [],
): Purchase {
  const basket = basketOf(d.currency, d.lines, d.fulfilment, d.region, d.code ? { code: d.code } : {});
  const attempts = pay(basket.amount);
  const later = paid({ attempts })
    ? [
        ...extraLater(paidAfter(attempts)),
        ...fraudAfter(rng, d.fulfilment, d.region, d.at, paidAfter(attempts), outcome, d.shop),
      ]
    : [];
  return purchaseOf(d, basket, attempts, later);
}

/** A fresh account's opening: minutes before the order (made for it). */
export const freshAccount = (rng: Rng, at: number, email: string, name: string) => ({
  id: `C${rng.int(3_900_000, 3_999_999)}`,
  email,
  name,
  createdAt: at - rng.int(2 * MINUTE, 45 * MINUTE),
});
