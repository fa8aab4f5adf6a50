import { DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Decline, type HeldCard, newCard, sameBin } from './cards.js';
import { allowed, basketOf, type Fulfilment, line, type Line, sku } from './catalogue.js';
import { purchaseOf, zoneOf } from './checkout.js';
import {
  crewDays,
  crewMoment,
  cycle,
  drop,
  type Exit,
  exitIp,
  newRig,
  resellerMail,
  rigDevice,
  stolenAfter,
  throwaway,
} from './fraud-kit.js';
import { HOSTING, type Network } from './networks.js';
import { nameFrom } from './people.js';
import { addressIn, ATTICA, market, SHOP } from './places.js';
import { cardAttempt, other, paidNow, released, type Purchase, type Step } from './purchase.js';
import { type World } from './world.js';

/** Fraud paid with other people's cards: hamper rings, card testing on the cheapest items, triangulation. */

const CARD_ORIGINS: ReadonlyArray<readonly [string, number]> = [
  ['FR', 16],
  ['DE', 16],
  ['IT', 12],
  ['ES', 8],
  ['NL', 7],
  ['BE', 6],
  ['AT', 4],
  ['GB', 10],
  ['US', 15],
  ['GR', 6],
];

const RESALE: readonly (readonly [string, number, number])[] = [
  ['HM-SYM', 1, 3],
  ['HM-AGO', 1, 4],
  ['OO-KOR-5L', 2, 4],
  ['WN-VIN-500', 1, 3],
  ['SP-OUZ-PRM', 1, 3],
  ['WN-ASY-750', 2, 6],
  ['HN-FIR-450', 2, 6],
];

function resaleBasket(rng: Rng): Line[] {
  if (rng.chance(0.18)) return [line(rng.pick(['GC-100', 'GC-050']), rng.int(2, 5))];
  return rng
    .shuffle(RESALE)
    .slice(0, rng.int(1, 3))
    .map(([code, lo, hi]) => line(code, rng.int(lo, hi)));
}

/**
 * Rings buying with stolen EU, British and US cards, hampers and premium bottles to resell at home: a few days'
 * work, two to four drops (lockers, a flat in Athens, a runner collecting at the shop), cards cycled when the
 * issuer challenges; the cardholders' names and addresses on billing, the crew's own throwaway mailboxes.
 */
export function stolenCardHampers(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  let ring = 0;
  while (out.length < count) {
    const r = rng.fork(`ring${ring++}`);
    const size = Math.min(count - out.length, r.int(3, 9));
    const days = crewDays(r, w.window, r.int(2, 5));
    const rig = newRig(r, r.chance(0.5));
    const exit = r.weightedPick<Exit>([
      ['hosting', 40],
      ['greek_mobile', 38],
      ['residential', 22],
    ]);
    const pinned: Network | undefined = exit === 'hosting' && r.chance(0.6) ? r.pick(HOSTING) : undefined;
    const drops = Array.from({ length: r.int(2, 4) }, () => drop(r));
    for (let i = 0; i < size; i++) {
      const o = r.fork(`o${i}`);
      const origin = o.weightedPick(CARD_ORIGINS);
      const holder = nameFrom(o, origin);
      const cards = Array.from({ length: o.int(1, 3) }, () =>
        newCard(o, origin, o.chance(0.15) ? 'prepaid' : undefined),
      );
      const lines = resaleBasket(o);
      const ecard = lines.every((l) => l.sku.startsWith('GC-'));
      const fulfilment: Fulfilment = ecard
        ? 'email'
        : o.weightedPick<Fulfilment>([
            ['box_now', 45],
            ['courier', 40],
            ['shop_pickup', 15],
          ]);
      const to = o.pick(drops);
      const shipTo =
        fulfilment === 'box_now' && !to.line1?.startsWith('BOX NOW')
          ? { ...to, line1: `BOX NOW locker ${o.int(1000, 9999)}` }
          : to;
      const basket = basketOf(lines, { zone: 'domestic', fulfilment });
      const attempts = cycle(o, cards, basket.amount, {
        otp: 0.38,
        pass: 0.8,
        match: o.chance(0.7) ? 'good' : 'unknown',
      });
      // A hijacked PayPal account now and then instead of cards: its owner reports it within weeks.
      const paypal = o.chance(0.12);
      const paying = paypal
        ? {
            method: 'paypal' as const,
            attempts: [other('paypal', o.chance(0.85), o.int(40_000, 150_000), 'do_not_honor')],
          }
        : { method: 'card' as const, attempts };
      const route = { fulfilment, zone: 'domestic' } as const;
      const later: Step[] = paypal
        ? paidNow(paying.attempts)
          ? [
              ...stolenAfter(o, paying.attempts, basket, route, {
                warning: 0,
                dispute: 0,
                disputeShifted: 0,
                caught: 0.05,
              }),
              ...(o.chance(0.7)
                ? [{ type: 'dispute.created' as const, afterMs: o.int(6, 30) * DAY, reason: 'unauthorized' }]
                : []),
            ]
          : [released(o, paying.attempts)]
        : stolenAfter(o, attempts, basket, route, {
            warning: 0.38,
            dispute: 0.7,
            disputeShifted: 0.07,
            caught: 0.1,
          });
      out.push(
        purchaseOf({
          kind: 'stolen_card_hampers',
          fraud: true,
          at: crewMoment(o, w.window, days),
          buyer: { email: throwaway(o, holder), name: holder.name },
          billing: o.chance(0.75) ? addressIn(o, origin) : shipTo,
          shipping: shipTo,
          fulfilment,
          zone: 'domestic',
          session: { ip: exitIp(o, exit, origin, pinned), device: rigDevice(o, rig) },
          locale: o.chance(0.6) ? 'el-GR' : 'en-GB',
          basket,
          paying,
          later,
        }),
      );
    }
  }
  return out;
}

const TEST_ITEMS = ['SW-PAS-70', 'PN-ORG-50', 'PN-MTT-30', 'SW-LOU-250'];

const TEST_DECLINES: ReadonlyArray<readonly [Decline, number]> = [
  ['insufficient_funds', 18],
  ['do_not_honor', 22],
  ['incorrect_cvc', 14],
  ['expired_card', 10],
  ['invalid_account', 9],
  ['stolen_card', 7],
  ['lost_card', 5],
  ['pickup_card', 3],
  ['fraudulent', 6],
  ['authentication_failed', 6],
];

/**
 * Card testing: a script checks a bought list as a guest on the cheapest items (a pasteli bar, a bunch of
 * oregano), shop pickup so there is no shipping to pay, small amounts the acquirer exempts from 3-D Secure;
 * one or two BINs per run, one browser profile, one hosting range, an order every minute or two; most declined.
 */
export function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  let run = 0;
  while (out.length < count) {
    const r = rng.fork(`run${run++}`);
    const size = Math.min(count - out.length, r.int(6, 22));
    const origin = r.weightedPick<string>([
      ['US', 40],
      ['GB', 14],
      ['FR', 10],
      ['DE', 10],
      ['IT', 10],
      ['ES', 6],
      ['GR', 10],
    ]);
    const bins = Array.from({ length: r.int(1, 2) }, () => newCard(r, origin));
    const rig = newRig(r, r.chance(0.35));
    const net = r.pick(HOSTING);
    const pickup = r.chance(0.6);
    const to = addressIn(r, 'GR', ATTICA);
    const item = r.pick(TEST_ITEMS);
    const days = crewDays(r, w.window, 1);
    let t = crewMoment(r, w.window, days, 0, 24);
    for (let i = 0; i < size; i++) {
      const o = r.fork(`o${i}`);
      t = Math.min(w.window.end - 1, t + o.int(20_000, 4 * MINUTE));
      const person = nameFrom(o, origin);
      const fulfilment: Fulfilment = pickup ? 'shop_pickup' : 'courier';
      const basket = basketOf([line(item)], { zone: 'domestic', fulfilment });
      const tries = o.chance(0.25) ? 2 : 1;
      const attempts = Array.from({ length: tries }, (_, k) => {
        const card = sameBin(o, o.pick(bins));
        const ok = o.chance(0.13);
        const decline = o.weightedPick(TEST_DECLINES);
        return cardAttempt(o, card, basket.amount, {
          match: 'wrong',
          afterMs: k === 0 ? o.int(8_000, 40_000) : o.int(5_000, 25_000),
          ok,
          ...(ok ? {} : { decline }),
          threeDS:
            !ok && decline === 'authentication_failed'
              ? 'challenge_failed'
              : card.country === 'US'
                ? 'frictionless'
                : 'exempt_low_value',
        });
      });
      const paid = attempts.some((a) => a.ok);
      const later: Step[] = !paid
        ? [released(o, attempts)]
        : o.chance(0.5)
          ? [{ type: 'order.cancelled', afterMs: o.int(1, 10) * HOUR, reason: 'suspected_fraud' }]
          : o.chance(0.4)
            ? [
                {
                  type: 'fraud_warning.created',
                  afterMs: o.int(3, 15) * DAY,
                  reason: 'made_with_stolen_card',
                },
              ]
            : [
                {
                  type: 'order.updated',
                  afterMs: o.int(3, 20) * HOUR,
                  status: pickup ? 'ready_for_pickup' : 'shipped',
                },
                ...(pickup
                  ? [
                      { type: 'order.updated' as const, afterMs: 8 * DAY, status: 'not_collected' },
                      { type: 'order.cancelled' as const, afterMs: 8 * DAY + HOUR, reason: 'not_collected' },
                    ]
                  : []),
              ];
      out.push(
        purchaseOf({
          kind: 'card_testing',
          fraud: true,
          at: t,
          buyer: { email: throwaway(o, o.chance(0.5) ? person : undefined), name: person.name },
          billing: o.chance(0.6) ? addressIn(o, origin) : to,
          shipping: pickup ? SHOP : to,
          fulfilment,
          zone: 'domestic',
          session: { ip: exitIp(o, 'hosting', origin, net), device: rigDevice(o, rig) },
          locale: 'en-GB',
          basket,
          paying: { method: 'card', attempts },
          later,
        }),
      );
    }
  }
  return out;
}

const LISTED: ReadonlyArray<readonly [string, number]> = [
  ['OO-KOR-5L', 3],
  ['HM-NOS', 2],
  ['HM-AGO', 2],
  ['HN-FIR-450', 1],
  ['OO-KOR-3L', 2],
  ['SP-MAS-500', 1],
];

const BUYER_COUNTRIES: ReadonlyArray<readonly [string, number]> = [
  ['DE', 30],
  ['FR', 14],
  ['IT', 12],
  ['NL', 10],
  ['AT', 6],
  ['BE', 6],
  ['GB', 10],
  ['GR', 12],
];

/**
 * Triangulation: a reseller lists Greek oil and hampers on marketplaces at a discount; each sale is ordered here
 * with a stolen card and shipped to the real buyer, in the buyer's name, at the buyer's address. The card
 * holder's billing, the reseller's mailboxes, the same few listed products; the buyer gets the goods, the card
 * holder disputes weeks later.
 */
export function triangulation(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  let ring = 0;
  while (out.length < count) {
    const r = rng.fork(`tri${ring++}`);
    const size = Math.min(count - out.length, r.int(4, 10));
    const listed = r.shuffle(LISTED.map(([code]) => code)).slice(0, r.int(1, 3));
    const mailboxes = Array.from({ length: r.int(1, 3) }, () => resellerMail(r));
    const rig = newRig(r, r.chance(0.7));
    const exit = r.weightedPick<Exit>([
      ['residential', 50],
      ['hosting', 30],
      ['greek_mobile', 20],
    ]);
    const days = crewDays(r, w.window, r.int(5, 14));
    for (let i = 0; i < size; i++) {
      const o = r.fork(`o${i}`);
      const country = o.weightedPick(BUYER_COUNTRIES);
      const zone = zoneOf(country);
      const buyer = nameFrom(o, country);
      const to = addressIn(o, country);
      const origin = o.weightedPick<string>([
        ['US', 35],
        ['GB', 20],
        ['DE', 10],
        ['FR', 10],
        ['IT', 8],
        ['NL', 7],
        ['AU', 10],
      ]);
      const fits = listed.filter((code) => allowed(sku(code), zone));
      const lines = [line(fits.length > 0 ? o.pick(fits) : 'OO-KOR-3L', o.chance(0.75) ? 1 : 2)];
      const fulfilment: Fulfilment = zone === 'domestic' ? 'courier' : 'international';
      const basket = basketOf(lines, { zone, fulfilment });
      const cards: HeldCard[] = Array.from({ length: o.int(1, 2) }, () => newCard(o, origin));
      const attempts = cycle(o, cards, basket.amount, { otp: 0.35, pass: 0.85, match: 'good' });
      out.push(
        purchaseOf({
          kind: 'triangulation',
          fraud: true,
          at: crewMoment(o, w.window, days, 8, 24),
          buyer: { email: o.pick(mailboxes), name: buyer.name },
          billing: { ...addressIn(o, origin) },
          shipping: to,
          fulfilment,
          zone,
          session: { ip: exitIp(o, exit, country === 'GR' ? 'GR' : country), device: rigDevice(o, rig) },
          locale: market(country).locale,
          basket,
          paying: { method: 'card', attempts },
          later: stolenAfter(
            o,
            attempts,
            basket,
            { fulfilment, zone },
            { warning: 0.4, dispute: 0.68, disputeShifted: 0.1, caught: 0.03 },
          ),
        }),
      );
    }
  }
  return out;
}
