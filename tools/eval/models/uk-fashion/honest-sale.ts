import { attempt, cardFrom } from './cards.js';
import { everydayLines, line } from './catalog.js';
import { addressIn } from './geo-ip.js';
import { account, build, goods, honestAfter, newBuyer, paid } from './kit.js';
import { deviceFor, emailFor, personName } from './people.js';
import { homeIn } from './places.js';
import { MINUTE } from './purchase.js';
import { homeNet, type Planner } from './honest-everyday.js';

/** Honest orders in the Black Friday rush and at the trainer drop. */

/** The Black Friday opening rush: phones behind carrier NAT, big baskets, accounts made on the spot, declines. */
export const blackFridayRush: Planner = (rng, world) => {
  const at = world.rushTime(rng);
  const known = rng.chance(0.6);
  const c = known ? world.returning(rng) : undefined;
  const home = c?.home ?? homeIn(rng);
  const name = c?.name ?? personName(rng);
  const lines = [
    ...everydayLines(rng, 0.3),
    ...everydayLines(rng, 0.3),
    ...(rng.chance(0.3) ? [line(rng, 'outerwear', 1, 0.3)] : []),
  ];
  const card = c?.card ?? cardFrom(rng, home.country);
  const attempts = rng.chance(0.1)
    ? [
        attempt(rng, card, false, { cvc: rng.chance(0.5) ? 'fail' : 'pass' }),
        attempt(rng, rng.chance(0.6) ? card : cardFrom(rng, home.country), true),
      ]
    : paid(rng, card);
  return build({
    at,
    kind: 'black_friday_rush',
    fraud: false,
    buyer: c ? account(c) : newBuyer(rng, at, name, emailFor(rng, name, home.country), 0.35),
    billing: home,
    shipping: home,
    ip: rng.chance(0.7)
      ? world.mobileIp(rng, home.country)
      : (c?.homeIp ?? addressIn(rng, homeNet(home.country), false)),
    device: c?.device ?? deviceFor(rng, 0.8),
    lines,
    attempts,
    followUps: honestAfter(rng, goods(lines), true, 0.35),
  });
};

/** Sneaker fans (and small-time resellers) on their own cards at the drop: one pair, fresh accounts, phones. */
export const dropOwnCard =
  (reseller: boolean): Planner =>
  (rng, world) => {
    const at = world.dropTime(rng);
    const home = homeIn(rng);
    const name = personName(rng);
    return build({
      at,
      kind: reseller ? 'reseller_own_card' : 'sneaker_fan',
      fraud: false,
      buyer: newBuyer(
        rng,
        at,
        name,
        emailFor(rng, name, home.country),
        0,
        Math.round(rng.float(10, 3 * 24 * 60) * MINUTE),
      ),
      billing: home,
      shipping: home,
      ip: rng.chance(0.6) ? world.mobileIp(rng, home.country) : addressIn(rng, homeNet(home.country), true),
      device: deviceFor(rng, 0.85),
      lines: [line(rng, 'limited_trainers', 1)],
      attempts: rng.chance(0.12)
        ? [attempt(rng, cardFrom(rng, home.country), false), ...paid(rng, cardFrom(rng, home.country))]
        : paid(rng, cardFrom(rng, home.country)),
      followUps: reseller ? [] : honestAfter(rng, 20000, true, 0.05),
    });
  };
