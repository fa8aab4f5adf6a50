import { basket, CURRENCY, everydayPicks, ofCategory, type Product } from './catalog.js';
import { buyerOf, homeIp, honest } from './honest-kit.js';
import { cardOf, deviceOf, emailOf, kidEmail, person } from './people.js';
import { homeAddress, storeFront } from './places.js';
import { declined, paid, type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';
import { honestCountry, type World } from './world.js';

/** The bulk of the store's day: repeat buyers, first-timers, digital top-ups, presents, pick-ups. */

type Make = (rng: Rng, world: World) => Purchase;
const cur = (country: string) => CURRENCY[country] ?? 'AUD';

const returningCustomer: Make = (rng, world) => {
  const c = world.customer(rng, honestCountry(rng));
  // A new card now and then: reissued after expiry, or a partner's.
  const card = rng.chance(0.12) ? cardOf(rng, c.country) : c.card;
  const b = basket(cur(c.country), everydayPicks(rng));
  return honest(rng, {
    at: world.time(rng),
    kind: 'returning_customer',
    buyer: buyerOf(c),
    billing: c.home,
    ...(b.digitalOnly ? {} : { shipping: c.home }),
    ip: homeIp(rng, world, c.country, c.device),
    device: c.device,
    basket: b,
    card,
  });
};

const newCustomer: Make = (rng, world) => {
  const country = honestCountry(rng);
  const who = person(rng, country);
  const at = world.time(rng);
  const home = homeAddress(rng, country);
  const device = deviceOf(rng);
  const account = rng.chance(0.5) ? world.freshAccount(rng, at) : {};
  const b = basket(cur(country), everydayPicks(rng));
  return honest(rng, {
    at,
    kind: 'new_customer',
    buyer: { ...account, email: emailOf(rng, who, country), name: who.name },
    billing: home,
    ...(b.digitalOnly ? {} : { shipping: home }),
    ip: homeIp(rng, world, country, device),
    device,
    basket: b,
    card: cardOf(rng, country),
  });
};

/** Keys and subscriptions for oneself: delivered by e-mail, no shipping address at all. */
const digitalSelf: Make = (rng, world) => {
  const c = world.customer(rng, honestCountry(rng), rng.chance(0.7));
  const picks: Array<readonly [Product, number]> = [[rng.pick(ofCategory('key', 'giftcard')), 1]];
  if (rng.chance(0.2)) picks.push([rng.pick(ofCategory('key')), 1]);
  const b = basket(cur(c.country), picks);
  return honest(rng, {
    at: world.time(rng),
    kind: 'digital_self',
    buyer: buyerOf(c),
    billing: c.home,
    ip: homeIp(rng, world, c.country, c.device),
    device: c.device,
    basket: b,
    card: c.card,
  });
};

/** Gift cards as presents, e-mailed: evenings, round values, sometimes several. */
const giftCardPresent: Make = (rng, world) => {
  const c = world.customer(rng, honestCountry(rng), rng.chance(0.5));
  const b = basket(cur(c.country), [
    [rng.pick(ofCategory('giftcard')), rng.weighted({ 1: 6, 2: 2, 3: 1, 5: 1 }) === '5' ? 5 : rng.int(1, 2)],
  ]);
  return honest(rng, {
    at: world.time(rng),
    kind: 'gift_card_present',
    buyer: buyerOf(c),
    billing: c.home,
    ip: homeIp(rng, world, c.country, c.device),
    device: c.device,
    basket: b,
    card: c.card,
  });
};

/** A parent pays for a game key on the kid's account: a gamer-tag mailbox and the parent's name and card. */
const parentGameKey: Make = (rng, world) => {
  const country = rng.chance(0.85) ? 'AU' : 'NZ';
  const parent = person(rng, country);
  const at = world.time(rng);
  const home = homeAddress(rng, country);
  const device = deviceOf(rng, 0.3);
  const account = rng.chance(0.6)
    ? { id: world.accountId(), createdAt: at - rng.int(30, 900) * 86_400_000 }
    : world.freshAccount(rng, at);
  const b = basket(cur(country), [
    [rng.pick(ofCategory('key')), 1],
    ...(rng.chance(0.3) ? [[rng.pick(ofCategory('giftcard')), 1] as const] : []),
  ]);
  return honest(rng, {
    at,
    kind: 'parent_game_key',
    buyer: { ...account, email: kidEmail(rng), name: parent.name },
    billing: home,
    ip: homeIp(rng, world, country, device),
    device,
    basket: b,
    card: cardOf(rng, country),
  });
};

/** A present shipped straight to someone else, often interstate. */
const giftShipped: Make = (rng, world) => {
  const c = world.customer(rng, honestCountry(rng), rng.chance(0.6));
  const to = homeAddress(rng, rng.chance(0.9) ? c.country : rng.pick(['AU', 'NZ']));
  const b = basket(cur(c.country), [
    [rng.pick(ofCategory('audio', 'console', 'game', 'accessory', 'phone')), 1],
  ]);
  return honest(rng, {
    at: world.time(rng),
    kind: 'gift_shipped',
    buyer: buyerOf(c),
    billing: c.home,
    shipping: to,
    ip: homeIp(rng, world, c.country, c.device),
    device: c.device,
    basket: b,
    card: c.card,
  });
};

/** Click and collect at one of the store's shops: no freight, picked up with ID. */
const clickAndCollect: Make = (rng, world) => {
  const c = world.customer(rng, 'AU', rng.chance(0.6));
  const b = basket(
    'AUD',
    everydayPicks(rng)
      .filter(([p]) => !p.digital)
      .concat([[rng.pick(ofCategory('accessory')), 1]]),
    false,
  );
  return honest(rng, {
    at: world.time(rng),
    kind: 'click_and_collect',
    buyer: buyerOf(c),
    billing: c.home,
    shipping: storeFront(rng),
    ip: homeIp(rng, world, 'AU', c.device),
    device: c.device,
    basket: b,
    card: c.card,
  });
};

/** Buy now, pay later: the gateway reports the instalment provider, no card; sometimes it says no first. */
const bnpl: Make = (rng, world) => {
  const c = world.customer(rng, rng.chance(0.85) ? 'AU' : 'NZ', rng.chance(0.6));
  const b = basket(cur(c.country), [[rng.pick(ofCategory('phone', 'console', 'audio', 'laptop')), 1]]);
  const attempts = rng.chance(0.15) ? [declined(rng, undefined), paid(rng, c.card)] : [paid(rng, undefined)];
  return honest(rng, {
    at: world.time(rng),
    kind: 'buy_now_pay_later',
    buyer: buyerOf(c),
    billing: c.home,
    shipping: c.home,
    ip: homeIp(rng, world, c.country, c.device),
    device: c.device,
    basket: b,
    attempts,
  });
};

/** Honest everyday kinds and their shares of honest orders. */
export const EVERYDAY: Record<string, readonly [number, Make]> = {
  returning_customer: [0.25, returningCustomer],
  new_customer: [0.15, newCustomer],
  digital_self: [0.06, digitalSelf],
  gift_card_present: [0.04, giftCardPresent],
  parent_game_key: [0.03, parentGameKey],
  gift_shipped: [0.04, giftShipped],
  click_and_collect: [0.04, clickAndCollect],
  buy_now_pay_later: [0.03, bnpl],
};
