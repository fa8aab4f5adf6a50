import { basket, bySku } from './catalog.js';
import { crewIp, stolenCard } from './fraud-kit.js';
import { botDevice, cardOf, junkEmail, person } from './people.js';
import { homeAddress } from './places.js';
import { type Attempt, declined, paid, type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';
import { HOUR, MINUTE, type World } from './world.js';

/**
 * Card testing: a bot checks which cards of a dump are live by buying the cheapest digital item. Bursts
 * run through rotating residential proxies, one order every few seconds, mostly cards of one BIN; a
 * slow drip spreads single orders over the days to stay under velocity limits. Most authorisations fail.
 */

const CHEAP = ['KEY-DLC-SKINPACK', 'KEY-COINS-500', 'KEY-STEAM-INDIE'];

function testOrder(
  rng: Rng,
  at: number,
  bin: readonly [string, string] | undefined,
  session: { device: ReturnType<typeof botDevice>; email?: string },
): Purchase {
  const country = rng.chance(0.7) ? 'AU' : rng.pick(['US', 'GB', 'NZ', 'SG']);
  const cards = () => (bin ? cardOf(rng, country, bin) : stolenCard(rng).card);
  const tries = rng.chance(0.3) ? rng.int(2, 4) : 1;
  const attempts: Attempt[] = Array.from({ length: tries }, (_, i) => {
    const card = cards();
    const live = i === tries - 1 && rng.chance(0.22);
    return live
      ? paid(rng, card)
      : { ...declined(rng, card, rng.chance(0.45)), afterMs: rng.int(1_500, 12_000) };
  });
  const holder = person(rng, 'AU');
  return {
    at,
    kind: 'card_testing',
    fraud: true,
    buyer: {
      email: session.email ?? junkEmail(rng),
      name: rng.chance(0.6) ? holder.name : `${rng.token(5, 'abcdefghij')} ${rng.token(6, 'klmnopqrst')}`,
    },
    billing: homeAddress(rng, 'AU'),
    ip: crewIp(rng, 0.7),
    device: session.device,
    basket: basket('AUD', [[bySku(rng.pick(CHEAP)), 1]]),
    attempts,
    followUps: [],
  };
}

export function planCardTesting(rng: Rng, world: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  const drip = Math.round(count * rng.float(0.2, 0.35));
  let left = count - drip;
  while (left > 0) {
    const size = Math.min(left, rng.int(8, 28));
    left -= size;
    let at = world.time(rng);
    // One bot session: a BIN from the dump (or mixed cards), a device id it may or may not rotate.
    const bin: readonly [string, string] | undefined = !rng.chance(0.7)
      ? undefined
      : rng.chance(0.6)
        ? ['visa', `4${rng.digits(5)}`]
        : ['mastercard', `5${rng.int(1, 5)}${rng.digits(4)}`];
    const fixed = botDevice(rng);
    const email = rng.chance(0.3) ? junkEmail(rng) : undefined;
    for (let i = 0; i < size; i++) {
      at += rng.int(4_000, 70_000);
      const device = rng.chance(0.5) ? fixed : botDevice(rng);
      out.push(
        testOrder(rng, Math.min(world.end - MINUTE, at), bin, { device, ...(email ? { email } : {}) }),
      );
    }
  }
  // The drip: one test every hour or two, each from a fresh exit and identity.
  let at = world.start + rng.int(0, 2 * HOUR);
  for (let i = 0; i < drip; i++) {
    out.push(testOrder(rng, Math.min(world.end - MINUTE, at), undefined, { device: botDevice(rng) }));
    at += Math.round(((world.end - world.start) / Math.max(1, drip)) * rng.float(0.5, 1.5));
  }
  return out.map((p) => ({ ...p, at: Math.max(world.start, Math.min(world.end - MINUTE, p.at)) }));
}
