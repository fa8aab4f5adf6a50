import { type Address, type BasketLine, DAY, HOUR } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { EVERYDAY_HOURS, OFFICE_HOURS, placeAt, RESORT_HOURS } from './calendar.js';
import { newCard } from './cards.js';
import {
  ACCESSORIES,
  AVALANCHE,
  basketOf,
  BOOTS,
  type Category,
  CLOTHING,
  COLLECTION,
  type Fulfilment,
  giftCard,
  GOGGLES,
  HELMETS,
  KIDS,
  line,
  RENTAL,
  SERVICE,
  SKIS,
  some,
} from './catalogue.js';
import { homeIp, ipOn, networksOf } from './networks.js';
import {
  type Home,
  homeAddress,
  hotelAddress,
  type Market,
  pickMarket,
  RESORTS,
  withNote,
} from './places.js';
import { type Account, deviceOf, emailOf, personOf, pickAccount, type World } from './people.js';
import { honestAfter, honestPay, type Purchase } from './purchase.js';
import {
  courier,
  currencyFor,
  guest,
  localeOf,
  member,
  purchaseOf,
  type Shopper,
  shopperAt,
} from './shop.js';

/** Honest customers away from home or buying for others: tourists, gifts, clubs, instructors, travellers. */

type Line = BasketLine<Category>;

/**
 * Dutch, Belgian, German and British skiers before or during their week in Tyrol: goggles, gloves, a helmet,
 * rental and service vouchers, sent to the hotel with the guest's name, collected at the Ischgl or Sölden shop,
 * or e-mailed. They order from home, from the hotel's Wi-Fi, or on their phone while roaming (a home-country
 * address); billing stays at home.
 */
export function resortTourist(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, { hours: RESORT_HOURS, sale: 0.5 });
  const from = rng.weightedPick<Home>([
    ['NL', 40],
    ['BE', 28],
    ['DE', 20],
    ['GB', 12],
  ]);
  const signedIn = rng.chance(0.3);
  const found = signedIn && from !== 'GB' ? pickAccount(rng, w, 0, [from]) : undefined;
  const a = found?.country === from ? found : undefined;
  const home = from;
  const g = guest(rng, home, at, rng.chance(0.2));
  const buyer = a ? member(a) : g.buyer;
  const billing = a ? { ...a.address } : homeAddress(rng, home);
  const resort = rng.pick(RESORTS);
  const where = rng.weightedPick([
    ['hotel', 45],
    ['shop', resort.shop ? 40 : 0],
    ['email', 20],
  ] as const);
  const fulfilment: Fulfilment =
    where === 'email'
      ? 'email'
      : where === 'shop' && resort.shop
        ? resort.shop
        : rng.pick(['post', 'dpd'] as const);
  const via = rng.weightedPick([
    ['home', 55],
    ['hotel_wifi', 25],
    ['roaming', 20],
  ] as const);
  const ip =
    via === 'hotel_wifi'
      ? ipOn(rng, rng.pick(['at-fixed-dsl', 'at-cable']), 0.2)
      : via === 'roaming'
        ? homeIp(rng, home, 1)
        : a
          ? ipOn(rng, a.net, 0.3)
          : homeIp(rng, home, 0.2);
  const device =
    a && via === 'home' ? rng.pick(a.devices) : deviceOf(rng, rng.chance(0.7) ? 'iphone' : 'android');
  const party = rng.int(1, 5);
  const lines: Line[] = [];
  if (where === 'email' || rng.chance(0.45)) {
    const rentals = some(rng, RENTAL, 2);
    for (const r of rentals)
      lines.push(line(rng, r, at, 'EUR', r.sku === 'RNT-KID-6' ? rng.int(1, 3) : rng.int(1, party)));
    if (rng.chance(0.3)) lines.push(line(rng, SERVICE[0], at, 'EUR', rng.int(1, 2)));
  }
  if (where !== 'email' || lines.length === 0)
    for (const i of some(
      rng,
      [...GOGGLES, ...HELMETS, ...CLOTHING.slice(7), ...ACCESSORIES.slice(0, 2), KIDS[3]],
      3,
    ))
      lines.push(line(rng, i, at, 'EUR', i.category === 'helmet' ? rng.int(1, 2) : 1));
  const shipping =
    fulfilment === 'post' || fulfilment === 'dpd' ? hotelAddress(rng, buyer.name, resort) : undefined;
  const basket = basketOf(lines, 'EUR', { fulfilment, to: 'AT' });
  const attempts = honestPay(rng, {
    country: home,
    cards: a?.cards ?? [newCard(rng, home)],
    signedIn: a !== undefined,
    amount: basket.amount,
    fulfilment,
  });
  const later = honestAfter(rng, {
    fulfilment,
    amount: basket.amount,
    abroad: false,
    returns: 0.03,
    cash: attempts.length === 0,
    collectAfter: rng.int(1, 9) * DAY + rng.int(0, 10) * HOUR,
  });
  return purchaseOf({
    kind: 'resort_tourist',
    fraud: false,
    at,
    buyer,
    billing,
    ...(shipping ? { shipping } : {}),
    fulfilment,
    ip,
    device,
    locale: rng.chance(0.7) ? localeOf(home) : 'en-GB',
    basket,
    attempts,
    later,
  });
}

/**
 * Christmas presents: e-mailed gift cards to someone else's address (some scheduled for the 24th), or a
 * gift sent to another household, sometimes in another country, with a message; billing stays the giver's.
 */
export function giftOrder(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, { hours: EVERYDAY_HOURS, sale: 0.7 });
  const s = shopperAt(rng, w, at, 0.45);
  const recipient = personOf(rng, s.country);
  if (rng.chance(0.5)) {
    const cards = rng.chance(0.15) ? 2 : 1;
    const lines = Array.from({ length: cards }, () =>
      line(
        rng,
        giftCard(
          rng.weightedPick([
            [25, 6],
            [50, 20],
            [100, 30],
            [150, 12],
            [200, 14],
            [250, 6],
            [300, 5],
            [500, 2],
          ] as const),
        ),
        at,
        'EUR',
      ),
    );
    const currency = s.country === 'CH' ? 'CHF' : 'EUR';
    const basket = basketOf(lines, currency, { fulfilment: 'email', to: s.country });
    const attempts = honestPay(rng, {
      country: s.billing.country,
      cards: s.account?.cards ?? [],
      signedIn: s.account !== undefined,
      amount: basket.amount,
      fulfilment: 'email',
    });
    return purchaseOf({
      kind: 'gift_order',
      fraud: false,
      at,
      buyer: s.buyer,
      billing: s.billing,
      fulfilment: 'email',
      ip: s.ip,
      device: s.device,
      locale: localeOf(s.country),
      basket,
      attempts,
      later: honestAfter(rng, {
        fulfilment: 'email',
        amount: basket.amount,
        abroad: false,
        returns: 0,
        cash: false,
      }),
      extra: { recipientEmail: emailOf(rng, recipient, s.country), giftMessage: rng.chance(0.7) },
    });
  }
  // A parcel to the grandchildren, a godchild, a friend: another address, now and then across a border.
  const away = rng.chance(0.25)
    ? pickMarket(rng)
    : s.country === 'GB' || s.country === 'US'
      ? 'AT'
      : s.country;
  const to: Address = withNote(homeAddress(rng, away), `z. Hd. ${recipient.name}`);
  const currency = currencyFor(s.billing.country, to.country);
  const lines = some(
    rng,
    [...GOGGLES, ...HELMETS, ...KIDS, ...CLOTHING.slice(5), ...ACCESSORIES.slice(2)],
    2,
  ).map((i) => line(rng, i, at, currency));
  const fulfilment = courier(rng, to.country);
  const basket = basketOf(lines, currency, { fulfilment, to: to.country });
  const attempts = honestPay(rng, {
    country: s.billing.country,
    cards: s.account?.cards ?? [],
    signedIn: s.account !== undefined,
    amount: basket.amount,
    fulfilment,
  });
  return purchaseOf({
    kind: 'gift_order',
    fraud: false,
    at,
    buyer: s.buyer,
    billing: s.billing,
    shipping: to,
    fulfilment,
    ip: s.ip,
    device: s.device,
    locale: localeOf(s.country),
    basket,
    attempts,
    later: honestAfter(rng, {
      fulfilment,
      amount: basket.amount,
      abroad: to.country !== 'AT',
      returns: 0.05,
      cash: false,
    }),
    extra: { giftMessage: true },
  });
}

/**
 * Ski clubs, ski schools and youth sections kitting out their racers and coaches: helmets, club jackets,
 * race-service vouchers and skis by the dozen, a club discount, the club's VAT id, office hours on weekdays,
 * paid by transfer (goods leave once it arrives) or the club card; sent to the club or the coach.
 */
export function skiClubBulk(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, { hours: OFFICE_HOURS, weekdaysOnly: true, sale: 0.8 });
  const club = rng.pick(w.clubs);
  const a = club.contact;
  const currency = club.country === 'CH' ? 'CHF' : 'EUR';
  const lines: Line[] = [];
  const racers = rng.int(8, 30);
  if (rng.chance(0.7)) lines.push(line(rng, rng.pick(HELMETS), at, currency, racers));
  if (rng.chance(0.6)) lines.push(line(rng, CLOTHING[2], at, currency, rng.int(6, racers)));
  if (rng.chance(0.5)) lines.push(line(rng, SERVICE[1], at, currency, rng.int(10, 40)));
  if (rng.chance(0.35)) lines.push(line(rng, rng.pick(KIDS.slice(0, 2)), at, currency, rng.int(3, 10)));
  if (rng.chance(0.3)) lines.push(line(rng, rng.pick(GOGGLES), at, currency, rng.int(6, racers)));
  // Mountain rescue and alpine-club youth groups buy safety kit by the dozen.
  if (/Bergrettung|DAV/.test(club.name)) {
    lines.length = 0;
    lines.push(line(rng, rng.pick(AVALANCHE.slice(0, 3)), at, currency, rng.int(6, 16)));
    lines.push(
      line(rng, AVALANCHE[5], at, currency, rng.int(6, 16)),
      line(rng, AVALANCHE[6], at, currency, rng.int(6, 16)),
    );
  }
  if (lines.length === 0) lines.push(line(rng, rng.pick(HELMETS), at, currency, racers));
  const billing = homeAddress(rng, club.country);
  const toCoach = rng.chance(0.35);
  const collect = club.country === 'AT' && rng.chance(0.3);
  const fulfilment: Fulfilment = collect ? 'store_innsbruck' : rng.pick(['dpd', 'dhl'] as const);
  const shipping = collect ? undefined : toCoach ? { ...a.address } : billing;
  const basket = basketOf(lines, currency, { fulfilment, to: club.country, code: 'VEREIN15', rate: 0.15 });
  const attempts = honestPay(rng, {
    country: club.country,
    cards: a.cards,
    signedIn: true,
    amount: basket.amount,
    fulfilment,
    prefer: rng.chance(0.5) ? 'bank_transfer' : rng.chance(0.7) ? 'card' : 'paypal',
  });
  return purchaseOf({
    kind: 'ski_club_bulk',
    fraud: false,
    at,
    buyer: member(a),
    billing,
    ...(shipping ? { shipping } : {}),
    fulfilment,
    ip: rng.chance(0.6) ? ipOn(rng, a.net, 0.2) : homeIp(rng, club.country, 0),
    device: rng.pick(a.devices),
    locale: localeOf(club.country),
    basket,
    attempts,
    later: honestAfter(rng, {
      fulfilment,
      amount: basket.amount,
      abroad: club.country !== 'AT',
      returns: 0.08,
      cash: attempts.length === 0,
    }),
    extra: { company: { name: club.name, vatId: club.vatId } },
  });
}

/**
 * Ski instructors and seasonal staff on the pro deal: top-end skis, boots, goggles, transceivers, shipped to
 * the staff house or collected at the resort shop. Many are Dutch, Belgian, British or German, pay with a card
 * from home (billed there or at the staff house) and order on an Austrian phone network, on the hotel Wi-Fi,
 * or on their own network while roaming.
 */
export function instructorPro(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, { hours: RESORT_HOURS, sale: 0.4 });
  const a = rng.pick(w.pros);
  const lines = some(
    rng,
    [...SKIS, ...BOOTS, ...GOGGLES, ...HELMETS, ...AVALANCHE.slice(0, 5), ...CLOTHING.slice(0, 4)],
    3,
  ).map((i) => line(rng, i, at, 'EUR'));
  const resortShop = RESORTS.find((r) => r.postal === a.address.postalCode)?.shop;
  const fulfilment: Fulfilment =
    resortShop && rng.chance(0.5) ? resortShop : rng.pick(['post', 'dpd'] as const);
  const billing = a.country !== 'AT' && rng.chance(0.5) ? homeAddress(rng, a.country) : { ...a.address };
  const basket = basketOf(lines, 'EUR', { fulfilment, to: 'AT', code: 'PRO-DEAL', rate: 0.35 });
  const ipFrom = rng.weightedPick([
    ['at-mobile', 60],
    ['roaming', a.country === 'AT' ? 0 : 25],
    ['hotel_wifi', 15],
  ] as const);
  const ip =
    ipFrom === 'at-mobile'
      ? ipOn(rng, rng.pick(['at-mobile-a', 'at-mobile-b']))
      : ipFrom === 'roaming'
        ? homeIp(rng, a.country, 1)
        : ipOn(rng, 'at-fixed-dsl', 0.2);
  const attempts = honestPay(rng, {
    country: a.country,
    cards: a.cards,
    signedIn: true,
    amount: basket.amount,
    fulfilment,
    match: billing.country === a.country ? 'good' : 'bad',
  });
  return purchaseOf({
    kind: 'instructor_pro',
    fraud: false,
    at,
    buyer: member(a),
    billing,
    ...(COLLECTION.has(fulfilment) ? {} : { shipping: { ...a.address } }),
    fulfilment,
    ip,
    device: rng.pick(a.devices),
    locale: rng.chance(0.5) ? 'de-AT' : localeOf(a.country),
    basket,
    attempts,
    later: honestAfter(rng, {
      fulfilment,
      amount: basket.amount,
      abroad: false,
      returns: 0.05,
      cash: attempts.length === 0,
    }),
  });
}

/**
 * People whose connection does not match their address: privacy VPN users (a hosting exit at home or
 * abroad), people away on business or holiday ordering for home, expats living in Austria, Germany or
 * Switzerland on a card from their old country, and students on a campus network.
 */
export function travellerVpn(rng: Rng, w: World): Purchase {
  const at = placeAt(rng, w.window, { hours: EVERYDAY_HOURS });
  const how = rng.weightedPick([
    ['vpn', 35],
    ['abroad', 25],
    ['expat', 25],
    ['campus', 15],
  ] as const);
  const country: Market =
    how === 'campus'
      ? rng.weightedPick<Market>([
          ['AT', 50],
          ['DE', 25],
          ['CH', 15],
          ['SI', 10],
        ])
      : how === 'expat'
        ? rng.weightedPick<Market>([
            ['AT', 50],
            ['DE', 25],
            ['CH', 25],
          ])
        : pickMarket(rng);
  let s: Shopper = shopperAt(rng, w, at, how === 'campus' ? 0.2 : 0.5, country);
  let cards: Account['cards'] = s.account?.cards ?? [];
  if (how === 'vpn') {
    const exit = rng.weightedPick([
      ['nl-hosting', 30],
      ['de-hosting', 25],
      ['ch-hosting', 15],
      ['fi-hosting', 10],
      ['at-hosting', 8],
      ['us-hosting', 12],
    ] as const);
    s = { ...s, ip: ipOn(rng, exit, 0.3) };
  } else if (how === 'abroad') {
    const where = rng.pick(['us-cable', 'us-fixed', 'gb-fixed', 'fr-fixed', 'es-fixed', 'se-fixed'] as const);
    s = {
      ...s,
      ip: ipOn(rng, where, 0.2),
      device: s.account ? rng.pick(s.account.devices) : deviceOf(rng, 'mac'),
    };
  } else if (how === 'expat') {
    const from = rng.weightedPick<Home>([
      ['GB', 35],
      ['US', 15],
      ['NL', 20],
      ['DE', country === 'DE' ? 0 : 30],
    ]);
    cards = [newCard(rng, from)];
    const person = personOf(rng, from);
    s = { ...s, buyer: { ...s.buyer, name: person.name, email: emailOf(rng, person, from) } };
  } else {
    const campus = networksOf(country, 'campus')[0] ?? networksOf('AT', 'campus')[0];
    s = { ...s, ip: campus ? ipOn(rng, campus.name, 0.1) : s.ip };
  }
  const c = currencyFor(s.billing.country, s.billing.country);
  const pool =
    how === 'campus'
      ? [...GOGGLES, ...CLOTHING.slice(5), ...ACCESSORIES, ...SERVICE, ...HELMETS]
      : [...HELMETS, ...GOGGLES, ...CLOTHING, ...ACCESSORIES];
  const items = some(rng, pool, 3);
  if (how !== 'campus' && rng.chance(0.3))
    items.push(rng.pick([...SKIS, ...BOOTS, ...AVALANCHE.slice(0, 5)]));
  const lines = items.map((i) => line(rng, i, at, c));
  const fulfilment = courier(rng, s.billing.country);
  const basket = basketOf(lines, c, {
    fulfilment,
    to: s.billing.country,
    ...(how === 'campus' ? { code: 'STUDENT10', rate: 0.1 } : {}),
  });
  const attempts = honestPay(rng, {
    country: how === 'expat' ? (cards[0]?.country ?? country) : s.billing.country,
    cards,
    signedIn: s.account !== undefined,
    amount: basket.amount,
    fulfilment,
    ...(how === 'expat'
      ? { prefer: rng.chance(0.7) ? ('card' as const) : ('paypal' as const), match: 'bad' as const }
      : {}),
  });
  return purchaseOf({
    kind: 'traveller_vpn',
    fraud: false,
    at,
    buyer: s.buyer,
    billing: s.billing,
    shipping: { ...s.billing },
    fulfilment,
    ip: s.ip,
    device: s.device,
    locale: how === 'expat' ? 'en-GB' : localeOf(s.billing.country),
    basket,
    attempts,
    later: honestAfter(rng, {
      fulfilment,
      amount: basket.amount,
      abroad: s.billing.country !== 'AT',
      returns: 0.08,
      cash: false,
    }),
  });
}
