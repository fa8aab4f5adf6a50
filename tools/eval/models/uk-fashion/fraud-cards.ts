import { line } from './catalog.js';
import { type FraudPlanner, cardRun, fraudIp, stolenAttempt, stolenCard } from './fraud-kit.js';
import { build, newBuyer, stolenAfter } from './kit.js';
import { botDevice, deviceFor, disposableEmail, emailFor, junkEmail, personName } from './people.js';
import { dropAddress, homeIn } from './places.js';
import { DAY, HOUR, MINUTE, type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';

/** Fraud on stolen card numbers. */

/**
 * Card testing: a script checks card numbers from one leaked batch (one BIN) on the cheapest beauty minis,
 * guest checkouts, invented names, a rotating proxy pool. Bursts of 6–25 orders seconds apart, most
 * declined; the rest trickles in one by one through the night.
 */
/** Bursts start at any hour, most between midnight and 6 am when nobody watches the orders. */
function burstStart(rng: Rng, start: number, end: number): number {
  const midnight = start - (start % DAY) + Math.floor(rng.float(0, (end - start) / DAY + 1)) * DAY;
  const night = midnight + rng.float(0, 6 * HOUR);
  const t = rng.chance(0.6) && night >= start && night < end - HOUR ? night : rng.float(start, end - HOUR);
  return Math.round(t);
}

export const cardTesting: FraudPlanner = (rng, world, count) => {
  const out: Purchase[] = [];
  while (out.length < count) {
    const burst =
      count - out.length <= 3 || rng.chance(0.25) ? 1 : Math.min(count - out.length, rng.int(6, 25));
    const batch = stolenCard(rng);
    let t = burst === 1 ? world.time(rng) : burstStart(rng, world.start, world.end);
    const proxy = rng.chance(0.3) ? fraudIp(rng, 0) : undefined;
    const device = botDevice(rng);
    for (let i = 0; i < burst; i++) {
      t += Math.round(rng.float(4_000, 45_000));
      const home = homeIn(rng, 'GB');
      const attempts = Array.from({ length: rng.int(1, 3) }, () =>
        stolenAttempt(
          rng,
          stolenCard(rng, batch.bin, batch.country),
          rng.chance(0.2),
          false,
          Math.round(rng.float(1_500, 8_000)),
        ),
      );
      const lines = [line(rng, 'beauty_minis')];
      out.push(
        build({
          at: t,
          kind: 'card_testing',
          fraud: true,
          buyer: { email: rng.chance(0.5) ? junkEmail(rng) : disposableEmail(rng), name: personName(rng) },
          billing: home,
          shipping: rng.chance(0.5) ? home : dropAddress(rng),
          ip: proxy ?? fraudIp(rng, 0.8),
          device: rng.chance(0.7) ? device : botDevice(rng),
          lines,
          currency: 'GBP',
          attempts,
          followUps: attempts.some((a) => a.ok) && rng.chance(0.15) ? stolenAfter(rng, 900, 1, 0) : [],
        }),
      );
    }
  }
  return out;
};

/**
 * Stolen "fullz": the cardholder's name and address bought with the card, so AVS passes. The parcel goes to a
 * drop (or to the cardholder's address and is re-routed later); resaleable goods.
 */
export const fullz: FraudPlanner = (rng, world, count) =>
  Array.from({ length: count }, () => {
    const at = world.time(rng);
    const victim = homeIn(rng);
    const name = personName(rng);
    const lines = [
      line(rng, rng.pick(['designer_bags', 'limited_trainers', 'fragrance', 'outerwear', 'boots'] as const)),
      ...(rng.chance(0.5) ? [line(rng, 'fragrance', rng.int(1, 3))] : []),
    ];
    const reroute = rng.chance(0.25);
    const drop = dropAddress(rng);
    const attempts = cardRun(rng, true, 2, rng.chance(0.85), victim.country);
    return build({
      at,
      kind: 'stolen_card_fullz',
      fraud: true,
      buyer: newBuyer(rng, at, name, rng.chance(0.6) ? emailFor(rng, name) : junkEmail(rng), 0.6),
      billing: victim,
      shipping: reroute ? victim : drop,
      ip: fraudIp(rng, 0.6),
      device: deviceFor(rng, 0.5),
      lines,
      attempts,
      followUps: [
        ...(reroute
          ? [
              {
                type: 'order.updated' as const,
                afterMs: Math.round(rng.float(10, 120) * MINUTE),
                shipping: drop,
              },
            ]
          : []),
        ...stolenAfter(rng, 0),
      ],
    });
  });

/** A bare card number: the billing address is made up or the drop's, so AVS fails; foreign cards, foreign IPs. */
export const bareCard: FraudPlanner = (rng, world, count) =>
  Array.from({ length: count }, () => {
    const at = world.time(rng);
    const drop = dropAddress(rng);
    const name = personName(rng);
    const lines = [
      line(rng, rng.pick(['trainers', 'fragrance', 'outerwear', 'bags'] as const)),
      line(rng, rng.pick(['fragrance', 'beauty'] as const), rng.int(1, 4)),
    ];
    return build({
      at,
      kind: 'stolen_card_bare',
      fraud: true,
      buyer: newBuyer(rng, at, name, junkEmail(rng), 0.7),
      billing: rng.chance(0.6) ? drop : homeIn(rng, 'GB'),
      shipping: drop,
      ip: fraudIp(rng, 0.3),
      device: rng.chance(0.5) ? botDevice(rng) : deviceFor(rng, 0.4),
      lines,
      currency: 'GBP',
      attempts: cardRun(rng, false, 3, rng.chance(0.75)),
      followUps: stolenAfter(rng, 0),
    });
  });

/** E-gift cards bought with stolen cards and spent or sold within the hour: no parcel, maximum values. */
export const egiftCashout: FraudPlanner = (rng, world, count) =>
  Array.from({ length: count }, () => {
    const at = world.time(rng);
    const name = personName(rng);
    return build({
      at,
      kind: 'egift_cashout',
      fraud: true,
      buyer: newBuyer(rng, at, name, rng.chance(0.5) ? disposableEmail(rng) : junkEmail(rng), 0.8),
      billing: homeIn(rng, 'GB'),
      ip: fraudIp(rng, 0.4),
      device: rng.chance(0.4) ? botDevice(rng) : deviceFor(rng),
      lines: [
        { sku: `EGC-${rng.digits(5)}-ANY`, quantity: rng.int(1, 4), price: rng.pick([10000, 15000, 20000]) },
      ],
      currency: 'GBP',
      attempts: cardRun(rng, rng.chance(0.5), 2, rng.chance(0.8)),
      followUps: stolenAfter(rng, 0, 0.45, 0.5),
    });
  });

export function fixAmounts(p: Purchase): Purchase {
  // Fraud warnings and disputes planned with amount 0 are for the whole order.
  return {
    ...p,
    followUps: p.followUps.map((f) => (f.amount === 0 ? { ...f, amount: p.basket.amount } : f)),
  };
}
