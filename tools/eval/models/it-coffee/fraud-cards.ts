import { type Address, type Device, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { DAYTIME, EVENING, moment, NIGHT } from './calendar.js';
import { type Decline, type HeldCard, isEea, type Match, newCard, sameBin } from './cards.js';
import {
  basketOf,
  BEAN_TO_CUP,
  BEANS,
  CLEANING_TABLETS,
  DESCALER,
  ESPRESSO,
  GASKET,
  GIFT_BOXES,
  GIFT_CARDS,
  GRINDERS,
  type Item,
  LEVER,
  type Line,
  lineIn,
  machineBetween,
} from './catalogue.js';
import { byEmail, purchaseOf, type Route, type Shopper, toDoor, toPickup } from './checkout.js';
import { crewEmail, fraudAfter } from './fraud-kit.js';
import { homeNetwork, hostingNetwork, ipFrom, network, type Network } from './networks.js';
import {
  fullName,
  localeOf,
  type Nationality,
  newDevice,
  type PersonName,
  personName,
  type Platform,
} from './people.js';
import {
  abroadHome,
  currencyFor,
  homeIn,
  type Market,
  otherCity,
  type Sanctioned,
  sanctionedHome,
} from './places.js';
import { type Attempt, cardAttempt, other, type Purchase, type ThreeDS } from './purchase.js';
import { type World } from './world.js';

/**
 * Fraud with other people's cards: card testing on the cheapest items, sloppy guests with stolen card numbers,
 * careful crews with phished cards and relayed 3-D Secure codes, triangulation for marketplace buyers, and
 * buyers from sanctioned jurisdictions.
 */

type Holder = Market | 'GB' | 'US';

const holderHome = (rng: Rng, c: Holder): Address =>
  c === 'GB' || c === 'US' ? abroadHome(rng, c) : homeIn(rng, c);

const holderNet = (rng: Rng, c: Holder): Network =>
  c === 'GB' ? network('gb-fixed') : c === 'US' ? network('us-cable') : homeNetwork(rng, c);

/** A checkout's who-and-where, for a person the crew is posing as. */
function posing(o: {
  person: PersonName;
  email: string;
  billing: Address;
  country: Market;
  device: Device;
  ip: string;
  locale: string;
  card: HeldCard;
  id?: string;
  createdAt?: number;
}): Shopper {
  return {
    buyer: {
      ...(o.id ? { id: o.id } : {}),
      email: o.email,
      name: fullName(o.person),
      ...(o.id && o.createdAt !== undefined ? { createdAt: o.createdAt } : {}),
    },
    person: o.person,
    country: o.country,
    billing: o.billing,
    cards: [o.card],
    paypal: false,
    signedIn: o.id !== undefined,
    device: o.device,
    ip: o.ip,
    locale: o.locale,
    channel: 'web',
  };
}

const TEST_ITEMS: readonly Item[] = [CLEANING_TABLETS, GASKET, DESCALER, GIFT_CARDS[0] ?? DESCALER];

const HEADLESS = (v: string) =>
  `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/${v} Safari/537.36`;

/**
 * One card-testing run: a script checks a batch of numbers from one or two BIN ranges against the cheapest
 * item (under the €30 low-value exemption, so no 3-D Secure), a new guest and billing address each time,
 * through a handful of proxy exits, seconds to minutes apart, at night; most are declined.
 */
function testingRun(rng: Rng, w: World, size: number): Purchase[] {
  const origin = rng.weightedPick<Holder>([
    ['IT', 35],
    ['FR', 15],
    ['DE', 10],
    ['ES', 10],
    ['US', 20],
    ['GB', 10],
  ]);
  const bins = [newCard(rng, origin, rng.chance(0.5) ? 'prepaid' : undefined)];
  if (rng.chance(0.4)) bins.push(newCard(rng, origin));
  const ua = rng.chance(0.4)
    ? HEADLESS(rng.pick(['143.0.0.0', '142.0.0.0']))
    : newDevice(rng, 'windows').userAgent;
  const idStyle = rng.weightedPick([
    ['none', 55],
    ['same', 25],
    ['rotating', 20],
  ] as const);
  const runId = `fp_${rng.token(22)}`;
  const exits: Network[] = Array.from({ length: rng.int(2, 5) }, () =>
    rng.chance(0.7) ? hostingNetwork(rng) : homeNetwork(rng, 'IT'),
  );
  const item = rng.pick(TEST_ITEMS);
  const last = { start: w.window.start, end: Math.max(w.window.start + 1, w.window.end - 3 * HOUR) };
  let t = moment(rng, last, NIGHT);
  const out: Purchase[] = [];
  for (let i = 0; i < size; i++) {
    if (i > 0) t = Math.min(w.window.end - 1, t + rng.int(20_000, 5 * MINUTE));
    const person = personName(rng, 'IT');
    const market: Market = 'IT';
    const device: Device =
      idStyle === 'none'
        ? { userAgent: ua }
        : { userAgent: ua, id: idStyle === 'same' ? runId : `fp_${rng.token(22)}` };
    const card = sameBin(rng, rng.pick(bins));
    const s = posing({
      person,
      email: crewEmail(rng, person, rng.chance(0.6) ? 'random' : 'name', 'IT'),
      billing: homeIn(rng, market),
      country: market,
      device,
      ip: ipFrom(rng, rng.pick(exits)),
      locale: rng.chance(0.6) ? 'it-IT' : 'en-US',
      card,
    });
    const lines = [lineIn(item, 'EUR')];
    const route: Route =
      item.category === 'gift_card'
        ? byEmail(market)
        : rng.chance(0.6)
          ? toPickup(rng, market, otherCity(rng, market))
          : toDoor(rng, { ...homeIn(rng, market), country: market }, fullName(personName(rng, 'IT')));
    const basket = basketOf(lines, 'EUR', route.fulfilment, market);
    const tries = rng.weightedPick([
      [1, 5],
      [2, 3],
      [3, 2],
    ] as const);
    const attempts: Attempt[] = [];
    for (let k = 0; k < tries; k++) {
      const c = k === 0 ? card : sameBin(rng, rng.pick(bins));
      const ok = rng.chance(0.08);
      const late = i > size / 2;
      const decline = rng.weightedPick<Decline>([
        ['incorrect_cvc', 25],
        ['expired_card', 15],
        ['do_not_honor', 20],
        ['insufficient_funds', 12],
        ['stolen_card', 8],
        ['lost_card', 5],
        ['card_velocity_exceeded', late ? 15 : 3],
        ['generic_decline', 6],
      ]);
      const threeDS: ThreeDS = isEea(c.country)
        ? 'exempt_low_value'
        : rng.chance(0.6)
          ? 'not_enrolled'
          : 'attempted';
      attempts.push(
        cardAttempt(rng, c, basket.amount, {
          ok,
          ...(ok ? {} : { decline }),
          afterMs: k === 0 ? rng.int(3_000, 12_000) : rng.int(4_000, 25_000),
          match: 'wrong',
          threeDS,
        }),
      );
      if (ok) break;
    }
    const later = fraudAfter(
      rng,
      { at: t, fulfilment: route.fulfilment, country: market, basket, attempts },
      { review: 0.1, warn: 0.45, dispute: 0.2, disputeDays: [15, 50] },
    );
    out.push(
      purchaseOf({
        kind: 'card_testing',
        fraud: true,
        at: t,
        shopper: s,
        basket,
        route,
        attempts,
        later,
        ...(route.fulfilment === 'email'
          ? { extra: { giftCardTo: crewEmail(rng, person, 'random', 'IT') } }
          : {}),
      }),
    );
  }
  return out;
}

export function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  let left = count;
  for (let run = 0; left > 0; run++) {
    let size = Math.min(left, rng.int(7, 16));
    if (left - size < 5) size = left;
    out.push(...testingRun(rng.fork(`run${run}`), w, size));
    left -= size;
  }
  return out;
}

const DROP_CITIES: Readonly<Partial<Record<Market, readonly string[]>>> = {
  IT: ['Milano', 'Roma', 'Napoli', 'Torino', 'Bologna'],
  DE: ['Berlin', 'Hamburg', 'Köln'],
  FR: ['Paris', 'Marseille', 'Lyon'],
  ES: ['Madrid', 'Barcelona'],
};

/** A pick-up point or a drop address in a big city, for goods the crew collects or has a mule collect. */
function dropRoute(rng: Rng, market: Market, pickup: number): Route {
  const city = rng.pick(DROP_CITIES[market] ?? [otherCity(rng, market)]);
  if (rng.chance(pickup)) return toPickup(rng, market, city);
  return toDoor(rng, { ...homeIn(rng, market, city), country: market }, fullName(personName(rng, market)));
}

const pricey = (rng: Rng): Item =>
  rng.chance(0.7)
    ? machineBetween(rng, [...BEAN_TO_CUP, ...ESPRESSO, ...LEVER], 110_000, 400_000)
    : machineBetween(rng, GRINDERS, 59_900, 120_000);

/**
 * Sloppy guests with stolen card numbers: a top machine or two to a pick-up point in a big city, billing that
 * does not fit the card, a VPN or hosting exit, card after card when 3-D Secure stops them; the non-European
 * cards that are not enrolled sometimes go through.
 */
export function stolenCardGuest(rng: Rng, w: World): Purchase {
  const at = moment(rng, w.window, rng.chance(0.5) ? NIGHT : DAYTIME);
  const holder = rng.weightedPick<Holder>([
    ['US', 25],
    ['GB', 15],
    ['FR', 12],
    ['DE', 10],
    ['IT', 20],
    ['ES', 8],
    ['NL', 5],
    ['BE', 5],
  ]);
  const person = personName(rng, holder);
  const market = rng.weightedPick<Market>([
    ['IT', 60],
    ['DE', 15],
    ['FR', 15],
    ['ES', 10],
  ]);
  const billing = rng.chance(0.5) ? holderHome(rng, holder) : homeIn(rng, market);
  const net = rng.chance(0.5)
    ? hostingNetwork(rng)
    : rng.chance(0.4)
      ? holderNet(rng, holder)
      : homeNetwork(rng, market);
  const device = newDevice(
    rng,
    rng.weightedPick<Platform>([
      ['windows', 55],
      ['android', 25],
      ['mac', 10],
      ['linux', 10],
    ]),
    0.7,
  );
  const card = newCard(rng, holder);
  const s = posing({
    person,
    email: crewEmail(
      rng,
      person,
      rng.chance(0.5) ? 'random' : 'name',
      holder === 'GB' || holder === 'US' ? 'IT' : holder,
    ),
    billing,
    country: market,
    device,
    ip: ipFrom(rng, net),
    locale: rng.chance(0.4) ? 'en-US' : localeOf(rng, market),
    card,
  });
  const route = dropRoute(rng, market, 0.6);
  const currency = currencyFor(route.country);
  const first = pricey(rng);
  const lines: Line[] = [lineIn(first, currency, rng.chance(0.2) ? 2 : 1)];
  if (rng.chance(0.25)) lines.push(lineIn(pricey(rng), currency));
  const basket = basketOf(mergeSame(lines), currency, route.fulfilment, route.country);
  const match: Match = billing.country === card.country ? 'partial' : 'wrong';
  const tries = rng.weightedPick([
    [1, 3],
    [2, 3],
    [3, 2],
    [4, 1],
  ] as const);
  const attempts: Attempt[] = [];
  for (let k = 0; k < tries; k++) {
    const c =
      k === 0
        ? card
        : newCard(
            rng,
            rng.weightedPick<Holder>([
              ['US', 40],
              ['GB', 20],
              ['FR', 15],
              ['IT', 25],
            ]),
          );
    const afterMs = k === 0 ? rng.int(20_000, 120_000) : rng.int(30_000, 4 * MINUTE);
    if (isEea(c.country) || c.country === 'GB') {
      const passes = rng.chance(0.08);
      attempts.push(
        cardAttempt(rng, c, basket.amount, {
          ok: passes,
          ...(passes
            ? { threeDS: 'frictionless' as const }
            : { decline: rng.chance(0.75) ? 'authentication_failed' : 'stolen_card' }),
          afterMs,
          match,
        }),
      );
    } else {
      const ok = rng.chance(0.45);
      attempts.push(
        cardAttempt(rng, c, basket.amount, {
          ok,
          ...(ok
            ? {}
            : {
                decline: rng.pick<Decline>([
                  'do_not_honor',
                  'insufficient_funds',
                  'stolen_card',
                  'generic_decline',
                ]),
              }),
          afterMs,
          match,
        }),
      );
    }
    if (attempts[attempts.length - 1]?.ok) break;
  }
  const later = fraudAfter(
    rng,
    { at, fulfilment: route.fulfilment, country: route.country, basket, attempts },
    {
      review: 0.15,
      warn: 0.55,
      dispute: 0.65,
    },
  );
  return purchaseOf({
    kind: 'stolen_card_guest',
    fraud: true,
    at,
    shopper: s,
    basket,
    route,
    attempts,
    later,
  });
}

function mergeSame(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    const same = out.find((x) => x.sku === l.sku);
    if (same) same.quantity += l.quantity;
    else out.push(l);
  }
  return out;
}

/**
 * Careful crews with phished cards: the victim's name and address, an address that looks like theirs, a
 * residential line in their country, ordinary hours and devices, a mid-range machine or e-gift cards, and the
 * 3-D Secure code relayed from the victim's phone (a first try sometimes times out while they hesitate).
 */
export function phishedCard(rng: Rng, w: World): Purchase {
  const at = moment(rng, w.window, EVENING);
  const victim = rng.weightedPick<Market>([
    ['IT', 60],
    ['ES', 12],
    ['FR', 12],
    ['DE', 10],
    ['AT', 3],
    ['BE', 3],
  ]);
  const person = personName(rng, victim);
  const home = homeIn(rng, victim);
  const card = newCard(rng, victim);
  const registers = rng.chance(0.4);
  const s = posing({
    person,
    email: crewEmail(rng, person, 'plausible', victim),
    billing: home,
    country: victim,
    device: newDevice(
      rng,
      rng.weightedPick<Platform>([
        ['iphone', 40],
        ['windows', 35],
        ['android', 25],
      ]),
    ),
    ip: ipFrom(rng, homeNetwork(rng, victim)),
    locale: localeOf(rng, victim),
    card,
    ...(registers ? { id: `u_${rng.int(300_000, 399_999)}`, createdAt: at - rng.int(3, 20) * MINUTE } : {}),
  });
  const currency = currencyFor(victim);
  const x = rng.next();
  let lines: Line[];
  let route: Route;
  let giftCardTo: string | undefined;
  if (x < 0.25) {
    lines = [lineIn(rng.pick(GIFT_CARDS.slice(2)), currency, rng.int(2, 4))];
    route = byEmail(victim);
    giftCardTo = crewEmail(rng, personName(rng, victim), 'name', victim);
  } else {
    lines =
      x < 0.6
        ? [lineIn(machineBetween(rng, BEAN_TO_CUP, 59_900, 190_000), currency)]
        : x < 0.82
          ? [lineIn(machineBetween(rng, [...ESPRESSO, ...LEVER], 69_900, 170_000), currency)]
          : [
              lineIn(machineBetween(rng, GRINDERS, 39_900, 120_000), currency),
              lineIn(rng.pick(BEANS), currency, 2),
            ];
    route = rng.chance(0.6)
      ? toPickup(rng, victim, otherCity(rng, victim, home.city))
      : toDoor(
          rng,
          { ...homeIn(rng, victim, otherCity(rng, victim, home.city)), country: victim },
          fullName(personName(rng, victim)),
        );
  }
  const basket = basketOf(lines, currency, route.fulfilment, victim);
  const attempts: Attempt[] = [];
  if (rng.chance(0.15))
    attempts.push(
      cardAttempt(rng, card, basket.amount, {
        ok: false,
        decline: 'authentication_failed',
        afterMs: rng.int(30_000, 120_000),
      }),
    );
  attempts.push(
    cardAttempt(rng, card, basket.amount, {
      ok: true,
      threeDS: 'challenge_passed',
      afterMs: attempts.length > 0 ? rng.int(2, 6) * MINUTE : rng.int(30_000, 150_000),
    }),
  );
  const later = fraudAfter(
    rng,
    { at, fulfilment: route.fulfilment, country: victim, basket, attempts },
    {
      review: 0.05,
      warn: 0.55,
      warnReason: 'unauthorized_use_of_card',
      warnDays: [3, 15],
      dispute: 0.35,
    },
  );
  return purchaseOf({
    kind: 'phished_card_3ds',
    fraud: true,
    at,
    shopper: s,
    basket,
    route,
    attempts,
    later,
    ...(giftCardTo ? { extra: { giftCardTo } } : {}),
  });
}

/**
 * Triangulation: a crew sells machines below price on a classifieds site and orders them here with stolen
 * cards (full details, so AVS passes on British and US cards), shipped to the real buyer's home; a perfect
 * delivery, then the cardholder's dispute weeks later.
 */
export function triangulation(rng: Rng, w: World): Purchase {
  const at = moment(rng, w.window, DAYTIME);
  const dest = rng.weightedPick<Market>([
    ['IT', 50],
    ['DE', 20],
    ['FR', 15],
    ['ES', 15],
  ]);
  const holder = rng.weightedPick<Holder>([
    ['US', 35],
    ['GB', 20],
    ['FR', 10],
    ['DE', 10],
    ['NL', 8],
    ['BE', 5],
    ['AT', 4],
    ['IT', 8],
  ]);
  const person = personName(rng, holder);
  const card = newCard(rng, holder, 'credit');
  const buyerName = fullName(personName(rng, dest));
  const s = posing({
    person,
    email: crewEmail(rng, person, 'name', holder === 'GB' || holder === 'US' ? 'IT' : holder),
    billing: holderHome(rng, holder),
    country: dest,
    device: newDevice(rng, rng.chance(0.7) ? 'windows' : 'mac', 0.85),
    ip: ipFrom(rng, rng.chance(0.55) ? holderNet(rng, holder) : homeNetwork(rng, dest)),
    locale: holder === 'US' ? 'en-US' : holder === 'GB' ? 'en-GB' : localeOf(rng, dest),
    card,
  });
  const currency = currencyFor(dest);
  const x = rng.next();
  const lines =
    x < 0.6
      ? [lineIn(machineBetween(rng, [...BEAN_TO_CUP, ...ESPRESSO, ...LEVER], 59_900, 150_000), currency)]
      : x < 0.85
        ? [lineIn(machineBetween(rng, GRINDERS, 39_900, 70_000), currency)]
        : [lineIn(GIFT_BOXES[4] ?? rng.pick(GIFT_BOXES), currency), lineIn(rng.pick(BEANS), currency, 2)];
  const route = toDoor(rng, { ...homeIn(rng, dest), country: dest }, buyerName);
  const basket = basketOf(lines, currency, route.fulfilment, dest);
  const attempts: Attempt[] = [];
  if (holder === 'US' || holder === 'GB') {
    const ok = rng.chance(0.85);
    attempts.push(
      cardAttempt(rng, card, basket.amount, {
        ok,
        ...(ok
          ? { threeDS: holder === 'US' ? ('not_enrolled' as const) : ('frictionless' as const) }
          : { decline: 'do_not_honor' as const }),
        afterMs: rng.int(40_000, 160_000),
        match: 'good',
      }),
    );
  } else {
    const exempt = basket.amount <= 50_000 && rng.chance(0.6);
    attempts.push(
      cardAttempt(rng, card, basket.amount, {
        ok: exempt,
        ...(exempt ? { threeDS: 'exempt_tra' as const } : { decline: 'authentication_failed' as const }),
        afterMs: rng.int(40_000, 160_000),
      }),
    );
    if (!exempt && rng.chance(0.7)) {
      const backup = newCard(rng, 'US', 'credit');
      attempts.push(
        cardAttempt(rng, backup, basket.amount, {
          ok: rng.chance(0.75),
          threeDS: 'not_enrolled',
          afterMs: rng.int(2, 8) * MINUTE,
          match: 'wrong',
        }),
      );
      const lastTry = attempts[attempts.length - 1];
      if (lastTry && !lastTry.ok) attempts[attempts.length - 1] = { ...lastTry, decline: 'do_not_honor' };
    }
  }
  const later = fraudAfter(
    rng,
    { at, fulfilment: 'courier', country: dest, basket, attempts },
    {
      warn: 0.4,
      warnDays: [5, 25],
      dispute: 0.75,
      disputeDays: [20, 70],
    },
  );
  return purchaseOf({ kind: 'triangulation', fraud: true, at, shopper: s, basket, route, attempts, later });
}

/**
 * Buyers in sanctioned jurisdictions: Russians and Belarusians billing from home with their own cards (which
 * fail abroad) and then a card from Kazakhstan, Armenia or the Emirates, shipping to a friend in the EU; a
 * Russian line with a relative's Italian card; Iranians on mobile data with a relative's European card. The
 * shop's sanctions screening cancels some after payment.
 */
export function sanctioned(rng: Rng, w: World): Purchase {
  const at = moment(rng, w.window, DAYTIME, 3);
  const shape = rng.weightedPick([
    ['ru_home', 40],
    ['by_home', 15],
    ['ru_line', 20],
    ['ir_mobile', 15],
    ['ru_vpn', 10],
  ] as const);
  const from: Sanctioned = shape === 'by_home' ? 'BY' : shape === 'ir_mobile' ? 'IR' : 'RU';
  const nat: Nationality = from;
  const person = personName(rng, nat);
  const dest = rng.weightedPick<Market>([
    ['IT', 40],
    ['DE', 30],
    ['AT', 10],
    ['ES', 10],
    ['FR', 10],
  ]);
  const billing: Address =
    shape === 'ru_line'
      ? homeIn(rng, 'IT')
      : shape === 'ir_mobile'
        ? rng.chance(0.5)
          ? sanctionedHome(rng, 'IR')
          : homeIn(rng, dest)
        : sanctionedHome(rng, from);
  const net: Network =
    shape === 'ru_vpn'
      ? hostingNetwork(rng)
      : shape === 'ir_mobile'
        ? network('ir-mobile')
        : network(from === 'BY' ? 'by-fixed' : 'ru-fixed');
  const home: HeldCard =
    shape === 'ru_line'
      ? newCard(rng, 'IT')
      : shape === 'ir_mobile'
        ? newCard(rng, dest)
        : newCard(rng, from);
  const s = posing({
    person,
    email: crewEmail(rng, person, 'plausible', nat),
    billing,
    country: dest,
    device: newDevice(
      rng,
      rng.weightedPick<Platform>([
        ['windows', 35],
        ['iphone', 30],
        ['android', 35],
      ]),
    ),
    ip: ipFrom(rng, net),
    locale: rng.chance(0.7) ? 'en-GB' : localeOf(rng, dest),
    card: home,
  });
  const currency = currencyFor(dest);
  const x = rng.next();
  const lines =
    x < 0.55
      ? [lineIn(machineBetween(rng, [...LEVER, ...ESPRESSO, ...BEAN_TO_CUP], 89_900, 400_000), currency)]
      : x < 0.8
        ? [
            lineIn(machineBetween(rng, GRINDERS, 39_900, 120_000), currency),
            lineIn(rng.pick(BEANS), currency, 3),
          ]
        : [
            lineIn(rng.pick(BEANS), currency, rng.int(4, 10)),
            lineIn(rng.pick(GIFT_BOXES), currency, rng.int(1, 3)),
          ];
  const route = toDoor(rng, { ...homeIn(rng, dest), country: dest }, fullName(personName(rng, dest)));
  const basket = basketOf(lines, currency, route.fulfilment, dest);
  const attempts: Attempt[] = [];
  const first = rng.int(30_000, 180_000);
  if (home.country === 'RU' || home.country === 'BY') {
    attempts.push(
      cardAttempt(rng, home, basket.amount, {
        ok: false,
        decline: rng.chance(0.6) ? 'transaction_not_allowed' : 'restricted_card',
        afterMs: first,
        threeDS: 'not_enrolled',
      }),
    );
    if (rng.chance(0.75)) {
      const bridge = newCard(
        rng,
        rng.weightedPick([
          ['KZ', 5],
          ['AM', 3],
          ['AE', 2],
        ] as const),
      );
      const ok = rng.chance(0.6);
      attempts.push(
        cardAttempt(rng, bridge, basket.amount, {
          ok,
          ...(ok ? { threeDS: 'frictionless' as const } : { decline: 'do_not_honor' as const }),
          afterMs: rng.int(3, 25) * MINUTE,
        }),
      );
    }
  } else if (rng.chance(0.2)) attempts.push(other('paypal', rng.chance(0.5), first, 'do_not_honor'));
  else {
    // A relative's card: they approve the 3-D Secure prompt on their phone.
    const ok = rng.chance(0.8);
    attempts.push(
      cardAttempt(rng, home, basket.amount, {
        ok,
        ...(ok ? { threeDS: 'challenge_passed' as const } : { decline: 'authentication_failed' as const }),
        afterMs: first,
      }),
    );
  }
  const later = fraudAfter(
    rng,
    { at, fulfilment: 'courier', country: dest, basket, attempts },
    {
      review: 0.3,
      warn: 0.05,
      dispute: 0.05,
    },
  );
  return purchaseOf({
    kind: 'sanctioned_country',
    fraud: true,
    at,
    shopper: s,
    basket,
    route,
    attempts,
    later,
  });
}
