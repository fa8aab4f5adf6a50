import { accountBuyer, type Address, type Buyer, DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { placedAt } from './calendar.js';
import { batchCard, binsOf, type Decline, type HeldCard, newCard } from './cards.js';
import { basketLines, basketOf, CHEAPEST, inUsd, projectLines, type Tier } from './catalogue.js';
import { homeNetwork, ipOf, network, type Network } from './networks.js';
import { newDevice, SCRIPTED_AGENTS, studioOf } from './people.js';
import { type Country, emailFor, forwarderAddress, homeAddress, MARKETS, nameIn } from './places.js';
import {
  type Attempt,
  cardAttempt,
  firstAuth,
  type LaterEvent,
  type Purchase,
  retryGap,
  shippedAndDelivered,
} from './purchase.js';
import { type Sanctioned, sanctionedAddress, sanctionedName, turkishIntermediary } from './sanctioned.js';
import { currencyFor, type Draft, purchaseOf, type World } from './world.js';

/**
 * How fraud hits a high-value cross-border rug shop. Big pieces bought with stolen foreign cards and sent to
 * freight forwarders; triangulation (a rug "sold" elsewhere, bought here with a stolen card and shipped to the
 * real buyer); taken-over accounts of past customers; fake designers with fresh trade accounts; card testing on
 * cushions and tiles; buyers who receive a rug and claim it was not as described, or dispute a delivery they
 * signed for; and buyers from sanctioned jurisdictions. Much of it looks clean: fullz with matching addresses,
 * residential proxies in the card's country, real people's own cards.
 */

export const FRAUD = {
  stolen_card_forwarder: 24,
  card_testing: 17,
  triangulation: 13,
  account_takeover: 12,
  fake_designer: 8,
  not_as_described: 8,
  friendly_chargeback: 10,
  sanctioned_country: 8,
} as const;
export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const VICTIMS: ReadonlyArray<readonly [Country, number]> = [
  ['US', 55],
  ['GB', 14],
  ['AU', 10],
  ['CA', 9],
  ['DE', 6],
  ['AE', 6],
];

/** A throwaway address: a name and digits at a webmail, or a random string. */
function burnerEmail(rng: Rng, name: string, country: Country): string {
  if (rng.chance(0.6))
    return emailFor(rng, name, country).replace(
      /@.*/,
      `${rng.int(100, 9999)}@${rng.pick(['gmail.com', 'outlook.com', 'proton.me', 'yahoo.com'])}`,
    );
  return `${rng.token(rng.int(8, 12), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(2)}@${rng.pick(['gmail.com', 'hotmail.com', 'mail.com'])}`;
}

/** Where a fraudster connects from: a residential proxy in the card's country, hosting, or home in Turkey. */
function fraudNetwork(rng: Rng, country: Country, weights: readonly [number, number, number]): Network {
  const which = rng.weightedPick([
    ['proxy', weights[0]],
    ['hosting', weights[1]],
    ['turkey', weights[2]],
  ] as const);
  if (which === 'proxy') return homeNetwork(rng, country, 0.2);
  if (which === 'hosting') return network(rng.chance(0.6) ? 'us_hosting' : 'de_hosting');
  return network(rng.chance(0.6) ? 'tr_mobile' : 'tr_fibre');
}

const STOLEN_DECLINES: ReadonlyArray<readonly [Decline, number]> = [
  ['stolen_card', 20],
  ['do_not_honor', 25],
  ['insufficient_funds', 15],
  ['incorrect_cvc', 12],
  ['fraudulent', 10],
  ['lost_card', 8],
  ['card_velocity_exceeded', 5],
  ['authentication_failed', 5],
];

/**
 * Stolen cards tried one after another until one goes through (most do: they were checked before), or all
 * fail; 3-D Secure rarely stands in the way of cards from issuers that do not enrol.
 */
function stolenAttempts(
  rng: Rng,
  cards: () => HeldCard,
  usd: number,
  failShare: number,
  matchGood: number,
): Attempt[] {
  const out: Attempt[] = [];
  const tries = rng.chance(failShare) ? rng.int(1, 3) : 0;
  const match = rng.chance(matchGood) ? 'good' : rng.chance(0.5) ? 'partial' : 'wrong';
  for (let i = 0; i < tries; i++) {
    const decline = rng.weightedPick(STOLEN_DECLINES);
    out.push(
      cardAttempt(rng, cards(), usd, {
        ok: false,
        decline,
        match,
        afterMs: i === 0 ? firstAuth(rng) : rng.int(20_000, 4 * MINUTE),
      }),
    );
  }
  if (tries === 3 && rng.chance(0.6)) return out;
  const threeDS = rng.chance(0.55) ? 'not_enrolled' : 'frictionless';
  out.push(
    cardAttempt(rng, cards(), usd, {
      ok: true,
      match,
      threeDS,
      afterMs: out.length === 0 ? firstAuth(rng) : retryGap(rng),
    }),
  );
  return out;
}

interface LabelOdds {
  /** Stopped by the shop's own review before dispatch. */
  caught: number;
  warning: number;
  dispute: number;
  /** Days after delivery the dispute comes. */
  disputeDays: readonly [number, number];
  domestic?: boolean;
}

/** What happens to a fraudulent order after capture: shipped unless caught; warnings and disputes come late. */
function fraudLater(rng: Rng, o: LabelOdds, reason = 'fraudulent'): LaterEvent[] {
  if (rng.chance(o.caught)) {
    const at = rng.int(2, 30) * HOUR;
    return [
      { type: 'order.cancelled', afterMs: at, reason: 'suspected_fraud' },
      { type: 'refund.created', afterMs: at + rng.int(1, 20) * MINUTE, reason: 'fraudulent' },
    ];
  }
  const { events, delivered } = shippedAndDelivered(rng, o.domestic);
  const out = [...events];
  const warned = rng.chance(o.warning);
  if (warned) out.push({ type: 'fraud_warning.created', afterMs: rng.int(2, 16) * DAY });
  if (rng.chance(o.dispute))
    out.push({
      type: 'dispute.created',
      afterMs: delivered + rng.int(o.disputeDays[0], o.disputeDays[1]) * DAY,
      reason,
    });
  else if (warned && rng.chance(0.5))
    out.push({ type: 'refund.created', afterMs: rng.int(17, 20) * DAY, reason: 'fraudulent' });
  return out;
}

function labelled(rng: Rng, d: Draft, odds: LabelOdds): Purchase {
  d.later = d.attempts.some((a) => a.ok) ? fraudLater(rng, odds) : [];
  return purchaseOf(rng, d);
}

function stolenCardForwarder(rng: Rng, w: World): Purchase {
  const country = rng.weightedPick(VICTIMS);
  const victim = nameIn(rng, country);
  const fullz = rng.chance(0.7);
  const bins = binsOf(country).slice(0, 3);
  const basket = basketOf(
    basketLines(
      rng,
      rng.weightedPick<Tier>([
        ['premium', 45],
        ['rug', 35],
        ['collector', 20],
      ]),
    ),
    'USD',
  );
  const usd = inUsd(basket.amount, basket.currency);
  const forwarder = rng.chance(0.75);
  const shipping = forwarder
    ? forwarderAddress(rng, rng.chance(0.7) ? 'US' : rng.chance(0.5) ? 'AE' : 'GB')
    : homeAddress(rng, country);
  const d: Draft = {
    kind: 'stolen_card_forwarder',
    fraud: true,
    at: placedAt(rng, w.window, rng.pick([3, 3, MARKETS[country].tz, 1])),
    buyer: { email: burnerEmail(rng, victim, country), name: victim },
    billing: homeAddress(rng, country),
    shipping,
    recipient: forwarder ? `${victim} (${shipping.line1?.split(' ').pop() ?? ''})` : nameIn(rng, country),
    ip: ipOf(rng, fraudNetwork(rng, country, [55, 30, 15]), 0.1),
    device: newDevice(rng, 0.75),
    locale: MARKETS[country].locale,
    basket,
    attempts: stolenAttempts(rng, () => batchCard(rng, bins, country), usd, 0.35, fullz ? 0.9 : 0.2),
    later: [],
  };
  return labelled(rng, d, { caught: 0.1, warning: 0.4, dispute: 0.65, disputeDays: [10, 60] });
}

function triangulation(rng: Rng, w: World): Purchase {
  const country = rng.weightedPick<Country>([
    ['US', 55],
    ['GB', 20],
    ['DE', 10],
    ['AU', 15],
  ]);
  const realBuyer = nameIn(rng, country);
  const holder = nameIn(rng, country);
  const basket = basketOf(
    basketLines(
      rng,
      rng.weightedPick<Tier>([
        ['kilim', 50],
        ['decor', 25],
        ['rug', 25],
      ]),
    ),
    currencyFor(rng, country),
  );
  const usd = inUsd(basket.amount, basket.currency);
  // The marketplace buyer's name and address go on the parcel; the stolen card's holder on the bill.
  const useBuyerName = rng.chance(0.5);
  const d: Draft = {
    kind: 'triangulation',
    fraud: true,
    at: placedAt(rng, w.window, rng.pick([3, 1, MARKETS[country].tz])),
    buyer: {
      email: burnerEmail(rng, useBuyerName ? realBuyer : holder, country),
      name: useBuyerName ? realBuyer : holder,
    },
    billing: homeAddress(rng, country),
    shipping: homeAddress(rng, country),
    recipient: realBuyer,
    ip: ipOf(rng, fraudNetwork(rng, country, [60, 35, 5]), 0.1),
    device: newDevice(rng, 0.85),
    locale: MARKETS[country].locale,
    basket,
    attempts: stolenAttempts(rng, () => newCard(rng, country), usd, 0.15, 0.8),
    later: [],
  };
  return labelled(rng, d, { caught: 0.03, warning: 0.3, dispute: 0.7, disputeDays: [15, 70] });
}

function accountTakeover(rng: Rng, w: World): Purchase {
  const pool = rng.chance(0.4) ? w.customers.collectors : w.customers.abroad;
  const a = rng.pick(pool.filter((x) => w.window.start - x.createdAt > 20 * DAY));
  const basket = basketOf(
    basketLines(
      rng,
      rng.weightedPick<Tier>([
        ['premium', 45],
        ['rug', 30],
        ['collector', 25],
      ]),
    ),
    currencyFor(rng, a.country),
  );
  const usd = inUsd(basket.amount, basket.currency);
  const card = rng.pick(a.cards);
  const redirect = rng.weightedPick([
    ['forwarder', 50],
    ['drop', 30],
    ['later', 20],
  ] as const);
  const drop: Address =
    redirect === 'drop'
      ? homeAddress(rng, a.country)
      : forwarderAddress(rng, a.country === 'GB' ? 'GB' : rng.chance(0.8) ? 'US' : 'AE');
  const fail = rng.chance(0.12);
  const attempts: Attempt[] = fail
    ? [
        cardAttempt(rng, card, usd, {
          entry: 'saved',
          ok: false,
          decline: 'do_not_honor',
          afterMs: firstAuth(rng),
        }),
      ]
    : [];
  attempts.push(
    cardAttempt(rng, fail ? rng.pick(a.cards) : card, usd, {
      entry: 'saved',
      ok: true,
      threeDS: rng.chance(0.6) ? 'frictionless' : 'not_enrolled',
      afterMs: fail ? retryGap(rng) : firstAuth(rng),
    }),
  );
  const d: Draft = {
    kind: 'account_takeover',
    fraud: true,
    at: placedAt(rng, w.window, rng.pick([3, 1, 0])),
    buyer: accountBuyer(a),
    billing: a.home,
    shipping: redirect === 'later' ? a.home : drop,
    recipient: redirect === 'drop' ? nameIn(rng, a.country) : a.name,
    ip: ipOf(rng, fraudNetwork(rng, a.country, [35, 45, 20]), 0.1),
    device: newDevice(rng, 0.8),
    locale: MARKETS[a.country].locale,
    basket,
    attempts,
    later: [],
  };
  if (rng.chance(0.3)) {
    // The real holder sees the order e-mail and calls the shop before it ships.
    const at = rng.int(3, 20) * HOUR;
    d.later = [
      { type: 'order.cancelled', afterMs: at, reason: 'customer_reported_unauthorised' },
      { type: 'refund.created', afterMs: at + rng.int(5, 60) * MINUTE, reason: 'fraudulent' },
    ];
    return purchaseOf(rng, d);
  }
  const p = labelled(rng, d, { caught: 0.05, warning: 0.25, dispute: 0.6, disputeDays: [5, 45] });
  if (redirect === 'later')
    p.later.push({
      type: 'order.updated',
      afterMs: rng.int(20, 240) * MINUTE,
      shipping: drop,
      reason: 'address_change',
    });
  return p;
}

function fakeDesigner(rng: Rng, w: World): Purchase {
  const country = rng.weightedPick<Country>([
    ['US', 45],
    ['GB', 25],
    ['AE', 20],
    ['AU', 10],
  ]);
  const name = nameIn(rng, country);
  const studio = studioOf(rng, country, name.split(' ').slice(1).join(' '));
  const at = placedAt(rng, w.window, MARKETS[country].tz, rng.chance(0.6) ? 'office' : 'people');
  const slug = studio.name.toLowerCase().replace(/[^a-z]/g, '');
  const email = rng.chance(0.5)
    ? `${slug}${rng.int(1, 99)}@gmail.com`
    : `projects@${slug}-${rng.pick(['design', 'interiors'])}.${rng.pick(['co', 'net', 'studio'])}`;
  const buyer: Buyer = {
    id: `cus_${rng.token(14)}`,
    email,
    name,
    createdAt: at - rng.int(10 * MINUTE, 3 * DAY),
  };
  const basket = basketOf(projectLines(rng), 'USD');
  const usd = inUsd(basket.amount, basket.currency);
  const bins = binsOf(country).slice(0, 2);
  const client = rng.chance(0.5)
    ? forwarderAddress(rng, rng.chance(0.5) ? 'AE' : 'US')
    : homeAddress(rng, country);
  const d: Draft = {
    kind: 'fake_designer',
    fraud: true,
    at,
    buyer,
    billing: homeAddress(rng, country),
    shipping: client,
    recipient: `${nameIn(rng, country)} c/o ${studio.name}`,
    ip: ipOf(rng, fraudNetwork(rng, country, [45, 35, 20]), 0.1),
    device: newDevice(rng, 0.85),
    locale: MARKETS[country].locale,
    company: studio,
    basket,
    attempts: stolenAttempts(rng, () => batchCard(rng, bins, country), usd, 0.6, 0.7),
    later: [],
  };
  const p = labelled(rng, d, { caught: 0.15, warning: 0.35, dispute: 0.6, disputeDays: [10, 50] });
  if (rng.chance(0.4) && !p.later.some((l) => l.type === 'order.cancelled'))
    p.later.push({
      type: 'order.updated',
      afterMs: rng.int(1, 18) * HOUR,
      shipping: forwarderAddress(rng),
      reason: 'client_address_change',
    });
  return p;
}

/** Card testing: runs of cheap guest checkouts at night, one card each, from a few BINs, mostly declined. */
function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const country = rng.weightedPick<Country>([
      ['US', 60],
      ['GB', 15],
      ['CA', 10],
      ['AU', 15],
    ]);
    const bins = binsOf(country).slice(0, rng.int(1, 3));
    const run = Math.min(count - out.length, rng.int(5, 18));
    let t = placedAt(rng, w.window, 3, 'night');
    const agent = rng.pick(SCRIPTED_AGENTS);
    const hosting = network(rng.chance(0.6) ? 'us_hosting' : 'de_hosting');
    for (let i = 0; i < run; i++) {
      t = Math.min(w.window.end - 1, t + (i === 0 ? 0 : rng.int(15_000, 150_000)));
      const name = nameIn(rng, country);
      const item = rng.pick(CHEAPEST);
      const basket = basketOf(
        [{ sku: item.sku, name: item.name, category: item.category, quantity: 1, price: item.price }],
        'USD',
      );
      const ok = rng.chance(0.12);
      const card = batchCard(rng, bins, country);
      const decline = rng.weightedPick<Decline>([
        ['incorrect_cvc', 25],
        ['stolen_card', 15],
        ['do_not_honor', 20],
        ['invalid_account', 15],
        ['expired_card', 15],
        ['insufficient_funds', 10],
      ]);
      const address = homeAddress(rng, country);
      const d: Draft = {
        kind: 'card_testing',
        fraud: true,
        at: t,
        buyer: { email: burnerEmail(rng, name, country), name },
        billing: address,
        shipping: rng.chance(0.5) ? address : homeAddress(rng, country),
        ip: ipOf(rng, rng.chance(0.5) ? hosting : homeNetwork(rng, country, 0.5), 0.05),
        device: { userAgent: agent, ...(rng.chance(0.3) ? { id: `dv_${rng.token(20)}` } : {}) },
        locale: MARKETS[country].locale,
        basket,
        attempts: [
          cardAttempt(rng, card, item.price, {
            ok,
            decline: ok ? undefined : decline,
            match: rng.chance(0.5) ? 'good' : 'wrong',
            threeDS: 'not_enrolled',
            afterMs: rng.int(2_000, 9_000),
          }),
        ],
        later: [],
      };
      out.push(labelled(rng, d, { caught: 0.4, warning: 0.3, dispute: 0.1, disputeDays: [5, 30] }));
    }
  }
  return out;
}

/** A real buyer with their own card and account, a big rug delivered, then a claim that it was not as described. */
function notAsDescribed(rng: Rng, w: World): Purchase {
  const a = rng.pick(w.customers.abroad);
  const basket = basketOf(
    basketLines(
      rng,
      rng.weightedPick<Tier>([
        ['premium', 50],
        ['rug', 35],
        ['collector', 15],
      ]),
    ),
    currencyFor(rng, a.country),
  );
  const usd = inUsd(basket.amount, basket.currency);
  const d: Draft = {
    kind: 'not_as_described',
    fraud: true,
    at: placedAt(rng, w.window, MARKETS[a.country].tz),
    buyer: accountBuyer(a),
    billing: a.home,
    shipping: a.home,
    ip: ipOf(rng, a.network),
    device: rng.pick(a.devices),
    locale: MARKETS[a.country].locale,
    basket,
    attempts: [
      cardAttempt(rng, rng.pick(a.cards), usd, {
        entry: rng.chance(0.5) ? 'saved' : 'typed',
        ok: true,
        afterMs: firstAuth(rng),
      }),
    ],
    later: [],
  };
  const { events, delivered } = shippedAndDelivered(rng);
  d.later = [...events];
  if (rng.chance(0.7))
    d.later.push({
      type: 'dispute.created',
      afterMs: delivered + rng.int(12, 55) * DAY,
      reason: rng.pick(['product_not_as_described', 'product_unacceptable']),
    });
  // Otherwise a "return" of a cheaper copy was refunded before anyone looked closely: never labelled as fraud.
  else
    d.later.push({ type: 'refund.created', afterMs: delivered + rng.int(10, 25) * DAY, reason: 'returned' });
  return purchaseOf(rng, d);
}

/** A buyer who signed for the parcel and then tells the bank they never ordered or never received it. */
function friendlyChargeback(rng: Rng, w: World): Purchase {
  const signedIn = rng.chance(0.5);
  const a = rng.pick(w.customers.abroad);
  const country = signedIn
    ? a.country
    : rng.weightedPick<Country>([
        ['US', 60],
        ['GB', 20],
        ['CA', 10],
        ['AU', 10],
      ]);
  const name = signedIn ? a.name : nameIn(rng, country);
  const home = signedIn ? a.home : homeAddress(rng, country);
  const basket = basketOf(
    basketLines(
      rng,
      rng.weightedPick<Tier>([
        ['rug', 45],
        ['kilim', 30],
        ['premium', 15],
        ['decor', 10],
      ]),
    ),
    currencyFor(rng, country),
  );
  const usd = inUsd(basket.amount, basket.currency);
  const card = signedIn ? rng.pick(a.cards) : newCard(rng, country);
  const d: Draft = {
    kind: 'friendly_chargeback',
    fraud: true,
    at: placedAt(rng, w.window, MARKETS[country].tz),
    buyer: signedIn ? accountBuyer(a) : { email: emailFor(rng, name, country), name },
    billing: home,
    shipping: home,
    ip: ipOf(rng, signedIn ? a.network : homeNetwork(rng, country)),
    device: signedIn ? rng.pick(a.devices) : newDevice(rng),
    locale: MARKETS[country].locale,
    channel: !signedIn && rng.chance(0.3) ? 'payment_link' : 'web',
    basket,
    attempts: [cardAttempt(rng, card, usd, { ok: true, afterMs: firstAuth(rng) })],
    later: [],
  };
  const { events, delivered } = shippedAndDelivered(rng);
  d.later = [
    ...events,
    {
      type: 'dispute.created',
      afterMs: delivered + rng.int(20, 85) * DAY,
      reason: rng.pick(['fraudulent', 'product_not_received', 'unrecognized']),
    },
  ];
  return purchaseOf(rng, d);
}

/**
 * Buyers from Russia, Belarus or Iran: at home with a Turkish, Kazakh or Emirati card, or a card from home that
 * the acquirer refuses; shipping home or to a relative or cargo agent in Turkey. Always touches a sanctioned
 * place by IP, billing, shipping or card. Some are stopped by the shop's compliance check; none are disputed.
 */
function sanctionedCountry(rng: Rng, w: World): Purchase {
  const c = rng.weightedPick<Sanctioned>([
    ['RU', 65],
    ['IR', 25],
    ['BY', 10],
  ]);
  const variant = rng.weightedPick([
    ['from_home', 75],
    ['ship_only', 25],
  ] as const);
  const name = sanctionedName(rng, c);
  const home = sanctionedAddress(rng, c);
  const cardCountry = rng.weightedPick<string>([
    ['TR', 45],
    ['KZ', c === 'IR' ? 0 : 25],
    ['AE', 20],
    [c === 'IR' ? 'TR' : 'RU', 10],
  ]);
  const card = newCard(rng, cardCountry);
  const fromHome = variant === 'from_home';
  const ip = fromHome
    ? ipOf(rng, network(c === 'RU' ? 'ru_broadband' : c === 'BY' ? 'by_broadband' : 'ir_broadband'), 0)
    : ipOf(rng, homeNetwork(rng, 'TR'));
  const shipping = fromHome
    ? rng.chance(0.45)
      ? home
      : turkishIntermediary(rng)
    : sanctionedAddress(rng, c);
  const billing = fromHome ? (rng.chance(0.6) ? home : turkishIntermediary(rng)) : homeAddress(rng, 'TR');
  const currency = cardCountry === 'TR' && rng.chance(0.5) ? 'TRY' : rng.chance(0.2) ? 'EUR' : 'USD';
  const basket = basketOf(
    basketLines(
      rng,
      rng.weightedPick<Tier>([
        ['premium', 35],
        ['rug', 40],
        ['kilim', 15],
        ['collector', 10],
      ]),
    ),
    currency,
  );
  const usd = inUsd(basket.amount, basket.currency);
  const attempts: Attempt[] = [];
  if (card.country === 'RU') {
    attempts.push(
      cardAttempt(rng, card, usd, { ok: false, decline: 'transaction_not_allowed', afterMs: firstAuth(rng) }),
    );
    attempts.push(
      cardAttempt(rng, newCard(rng, 'KZ'), usd, {
        ok: rng.chance(0.8),
        decline: 'do_not_honor',
        afterMs: retryGap(rng),
      }),
    );
  } else
    attempts.push(
      cardAttempt(rng, card, usd, { ok: rng.chance(0.9), decline: 'do_not_honor', afterMs: firstAuth(rng) }),
    );
  const d: Draft = {
    kind: 'sanctioned_country',
    fraud: true,
    at: placedAt(rng, w.window, c === 'IR' ? 3.5 : 3),
    buyer: {
      email: `${name.toLowerCase().replace(/[^a-z]/g, '.')}${rng.int(1, 99)}@${rng.pick(c === 'IR' ? ['gmail.com', 'yahoo.com'] : ['mail.ru', 'yandex.ru', 'gmail.com'])}`,
      name,
    },
    billing,
    shipping,
    ip,
    device: newDevice(rng),
    locale: c === 'IR' ? 'fa-IR' : 'ru-RU',
    basket,
    attempts,
    later: [],
  };
  if (attempts.some((a) => a.ok)) {
    if (rng.chance(0.25)) {
      const at = rng.int(2, 26) * HOUR;
      d.later = [
        { type: 'order.cancelled', afterMs: at, reason: 'compliance_review' },
        { type: 'refund.created', afterMs: at + rng.int(2, 40) * MINUTE, reason: 'compliance_review' },
      ];
    } else d.later = shippedAndDelivered(rng, shipping.country === 'TR').events;
  }
  return purchaseOf(rng, d);
}

const PLANNERS: Readonly<Record<Exclude<FraudKind, 'card_testing'>, (rng: Rng, w: World) => Purchase>> = {
  stolen_card_forwarder: stolenCardForwarder,
  triangulation,
  account_takeover: accountTakeover,
  fake_designer: fakeDesigner,
  not_as_described: notAsDescribed,
  friendly_chargeback: friendlyChargeback,
  sanctioned_country: sanctionedCountry,
};

/** `count` fraudulent purchases, split across the kinds exactly by weight, each kind on its own fork. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const counts = allocate(count);
  const out: Purchase[] = cardTesting(rng.fork('card_testing'), w, counts.card_testing);
  for (const kind of Object.keys(PLANNERS) as Array<keyof typeof PLANNERS>) {
    const r = rng.fork(kind);
    for (let i = 0; i < counts[kind]; i++) out.push(PLANNERS[kind](r.fork(`${i}`), w));
  }
  return out;
}
