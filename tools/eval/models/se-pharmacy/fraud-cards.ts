import { type Address, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { inKronor } from './basket.js';
import { ANYTIME, HOUSEHOLD, LATE, placedAt } from './calendar.js';
import { cardOnBin, type Decline, type HeldCard, isEea, type Match, newCard, pickBin } from './cards.js';
import { Cart, items, SKINCARE, VITAMINS } from './catalogue.js';
import { botDevice, fraudDevice } from './devices.js';
import {
  dropDelivery,
  foreignProxy,
  resaleCart,
  ring,
  stolenAfter,
  swedishProxy,
  type World,
} from './fraud-kit.js';
import { ipOn, network } from './networks.js';
import { burnerEmail, emailFor, newAccount, person } from './people.js';
import { FORWARDERS, homeIn, type Market, MARKETS, pickupPointIn, sanctionedPlaces } from './places.js';
import {
  type Attempt,
  cardAttempt,
  dispatchAfter,
  firstAuth,
  fulfilment,
  type LaterEvent,
  other,
  type Purchase,
  purchaseOf,
} from './purchase.js';

/** Fraud paid with other people's cards: testing them, spending them, turning them into gift cards; and sanctions. */

const SE_TZ = MARKETS.SE.tz;

/**
 * Stolen-card payments: European cards need 3-D Secure, which a phished victim's code or BankID signature gets
 * through (or not); cards from elsewhere often skip it. A failed card is followed by another victim's card.
 */
export function stolenCardPay(
  rng: Rng,
  nextCard: () => HeldCard,
  kronor: number,
  match: Match,
  retry = 0.55,
): Attempt[] {
  const out: Attempt[] = [];
  for (let i = 0; i < 3; i++) {
    const card = nextCard();
    const afterMs = i === 0 ? rng.int(20_000, 120_000) : rng.int(40_000, 6 * MINUTE);
    if (isEea(card.country)) {
      const r = rng.weightedPick([
        ['phished', 55],
        ['frictionless', 12],
        ['refused', 25],
        ['blocked', 8],
      ] as const);
      if (r === 'phished')
        out.push(cardAttempt(rng, card, kronor, { ok: true, match, afterMs, threeDS: 'challenge_passed' }));
      else if (r === 'frictionless')
        out.push(cardAttempt(rng, card, kronor, { ok: true, match, afterMs, threeDS: 'frictionless' }));
      else if (r === 'refused')
        out.push(
          cardAttempt(rng, card, kronor, { ok: false, match, afterMs, decline: 'authentication_failed' }),
        );
      else
        out.push(
          cardAttempt(rng, card, kronor, {
            ok: false,
            match,
            afterMs,
            decline: rng.pick(['stolen_card', 'do_not_honor', 'lost_card'] as const),
            threeDS: 'challenge_passed',
          }),
        );
    } else {
      const ok = rng.chance(0.65);
      out.push(
        cardAttempt(rng, card, kronor, {
          ok,
          match,
          afterMs,
          ...(ok
            ? {}
            : {
                decline: rng.pick([
                  'do_not_honor',
                  'card_declined',
                  'insufficient_funds',
                  'stolen_card',
                ] as const),
              }),
        }),
      );
    }
    if (out[out.length - 1]?.ok || !rng.chance(retry)) break;
  }
  return out;
}

const TESTER_BINS: ReadonlyArray<readonly [string, number]> = [
  ['US', 40],
  ['GB', 14],
  ['BR', 10],
  ['CA', 10],
  ['SE', 26],
];

const TEST_DECLINES: ReadonlyArray<readonly [Decline, number]> = [
  ['card_declined', 30],
  ['insufficient_funds', 18],
  ['incorrect_cvc', 14],
  ['expired_card', 12],
  ['do_not_honor', 12],
  ['stolen_card', 6],
  ['authentication_failed', 8],
];

/**
 * Card testing: a script checks freshly bought card numbers on the cheapest thing in the shop (a lip balm, a
 * plaster pack) in runs of three to ten guest checkouts minutes apart at night, one or two BINs per run,
 * rotating proxies, junk mailboxes and made-up Swedish addresses; most cards are declined.
 */
export function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const run = Math.min(count - out.length, rng.int(3, 10));
    const country = rng.weightedPick(TESTER_BINS);
    const bins = [pickBin(rng, country), ...(rng.chance(0.4) ? [pickBin(rng, country)] : [])];
    const device = botDevice(rng);
    const cheap = rng.pick(items('BTY-7008', 'BTY-7007', 'AID-1601', 'HYG-8006'));
    const span = run * 3 * MINUTE;
    let t = Math.max(
      w.window.start,
      Math.min(placedAt(rng, w.window, { curve: LATE, tz: SE_TZ }), w.window.end - span - 1),
    );
    for (let i = 0; i < run; i++) {
      if (i > 0) t += rng.int(15_000, 170_000);
      const at = Math.min(t, w.window.end - 1);
      const fake = homeIn(rng, 'SE');
      const who = person(rng, 'SE');
      const tries = rng.weightedPick([
        [1, 60],
        [2, 25],
        [3, 15],
      ] as const);
      const cart = new Cart('SE').add(cheap);
      const net = rng.chance(0.75)
        ? foreignProxy(rng)
        : swedishProxy(rng, [
            ['se-cloud', 60],
            ['se-vpn', 40],
          ]);
      out.push(
        purchaseOf(
          {
            at,
            kind: 'card_testing',
            fraud: true,
            market: 'SE',
            buyer: { email: burnerEmail(rng), name: who.name },
            billing: fake.address,
            shipping: fake.address,
            delivery: 'instabox',
            pickupPoint: pickupPointIn(rng, 'SE', fake.address.city ?? '', 'instabox'),
            cart,
            ip: ipOn(rng, net),
            device: rng.chance(0.8) ? device : botDevice(rng),
            locale: rng.chance(0.7) ? 'sv-SE' : 'en-SE',
            phone: `+467${rng.pick(['0', '3'])}${rng.digits(7)}`,
          },
          (b) => {
            const kronor = inKronor(b.amount, b.currency);
            const attempts: Attempt[] = [];
            for (let k = 0; k < tries; k++) {
              const card = cardOnBin(rng, country, rng.pick(bins));
              const ok = rng.chance(0.13);
              const decline = ok ? undefined : rng.weightedPick(TEST_DECLINES);
              attempts.push(
                cardAttempt(rng, card, kronor, {
                  ok,
                  match: 'none',
                  afterMs: k === 0 ? rng.int(3_000, 15_000) : rng.int(3_000, 20_000),
                  ...(decline ? { decline } : {}),
                }),
              );
              if (ok) break;
            }
            return attempts;
          },
          (b) =>
            stolenAfter(
              rng,
              { delivery: 'instabox', market: 'SE', basket: b },
              { review: 0.5, warning: 0.3, dispute: 0.12 },
            ),
        ),
      );
    }
  }
  return out;
}

/**
 * Stolen cards spent on what resells: phished Swedish cards (the victim's name and address typed in, the
 * 3-D Secure step approved through a fake parcel-fee page) and cards bought abroad, a guest or an account made
 * minutes earlier, sent to the ring's lockers and drop addresses with its prepaid numbers.
 */
export function stolenCardResale(rng: Rng, w: World, count: number): Purchase[] {
  const r = ring(rng, 'SE', 4);
  return Array.from({ length: count }, () => {
    const at = placedAt(rng, w.window, { curve: ANYTIME, tz: SE_TZ });
    const foreign = rng.chance(0.3);
    const holder = newAccount(rng, 'SE', at);
    const cardCountry = foreign ? rng.pick(['US', 'US', 'GB', 'DE']) : 'SE';
    const drop = rng.pick(r.drops);
    const name = foreign ? person(rng, 'SE').name : holder.name;
    const email = rng.chance(0.5)
      ? burnerEmail(rng)
      : emailFor(rng, holder.person, 'SE', rng.pick(['gmail.com', 'outlook.com']));
    const signedUp = rng.chance(0.4);
    const buyer = signedUp
      ? { id: `K${rng.digits(8)}`, email, name, createdAt: at - rng.int(2, 25) * MINUTE }
      : { email, name };
    const billing: Address = foreign ? drop : holder.home;
    const d = dropDelivery(rng, 'SE', drop);
    return purchaseOf(
      {
        at,
        kind: 'stolen_card_resale',
        fraud: true,
        market: 'SE',
        buyer,
        billing,
        shipping: drop,
        ...d,
        cart: resaleCart(rng, 'SE', rng.int(1, 3)),
        ip: ipOn(rng, swedishProxy(rng)),
        device: rng.chance(0.7) ? rng.pick(r.devices) : fraudDevice(rng),
        locale: 'sv-SE',
        phone: rng.pick(r.phones),
      },
      (b) =>
        stolenCardPay(
          rng,
          () => newCard(rng, cardCountry),
          inKronor(b.amount, b.currency),
          foreign ? 'mismatch' : 'good',
        ),
      (b) => stolenAfter(rng, { delivery: d.delivery, market: 'SE', basket: b }),
    );
  });
}

/**
 * Gift cards: stolen cards buy e-mailed gift cards for the most the shop sells (to another throw-away mailbox,
 * resold at a discount within the hour); and a fresh account spends such codes on brush heads and toothbrushes.
 */
export function giftCardFraud(rng: Rng, w: World, count: number): Purchase[] {
  const r = ring(rng, 'SE', 2);
  return Array.from({ length: count }, (_, i) => {
    const redeem = i % 4 === 3;
    const at = placedAt(rng, w.window, { curve: redeem ? HOUSEHOLD : LATE, tz: SE_TZ });
    const who = person(rng, 'SE');
    if (redeem) {
      const drop = rng.pick(r.drops);
      const d = dropDelivery(rng, 'SE', drop, 0.9);
      const email = burnerEmail(rng);
      return purchaseOf(
        {
          at,
          kind: 'gift_card_fraud',
          fraud: true,
          market: 'SE',
          buyer: { id: `K${rng.digits(8)}`, email, name: who.name, createdAt: at - rng.int(3, 40) * MINUTE },
          billing: drop,
          shipping: drop,
          ...d,
          cart: resaleCart(rng, 'SE', rng.int(1, 2)),
          ip: ipOn(rng, swedishProxy(rng)),
          device: rng.pick(r.devices),
          locale: 'sv-SE',
          phone: rng.pick(r.phones),
        },
        () => {
          const first = firstAuth(rng, 'gift_card');
          return rng.chance(0.25)
            ? [
                other('gift_card', false, first, 'gift_card_invalid'),
                other('gift_card', true, rng.int(5_000, 40_000)),
              ]
            : [other('gift_card', true, first)];
        },
        (b) =>
          stolenAfter(
            rng,
            { delivery: d.delivery, market: 'SE', basket: b },
            { review: 0.2, warning: 0, dispute: 0 },
          ),
      );
    }
    const foreign = rng.chance(0.5);
    const holder = newAccount(rng, 'SE', at);
    const cardCountry = foreign ? rng.pick(['US', 'GB']) : 'SE';
    const cart = new Cart('SE');
    cart.gift(rng.pick([1000, 2000]), rng.int(1, 4));
    const net = rng.weightedPick([
      ['foreign', 55],
      ['ng', 20],
      ['se', 25],
    ] as const);
    return purchaseOf(
      {
        at,
        kind: 'gift_card_fraud',
        fraud: true,
        market: 'SE',
        buyer: { email: burnerEmail(rng), name: foreign ? who.name : holder.name },
        billing: foreign ? homeIn(rng, 'SE').address : holder.home,
        delivery: 'email',
        recipientEmail: burnerEmail(rng),
        cart,
        ip: ipOn(
          rng,
          net === 'foreign' ? foreignProxy(rng) : net === 'ng' ? network('ng-mobile') : swedishProxy(rng),
        ),
        device: rng.chance(0.6) ? rng.pick(r.devices) : fraudDevice(rng, 0.7),
        locale: rng.chance(0.6) ? 'sv-SE' : 'en-SE',
        phone: rng.pick(r.phones),
      },
      (b) =>
        stolenCardPay(
          rng,
          () => newCard(rng, cardCountry),
          inKronor(b.amount, b.currency),
          foreign ? 'mismatch' : 'good',
          0.6,
        ),
      (b) =>
        stolenAfter(
          rng,
          { delivery: 'email', market: 'SE', basket: b },
          { review: 0.1, warning: 0.3, dispute: 0.6 },
        ),
    );
  });
}

/**
 * Buyers in sanctioned jurisdictions: Russians and Belarusians on the Finnish site with a Kazakh, Armenian or
 * Turkish card, sending to forwarders at the border who drive parcels across; Iranians and Syrians sending
 * medicines and formula through Swedish forwarding shops, from home connections or with the billing address at
 * home. The store's compliance check stops some.
 */
export function sanctionedCountry(rng: Rng, w: World, count: number): Purchase[] {
  const places = sanctionedPlaces(rng);
  return Array.from({ length: count }, () => {
    const variant = rng.weightedPick([
      ['RU', 45],
      ['BY', 10],
      ['IR', 30],
      ['SY', 15],
    ] as const);
    const place = rng.pick(places.filter((p) => p.country === variant));
    const market: Market = variant === 'RU' || variant === 'BY' ? 'FI' : 'SE';
    const at = placedAt(rng, w.window, { curve: HOUSEHOLD, tz: place.tz });
    const who = person(rng, variant);
    const postal = place.postal();
    const home: Address = {
      country: place.country,
      ...(postal ? { postalCode: postal } : {}),
      city: place.city,
      line1: place.line(),
    };
    const forwarders = FORWARDERS.filter((f) => f.country === market);
    const shipping = rng.pick(forwarders);
    const local = rng.chance(0.65);
    const net = local
      ? network(
          variant === 'RU'
            ? 'ru-broadband'
            : variant === 'BY'
              ? 'by-broadband'
              : variant === 'IR'
                ? 'ir-broadband'
                : 'sy-broadband',
        )
      : rng.chance(0.5)
        ? network('nl-vpn')
        : network('de-hosting');
    // Out of reach of local IPs, the billing address still gives them away; a relative's Swedish card otherwise.
    const relative = market === 'SE' && local && rng.chance(0.45);
    const billing: Address = relative ? homeIn(rng, 'SE').address : home;
    const cardCountry =
      market === 'FI'
        ? rng.weightedPick([
            ['KZ', 50],
            ['AM', 20],
            ['TR', 30],
          ] as const)
        : relative
          ? 'SE'
          : 'TR';
    const cart = new Cart(market);
    if (market === 'FI') {
      cart.some(
        rng,
        SKINCARE.filter((s) => s.price > 20_000),
        rng.int(1, 3),
        () => rng.int(1, 3),
      );
      if (rng.chance(0.4)) cart.add(rng.pick(items('ORL-9001', 'ORL-9004', 'HAR-9501')), rng.int(1, 2));
      if (rng.chance(0.3)) cart.some(rng, VITAMINS, 2, () => rng.int(2, 4));
    } else {
      cart.some(
        rng,
        [...items('OTC-1001', 'OTC-1002', 'OTC-3005', 'OTC-3006'), ...VITAMINS],
        rng.int(2, 4),
        () => rng.int(1, 3),
      );
      if (rng.chance(0.4)) cart.add(rng.pick(items('BAB-1105', 'BAB-1106')), rng.int(3, 8));
      if (rng.chance(0.3)) cart.some(rng, SKINCARE, 1, () => rng.int(1, 3));
    }
    const buyerEmail =
      variant === 'RU' || variant === 'BY'
        ? emailFor(rng, who, 'SE', rng.pick(['mail.ru', 'yandex.ru', 'gmail.com', 'bk.ru']))
        : emailFor(rng, who, 'SE', rng.pick(['gmail.com', 'yahoo.com', 'hotmail.com']));
    return purchaseOf(
      {
        at,
        kind: 'sanctioned_country',
        fraud: true,
        market,
        buyer: rng.chance(0.5)
          ? {
              id: `K${rng.digits(8)}`,
              email: buyerEmail,
              name: who.name,
              createdAt: at - rng.int(5, 200) * 86_400_000,
            }
          : { email: buyerEmail, name: who.name },
        billing,
        shipping,
        delivery: 'postnord_service_point',
        pickupPoint: pickupPointIn(rng, market, shipping.city ?? '', 'postnord_service_point'),
        recipient: who.name,
        cart,
        ip: ipOn(rng, net),
        device: fraudDevice(rng, 0.8),
        locale: market === 'FI' ? rng.pick(['en-FI', 'fi-FI']) : rng.pick(['en-SE', 'sv-SE']),
        phone:
          variant === 'RU'
            ? `+79${rng.digits(9)}`
            : variant === 'BY'
              ? `+37529${rng.digits(7)}`
              : `+467${rng.pick(['0', '3'])}${rng.digits(7)}`,
      },
      (b) => {
        const kronor = inKronor(b.amount, b.currency);
        if (relative && rng.chance(0.4)) return [other('swish', true, firstAuth(rng, 'swish'))];
        const card = newCard(rng, cardCountry);
        const ok = rng.chance(0.82);
        const first = cardAttempt(rng, card, kronor, {
          ok,
          match: 'good',
          afterMs: rng.int(20_000, 120_000),
          ...(ok ? {} : { decline: 'do_not_honor' as const }),
        });
        return ok || rng.chance(0.4)
          ? [first]
          : [
              first,
              cardAttempt(rng, newCard(rng, cardCountry), kronor, {
                ok: true,
                afterMs: rng.int(60_000, 300_000),
              }),
            ];
      },
      (b) => sanctionedAfter(rng, market, b.amount),
    );
  });
}

function sanctionedAfter(rng: Rng, market: Market, amount: number): LaterEvent[] {
  if (rng.chance(0.3))
    return [
      { type: 'order.cancelled', afterMs: rng.int(2, 20) * 3_600_000, reason: 'compliance_review' },
      { type: 'refund.created', afterMs: rng.int(21, 30) * 3_600_000, reason: 'compliance_review', amount },
    ];
  return fulfilment(rng, 'postnord_service_point', market, dispatchAfter(rng, false));
}
