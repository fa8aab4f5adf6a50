import { type Rng } from '../kit/random.js';
import { buyerOf, buyerOfAccount, connection, fromHome, ownShipping, someone, type World } from './build.js';
import { EVENINGS, moment, NIGHT } from './calendar.js';
import { type HeldCard, newCard } from './cards.js';
import {
  basketOf,
  financedGear,
  giftCardsToCash,
  type Line,
  resellable,
  type Shipping,
  upgrade,
} from './catalogue.js';
import { fraudAfter, sloppyDevice, sloppyNetwork, throwaway } from './fraud-kit.js';
import { network, type Network, pickNetwork } from './networks.js';
import { deviceOf, type Person, plain, usAccounts } from './people.js';
import {
  dropAddress,
  RESHIPPERS,
  SANCTIONED_PLACES,
  SANCTIONED_TZ,
  suiteAt,
  taxRate,
  type Where,
} from './places.js';
import {
  type Attempt,
  cardAttempt,
  DAY,
  firstAuth,
  honestAfter,
  type LaterEvent,
  other,
  type Purchase,
  retryGap,
} from './purchase.js';

/** Fraud through accounts and by the customers themselves, and buyers from sanctioned jurisdictions. */

/**
 * Account takeover: a long-standing account signed into from a new browser on a VPN, proxy or phone, its saved card
 * charged without a code, goods sent to a new address (a drop or a reshipper) or gift cards to a new inbox.
 */
export function accountTakeover(rng: Rng, w: World, count: number): Purchase[] {
  const aged = usAccounts(w.customers).filter((a) => a.createdAt < w.window.start - 60 * DAY);
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`o${i}`);
    const a = r.pick(aged.length > 0 ? aged : w.customers);
    const at = moment(r, w.window, a.tz, r.chance(0.5) ? NIGHT : EVENINGS);
    const cashOut = r.chance(0.2);
    const lines: Line[] = cashOut ? giftCardsToCash(r) : resellable(r, r.chance(0.4));
    const dest = r.chance(0.6) ? dropAddress(r) : suiteAt(r, r.pick(RESHIPPERS));
    const shipping: Shipping = cashOut ? 'email' : r.chance(0.5) ? 'express' : 'ground';
    const basket = basketOf(lines, { shipping, taxRate: cashOut ? 0 : taxRate(dest) });
    const card = a.cards[0] ?? newCard(r, 'US');
    const net = r.weightedPick<Network>([
      [pickNetwork(r, 'US', 'hosting'), 30],
      [pickNetwork(r, 'US', 'residential'), 40],
      [pickNetwork(r, 'US', 'mobile'), 20],
      [sloppyNetwork(r), 10],
    ]);
    const device = r.chance(0.6) ? sloppyDevice(r) : deviceOf(r, r.chance(0.5) ? 'android' : 'windows');
    const attempts: Attempt[] = [
      cardAttempt(r, card, basket.amount, {
        entry: 'saved',
        match: 'exact',
        ok: !r.chance(0.12),
        decline: 'do_not_honor',
        afterMs: firstAuth(r),
      }),
    ];
    if (!attempts[0]?.ok && a.cards[1])
      attempts.push(
        cardAttempt(r, a.cards[1], basket.amount, {
          entry: 'saved',
          match: 'exact',
          ok: true,
          afterMs: retryGap(r),
        }),
      );
    return {
      at,
      fraud: true,
      kind: 'account_takeover',
      basket,
      billing: a.home,
      buyer: buyerOfAccount(a),
      ...(cashOut ? { recipientEmail: `${r.token(9)}@gmail.com` } : { shipping: dest }),
      fulfilment: shipping,
      ...connection(r, net, device, 0.1),
      attempts,
      later: fraudAfter(r, shipping, { warning: 0.3, dispute: 0.55, refundOnWarning: 0.7 }),
    };
  });
}

const FRIENDLY_REASONS: ReadonlyArray<readonly [string, number]> = [
  ['product_not_received', 45],
  ['fraudulent', 35],
  ['product_unacceptable', 20],
];

/**
 * Friendly fraud: customers on their own account, device, home network and card buy a launch monitor, a driver or a
 * rangefinder, take delivery, then tell their bank it never came, was not them, or was not as described.
 */
export function friendlyFraud(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`o${i}`);
    const { a, signedIn } = someone(r, w, 0.7);
    const at = moment(r, w.window, a.tz, EVENINGS);
    const lines = r.chance(0.6) ? resellable(r, false) : financedGear(r);
    const shipping = ownShipping(r, lines);
    const basket = basketOf(lines, { shipping, taxRate: taxRate(a.home) });
    const card = r.pick(a.cards);
    return {
      at,
      fraud: true,
      kind: 'friendly_fraud',
      basket,
      billing: a.home,
      buyer: buyerOf(a, signedIn),
      shipping: a.home,
      fulfilment: shipping,
      ...fromHome(r, a, 0.5),
      attempts: [
        cardAttempt(r, card, basket.amount, {
          entry: r.chance(0.3) ? 'wallet' : 'typed',
          ok: true,
          afterMs: firstAuth(r),
        }),
      ],
      later: fraudAfter(r, shipping, {
        warning: 0.03,
        dispute: 1,
        disputeReason: r.weightedPick(FRIENDLY_REASONS),
      }),
    };
  });
}

/**
 * Return fraud: a customer buys a new driver, set or launch monitor, keeps it and sends back an old or fake club in
 * its box (or says the box came empty); the refund goes out before the warehouse opens it.
 */
export function returnFraud(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`o${i}`);
    const { a, signedIn } = someone(r, w, 0.7);
    const at = moment(r, w.window, a.tz, EVENINGS);
    const lines = r.chance(0.7) ? upgrade(r) : resellable(r, false);
    const shipping = ownShipping(r, lines);
    const basket = basketOf(lines, { shipping, taxRate: taxRate(a.home) });
    const after = honestAfter(r, shipping, basket, { dispute: 0 }).filter((l) => l.type === 'order.updated');
    const delivered = Math.max(...after.map((l) => l.afterMs), 3 * DAY);
    const later: LaterEvent[] = [
      ...after,
      {
        type: 'refund.created',
        afterMs: delivered + r.int(8, 26) * DAY,
        reason: r.chance(0.75) ? 'returned' : 'item_not_received',
      },
    ];
    return {
      at,
      fraud: true,
      kind: 'return_fraud',
      basket,
      billing: a.home,
      buyer: buyerOf(a, signedIn),
      shipping: a.home,
      fulfilment: shipping,
      ...fromHome(r, a, 0.5),
      attempts: [
        cardAttempt(r, r.pick(a.cards), basket.amount, {
          entry: signedIn && r.chance(0.5) ? 'saved' : 'typed',
          ok: true,
          afterMs: firstAuth(r),
        }),
      ],
      later,
    };
  });
}

const SANCTIONED_NAMES: Readonly<Record<string, readonly Person[]>> = {
  RU: [
    { first: 'Dmitry', last: 'Ivanov', name: 'Dmitry Ivanov' },
    { first: 'Alexey', last: 'Smirnov', name: 'Alexey Smirnov' },
    { first: 'Sergei', last: 'Volkov', name: 'Sergei Volkov' },
    { first: 'Andrei', last: 'Kuznetsov', name: 'Andrei Kuznetsov' },
    { first: 'Igor', last: 'Sokolov', name: 'Igor Sokolov' },
  ],
  BY: [{ first: 'Aliaksandr', last: 'Kavalenka', name: 'Aliaksandr Kavalenka' }],
  IR: [
    { first: 'Reza', last: 'Ahmadi', name: 'Reza Ahmadi' },
    { first: 'Mohammad', last: 'Hosseini', name: 'Mohammad Hosseini' },
  ],
  CU: [{ first: 'Yoandri', last: 'Pérez', name: 'Yoandri Pérez' }],
  SY: [{ first: 'Omar', last: 'Haddad', name: 'Omar Haddad' }],
};
const SANCTIONED_MAIL: Readonly<Record<string, readonly string[]>> = {
  RU: ['mail.ru', 'yandex.ru', 'gmail.com', 'bk.ru'],
  BY: ['tut.by', 'gmail.com', 'mail.ru'],
  IR: ['gmail.com', 'yahoo.com'],
  CU: ['nauta.cu', 'gmail.com'],
  SY: ['gmail.com', 'hotmail.com'],
};
const HOME_NETWORKS: Readonly<Record<string, readonly string[]>> = {
  RU: ['ru-broadband', 'ru-mobile'],
  BY: ['by-broadband'],
  IR: ['ir-broadband', 'ir-mobile'],
  CU: ['cu-broadband'],
  SY: ['sy-broadband'],
};

/**
 * Buyers in Russia, Belarus, Iran, Cuba and Syria: billed at home, connecting from home, from Dubai or Almaty, or
 * through a VPN, paying with cards from Kazakhstan, Armenia, the Emirates or Turkey (a Russian card is declined
 * first), shipping premium clubs and launch monitors to a US forwarder, or to family in Florida from Havana.
 */
export function sanctionedCountry(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`o${i}`);
    const place: Where = r.weightedPick(
      SANCTIONED_PLACES.map((p) => [p, { RU: 14, BY: 12, IR: 14, CU: 9, SY: 5 }[p.country] ?? 1] as const),
    );
    const c = place.country;
    const person = r.pick(SANCTIONED_NAMES[c] ?? []);
    const local = r.chance(0.5)
      ? throwaway(r, person).replace(/@.*$/, '')
      : `${plain(person.first)}.${plain(person.last)}`;
    const email = `${local}@${r.pick(SANCTIONED_MAIL[c] ?? ['gmail.com'])}`;
    const at = moment(r, w.window, SANCTIONED_TZ[c] ?? 3, EVENINGS);
    const via = r.weightedPick<'home' | 'neighbour' | 'vpn'>([
      ['home', 55],
      ['neighbour', c === 'RU' || c === 'BY' ? 15 : 0],
      ['vpn', 30],
    ]);
    const net =
      via === 'home'
        ? network(r.pick(HOME_NETWORKS[c] ?? ['ru-broadband']))
        : via === 'neighbour'
          ? network(r.chance(0.6) ? 'ae-broadband' : 'kz-broadband')
          : r.chance(0.5)
            ? network(r.chance(0.5) ? 'de-hosting' : 'nl-hosting')
            : pickNetwork(r, 'US', 'hosting');
    const dest =
      c === 'CU'
        ? {
            country: 'US',
            state: 'FL',
            city: 'Hialeah',
            postalCode: '33012',
            line1: `${r.int(100, 1999)} W ${r.int(10, 68)}th St`,
          }
        : suiteAt(r, r.pick(RESHIPPERS));
    const lines = r.weightedPick<() => Line[]>([
      [() => resellable(r, false), 5],
      [() => financedGear(r).filter((l) => l.category !== 'golf_cart'), 3],
      [() => upgrade(r), 2],
    ])();
    const safe = lines.length > 0 ? lines : resellable(r, false);
    const shipping: Shipping = r.chance(0.6) ? 'ground' : 'express';
    const basket = basketOf(safe, { shipping, taxRate: taxRate(dest) });
    const issuer = r.weightedPick<string>([
      ['KZ', c === 'RU' || c === 'BY' ? 4 : 1],
      ['AM', c === 'RU' ? 2 : 0],
      ['AE', 3],
      ['TR', 2],
    ]);
    const card: HeldCard = newCard(r, issuer);
    const attempts: Attempt[] = [];
    if (c === 'RU' && r.chance(0.3))
      attempts.push(
        cardAttempt(r, newCard(r, 'RU'), basket.amount, {
          ok: false,
          decline: 'transaction_not_allowed',
          afterMs: firstAuth(r),
        }),
      );
    if (r.chance(0.15)) attempts.push(other('paypal', false, firstAuth(r), 'transaction_not_allowed'));
    attempts.push(
      cardAttempt(r, card, basket.amount, {
        ok: !r.chance(0.15),
        decline: 'do_not_honor',
        afterMs: attempts.length > 0 ? retryGap(r) : firstAuth(r),
      }),
    );
    const later: LaterEvent[] = fraudAfter(r, shipping, {
      warning: 0.02,
      dispute: 0.03,
      disputeReason: 'product_not_received',
    });
    return {
      at,
      fraud: true,
      kind: 'sanctioned_country',
      basket,
      billing: place,
      buyer: { email, name: person.name },
      shipping: dest,
      fulfilment: shipping,
      ...(c === 'CU' ? { deliveryNote: 'Para la familia Pérez' } : {}),
      ...connection(r, net, r.chance(0.5) ? deviceOf(r, 'iphone') : deviceOf(r, 'windows'), 0),
      attempts,
      later,
    };
  });
}
