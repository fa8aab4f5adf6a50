import { addressIn, cityIn } from './addresses.js';
import { type Card, issueCard, testerChecks } from './cards.js';
import { product } from './catalog.js';
import { type Device, fraudDevice } from './devices.js';
import { disposableEmail } from './emails.js';
import { cardRun, chargebacks, type Exit, fraudIp, fraudPurchase } from './fraud-kit.js';
import { nameFor } from './names.js';
import { DAY, type FollowUp, HOUR, MINUTE, type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';
import { type World } from './world.js';

/**
 * Card testing: a script checks which numbers from a stolen batch are live by buying the cheapest thing in
 * the store (a sticker, lip balm, a fuel canister). Styles differ in cadence and in how hard they hide:
 * - rapid: one server or two, a fixed cadence of seconds, one browser fingerprint or none;
 * - rotating: a residential proxy pool and an anti-detect browser, a fresh identity every attempt;
 * - drip: one attempt every few minutes from servers around the world, to stay under rate limits;
 * - single_order: one checkout session retried with card after card.
 * Most cards decline; the few that go through are real (small) charges on victims' cards.
 */

type Style = 'rapid' | 'rotating' | 'drip' | 'single_order';
const CHEAPEST = ['STK-LOGO', 'LIP-SPF30', 'PCH-PATCH', 'FUEL-230'];

function cardCountry(rng: Rng): string {
  return rng.weighted({ US: 75, CA: 8, GB: 5, BR: 4, MX: 4, AU: 4 });
}

function intervalMs(rng: Rng, style: Style, base: number): number {
  if (style === 'rapid') return Math.round(base * rng.float(0.85, 1.15));
  if (style === 'rotating') return Math.round(rng.logNormalOfNormal(base, 0.6));
  return Math.round(base * rng.float(0.7, 1.3));
}

function burst(rng: Rng, world: World, style: Style, size: number): Purchase[] {
  const base =
    style === 'rapid'
      ? rng.int(4, 20) * 1000
      : style === 'rotating'
        ? rng.int(30, 90) * 1000
        : rng.int(3, 15) * MINUTE;
  const { calendar } = world;
  let t = calendar.at(rng, 'ET', 'fraud');
  const duration = base * Math.max(1, size) * 1.4;
  if (t + duration > calendar.end) t = Math.max(calendar.start, calendar.end - duration - MINUTE);
  const liveShare = rng.float(0.08, 0.25);
  const sku = rng.pick(CHEAPEST);
  const servers = Array.from({ length: rng.int(1, 3) }, () =>
    fraudIp(rng, world, rng.chance(0.8) ? 'hosting' : 'foreign', 'US'),
  );
  const sharedDevice: Device = fraudDevice(rng, rng.chance(0.6) ? 'headless' : 'script');
  const sharedName = nameFor(rng, 'US');
  const sharedEmail = rng.chance(0.5) ? disposableEmail(rng, sharedName) : undefined;
  const sharedBilling = rng.chance(0.4) ? addressIn(rng, cityIn(rng, 'US')) : undefined;
  const scriptedAccounts = rng.chance(0.15);
  const out: Purchase[] = [];
  for (let i = 0; i < size; i++) {
    const name = style === 'rapid' ? sharedName : nameFor(rng, 'US');
    const exit: Exit = style === 'rotating' ? 'proxy' : rng.chance(0.7) ? 'hosting' : 'foreign';
    const ip = style === 'rapid' ? rng.pick(servers) : fraudIp(rng, world, exit, 'US');
    const device =
      style === 'rapid' ? sharedDevice : fraudDevice(rng, style === 'rotating' ? 'antidetect' : 'headless');
    const tries = style === 'single_order' ? rng.int(6, 25) : rng.chance(0.12) ? 2 : 1;
    const cards: Card[] = Array.from({ length: tries }, () =>
      issueCard(rng, cardCountry(rng), rng.chance(0.15) ? 'prepaid' : 'credit'),
    );
    if (tries === 2 && style !== 'single_order') cards[1] = cards[0] ?? cards[1] ?? issueCard(rng, 'US');
    const paid = rng.chance(style === 'single_order' ? 0.4 : liveShare);
    const billing = sharedBilling ?? addressIn(rng, cityIn(rng, 'US'));
    const email = (style === 'rapid' ? sharedEmail : undefined) ?? disposableEmail(rng, name);
    const followUps: FollowUp[] = paid
      ? rng.chance(0.15)
        ? [{ type: 'refund.created', afterMs: rng.int(1, 3) * DAY, amount: 0, reason: 'fraudulent' }]
        : chargebacks(rng, true, 0.3, 0.15)
      : rng.chance(0.5)
        ? [{ type: 'order.cancelled', afterMs: rng.int(1, 24) * HOUR }]
        : [];
    const purchase = fraudPurchase({
      kind: 'card_testing',
      at: t,
      buyer: {
        ...(scriptedAccounts ? { id: `cus_${rng.token(14)}`, createdAt: t - rng.int(5, 60) * 1000 } : {}),
        email,
        name: `${name.first} ${name.last}`,
      },
      billing,
      shipping: billing,
      ip,
      device,
      items: [[product(sku), 1]],
      attempts: cardRun(rng, cards, (card, ok) => testerChecks(rng, card, ok), paid),
      followUps,
    });
    for (const follow of purchase.followUps)
      if (follow.type === 'refund.created') follow.amount = purchase.basket.amount;
    out.push(purchase);
    t = calendar.within(t + intervalMs(rng, style, base));
  }
  return out;
}

/** Bursts of five to thirty tests (one order each), plus the odd session retried with many cards. */
export function planCardTesting(rng: Rng, world: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  let remaining = count;
  for (let b = 0; remaining > 0; b++) {
    const r = rng.fork(`burst:${b}`);
    const style = r.weighted({ rapid: 3, rotating: 3, drip: 2, single_order: 1.2 } satisfies Record<
      Style,
      number
    >);
    const size = style === 'single_order' ? 1 : Math.min(remaining, r.int(5, 28));
    out.push(...burst(r, world, style, size));
    remaining -= size;
  }
  return out;
}
