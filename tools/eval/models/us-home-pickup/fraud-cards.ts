import { HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { afterDrop, NIGHT_HOURS, shoppingTime } from './calendar.js';
import { fraudDecline, newCard, sameBin } from './cards.js';
import { giftCard, lines } from './catalog.js';
import { automated } from './devices.js';
import {
  crewBuyer,
  crewDevice,
  crewIp,
  fraudPurchase,
  stolenAttempts,
  stolenLater,
  victim,
} from './fraud-kit.js';
import { fullName, throwawayEmail } from './names.js';
import { storeIn, type World } from './people.js';
import { anyMetro, homeAddress, otherMetro } from './places.js';
import { cardAttempt, type Purchase } from './purchase.js';

/** Stolen cards: picked up at a store by a runner, tested in bursts, cashed out as eGift cards, reshipped by mules. */

/** A stolen card billed to the cardholder's real address, picked up by a runner the crew names as alternate. */
export function bopisStolenCard(rng: Rng, w: World): Purchase {
  const v = victim(rng, w);
  const crew = rng.chance(0.45) ? v.metro : otherMetro(rng, v.metro);
  const store = storeIn(rng, w, crew);
  const at =
    rng.chance(0.25) && w.drops.length > 0
      ? afterDrop(rng, rng.pick(w.drops), w.window, 45)
      : shoppingTime(rng, w.window, crew.tz, rng.chance(0.4) ? NIGHT_HOURS : undefined);
  const curbside = rng.chance(0.3);
  const card = v.cards[0] ?? newCard(rng);
  return fraudPurchase(
    {
      kind: 'bopis_stolen_card',
      at,
      buyer: crewBuyer(rng, v.name, at, w),
      billing: v.home,
      lines: lines(rng, rng.chance(0.85) ? 'resale' : 'electronics'),
      tax: store.metro.tax,
      fulfillment: curbside ? 'curbside' : 'pickup',
      store,
      ...(rng.chance(0.75) ? { pickupPerson: fullName(rng) } : {}),
      ip: crewIp(rng, { proxy: 50, mobile: 20, vpn: 8, hosting: 5, relay: 7, abroad: 10 }),
      device: crewDevice(rng),
      attempts: stolenAttempts(rng, card, 0.25, rng.chance(0.8) ? 'good' : 'close'),
      tz: crew.tz,
    },
    () => stolenLater(rng),
  );
}

/**
 * Card testing: a script runs a leaked batch (one BIN) through the cheapest item or a small eGift card as
 * guests with made-up names and addresses, rotating proxies, one order every few seconds to minutes; most decline.
 */
export function cardTestingSession(rng: Rng, w: World, count: number): Purchase[] {
  const at0 = shoppingTime(rng, w.window, -5, NIGHT_HOURS);
  const base = newCard(
    rng,
    rng.chance(0.7) ? 'consumer' : 'prepaid',
    rng.chance(0.85) ? 'US' : rng.pick(['GB', 'CA', 'MX']),
  );
  const device = automated(rng);
  const proxies = rng.weighted({ proxy: 50, hosting: 30, vpn: 20 });
  const egift = rng.chance(0.3);
  const store = storeIn(rng, w, anyMetro(rng));
  let at = at0;
  return Array.from({ length: count }, () => {
    at += rng.int(8_000, 4 * MINUTE);
    const metro = anyMetro(rng);
    const name = fullName(rng);
    const card = sameBin(rng, base);
    const ok = rng.chance(0.2);
    const why = ok ? undefined : fraudDecline(rng);
    return fraudPurchase(
      {
        kind: 'card_testing',
        at: Math.min(at, w.window.end - 1),
        buyer: { email: throwawayEmail(rng), name },
        billing: homeAddress(rng, metro),
        lines: egift ? [{ ...giftCard(rng, true, [5, 10, 10, 15]), quantity: 1 }] : lines(rng, 'cheapest'),
        tax: egift ? 0 : store.metro.tax,
        fulfillment: egift ? 'email' : 'pickup',
        ...(egift ? { recipientEmail: throwawayEmail(rng) } : { store }),
        ip: crewIp(rng, { [proxies]: 1 }),
        device,
        attempts: [
          cardAttempt(
            rng,
            card,
            ok,
            'typed',
            ok ? 'close' : 'wrong',
            rng.int(1_500, 5_000),
            why,
            why !== 'incorrect_cvc',
          ),
        ],
        tz: -5,
      },
      (p) =>
        p.fulfillment === 'pickup'
          ? [
              {
                type: 'order.cancelled',
                afterMs: 5 * 24 * HOUR + rng.int(2 * HOUR, 12 * HOUR),
                reason: 'not_picked_up',
              },
              {
                type: 'refund.created',
                afterMs: 5 * 24 * HOUR + rng.int(13 * HOUR, 20 * HOUR),
                reason: 'not_picked_up',
              },
            ]
          : stolenLater(rng, { review: 0, warn: 0.3, dispute: 0.15 }),
    );
  });
}

/** eGift cards bought with a stolen card and sent to a throwaway inbox: cash within minutes, no one to meet. */
export function egiftCashout(rng: Rng, w: World): Purchase {
  const v = victim(rng, w);
  const at = shoppingTime(rng, w.window, v.metro.tz, rng.chance(0.5) ? NIGHT_HOURS : undefined);
  return fraudPurchase(
    {
      kind: 'egift_card_cashout',
      at,
      buyer: crewBuyer(rng, v.name, at, w, { guest: 70, fresh: 20, aged: 10 }),
      billing: v.home,
      lines: Array.from({ length: rng.int(1, 3) }, () => giftCard(rng, true, [100, 200, 250, 500])),
      tax: 0,
      fulfillment: 'email',
      recipientEmail: throwawayEmail(rng),
      ip: crewIp(rng, { proxy: 45, vpn: 15, hosting: 5, mobile: 10, abroad: 25 }),
      device: crewDevice(rng),
      attempts: stolenAttempts(rng, v.cards[0] ?? newCard(rng), 0.3),
      tz: v.metro.tz,
    },
    () => stolenLater(rng, { review: 0.05, warn: 0.45, dispute: 0.85 }),
  );
}

/** Ship-to-home on stolen cards to mules' apartments, reused across orders; some switch the address after review. */
export function reshippingMule(rng: Rng, w: World, mules: ReturnType<typeof homeAddress>[]): Purchase {
  const v = victim(rng, w);
  const at = shoppingTime(rng, w.window, v.metro.tz);
  const mule = rng.pick(mules);
  const switchLater = rng.chance(0.2);
  return fraudPurchase(
    {
      kind: 'reshipping_mule',
      at,
      buyer: crewBuyer(rng, v.name, at, w, { guest: 50, fresh: 35, aged: 15 }),
      billing: v.home,
      lines: lines(rng, rng.chance(0.7) ? 'resale' : 'electronics'),
      tax: v.metro.tax,
      fulfillment: 'ship',
      shipping: switchLater ? v.home : mule,
      ip: crewIp(rng, { proxy: 55, vpn: 15, hosting: 5, mobile: 10, abroad: 15 }),
      device: crewDevice(rng),
      attempts: stolenAttempts(rng, v.cards[0] ?? newCard(rng), 0.2),
      tz: v.metro.tz,
    },
    () => [
      ...(switchLater
        ? [{ type: 'order.updated' as const, afterMs: rng.int(30 * MINUTE, 8 * HOUR), shipping: mule }]
        : []),
      ...stolenLater(rng, { review: 0.06, warn: 0.4, dispute: 0.8 }),
    ],
  );
}

/** The mule addresses of a seed: apartments in a handful of metros. */
export const muleAddresses = (rng: Rng): ReturnType<typeof homeAddress>[] =>
  Array.from({ length: rng.int(4, 7) }, () => {
    const a = homeAddress(rng, anyMetro(rng));
    return {
      ...a,
      line1: `${a.line1?.replace(/ (Apt|Unit|#) .*$/, '')} Apt ${rng.int(1, 40)}${rng.pick(['', 'B', 'F'])}`,
    };
  });
