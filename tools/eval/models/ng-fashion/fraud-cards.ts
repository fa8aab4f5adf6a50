import { type Address, type Buyer, DAY } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { diasporaResaleBasket, resaleBasket, testerBasket } from './baskets.js';
import { LAGOS as LAGOS_TZ, NIGHT, SHOPPER, when } from './calendar.js';
import { fraudDecline, type HeldCard, newCard, sameBin } from './cards.js';
import { type Fulfilment } from './catalogue.js';
import { freshAccount, localeOf, purchaseFrom, type World } from './checkout.js';
import { fraudDevice } from './devices.js';
import {
  lagosDrops,
  newRing,
  releasedAfter,
  type Ring,
  ringSession,
  shippedThenLabelled,
  stolenAttempts,
  hours,
} from './fraud-kit.js';
import { emailFor, personName, throwawayEmail } from './names.js';
import { HOSTING, ipIn, mobileNetwork, type Network } from './networks.js';
import { addressIn, cardholderCity, LAGOS, MULE_ADDRESSES } from './places.js';
import { type Attempt, cardAttempt, type LaterEvent, paid, type Purchase } from './purchase.js';

/**
 * Stolen cards: foreign cards bought in bulk shipping to Lagos drop addresses, card-testing runs on the
 * cheapest items, and stolen British, American and Canadian cards sending fabric and hair to mules abroad.
 */

const CARD_COUNTRIES: ReadonlyArray<readonly [string, number]> = [
  ['US', 55],
  ['GB', 25],
  ['CA', 20],
];

/** The checkout name and e-mail: the cardholder's (a full profile bought with the card) or the receiver's. */
function fraudBuyer(rng: Rng, fullz: boolean, country: string): Buyer {
  const who = personName(rng, fullz ? 'western' : 'nigerian');
  const email = rng.chance(0.4)
    ? throwawayEmail(rng)
    : emailFor(rng, who.first, who.last, fullz ? country : 'NG');
  return { email, name: `${who.first} ${who.last}` };
}

/**
 * Foreign stolen cards to Lagos: rings working batches of American, British and Canadian cards, a full
 * profile (the cardholder's name and address, AVS passes) for some, the receiver's name and the drop as billing
 * for the rest; from Nigerian mobile data, residential proxies in the card's country or VPN exits; the dearest
 * wigs, fragrance and sneakers, delivered the same day to a short-let, a market stall or an estate flat.
 */
export function stolenForeignCard(rng: Rng, w: World, n: number): Purchase[] {
  const drops = lagosDrops();
  const rings: Ring[] = Array.from({ length: Math.max(1, Math.ceil(n / 8)) }, () =>
    newRing(rng, rng.weightedPick(CARD_COUNTRIES), drops),
  );
  return Array.from({ length: n }, () => {
    const r = rng.pick(rings);
    const at = when(rng, w.window, { tz: LAGOS_TZ, hours: rng.chance(0.5) ? NIGHT : SHOPPER });
    const fullz = rng.chance(0.55);
    const holder = addressIn(rng, cardholderCity(rng, r.country));
    const drop = rng.pick(r.drops);
    const fulfilment = rng.weightedPick<Fulfilment>([
      ['same_day', 35],
      ['express', 35],
      ['standard', 20],
      ['pickup', 10],
    ]);
    const shipping = fulfilment === 'pickup' ? undefined : drop;
    const guest = fraudBuyer(rng, fullz, r.country);
    const buyer = rng.chance(0.25) ? freshAccount(rng, at, guest) : guest;
    const attempts = stolenAttempts(rng, r, fullz ? 'good' : 'wrong');
    return purchaseFrom(
      {
        kind: 'stolen_foreign_card',
        fraud: true,
        at,
        buyer,
        billing: fullz ? holder : drop,
        ...(shipping ? { shipping } : {}),
        fulfilment,
        lines: resaleBasket(rng, at, w.naira),
        ...ringSession(rng, r),
        locale: fullz && rng.chance(0.5) ? localeOf(r.country) : 'en-NG',
        channel: 'web',
        method: 'card',
      },
      () => ({
        attempts,
        later: paid({ attempts })
          ? shippedThenLabelled(rng, fulfilment, shipping, at)
          : [releasedAfter(rng, attempts)],
      }),
    );
  });
}

/**
 * Card testing: a few runs a fortnight, mostly after midnight, each from one or two IPs (VPN exits or a
 * Nigerian carrier's NAT), an automated browser, throwaway e-mails, guest checkouts of a single cheapest
 * item, working through cards of one or two BINs a minute or so apart; most declined. The store spots a run
 * after a few hours and cancels what got through; the rest is warned of or disputed later, or just delivered.
 */
export function cardTesting(rng: Rng, w: World, n: number): Purchase[] {
  const runs = Math.max(1, Math.min(4, Math.round(n / 12)));
  const out: Purchase[] = [];
  for (let run = 0; run < runs; run++) {
    const size = run === runs - 1 ? n - out.length : Math.round(n / runs);
    const country = rng.chance(0.7) ? 'US' : rng.chance(0.5) ? 'GB' : 'NG';
    const bins: HeldCard[] = Array.from({ length: rng.int(1, 2) }, () =>
      newCard(rng, country, country === 'US' && rng.chance(0.5) ? 'prepaid' : undefined),
    );
    const hosted = rng.chance(0.6);
    const exits: Network[] = hosted ? [rng.pick(HOSTING)] : [mobileNetwork(rng, 'NG')];
    const ips = Array.from({ length: rng.int(1, 3) }, () => ipIn(rng, rng.pick(exits)));
    const device = fraudDevice(rng, rng.chance(0.7));
    const to = addressIn(rng, LAGOS);
    const billingCity = country === 'NG' ? LAGOS : cardholderCity(rng, country);
    let t = when(rng, w.window, { tz: LAGOS_TZ, hours: NIGHT });
    for (let i = 0; i < size; i++) {
      if (i > 0) t += rng.int(20_000, 150_000);
      const at = Math.min(t, w.window.end - 1);
      const card = sameBin(rng, rng.pick(bins));
      const who = personName(rng, country === 'NG' ? 'nigerian' : 'western');
      const ok = rng.chance(0.12);
      const firstOk = ok && rng.chance(0.7);
      const attempts: Attempt[] = [
        cardAttempt(rng, card, {
          ok: firstOk,
          afterMs: rng.int(4_000, 15_000),
          match: 'wrong',
          ...(firstOk ? {} : { decline: fraudDecline(rng, country) }),
        }),
      ];
      if (!firstOk && (ok || rng.chance(0.2)))
        attempts.push(
          cardAttempt(rng, card, {
            ok,
            afterMs: rng.int(5_000, 20_000),
            match: 'wrong',
            ...(ok ? {} : { decline: fraudDecline(rng, country) }),
          }),
        );
      const later: LaterEvent[] = paid({ attempts }) ? caughtOrLabelled(rng) : [releasedAfter(rng, attempts)];
      out.push(
        purchaseFrom(
          {
            kind: 'card_testing',
            fraud: true,
            at,
            buyer: { email: throwawayEmail(rng), name: `${who.first} ${who.last}` },
            billing: addressIn(rng, billingCity),
            shipping: to,
            fulfilment: 'standard',
            lines: testerBasket(rng, at, w.naira),
            ip: rng.pick(ips),
            device,
            locale: 'en-US',
            channel: 'web',
            method: 'card',
          },
          () => ({ attempts, later }),
        ),
      );
    }
  }
  return out;
}

/** A tested card that went through: cancelled and refunded once the run is spotted, else labelled later. */
function caughtOrLabelled(rng: Rng): LaterEvent[] {
  const x = rng.next();
  if (x < 0.5) return [{ type: 'order.cancelled', afterMs: hours(rng, 1, 8), reason: 'fraudulent' }];
  if (x < 0.7) return [{ type: 'fraud_warning.created', afterMs: rng.int(2, 8) * DAY, reason: 'fraudulent' }];
  if (x < 0.85) return [{ type: 'dispute.created', afterMs: rng.int(10, 45) * DAY, reason: 'fraudulent' }];
  return [];
}

/**
 * Stolen British, American and Canadian cards sending lace and hair to mules in the card's own country, to sell
 * to the community there or send on: billing the cardholder's, delivery to a flat or unit that receives for
 * many names, international courier.
 */
export function reshipperMule(rng: Rng, w: World, n: number): Purchase[] {
  const byCountry = new Map<string, Ring>();
  return Array.from({ length: n }, () => {
    const country = rng.weightedPick<string>([
      ['GB', 50],
      ['US', 35],
      ['CA', 15],
    ]);
    let r = byCountry.get(country);
    if (!r) {
      const mules = (MULE_ADDRESSES[country] ?? []).map(([line1, city, postalCode]): Address => ({
        country,
        postalCode,
        city,
        line1,
      }));
      r = newRing(rng, country, mules);
      byCountry.set(country, r);
    }
    const at = when(rng, w.window, { tz: LAGOS_TZ, hours: rng.chance(0.5) ? NIGHT : SHOPPER });
    const fullz = rng.chance(0.7);
    const holder = addressIn(rng, cardholderCity(rng, country));
    const shipping = rng.pick(r.drops);
    const attempts = stolenAttempts(rng, r, fullz ? 'good' : 'partial');
    const who = personName(rng, rng.chance(0.5) ? 'western' : 'diaspora');
    const guest = { email: emailFor(rng, who.first, who.last, country), name: `${who.first} ${who.last}` };
    return purchaseFrom(
      {
        kind: 'reshipper_mule',
        fraud: true,
        at,
        buyer: rng.chance(0.3) ? freshAccount(rng, at, guest) : guest,
        billing: fullz ? holder : shipping,
        shipping,
        fulfilment: 'international',
        lines: rng.chance(0.6) ? diasporaResaleBasket(rng, at, w.naira) : resaleBasket(rng, at, w.naira),
        ...ringSession(rng, r),
        locale: localeOf(country),
        channel: 'web',
        method: 'card',
      },
      () => ({
        attempts,
        later: paid({ attempts })
          ? shippedThenLabelled(rng, 'international', shipping, at)
          : [releasedAfter(rng, attempts)],
      }),
    );
  });
}
