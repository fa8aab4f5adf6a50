import { type BasketLine } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { FOR_HER, mothersName, noteFor, ownLines, payerOf, presentLines } from './baskets.js';
import { newCard } from './cards.js';
import { daysBefore, everydayDemand, giftDemand, officeHours, voucherDemand, when } from './calendar.js';
import {
  bySku,
  type Category,
  DESIGNER,
  FOUNDATIONS,
  GIFT_SETS,
  giftCard,
  lineOf,
  MAKEUP,
  NICHE,
  priced,
  SKINCARE,
  some,
} from './catalogue.js';
import {
  assemble,
  buyerOf,
  connectFrom,
  currencyFor,
  type Delivery,
  deliveryTo,
  localeOf,
  openedJustNow,
  pickAccount,
  stranger,
  transitTo,
  type World,
} from './checkout.js';
import { emailOf, fullName, type Origin } from './names.js';
import { network, networksOf } from './networks.js';
import { type Account, gadget, netsIn, originOf } from './people.js';
import { COUNTRIES, homeIn, type Market, METRO, pickupIn } from './places.js';
import {
  type Attempt,
  cardAttempt,
  firstAuth,
  HOUR,
  honestAfter,
  honestPay,
  other,
  type Purchase,
} from './purchase.js';

/** The less common honest kinds: e-mailed gift cards, visitors, big spenders, VPN users, professionals, companies. */

const clamp = (x: number): number => Math.max(0, Math.min(1, x));

/** An e-mailed gift card for mum, bought when nothing else would arrive in time: no parcel, the recipient's e-mail. */
export function egiftCard(rng: Rng, w: World): Purchase {
  const market = rng.weightedPick<Market>([
    ['PT', 62],
    ['ES', 10],
    ['CH', 8],
    ['FR', 8],
    ['LU', 7],
    ['BE', 5],
  ]);
  const emigrant = market === 'FR' || ((market === 'LU' || market === 'CH') && rng.chance(0.6));
  const mothersDay = emigrant ? 'PT' : market;
  const at = when(rng, w.window, COUNTRIES[market].tz, (t) => voucherDemand(t, mothersDay));
  const found = rng.chance(0.5)
    ? pickAccount(rng, w, emigrant ? ['diaspora'] : ['local', 'market'], [market])
    : undefined;
  const origin: Origin = emigrant ? 'pt' : originOf(market);
  const a = found ?? stranger(rng, { origin, residence: market, segment: 'market' }, at);
  const signedIn = found !== undefined;
  const value = rng.weightedPick<number>([
    [2500, 20],
    [5000, 34],
    [7500, 12],
    [10_000, 22],
    [15_000, 6],
    [20_000, 4],
    [25_000, 2],
  ]);
  const quantity = rng.chance(0.12) ? 2 : 1;
  const delivery: Delivery = { fulfilment: 'email', transit: [0, 0] };
  const basket = priced([lineOf(giftCard(value), quantity)], {
    currency: currencyFor(emigrant ? 'PT' : market),
    fulfilment: 'email',
  });
  const mum = mothersName(rng, a.name, a.origin);
  const locale = localeOf(rng, a, market);
  return assemble({
    at,
    kind: 'egift_card',
    fraud: false,
    buyer: buyerOf(a, signedIn),
    billing: a.home,
    delivery,
    basket,
    attempts: honestPay(rng, payerOf(a, signedIn, at), {
      amount: basket.amount,
      giftCards: true,
      multibanco: daysBefore(at, mothersDay) > 2,
    }),
    later: honestAfter(rng, { ...delivery, amount: basket.amount, shippingFee: 0, gift: true }),
    connection: connectFrom(rng, a),
    locale,
    recipientName: mum,
    recipientEmail: emailOf(rng, mum, emigrant ? 'PT' : market),
    ...(rng.chance(0.8) ? { giftMessage: noteFor(rng, locale) } : {}),
  });
}

const HOTELS = [
  'Hotel Avenida Palace, Rua 1.º de Dezembro, 123',
  'Hotel Tivoli, Avenida da Liberdade, 185',
  'Lisbon Poets Hostel, Rua Nova da Trindade, 2',
  'Hotel do Chiado, Rua Nova do Almada, 114',
  'Alojamento Local Alfama, Beco do Espírito Santo, 3',
];

/**
 * Foreigners: Brazilian, British, American, German and Angolan residents paying with home or Portuguese cards,
 * and visitors to Lisbon collecting at the shop or having parcels sent to the hotel, on hotel Wi-Fi, a local
 * eSIM or roaming (a roaming phone exits at home, abroad).
 */
export function touristExpat(rng: Rng, w: World): Purchase {
  const at = when(rng, w.window, 1, everydayDemand);
  if (rng.chance(0.4)) {
    const found = pickAccount(rng, w, ['expat']);
    const origin = rng.pick<Origin>(['br', 'gb', 'us', 'de', 'ao']);
    const a =
      found ?? stranger(rng, { origin, residence: 'PT', bank: origin.toUpperCase(), segment: 'expat' }, at);
    const signedIn = found !== undefined;
    const delivery = deliveryTo(rng, a.home);
    const basket = priced(rng.chance(0.5) ? ownLines(rng) : presentLines(rng), {
      currency: 'EUR',
      fulfilment: delivery.fulfilment,
      ...(delivery.shipping ? { to: delivery.shipping } : {}),
    });
    return assemble({
      at,
      kind: 'tourist_expat',
      fraud: false,
      buyer: buyerOf(a, signedIn),
      billing: a.home,
      delivery,
      basket,
      attempts: honestPay(rng, payerOf(a, signedIn, at), {
        amount: basket.amount,
        giftCards: false,
        multibanco: true,
      }),
      later: honestAfter(rng, {
        ...delivery,
        amount: basket.amount,
        shippingFee: basket.shippingFee,
        gift: false,
      }),
      connection: connectFrom(rng, a),
      locale: localeOf(rng, a, 'PT'),
    });
  }
  const home = rng.weightedPick<string>([
    ['BR', 35],
    ['US', 15],
    ['GB', 15],
    ['AO', 13],
    ['DE', 12],
    ['CA', 5],
  ]);
  const a = stranger(rng, { origin: originOf(home), residence: home, segment: 'expat' }, at);
  const where = rng.next();
  const net = where < 0.45 ? netsIn(rng, 'PT').fixed : where < 0.85 ? a.mobileNet : netsIn(rng, 'PT').mobile;
  const stay = rng.next();
  const hotel = {
    country: 'PT',
    postalCode: `1${rng.int(100, 269)}-${rng.digits(3)}`,
    city: 'Lisboa',
    line1: rng.pick(HOTELS),
  };
  const delivery: Delivery =
    stay < 0.55
      ? { fulfilment: rng.chance(0.8) ? 'store_lisboa' : 'store_porto', transit: [0, 0] }
      : stay < 0.85
        ? { fulfilment: 'ctt_express', shipping: hotel, transit: transitTo(hotel, 'ctt_express') }
        : { fulfilment: 'pickup_point', shipping: pickupIn(rng, 'PT', 'Lisboa'), transit: [1, 2] };
  const lines: BasketLine<Category>[] = some(rng, [...DESIGNER, ...NICHE.slice(0, 12)], rng.int(1, 3)).map(
    (p) => lineOf(p, rng.chance(0.2) ? 2 : 1),
  );
  if (rng.chance(0.2)) lines.push(lineOf(rng.pick(SKINCARE)));
  const basket = priced(lines, {
    currency: 'EUR',
    fulfilment: delivery.fulfilment,
    ...(delivery.shipping ? { to: delivery.shipping } : {}),
  });
  return assemble({
    at,
    kind: 'tourist_expat',
    fraud: false,
    buyer: buyerOf(a, false),
    billing: a.home,
    delivery,
    basket,
    attempts: honestPay(
      rng,
      payerOf(a, false, at),
      { amount: basket.amount, giftCards: false, multibanco: false },
      0.07,
    ),
    later: honestAfter(rng, {
      ...delivery,
      amount: basket.amount,
      shippingFee: basket.shippingFee,
      gift: false,
    }),
    connection: connectFrom(rng, a, undefined, net),
    locale: localeOf(rng, a, 'PT'),
  });
}

/** Collectors and big spenders: niche bottles at €250–400, La Mer and Sisley, several at once; a few first orders. */
export function luxuryBuyer(rng: Rng, w: World): Purchase {
  const found = rng.chance(0.8) ? pickAccount(rng, w, ['luxury']) : undefined;
  const residence =
    found?.residence ??
    rng.weightedPick<string>([
      ['PT', 70],
      ['CH', 15],
      ['LU', 10],
      ['ES', 5],
    ]);
  const market = residence as Market;
  const gift = rng.chance(0.4);
  const at = when(
    rng,
    w.window,
    COUNTRIES[market].tz,
    gift ? (t) => giftDemand(t, market, 2) : everydayDemand,
  );
  const cities = residence === 'PT' ? ['Lisboa', 'Cascais', 'Porto', 'Oeiras'] : undefined;
  const a =
    found ??
    stranger(
      rng,
      { origin: originOf(residence), residence, ...(cities ? { cities } : {}), segment: 'luxury' },
      openedJustNow(rng, at),
    );
  const expensive = [...NICHE.filter((p) => p.price >= 15_000), ...SKINCARE.slice(0, 2)];
  const lines = some(rng, expensive, rng.int(1, 3)).map((p) => lineOf(p));
  if (rng.chance(0.35)) lines.push(lineOf(rng.pick([...FOR_HER, ...GIFT_SETS])));
  const delivery = deliveryTo(rng, a.home, { hurry: 0.6 });
  const basket = priced(lines, {
    currency: currencyFor(delivery.shipping?.country ?? market),
    fulfilment: delivery.fulfilment,
    ...(delivery.shipping ? { to: delivery.shipping } : {}),
    points: rng.chance(0.3) ? a.points : 0,
    wrap: gift,
  });
  const locale = localeOf(rng, a, market);
  return assemble({
    at,
    kind: 'luxury_buyer',
    fraud: false,
    buyer: buyerOf(a, true),
    billing: a.home,
    delivery,
    basket,
    attempts: honestPay(
      rng,
      payerOf(a, true, at),
      { amount: basket.amount, giftCards: false, multibanco: true },
      0.09,
    ),
    later: honestAfter(rng, { ...delivery, amount: basket.amount, shippingFee: basket.shippingFee, gift }),
    connection: connectFrom(rng, a),
    locale,
    ...(gift && rng.chance(0.7) ? { giftMessage: noteFor(rng, locale) } : {}),
  });
}

/** Members ordering from a hotel abroad, behind a VPN, or through iCloud Private Relay; home billing and delivery. */
export function travellerVpn(rng: Rng, w: World): Purchase {
  const found = pickAccount(rng, w, ['local', 'market']);
  const a = found ?? stranger(rng, { origin: 'pt', residence: 'PT', segment: 'local' }, w.window.start);
  const signedIn = found !== undefined;
  const market = (COUNTRIES[a.residence as Market] ? a.residence : 'PT') as Market;
  const gift = rng.chance(0.5);
  const at = when(
    rng,
    w.window,
    COUNTRIES[market].tz,
    gift ? (t) => giftDemand(t, market, 3) : everydayDemand,
  );
  const mode = rng.next();
  const relays = networksOf(a.residence, 'relay');
  const net =
    mode < 0.45
      ? netsIn(rng, rng.pick(['GB', 'DE', 'US', 'FR', 'CH', 'ES', 'BR'].filter((c) => c !== a.residence)))
          .fixed
      : mode < 0.75
        ? network(rng.pick(['host-nl', 'host-de', 'host-fr', 'host-ch', 'host-us']))
        : relays.length
          ? rng.pick(relays)
          : network('fr-relay');
  const hurry = gift ? clamp((4 - daysBefore(at, market)) / 2) : 0;
  const delivery =
    gift && rng.chance(0.5)
      ? deliveryTo(rng, homeIn(rng, market), { hurry, shops: false })
      : deliveryTo(rng, a.home, { hurry });
  const basket = priced(gift ? presentLines(rng) : ownLines(rng), {
    currency: currencyFor(delivery.shipping?.country ?? market),
    fulfilment: delivery.fulfilment,
    ...(delivery.shipping ? { to: delivery.shipping } : {}),
    wrap: gift && rng.chance(0.6),
  });
  const device = mode >= 0.75 ? gadget(rng, rng.chance(0.7) ? 'iphone' : 'desktop') : undefined;
  return assemble({
    at,
    kind: 'traveller_vpn',
    fraud: false,
    buyer: buyerOf(a, signedIn),
    billing: a.home,
    delivery,
    basket,
    attempts: honestPay(
      rng,
      payerOf(a, signedIn, at),
      { amount: basket.amount, giftCards: false, multibanco: true },
      0.06,
    ),
    later: honestAfter(rng, { ...delivery, amount: basket.amount, shippingFee: basket.shippingFee, gift }),
    connection: connectFrom(rng, a, device ?? (signedIn ? undefined : a.devices[0]), net),
    locale: localeOf(rng, a, market),
  });
}

const SHADES = ['1N1', '1W1', '2C0', '2W1', '3N1', '3W1', '4N1', '4W2', '5W1', '6N2'];

/** A make-up artist stocking up before the wedding season: many shades, multiples, a pro code and a tax number. */
export function makeupArtist(rng: Rng, w: World): Purchase {
  const at = when(
    rng,
    w.window,
    1,
    (t) => officeHours(t, 1) * everydayDemand(t),
    () => 1,
  );
  const found = rng.chance(0.75) ? pickAccount(rng, w, ['pro']) : undefined;
  const a =
    found ??
    stranger(
      rng,
      { origin: 'pt', residence: 'PT', cities: METRO, segment: 'pro', women: 0.85 },
      openedJustNow(rng, at),
    );
  const lines: BasketLine<Category>[] = [];
  for (const p of some(rng, FOUNDATIONS.map(bySku), rng.int(1, 3)))
    for (const shade of rng.shuffle(SHADES).slice(0, rng.int(2, 4)))
      lines.push({
        ...lineOf(p, rng.chance(0.3) ? 2 : 1),
        sku: `${p.sku}-${shade}`,
        name: `${p.name} ${shade}`,
      });
  lines.push(lineOf(bySku('UD-ASD-118'), rng.int(2, 4)), lineOf(bySku('LASH-DEMI'), rng.int(3, 10)));
  const rest = MAKEUP.filter(
    (m) => !FOUNDATIONS.includes(m.sku) && m.sku !== 'UD-ASD-118' && m.sku !== 'LASH-DEMI',
  );
  for (const p of some(rng, rest, rng.int(1, 4))) lines.push(lineOf(p, rng.int(1, 2)));
  const delivery = deliveryTo(rng, a.home);
  const basket = priced(lines, {
    currency: 'EUR',
    fulfilment: delivery.fulfilment,
    ...(delivery.shipping ? { to: delivery.shipping } : {}),
    ...(rng.chance(0.65) ? { code: { code: 'PRO20', off: 0.2 } } : {}),
  });
  const surname = a.name.split(' ').pop() ?? 'Silva';
  const company = rng.chance(0.55)
    ? { name: `${a.name} Make-up Artist`, vatId: `PT2${rng.digits(8)}` }
    : { name: `Studio ${surname} Beauty, Lda.`, vatId: `PT5${rng.digits(8)}` };
  return assemble({
    at,
    kind: 'makeup_artist',
    fraud: false,
    buyer: buyerOf(a, true),
    billing: a.home,
    delivery,
    basket,
    attempts: honestPay(rng, payerOf(a, true, at), {
      amount: basket.amount,
      giftCards: false,
      multibanco: true,
    }),
    later: honestAfter(rng, {
      ...delivery,
      amount: basket.amount,
      shippingFee: basket.shippingFee,
      gift: false,
    }),
    connection: connectFrom(rng, a),
    locale: 'pt-PT',
    company,
  });
}

const COMPANIES: ReadonlyArray<readonly [string, string]> = [
  ['Tecnivolt, Lda.', 'tecnivolt.pt'],
  ['Sintra Logística, S.A.', 'sintralogistica.pt'],
  ['Farmácia Avenida, Lda.', 'farmaciaavenida.pt'],
  ['Clínica Dentária Sorriso, Lda.', 'clinicasorriso.pt'],
  ['Atlântico Mediação de Seguros, Lda.', 'atlanticoseguros.pt'],
  ['Contabilidade Ribeiro & Filhos, Lda.', 'ribeirofilhos.pt'],
  ['Hotel Miradouro, S.A.', 'hotelmiradouro.pt'],
  ['Costa & Nunes Advogados, SP RL', 'costanunes.pt'],
  ['Lusocargo Transitários, S.A.', 'lusocargo.pt'],
  ['Escola Internacional do Restelo', 'eirestelo.pt'],
];

/**
 * A company giving its staff a Mother's Day present: dozens of e-mailed gift cards or gift sets to the office,
 * bought in office hours on a company card or by Multibanco, with the tax number on the invoice.
 */
export function corporateGifts(rng: Rng, w: World): Purchase {
  const at = when(
    rng,
    w.window,
    1,
    (t) => officeHours(t, 1) * giftDemand(t, 'PT', 5),
    () => 1,
  );
  const [companyName, domain] = rng.pick(COMPANIES);
  const a = stranger(
    rng,
    { origin: 'pt', residence: 'PT', cities: ['Lisboa', 'Porto', 'Oeiras', 'Matosinhos'], segment: 'local' },
    openedJustNow(rng, at),
  );
  const name = fullName(rng, 'pt', 0.8);
  const first = (name.split(' ')[0] ?? 'rh')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const last = (name.split(' ').pop() ?? 'geral')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const email = rng.chance(0.4) ? `rh@${domain}` : `${first}.${last}@${domain}`;
  const office = { ...a.home, line1: `${a.home.line1 ?? ''}, Escritório` };
  const cards = rng.chance(0.65);
  const lines = cards
    ? [lineOf(giftCard(rng.chance(0.6) ? 2500 : 5000), rng.int(10, 60))]
    : [lineOf(rng.pick(GIFT_SETS.filter((s) => s.price < 10_000)), rng.int(10, 30))];
  const delivery: Delivery = cards
    ? { fulfilment: 'email', transit: [0, 0] }
    : { fulfilment: 'ctt_standard', shipping: office, transit: transitTo(office, 'ctt_standard') };
  const basket = priced(lines, {
    currency: 'EUR',
    fulfilment: delivery.fulfilment,
    ...(delivery.shipping ? { to: delivery.shipping } : {}),
    ...(!cards && rng.chance(0.6) ? { code: { code: 'EMPRESAS8', off: 0.08 } } : {}),
  });
  const signedIn = rng.chance(0.5);
  const buyer = signedIn ? { id: a.id, email, name, createdAt: a.createdAt } : { email, name };
  const how = rng.weightedPick<'card' | 'multibanco' | 'mbway'>([
    ['card', 45],
    ['multibanco', 45],
    ['mbway', basket.amount < 75_000 ? 10 : 0],
  ]);
  const card = newCard(rng, 'PT', 'credit');
  const attempts: Attempt[] =
    how === 'multibanco'
      ? [other('multibanco', true, rng.int(2 * HOUR, 50 * HOUR))]
      : how === 'mbway'
        ? [other('mbway', true, firstAuth(rng) + rng.int(20_000, 120_000))]
        : [cardAttempt(rng, card, basket.amount, { ok: true, afterMs: firstAuth(rng) })];
  const officeNet = netsIn(rng, 'PT').fixed;
  return assemble({
    at,
    kind: 'corporate_gifts',
    fraud: false,
    buyer,
    billing: a.home,
    delivery,
    basket,
    attempts,
    later: honestAfter(rng, {
      ...delivery,
      amount: basket.amount,
      shippingFee: basket.shippingFee,
      gift: true,
    }),
    connection: connectFrom(
      rng,
      { ...a, devices: [gadget(rng, 'desktop')] } as Account,
      undefined,
      officeNet,
    ),
    locale: 'pt-PT',
    company: { name: companyName, vatId: `PT5${rng.digits(8)}` },
    ...(cards ? { recipientEmail: `equipa@${domain}` } : {}),
  });
}
