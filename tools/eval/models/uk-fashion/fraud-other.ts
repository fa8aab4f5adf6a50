import { cardFrom } from './cards.js';
import { everydayLines, line } from './catalog.js';
import { type FraudPlanner, stolenAttempt, stolenCard } from './fraud-kit.js';
import { ipOf } from './geo-ip.js';
import { account, build, newBuyer, paid } from './kit.js';
import { deviceFor, emailFor, junkEmail, personName } from './people.js';
import { abroad, dropAddress, homeIn } from './places.js';
import { type Address, DAY } from './purchase.js';

/** Fraud by the account holders themselves, and orders the store may not take at all. */

/** A real customer, a real card, and later a chargeback: "not received" or "I didn't make this". */
export const friendlyFraud: FraudPlanner = (rng, world, count) =>
  Array.from({ length: count }, () => {
    const known = rng.chance(0.6);
    const c = known ? world.returning(rng) : undefined;
    const at = world.time(rng);
    const home = c?.home ?? homeIn(rng);
    const name = c?.name ?? personName(rng);
    const lines = [
      ...everydayLines(rng, world.discount(rng, at)),
      ...(rng.chance(0.5) ? [line(rng, rng.pick(['trainers', 'outerwear', 'bags'] as const))] : []),
    ];
    return build({
      at,
      kind: 'friendly_fraud',
      fraud: true,
      buyer: c ? account(c) : newBuyer(rng, at, name, emailFor(rng, name, home.country), 0.4),
      billing: home,
      shipping: home,
      ip: c ? world.usualIp(rng, c) : world.mobileIp(rng, home.country),
      device: c?.device ?? deviceFor(rng),
      lines,
      attempts: paid(rng, c?.card ?? cardFrom(rng, home.country)),
      followUps: [
        {
          type: 'dispute.created',
          afterMs: Math.round(rng.float(20, 75) * DAY),
          amount: 0,
          reason: rng.chance(0.5) ? 'fraudulent' : 'product_not_received',
        },
      ],
    });
  });

/**
 * Refund abuse: "never arrived" claims and empty-box returns, often through paid refund services; big
 * baskets of resaleable items on the abuser's own card and account, the refund weeks later.
 */
export const refundAbuse: FraudPlanner = (rng, world, count) =>
  Array.from({ length: count }, () => {
    const own = rng.chance(0.5);
    const c = own ? world.returning(rng) : undefined;
    const at = world.time(rng);
    const home = c?.home ?? homeIn(rng);
    const name = c?.name ?? personName(rng);
    const lines = [
      line(rng, rng.pick(['designer_bags', 'boots', 'outerwear', 'trainers'] as const)),
      line(rng, 'fragrance'),
      ...everydayLines(rng, world.discount(rng, at)),
    ];
    return build({
      at,
      kind: 'refund_abuse',
      fraud: true,
      buyer: c
        ? account(c)
        : newBuyer(
            rng,
            at,
            name,
            emailFor(rng, name, home.country),
            0.2,
            Math.round(rng.float(1, 200) * DAY),
          ),
      billing: home,
      shipping: rng.chance(0.7) ? home : dropAddress(rng),
      ip: c ? world.usualIp(rng, c) : world.mobileIp(rng, home.country),
      device: c?.device ?? deviceFor(rng),
      lines,
      attempts: paid(rng, c?.card ?? cardFrom(rng, home.country)),
      followUps: [
        {
          type: 'refund.created',
          afterMs: Math.round(rng.float(5, 30) * DAY),
          amount: 0,
          reason: rng.pick(['item_not_received', 'returned_item_missing', 'damaged']),
        },
      ],
    });
  });

const CRIMEA: Address[] = [
  { country: 'UA', postalCode: '95000', city: 'Simferopol', line1: 'vul. Kyivska 12' },
  { country: 'UA', postalCode: '99011', city: 'Sevastopol', line1: 'vul. Lenina 40' },
];

/**
 * Orders the store's sanctions policy refuses (UK/EU/US lists: Iran, Syria, Cuba, North Korea; Russia,
 * Belarus and occupied Crimea under the UK and EU regimes): from there, billed there, shipped there
 * (or through a UK forwarder), or on a card issued there.
 */
export const sanctioned: FraudPlanner = (rng, world, count) =>
  Array.from({ length: count }, () => {
    const country = rng.weighted({ RU: 30, BY: 10, IR: 25, SY: 12, CU: 13, KP: 5, CRIMEA: 5 });
    const cc = country === 'CRIMEA' ? 'RU' : country;
    const at = world.time(rng);
    const name = personName(rng);
    const there = country === 'CRIMEA' ? rng.pick(CRIMEA) : abroad(rng, cc);
    const route = rng.weighted({ direct: 45, forwarder: 35, billing: 20 });
    const card =
      rng.chance(0.5) && ['RU', 'BY', 'IR', 'CU'].includes(cc)
        ? cardFrom(rng, cc)
        : stolenCard(rng, undefined, rng.pick(['GB', 'AE', 'DE']));
    const lines = everydayLines(rng).concat(
      rng.chance(0.4) ? [line(rng, rng.pick(['designer_bags', 'fragrance', 'trainers'] as const))] : [],
    );
    return build({
      at,
      kind: 'sanctioned_country',
      fraud: true,
      buyer: newBuyer(
        rng,
        at,
        name,
        rng.chance(0.5) ? junkEmail(rng) : emailFor(rng, name),
        0.5,
        Math.round(rng.float(0.01, 300) * DAY),
      ),
      billing: route === 'forwarder' && rng.chance(0.5) ? dropAddress(rng) : there,
      shipping: route === 'direct' ? there : dropAddress(rng),
      ip: ipOf(rng, `${cc.toLowerCase()}-broadband`),
      device: deviceFor(rng),
      lines,
      currency: 'GBP',
      attempts: [stolenAttempt(rng, card, rng.chance(0.6), true)],
    });
  });
