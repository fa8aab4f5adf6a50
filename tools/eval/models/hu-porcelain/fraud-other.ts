import { accountBuyer, type Address, type Product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { BUDAPEST, placeAt } from './calendar.js';
import {
  antique,
  basketOf,
  type Category,
  COLLECTIBLES,
  FIGURINES,
  GIFTS,
  inForints,
  pickProducts,
  SERVICES,
} from './catalogue.js';
import { fraudDecline, newCard } from './cards.js';
import { crewConnection, crewEmail, currencyFor, fraudPurchase, residential } from './fraud-kit.js';
import { dispatch, release } from './fulfilment.js';
import { ipOn, net } from './networks.js';
import { emailOf, freshAccount, newBuyer, personFrom } from './people.js';
import { country, forwarder, homeIn, plain } from './places.js';
import { newDevice } from './devices.js';
import {
  type Attempt,
  attemptsSpan,
  cardAttempt,
  DAY,
  HOUR,
  type LaterEvent,
  type Purchase,
  retryGap,
} from './purchase.js';
import { type World } from './world.js';

/**
 * The scams a dealer in big pieces sees by e-mail and wire, and buyers the shop may not sell to: porcelain and
 * crystal are on the EU's list of luxury goods barred from export to Russia and Belarus, and Iran is under
 * embargo.
 */

type Line = readonly [Product<Category>, number];

/**
 * Wire fraud: a "collector" abroad, new to the shop, orders antiques or a big Herend piece by SWIFT wire,
 * mails a forged transfer confirmation and presses for dispatch. Usually no money ever comes; sometimes it does,
 * from an account the crew controls with a victim's money, and the sending bank recalls it after the piece has
 * gone.
 */
export function wireFraud(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const claimed = rng.weightedPick<string>([
      ['GB', 30],
      ['US', 25],
      ['AE', 20],
      ['HK', 10],
      ['SG', 8],
      ['CH', 7],
    ]);
    const person = personFrom(rng, claimed);
    const home = plain(homeIn(rng, claimed));
    const at = placeAt(rng, w.window, BUDAPEST, 'any', 'flat');
    const viaForwarder = rng.chance(0.4);
    const shipping: Address = viaForwarder ? forwarder(rng, rng.pick(['US', 'GB', 'AE'] as const)) : home;
    const lines: Line[] = rng.chance(0.5)
      ? Array.from({ length: rng.int(1, 2) }, () => [antique(rng), 1] as Line)
      : [
          [
            rng.pick([
              FIGURINES.horse,
              FIGURINES.parrot,
              FIGURINES.pheasants,
              SERVICES.victoria,
              SERVICES.bouquet,
            ]),
            1,
          ],
        ];
    const basket = basketOf(lines, {
      currency: currencyFor(claimed),
      delivery: 'courier',
      to: shipping.country,
    });
    const email = crewEmail(rng, person);
    const signup = rng.chance(0.8);
    const buyer = signup
      ? accountBuyer({
          ...freshAccount(rng, newBuyer(rng, 'foreign', claimed), at),
          email,
          name: person.name,
        })
      : { email, name: person.name };
    const later: LaterEvent[] = [];
    if (rng.chance(0.65)) {
      later.push({ type: 'order.updated', afterMs: rng.int(6, 40) * HOUR, status: 'awaiting_funds' });
      later.push({ type: 'order.cancelled', afterMs: rng.int(9, 14) * DAY, reason: 'payment_not_received' });
    } else {
      const arrives = rng.int(20, 80) * HOUR;
      later.push({ type: 'payment.succeeded', afterMs: arrives, method: 'wire_transfer' });
      const d = dispatch(rng, arrives, country(shipping.country).zone, [4, 30]);
      later.push(...d.events);
      later.push({ type: 'dispute.created', afterMs: arrives + rng.int(12, 40) * DAY, reason: 'fraudulent' });
    }
    const route = rng.weightedPick<'vpn' | 'proxy' | 'elsewhere'>([
      ['vpn', 55],
      ['proxy', 25],
      ['elsewhere', 20],
    ]);
    const network =
      route === 'vpn'
        ? net(rng.pick(['nl-hosting', 'de-hosting', 'gb-hosting', 'us-hosting', 'sg-hosting']))
        : route === 'proxy'
          ? residential(rng, claimed)
          : net(rng.pick(['gb-mobile', 'us-mobile', 'de-mobile']));
    return fraudPurchase(rng, {
      kind: 'wire_fraud',
      at,
      buyer,
      billing: home,
      shipping,
      delivery: 'courier',
      basket,
      attempts: [],
      offline: 'wire_transfer',
      later,
      ip: ipOn(rng, network),
      device: newDevice(rng, rng.pick(['west', 'gulf'] as const), 0.75),
      locale: 'en-GB',
    });
  });
}

type Sanctioned = 'ru_forwarder' | 'ru_direct' | 'belarus' | 'iran' | 'ru_visitor';

/**
 * Buyers from sanctioned jurisdictions: Russians ordering Herend to forwarders in Kazakhstan, Georgia, Armenia,
 * Turkey or Dubai (porcelain is on the luxury-goods export ban) with a Russian card first and a card opened
 * abroad next, or straight to a Russian address; Belarusians the same way; Iranian collectors through Turkey
 * and Dubai; Russian visitors reserving for collection in Budapest. The shop's sanctions screening stops most
 * of what gets paid.
 */
export function sanctionedCountry(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const variant = rng.weightedPick<Sanctioned>([
      ['ru_forwarder', 40],
      ['ru_direct', 15],
      ['belarus', 15],
      ['iran', 12],
      ['ru_visitor', 18],
    ]);
    const home = variant === 'belarus' ? 'BY' : variant === 'iran' ? 'IR' : 'RU';
    const person = personFrom(rng, home);
    const billing = plain(homeIn(rng, home));
    const visitor = variant === 'ru_visitor';
    const at = placeAt(rng, w.window, visitor ? BUDAPEST : country(home).tz, 'home', 'flat');
    const shipping: Address | undefined = visitor
      ? undefined
      : variant === 'ru_direct'
        ? billing
        : variant === 'iran'
          ? forwarder(rng, rng.pick(['TR', 'AE'] as const))
          : forwarder(rng, rng.pick(['KZ', 'GE', 'AM', 'TR', 'AE'] as const));
    const currency = visitor ? 'HUF' : variant === 'iran' ? 'USD' : rng.chance(0.7) ? 'EUR' : 'USD';
    const lines: Line[] = pickProducts(rng, rng.chance(0.6) ? COLLECTIBLES : GIFTS, rng.int(1, 3)).map(
      (p) => [p, 1],
    );
    if (!visitor && rng.chance(0.1)) lines.push([rng.pick([SERVICES.apponyi, SERVICES.victoria]), 1]);
    const basket = basketOf(lines, {
      currency,
      delivery: visitor ? 'pickup' : 'courier',
      ...(shipping ? { to: shipping.country } : {}),
    });
    const forints = inForints(basket.amount, basket.currency);
    // A card opened abroad to get round the card schemes' exit from Russia and Belarus.
    const abroadCard = newCard(
      rng,
      variant === 'iran' ? rng.pick(['TR', 'AE']) : rng.pick(['KZ', 'AM', 'AE', 'TR', 'GE']),
    );
    const attempts: Attempt[] = [];
    let offline: 'pay_in_store' | undefined;
    if (visitor) {
      attempts.push(
        cardAttempt(rng, newCard(rng, 'RU'), forints, {
          ok: false,
          decline: 'transaction_not_allowed',
          afterMs: rng.int(10_000, 40_000),
        }),
      );
      if (rng.chance(0.7)) offline = 'pay_in_store';
    } else {
      if (variant !== 'iran' && rng.chance(0.55))
        attempts.push(
          cardAttempt(rng, newCard(rng, home), forints, {
            ok: false,
            decline: rng.chance(0.6) ? 'transaction_not_allowed' : 'restricted_card',
            afterMs: rng.int(10_000, 50_000),
          }),
        );
      const ok = rng.chance(0.72);
      attempts.push(
        cardAttempt(rng, abroadCard, forints, {
          ok,
          afterMs: attempts.length > 0 ? retryGap(rng) : rng.int(10_000, 50_000),
          ...(ok ? {} : { decline: fraudDecline(rng) }),
        }),
      );
    }
    const later = sanctionedLater(rng, attempts, offline, shipping);
    // At home, or living in the transit country the forwarder is in (many Russians moved to Kazakhstan,
    // Georgia and Turkey), or behind a VPN.
    const transit = shipping && ['KZ', 'GE', 'TR'].includes(shipping.country) ? shipping.country : undefined;
    const where = rng.weightedPick<'home' | 'transit' | 'vpn'>([
      ['home', 50],
      ['transit', transit ? 25 : 0],
      ['vpn', 30],
    ]);
    const homeNet =
      home === 'RU' ? rng.pick(['ru-fixed', 'ru-mobile']) : home === 'BY' ? 'by-fixed' : 'ir-fixed';
    const connection = visitor
      ? { ip: ipOn(rng, net(rng.pick(['hu-office-hotel', 'hu-mobile-a']))), device: newDevice(rng, 'west') }
      : where === 'vpn'
        ? crewConnection(rng, 'vpn', home)
        : {
            ip: ipOn(rng, where === 'transit' && transit ? residential(rng, transit) : net(homeNet)),
            device: newDevice(rng, 'west'),
          };
    return fraudPurchase(rng, {
      kind: 'sanctioned_country',
      at,
      buyer: { email: emailOf(rng, person, home), name: person.name },
      billing,
      ...(shipping ? { shipping } : {}),
      delivery: visitor ? 'pickup' : 'courier',
      basket,
      attempts,
      ...(offline ? { offline } : {}),
      later,
      ...connection,
      locale: 'en-GB',
    });
  });
}

function sanctionedLater(
  rng: Rng,
  attempts: readonly Attempt[],
  offline: 'pay_in_store' | undefined,
  shipping: Address | undefined,
): LaterEvent[] {
  const span = attemptsSpan(attempts);
  if (offline) {
    const ready = span + rng.int(3, 20) * HOUR;
    if (rng.chance(0.6))
      return [
        { type: 'order.cancelled', afterMs: ready + rng.int(1, 30) * HOUR, reason: 'sanctions_screening' },
      ];
    const collect = ready + rng.int(2, 40) * HOUR;
    return [
      { type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' },
      { type: 'payment.succeeded', afterMs: collect - 120_000, method: 'pay_in_store' },
      { type: 'order.updated', afterMs: collect, status: 'collected' },
    ];
  }
  if (!attempts.some((a) => a.ok)) return [release(rng, attempts)];
  if (rng.chance(0.6) || !shipping)
    return [
      { type: 'order.cancelled', afterMs: span + rng.int(2, 30) * HOUR, reason: 'sanctions_screening' },
    ];
  return dispatch(rng, span, country(shipping.country).zone, [16, 48]).events;
}
