import { forwarderAddress } from './addresses.js';
import { type Card, fullzChecks, issueCard } from './cards.js';
import { product } from './catalog.js';
import { type Items } from './checkout.js';
import { fraudDevice } from './devices.js';
import { disposableEmail, personalEmail } from './emails.js';
import {
  cardRun,
  chargebacks,
  dropAddress,
  type Exit,
  fraudIp,
  fraudPurchase,
  resaleItems,
  victimCountry,
} from './fraud-kit.js';
import { DAY, MINUTE, type Purchase } from './purchase.js';
import { type Rng } from '../kit/random.js';
import { type World } from './world.js';

/**
 * Stolen cards: full card records (number, CVV, the cardholder's name and address) bought from phishing
 * and skimming shops, spent on what resells fast. How the goods get out:
 * - reshipper: a package forwarder's suite, often abroad-bound;
 * - drop: a house in another town where a mule takes the parcel;
 * - reroute: shipped to the cardholder's own address to pass checks, redirected once paid;
 * - digital: e-gift cards mailed to the thief, resold at a discount;
 * - local: the careful kind, a residential proxy in the cardholder's region, a plausible mailbox, and a
 *   parcel that goes to the cardholder's street and is picked up from the porch.
 */

type Route = 'reshipper' | 'drop' | 'reroute' | 'digital' | 'local';

function giftCards(rng: Rng): Items {
  return Array.from(
    { length: rng.int(1, 3) },
    () => [product(rng.pick(['GC-200', 'GC-500', 'GC-500'])), 1] as const,
  );
}

/** Mostly guest checkout or an account opened minutes before; some crews keep sleeper accounts for months. */
function account(rng: Rng, at: number): { id?: string; createdAt?: number } {
  const roll = rng.next();
  if (roll < 0.4) return {};
  const age = roll < 0.85 ? rng.int(1, 20) * MINUTE : rng.int(60, 300) * DAY;
  return { id: `cus_${rng.token(14)}`, createdAt: at - age };
}

export function stolenCard(rng: Rng, world: World): Purchase {
  const route = rng.weighted({
    reshipper: 32,
    drop: 28,
    reroute: 14,
    digital: 12,
    local: 14,
  } satisfies Record<Route, number>);
  const country = victimCountry(rng);
  const victim = world.customer(rng, country, world.calendar.start, 'guest');
  const at = world.calendar.at(
    rng,
    route === 'local' ? victim.city.zone : 'ET',
    route === 'local' ? 'shopper' : 'fraud',
  );
  const exit: Exit = route === 'local' ? 'proxy' : rng.weighted({ foreign: 35, hosting: 35, proxy: 30 });
  const device = fraudDevice(rng, rng.weighted({ antidetect: 60, phone: 25, headless: 15 }));
  const shipping =
    route === 'reshipper'
      ? forwarderAddress(rng)
      : route === 'drop'
        ? dropAddress(rng, country)
        : route === 'digital'
          ? undefined
          : victim.home;
  // Several cards from the same batch when the first ones decline; some runs never get through.
  const stolen: Card[] = [victim.cards[0] ?? issueCard(rng, country)];
  const spares = rng.weightedPick([
    [0, 62],
    [1, 22],
    [2, 10],
    [4, 6],
  ] as const);
  for (let i = 0; i < spares; i++) stolen.unshift(issueCard(rng, country));
  const paid = rng.chance(0.88);
  const items = route === 'digital' ? giftCards(rng) : resaleItems(rng, route === 'local' ? 0 : 250);
  const purchase = fraudPurchase({
    kind: 'stolen_card',
    at,
    buyer: {
      ...account(rng, at),
      email:
        route === 'local' || rng.chance(0.3)
          ? personalEmail(rng, victim.name, country)
          : disposableEmail(rng, victim.name),
      name: victim.display,
    },
    billing: victim.home,
    ...(shipping ? { shipping } : {}),
    ip: fraudIp(rng, world, exit, country),
    device,
    items,
    options: { express: route !== 'digital' && rng.chance(0.45) },
    attempts: cardRun(
      rng,
      stolen,
      (card, ok) => ({
        ...fullzChecks(rng, card),
        ...(ok ? {} : { cvc: rng.chance(0.5) ? 'fail' : 'pass' }),
      }),
      paid,
    ),
    followUps: chargebacks(rng, paid, 0.6, 0.55),
  });
  if (route === 'reroute' && paid) {
    purchase.followUps.unshift({
      type: 'order.updated',
      afterMs: rng.int(15, 180) * MINUTE,
      shipping: rng.chance(0.5) ? dropAddress(rng, country) : forwarderAddress(rng),
    });
  }
  return purchase;
}
