import { basket, bySku, CURRENCY, everydayPicks } from './catalog.js';
import { buyerOf, homeIp, honest } from './honest-kit.js';
import { cardOf, deviceOf } from './people.js';
import { variant } from './places.js';
import { declined, paid, type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';
import { MINUTE, honestCountry, type World } from './world.js';

/** Honest orders around the launch and at checkout that look unusual: queues, pre-orders, retries, typos. */

type Make = (rng: Rng, world: World) => Purchase;
const cur = (country: string) => CURRENCY[country] ?? 'AUD';
const launchItem = (rng: Rng) =>
  bySku(rng.pick(['NEXUS-CONSOLE-2-STD', 'NEXUS-CONSOLE-2-BUNDLE', 'PHONE-X17-PRO-256']));

/** The stock drop: hundreds of real fans in minutes, on phones behind the same carrier NAT exits. */
const launchQueue: Make = (rng, world) => {
  const country = rng.weighted({ AU: 85, NZ: 10, SG: 5 });
  const at = world.launchTime(rng);
  const c = world.customer(rng, country, rng.chance(0.55));
  const fresh = rng.chance(0.4) ? world.freshAccount(rng, at) : undefined;
  const device = deviceOf(rng, 0.75);
  const b = basket(cur(country), [
    [launchItem(rng), rng.chance(0.12) ? 2 : 1],
    ...(rng.chance(0.3) ? [[bySku('CTRL-DUALSENSE'), 1] as const] : []),
  ]);
  // Card limits and 3-D Secure timeouts under load: a decline, then the same card or a partner's.
  const attempts = rng.chance(0.14)
    ? [declined(rng, c.card), paid(rng, rng.chance(0.5) ? c.card : cardOf(rng, country))]
    : [paid(rng, c.card)];
  return honest(rng, {
    at,
    kind: 'launch_queue',
    buyer: fresh ? { ...fresh, email: c.email, name: c.who.name } : buyerOf(c),
    billing: c.home,
    shipping: c.home,
    ip: homeIp(rng, world, country, device, 0.75),
    device,
    basket: b,
    attempts,
  });
};

/** Pre-orders before the drop: charged now, shipped on release. */
const preOrder: Make = (rng, world) => {
  const c = world.customer(rng, honestCountry(rng), rng.chance(0.6));
  const at = world.start + Math.floor(rng.next() * (world.launch - world.start));
  const b = basket(cur(c.country), [[launchItem(rng), 1]]);
  return honest(rng, {
    at,
    kind: 'pre_order',
    buyer: buyerOf(c),
    billing: c.home,
    shipping: c.home,
    ip: homeIp(rng, world, c.country, c.device),
    device: c.device,
    basket: b,
    card: c.card,
  });
};

/** A small reseller or a family buying the limit of two with their own cards: scalping, not payment fraud. */
const resellerOwnCard: Make = (rng, world) => {
  const c = world.customer(rng, 'AU', rng.chance(0.4));
  const at = world.launchTime(rng);
  const b = basket('AUD', [[launchItem(rng), 2]]);
  return honest(rng, {
    at,
    kind: 'reseller_own_card',
    buyer: { ...world.freshAccount(rng, at), email: c.email, name: c.who.name },
    billing: c.home,
    shipping: rng.chance(0.3) ? variant(rng, c.home) : c.home,
    ip: homeIp(rng, world, 'AU', c.device),
    device: c.device,
    basket: b,
    card: c.card,
  });
};

/** Declined first (funds, 3-D Secure, a mistyped CVC), then the same card or another; a few give up. */
const declinedRetry: Make = (rng, world) => {
  const c = world.customer(rng, honestCountry(rng), rng.chance(0.6));
  const b = basket(cur(c.country), everydayPicks(rng));
  const other = cardOf(rng, c.country);
  const fails = Array.from({ length: rng.chance(0.25) ? 2 : 1 }, () =>
    declined(rng, c.card, rng.chance(0.3)),
  );
  const attempts = rng.chance(0.1) ? fails : [...fails, paid(rng, rng.chance(0.5) ? c.card : other)];
  return honest(rng, {
    at: world.time(rng),
    kind: 'declined_then_retry',
    buyer: buyerOf(c),
    billing: c.home,
    ...(b.digitalOnly ? {} : { shipping: c.home }),
    ip: homeIp(rng, world, c.country, c.device),
    device: c.device,
    basket: b,
    attempts,
    followUps: [],
  });
};

/** A typo in the address, fixed minutes later by the customer or by support. */
const addressCorrection: Make = (rng, world) => {
  const c = world.customer(rng, honestCountry(rng), rng.chance(0.6));
  const wrong = rng.chance(0.5)
    ? { ...c.home, postalCode: String(Number(c.home.postalCode ?? '0') + rng.int(1, 9)) }
    : variant(rng, c.home);
  const b = basket(
    cur(c.country),
    everydayPicks(rng)
      .filter(([p]) => !p.digital)
      .concat([[bySku('CASE-X17-CLEAR'), 1]]),
  );
  return honest(rng, {
    at: world.time(rng),
    kind: 'address_correction',
    buyer: buyerOf(c),
    billing: c.home,
    shipping: wrong,
    ip: homeIp(rng, world, c.country, c.device),
    device: c.device,
    basket: b,
    card: c.card,
    followUps: [{ type: 'order.updated', afterMs: rng.int(4, 90) * MINUTE, shipping: c.home }],
  });
};

export const LAUNCH: Record<string, readonly [number, Make]> = {
  launch_queue: [0.12, launchQueue],
  pre_order: [0.04, preOrder],
  reseller_own_card: [0.012, resellerOwnCard],
  declined_then_retry: [0.04, declinedRetry],
  address_correction: [0.02, addressCorrection],
};
