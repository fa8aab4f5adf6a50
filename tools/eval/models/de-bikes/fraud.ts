import { type Address, type Buyer, type Card, type Device, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import {
  basket,
  bikeBasket,
  byCategory,
  bySku,
  type Fulfilment,
  hasBike,
  type Line,
  line,
} from './catalogue.js';
import { homeIp, type World } from './honest.js';
import { address, homeNetworks, network, networksFor } from './networks.js';
import { type Account, BINS, cardFrom, deviceOf, person, phoneOf, slug, USER_AGENTS } from './people.js';
import { DROPS, FORWARDERS, homeAddress, type Market, MARKETS, nearestShop, packstation } from './places.js';
import {
  type Attempt,
  cardAttempt,
  DAY,
  HOUR,
  klarnaPlan,
  type LaterEvent,
  other,
  paid,
  type Purchase,
  type Rhythm,
  when,
} from './purchase.js';

/** Fraud: kinds and weights, their exact allocation per stream, and how each is planned. */

export const FRAUD = {
  stolen_card_ebike: 24,
  card_testing: 16,
  battery_reshipping: 14,
  klarna_identity: 14,
  account_takeover: 12,
  non_receipt_claim: 8,
  sepa_identity: 6,
  refund_abuse: 5,
  promo_abuse: 5,
  sanctioned_country: 3,
} as const;
export type FraudKind = keyof typeof FRAUD;

/** Exactly how many of `count` fraudulent orders each kind gets: by weight, largest remainder, at least one each. */
export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

/** What the stream's fraudsters share: a ring's anti-detect browsers, a promo farmer's phone and line. */
interface Ring {
  devices: Device[];
  farm: {
    devices: Device[];
    ips: string[];
    address: Address;
    person: { first: string; last: string };
    card: Card;
  };
}

function ringOf(rng: Rng): Ring {
  const farmer = person(rng, 'DE');
  const cable = network('de-cable');
  return {
    devices: Array.from({ length: 5 }, () =>
      deviceOf(rng, [USER_AGENTS.winChrome, USER_AGENTS.android, USER_AGENTS.iphone]),
    ),
    farm: {
      devices: [deviceOf(rng, [USER_AGENTS.android]), deviceOf(rng, [USER_AGENTS.winChrome])].map((d) => ({
        ...d,
        id: d.id ?? `dev_${rng.token(20)}`,
      })),
      ips: [
        address(rng, cable, false),
        address(rng, cable, true),
        address(rng, network('de-mobile-cgnat'), false),
      ],
      address: homeAddress(rng, 'DE'),
      person: farmer,
      card: cardFrom(rng, 'DE'),
    },
  };
}

const FRAUD_MAIL = [
  'gmail.com',
  'gmail.com',
  'outlook.com',
  'gmx.de',
  'web.de',
  'proton.me',
  'onet.pl',
  'mail.com',
];

/** A fraudster's e-mail: the victim's name with digits, or a throw-away string. */
function fraudEmail(rng: Rng, who?: { first: string; last: string }): string {
  if (who && rng.chance(0.55))
    return `${slug(who.first)}${rng.pick(['.', '', '_'])}${slug(who.last)}${rng.int(1, 9999)}@${rng.pick(FRAUD_MAIL)}`;
  return `${rng.token(rng.int(6, 11))}@${rng.pick(FRAUD_MAIL)}`;
}

type Origin = 'hosting' | 'tor' | 'east' | 'proxy_de' | 'mobile_de';

/** Where a fraudster connects from: VPS and VPN exits, Tor, home lines in the east, residential proxies in Germany. */
function fraudIp(rng: Rng, weights: ReadonlyArray<readonly [Origin, number]>): string {
  const o = rng.weightedPick(weights);
  if (o === 'hosting') return address(rng, rng.pick(networksFor('hosting')), rng.chance(0.2));
  if (o === 'tor') return address(rng, network('de-tor-exit'), false);
  if (o === 'east') return address(rng, rng.pick(networksFor('east')), false);
  if (o === 'mobile_de') return address(rng, network('de-mobile-cgnat'), rng.chance(0.3));
  return address(
    rng,
    rng.pick(
      homeNetworks(
        rng.weightedPick<Market>([
          ['DE', 80],
          ['AT', 20],
        ]),
      ),
    ),
    false,
  );
}

/** A fresh account opened minutes before the order, or a guest checkout. */
function freshBuyer(rng: Rng, at: number, name: string, email: string, account: number): Buyer {
  return rng.chance(account)
    ? { id: `RW-${rng.int(3_000_000, 3_999_999)}`, email, name, createdAt: at - rng.int(1, 20) * MINUTE }
    : { email, name };
}

const ringDevice = (rng: Rng, ring: Ring): Device =>
  rng.chance(0.45)
    ? rng.pick(ring.devices)
    : rng.chance(0.25)
      ? { userAgent: rng.pick(Object.values(USER_AGENTS)) }
      : deviceOf(rng);

/** Stolen cards tried one after another: PSD2 stops most European cards without the victim's one-time code. */
function stolenCards(rng: Rng, cards: Card[], amount: number, otp: number, avsMatch: boolean): Attempt[] {
  const out: Attempt[] = [];
  let after = rng.int(8_000, 40_000);
  for (const card of cards) {
    const european = !['US', 'GB'].includes(card.country);
    const r = rng.next();
    let a: Attempt;
    if (european && r > otp)
      a = cardAttempt(rng, card, amount, { ok: false, decline: 'authentication_failed', afterMs: after });
    else if (r < 0.15 + (european ? 0 : 0.1))
      a = cardAttempt(rng, card, amount, {
        ok: false,
        decline: rng.pick(['stolen_card', 'do_not_honor', 'insufficient_funds', 'limit_exceeded']),
        afterMs: after,
        avsMatch,
      });
    else
      a = cardAttempt(rng, card, amount, {
        ok: true,
        afterMs: after,
        avsMatch,
        ...(european ? { threeDS: rng.chance(0.7) ? 'challenge_passed' : 'frictionless' } : {}),
      });
    out.push(a);
    if (a.ok) break;
    after = rng.int(20_000, 150_000);
  }
  return out;
}

/** What follows a paid stolen-card order: the issuer's warning, the cardholder's chargeback, sometimes neither. */
function chargebacks(rng: Rng, warn: number, dispute: number, reason = 'fraudulent'): LaterEvent[] {
  const out: LaterEvent[] = [];
  if (rng.chance(warn)) out.push({ type: 'fraud_warning.created', afterMs: rng.int(2, 14) * DAY, reason });
  if (rng.chance(dispute)) out.push({ type: 'dispute.created', afterMs: rng.int(16, 65) * DAY, reason });
  return out;
}

/** Goods go out: freight to a drop, parcels, a mule collecting in a shop. */
function fulfilled(rng: Rng, f: Fulfilment): LaterEvent[] {
  if (f === 'pickup') {
    const ready = rng.int(20, 60) * HOUR;
    return [
      { type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' },
      { type: 'order.updated', afterMs: ready + rng.int(2, 30) * HOUR, status: 'collected' },
    ];
  }
  const out = rng.int(f === 'freight' ? 48 : 14, f === 'freight' ? 120 : 40) * HOUR;
  return [
    { type: 'order.updated', afterMs: out, status: f === 'freight' ? 'handed_to_forwarder' : 'shipped' },
    {
      type: 'order.updated',
      afterMs: out + rng.int(24, f === 'freight' ? 140 : 60) * HOUR,
      status: 'delivered',
    },
  ];
}

interface Plan {
  kind: FraudKind;
  at: number;
  market: Market;
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  fulfilment: Fulfilment;
  lines: Line[];
  ip: string;
  device: Device;
  phone?: string;
  voucher?: { code: string; off: number };
  pay: (amount: number) => Attempt[];
  after: (p: { amount: number; paid: boolean }) => LaterEvent[];
  shipMarket?: Market;
}

function fraudPurchase(p: Plan): Purchase {
  const b = basket(p.lines, p.shipMarket ?? p.market, p.fulfilment, p.voucher);
  const attempts = p.pay(b.amount);
  const shop = p.fulfilment === 'pickup' ? nearestShop(p.market, p.billing.city).id : undefined;
  return {
    at: p.at,
    fraud: true,
    kind: p.kind,
    basket: b,
    billing: p.billing,
    attempts,
    later: p.after({ amount: b.amount, paid: paid({ attempts }) }),
    buyer: p.buyer,
    market: p.market,
    ...(p.fulfilment !== 'pickup' && p.shipping ? { shipping: p.shipping } : {}),
    fulfilment: p.fulfilment,
    ...(shop ? { shop } : {}),
    ip: p.ip,
    device: p.device,
    locale: MARKETS[p.market].locale,
    ...(p.phone ? { phone: p.phone } : {}),
  };
}

const victimMarket = (rng: Rng): Market =>
  rng.weightedPick<Market>([
    ['DE', 60],
    ['AT', 12],
    ['CH', 6],
    ['NL', 8],
    ['BE', 4],
    ['FR', 4],
    ['IT', 3],
    ['DK', 2],
    ['SE', 1],
  ]);

/** A drop address with the name the goods are addressed to. */
const dropFor = (rng: Rng, name: string): Address => {
  const d = rng.pick(DROPS);
  return { ...d, line1: `${d.line1}, ${name}` };
};

function planOne(rng: Rng, w: World, ring: Ring, kind: FraudKind, at: (r: Rhythm) => number): Purchase {
  switch (kind) {
    case 'stolen_card_ebike': {
      const t = at('any');
      const market = victimMarket(rng);
      const victim = person(rng, market);
      const withDetails = rng.chance(0.6);
      const foreign = rng.chance(0.25);
      const cardCountry = foreign ? rng.pick(['US', 'GB']) : market;
      const cards = Array.from({ length: rng.int(1, 3) }, () => cardFrom(rng, cardCountry));
      const mule = person(rng, 'DE');
      const drop = dropFor(rng, mule.name);
      const lines = rng.chance(0.8)
        ? [
            line(
              rng.pick(byCategory('e_bike', 'cargo_e_bike').filter((x) => x.price >= 300_000)),
              rng.chance(0.15) ? 2 : 1,
            ),
            ...(rng.chance(0.35) ? [line(rng.pick(byCategory('battery')))] : []),
          ]
        : [
            line(rng.pick(byCategory('battery'))),
            line(rng.pick(byCategory('battery'))),
            line(bySku('CMP-WHEELS')),
          ];
      const f: Fulfilment = hasBike(lines) ? (rng.chance(0.15) ? 'pickup' : 'freight') : 'parcel';
      return fraudPurchase({
        kind,
        at: t,
        market: withDetails ? market : 'DE',
        buyer: freshBuyer(
          rng,
          t,
          withDetails ? victim.name : mule.name,
          fraudEmail(rng, withDetails ? victim : mule),
          0.45,
        ),
        billing: withDetails ? homeAddress(rng, market) : { ...drop },
        shipping: drop,
        fulfilment: f,
        lines,
        ip: fraudIp(rng, [
          ['hosting', 35],
          ['proxy_de', 30],
          ['east', 15],
          ['mobile_de', 15],
          ['tor', 5],
        ]),
        device: ringDevice(rng, ring),
        phone: phoneOf(rng, 'DE'),
        shipMarket: 'DE',
        pay: (amount) => stolenCards(rng, cards, amount, 0.45, withDetails),
        after: ({ paid: ok }) =>
          !ok
            ? []
            : rng.chance(0.12)
              ? [
                  { type: 'order.cancelled', afterMs: rng.int(6, 40) * HOUR, reason: 'suspected_fraud' },
                  { type: 'refund.created', afterMs: rng.int(41, 60) * HOUR, reason: 'fraudulent' },
                ]
              : [...fulfilled(rng, f), ...chargebacks(rng, 0.45, 0.8)],
      });
    }
    case 'battery_reshipping': {
      const t = at('any');
      const market = victimMarket(rng);
      const victim = person(rng, market);
      const fwd = rng.pick(FORWARDERS);
      const viaForwarder = rng.chance(0.6);
      const mule = person(rng, 'DE');
      const shipping = viaForwarder
        ? { ...fwd, line1: `${fwd.line1}${rng.digits(5)}, ${victim.name}` }
        : dropFor(rng, mule.name);
      const battery = rng.pick(byCategory('battery'));
      const lines = rng.chance(0.7)
        ? [line(battery, rng.int(2, 4))]
        : [
            line(battery),
            line(rng.pick(byCategory('motor'))),
            ...(rng.chance(0.5) ? [line(bySku('DSP-KIOX'))] : []),
          ];
      const usePaypal = rng.chance(0.25);
      const cards = Array.from({ length: rng.int(1, 2) }, () =>
        cardFrom(rng, rng.chance(0.3) ? 'US' : market),
      );
      return fraudPurchase({
        kind,
        at: t,
        market,
        buyer: freshBuyer(rng, t, victim.name, fraudEmail(rng, victim), 0.6),
        billing: homeAddress(rng, market),
        shipping,
        fulfilment: 'parcel',
        lines,
        ip: fraudIp(rng, [
          ['east', 50],
          ['hosting', 25],
          ['proxy_de', 20],
          ['tor', 5],
        ]),
        device: ringDevice(rng, ring),
        phone: rng.chance(0.5) ? `+48 ${rng.digits(9)}` : phoneOf(rng, 'DE'),
        shipMarket: 'DE',
        pay: (amount) =>
          usePaypal
            ? [other('paypal', true, rng.int(20_000, 90_000))]
            : stolenCards(rng, cards, amount, 0.5, false),
        after: ({ paid: ok }) =>
          ok
            ? [
                ...fulfilled(rng, 'parcel'),
                ...chargebacks(rng, usePaypal ? 0 : 0.4, 0.8, usePaypal ? 'unauthorized' : 'fraudulent'),
              ]
            : [],
      });
    }
    case 'card_testing':
      throw new Error('card testing is planned in bursts');
    case 'account_takeover': {
      const t = at('any');
      const acct = w.base[Math.floor(w.base.length * rng.next() ** 1.8)] ?? (w.base[0] as Account);
      const emailChanged = rng.chance(0.25);
      const mule = person(rng, 'DE');
      const how = rng.weightedPick<'drop' | 'packstation' | 'readdress' | 'pickup'>([
        ['drop', 40],
        ['packstation', 20],
        ['readdress', 20],
        ['pickup', 20],
      ]);
      const lines = rng.weightedPick<Line[]>([
        [[line(rng.pick(byCategory('e_bike').filter((x) => x.price >= 300_000)))], 40],
        [[line(rng.pick(byCategory('battery')), rng.int(1, 2))], 25],
        [[line(bySku('GC-250'), rng.int(2, 4))], 20],
        [[line(bySku('GS-ULT-DI2')), line(bySku('CMP-WHEELS'))], 15],
      ]);
      const f: Fulfilment =
        how === 'pickup'
          ? 'pickup'
          : hasBike(lines)
            ? 'freight'
            : how === 'packstation'
              ? 'packstation'
              : 'parcel';
      const shipping =
        how === 'packstation'
          ? packstation(rng, { ...rng.pick(DROPS) })
          : how === 'readdress'
            ? { ...acct.home }
            : dropFor(rng, mule.name);
      const method = rng.weightedPick<'saved' | 'paypal' | 'klarna'>([
        ['saved', 40],
        ['paypal', 45],
        ['klarna', 15],
      ]);
      const card = rng.pick(acct.cards);
      return fraudPurchase({
        kind,
        at: t,
        market: acct.market,
        buyer: {
          id: acct.id,
          email: emailChanged ? fraudEmail(rng) : acct.email,
          name: acct.person.name,
          createdAt: acct.createdAt,
        },
        billing: { ...acct.home },
        shipping,
        fulfilment: f,
        lines,
        ip: fraudIp(rng, [
          ['hosting', 30],
          ['proxy_de', 35],
          ['east', 20],
          ['mobile_de', 15],
        ]),
        device: rng.chance(0.5) ? rng.pick(ring.devices) : deviceOf(rng),
        phone: emailChanged ? phoneOf(rng, 'DE') : acct.phone,
        shipMarket: how === 'readdress' ? acct.market : 'DE',
        pay: (amount) =>
          method === 'paypal'
            ? [other('paypal', true, rng.int(15_000, 60_000))]
            : method === 'klarna'
              ? [other('klarna', true, rng.int(15_000, 60_000), { klarna: klarnaPlan(rng, amount) })]
              : rng.chance(0.7)
                ? [
                    cardAttempt(rng, card, amount, {
                      entry: 'saved',
                      ok: true,
                      afterMs: rng.int(10_000, 40_000),
                      threeDS: rng.chance(0.6) ? 'frictionless' : 'exempt',
                    }),
                  ]
                : [
                    cardAttempt(rng, card, amount, {
                      entry: 'saved',
                      ok: false,
                      decline: 'authentication_failed',
                      afterMs: rng.int(10_000, 40_000),
                    }),
                    other('paypal', rng.chance(0.6), rng.int(30_000, 120_000), {
                      decline: 'payment_cancelled',
                    }),
                  ],
        after: ({ paid: ok }) => {
          if (!ok) return [];
          const out: LaterEvent[] = [];
          if (how === 'readdress')
            out.push({
              type: 'order.updated',
              afterMs: rng.int(20, 240) * MINUTE,
              reason: 'address_changed',
              shipping: dropFor(rng, mule.name),
            });
          if (rng.chance(0.15))
            return [
              ...out,
              {
                type: 'order.cancelled',
                afterMs: rng.int(5, 30) * HOUR,
                reason: 'customer_reported_unauthorised',
              },
              { type: 'refund.created', afterMs: rng.int(31, 50) * HOUR, reason: 'fraudulent' },
            ];
          return [
            ...out,
            ...fulfilled(rng, f),
            ...chargebacks(
              rng,
              method === 'saved' ? 0.3 : 0,
              0.65,
              method === 'paypal' ? 'unauthorized' : 'fraudulent',
            ),
          ];
        },
      });
    }
    case 'klarna_identity': {
      const t = at('consumer');
      const market = rng.weightedPick<Market>([
        ['DE', 70],
        ['AT', 18],
        ['NL', 6],
        ['SE', 6],
      ]);
      const victim = person(rng, market);
      const home = homeAddress(rng, market);
      const how = rng.weightedPick<'packstation' | 'drop' | 'doorstep'>([
        ['packstation', 40],
        ['drop', 30],
        ['doorstep', 30],
      ]);
      const shipping =
        how === 'packstation' && market === 'DE'
          ? packstation(rng, rng.pick(DROPS))
          : how === 'doorstep'
            ? { ...home }
            : dropFor(rng, victim.name);
      const lines = rng.chance(0.55)
        ? [line(rng.pick(byCategory('e_bike', 'cargo_e_bike')))]
        : [
            line(rng.pick(byCategory('battery'))),
            ...(rng.chance(0.5) ? [line(rng.pick(byCategory('lock', 'helmet')))] : []),
          ];
      const f: Fulfilment = hasBike(lines)
        ? 'freight'
        : shipping.line1?.startsWith('Packstation')
          ? 'packstation'
          : 'parcel';
      const rejected = rng.chance(0.35);
      return fraudPurchase({
        kind,
        at: t,
        market,
        buyer: freshBuyer(rng, t, victim.name, fraudEmail(rng, victim), 0.75),
        billing: home,
        shipping,
        fulfilment: f,
        lines,
        ip: fraudIp(rng, [
          ['proxy_de', 35],
          ['mobile_de', 35],
          ['hosting', 20],
          ['east', 10],
        ]),
        device: ringDevice(rng, ring),
        phone: phoneOf(rng, market),
        shipMarket: how === 'doorstep' ? market : 'DE',
        pay: (amount) => {
          const plan = klarnaPlan(rng, amount);
          return rejected
            ? [
                other('klarna', false, rng.int(20_000, 80_000), { decline: 'klarna_rejected', klarna: plan }),
                other('klarna', false, rng.int(30_000, 120_000), {
                  decline: 'klarna_rejected',
                  klarna: 'pay_later_30',
                }),
              ]
            : [other('klarna', true, rng.int(20_000, 80_000), { klarna: plan })];
        },
        after: ({ paid: ok }) =>
          ok
            ? [
                ...fulfilled(rng, f),
                ...(rng.chance(0.7)
                  ? [
                      {
                        type: 'dispute.created' as const,
                        afterMs: rng.int(25, 70) * DAY,
                        reason: 'fraudulent',
                      },
                    ]
                  : []),
              ]
            : [],
      });
    }
    case 'sepa_identity': {
      const t = at('consumer');
      const market = rng.chance(0.8) ? 'DE' : 'AT';
      const victim = person(rng, market);
      const lines = rng.chance(0.6)
        ? [line(rng.pick(byCategory('battery', 'groupset')))]
        : [line(rng.pick(byCategory('road_bike', 'gravel_bike')))];
      const f: Fulfilment = hasBike(lines) ? 'freight' : rng.chance(0.5) ? 'packstation' : 'parcel';
      const shipping = f === 'packstation' ? packstation(rng, rng.pick(DROPS)) : dropFor(rng, victim.name);
      return fraudPurchase({
        kind,
        at: t,
        market,
        buyer: freshBuyer(rng, t, victim.name, fraudEmail(rng, victim), 0.9),
        billing: homeAddress(rng, market),
        shipping,
        fulfilment: f,
        lines,
        ip: fraudIp(rng, [
          ['proxy_de', 40],
          ['mobile_de', 30],
          ['hosting', 30],
        ]),
        device: ringDevice(rng, ring),
        phone: phoneOf(rng, 'DE'),
        shipMarket: 'DE',
        pay: () => [other('sepa_debit', true, rng.int(15_000, 60_000))],
        after: () => [
          ...fulfilled(rng, f),
          { type: 'dispute.created', afterMs: rng.int(6, 35) * DAY, reason: 'debit_not_authorised' },
        ],
      });
    }
    case 'non_receipt_claim': {
      const t = at('consumer');
      const acct = rng.chance(0.7)
        ? (w.base[Math.floor(w.base.length * rng.next() ** 1.5)] ?? (w.base[0] as Account))
        : undefined;
      const market = acct?.market ?? victimMarket(rng);
      const who = acct
        ? { person: acct.person, home: acct.home, card: rng.pick(acct.cards) }
        : { person: person(rng, market), home: homeAddress(rng, market), card: cardFrom(rng, market) };
      const lines = rng.chance(0.55)
        ? bikeBasket(rng, 'e_bike', 'road_bike', 'gravel_bike')
        : [line(rng.pick(byCategory('battery', 'groupset')))];
      const f: Fulfilment = hasBike(lines) ? 'freight' : 'parcel';
      const method = rng.weightedPick<'card' | 'paypal' | 'klarna'>([
        ['card', 45],
        ['paypal', 40],
        ['klarna', 15],
      ]);
      const buyer: Buyer = acct
        ? { id: acct.id, email: acct.email, name: acct.person.name, createdAt: acct.createdAt }
        : freshBuyer(
            rng,
            t,
            who.person.name,
            `${slug(who.person.first)}.${slug(who.person.last)}@${rng.pick(['gmx.de', 'web.de', 'gmail.com'])}`,
            0.7,
          );
      return fraudPurchase({
        kind,
        at: t,
        market,
        buyer,
        billing: { ...who.home },
        shipping: { ...who.home },
        fulfilment: f,
        lines,
        ip: acct ? homeIp(rng, acct) : address(rng, rng.pick(homeNetworks(market)), false),
        device: acct ? rng.pick(acct.devices) : deviceOf(rng),
        phone: acct?.phone ?? phoneOf(rng, market),
        pay: (amount) =>
          method === 'card'
            ? [cardAttempt(rng, who.card, amount, { ok: true, afterMs: rng.int(10_000, 60_000) })]
            : [
                other(
                  method,
                  true,
                  rng.int(10_000, 60_000),
                  method === 'klarna' ? { klarna: klarnaPlan(rng, amount) } : {},
                ),
              ],
        after: () => [
          ...fulfilled(rng, f),
          { type: 'dispute.created', afterMs: rng.int(18, 55) * DAY, reason: 'product_not_received' },
        ],
      });
    }
    case 'refund_abuse': {
      const t = at('consumer');
      const acct = w.base[Math.floor(w.base.length * rng.next())] ?? (w.base[0] as Account);
      const lines = [
        line(rng.pick([...byCategory('battery', 'motor'), bySku('CMP-WHEELS'), bySku('GS-ULT-DI2')])),
      ];
      return fraudPurchase({
        kind,
        at: t,
        market: acct.market,
        buyer: { id: acct.id, email: acct.email, name: acct.person.name, createdAt: acct.createdAt },
        billing: { ...acct.home },
        shipping: { ...acct.home },
        fulfilment: 'parcel',
        lines,
        ip: homeIp(rng, acct),
        device: rng.pick(acct.devices),
        phone: acct.phone,
        pay: (amount) =>
          rng.chance(0.5)
            ? [other('paypal', true, rng.int(10_000, 60_000))]
            : [
                cardAttempt(rng, rng.pick(acct.cards), amount, {
                  entry: 'saved',
                  ok: true,
                  afterMs: rng.int(10_000, 60_000),
                }),
              ],
        after: ({ amount }) => [
          ...fulfilled(rng, 'parcel'),
          {
            type: 'refund.created',
            afterMs: rng.int(9, 16) * DAY,
            reason: rng.pick(['returned', 'item_defective']),
            amount,
          },
        ],
      });
    }
    case 'promo_abuse': {
      const t = at('consumer');
      const farm = ring.farm;
      const n = rng.int(2, 99);
      const first = rng.chance(0.5) ? farm.person.first : person(rng, 'DE').first;
      const name = `${first} ${farm.person.last}`;
      const email = rng.weightedPick<string>([
        [`${slug(farm.person.first)}.${slug(farm.person.last)}+ostern${n}@gmail.com`, 30],
        [`${slug(first)}${slug(farm.person.last)}${n}@gmail.com`, 35],
        [`${slug(farm.person.last)}.${rng.token(4)}@web.de`, 35],
      ]);
      const home = farm.address;
      const shipping = rng.chance(0.6)
        ? { ...home, line1: `${home.line1 ?? ''}${rng.pick(['', ' ', ', EG', ', Hinterhaus'])}` }
        : packstation(rng, home);
      const lines: Line[] = [
        line(
          rng.pick([bySku('LCK-FOLD'), bySku('HLM-ROAD-MIPS'), bySku('ACC-PANNIER'), bySku('CLO-JACKET')]),
        ),
      ];
      if (rng.chance(0.4)) lines.push(line(bySku('ACC-LIGHTS')));
      return fraudPurchase({
        kind,
        at: t,
        market: 'DE',
        buyer: {
          id: `RW-${rng.int(3_000_000, 3_999_999)}`,
          email,
          name,
          createdAt: t - rng.int(2, 14) * MINUTE,
        },
        billing: { ...home },
        shipping,
        fulfilment: shipping.line1?.startsWith('Packstation') ? 'packstation' : 'parcel',
        lines,
        ip: rng.pick(farm.ips),
        device: rng.pick(farm.devices),
        phone: phoneOf(rng, 'DE'),
        voucher: { code: 'OSTERN25', off: 2_500 },
        pay: (amount) =>
          rng.chance(0.6)
            ? [other('paypal', true, rng.int(15_000, 50_000))]
            : [cardAttempt(rng, farm.card, amount, { ok: true, afterMs: rng.int(15_000, 50_000) })],
        after: () => fulfilled(rng, 'parcel'),
      });
    }
    case 'sanctioned_country': {
      const t = at('any');
      const origin = rng.weightedPick<string>([
        ['ir-broadband', 60],
        ['sy-broadband', 20],
        ['cu-broadband', 12],
        ['kp-gateway', 8],
      ]);
      const market = rng.chance(0.6) ? 'DE' : 'AT';
      const buyer = person(rng, market);
      const iranian = origin === 'ir-broadband' && rng.chance(0.4);
      const fwd = rng.pick(FORWARDERS);
      const lines = rng.chance(0.6)
        ? [line(rng.pick(byCategory('battery')), rng.int(2, 6)), line(rng.pick(byCategory('motor')))]
        : [line(rng.pick(byCategory('e_bike')))];
      const f: Fulfilment = hasBike(lines) ? 'freight' : 'parcel';
      const card = cardFrom(rng, iranian ? 'IR' : rng.pick(['DE', 'AT']), iranian ? BINS.IR![0] : undefined);
      return fraudPurchase({
        kind,
        at: t,
        market,
        buyer: freshBuyer(rng, t, buyer.name, fraudEmail(rng, buyer), 0.7),
        billing: iranian
          ? {
              country: 'IR',
              city: 'Tehran',
              postalCode: `1${rng.digits(9)}`,
              line1: `No. ${rng.int(2, 90)}, Vali-e Asr Ave`,
            }
          : homeAddress(rng, market),
        shipping: { ...fwd, line1: `${fwd.line1}${rng.digits(5)}` },
        fulfilment: f,
        lines,
        ip: address(rng, network(origin), false),
        device: deviceOf(rng),
        phone: iranian ? `+98 912 ${rng.digits(7)}` : phoneOf(rng, market),
        shipMarket: 'DE',
        pay: (amount) =>
          iranian
            ? [
                cardAttempt(rng, card, amount, {
                  ok: false,
                  decline: 'card_not_supported',
                  afterMs: rng.int(20_000, 60_000),
                }),
                other('paypal', rng.chance(0.4), rng.int(60_000, 240_000), { decline: 'payment_cancelled' }),
              ]
            : stolenCards(rng, [card], amount, 0.6, true),
        after: ({ paid: ok }) => (ok ? [...fulfilled(rng, f), ...chargebacks(rng, 0.2, 0.3)] : []),
      });
    }
  }
}

/**
 * Card testing: a script runs two to four bursts a fortnight, at night, one cheap item per guest checkout,
 * a new card from one or two BINs each time, through rotating residential and hosting addresses.
 */
function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const bursts = Math.max(1, Math.min(count, rng.int(2, 4)));
  const out: Purchase[] = [];
  const cheap = [bySku('CMP-VALVE'), bySku('ACC-BELL'), bySku('CMP-TUBE'), bySku('ACC-BOTTLE')];
  let left = count;
  for (let b = 0; b < bursts; b++) {
    const n = b === bursts - 1 ? left : Math.max(1, Math.round(count / bursts + rng.int(-2, 2)));
    left -= n;
    const binCountry = rng.pick(['US', 'DE', 'PL', 'GB']);
    const bins = rng.shuffle(BINS[binCountry] ?? BINS.US!).slice(0, rng.int(1, 2));
    const product = rng.pick(cheap);
    const agent = rng.pick([USER_AGENTS.headless, USER_AGENTS.winChrome, USER_AGENTS.linuxFirefox]);
    let t = Math.min(when(rng, w.window, 'night'), w.window.end - n * 200_000);
    t = Math.max(t, w.window.start);
    for (let i = 0; i < n; i++) {
      t += rng.int(12_000, 200_000);
      const victim = person(rng, 'DE');
      const billing = homeAddress(rng, 'DE');
      const cards = Array.from({ length: rng.chance(0.2) ? 2 : 1 }, () =>
        cardFrom(rng, binCountry, rng.pick(bins)),
      );
      out.push(
        fraudPurchase({
          kind: 'card_testing',
          at: t,
          market: 'DE',
          buyer: { email: fraudEmail(rng, rng.chance(0.3) ? victim : undefined), name: victim.name },
          billing,
          shipping: billing,
          fulfilment: 'parcel',
          lines: [line(product)],
          ip: fraudIp(rng, [
            ['proxy_de', 45],
            ['hosting', 40],
            ['mobile_de', 15],
          ]),
          device: { userAgent: agent, ...(rng.chance(0.4) ? { id: `dev_${rng.token(20)}` } : {}) },
          pay: (amount) =>
            cards.map((card, k) => {
              const ok = rng.chance(0.12);
              return cardAttempt(rng, card, amount, {
                ok,
                afterMs: k === 0 ? rng.int(2_000, 9_000) : rng.int(3_000, 15_000),
                ...(ok
                  ? {}
                  : {
                      decline: rng.pick([
                        'do_not_honor',
                        'insufficient_funds',
                        'incorrect_cvc',
                        'stolen_card',
                        'expired_card',
                        'card_declined',
                        'authentication_failed',
                      ]),
                    }),
                avsMatch: false,
              });
            }),
          after: ({ paid: ok }) =>
            ok
              ? rng.chance(0.6)
                ? [
                    { type: 'order.cancelled', afterMs: rng.int(3, 20) * HOUR, reason: 'suspected_fraud' },
                    { type: 'refund.created', afterMs: rng.int(21, 30) * HOUR, reason: 'fraudulent' },
                  ]
                : chargebacks(rng, 0.5, 0.3)
              : [],
        }),
      );
    }
  }
  return out;
}

/** `count` fraudulent purchases, allocated exactly across the kinds; none when the stream is too small. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const counts = allocate(count);
  const ring = ringOf(rng.fork('ring'));
  const out: Purchase[] = [];
  for (const kind of Object.keys(FRAUD) as FraudKind[]) {
    const r = rng.fork(kind);
    if (kind === 'card_testing') {
      out.push(...cardTesting(r, w, counts[kind]));
      continue;
    }
    for (let i = 0; i < counts[kind]; i++) {
      const o = r.fork(`f${i}`);
      out.push(planOne(o, w, ring, kind, (rhythm) => when(o, w.window, rhythm)));
    }
  }
  return out;
}
