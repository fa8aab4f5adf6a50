import { basket, CURRENCY, everydayPicks, ofCategory, type Product } from './catalog.js';
import { chargeback, crewIp, stolenAttempts, stolenCard } from './fraud-kit.js';
import { buyerOf, homeIp } from './honest-kit.js';
import { botDevice, deviceOf, junkEmail } from './people.js';
import { forwarder, parcelLocker } from './places.js';
import { paid, type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';
import { DAY, honestCountry, MINUTE, type World } from './world.js';

/** Fraud through e-mail delivery and accounts: gift cards and keys, taken-over and throwaway accounts, friendly fraud. */

type Make = (rng: Rng, world: World, i: number) => Purchase;

/** Gift cards and game keys on a stolen card: delivered in seconds by e-mail, resold within the hour. */
export const digitalGoods: Make = (rng, world) => {
  const stolen = stolenCard(rng);
  const at = world.time(rng);
  const picks: Array<readonly [Product, number]> = [[rng.pick(ofCategory('giftcard')), rng.int(1, 5)]];
  if (rng.chance(0.35)) picks.push([rng.pick(ofCategory('key')), rng.int(1, 3)]);
  const b = basket('AUD', picks);
  return {
    at,
    kind: 'digital_goods_fraud',
    fraud: true,
    buyer: { email: junkEmail(rng), name: stolen.holder.name },
    billing: stolen.billing,
    ip: crewIp(rng, 0.35),
    device: botDevice(rng),
    basket: b,
    attempts: stolenAttempts(rng, stolen),
    followUps: chargeback(rng, b.amount),
  };
};

/**
 * Account takeover: an aged account (phished or a reused password) logged into from a new device and
 * network; the e-mail is swapped to lock the owner out, and the stored card buys gift cards or hardware
 * sent to a locker.
 */
export const accountTakeover: Make = (rng, world, i) => {
  const pool = world.returning;
  const victim =
    pool.length > 0 && rng.chance(0.5)
      ? (pool[(i * 7919) % pool.length] ?? world.customer(rng, 'AU', false))
      : world.customer(rng, honestCountry(rng), false);
  const at = world.time(rng);
  const digital = rng.chance(0.55);
  const b = basket(
    CURRENCY[victim.country] ?? 'AUD',
    digital
      ? [[rng.pick(ofCategory('giftcard')), rng.int(2, 5)]]
      : [[rng.pick(ofCategory('phone', 'gpu', 'console', 'laptop')), 1]],
  );
  const email = rng.chance(0.6) ? junkEmail(rng) : victim.email;
  // A stored card is charged without its CVC.
  const attempt = { ...paid(rng, victim.card), cvc: 'unavailable' as const };
  return {
    at,
    kind: 'account_takeover',
    fraud: true,
    buyer: { ...buyerOf(victim), email },
    billing: victim.home,
    ...(digital ? {} : { shipping: rng.chance(0.5) ? parcelLocker(rng) : forwarder(rng) }),
    ip: crewIp(rng, 0.5),
    device: botDevice(rng),
    basket: b,
    attempts: [attempt],
    followUps: chargeback(rng, b.amount),
  };
};

/** Throwaway accounts: opened minutes before checkout on a disposable or keyboard-mash mailbox, stolen card. */
export const throwaway: Make = (rng, world) => {
  const stolen = stolenCard(rng);
  const at = world.time(rng);
  const b = basket('AUD', [
    [rng.pick(ofCategory('phone', 'console', 'audio', 'gpu', 'giftcard')), rng.int(1, 2)],
  ]);
  const account = { id: world.accountId(), createdAt: at - rng.int(1, 30) * MINUTE };
  const shipping = b.digitalOnly ? {} : { shipping: rng.chance(0.5) ? parcelLocker(rng) : stolen.billing };
  return {
    at,
    kind: 'throwaway_account',
    fraud: true,
    buyer: { ...account, email: junkEmail(rng), name: stolen.holder.name },
    billing: stolen.billing,
    ...shipping,
    ip: crewIp(rng),
    device: botDevice(rng),
    basket: b,
    attempts: stolenAttempts(rng, stolen),
    followUps: chargeback(rng, b.amount),
  };
};

/** Friendly fraud: a real customer buys normally and later disputes ("not received", "not me"). */
export const friendly: Make = (rng, world) => {
  const c = world.customer(rng, honestCountry(rng), rng.chance(0.7));
  const b = basket(
    CURRENCY[c.country] ?? 'AUD',
    rng.chance(0.4) ? [[rng.pick(ofCategory('key', 'giftcard')), rng.int(1, 3)]] : everydayPicks(rng),
  );
  const reason = rng.pick(['product_not_received', 'fraudulent', 'fraudulent', 'unrecognized']);
  return {
    at: world.time(rng),
    kind: 'friendly_fraud',
    fraud: true,
    buyer: buyerOf(c),
    billing: c.home,
    ...(b.digitalOnly ? {} : { shipping: c.home }),
    ip: homeIp(rng, world, c.country, c.device),
    device: rng.chance(0.8) ? c.device : deviceOf(rng),
    basket: b,
    attempts: [paid(rng, c.card)],
    followUps: [{ type: 'dispute.created', afterMs: rng.float(15, 60) * DAY, amount: b.amount, reason }],
  };
};
