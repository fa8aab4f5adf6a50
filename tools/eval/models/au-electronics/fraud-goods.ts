import { basket, bySku, CURRENCY, ofCategory, type Product } from './catalog.js';
import { chargeback, crewIp, stolenAttempts, stolenCard } from './fraud-kit.js';
import { ipOf } from './geo-ip.js';
import { botDevice, cardOf, deviceOf, emailOf, junkEmail, person } from './people.js';
import { type Address, forwarder, homeAddress, parcelLocker, variant } from './places.js';
import { paid, type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';
import { type World } from './world.js';

/** Stolen cards turned into resellable goods: shipped to forwarders, lockers, mules or unwitting shoppers. */

type Make = (rng: Rng, world: World, i: number) => Purchase;
const HOT = () => ofCategory('gpu', 'phone', 'console', 'launch', 'laptop');

/** High-resale hardware on a stolen card, to a forwarder, a parcel locker or a mule's flat. */
export const stolenCardResale: Make = (rng, world) => {
  const stolen = stolenCard(rng);
  const at = world.time(rng);
  const drop: Address =
    rng.weighted({ fwd: 4, locker: 3, mule: 3 }) === 'fwd'
      ? forwarder(rng)
      : rng.chance(0.5)
        ? parcelLocker(rng)
        : homeAddress(rng, 'AU');
  const picks: Array<readonly [Product, number]> = [[rng.pick(HOT()), rng.chance(0.25) ? 2 : 1]];
  if (rng.chance(0.3)) picks.push([rng.pick(ofCategory('audio', 'gpu')), 1]);
  const currency = stolen.card.country === 'NZ' && rng.chance(0.5) ? 'NZD' : 'AUD';
  const b = basket(currency, picks);
  // The order names the cardholder and their address; the e-mail is the crew's, now and then a look-alike.
  const email = rng.chance(0.4) ? emailOf(rng, stolen.holder, 'AU') : junkEmail(rng);
  const account = rng.chance(0.4) ? world.freshAccount(rng, at) : {};
  return {
    at,
    kind: 'stolen_card_resale',
    fraud: true,
    buyer: { ...account, email, name: stolen.holder.name },
    billing: stolen.billing,
    shipping: drop,
    ip: crewIp(rng),
    device: rng.chance(0.5) ? botDevice(rng) : deviceOf(rng, 0.4),
    basket: b,
    attempts: stolenAttempts(rng, stolen),
    followUps: chargeback(rng, b.amount),
  };
};

/**
 * Triangulation: a shopper bought from the crew's cheap marketplace listing; the crew orders the goods
 * here in the shopper's name, to the shopper's real home, on a stolen card. Only the card is wrong.
 */
export const triangulation: Make = (rng, world) => {
  const shopperCountry = rng.chance(0.85) ? 'AU' : 'NZ';
  const shopper = person(rng, shopperCountry);
  const home = homeAddress(rng, shopperCountry);
  const stolen = stolenCard(rng, rng.chance(0.7) ? shopperCountry : undefined);
  const at = world.time(rng);
  const b = basket(CURRENCY[shopperCountry] ?? 'AUD', [
    [rng.pick(ofCategory('audio', 'console', 'phone', 'laptop')), 1],
  ]);
  const billing = rng.chance(0.5) ? home : stolen.billing;
  return {
    at,
    kind: 'triangulation',
    fraud: true,
    buyer: { email: emailOf(rng, shopper, shopperCountry), name: shopper.name },
    billing,
    shipping: home,
    ip: crewIp(rng, 0.5),
    device: deviceOf(rng, 0.3),
    basket: b,
    attempts: stolenAttempts(rng, stolen, 0),
    followUps: chargeback(rng, b.amount),
  };
};

/** Bot crews for one stream: a catch-all domain each and a handful of drop addresses. */
function crew(rng: Rng, i: number) {
  const r = rng.fork(`crew:${i % 3}`);
  return {
    domain: r.pick(['syd-drops.com', 'mailhub.net.au', 'kicksnstuff.io']),
    drops: [homeAddress(r, 'AU'), forwarder(r), homeAddress(r, 'AU')],
  };
}

/** Launch bots: fresh accounts on a catch-all domain, limit quantity, stolen cards, a few drop addresses. */
export const resellerBot: Make = (rng, world, i) => {
  const at = world.launch + rng.int(1_000, rng.chance(0.8) ? 8 * 60_000 : 90 * 60_000);
  const c = crew(rng, i);
  const stolen = stolenCard(rng, rng.chance(0.75) ? 'AU' : undefined);
  const who = person(rng, 'AU');
  const email = rng.chance(0.7) ? `${who.given.toLowerCase()}${rng.digits(4)}@${c.domain}` : junkEmail(rng);
  const b = basket('AUD', [
    [bySku(rng.pick(['NEXUS-CONSOLE-2-STD', 'NEXUS-CONSOLE-2-BUNDLE', 'PHONE-X17-PRO-256'])), 2],
  ]);
  const drop = rng.pick(c.drops);
  return {
    at: Math.min(world.end - 60_000, at),
    kind: 'reseller_bot_stolen',
    fraud: true,
    buyer: { ...world.freshAccount(rng, at), email, name: rng.chance(0.5) ? who.name : stolen.holder.name },
    billing: rng.chance(0.6) ? stolen.billing : drop,
    shipping: rng.chance(0.5) ? variant(rng, drop) : drop,
    ip: ipOf(rng, 'AU', ['fixed', 'mobile'], 0.1),
    device: botDevice(rng),
    basket: b,
    attempts: stolenAttempts(rng, stolen),
    followUps: chargeback(rng, b.amount),
  };
};

/** Orders touching sanctioned jurisdictions (by IP, billing, shipping or card), routed via forwarders. */
export const sanctioned: Make = (rng, world) => {
  const place = rng.pick(['IR', 'IR', 'SY', 'CU', 'KP']);
  const how = rng.weighted({ ip: 5, billing: 2, card: 2, shipping: 1 });
  const who = person(rng, 'AU');
  const stolen = stolenCard(rng);
  const card = how === 'card' ? cardOf(rng, place === 'IR' ? 'IR' : 'CU') : stolen.card;
  const city = { IR: 'Tehran', SY: 'Damascus', CU: 'Havana', KP: 'Pyongyang' }[place] ?? place;
  const there: Address = {
    country: place,
    city,
    line1: `${rng.int(1, 90)} ${rng.pick(['Azadi', 'Baghdad', 'Obispo', 'Central'])} Street`,
  };
  const b = basket('AUD', [
    [
      rng.pick(
        how === 'shipping' ? ofCategory('gpu', 'laptop', 'phone') : ofCategory('gpu', 'phone', 'giftcard'),
      ),
      rng.int(1, 2),
    ],
  ]);
  return {
    at: world.time(rng),
    kind: 'sanctioned_country',
    fraud: true,
    buyer: { email: rng.chance(0.5) ? emailOf(rng, who, 'AU') : junkEmail(rng), name: who.name },
    billing: how === 'billing' ? there : stolen.billing,
    ...(b.digitalOnly ? {} : { shipping: how === 'shipping' ? there : forwarder(rng) }),
    ip: how === 'ip' || rng.chance(0.2) ? ipOf(rng, place, ['fixed'], 0.3) : crewIp(rng, 0.3),
    device: deviceOf(rng, 0.4),
    basket: b,
    attempts: [paid(rng, card)],
    followUps: [],
  };
};
