import { type Rng } from '../kit/random.js';
import { OFFICE, momentIn } from './calendar.js';
import { type Category, lineFrom } from './catalogue.js';
import { ipOn, MOBILE } from './networks.js';
import { fullName, type TradeAccount, townFor, vehicleFor } from './people.js';
import { homeIn } from './places.js';
import { DAY, HOUR, type LaterEvent, type Purchase, tradePay } from './purchase.js';
import { assemble, type World } from './world.js';

/**
 * Trade buyers: independent garages ordering for the day's jobs in office hours, many lines at a time, on
 * 30-day terms or the company card, delivered to the workshop by the branch van; and mobile mechanics buying
 * for the car on a customer's drive, delivered to that customer.
 */

const GARAGE_JOBS: ReadonlyArray<readonly [Category, number]> = [
  ['service', 30],
  ['brake', 25],
  ['battery', 14],
  ['bulb', 8],
  ['wiper', 6],
  ['tyre', 6],
  ['headlight', 3],
  ['catalytic_converter', 3],
  ['ecu', 1],
  ['turbo', 2],
  ['diagnostic', 2],
];

export function tradeLines(rng: Rng, count: number, jobs = GARAGE_JOBS) {
  return Array.from({ length: count }, () => {
    const c = rng.weightedPick(jobs);
    const bulk = c === 'service' || c === 'brake' || c === 'bulb' || c === 'wiper';
    return lineFrom(rng, c, bulk ? rng.int(1, 6) : 1);
  }).filter((l, i, all) => all.findIndex((x) => x.sku === l.sku) === i);
}

/** Workshop deliveries: the branch van the same or next working day. */
export function workshopAfter(rng: Rng, amount: number): LaterEvent[] {
  const ship = rng.int(1, 20) * HOUR;
  const out: LaterEvent[] = [
    { type: 'order.updated', afterMs: ship, status: 'shipped' },
    { type: 'order.updated', afterMs: ship + rng.int(2, 26) * HOUR, status: 'delivered' },
  ];
  // Garages return the wrong-fitment part often, and on terms it is credited, not disputed.
  if (rng.chance(0.08))
    out.push({
      type: 'refund.created',
      afterMs: ship + rng.int(1, 10) * DAY,
      reason: 'part_does_not_fit',
      amount: Math.min(amount, Math.round(amount * rng.float(0.05, 0.4))),
    });
  return out;
}

export function honestTrade(rng: Rng, w: World, mobile: boolean): Purchase {
  const pool = w.people.trade.filter((t) => t.mobile === mobile);
  const t: TradeAccount = rng.pick(pool.length > 0 ? pool : w.people.trade);
  const at = momentIn(rng, w.window, OFFICE, 0, true);
  const company = { name: t.company, vatId: t.vatId, terms: t.terms };
  const card = t.cards[0];
  const common = {
    at,
    fraud: false,
    buyer: { id: t.id, email: t.email, name: t.name, createdAt: t.createdAt },
    billing: t.workshop,
    device: rng.pick(t.devices),
    channel: 'trade_portal' as const,
    company,
    vehicle: vehicleFor(rng, t.region),
  };
  if (mobile) {
    const customer = homeIn(rng, townFor(rng, rng.chance(0.8) ? t.region : 'GB'));
    return assemble(rng, {
      ...common,
      kind: 'mobile_mechanic',
      ip: ipOn(rng, MOBILE[t.workshop.country ?? 'GB'] ?? 'gb_mobile'),
      lines: tradeLines(rng, rng.int(1, 4), [
        ['brake', 35],
        ['service', 30],
        ['battery', 25],
        ['bulb', 10],
      ]),
      fulfilment: 'home_delivery',
      shipping: customer,
      recipient: `${fullName(rng)} c/o ${t.name}`,
      attempts: (amount) => (card ? tradePay(rng, t.terms, card, amount) : []),
    });
  }
  return assemble(rng, {
    ...common,
    kind: 'trade_garage',
    ip: rng.chance(0.85)
      ? ipOn(rng, t.homeNet, 0.1)
      : ipOn(rng, MOBILE[t.workshop.country ?? 'GB'] ?? 'gb_mobile'),
    lines: tradeLines(rng, rng.int(2, 9)),
    fulfilment: 'workshop_delivery',
    shipping: t.workshop,
    recipient: t.company,
    attempts: (amount) =>
      card ? tradePay(rng, t.terms, card, amount, amount > t.creditLimit / 4 && rng.chance(0.3)) : [],
    later: (amount) => workshopAfter(rng, amount),
  });
}
