import { type Address, DAY, HOUR, MINUTE, paid } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { asBuyer, build, fresh, guest, inSantiago } from './build.js';
import { moment, NIGHT, OFFICE } from './calendar.js';
import { type Card, newCard, testerCard, TESTER_RANGES } from './cards.js';
import {
  CASES,
  FIESTAS,
  GIFT_CARDS,
  GIFTS,
  ICONS,
  lineOf,
  type Line,
  PISCO,
  PREMIUM,
  some,
} from './catalogue.js';
import { company } from './company.js';
import { CL_MOBILE, HOSTING, ipFrom, ipOn, networksOf } from './networks.js';
import { type Account, BOT_AGENTS, device, emailOf, homeIp, person } from './people.js';
import { addressIn, chileAddress, FORWARDERS } from './places.js';
import {
  type Attempt,
  type Decline,
  deliveredAt,
  foreignCard,
  fulfil,
  lastTry,
  type LaterEvent,
  mercadoPago,
  other,
  type Purchase,
  released,
  webpay,
  type World,
} from './purchase.js';

/**
 * Fraud as a Chilean wine and pisco shop meets it, with weights (shares of the fraud allocated exactly per
 * seed): card testing on the cheapest bottle, stolen Chilean cards and stolen foreign cards buying icon wines
 * that resell, Webpay paid with phished bank credentials, account takeover, triangulation through marketplace
 * listings, fake company orders on transfer, friendly fraud, "broken bottle" refund claims, and buyers from
 * sanctioned countries.
 */
export const FRAUD = {
  card_testing: 16,
  stolen_card_cl: 16,
  stolen_card_foreign: 12,
  phished_webpay: 11,
  account_takeover: 10,
  triangulation: 8,
  fake_company_transfer: 7,
  friendly_fraud: 8,
  broken_bottle_refund: 7,
  sanctioned_country: 5,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number) => allocateKinds(FRAUD, count);

/** Icon and premium wines, the resale-grade basket. */
const resale = (rng: Rng): Line[] => [
  ...some(rng, ICONS, rng.int(1, 2), 6),
  ...(rng.chance(0.4) ? some(rng, PREMIUM, 1, 6) : []),
  ...(rng.chance(0.25) ? some(rng, PISCO.slice(3, 6), 1, 4) : []),
];

/** The bank hears of it: an early fraud warning days later, a chargeback weeks later. */
function chargeback(
  rng: Rng,
  from: number,
  warn: number,
  dispute: number,
  reason = 'fraudulent',
): LaterEvent[] {
  const out: LaterEvent[] = [];
  if (rng.chance(warn))
    out.push({
      type: 'fraud_warning.created',
      afterMs: from + rng.int(1, 9) * DAY + rng.int(0, 20) * HOUR,
      reason,
    });
  if (rng.chance(dispute))
    out.push({ type: 'dispute.created', afterMs: from + rng.int(10, 50) * DAY, reason });
  return out;
}

/** Paid fraud is shipped (or caught by the shop before dispatch, cancelled and refunded), then charged back. */
function shippedThenChargedBack(
  rng: Rng,
  p: Purchase,
  o: { caught: number; warn: number; dispute: number },
): LaterEvent[] {
  if (!paid(p)) return released(rng, p.attempts);
  const from = lastTry(p.attempts);
  if (rng.chance(o.caught))
    return [{ type: 'order.cancelled', afterMs: from + rng.int(1, 14) * HOUR, reason: 'fraud_suspected' }];
  const steps = fulfil(rng, p.at, from, p.fulfilment, inSantiago(p.shipping));
  return [...steps, ...chargeback(rng, from, o.warn, o.dispute)];
}

const throwaway = (rng: Rng) => {
  const p = person(rng, 'CL');
  const [first = 'juan', last = 'perez'] = p.name.split(' ');
  return {
    name: p.name,
    email: emailOf(rng, first, `${last}${rng.int(100, 9999)}`, [
      ['gmail.com', 6],
      ['outlook.com', 2],
      ['hotmail.com', 2],
      ['proton.me', 1],
    ]),
  };
};

/** Where fraudsters receive: a drop in Santiago, a pickup by a courier, now and then a regional city. */
function drop(rng: Rng): { shipping?: Address; fulfilment: Purchase['fulfilment'] } {
  const r = rng.next();
  if (r < 0.25) return { fulfilment: 'pickup' };
  if (r < 0.45) return { shipping: chileAddress(rng, true), fulfilment: 'same_day' };
  return { shipping: chileAddress(rng, r < 0.85), fulfilment: 'courier' };
}

function cardTesting(rng: Rng, w: World, n: number): Purchase[] {
  const ranges = rng.shuffle(TESTER_RANGES).slice(0, 2);
  const out: Purchase[] = [];
  const { start, end } = w.window;
  while (out.length < n) {
    const size = Math.min(n - out.length, rng.int(5, 14));
    let t = Math.max(start, Math.min(moment(rng, w.window, NIGHT), end - size * 3 * MINUTE - 1));
    const net = rng.pick(HOSTING);
    const agent = rng.pick(BOT_AGENTS);
    const dev = device(rng, agent);
    const cheapest = rng.pick([FIESTAS[0], PISCO[0], GIFT_CARDS[0]].filter((x) => x !== undefined));
    for (let k = 0; k < size; k++) {
      t += rng.int(10_000, 2 * MINUTE);
      const card = testerCard(rng, rng.pick(ranges));
      const fulfilment = cheapest.category === 'gift_card' ? 'e_gift' : 'pickup';
      out.push(
        build({
          at: Math.min(t, end - 1),
          kind: 'card_testing',
          fraud: true,
          buyer: guest(throwaway(rng)),
          billing: addressIn(rng, card.country),
          fulfilment,
          lines: [lineOf(cheapest)],
          currency: 'CLP',
          ip: ipOn(rng, net),
          device: rng.chance(0.7) ? dev : device(rng, agent),
          pay: () => {
            const tries = rng.int(1, 3);
            const a: Attempt[] = [];
            for (let i = 0; i < tries; i++) {
              const ok = i === tries - 1 && rng.chance(0.22);
              const decline = rng.pick<Decline>([
                'card_declined',
                'incorrect_cvc',
                'expired_card',
                'do_not_honor',
                'stolen_card',
                'insufficient_funds',
              ]);
              const tried = i === 0 ? card : testerCard(rng, rng.pick(ranges));
              a.push(
                foreignCard(rng, tried, ok, rng.int(3_000, 25_000), {
                  ...(ok ? {} : { decline }),
                  avs:
                    tried.country === 'US'
                      ? rng.pick(['fail', 'pass', 'unavailable'] as const)
                      : 'unavailable',
                  threeDS: rng.pick(['not_enrolled', 'attempted', 'frictionless'] as const),
                }),
              );
            }
            return a;
          },
          after: (p) => {
            if (!paid(p)) return released(rng, p.attempts);
            const from = lastTry(p.attempts);
            return [
              ...(rng.chance(0.5)
                ? [
                    {
                      type: 'fraud_warning.created' as const,
                      afterMs: from + rng.int(2, 30) * HOUR,
                      reason: 'fraudulent',
                    },
                  ]
                : []),
              { type: 'order.cancelled', afterMs: from + rng.int(31, 60) * HOUR, reason: 'fraud_suspected' },
            ];
          },
        }),
      );
    }
  }
  return out;
}

function stolenCard(rng: Rng, w: World, foreign: boolean): Purchase {
  const at = moment(rng, w.window);
  const country = foreign
    ? rng.weightedPick<string>([
        ['US', 6],
        ['BR', 2],
        ['ES', 2],
        ['AR', 1],
      ])
    : 'CL';
  const victim = newCard(rng, country, 'credit');
  const spare = newCard(rng, country, 'credit');
  const t = throwaway(rng);
  const where = drop(rng);
  const retried = rng.chance(0.35);
  return build({
    at,
    kind: foreign ? 'stolen_card_foreign' : 'stolen_card_cl',
    fraud: true,
    buyer: rng.chance(0.55) ? fresh(rng, t, at, rng.int(1, 25)) : guest(t),
    billing: addressIn(rng, country),
    ...where,
    lines: resale(rng),
    currency: 'CLP',
    ip: rng.chance(foreign ? 0.6 : 0.4) ? ipOn(rng, rng.pick(HOSTING)) : ipFrom(rng, CL_MOBILE),
    device: device(rng),
    pay: (amount) => {
      const attempt = (c: Card, ok: boolean, after: number, why?: Decline) =>
        foreign
          ? foreignCard(rng, c, ok, after, {
              ...(why ? { decline: why } : {}),
              threeDS: rng.pick(['not_enrolled', 'frictionless', 'attempted'] as const),
              ...(c.country === 'US' ? { avs: rng.pick(['fail', 'partial', 'pass'] as const) } : {}),
            })
          : webpay(rng, c, amount, ok, after, why);
      const ok = rng.chance(0.8);
      if (!retried) return [attempt(victim, ok, rng.int(15_000, 90_000), ok ? undefined : 'stolen_card')];
      return [
        attempt(
          victim,
          false,
          rng.int(15_000, 90_000),
          rng.pick<Decline>(['exceeds_limit', 'authentication_failed', 'do_not_honor']),
        ),
        attempt(spare, ok, rng.int(20_000, 3 * MINUTE), ok ? undefined : 'stolen_card'),
      ];
    },
    after: (p) => shippedThenChargedBack(rng, p, { caught: 0.12, warn: 0.45, dispute: 0.8 }),
  });
}

function phishedWebpay(rng: Rng, w: World): Purchase {
  // Bank credentials and the second factor taken by a phishing page: the debit card (or Khipu, which pays
  // straight from the victim's online bank) authenticates without a hitch.
  const at = moment(rng, w.window);
  const victim = newCard(rng, 'CL', rng.chance(0.75) ? 'debit' : 'credit');
  const t = throwaway(rng);
  const where = drop(rng);
  const khipu = rng.chance(0.35);
  return build({
    at,
    kind: 'phished_webpay',
    fraud: true,
    buyer: fresh(rng, t, at, rng.int(2, 40)),
    billing: chileAddress(rng),
    ...where,
    lines: [
      ...resale(rng),
      ...(rng.chance(0.4) ? [lineOf(GIFT_CARDS[1] ?? GIFT_CARDS[0]!, rng.int(2, 6))] : []),
    ],
    currency: 'CLP',
    ip: rng.chance(0.5) ? ipOn(rng, rng.pick(HOSTING)) : ipFrom(rng, CL_MOBILE),
    device: device(rng),
    pay: (amount) =>
      khipu
        ? [other('khipu', true, rng.int(40_000, 4 * MINUTE))]
        : [{ ...webpay(rng, victim, amount, true, rng.int(40_000, 4 * MINUTE)), threeDS: 'authenticated' }],
    after: (p) => shippedThenChargedBack(rng, p, { caught: 0.08, warn: 0.65, dispute: 0.7 }),
  });
}

function accountTakeover(rng: Rng, w: World): Purchase {
  const at = moment(rng, w.window);
  const aged = w.customers.filter((a) => at - a.createdAt > 60 * DAY);
  const a: Account = rng.pick(aged.length > 0 ? aged : w.customers);
  const newHome = chileAddress(rng, true);
  const readdress = rng.chance(0.3);
  const card = a.cards[0] ?? newCard(rng, 'CL');
  return build({
    at,
    kind: 'account_takeover',
    fraud: true,
    buyer: asBuyer(a),
    billing: a.home,
    shipping: readdress ? a.home : newHome,
    fulfilment: 'courier',
    lines: resale(rng),
    currency: 'CLP',
    ip: rng.chance(0.5)
      ? ipOn(rng, rng.pick(HOSTING))
      : ipFrom(
          rng,
          CL_MOBILE.filter(([n]) => n !== a.mobileNet),
        ),
    device: device(rng, rng.chance(0.3) ? rng.pick(BOT_AGENTS.slice(0, 2)) : undefined),
    pay: (amount) => [
      rng.chance(0.6)
        ? {
            ...webpay(rng, card, amount, true, rng.int(5_000, 40_000)),
            method: 'webpay_oneclick' as const,
            cvc: 'unchecked' as const,
          }
        : mercadoPago(undefined, true, rng.int(20_000, 2 * MINUTE)),
    ],
    after: (p) => {
      const from = lastTry(p.attempts);
      const moved: LaterEvent[] = readdress
        ? [
            {
              type: 'order.updated',
              afterMs: from + rng.int(10, 90) * MINUTE,
              status: 'address_changed',
              shipping: newHome,
            },
          ]
        : [];
      if (rng.chance(0.15))
        return [
          ...moved,
          {
            type: 'order.cancelled',
            afterMs: from + rng.int(3, 20) * HOUR,
            reason: 'customer_reported_fraud',
          },
        ];
      const steps = fulfil(rng, p.at, from + 2 * HOUR, 'courier', true);
      return [...moved, ...steps, ...chargeback(rng, from, 0.3, 0.65)];
    },
  });
}

function triangulation(rng: Rng, w: World): Purchase {
  // The buyer is real: someone who bought a "discounted" case on a marketplace listing; the fraudster orders it
  // here for them with a stolen card. Delivery to the buyer's own address anywhere in Chile.
  const at = moment(rng, w.window);
  const real = person(rng, 'CL');
  const home = chileAddress(rng);
  const foreign = rng.chance(0.3);
  const card = newCard(rng, foreign ? 'US' : 'CL', 'credit');
  return build({
    at,
    kind: 'triangulation',
    fraud: true,
    buyer: guest(real),
    billing: addressIn(rng, card.country),
    shipping: home,
    fulfilment: 'courier',
    lines: rng.chance(0.5)
      ? some(rng, CASES, rng.int(1, 2), 3)
      : [...some(rng, GIFTS.slice(0, 3), 1, 3), ...some(rng, PISCO.slice(2, 6), 1, 3)],
    currency: 'CLP',
    ip: rng.chance(0.55) ? ipOn(rng, rng.pick(HOSTING)) : ipFrom(rng, CL_MOBILE),
    device: device(rng),
    pay: (amount) => [
      foreign
        ? foreignCard(rng, card, true, rng.int(20_000, 2 * MINUTE), { threeDS: 'frictionless' })
        : webpay(rng, card, amount, true, rng.int(20_000, 2 * MINUTE)),
    ],
    after: (p) => shippedThenChargedBack(rng, p, { caught: 0.03, warn: 0.35, dispute: 0.85 }),
  });
}

function fakeCompany(rng: Rng, w: World): Purchase {
  // A "company" with a borrowed RUT orders gift boxes and icons on factura, pays "by transfer" and sends a
  // forged receipt so the order leaves today; or the money does arrive, from a hijacked account, and the bank
  // asks for it back.
  const at = moment(rng, w.window, OFFICE, true);
  const c = company(rng);
  const contact = person(rng, 'CL');
  const [first = 'compras', last = 'empresa'] = contact.name.split(' ');
  const email = rng.chance(0.5)
    ? `compras.${c.domain.replace('.cl', '')}@gmail.com`
    : emailOf(rng, first, last, [[c.domain.replace('.cl', '-spa.cl'), 1]]);
  const office = chileAddress(rng, true);
  const forged = rng.chance(0.5);
  return build({
    at,
    kind: 'fake_company_transfer',
    fraud: true,
    buyer: fresh(rng, { name: contact.name, email }, at, rng.int(5, 120)),
    billing: office,
    shipping: office,
    fulfilment: 'courier',
    lines: [
      ...some(rng, GIFTS.slice(1, 3), 1).map((l) => ({ ...l, quantity: rng.int(30, 120) })),
      ...some(rng, ICONS.slice(0, 4), 1).map((l) => ({ ...l, quantity: rng.int(6, 24) })),
    ],
    currency: 'CLP',
    ip: rng.chance(0.5) ? ipOn(rng, rng.pick(HOSTING)) : ipFrom(rng, CL_MOBILE),
    device: device(rng),
    document: 'factura',
    company: { name: c.name, rut: c.rut },
    pay: () => (forged ? [] : [other('transferencia', true, rng.int(1, 6) * HOUR)]),
    after: (p) => {
      if (forged) {
        const ship = rng.int(2, 7) * HOUR;
        return [
          { type: 'order.updated', afterMs: ship, status: 'shipped' },
          {
            type: 'payment.failed',
            afterMs: ship + rng.int(40, 60) * HOUR,
            method: 'transferencia',
            decline: 'transfer_not_received',
          },
          { type: 'order.cancelled', afterMs: ship + rng.int(62, 80) * HOUR, reason: 'payment_not_received' },
        ];
      }
      const from = lastTry(p.attempts);
      return [...fulfil(rng, p.at, from, 'courier', true), ...chargeback(rng, from, 0.6, 0.75)];
    },
  });
}

function friendly(rng: Rng, w: World): Purchase {
  const at = moment(rng, w.window);
  const a = rng.pick(w.customers);
  const card = rng.pick(a.cards);
  return build({
    at,
    kind: 'friendly_fraud',
    fraud: true,
    buyer: asBuyer(a),
    billing: a.home,
    shipping: a.home,
    fulfilment: 'courier',
    lines: rng.chance(0.5)
      ? [...some(rng, PREMIUM, 1, 3), ...some(rng, GIFTS, 1)]
      : [...some(rng, CASES, 1, 2), ...some(rng, PISCO, 1, 3)],
    currency: 'CLP',
    ip: homeIp(rng, a),
    device: rng.pick(a.devices),
    pay: (amount) => [
      rng.chance(0.75)
        ? webpay(rng, card, amount, true, rng.int(20_000, 2 * MINUTE))
        : mercadoPago(card, true, rng.int(20_000, 2 * MINUTE)),
    ],
    after: (p) => {
      const steps = fulfil(rng, p.at, lastTry(p.attempts), 'courier', inSantiago(a.home));
      const reason = rng.weightedPick<string>([
        ['product_not_received', 5],
        ['unrecognized', 2],
        ['fraudulent', 3],
      ]);
      return [
        ...steps,
        { type: 'dispute.created', afterMs: deliveredAt(steps) + rng.int(15, 55) * DAY, reason },
      ];
    },
  });
}

function brokenBottles(rng: Rng, w: World, claimers: Account[]): Purchase {
  const at = moment(rng, w.window);
  const known = rng.chance(0.6);
  const a = rng.pick(claimers);
  const p0 = person(rng, 'CL');
  const buyer = known ? asBuyer(a) : fresh(rng, p0, at, rng.int(1, 10) * 24 * 60);
  const home = known ? a.home : chileAddress(rng);
  const card = known ? rng.pick(a.cards) : newCard(rng, 'CL');
  return build({
    at,
    kind: 'broken_bottle_refund',
    fraud: true,
    buyer,
    billing: home,
    shipping: home,
    fulfilment: 'courier',
    lines: [...some(rng, CASES, 1, 3), ...(rng.chance(0.4) ? some(rng, ICONS.slice(0, 4), 1, 3) : [])],
    currency: 'CLP',
    ip: known ? homeIp(rng, a) : ipFrom(rng, CL_MOBILE),
    device: known ? rng.pick(a.devices) : device(rng),
    pay: (amount) => [webpay(rng, card, amount, true, rng.int(20_000, 2 * MINUTE))],
    after: (p) => {
      const steps = fulfil(rng, p.at, lastTry(p.attempts), 'courier', inSantiago(home));
      const done = deliveredAt(steps);
      const claim = (after: number, share: number): LaterEvent => ({
        type: 'refund.created',
        afterMs: after,
        reason: 'damaged_in_transit',
        amount: Math.max(1, Math.round(p.basket.amount * share)),
      });
      steps.push(claim(done + rng.int(4, 60) * HOUR, rng.float(0.35, 1)));
      if (rng.chance(0.2))
        steps.push({
          type: 'dispute.created',
          afterMs: done + rng.int(12, 30) * DAY,
          reason: 'product_damaged',
        });
      return steps;
    },
  });
}

function sanctioned(rng: Rng, w: World): Purchase {
  const at = moment(rng, w.window);
  const country = rng.weightedPick<string>([
    ['RU', 45],
    ['BY', 15],
    ['IR', 15],
    ['CU', 20],
    ['SY', 3],
    ['KP', 2],
  ]);
  const p = person(rng, country === 'SY' || country === 'KP' ? 'IR' : country);
  const home = ['RU', 'BY', 'IR', 'CU'].includes(country) ? addressIn(rng, country) : addressIn(rng, 'RU');
  const cuban = country === 'CU';
  const nets = [...networksOf(country, 'home'), ...networksOf(country, 'mobile')];
  const card = ['RU', 'BY'].includes(country) ? newCard(rng, country) : newCard(rng, cuban ? 'ES' : 'US');
  const toForwarder = !cuban && rng.chance(0.6);
  return build({
    at,
    kind: 'sanctioned_country',
    fraud: true,
    buyer: rng.chance(0.5) ? fresh(rng, p, at, rng.int(3, 90)) : guest(p),
    billing: home,
    shipping: toForwarder ? rng.pick(FORWARDERS) : chileAddress(rng, true),
    fulfilment: toForwarder ? 'dhl_express' : 'courier',
    lines: cuban ? [...some(rng, FIESTAS, 1, 2), ...some(rng, PISCO.slice(0, 3), 1, 3)] : resale(rng),
    currency: toForwarder ? 'USD' : 'CLP',
    ip: ipOn(rng, rng.pick(nets)),
    device: device(rng),
    locale: toForwarder ? 'en-US' : 'es-CL',
    pay: () => {
      const first = rng.int(20_000, 2 * MINUTE);
      if (card.country === 'RU' || card.country === 'BY')
        return [
          foreignCard(rng, card, false, first, { decline: 'restricted_country', threeDS: 'not_enrolled' }),
          rng.chance(0.55)
            ? other('paypal', true, rng.int(40_000, 5 * MINUTE))
            : other('paypal', false, rng.int(40_000, 5 * MINUTE), 'do_not_honor'),
        ];
      return [
        rng.chance(0.6)
          ? foreignCard(rng, card, true, first)
          : other('paypal', rng.chance(0.75), first, 'do_not_honor'),
      ];
    },
    after: (q) => {
      if (!paid(q)) return released(rng, q.attempts);
      const from = lastTry(q.attempts);
      if (rng.chance(0.4))
        return [
          { type: 'order.cancelled', afterMs: from + rng.int(2, 30) * HOUR, reason: 'compliance_review' },
        ];
      return fulfil(rng, q.at, from, q.fulfilment, false);
    },
  });
}

/** `count` fraud purchases, allocated exactly across the kinds, each kind on its own fork. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const n = allocate(count);
  const claimers = rng.fork('claimers').shuffle(w.customers).slice(0, 4);
  const many = (kind: FraudKind, one: (r: Rng) => Purchase) =>
    Array.from({ length: n[kind] }, (_, i) => one(rng.fork(`${kind}${i}`)));
  return [
    ...cardTesting(rng.fork('card_testing'), w, n.card_testing),
    ...many('stolen_card_cl', (r) => stolenCard(r, w, false)),
    ...many('stolen_card_foreign', (r) => stolenCard(r, w, true)),
    ...many('phished_webpay', (r) => phishedWebpay(r, w)),
    ...many('account_takeover', (r) => accountTakeover(r, w)),
    ...many('triangulation', (r) => triangulation(r, w)),
    ...many('fake_company_transfer', (r) => fakeCompany(r, w)),
    ...many('friendly_fraud', (r) => friendly(r, w)),
    ...many('broken_bottle_refund', (r) => brokenBottles(r, w, claimers)),
    ...many('sanctioned_country', (r) => sanctioned(r, w)),
  ];
}
