import { attempt, cardFrom } from './cards.js';
import { everydayLines, line } from './catalog.js';
import { ipOf } from './geo-ip.js';
import { account, build, goods, honestAfter, newBuyer, paid } from './kit.js';
import { deviceFor, emailFor, personName } from './people.js';
import { homeIn } from './places.js';
import { DAY, HOUR, MINUTE } from './purchase.js';
import { type Planner } from './honest-everyday.js';

/** Honest orders that look odd: the cases a fraud screen must not hold. */

/** Declined first (funds, 3-D Secure timeout, mistyped CVC), then the same or another card. */
export const declinedThenRetry: Planner = (rng, world) => {
  const c = world.returning(rng);
  const at = world.time(rng);
  const lines = everydayLines(rng, world.discount(rng, at));
  const fails = rng.int(1, 3);
  const attempts = Array.from({ length: fails }, () =>
    attempt(rng, c.card, false, { cvc: rng.chance(0.4) ? 'fail' : 'pass' }),
  );
  const second = rng.chance(0.5) ? c.card : cardFrom(rng, c.home.country);
  const giveUp = rng.chance(0.1);
  if (!giveUp)
    attempts.push({ ...attempt(rng, second, true), afterMs: Math.round(rng.float(20_000, 20 * MINUTE)) });
  return build({
    at,
    kind: 'declined_then_retry',
    fraud: false,
    buyer: account(c),
    billing: c.home,
    shipping: c.home,
    ip: world.usualIp(rng, c),
    device: c.device,
    lines,
    attempts,
    followUps: giveUp ? [] : honestAfter(rng, goods(lines), true),
  });
};

/** A partner or flatmate on the same Wi-Fi (and sometimes the same iPad), with their own account or the other's card. */
export const household: Planner = (rng, world) => {
  const c = world.returning(rng);
  const at = world.time(rng);
  const name = `${personName(rng).split(' ')[0] ?? 'Alex'} ${c.name.split(' ')[1] ?? ''}`.trim();
  const lines = everydayLines(rng, world.discount(rng, at));
  return build({
    at,
    kind: 'household_shared',
    fraud: false,
    buyer: newBuyer(
      rng,
      at,
      name,
      emailFor(rng, name, c.home.country),
      0.3,
      Math.round(rng.float(0.01, 500) * DAY),
    ),
    billing: c.home,
    shipping: c.home,
    ip: c.homeIp,
    device: rng.chance(0.5) ? c.device : deviceFor(rng),
    lines,
    attempts: paid(rng, rng.chance(0.4) ? c.card : cardFrom(rng, c.home.country)),
    followUps: honestAfter(rng, goods(lines), true),
  });
};

/** Lunchtime shopping behind the office proxy, delivered to the office. */
export const officeNetwork: Planner = (rng, world) => {
  const c = world.returning(rng);
  const day = Math.floor((world.time(rng) - world.start) / DAY);
  const at = Math.min(world.end - 1, world.start + day * DAY + Math.round(rng.float(11.5, 14.5) * HOUR));
  const lines = everydayLines(rng, world.discount(rng, at));
  const office = {
    ...homeIn(rng, 'GB'),
    line1: `${rng.int(2, 9)}th Floor, ${rng.int(1, 200)} ${rng.pick(['Bishopsgate', 'Canary Wharf', 'Spinningfields', 'Colmore Row'])}`,
  };
  return build({
    at,
    kind: 'office_network',
    fraud: false,
    buyer: account(c),
    billing: c.home,
    shipping: rng.chance(0.6) ? office : c.home,
    ip: world.officeIp(rng),
    device: deviceFor(rng, 0.2),
    lines,
    currency: 'GBP',
    attempts: paid(rng, c.card),
    followUps: honestAfter(rng, goods(lines), true),
  });
};

/** A known customer on a new phone after moving house: new device, new address, sometimes a new card. */
export const movedHouse: Planner = (rng, world) => {
  const c = world.returning(rng);
  const at = world.time(rng);
  const home = homeIn(rng, c.home.country);
  const lines = everydayLines(rng, world.discount(rng, at));
  const card = rng.chance(0.4) ? cardFrom(rng, c.home.country) : c.card;
  return build({
    at,
    kind: 'new_phone_moved_house',
    fraud: false,
    buyer: account(c),
    billing: rng.chance(0.6) ? home : c.home,
    shipping: home,
    ip: world.mobileIp(rng, c.home.country),
    device: deviceFor(rng, 0.9),
    lines,
    attempts: [attempt(rng, card, true, { avs: card === c.card ? 'partial' : undefined })],
    followUps: honestAfter(rng, goods(lines), true),
  });
};

/** A big first order: a wedding guest outfit, prom, a coat and boots for the winter, or a designer bag. */
export const bigFirstOrder: Planner = (rng, world) => {
  const at = world.time(rng);
  const home = homeIn(rng);
  const name = personName(rng);
  const lines = [
    line(rng, rng.pick(['designer_bags', 'outerwear', 'dresses'] as const)),
    line(rng, 'boots'),
    line(rng, 'fragrance'),
    ...everydayLines(rng),
  ];
  return build({
    at,
    kind: 'big_first_order',
    fraud: false,
    buyer: newBuyer(rng, at, name, emailFor(rng, name, home.country), 0.4),
    billing: home,
    shipping: rng.chance(0.2) ? homeIn(rng, home.country) : home,
    ip: ipOf(rng, home.country === 'IE' ? 'ie-broadband' : 'gb-sky', 0.3),
    device: deviceFor(rng, 0.5),
    lines,
    attempts: paid(rng, cardFrom(rng, home.country)),
    followUps: honestAfter(rng, goods(lines), true, 0.4),
  });
};

/** E-gift cards for someone else, delivered by e-mail: no shipping address. */
export const giftCardPresent: Planner = (rng, world) => {
  const c = world.returning(rng);
  const at = world.time(rng);
  return build({
    at,
    kind: 'egift_present',
    fraud: false,
    buyer: account(c),
    billing: c.home,
    ip: world.usualIp(rng, c),
    device: c.device,
    lines: [line(rng, 'gift_card', rng.chance(0.15) ? 2 : 1)],
    attempts: paid(rng, c.card),
  });
};

/** A postcode or flat number typo fixed a few minutes later with an order update. */
export const addressFix: Planner = (rng, world) => {
  const c = world.returning(rng);
  const at = world.time(rng);
  const typo = {
    ...c.home,
    postalCode: (c.home.postalCode ?? '').replace(/\d/, (d) => String((Number(d) + 1) % 10)),
  };
  const lines = everydayLines(rng, world.discount(rng, at));
  return build({
    at,
    kind: 'address_correction',
    fraud: false,
    buyer: account(c),
    billing: c.home,
    shipping: typo,
    ip: world.usualIp(rng, c),
    device: c.device,
    lines,
    attempts: paid(rng, c.card),
    followUps: [
      { type: 'order.updated', afterMs: Math.round(rng.float(3, 90) * MINUTE), shipping: c.home },
      ...honestAfter(rng, goods(lines), true),
    ],
  });
};
