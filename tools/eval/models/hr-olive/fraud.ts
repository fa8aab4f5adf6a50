import { allocateKinds } from '../kit/stream.js';
import { type Address, type Buyer, DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { binsOf, type HeldCard, newCard } from './cards.js';
import { basketOf, type Delivery, everydayWants, resaleWants, type Sku } from './catalogue.js';
import { currencyFor, honest, type World } from './honest.js';
import { address, HOSTING, homeNetworks, ipIn } from './networks.js';
import { buyerOf, emailOf, nameFrom, newDevice } from './people.js';
import { addressElsewhere, addressIn, type Market, MARKETS, stayAddress } from './places.js';
import {
  type Attempt,
  cardAttempt,
  deliveredAfter,
  firstAuth,
  HOUSEHOLD,
  type LaterEvent,
  momentIn,
  NIGHT,
  OFFICE,
  type Purchase,
  retryGap,
  shipAndDeliver,
  TOURIST,
  walletAttempt,
} from './purchase.js';

/** The fraud kinds, their weights, and how a seed's fraud is planned. */

export const FRAUD = {
  card_testing: 20,
  stolen_card: 20,
  cod_prank: 10,
  friendly_fraud: 12,
  account_takeover: 9,
  triangulation: 8,
  breakage_claim_abuse: 8,
  sanctioned_country: 8,
  fake_transfer_proof: 5,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const throwaway = (rng: Rng): string =>
  `${rng.token(rng.int(6, 10))}@${rng.pick(['gmail.com', 'outlook.com', 'proton.me', 'yahoo.com', 'mail.com'])}`;

interface Base {
  kind: FraudKind;
  at: number;
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  delivery: Delivery;
  wants: Array<[Sku, number]>;
  ip: string;
  locale: string;
  method: Purchase['method'];
  attempts: (euro: number) => Attempt[];
  later: (paid: boolean, amount: number) => LaterEvent[];
  device?: Purchase['device'];
  company?: { name: string; oib: string };
}

function make(rng: Rng, b: Base): Purchase {
  const shipTo = b.shipping?.country;
  const basket = basketOf(b.wants, currencyFor(shipTo), b.delivery, shipTo === 'US');
  const attempts = b.attempts(basket.amount);
  const paid = attempts.some((a) => a.ok);
  return {
    at: b.at,
    fraud: true,
    kind: b.kind,
    basket,
    billing: b.billing,
    attempts,
    later: b.later(paid, basket.amount),
    buyer: b.buyer,
    ...(b.shipping ? { shipping: b.shipping } : {}),
    delivery: b.delivery,
    method: b.method,
    ip: b.ip,
    device: b.device ?? newDevice(rng),
    locale: b.locale,
    ...(b.company ? { company: b.company } : {}),
  };
}

const unpaidCancel = (rng: Rng): LaterEvent[] => [
  { type: 'order.cancelled', afterMs: rng.int(30, 60) * MINUTE, reason: 'payment_failed' },
];

/** A stolen card's order once it went through: shipped, then the issuer's warning and the holder's dispute. */
function chargedBack(rng: Rng, d: Delivery, paid: boolean, warn = 0.45, dispute = 0.75): LaterEvent[] {
  if (!paid) return unpaidCancel(rng);
  const steps = shipAndDeliver(rng, d);
  const out = [...steps];
  if (rng.chance(warn)) out.push({ type: 'fraud_warning.created', afterMs: rng.int(2, 12) * DAY });
  if (rng.chance(dispute))
    out.push({ type: 'dispute.created', afterMs: rng.int(18, 55) * DAY, reason: 'fraudulent' });
  return out;
}

const foreignStolen = (rng: Rng): Market =>
  rng.weightedPick<Market>([
    ['US', 45],
    ['GB', 30],
    ['DE', 10],
    ['FR', 8],
    ['NL', 7],
  ]);

/** Runs of cheap guest orders from a hosting network at night, each on a few cards of one or two BINs. */
function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const country = rng.pick(['US', 'GB'] as const);
    const bins = rng.shuffle(binsOf(country)).slice(0, rng.int(1, 2));
    const net = rng.pick(HOSTING);
    const device = newDevice(rng, 0);
    let t = momentIn(rng, w.window, 2, NIGHT);
    const run = Math.min(count - out.length, rng.int(5, 14));
    for (let i = 0; i < run; i++) {
      t += rng.int(40_000, 6 * MINUTE);
      const card = newCard(rng, country, 'prepaid', rng.pick(bins));
      const name = nameFrom(rng, country);
      const tries = rng.int(1, 3);
      out.push(
        make(rng, {
          kind: 'card_testing',
          at: Math.min(t, w.window.end - 1),
          buyer: { email: throwaway(rng), name },
          billing: addressIn(rng, country),
          shipping: addressIn(rng, 'HR'),
          delivery: 'hr_courier',
          wants: [[rng.pick(['lavSachet', 'licitarSmall', 'ninSalt', 'magnet'] as const), 1]],
          ip: address(rng, net),
          locale: 'en-US',
          method: 'kartica',
          device,
          attempts: (euro) =>
            Array.from({ length: tries }, (_, k) => {
              const ok = k === tries - 1 && rng.chance(0.2);
              const c = k === 0 ? card : newCard(rng, country, 'prepaid', rng.pick(bins));
              return cardAttempt(rng, c, euro, {
                ok,
                match: 'none',
                afterMs: k === 0 ? rng.int(3000, 15_000) : rng.int(2000, 9000),
                ...(ok
                  ? {}
                  : {
                      decline: rng.pick([
                        'do_not_honor',
                        'insufficient_funds',
                        'incorrect_cvc',
                        'expired_card',
                        'stolen_card',
                        'generic_decline',
                      ] as const),
                    }),
              });
            }),
          later: (paid) =>
            paid
              ? [{ type: 'order.cancelled', afterMs: 10 * HOUR, reason: 'suspected_fraud' }]
              : unpaidCancel(rng),
        }),
      );
    }
  }
  return out;
}

function stolenCard(rng: Rng, w: World): Purchase {
  const country = foreignStolen(rng);
  const name = nameFrom(rng, country);
  const cards = [newCard(rng, country, 'credit'), newCard(rng, country, 'credit')];
  const toStay = rng.chance(0.6);
  const shipping = toStay ? stayAddress(rng) : addressIn(rng, rng.pick(['HR', 'DE', 'AT'] as const));
  const roll = rng.next();
  const ip =
    roll < 0.35
      ? address(rng, rng.pick(homeNetworks(country)))
      : roll < 0.65
        ? ipIn(rng, rng.pick(['hr_mobile', 'hr_mobile_alt', 'hr_tourist_wifi']))
        : address(rng, rng.pick(HOSTING));
  const delivery: Delivery = toStay
    ? 'same_day_van'
    : shipping.country === 'HR'
      ? 'hr_courier'
      : 'eu_courier';
  const sca = country !== 'US';
  return make(rng, {
    kind: 'stolen_card',
    at: momentIn(rng, w.window, 2, TOURIST),
    buyer: { email: rng.chance(0.5) ? emailOf(rng, name, country) : throwaway(rng), name },
    billing: addressIn(rng, country),
    shipping,
    delivery,
    wants: resaleWants(rng),
    ip,
    locale: 'en-GB',
    method: 'kartica',
    attempts: (euro) => {
      const [a, b] = cards as [HeldCard, HeldCard];
      const firstOk = !sca && rng.chance(0.55);
      const out = [
        cardAttempt(rng, a, euro, {
          ok: firstOk,
          match: rng.chance(0.6) ? 'good' : 'none',
          afterMs: firstAuth(rng),
          ...(firstOk
            ? {}
            : { decline: sca ? ('authentication_failed' as const) : ('do_not_honor' as const) }),
        }),
      ];
      if (!firstOk) {
        const ok = sca ? rng.chance(0.25) : rng.chance(0.6);
        out.push(
          cardAttempt(rng, b, euro, {
            ok,
            match: 'good',
            afterMs: retryGap(rng),
            ...(ok && sca ? { threeDS: 'challenge_passed' as const } : {}),
            ...(ok
              ? {}
              : {
                  decline: rng.pick(['insufficient_funds', 'stolen_card', 'authentication_failed'] as const),
                }),
          }),
        );
      }
      return out;
    },
    later: (paid) => chargedBack(rng, delivery, paid),
  });
}

/** Fake cash-on-delivery orders in someone else's name: shipped, refused at the door, sent back. */
function codPrank(rng: Rng, w: World, device: Purchase['device'], net: string): Purchase {
  const name = nameFrom(rng, 'HR');
  const home = addressIn(rng, 'HR');
  return make(rng, {
    kind: 'cod_prank',
    at: momentIn(rng, w.window, 2, HOUSEHOLD),
    buyer: { email: throwaway(rng), name },
    billing: home,
    shipping: home,
    delivery: 'hr_courier',
    wants: everydayWants(rng, rng.int(3, 8), 0.5),
    ip: ipIn(rng, net),
    locale: 'hr-HR',
    method: 'pouzece',
    device,
    attempts: () => [],
    later: () => {
      const steps = shipAndDeliver(rng, 'hr_courier');
      const at = deliveredAfter(steps);
      return [
        ...steps.filter((l) => l.status !== 'delivered'),
        { type: 'order.updated', afterMs: at, status: 'returned_to_sender', reason: 'refused_on_delivery' },
        { type: 'order.cancelled', afterMs: at + rng.int(2, 6) * DAY, reason: 'refused_on_delivery' },
      ];
    },
  });
}

/** An honest-looking paid order whose buyer later disputes it (not received, not recognised). */
function friendly(rng: Rng, w: World): Purchase {
  const base = honest(
    rng,
    w,
    rng.pick(['tourist_ship_home', 'returning_customer', 'diaspora', 'tourist_to_stay'] as const),
  );
  const attempts = base.attempts.length > 0 ? base.attempts : [walletAttempt('paypal', true, firstAuth(rng))];
  const paidWith = attempts.find((a) => a.ok)
    ? attempts
    : [
        ...attempts,
        cardAttempt(rng, newCard(rng, base.billing.country ?? 'DE'), base.basket.amount, {
          ok: true,
          afterMs: retryGap(rng),
        }),
      ];
  const steps = shipAndDeliver(rng, base.delivery);
  return {
    ...base,
    fraud: true,
    kind: 'friendly_fraud',
    method: paidWith.find((a) => a.ok)?.method ?? 'kartica',
    attempts: paidWith,
    later: [
      ...steps,
      {
        type: 'dispute.created',
        afterMs: deliveredAfter(steps) + rng.int(20, 70) * DAY,
        reason: rng.pick([
          'product_not_received',
          'unrecognized',
          'product_unacceptable',
          'credit_not_processed',
        ]),
      },
    ],
  };
}

/** A known account with delivered orders claims the bottles arrived broken and is refunded in full. */
function breakage(rng: Rng, w: World): Purchase {
  const base = honest(rng, w, rng.pick(['returning_customer', 'diaspora', 'local_regular'] as const));
  const attempts = base.attempts.some((a) => a.ok)
    ? base.attempts
    : [
        cardAttempt(rng, newCard(rng, base.billing.country ?? 'HR'), base.basket.amount, {
          ok: true,
          afterMs: firstAuth(rng),
        }),
      ];
  const delivery: Delivery = base.delivery === 'shop_pickup' ? 'hr_courier' : base.delivery;
  const steps = shipAndDeliver(rng, delivery);
  const wants: Array<[Sku, number]> = [
    [rng.pick(['dingac', 'prosek', 'oil075', 'crljenak'] as const), rng.int(3, 6)],
    ['premium', 1],
  ];
  const basket = basketOf(wants, base.basket.currency, delivery, base.shipping?.country === 'US');
  return {
    ...base,
    fraud: true,
    kind: 'breakage_claim_abuse',
    basket,
    delivery,
    ...(base.shipping ? {} : { shipping: base.billing }),
    method: attempts.find((a) => a.ok)?.method ?? 'kartica',
    attempts,
    later: [
      ...steps,
      {
        type: 'refund.created',
        afterMs: deliveredAfter(steps) + rng.int(1, 4) * DAY,
        reason: 'damaged_in_transit',
      },
    ],
  };
}

/** A known account signed in from a new device and network, shipping resale goods to a new address. */
function takeover(rng: Rng, w: World): Purchase {
  const pool = w.customers.all.filter(
    (a) => a.segment !== 'horeca' && w.window.start - a.createdAt > 60 * DAY,
  );
  const a = rng.pick(pool.length > 0 ? pool : w.customers.all);
  const shipping = rng.chance(0.6) ? stayAddress(rng) : addressIn(rng, rng.pick(['HR', 'DE', 'GB'] as const));
  const delivery: Delivery = shipping.line1?.includes('app.')
    ? 'same_day_van'
    : shipping.country === 'HR'
      ? 'hr_courier'
      : shipping.country === 'GB'
        ? 'intl_courier'
        : 'eu_courier';
  return make(rng, {
    kind: 'account_takeover',
    at: momentIn(rng, w.window, 2, NIGHT),
    buyer: buyerOf(a),
    billing: a.home,
    shipping,
    delivery,
    wants: resaleWants(rng),
    ip: rng.chance(0.6)
      ? address(rng, rng.pick(HOSTING))
      : ipIn(rng, rng.pick(['hr_mobile', 'hr_mobile_alt'])),
    locale: MARKETS[a.country].locale,
    method: 'kartica',
    attempts: (euro) => {
      const card = rng.pick(a.cards);
      const ok = rng.chance(0.7);
      return [
        cardAttempt(rng, card, euro, {
          ok,
          saved: true,
          afterMs: firstAuth(rng),
          ...(ok ? { threeDS: 'frictionless' as const } : { decline: 'authentication_failed' as const }),
        }),
      ];
    },
    later: (paid) => chargedBack(rng, delivery, paid, 0.3, 0.7),
  });
}

/** A reseller's customer pays the reseller; the reseller pays the shop with a stolen card, to the customer. */
function triangulation(rng: Rng, w: World): Purchase {
  const victim = rng.pick(['DE', 'AT', 'GB', 'NL'] as const);
  const holder = rng.pick(['US', 'GB'] as const);
  const shipping = addressIn(rng, victim);
  const delivery: Delivery = victim === 'GB' ? 'intl_courier' : 'eu_courier';
  return make(rng, {
    kind: 'triangulation',
    at: momentIn(rng, w.window, MARKETS[victim].tz, HOUSEHOLD),
    buyer: { email: throwaway(rng), name: nameFrom(rng, victim) },
    billing: addressIn(rng, holder),
    shipping,
    delivery,
    wants: [
      ['oilTin5', rng.int(1, 3)],
      ['oil075', rng.int(2, 6)],
      [rng.pick(['truffleBox', 'tartufata', 'truffleOil'] as const), rng.int(1, 4)],
    ],
    ip: address(rng, rng.pick(HOSTING)),
    locale: MARKETS[victim].locale,
    method: 'kartica',
    attempts: (euro) => [
      cardAttempt(rng, newCard(rng, holder, 'credit'), euro, {
        ok: true,
        match: 'none',
        afterMs: firstAuth(rng),
        ...(holder === 'GB' ? { threeDS: 'frictionless' as const } : {}),
      }),
    ],
    later: (paid) => chargedBack(rng, delivery, paid, 0.4, 0.85),
  });
}

/** A "restaurant" orders oil by the case on a pro forma, mails a forged payment slip, and is never paid for. */
function fakeTransfer(rng: Rng, w: World): Purchase {
  const name = nameFrom(rng, 'HR');
  const shipping = addressIn(rng, 'HR');
  return make(rng, {
    kind: 'fake_transfer_proof',
    at: momentIn(rng, w.window, 2, OFFICE, { weekdays: true }),
    buyer: { email: `narudzbe.${rng.token(6)}@gmail.com`, name },
    billing: addressIn(rng, 'HR'),
    shipping,
    delivery: 'hr_courier',
    wants: [
      ['oilCase', rng.int(6, 15)],
      ['oilTin5', rng.int(2, 6)],
      ...(rng.chance(0.5) ? ([['prosek', rng.int(6, 12)]] as Array<[Sku, number]>) : []),
    ],
    ip: ipIn(rng, rng.pick(['hr_mobile', 'hr_mobile_alt'])),
    locale: 'hr-HR',
    method: 'opca_uplatnica',
    company: {
      name: `Ugostiteljski obrt ${rng.pick(['Bonaca', 'Tramuntana', 'Lanterna', 'Galeb'])}`,
      oib: rng.digits(11),
    },
    attempts: () => [],
    later: () => {
      const ship = rng.int(3, 20) * HOUR;
      return [
        { type: 'order.updated', afterMs: ship, status: 'shipped', reason: 'payment_confirmation_received' },
        { type: 'order.updated', afterMs: ship + rng.int(18, 48) * HOUR, status: 'delivered' },
        { type: 'order.cancelled', afterMs: rng.int(10, 16) * DAY, reason: 'payment_not_received' },
      ];
    },
  });
}

/**
 * Buyers from Russia, Belarus, Iran or Cuba, or shipping there: Russian cards declined abroad, a Kazakh or
 * Lithuanian card and a forwarder, an apartment owner on the coast billed in Moscow, a relative's card from
 * Iran, a Cuban-American sending a box to Havana.
 */
function sanctioned(rng: Rng, w: World): Purchase {
  const variant = rng.weightedPick([
    ['ru_card_declined', 30],
    ['kz_card_forwarder', 20],
    ['ru_owner_on_coast', 20],
    ['by_relative_lt', 10],
    ['ir_relative_de', 10],
    ['cu_gift', 10],
  ] as const);
  const at = momentIn(rng, w.window, 3, HOUSEHOLD);
  const wants = everydayWants(rng, rng.int(3, 7), 0.4);
  const ok = (card: HeldCard, euro: number) => [
    cardAttempt(rng, card, euro, { ok: true, afterMs: firstAuth(rng) }),
  ];
  const shippedLater = (d: Delivery) => (paid: boolean) =>
    paid ? shipAndDeliver(rng, d) : unpaidCancel(rng);
  switch (variant) {
    case 'ru_card_declined': {
      const name = nameFrom(rng, 'RU');
      const shipping = rng.chance(0.5) ? addressElsewhere(rng, 'RU') : addressIn(rng, 'HR');
      return make(rng, {
        kind: 'sanctioned_country',
        at,
        buyer: { email: emailOf(rng, name, 'RU'), name },
        billing: addressElsewhere(rng, 'RU'),
        shipping,
        delivery: shipping.country === 'HR' ? 'hr_courier' : 'eu_courier',
        wants,
        ip: rng.chance(0.6)
          ? ipIn(rng, rng.pick(['ru_fixed', 'ru_mobile']))
          : address(rng, rng.pick(HOSTING)),
        locale: 'ru-RU',
        method: 'kartica',
        attempts: (euro) => [
          cardAttempt(rng, newCard(rng, 'RU', 'debit', '427601'), euro, {
            ok: false,
            decline: 'card_not_supported',
            afterMs: firstAuth(rng),
            threeDS: 'not_enrolled',
          }),
          cardAttempt(rng, newCard(rng, 'RU', 'debit', '220220'), euro, {
            ok: false,
            decline: 'card_not_supported',
            afterMs: retryGap(rng),
            threeDS: 'not_enrolled',
          }),
        ],
        later: () => unpaidCancel(rng),
      });
    }
    case 'kz_card_forwarder': {
      const name = nameFrom(rng, 'RU');
      return make(rng, {
        kind: 'sanctioned_country',
        at,
        buyer: { email: emailOf(rng, name, 'RU'), name },
        billing: addressElsewhere(rng, 'RU'),
        shipping: addressElsewhere(rng, 'LT'),
        delivery: 'eu_courier',
        wants,
        ip: ipIn(rng, rng.pick(['ru_fixed', 'ru_mobile', 'kz_fixed'])),
        locale: 'ru-RU',
        method: 'kartica',
        attempts: (euro) => ok(newCard(rng, 'KZ', 'debit'), euro),
        later: shippedLater('eu_courier'),
      });
    }
    case 'ru_owner_on_coast': {
      const name = nameFrom(rng, 'RU');
      return make(rng, {
        kind: 'sanctioned_country',
        at,
        buyer: { email: emailOf(rng, name, 'RU'), name },
        billing: addressElsewhere(rng, 'RU'),
        shipping: addressIn(rng, 'HR'),
        delivery: 'hr_courier',
        wants,
        ip: ipIn(rng, rng.pick(['hr_fixed_adsl_fibre', 'hr_mobile'])),
        locale: 'ru-RU',
        method: 'kartica',
        attempts: (euro) => ok(newCard(rng, 'HR', 'debit'), euro),
        later: shippedLater('hr_courier'),
      });
    }
    case 'by_relative_lt': {
      const name = nameFrom(rng, 'BY');
      return make(rng, {
        kind: 'sanctioned_country',
        at,
        buyer: { email: emailOf(rng, name, 'BY'), name },
        billing: addressElsewhere(rng, 'BY'),
        shipping: addressElsewhere(rng, 'LT'),
        delivery: 'eu_courier',
        wants,
        ip: ipIn(rng, 'by_fixed'),
        locale: 'ru-RU',
        method: 'kartica',
        attempts: (euro) => [
          cardAttempt(rng, newCard(rng, 'BY', 'debit'), euro, {
            ok: false,
            decline: 'restricted_card',
            afterMs: firstAuth(rng),
            threeDS: 'not_enrolled',
          }),
          cardAttempt(rng, newCard(rng, 'LT', 'debit'), euro, {
            ok: rng.chance(0.7),
            decline: 'authentication_failed',
            afterMs: retryGap(rng),
          }),
        ],
        later: shippedLater('eu_courier'),
      });
    }
    case 'ir_relative_de': {
      const name = nameFrom(rng, 'IR');
      const shipping = addressIn(rng, 'DE');
      return make(rng, {
        kind: 'sanctioned_country',
        at,
        buyer: { email: emailOf(rng, name, 'IR'), name },
        billing: shipping,
        shipping,
        delivery: 'eu_courier',
        wants,
        ip: ipIn(rng, 'ir_fixed'),
        locale: 'en-US',
        method: 'kartica',
        attempts: (euro) => ok(newCard(rng, 'DE', 'debit'), euro),
        later: shippedLater('eu_courier'),
      });
    }
    case 'cu_gift': {
      const name = nameFrom(rng, 'CU');
      const home = addressIn(rng, 'US');
      return make(rng, {
        kind: 'sanctioned_country',
        at,
        buyer: { email: emailOf(rng, name, 'US'), name },
        billing: home,
        shipping: addressElsewhere(rng, 'CU'),
        delivery: 'intl_courier',
        wants: [
          ['oil075', rng.int(2, 4)],
          ['figJam', rng.int(2, 4)],
          ['lavBundle', 1],
        ],
        ip: ipIn(rng, 'us_fixed'),
        locale: 'es-US',
        method: 'kartica',
        attempts: (euro) => ok(newCard(rng, 'US', 'credit'), euro),
        later: (paid) =>
          paid
            ? [
                { type: 'order.cancelled', afterMs: rng.int(3, 20) * HOUR, reason: 'destination_not_served' },
                { type: 'refund.created', afterMs: rng.int(21, 30) * HOUR, reason: 'destination_not_served' },
              ]
            : unpaidCancel(rng),
      });
    }
  }
}

/** `count` fraud purchases, allocated across the kinds by weight (each kind at least one). */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const n = allocate(count);
  const out: Purchase[] = [...cardTesting(rng.fork('testing'), w, n.card_testing)];
  const each = (k: FraudKind, f: (r: Rng, i: number) => Purchase) => {
    for (let i = 0; i < n[k]; i++) out.push(f(rng.fork(`${k}${i}`), i));
  };
  each('stolen_card', (r) => stolenCard(r, w));
  const prankster = rng.fork('prank');
  const prankDevices = [newDevice(prankster), newDevice(prankster)];
  const prankNet = prankster.pick(['hr_mobile', 'hr_fixed_adsl_fibre']);
  each('cod_prank', (r, i) => codPrank(r, w, prankDevices[i % 2] ?? newDevice(r), prankNet));
  each('friendly_fraud', (r) => friendly(r, w));
  each('account_takeover', (r) => takeover(r, w));
  each('triangulation', (r) => triangulation(r, w));
  each('breakage_claim_abuse', (r) => breakage(r, w));
  each('sanctioned_country', (r) => sanctioned(r, w));
  each('fake_transfer_proof', (r) => fakeTransfer(r, w));
  return out;
}
