import { type Rng } from '../kit/random.js';
import { type Account, accountIn, type World } from './accounts.js';
import { purchaseOf } from './build.js';
import { DAYTIME, drawTime, EVENINGS, NIGHT_SHIFT, OFFICE_HOURS } from './calendar.js';
import { newCard } from './cards.js';
import {
  basketOf,
  type Fulfilment,
  giftCard,
  lineIn,
  type Line,
  NEW_BOOKS,
  rareBook,
  readerLines,
  SIGNED,
  SPECIAL,
  TEXTBOOKS,
  textbookLines,
} from './catalogue.js';
import { chargeback, fraudAt, fraudNetwork, lastAt } from './fraud-kit.js';
import { ipOn, network } from './networks.js';
import {
  addressIn,
  dropAddress,
  INSTITUTIONS,
  reshipper,
  SANCTION_FORWARDERS,
  SANCTIONED_DESTINATIONS,
  townIn,
} from './places.js';
import { deviceAt, fullName, newDevice, personOf, throwawayEmail, workEmail } from './people.js';
import {
  cardAttempt,
  DAY,
  EVERYDAY_MIX,
  fulfil,
  HOUR,
  honestPay,
  type LaterEvent,
  MINUTE,
  type Purchase,
  releaseUnpaid,
} from './purchase.js';
import { institutionDay, readerDay } from './seasons.js';
import { guest, returning } from './visits.js';

/**
 * Fraud that comes through accounts and paperwork: takeovers of customers' accounts, friendly fraud by real
 * customers, a collector returning a lesser copy, purchase orders in a university's name, and buyers in
 * sanctioned countries.
 */

/** An account old enough to have history and a saved card: what credential stuffing finds. */
const agedAccount = (rng: Rng, w: World): Account => {
  const old = w.accounts.filter(
    (a) => a.createdAt < w.window.start - 60 * DAY && ['GB', 'IE', 'US'].includes(a.country),
  );
  return old.length > 0 ? rng.pick(old) : accountIn(rng, w);
};

/**
 * Account takeover: a customer's reused password, a new device at night from a VPN, a phone abroad or a
 * British proxy; the saved card (no CVC asked) buys e-gift cards for someone else, resaleable books to a drop,
 * or a collection by "a friend". Exemptions and frictionless passes let most through; the owner's phone
 * gets some challenges and they fail. The owner notices and the shop refunds or the bank disputes.
 */
export function accountTakeover(rng: Rng, w: World): Purchase {
  const a = agedAccount(rng, w);
  const at = fraudAt(rng, w, NIGHT_SHIFT);
  const net = fraudNetwork(rng, [
    ['nl-hosting', 15],
    ['us-hosting', 10],
    ['de-hosting', 10],
    ['ng-mobile', 10],
    ['vn-home', 10],
    ['gb-mobile', 25],
    ['gb-home-fibre', 20],
  ]);
  const mobile = rng.chance(0.4);
  const device = deviceAt(newDevice(rng, mobile ? 'android' : 'windows_chrome', 0.05), at);
  const visit = { ...returning(rng, a, at), ip: ipOn(rng, net), device, mobile };
  const what = rng.weightedPick([
    ['egift', 45],
    ['goods', 40],
    ['collect', 15],
  ] as const);
  const currency = a.country === 'US' ? 'USD' : a.country === 'GB' ? 'GBP' : 'EUR';
  let lines: Line[];
  let fulfilment: Fulfilment;
  let shipping;
  if (what === 'egift') {
    lines = [giftCard(rng.pick([50, 75, 100]), currency)];
    if (rng.chance(0.5)) lines = [{ ...(lines[0] as Line), quantity: rng.int(2, 3) }];
    fulfilment = 'email';
  } else if (what === 'goods') {
    lines = [lineIn(rng.pick(SPECIAL.slice(0, 3)), currency), lineIn(rng.pick(SIGNED), currency)];
    fulfilment = 'tracked_24';
    shipping = dropAddress(rng);
  } else {
    lines = [
      lineIn(rng.pick(SPECIAL.slice(0, 3)), currency),
      lineIn(rng.pick(NEW_BOOKS.filter((b) => b.price >= 2000)), currency),
    ];
    fulfilment = 'click_collect';
  }
  const basket = basketOf(lines, currency, fulfilment, shipping?.country ?? 'GB');
  const card = a.cards[0] ?? newCard(rng, a.country);
  const outcome = rng.weightedPick([
    ['frictionless', 55],
    ['exempt', 15],
    ['challenge_failed', 30],
  ] as const);
  const ok = outcome !== 'challenge_failed';
  const attempts = [
    cardAttempt(rng, card, basket.amount, {
      entry: 'saved',
      ok,
      afterMs: rng.int(10_000, 40_000),
      threeDS: outcome,
      ...(ok ? {} : { decline: 'authentication_failed' as const }),
    }),
  ];
  let later: LaterEvent[] = releaseUnpaid(rng, attempts);
  if (ok) {
    const sent = fulfil(rng, { fulfilment, destination: shipping?.country ?? 'GB', amount: basket.amount });
    const noticed = lastAt(sent) + rng.int(1, 10) * DAY;
    later = rng.chance(0.4)
      ? [...sent, { type: 'refund.created', afterMs: noticed, reason: 'fraudulent' }]
      : [...sent, ...chargeback(rng, lastAt(sent), { warn: 0.3, dispute: 0.8 })];
  }
  const giftRecipient = what === 'egift' ? { giftRecipient: throwawayEmail(rng) } : {};
  return purchaseOf({
    kind: 'account_takeover',
    fraud: true,
    at,
    zone: a.zone,
    visit,
    billing: a.home,
    ...(shipping ? { shipping } : {}),
    basket,
    fulfilment,
    attempts,
    later,
    ...giftRecipient,
  });
}

/**
 * Friendly fraud: a real customer, on their own device and connection, receives the parcel and then tells the
 * bank it never came, that they did not make the payment (often a student on a parent's card), or that the
 * books were not as described.
 */
export function friendlyFraud(rng: Rng, w: World): Purchase {
  const a = rng.chance(0.6) ? accountIn(rng, w, ['GB']) : undefined;
  const town = townIn(rng, 'GB');
  const zone = a?.zone ?? town.zone;
  const at = drawTime(rng, w.window, zone, readerDay, EVENINGS);
  const visit = a ? returning(rng, a, at) : guest(rng, personOf(rng, 'scottish'), 'GB', at);
  const home = a?.home ?? addressIn(rng, town);
  const x = rng.next();
  const lines =
    x < 0.3
      ? textbookLines(rng, 'GBP', rng.int(1, 3))
      : x < 0.7
        ? [
            lineIn(rng.pick(SPECIAL.slice(0, 3)), 'GBP'),
            lineIn(rng.pick(NEW_BOOKS.filter((b) => b.price >= 2000)), 'GBP'),
          ]
        : readerLines(rng, 'GBP', rng.int(2, 4));
  const basket = basketOf(lines, 'GBP', 'tracked_48', 'GB');
  const attempts = honestPay(
    rng,
    { ...visit, country: 'GB' },
    basket.amount,
    EVERYDAY_MIX.filter(([m]) => m !== 'klarna'),
    0,
  );
  const sent = fulfil(rng, { fulfilment: 'tracked_48', destination: 'GB', amount: basket.amount });
  const claim = rng.weightedPick([
    ['product_not_received', 55],
    ['fraudulent', 30],
    ['product_unacceptable', 15],
  ] as const);
  const card = attempts[0]?.card !== undefined;
  const reason = card ? claim : 'product_not_received';
  const later: LaterEvent[] = [...sent];
  if (reason === 'fraudulent' && rng.chance(0.4))
    later.push({
      type: 'fraud_warning.created',
      afterMs: lastAt(sent) + rng.int(5, 20) * DAY,
      reason: 'fraudulent',
    });
  later.push({ type: 'dispute.created', afterMs: lastAt(sent) + rng.int(10, 45) * DAY, reason });
  return purchaseOf({
    kind: 'friendly_fraud',
    fraud: true,
    at,
    zone,
    visit,
    billing: home,
    shipping: home,
    basket,
    fulfilment: 'tracked_48',
    attempts,
    later,
  });
}

/**
 * The switch: a first edition bought like any collector's purchase, then returned "not as described" with a
 * later printing or a worse copy in its place. The shop refunds before it notices.
 */
export function returnSwitch(rng: Rng, w: World): Purchase {
  const a = w.collectors.length > 0 && rng.chance(0.5) ? rng.pick(w.collectors) : accountIn(rng, w, ['GB']);
  const at = drawTime(rng, w.window, a.zone, readerDay, DAYTIME);
  const visit = returning(rng, a, at, false);
  const currency =
    a.country === 'US' ? 'USD' : a.country === 'AU' ? 'AUD' : a.country === 'GB' ? 'GBP' : 'EUR';
  const book = rareBook(rng, 12, 2);
  const fulfilment: Fulfilment =
    a.country === 'GB' && book.price <= 250_000 ? 'special_delivery' : 'insured_courier';
  const basket = basketOf([lineIn(book, currency)], currency, fulfilment, a.country);
  const attempts = honestPay(
    rng,
    { ...visit, country: a.country },
    basket.amount,
    [
      ['card', 75],
      ['paypal', 25],
    ],
    0,
  );
  const sent = fulfil(rng, { fulfilment, destination: a.country, amount: basket.amount });
  const asked = lastAt(sent) + rng.int(3, 10) * DAY;
  const later: LaterEvent[] = [
    ...sent,
    { type: 'order.updated', afterMs: asked, status: 'return_requested', reason: 'not_as_described' },
    { type: 'refund.created', afterMs: asked + rng.int(7, 20) * DAY, reason: 'returned' },
  ];
  return purchaseOf({
    kind: 'return_switch',
    fraud: true,
    at,
    zone: a.zone,
    visit,
    billing: a.home,
    shipping: a.home,
    basket,
    fulfilment,
    attempts,
    later,
  });
}

/** A lookalike of an institution's domain, as purchase-order fraudsters register them. */
function lookalike(rng: Rng, domain: string): string {
  const label = domain.split('.')[0] ?? domain;
  return rng.pick([
    `${domain.replace(/\./g, '-')}.com`,
    `${label}-procurement.org`,
    `${label}-ac.co.uk`,
    `${label}purchasing.net`,
  ]);
}

/**
 * A purchase order in a university's or school's name from a lookalike domain: dozens of expensive textbooks
 * on thirty-day invoice, delivered to a storage unit, a drop or a US forwarder. The shop checks with the real
 * institution and stops some; the rest are never paid.
 */
export function purchaseOrderScam(rng: Rng, w: World): Purchase {
  const inst = rng.pick(INSTITUTIONS.filter((i) => i.kind !== 'public_library'));
  const at = drawTime(rng, w.window, 'uk', institutionDay, OFFICE_HOURS);
  const person = personOf(rng, rng.chance(0.6) ? 'english' : 'american');
  const domain = lookalike(rng, inst.domain);
  const email = rng.chance(0.5)
    ? `${rng.pick(['purchasing', 'procurement', 'accounts.payable'])}@${domain}`
    : workEmail(person, domain);
  const net = fraudNetwork(rng, [
    ['us-hosting', 35],
    ['nl-hosting', 20],
    ['ng-mobile', 25],
    ['gb-hosting', 20],
  ]);
  const visit = {
    buyer: { email, name: fullName(person) },
    ip: ipOn(rng, net),
    device: deviceAt(newDevice(rng, 'windows_chrome', 0.1), at),
    mobile: false,
    cards: [],
    signedIn: false,
  };
  const lines = rng
    .shuffle(TEXTBOOKS)
    .slice(0, rng.int(2, 4))
    .map((b) => lineIn(b, 'GBP', rng.int(10, 30)));
  const shipping = rng.chance(0.6)
    ? dropAddress(rng)
    : rng.chance(0.5)
      ? reshipper(rng)
      : {
          ...addressIn(rng, townIn(rng, 'GB')),
          line1: `c/o ${inst.name}, Unit ${rng.int(1, 40)} Trade Park`,
        };
  const basket = basketOf(lines, 'GBP', 'courier', shipping.country);
  const later: LaterEvent[] = [
    { type: 'order.updated', afterMs: rng.int(1, 4) * HOUR, status: 'invoice_sent' },
  ];
  if (rng.chance(0.4))
    later.push({ type: 'order.cancelled', afterMs: rng.int(20, 72) * HOUR, reason: 'failed_verification' });
  else
    later.push(
      ...fulfil(rng, { fulfilment: 'courier', destination: shipping.country, amount: basket.amount }),
      { type: 'order.updated', afterMs: rng.int(35, 45) * DAY, status: 'invoice_overdue' },
    );
  return purchaseOf({
    kind: 'purchase_order_scam',
    fraud: true,
    at,
    zone: 'uk',
    visit,
    billing: inst.address,
    shipping,
    basket,
    fulfilment: 'courier',
    attempts: [],
    later,
    method: 'invoice',
    company: { name: inst.name, purchaseOrder: `PO${rng.digits(7)}` },
  });
}

/**
 * Buyers in sanctioned countries: a Russian collector wanting a first edition sent to Moscow (Russian cards
 * refused, then a card from Kazakhstan, the Emirates or Turkey), a forwarder in Almaty, Dubai or Istanbul
 * for someone connecting from Russia or Belarus, an Iranian academic's textbooks to Tehran, a reader in
 * Minsk. The shop's export screening cancels and refunds most that get paid.
 */
export function sanctionedCountry(rng: Rng, w: World): Purchase {
  const at = fraudAt(rng, w, DAYTIME);
  const variant = rng.weightedPick([
    ['moscow', 35],
    ['forwarder', 30],
    ['tehran', 20],
    ['minsk', 15],
  ] as const);
  const person = personOf(rng, variant === 'tehran' ? 'iranian' : 'russian');
  const home =
    variant === 'moscow'
      ? rng.pick(SANCTIONED_DESTINATIONS.filter((a) => a.country === 'RU'))
      : variant === 'tehran'
        ? rng.pick(SANCTIONED_DESTINATIONS.filter((a) => a.country === 'IR'))
        : variant === 'minsk'
          ? rng.pick(SANCTIONED_DESTINATIONS.filter((a) => a.country === 'BY'))
          : rng.pick(SANCTION_FORWARDERS);
  const net = network(
    variant === 'tehran'
      ? 'ir-home'
      : variant === 'minsk' || (variant === 'forwarder' && rng.chance(0.3))
        ? 'by-home'
        : 'ru-home',
  );
  const visit = guest(rng, person, 'GB', at, {
    network: net,
    signUp: 0.4,
    mobile: rng.chance(0.4),
    email: `${throwawayEmail(rng, person).split('@')[0] ?? 'reader'}@${rng.pick(['gmail.com', 'yandex.ru', 'mail.ru', 'proton.me'])}`,
  });
  const lines =
    variant === 'tehran'
      ? textbookLines(rng, 'EUR', rng.int(2, 4))
      : variant === 'moscow'
        ? [lineIn(rareBook(rng, 10, 3), 'EUR')]
        : readerLines(rng, 'EUR', rng.int(2, 4));
  const fulfilment: Fulfilment = variant === 'moscow' ? 'insured_courier' : 'international_tracked';
  const basket = basketOf(lines, 'EUR', fulfilment, home.country);
  const local = variant === 'minsk' ? 'BY' : variant === 'moscow' ? 'RU' : undefined;
  const workaround = rng.pick(['KZ', 'AE', 'TR']);
  const cards = [...(local && rng.chance(0.7) ? [newCard(rng, local)] : []), newCard(rng, workaround)];
  const attempts = cards.map((card, i) => {
    const refused = card.country === 'RU' || card.country === 'BY';
    const ok = !refused && rng.chance(0.7);
    return cardAttempt(rng, card, basket.amount, {
      match: 'close',
      ok,
      afterMs: i === 0 ? rng.int(20_000, 80_000) : rng.int(60_000, 5 * MINUTE),
      ...(ok
        ? { threeDS: 'frictionless' as const }
        : { decline: refused ? ('transaction_not_allowed' as const) : ('do_not_honor' as const) }),
    });
  });
  const paid = attempts.findIndex((x) => x.ok);
  const tried = paid >= 0 ? attempts.slice(0, paid + 1) : attempts;
  let later: LaterEvent[] = releaseUnpaid(rng, tried);
  if (paid >= 0)
    later = rng.chance(0.75)
      ? [{ type: 'order.cancelled', afterMs: rng.int(3, 30) * HOUR, reason: 'sanctions_screening' }]
      : fulfil(rng, { fulfilment, destination: home.country, amount: basket.amount });
  return purchaseOf({
    kind: 'sanctioned_country',
    fraud: true,
    at,
    zone: 'moscow',
    visit,
    billing: home,
    shipping: home,
    basket,
    fulfilment,
    attempts: tried,
    later,
  });
}
