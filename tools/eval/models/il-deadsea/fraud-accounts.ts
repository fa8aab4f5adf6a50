import { accountBuyer, DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { batchAt, IL_TZ, placeAt } from './calendar.js';
import { type Decline, newCard } from './cards.js';
import {
  basketOf,
  CODES,
  everyday,
  giftCardLine,
  giftSet,
  ITEMS,
  type Line,
  lineFor,
  linesOf,
  PREMIUM,
  REFILLS,
  withCode,
} from './catalogue.js';
import {
  fraudAfter,
  fraudDevice,
  fraudPurchase,
  hostingIp,
  residentialProxy,
  throwawayEmail,
} from './fraud-kit.js';
import { ipOn, network, networksOf } from './networks.js';
import { type Account, deviceId, emailOf, folded, ownDevice, personOf, type World } from './people.js';
import { forwarder, homeIn, nearby, pickupPoint, sanctionedHome } from './places.js';
import {
  type Attempt,
  cardAttempt,
  fulfilment,
  type LaterEvent,
  other,
  type Purchase,
  walletOf,
} from './purchase.js';
import { currencyOf, deliveryTo } from './shoppers.js';

/** The fraud kinds that run on customers' accounts, or on the store's own policies. */

/**
 * Account takeover: credentials from another site's breach tried until one works on an account a year or more
 * old with a saved card. The intruder spends the saved card (no CVC asked) on serums, gift sets and e-gift
 * cards, from a new device behind a VPN or a proxy in the customer's country, to a locker or forwarder, or
 * redirects the parcel after the order. Customers who read the confirmation e-mail call in time; the rest
 * charge it back.
 */
export function accountTakeover(rng: Rng, w: World, n: number): Purchase[] {
  const aged = (list: Account[]) => list.filter((a) => a.createdAt < w.window.start - 60 * DAY);
  const il = aged(w.il);
  const intl = aged(w.intl);
  return Array.from({ length: n }, () => {
    const a = rng.chance(0.55) || intl.length === 0 ? rng.pick(il.length > 0 ? il : w.il) : rng.pick(intl);
    const israeli = a.country === 'IL';
    const at = placeAt(rng, w.window, {
      tz: rng.pick([IL_TZ, 1, 3, 7]),
      season: 'flat',
      rhythm: 'night',
      weekly: 'none',
    });
    const currency = currencyOf(a.country);
    const cardsOnly = rng.chance(0.3);
    const lines: Line[] = cardsOnly
      ? [giftCardLine(rng, currency, rng.int(2, 4))]
      : [lineFor(rng.pick(PREMIUM), currency, rng.int(1, 3)), lineFor(giftSet(rng), currency, rng.int(1, 3))];
    const delivery = cardsOnly
      ? 'email'
      : israeli
        ? 'pickup_point'
        : rng.chance(0.5)
          ? 'intl_express'
          : 'intl_standard';
    const redirect = !cardsOnly && rng.chance(0.3);
    const away = israeli
      ? pickupPoint(rng)
      : rng.chance(0.5)
        ? forwarder(rng, a.country)
        : homeIn(rng, a.country).address;
    const shipping = redirect ? a.home : away;
    const basket = basketOf(lines, currency, delivery);
    const attempts: Attempt[] = [
      cardAttempt(rng, rng.pick(a.cards), {
        entry: 'saved',
        ok: rng.chance(0.88),
        decline: 'do_not_honor',
        afterMs: rng.int(5_000, 25_000),
      }),
    ];
    const noticed = rng.chance(0.35);
    const later: LaterEvent[] = noticed
      ? [
          { type: 'order.cancelled', afterMs: rng.int(1, 12) * HOUR, reason: 'account_compromised' },
          { type: 'refund.created', afterMs: rng.int(13, 20) * HOUR, reason: 'fraudulent' },
        ]
      : fraudAfter(rng, delivery, { warning: 0.2, dispute: 0.55, disputeDays: [7, 40] });
    if (redirect && !noticed)
      later.push({ type: 'order.updated', afterMs: rng.int(10, 90) * MINUTE, shipping: away });
    const where = rng.weightedPick<'vpn' | 'proxy' | 'phone'>([
      ['vpn', 45],
      ['proxy', 35],
      ['phone', israeli ? 20 : 0],
    ]);
    const changedEmail = rng.chance(0.25);
    return fraudPurchase({
      at,
      kind: 'account_takeover',
      basket,
      billing: { ...a.home },
      attempts,
      later,
      buyer: { ...accountBuyer(a), ...(changedEmail ? { email: throwawayEmail(rng, a.person) } : {}) },
      shipping,
      delivery,
      ip:
        where === 'vpn'
          ? hostingIp(rng)
          : where === 'proxy'
            ? residentialProxy(rng, a.country)
            : ipOn(rng, rng.pick(networksOf('IL', 'mobile'))),
      device: fraudDevice(rng, 0.8),
      locale: a.locale,
    });
  });
}

/**
 * Promo farms: one person opening account after account minutes before ordering, for the welcome code or a
 * creator's code and the free mini that comes with a first order, each basket just over the free-shipping
 * line; one phone, one home connection, the same card or Bit, the same locker. Gmail's dots and
 * plus-addresses make every e-mail "new". The store cancels some when it notices; none are charged back.
 */
export function promoAbuse(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < n) {
    const size = Math.min(n - out.length, rng.int(3, 8));
    const person = personOf(rng, rng.chance(0.8) ? 'he' : 'ru');
    const base = `${folded(person.first)}${folded(person.last)}`;
    const home = homeIn(rng, 'IL').address;
    const locker = pickupPoint(rng, home.city);
    const phone = ownDevice(rng, 'IL', 1);
    const devices = [phone, rng.chance(0.25) ? ownDevice(rng, 'IL', 0) : phone];
    const ip = ipOn(rng, network(rng.pick(['il-cable', 'il-fibre-b', 'il-fibre-dsl-a'])));
    const card = newCard(rng, 'IL');
    const bit = rng.chance(0.4);
    const code = rng.chance(0.6) ? CODES.welcome[0] : rng.pick(CODES.influencersIL);
    let at = placeAt(rng, w.window, { tz: IL_TZ, season: 'il', rhythm: 'evening', weekly: 'shabbat' });
    for (let i = 0; i < size; i++) {
      at += i === 0 ? 0 : rng.int(4, 90) * MINUTE;
      const local = rng.chance(0.5)
        ? base
            .split('')
            .map((c, j) => (j > 0 && rng.chance(0.2) ? `.${c}` : c))
            .join('')
        : `${base}+${rng.int(1, 99)}`;
      const first = rng.chance(0.5) ? person.first : personOf(rng, 'he').first;
      const lines = linesOf(rng, 'ILS', rng.int(2, 3), everyday);
      if (rng.chance(0.5)) lines.push(lineFor(ITEMS.hyaluronic, 'ILS'));
      const delivery = rng.chance(0.7) ? 'pickup_point' : 'courier';
      const basket = basketOf(lines, 'ILS', delivery, withCode(code));
      const device = rng.pick(devices);
      const attempts: Attempt[] = [
        bit
          ? other('bit', true, rng.int(10_000, 40_000))
          : cardAttempt(rng, card, { ok: true, afterMs: rng.int(10_000, 40_000) }),
      ];
      const caught = rng.chance(0.15);
      out.push(
        fraudPurchase({
          at: Math.min(at, w.window.end - 1),
          kind: 'promo_abuse',
          basket,
          billing: home,
          attempts,
          later: caught
            ? [
                { type: 'order.cancelled', afterMs: rng.int(3, 20) * HOUR, reason: 'promo_abuse' },
                { type: 'refund.created', afterMs: rng.int(21, 30) * HOUR, reason: 'requested_by_customer' },
              ]
            : fulfilment(rng, delivery),
          buyer: {
            id: `cus_${rng.digits(10)}`,
            email: `${local}@gmail.com`,
            name: `${first} ${person.last}`,
            createdAt: at - rng.int(2, 20) * MINUTE,
          },
          shipping: delivery === 'pickup_point' ? locker : home,
          delivery,
          ip: rng.chance(0.8) ? ip : ipOn(rng, rng.pick(networksOf('IL', 'mobile'))),
          device: { userAgent: device.userAgent, id: device.id ?? deviceId(rng) },
          locale: 'he-IL',
        }),
      );
    }
  }
  return out;
}

/**
 * Friendly fraud: customers who got what they ordered and charge it back anyway. A refill they forgot they
 * subscribed to ("subscription cancelled"), a parcel "never received" that was signed for, a charge they do
 * not recognise under the store's billing name, a cream they did not like and did not return.
 */
export function friendlyFraud(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const renewal = rng.chance(0.3) && w.subscribers.length > 0;
    const a = renewal ? rng.pick(w.subscribers) : rng.chance(0.5) ? rng.pick(w.il) : rng.pick(w.intl);
    const currency = currencyOf(a.country);
    const delivery = renewal
      ? a.country === 'IL'
        ? 'courier'
        : 'intl_standard'
      : deliveryTo(rng, a.country);
    const lines = renewal
      ? linesOf(rng, currency, rng.int(1, 3), (r) => r.pick(REFILLS))
      : linesOf(rng, currency, rng.int(1, 4), everyday);
    if (!renewal && rng.chance(0.3)) lines.push(lineFor(giftSet(rng), currency));
    const basket = basketOf(lines, currency, delivery, renewal ? withCode(CODES.subscription[0]) : undefined);
    const at = renewal
      ? batchAt(rng, w.window)
      : placeAt(rng, w.window, {
          tz: a.tz,
          season: a.country === 'IL' ? 'il' : 'intl',
          rhythm: 'evening',
          weekly: 'none',
        });
    const device = rng.pick(a.devices);
    const attempts: Attempt[] = renewal
      ? [
          cardAttempt(rng, rng.pick(a.cards), {
            entry: 'off_session',
            ok: true,
            afterMs: rng.int(2_000, 20_000),
          }),
        ]
      : a.country === 'IL' && rng.chance(0.2)
        ? [other('bit', true, rng.int(8_000, 40_000))]
        : [
            cardAttempt(rng, rng.pick(a.cards), {
              entry: rng.chance(0.5) ? 'saved' : 'typed',
              ok: true,
              afterMs: rng.int(8_000, 40_000),
              wallet: walletOf(device),
            }),
          ];
    const reason = renewal
      ? 'subscription_canceled'
      : rng.weightedPick<string>([
          ['product_not_received', 40],
          ['unrecognized', 30],
          ['product_unacceptable', 18],
          ['credit_not_processed', 12],
        ]);
    const later = fulfilment(rng, delivery);
    later.push({ type: 'dispute.created', afterMs: rng.int(15, 60) * DAY, reason });
    const shipping = delivery === 'pickup_point' ? pickupPoint(rng, a.home.city) : a.home;
    return fraudPurchase({
      at,
      kind: 'friendly_fraud',
      basket,
      billing: { ...a.home },
      attempts,
      later,
      buyer: accountBuyer(a),
      shipping,
      delivery,
      ...(renewal ? {} : { ip: ipOn(rng, network(rng.chance(0.7) ? a.homeNet : a.mobileNet)), device }),
      locale: a.locale,
      channel: renewal ? 'subscription' : 'web',
    });
  });
}

/**
 * Orders touching Russia or Belarus. Russian-speaking Israelis send gift sets to family in Moscow or Minsk
 * from the Hebrew (Russian) site with their Israeli cards; the store's carriers do not deliver there, so most
 * are cancelled and refunded. Residents of Russia and Belarus try the international site: their cards are
 * refused abroad, so they try a card opened in Kazakhstan or Armenia, some through a VPN.
 */
export function sanctionedCountry(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const to = rng.chance(0.8) ? 'RU' : 'BY';
    const pattern = rng.weightedPick<'family' | 'resident' | 'vpn'>([
      ['family', 50],
      ['resident', 35],
      ['vpn', 15],
    ]);
    const there = sanctionedHome(rng, to);
    if (pattern === 'family') {
      const person = personOf(rng, 'ru');
      const home = homeIn(rng, 'IL');
      const at = placeAt(rng, w.window, {
        tz: IL_TZ,
        season: 'intl_gifts',
        rhythm: 'evening',
        weekly: 'shabbat',
      });
      const lines = [lineFor(giftSet(rng), 'ILS', rng.int(1, 2)), lineFor(everyday(rng), 'ILS')];
      const basket = basketOf(lines, 'ILS', 'intl_standard');
      const device = ownDevice(rng, 'IL');
      const stopped = rng.chance(0.8);
      const attempts: Attempt[] = [
        rng.chance(0.2)
          ? other('bit', true, rng.int(8_000, 40_000))
          : cardAttempt(rng, newCard(rng, 'IL'), {
              ok: true,
              afterMs: rng.int(8_000, 40_000),
              installments: 1,
            }),
      ];
      return fraudPurchase({
        at,
        kind: 'sanctioned_country',
        basket,
        billing: home.address,
        attempts,
        later: stopped
          ? [
              { type: 'order.cancelled', afterMs: rng.int(4, 30) * HOUR, reason: 'shipping_restricted' },
              { type: 'refund.created', afterMs: rng.int(31, 40) * HOUR, reason: 'shipping_restricted' },
            ]
          : fulfilment(rng, 'intl_standard'),
        buyer: { email: emailOf(rng, person, 'IL'), name: person.name },
        shipping: there.address,
        delivery: 'intl_standard',
        ip: ipOn(rng, rng.pick(networksOf('IL'))),
        device,
        locale: 'ru-IL',
        giftNote: 'С праздником! Целуем, ждём в гости',
      });
    }
    const person = personOf(rng, 'ru');
    const at = placeAt(rng, w.window, { tz: there.tz, season: 'intl', rhythm: 'evening', weekly: 'none' });
    const lines = linesOf(rng, 'USD', rng.int(2, 4), everyday);
    if (rng.chance(0.5)) lines.push(lineFor(rng.pick(PREMIUM), 'USD'));
    const basket = basketOf(lines, 'USD', 'intl_standard');
    const home = newCard(rng, to);
    const attempts: Attempt[] = [];
    if (pattern === 'resident')
      attempts.push(
        cardAttempt(rng, home, {
          ok: false,
          afterMs: rng.int(8_000, 40_000),
          decline: (home.brand === 'mir' ? 'card_not_supported' : 'restricted_card') as Decline,
          threeDS: 'not_enrolled',
        }),
      );
    const abroadCard = newCard(rng, rng.chance(0.7) ? 'KZ' : 'AM');
    const tried = pattern === 'vpn' || rng.chance(0.5);
    const paid = tried && rng.chance(0.6);
    if (tried)
      attempts.push(
        cardAttempt(rng, abroadCard, {
          ok: paid,
          afterMs: rng.int(40_000, 4 * MINUTE),
          ...(paid ? {} : { decline: 'do_not_honor' as Decline }),
        }),
      );
    if (!tried) attempts.push(other('paypal', false, rng.int(40_000, 4 * MINUTE), 'restricted_card'));
    const stopped = rng.chance(0.7);
    return fraudPurchase({
      at,
      kind: 'sanctioned_country',
      basket,
      billing: there.address,
      attempts,
      later: stopped
        ? [
            { type: 'order.cancelled', afterMs: rng.int(4, 30) * HOUR, reason: 'shipping_restricted' },
            { type: 'refund.created', afterMs: rng.int(31, 40) * HOUR, reason: 'shipping_restricted' },
          ]
        : fulfilment(rng, 'intl_standard'),
      buyer: { email: emailOf(rng, person, to), name: person.name },
      shipping: rng.chance(0.85) ? there.address : nearby(rng, there.address),
      delivery: 'intl_standard',
      ip: pattern === 'vpn' ? hostingIp(rng, ['NL', 'DE']) : ipOn(rng, rng.pick(networksOf(to))),
      device: ownDevice(rng, to),
      locale: 'ru-RU',
    });
  });
}
