import { DAY, HOUR } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { launchRush, momentIn } from './calendar.js';
import {
  buildParts,
  CHEAP,
  CONSOLES,
  CPUS,
  everydayItems,
  GPUS,
  type Item,
  LAPTOPS,
  LAUNCH_GPUS,
  LAUNCH_PREBUILT,
  MEMORY,
  MONITORS,
  PERIPHERALS,
  STORAGE,
  VOUCHERS,
} from './catalogue.js';
import { accountBuyer, assemble, freshBuyer, fulfilmentFor, shipTo, type World } from './build.js';
import { network, networksOf } from './networks.js';
import {
  type Account,
  type Country,
  emailOf,
  homeAddress,
  homeNetwork,
  newCard,
  newDevice,
  ownCard,
  parcelPoint,
  personName,
  pickCountry,
} from './people.js';
import { honestAfter, honestPay, paidAfter, type Purchase } from './purchase.js';

/** Honest shoppers, by kind (weights of honest orders). */
export const HONEST = {
  regular: 22,
  first_time: 18,
  launch_day_buyer: 9,
  pc_builder: 8,
  company: 7,
  system_builder: 4,
  student: 7,
  gift: 5,
  cross_border: 8,
  traveller_or_vpn: 4,
  shared_device: 3,
  showroom_reservation: 5,
} as const;
export type HonestKind = keyof typeof HONEST;

const UKRAINIAN = [
  'Oleksandr Shevchenko',
  'Olena Kovalenko',
  'Andrii Bondarenko',
  'Iryna Tkachenko',
  'Dmytro Kravchenko',
  'Yuliia Melnyk',
  'Serhii Boiko',
  'Mykola Oliinyk',
];

const picks = (items: readonly Item[]) => items.map((i) => [i, 1] as const);
const after =
  (rng: Rng, abroad = false) =>
  (p: Omit<Purchase, 'later'>) =>
    honestAfter(rng, p, abroad);
const pay = (rng: Rng, payer: Parameters<typeof honestPay>[1]) => (czk: number) => honestPay(rng, payer, czk);
const afterLaunch = (w: World, at: number) => at >= w.launch;
const referrer = (rng: Rng) =>
  rng.weightedPick<string>([
    ['heureka.cz', 30],
    ['google', 30],
    ['zbozi.cz', 8],
    ['direct', 20],
    ['youtube', 6],
    ['newsletter', 6],
  ]);

/** A private account, with its device and the network it usually shops from. */
function regularFrom(rng: Rng, kind: string, a: Account, at: number, items: Item[]): Purchase {
  const f = fulfilmentFor(rng, a.country, items, a.country === 'CZ');
  const mobileNow = rng.chance(0.2) ? networksOf(a.country, 'mobile')[0] : undefined;
  return assemble(rng, {
    kind,
    fraud: false,
    at,
    buyer: accountBuyer(a),
    country: a.country,
    billing: { ...a.home },
    fulfilment: f,
    ...shipTo(rng, f, a.home),
    picks: picks(items),
    network: mobileNow ?? a.network,
    device: rng.pick(a.devices),
    ...(rng.chance(0.4) ? { referrer: referrer(rng) } : {}),
    pay: pay(rng, { cards: a.cards, country: a.country, signedIn: true }),
    after: after(rng, a.country !== 'CZ'),
  });
}

function regular(rng: Rng, w: World): Purchase {
  const a = rng.pick(w.customers.accounts);
  const at = momentIn(rng, w.window);
  const items = everydayItems(rng, afterLaunch(w, at));
  return regularFrom(rng, 'regular', a, at, items);
}

/** Someone new: a guest or an account opened at checkout; a few are Ukrainians living in Czechia. */
function firstTime(rng: Rng, w: World): Purchase {
  const at = momentIn(rng, w.window);
  const country: Country = pickCountry(rng);
  const ukrainian = country === 'CZ' && rng.chance(0.07);
  const name = ukrainian ? rng.pick(UKRAINIAN) : personName(rng, country);
  const email = emailOf(rng, name, country);
  const home = homeAddress(rng, country);
  const items = everydayItems(rng, afterLaunch(w, at));
  const f = fulfilmentFor(rng, country, items);
  const card = ukrainian && rng.chance(0.6) ? newCard(rng, 'UA') : ownCard(rng, country);
  const net = ukrainian && rng.chance(0.4) ? network('ua-mobile') : homeNetwork(rng, country);
  const welcome = rng.chance(0.18) && country === 'CZ';
  return assemble(rng, {
    kind: 'first_time',
    fraud: false,
    at,
    buyer: freshBuyer(rng, at, name, email, rng.chance(0.55)),
    country,
    ...(ukrainian && rng.chance(0.5) ? { locale: 'uk-UA' } : {}),
    billing: home,
    fulfilment: f,
    ...shipTo(rng, f, home),
    picks: picks(items),
    ...(welcome ? { code: { code: 'VITEJ200', off: 20_000 } } : {}),
    network: net,
    device: newDevice(rng),
    referrer: referrer(rng),
    pay: pay(rng, { cards: [card], country, signedIn: false }),
    after: after(rng, country !== 'CZ'),
  });
}

/**
 * The launch: people who waited for the new cards, many in the first minutes, one card each, paying the
 * premium; some accounts opened in the days before to check out faster. A few orders cannot be filled when
 * stock runs out and are cancelled and refunded.
 */
function launchDay(rng: Rng, w: World): Purchase {
  const at = rng.chance(0.7) ? launchRush(rng, w.window, 10) : launchRush(rng, w.window, 96);
  const existing = rng.chance(0.55);
  const a = existing ? rng.pick(w.customers.accounts) : undefined;
  const country: Country = a?.country ?? pickCountry(rng);
  const name = a?.name ?? personName(rng, country);
  const email = a?.email ?? emailOf(rng, name, country);
  const home = a?.home ?? homeAddress(rng, country);
  const card = a ? rng.pick(a.cards) : ownCard(rng, country);
  const items: Item[] = [rng.chance(0.1) ? LAUNCH_PREBUILT : rng.pick(LAUNCH_GPUS)];
  if (rng.chance(0.12)) items.push(rng.pick(CHEAP));
  const f = fulfilmentFor(rng, country, items);
  const buyer = a
    ? accountBuyer(a)
    : rng.chance(0.65)
      ? { id: `cus_${rng.token(12)}`, email, name, createdAt: w.launch - Math.floor(rng.float(0.2, 6) * DAY) }
      : { email, name };
  return assemble(rng, {
    kind: 'launch_day_buyer',
    fraud: false,
    at,
    buyer,
    country,
    billing: { ...home },
    fulfilment: f,
    ...shipTo(rng, f, home),
    picks: picks(items),
    network: rng.chance(0.35) ? homeNetwork(rng, country) : (a?.network ?? homeNetwork(rng, country)),
    device: a ? rng.pick(a.devices) : newDevice(rng),
    referrer: rng.pick(['launch_countdown', 'discord', 'direct', 'newsletter']),
    pay: pay(rng, {
      cards: a?.cards ?? [card],
      country,
      signedIn: Boolean(a),
      pickup: f.startsWith('showroom'),
    }),
    after: (p) => {
      const paidAt = paidAfter(p.attempts);
      if (rng.chance(0.15))
        return [
          { type: 'order.cancelled', afterMs: paidAt + rng.int(6, 60) * HOUR, reason: 'out_of_stock' },
          { type: 'refund.created', afterMs: paidAt + rng.int(61, 72) * HOUR, reason: 'out_of_stock' },
        ];
      return honestAfter(rng, p, country !== 'CZ');
    },
  });
}

/** A whole build in one basket; the biggest private orders, often on instalments or collected at a showroom. */
function pcBuilder(rng: Rng, w: World): Purchase {
  const at = momentIn(rng, w.window);
  const a = rng.chance(0.6) ? rng.pick(w.customers.accounts) : undefined;
  const items = buildParts(rng, afterLaunch(w, at));
  if (a) return regularFrom(rng, 'pc_builder', a, at, items);
  const country = pickCountry(rng);
  const name = personName(rng, country);
  const home = homeAddress(rng, country);
  const f = fulfilmentFor(rng, country, items);
  return assemble(rng, {
    kind: 'pc_builder',
    fraud: false,
    at,
    buyer: freshBuyer(rng, at, name, emailOf(rng, name, country), rng.chance(0.3)),
    country,
    billing: home,
    fulfilment: f,
    ...shipTo(rng, f, home),
    picks: picks(items),
    network: homeNetwork(rng, country),
    device: newDevice(rng, false),
    referrer: referrer(rng),
    pay: pay(rng, {
      cards: [ownCard(rng, country)],
      country,
      signedIn: false,
      pickup: f.startsWith('showroom'),
    }),
    after: after(rng, country !== 'CZ'),
  });
}

/** Companies and system builders: business accounts with an IČO and VAT id, office hours, transfers. */
function business(rng: Rng, w: World, kind: 'company' | 'system_builder'): Purchase {
  const a = rng.pick(w.customers.business);
  const at = momentIn(rng, w.window, 'office');
  const q = (lo: number, hi: number) => rng.int(lo, hi);
  const lines: Array<readonly [Item, number]> =
    kind === 'company'
      ? [[rng.pick(LAPTOPS.filter((l) => l.sku !== 'NB-GAME-5080')), q(1, 5)]]
      : [
          [rng.pick(CPUS), q(2, 5)],
          [rng.pick(STORAGE), q(3, 10)],
          [rng.pick(MEMORY), q(2, 6)],
        ];
  if (kind === 'company' && rng.chance(0.5)) lines.push([rng.pick(MONITORS), q(1, 8)]);
  if (kind === 'company' && rng.chance(0.4)) lines.push([rng.pick(PERIPHERALS), q(2, 10)]);
  if (kind === 'system_builder' && rng.chance(0.6)) lines.push([rng.pick(GPUS), q(2, 4)]);
  if (kind === 'system_builder' && afterLaunch(w, at) && rng.chance(0.2))
    lines.push([rng.pick(LAUNCH_GPUS), 1]);
  const f =
    kind === 'system_builder' && a.country === 'CZ' && rng.chance(0.45)
      ? rng.chance(0.6)
        ? 'showroom_prague'
        : 'showroom_brno'
      : 'courier';
  return assemble(rng, {
    kind,
    fraud: false,
    at,
    buyer: accountBuyer(a),
    country: a.country,
    billing: { ...a.home },
    fulfilment: f,
    ...(f === 'courier' ? { shipping: { ...a.home } } : {}),
    picks: lines,
    network: a.network,
    device: rng.pick(a.devices),
    ...(a.company ? { company: a.company } : {}),
    pay: pay(rng, {
      cards: a.cards,
      country: a.country,
      signedIn: true,
      company: true,
      pickup: f !== 'courier',
    }),
    after: after(rng),
  });
}

/** Students: ISIC discount, laptops and parts, campus Wi-Fi or a phone; Slovaks studying in Brno and Prague. */
function student(rng: Rng, w: World): Purchase {
  const at = momentIn(rng, w.window);
  const slovak = rng.chance(0.25);
  const country: Country = slovak ? 'SK' : 'CZ';
  const name = personName(rng, country);
  const home = homeAddress(rng, country);
  const city = homeAddress(rng, 'CZ');
  const items = rng.chance(0.55) ? [rng.pick(LAPTOPS)] : everydayItems(rng, afterLaunch(w, at));
  const f = rng.chance(0.6) ? 'packeta_point' : rng.chance(0.5) ? 'showroom_brno' : 'showroom_prague';
  const net = rng.chance(0.5)
    ? network('cz-university')
    : rng.chance(0.6)
      ? network('cz-mobile')
      : homeNetwork(rng, 'CZ');
  return assemble(rng, {
    kind: 'student',
    fraud: false,
    at,
    buyer: {
      id: `cus_${rng.token(12)}`,
      email: rng.chance(0.3) ? `${rng.digits(6)}@mail.muni.cz` : emailOf(rng, name, country),
      name,
      createdAt: at - Math.floor(rng.float(0.01, 500) * DAY),
    },
    country: 'CZ',
    ...(slovak ? { locale: 'sk-SK' } : {}),
    billing: home,
    fulfilment: f,
    ...(f === 'packeta_point' ? { shipping: parcelPoint(rng, 'CZ', city) } : {}),
    picks: picks(items),
    ...(rng.chance(0.7) ? { code: { code: 'ISIC', percent: 4 } } : {}),
    network: net,
    device: newDevice(rng),
    pay: pay(rng, { cards: [ownCard(rng, country)], country, signedIn: true, pickup: f !== 'packeta_point' }),
    after: after(rng),
  });
}

/** Presents: consoles and gadgets sent to someone else, often in another city or country, or a voucher. */
function gift(rng: Rng, w: World): Purchase {
  const at = momentIn(rng, w.window);
  const a = rng.chance(0.5) ? rng.pick(w.customers.accounts) : undefined;
  const country: Country = a?.country ?? pickCountry(rng);
  const name = a?.name ?? personName(rng, country);
  const home = a?.home ?? homeAddress(rng, country);
  const voucher = rng.chance(0.2);
  const items = voucher ? [rng.pick(VOUCHERS)] : [rng.pick([...CONSOLES, ...PERIPHERALS, ...PERIPHERALS])];
  const to: Country = rng.chance(0.25) ? (country === 'CZ' ? 'SK' : 'CZ') : country;
  const recipient = homeAddress(rng, to);
  const f = voucher ? 'email' : rng.chance(0.6) ? 'courier' : 'packeta_home';
  return assemble(rng, {
    kind: 'gift',
    fraud: false,
    at,
    buyer: a ? accountBuyer(a) : { email: emailOf(rng, name, country), name },
    country,
    billing: { ...home },
    fulfilment: f,
    ...(voucher ? {} : { shipping: recipient }),
    picks: picks(items),
    network: a?.network ?? homeNetwork(rng, country),
    device: a ? rng.pick(a.devices) : newDevice(rng),
    giftWrap: !voucher,
    pay: pay(rng, { cards: a?.cards ?? [ownCard(rng, country)], country, signedIn: Boolean(a) }),
    after: after(rng, to !== 'CZ'),
  });
}

/** Germans, Austrians, Poles and Hungarians chasing a better price; some commute to work in Czechia. */
function crossBorder(rng: Rng, w: World): Purchase {
  const at = momentIn(rng, w.window);
  const country = rng.weightedPick<Country>([
    ['DE', 35],
    ['AT', 25],
    ['PL', 25],
    ['HU', 15],
  ]);
  const name = personName(rng, country);
  const home = homeAddress(rng, country);
  const items = rng.chance(0.5)
    ? [rng.pick(afterLaunch(w, at) && rng.chance(0.3) ? LAUNCH_GPUS : [...GPUS, ...CPUS])]
    : everydayItems(rng, afterLaunch(w, at));
  const f = fulfilmentFor(rng, country, items);
  const commuter = rng.chance(0.15);
  return assemble(rng, {
    kind: 'cross_border',
    fraud: false,
    at,
    buyer: freshBuyer(rng, at - rng.int(0, 400) * DAY, name, emailOf(rng, name, country), rng.chance(0.4)),
    country,
    billing: home,
    fulfilment: f,
    ...shipTo(rng, f, home),
    picks: picks(items),
    network: commuter ? homeNetwork(rng, 'CZ') : homeNetwork(rng, country),
    device: newDevice(rng),
    referrer: rng.pick(['geizhals', 'idealo', 'ceneo', 'arukereso', 'google']),
    pay: pay(rng, { cards: [ownCard(rng, country)], country, signedIn: false }),
    after: after(rng, true),
  });
}

/** Account holders abroad on holiday or for work, or at home behind a VPN; delivery at home as always. */
function traveller(rng: Rng, w: World): Purchase {
  const a = rng.pick(w.customers.accounts);
  const at = momentIn(rng, w.window);
  const items = everydayItems(rng, afterLaunch(w, at));
  const away = rng.chance(0.5);
  const abroad = (names: string[]) => names.map(network).filter((n) => n.country !== a.country);
  const net = rng.pick(
    away
      ? abroad(['es-broadband', 'it-broadband', 'gb-broadband', 'th-mobile', 'us-cable', 'at-mobile'])
      : abroad(['nl-hosting', 'ch-vpn', 'de-hosting', 'us-cloud']),
  );
  const f = fulfilmentFor(rng, a.country, items, false);
  return assemble(rng, {
    kind: 'traveller_or_vpn',
    fraud: false,
    at,
    buyer: accountBuyer(a),
    country: a.country,
    billing: { ...a.home },
    fulfilment: f,
    ...shipTo(rng, f, a.home),
    picks: picks(items),
    network: net,
    device: rng.chance(0.7) ? rng.pick(a.devices) : newDevice(rng, true),
    pay: pay(rng, { cards: a.cards, country: a.country, signedIn: true }),
    after: after(rng, a.country !== 'CZ'),
  });
}

/** Family members on one home computer, each with their own account and card. */
function sharedDevice(rng: Rng, w: World): Purchase {
  const house =
    w.customers.households.length > 0 ? rng.pick(w.customers.households) : [rng.pick(w.customers.accounts)];
  const a = rng.pick(house);
  const at = momentIn(rng, w.window);
  const items = everydayItems(rng, afterLaunch(w, at));
  const p = regularFrom(rng, 'shared_device', a, at, items);
  const shared = house[0]?.devices[0];
  return shared ? { ...p, device: shared } : p;
}

/** Reserve online, pay cash or card at the till in Prague or Brno; a few never come. */
function reservation(rng: Rng, w: World): Purchase {
  const at = momentIn(rng, w.window);
  const a = rng.chance(0.5) ? rng.pick(w.customers.accounts.filter((x) => x.country === 'CZ')) : undefined;
  const name = a?.name ?? personName(rng, 'CZ');
  const home = a?.home ?? homeAddress(rng, 'CZ');
  const items = everydayItems(rng, afterLaunch(w, at));
  return assemble(rng, {
    kind: 'showroom_reservation',
    fraud: false,
    at,
    buyer: a ? accountBuyer(a) : { email: emailOf(rng, name, 'CZ'), name },
    country: 'CZ',
    billing: { ...home },
    fulfilment: home.city === 'Brno' || rng.chance(0.3) ? 'showroom_brno' : 'showroom_prague',
    picks: picks(items),
    network: a?.network ?? homeNetwork(rng, 'CZ'),
    device: a ? rng.pick(a.devices) : newDevice(rng),
    pay: (czk) => {
      const attempts = honestPay(
        rng,
        { cards: a?.cards ?? [ownCard(rng, 'CZ')], country: 'CZ', signedIn: Boolean(a), pickup: true },
        czk,
      );
      return attempts;
    },
    after: after(rng),
  });
}

/** One honest purchase of `kind`. */
export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  switch (kind) {
    case 'regular':
      return regular(rng, w);
    case 'first_time':
      return firstTime(rng, w);
    case 'launch_day_buyer':
      return launchDay(rng, w);
    case 'pc_builder':
      return pcBuilder(rng, w);
    case 'company':
    case 'system_builder':
      return business(rng, w, kind);
    case 'student':
      return student(rng, w);
    case 'gift':
      return gift(rng, w);
    case 'cross_border':
      return crossBorder(rng, w);
    case 'traveller_or_vpn':
      return traveller(rng, w);
    case 'shared_device':
      return sharedDevice(rng, w);
    case 'showroom_reservation':
      return reservation(rng, w);
  }
}
