import { DAY, type Device, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { build, type World } from './build.js';
import { momentIn } from './calendar.js';
import { newCard } from './cards.js';
import { type Category, type Code, type Fulfilment, type Line, linesOf, pick } from './catalogue.js';
import { type NetworkName, network } from './networks.js';
import { type Account, deviceOf, emailOf, fullName, newAccount } from './people.js';
import { cityOf, homeIn, STORES, usHome } from './places.js';
import { type Attempt, honestAfter, honestPay, oxxo, type Payer, type Purchase, spei } from './purchase.js';

/** The honest buyers of Buen Fin, by kind, and how each one's purchase is planned. */

export const HONEST = {
  repeat_customer: 21,
  family_instalments: 15,
  click_collect: 11,
  oxxo_cash: 9,
  first_time_big_basket: 9,
  paisano_abroad: 7,
  gift_sender: 6,
  student_shared_device: 6,
  resale_stand: 5,
  vpn_traveller: 5,
  corporate_buyer: 6,
} as const;
export type HonestKind = keyof typeof HONEST;

const EVERYDAY: Partial<Record<Category, number>> = {
  fashion: 5,
  small_appliances: 3,
  toys: 3,
  perfume: 2,
  accessories: 3,
  phones: 1.5,
  tv: 1,
  consoles: 0.7,
  gift_card: 0.6,
};

const payerOf = (a: Account, extra: Partial<Payer> = {}): Payer => ({
  cards: a.cards,
  monedero: a.monedero,
  signedIn: true,
  ...extra,
});

const returnable = (lines: readonly Line[]) =>
  lines.some((l) => l.category === 'fashion' || l.category === 'small_appliances');

function deviceFor(rng: Rng, a: Account): Device {
  return rng.chance(0.9) ? rng.pick(a.devices) : deviceOf(rng);
}

const wantedFor = (rng: Rng, a: Account): Fulfilment => {
  const store = a.city.store !== undefined;
  return rng.weightedPick<Fulfilment>([
    ['home', 65],
    ['click_collect', store ? 22 : 0],
    ['pickup_point', 10],
  ]);
};

type Planner = (rng: Rng, w: World) => Purchase;

const signedIn = (a: Account) => ({ id: a.id, email: a.email, name: a.name, createdAt: a.createdAt });
const guest = (a: Account) => ({ email: a.email, name: a.name });

const planners: Record<HonestKind, Planner> = {
  repeat_customer: (rng, w) => {
    const a = rng.pick(w.customers);
    const lines = linesOf(rng, rng.int(1, 3), EVERYDAY);
    return build(rng, {
      at: momentIn(rng, w.window, a.city.tz, 'home'),
      kind: 'repeat_customer',
      fraud: false,
      buyer: signedIn(a),
      billing: a.home,
      shipTo: a.home,
      wanted: wantedFor(rng, a),
      lines,
      ...(rng.chance(0.2) ? { code: 'BUENFIN10' as Code } : {}),
      network: network(a.network),
      device: deviceFor(rng, a),
      ...(a.city.store ? { store: a.city.store } : {}),
      pay: (amount) => honestPay(rng, payerOf(a), amount),
      later: (f, b) => honestAfter(rng, f, b.amount, returnable(b.lines)),
    });
  },

  // A television or a fridge on 12 or 18 months: the reason many families wait for Buen Fin.
  family_instalments: (rng, w) => {
    const a = rng.chance(0.6) ? rng.pick(w.customers) : newAccount(rng, w.window.start, rng.int(0, 20) * DAY);
    const credit =
      a.cards.find((c) => c.funding === 'credit' || c.funding === 'store') ?? newCard(rng, 'MX', 'credit');
    const lines = [pick(rng, rng.chance(0.55) ? 'tv' : 'appliances')];
    if (rng.chance(0.4)) lines.push(pick(rng, rng.chance(0.5) ? 'small_appliances' : 'appliances'));
    return build(rng, {
      at: momentIn(rng, w.window, a.city.tz, 'home'),
      kind: 'family_instalments',
      fraud: false,
      buyer: signedIn(a),
      billing: a.home,
      shipTo: a.home,
      wanted: rng.chance(0.15) && a.city.store ? 'click_collect' : 'home',
      lines,
      ...(rng.chance(0.3) ? { code: 'BUENFIN10' as Code } : {}),
      network: network(a.network),
      device: deviceFor(rng, a),
      ...(a.city.store ? { store: a.city.store } : {}),
      pay: (amount) =>
        honestPay(
          rng,
          { cards: [credit], monedero: 0, signedIn: true, prefers: 'card', keen: 0.95 },
          amount,
          0.12,
        ),
      later: (f, b) => honestAfter(rng, f, b.amount),
    });
  },

  click_collect: (rng, w) => {
    const known = rng.chance(0.7);
    const storeCity = rng.pick(STORES);
    const a = known ? rng.pick(w.customers) : newAccount(rng, w.window.start, 0, storeCity);
    const city = a.city.store ? a.city : storeCity;
    const lines = linesOf(rng, rng.int(1, 2), {
      phones: 3,
      tv: 2,
      consoles: 2,
      toys: 3,
      fashion: 2,
      laptops: 1,
    });
    return build(rng, {
      at: momentIn(rng, w.window, city.tz, 'home'),
      kind: 'click_collect',
      fraud: false,
      buyer: known ? signedIn(a) : guest(a),
      billing: a.home,
      shipTo: a.home,
      wanted: 'click_collect',
      lines,
      network: network(a.network),
      device: deviceFor(rng, a),
      ...(city.store ? { store: city.store } : {}),
      pay: (amount) => honestPay(rng, payerOf(a, { signedIn: known }), amount),
      later: (f, b) => honestAfter(rng, f, b.amount),
    });
  },

  // Cash at the corner OXXO: no card, or no wish to use it online. Some never go to pay.
  oxxo_cash: (rng, w) => {
    const known = rng.chance(0.5);
    const a = known ? rng.pick(w.customers) : newAccount(rng, w.window.start, rng.int(0, 60) * DAY);
    const lines = linesOf(rng, rng.int(1, 3), {
      fashion: 4,
      toys: 4,
      small_appliances: 3,
      accessories: 2,
      phones: 1,
    });
    return build(rng, {
      at: momentIn(rng, w.window, a.city.tz, 'home'),
      kind: 'oxxo_cash',
      fraud: false,
      buyer: known ? signedIn(a) : guest(a),
      billing: a.home,
      shipTo: a.home,
      wanted: rng.chance(0.8) ? 'home' : 'pickup_point',
      lines,
      network: network(rng.chance(0.7) ? 'mx-mobile' : a.network),
      device: deviceFor(rng, a),
      // Above OXXO's $10,000 limit the same buyer pays by SPEI transfer.
      pay: (amount) => [amount <= 1_000_000 ? oxxo(rng, rng.chance(0.82)) : spei(rng)],
      later: (f, b) => honestAfter(rng, f, b.amount, returnable(b.lines)),
    });
  },

  // A new account and a basket worth months of wages: a TV, a phone, a console, on instalments.
  first_time_big_basket: (rng, w) => {
    const at = momentIn(rng, w.window, -6, 'home');
    const a = newAccount(rng, at, rng.int(3, 40) * MINUTE);
    const lines = linesOf(rng, rng.int(3, 5), {
      tv: 3,
      phones: 3,
      consoles: 2,
      laptops: 2,
      appliances: 2,
      toys: 1,
    });
    return build(rng, {
      at,
      kind: 'first_time_big_basket',
      fraud: false,
      buyer: signedIn(a),
      billing: a.home,
      shipTo: a.home,
      wanted: 'home',
      lines,
      ...(rng.chance(0.5) ? { code: (rng.chance(0.5) ? 'BUENFIN10' : 'BIENVENIDA150') as Code } : {}),
      network: network(a.network),
      device: a.devices[0] ?? deviceOf(rng),
      pay: (amount) =>
        honestPay(
          rng,
          payerOf(a, { cards: [newCard(rng, 'MX', 'credit'), ...a.cards], keen: 0.85 }),
          amount,
          0.22,
        ),
      later: (f, b) => honestAfter(rng, f, b.amount),
    });
  },

  // A paisano in the US buys for the family back home: US card, US address, US connection.
  paisano_abroad: (rng, w) => {
    const { address: billing, tz } = usHome(rng);
    const name = fullName(rng);
    const account = rng.chance(0.6);
    const at = momentIn(rng, w.window, tz, 'home');
    const family = homeIn(rng, cityOf(rng));
    const lines = linesOf(rng, rng.int(1, 3), {
      tv: 3,
      appliances: 2,
      phones: 2,
      toys: 2,
      small_appliances: 2,
    });
    const card = newCard(rng, 'US', rng.chance(0.6) ? 'credit' : 'debit');
    const net: NetworkName = rng.chance(0.7) ? 'us-cable' : 'us-mobile';
    return build(rng, {
      at,
      kind: 'paisano_abroad',
      fraud: false,
      buyer: account
        ? {
            id: `cus_${rng.token(14)}`,
            email: emailOf(rng, name),
            name,
            createdAt: at - rng.int(30, 2000) * DAY,
          }
        : { email: emailOf(rng, name), name },
      billing,
      shipTo: family,
      wanted: rng.chance(0.85) ? 'home' : 'click_collect',
      lines,
      network: network(net),
      device: deviceOf(rng, rng.chance(0.6) ? 'phone' : 'computer'),
      giftMessage: rng.pick(['Para mi mamá, con cariño', 'Feliz Buen Fin, familia', 'Para la casa de Chuy']),
      pay: (amount) =>
        rng.chance(0.2)
          ? honestPay(rng, { cards: [card], monedero: 0, signedIn: account, prefers: 'paypal' }, amount)
          : honestPay(
              rng,
              { cards: [card], monedero: 0, signedIn: account, prefers: 'card', keen: 0 },
              amount,
              0.08,
            ),
      later: (f, b) => honestAfter(rng, f, b.amount),
    });
  },

  gift_sender: (rng, w) => {
    const a = rng.pick(w.customers);
    const lines = linesOf(rng, rng.int(1, 2), {
      perfume: 4,
      toys: 3,
      gift_card: 3,
      fashion: 2,
      accessories: 2,
    });
    return build(rng, {
      at: momentIn(rng, w.window, a.city.tz, 'late'),
      kind: 'gift_sender',
      fraud: false,
      buyer: signedIn(a),
      billing: a.home,
      shipTo: homeIn(rng, cityOf(rng)),
      wanted: 'home',
      lines,
      network: network(a.network),
      device: deviceFor(rng, a),
      giftMessage: rng.pick(['¡Feliz cumpleaños!', 'Un detalle para ti', 'Para mi ahijado']),
      pay: (amount) => honestPay(rng, payerOf(a), amount),
      later: (f, b) => honestAfter(rng, f, b.amount),
    });
  },

  // Students on the university network and lab or family computers several accounts share.
  student_shared_device: (rng, w) => {
    const at = momentIn(rng, w.window, -6, 'late');
    const a = newAccount(rng, at, rng.int(1, 400) * DAY);
    const lines = linesOf(rng, rng.int(1, 2), {
      laptops: 2,
      accessories: 4,
      fashion: 3,
      gift_card: 1,
      consoles: 1,
    });
    return build(rng, {
      at,
      kind: 'student_shared_device',
      fraud: false,
      buyer: signedIn(a),
      billing: a.home,
      shipTo: a.home,
      wanted: rng.chance(0.7) ? 'home' : 'pickup_point',
      lines,
      network: network(rng.chance(0.6) ? 'mx-campus' : 'mx-mobile'),
      device: rng.pick(w.shared),
      pay: (amount) =>
        honestPay(
          rng,
          { cards: [newCard(rng, 'MX', rng.chance(0.7) ? 'debit' : 'prepaid')], monedero: 0, signedIn: true },
          amount,
          0.08,
        ),
      later: (f, b) => honestAfter(rng, f, b.amount, returnable(b.lines)),
    });
  },

  // A market-stall or catalogue seller restocking at Buen Fin prices with their own money: a dozen of each.
  resale_stand: (rng, w) => {
    const a = rng.pick(w.customers.slice(0, Math.max(3, Math.floor(w.customers.length / 25))));
    const lines = linesOf(rng, rng.int(2, 3), { toys: 5, perfume: 2, accessories: 3, fashion: 2 }, () =>
      rng.int(4, 12),
    );
    return build(rng, {
      at: momentIn(rng, w.window, a.city.tz, 'late'),
      kind: 'resale_stand',
      fraud: false,
      buyer: signedIn(a),
      billing: a.home,
      shipTo: a.home,
      wanted: 'home',
      lines,
      network: network(a.network),
      device: deviceFor(rng, a),
      pay: (amount) =>
        rng.chance(0.3)
          ? [spei(rng)]
          : honestPay(rng, payerOf(a, { prefers: 'card', keen: 0.3 }), amount, 0.1),
      later: (f, b) => honestAfter(rng, f, b.amount),
    });
  },

  // A customer on holiday in Spain or the US, or behind a VPN at home: a foreign IP, a Mexican card.
  vpn_traveller: (rng, w) => {
    const a = rng.pick(w.customers);
    const net = rng.weightedPick<NetworkName>([
      ['nl-hosting', 3],
      ['us-hosting', 3],
      ['es-fibre', 2],
      ['ca-cable', 1],
    ]);
    const tz = net === 'es-fibre' ? 1 : net === 'ca-cable' ? -5 : a.city.tz;
    return build(rng, {
      at: momentIn(rng, w.window, tz, 'home'),
      kind: 'vpn_traveller',
      fraud: false,
      buyer: signedIn(a),
      billing: a.home,
      shipTo: a.home,
      wanted: 'home',
      lines: linesOf(rng, rng.int(1, 3), EVERYDAY),
      network: network(net),
      device: deviceFor(rng, a),
      pay: (amount) => honestPay(rng, payerOf(a), amount, 0.1),
      later: (f, b) => honestAfter(rng, f, b.amount, returnable(b.lines)),
    });
  },

  // Companies equipping staff or buying year-end gifts: many of one thing, a CFDI invoice, a transfer.
  corporate_buyer: (rng, w) => {
    const at = momentIn(rng, w.window, -6, 'office');
    const company = rng.pick([
      'Logística Bajío',
      'Constructora Norte',
      'Grupo Textil Puebla',
      'Despacho Fiscal Roma',
    ]);
    const slug =
      company
        .toLowerCase()
        .split(' ')[1]
        ?.normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '') ?? 'empresa';
    const a = newAccount(rng, at, rng.int(0, 900) * DAY);
    const lines = [
      rng.weightedPick<Line>([
        [pick(rng, 'laptops', rng.int(4, 20)), 3],
        [pick(rng, 'phones', rng.int(4, 15)), 2],
        [pick(rng, 'gift_card', rng.int(20, 80)), 3],
        [pick(rng, 'tv', rng.int(2, 6)), 1],
      ]),
    ];
    const card = newCard(rng, 'MX', 'credit');
    return build(rng, {
      at,
      kind: 'corporate_buyer',
      fraud: false,
      buyer: {
        id: a.id,
        email: emailOf(rng, a.name, `${slug}.com.mx`),
        name: a.name,
        createdAt: a.createdAt,
      },
      billing: a.home,
      shipTo: a.home,
      wanted: 'home',
      lines,
      network: network(rng.chance(0.8) ? 'mx-office' : 'mx-fibre'),
      device: deviceOf(rng, 'computer'),
      company: {
        name: `${company} S.A. de C.V.`,
        rfc: `${slug.slice(0, 3).toUpperCase()}${rng.digits(6)}${rng.token(3).toUpperCase()}`,
      },
      pay: (amount): Attempt[] =>
        rng.chance(0.6)
          ? [spei(rng, true)]
          : honestPay(rng, { cards: [card], monedero: 0, signedIn: true, prefers: 'card', keen: 0 }, amount),
      later: (f, b) => honestAfter(rng, f, b.amount),
    });
  },
};

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  return planners[kind](rng, w);
}
