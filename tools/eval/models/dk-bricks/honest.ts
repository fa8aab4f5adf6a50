import { type Rng } from '../kit/random.js';
import { dkRoute, parcelShopNear, purchaseOf, type Route, routeFor } from './build.js';
import {
  BLACK_FRIDAY,
  CPH,
  DAYTIME,
  dayOf,
  EVENING,
  type HourCurve,
  inBlackWeek,
  LATE,
  LAUNCH_DAY,
  LAUNCH_HOUR,
  launched,
  nearRelease,
  OFFICE,
  usual,
  weekdays,
  when,
} from './calendar.js';
import {
  ADULT_SETS,
  basketOf,
  BLIND_BAG,
  BRICK_BOX,
  BULK_PACKS,
  type Code,
  DISPLAY,
  EDUCATION,
  ELEMENTS,
  EXCLUSIVE,
  FAMILY_SETS,
  FLAGSHIP,
  GIFT_CARDS,
  GIFT_WRAP,
  giftCardLine,
  type Line,
  lineIn,
  MINIFIGS,
  MODULAR,
  MODULAR_CASE,
  MODULAR_LIGHTS,
  NEW_SETS,
  PICK_A_BRICK,
  RARE_MINIFIGS,
  RETIRED,
  some,
  starOf,
  UCS_CASE,
  UCS_LIGHTS,
} from './catalogue.js';
import { address, lineAddress, net } from './networks.js';
import { accountsOf, countryFor, deviceFor, personIn, type Segment, tzOf } from './people.js';
import { currencyOf, homeAddress } from './places.js';
import { DAY, honestAfter, honestPay, MINUTE, type Method, type Purchase } from './purchase.js';
import {
  connectionOf,
  fromAccount,
  isPhone,
  newShopper,
  ownDevice,
  type Shopper,
  type World,
} from './world.js';

/**
 * The shop's honest customers: Danish families and grandparents, adult collectors, the launch-morning rush,
 * Black Week newcomers, shoppers across Europe, gifts sent to someone else, collectors overseas, builders
 * buying parts by the element, e-gift cards, Danes abroad or behind a VPN, schools and clubs, and small
 * resellers buying within the limits.
 */

export const HONEST = {
  dk_family: 26,
  adult_collector: 15,
  launch_rush: 7,
  black_week_newcomer: 10,
  eu_shopper: 12,
  gift_sender: 7,
  overseas_collector: 5,
  parts_builder: 6,
  gift_card_buyer: 3,
  traveller_vpn: 4,
  school_club: 2,
  small_reseller: 3,
} as const;
export type HonestKind = keyof typeof HONEST;

/** An account of these segments from the base, or someone new from the segment's countries. */
function shopperOf(
  rng: Rng,
  w: World,
  segments: Segment[],
  fromBase: number,
  at: number,
  opts: { signUp?: number; mobileShare?: number; hobby?: boolean; country?: string } = {},
): Shopper {
  if (rng.chance(fromBase)) return fromAccount(rng.pick(accountsOf(w.base, ...segments)));
  const country = opts.country ?? countryFor(rng, segments[0] ?? 'family');
  const signUp = rng.chance(opts.signUp ?? 0.4);
  return newShopper(rng, country, at, {
    ...(signUp ? { signUpAgo: rng.int(2, 25) * MINUTE } : {}),
    mobileShare: opts.mobileShare ?? 0.65,
    hobby: opts.hobby ?? false,
  });
}

/** A shopper's moment in their own time zone. */
const timeFor = (rng: Rng, w: World, country: string, hours: HourCurve, bias = usual) =>
  when(rng, w.window, tzOf(country), hours, bias);

/** Payment for a shopper, with their saved card, MobilePay and PayPal vault. */
const pay = (
  rng: Rng,
  s: Shopper,
  basket: ReturnType<typeof basketOf>,
  opts: { declineShare?: number; method?: Method; known?: boolean } = {},
) =>
  honestPay(
    rng,
    {
      country: s.country,
      cards: s.cards,
      ...(s.saved ? { saved: s.saved } : {}),
      signedIn: s.signedIn,
      mobilepay: s.mobilepay,
      paypalVault: s.paypalVault,
      known: opts.known ?? (s.signedIn && s.account !== undefined),
    },
    basket,
    opts,
  );

/** A Black Week code for a share of orders placed that week; a welcome code for some first orders. */
function codeFor(rng: Rng, w: World, at: number, s: Shopper, share = 0.55): Code | undefined {
  if (inBlackWeek(dayOf(w.window, at)) && rng.chance(share)) return 'BLACKWEEK20';
  if (!s.account && rng.chance(0.2)) return 'VELKOMMEN10';
  return undefined;
}

const busy = (w: World, at: number) => inBlackWeek(dayOf(w.window, at));

/** Lines of family sets: cheap ones more often, a calendar, blind bags, gift wrap. */
function familyLines(rng: Rng, currency: ReturnType<typeof currencyOf>, wrap: number): Line[] {
  const sets = rng.shuffle(FAMILY_SETS).filter((x) => rng.chance(x.price < 50_000 ? 0.9 : 0.5));
  const lines = (sets.length > 0 ? sets : FAMILY_SETS).slice(
    0,
    rng.weightedPick([
      [1, 50],
      [2, 32],
      [3, 18],
    ] as const),
  );
  const out = lines.map((x) => lineIn(x, currency, rng.chance(0.08) ? 2 : 1));
  if (rng.chance(0.1)) out.push(lineIn(BLIND_BAG, currency, rng.int(2, 6)));
  if (rng.chance(wrap)) out.push(lineIn(GIFT_WRAP, currency, Math.min(3, out.length)));
  return out;
}

function dkFamily(rng: Rng, w: World): Purchase {
  const daytime = rng.chance(0.25);
  const at = timeFor(rng, w, 'DK', daytime ? DAYTIME : EVENING);
  const s = shopperOf(rng, w, ['family'], 0.65, at, { country: 'DK', mobileShare: daytime ? 0.4 : 0.75 });
  const device = s.account ? ownDevice(rng, s) : (s.devices[0] ?? deviceFor(rng, 0.7));
  const route = dkRoute(rng, s.address);
  const code = codeFor(rng, w, at, s);
  const basket = basketOf(familyLines(rng, 'DKK', 0.08), 'DKK', route.delivery, code ? { code } : {});
  const attempts = pay(rng, s, basket);
  return purchaseOf({
    kind: 'dk_family',
    fraud: false,
    at,
    shopper: s,
    route,
    ip: connectionOf(rng, s, device, 0.08),
    device,
    basket,
    attempts,
    later: honestAfter(rng, {
      delivery: route.delivery,
      amount: basket.amount,
      busy: busy(w, at),
      abroad: false,
    }),
  });
}

/** What a collector buys: the flagship with a case and lights, the modular, retired sets, rare figures. */
function collectorLines(
  rng: Rng,
  currency: ReturnType<typeof currencyOf>,
  day: number,
  onSale: boolean,
): Line[] {
  const x = rng.next();
  const out: Line[] = [];
  if (x < 0.33 && onSale) {
    out.push(lineIn(FLAGSHIP, currency, rng.chance(0.18) ? 2 : 1));
    if (rng.chance(0.3)) out.push(lineIn(UCS_CASE, currency));
    if (rng.chance(0.15)) out.push(lineIn(UCS_LIGHTS, currency));
  } else if (x < 0.48) {
    out.push(lineIn(MODULAR, currency, rng.chance(0.2) ? 2 : 1));
    if (rng.chance(0.35)) out.push(lineIn(MODULAR_CASE, currency));
    if (rng.chance(0.2)) out.push(lineIn(MODULAR_LIGHTS, currency));
  } else if (x < 0.78) {
    out.push(...some(rng, RETIRED, rng.chance(0.25) ? 2 : 1, currency));
    if (rng.chance(0.2)) out.push(...some(rng, RARE_MINIFIGS, 1, currency));
  } else {
    out.push(...some(rng, ADULT_SETS, rng.int(1, 3), currency));
    if (rng.chance(0.3)) out.push(...some(rng, DISPLAY, 1, currency));
  }
  if (day >= BLACK_FRIDAY && day <= BLACK_FRIDAY + 3 && rng.chance(0.3))
    out.push(lineIn(EXCLUSIVE, currency));
  return out;
}

/** Collectors favour the launch and Black Friday days. */
const collectorDays = (d: number) => usual(d) * (d === LAUNCH_DAY ? 2.5 : d === BLACK_FRIDAY ? 1.6 : 1);

function adultCollector(rng: Rng, w: World): Purchase {
  const a = rng.pick(accountsOf(w.base, 'collector'));
  const fresh = rng.chance(0.08);
  const at0 = timeFor(rng, w, a.country, LATE, collectorDays);
  const s = fresh
    ? newShopper(rng, a.country, at0, { signUpAgo: rng.int(3, 20) * MINUTE, hobby: true })
    : fromAccount(a);
  const currency = currencyOf(s.country);
  const device = ownDevice(rng, s, 0.4);
  const route = routeFor(rng, s.address, 0.25);
  const basket = basketOf(
    collectorLines(rng, currency, dayOf(w.window, at0), launched(w.window, at0)),
    currency,
    route.delivery,
  );
  const attempts = pay(rng, s, basket);
  return purchaseOf({
    kind: 'adult_collector',
    fraud: false,
    at: at0,
    shopper: s,
    route,
    ip: connectionOf(rng, s, device, 0.1),
    device,
    basket,
    attempts,
    later: honestAfter(rng, {
      delivery: route.delivery,
      amount: basket.amount,
      busy: busy(w, at0),
      abroad: s.country !== 'DK',
      collector: true,
    }),
  });
}

function launchRush(rng: Rng, w: World): Purchase {
  const country = rng.weightedPick([
    ['DK', 70],
    ['SE', 10],
    ['NO', 5],
    ['DE', 10],
    ['NL', 5],
  ] as const);
  const at = rng.chance(0.7)
    ? nearRelease(rng, w.window, LAUNCH_DAY, LAUNCH_HOUR, 20)
    : timeFor(rng, w, country, EVENING, (d) => (d === LAUNCH_DAY || d === LAUNCH_DAY + 1 ? 1 : 0));
  const known = accountsOf(w.base, 'family', 'collector', 'eu').filter((a) => a.country === country);
  const s =
    known.length > 0 && rng.chance(0.5)
      ? fromAccount(rng.pick(known))
      : newShopper(rng, country, at, {
          ...(rng.chance(0.8)
            ? { signUpAgo: rng.chance(0.6) ? rng.int(2, 40) * MINUTE : rng.int(1, 6) * DAY }
            : {}),
          mobileShare: 0.7,
        });
  const currency = currencyOf(s.country);
  const device = s.account ? ownDevice(rng, s) : (s.devices[0] ?? deviceFor(rng, 0.7));
  const route = routeFor(rng, s.address, 0.1);
  const lines = rng.chance(0.75)
    ? [lineIn(starOf(launched(w.window, at)), currency, rng.chance(0.2) ? 2 : 1)]
    : [
        lineIn(
          MODULAR,
          currency,
          rng.weightedPick([
            [1, 70],
            [2, 25],
            [3, 5],
          ] as const),
        ),
      ];
  if (rng.chance(0.15)) lines.push(...some(rng, MINIFIGS.slice(2), 1, currency));
  const basket = basketOf(lines, currency, route.delivery);
  // The queue, the MitID prompt timing out while the site is slow, a card limit hit by a 6,000 kr set.
  const attempts = pay(rng, s, basket, { declineShare: 0.14 });
  return purchaseOf({
    kind: 'launch_rush',
    fraud: false,
    at,
    shopper: s,
    route,
    ip: connectionOf(rng, s, device, 0.3),
    device,
    basket,
    attempts,
    later: honestAfter(rng, {
      delivery: route.delivery,
      amount: basket.amount,
      busy: true,
      abroad: s.country !== 'DK',
    }),
  });
}

function blackWeekNewcomer(rng: Rng, w: World): Purchase {
  const country = rng.weightedPick([
    ['DK', 70],
    ['SE', 12],
    ['DE', 8],
    ['NL', 5],
    ['NO', 5],
  ] as const);
  const at = timeFor(rng, w, country, EVENING, (d) =>
    inBlackWeek(d) ? (d === BLACK_FRIDAY ? 3 : d === BLACK_FRIDAY + 3 ? 2 : 1) : 0,
  );
  const s = newShopper(rng, country, at, {
    ...(rng.chance(0.45) ? { signUpAgo: rng.int(1, 15) * MINUTE } : {}),
    mobileShare: 0.75,
  });
  const currency = currencyOf(country);
  const device = s.devices[0] ?? deviceFor(rng, 0.75);
  const route = routeFor(rng, s.address, 0.06);
  const lines = some(rng, rng.chance(0.6) ? FAMILY_SETS : NEW_SETS, rng.int(2, 5), currency);
  const basket = basketOf(lines, currency, route.delivery, {
    code: inBlackWeek(dayOf(w.window, at)) && rng.chance(0.8) ? 'BLACKWEEK20' : 'VELKOMMEN10',
  });
  const attempts = pay(rng, s, basket, { declineShare: 0.07, known: false });
  return purchaseOf({
    kind: 'black_week_newcomer',
    fraud: false,
    at,
    shopper: s,
    route,
    ip: connectionOf(rng, s, device),
    device,
    basket,
    attempts,
    later: honestAfter(rng, {
      delivery: route.delivery,
      amount: basket.amount,
      busy: true,
      abroad: country !== 'DK',
    }),
  });
}

function euShopper(rng: Rng, w: World): Purchase {
  const a = rng.pick(accountsOf(w.base, 'eu'));
  const signedIn = rng.chance(0.6);
  const at = timeFor(rng, w, a.country, EVENING);
  const s = signedIn
    ? fromAccount(a)
    : newShopper(
        rng,
        countryFor(rng, 'eu'),
        at,
        rng.chance(0.3) ? { signUpAgo: rng.int(2, 20) * MINUTE } : {},
      );
  const currency = currencyOf(s.country);
  const device = signedIn ? ownDevice(rng, s) : (s.devices[0] ?? deviceFor(rng, 0.55));
  const route = routeFor(rng, s.address);
  const x = rng.next();
  const lines =
    x < 0.55
      ? some(rng, NEW_SETS, rng.int(1, 4), currency)
      : x < 0.75
        ? some(rng, RETIRED, 1, currency)
        : x < 0.88
          ? [lineIn(rng.chance(0.6) ? starOf(launched(w.window, at)) : MODULAR, currency)]
          : [
              ...some(rng, MINIFIGS, rng.int(1, 3), currency, () => rng.int(1, 4)),
              ...some(rng, ADULT_SETS, 1, currency),
            ];
  const code = codeFor(rng, w, at, s, 0.45);
  const basket = basketOf(lines, currency, route.delivery, code ? { code } : {});
  const attempts = pay(rng, s, basket);
  return purchaseOf({
    kind: 'eu_shopper',
    fraud: false,
    at,
    shopper: s,
    route,
    ip: connectionOf(rng, s, device),
    device,
    basket,
    attempts,
    later: honestAfter(rng, {
      delivery: route.delivery,
      amount: basket.amount,
      busy: busy(w, at),
      abroad: true,
    }),
  });
}

const GIFT_NOTES = [
  'Glædelig jul! Kærlig hilsen mormor og morfar',
  'Tillykke med fødselsdagen! Knus fra farmor',
  'God jul, skat – fra moster Lone',
  'Til Oscar fra farfar. Byg løs!',
  'Happy birthday from Denmark! Love, Grandma',
  'God jul från Köpenhamn! Kramar',
];

function giftSender(rng: Rng, w: World): Purchase {
  const daytime = rng.chance(0.6);
  const at = timeFor(rng, w, 'DK', daytime ? DAYTIME : EVENING);
  const s = shopperOf(rng, w, ['family'], 0.7, at, { country: 'DK', mobileShare: 0.35 });
  const abroad = rng.chance(0.25);
  const to = homeAddress(
    rng,
    abroad
      ? rng.weightedPick([
          ['SE', 30],
          ['NO', 20],
          ['DE', 20],
          ['GB', 15],
          ['US', 15],
        ] as const)
      : 'DK',
  );
  const route: Route = abroad
    ? { delivery: 'international', carrier: 'PostNord', shipping: to }
    : rng.chance(0.5)
      ? { delivery: 'home', carrier: 'PostNord', shipping: to }
      : {
          delivery: 'parcel_shop',
          carrier: rng.pick(['GLS', 'PostNord', 'DAO']),
          parcelShop: parcelShopNear(rng, to),
          shipping: to,
        };
  const device = s.account ? ownDevice(rng, s, 0.35) : (s.devices[0] ?? deviceFor(rng, 0.35));
  const basket = basketOf(familyLines(rng, 'DKK', 0.7), 'DKK', route.delivery);
  const attempts = pay(rng, s, basket);
  return purchaseOf({
    kind: 'gift_sender',
    fraud: false,
    at,
    shopper: s,
    route,
    ip: connectionOf(rng, s, device),
    device,
    basket,
    attempts,
    later: honestAfter(rng, { delivery: route.delivery, amount: basket.amount, busy: busy(w, at), abroad }),
    giftMessage: rng.pick(GIFT_NOTES),
  });
}

function overseasCollector(rng: Rng, w: World): Purchase {
  const a = rng.pick(accountsOf(w.base, 'overseas'));
  const at = timeFor(rng, w, a.country, LATE);
  const s = rng.chance(0.65)
    ? fromAccount(a)
    : newShopper(rng, countryFor(rng, 'overseas'), at, {
        signUpAgo: rng.int(3, 30) * MINUTE,
        hobby: true,
        mobileShare: 0.4,
      });
  const currency = currencyOf(s.country);
  const device = ownDevice(rng, s, 0.45);
  const far = !['US', 'CA', 'GB'].includes(s.country);
  const route: Route = {
    delivery: rng.chance(0.35) ? 'express' : 'international',
    carrier: rng.pick(['DHL Express', 'UPS', 'PostNord']),
    shipping: { ...s.address },
  };
  const x = rng.next();
  const lines =
    x < 0.6
      ? some(rng, RETIRED, rng.chance(0.3) ? 2 : 1, currency)
      : x < 0.85
        ? some(rng, RARE_MINIFIGS, rng.int(1, 3), currency)
        : [
            lineIn(starOf(launched(w.window, at)), currency),
            ...(launched(w.window, at) && rng.chance(0.4) ? [lineIn(UCS_CASE, currency)] : []),
          ];
  const basket = basketOf(lines, currency, route.delivery, { far });
  const attempts = honestPay(
    rng,
    {
      country: s.country,
      cards: s.cards,
      ...(s.saved ? { saved: s.saved } : {}),
      signedIn: s.signedIn,
      mobilepay: false,
      known: s.signedIn,
      match: 'good',
    },
    basket,
  );
  return purchaseOf({
    kind: 'overseas_collector',
    fraud: false,
    at,
    shopper: s,
    route,
    ip: connectionOf(rng, s, device),
    device,
    basket,
    attempts,
    later: honestAfter(rng, {
      delivery: route.delivery,
      amount: basket.amount,
      busy: busy(w, at),
      abroad: true,
      collector: true,
    }),
  });
}

function partsBuilder(rng: Rng, w: World): Purchase {
  const a = rng.pick(accountsOf(w.base, 'builder'));
  const at = timeFor(rng, w, a.country, LATE);
  const s = rng.chance(0.88)
    ? fromAccount(a)
    : newShopper(rng, countryFor(rng, 'builder'), at, {
        signUpAgo: rng.int(2, 20) * MINUTE,
        hobby: true,
        mobileShare: 0.2,
      });
  const currency = currencyOf(s.country);
  const device = ownDevice(rng, s, 0.2);
  const route = routeFor(rng, s.address, 0.15);
  const lines = [
    ...some(rng, ELEMENTS, rng.int(3, ELEMENTS.length), currency, () =>
      rng.pick([10, 20, 25, 50, 100, 150, 200, 300]),
    ),
    ...(rng.chance(0.5) ? some(rng, BULK_PACKS, rng.int(1, 3), currency, () => rng.int(1, 3)) : []),
  ];
  const basket = basketOf(lines, currency, route.delivery, rng.chance(0.2) ? { code: 'LUG15' } : {});
  const attempts = pay(rng, s, basket);
  return purchaseOf({
    kind: 'parts_builder',
    fraud: false,
    at,
    shopper: s,
    route,
    ip: connectionOf(rng, s, device),
    device,
    basket,
    attempts,
    later: honestAfter(rng, {
      delivery: route.delivery,
      amount: basket.amount,
      busy: busy(w, at),
      abroad: s.country !== 'DK',
    }),
  });
}

function giftCardBuyer(rng: Rng, w: World): Purchase {
  const country = rng.chance(0.85) ? 'DK' : rng.pick(['SE', 'DE', 'NO']);
  const at = timeFor(rng, w, country, EVENING, (d) => usual(d) * (d >= 15 ? 2 : 1));
  const s =
    country === 'DK'
      ? shopperOf(rng, w, ['family', 'collector'], 0.6, at, { country: 'DK' })
      : newShopper(rng, country, at);
  const currency = currencyOf(s.country);
  const device = s.account ? ownDevice(rng, s) : (s.devices[0] ?? deviceFor(rng, 0.7));
  const card = rng.pick(GIFT_CARDS);
  const basket = basketOf(
    [giftCardLine(card, currency, rng.chance(0.15) ? rng.int(2, 3) : 1)],
    currency,
    'email',
  );
  const recipient = personIn(rng, s.country);
  const attempts = pay(rng, s, basket);
  return purchaseOf({
    kind: 'gift_card_buyer',
    fraud: false,
    at,
    shopper: s,
    route: { delivery: 'email' },
    ip: connectionOf(rng, s, device),
    device,
    basket,
    attempts,
    later: honestAfter(rng, { delivery: 'email', amount: basket.amount, busy: false, abroad: false }),
    giftRecipient: recipient.email,
    giftMessage: rng.pick(['God jul!', 'Tillykke!', 'Til dine næste klodser', 'Merry Christmas!']),
  });
}

/** Where Danes are in November: Spain and Thailand in the sun, London and New York, Berlin for work. */
const AWAY = [
  'es-fibre',
  'es-mobile',
  'th-mobile',
  'th-hotel',
  'gb-fibre',
  'us-cable',
  'de-dsl',
  'it-dsl',
  'fr-fibre',
];
const VPN = ['nl-hosting', 'de-hosting', 'gb-hosting', 'us-hosting'];
const AWAY_TZ: Readonly<Record<string, number>> = { ES: 1, TH: 7, GB: 0, US: -5, DE: 1, IT: 1, FR: 1 };

function travellerVpn(rng: Rng, w: World): Purchase {
  const danes = accountsOf(w.base, 'family', 'collector').filter((x) => x.country === 'DK');
  const a = rng.pick(danes.length > 0 ? danes : accountsOf(w.base, 'family'));
  const s = fromAccount(a);
  const travelling = rng.chance(0.55);
  const network = net(rng.pick(travelling ? AWAY : VPN));
  const at = when(rng, w.window, travelling ? (AWAY_TZ[network.country] ?? CPH) : CPH, EVENING);
  const device = ownDevice(rng, s, 0.7);
  const route = dkRoute(rng, s.address, 0.05);
  const lines =
    a.segment === 'collector'
      ? collectorLines(rng, 'DKK', dayOf(w.window, at), launched(w.window, at))
      : familyLines(rng, 'DKK', 0.2);
  const basket = basketOf(lines, 'DKK', route.delivery);
  // Abroad the bank's app still approves; a hotel network now and then trips the issuer once.
  const attempts = pay(rng, s, basket, { declineShare: travelling ? 0.09 : 0.05, known: !travelling });
  return purchaseOf({
    kind: 'traveller_vpn',
    fraud: false,
    at,
    shopper: s,
    route,
    ip: travelling && isPhone(device) && rng.chance(0.3) ? address(rng, s.mobile) : lineAddress(rng, network),
    device,
    basket,
    attempts,
    later: honestAfter(rng, {
      delivery: route.delivery,
      amount: basket.amount,
      busy: busy(w, at),
      abroad: false,
    }),
  });
}

function schoolClub(rng: Rng, w: World): Purchase {
  const a = rng.pick(accountsOf(w.base, 'school'));
  const s = fromAccount(a);
  const at = timeFor(rng, w, a.country, OFFICE, weekdays);
  const currency = currencyOf(s.country);
  const club = !a.company?.ean;
  const lines = club
    ? [
        lineIn(PICK_A_BRICK, currency, rng.int(3, 15)),
        ...some(rng, FAMILY_SETS, rng.int(1, 3), currency, () => rng.int(2, 8)),
      ]
    : [
        ...some(rng, EDUCATION, rng.int(1, 3), currency, () => rng.int(1, 10)),
        ...(rng.chance(0.4) ? [lineIn(BRICK_BOX, currency, rng.int(5, 15))] : []),
      ];
  const route: Route = {
    delivery: 'home',
    carrier: rng.pick(['GLS', 'PostNord']),
    shipping: { ...s.address },
  };
  const basket = basketOf(lines, currency, route.delivery, club && rng.chance(0.5) ? { code: 'LUG15' } : {});
  const method: Method = a.company?.ean
    ? 'ean_invoice'
    : rng.chance(0.5)
      ? 'bank_transfer'
      : s.mobilepay
        ? 'mobilepay'
        : 'card';
  const attempts = pay(rng, s, basket, { method, declineShare: 0.02 });
  const device = ownDevice(rng, s, 0.1);
  return purchaseOf({
    kind: 'school_club',
    fraud: false,
    at,
    shopper: s,
    route,
    ip:
      s.country === 'DK'
        ? address(rng, rng.chance(0.6) ? net('dk-office') : s.home)
        : lineAddress(rng, s.home),
    device,
    basket,
    attempts,
    later: honestAfter(rng, {
      delivery: 'home',
      amount: basket.amount,
      busy: busy(w, at),
      abroad: s.country !== 'DK',
    }),
    reference: a.company?.ean ? `EAN ${a.company.ean}` : `PO-${rng.int(2026100, 2026999)}`,
  });
}

function smallReseller(rng: Rng, w: World): Purchase {
  const a = rng.pick(accountsOf(w.base, 'reseller'));
  const s = fromAccount(a);
  const x = rng.next();
  const at =
    x < 0.35
      ? nearRelease(rng, w.window, LAUNCH_DAY, LAUNCH_HOUR, 6)
      : x < 0.5
        ? nearRelease(rng, w.window, BLACK_FRIDAY, 0, 8)
        : timeFor(rng, w, a.country, rng.chance(0.5) ? OFFICE : EVENING);
  const day = dayOf(w.window, at);
  const currency = currencyOf(s.country);
  // Up to the limit and no further: two flagships, three modulars, one exclusive per account.
  const lines: Line[] =
    day === LAUNCH_DAY && launched(w.window, at)
      ? [lineIn(FLAGSHIP, currency, 2), ...(rng.chance(0.5) ? [lineIn(MODULAR, currency, 3)] : [])]
      : day === BLACK_FRIDAY
        ? [
            lineIn(EXCLUSIVE, currency, 1),
            ...some(rng, NEW_SETS, rng.int(2, 4), currency, () => rng.int(3, 6)),
          ]
        : some(rng, NEW_SETS, rng.int(2, 4), currency, () => rng.int(3, 6));
  const route: Route =
    s.country === 'DK'
      ? { delivery: 'home', carrier: rng.pick(['GLS', 'DAO']), shipping: { ...s.address } }
      : { delivery: 'international', carrier: 'GLS', shipping: { ...s.address } };
  const basket = basketOf(lines, currency, route.delivery);
  const method: Method | undefined = rng.chance(0.2) ? 'bank_transfer' : undefined;
  const attempts = pay(rng, s, basket, method ? { method } : {});
  const device = ownDevice(rng, s, 0.35);
  return purchaseOf({
    kind: 'small_reseller',
    fraud: false,
    at,
    shopper: s,
    route,
    ip: connectionOf(rng, s, device),
    device,
    basket,
    attempts,
    later: honestAfter(rng, {
      delivery: route.delivery,
      amount: basket.amount,
      busy: busy(w, at),
      abroad: s.country !== 'DK',
    }),
    reference: `PO-${rng.int(1000, 9999)}`,
  });
}

const PLANNERS: Readonly<Record<HonestKind, (rng: Rng, w: World) => Purchase>> = {
  dk_family: dkFamily,
  adult_collector: adultCollector,
  launch_rush: launchRush,
  black_week_newcomer: blackWeekNewcomer,
  eu_shopper: euShopper,
  gift_sender: giftSender,
  overseas_collector: overseasCollector,
  parts_builder: partsBuilder,
  gift_card_buyer: giftCardBuyer,
  traveller_vpn: travellerVpn,
  school_club: schoolClub,
  small_reseller: smallReseller,
};

export const honest = (rng: Rng, w: World, kind: HonestKind): Purchase => PLANNERS[kind](rng, w);
