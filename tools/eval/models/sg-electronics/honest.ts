import { type Address, type Buyer, DAY, lineOf } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { when } from './calendar.js';
import { newCard } from './cards.js';
import { basketOf, type Category, type Fulfilment, inCategory, saleCode, saleLines } from './catalogue.js';
import { ipIn, network, networksOf } from './networks.js';
import { type Account, deviceFor, drawChannel, emailOf, marketOf, newAccount, personFrom } from './people.js';
import { dormitory, homeIn, type Market, officeIn } from './places.js';
import {
  type Attempt,
  cardAttempt,
  chargeable,
  firstAuth,
  fulfilmentSteps,
  honestAfter,
  honestPay,
  type LaterEvent,
  type Purchase,
  retryGap,
} from './purchase.js';
import { accountCheckout, asBuyer, freshBuyer, fulfilmentFor, shipTo, weekOf, type World } from './world.js';

/** The store's honest customers, by kind, with weights (per hundred honest orders). */

export const HONEST = {
  regular: 26,
  sale_newcomer: 18,
  gift_sender: 8,
  regional_buyer: 10,
  migrant_worker_student: 7,
  traveller_expat: 5,
  corporate_buyer: 5,
  family_shared: 7,
  card_retry: 6,
  privacy_network: 3,
  return_refund: 4,
  genuine_dispute: 0.6,
} as const;
export type HonestKind = keyof typeof HONEST;

const categoriesOf = (lines: ReadonlyArray<{ category: Category }>) => lines.map((l) => l.category);

/** A code the shopper types when one applies (most do in a sale; some forget). */
function codeFor(rng: Rng, week: number, sg: number, newcomer: boolean): string | undefined {
  if (newcomer && sg >= 10_000 && rng.chance(0.45)) return 'WELCOME15';
  return rng.chance(0.7) ? saleCode(week, sg) : undefined;
}

interface Draft {
  kind: HonestKind;
  at: number;
  account: Account;
  buyer: Buyer;
  market: Market;
  lines: ReturnType<typeof saleLines>;
  fulfilment: Fulfilment;
  shipping: Address | undefined;
  billing: Address;
  ip: string;
  device: Purchase['device'];
  channel: Purchase['channel'];
  code?: string;
  signedIn: boolean;
}

/** A draft into a purchase: the basket at local prices, payment and what follows. */
function finish(
  rng: Rng,
  w: World,
  d: Draft,
  pay?: (basket: ReturnType<typeof basketOf>) => Attempt[],
  after?: (amount: number) => LaterEvent[],
  extra: Partial<Purchase> = {},
): Purchase {
  const basket = basketOf(d.lines, d.market, d.fulfilment, d.code);
  const attempts =
    pay?.(basket) ??
    honestPay(rng, { market: d.account.market, cards: d.account.cards, signedIn: d.signedIn }, basket);
  const later = chargeable(attempts, after?.(basket.amount) ?? honestAfter(rng, d.fulfilment, basket.amount));
  return {
    at: d.at,
    fraud: false,
    kind: d.kind,
    basket,
    billing: d.billing,
    attempts,
    later,
    buyer: d.buyer,
    ...(d.shipping ? { shipping: d.shipping } : {}),
    fulfilment: d.fulfilment,
    market: d.market,
    ip: d.ip,
    device: d.device,
    channel: d.channel,
    week: weekOf(w, d.at),
    ...extra,
  };
}

/** An existing customer's ordinary sale order, from home or their phone. */
function ordinary(
  rng: Rng,
  w: World,
  kind: HonestKind,
  a: Account,
  rhythm: 'household' | 'office' = 'household',
): Draft {
  const at = when(rng, w.clock, a.home.tz, rhythm);
  const lines = saleLines(rng, a.market);
  const f = fulfilmentFor(rng, a.market, categoriesOf(lines));
  const c = accountCheckout(rng, a);
  const sg = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const code = codeFor(rng, weekOf(w, at), sg, false);
  return {
    kind,
    at,
    account: a,
    buyer: asBuyer(a),
    market: a.market,
    lines,
    fulfilment: f,
    shipping: shipTo(rng, f, a.home.address),
    billing: { ...a.home.address },
    ip: c.ip,
    device: c.device,
    channel: c.channel,
    ...(code ? { code } : {}),
    signedIn: true,
  };
}

/** A shopper new to the store, drawn in by the sale: an account opened at checkout, or a guest. */
function newcomer(rng: Rng, w: World, kind: HonestKind, m: Market = marketOf(rng)): Draft {
  const created = newAccount(rng.fork('new'), m, 0);
  const at = when(rng, w.clock, created.home.tz, 'household');
  const signedIn = rng.chance(0.6);
  const channel = drawChannel(rng, signedIn ? 0.5 : 0.1);
  const device = deviceFor(rng, channel);
  const net = channel === 'desktop' || rng.chance(0.5) ? created.homeNet : created.mobileNet;
  const lines = saleLines(rng, m);
  const f = fulfilmentFor(rng, m, categoriesOf(lines));
  const sg = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const code = codeFor(rng, weekOf(w, at), sg, signedIn);
  return {
    kind,
    at,
    account: created,
    buyer: signedIn ? freshBuyer(rng, created, at, 40) : asBuyer(created, false),
    market: m,
    lines,
    fulfilment: f,
    shipping: shipTo(rng, f, created.home.address),
    billing: { ...created.home.address },
    ip: ipIn(rng, net),
    device,
    channel,
    ...(code ? { code } : {}),
    signedIn,
  };
}

const GIFT_NOTES = [
  'Happy birthday! Enjoy 🎂',
  'Merry Christmas from all of us',
  'For Mum, love you',
  'Congrats on the new job!',
  'Happy anniversary ❤️',
  'Sorry it is late, happy birthday bro',
];

function giftSender(rng: Rng, w: World, a: Account): Purchase {
  const d = ordinary(rng, w, 'gift_sender', a);
  // An e-gift card to someone's inbox, a present across the island, or one to family in the region.
  const roll = rng.next();
  if (a.market === 'SG' && roll < 0.2) {
    const lines = [lineOf(rng.pick(inCategory('gift_cards')), 1)];
    return finish(rng, w, { ...d, lines, fulfilment: 'e_code', shipping: undefined }, undefined, undefined, {
      giftMessage: rng.pick(GIFT_NOTES),
    });
  }
  const abroad = a.market === 'SG' && roll > 0.65;
  const to: Market = abroad
    ? rng.weightedPick<Market>([
        ['MY', 5],
        ['PH', 3],
        ['ID', 2],
        ['AU', 1],
      ])
    : a.market;
  const f: Fulfilment =
    abroad || a.market !== 'SG' ? 'international' : rng.chance(0.2) ? 'same_day' : 'standard';
  const recipient = homeIn(rng, to).address;
  return finish(rng, w, { ...d, market: to, fulfilment: f, shipping: recipient }, undefined, undefined, {
    giftMessage: rng.pick(GIFT_NOTES),
  });
}

/** Foreign workers in dormitories and rented rooms, and students on campus, paying with home cards or local ones. */
function migrant(rng: Rng, w: World): Purchase {
  const student = rng.chance(0.4);
  const origin = student
    ? rng.weightedPick<string>([
        ['CN', 4],
        ['IN', 3],
        ['VN', 2],
        ['ID', 2],
        ['MY', 2],
      ])
    : rng.weightedPick<string>([
        ['PH', 5],
        ['IN', 4],
        ['ID', 2],
        ['CN', 2],
        ['MY', 1],
      ]);
  const person = personFrom(rng, origin);
  const a = newAccount(rng.fork('acct'), 'SG', 0, person);
  const opened = w.clock.window.start - rng.int(5, 900) * DAY;
  const homeCard = rng.chance(0.55) ? newCard(rng, origin) : newCard(rng, 'SG', 'debit');
  const homeAddress = student
    ? homeIn(rng, 'SG').address
    : rng.chance(0.6)
      ? dormitory(rng)
      : homeIn(rng, 'SG').address;
  const at = when(rng, w.clock, 8, 'household');
  const net = student && rng.chance(0.5) ? network('sg-campus') : rng.pick(networksOf('SG', 'mobile'));
  const channel = rng.chance(0.7) ? 'app' : 'mobile_web';
  const cat = rng.weightedPick<Category>([
    ['phones', 5],
    ['audio', 3],
    ['laptops', student ? 4 : 1],
    ['accessories', 2],
    ['gaming', 1],
  ]);
  const lines = saleLines(rng, 'SG', cat);
  const f = rng.weightedPick<Fulfilment>([
    ['standard', 4],
    ['locker', 3],
    ['self_collect', 2],
  ]);
  const signedIn = rng.chance(0.7);
  const domain = student && origin !== 'MY' ? (rng.chance(0.5) ? 'u.nus.edu' : 'e.ntu.edu.sg') : 'gmail.com';
  const email = emailOf(rng, person, domain);
  const sg = lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const code =
    student && rng.chance(0.5) ? 'STUDENT5' : rng.chance(0.5) ? saleCode(weekOf(w, at), sg) : undefined;
  const d: Draft = {
    kind: 'migrant_worker_student',
    at,
    account: { ...a, cards: [homeCard] },
    buyer: signedIn
      ? { id: a.id, email, name: person.name, createdAt: opened }
      : { email, name: person.name },
    market: 'SG',
    lines,
    fulfilment: f,
    shipping: shipTo(rng, f, homeAddress),
    // Home-country cards keep the address at home; the checkout asks for one anyway, and many give Singapore's.
    billing:
      homeCard.country !== 'SG' && rng.chance(0.45) ? homeIn(rng, marketLike(origin)).address : homeAddress,
    ip: ipIn(rng, net),
    device: deviceFor(rng, channel),
    channel,
    ...(code ? { code } : {}),
    signedIn,
  };
  if (d.billing.country !== 'SG' && !['MY', 'PH', 'ID', 'VN'].includes(d.billing.country))
    d.billing = homeAddress;
  const pay = (b: ReturnType<typeof basketOf>) =>
    rng.chance(0.3)
      ? honestPay(rng, { market: 'SG', cards: [newCard(rng, 'SG', 'debit')], signedIn }, b)
      : honestPay(rng, { market: 'SG', cards: [homeCard], signedIn }, b, 0.1);
  return finish(rng, w, d, pay);
}

/** A market the store has homes for, for a card's country (else Singapore). */
function marketLike(country: string): Market {
  return (['SG', 'MY', 'PH', 'ID', 'TH', 'VN', 'AU'] as const).find((m) => m === country) ?? 'SG';
}

/** Singapore residents away during the sale, and expats in Singapore paying with cards from home. */
function travellerExpat(rng: Rng, w: World, a: Account): Purchase {
  const d = ordinary(rng, w, 'traveller_expat', a);
  if (rng.chance(0.55)) {
    // Away: hotel wifi or a local SIM abroad; the parcel goes home or to a locker for when they are back.
    const where = rng.weightedPick<string>([
      ['JP', 5],
      ['KR', 3],
      ['AU', 3],
      ['GB', 2],
      ['US', 2],
      ['HK', 2],
      ['MY', 2],
      ['TH', 2],
    ]);
    const net = rng.pick(networksOf(where));
    return finish(rng, w, { ...d, ip: ipIn(rng, net, 0.1) });
  }
  const from = rng.weightedPick<string>([
    ['GB', 4],
    ['US', 3],
    ['AU', 3],
    ['IN', 3],
    ['FR', 1],
    ['DE', 1],
    ['JP', 1],
  ]);
  const card = newCard(rng, from, 'credit');
  const person = personFrom(rng, from);
  const billing = rng.chance(0.6) ? homeAbroadOrSg(rng, from, d.billing) : d.billing;
  const match = billing.country === from ? 'good' : 'wrong';
  const buyer = {
    ...d.buyer,
    name: person.name,
    email: emailOf(rng, person, rng.pick(['gmail.com', 'outlook.com', 'icloud.com'])),
  };
  return finish(rng, w, { ...d, buyer, billing }, (b) =>
    honestPay(rng, { market: 'SG', cards: [card], signedIn: true, match }, b, 0.08),
  );
}

function homeAbroadOrSg(rng: Rng, country: string, sg: Address): Address {
  const m = marketLike(country);
  return m === 'SG' ? (country === 'SG' ? sg : abroadLine(rng, country)) : homeIn(rng, m).address;
}

function abroadLine(rng: Rng, country: string): Address {
  const towns: Record<string, Address> = {
    GB: { country: 'GB', postalCode: 'SW4 7AA', city: 'London', line1: 'Clapham High St' },
    US: { country: 'US', postalCode: '98109', city: 'Seattle', line1: 'Westlake Ave N' },
    IN: { country: 'IN', postalCode: '400050', city: 'Mumbai', line1: 'Hill Rd, Bandra West' },
    FR: { country: 'FR', postalCode: '69003', city: 'Lyon', line1: 'Rue de Bonnel' },
    DE: { country: 'DE', postalCode: '80331', city: 'München', line1: 'Sendlinger Str.' },
    JP: { country: 'JP', postalCode: '530-0001', city: 'Osaka', line1: 'Umeda' },
  };
  const t = towns[country] ?? { country, city: 'Home' };
  return { ...t, line1: `${rng.int(1, 300)} ${t.line1 ?? ''}`.trim() };
}

const COMPANIES = [
  'Lion City Logistics Pte Ltd',
  'Bayfront Analytics Pte Ltd',
  'Kallang Engineering Pte Ltd',
  'Tiong Bahru Design Studio LLP',
  'Straits Dental Group Pte Ltd',
  'Jurong Precision Pte Ltd',
  'Orchid Learning Centre Pte Ltd',
  'Harbourfront Consulting Pte Ltd',
];

/** Companies equipping staff: laptops and tablets by the dozen, office hours, a corporate card or a transfer. */
function corporate(rng: Rng, w: World): Purchase {
  const at = when(rng, w.clock, 8, 'office', false);
  const name = rng.pick(COMPANIES);
  const uen = `20${rng.int(10, 24)}${rng.digits(5)}${rng.pick(['C', 'D', 'E', 'G', 'H', 'K', 'M', 'N', 'R', 'W', 'Z'])}`;
  const buyerPerson = personFrom(rng, 'SG');
  const domain = `${name.split(' ')[0]?.toLowerCase() ?? 'company'}.com.sg`;
  const office = officeIn(rng);
  const what = rng.weightedPick<Category>([
    ['laptops', 6],
    ['tablets', 2],
    ['audio', 1],
    ['smart_home', 1],
  ]);
  const main = rng.pick(inCategory(what));
  const lines = [lineOf(main, rng.int(3, 25))];
  if (rng.chance(0.5)) lines.push(lineOf(rng.pick(inCategory('accessories')), rng.int(5, 30)));
  // Office lines, or the company's VPN gateway in a cloud region.
  const net = network(rng.chance(0.6) ? 'sg-office' : 'sg-cloud');
  const card = newCard(rng, 'SG', 'credit');
  const opened = at - rng.int(60, 2000) * DAY;
  const d: Draft = {
    kind: 'corporate_buyer',
    at,
    account: newAccount(rng.fork('acct'), 'SG', opened, buyerPerson),
    buyer: {
      id: `cus_${rng.token(12)}`,
      email: emailOf(rng, buyerPerson, domain),
      name: buyerPerson.name,
      createdAt: opened,
    },
    market: 'SG',
    lines,
    fulfilment: 'standard',
    shipping: office,
    billing: { ...office },
    ip: ipIn(rng, net),
    device: deviceFor(rng, 'desktop'),
    channel: 'desktop',
    signedIn: true,
  };
  return finish(
    rng,
    w,
    d,
    (b) => honestPay(rng, { market: 'SG', cards: [card], signedIn: true, company: true }, b),
    undefined,
    { company: { name, uen } },
  );
}

/** A household sharing: a teenager on a parent's card, a spouse's account on the family iPad. */
function familyShared(rng: Rng, w: World, parent: Account): Purchase {
  const d = ordinary(rng, w, 'family_shared', parent);
  const member = newAccount(rng.fork('member'), parent.market, parent.createdAt + rng.int(30, 900) * DAY);
  const teen = rng.chance(0.5);
  const lines = teen
    ? saleLines(rng, parent.market, rng.chance(0.4) && parent.market === 'SG' ? 'gift_cards' : 'gaming')
    : saleLines(rng, parent.market);
  const f = fulfilmentFor(rng, parent.market, categoriesOf(lines));
  const shared = rng.chance(0.6)
    ? rng.pick(parent.devices)
    : { channel: 'app' as const, device: deviceFor(rng, 'app') };
  const opened = Math.min(d.at - DAY, member.createdAt);
  const buyer = { id: member.id, email: member.email, name: member.name, createdAt: opened };
  return finish(
    rng,
    w,
    {
      ...d,
      buyer,
      lines,
      fulfilment: f,
      shipping: shipTo(rng, f, parent.home.address),
      device: shared.device,
      channel: shared.channel,
      ip: ipIn(rng, parent.homeNet),
    },
    // The parent's card, typed in on the member's account (its code asked again).
    (b) => honestPay(rng, { market: parent.market, cards: parent.cards, signedIn: false }, b),
    // Now and then the cardholder does not recognise the charge and reports it before the family sorts it out.
    (amount) => {
      const steps = honestAfter(rng, f, amount);
      if (rng.chance(0.06))
        steps.push({ type: 'fraud_warning.created', afterMs: rng.int(3, 20) * DAY, reason: 'fraudulent' });
      return steps;
    },
  );
}

/** Someone who gets the card wrong, or misses the OTP, and tries again; a few give up. */
function cardRetry(rng: Rng, w: World, a: Account | undefined): Purchase {
  const d = a ? ordinary(rng, w, 'card_retry', a) : newcomer(rng, w, 'card_retry');
  const card = d.account.cards[0] ?? newCard(rng, d.account.market);
  const pay = (b: ReturnType<typeof basketOf>): Attempt[] => {
    const tries = rng.int(1, 3);
    const out: Attempt[] = [];
    const why = rng.weightedPick<
      'incorrect_cvc' | 'authentication_failed' | 'incorrect_number' | 'expired_card' | 'insufficient_funds'
    >([
      ['authentication_failed', 4],
      ['incorrect_cvc', 3],
      ['incorrect_number', 2],
      ['expired_card', 1],
      ['insufficient_funds', 2],
    ]);
    for (let i = 0; i < tries; i++)
      out.push(
        cardAttempt(rng, card, b.amount, {
          ok: false,
          decline: why,
          afterMs: i === 0 ? rng.int(8_000, 60_000) : retryGap(rng),
        }),
      );
    if (rng.chance(0.12)) return out;
    if (why === 'expired_card' || why === 'insufficient_funds') {
      const next = d.account.cards[1] ?? newCard(rng, card.country);
      out.push(cardAttempt(rng, next, b.amount, { ok: true, afterMs: retryGap(rng) }));
    } else if (d.market === 'SG' && rng.chance(0.3)) {
      out.push(cardAttempt(rng, card, b.amount, { ok: true, entry: 'wallet', afterMs: retryGap(rng) }));
    } else out.push(cardAttempt(rng, card, b.amount, { ok: true, afterMs: retryGap(rng) }));
    return out;
  };
  return finish(rng, w, d, pay);
}

/** People behind a commercial VPN or Apple's private relay, with relay mail addresses. */
function privacy(rng: Rng, w: World, a: Account): Purchase {
  const d = ordinary(rng, w, 'privacy_network', a);
  const exit = rng.weightedPick<string>([
    ['sg-cloud', 5],
    ['jp-cloud', 2],
    ['us-cloud', 1],
    ['nl-hosting', 1],
    ['de-hosting', 1],
  ]);
  const net = networksOf(exit.slice(0, 2).toUpperCase(), 'hosting')[0];
  const relay = rng.chance(0.5);
  const buyer = relay ? { ...d.buyer, email: `${rng.token(10)}@privaterelay.appleid.com` } : d.buyer;
  return finish(rng, w, { ...d, buyer, ip: net ? ipIn(rng, net, 0) : d.ip });
}

/** Returns: a dead-on-arrival unit, a change of mind on an unopened box, the wrong colour sent; refunded. */
function returned(rng: Rng, w: World, a: Account): Purchase {
  const d = ordinary(rng, w, 'return_refund', a);
  const f = d.fulfilment === 'self_collect' || d.fulfilment === 'e_code' ? 'standard' : d.fulfilment;
  const shipping = d.shipping ?? { ...a.home.address };
  const pay = (b: ReturnType<typeof basketOf>) =>
    honestPay(rng, { market: a.market, cards: a.cards, signedIn: true }, b, 0);
  return finish(rng, w, { ...d, fulfilment: f, shipping }, pay, (amount) => {
    const steps = fulfilmentSteps(rng, f);
    const done = steps[steps.length - 1]?.afterMs ?? 0;
    const reason = rng.weightedPick<string>([
      ['defective', 4],
      ['changed_mind', 3],
      ['wrong_item', 2],
      ['damaged_in_transit', 1],
    ]);
    const restocking = reason === 'changed_mind' ? Math.round(amount * 0.9) : undefined;
    steps.push({
      type: 'refund.created',
      afterMs: done + rng.int(2, 12) * DAY,
      reason,
      ...(restocking !== undefined ? { amount: restocking } : {}),
    });
    return steps;
  });
}

/** A real customer's dispute: a parcel stolen from the corridor, a double charge, a refund that never showed. */
function genuineDispute(rng: Rng, w: World, a: Account): Purchase {
  const d = ordinary(rng, w, 'genuine_dispute', a);
  const f = d.fulfilment === 'e_code' || d.fulfilment === 'self_collect' ? 'standard' : d.fulfilment;
  const shipping = d.shipping ?? { ...a.home.address };
  const card = a.cards[0] ?? newCard(rng, a.market);
  const pay = (b: ReturnType<typeof basketOf>) => [
    cardAttempt(rng, card, b.amount, {
      ok: true,
      entry: rng.chance(0.6) ? 'saved' : 'wallet',
      afterMs: firstAuth(rng),
    }),
  ];
  return finish(rng, w, { ...d, fulfilment: f, shipping }, pay, () => {
    const steps = fulfilmentSteps(rng, f);
    const done = steps[steps.length - 1]?.afterMs ?? 0;
    const reason = rng.weightedPick<string>([
      ['product_not_received', 5],
      ['duplicate', 2],
      ['credit_not_processed', 2],
      ['product_unacceptable', 2],
    ]);
    if (reason === 'credit_not_processed')
      steps.push({ type: 'refund.created', afterMs: done + rng.int(20, 30) * DAY, reason: 'defective' });
    steps.push({ type: 'dispute.created', afterMs: done + rng.int(7, 40) * DAY, reason });
    return steps;
  });
}

/** Buyers in the region, on their own currencies' sites, delivered by courier across the border. */
function regional(rng: Rng, w: World): Purchase {
  const m = rng.weightedPick<Market>([
    ['MY', 10],
    ['PH', 6],
    ['ID', 4],
    ['TH', 3],
    ['VN', 2],
    ['AU', 5],
  ]);
  const known = w.customers.filter((c) => c.market === m);
  if (known.length > 0 && rng.chance(0.5))
    return finish(rng, w, ordinary(rng, w, 'regional_buyer', rng.pick(known)));
  return finish(rng, w, newcomer(rng, w, 'regional_buyer', m));
}

/** Customers of a market or any (the store's base is mostly Singaporean). */
function customer(rng: Rng, w: World, sgOnly = false): Account {
  const pool = sgOnly ? w.customers.filter((c) => c.market === 'SG') : w.customers;
  // Older, loyal accounts order more often than the long tail.
  const i = Math.floor(pool.length * rng.next() ** 1.3);
  return pool[i] ?? w.customers[0] ?? newAccount(rng, 'SG', 0);
}

export function honest(rng: Rng, w: World, kind: HonestKind): Purchase {
  switch (kind) {
    case 'regular':
      return finish(rng, w, ordinary(rng, w, kind, customer(rng, w)));
    case 'sale_newcomer':
      return finish(rng, w, newcomer(rng, w, kind));
    case 'gift_sender':
      return giftSender(rng, w, customer(rng, w));
    case 'regional_buyer':
      return regional(rng, w);
    case 'migrant_worker_student':
      return migrant(rng, w);
    case 'traveller_expat':
      return travellerExpat(rng, w, customer(rng, w, true));
    case 'corporate_buyer':
      return corporate(rng, w);
    case 'family_shared':
      return familyShared(rng, w, customer(rng, w, true));
    case 'card_retry':
      return cardRetry(rng, w, rng.chance(0.6) ? customer(rng, w) : undefined);
    case 'privacy_network':
      return privacy(rng, w, customer(rng, w, true));
    case 'return_refund':
      return returned(rng, w, customer(rng, w));
    case 'genuine_dispute':
      return genuineDispute(rng, w, customer(rng, w));
  }
}
