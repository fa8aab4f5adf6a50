import { DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { IL_TZ, placeAt } from './calendar.js';
import { type Decline, type HeldCard, newCard, testingBins, testingCard } from './cards.js';
import {
  basketOf,
  everyday,
  giftCardLine,
  giftSet,
  ITEMS,
  type Line,
  lineFor,
  linesOf,
  PRO,
} from './catalogue.js';
import {
  fraudAfter,
  fraudDevice,
  fraudPurchase,
  hostingIp,
  residentialProxy,
  spaced,
  throwawayEmail,
} from './fraud-kit.js';
import { ipOn, networksOf } from './networks.js';
import { cultureOf, deviceOf, freshAccountAge, personOf, type World } from './people.js';
import { type Country, forwarder, homeIn, MARKETS, pickupPoint } from './places.js';
import { type Attempt, cardAttempt, other, type Purchase, type ThreeDS } from './purchase.js';
import { currencyOf } from './shoppers.js';

/** The fraud kinds that run on stolen card numbers. */

const TESTING_ITEMS = [ITEMS.lipBalm, ITEMS.travelHand, ITEMS.soaps, ITEMS.miniKit];

/**
 * Card testing: a script on the international site works through a list of US prepaid and debit numbers on
 * one or two BINs, as guests, on the cheapest item or a $25 e-gift card, a random US billing address,
 * disposable e-mails, rotating proxies and cloud servers, a run of orders a minute or two apart in the
 * store's small hours. Most are declined; the few that go through are warned about or charged back.
 */
export function cardTesting(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < n) {
    const size = Math.min(n - out.length, rng.int(5, 22));
    const bins = testingBins(rng);
    const device = rng.chance(0.5) ? deviceOf(rng, 'headless', 0.5) : fraudDevice(rng, 0.3);
    let at = placeAt(rng, w.window, { tz: IL_TZ, season: 'flat', rhythm: 'night', weekly: 'none' });
    for (let i = 0; i < size; i++) {
      at += i === 0 ? 0 : rng.int(20_000, 150_000);
      const e = rng.chance(0.4);
      const lines: Line[] = e ? [giftCardLine(rng, 'USD')] : [lineFor(rng.pick(TESTING_ITEMS), 'USD')];
      if (e) lines[0] = { ...(lines[0] as Line), sku: 'GC-USD-25', name: 'E-gift card $25', price: 2500 };
      const delivery = e ? 'email' : 'intl_standard';
      const basket = basketOf(lines, 'USD', delivery);
      const tries = rng.weightedPick<number>([
        [1, 55],
        [2, 30],
        [3, 15],
      ]);
      const attempts: Attempt[] = spaced(rng, tries, [3_000, 20_000]).map((afterMs) => {
        const ok = rng.chance(0.1);
        const decline = rng.weightedPick<Decline>([
          ['do_not_honor', 5],
          ['insufficient_funds', 4],
          ['incorrect_cvc', 3],
          ['stolen_card', 2],
          ['expired_card', 2],
          ['authentication_failed', 1],
        ]);
        return cardAttempt(rng, testingCard(rng, bins), {
          ok,
          match: 'bad',
          afterMs,
          ...(ok ? {} : { decline }),
          threeDS: ok
            ? rng.chance(0.7)
              ? 'attempted'
              : 'frictionless'
            : rng.chance(0.5)
              ? 'not_enrolled'
              : 'attempted',
        });
      });
      const okAt = attempts.findIndex((a) => a.ok);
      const billing = homeIn(rng, 'US').address;
      out.push(
        fraudPurchase({
          at: Math.min(at, w.window.end - 1),
          kind: 'card_testing',
          basket,
          billing,
          attempts: okAt >= 0 ? attempts.slice(0, okAt + 1) : attempts,
          later: fraudAfter(rng, delivery, {
            caught: e ? 0 : 0.4,
            warning: 0.4,
            dispute: 0.25,
            refundOnWarning: 0.4,
          }),
          buyer: { email: throwawayEmail(rng, undefined, rng.chance(0.5)), name: personOf(rng, 'en').name },
          delivery,
          ip: rng.chance(0.5) ? hostingIp(rng, ['US', 'NL', 'DE']) : residentialProxy(rng, 'US'),
          device,
          locale: 'en-US',
        }),
      );
    }
  }
  return out;
}

const HOLDERS: ReadonlyArray<readonly [Country, number]> = [
  ['US', 40],
  ['GB', 20],
  ['CA', 10],
  ['AU', 10],
  ['DE', 8],
  ['FR', 7],
  ['NL', 5],
];

const SCA = new Set(['GB', 'DE', 'FR', 'NL', 'BE', 'AT', 'IT', 'ES', 'IE']);

/** A stolen foreign card tried at 3-D Secure: Europe's challenges stop most; elsewhere the issuer decides. */
function stolenTry(rng: Rng, card: HeldCard, afterMs: number, matchGood: boolean): Attempt {
  const match = matchGood ? 'good' : 'bad';
  if (SCA.has(card.country)) {
    // The one-time code was phished along with the card now and then.
    const phished = rng.chance(0.3);
    return cardAttempt(rng, card, {
      ok: phished,
      match,
      afterMs,
      ...(phished
        ? { threeDS: 'challenge_passed' as ThreeDS }
        : { decline: 'authentication_failed' as Decline }),
    });
  }
  const ok = rng.chance(0.62);
  return cardAttempt(rng, card, {
    ok,
    match,
    afterMs,
    ...(ok
      ? { threeDS: rng.chance(0.85) ? ('frictionless' as ThreeDS) : ('attempted' as ThreeDS) }
      : {
          decline: rng.weightedPick<Decline>([
            ['stolen_card', 3],
            ['do_not_honor', 4],
            ['lost_card', 1],
            ['insufficient_funds', 1],
          ]),
        }),
  });
}

/**
 * Stolen foreign cards on the international site, bought as "fullz" (with the holder's address) or bare: the
 * premium serum and gift sets by the handful, a fresh e-mail, a residential proxy near the holder or a VPN,
 * sent express to a reshipper or another address; a third try a second or third card when one fails.
 */
export function stolenCard(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const country = rng.weightedPick(HOLDERS);
    const holder = personOf(rng, cultureOf(rng, country), 0.55);
    const home = homeIn(rng, country);
    const fullz = rng.chance(0.6);
    const billing = fullz ? home.address : homeIn(rng, country).address;
    const at = placeAt(rng, w.window, {
      tz: rng.pick([IL_TZ, 1, 3, -5, 8]),
      season: 'intl',
      rhythm: 'anytime',
      weekly: 'none',
    });
    const currency = currencyOf(country);
    const lines = [lineFor(rng.chance(0.6) ? ITEMS.goldSerum : ITEMS.retinol, currency, rng.int(1, 3))];
    lines.push(lineFor(rng.chance(0.5) ? ITEMS.luxSet : giftSet(rng), currency, rng.int(1, 3)));
    if (rng.chance(0.4)) lines.push(lineFor(giftSet(rng), currency, rng.int(1, 2)));
    const where = rng.weightedPick<'forwarder' | 'elsewhere' | 'billing'>([
      ['forwarder', 45],
      ['elsewhere', 35],
      ['billing', 20],
    ]);
    const shipping =
      where === 'forwarder'
        ? forwarder(rng, country)
        : where === 'elsewhere'
          ? homeIn(rng, country).address
          : billing;
    const delivery = rng.chance(0.6) ? 'intl_express' : 'intl_standard';
    const basket = basketOf(lines, currency, delivery);
    const cards = rng.chance(0.35) ? rng.int(2, 3) : 1;
    const attempts: Attempt[] = [];
    for (const afterMs of spaced(rng, cards, [40_000, 4 * MINUTE])) {
      const a = stolenTry(rng, newCard(rng, country, { international: true }), afterMs, fullz);
      attempts.push(a);
      if (a.ok) break;
    }
    const later = fraudAfter(rng, delivery, {
      caught: 0.1,
      warning: 0.45,
      dispute: 0.65,
      refundOnWarning: 0.25,
    });
    if (where === 'billing' && rng.chance(0.5))
      later.push({ type: 'order.updated', afterMs: rng.int(1, 6) * HOUR, shipping: forwarder(rng, country) });
    const fresh = rng.chance(0.4);
    const ipWhere = rng.weightedPick<'proxy' | 'vpn' | 'other'>([
      ['proxy', 50],
      ['vpn', 30],
      ['other', 20],
    ]);
    return fraudPurchase({
      at,
      kind: 'stolen_card',
      basket,
      billing,
      attempts,
      later,
      buyer: {
        ...(fresh ? { id: `cus_${rng.digits(10)}`, createdAt: at - freshAccountAge(rng) } : {}),
        email: throwawayEmail(rng, rng.chance(0.3) ? holder : undefined),
        name: holder.name,
      },
      shipping,
      delivery,
      ip:
        ipWhere === 'proxy'
          ? residentialProxy(rng, country)
          : ipWhere === 'vpn'
            ? hostingIp(rng)
            : residentialProxy(
                rng,
                rng.pick(['US', 'GB', 'DE', 'FR', 'ES', 'IT'].filter((c) => c !== country)),
              ),
      device: fraudDevice(rng),
      locale: MARKETS[country].locale,
    });
  });
}

/**
 * Israeli cards phished by text messages posing as the post office or a parcel company ("pay the customs
 * fee"): the kit collects the number, CVV and often the ID number. The buyers order ₪500 e-gift cards, gift
 * sets and serums on the Hebrew site as guests, under the holder's name, to a parcel locker in another city,
 * from an Israeli phone or a server abroad. Without the right ID number the gateway declines, and they try
 * another card.
 */
export function localCardFraud(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const holder = personOf(rng, cultureOf(rng, 'IL'), 0.6);
    const home = homeIn(rng, 'IL');
    const at = placeAt(rng, w.window, { tz: IL_TZ, season: 'il', rhythm: 'anytime', weekly: 'none' });
    const cardsOnly = rng.chance(0.35);
    const lines: Line[] = cardsOnly
      ? [
          {
            ...giftCardLine(rng, 'ILS', rng.int(1, 3)),
            sku: 'GC-ILS-500',
            name: 'E-gift card ₪500',
            price: 50_000,
          },
        ]
      : [
          lineFor(rng.chance(0.5) ? ITEMS.goldSerum : ITEMS.luxSet, 'ILS', rng.int(1, 3)),
          lineFor(giftSet(rng), 'ILS', rng.int(1, 3)),
        ];
    const delivery = cardsOnly ? 'email' : rng.chance(0.7) ? 'pickup_point' : 'courier';
    const shipping = delivery === 'pickup_point' ? pickupPoint(rng) : homeIn(rng, 'IL').address;
    const basket = basketOf(lines, 'ILS', delivery);
    const attempts: Attempt[] = [];
    const cards = rng.chance(0.35) ? rng.int(2, 4) : 1;
    for (const afterMs of spaced(rng, cards, [30_000, 3 * MINUTE])) {
      const card = newCard(rng, 'IL');
      const idKnown = rng.chance(0.65);
      const issuerStops = rng.chance(0.18);
      const ok = idKnown && !issuerStops;
      const installments = rng.chance(0.2) ? rng.pick([6, 10, 12]) : 1;
      attempts.push(
        cardAttempt(rng, card, {
          ok,
          afterMs,
          idKnown,
          installments,
          ...(ok
            ? {}
            : {
                decline: !idKnown
                  ? 'id_mismatch'
                  : rng.pick<Decline>(['stolen_card', 'call_issuer', 'do_not_honor']),
              }),
        }),
      );
      if (ok) break;
    }
    const ip = rng.weightedPick<'mobile' | 'abroad' | 'fixed'>([
      ['mobile', 55],
      ['abroad', 25],
      ['fixed', 20],
    ]);
    return fraudPurchase({
      at,
      kind: 'local_card_fraud',
      basket,
      billing: rng.chance(0.5) ? home.address : homeIn(rng, 'IL').address,
      attempts,
      later: fraudAfter(rng, delivery, { caught: 0.08, warning: 0.25, dispute: 0.75, disputeDays: [10, 45] }),
      buyer: {
        email: throwawayEmail(rng, rng.chance(0.4) ? holder : undefined),
        name: rng.chance(0.7) ? holder.name : personOf(rng, 'he').name,
      },
      shipping,
      delivery,
      ip:
        ip === 'mobile'
          ? ipOn(rng, rng.pick(networksOf('IL', 'mobile')))
          : ip === 'abroad'
            ? hostingIp(rng, ['NL', 'DE', 'US'])
            : ipOn(rng, rng.pick(networksOf('IL', 'fixed'))),
      device: rng.chance(0.5) ? deviceOf(rng, 'android', 0.8) : fraudDevice(rng),
      locale: 'he-IL',
    });
  });
}

/**
 * Triangulation: a seller lists the store's best-sellers cheaply on a marketplace, and when someone buys
 * there, orders the same item here with a stolen card (the holder's own address, so the address check passes)
 * to the marketplace buyer's address. A handful of sellers per stream, each on one or two devices behind
 * proxies near the cardholder; the parcels arrive, and the chargebacks come weeks later.
 */
export function triangulation(rng: Rng, w: World, n: number): Purchase[] {
  const sellers = Array.from({ length: Math.max(1, Math.round(n / 8)) }, () => ({
    devices: [fraudDevice(rng, 0.85), fraudDevice(rng, 0.85)],
    tz: rng.pick([1, 2, 3, 5.5, 7, 8]),
    country: rng.weightedPick<Country>([
      ['US', 55],
      ['GB', 25],
      ['CA', 10],
      ['AU', 10],
    ]),
  }));
  return Array.from({ length: n }, () => {
    const s = rng.pick(sellers);
    const holder = personOf(rng, cultureOf(rng, s.country), 0.55);
    const billing = homeIn(rng, s.country).address;
    const buyerThere = personOf(rng, cultureOf(rng, s.country));
    const at = placeAt(rng, w.window, { tz: s.tz, season: 'intl', rhythm: 'evening', weekly: 'none' });
    const currency = currencyOf(s.country);
    const lines = linesOf(rng, currency, rng.int(1, 3), everyday, 0.3);
    const delivery = rng.chance(0.85) ? 'intl_standard' : 'intl_express';
    const card = newCard(rng, s.country, { international: true });
    const sca = SCA.has(card.country);
    const ok = sca ? rng.chance(0.45) : rng.chance(0.9);
    const attempts = [
      cardAttempt(rng, card, {
        ok,
        afterMs: rng.int(8_000, 40_000),
        ...(ok
          ? {
              threeDS: (sca
                ? 'challenge_passed'
                : rng.chance(0.85)
                  ? 'frictionless'
                  : 'attempted') as ThreeDS,
            }
          : { decline: (sca ? 'authentication_failed' : 'do_not_honor') as Decline }),
      }),
    ];
    return fraudPurchase({
      at,
      kind: 'triangulation',
      basket: basketOf(lines, currency, delivery),
      billing,
      attempts,
      later: fraudAfter(rng, delivery, { warning: 0.35, dispute: 0.65, disputeDays: [20, 60] }),
      buyer: {
        email: throwawayEmail(rng, buyerThere),
        name: rng.chance(0.6) ? holder.name : buyerThere.name,
      },
      shipping: homeIn(rng, s.country).address,
      delivery,
      ip: rng.chance(0.8) ? residentialProxy(rng, s.country) : hostingIp(rng),
      device: rng.pick(s.devices),
      locale: MARKETS[s.country].locale,
    });
  });
}

const FAKE_SPAS = [
  'Luxe Spa & Wellness LLC',
  'Royal Skin Aesthetics Ltd',
  'Golden Glow Med Spa',
  'Elite Beauty Supply Co',
  'Crystal Waters Day Spa LLC',
  'Serene Touch Wellness Ltd',
];

/**
 * Fake wholesale buyers: a "spa" that opened its account yesterday on a free mailbox, asking for professional
 * tubs and retail cases at the wholesale price, sent express to a forwarder; card after stolen card, and when
 * all are declined, a bank transfer that never arrives.
 */
export function fakeWholesale(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const country = rng.weightedPick<Country>([
      ['US', 50],
      ['GB', 20],
      ['AU', 15],
      ['CA', 15],
    ]);
    const at = placeAt(rng, w.window, {
      tz: rng.pick([1, 0, -5]),
      season: 'business',
      rhythm: 'office',
      weekly: 'workweek',
    });
    const currency = currencyOf(country);
    const lines: Line[] = PRO.slice(0, rng.int(1, 3)).map((p) => lineFor(p, currency, rng.int(4, 12), true));
    lines.push(lineFor(ITEMS.goldSerum, currency, 12 * rng.int(1, 4), true));
    lines.push(
      lineFor(rng.pick([ITEMS.dayCream, ITEMS.nightCream, ITEMS.luxSet]), currency, 12 * rng.int(1, 3), true),
    );
    const delivery = 'intl_express';
    const basket = basketOf(lines, currency, delivery);
    const attempts: Attempt[] = [];
    for (const afterMs of spaced(rng, rng.int(1, 4), [60_000, 8 * MINUTE])) {
      const card = newCard(rng, rng.chance(0.7) ? country : rng.pick(['US', 'GB', 'CA']), {
        international: true,
      });
      const a = stolenTry(rng, card, afterMs, rng.chance(0.4));
      attempts.push(
        a.ok && rng.chance(0.7) ? { ...a, ok: false, decline: 'do_not_honor', threeDS: 'frictionless' } : a,
      );
      if (attempts[attempts.length - 1]?.ok) break;
    }
    if (!attempts.some((a) => a.ok) && rng.chance(0.45))
      attempts.push(other('bank_transfer', false, 5 * DAY, 'payment_timeout'));
    const name = rng.pick(FAKE_SPAS);
    const person = personOf(rng, 'en', 0.5);
    return fraudPurchase({
      at,
      kind: 'fake_wholesale',
      basket,
      billing: homeIn(rng, country).address,
      attempts,
      later: fraudAfter(rng, delivery, { caught: 0.25, warning: 0.4, dispute: 0.7 }),
      buyer: {
        id: `cus_${rng.digits(10)}`,
        email: `${throwawayEmail(rng, person).split('@')[0] ?? 'spa'}@gmail.com`,
        name: person.name,
        createdAt: at - rng.int(1, 48) * HOUR,
      },
      shipping: forwarder(rng, country),
      delivery,
      ip: rng.chance(0.5) ? hostingIp(rng) : residentialProxy(rng, rng.chance(0.6) ? country : 'GB'),
      device: fraudDevice(rng, 0.6),
      locale: MARKETS[country].locale,
      channel: 'wholesale',
      business: { name, taxId: `${rng.digits(2)}-${rng.digits(7)}` },
    });
  });
}
