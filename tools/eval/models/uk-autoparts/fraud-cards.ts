import { accountBuyer, type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { CONSUMER, momentIn, NIGHT } from './calendar.js';
import { BINS, newCard } from './cards.js';
import { type Category, lineFrom, linesOf } from './catalogue.js';
import { fraudAfter, stolenAttempts, stolenCards } from './fraud-kit.js';
import { ipOn, type NetworkName } from './networks.js';
import { emailFor, fullName, newDevice, townFor, vehicleFor } from './people.js';
import { abroadAddress, EXPORT_TOWNS, FORWARDERS, homeIn } from './places.js';
import { cardAttempt, DAY, MINUTE, type Purchase } from './purchase.js';
import { assemble, branchNear, guest, type World } from './world.js';

/** Fraud on stolen cards: resale goods to drops, export through forwarders, testing, triangulation, slow thieves. */

const RESALE: ReadonlyArray<readonly [Category, number]> = [
  ['diagnostic', 35],
  ['alloy', 25],
  ['catalytic_converter', 25],
  ['dash_cam', 10],
  ['headlight', 5],
];

const PROXY_NETS: ReadonlyArray<readonly [NetworkName, number]> = [
  ['gb_hosting', 30],
  ['gb_mobile', 25],
  ['gb_fibre_a', 10],
  ['gb_cable', 10],
  ['nl_hosting', 10],
  ['us_hosting', 5],
  ['ch_privacy_vpn', 5],
  ['de_hosting', 5],
];

/** The cardholder whose details were stolen: their name and home. */
function victim(rng: Rng): { name: string; home: Address } {
  return { name: fullName(rng), home: homeIn(rng, townFor(rng, rng.chance(0.92) ? 'GB' : 'NI')) };
}

/** A fraudster's buyer: a guest in the victim's name, or an account opened minutes before. */
function thiefBuyer(rng: Rng, name: string, at: number, accountShare: number) {
  const email = rng.chance(0.5)
    ? emailFor(rng, name)
    : `${rng.token(8)}${rng.int(1, 999)}@${rng.pick(['gmail.com', 'outlook.com', 'proton.me', 'yandex.com'])}`;
  return rng.chance(accountShare)
    ? accountBuyer({ id: `cus_${rng.token(11)}`, email, name, createdAt: at - rng.int(2, 40) * MINUTE })
    : { email, name };
}

function resale(rng: Rng, w: World): Purchase {
  const v = victim(rng);
  const at = momentIn(rng, w.window, rng.chance(0.5) ? NIGHT : CONSUMER);
  const drop = homeIn(rng, townFor(rng, 'GB'));
  return assemble(rng, {
    at,
    fraud: true,
    kind: 'stolen_card_resale',
    lines: linesOf(rng, RESALE, rng.int(1, 2)).map((l) => ({ ...l, quantity: rng.chance(0.3) ? 2 : 1 })),
    fulfilment: 'home_delivery',
    buyer: thiefBuyer(rng, v.name, at, 0.35),
    billing: v.home,
    shipping: {
      ...drop,
      line1: `Flat ${rng.int(1, 30)}, ${drop.line1 ?? ''}`.replace(/Flat \d+, Flat/, 'Flat'),
    },
    ...(rng.chance(0.4) ? { recipient: fullName(rng) } : {}),
    ip: ipOn(rng, rng.weightedPick(PROXY_NETS), 0.05),
    device: newDevice(rng, rng.chance(0.15) ? 'headless' : undefined),
    vehicle: vehicleFor(rng, 'GB'),
    attempts: (amount) =>
      stolenAttempts(rng, amount, {
        cards: stolenCards(rng, rng.int(1, 3)),
        success: 0.7,
        match: rng.chance(0.45) ? 'good' : 'wrong',
      }),
    later: () => fraudAfter(rng, 'home_delivery', { warning: 0.4, dispute: 0.75 }),
  });
}

const EXPORT_NETS: Readonly<Record<string, NetworkName>> = {
  AE: 'ae_mobile',
  TR: 'tr_dsl',
  GE: 'ge_dsl',
  KZ: 'kz_dsl',
  KG: 'kg_dsl',
};

function exporter(rng: Rng, w: World): Purchase {
  const v = victim(rng);
  const at = momentIn(rng, w.window, NIGHT);
  const abroad = rng.chance(0.4);
  const town = rng.pick(EXPORT_TOWNS);
  const shipping = abroad ? abroadAddress(rng, town) : rng.pick(FORWARDERS);
  const net: NetworkName =
    abroad && rng.chance(0.5)
      ? (EXPORT_NETS[town.country] ?? 'nl_hosting')
      : rng.pick<NetworkName>(['nl_hosting', 'de_hosting', 'gb_hosting', 'us_hosting']);
  return assemble(rng, {
    at,
    fraud: true,
    kind: 'export_forwarder',
    lines: linesOf(
      rng,
      [
        ['turbo', 30],
        ['ecu', 25],
        ['headlight', 20],
        ['catalytic_converter', 15],
        ['diagnostic', 10],
      ],
      rng.int(1, 3),
    ).map((l) => ({ ...l, quantity: rng.int(1, 3) })),
    fulfilment: abroad ? 'export' : 'home_delivery',
    buyer: thiefBuyer(rng, v.name, at, 0.2),
    billing: v.home,
    shipping,
    recipient: `${fullName(rng)} / ${rng.pick(['Express Cargo', 'Global Freight', 'Transit Logistics'])} ref ${rng.digits(6)}`,
    ip: ipOn(rng, net, 0),
    device: newDevice(rng, rng.pick(['windows', 'android', 'headless'])),
    vehicle: vehicleFor(rng, 'GB'),
    attempts: (amount) =>
      stolenAttempts(rng, amount, {
        cards: stolenCards(rng, rng.int(1, 4), 0.3),
        success: 0.65,
        match: 'wrong',
      }),
    later: () => fraudAfter(rng, abroad ? 'export' : 'home_delivery', { warning: 0.35, dispute: 0.8 }),
  });
}

const CHEAP = ['ACC-FRESH', 'BLB-W5W', 'WIN-DEICE', 'BLB-H7', 'WIN-SCR5'] as const;
const CHEAP_CATEGORY: Readonly<Record<(typeof CHEAP)[number], Category>> = {
  'ACC-FRESH': 'accessory',
  'BLB-W5W': 'bulb',
  'WIN-DEICE': 'winter',
  'BLB-H7': 'bulb',
  'WIN-SCR5': 'winter',
};

/** Card testing: bursts at night of one cheap item each, guests, on a few BIN ranges, most declined. */
function testing(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < n) {
    const size = Math.min(n - out.length, rng.int(5, 14));
    let at = momentIn(rng, w.window, NIGHT);
    const bins = [rng.pick(BINS.GB ?? []), rng.pick(BINS.GB ?? [])];
    const sku = rng.pick(CHEAP);
    const device = newDevice(rng, rng.pick(['headless', 'windows', 'android']));
    const net = rng.pick<NetworkName>(['gb_hosting', 'us_hosting', 'nl_hosting', 'de_hosting']);
    const collect = rng.chance(0.5);
    for (let i = 0; i < size; i++) {
      at = Math.min(w.window.end - 1, at + rng.int(15_000, 5 * MINUTE));
      const buyer = guest(rng);
      const billing = homeIn(rng, townFor(rng, 'GB'));
      const card = newCard(rng, 'GB', rng.pick(bins));
      const ok = rng.chance(0.22);
      out.push(
        assemble(rng, {
          at,
          fraud: true,
          kind: 'card_testing',
          lines: [lineFrom(rng, CHEAP_CATEGORY[sku], 1, sku)],
          fulfilment: collect ? 'click_collect' : 'home_delivery',
          ...(collect ? { branch: branchNear(rng, w, billing) } : {}),
          buyer: { ...buyer, email: `${rng.token(9)}@${rng.pick(['gmail.com', 'mail.com', 'outlook.com'])}` },
          billing,
          ip: ipOn(rng, net, 0),
          device: rng.chance(0.7) ? device : newDevice(rng),
          attempts: (amount) => [
            cardAttempt(rng, card, amount, {
              ok,
              afterMs: rng.int(2_000, 9_000),
              match: rng.chance(0.5) ? 'wrong' : 'good',
              threeDS: 'exempt_low_value',
              ...(ok
                ? {}
                : {
                    decline: rng.pick([
                      'do_not_honor',
                      'incorrect_cvc',
                      'expired_card',
                      'stolen_card',
                      'insufficient_funds',
                    ] as const),
                  }),
            }),
          ],
          later: () =>
            collect
              ? [
                  { type: 'order.cancelled', afterMs: 7 * DAY, reason: 'not_collected' },
                  { type: 'refund.created', afterMs: 7 * DAY + 60_000, reason: 'not_collected' },
                ]
              : fraudAfter(rng, 'home_delivery', { warning: 0.5, dispute: 0.2 }),
        }),
      );
    }
  }
  return out;
}

const MARKETPLACE: ReadonlyArray<readonly [Category, number]> = [
  ['tyre', 25],
  ['dash_cam', 25],
  ['tool', 20],
  ['roof_box', 15],
  ['alloy', 10],
  ['battery', 5],
];

/** A marketplace seller fills orders from the store with stolen cards, to the real buyers' homes. */
function triangulation(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < n) {
    const device = newDevice(rng, rng.pick(['windows', 'mac']));
    const net = rng.pick<NetworkName>(['gb_hosting', 'gb_fibre_b', 'nl_hosting', 'us_hosting']);
    const sellerMail = `${rng.pick(['orders', 'dispatch', 'sales'])}.${rng.token(6)}@${rng.pick(['outlook.com', 'gmail.com'])}`;
    const size = Math.min(n - out.length, rng.int(2, 4));
    for (let i = 0; i < size; i++) {
      const v = victim(rng);
      const buyerHome = homeIn(rng, townFor(rng, rng.chance(0.9) ? 'GB' : 'NI'));
      const realBuyer = fullName(rng);
      const tyres = rng.chance(0.25);
      out.push(
        assemble(rng, {
          at: momentIn(rng, w.window, CONSUMER),
          fraud: true,
          kind: 'triangulation',
          lines: tyres ? [lineFrom(rng, 'tyre', 4)] : linesOf(rng, MARKETPLACE, 1),
          fulfilment: 'home_delivery',
          // The checkout carries the real buyer's name (the seller copies the marketplace order); the card is the victim's.
          buyer: { email: sellerMail, name: realBuyer },
          billing: v.home,
          shipping: buyerHome,
          recipient: realBuyer,
          ip: ipOn(rng, net, 0),
          device,
          attempts: (amount) =>
            stolenAttempts(rng, amount, {
              cards: stolenCards(rng, rng.chance(0.7) ? 1 : 2, 0.1),
              success: 0.85,
              match: rng.chance(0.6) ? 'good' : 'wrong',
              passed: 'frictionless',
            }),
          later: () =>
            fraudAfter(rng, 'home_delivery', { warning: 0.3, dispute: 0.8, disputeDays: [25, 60] }),
        }),
      );
    }
  }
  return out;
}

/** An account opened weeks ago on a stolen identity, buying a modest part now and then, paid first time. */
function lowAndSlow(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < n) {
    const v = victim(rng);
    const opened = w.window.start - rng.int(20, 70) * DAY;
    const email = emailFor(rng, v.name);
    const buyer = accountBuyer({ id: `cus_${rng.token(11)}`, email, name: v.name, createdAt: opened });
    const card = newCard(rng, 'GB');
    const device = newDevice(rng);
    const net = rng.pick<NetworkName>(['gb_fibre_a', 'gb_cable', 'gb_fibre_b', 'gb_dsl', 'gb_mobile']);
    const drop = homeIn(rng, {
      country: 'GB',
      city: v.home.city ?? 'London',
      postcodes: [(v.home.postalCode ?? 'SE15 1AA').split(' ')[0] ?? 'SE15'],
      tz: 0,
    });
    const size = Math.min(n - out.length, rng.chance(0.6) ? 1 : 2);
    for (let i = 0; i < size; i++) {
      const collect = rng.chance(0.3);
      out.push(
        assemble(rng, {
          at: momentIn(rng, w.window, CONSUMER),
          fraud: true,
          kind: 'low_and_slow',
          lines: linesOf(
            rng,
            [
              ['battery', 25],
              ['dash_cam', 25],
              ['brake', 20],
              ['tool', 20],
              ['bulb', 10],
            ],
            1,
          ),
          fulfilment: collect ? 'click_collect' : 'home_delivery',
          ...(collect ? { branch: branchNear(rng, w, v.home) } : { shipping: drop }),
          buyer,
          billing: v.home,
          ip: ipOn(rng, net, 0.1),
          device,
          vehicle: vehicleFor(rng, 'GB'),
          attempts: (amount) => [
            cardAttempt(rng, card, amount, {
              ok: true,
              afterMs: rng.int(8_000, 60_000),
              match: 'good',
              entry: i > 0 ? 'saved' : 'typed',
              threeDS: amount < 3000 ? 'exempt_low_value' : 'frictionless',
            }),
          ],
          later: () =>
            fraudAfter(rng, collect ? 'click_collect' : 'home_delivery', {
              warning: 0.3,
              dispute: 0.6,
              disputeDays: [25, 70],
            }),
        }),
      );
    }
  }
  return out;
}

export const cardFraud = {
  stolen_card_resale: (rng: Rng, w: World, n: number) => Array.from({ length: n }, () => resale(rng, w)),
  export_forwarder: (rng: Rng, w: World, n: number) => Array.from({ length: n }, () => exporter(rng, w)),
  card_testing: testing,
  triangulation,
  low_and_slow: lowAndSlow,
};
