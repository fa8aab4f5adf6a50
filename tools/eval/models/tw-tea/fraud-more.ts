import { type Rng } from '../kit/random.js';
import {
  accountBuyer,
  assemble,
  consumerInvoice,
  guest,
  pickAccount,
  twDelivery,
  type World,
} from './assemble.js';
import { CONSUMER_HOURS, householdDays, LATE_HOURS, placeAt, rhythm, TAIPEI } from './calendar.js';
import { type HeldCard, newCard } from './cards.js';
import { basketOf, type Fulfilment, lineIn, pickLines, type ProductKey } from './catalogue.js';
import { RESALE, stolenTail } from './fraud-kit.js';
import { HOSTING, ipOn, type Network, NETWORKS, twMobile } from './networks.js';
import {
  type Account,
  desktop,
  localPerson,
  seniorDevice,
  throwawayEmail,
  twPerson,
  twPhone,
} from './people.js';
import {
  addressIn,
  type Market,
  MARKETS,
  otherTwPlace,
  pickupStore,
  placeAbroad,
  SANCTIONED_PLACES,
  twPlace,
} from './places.js';
import {
  after,
  type Attempt,
  cardAttempt,
  COD_LIMIT,
  DAY,
  type Fulfilled,
  HOUR,
  type LaterEvent,
  MINUTE,
  other,
  type Purchase,
} from './purchase.js';

/** The rest of the fraud: triangulation, friendly fraud, prank pickups, refund abuse, sanctioned buyers. */

const GIFT_ORDERS: ReadonlyArray<readonly [ProductKey, number]> = [
  ['nyDuo', 25],
  ['nyTrio', 22],
  ['nyLishan', 20],
  ['nyBeauty', 15],
  ['nyTeaSet', 8],
];

/**
 * A fake "New Year gift box, 30 % off" seller on social media and group-buy chats takes real buyers' money and
 * orders from the shop with stolen cards, delivered to those buyers' own doors under their own names: series of
 * orders from one phone and one throwaway address over a few days, billed to cardholders elsewhere.
 */
export function triangulation(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const size = Math.min(count - out.length, rng.int(3, 6));
    const device = twPhone(rng);
    const email = throwawayEmail(rng);
    const network: Network = rng.chance(0.6)
      ? twMobile(rng)
      : rng.chance(0.5)
        ? NETWORKS.vnMobile
        : rng.pick(HOSTING);
    const first = placeAt(rng, w.window, rhythm(TAIPEI, LATE_HOURS));
    for (let i = 0; i < size; i++) {
      const at = Math.min(w.window.end - 1, first + i * rng.int(2, 20) * HOUR + rng.int(0, 59) * MINUTE);
      const foreign = rng.chance(0.4);
      const holderCountry: Market = foreign ? rng.pick(['US', 'GB', 'CA'] as const) : 'TW';
      const holder = foreign ? localPerson(rng, holderCountry) : twPerson(rng);
      const holderPlace = foreign ? undefined : twPlace(rng);
      const buyerHome = holderPlace ? otherTwPlace(rng, holderPlace) : twPlace(rng);
      const realBuyer = twPerson(rng);
      const basket = basketOf(
        pickLines(rng, 'TWD', GIFT_ORDERS, rng.int(1, 2), (r) => r.int(2, 5)),
        'TWD',
        'home_delivery',
        'TW',
      );
      const card = newCard(rng, holderCountry, 'credit');
      const attempts = [
        cardAttempt(rng, card, {
          ok: rng.chance(0.9),
          decline: 'do_not_honor',
          ...(foreign ? {} : { threeDS: 'challenge_passed' as const }),
          afterMs: rng.int(40_000, 150_000),
          domestic: true,
        }),
      ];
      out.push(
        assemble(rng, {
          at,
          fraud: true,
          kind: 'triangulation',
          buyer: guest({ name: holder.name, email }),
          billing: addressIn(rng, holderPlace ?? placeAbroad(rng, holderCountry)),
          basket,
          pay: { attempts },
          fulfilment: 'home_delivery',
          shipping: addressIn(rng, buyerHome),
          recipient: realBuyer.name,
          dest: 'TW',
          ip: ipOn(rng, network),
          device,
          market: 'TW',
          tail: stolenTail(rng, at, 0.5, 0.9),
        }),
      );
    }
  }
  return out;
}

/**
 * A member who got the goods and charges them back anyway: "never arrived" for a parcel collected at a store,
 * "not recognised" for what a parent ordered on their account, or plain "fraud". Own phone, own network.
 */
export function friendlyFraud(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, rhythm(TAIPEI, CONSUMER_HOURS, householdDays));
  const a = pickAccount(rng, w, (x) => x.market === 'TW', 2);
  const parent = rng.chance(0.25);
  const shipTo = parent ? otherTwPlace(rng, a.place) : a.place;
  const where = twDelivery(rng, shipTo, parent ? addressIn(rng, shipTo) : a.address, {
    home: 50,
    cvs: 50,
    shop: 0,
  });
  const basket = basketOf(
    pickLines(rng, 'TWD', [...GIFT_ORDERS, ['compDongding', 6], ['ironKettle', 6]], rng.int(1, 3), (r) =>
      r.int(1, 4),
    ),
    'TWD',
    where.fulfilment,
    'TW',
  );
  const card = a.cards[0] ?? newCard(rng, 'TW');
  const attempts: Attempt[] =
    a.wallet === 'line_pay' && rng.chance(0.3)
      ? [other('line_pay', true, rng.int(20_000, 80_000))]
      : [
          cardAttempt(rng, card, {
            entry: rng.chance(0.5) ? 'saved' : 'typed',
            ok: true,
            afterMs: rng.int(30_000, 120_000),
            domestic: true,
          }),
        ];
  const reason = parent
    ? 'unrecognized'
    : rng.weightedPick<string>([
        ['product_not_received', 45],
        ['fraudulent', 30],
        ['not_as_described', 15],
        ['unrecognized', 10],
      ]);
  return assemble(rng, {
    at,
    fraud: true,
    kind: 'friendly_fraud',
    buyer: accountBuyer(a),
    billing: a.address,
    basket,
    pay: { attempts },
    ...where,
    dest: 'TW',
    ...(parent ? { recipient: twPerson(rng, true, a.family).name } : {}),
    ip: ipOn(rng, parent ? NETWORKS.twHomeFibre : a.network),
    device: parent ? seniorDevice(rng) : a.device,
    market: 'TW',
    invoice: consumerInvoice(rng, true),
    tail: (done: Fulfilled): LaterEvent[] =>
      done.handedAt === undefined
        ? []
        : [after(at, done.handedAt, 'dispute.created', rng.int(20, 70) * DAY, { reason })],
  });
}

/**
 * Cash-on-pickup parcels ordered in someone else's name to harass them (an ex, a neighbour, a rival seller):
 * several at once, to stores near the victim, from one phone. Nobody collects; the shop pays the freight both
 * ways and cancels after seven days.
 */
export function pickupPrank(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const size = Math.min(count - out.length, rng.int(2, 5));
    const victim = twPerson(rng);
    const place = twPlace(rng);
    const device = twPhone(rng);
    const network = twMobile(rng);
    const first = placeAt(rng, w.window, rhythm(TAIPEI, LATE_HOURS));
    for (let i = 0; i < size; i++) {
      const at = Math.min(w.window.end - 1, first + i * rng.int(1, 12) * MINUTE);
      const pickup = pickupStore(rng, place);
      const lines = pickLines(rng, 'TWD', GIFT_ORDERS, 1, (r) => r.int(1, 3));
      const basket = basketOf(lines, 'TWD', 'cvs_pickup', 'TW');
      out.push(
        assemble(rng, {
          at,
          fraud: true,
          kind: 'pickup_prank',
          buyer: guest({ name: victim.name, email: rng.chance(0.5) ? throwawayEmail(rng) : victim.email }),
          billing: addressIn(rng, place),
          basket:
            basket.amount > COD_LIMIT
              ? basketOf([lineIn('nyDuo', 'TWD')], 'TWD', 'cvs_pickup', 'TW')
              : basket,
          pay: { attempts: [], deferred: 'cod_pickup' },
          fulfilment: 'cvs_pickup',
          shipping: pickup.address,
          pickup,
          dest: 'TW',
          ip: ipOn(rng, network),
          device,
          market: 'TW',
          invoice: consumerInvoice(rng, false),
          noShow: true,
        }),
      );
    }
  }
  return out;
}

const FRAGILE: ReadonlyArray<readonly [ProductKey, number]> = [
  ['yinggePot', 20],
  ['cups6', 14],
  ['trayStone', 10],
  ['ironKettle', 12],
  ['nyTeaSet', 16],
  ['yinggeArtist', 6],
  ['gaiwan', 8],
  ['nyLishan', 8],
  ['nyBeauty', 6],
];

/**
 * A handful of members who claim, order after order, that the teapot arrived in pieces or a can was missing
 * from the gift box, with the same photos, and are refunded without sending anything back.
 */
export function refundAbuse(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const pool = rng
    .shuffle(w.accounts.filter((a) => a.market === 'TW'))
    .slice(0, Math.max(1, Math.ceil(count / 2.5)));
  return Array.from({ length: count }, (_, i) => {
    const a: Account = pool[i % pool.length] ?? pickAccount(rng, w, (x) => x.market === 'TW');
    const at = placeAt(rng, w.window, rhythm(TAIPEI, CONSUMER_HOURS, householdDays));
    const where = twDelivery(rng, a.place, a.address, { home: 60, cvs: 40, shop: 0 });
    const basket = basketOf(pickLines(rng, 'TWD', FRAGILE, rng.int(1, 3)), 'TWD', where.fulfilment, 'TW');
    const card: HeldCard = a.cards[0] ?? newCard(rng, 'TW');
    const attempts: Attempt[] =
      a.wallet && rng.chance(0.5)
        ? [other(a.wallet, true, rng.int(20_000, 80_000))]
        : [
            cardAttempt(rng, card, {
              entry: 'saved',
              ok: true,
              afterMs: rng.int(20_000, 90_000),
              domestic: true,
            }),
          ];
    const claim = rng.chance(0.7) ? 'damaged_in_transit' : 'item_missing';
    return assemble(rng, {
      at,
      fraud: true,
      kind: 'refund_abuse',
      buyer: accountBuyer(a),
      billing: a.address,
      basket,
      pay: { attempts },
      ...where,
      dest: 'TW',
      ip: ipOn(rng, a.network),
      device: a.device,
      market: 'TW',
      invoice: consumerInvoice(rng, true),
      tail: (done: Fulfilled): LaterEvent[] =>
        done.handedAt === undefined
          ? []
          : [
              after(at, done.handedAt, 'refund.created', rng.int(5, 60) * HOUR, {
                reason: claim,
                amount: rng.chance(0.6) ? basket.amount : Math.round(basket.amount * rng.float(0.4, 0.8)),
              }),
            ],
    });
  });
}

/**
 * Buyers in Russia, Belarus or Iran: Russian and Belarusian oolong lovers paying with cards opened in
 * Kazakhstan or Armenia, shipping home (the shop cancels most: its post and couriers do not deliver there), and
 * Iranian families sending New Year boxes to a student in Taiwan on a card from the Emirates or Türkiye.
 */
export function sanctionedCountry(rng: Rng, w: World): Purchase {
  const home = rng.weightedPick(
    SANCTIONED_PLACES.map((p) => [p, p.country === 'IR' ? 2 : p.country === 'BY' ? 1 : 1.5] as const),
  );
  const person = localPerson(rng, home.country);
  const at = placeAt(rng, w.window, rhythm(home.tz, CONSUMER_HOURS));
  const iran = home.country === 'IR';
  const market: Market = iran ? 'TW' : rng.chance(0.6) ? 'US' : 'DE';
  const currency = MARKETS[market].currency;
  const f: Fulfilment = iran ? 'home_delivery' : 'ems';
  const shipTo = iran ? addressIn(rng, twPlace(rng)) : addressIn(rng, home);
  const basket = basketOf(
    pickLines(rng, currency, iran ? GIFT_ORDERS : RESALE.slice(5), rng.int(1, 3), (r) => r.int(1, 3)),
    currency,
    f,
    market,
  );
  const card = newCard(
    rng,
    iran ? rng.pick(['AE', 'TR']) : rng.pick(['KZ', 'KZ', 'AM']),
    rng.chance(0.5) ? 'debit' : undefined,
  );
  const network =
    home.country === 'RU'
      ? rng.chance(0.5)
        ? NETWORKS.ruHome
        : NETWORKS.ruMobile
      : home.country === 'BY'
        ? NETWORKS.byHome
        : NETWORKS.irMobile;
  const cancel = !iran && rng.chance(0.6);
  return assemble(rng, {
    at,
    fraud: true,
    kind: 'sanctioned_country',
    buyer: guest(person),
    billing: addressIn(rng, home),
    basket,
    pay: {
      attempts: [
        cardAttempt(rng, card, {
          ok: rng.chance(0.85),
          decline: 'transaction_not_allowed',
          afterMs: rng.int(30_000, 120_000),
          domestic: currency === 'TWD',
        }),
      ],
    },
    fulfilment: f,
    shipping: shipTo,
    ...(iran ? { recipient: localPerson(rng, 'IR').name } : {}),
    dest: iran ? 'TW' : home.country,
    ip: ipOn(rng, network),
    device: rng.chance(0.5) ? desktop(rng) : twPhone(rng),
    market,
    ...(cancel ? { cancelIn: rng.int(3, 30) * HOUR, cancelReason: 'cannot_ship_destination' } : {}),
  });
}
