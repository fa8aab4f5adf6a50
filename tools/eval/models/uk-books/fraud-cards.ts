import { type Rng } from '../kit/random.js';
import { type World } from './accounts.js';
import { purchaseOf } from './build.js';
import { DAYTIME, drawTime, EVENINGS, NIGHT_SHIFT, STUDENT_HOURS } from './calendar.js';
import { binOf, cardsOnBin, listDecline, newCard } from './cards.js';
import {
  basketOf,
  type Fulfilment,
  giftCard,
  lineIn,
  type Line,
  NEW_BOOKS,
  POETRY_EVENING,
  rareBook,
  SIGNED,
  SPECIAL,
  textbookLines,
} from './catalogue.js';
import { chargeback, fraudAt, fraudNetwork, lastAt, PROXIED_GB, stolenTries } from './fraud-kit.js';
import { ipOn, type Network } from './networks.js';
import {
  addressIn,
  dropAddress,
  hallsOf,
  marketOf,
  reshipper,
  townIn,
  ukTown,
  UNIVERSITIES,
} from './places.js';
import {
  deviceAt,
  fullName,
  newDevice,
  originIn,
  type Person,
  personOf,
  profileOf,
  scriptedDevice,
  throwawayEmail,
} from './people.js';
import { cardAttempt, DAY, fulfil, HOUR, type LaterEvent, type Purchase, releaseUnpaid } from './purchase.js';
import { studentDay } from './seasons.js';
import { guest, type Visit } from './visits.js';

/** Fraud on stolen cards: testing, ordinary stolen-card orders, rare books, e-gift cash-outs, triangulation. */

/** A session of a fraudster posing as a new buyer in the card owner's name (a guest, or an account opened minutes before). */
function posing(
  rng: Rng,
  owner: Person,
  country: string,
  at: number,
  net: Network,
  signUp: number,
  mobile = rng.chance(0.55),
): Visit {
  const v = guest(rng, owner, country, at, {
    network: net,
    signUp,
    mobile,
    email: throwawayEmail(rng, rng.chance(0.7) ? owner : undefined),
  });
  return { ...v, device: deviceAt(newDevice(rng, profileOf(rng, mobile), 0.05), at) };
}

/**
 * Card testing: scripted runs through the night on lists bought by BIN, each order the cheapest thing with no
 * postage (a £5 e-gift card or a £5 poetry-evening ticket) from one datacentre exit, random billing, mostly
 * declined. A few go through; the shop spots the run and refunds, or the issuer warns and disputes later.
 */
export function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const runs = count <= 8 ? 1 : count <= 20 ? 2 : 3;
  const out: Purchase[] = [];
  for (let r = 0; r < runs; r++) {
    const size = Math.floor(count / runs) + (r < count % runs ? 1 : 0);
    let t = fraudAt(rng, w, NIGHT_SHIFT);
    const country = rng.weightedPick([
      ['US', 50],
      ['GB', 35],
      ['DE', 8],
      ['FR', 7],
    ] as const);
    const bins = [binOf(rng, country), binOf(rng, country)];
    const net = fraudNetwork(rng, [
      ['us-hosting', 30],
      ['nl-hosting', 25],
      ['de-hosting', 20],
      ['gb-hosting', 10],
      ['vn-home', 10],
      ['ng-mobile', 5],
    ]);
    const device = scriptedDevice(rng, t);
    const ticket = rng.chance(0.35);
    for (let i = 0; i < size; i++) {
      t += Math.floor(8_000 + rng.exp(50_000));
      const cards = cardsOnBin(rng, country, rng.int(1, 3), rng.pick(bins));
      const person = personOf(rng, rng.chance(0.5) ? 'american' : 'english');
      const line: Line = ticket ? lineIn(POETRY_EVENING, 'GBP') : giftCard(5, 'GBP');
      const basket = basketOf([line], 'GBP', 'email', 'GB');
      const through = rng.chance(0.12);
      const attempts = cards.map((card, k) => {
        const last = k === cards.length - 1;
        const ok = last && through;
        return cardAttempt(rng, card, basket.amount, {
          match: 'wrong',
          ok,
          afterMs: k === 0 ? rng.int(3_000, 12_000) : rng.int(2_000, 9_000),
          ...(ok
            ? {
                threeDS:
                  card.country === 'GB' || card.country === 'DE' || card.country === 'FR'
                    ? 'exempt'
                    : 'not_enrolled',
              }
            : { decline: listDecline(rng) }),
        });
      });
      let later: LaterEvent[];
      if (!through) later = releaseUnpaid(rng, attempts);
      else {
        const sent = fulfil(rng, { fulfilment: 'email', destination: 'GB', amount: basket.amount });
        later = rng.chance(0.5)
          ? [...sent, { type: 'refund.created', afterMs: rng.int(6, 30) * HOUR, reason: 'fraudulent' }]
          : [...sent, ...chargeback(rng, lastAt(sent), { warn: 0.6, dispute: 0.4 })];
      }
      const billing = addressIn(rng, rng.chance(0.5) ? ukTown(rng) : townIn(rng, 'US'));
      out.push(
        purchaseOf({
          kind: 'card_testing',
          fraud: true,
          at: t,
          zone: 'uk',
          visit: {
            buyer: { email: throwawayEmail(rng), name: fullName(person) },
            ip: ipOn(rng, net),
            device,
            mobile: false,
            cards,
            signedIn: false,
          },
          billing,
          basket,
          fulfilment: 'email',
          attempts,
          later,
          ...(ticket ? {} : { giftRecipient: throwawayEmail(rng) }),
          locale: 'en-GB',
        }),
      );
    }
  }
  return out;
}

/** What resells on Vinted and eBay: indie special editions, signed first printings, box sets. */
function resaleLines(rng: Rng): Line[] {
  const picks = [
    rng.pick(SPECIAL.slice(0, 2)),
    rng.pick(SIGNED),
    rng.pick(NEW_BOOKS.filter((b) => b.price >= 2000)),
  ];
  const n = rng.int(2, 3);
  return [...new Set(picks)]
    .slice(0, n)
    .map((p) => lineIn(p, 'GBP', p.category === 'special_edition' ? rng.int(1, 3) : 1));
}

/**
 * A stolen British card with its owner's name and address (phished or bought with the details), so AVS
 * passes; the parcel goes by Tracked 24 to a flat or a parcel locker in another city, or to the owner's own
 * street to be intercepted. Two or three cards are tried; the statement brings a warning and a dispute.
 */
export function stolenCard(rng: Rng, w: World): Purchase {
  const at = fraudAt(rng, w, rng.chance(0.5) ? EVENINGS : NIGHT_SHIFT);
  const owner = personOf(rng, originIn(rng, 'GB'));
  const ownerTown = ukTown(rng);
  const ownerHome = addressIn(rng, ownerTown);
  const net = fraudNetwork(rng, PROXIED_GB);
  const visit = posing(rng, owner, 'GB', at, net, 0.3);
  const cards = Array.from(
    {
      length: rng.weightedPick([
        [1, 45],
        [2, 35],
        [3, 20],
      ] as const),
    },
    () => newCard(rng, 'GB', rng.chance(0.6) ? 'credit' : 'debit'),
  );
  const x = rng.next();
  const shipping = x < 0.65 ? dropAddress(rng) : x < 0.85 ? addressIn(rng, ownerTown) : ownerHome;
  const fulfilment: Fulfilment = rng.chance(0.5) ? 'tracked_24' : 'tracked_48';
  const basket = basketOf(resaleLines(rng), 'GBP', fulfilment, 'GB');
  const attempts = stolenTries(rng, cards, basket.amount, {
    match: rng.chance(0.8) ? 'good' : 'close',
    fails: 0.45,
    lastFails: 0.25,
  });
  let later: LaterEvent[] = releaseUnpaid(rng, attempts);
  if (attempts.some((a) => a.ok)) {
    const sent = fulfil(rng, { fulfilment, destination: 'GB', amount: basket.amount });
    later = [...sent, ...chargeback(rng, lastAt(sent), { warn: 0.45, dispute: 0.75 })];
  }
  return purchaseOf({
    kind: 'stolen_card',
    fraud: true,
    at,
    zone: 'uk',
    visit,
    billing: ownerHome,
    shipping,
    basket,
    fulfilment,
    attempts,
    later,
  });
}

/**
 * A first edition bought on a stolen high-limit card (American or British, often Amex): insured courier to a
 * reshipper or a drop, or the address changed once the order is in. The shop checks rare orders by hand and
 * cancels many before dispatch; the rest come back as disputes.
 */
export function rareBookFraud(rng: Rng, w: World): Purchase {
  const at = fraudAt(rng, w, rng.chance(0.6) ? DAYTIME : NIGHT_SHIFT);
  const cardCountry = rng.weightedPick([
    ['US', 55],
    ['GB', 35],
    ['DE', 5],
    ['IE', 5],
  ] as const);
  const owner = personOf(rng, originIn(rng, cardCountry));
  const ownerHome = addressIn(rng, townIn(rng, cardCountry));
  const net = fraudNetwork(
    rng,
    cardCountry === 'US'
      ? [
          ['us-hosting', 40],
          ['us-home', 35],
          ['us-mobile', 10],
          ['nl-hosting', 15],
        ]
      : PROXIED_GB,
  );
  const visit = posing(rng, owner, cardCountry, at, net, 0.5, false);
  const book = rareBook(rng, 9, 6);
  const { currency } = marketOf(cardCountry);
  const route = rng.weightedPick([
    ['reshipper', 45],
    ['drop', 25],
    ['redirect', 30],
  ] as const);
  const destination =
    route === 'drop' ? dropAddress(rng) : route === 'reshipper' ? reshipper(rng) : ownerHome;
  const basket = basketOf([lineIn(book, currency)], currency, 'insured_courier', destination.country);
  const cards = Array.from({ length: rng.int(1, 3) }, () => newCard(rng, cardCountry, 'credit'));
  const attempts = stolenTries(rng, cards, basket.amount, {
    match: rng.chance(0.6) ? 'good' : 'wrong',
    fails: 0.5,
    lastFails: 0.3,
  });
  let later: LaterEvent[] = releaseUnpaid(rng, attempts);
  if (attempts.some((a) => a.ok)) {
    later = [];
    if (route === 'redirect')
      later.push({
        type: 'order.updated',
        afterMs: rng.int(1, 6) * HOUR,
        status: 'address_changed',
        shipping: rng.chance(0.6) ? reshipper(rng) : dropAddress(rng),
      });
    if (rng.chance(0.45))
      later.push({ type: 'order.cancelled', afterMs: rng.int(8, 40) * HOUR, reason: 'failed_verification' });
    else {
      const sent = fulfil(rng, {
        fulfilment: 'insured_courier',
        destination: destination.country,
        amount: basket.amount,
        from: 10 * HOUR,
      });
      later.push(...sent, ...chargeback(rng, lastAt(sent), { warn: 0.4, dispute: 0.85 }));
    }
  }
  return purchaseOf({
    kind: 'rare_book_fraud',
    fraud: true,
    at,
    zone: 'uk',
    visit,
    billing: ownerHome,
    shipping: destination,
    basket,
    fulfilment: 'insured_courier',
    attempts,
    later,
  });
}

/**
 * E-gift cards bought on stolen cards and e-mailed straight to a buyer on a resale channel: big values, several
 * cards tried in a row, at night from VPNs, phones abroad or British proxies. Sent in a minute; the shop voids
 * and refunds some when it sees the balance spent at once; the rest turn into warnings and disputes.
 */
export function giftCardCashout(rng: Rng, w: World): Purchase {
  const at = fraudAt(rng, w, NIGHT_SHIFT);
  const cardCountry = rng.chance(0.7) ? 'GB' : 'US';
  const owner = personOf(rng, originIn(rng, cardCountry));
  const net = fraudNetwork(rng, [
    ['nl-hosting', 15],
    ['us-hosting', 10],
    ['de-hosting', 10],
    ['ng-mobile', 20],
    ['vn-home', 15],
    ['gb-mobile', 20],
    ['gb-home-cable', 10],
  ]);
  const visit = posing(rng, owner, 'GB', at, net, 0.15);
  const lines = Array.from({ length: rng.int(1, 3) }, () =>
    giftCard(rng.pick([50, 75, 100, 150, 200, 250]), 'GBP'),
  );
  const merged = [
    ...new Map(
      lines.map((l) => [l.sku, { ...l, quantity: lines.filter((x) => x.sku === l.sku).length }]),
    ).values(),
  ];
  const basket = basketOf(merged, 'GBP', 'email', 'GB');
  const cards = Array.from({ length: rng.int(1, 4) }, () => newCard(rng, cardCountry));
  const attempts = stolenTries(rng, cards, basket.amount, {
    match: rng.chance(0.5) ? 'good' : 'wrong',
    fails: 0.55,
    lastFails: 0.35,
  });
  let later: LaterEvent[] = releaseUnpaid(rng, attempts);
  if (attempts.some((a) => a.ok)) {
    const sent = fulfil(rng, { fulfilment: 'email', destination: 'GB', amount: basket.amount });
    later = rng.chance(0.35)
      ? [...sent, { type: 'refund.created', afterMs: rng.int(2, 24) * HOUR, reason: 'fraudulent' }]
      : [...sent, ...chargeback(rng, lastAt(sent), { warn: 0.5, dispute: 0.75 })];
  }
  const billing = addressIn(rng, cardCountry === 'GB' ? ukTown(rng) : townIn(rng, 'US'));
  const recipient = personOf(rng, 'english');
  return purchaseOf({
    kind: 'gift_card_cashout',
    fraud: true,
    at,
    zone: 'uk',
    visit,
    billing,
    basket,
    fulfilment: 'email',
    attempts,
    later,
    giftRecipient: throwawayEmail(rng, rng.chance(0.5) ? recipient : undefined),
    recipientName: fullName(recipient),
  });
}

/**
 * Triangulation: textbooks listed cheaply on a marketplace, bought here on a stolen card in the cardholder's
 * name and sent to the real marketplace buyer, a student in halls who receives exactly what they ordered.
 * The cardholder disputes a month or two later.
 */
export function triangulation(rng: Rng, w: World): Purchase {
  const at = drawTime(rng, w.window, 'uk', studentDay, rng.chance(0.5) ? STUDENT_HOURS : NIGHT_SHIFT);
  const cardCountry = rng.chance(0.75) ? 'GB' : 'US';
  const owner = personOf(rng, originIn(rng, cardCountry));
  const ownerHome = addressIn(rng, cardCountry === 'GB' ? ukTown(rng) : townIn(rng, 'US'));
  const net = fraudNetwork(rng, [
    ['gb-home-fibre', 25],
    ['gb-home-cable', 20],
    ['gb-hosting', 15],
    ['nl-hosting', 15],
    ['ng-mobile', 15],
    ['vn-home', 10],
  ]);
  const visit = posing(rng, owner, cardCountry, at, net, 0.2, false);
  const student = personOf(rng, originIn(rng, 'GB'));
  const shipping = hallsOf(rng, rng.pick(UNIVERSITIES));
  const basket = basketOf(textbookLines(rng, 'GBP', rng.int(1, 3)), 'GBP', 'tracked_48', 'GB');
  const attempts = stolenTries(
    rng,
    [newCard(rng, cardCountry, 'credit'), newCard(rng, cardCountry)],
    basket.amount,
    { match: 'good', fails: 0.3, lastFails: 0.2 },
  );
  let later: LaterEvent[] = releaseUnpaid(rng, attempts);
  if (attempts.some((a) => a.ok)) {
    const sent = fulfil(rng, { fulfilment: 'tracked_48', destination: 'GB', amount: basket.amount });
    later = [...sent, ...chargeback(rng, lastAt(sent) + rng.int(10, 30) * DAY, { warn: 0.4, dispute: 0.85 })];
  }
  return purchaseOf({
    kind: 'triangulation',
    fraud: true,
    at,
    zone: 'uk',
    visit,
    billing: ownerHome,
    shipping,
    recipientName: fullName(student),
    basket,
    fulfilment: 'tracked_48',
    attempts,
    later,
  });
}
