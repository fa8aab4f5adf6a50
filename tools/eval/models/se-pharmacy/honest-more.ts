import { accountBuyer, type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { DAYTIME, HOUSEHOLD, OFFICE, placedAt, SICK } from './calendar.js';
import { newCard } from './cards.js';
import {
  BEAUTY,
  Cart,
  COLD,
  FIRST_AID,
  HAIR,
  HYGIENE,
  INCONTINENCE,
  item,
  items,
  ORAL,
  PAIN,
  RX,
  SKINCARE,
  TRAVEL,
  VITAMINS,
} from './catalogue.js';
import {
  buyerOf,
  connect,
  deliveryIn,
  EVERYDAY_DELIVERY,
  honestPurchase,
  payerOf,
  shopper,
  type World,
} from './honest-kit.js';
import { ipOn, network } from './networks.js';
import { type Account, ascii, emailFor, newAccount, person, phoneIn } from './people.js';
import {
  ABROAD,
  addressIn,
  cityNamed,
  FI_CITIES,
  homeIn,
  type Market,
  MARKETS,
  pickCity,
  SE_CITIES,
} from './places.js';
import { type Purchase } from './purchase.js';

/** The awkward honest customers: relatives, neighbours across a border, Swedes abroad, travellers, gifts, firms. */

const SE_TZ = MARKETS.SE.tz;

/** Another home in the same country, in a different town from `not`. */
function elsewhere(rng: Rng, market: Market, not: string): Address {
  for (let i = 0; i < 20; i++) {
    const h = homeIn(rng, market);
    if (h.address.city !== not) return h.address;
  }
  return homeIn(rng, market).address;
}

/**
 * Finnish customers on the Finnish site, in euros: Finns and Finland-Swedes (Vasa, Jakobstad, Borgå, Åland)
 * buying flu remedies, skincare, vitamins and brush heads that cost less than at home; Trustly and Klarna.
 */
export function finnishCustomer(rng: Rng, w: World): Purchase {
  const sick = rng.chance(0.4);
  const at = placedAt(rng, w.window, {
    curve: sick ? SICK : HOUSEHOLD,
    tz: MARKETS.FI.tz,
    flu: sick ? 0.8 : 0,
  });
  const s = shopper(rng, w, 'FI', at, 0.65);
  const cart = new Cart('FI');
  if (sick) {
    if (rng.chance(0.8)) cart.add(rng.pick(PAIN), rng.int(1, 2));
    cart.some(rng, COLD, rng.int(1, 2));
  } else {
    cart.some(rng, SKINCARE, rng.int(1, 3));
    if (rng.chance(0.3))
      cart.some(
        rng,
        BEAUTY.filter((b) => b.price > 3000),
        1,
      );
    if (rng.chance(0.25)) cart.add(rng.pick(ORAL.filter((o) => o.price < 60_000)), rng.int(1, 2));
    if (rng.chance(0.04)) cart.add(rng.pick(ORAL.filter((o) => o.price > 60_000)));
  }
  if (rng.chance(0.3)) cart.some(rng, VITAMINS, rng.int(1, 2));
  const { ip, device } = connect(rng, s.acct, 0.45);
  return honestPurchase(
    rng,
    {
      at,
      kind: 'finnish_customer',
      fraud: false,
      market: 'FI',
      buyer: buyerOf(s),
      billing: s.acct.home,
      shipping: s.acct.home,
      ...deliveryIn(
        rng,
        'FI',
        [
          ['postnord_service_point', 40],
          ['budbee_box', 25],
          ['budbee_home_evening', 15],
          ['postnord_home', 10],
          ['instabox', 10],
        ],
        s.acct.home,
      ),
      cart,
      ...(s.fresh && rng.chance(0.4) ? { code: 'TERVETULOA15' } : {}),
      ip,
      device,
      locale: s.acct.locale,
      phone: s.acct.phone,
    },
    payerOf(s, 'FI'),
  );
}

/**
 * Norwegians and Danes on their own sites (skincare, vitamins, brush heads, nicotine gum); and Norwegians near
 * the border who order on the Swedish site to a pickup point in Strömstad and collect on a shopping trip,
 * paying with a Norwegian card from a Norwegian connection.
 */
export function nordicNeighbours(rng: Rng, w: World): Purchase {
  const home: Market = rng.chance(0.55) ? 'NO' : 'DK';
  const border = home === 'NO' && rng.chance(0.25);
  const market: Market = border ? 'SE' : home;
  const at = placedAt(rng, w.window, { curve: HOUSEHOLD, tz: MARKETS[home].tz });
  const s = shopper(rng, w, home, at, border ? 0.2 : 0.55);
  const cart = new Cart(market);
  cart.some(rng, SKINCARE, rng.int(1, 3), () => (border && rng.chance(0.4) ? 2 : 1));
  if (rng.chance(0.35)) cart.some(rng, VITAMINS, rng.int(1, 2));
  if (rng.chance(0.3)) cart.add(rng.pick(ORAL.filter((o) => o.price < 60_000)), rng.int(1, 3));
  if (rng.chance(home === 'NO' ? 0.2 : 0.08))
    cart.add(rng.pick(items('OTC-3001', 'OTC-3002')), rng.int(1, 3));
  if (rng.chance(0.15)) cart.some(rng, BEAUTY, 1);
  const { ip, device } = connect(rng, s.acct, 0.4);
  const stromstad = cityNamed('Strömstad');
  const shipping = border ? addressIn(rng, stromstad) : s.acct.home;
  return honestPurchase(
    rng,
    {
      at,
      kind: 'nordic_neighbours',
      fraud: false,
      market,
      buyer: buyerOf(s),
      billing: s.acct.home,
      shipping,
      ...deliveryIn(
        rng,
        market,
        border
          ? [
              ['postnord_service_point', 60],
              ['click_and_collect', 40],
            ]
          : [
              ['postnord_service_point', 45],
              ['budbee_box', 20],
              ['instabox', 15],
              ['postnord_home', 20],
            ],
        shipping,
      ),
      cart,
      ip,
      device,
      locale: border ? 'en-SE' : s.acct.locale,
      phone: s.acct.phone,
    },
    payerOf(s, market),
  );
}

/**
 * Grown-up children looking after an elderly parent: prescriptions fetched under power of attorney with their own
 * BankID, incontinence pads, a pill organiser, support stockings, sent to the parent's home in another town;
 * or the parent's own account used from the child's phone; or a Finland-Swede in Sweden sending to a parent in
 * Ostrobothnia through the Finnish site.
 */
export function forElderlyParent(rng: Rng, w: World): Purchase {
  const variant = rng.weightedPick([
    ['proxy', 65],
    ['parents_account', 20],
    ['finland', 15],
  ] as const);
  const at = placedAt(rng, w.window, { curve: rng.chance(0.5) ? DAYTIME : HOUSEHOLD, tz: SE_TZ });
  const child = shopper(rng, w, 'SE', at, variant === 'proxy' ? 0.9 : 0.6, (a) => !a.senior);
  const { ip, device } = connect(rng, child.acct, 0.35);
  const parentPerson = person(rng, variant === 'finland' ? 'FI_SV' : 'SE');
  const sameName = rng.chance(0.6) ? child.acct.person.last : parentPerson.last;
  const parentName = `${parentPerson.first} ${sameName}`;
  const care = (cart: Cart) => {
    if (rng.chance(0.65)) cart.add(rng.pick(INCONTINENCE), rng.int(1, 4));
    if (rng.chance(0.35)) cart.some(rng, items('DEV-1306', 'DEV-1307', 'DEV-1303', 'DEV-1301'), 1);
    if (rng.chance(0.3)) cart.some(rng, VITAMINS, 1);
    if (rng.chance(0.2)) cart.add(rng.pick(PAIN), 1);
    if (cart.lines.length === 0) cart.add(item('INC-1401'), rng.int(2, 4));
  };
  if (variant === 'finland') {
    const c = pickCity(
      rng,
      FI_CITIES.filter((x) => x.swedish),
    );
    const shipping = addressIn(rng, c);
    const cart = new Cart('FI');
    care(cart);
    return honestPurchase(
      rng,
      {
        at,
        kind: 'for_elderly_parent',
        fraud: false,
        market: 'FI',
        buyer: { email: child.acct.email, name: child.acct.name },
        billing: child.acct.home,
        shipping,
        recipient: parentName,
        ...deliveryIn(
          rng,
          'FI',
          [
            ['postnord_home', 50],
            ['postnord_service_point', 50],
          ],
          shipping,
        ),
        cart,
        ip,
        device,
        locale: 'sv-FI',
        phone: child.acct.phone,
      },
      { market: 'FI', country: 'SE', cards: child.acct.cards, signedIn: false },
    );
  }
  if (variant === 'parents_account') {
    const parents = w.customers.byMarket.SE.filter((a) => a.senior && a.city.name !== child.acct.city.name);
    const parent: Account =
      parents.length > 0
        ? rng.pick(parents)
        : newAccount(rng, 'SE', w.window.start - 900 * 86_400_000, { senior: true });
    const cart = new Cart('SE');
    care(cart);
    return honestPurchase(
      rng,
      {
        at,
        kind: 'for_elderly_parent',
        fraud: false,
        market: 'SE',
        buyer: accountBuyer(parent),
        billing: parent.home,
        shipping: parent.home,
        ...deliveryIn(
          rng,
          'SE',
          [
            ['postnord_home', 40],
            ['budbee_home_evening', 40],
            ['postnord_service_point', 20],
          ],
          parent.home,
        ),
        cart,
        ip,
        device,
        locale: 'sv-SE',
        phone: rng.chance(0.5) ? parent.phone : child.acct.phone,
      },
      {
        market: 'SE',
        country: 'SE',
        cards: rng.chance(0.6) ? parent.cards : child.acct.cards,
        signedIn: true,
      },
    );
  }
  const shipping = elsewhere(rng, 'SE', child.acct.home.city ?? '');
  const cart = new Cart('SE');
  const rx = child.signedIn && rng.chance(0.7);
  if (rx)
    cart.some(
      rng,
      RX.filter((r) => r.sku !== 'RX-4007'),
      rng.int(1, 3),
    );
  care(cart);
  return honestPurchase(
    rng,
    {
      at,
      kind: 'for_elderly_parent',
      fraud: false,
      market: 'SE',
      buyer: buyerOf(child),
      billing: child.acct.home,
      shipping,
      recipient: parentName,
      ...deliveryIn(
        rng,
        'SE',
        [
          ['postnord_home', 30],
          ['budbee_home_evening', 30],
          ['postnord_service_point', 30],
          ['instabox', 10],
        ],
        shipping,
      ),
      cart,
      ip,
      device,
      locale: 'sv-SE',
      phone: child.acct.phone,
      bankId: rx,
    },
    payerOf(child, 'SE'),
  );
}

/**
 * Swedes wintering on the Costa del Sol, the Canaries or in Thailand: repeat prescriptions and everyday things
 * sent to a relative or to their own home, from the apartment's Wi-Fi, a roaming Swedish SIM, or a Swedish VPN
 * they keep on for Swedish television; at their local hour.
 */
export function swedeAbroad(rng: Rng, w: World): Purchase {
  const place = rng.weightedPick(ABROAD.map((a) => [a, a.weight] as const));
  const at = placedAt(rng, w.window, { curve: DAYTIME, tz: place.tz });
  const s = shopper(rng, w, 'SE', at, 0.9, (a) => a.senior || a.bankId);
  const how = rng.weightedPick([
    ['local', 55],
    ['roaming', 20],
    ['vpn', 25],
  ] as const);
  const net =
    how === 'local'
      ? network(place.country === 'ES' ? 'es-broadband' : 'th-broadband')
      : how === 'roaming'
        ? s.acct.mobile_net
        : network('se-vpn');
  const cart = new Cart('SE');
  const rx = s.signedIn && rng.chance(0.5);
  if (rx) cart.some(rng, RX, rng.int(1, 2));
  if (!rx || rng.chance(0.4)) {
    cart.some(rng, [...SKINCARE.slice(0, 8), ...TRAVEL.slice(1, 3), ...VITAMINS, ...COLD], rng.int(1, 3));
  }
  const where = rng.weightedPick([
    ['relative', 45],
    ['home', 35],
    ['pickup', 20],
  ] as const);
  const shipping = where === 'relative' ? elsewhere(rng, 'SE', s.acct.home.city ?? '') : s.acct.home;
  const relative = person(rng, 'SE');
  return honestPurchase(
    rng,
    {
      at,
      kind: 'swede_abroad',
      fraud: false,
      market: 'SE',
      buyer: buyerOf(s),
      billing: s.acct.home,
      shipping,
      ...(where === 'relative' ? { recipient: `${relative.first} ${s.acct.person.last}` } : {}),
      ...deliveryIn(
        rng,
        'SE',
        where === 'pickup'
          ? [
              ['postnord_service_point', 60],
              ['click_and_collect', 40],
            ]
          : [
              ['postnord_home', 40],
              ['budbee_home_evening', 30],
              ['postnord_service_point', 30],
            ],
        shipping,
      ),
      cart,
      ip: ipOn(rng, net),
      device: rng.pick(s.acct.devices),
      locale: s.acct.locale,
      phone: s.acct.phone,
      bankId: rx,
    },
    payerOf(s, 'SE'),
  );
}

/**
 * Families and couples off to Thailand or the Canaries in late January: sun cream by the bottle, after-sun, a
 * travel pharmacy, travel sickness tablets, loperamide, rehydration salts, mosquito oil; fast delivery.
 */
export function sunTripPrep(rng: Rng, w: World): Purchase {
  const at = placedAt(rng, w.window, { curve: HOUSEHOLD, tz: SE_TZ });
  const s = shopper(rng, w, 'SE', at, 0.65);
  const cart = new Cart('SE');
  cart.add(item('TRV-1202'), rng.int(1, 3));
  if (s.acct.family) cart.add(item('TRV-1209'), rng.int(1, 2));
  if (rng.chance(0.6)) cart.add(item('TRV-1203'), rng.int(1, 2));
  if (rng.chance(0.4)) cart.add(item('TRV-1201'));
  cart.some(
    rng,
    TRAVEL.filter((t) => !['TRV-1201', 'TRV-1202', 'TRV-1203', 'TRV-1209'].includes(t.sku)),
    rng.int(1, 4),
  );
  if (rng.chance(0.25)) cart.add(item('SKN-6012'));
  if (rng.chance(0.15)) cart.add(rng.pick(PAIN));
  if (rng.chance(0.12)) cart.add(rng.pick(items('SXH-1503', 'AID-1603', 'HYG-8004')));
  const { ip, device } = connect(rng, s.acct, 0.5);
  return honestPurchase(
    rng,
    {
      at,
      kind: 'sun_trip_prep',
      fraud: false,
      market: 'SE',
      buyer: buyerOf(s),
      billing: s.acct.home,
      shipping: s.acct.home,
      ...deliveryIn(
        rng,
        'SE',
        [
          ['instabox', 35],
          ['budbee_box', 20],
          ['budbee_home_evening', 20],
          ['click_and_collect', 10],
          ['postnord_service_point', 15],
        ],
        s.acct.home,
      ),
      cart,
      ...(s.fresh && rng.chance(0.4) ? { code: 'VALKOMMEN15' } : {}),
      ip,
      device,
      locale: s.acct.locale,
      phone: s.acct.phone,
    },
    payerOf(s, 'SE'),
  );
}

const NOTES = [
  'Grattis på födelsedagen!',
  'Krya på dig!',
  'Grattis på 50-årsdagen, kram',
  'Lite omtanke från oss',
  'Tack för hjälpen!',
  'Hyvää syntymäpäivää!',
];

/**
 * Presents: an e-mailed gift card to someone else's address, an electric toothbrush, a hair dryer or a skincare
 * treat posted to the birthday girl in another town with a note ("Krya på dig!" to a friend with the flu), or
 * brought along.
 */
export function giftBuyer(rng: Rng, w: World): Purchase {
  const market: Market = rng.chance(0.88) ? 'SE' : 'FI';
  const at = placedAt(rng, w.window, { curve: HOUSEHOLD, tz: MARKETS[market].tz });
  const s = shopper(rng, w, market, at, 0.6);
  const variant = rng.weightedPick([
    ['ecard', 35],
    ['posted', 45],
    ['own', 20],
  ] as const);
  const cart = new Cart(market);
  const recipient = person(rng, market === 'FI' ? 'FI' : 'SE');
  const { ip, device } = connect(rng, s.acct, 0.45);
  const note = rng.pick(NOTES);
  if (variant === 'ecard') {
    const values = market === 'FI' ? [25, 50, 100] : [250, 500, 1000];
    cart.gift(rng.pick(values), rng.chance(0.1) ? 2 : 1);
    return honestPurchase(
      rng,
      {
        at,
        kind: 'gift_buyer',
        fraud: false,
        market,
        buyer: buyerOf(s),
        billing: s.acct.home,
        delivery: 'email',
        recipient: recipient.name,
        recipientEmail: emailFor(rng, recipient, market),
        giftNote: note,
        cart,
        ip,
        device,
        locale: s.acct.locale,
        phone: s.acct.phone,
      },
      payerOf(s, market),
    );
  }
  const present = rng.weightedPick([
    ['brush', 35],
    ['hair', 20],
    ['skin', 45],
  ] as const);
  if (present === 'brush') cart.add(rng.pick(ORAL.filter((o) => o.price > 50_000)));
  else if (present === 'hair') cart.add(rng.pick(HAIR.filter((h) => h.price < 500_000)));
  else
    cart.some(
      rng,
      [...SKINCARE.filter((i) => i.price > 30_000), ...BEAUTY.filter((b) => b.price > 50_000)],
      rng.int(1, 2),
    );
  if (rng.chance(0.2)) cart.some(rng, HYGIENE, 1);
  const shipping = variant === 'posted' ? elsewhere(rng, market, s.acct.home.city ?? '') : s.acct.home;
  return honestPurchase(
    rng,
    {
      at,
      kind: 'gift_buyer',
      fraud: false,
      market,
      buyer: buyerOf(s),
      billing: s.acct.home,
      shipping,
      ...(variant === 'posted' ? { recipient: recipient.name, giftNote: note } : {}),
      ...deliveryIn(
        rng,
        market,
        variant === 'posted'
          ? [
              ['postnord_service_point', 45],
              ['budbee_home_evening', 25],
              ['postnord_home', 20],
              ['instabox', 10],
            ]
          : EVERYDAY_DELIVERY,
        shipping,
      ),
      cart,
      ip,
      device,
      locale: s.acct.locale,
      phone: s.acct.phone,
    },
    payerOf(s, market),
  );
}

const FIRMS = [
  ['Förskolan Solstrålen AB', 'preschool'],
  ['Föräldrakooperativet Myrstacken ek. för.', 'preschool'],
  ['Tandläkarna i Centrum AB', 'clinic'],
  ['Hemtjänst Omsorg Nära AB', 'homecare'],
  ['Bygg & Fasad i Mälardalen AB', 'builder'],
  ['Friskvårdsstudion AB', 'gym'],
  ['Kontorshuset Förvaltning AB', 'office'],
] as const;

/**
 * Small workplaces restocking first aid: preschools, dental practices, home-care companies, builders. Plasters,
 * first-aid kits, hand sanitiser, gloves and thermometers by the dozen, on weekdays in office hours, paid with a
 * company card or a Klarna invoice, sent to the workplace.
 */
export function businessSupplies(rng: Rng, w: World): Purchase {
  const at = placedAt(rng, w.window, { curve: OFFICE, tz: SE_TZ, weekdays: true });
  const [firm, type] = rng.pick(FIRMS);
  const c = pickCity(rng, SE_CITIES);
  const workplace = addressIn(rng, c);
  const p = person(rng, 'SE');
  const domain = `${ascii(firm.split(' ')[0] ?? 'firma')}${ascii(c.name)}.se`;
  const acct = newAccount(rng, 'SE', w.window.start - rng.int(60, 1500) * 86_400_000);
  const signedIn = rng.chance(0.6);
  const cart = new Cart('SE');
  cart.add(item('AID-1601'), rng.int(4, 20));
  if (rng.chance(0.6)) cart.add(item('AID-1602'), rng.int(1, 4));
  if (rng.chance(0.7)) cart.add(item('HYG-8004'), rng.int(6, 24));
  if (type === 'clinic' || type === 'homecare' || rng.chance(0.3)) cart.add(item('HYG-8007'), rng.int(5, 30));
  if (type === 'preschool') {
    cart.add(item('DEV-1301'), rng.int(1, 3));
    cart.add(item('BAB-1104'), rng.int(4, 12));
    cart.add(item('OTC-2008'), rng.int(5, 15));
  }
  if (rng.chance(0.4)) cart.some(rng, FIRST_AID.slice(2), rng.int(1, 2), () => rng.int(2, 10));
  const card = newCard(rng, 'SE', 'credit');
  const buyer = { email: `${ascii(p.first)}.${ascii(p.last)}@${domain}`, name: p.name };
  return honestPurchase(
    rng,
    {
      at,
      kind: 'business_supplies',
      fraud: false,
      market: 'SE',
      buyer: signedIn ? { ...buyer, id: acct.id, createdAt: acct.createdAt } : buyer,
      billing: workplace,
      shipping: workplace,
      company: { name: firm, orgNumber: `55${rng.digits(4)}-${rng.digits(4)}` },
      ...deliveryIn(
        rng,
        'SE',
        [
          ['postnord_home', 45],
          ['postnord_service_point', 35],
          ['budbee_home_evening', 5],
          ['click_and_collect', 15],
        ],
        workplace,
      ),
      cart,
      ip: ipOn(rng, rng.chance(0.8) ? acct.home_net : network('se-cloud')),
      device: rng.pick(acct.devices),
      locale: 'sv-SE',
      phone: phoneIn(rng, 'SE'),
    },
    { market: 'SE', country: 'SE', cards: [card], signedIn },
  );
}
