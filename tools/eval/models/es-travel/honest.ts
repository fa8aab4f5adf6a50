import { accountBuyer, type Address, type Buyer } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { placedAt } from './calendar.js';
import { everydayFunding, newCard } from './cards.js';
import {
  carLine,
  departureAfter,
  destinationOf,
  extraLine,
  flightLines,
  GIFT_DENOMINATIONS,
  giftCardLine,
  hotelLine,
  type Line,
  packageLine,
  RAIL,
  railLine as railLineOf,
  type Region,
  routeOf,
  cityOf,
} from './catalogue.js';
import { ipIn, type NetType } from './networks.js';
import {
  type Account,
  emailFor,
  fullName,
  firstName,
  newAccount,
  newDevice,
  type Origin,
  type OwnDevice,
} from './people.js';
import { homeIn, localeOf } from './places.js';
import { basketOf, DAY, honestAfter, honestPay, type Purchase, type Trip } from './purchase.js';
import { type World } from './world.js';

/** The honest kinds, their weights, and a planner for each (README "Honest kinds"). */

export const HONEST = {
  christmas_holiday: 18,
  home_for_christmas: 16,
  diaspora_family: 12,
  rail_and_car: 12,
  corporate_booker: 8,
  abroad_resident: 8,
  last_minute_traveller: 7,
  gift_card_gift: 6,
  loyalty_redeemer: 5,
  ancillary_addon: 5,
  vpn_shopper: 4,
} as const;

export type HonestKind = keyof typeof HONEST;

/** Who is at the keyboard: an account or a guest, their billing home, cards, device and connection. */
interface Shopper {
  buyer: Buyer;
  account?: Account;
  billing: Address;
  tz: number;
  country: string;
  surname: string;
  origin: Origin;
  cards: Account['cards'];
  device: OwnDevice;
  ip: string;
}

const pickAccount = (rng: Rng, w: World, origin?: Origin): Account => {
  const pool = origin ? w.customers.filter((a) => a.origin === origin) : w.customers;
  return rng.pick(pool.length > 0 ? pool : w.customers);
};

/** An account holder (`signedIn`) or a guest of `origin` living in Spain, on `net` or their own line. */
function shopper(rng: Rng, w: World, signedIn: number, origin: Origin = 'es', net?: NetType): Shopper {
  const own = rng.chance(signedIn);
  const a = own ? pickAccount(rng, w, origin) : newAccount(rng, w.window.start, origin);
  const device = own && rng.chance(0.85) ? rng.pick(a.devices) : newDevice(rng);
  const ip = net ? ipIn(rng, a.country, net) : rng.chance(0.7) ? a.homeIp : ipIn(rng, a.country, 'mobile');
  return {
    buyer: own ? accountBuyer(a) : { email: a.email, name: a.name },
    ...(own ? { account: a } : {}),
    billing: a.home,
    tz: a.tz,
    country: a.country,
    surname: a.surname,
    origin: a.origin,
    cards: a.cards,
    device,
    ip,
  };
}

const loyaltyOf = (s: Shopper) =>
  s.account ? { loyalty: { number: s.account.loyalty.number, tier: s.account.loyalty.tier } } : {};

interface Made {
  at: number;
  lines: Line[];
  trip: Trip;
  discount?: number;
  shipping?: Address;
  instalments?: boolean;
  transfer?: boolean;
  wallet?: number;
  extra?: Partial<Purchase>;
}

function purchase(rng: Rng, kind: HonestKind, s: Shopper, m: Made): Purchase {
  const basket = basketOf(m.lines, m.discount ?? 0, m.discount ? 'points' : undefined);
  const attempts = honestPay(
    rng,
    { cards: s.cards, country: s.country, signedIn: !!s.account },
    basket.amount,
    {
      ...(m.instalments ? { instalments: true } : {}),
      ...(m.transfer ? { transfer: true } : {}),
      ...(m.wallet ? { wallet: m.wallet } : {}),
    },
  );
  const p: Purchase = {
    at: m.at,
    fraud: false,
    kind,
    basket,
    billing: { ...s.billing },
    attempts,
    later: [],
    buyer: s.buyer,
    ...(m.shipping ? { shipping: m.shipping } : {}),
    ip: s.ip,
    device: s.device,
    locale: localeOf(s.country),
    channel: s.device.kind.startsWith('app') ? 'app' : 'web',
    trip: m.trip,
    ...loyaltyOf(s),
    ...(attempts.some((a) => a.method === 'sequra') ? { instalments: 3 } : {}),
    ...m.extra,
  };
  p.later = honestAfter(rng, p);
  return p;
}

/** A flight or package trip: lines, the trip, departing `lead` hours after `at`. */
function flightTrip(
  rng: Rng,
  at: number,
  region: Region,
  passengers: string[],
  lead: number,
  o: { oneWay: boolean; reverse?: number; factor?: number; nights?: number },
): { lines: Line[]; trip: Trip } {
  const route = routeOf(rng, region, o.reverse ?? 0);
  const departure = departureAfter(at, lead);
  const nights = o.nights ?? rng.int(3, 12);
  const lines = flightLines(rng, route, region, {
    passengers: passengers.length,
    oneWay: o.oneWay,
    factor: o.factor ?? 1,
    extras: rng.chance(0.35),
    insurance: rng.chance(0.15),
  });
  return {
    lines,
    trip: {
      type: 'flight',
      route,
      departure,
      ...(o.oneWay ? {} : { returnAt: departure + nights * DAY }),
      oneWay: o.oneWay,
      passengers,
    },
  };
}

/** A family: the buyer, a partner with their own surnames, children with the buyer's. */
function family(rng: Rng, s: Shopper, size: number): string[] {
  const out = [s.buyer.name];
  if (size > 1) out.push(fullName(rng, s.origin));
  for (let i = 2; i < size; i++) out.push(`${firstName(rng, s.origin)} ${s.surname}`);
  return out;
}

const LATAM: ReadonlyArray<readonly [string, string]> = [
  ['CO', 'BOG'],
  ['CO', 'MDE'],
  ['EC', 'UIO'],
  ['EC', 'GYE'],
  ['PE', 'LIM'],
  ['AR', 'EZE'],
  ['VE', 'CCS'],
  ['DO', 'SDQ'],
  ['MX', 'MEX'],
  ['BO', 'VVI'],
];

function christmasHoliday(rng: Rng, w: World): Purchase {
  const s = shopper(rng, w, 0.65, rng.chance(0.9) ? 'es' : 'pt');
  const at = placedAt(rng, w.window, s.tz, 'consumer');
  const pax = family(
    rng,
    s,
    rng.weightedPick([
      [2, 40],
      [3, 22],
      [4, 28],
      [5, 10],
    ]),
  );
  const region = rng.weightedPick<Region>([
    ['islands', 35],
    ['europe', 33],
    ['domestic', 14],
    ['longhaul', 9],
    ['maghreb', 9],
  ]);
  const lead = rng.int(3 * 24, 26 * 24);
  const nights = rng.int(3, 9);
  const shape = rng.weightedPick([
    ['package', 40],
    ['flight_hotel', 35],
    ['flight', 25],
  ] as const);
  if (shape === 'package') {
    const dest = destinationOf(routeOf(rng, region));
    const departure = departureAfter(at, lead);
    return purchase(rng, 'christmas_holiday', s, {
      at,
      lines: [
        packageLine(rng, dest, nights, pax.length),
        ...(rng.chance(0.3) ? [extraLine(rng, 'insurance', pax.length)] : []),
      ],
      trip: {
        type: 'package',
        destination: dest,
        departure,
        returnAt: departure + nights * DAY,
        nights,
        passengers: pax,
      },
      instalments: true,
    });
  }
  const f = flightTrip(rng, at, region, pax, lead, { oneWay: false, nights });
  const lines =
    shape === 'flight_hotel'
      ? [
          ...f.lines,
          hotelLine(
            rng,
            cityOf(destinationOf(f.trip.route ?? '')),
            nights,
            Math.ceil(pax.length / 2),
            rng.pick(['mid', 'mid', 'upper'] as const),
          ),
        ]
      : f.lines;
  return purchase(rng, 'christmas_holiday', s, {
    at,
    lines,
    trip: shape === 'flight_hotel' ? { ...f.trip, type: 'package', nights } : f.trip,
    instalments: true,
  });
}

function homeForChristmas(rng: Rng, w: World): Purchase {
  const net = rng.weightedPick<NetType>([
    ['mobile', 45],
    ['campus', 15],
    ['residential', 40],
  ]);
  const s = shopper(rng, w, 0.45, 'es', net);
  if (!s.account && rng.chance(0.7)) s.device = newDevice(rng, rng.pick(['iphone', 'android'] as const));
  const at = placedAt(rng, w.window, s.tz, 'late');
  const pax = rng.chance(0.85) ? [s.buyer.name] : [s.buyer.name, fullName(rng, 'es')];
  const lead = rng.chance(0.15) ? rng.int(6, 24) : rng.int(24, 13 * 24);
  if (rng.chance(0.3)) {
    const route = rng.pick(RAIL);
    const oneWay = rng.chance(0.55);
    const departure = departureAfter(at, lead);
    return purchase(rng, 'home_for_christmas', s, {
      at,
      lines: [railLineOf(rng, route, pax.length, oneWay)],
      trip: { type: 'rail', route, departure, oneWay, passengers: pax },
      wallet: 2,
    });
  }
  const f = flightTrip(rng, at, rng.chance(0.55) ? 'islands' : 'domestic', pax, lead, {
    oneWay: rng.chance(0.6),
    reverse: 0.5,
    factor: lead < 48 ? 1.3 : 1,
  });
  return purchase(rng, 'home_for_christmas', s, { at, ...f, wallet: 2 });
}

function diasporaFamily(rng: Rng, w: World): Purchase {
  const origin = rng.weightedPick<Origin>([
    ['latam', 75],
    ['ma', 15],
    ['ro', 10],
  ]);
  const s = shopper(rng, w, 0.6, origin === 'latam' ? 'latam' : 'es');
  if (origin !== 'latam') {
    s.origin = origin;
    s.surname = fullName(rng, origin).split(' ')[1] ?? s.surname;
  }
  const at = placedAt(rng, w.window, s.tz, 'late');
  const relatives = Array.from(
    {
      length: rng.weightedPick([
        [1, 50],
        [2, 30],
        [3, 15],
        [4, 5],
      ]),
    },
    () => (rng.chance(0.4) ? `${firstName(rng, s.origin)} ${s.surname}` : fullName(rng, s.origin)),
  );
  const lead = rng.chance(0.15) ? rng.int(20, 72) : rng.int(3 * 24, 40 * 24);
  let route: string;
  let region: Region;
  if (origin === 'latam') {
    const [, airport] = rng.pick(LATAM);
    route = rng.chance(0.6) ? `${airport}-MAD` : `MAD-${airport}`;
    region = 'latam';
  } else if (origin === 'ma') {
    route = rng.pick(['TNG-AGP', 'CMN-MAD', 'RAK-MAD', 'MAD-TNG', 'BCN-TNG']);
    region = 'maghreb';
  } else {
    route = rng.pick(['OTP-MAD', 'OTP-VLC', 'MAD-OTP', 'VLC-OTP']);
    region = 'europe';
  }
  const oneWay = rng.chance(0.4);
  const departure = departureAfter(at, lead);
  const lines = flightLines(rng, route, region, {
    passengers: relatives.length,
    oneWay,
    extras: rng.chance(0.5),
    insurance: rng.chance(0.1),
  });
  // Some still pay with the card of their bank back home.
  if (origin === 'latam' && rng.chance(0.1)) {
    const [country] = rng.pick(LATAM.filter(([c]) => c !== 'BO'));
    s.cards = [newCard(rng, country, everydayFunding(rng, country))];
  }
  return purchase(rng, 'diaspora_family', s, {
    at,
    lines,
    trip: {
      type: 'flight',
      route,
      departure,
      ...(oneWay ? {} : { returnAt: departure + rng.int(14, 60) * DAY }),
      oneWay,
      passengers: relatives,
    },
    instalments: true,
  });
}

function railAndCar(rng: Rng, w: World): Purchase {
  const s = shopper(rng, w, 0.5, 'es');
  const at = placedAt(rng, w.window, s.tz, 'consumer');
  if (rng.chance(0.65)) {
    const pax = family(
      rng,
      s,
      rng.weightedPick([
        [1, 60],
        [2, 28],
        [3, 12],
      ]),
    );
    const route = rng.pick(RAIL);
    const oneWay = rng.chance(0.45);
    const departure = departureAfter(at, rng.chance(0.2) ? rng.int(3, 24) : rng.int(24, 14 * 24));
    return purchase(rng, 'rail_and_car', s, {
      at,
      lines: [railLineOf(rng, route, pax.length, oneWay)],
      trip: { type: 'rail', route, departure, oneWay, passengers: pax },
    });
  }
  const airport = rng.pick(['LPA', 'TFS', 'PMI', 'AGP', 'ALC', 'MAD', 'SVQ', 'ACE', 'FUE', 'IBZ']);
  const days = rng.int(2, 10);
  const departure = departureAfter(at, rng.int(12, 20 * 24));
  return purchase(rng, 'rail_and_car', s, {
    at,
    lines: [carLine(rng, airport, days), ...(rng.chance(0.35) ? [extraLine(rng, 'insurance')] : [])],
    trip: {
      type: 'car_hire',
      destination: airport,
      departure,
      returnAt: departure + days * DAY,
      nights: days,
      passengers: [s.buyer.name],
    },
  });
}

function corporateBooker(rng: Rng, w: World): Purchase {
  const c = rng.pick(w.companies);
  const a = rng.pick(c.bookers);
  const s: Shopper = {
    buyer: accountBuyer(a),
    account: a,
    billing: { ...a.home },
    tz: 1,
    country: 'ES',
    surname: a.surname,
    origin: 'es',
    cards: a.cards,
    device: rng.pick(a.devices),
    ip: rng.chance(0.85) ? a.homeIp : ipIn(rng, 'ES', 'mobile'),
  };
  const at = placedAt(rng, w.window, 1, 'office');
  const pax = rng.shuffle(c.staff).slice(
    0,
    rng.weightedPick([
      [1, 50],
      [2, 25],
      [3, 15],
      [4, 10],
    ]),
  );
  const lead = rng.chance(0.35) ? rng.int(10, 36) : rng.int(36, 12 * 24);
  const what = rng.weightedPick([
    ['flight', 45],
    ['rail', 30],
    ['flight_hotel', 15],
    ['hotel', 10],
  ] as const);
  const extra = { company: { name: c.name, vatId: c.vatId } };
  const departure = departureAfter(at, lead);
  if (what === 'rail') {
    const route = rng.pick(RAIL);
    const oneWay = rng.chance(0.3);
    return purchase(rng, 'corporate_booker', s, {
      at,
      lines: [railLineOf(rng, route, pax.length, oneWay)],
      trip: { type: 'rail', route, departure, oneWay, passengers: pax },
      transfer: true,
      extra,
    });
  }
  if (what === 'hotel') {
    const city = rng.pick(['Madrid', 'Barcelona', 'Bilbao', 'Valencia', 'Lisboa', 'Paris', 'London']);
    const nights = rng.int(1, 4);
    return purchase(rng, 'corporate_booker', s, {
      at,
      lines: [hotelLine(rng, city, nights, pax.length, 'mid')],
      trip: {
        type: 'hotel',
        destination: city,
        departure,
        returnAt: departure + nights * DAY,
        nights,
        passengers: pax,
      },
      transfer: true,
      extra,
    });
  }
  const f = flightTrip(rng, at, rng.chance(0.5) ? 'domestic' : 'europe', pax, lead, {
    oneWay: rng.chance(0.35),
    nights: rng.int(1, 4),
    factor: 1.2,
  });
  const nights = f.trip.returnAt ? Math.round((f.trip.returnAt - (f.trip.departure ?? 0)) / DAY) : 2;
  const lines =
    what === 'flight_hotel'
      ? [
          ...f.lines,
          hotelLine(rng, cityOf(destinationOf(f.trip.route ?? '')), Math.max(1, nights), pax.length, 'mid'),
        ]
      : f.lines;
  return purchase(rng, 'corporate_booker', s, { at, lines, trip: f.trip, transfer: true, extra });
}

const ABROAD: ReadonlyArray<readonly [string, Origin, Origin, readonly string[], number]> = [
  ['GB', 'gb', 'es', ['LHR', 'LGW', 'MAN'], 45],
  ['PT', 'pt', 'pt', ['LIS', 'OPO'], 25],
  ['FR', 'fr', 'es', ['CDG'], 15],
  ['DE', 'de', 'es', ['BER'], 10],
  ['NL', 'nl', 'es', ['AMS'], 5],
];

function abroadResident(rng: Rng, w: World): Purchase {
  const [country, local, expat, airports] = rng.weightedPick(ABROAD.map((x) => [x, x[4]] as const));
  const origin = rng.chance(0.55) ? expat : local;
  const { address, tz } = homeIn(rng, country);
  const surname = fullName(rng, origin).split(' ')[1] ?? 'García';
  const name = `${firstName(rng, origin)} ${surname}`;
  const signedIn = rng.chance(0.45);
  const s: Shopper = {
    buyer: signedIn
      ? {
          id: `cus_${rng.token(12)}`,
          email: emailFor(rng, name, country),
          name,
          createdAt: w.window.start - rng.int(60, 2500) * DAY,
        }
      : { email: emailFor(rng, name, country), name },
    billing: address,
    tz,
    country,
    surname,
    origin,
    cards: [newCard(rng, country, everydayFunding(rng, country))],
    device: newDevice(rng),
    ip: ipIn(rng, country, rng.chance(0.7) ? 'residential' : 'mobile'),
  };
  const at = placedAt(rng, w.window, tz, 'consumer');
  const pax = family(
    rng,
    s,
    rng.weightedPick([
      [1, 45],
      [2, 30],
      [3, 15],
      [4, 10],
    ]),
  );
  const dest = rng.pick(['MAD', 'BCN', 'AGP', 'ALC', 'PMI', 'TFS', 'SVQ', 'BIO', 'LPA']);
  const route = `${rng.pick(airports)}-${dest}`;
  const oneWay = rng.chance(0.2);
  const departure = departureAfter(at, rng.int(2 * 24, 20 * 24));
  const lines = flightLines(rng, route, 'europe', {
    passengers: pax.length,
    oneWay,
    extras: rng.chance(0.5),
    insurance: rng.chance(0.1),
  });
  return purchase(rng, 'abroad_resident', s, {
    at,
    lines,
    trip: {
      type: 'flight',
      route,
      departure,
      ...(oneWay ? {} : { returnAt: departure + rng.int(5, 16) * DAY }),
      oneWay,
      passengers: pax,
    },
    extra: { locale: origin === 'es' ? 'es-ES' : localeOf(country) },
  });
}

function lastMinuteTraveller(rng: Rng, w: World): Purchase {
  const where = rng.weightedPick([
    ['GB', 20],
    ['FR', 15],
    ['IT', 15],
    ['DE', 12],
    ['NL', 8],
    ['US', 12],
    ['MX', 8],
    ['AR', 5],
    ['PT', 5],
  ] as const);
  const s = shopper(rng, w, 0.9, 'es', 'residential');
  // Hotel or café wi-fi where they are; the home card and billing stay Spanish.
  s.ip = ipIn(rng, where, 'residential');
  const { tz } = homeIn(rng, where);
  const at = placedAt(rng, w.window, tz, 'any');
  const lead = rng.int(3, 30);
  const what = rng.weightedPick([
    ['flight', 60],
    ['hotel', 25],
    ['car', 15],
  ] as const);
  const departure = departureAfter(at, lead);
  if (what === 'flight') {
    const airport = {
      GB: 'LHR',
      FR: 'CDG',
      IT: 'FCO',
      DE: 'BER',
      NL: 'AMS',
      US: 'JFK',
      MX: 'MEX',
      AR: 'EZE',
      PT: 'LIS',
    }[where];
    const route = `${airport}-MAD`;
    const region: Region = ['US', 'MX', 'AR'].includes(where) ? 'longhaul' : 'europe';
    const pax = rng.chance(0.7) ? [s.buyer.name] : family(rng, s, 2);
    return purchase(rng, 'last_minute_traveller', s, {
      at,
      lines: flightLines(rng, route, region, { passengers: pax.length, oneWay: true, factor: 1.4 }),
      trip: { type: 'flight', route, departure, oneWay: true, passengers: pax },
      wallet: 2,
    });
  }
  if (what === 'hotel') {
    const city = homeIn(rng, where).address.city ?? 'London';
    const nights = rng.int(1, 2);
    return purchase(rng, 'last_minute_traveller', s, {
      at,
      lines: [hotelLine(rng, city, nights, 1, rng.pick(['budget', 'mid'] as const))],
      trip: {
        type: 'hotel',
        destination: city,
        departure,
        returnAt: departure + nights * DAY,
        nights,
        passengers: [s.buyer.name],
      },
      wallet: 2,
    });
  }
  const airport = rng.pick(['LPA', 'TFS', 'PMI', 'AGP', 'MAD', 'BCN']);
  const days = rng.int(1, 5);
  return purchase(rng, 'last_minute_traveller', s, {
    at,
    lines: [carLine(rng, airport, days)],
    trip: {
      type: 'car_hire',
      destination: airport,
      departure,
      returnAt: departure + days * DAY,
      nights: days,
      passengers: [s.buyer.name],
    },
    wallet: 2,
  });
}

function giftCardGift(rng: Rng, w: World): Purchase {
  const s = shopper(rng, w, 0.5, rng.chance(0.85) ? 'es' : 'latam');
  const at = placedAt(rng, w.window, s.tz, 'consumer');
  const value = rng.weightedPick(
    GIFT_DENOMINATIONS.map((v) => [v, v <= 100 ? 30 : v <= 200 ? 20 : 8] as const),
  );
  const quantity = rng.weightedPick([
    [1, 78],
    [2, 16],
    [3, 6],
  ]);
  const physical = rng.chance(0.3);
  const recipient = fullName(rng, s.origin);
  const toThem = physical && rng.chance(0.5);
  const shipping = physical ? (toThem ? homeIn(rng, 'ES').address : { ...s.billing }) : undefined;
  return purchase(rng, 'gift_card_gift', s, {
    at,
    lines: [giftCardLine(value, quantity, physical)],
    trip: { type: 'gift_card', passengers: [recipient] },
    ...(shipping ? { shipping } : {}),
    extra: physical ? {} : { giftRecipient: emailFor(rng, recipient, 'ES') },
  });
}

function loyaltyRedeemer(rng: Rng, w: World): Purchase {
  const rich = w.customers.filter((a) => a.loyalty.points >= 8_000);
  const a = rng.pick(rich.length > 0 ? rich : w.customers);
  const s = shopper(rng, w, 1, a.origin);
  // The shopper helper picked some account; redeeming is done by a points-rich one.
  Object.assign(s, {
    buyer: accountBuyer(a),
    account: a,
    billing: a.home,
    tz: a.tz,
    country: a.country,
    surname: a.surname,
    cards: a.cards,
    device: rng.pick(a.devices),
    ip: rng.chance(0.75) ? a.homeIp : ipIn(rng, a.country, 'mobile'),
  });
  const at = placedAt(rng, w.window, s.tz, 'consumer');
  const pax = rng.chance(0.5) ? [a.name] : family(rng, s, rng.int(2, 3)).slice(rng.chance(0.4) ? 1 : 0);
  const f = flightTrip(
    rng,
    at,
    rng.pick(['domestic', 'islands', 'europe'] as const),
    pax,
    rng.int(24, 25 * 24),
    { oneWay: rng.chance(0.3) },
  );
  const fare = f.lines[0];
  const points = Math.min(
    a.loyalty.points,
    fare ? fare.price * fare.quantity - rng.int(12, 45) * 100 * fare.quantity : 0,
  );
  const discount = Math.max(0, points);
  return purchase(rng, 'loyalty_redeemer', s, {
    at,
    lines: f.lines,
    trip: f.trip,
    discount,
    extra: { loyalty: { number: a.loyalty.number, tier: a.loyalty.tier, pointsRedeemed: discount } },
  });
}

function ancillaryAddon(rng: Rng, w: World): Purchase {
  const s = shopper(rng, w, 1, 'es');
  s.device = s.account ? rng.pick(s.account.devices) : s.device;
  const at = placedAt(rng, w.window, s.tz, 'consumer');
  const pax = family(
    rng,
    s,
    rng.weightedPick([
      [1, 45],
      [2, 35],
      [3, 12],
      [4, 8],
    ]),
  );
  const extras = rng.shuffle(['seat', 'bag', 'change', 'insurance', 'priority'] as const).slice(
    0,
    rng.weightedPick([
      [1, 70],
      [2, 30],
    ]),
  );
  const lines = extras.map((x) => extraLine(rng, x, pax.length));
  const route = routeOf(rng, rng.pick(['islands', 'europe', 'domestic', 'latam'] as const));
  return purchase(rng, 'ancillary_addon', s, {
    at,
    lines,
    trip: {
      type: 'ancillary',
      route,
      departure: departureAfter(at, rng.int(20, 20 * 24)),
      passengers: pax,
      bookingRef: rng.token(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'),
    },
  });
}

function vpnShopper(rng: Rng, w: World): Purchase {
  const s = shopper(rng, w, 0.6, 'es');
  // A VPN or privacy relay exit abroad while hunting fares; the card, billing and 3-D Secure stay Spanish.
  s.ip = ipIn(rng, rng.pick(['DE', 'NL', 'US'] as const), 'hosting');
  if (rng.chance(0.5)) s.device = newDevice(rng, rng.pick(['windows', 'mac', 'linux'] as const));
  const at = placedAt(rng, w.window, s.tz, 'consumer');
  const pax = family(
    rng,
    s,
    rng.weightedPick([
      [1, 40],
      [2, 40],
      [3, 20],
    ]),
  );
  const f = flightTrip(
    rng,
    at,
    rng.pick(['europe', 'latam', 'longhaul', 'islands'] as const),
    pax,
    rng.int(3 * 24, 25 * 24),
    { oneWay: rng.chance(0.2) },
  );
  return purchase(rng, 'vpn_shopper', s, { at, ...f, instalments: true });
}

const PLANNERS: Record<HonestKind, (rng: Rng, w: World) => Purchase> = {
  christmas_holiday: christmasHoliday,
  home_for_christmas: homeForChristmas,
  diaspora_family: diasporaFamily,
  rail_and_car: railAndCar,
  corporate_booker: corporateBooker,
  abroad_resident: abroadResident,
  last_minute_traveller: lastMinuteTraveller,
  gift_card_gift: giftCardGift,
  loyalty_redeemer: loyaltyRedeemer,
  ancillary_addon: ancillaryAddon,
  vpn_shopper: vpnShopper,
};

export const honest = (rng: Rng, w: World, kind: HonestKind): Purchase => PLANNERS[kind](rng, w);
