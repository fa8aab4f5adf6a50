import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { assemble, freshAccount, guest, pickAccount, type World } from './assemble.js';
import { LATE_HOURS, NIGHT_HOURS, placeAt, rhythm, TAIPEI } from './calendar.js';
import { binsOf, cardOnBin, type Decline, newCard } from './cards.js';
import { basketOf, type Fulfilment, lineIn, pickLines } from './catalogue.js';
import { RESALE, stolenTail } from './fraud-kit.js';
import { friendlyFraud, pickupPrank, refundAbuse, sanctionedCountry, triangulation } from './fraud-more.js';
import { HOSTING, ipOn, type Network, NETWORKS, networkIn, twMobile } from './networks.js';
import { desktop, localPerson, throwawayEmail, twPerson, twPhone } from './people.js';
import {
  addressIn,
  type Market,
  MARKETS,
  otherTwPlace,
  pickupStore,
  placeAbroad,
  twPlace,
} from './places.js';
import { type Attempt, cardAttempt, DAY, HOUR, MINUTE, retryGap, type Purchase } from './purchase.js';

/** The fraud a Taiwanese tea house meets, by weight; every kind has at least one order in a stream. */
export const FRAUD = {
  card_testing: 20,
  phished_card_otp: 18,
  stolen_card_abroad: 12,
  account_takeover: 10,
  triangulation: 8,
  friendly_fraud: 10,
  pickup_prank: 7,
  refund_abuse: 6,
  sanctioned_country: 3,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const resaleQty = (r: Rng) => (r.chance(0.4) ? 1 : r.int(2, 6));

/** A run of scripted checkouts on the cheapest sample with pickup at a store, card after card from a few BINs. */
function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const size = Math.min(count - out.length, rng.int(8, 30));
    const country = rng.weightedPick<string>([
      ['US', 40],
      ['TW', 25],
      ['GB', 15],
      ['CA', 10],
      ['JP', 10],
    ]);
    const bins = rng.shuffle(binsOf(country)).slice(0, 2);
    const network: Network = rng.chance(0.8) ? rng.pick(HOSTING) : NETWORKS.vnMobile;
    const device = rng.chance(0.5) ? twPhone(rng) : { userAgent: desktop(rng).userAgent };
    let t = placeAt(rng, w.window, rhythm(TAIPEI, NIGHT_HOURS));
    for (let i = 0; i < size; i++) {
      t = Math.min(w.window.end - 1, t + (i === 0 ? 0 : rng.int(15_000, 4 * MINUTE)));
      const holder = country === 'TW' ? twPerson(rng) : localPerson(rng, country);
      const place = twPlace(rng);
      const pickup = pickupStore(rng, place);
      const basket = basketOf([lineIn('singleBrew', 'TWD')], 'TWD', 'cvs_pickup', 'TW');
      const tries = rng.chance(0.3) ? 2 : 1;
      const attempts: Attempt[] = [];
      for (let k = 0; k < tries; k++) {
        const card = cardOnBin(rng, country, rng.pick(bins));
        const ok = k === tries - 1 && rng.chance(0.12);
        const decline = rng.weightedPick<Decline>(
          country === 'TW'
            ? [
                ['authentication_failed', 40],
                ['do_not_honor', 20],
                ['incorrect_cvc', 15],
                ['expired_card', 15],
                ['lost_card', 10],
              ]
            : [
                ['incorrect_cvc', 25],
                ['do_not_honor', 25],
                ['expired_card', 15],
                ['insufficient_funds', 10],
                ['stolen_card', 15],
                ['lost_card', 10],
              ],
        );
        // A Taiwanese card only gets through when the issuer waives the one-time password.
        const silent = ok && country === 'TW' ? { threeDS: 'frictionless' as const } : {};
        attempts.push(
          cardAttempt(rng, card, {
            ok,
            ...(ok ? silent : { decline }),
            match: 'wrong',
            afterMs: k === 0 ? rng.int(4_000, 15_000) : rng.int(3_000, 12_000),
            domestic: true,
          }),
        );
      }
      out.push(
        assemble(rng, {
          at: t,
          fraud: true,
          kind: 'card_testing',
          buyer: guest({ name: holder.name, email: throwawayEmail(rng) }),
          billing: addressIn(rng, country === 'TW' ? twPlace(rng) : placeAbroad(rng, country as Market)),
          basket,
          pay: { attempts },
          fulfilment: 'cvs_pickup',
          shipping: pickup.address,
          pickup,
          dest: 'TW',
          ip: ipOn(rng, network),
          device,
          market: 'TW',
          noShow: true,
          tail: stolenTail(rng, t, 0.6, 0.05),
        }),
      );
    }
  }
  return out;
}

/**
 * A Taiwanese card phished with its one-time password (fake toll, parcel or bank texts relay the code as it
 * arrives): the cardholder's own name and address, 3-D Secure passed, a fresh account or none, resale goods sent
 * to a store or an address in another town under a mule's name, or class vouchers e-mailed for resale.
 */
function phishedCard(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, rhythm(TAIPEI, LATE_HOURS));
  const victim = twPerson(rng);
  const home = twPlace(rng);
  const mule = twPerson(rng);
  const to = otherTwPlace(rng, home);
  const f = rng.weightedPick<Fulfilment>([
    ['cvs_pickup', 60],
    ['home_delivery', 25],
    ['email', 15],
  ]);
  const lines =
    f === 'email'
      ? [lineIn('classSeries', 'TWD', rng.int(3, 10))]
      : pickLines(rng, 'TWD', RESALE, rng.int(1, 3), resaleQty);
  const pickup = f === 'cvs_pickup' ? pickupStore(rng, to) : undefined;
  const basket = basketOf(lines, 'TWD', f, 'TW');
  const card = newCard(rng, 'TW', 'credit');
  const attempts: Attempt[] = [];
  const roll = rng.next();
  if (roll < 0.3)
    attempts.push(
      cardAttempt(rng, card, {
        ok: false,
        decline: 'authentication_failed',
        afterMs: rng.int(60_000, 180_000),
        domestic: true,
      }),
    );
  if (roll < 0.15 || roll >= 0.3)
    attempts.push(
      cardAttempt(rng, roll < 0.15 ? newCard(rng, 'TW', 'credit') : card, {
        ok: true,
        threeDS: 'challenge_passed',
        afterMs: roll < 0.3 ? retryGap(rng) : rng.int(40_000, 150_000),
        domestic: true,
      }),
    );
  const caught = rng.chance(0.15);
  return assemble(rng, {
    at,
    fraud: true,
    kind: 'phished_card_otp',
    buyer: rng.chance(0.6)
      ? freshAccount(rng, { name: victim.name, email: throwawayEmail(rng) }, at, rng.int(2, 25))
      : guest({ name: victim.name, email: throwawayEmail(rng) }),
    billing: addressIn(rng, home),
    basket,
    pay: { attempts },
    fulfilment: f,
    ...(pickup
      ? { shipping: pickup.address, pickup }
      : f === 'home_delivery'
        ? { shipping: addressIn(rng, to) }
        : {}),
    ...(f !== 'email' ? { recipient: mule.name } : {}),
    dest: 'TW',
    ip: ipOn(
      rng,
      rng.weightedPick<Network>([
        [twMobile(rng), 65],
        [rng.pick(HOSTING), 20],
        [NETWORKS.vnMobile, 15],
      ]),
    ),
    device: rng.chance(0.75) ? twPhone(rng) : desktop(rng),
    market: 'TW',
    ...(caught ? { cancelIn: rng.int(2, 14) * HOUR } : {}),
    tail: stolenTail(rng, at, 0.75, caught ? 0 : 0.85),
  });
}

const CARD_ABROAD: ReadonlyArray<readonly [Market, number]> = [
  ['US', 40],
  ['GB', 15],
  ['CA', 10],
  ['JP', 10],
  ['DE', 8],
  ['FR', 7],
  ['HK', 10],
];

/**
 * A card stolen abroad with its owner's name and billing address, spent here: goods sent to a Taiwanese store
 * or address under a local name, in New Taiwan dollars, or to Hong Kong; over a proxy in the card's country, a
 * data centre or a Taiwanese phone. Cards that ask for a one-time password mostly fail, and another is tried.
 */
function stolenCardAbroad(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, rhythm(TAIPEI, LATE_HOURS));
  const country = rng.weightedPick(CARD_ABROAD);
  const owner = localPerson(rng, country);
  const billing = addressIn(rng, placeAbroad(rng, country));
  const toHk = country !== 'HK' && rng.chance(0.4);
  const market: Market = toHk ? 'HK' : 'TW';
  const currency = MARKETS[market].currency;
  const mule = toHk ? localPerson(rng, 'HK') : twPerson(rng);
  let f: Fulfilment = 'ems';
  let shipping = addressIn(rng, placeAbroad(rng, 'HK'));
  let pickup;
  if (!toHk) {
    const place = twPlace(rng);
    f = rng.chance(0.7) ? 'cvs_pickup' : 'home_delivery';
    pickup = f === 'cvs_pickup' ? pickupStore(rng, place) : undefined;
    shipping = pickup ? pickup.address : addressIn(rng, place);
  }
  const basket = basketOf(pickLines(rng, currency, RESALE, rng.int(1, 3), resaleQty), currency, f, market);
  const challenged = !['US', 'CA'].includes(country);
  const domestic = currency === 'TWD';
  const attempts: Attempt[] = [];
  const card = newCard(rng, country, 'credit');
  if (challenged && rng.chance(0.55)) {
    attempts.push(
      cardAttempt(rng, card, {
        ok: false,
        decline: 'authentication_failed',
        afterMs: rng.int(30_000, 120_000),
        domestic,
      }),
    );
    attempts.push(
      cardAttempt(rng, newCard(rng, 'US', 'credit'), {
        ok: rng.chance(0.7),
        decline: 'do_not_honor',
        afterMs: retryGap(rng),
        domestic,
      }),
    );
  } else
    attempts.push(
      cardAttempt(rng, card, {
        ok: rng.chance(0.88),
        decline: 'do_not_honor',
        afterMs: rng.int(20_000, 90_000),
        domestic,
      }),
    );
  const network = rng.weightedPick<Network>([
    [networkIn(rng, country, 0.3), 45],
    [rng.pick(HOSTING), 30],
    [toHk ? NETWORKS.hkMobile : twMobile(rng), 25],
  ]);
  const caught = rng.chance(0.15);
  return assemble(rng, {
    at,
    fraud: true,
    kind: 'stolen_card_abroad',
    buyer: guest({ name: owner.name, email: rng.chance(0.5) ? owner.email : throwawayEmail(rng) }),
    billing,
    basket,
    pay: { attempts },
    fulfilment: f,
    shipping,
    ...(pickup ? { pickup } : {}),
    recipient: mule.name,
    dest: market,
    ip: ipOn(rng, network),
    device: rng.chance(0.5) ? desktop(rng) : twPhone(rng),
    market,
    ...(caught ? { cancelIn: rng.int(3, 20) * HOUR } : {}),
    tail: stolenTail(rng, at, 0.55, caught ? 0 : 0.85),
  });
}

/**
 * A member's account opened with a password leaked elsewhere: a new phone or a data centre, the saved card
 * charged on its token (no card code; the issuer approves silently or asks for a code the thief does not get),
 * New Year boxes to a store in another town for a mule. The owner often sees the confirmation and rings.
 */
function accountTakeover(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, rhythm(TAIPEI, LATE_HOURS));
  const a = pickAccount(rng, w, (x) => x.market === 'TW' && at - x.createdAt > 20 * DAY, 3);
  const to = otherTwPlace(rng, a.place);
  const pickup = pickupStore(rng, to);
  const basket = basketOf(pickLines(rng, 'TWD', RESALE, rng.int(1, 3), resaleQty), 'TWD', 'cvs_pickup', 'TW');
  const card = a.cards[0] ?? newCard(rng, 'TW');
  const silent = rng.chance(0.55);
  const attempts = [
    cardAttempt(
      rng,
      card,
      silent
        ? {
            entry: 'saved',
            ok: true,
            threeDS: 'frictionless',
            afterMs: rng.int(8_000, 30_000),
            domestic: true,
          }
        : {
            entry: 'saved',
            ok: false,
            decline: 'authentication_failed',
            afterMs: rng.int(60_000, 180_000),
            domestic: true,
          },
    ),
  ];
  const owner = rng.chance(0.4);
  return assemble(rng, {
    at,
    fraud: true,
    kind: 'account_takeover',
    buyer: { id: a.id, email: a.email, name: a.name, createdAt: a.createdAt },
    billing: a.address,
    basket,
    pay: { attempts },
    fulfilment: 'cvs_pickup',
    shipping: pickup.address,
    pickup,
    recipient: twPerson(rng).name,
    dest: 'TW',
    ip: ipOn(
      rng,
      rng.weightedPick<Network>([
        [rng.pick(HOSTING), 45],
        [twMobile(rng), 40],
        [NETWORKS.vnMobile, 15],
      ]),
    ),
    device: rng.chance(0.7) ? twPhone(rng) : desktop(rng),
    market: 'TW',
    ...(owner ? { cancelIn: rng.int(1, 10) * HOUR, cancelReason: 'account_compromised' } : {}),
    tail: stolenTail(rng, at, 0.4, owner ? 0 : 0.65),
  });
}

const ONE_AT_A_TIME: Readonly<
  Record<
    Exclude<FraudKind, 'card_testing' | 'pickup_prank' | 'triangulation' | 'refund_abuse'>,
    (rng: Rng, w: World) => Purchase
  >
> = {
  phished_card_otp: phishedCard,
  stolen_card_abroad: stolenCardAbroad,
  account_takeover: accountTakeover,
  friendly_fraud: friendlyFraud,
  sanctioned_country: sanctionedCountry,
};

/** `count` fraud purchases, allocated by weight; testers, pranksters and triangulators work in runs. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const n = allocate(count);
  const out: Purchase[] = [
    ...cardTesting(rng.fork('card_testing'), w, n.card_testing),
    ...pickupPrank(rng.fork('pickup_prank'), w, n.pickup_prank),
    ...triangulation(rng.fork('triangulation'), w, n.triangulation),
    ...refundAbuse(rng.fork('refund_abuse'), w, n.refund_abuse),
  ];
  for (const [kind, plan] of Object.entries(ONE_AT_A_TIME) as Array<
    [keyof typeof ONE_AT_A_TIME, (rng: Rng, w: World) => Purchase]
  >) {
    const r = rng.fork(kind);
    for (let i = 0; i < n[kind]; i++) out.push(plan(r.fork(`${i}`), w));
  }
  return out;
}
