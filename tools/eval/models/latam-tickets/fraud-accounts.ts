import { type Market } from './catalog.js';
import { addressIn, hostingIp, ipIn, type SANCTIONED } from './geo.js';
import { cardFrom, deviceFor } from './devices.js';
import { personIn, relayEmail } from './people.js';
import {
  anyMarket,
  cardRun,
  crookHome,
  fraudLater,
  fraudPurchase,
  junkEmail,
  RESELLABLE,
  ago,
  times,
  venueOf,
  type LonePlanner,
} from './fraud-kit.js';
import { avsFor, DAY, MINUTE, whenIn, type Purchase } from './purchase.js';
import { HOMES } from './world.js';

/** Fraud through accounts (fresh, taken over, or the customer's own) and orders the store may not take. */

/** Fresh accounts made minutes before checkout, a few per crew, one phone or one network between them. */
const throwaway: LonePlanner = (rng, w, n) => {
  const out: Purchase[] = [];
  while (out.length < n) {
    const size = Math.min(n - out.length, rng.int(2, 6));
    const market = anyMarket(rng);
    const venue = venueOf(market, rng);
    const device = deviceFor(rng, venue);
    const sharedIp = rng.chance(0.5) ? ipIn(rng, venue) : null;
    let t = whenIn(rng, w.clock, venue, w.clock.start, w.clock.end - 3 * 60 * MINUTE);
    for (let i = 0; i < size; i++) {
      t += Math.floor(rng.float(2 * MINUTE, 35 * MINUTE));
      const alias = personIn(rng, venue);
      const shareDevice = rng.chance(0.7);
      out.push(
        fraudPurchase(rng, {
          at: t,
          kind: 'throwaway_account',
          market,
          wish: rng.chance(0.5) ? { categories: ['football', 'voucher'], qty: [2, 4] } : RESELLABLE,
          buyer: {
            id: w.nextCustomerId(),
            email: rng.chance(0.6) ? junkEmail(rng) : alias.email,
            name: alias.name,
            createdAt: ago(rng, t, MINUTE, 12 * MINUTE),
          },
          billing: addressIn(rng, venue),
          ip: sharedIp ?? (rng.chance(0.5) ? hostingIp(rng).ip : ipIn(rng, venue)),
          device: shareDevice ? device : deviceFor(rng, venue),
          attempts: cardRun(
            rng,
            times(rng.int(1, 3), () => cardFrom(rng, rng.pick(['ES', 'US', 'BR', 'MX', 'GB']))),
            (c) => avsFor(c, false),
            0.55,
          ),
        }),
      );
    }
  }
  return out;
};

/**
 * Taken-over loyalty accounts: an old account, the saved card (no CVC asked), a new device and network,
 * points and vouchers turned into something resellable; half change the e-mail first.
 */
const takeover: LonePlanner = (rng, w, n) =>
  times(n, () => {
    const victim = w.regular(rng);
    const home = victim.person.home;
    const at = whenIn(rng, w.clock, rng.chance(0.5) ? home : crookHome(rng));
    const where = rng.weighted({ hosting: 35, proxy: 35, abroad: 30 });
    const changed = rng.chance(0.5);
    return fraudPurchase(rng, {
      at,
      kind: 'account_takeover',
      market: rng.chance(0.7) ? (home === 'MX' ? 'MX' : home === 'BR' ? 'BR' : 'EU') : anyMarket(rng),
      wish: {
        categories: ['voucher', 'experience', 'hotel', 'football'],
        qty: [1, 4],
        tier: [0.5, 1],
        lines: rng.int(1, 2),
      },
      buyer: {
        id: victim.id,
        email: changed ? (rng.chance(0.4) ? relayEmail(rng) : junkEmail(rng)) : victim.person.email,
        name: victim.person.name,
        createdAt: victim.createdAt,
      },
      billing: victim.billing,
      ...(rng.chance(0.15) ? { shipping: addressIn(rng, home) } : {}),
      ip:
        where === 'hosting'
          ? hostingIp(rng).ip
          : where === 'proxy'
            ? ipIn(rng, home)
            : ipIn(rng, crookHome(rng)),
      device: deviceFor(rng, rng.pick(['ES', 'BR'])),
      attempts: [
        {
          card: victim.card,
          ok: rng.chance(0.93),
          avs: avsFor(victim.card, true),
          cvc: rng.chance(0.7) ? 'unchecked' : 'pass',
          afterMs: rng.int(3_000, 40_000),
        },
      ],
      later: (a) => [
        ...(changed && rng.chance(0.5)
          ? [{ type: 'order.updated' as const, afterMs: rng.float(MINUTE, 30 * MINUTE) }]
          : []),
        ...fraudLater(rng, a, { warn: 0.25, dispute: 0.75 }),
      ],
    });
  });

/** Real customers, real cards, real trips: weeks later the bank hears "I didn't make this". */
const friendly: LonePlanner = (rng, w, n) =>
  times(n, () => {
    const a = w.regular(rng);
    const home = a.person.home;
    return fraudPurchase(rng, {
      at: whenIn(rng, w.clock, home),
      kind: 'friendly_fraud',
      market: home === 'MX' ? 'MX' : home === 'BR' ? 'BR' : 'EU',
      wish: { categories: ['experience', 'football', 'concert', 'hotel'], qty: [1, 4] },
      buyer: { id: a.id, email: a.person.email, name: a.person.name, createdAt: a.createdAt },
      billing: a.billing,
      ip: rng.chance(0.6) ? a.homeIp : ipIn(rng, home),
      device: a.device,
      attempts: [
        {
          card: a.card,
          ok: true,
          avs: avsFor(a.card, true),
          cvc: rng.chance(0.4) ? 'unchecked' : 'pass',
          afterMs: rng.int(4_000, 60_000),
        },
      ],
      later: () => [
        {
          type: 'dispute.created',
          afterMs: rng.float(15 * DAY, 75 * DAY),
          reason: rng.weighted({ fraudulent: 6, unrecognized: 3, product_not_received: 2 }),
        },
      ],
    });
  });

/**
 * Orders the store may not take: Cuban families paying with a relative's Mexican or Spanish card, buyers in
 * Iran, Syria, Russia or Belarus with cards from Turkey, the Emirates or Armenia, now and then North Korea;
 * some billed there, some only on a network there.
 */
const sanctioned: LonePlanner = (rng, w, n) =>
  times(n, () => {
    const from = rng.weighted<(typeof SANCTIONED)[number]>({ CU: 5, IR: 2, RU: 3, SY: 1, BY: 1, KP: 0.3 });
    const cuban = from === 'CU';
    const market: Market = cuban ? rng.pick(['MX', 'MX', 'EU']) : 'EU';
    const billedThere = rng.chance(0.65);
    const person = personIn(rng, cuban ? 'CU' : rng.pick(Object.keys(HOMES)));
    return fraudPurchase(rng, {
      at: whenIn(rng, w.clock, from),
      kind: 'sanctioned_country',
      market,
      wish: {
        categories: cuban ? ['hotel', 'experience', 'addon'] : ['football', 'hotel', 'experience'],
        qty: [1, 4],
      },
      buyer: {
        ...(rng.chance(0.5)
          ? { id: w.nextCustomerId(), createdAt: w.clock.start - Math.floor(rng.float(DAY, 300 * DAY)) }
          : {}),
        email: person.email,
        name: person.name,
      },
      billing: addressIn(rng, billedThere ? from : cuban ? 'MX' : rng.pick(['ES', 'IT'])),
      ip: !billedThere || rng.chance(0.6) ? ipIn(rng, from) : hostingIp(rng).ip,
      device: deviceFor(rng, 'MX'),
      attempts: [
        {
          ...(() => {
            const card = cardFrom(rng, cuban ? rng.pick(['MX', 'ES']) : rng.pick(['TR', 'AE', 'AM', 'KZ']));
            return { card, ok: rng.chance(0.85), avs: avsFor(card, true), cvc: 'pass' as const };
          })(),
          afterMs: rng.int(5_000, 60_000),
        },
      ],
      later: (a) =>
        a.some((x) => x.ok) && rng.chance(0.4)
          ? [{ type: 'order.cancelled', afterMs: rng.float(2 * 60 * MINUTE, 4 * DAY) }]
          : [],
    });
  });

export const ACCOUNT_FRAUD: Readonly<Record<string, LonePlanner>> = {
  throwaway_account: throwaway,
  account_takeover: takeover,
  friendly_fraud: friendly,
  sanctioned_country: sanctioned,
};
