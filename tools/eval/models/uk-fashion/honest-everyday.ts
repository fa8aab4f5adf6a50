import { attempt, cardFrom } from './cards.js';
import { everydayLines, line } from './catalog.js';
import { addressIn } from './geo-ip.js';
import { account, build, goods, honestAfter, newBuyer, paid } from './kit.js';
import { network } from './networks.js';
import { deviceFor, emailFor, personName, relayEmail } from './people.js';
import { homeIn, SHOPS } from './places.js';
import { DAY, MINUTE, type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';
import { type World } from './world.js';

/** The bulk of the store's honest orders. */

export type Planner = (rng: Rng, world: World, ctx: { posts: number[] }) => Purchase;

export const homeNet = (country: string) => network(country === 'IE' ? 'ie-broadband' : 'gb-bt');

export const returningCustomer: Planner = (rng, world) => {
  const c = world.returning(rng);
  const at = world.time(rng);
  const lines = everydayLines(rng, world.discount(rng, at));
  return build({
    at,
    kind: 'returning_customer',
    fraud: false,
    buyer: account(c),
    billing: c.home,
    shipping: c.home,
    ip: world.usualIp(rng, c),
    device: c.device,
    lines,
    attempts: paid(rng, c.card),
    followUps: honestAfter(rng, goods(lines), true),
  });
};

export const newCustomer: Planner = (rng, world) => {
  const at = world.time(rng);
  const home = homeIn(rng);
  const name = personName(rng);
  const lines = everydayLines(rng, world.discount(rng, at));
  return build({
    at,
    kind: 'new_customer',
    fraud: false,
    buyer: newBuyer(rng, at, name, emailFor(rng, name, home.country), 0.45),
    billing: home,
    shipping: home,
    ip: rng.chance(0.5)
      ? world.mobileIp(rng, home.country)
      : addressIn(rng, homeNet(home.country), rng.chance(0.3)),
    device: deviceFor(rng),
    lines,
    attempts: paid(rng, cardFrom(rng, home.country)),
    followUps: honestAfter(rng, goods(lines), true),
  });
};

export const clickAndCollect: Planner = (rng, world) => {
  const c = world.returning(rng);
  const at = world.time(rng);
  const shop = rng.pick(SHOPS.filter((s) => s.country === c.home.country));
  const lines = everydayLines(rng, world.discount(rng, at));
  return build({
    at,
    kind: 'click_and_collect',
    fraud: false,
    buyer: account(c),
    billing: c.home,
    shipping: shop,
    collect: true,
    ip: world.usualIp(rng, c),
    device: c.device,
    lines,
    attempts: paid(rng, c.card),
    followUps: honestAfter(rng, goods(lines), true, 0.2),
  });
};

/** A present sent to someone else: another town, sometimes across the Irish border, a new name on the parcel. */
export const giftShipped: Planner = (rng, world) => {
  const c = world.returning(rng);
  const at = world.time(rng);
  const lines = everydayLines(rng, world.discount(rng, at)).concat(
    rng.chance(0.5) ? [line(rng, 'fragrance')] : [],
  );
  const to = homeIn(rng, rng.chance(0.15) ? (c.home.country === 'GB' ? 'IE' : 'GB') : c.home.country);
  return build({
    at,
    kind: 'gift_shipped',
    fraud: false,
    buyer: account(c),
    billing: c.home,
    shipping: to,
    ip: world.usualIp(rng, c),
    device: c.device,
    lines,
    currency: c.home.country === 'IE' ? 'EUR' : 'GBP',
    attempts: paid(rng, c.card),
    followUps: honestAfter(rng, goods(lines), true, 0.12),
  });
};

/** Pay-later checkout (Klarna/Clearpay style): the gateway reports no card; young shoppers, often new. */
export const payLater: Planner = (rng, world) => {
  const at = world.time(rng);
  const known = rng.chance(0.5);
  const c = known ? world.returning(rng) : undefined;
  const home = c?.home ?? homeIn(rng);
  const name = c?.name ?? personName(rng);
  const lines = everydayLines(rng, world.discount(rng, at)).concat(rng.chance(0.4) ? everydayLines(rng) : []);
  const refused = rng.chance(0.08);
  return build({
    at,
    kind: 'pay_later',
    fraud: false,
    buyer: c ? account(c) : newBuyer(rng, at, name, emailFor(rng, name, home.country), 0.2),
    billing: home,
    shipping: home,
    ip: c ? world.usualIp(rng, c) : world.mobileIp(rng, home.country),
    device: c?.device ?? deviceFor(rng, 0.9),
    lines,
    attempts: refused
      ? [attempt(rng, undefined, false), attempt(rng, cardFrom(rng, home.country), true)]
      : paid(rng, undefined),
    followUps: honestAfter(rng, goods(lines), true, 0.45),
  });
};

/** Three sizes of the same dress or boots, two go back: the returns desk's daily bread. */
export const bracketing: Planner = (rng, world) => {
  const c = world.returning(rng);
  const at = world.time(rng);
  const cat = rng.pick(['dresses', 'boots', 'denim', 'trainers'] as const);
  const first = line(rng, cat, 1, world.discount(rng, at));
  const lines = [first, { ...first, sku: `${first.sku}-B` }, { ...first, sku: `${first.sku}-C` }];
  return build({
    at,
    kind: 'size_bracketing',
    fraud: false,
    buyer: account(c),
    billing: c.home,
    shipping: c.home,
    ip: world.usualIp(rng, c),
    device: c.device,
    lines,
    attempts: paid(rng, c.card),
    followUps: [
      {
        type: 'refund.created',
        afterMs: Math.round(rng.float(5, 20) * DAY),
        amount: first.price * 2,
        reason: 'requested_by_customer',
      },
    ],
  });
};

/** An influencer posts a code; followers (new, on phones, one mailbox each) order within the hour. */
export const influencerCode: Planner = (rng, world, { posts }) => {
  const at = Math.min(world.end - 1, rng.pick(posts) + Math.round(rng.exp(25 * MINUTE)));
  const home = homeIn(rng);
  const name = personName(rng);
  const lines = [
    line(rng, rng.pick(['beauty', 'tops', 'dresses', 'accessories'] as const), 1, 0.2),
    ...(rng.chance(0.4) ? [line(rng, 'beauty')] : []),
  ];
  return build({
    at,
    kind: 'influencer_code',
    fraud: false,
    buyer: newBuyer(
      rng,
      at,
      name,
      rng.chance(0.12) ? relayEmail(rng) : emailFor(rng, name, home.country),
      0.3,
      Math.round(rng.float(1, 6) * MINUTE),
    ),
    billing: home,
    shipping: home,
    ip: world.mobileIp(rng, home.country),
    device: deviceFor(rng, 0.95),
    lines,
    attempts: paid(rng, rng.chance(0.25) ? undefined : cardFrom(rng, home.country)),
    followUps: honestAfter(rng, goods(lines), true, 0.2),
  });
};
