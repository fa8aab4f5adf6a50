import { HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import {
  around,
  between,
  lotteryDeadline,
  lotteryResults,
  ordinaryMoment,
  preorderOpening,
  releaseDrop,
} from './calendar.js';
import { bySku, everyday, inCategory, line } from './catalog.js';
import { domesticMethod, domesticShip, type HonestCtx, honestPurchase, visit } from './honest-kit.js';
import { HONEST_UNUSUAL } from './honest-unusual.js';
import { konbiniPickup } from './places.js';
import { type Purchase } from './purchase.js';

/** Honest orders: the everyday Japanese customer, the three dated events, and (honest-unusual.ts) the rest. */

export const HONEST = {
  domestic_regular: 30,
  domestic_guest: 8,
  release_fan: 12,
  figure_preorder: 6,
  lottery_winner: 5,
  overseas_direct: 12,
  forwarder_customer: 7,
  reseller_within_limits: 4,
  gift_order: 3,
  traveller: 3,
  teen_family_card: 3,
  whale_collector: 2,
  honest_return: 2,
  office_or_campus: 3,
} as const;

export type HonestKind = keyof typeof HONEST;

type Planner = (rng: Rng, c: HonestCtx) => Purchase;

function domestic(rng: Rng, c: HonestCtx, kind: string, account = true): Purchase {
  const person = c.crowd.domestic(account);
  const lines = everyday(rng);
  const method = domesticMethod(rng);
  const shipMethod = domesticShip(rng, lines, method);
  return honestPurchase(rng, {
    kind,
    at: ordinaryMoment(rng, c.w, 9),
    person,
    lines,
    shipping: shipMethod === 'konbini_pickup' ? konbiniPickup(rng, person.home) : person.home,
    shipMethod,
    method,
    ...visit(rng, person, c.crowd),
    ...(account && rng.chance(0.08) ? { coupon: 'POINT500', discount: 500 } : {}),
  });
}

/** Friday 10:00: a fan refreshes on the phone and buys the one box allowed, often with sleeves. */
const releaseFan: Planner = (rng, c) => {
  const person = c.crowd.domestic(true);
  const box = bySku(rng.chance(0.55) ? 'PKM-BOX-NEW' : 'OPC-BOX-NEW');
  const lines = [line(box), ...(rng.chance(0.35) ? [line(bySku('SUP-SLV'), rng.int(1, 3))] : [])];
  const method = rng.weighted({ card: 62, paypay: 14, carrier_billing: 10, konbini: 10, cod: 4 } as const);
  return honestPurchase(rng, {
    kind: 'release_fan',
    at: rng.chance(0.7)
      ? around(rng, c.w, releaseDrop(c.start), 6 * MINUTE)
      : around(rng, c.w, releaseDrop(c.start), 6 * HOUR),
    person,
    lines,
    shipping: person.home,
    shipMethod: rng.chance(0.7) ? 'yamato' : 'sagawa',
    method,
    ...visit(rng, person, c.crowd, rng.chance(0.55) ? person.mobileNet : undefined),
  });
};

/** Wednesday 12:00: the limited scale figure, paid by card now (charged at order) or later by slip. */
const figurePreorder: Planner = (rng, c) => {
  const person = c.crowd.domestic(true);
  const lines = [line(rng.pick(inCategory('figure_preorder')))];
  if (rng.chance(0.2)) lines.push(line(rng.pick(inCategory('figure'))));
  const lunch = rng.chance(0.6);
  return honestPurchase(rng, {
    kind: 'figure_preorder',
    at: lunch
      ? around(rng, c.w, preorderOpening(c.start), 25 * MINUTE)
      : between(rng, c.w, preorderOpening(c.start), c.w.end),
    person,
    lines,
    shipping: person.home,
    shipMethod: 'yamato',
    method: rng.chance(0.75) ? 'card' : rng.pick(['paypay', 'konbini', 'bank_transfer'] as const),
    ...visit(rng, person, c.crowd),
    ...(rng.chance(0.03)
      ? {
          later: [
            { type: 'order.cancelled' as const, afterMs: rng.int(2, 60) * HOUR, reason: 'customer_request' },
          ],
        }
      : {}),
  });
};

/** A lottery winner pays for the item they drew, between Monday evening and Thursday night. */
const lotteryWinner: Planner = (rng, c) => {
  const person = c.crowd.domestic(true);
  const results = lotteryResults(c.start);
  const at = rng.chance(0.5)
    ? around(rng, c.w, results, 3 * HOUR)
    : between(rng, c.w, results, lotteryDeadline(c.start));
  return honestPurchase(rng, {
    kind: 'lottery_winner',
    at,
    person,
    lines: [line(rng.pick(inCategory('lottery_item')))],
    shipping: person.home,
    shipMethod: 'yamato',
    method: rng.weighted({ card: 70, konbini: 14, paypay: 10, carrier_billing: 6 } as const),
    lottery: `LT-2702-${rng.digits(7)}`,
    ...visit(rng, person, c.crowd),
  });
};

/** A reseller (tenbai) buying within the limits: several orders a week, household accounts, one address. */
const reseller: Planner = (rng, c) => {
  const person = c.crowd.domestic(true);
  const release = rng.chance(0.6);
  const lines = release
    ? [line(bySku(rng.pick(['PKM-BOX-NEW', 'OPC-BOX-NEW'])))]
    : [
        line(bySku(rng.pick(['PKM-BOX-HC', 'YGO-BOX-CUR', 'DM-BOX-CUR'])), rng.int(2, 3)),
        line(bySku('KIT-PG')),
      ];
  return honestPurchase(rng, {
    kind: 'reseller_within_limits',
    at: release ? around(rng, c.w, releaseDrop(c.start), 3 * MINUTE) : ordinaryMoment(rng, c.w, 9),
    person,
    lines,
    shipping: person.home,
    shipMethod: 'yamato',
    method: 'card',
    ...visit(rng, person, c.crowd, person.homeNet),
  });
};

export const HONEST_PLANNERS: Record<HonestKind, Planner> = {
  domestic_regular: (rng, c) => domestic(rng, c, 'domestic_regular'),
  domestic_guest: (rng, c) => domestic(rng, c, 'domestic_guest', false),
  release_fan: releaseFan,
  figure_preorder: figurePreorder,
  lottery_winner: lotteryWinner,
  reseller_within_limits: reseller,
  ...HONEST_UNUSUAL,
};

export const honest = (rng: Rng, c: HonestCtx, kind: HonestKind): Purchase => HONEST_PLANNERS[kind](rng, c);
