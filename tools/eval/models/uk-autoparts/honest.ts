import { accountBuyer, type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { CONSUMER, momentIn, NIGHT, OFFICE } from './calendar.js';
import { newCard } from './cards.js';
import { type Category, lineFrom, linesOf } from './catalogue.js';
import { ipOn, MOBILE, type NetworkName } from './networks.js';
import { type Account, fullName, newDevice, townFor, vehicleFor } from './people.js';
import { homeIn } from './places.js';
import { type Purchase } from './purchase.js';
import { honestTrade } from './honest-trade.js';
import { assemble, branchNear, type Plan, type World } from './world.js';

/** The honest buyers: their kinds, weights and how each shops. */

export const HONEST = {
  diy_driver: 28,
  tyres_at_garage: 14,
  click_collect: 8,
  trade_garage: 10,
  mobile_mechanic: 6,
  moved_house: 4,
  work_vpn: 5,
  irish_buyer: 8,
  project_car: 5,
  gift_buyer: 5,
  repeat_customer: 5,
  expat_europe: 2,
} as const;

export type HonestKind = keyof typeof HONEST;

const WINTER_JOBS: ReadonlyArray<readonly [Category, number]> = [
  ['battery', 20],
  ['brake', 14],
  ['bulb', 14],
  ['wiper', 14],
  ['winter', 12],
  ['service', 16],
  ['tool', 6],
  ['accessory', 4],
  ['diagnostic', 2],
];

/** An account of one of `regions` (any, when none matches). */
function accountIn(rng: Rng, w: World, regions: ReadonlyArray<Account['region']>): Account {
  const found = w.people.accounts.filter((a) => regions.includes(a.region));
  return rng.pick(found.length > 0 ? found : w.people.accounts);
}

const homeIp = (rng: Rng, a: Account, mobileShare = 0.3): string =>
  rng.chance(mobileShare) ? ipOn(rng, MOBILE[a.home.country ?? 'GB'] ?? 'gb_mobile') : ipOn(rng, a.homeNet);

/** An account holder (or, with `guestShare`, a guest from the same household) shopping from home. */
function driver(
  rng: Rng,
  w: World,
  a: Account,
  kind: string,
  guestShare: number,
): Omit<Plan, 'lines' | 'fulfilment'> {
  const asGuest = rng.chance(guestShare);
  return {
    at: momentIn(rng, w.window, CONSUMER, a.region === 'EU' ? 1 : 0),
    fraud: false,
    kind,
    buyer: asGuest ? { email: a.email, name: a.name } : accountBuyer(a),
    billing: a.home,
    ip: homeIp(rng, a),
    device: rng.pick(a.devices),
    vehicle: rng.pick(a.vehicles),
    payer: { cards: a.cards, country: a.cards[0]?.country ?? 'GB', signedIn: !asGuest },
  };
}

function diy(rng: Rng, w: World): Purchase {
  const a = accountIn(rng, w, ['GB', 'NI']);
  return assemble(rng, {
    ...driver(rng, w, a, 'diy_driver', 0.3),
    lines: linesOf(
      rng,
      WINTER_JOBS,
      rng.weightedPick([
        [1, 50],
        [2, 32],
        [3, 18],
      ]),
    ),
    fulfilment: 'home_delivery',
  });
}

function tyres(rng: Rng, w: World): Purchase {
  const a = accountIn(rng, w, ['GB', 'NI', 'IE']);
  const n = rng.chance(0.55) ? 2 : 4;
  const near = w.garages.filter((g) => g.address.city === a.home.city);
  // A third have them fitted far from home: working away, a student's car, the in-laws' for the holidays.
  const garage = near.length > 0 && rng.chance(0.65) ? rng.pick(near) : rng.pick(w.garages);
  return assemble(rng, {
    ...driver(rng, w, a, 'tyres_at_garage', 0.15),
    lines: [lineFrom(rng, 'tyre', n), lineFrom(rng, 'fitting', n)],
    fulfilment: 'garage_fitting',
    garage,
  });
}

function collect(rng: Rng, w: World): Purchase {
  const a = accountIn(rng, w, ['GB', 'NI', 'IE']);
  return assemble(rng, {
    ...driver(rng, w, a, 'click_collect', 0.4),
    ip: homeIp(rng, a, 0.55),
    lines: linesOf(
      rng,
      [
        ['battery', 40],
        ['wiper', 20],
        ['bulb', 20],
        ['winter', 15],
        ['service', 10],
      ],
      rng.int(1, 2),
    ),
    fulfilment: 'click_collect',
    branch: branchNear(rng, w, a.home),
  });
}

function moved(rng: Rng, w: World): Purchase {
  const a = accountIn(rng, w, ['GB', 'NI']);
  const newHome = homeIn(rng, townFor(rng, rng.chance(0.7) ? 'GB' : a.region));
  // The card still has the old address: AVS answers for that one.
  return assemble(rng, {
    ...driver(rng, w, a, 'moved_house', 0),
    billing: newHome,
    shipping: newHome,
    ip: rng.chance(0.5)
      ? ipOn(rng, 'gb_mobile')
      : ipOn(rng, rng.pick<NetworkName>(['gb_fibre_a', 'gb_cable', 'gb_fibre_b'])),
    device: rng.chance(0.3) ? newDevice(rng) : rng.pick(a.devices),
    lines: linesOf(rng, WINTER_JOBS, rng.int(1, 3)),
    fulfilment: 'home_delivery',
    payer: {
      cards: a.cards,
      country: 'GB',
      signedIn: true,
      match: rng.chance(0.6) ? 'wrong' : 'postcode_only',
    },
  });
}

function vpn(rng: Rng, w: World): Purchase {
  const a = accountIn(rng, w, ['GB', 'NI', 'IE']);
  const corporate: NetworkName = a.home.country === 'IE' ? 'ie_corporate' : 'gb_corporate';
  // A third of company VPNs leave the network on the continent or in the US.
  const net = rng.chance(0.35)
    ? rng.pick<NetworkName>(['nl_hosting', 'de_hosting', 'us_hosting'])
    : corporate;
  return assemble(rng, {
    ...driver(rng, w, a, 'work_vpn', 0.2),
    at: momentIn(rng, w.window, OFFICE, 0, true),
    ip: ipOn(rng, net, 0),
    device: newDevice(rng, rng.pick(['windows', 'edge', 'mac'])),
    lines: linesOf(rng, [...WINTER_JOBS, ['dash_cam', 6], ['roof_box', 3]], rng.int(1, 3)),
    ...(rng.chance(0.7)
      ? { fulfilment: 'home_delivery' }
      : { fulfilment: 'click_collect', branch: branchNear(rng, w, a.home) }),
  });
}

function irish(rng: Rng, w: World): Purchase {
  const ni = rng.chance(0.35);
  const a = accountIn(rng, w, [ni ? 'NI' : 'IE']);
  const base = driver(rng, w, a, 'irish_buyer', 0.25);
  // Near the border, phones roam: a Northern Irish buyer on an Irish mobile network, and some bank in the Republic.
  const ip = ni && rng.chance(0.2) ? ipOn(rng, 'ie_mobile') : base.ip;
  const cards = ni && rng.chance(0.2) ? [newCard(rng, 'IE')] : a.cards;
  const garage = rng.chance(0.25) ? w.garages.filter((g) => g.address.country === a.home.country) : [];
  return assemble(rng, {
    ...base,
    ip,
    payer: { cards, country: cards[0]?.country ?? 'IE', signedIn: true },
    ...(garage.length > 0
      ? {
          lines: [lineFrom(rng, 'tyre', 4), lineFrom(rng, 'fitting', 4)],
          fulfilment: 'garage_fitting',
          garage: rng.pick(garage),
        }
      : { lines: linesOf(rng, WINTER_JOBS, rng.int(1, 3)), fulfilment: 'home_delivery' }),
  });
}

function project(rng: Rng, w: World): Purchase {
  const a = accountIn(rng, w, ['GB', 'NI', 'IE']);
  // Many first-time buyers open an account for the part they could not find elsewhere.
  const fresh = rng.chance(0.4);
  const at = momentIn(rng, w.window, NIGHT);
  const buyer = fresh
    ? { ...accountBuyer(a), id: `cus_${rng.token(11)}`, createdAt: at - rng.int(5, 3 * 24 * 60) * 60_000 }
    : accountBuyer(a);
  return assemble(rng, {
    ...driver(rng, w, a, 'project_car', 0),
    at,
    buyer,
    vehicle: vehicleFor(rng, a.region, true),
    lines: linesOf(
      rng,
      [
        ['turbo', 25],
        ['performance', 30],
        ['ecu', 12],
        ['headlight', 10],
        ['alloy', 15],
        ['service', 8],
      ],
      rng.int(1, 3),
    ),
    fulfilment: 'home_delivery',
  });
}

const GIFT_NOTES = [
  'Happy birthday Dad!',
  'For the new car - drive safe x',
  'Merry Christmas (early!)',
  'Congrats on passing your test!',
];

function gift(rng: Rng, w: World): Purchase {
  const a = accountIn(rng, w, ['GB', 'NI', 'IE']);
  const to = homeIn(rng, townFor(rng, rng.chance(0.85) ? (a.region === 'IE' ? 'IE' : 'GB') : 'NI'));
  const gifts: ReadonlyArray<readonly [Category, number]> = [
    ['dash_cam', 45],
    ['tool', 40],
    ['diagnostic', 10],
    ['accessory', 5],
  ];
  return assemble(rng, {
    ...driver(rng, w, a, 'gift_buyer', 0.2),
    lines: linesOf(rng, gifts, rng.int(1, 2)),
    fulfilment: 'home_delivery',
    shipping: to,
    recipient: fullName(rng),
    giftMessage: rng.pick(GIFT_NOTES),
  });
}

function repeat(rng: Rng, w: World): Purchase {
  const a = accountIn(rng, w, ['GB', 'NI', 'IE']);
  const d = driver(rng, w, a, 'repeat_customer', 0);
  return assemble(rng, {
    ...d,
    buyer: accountBuyer({ ...a, createdAt: Math.min(a.createdAt, d.at - 400 * 86_400_000) }),
    ip: homeIp(rng, a, 0.2),
    lines: linesOf(
      rng,
      [
        ['service', 35],
        ['wiper', 15],
        ['bulb', 15],
        ['battery', 15],
        ['brake', 15],
        ['winter', 5],
      ],
      rng.int(1, 4),
    ),
    fulfilment: 'home_delivery',
  });
}

function expat(rng: Rng, w: World): Purchase {
  const a = accountIn(rng, w, ['EU']);
  const d = driver(rng, w, a, 'expat_europe', 0.1);
  return assemble(rng, {
    ...d,
    vehicle: vehicleFor(rng, 'GB'),
    lines: linesOf(
      rng,
      [
        ['service', 25],
        ['brake', 25],
        ['headlight', 10],
        ['bulb', 15],
        ['wiper', 15],
        ['battery', 10],
      ],
      rng.int(1, 3),
    ),
    fulfilment: 'home_delivery',
  });
}

const PLANNERS: Readonly<Record<HonestKind, (rng: Rng, w: World) => Purchase>> = {
  diy_driver: diy,
  tyres_at_garage: tyres,
  click_collect: collect,
  trade_garage: (rng, w) => honestTrade(rng, w, false),
  mobile_mechanic: (rng, w) => honestTrade(rng, w, true),
  moved_house: moved,
  work_vpn: vpn,
  irish_buyer: irish,
  project_car: project,
  gift_buyer: gift,
  repeat_customer: repeat,
  expat_europe: expat,
};

export const honest = (rng: Rng, w: World, kind: HonestKind): Purchase => PLANNERS[kind](rng, w);

export type { Address };
