import { type Rng } from '../kit/random.js';
import { deliverySlot, moment } from './calendar.js';
import { newCard } from './cards.js';
import { basketOf, line, ofCategory, product } from './catalogue.js';
import { deviceOf, newDevice } from './devices.js';
import { honestDevice, honestNetwork, honestPurchase } from './honest-kit.js';
import { companyEmail, personalEmail, personName } from './names.js';
import { network, networksOf } from './networks.js';
import { customer, newPerson, type Person, type World } from './people.js';
import { abroadIn, addressIn, type Market, pickCity, pickMarket } from './places.js';
import { DAY, honestPayment, MINUTE, type Purchase } from './purchase.js';

/** The honest customers who look unusual: trade buyers, families across borders, owners abroad, students. */

const COMPANIES: Readonly<Record<Market, ReadonlyArray<readonly [string, string]>>> = {
  IT: [
    ['Residence Le Palme s.r.l.', 'residencelepalme.it'],
    ['B&B Corte Antica', 'corteantica.it'],
    ['Casa Vacanze Sorrento Mare s.a.s.', 'sorrentomare.com'],
  ],
  ES: [
    ['Apartamentos Brisa del Mar S.L.', 'brisadelmar.es'],
    ['Hostal Sol y Sal S.L.', 'hostalsolysal.com'],
    ['Costa Rentals Management S.L.', 'costarentals.es'],
  ],
  PL: [
    ['Apartamenty Pod Giewontem sp. z o.o.', 'podgiewontem.pl'],
    ['Willa Bursztyn', 'willabursztyn.pl'],
    ['Baltic Stay sp. z o.o.', 'balticstay.pl'],
  ],
  RO: [
    ['Vila Mare Mamaia SRL', 'vilamare.ro'],
    ['Pensiunea Casa de Piatră SRL', 'casadepiatra.ro'],
  ],
  GR: [
    ['Aegean Blue Suites IKE', 'aegeanblue.gr'],
    ['Villa Thalassa OE', 'villathalassa.gr'],
    ['Kerkyra Studios EE', 'kerkyrastudios.gr'],
  ],
};

function vatId(rng: Rng, m: Market): string {
  if (m === 'IT') return `IT${rng.digits(11)}`;
  if (m === 'ES') return `ESB${rng.digits(8)}`;
  if (m === 'PL') return `PL${rng.digits(10)}`;
  if (m === 'RO') return `RO${rng.digits(8)}`;
  return `EL${rng.digits(9)}`;
}

/** Holiday rentals and small hotels refitting before the season: many of the same, shipped to the coast. */
export function tradeFitOut(rng: Rng, w: World): Purchase {
  const market = rng.weightedPick<Market>([
    ['IT', 30],
    ['ES', 30],
    ['GR', 25],
    ['PL', 8],
    ['RO', 7],
  ]);
  const [company, domain] = rng.pick(COMPANIES[market]);
  const at = moment(rng, w.window, market, 'office');
  const owner = newPerson(
    rng,
    market,
    pickCity(rng, market, (c) => !c.resort),
    { now: at },
  );
  const aged = { ...owner, createdAt: at - rng.int(200, 2000) * DAY };
  const person = rng.chance(0.5) ? { ...aged, email: companyEmail(owner.name, domain) } : aged;
  const rooms = rng.int(4, 24);
  const lines = [
    line(rng, product(rng.pick(['MAT-90-POCKET', 'MAT-160-MEMORY', 'MAT-140-HYBRID'])), market, rooms, 0.3),
    ...(rng.chance(0.6)
      ? [line(rng, product(rng.pick(['BED-140-PINE', 'BED-160-ARIA'])), market, rooms, 0.3)]
      : []),
    ...(rng.chance(0.5) ? [line(rng, product('SOF-BED-OSLO'), market, Math.ceil(rooms / 2), 0.3)] : []),
    line(rng, product('TEX-DUVET'), market, rooms * 2, 0.3),
    line(rng, product('TEX-PILLOW-2'), market, rooms * 2, 0.3),
    ...(rng.chance(0.4) ? [line(rng, product('APP-AC-12K'), market, rng.int(2, rooms), 0.2)] : []),
  ];
  const basket = basketOf(lines, market, 'two_person', { assembly: rng.chance(0.7) });
  const resort = pickCity(rng, market, (c) => c.resort === true);
  const slot = deliverySlot(rng, at, market, 6);
  const card = newCard(rng, market, 'business');
  const attempts = honestPayment(
    rng,
    { cards: [card, ...person.cards], market, signedIn: true },
    basket.amount,
    {
      at,
      only: ['card', 'bank_transfer'],
      declineShare: 0.14,
    },
  );
  return honestPurchase(rng, {
    at,
    kind: 'trade_fit_out',
    person,
    basket,
    fulfilment: 'two_person',
    attempts,
    network: rng.chance(0.7) ? rng.pick(networksOf(market, 'business')) : person.homeNet,
    device: deviceOf(rng, rng.pick(['windows', 'mac'] as const)),
    shipping: addressIn(rng, resort),
    slot,
    company: { name: company, vatId: vatId(rng, market) },
  });
}

/**
 * Ordering for family: a bed or appliance sent to parents in another city; Romanians living in Italy or Spain
 * furnishing their parents' flat at home; Ukrainians settled in Poland paying with a Ukrainian card; Greeks in
 * Germany sending a mattress home.
 */
export function familyAbroad(rng: Rng, w: World): Purchase {
  const story = rng.weightedPick<string>([
    ['same', 40],
    ['ro-diaspora', 30],
    ['ua-in-pl', 20],
    ['gr-in-de', 10],
  ]);
  const market: Market =
    story === 'ro-diaspora'
      ? 'RO'
      : story === 'ua-in-pl'
        ? 'PL'
        : story === 'gr-in-de'
          ? 'GR'
          : pickMarket(rng);
  const at = moment(rng, w.window, market, 'home');
  let person: Person;
  let shippingCity = pickCity(rng, market);
  if (story === 'same') {
    person = customer(rng, w, market, at, 0.5);
    while (shippingCity.name === person.city.name) shippingCity = pickCity(rng, market);
  } else if (story === 'ro-diaspora') {
    const home: Market = rng.chance(0.6) ? 'IT' : 'ES';
    const name = personName(rng, 'RO');
    const base = newPerson(rng, home, undefined, { now: at });
    person = { ...base, name, email: personalEmail(rng, name, 'RO'), market: 'RO' };
  } else if (story === 'ua-in-pl') {
    const name = personName(rng, 'UA');
    const base = newPerson(rng, 'PL', undefined, { now: at });
    person = {
      ...base,
      name,
      email: personalEmail(rng, name, 'UA'),
      cards: [newCard(rng, 'UA'), ...(rng.chance(0.4) ? [newCard(rng, 'PL', 'debit')] : [])],
      mobileNet: rng.chance(0.3) ? network('ua-mobile') : base.mobileNet,
    };
    shippingCity = base.city;
  } else {
    const name = personName(rng, 'GR');
    const base = newPerson(rng, 'GR', undefined, { now: at });
    person = {
      ...base,
      name,
      email: personalEmail(rng, name, 'GR'),
      home: abroadIn(rng, 'DE'),
      cards: [newCard(rng, 'DE')],
      homeNet: network('de-home'),
      mobileNet: network('de-home'),
    };
  }
  const lines = [
    line(rng, rng.pick([...ofCategory('mattress', 'bed', 'appliance'), product('SOF-REC-ELKA')]), market),
  ];
  const basket = basketOf(lines, market, 'two_person', { assembly: rng.chance(0.5) });
  const slot = deliverySlot(rng, at, market, 3);
  const attempts = honestPayment(
    rng,
    { cards: person.cards, market, signedIn: Boolean(person.id) },
    basket.amount,
    {
      at,
      ...(story === 'same' || story === 'ua-in-pl' ? {} : { without: ['cod', 'instalments'] as const }),
    },
  );
  const shipping = addressIn(rng, shippingCity);
  return honestPurchase(rng, {
    at,
    kind: 'for_family',
    person,
    basket,
    fulfilment: 'two_person',
    attempts,
    network: honestNetwork(rng, person),
    device: honestDevice(rng, person),
    billing: person.home,
    shipping,
    slot,
    giftNote: story === 'same' ? 'Per mamma e papà' : 'For my parents',
  });
}

const OWNERS = ['DE', 'GB', 'NL', 'SE', 'NO', 'CH', 'FR'] as const;

/** Northern Europeans furnishing a holiday home on the coast, paying from home with home cards. */
export function holidayHome(rng: Rng, w: World): Purchase {
  const market = rng.weightedPick<Market>([
    ['ES', 55],
    ['GR', 25],
    ['IT', 20],
  ]);
  const from = rng.pick(OWNERS);
  const at = moment(rng, w.window, market, 'home');
  const name = personName(rng, from);
  const home = abroadIn(rng, from);
  const card = newCard(rng, from, rng.chance(0.7) ? 'credit' : 'debit');
  const net = networksOf(from, 'home')[0] ?? network('de-home');
  const base = newPerson(
    rng,
    market,
    pickCity(rng, market, (c) => c.resort === true),
    { now: at },
  );
  const person: Person = {
    ...base,
    name,
    email: personalEmail(rng, name, from),
    home,
    cards: [card],
    devices: [newDevice(rng, from)],
    homeNet: net,
    createdAt: rng.chance(0.5) ? at - rng.int(100, 1500) * DAY : at - rng.int(2, 30) * MINUTE,
  };
  const thereNow = rng.chance(0.25);
  const lines = Array.from({ length: rng.int(2, 6) }, () =>
    line(
      rng,
      rng.pick(ofCategory('sofa', 'bed', 'mattress', 'dining', 'wardrobe', 'textile', 'lighting')),
      market,
    ),
  );
  const basket = basketOf(lines, market, 'two_person', { assembly: rng.chance(0.75) });
  const attempts = honestPayment(rng, { cards: [card], market, signedIn: true }, basket.amount, {
    at,
    only: ['card', 'paypal'],
  });
  return honestPurchase(rng, {
    at,
    kind: 'holiday_home_abroad',
    person,
    basket,
    fulfilment: 'two_person',
    attempts,
    network: thereNow ? base.mobileNet : net,
    device: person.devices[0] ?? newDevice(rng, from),
    billing: home,
    shipping: base.home,
    slot: deliverySlot(rng, at, market, 5),
  });
}

/** A student's first room: cheap bits, a parent's card billed to the family home, campus Wi-Fi or mobile data. */
export function studentRoom(rng: Rng, w: World): Purchase {
  const market = pickMarket(rng);
  const at = moment(rng, w.window, market, 'home');
  const campus = pickCity(rng, market, (c) => c.campus === true);
  const student = newPerson(rng, market, campus, { now: at });
  const parent = newPerson(rng, market, undefined, { account: false });
  const person: Person = {
    ...student,
    createdAt: at - rng.int(1, 20) * MINUTE,
    name: { ...student.name, last: parent.name.last, full: `${student.name.first} ${parent.name.last}` },
    cards: rng.chance(0.6) ? parent.cards : student.cards,
  };
  const lines = [
    line(rng, product(rng.pick(['OFF-DESK-120', 'OFF-CHAIR-ERGO', 'STO-SHELF-5'])), market),
    ...(rng.chance(0.5) ? [line(rng, product('MAT-90-POCKET'), market)] : []),
    ...Array.from({ length: rng.int(0, 3) }, () =>
      line(rng, rng.pick(ofCategory('textile', 'lighting', 'decor')), market),
    ),
  ];
  const fulfilment = lines.some((l) => l.sku === 'MAT-90-POCKET') ? 'two_person' : 'parcel';
  const basket = basketOf(lines, market, fulfilment);
  const where = rng.weightedPick<string>([
    ['campus', 40],
    ['mobile', 40],
    ['home', 20],
  ]);
  const campusNet = networksOf(market, 'campus')[0] ?? person.homeNet;
  const attempts = honestPayment(rng, { cards: person.cards, market, signedIn: true }, basket.amount, {
    at,
    without: ['instalments', 'bank_transfer'],
  });
  return honestPurchase(rng, {
    at,
    kind: 'student_room',
    person,
    basket,
    fulfilment,
    attempts,
    network: where === 'campus' ? campusNet : where === 'mobile' ? person.mobileNet : person.homeNet,
    device: deviceOf(rng, rng.pick(['android', 'iphone', 'mac', 'windows'] as const)),
    billing: person.cards === parent.cards ? parent.home : person.home,
    shipping: addressIn(rng, campus),
    ...(fulfilment === 'two_person' ? { slot: deliverySlot(rng, at, market, 3) } : {}),
  });
}
