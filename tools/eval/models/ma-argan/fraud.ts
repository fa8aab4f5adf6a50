import { type Address, type Buyer, type Card, DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { when } from './calendar.js';
import {
  basketOf,
  CATALOGUE,
  craftLines,
  type Currency,
  type Delivery,
  lineIn,
  type Line,
  PANTRY,
  RUGS,
} from './catalogue.js';
import { localeOf, maskedPhone, type World } from './honest.js';
import { address, network, networksOf } from './networks.js';
import {
  binsOf,
  cardFrom,
  deviceFor,
  emailFor,
  moroccanName,
  nameFrom,
  scriptedDevice,
  stayAddress,
  townIn,
} from './people.js';
import {
  afterAttempts,
  type Attempt,
  cardTry,
  codLater,
  firstAuth,
  type LaterStep,
  type Method,
  paypalTry,
  prepaidLater,
  type Purchase,
  retryGap,
  type ThreeDS,
} from './purchase.js';

/** The fraud the shop really sees, its kinds allocated exactly by weight (at least one each). */

export const FRAUD = {
  card_testing: 22,
  stolen_card_abroad: 13,
  riad_drop: 9,
  fake_cod: 13,
  phished_cmi_card: 12,
  account_takeover: 8,
  friendly_fraud: 9,
  refund_abuse: 6,
  triangulation: 5,
  sanctioned_country: 3,
} as const;
export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const TEMP = ['yopmail.com', 'gmail.com', 'outlook.com', 'protonmail.com', 'mail.ru', 'gmail.com'];
/** A throwaway address: random letters and digits at a free or disposable mailbox. */
const throwaway = (rng: Rng, domains = TEMP) =>
  `${rng.token(rng.int(6, 11), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(0, 4))}@${rng.pick(domains)}`;

const lastAttempt = (attempts: readonly Attempt[]) =>
  attempts.reduce((t, a) => t + Math.max(1000, a.afterMs), 0);

/** Chargeback trail of a paid stolen card: an issuer's warning, then a dispute coded fraud. */
function chargeback(rng: Rng, from: number, warn: number, dispute: number): LaterStep[] {
  const out: LaterStep[] = [];
  if (rng.chance(warn))
    out.push({ type: 'fraud_warning.created', afterMs: from + rng.int(4, 18) * DAY, reason: 'fraudulent' });
  if (rng.chance(dispute))
    out.push({ type: 'dispute.created', afterMs: from + rng.int(20, 60) * DAY, reason: 'fraudulent' });
  return out;
}

interface Shape {
  kind: FraudKind;
  at: number;
  buyer: Buyer;
  billing: Address;
  shipping: Address;
  delivery: Delivery;
  lines: Line[];
  currency: Currency;
  method: Method;
  attempts: (amount: number) => Attempt[];
  later: (attempts: readonly Attempt[], amount: number) => LaterStep[];
  ip: string;
  device: Purchase['device'];
  locale: string;
  phone: string;
  code?: { code?: string; percent?: number };
  fee?: number;
}

function make(s: Shape): Purchase {
  const basket = basketOf(s.lines, s.currency, s.delivery, {
    ...(s.code ?? {}),
    ...(s.fee !== undefined ? { fee: s.fee } : {}),
  });
  const attempts = s.attempts(basket.amount);
  return {
    kind: s.kind,
    fraud: true,
    at: s.at,
    buyer: s.buyer,
    billing: s.billing,
    shipping: s.shipping,
    delivery: s.delivery,
    basket,
    method: s.method,
    attempts,
    later: s.later(attempts, basket.amount),
    ip: s.ip,
    device: s.device,
    locale: s.locale,
    phone: s.phone,
  };
}

/** Stolen card tries: declined or failing 3-D Secure, card after card, until one goes through or they stop. */
function stolenTries(
  rng: Rng,
  method: 'cmi' | 'stripe',
  cards: readonly Card[],
  amount: number,
  passShare: number,
  secured: () => ThreeDS,
): Attempt[] {
  const out: Attempt[] = [];
  for (const [i, card] of cards.entries()) {
    const afterMs = i === 0 ? firstAuth(rng) : retryGap(rng);
    if (rng.chance(passShare)) {
      out.push(cardTry(rng, method, card, amount, { ok: true, threeDS: secured(), afterMs }));
      return out;
    }
    const decline = rng.weightedPick<string>([
      ['authentication_failed', 40],
      ['do_not_honor', 20],
      ['stolen_card', 10],
      ['insufficient_funds', 15],
      ['incorrect_cvc', 15],
    ]);
    out.push(cardTry(rng, method, card, amount, { ok: false, decline, afterMs }));
  }
  return out;
}

function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  let left = count;
  while (left > 0) {
    const n = Math.min(left, rng.int(6, 24));
    left -= n;
    const net = rng.pick([
      network('us-hosting-vpn'),
      network('nl-hosting-vpn'),
      network('de-hosting-vpn'),
      network('fr-hosting-vpn'),
    ]);
    const device = scriptedDevice(rng);
    const issuer = rng.weightedPick<string>([
      ['US', 45],
      ['GB', 15],
      ['FR', 15],
      ['CA', 15],
      ['ES', 10],
    ]);
    const bins = rng.shuffle(binsOf(issuer)).slice(0, rng.int(1, 2));
    const gaps = Array.from({ length: n }, () => rng.int(15, 240) * 1000);
    const span = gaps.reduce((a, b) => a + b, 0);
    let t = Math.min(when(rng, w.window, 'night'), w.window.end - span - MINUTE);
    t = Math.max(t, w.window.start);
    for (let i = 0; i < n; i++) {
      t += gaps[i] ?? 0;
      const name = nameFrom(rng, issuer === 'GB' ? 'GB' : issuer === 'US' ? 'US' : issuer);
      const home = townIn(rng, issuer === 'ES' ? 'ES' : issuer);
      const cards = Array.from({ length: rng.chance(0.3) ? rng.int(2, 3) : 1 }, () =>
        cardFrom(rng, issuer, rng.pick(bins)),
      );
      out.push(
        make({
          kind: 'card_testing',
          at: Math.min(t, w.window.end - 1),
          buyer: { email: throwaway(rng), name },
          billing: home,
          shipping: home,
          delivery: issuer === 'US' || issuer === 'CA' ? 'post_america' : 'post_europe',
          lines: [
            lineIn(
              rng.pick([CATALOGUE.ghassoul, CATALOGUE.roseWater, CATALOGUE.rasElHanout, CATALOGUE.saffron1]),
              'EUR',
            ),
          ],
          currency: 'EUR',
          method: 'stripe',
          attempts: (amount) =>
            cards.map((card, j) => {
              const ok = rng.chance(0.12);
              const decline = rng.weightedPick<string>([
                ['card_declined', 35],
                ['insufficient_funds', 20],
                ['incorrect_cvc', 20],
                ['expired_card', 10],
                ['do_not_honor', 15],
              ]);
              return cardTry(rng, 'stripe', card, amount, {
                ok,
                ...(ok ? { threeDS: rng.chance(0.6) ? 'exempt' : 'frictionless' } : { decline }),
                avs: ['US', 'CA', 'GB'].includes(issuer)
                  ? rng.chance(0.5)
                    ? 'fail'
                    : 'partial'
                  : 'unavailable',
                afterMs: j === 0 ? rng.int(3_000, 12_000) : rng.int(2_000, 8_000),
              });
            }),
          later: (attempts, amount) => {
            const l = afterAttempts(rng, attempts, 'post_europe', amount, false);
            return attempts.some((a) => a.ok)
              ? [...l, ...chargeback(rng, lastAttempt(attempts), 0.35, 0.15)]
              : l;
          },
          ip: address(rng, net),
          device,
          locale: 'en',
          phone: `+1 ••• ${rng.digits(3)}`,
        }),
      );
    }
  }
  return out;
}

const EU = [
  ['FR', 45],
  ['BE', 15],
  ['ES', 12],
  ['NL', 10],
  ['DE', 10],
  ['IT', 8],
] as const;

function stolenAbroad(rng: Rng, w: World): Purchase {
  const issuer = rng.weightedPick(EU);
  const at = when(rng, w.window, rng.chance(0.5) ? 'night' : 'europe');
  const toMorocco = rng.chance(0.4);
  const holder = nameFrom(rng, issuer);
  const shipping = toMorocco ? townIn(rng, 'MA') : townIn(rng, issuer);
  const currency: Currency = toMorocco ? 'MAD' : 'EUR';
  const method = toMorocco ? 'cmi' : 'stripe';
  const signUp = rng.chance(0.3);
  const name = toMorocco ? moroccanName(rng) : rng.chance(0.6) ? holder : nameFrom(rng, issuer);
  const buyer: Buyer = signUp
    ? {
        id: `cus_${rng.int(90_000, 99_999)}${rng.digits(2)}`,
        email: throwaway(rng),
        name,
        createdAt: at - rng.int(2, 15) * MINUTE,
      }
    : { email: throwaway(rng), name };
  const net = toMorocco
    ? rng.pick(networksOf('MA', 'mobile'))
    : rng.chance(0.6)
      ? rng.pick(networksOf(issuer === 'IT' ? 'DE' : issuer, 'hosting').concat(networksOf('NL', 'hosting')))
      : rng.pick(networksOf(issuer));
  const cards = Array.from({ length: rng.int(1, 3) }, () => cardFrom(rng, issuer));
  const lines = rng.chance(0.7)
    ? craftLines(rng, currency)
    : [lineIn(CATALOGUE.weekender, currency), lineIn(CATALOGUE.babouchesBrodees, currency, rng.int(2, 4))];
  const delivery: Delivery = toMorocco ? 'courier' : 'post_europe';
  return make({
    kind: 'stolen_card_abroad',
    at,
    buyer,
    billing: townIn(rng, issuer),
    shipping,
    delivery,
    lines,
    currency,
    method,
    attempts: (amount) =>
      stolenTries(rng, method, cards, amount, 0.45, () =>
        rng.chance(0.6) ? 'frictionless' : amount < 3_000 ? 'exempt' : 'challenge_passed',
      ),
    later: (attempts, amount) => {
      const l = afterAttempts(rng, attempts, delivery, amount, false);
      return attempts.some((a) => a.ok) ? [...l, ...chargeback(rng, lastAttempt(attempts), 0.45, 0.75)] : l;
    },
    ip: address(rng, net),
    device: rng.chance(0.5) ? scriptedDevice(rng) : deviceFor(rng, toMorocco),
    locale: toMorocco ? 'fr-MA' : localeOf(issuer, rng),
    phone: maskedPhone(rng, toMorocco ? 'MA' : issuer),
  });
}

function riadDrop(rng: Rng, w: World): Purchase {
  const issuer = rng.weightedPick<string>([
    ['US', 35],
    ['GB', 20],
    ['FR', 20],
    ['CA', 15],
    ['DE', 10],
  ]);
  const at = when(rng, w.window, 'ma');
  const name = nameFrom(rng, issuer);
  const buyer: Buyer = {
    id: `cus_${rng.int(90_000, 99_999)}${rng.digits(2)}`,
    email: emailFor(rng, name, issuer),
    name,
    createdAt: at - rng.int(3, 25) * MINUTE,
  };
  const cards = Array.from({ length: rng.int(1, 2) }, () => cardFrom(rng, issuer));
  const lines = [
    ...craftLines(rng, 'MAD'),
    lineIn(rng.pick([CATALOGUE.crossbody, CATALOGUE.weekender, CATALOGUE.tote]), 'MAD', rng.int(1, 2)),
  ];
  const american = issuer === 'US' || issuer === 'CA';
  return make({
    kind: 'riad_drop',
    at,
    buyer,
    billing: townIn(rng, issuer),
    shipping: stayAddress(rng),
    delivery: 'riad',
    lines,
    currency: 'MAD',
    method: 'cmi',
    attempts: (amount) =>
      stolenTries(rng, 'cmi', cards, amount, american ? 0.75 : 0.45, () =>
        american ? (rng.chance(0.5) ? 'not_enrolled' : 'frictionless') : 'frictionless',
      ),
    later: (attempts, amount) => {
      const l = afterAttempts(rng, attempts, 'riad', amount, false);
      return attempts.some((a) => a.ok) ? [...l, ...chargeback(rng, lastAttempt(attempts), 0.4, 0.8)] : l;
    },
    ip: address(rng, rng.chance(0.6) ? rng.pick(networksOf('MA', 'mobile')) : network('ma-riad-hotel-wifi')),
    device: deviceFor(rng, true),
    locale: localeOf(issuer, rng),
    phone: maskedPhone(rng, 'MA'),
  });
}

function fakeCod(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  let left = count;
  while (left > 0) {
    const n = Math.min(left, rng.int(2, 6));
    left -= n;
    const device = deviceFor(rng, true);
    const net = rng.pick(networksOf('MA', 'mobile'));
    let t = when(rng, w.window, 'ma');
    for (let i = 0; i < n; i++) {
      t = Math.min(w.window.end - 1, t + rng.int(2, 90) * MINUTE);
      const shipping = townIn(rng, 'MA');
      const name = moroccanName(rng);
      const lines = rng.chance(0.6)
        ? craftLines(rng, 'MAD')
        : [
            lineIn(
              rng.pick([CATALOGUE.weekender, CATALOGUE.crossbody, CATALOGUE.fesPlatter]),
              'MAD',
              rng.int(1, 3),
            ),
          ];
      out.push(
        make({
          kind: 'fake_cod',
          at: t,
          buyer: { email: rng.chance(0.5) ? throwaway(rng, ['gmail.com']) : emailFor(rng, name, 'MA'), name },
          billing: shipping,
          shipping,
          delivery: rng.chance(0.6) ? 'courier' : 'amana',
          lines,
          currency: 'MAD',
          method: 'cod',
          attempts: () => [],
          later: () => codLater(rng, 'courier', 1, 0.45),
          ip: address(rng, net),
          device,
          locale: 'fr-MA',
          phone: maskedPhone(rng, 'MA'),
        }),
      );
    }
  }
  return out;
}

function phishedCmi(rng: Rng, w: World): Purchase {
  const at = when(rng, w.window, rng.chance(0.4) ? 'night' : 'ma');
  const name = moroccanName(rng);
  const signUp = rng.chance(0.5);
  const buyer: Buyer = signUp
    ? {
        id: `cus_${rng.int(90_000, 99_999)}${rng.digits(2)}`,
        email: throwaway(rng, ['gmail.com', 'hotmail.com']),
        name,
        createdAt: at - rng.int(2, 30) * MINUTE,
      }
    : { email: throwaway(rng, ['gmail.com', 'hotmail.com']), name };
  const victim = townIn(rng, 'MA');
  const shipping = townIn(rng, 'MA');
  const card = cardFrom(rng, 'MA');
  const C = CATALOGUE;
  const lines = rng.chance(0.5)
    ? [lineIn(C.saffron5, 'MAD', rng.int(2, 6)), lineIn(C.argan100, 'MAD', rng.int(3, 8))]
    : [
        lineIn(rng.pick([C.weekender, C.crossbody, C.tote]), 'MAD'),
        lineIn(C.babouches, 'MAD', rng.int(1, 3)),
      ];
  const net = rng.chance(0.7) ? rng.pick(networksOf('MA', 'mobile')) : rng.pick(networksOf('FR', 'hosting'));
  return make({
    kind: 'phished_cmi_card',
    at,
    buyer,
    billing: victim,
    shipping,
    delivery: 'courier',
    lines,
    currency: 'MAD',
    method: 'cmi',
    attempts: (amount) => {
      // The OTP was phished with the card: 3-D Secure passes; a ceiling or a bank's block sometimes stops it first.
      if (rng.chance(0.25))
        return [
          cardTry(rng, 'cmi', card, amount, {
            ok: false,
            decline: rng.pick(['limit_exceeded', 'insufficient_funds']),
            afterMs: firstAuth(rng),
          }),
          cardTry(rng, 'cmi', card, amount, {
            ok: rng.chance(0.5),
            decline: 'limit_exceeded',
            threeDS: 'challenge_passed',
            afterMs: retryGap(rng),
          }),
        ];
      return [
        cardTry(rng, 'cmi', card, amount, { ok: true, threeDS: 'challenge_passed', afterMs: firstAuth(rng) }),
      ];
    },
    later: (attempts, amount) => {
      const l = afterAttempts(rng, attempts, 'courier', amount, false);
      return attempts.some((a) => a.ok) ? [...l, ...chargeback(rng, lastAttempt(attempts), 0.5, 0.65)] : l;
    },
    ip: address(rng, net),
    device: deviceFor(rng, true),
    locale: 'fr-MA',
    phone: maskedPhone(rng, 'MA'),
  });
}

function takeover(rng: Rng, w: World): Purchase {
  const acct = rng.pick([...w.customers.local, ...w.customers.diaspora, ...w.customers.europe]);
  const moroccoShip = acct.home.country === 'MA' || rng.chance(0.4);
  const currency: Currency = moroccoShip ? 'MAD' : 'EUR';
  const at = when(rng, w.window, 'night');
  const drop = moroccoShip ? townIn(rng, 'MA') : townIn(rng, acct.home.country ?? 'FR');
  const changeLater = rng.chance(0.35);
  const method: Method = rng.chance(0.25) && !moroccoShip ? 'paypal' : moroccoShip ? 'cmi' : 'stripe';
  const card = rng.pick(acct.cards);
  const delivery: Delivery = moroccoShip ? 'courier' : 'post_europe';
  const net = rng.chance(0.6)
    ? rng.pick([network('nl-hosting-vpn'), network('fr-hosting-vpn'), network('us-hosting-vpn')])
    : rng.pick(networksOf('MA', 'mobile'));
  return make({
    kind: 'account_takeover',
    at,
    buyer: { id: acct.id, email: acct.email, name: acct.name, createdAt: acct.createdAt },
    billing: acct.home,
    shipping: !changeLater
      ? drop
      : moroccoShip
        ? acct.home.country === 'MA'
          ? acct.home
          : (acct.family ?? townIn(rng, 'MA'))
        : acct.home,
    delivery,
    lines: [
      ...craftLines(rng, currency),
      lineIn(rng.pick([CATALOGUE.weekender, CATALOGUE.crossbody]), currency),
    ],
    currency,
    method,
    attempts: (amount) =>
      method === 'paypal'
        ? [paypalTry(true, firstAuth(rng))]
        : [
            cardTry(rng, method, card, amount, {
              ok: rng.chance(0.8),
              decline: 'authentication_failed',
              saved: true,
              ...(card.country === 'MA' || method === 'cmi'
                ? {}
                : { threeDS: rng.chance(0.7) ? 'frictionless' : 'exempt' }),
              afterMs: firstAuth(rng),
            }),
          ],
    later: (attempts, amount) => {
      const l = afterAttempts(rng, attempts, delivery, amount, false);
      if (!attempts.some((a) => a.ok)) return l;
      const from = lastAttempt(attempts);
      const moved: LaterStep[] = changeLater
        ? [
            {
              type: 'order.updated',
              afterMs: from + rng.int(10, 90) * MINUTE,
              status: 'address_changed',
              shipping: drop,
            },
          ]
        : [];
      return [...moved, ...l, ...chargeback(rng, from, 0.3, 0.6)];
    },
    ip: address(rng, net),
    device: scriptedDevice(rng),
    locale: localeOf(acct.home.country ?? 'MA', rng),
    phone: maskedPhone(rng, moroccoShip ? 'MA' : (acct.home.country ?? 'FR')),
  });
}

/** An ordinary-looking order from a real customer, then a dispute once the goods arrived. */
function friendly(rng: Rng, w: World): Purchase {
  const acct = rng.pick([...w.customers.diaspora, ...w.customers.europe, ...w.customers.america]);
  const country = acct.home.country ?? 'FR';
  const america = country === 'CA' || country === 'US';
  const at = when(rng, w.window, america ? 'america' : 'europe');
  const delivery: Delivery = america ? 'post_america' : 'post_europe';
  const method: Method = rng.chance(0.35) ? 'paypal' : 'stripe';
  return make({
    kind: 'friendly_fraud',
    at,
    buyer: { id: acct.id, email: acct.email, name: acct.name, createdAt: acct.createdAt },
    billing: acct.home,
    shipping: acct.home,
    delivery,
    lines: rng.chance(0.5) ? craftLines(rng, 'EUR') : [lineIn(rng.pick(RUGS), 'EUR')],
    currency: 'EUR',
    method,
    attempts: (amount) =>
      method === 'paypal'
        ? [paypalTry(true, firstAuth(rng))]
        : [
            cardTry(rng, 'stripe', rng.pick(acct.cards), amount, {
              ok: true,
              saved: rng.chance(0.5),
              afterMs: firstAuth(rng),
            }),
          ],
    later: (attempts, amount) => {
      const from = lastAttempt(attempts);
      const l = prepaidLater(rng, delivery, amount, from, false).filter((s) => s.type === 'order.updated');
      const arrived = l[l.length - 1]?.afterMs ?? from + 10 * DAY;
      return [
        ...l,
        {
          type: 'dispute.created',
          afterMs: arrived + rng.int(20, 70) * DAY,
          reason: rng.pick(['product_not_received', 'unrecognized', 'fraudulent']),
        },
      ];
    },
    ip: acct.homeIp,
    device: rng.pick(acct.devices),
    locale: localeOf(country, rng),
    phone: maskedPhone(rng, country),
  });
}

/** A few customers who report every parcel broken or leaking and are refunded; same accounts again and again. */
function refundAbuse(rng: Rng, w: World, count: number): Purchase[] {
  const pool = [...w.customers.local, ...w.customers.diaspora, ...w.customers.europe];
  const abusers = Array.from({ length: Math.max(1, Math.ceil(count / 3)) }, () => rng.pick(pool));
  return Array.from({ length: count }, () => {
    const acct = rng.pick(abusers);
    const local = acct.home.country === 'MA';
    const currency: Currency = local ? 'MAD' : 'EUR';
    const delivery: Delivery = local ? 'amana' : 'post_europe';
    const method: Method = local ? (rng.chance(0.6) ? 'cod' : 'cmi') : 'stripe';
    const C = CATALOGUE;
    const lines = [
      lineIn(rng.pick([C.fesBowls, C.fesPlatter, C.safiTagine]), currency),
      lineIn(rng.pick(PANTRY.slice(0, 5)), currency, rng.int(1, 3)),
    ];
    return make({
      kind: 'refund_abuse',
      at: when(rng, w.window, local ? 'ma' : 'europe'),
      buyer: { id: acct.id, email: acct.email, name: acct.name, createdAt: acct.createdAt },
      billing: acct.home,
      shipping: acct.home,
      delivery,
      lines,
      currency,
      method,
      attempts: (amount) =>
        method === 'cod'
          ? []
          : [
              cardTry(rng, method === 'cmi' ? 'cmi' : 'stripe', rng.pick(acct.cards), amount, {
                ok: true,
                saved: true,
                afterMs: firstAuth(rng),
              }),
            ],
      later: (attempts, amount) => {
        const base =
          method === 'cod'
            ? codLater(rng, delivery, 0, 0)
            : prepaidLater(rng, delivery, amount, lastAttempt(attempts), false).filter(
                (s) => s.type === 'order.updated',
              );
        const arrived = Math.max(...base.map((s) => s.afterMs));
        return [
          ...base,
          {
            type: 'refund.created',
            afterMs: arrived + rng.int(1, 4) * DAY,
            reason: rng.pick(['damaged_in_transit', 'item_not_as_described', 'missing_item']),
            amount: rng.chance(0.6) ? amount : Math.round((amount * 0.7) / 100) * 100,
          },
        ];
      },
      ip: acct.homeIp,
      device: rng.pick(acct.devices),
      locale: localeOf(acct.home.country ?? 'MA', rng),
      phone: maskedPhone(rng, acct.home.country ?? 'MA'),
    });
  });
}

/** A reseller's marketplace sale filled with a stolen card: the cardholder's billing, the real buyer's address. */
function triangulation(rng: Rng, w: World): Purchase {
  const issuer = rng.weightedPick<string>([
    ['US', 60],
    ['CA', 20],
    ['DE', 20],
  ]);
  const buyerCountry = rng.weightedPick<string>([
    ['FR', 35],
    ['NL', 25],
    ['DE', 20],
    ['BE', 20],
  ]);
  const at = when(rng, w.window, 'europe');
  const card = cardFrom(rng, issuer);
  const lines = rng.chance(0.6)
    ? [lineIn(rng.pick([CATALOGUE.boucherouite, CATALOGUE.kilim, CATALOGUE.azilal]), 'EUR')]
    : [lineIn(CATALOGUE.crossbody, 'EUR'), lineIn(CATALOGUE.babouches, 'EUR', rng.int(1, 2))];
  const rugs = lines.some((l) => l.category === 'rugs');
  const delivery: Delivery = rugs ? 'freight' : 'post_europe';
  return make({
    kind: 'triangulation',
    at,
    buyer: {
      email: emailFor(rng, nameFrom(rng, buyerCountry), buyerCountry),
      name: nameFrom(rng, buyerCountry),
    },
    billing: townIn(rng, issuer),
    shipping: townIn(rng, buyerCountry),
    delivery,
    lines,
    currency: 'EUR',
    method: 'stripe',
    ...(rugs ? { fee: 9_500 } : {}),
    attempts: (amount) => [
      cardTry(rng, 'stripe', card, amount, {
        ok: rng.chance(0.85),
        decline: 'do_not_honor',
        avs: issuer === 'DE' ? 'unavailable' : 'pass',
        threeDS: issuer === 'DE' ? 'frictionless' : rng.chance(0.5) ? 'not_enrolled' : 'frictionless',
        afterMs: firstAuth(rng),
      }),
    ],
    later: (attempts, amount) => {
      const l = afterAttempts(rng, attempts, delivery, amount, false);
      return attempts.some((a) => a.ok) ? [...l, ...chargeback(rng, lastAttempt(attempts), 0.3, 0.85)] : l;
    },
    ip: address(
      rng,
      rng.pick([network('us-hosting-vpn'), network('nl-hosting-vpn'), network('de-hosting-vpn')]),
    ),
    device: deviceFor(rng, false),
    locale: 'en',
    phone: maskedPhone(rng, buyerCountry),
  });
}

/**
 * Buyers in Russia or Belarus ordering argan, saffron and babouches to ship home (or a Russian tourist in a riad)
 * with a Russian card that the acquirer refuses, then a card from a Kazakh or Armenian bank.
 */
function sanctioned(rng: Rng, w: World): Purchase {
  const country = rng.chance(0.75) ? 'RU' : 'BY';
  const tourist = rng.chance(0.3);
  const at = when(rng, w.window, tourist ? 'ma' : 'europe');
  const name = nameFrom(rng, country);
  const home = townIn(rng, country);
  const currency: Currency = tourist ? 'MAD' : 'EUR';
  const method = tourist ? 'cmi' : 'stripe';
  const own = cardFrom(rng, country);
  const workaround = cardFrom(rng, rng.chance(0.7) ? 'KZ' : 'AM');
  const delivery: Delivery = tourist ? 'riad' : 'post_europe';
  const lines = tourist
    ? craftLines(rng, 'MAD')
    : [
        lineIn(CATALOGUE.argan100, 'EUR', rng.int(1, 4)),
        lineIn(rng.pick([CATALOGUE.saffron5, CATALOGUE.babouchesBrodees, CATALOGUE.amlou500]), 'EUR'),
      ];
  const net = tourist ? network('ma-riad-hotel-wifi') : rng.pick(networksOf(country));
  return make({
    kind: 'sanctioned_country',
    at,
    buyer: {
      email: emailFor(rng, name, country === 'RU' ? 'RU' : 'BY').replace(
        /@.*/,
        rng.chance(0.5) ? '@mail.ru' : '@yandex.ru',
      ),
      name,
    },
    billing: home,
    shipping: tourist ? stayAddress(rng) : home,
    delivery,
    lines,
    currency,
    method,
    attempts: (amount) => {
      const out = [
        cardTry(rng, method, own, amount, {
          ok: false,
          decline: rng.pick(['do_not_honor', 'card_not_supported']),
          afterMs: firstAuth(rng),
        }),
      ];
      if (rng.chance(0.7))
        out.push(
          cardTry(rng, method, workaround, amount, {
            ok: rng.chance(0.6),
            decline: 'do_not_honor',
            afterMs: retryGap(rng),
          }),
        );
      return out;
    },
    later: (attempts, amount) => {
      if (!attempts.some((a) => a.ok) || tourist)
        return afterAttempts(rng, attempts, delivery, amount, false);
      // The shop's carrier does not take parcels to Russia or Belarus: cancelled and refunded.
      return [
        {
          type: 'order.cancelled',
          afterMs: lastAttempt(attempts) + rng.int(3, 30) * HOUR,
          reason: 'cannot_ship_destination',
        },
      ];
    },
    ip: address(rng, net),
    device: deviceFor(rng, false),
    locale: tourist ? 'fr-MA' : 'en',
    phone: `+${country === 'RU' ? '7' : '375'} ••• ${rng.digits(3)}`,
  });
}

export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count <= 0) return [];
  const n = allocate(count);
  const each = (k: FraudKind, f: (r: Rng) => Purchase) =>
    Array.from({ length: n[k] }, (_, i) => f(rng.fork(`${k}${i}`)));
  return [
    ...cardTesting(rng.fork('card_testing'), w, n.card_testing),
    ...each('stolen_card_abroad', (r) => stolenAbroad(r, w)),
    ...each('riad_drop', (r) => riadDrop(r, w)),
    ...fakeCod(rng.fork('fake_cod'), w, n.fake_cod),
    ...each('phished_cmi_card', (r) => phishedCmi(r, w)),
    ...each('account_takeover', (r) => takeover(r, w)),
    ...each('friendly_fraud', (r) => friendly(r, w)),
    ...refundAbuse(rng.fork('refund_abuse'), w, n.refund_abuse),
    ...each('triangulation', (r) => triangulation(r, w)),
    ...each('sanctioned_country', (r) => sanctioned(r, w)),
  ];
}
