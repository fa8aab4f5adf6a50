import { type Address, accountBuyer, type Buyer, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import {
  basketOf,
  CODES,
  type Fulfilment,
  line,
  type Line,
  PRODUCTS,
  resaleLines,
  subscriptionLines,
} from './catalogue.js';
import { type Draft, freshAccount, purchaseOf } from './honest.js';
import { address, ipOn, type Network, network } from './networks.js';
import {
  type Account,
  binsOf,
  cardOnBin,
  DISPOSABLE,
  emailOf,
  type HeldCard,
  newCard,
  newDevice,
  personName,
  scriptedDevice,
  type World,
} from './people.js';
import {
  AU_CITIES,
  forwarder,
  moment,
  parcelLocker,
  pickCity,
  poBox,
  SG_CITIES,
  streetAddress,
  US_CITIES,
} from './places.js';
import {
  type Attempt,
  cardAttempt,
  DAY,
  type Decline,
  type LaterEvent,
  MINUTE,
  other,
  type Purchase,
  retryGap,
} from './purchase.js';

/** The fraud kinds and their weights (they sum to 100); every stream holds each at least once. */
export const FRAUD = {
  stolen_card_resale: 22,
  card_testing: 15,
  bnpl_identity_fraud: 14,
  promo_sample_farm: 13,
  subscription_takeover: 12,
  refund_abuse: 10,
  reshipping_overseas: 9,
  sanctioned_country: 5,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const hoursAfter = (rng: Rng, from: number, to: number) => rng.int(from * 60, to * 60) * MINUTE;

/** Shipped, delivered, and then what the cardholder, the issuer or the pay-later provider does. */
function shippedThen(rng: Rng, f: Fulfilment, tail: LaterEvent[]): LaterEvent[] {
  const ship = hoursAfter(rng, 3, f === 'express' ? 20 : 36);
  const transit = f === 'express' ? hoursAfter(rng, 16, 40) : rng.int(2, 6) * DAY;
  return [
    { type: 'order.updated', afterMs: ship, status: 'shipped' },
    { type: 'order.updated', afterMs: ship + transit, status: 'delivered' },
    ...tail,
  ];
}

/** The stolen card's owner and issuer: an early fraud warning, a chargeback for fraud, or both. */
function cardholderFinds(rng: Rng, warn: number, dispute: number): LaterEvent[] {
  const out: LaterEvent[] = [];
  if (rng.chance(warn))
    out.push({ type: 'fraud_warning.created', afterMs: rng.int(3, 18) * DAY, reason: 'fraudulent' });
  if (rng.chance(dispute))
    out.push({ type: 'dispute.created', afterMs: rng.int(15, 60) * DAY, reason: 'fraudulent' });
  return out;
}

/** The store's reviewer catches a few before dispatch: cancelled and refunded. */
const reviewCancel = (rng: Rng): LaterEvent[] => {
  const at = hoursAfter(rng, 1, 14);
  return [
    { type: 'order.cancelled', afterMs: at, reason: 'fraud_review' },
    { type: 'refund.created', afterMs: at + rng.int(5, 40) * MINUTE, reason: 'fraudulent' },
  ];
};

const AU_PROXY: ReadonlyArray<readonly [string, number]> = [
  ['au-nbn-1', 3],
  ['au-nbn-2', 2],
  ['au-mobile-1', 2],
  ['au-mobile-2', 1],
];

const stolenDecline = (rng: Rng): Decline =>
  rng.weightedPick<Decline>([
    ['stolen_card', 2],
    ['do_not_honor', 4],
    ['insufficient_funds', 3],
    ['lost_card', 1],
    ['incorrect_cvc', 1],
  ]);

/** Stolen cards tried one after another until one goes through (or the batch for this order runs out). */
function stolenCardTries(
  rng: Rng,
  cards: HeldCard[],
  amount: number,
  okChance: number,
  match: 'good' | 'partial' | 'bad' = 'good',
): Attempt[] {
  const out: Attempt[] = [];
  for (const [i, card] of cards.entries()) {
    const ok = rng.chance(okChance);
    const decline = ok ? undefined : rng.chance(0.2) ? 'authentication_failed' : stolenDecline(rng);
    out.push(
      cardAttempt(rng, card, amount, {
        entry: 'typed',
        ok,
        afterMs: i === 0 ? rng.int(20_000, 120_000) : rng.int(15_000, 90_000),
        match,
        ...(decline ? { decline } : {}),
        // Phished cards come with the one-time code; other issuers wave a known merchant through.
        ...(ok
          ? {
              threeDS: rng.weightedPick([
                ['frictionless', 6],
                ['challenge_passed', 2],
                ['not_enrolled', 2],
              ] as const),
            }
          : {}),
      }),
    );
    if (ok) break;
  }
  return out;
}

/** Where resale goods go: a locker or PO box under a made-up name, or a drop address in another suburb. */
function dropPoint(rng: Rng): { f: Fulfilment; to: Address } {
  const city = pickCity(rng, AU_CITIES);
  const r = rng.weightedPick([
    ['locker', 45],
    ['po_box', 20],
    ['drop', 35],
  ] as const);
  if (r === 'locker') return { f: 'parcel_locker', to: parcelLocker(rng, city) };
  if (r === 'po_box') return { f: 'po_box', to: poBox(rng, city) };
  return { f: rng.chance(0.6) ? 'express' : 'standard', to: streetAddress(rng, city) };
}

const burnerEmail = (rng: Rng, name: string): string =>
  rng.chance(0.6)
    ? `${name.toLowerCase().replace(/[^a-z]/g, '')}${rng.int(100, 9999)}@${rng.pick(['gmail.com', 'outlook.com', 'hotmail.com'])}`
    : `${rng.token(rng.int(7, 11))}@${rng.pick(DISPOSABLE)}`;

/** Stolen Australian cards buying bulk protein and pre-workout to resell on marketplaces. */
function stolenCardResale(rng: Rng, w: World): Draft {
  const skilled = rng.chance(0.35);
  const holderCity = pickCity(rng, AU_CITIES);
  const holder = personName(rng);
  const at = moment(rng, w.window, 10, skilled ? 'consumer' : 'night');
  const { f, to } = skilled
    ? { f: 'standard' as Fulfilment, to: streetAddress(rng, holderCity) }
    : dropPoint(rng);
  const basket = basketOf(resaleLines(rng, skilled ? 0.45 : 1), { country: 'AU', fulfilment: f });
  const net: Network = skilled
    ? network(rng.weightedPick(AU_PROXY))
    : network(
        rng.weightedPick([
          ['au-nbn-1', 3],
          ['au-mobile-1', 2],
          ['au-hosting', 3],
          ['vn-broadband', 1],
          ['ng-mobile', 1],
        ] as const),
      );
  const cards = Array.from({ length: skilled ? 1 : rng.int(1, 3) }, () =>
    newCard(rng, 'AU', rng.chance(0.8) ? 'credit' : 'debit'),
  );
  const buyer: Buyer = rng.chance(skilled ? 0.5 : 0.3)
    ? freshAccount(rng, at, holder, 'AU', skilled ? emailOf(rng, holder, 'AU') : burnerEmail(rng, holder))
    : { email: skilled ? emailOf(rng, holder, 'AU') : burnerEmail(rng, holder), name: holder };
  const attempts = stolenCardTries(rng, cards, basket.amount, skilled ? 0.85 : 0.55);
  const later =
    !skilled && rng.chance(0.1) ? reviewCancel(rng) : shippedThen(rng, f, cardholderFinds(rng, 0.45, 0.75));
  return {
    kind: 'stolen_card_resale',
    fraud: true,
    at,
    buyer,
    billing: streetAddress(
      rng,
      skilled ? holderCity : rng.chance(0.6) ? holderCity : pickCity(rng, AU_CITIES),
    ),
    shipping: to,
    fulfilment: f,
    ip: ipOn(rng, net),
    device: skilled ? newDevice(rng) : rng.chance(0.5) ? scriptedDevice(rng) : newDevice(rng, 'desktop'),
    basket,
    attempts,
    later,
  };
}

/** Card testing: scripted guest checkouts of the postage-paid trial pack, card after card, in the small hours. */
function cardTesting(rng: Rng, w: World, count: number): Draft[] {
  const out: Draft[] = [];
  while (out.length < count) {
    const run = Math.min(count - out.length, rng.int(6, 18));
    let t = moment(rng, w.window, 10, 'night');
    const net = network(
      rng.weightedPick([
        ['au-hosting', 4],
        ['us-hosting', 2],
        ['de-hosting', 1],
        ['au-mobile-1', 2],
        ['au-nbn-2', 1],
      ] as const),
    );
    const device: Device = scriptedDevice(rng);
    const funding = rng.weightedPick([
      ['debit', 5],
      ['credit', 3],
      ['prepaid', 2],
    ] as const);
    const bins = binsOf('AU', funding);
    const runBins = [rng.pick(bins), rng.pick(bins)];
    const sharedIp = rng.chance(0.4) ? address(rng, net) : undefined;
    for (let i = 0; i < run; i++) {
      t = Math.min(t + rng.int(15, 150) * 1000, w.window.end - 1);
      const lines: Line[] = [line(rng.chance(0.8) ? PRODUCTS.sample : PRODUCTS.vitD)];
      const basket = basketOf(lines, { country: 'AU', fulfilment: 'standard' });
      const name = personName(rng);
      const city = pickCity(rng, AU_CITIES);
      const addr = streetAddress(rng, city);
      const attempts: Attempt[] = [];
      const tries = rng.weightedPick([
        [1, 5],
        [2, 3],
        [3, 2],
      ] as const);
      for (let k = 0; k < tries; k++) {
        const ok = rng.chance(0.11);
        const card = cardOnBin(rng, rng.pick(runBins), 'AU', funding);
        attempts.push(
          cardAttempt(rng, card, basket.amount, {
            entry: 'typed',
            ok,
            afterMs: k === 0 ? rng.int(3_000, 12_000) : rng.int(2_000, 9_000),
            ...(ok
              ? { threeDS: 'exempt' as const }
              : {
                  decline: rng.weightedPick<Decline>([
                    ['invalid_number', 3],
                    ['incorrect_cvc', 3],
                    ['insufficient_funds', 3],
                    ['do_not_honor', 3],
                    ['expired_card', 2],
                    ['stolen_card', 1],
                    ['lost_card', 1],
                  ]),
                }),
          }),
        );
        if (ok) break;
      }
      out.push({
        kind: 'card_testing',
        fraud: true,
        at: t,
        buyer: {
          email: `${rng.token(rng.int(6, 10))}@${rng.chance(0.6) ? rng.pick(DISPOSABLE) : 'gmail.com'}`,
          name,
        },
        billing: addr,
        shipping: addr,
        fulfilment: 'standard',
        ip: sharedIp ?? address(rng, net),
        device,
        basket,
        attempts,
        later: rng.chance(0.5)
          ? shippedThen(rng, 'standard', cardholderFinds(rng, 0.3, 0.1))
          : [
              { type: 'order.cancelled', afterMs: hoursAfter(rng, 1, 10), reason: 'fraud_review' },
              { type: 'refund.created', afterMs: hoursAfter(rng, 11, 20), reason: 'fraudulent' },
            ],
      });
    }
  }
  return out;
}

/** Afterpay or Zip opened on a stolen or made-up identity: a first order just under the limit, then gone. */
function bnplIdentity(rng: Rng, w: World, ringDevice: Device): Draft {
  const city = pickCity(rng, AU_CITIES);
  const name = personName(rng);
  const at = moment(rng, w.window, city.tz, rng.chance(0.5) ? 'night' : 'consumer');
  const r = rng.weightedPick([
    ['locker', 5],
    ['drop', 3],
    ['home', 2],
  ] as const);
  const billing = streetAddress(rng, city);
  const f: Fulfilment = r === 'locker' ? 'parcel_locker' : rng.chance(0.4) ? 'express' : 'standard';
  const to =
    r === 'locker'
      ? parcelLocker(rng, pickCity(rng, AU_CITIES))
      : r === 'drop'
        ? streetAddress(rng, pickCity(rng, AU_CITIES))
        : { ...billing };
  const target = rng.int(700, 1_990) * 100;
  const lines: Line[] = [line(PRODUCTS.gains, 1)];
  const pool = [
    PRODUCTS.wpi5,
    PRODUCTS.shred,
    PRODUCTS.preHigh,
    PRODUCTS.creatine1k,
    PRODUCTS.burner,
    PRODUCTS.belt,
  ];
  for (let i = 0; i < 30; i++) {
    const pr = rng.pick(pool);
    const total = lines.reduce((s, l) => s + l.price * l.quantity, 0);
    if (total + pr.price > target) break;
    const found = lines.find((l) => l.sku === pr.sku);
    if (found) found.quantity += 1;
    else lines.push(line(pr));
  }
  const basket = basketOf(lines, {
    ...(rng.chance(0.4) ? { code: rng.pick(CODES.first) } : {}),
    country: 'AU',
    fulfilment: f,
  });
  const first = rng.chance(0.65) ? 'afterpay' : 'zip';
  const attempts: Attempt[] = [];
  if (rng.chance(0.3)) {
    attempts.push(other(first, false, rng.int(30_000, 120_000), 'declined_by_provider'));
    if (rng.chance(0.7))
      attempts.push(
        other(
          first === 'afterpay' ? 'zip' : 'afterpay',
          rng.chance(0.7),
          retryGap(rng),
          'declined_by_provider',
        ),
      );
  } else attempts.push(other(first, true, rng.int(30_000, 150_000)));
  const tail: LaterEvent[] = rng.chance(0.45)
    ? [{ type: 'dispute.created', afterMs: rng.int(30, 70) * DAY, reason: 'fraudulent' }]
    : [];
  return {
    kind: 'bnpl_identity_fraud',
    fraud: true,
    at,
    buyer: freshAccount(
      rng,
      at,
      name,
      'AU',
      `${name
        .toLowerCase()
        .replace(/[^a-z ]/g, '')
        .replace(
          ' ',
          rng.pick(['.', '_', '']),
        )}${rng.int(10, 99)}@${rng.pick(['gmail.com', 'outlook.com', 'icloud.com'])}`,
    ),
    billing,
    shipping: to,
    fulfilment: f,
    ip: ipOn(
      rng,
      network(
        rng.weightedPick([
          ['au-mobile-1', 3],
          ['au-mobile-2', 2],
          ['au-nbn-1', 2],
          ['au-nbn-2', 2],
          ['au-hosting', 1],
        ] as const),
      ),
    ),
    device: rng.chance(0.5) ? ringDevice : newDevice(rng),
    basket,
    attempts,
    later: shippedThen(rng, f, tail),
  };
}

/** A farm: many fresh accounts on one or two phones, e-mail variants, the same locker, a first-order code each. */
function promoFarm(rng: Rng, w: World, count: number): Draft[] {
  const out: Draft[] = [];
  while (out.length < count) {
    const size = Math.min(count - out.length, rng.int(4, 10));
    const city = pickCity(rng, AU_CITIES);
    let t = moment(rng, w.window, city.tz, 'consumer');
    const devices = [newDevice(rng, rng.pick(['ios', 'android'])), newDevice(rng, 'android')];
    const ip = ipOn(rng, network(rng.pick(['au-mobile-1', 'au-mobile-2', 'au-nbn-1'])));
    const base = personName(rng)
      .toLowerCase()
      .replace(/[^a-z ]/g, '')
      .split(' ');
    const myPost = rng.digits(10);
    const home = streetAddress(rng, city);
    const prepaid = newCard(rng, 'AU', 'prepaid');
    for (let i = 0; i < size; i++) {
      t = Math.min(t + rng.int(3, 25) * MINUTE, w.window.end - 1);
      const [first = 'sam', last = 'lee'] = base;
      const email = rng.chance(0.5)
        ? `${rng.token(rng.int(6, 10))}@${rng.pick(DISPOSABLE)}`
        : rng.chance(0.5)
          ? `${first}.${last}+${rng.int(1, 99)}@gmail.com`
          : `${first.slice(0, 1)}.${first.slice(1)}${last}${rng.int(1, 9)}@gmail.com`;
      const name = rng.chance(0.5)
        ? personName(rng)
        : `${first.charAt(0).toUpperCase()}${first.slice(1)} ${last.charAt(0).toUpperCase()}${last.slice(1)}`;
      const locker = rng.chance(0.6);
      const f: Fulfilment = locker ? 'parcel_locker' : 'standard';
      const to: Address = locker
        ? parcelLocker(rng, city, myPost)
        : { ...home, line1: `${rng.pick(['Unit ', 'U', '', 'Apt '])}${home.line1 ?? ''}` };
      const lines: Line[] = rng.chance(0.45)
        ? [line(PRODUCTS.sample)]
        : [line(rng.pick([PRODUCTS.shaker, PRODUCTS.creatine500, PRODUCTS.pre, PRODUCTS.wpi1]))];
      const basket = basketOf(lines, {
        ...(lines[0]?.category === 'sample' ? {} : { code: rng.pick(CODES.first) }),
        country: 'AU',
        fulfilment: f,
      });
      const pay = rng.weightedPick([
        ['paypal', 4],
        ['prepaid', 4],
        ['card', 2],
      ] as const);
      const attempts =
        pay === 'paypal'
          ? [other('paypal', true, rng.int(20_000, 90_000))]
          : [
              cardAttempt(rng, pay === 'prepaid' ? prepaid : newCard(rng, 'AU', 'debit'), basket.amount, {
                entry: 'typed',
                ok: rng.chance(0.93),
                decline: 'insufficient_funds',
                afterMs: rng.int(10_000, 60_000),
              }),
            ];
      out.push({
        kind: 'promo_sample_farm',
        fraud: true,
        at: t,
        buyer: freshAccount(rng, t, name, 'AU', email),
        billing: locker ? { ...home } : to,
        shipping: to,
        fulfilment: f,
        ip: rng.chance(0.7) ? ip : ipOn(rng, network('au-mobile-1')),
        device: rng.pick(devices),
        basket,
        attempts,
        later: shippedThen(rng, f, []),
      });
    }
  }
  return out;
}

const TAKEOVER_NETS: ReadonlyArray<readonly [string, number]> = [
  ['au-hosting', 3],
  ['au-mobile-1', 2],
  ['au-nbn-2', 1],
  ['vn-broadband', 2],
  ['ng-mobile', 1],
  ['us-hosting', 1],
];

/** A subscriber's account taken over (reused password): a new order on the saved card, or the renewal redirected. */
function subscriptionTakeover(rng: Rng, w: World): Draft {
  const pool = w.customers.subscribers.filter((a) => a.createdAt < w.window.start - 60 * DAY);
  const a: Account = rng.pick(pool.length > 0 ? pool : w.customers.au);
  const net = network(rng.weightedPick(TAKEOVER_NETS));
  const attackerIp = ipOn(rng, net);
  const attackerDevice = newDevice(rng, rng.pick(['desktop', 'android']));
  const city = pickCity(rng, AU_CITIES);
  const r = rng.weightedPick([
    ['locker', 5],
    ['po_box', 2],
    ['forwarder', 1],
    ['drop', 2],
  ] as const);
  const f: Fulfilment = r === 'locker' ? 'parcel_locker' : r === 'po_box' ? 'po_box' : 'express';
  const to =
    r === 'locker'
      ? parcelLocker(rng, city)
      : r === 'po_box'
        ? poBox(rng, city)
        : r === 'forwarder'
          ? forwarder(rng, 'AU')
          : streetAddress(rng, city);
  const card = a.cards[0] ?? newCard(rng, 'AU');
  if (rng.chance(0.4)) {
    // The renewal is charged as always; the new address was set from the attacker's session before dispatch.
    const at = moment(rng, w.window, 10, 'batch');
    const basket = basketOf(subscriptionLines(rng), {
      code: CODES.subscriber,
      country: 'AU',
      fulfilment: 'standard',
    });
    const change = hoursAfter(rng, 1, 6);
    const tail: LaterEvent[] = rng.chance(0.5)
      ? [{ type: 'refund.created', afterMs: change + rng.int(8, 14) * DAY, reason: 'account_takeover' }]
      : [
          {
            type: 'dispute.created',
            afterMs: rng.int(20, 45) * DAY,
            reason: rng.chance(0.5) ? 'fraudulent' : 'product_not_received',
          },
        ];
    return {
      kind: 'subscription_takeover',
      fraud: true,
      at,
      buyer: accountBuyer(a),
      billing: { ...a.home.address },
      shipping: { ...a.home.address },
      fulfilment: 'standard',
      basket,
      attempts: [
        cardAttempt(rng, card, basket.amount, {
          entry: 'stored_renewal',
          ok: true,
          afterMs: rng.int(2000, 9000),
        }),
      ],
      later: [
        {
          type: 'order.updated',
          afterMs: change,
          reason: 'address_changed',
          shipping: to,
          ip: attackerIp,
          device: attackerDevice,
        },
        ...shippedThen(rng, 'standard', tail).map((l) => ({ ...l, afterMs: l.afterMs + change })),
      ],
      renewal: true,
    };
  }
  const at = moment(
    rng,
    w.window,
    net.country === 'AU' ? 10 : net.country === 'VN' ? 7 : net.country === 'NG' ? 1 : -5,
    'consumer',
  );
  const basket = basketOf(resaleLines(rng, 0.5), {
    ...(rng.chance(0.3) ? { points: rng.int(5, 40) * 100 } : {}),
    country: 'AU',
    fulfilment: f,
  });
  const ok = rng.chance(0.9);
  const tail: LaterEvent[] = [
    ...(rng.chance(0.3)
      ? [{ type: 'fraud_warning.created' as const, afterMs: rng.int(4, 15) * DAY, reason: 'fraudulent' }]
      : []),
    ...(rng.chance(0.6)
      ? [{ type: 'dispute.created' as const, afterMs: rng.int(12, 45) * DAY, reason: 'fraudulent' }]
      : rng.chance(0.6)
        ? [{ type: 'refund.created' as const, afterMs: rng.int(3, 10) * DAY, reason: 'account_takeover' }]
        : []),
  ];
  return {
    kind: 'subscription_takeover',
    fraud: true,
    at,
    buyer: accountBuyer(a),
    billing: { ...a.home.address },
    shipping: to,
    fulfilment: f,
    ip: attackerIp,
    device: attackerDevice,
    basket,
    attempts: [
      cardAttempt(rng, card, basket.amount, {
        entry: 'saved',
        ok,
        afterMs: rng.int(8_000, 40_000),
        ...(ok ? { threeDS: 'frictionless' as const } : { decline: 'do_not_honor' as const }),
      }),
    ],
    later: shippedThen(rng, f, tail),
  };
}

/** A real customer, a normal order to a parcel locker, then "it never arrived" to the store or the bank. */
function refundAbuse(rng: Rng, w: World, a: Account): Draft {
  const at = moment(rng, w.window, a.home.city.tz, 'consumer');
  const locker = rng.chance(0.7);
  const f: Fulfilment = locker ? 'parcel_locker' : 'standard';
  const lines: Line[] = [
    line(PRODUCTS.wpi5, rng.int(1, 2)),
    line(rng.pick([PRODUCTS.pre, PRODUCTS.creatine1k, PRODUCTS.greens, PRODUCTS.burner])),
  ];
  const basket = basketOf(lines, { country: 'AU', fulfilment: f });
  const card = a.cards[0] ?? newCard(rng, 'AU');
  const pay = rng.weightedPick([
    ['card', 5],
    ['afterpay', 3],
    ['paypal', 2],
  ] as const);
  const attempts =
    pay === 'card'
      ? [
          cardAttempt(rng, card, basket.amount, {
            entry: rng.chance(0.6) ? 'saved' : 'typed',
            ok: true,
            afterMs: rng.int(5_000, 40_000),
          }),
        ]
      : [other(pay, true, rng.int(5_000, 40_000))];
  const claim: LaterEvent = rng.chance(0.65)
    ? { type: 'refund.created', afterMs: rng.int(6, 12) * DAY, reason: 'not_received' }
    : { type: 'dispute.created', afterMs: rng.int(15, 40) * DAY, reason: 'product_not_received' };
  return {
    kind: 'refund_abuse',
    fraud: true,
    at,
    buyer: accountBuyer(a),
    billing: { ...a.home.address },
    shipping: locker ? parcelLocker(rng, a.home.city, a.myPost) : { ...a.home.address },
    fulfilment: f,
    ip: rng.chance(0.7) ? a.homeIp : ipOn(rng, a.mobileNet),
    device: rng.pick(a.devices),
    basket,
    attempts,
    later: shippedThen(rng, f, [claim]),
  };
}

/** Stolen cards, goods to a forwarder or reshipper and on overseas; run from abroad or through a proxy. */
function reshipping(rng: Rng, w: World): Draft {
  const v = rng.weightedPick([
    ['au_forwarder', 55],
    ['us_reshipper', 25],
    ['direct_sg', 20],
  ] as const);
  const usCard = v === 'us_reshipper';
  const holderCity = usCard ? pickCity(rng, US_CITIES) : pickCity(rng, AU_CITIES);
  const net = network(
    rng.weightedPick([
      ['ng-mobile', 25],
      ['vn-broadband', 25],
      ['us-hosting', 20],
      ['au-hosting', 15],
      ['au-nbn-1', 15],
    ] as const),
  );
  const tz = net.country === 'NG' ? 1 : net.country === 'VN' ? 7 : net.country === 'US' ? -5 : 10;
  const at = moment(rng, w.window, tz, 'consumer');
  const to =
    v === 'au_forwarder'
      ? forwarder(rng, 'AU')
      : v === 'us_reshipper'
        ? forwarder(rng, 'US')
        : streetAddress(rng, SG_CITIES[0] ?? pickCity(rng, AU_CITIES));
  const f: Fulfilment = v === 'au_forwarder' ? 'express' : 'international';
  const basket = basketOf(resaleLines(rng, 0.8), { country: to.country, fulfilment: f });
  const holder = personName(rng);
  const cards = Array.from({ length: rng.int(1, 2) }, () => newCard(rng, usCard ? 'US' : 'AU', 'credit'));
  return {
    kind: 'reshipping_overseas',
    fraud: true,
    at,
    buyer: rng.chance(0.5)
      ? freshAccount(rng, at, holder, usCard ? 'US' : 'AU')
      : { email: emailOf(rng, holder, usCard ? 'US' : 'AU'), name: holder },
    billing: streetAddress(rng, holderCity),
    shipping: to,
    fulfilment: f,
    ip: ipOn(rng, net),
    device: newDevice(rng, rng.pick(['desktop', 'android'])),
    basket,
    attempts: stolenCardTries(
      rng,
      cards,
      basket.amount,
      0.65,
      usCard ? rng.pick(['good', 'partial']) : 'good',
    ),
    later: rng.chance(0.1) ? reviewCancel(rng) : shippedThen(rng, f, cardholderFinds(rng, 0.4, 0.7)),
  };
}

const TEHRAN: Address = { country: 'IR', postalCode: '1599', city: 'Tehran', line1: 'Valiasr St' };
const MOSCOW: Address = { country: 'RU', postalCode: '125009', city: 'Moscow', line1: 'Tverskaya St' };
const MINSK: Address = { country: 'BY', postalCode: '220030', city: 'Minsk', line1: 'Nezavisimosti Ave' };

/**
 * Buyers in sanctioned jurisdictions: Iranians and Syrians using a relative's Australian card and an Australian
 * forwarder (the VPN sometimes off), Russians and Belarusians with cards that no longer work abroad or a
 * relative's, goods to a US reshipper or an Australian forwarder. Each touches the jurisdiction by IP, billing or card.
 */
function sanctioned(rng: Rng, w: World): Draft {
  const v = rng.weightedPick([
    ['iran', 4],
    ['russia', 4],
    ['belarus', 1],
    ['syria', 1],
  ] as const);
  const vpn = rng.chance(0.4);
  const home = { iran: 'ir-fixed', russia: 'ru-broadband', belarus: 'by-broadband', syria: 'sy-fixed' }[v];
  const net = network(
    vpn
      ? rng.pick(['nl-hosting', 'de-hosting', 'au-hosting'])
      : v === 'iran' && rng.chance(0.5)
        ? 'ir-mobile'
        : home,
  );
  const tz = { iran: 3.5, russia: 3, belarus: 3, syria: 3 }[v];
  const at = moment(rng, w.window, tz, 'consumer');
  const name = personName(rng);
  const relativeCity = pickCity(rng, AU_CITIES);
  let billing: Address;
  let card: HeldCard;
  let shipping: Address;
  let f: Fulfilment = 'express';
  if (v === 'iran' || v === 'syria') {
    card = newCard(rng, 'AU', rng.chance(0.3) ? 'prepaid' : 'debit');
    billing =
      vpn && v === 'iran'
        ? { ...TEHRAN }
        : vpn
          ? { country: 'SY', postalCode: '0100', city: 'Damascus', line1: 'Baghdad St' }
          : streetAddress(rng, relativeCity);
    shipping = forwarder(rng, 'AU');
  } else {
    const foreign = rng.chance(0.5);
    card = foreign
      ? newCard(rng, rng.pick(['US', 'AU']), 'prepaid')
      : newCard(rng, 'RU', rng.chance(0.5) ? 'prepaid' : 'debit');
    billing = { ...(v === 'russia' ? MOSCOW : MINSK) };
    shipping = rng.chance(0.6) ? forwarder(rng, 'US') : forwarder(rng, 'AU');
    f = shipping.country === 'US' ? 'international' : 'express';
  }
  const basket = basketOf(resaleLines(rng, 0.35), { country: shipping.country, fulfilment: f });
  const ruCard = card.country === 'RU';
  const attempts: Attempt[] = [
    cardAttempt(rng, card, basket.amount, {
      entry: 'typed',
      ok: !ruCard && rng.chance(0.8),
      decline: ruCard ? 'restricted_card' : 'do_not_honor',
      afterMs: rng.int(20_000, 120_000),
    }),
  ];
  if (ruCard && rng.chance(0.6)) attempts.push(other('paypal', false, retryGap(rng), 'do_not_honor'));
  const tail = rng.chance(0.35)
    ? [
        { type: 'order.cancelled' as const, afterMs: hoursAfter(rng, 2, 20), reason: 'compliance_review' },
        { type: 'refund.created' as const, afterMs: hoursAfter(rng, 21, 30), reason: 'compliance_review' },
      ]
    : shippedThen(
        rng,
        f,
        rng.chance(0.15)
          ? [{ type: 'dispute.created', afterMs: rng.int(20, 50) * DAY, reason: 'fraudulent' }]
          : [],
      );
  return {
    kind: 'sanctioned_country',
    fraud: true,
    at,
    buyer: rng.chance(0.5)
      ? freshAccount(rng, at, name, 'AU', burnerEmail(rng, name))
      : { email: burnerEmail(rng, name), name },
    billing,
    shipping,
    fulfilment: f,
    ip: ipOn(rng, net),
    device: newDevice(rng),
    basket,
    attempts,
    later: tail,
  };
}

/** `count` fraud purchases, each kind exactly its allocation, on its own fork. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const n = allocate(count);
  const many = <T>(k: FraudKind, f: (r: Rng) => T): T[] => {
    const r = rng.fork(k);
    return Array.from({ length: n[k] }, () => f(r));
  };
  const ring = rng.fork('bnpl-ring');
  const ringDevices = [newDevice(ring, 'android'), newDevice(ring, 'ios')];
  const abusers = rng.fork('abusers');
  const abuserPool = Array.from({ length: Math.max(1, Math.ceil(n.refund_abuse * 0.7)) }, () =>
    abusers.pick(w.customers.au),
  );
  const drafts: Draft[] = [
    ...many('stolen_card_resale', (r) => stolenCardResale(r, w)),
    ...cardTesting(rng.fork('card_testing'), w, n.card_testing),
    ...many('bnpl_identity_fraud', (r) => bnplIdentity(r, w, r.pick(ringDevices))),
    ...promoFarm(rng.fork('promo_sample_farm'), w, n.promo_sample_farm),
    ...many('subscription_takeover', (r) => subscriptionTakeover(r, w)),
    ...many('refund_abuse', (r) => refundAbuse(r, w, r.pick(abuserPool))),
    ...many('reshipping_overseas', (r) => reshipping(r, w)),
    ...many('sanctioned_country', (r) => sanctioned(r, w)),
  ];
  return drafts.map(purchaseOf);
}
