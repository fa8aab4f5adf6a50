import { type Address, DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { CET, EVENING, LATE, moment, OFFICE } from './calendar.js';
import { type Decline, type HeldCard, type Match, newCard } from './cards.js';
import {
  ACCESSORIES,
  barista,
  basketOf,
  BEAN_TO_CUP,
  BEANS,
  CAPSULES,
  coffeeLines,
  ESPRESSO,
  GIFT_BOXES,
  GIFT_CARDS,
  GRINDERS,
  LEVER,
  type Line,
  lineIn,
  machineBetween,
  OFFICE_MACHINE,
  OFFICE_PLANS,
  TRADE_INS,
} from './catalogue.js';
import {
  byEmail,
  fromAccount,
  honestOrder,
  honestRoute,
  newShopper,
  payerOf,
  purchaseOf,
  type Route,
  type Shopper,
  someone,
  toDoor,
} from './checkout.js';
import { hostingNetwork, ipFrom, network, type Network } from './networks.js';
import {
  emailFor,
  fullName,
  newDevice,
  type Nationality,
  personName,
  type Platform,
  provider,
  relayEmail,
} from './people.js';
import { abroadHome, currencyFor, homeIn, type Market, MARKET_LIST, pickMarket } from './places.js';
import {
  type Attempt,
  BNPL_LIMIT,
  cardAttempt,
  delivery,
  honestAfter,
  honestPay,
  type LaterEvent,
  other,
  type Purchase,
  retryGap,
} from './purchase.js';
import { agedAccount, type World } from './world.js';

/**
 * The awkward honest shapes: presents sent to someone else (often in another city or country, e-gift cards at
 * the last minute), companies on office plans paying by SEPA transfer, trade-ins, customers travelling or
 * living abroad, VPN and privacy-relay users, and checkouts that only went through at the second or third try.
 */

const GIFT_NOTES = [
  'Buon Natale! Con affetto',
  'Auguri di buone feste',
  'Per il nostro barista preferito',
  'Frohe Weihnachten!',
  'Joyeux Noël',
  '¡Feliz Navidad!',
  'Merry Christmas from all of us',
  'Per mamma e papà',
];

/** A present: boxes, a moka pot, a grinder now and then, or an e-gift card (more of those at the last minute). */
function giftLines(rng: Rng, currency: 'EUR' | 'CHF', late: boolean): Line[] {
  if (rng.chance(late ? 0.5 : 0.18)) return [lineIn(rng.pick(GIFT_CARDS), currency, rng.chance(0.1) ? 2 : 1)];
  const lines: Line[] = [
    lineIn(
      rng.pick(GIFT_BOXES),
      currency,
      rng.weightedPick([
        [1, 6],
        [2, 2],
        [3, 1],
      ]),
    ),
  ];
  if (rng.chance(0.25)) lines.push(lineIn(rng.pick(ACCESSORIES.slice(6)), currency));
  if (rng.chance(0.06)) lines.push(lineIn(rng.pick(GRINDERS.slice(0, 3)), currency));
  return lines;
}

const lateInSeason = (t: number): boolean => {
  const d = new Date(t + CET * HOUR);
  return d.getUTCMonth() === 11 && d.getUTCDate() >= 19;
};

/** Presents, mostly sent straight to the person: another address, often another city, sometimes abroad. */
export function giftBuyer(rng: Rng, w: World): Purchase {
  const at = moment(rng, w.window, EVENING);
  const s = someone(rng, w, at, 0.5);
  const elsewhere = rng.chance(0.62);
  const dest: Market =
    elsewhere && rng.chance(0.22) ? rng.pick(MARKET_LIST.filter((m) => m !== s.country)) : s.country;
  const currency = currencyFor(dest);
  const lines = giftLines(rng, currency, lateInSeason(at));
  const recipient = personName(rng, dest);
  const name = rng.chance(0.3) ? `${recipient.first} ${s.person.last}` : fullName(recipient);
  let route: Route;
  let giftCardTo: string | undefined;
  if (lines.every((l) => l.category === 'gift_card')) {
    route = byEmail(s.country);
    giftCardTo = elsewhere ? emailFor(rng, recipient, provider(rng, dest)) : s.buyer.email;
  } else if (elsewhere) route = toDoor(rng, { ...homeIn(rng, dest), country: dest }, name);
  else route = honestRoute(rng, s, lines, { pickup: 0.25, showroom: 0.1 });
  const basket = basketOf(
    lines,
    currencyFor(route.country),
    route.fulfilment,
    route.country,
    rng.chance(0.1) ? { code: 'NATALE10' } : undefined,
  );
  const attempts = honestPay(rng, payerOf(s), basket.amount);
  const later = honestAfter(rng, {
    at,
    fulfilment: route.fulfilment,
    country: route.country,
    basket,
    attempts,
  });
  return purchaseOf({
    kind: 'gift_buyer',
    fraud: false,
    at,
    shopper: s,
    basket,
    route,
    attempts,
    later,
    extra: {
      ...(route.fulfilment !== 'email' && rng.chance(0.7) ? { giftNote: rng.pick(GIFT_NOTES) } : {}),
      ...(giftCardTo ? { giftCardTo } : {}),
    },
  });
}

/**
 * Offices: a new or renewed office plan, a machine bought outright, bulk coffee, or gift boxes for the staff at
 * Christmas; weekdays in office hours, from the office line or the company VPN, paid by SEPA transfer or the
 * company card, invoiced to the VAT number (with the e-invoicing code in Italy).
 */
export function corporate(rng: Rng, w: World): Purchase {
  const c = rng.pick(w.people.companies);
  const at = moment(rng, w.window, OFFICE, CET, true);
  const currency = currencyFor(c.country);
  const x = rng.next();
  const lines: Line[] = [];
  if (x < 0.42) {
    lines.push(
      lineIn(rng.weightedPick(OFFICE_PLANS.map((p, i) => [p, [5, 4, 1][i] ?? 1] as const)), currency),
    );
    if (rng.chance(0.3)) lines.push(lineIn(CAPSULES[5] ?? rng.pick(CAPSULES), currency, rng.int(1, 4)));
  } else if (x < 0.55) {
    lines.push(lineIn(OFFICE_MACHINE, currency));
    lines.push(lineIn(BEANS[0] ?? rng.pick(BEANS), currency, rng.int(6, 20)));
  } else if (x < 0.77) {
    if (rng.chance(0.5)) lines.push(lineIn(CAPSULES[5] ?? rng.pick(CAPSULES), currency, rng.int(2, 8)));
    else lines.push(lineIn(rng.pick(BEANS.slice(5)), currency, rng.int(10, 40)));
  } else lines.push(lineIn(rng.pick(GIFT_BOXES.slice(0, 3)), currency, rng.int(12, 60)));
  const buyer = c.existing
    ? { id: c.id, email: c.email, name: fullName(c.contact), createdAt: c.createdAt }
    : {
        id: c.id,
        email: c.email,
        name: fullName(c.contact),
        createdAt: Math.min(c.createdAt, at - rng.int(10, 90) * MINUTE),
      };
  const viaVpn = rng.chance(0.15);
  const net = viaVpn ? hostingNetwork(rng, c.country) : c.network;
  const shopper: Shopper = {
    buyer,
    person: c.contact,
    country: c.country,
    billing: { ...c.office },
    cards: [c.card],
    paypal: false,
    signedIn: true,
    device: c.device,
    ip: ipFrom(rng, net),
    locale:
      c.country === 'IT' ? 'it-IT' : c.country === 'CH' ? 'de-CH' : c.country === 'FR' ? 'fr-FR' : 'en-GB',
    channel: 'web',
  };
  const route = toDoor(rng, { ...c.office, country: c.country }, c.name);
  const basket = basketOf(
    lines,
    currency,
    'courier',
    c.country,
    c.existing && rng.chance(0.6) ? { code: 'B2B8' } : undefined,
    true,
  );
  const attempts = honestPay(rng, payerOf(shopper, true), basket.amount);
  const later = honestAfter(rng, { at, fulfilment: 'courier', country: c.country, basket, attempts });
  const installed = later.find((l) => l.status === 'delivered');
  if (installed && lines.some((l) => l.category === 'office_plan'))
    later.push({
      type: 'order.updated',
      afterMs: installed.afterMs + rng.int(1, 4) * DAY,
      status: 'installed',
    });
  return purchaseOf({
    kind: 'corporate_office',
    fraud: false,
    at,
    shopper,
    basket,
    route,
    attempts,
    later,
    extra: {
      company: {
        name: c.name,
        vatId: c.vatId,
        ...(c.sdi ? { sdi: c.sdi } : {}),
        ...(c.pec ? { pec: c.pec } : {}),
      },
    },
  });
}

/**
 * The trade-in programme: an old machine credited against a new one; the courier collects the old one at
 * delivery, the workshop assesses it a week later, and a better-than-declared machine earns a partial refund.
 */
export function tradeIn(rng: Rng, w: World): Purchase {
  const at = moment(rng, w.window, LATE);
  const a = agedAccount(rng, w, 90);
  const s = fromAccount(rng, a);
  const currency = currencyFor(s.country);
  const machine = machineBetween(rng, [...ESPRESSO, ...LEVER, ...BEAN_TO_CUP], 89_900, 340_000);
  const lines = [lineIn(machine, currency), ...(rng.chance(0.3) ? barista(rng, currency) : [])];
  const fits = TRADE_INS.filter(([, credit]) => credit <= machine.price * 0.3);
  const [model, credit] = rng.pick(fits.length > 0 ? fits : TRADE_INS);
  const route = toDoor(rng, { ...s.billing, country: s.country });
  const basket = basketOf(lines, currency, 'courier', s.country, {
    code: 'PERMUTA',
    credit: currency === 'CHF' ? Math.round(credit * 1.02) : credit,
  });
  const attempts = honestPay(rng, payerOf(s), basket.amount);
  const { events, delivered } = delivery(rng, {
    at,
    fulfilment: 'courier',
    country: s.country,
    basket,
    attempts,
  });
  const received = delivered + rng.int(3, 8) * DAY;
  const later: LaterEvent[] = [
    ...events,
    { type: 'order.updated', afterMs: delivered + rng.int(1, 30) * MINUTE, status: 'trade_in_collected' },
    { type: 'order.updated', afterMs: received, status: 'trade_in_received' },
    { type: 'order.updated', afterMs: received + rng.int(1, 3) * DAY, status: 'trade_in_accepted' },
  ];
  if (rng.chance(0.12))
    later.push({
      type: 'refund.created',
      afterMs: received + rng.int(3, 6) * DAY,
      reason: 'trade_in_adjustment',
      amount: rng.int(2, 8) * 1_000,
    });
  return purchaseOf({
    kind: 'trade_in',
    fraud: false,
    at,
    shopper: s,
    basket,
    route,
    attempts,
    later,
    extra: { tradeIn: { model, credit: basket.discount } },
  });
}

const TRIPS: ReadonlyArray<readonly [string, number, number]> = [
  ['gb-fixed', 0, 20],
  ['us-cable', -5, 14],
  ['ae-mobile', 4, 10],
  ['th-fixed', 7, 6],
  ['jp-mobile', 9, 4],
  ['ch-mobile', 1, 14],
  ['at-cable-mobile', 1, 12],
  ['es-mobile', 1, 10],
  ['it-mobile', 1, 10],
  ['fr-mobile', 1, 8],
  ['de-mobile', 1, 8],
];

const PHONE: ReadonlyArray<readonly [Platform, number]> = [
  ['iphone', 55],
  ['android', 40],
  ['ipad', 5],
];

/** Away from home (a ski week, Christmas shopping in London or New York, the Gulf, Thailand): ordering home. */
export function traveller(rng: Rng, w: World): Purchase {
  const signedIn = rng.chance(0.6);
  const home = signedIn ? undefined : pickMarket(rng);
  const country = home ?? 'IT';
  const trips = TRIPS.filter(([name]) => network(name).country !== (signedIn ? undefined : country));
  const [name, tz] = rng.weightedPick(trips.map((t) => [t, t[2]] as const));
  const net: Network = network(name);
  const at = moment(rng, w.window, EVENING, tz);
  let s: Shopper;
  if (signedIn) {
    const a = agedAccount(rng, w, 20, (x) => x.country !== net.country);
    s = fromAccount(rng, a, net);
    if (a.country === net.country) s = { ...s, ip: ipFrom(rng, network('th-fixed')) };
  } else s = newShopper(rng, w, country, { platform: rng.weightedPick(PHONE), network: net });
  const currency = currencyFor(s.country);
  const x = rng.next();
  const lines =
    x < 0.4
      ? coffeeLines(rng, currency)
      : x < 0.75
        ? giftLines(rng, currency, lateInSeason(at))
        : [lineIn(machineBetween(rng, [...BEAN_TO_CUP, ...ESPRESSO], 59_900, 200_000), currency)];
  // A 3-D Secure text abroad gets lost now and then: the phone's wallet or PayPal next.
  return honestOrder(rng, 'traveller', at, s, lines, { pickup: 0.15, showroom: 0, declineShare: 0.11 });
}

/**
 * Expats: Italians living in Germany, Switzerland, the Benelux, France, London or New York (Italian site,
 * foreign card and line, presents to the family in Italy), and foreigners living in Italy with their home
 * bank's card (an AVS miss on a British or US card is normal for them).
 */
export function expat(rng: Rng, w: World): Purchase {
  const at = moment(rng, w.window, EVENING);
  const registered = rng.chance(0.5);
  if (rng.chance(0.55)) {
    const lives = rng.weightedPick<Market | 'GB' | 'US'>([
      ['DE', 25],
      ['CH', 20],
      ['NL', 10],
      ['BE', 8],
      ['FR', 10],
      ['GB', 17],
      ['US', 10],
    ]);
    const person = personName(rng, 'IT');
    const abroad = lives === 'GB' || lives === 'US';
    const residence: Market = abroad ? 'IT' : lives;
    const billing: Address = abroad ? abroadHome(rng, lives) : homeIn(rng, lives);
    const net = network(abroad ? (lives === 'GB' ? 'gb-fixed' : 'us-cable') : rng.pick(homeNets(lives)));
    const s = newShopper(rng, w, residence, {
      person,
      email: emailFor(rng, person, rng.chance(0.6) ? provider(rng, 'IT') : provider(rng, lives)),
      home: billing,
      cards: [newCard(rng, lives)],
      network: net,
      locale: 'it-IT',
      ...(registered ? { registersAt: at } : {}),
    });
    const family = abroad || rng.chance(0.5);
    const dest: Market = family ? 'IT' : residence;
    const currency = currencyFor(dest);
    const lines = rng.chance(0.5) ? giftLines(rng, currency, lateInSeason(at)) : coffeeLines(rng, currency);
    const route = lines.every((l) => l.category === 'gift_card')
      ? byEmail(residence)
      : family
        ? toDoor(
            rng,
            { ...homeIn(rng, 'IT'), country: 'IT' },
            `${rng.pick(['Anna', 'Giuseppe', 'Maria', 'Franco', 'Rosa'])} ${person.last}`,
          )
        : toDoor(rng, { ...billing, country: residence });
    const basket = basketOf(lines, currencyFor(route.country), route.fulfilment, route.country);
    const attempts = honestPay(rng, { ...payerOf(s), country: abroad ? 'IT' : residence }, basket.amount);
    const later = honestAfter(rng, {
      at,
      fulfilment: route.fulfilment,
      country: route.country,
      basket,
      attempts,
    });
    return purchaseOf({
      kind: 'expat',
      fraud: false,
      at,
      shopper: s,
      basket,
      route,
      attempts,
      later,
      extra: family && route.fulfilment === 'courier' ? { giftNote: 'Buon Natale da lontano!' } : {},
    });
  }
  const from = rng.weightedPick<Nationality>([
    ['DE', 25],
    ['FR', 20],
    ['NL', 12],
    ['GB', 22],
    ['US', 13],
    ['ES', 8],
  ]);
  const person = personName(rng, from);
  const card = newCard(rng, from);
  const locales: Record<string, string> = {
    DE: 'de-DE',
    FR: 'fr-FR',
    NL: 'nl-NL',
    GB: 'en-GB',
    US: 'en-US',
    ES: 'es-ES',
  };
  const s = newShopper(rng, w, 'IT', {
    person,
    email: emailFor(rng, person, provider(rng, from)),
    cards: [card],
    locale: locales[from] ?? 'en-GB',
    ...(registered ? { registersAt: at } : {}),
  });
  const lines = rng.chance(0.3)
    ? [lineIn(machineBetween(rng, [...BEAN_TO_CUP, ...ESPRESSO, ...LEVER], 59_900, 200_000), 'EUR')]
    : coffeeLines(rng, 'EUR');
  const route = honestRoute(rng, s, lines, { pickup: 0.25, showroom: 0.15 });
  const basket = basketOf(lines, 'EUR', route.fulfilment, route.country);
  // The card is registered to the old address back home.
  const match: Match = rng.chance(0.7) ? 'wrong' : 'partial';
  const base = honestPay(rng, payerOf(s), basket.amount);
  const attempts = base.map((a) =>
    a.card === card && a.avs !== undefined ? { ...a, ...avsFor(rng, card, match) } : a,
  );
  const later = honestAfter(rng, {
    at,
    fulfilment: route.fulfilment,
    country: route.country,
    basket,
    attempts,
  });
  return purchaseOf({ kind: 'expat', fraud: false, at, shopper: s, basket, route, attempts, later });
}

const homeNets = (m: Market): string[] =>
  ({
    IT: ['it-fibre-incumbent'],
    DE: ['de-fixed-incumbent', 'de-cable'],
    AT: ['at-fixed'],
    FR: ['fr-fixed-incumbent', 'fr-fixed-challenger'],
    ES: ['es-fixed-incumbent'],
    BE: ['be-fixed'],
    NL: ['nl-fixed'],
    LU: ['lu-fixed'],
    CH: ['ch-fixed-incumbent', 'ch-cable'],
  })[m];

function avsFor(rng: Rng, card: HeldCard, match: Match): { avs: Attempt['avs'] } {
  if (card.country !== 'GB' && card.country !== 'US') return { avs: 'unavailable' };
  return {
    avs: rng.weightedPick([
      ['fail', match === 'wrong' ? 60 : 15],
      ['partial', match === 'wrong' ? 30 : 75],
      ['unavailable', 10],
    ] as const),
  };
}

const PRIVATE: ReadonlyArray<readonly [Platform, number]> = [
  ['mac', 30],
  ['iphone', 30],
  ['linux', 15],
  ['windows', 25],
];

/**
 * Privacy-minded customers: a commercial VPN (exits at home or abroad), Sign in with Apple's relay address or
 * an alias, a browser that blocks the fingerprint script.
 */
export function privacyVpn(rng: Rng, w: World): Purchase {
  const at = moment(rng, w.window, LATE);
  const market = pickMarket(rng);
  const exit = rng.chance(0.45) ? hostingNetwork(rng, market) : hostingNetwork(rng);
  const signedIn = rng.chance(0.5);
  let s: Shopper;
  if (signedIn) {
    const a = agedAccount(rng, w, 10);
    s = fromAccount(rng, a, exit);
    if (rng.chance(0.5)) s = { ...s, device: newDevice(rng, rng.weightedPick(PRIVATE), 0.4) };
  } else {
    const relayed = rng.chance(0.5);
    s = newShopper(rng, w, market, {
      platform: rng.weightedPick(PRIVATE),
      network: exit,
      ...(relayed ? { email: relayEmail(rng), registersAt: at } : {}),
    });
    if (rng.chance(0.5)) s = { ...s, device: { userAgent: s.device.userAgent } };
  }
  const currency = currencyFor(s.country);
  const x = rng.next();
  const lines =
    x < 0.5
      ? coffeeLines(rng, currency)
      : x < 0.75
        ? [lineIn(rng.pick([...GRINDERS, ...ESPRESSO, ...BEAN_TO_CUP]), currency)]
        : giftLines(rng, currency, lateInSeason(at));
  return honestOrder(rng, 'privacy_vpn', at, s, lines, { pickup: 0.3, showroom: 0.05 });
}

/**
 * Payments that only went through on a later try: a prepaid card topped up, a 3-D Secure prompt that timed out,
 * Scalapay saying no and the card saying yes, the bank's block lifted by a phone call, an expired card
 * replaced; a few give up.
 */
export function retriedPayment(rng: Rng, w: World): Purchase {
  const at = moment(rng, w.window, EVENING);
  const s = someone(rng, w, at, 0.55);
  const currency = currencyFor(s.country);
  const x = rng.next();
  const lines =
    x < 0.4
      ? [
          lineIn(machineBetween(rng, [...BEAN_TO_CUP, ...ESPRESSO, ...LEVER], 59_900, 200_000), currency),
          ...barista(rng, currency),
        ]
      : x < 0.8
        ? coffeeLines(rng, currency)
        : giftLines(rng, currency, false);
  const route = honestRoute(rng, s, lines, { pickup: 0.25, showroom: 0.1 });
  const basket = basketOf(lines, currencyFor(route.country), route.fulfilment, route.country);
  const amount = basket.amount;
  const card = rng.pick(s.cards);
  const entry = s.signedIn && rng.chance(0.5) ? ('saved' as const) : ('typed' as const);
  const path = rng.weightedPick<Decline>([
    ['insufficient_funds', card.funding === 'prepaid' ? 40 : 14],
    ['authentication_failed', 30],
    ['bnpl_declined', s.country !== 'CH' && amount <= BNPL_LIMIT && amount > 10_000 ? 20 : 0],
    ['do_not_honor', amount > 80_000 ? 20 : 6],
    ['expired_card', 8],
    ['incorrect_cvc', 8],
  ]);
  const attempts: Attempt[] = [];
  const first = rng.int(8_000, 90_000);
  const giveUp = rng.chance(0.1);
  if (path === 'bnpl_declined') {
    const method = s.country === 'IT' && rng.chance(0.4) ? 'paypal_pay_in_3' : 'scalapay';
    attempts.push(other(method, false, first, 'bnpl_declined'));
    if (rng.chance(0.3))
      attempts.push(
        other(method === 'scalapay' ? 'paypal_pay_in_3' : 'scalapay', false, retryGap(rng), 'bnpl_declined'),
      );
    if (!giveUp) attempts.push(cardAttempt(rng, card, amount, { entry, ok: true, afterMs: retryGap(rng) }));
  } else {
    const tries = path === 'authentication_failed' && rng.chance(0.4) ? 2 : 1;
    for (let i = 0; i < tries; i++)
      attempts.push(
        cardAttempt(rng, card, amount, {
          entry,
          ok: false,
          decline: path,
          afterMs: i === 0 ? first : retryGap(rng),
        }),
      );
    if (!giveUp) {
      if (path === 'expired_card')
        attempts.push(
          cardAttempt(rng, newCard(rng, card.country, card.funding), amount, {
            ok: true,
            afterMs: rng.int(2, 10) * MINUTE,
          }),
        );
      else if (path === 'do_not_honor')
        attempts.push(
          cardAttempt(rng, card, amount, { entry: 'typed', ok: true, afterMs: rng.int(20, 120) * MINUTE }),
        );
      else if (path === 'insufficient_funds' && card.funding !== 'prepaid' && s.paypal)
        attempts.push(other('paypal', true, retryGap(rng)));
      else
        attempts.push(
          cardAttempt(rng, card, amount, {
            entry: 'typed',
            ok: true,
            afterMs: path === 'insufficient_funds' ? rng.int(10, 90) * MINUTE : retryGap(rng),
          }),
        );
    }
  }
  const later = giveUp
    ? []
    : honestAfter(rng, { at, fulfilment: route.fulfilment, country: route.country, basket, attempts });
  return purchaseOf({
    kind: 'retried_payment',
    fraud: false,
    at,
    shopper: s,
    basket,
    route,
    attempts,
    later,
  });
}
