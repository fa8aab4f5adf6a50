import { type Rng } from '../kit/random.js';
import { accountBuyer, connectionOf, destination, purchaseOf, type World } from './build.js';
import { HOME_HOURS, momentIn, NIGHT_HOURS } from './calendar.js';
import { binOf, cardOnBin, type Decline, type HeldCard, newCard, type ThreeDS } from './cards.js';
import {
  ACCESSORIES,
  AUDIO,
  basketOf,
  type Delivery,
  FLAGSHIP_PHONES,
  GAMING,
  GIFT_CARDS,
  type Item,
  LAPTOPS,
  MID_PHONES,
  SMALL_APPLIANCES,
  WEARABLES,
} from './catalogue.js';
import { EXITS, fraudLater, run, runSizes, scriptedBrowser } from './fraud-kit.js';
import { HOME_ABROAD, ipOn, KZ_MOBILE, NETWORKS } from './networks.js';
import {
  accountId,
  emailFor,
  foreignPerson,
  freshAge,
  fullName,
  type Gadget,
  kzPerson,
  newDevice,
  phoneFor,
} from './people.js';
import { ABROAD, addressAt, addressIn, cityNamed, kzCity } from './places.js';
import { type Attempt, cardAttempt, DAY, type Purchase, retryGap } from './purchase.js';

/** Fraud on cards: testing stolen numbers, buying iPhones on stolen foreign cards, and friendly fraud. */

const TESTED: ReadonlyArray<readonly [string, number]> = [
  ['US', 35],
  ['GB', 15],
  ['KZ', 30],
  ['TR', 10],
  ['AE', 10],
];

/**
 * Card testing: a script walks a batch of numbers on one or two BINs through the cheapest things the store
 * sells (a 5,000 ₸ e-gift card, a cable, a screen protector) as a guest, a few tries per checkout, at night,
 * through hosting exits. Kazakh cards fail 3-D Secure; most of the rest are dead, expired or wrong.
 */
export function cardTesting(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  for (const [r, size] of runSizes(rng, n, 4, 14).map((s, i) => [rng.fork(`run${i}`), s] as const)) {
    const country = r.weightedPick(TESTED);
    const bins = [binOf(r, country), binOf(r, country)];
    const exit = r.weightedPick(EXITS);
    const browser = scriptedBrowser(r);
    const item = r.weightedPick<Item>([
      [GIFT_CARDS[0] as Item, 55],
      [ACCESSORIES[2] as Item, 25],
      [ACCESSORIES[1] as Item, 20],
    ]);
    const delivery: Delivery = item.category === 'gift_cards' ? 'digital' : 'courier';
    const drop = addressIn(r, kzCity(r, ['almaty']));
    const times = run(w.window, momentIn(r, w.window, { hours: NIGHT_HOURS, sale: false }), size, () =>
      r.int(15_000, 150_000),
    );
    for (const at of times) {
      const tries = r.weightedPick<number>([
        [1, 45],
        [2, 30],
        [3, 25],
      ]);
      const attempts: Attempt[] = [];
      for (let i = 0; i < tries; i++) {
        const card = cardOnBin(r, r.pick(bins), country);
        const last = i === tries - 1;
        const ok = last && r.chance(country === 'KZ' ? 0.04 : 0.16);
        const decline = r.weightedPick<Decline>(
          country === 'KZ'
            ? [
                ['authentication_failed', 55],
                ['incorrect_cvc', 15],
                ['expired_card', 10],
                ['do_not_honor', 10],
                ['invalid_number', 10],
              ]
            : [
                ['incorrect_cvc', 25],
                ['expired_card', 15],
                ['do_not_honor', 20],
                ['insufficient_funds', 10],
                ['invalid_number', 15],
                ['stolen_card', 8],
                ['authentication_failed', 7],
              ],
        );
        const threeDS: ThreeDS | undefined = ok
          ? country === 'US'
            ? 'frictionless'
            : 'attempted'
          : undefined;
        attempts.push(
          cardAttempt(r, card, {
            ok,
            ...(ok ? {} : { decline }),
            afterMs: i === 0 ? r.int(4_000, 20_000) : r.int(3_000, 15_000),
            match: r.chance(0.5) ? 'wrong' : 'postcode_only',
            ...(threeDS ? { threeDS } : {}),
          }),
        );
      }
      const person = country === 'KZ' ? kzPerson(r) : foreignPerson(r, country);
      const billing = country === 'KZ' ? drop : addressAt(r, r.pick(ABROAD[country] ?? ABROAD['US'] ?? []));
      const basket = basketOf([[item, 1]], 'KZT', delivery);
      out.push(
        purchaseOf({
          at,
          kind: 'card_testing',
          fraud: true,
          buyer: {
            email: emailFor(r, person, r.chance(0.6) ? 'throwaway' : 'fresh'),
            name: fullName(person),
          },
          basket,
          billing,
          ...(delivery === 'courier' ? { shipping: drop } : {}),
          ip: ipOn(r, exit),
          device: browser,
          locale: r.chance(0.7) ? 'ru-KZ' : 'en',
          phone: phoneFor(r, 'KZ'),
          delivery,
          payment: { attempts },
          later: fraudLater(
            r,
            { delivery, attempts },
            { warning: 0.4, warningDays: [2, 12], dispute: 0.25, disputeDays: [15, 60] },
          ),
        }),
      );
    }
  }
  return out;
}

const STOLEN: ReadonlyArray<readonly [string, number]> = [
  ['US', 35],
  ['GB', 18],
  ['DE', 12],
  ['AE', 10],
  ['TR', 8],
  ['KR', 7],
  ['PL', 5],
];

const RESALE: ReadonlyArray<readonly [readonly Item[], number]> = [
  [FLAGSHIP_PHONES.slice(0, 3), 55],
  [LAPTOPS.slice(0, 2), 14],
  [GAMING.slice(0, 2), 10],
  [[AUDIO[0] as Item, WEARABLES[0] as Item], 11],
  [[SMALL_APPLIANCES[5] as Item, SMALL_APPLIANCES[4] as Item], 10],
];

/**
 * Stolen foreign cards buying what resells best (the newest iPhones, MacBooks, consoles, AirPods, Dyson) for
 * pickup by a runner or express delivery to rented flats in Almaty and Astana; the crew connects through
 * residential proxies in the card's country, hosting exits, or the runner's own phone. US cards often pass
 * 3-D Secure without a challenge; elsewhere the crew fails it unless the code was phished too.
 */
export function stolenForeignCard(rng: Rng, w: World, n: number): Purchase[] {
  const crewDevices: Gadget[] = Array.from({ length: 3 }, () =>
    newDevice(rng, rng.chance(0.5) ? 'desktop' : 'mobile_web', 0.5),
  );
  const drops = Array.from({ length: 4 }, () => {
    const city = rng.chance(0.7) ? cityNamed('Almaty') : cityNamed('Astana');
    return { city, address: addressIn(rng, city) };
  });
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`s${i}`);
    const at = momentIn(r, w.window, { hours: HOME_HOURS, saleBias: 1.2 });
    const country = r.weightedPick(STOLEN);
    const holder = foreignPerson(r, country);
    const place = r.pick(ABROAD[country] ?? ABROAD['US'] ?? []);
    const drop = r.pick(drops);
    const items: Array<[Item, number]> = [[r.pick(r.weightedPick(RESALE)), r.chance(0.25) ? 2 : 1]];
    if (r.chance(0.25)) items.push([AUDIO[0] as Item, 1]);
    const delivery: Delivery = r.weightedPick<Delivery>([
      ['express', 40],
      ['pickup', 35],
      ['courier', 25],
    ]);
    const basket = basketOf(items, 'KZT', delivery);
    const exit = r.next();
    const ip =
      exit < 0.4
        ? ipOn(r, HOME_ABROAD[country] ?? NETWORKS.usHome)
        : exit < 0.65
          ? ipOn(r, r.weightedPick(EXITS))
          : ipOn(r, r.weightedPick(KZ_MOBILE));
    const device = r.chance(0.55)
      ? r.pick(crewDevices)
      : newDevice(r, r.chance(0.5) ? 'desktop' : 'mobile_web', 0.5);
    const fullz = r.chance(0.7);
    const attempts: Attempt[] = [];
    const cards = r.weightedPick<number>([
      [1, 45],
      [2, 30],
      [3, 15],
      [4, 10],
    ]);
    const phished = r.chance(0.3);
    for (let k = 0; k < cards; k++) {
      const c = k === 0 ? country : r.weightedPick(STOLEN);
      const card: HeldCard = newCard(r, c);
      const challenged = c !== 'US' || r.chance(0.2);
      const last = k === cards - 1;
      const passes = !challenged || phished;
      const ok = last ? passes && r.chance(0.75) : false;
      const decline: Decline =
        challenged && !phished
          ? 'authentication_failed'
          : r.pick<Decline>(['do_not_honor', 'stolen_card', 'insufficient_funds', 'lost_card']);
      attempts.push(
        cardAttempt(r, card, {
          ok,
          ...(ok ? {} : { decline }),
          afterMs: k === 0 ? r.int(20_000, 120_000) : retryGap(r),
          match: fullz && c === country ? 'good' : 'wrong',
          ...(ok && !challenged ? { threeDS: r.chance(0.7) ? 'frictionless' : 'attempted' } : {}),
        }),
      );
    }
    const account = r.chance(0.45);
    const person = r.chance(0.6) ? holder : kzPerson(r);
    return purchaseOf({
      at,
      kind: 'stolen_foreign_card',
      fraud: true,
      buyer: account
        ? {
            id: accountId(r),
            email: emailFor(r, person, r.chance(0.3) ? 'throwaway' : 'fresh'),
            name: fullName(person),
            createdAt: at - freshAge(r),
          }
        : { email: emailFor(r, person, r.chance(0.3) ? 'throwaway' : 'fresh'), name: fullName(person) },
      basket,
      billing: fullz ? addressAt(r, place) : drop.address,
      ...destination(r, delivery, drop.city, drop.address),
      ip,
      device,
      locale: r.chance(0.75) ? 'ru-KZ' : 'en',
      phone: phoneFor(r, 'KZ'),
      delivery,
      payment: { attempts },
      later: fraudLater(
        r,
        { delivery, attempts },
        {
          review: 0.12,
          warning: 0.5,
          warningDays: [3, 20],
          dispute: 0.75,
          disputeDays: [18, 75],
          busy: true,
        },
      ),
    });
  });
}

/**
 * Friendly fraud: an established customer pays by card for a phone, console or headphones, receives it, and
 * weeks later tells the bank it never came (or that the payment was not theirs).
 */
export function friendlyFraud(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`f${i}`);
    const at = momentIn(r, w.window, { hours: HOME_HOURS, saleBias: 1.0 });
    const a = r.pick(w.customers.filter((c) => at - c.createdAt > 30 * DAY));
    const { device, ip } = connectionOf(r, a);
    const item = r.pick<Item>([
      ...FLAGSHIP_PHONES,
      ...MID_PHONES.slice(0, 2),
      ...GAMING.slice(0, 3),
      AUDIO[0] as Item,
      AUDIO[3] as Item,
    ]);
    const delivery: Delivery =
      a.city.express && r.chance(0.5) ? 'express' : r.chance(0.4) ? 'pickup' : 'courier';
    const basket = basketOf([[item, 1]], 'KZT', delivery);
    const card = r.pick(a.cards);
    const attempts = [
      cardAttempt(r, card, {
        ok: true,
        entry: r.chance(0.6) ? 'saved' : 'typed',
        afterMs: r.int(15_000, 80_000),
      }),
    ];
    return purchaseOf({
      at,
      kind: 'friendly_fraud',
      fraud: true,
      buyer: accountBuyer(a),
      basket,
      billing: a.home,
      ...destination(r, delivery, a.city, a.home),
      ip,
      device,
      locale: a.locale,
      phone: a.phone,
      delivery,
      payment: { attempts },
      later: fraudLater(
        r,
        { delivery, attempts },
        {
          dispute: 1,
          disputeDays: [12, 45],
          disputeReason: r.weightedPick<string>([
            ['product_not_received', 60],
            ['fraudulent', 30],
            ['not_as_described', 10],
          ]),
        },
      ),
    });
  });
}
