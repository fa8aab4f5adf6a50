import { accountBuyer, type Address, type Buyer } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { placeAt } from './calendar.js';
import { BULK, dedupe, GIFT, type Pick, SAMPLE, TEA, TEXTILE } from './catalogue.js';
import { guest, localeOf, priced, type World } from './honest.js';
import { HOME_NETWORK, ipOn, type NetworkName } from './networks.js';
import {
  type Attempt,
  cardAttempt,
  DAY,
  firstAuth,
  HOUR,
  type LaterEvent,
  MINUTE,
  other,
  type Purchase,
  retryGap,
} from './purchase.js';
import {
  type Account,
  addressIn,
  binsOf,
  newCard,
  newDevice,
  PLACES,
  sriLankanName,
  visitorName,
} from './world.js';

/** The fraud this shop sees, by its own names, with weights; every kind appears at least once per stream. */
export const FRAUD = {
  card_testing: 20,
  stolen_card: 18,
  account_takeover: 11,
  fake_deposit_slip: 10,
  fake_cod_order: 10,
  koko_synthetic: 8,
  friendly_fraud: 9,
  refund_abuse: 7,
  sanctioned_country: 7,
} as const;
export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number) => allocateKinds(FRAUD, count);

const HOSTING: NetworkName[] = ['us_hosting', 'nl_hosting', 'sg_hosting', 'ca_hosting'];
const RESHIPPERS: Address[] = [
  { country: 'US', postalCode: '19720', city: 'New Castle', line1: '200 Corporate Blvd Ste 4' },
  { country: 'US', postalCode: '97230', city: 'Portland', line1: '4400 NE 122nd Ave Unit 9' },
  { country: 'GB', postalCode: 'TW6 3AF', city: 'Hounslow', line1: 'Unit 12 Heathrow Cargo Park' },
];
const pricey = (rng: Rng): Pick =>
  dedupe([
    [rng.pick([GIFT[2], GIFT[3], TEXTILE[3], TEXTILE[0]].filter((x) => x !== undefined)), rng.int(1, 3)],
    [rng.pick([TEA[5], GIFT[3]].filter((x) => x !== undefined)), rng.int(1, 4)],
  ]);
const fresh = (rng: Rng, name: string, country: string, t: number): Buyer => ({
  id: `cus_${rng.token(10)}`,
  ...guest(rng, name, country),
  createdAt: t - rng.int(4, 40) * MINUTE,
});
const unpaidCancel = (attempts: Attempt[], rng: Rng): LaterEvent[] =>
  attempts.some((a) => a.ok)
    ? []
    : [
        {
          type: 'order.cancelled',
          afterMs: attempts.reduce((s, a) => s + a.afterMs, 0) + rng.int(30, 60) * MINUTE,
          reason: 'payment_failed',
        },
      ];
const ship = (from: number, rng: Rng, abroad = false): LaterEvent[] => {
  const s = from + rng.int(12, 40) * HOUR;
  return [
    { type: 'order.updated', afterMs: s, status: 'shipped' },
    {
      type: 'order.updated',
      afterMs: s + (abroad ? rng.int(5, 12) * DAY : rng.int(20, 60) * HOUR),
      status: 'delivered',
    },
  ];
};

/** Card testing: bursts of sample-pouch orders from hosting exits at night, one or two BINs per burst. */
function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const size = Math.min(count - out.length, rng.int(6, 14));
    let t = placeAt(rng, w.window, 5.5, 'night');
    const gateway = rng.chance(0.6) ? 'payhere_card' : 'stripe_card';
    const country = rng.pick(['US', 'GB', 'CA', 'AU']);
    const bins = [rng.pick(binsOf(country)), rng.pick(binsOf(country))];
    const device = { userAgent: newDevice(rng).userAgent };
    for (let i = 0; i < size; i++) {
      t = Math.min(w.window.end - 1, t + rng.int(15, 160) * 1000);
      const card = newCard(rng, country, rng.pick(bins));
      const ok = rng.chance(0.15);
      const attempts = [
        cardAttempt(rng, gateway, card, ok, rng.int(3_000, 9_000), {
          decline: rng.pick([
            'do_not_honor',
            'insufficient_funds',
            'incorrect_cvc',
            'lost_card',
            'expired_card',
          ]),
          avs: rng.chance(0.5) ? 'fail' : 'pass',
        }),
      ];
      const name = visitorName(rng, country === 'GB' ? 'GB' : country === 'AU' ? 'AU' : 'US');
      const billing = addressIn(rng, ['US', 'GB', 'AU'].includes(country) ? country : 'CA');
      const base = priced({
        kind: 'card_testing',
        fraud: true,
        at: t,
        buyer: { email: `${rng.token(9)}@${rng.pick(['gmail.com', 'outlook.com', 'proton.me'])}`, name },
        billing,
        shipping: gateway === 'payhere_card' ? addressIn(rng, 'LK') : billing,
        fulfilment: gateway === 'payhere_card' ? 'courier_lk' : 'ems',
        method: gateway,
        ip: ipOn(rng, rng.pick(HOSTING)),
        device,
        pick: [[rng.pick(SAMPLE), 1]],
        locale: 'en-US',
      });
      const later: LaterEvent[] = ok
        ? [{ type: 'order.cancelled', afterMs: rng.int(3, 14) * HOUR, reason: 'fraud_review' }]
        : unpaidCancel(attempts, rng);
      out.push({ ...base, attempts, later });
    }
  }
  return out;
}

/** Stolen foreign cards buying chests, silver tips and silk sarees, sent to a local mule or a reshipper. */
function stolenCard(rng: Rng, w: World): Purchase {
  const country = rng.pick(['US', 'GB', 'AU', 'CA', 'DE']);
  const t = placeAt(rng, w.window, 5.5, rng.chance(0.5) ? 'night' : 'home');
  const holder = visitorName(rng, country);
  const billing = addressIn(rng, country);
  const dest = rng.weightedPick<'lk' | 'reship'>([
    ['lk', 60],
    ['reship', 40],
  ]);
  const shipping = dest === 'lk' ? addressIn(rng, 'LK') : rng.pick(RESHIPPERS);
  const net: NetworkName = rng.weightedPick<NetworkName>([
    [rng.pick(HOSTING), 40],
    ['lk_mobile_4g', 35],
    [HOME_NETWORK[country] as NetworkName, 25],
  ]);
  const cards = [newCard(rng, country), newCard(rng, country)];
  const attempts: Attempt[] = [];
  const tries = rng.int(1, 3);
  for (let i = 0; i < tries; i++) {
    const ok = i === tries - 1 && rng.chance(0.8);
    attempts.push(
      cardAttempt(
        rng,
        'stripe_card',
        cards[i % 2] ?? cards[0]!,
        ok,
        i === 0 ? firstAuth(rng) : retryGap(rng),
        {
          decline: rng.pick(['do_not_honor', 'incorrect_cvc', 'stolen_card', 'insufficient_funds']),
          avs: rng.chance(0.55) ? 'pass' : 'fail',
        },
      ),
    );
  }
  const base = priced({
    kind: 'stolen_card',
    fraud: true,
    at: t,
    buyer: rng.chance(0.7) ? guest(rng, holder, country) : fresh(rng, holder, country, t),
    billing,
    shipping,
    fulfilment: dest === 'lk' ? 'courier_lk' : 'dhl',
    method: 'stripe_card',
    ip: ipOn(rng, net),
    device: newDevice(rng),
    pick: pricey(rng),
    locale: 'en-US',
  });
  let later = unpaidCancel(attempts, rng);
  if (later.length === 0) {
    const from = attempts.reduce((s, a) => s + a.afterMs, 0);
    if (rng.chance(0.25))
      later = [
        { type: 'fraud_warning.created', afterMs: from + rng.int(2, 10) * HOUR, reason: 'fraudulent' },
        { type: 'order.cancelled', afterMs: from + rng.int(11, 16) * HOUR, reason: 'fraud_warning' },
      ];
    else
      later = [
        ...ship(from, rng, dest !== 'lk'),
        ...(rng.chance(0.4)
          ? [
              {
                type: 'fraud_warning.created' as const,
                afterMs: from + rng.int(3, 9) * DAY,
                reason: 'fraudulent',
              },
            ]
          : []),
        { type: 'dispute.created', afterMs: from + rng.int(18, 55) * DAY, reason: 'fraudulent' },
      ];
  }
  return { ...base, attempts, later };
}

/** A phished account (a fake "Avurudu lucky draw" SMS): a new phone, the saved card, a new delivery address. */
function takeover(rng: Rng, w: World): Purchase {
  const a: Account = rng.chance(0.6) ? rng.pick(w.customers.local) : rng.pick(w.customers.diaspora);
  const t = placeAt(rng, w.window, 5.5, 'home');
  const method = a.country === 'LK' ? 'payhere_card' : 'stripe_card';
  const attempts = [
    cardAttempt(rng, method, a.cards[0] ?? newCard(rng, a.country), true, firstAuth(rng), {
      threeDS: 'challenge_passed',
    }),
  ];
  const drop = addressIn(rng, 'LK');
  const base = priced({
    kind: 'account_takeover',
    fraud: true,
    at: t,
    buyer: accountBuyer(a),
    billing: a.home,
    shipping: rng.chance(0.7) ? drop : (a.family ?? a.home),
    fulfilment: 'courier_lk',
    method,
    ip: ipOn(rng, rng.chance(0.75) ? 'lk_mobile_4g' : rng.pick(HOSTING)),
    device: newDevice(rng),
    pick: pricey(rng),
    locale: localeOf(rng, 'LK'),
  });
  const from = attempts[0]?.afterMs ?? 0;
  const later: LaterEvent[] = [];
  if (base.shipping !== drop)
    later.push({
      type: 'order.updated',
      afterMs: from + rng.int(10, 50) * MINUTE,
      shipping: drop,
      reason: 'address_changed',
    });
  if (rng.chance(0.3)) {
    later.push({
      type: 'order.cancelled',
      afterMs: from + rng.int(3, 20) * HOUR,
      reason: 'account_compromised',
    });
  } else {
    later.push(...ship(from, rng));
    later.push({ type: 'dispute.created', afterMs: from + rng.int(7, 40) * DAY, reason: 'fraudulent' });
  }
  return { ...base, attempts, later };
}

/** A forged or edited deposit slip uploaded for a large order; most pass the first look. */
function fakeSlip(rng: Rng, w: World): Purchase {
  const name = sriLankanName(rng);
  const t = placeAt(rng, w.window, 5.5, rng.chance(0.5) ? 'office' : 'home');
  const pick: Pick = rng.chance(0.5)
    ? dedupe([[rng.pick(BULK), rng.int(4, 12)], ...pricey(rng)])
    : pricey(rng);
  const base = priced({
    kind: 'fake_deposit_slip',
    fraud: true,
    at: t,
    buyer: rng.chance(0.5) ? guest(rng, name, 'LK') : fresh(rng, name, 'LK', t),
    billing: addressIn(rng, 'LK'),
    shipping: addressIn(rng, 'LK'),
    fulfilment: 'courier_lk',
    method: 'bank_deposit_slip',
    ip: ipOn(rng, 'lk_mobile_4g'),
    device: newDevice(rng),
    pick,
    locale: localeOf(rng, 'LK'),
  });
  const slip = rng.int(1, 5) * HOUR;
  const later: LaterEvent[] = rng.chance(0.3)
    ? [
        { type: 'payment.failed', afterMs: slip, method: 'bank_deposit_slip', reason: 'slip_rejected' },
        { type: 'order.cancelled', afterMs: slip + HOUR, reason: 'slip_rejected' },
      ]
    : [
        { type: 'payment.succeeded', afterMs: slip, method: 'bank_deposit_slip' },
        { type: 'order.updated', afterMs: slip + rng.int(6, 20) * HOUR, status: 'shipped' },
        {
          type: 'order.updated',
          afterMs: slip + rng.int(2, 4) * DAY,
          status: 'payment_reversed',
          reason: 'deposit_not_in_statement',
        },
      ];
  return { ...base, attempts: [], later };
}

/** Prank or spite cash-on-delivery orders: invented names, refused or no such address. */
function fakeCod(rng: Rng, w: World, device: { id?: string; userAgent: string }): Purchase {
  const name = sriLankanName(rng);
  const t = placeAt(rng, w.window, 5.5, 'home');
  const home = addressIn(rng, 'LK');
  const base = priced({
    kind: 'fake_cod_order',
    fraud: true,
    at: t,
    buyer: guest(rng, name, 'LK'),
    billing: home,
    shipping: home,
    fulfilment: 'courier_lk',
    method: 'cash_on_delivery',
    ip: ipOn(rng, 'lk_mobile_4g'),
    device,
    pick: rng.chance(0.5)
      ? [[rng.pick(GIFT), rng.int(2, 6)]]
      : dedupe([
          [rng.pick(TEXTILE), rng.int(1, 3)],
          [rng.pick(TEA), 2],
        ]),
    locale: localeOf(rng, 'LK'),
  });
  const s = rng.int(12, 36) * HOUR;
  const d = s + rng.int(20, 60) * HOUR;
  return {
    ...base,
    attempts: [],
    later: [
      { type: 'order.updated', afterMs: s, status: 'shipped' },
      {
        type: 'order.updated',
        afterMs: d,
        status: 'delivery_failed',
        reason: rng.pick(['refused', 'address_not_found', 'phone_unreachable']),
      },
      { type: 'order.cancelled', afterMs: d + 3 * HOUR, reason: 'refused_at_door' },
    ],
  };
}

/** New accounts on stolen identities taking Koko instalments for sarees and chests; Koko claws back later. */
function kokoSynthetic(rng: Rng, w: World, device: { id?: string; userAgent: string }): Purchase {
  const name = sriLankanName(rng);
  const t = placeAt(rng, w.window, 5.5, 'home');
  const attempts = [other('koko', true, firstAuth(rng))];
  const base = priced({
    kind: 'koko_synthetic',
    fraud: true,
    at: t,
    buyer: fresh(rng, name, 'LK', t),
    billing: addressIn(rng, 'LK'),
    shipping: addressIn(rng, 'LK'),
    fulfilment: rng.chance(0.8) ? 'courier_lk' : 'pickup_colombo',
    method: 'koko',
    ip: ipOn(rng, 'lk_mobile_4g'),
    device,
    pick: pricey(rng),
    locale: localeOf(rng, 'LK'),
  });
  const from = attempts[0]?.afterMs ?? 0;
  const later: LaterEvent[] =
    base.fulfilment === 'courier_lk'
      ? ship(from, rng)
      : [{ type: 'order.updated', afterMs: from + rng.int(3, 30) * HOUR, status: 'collected' }];
  if (rng.chance(0.6))
    later.push({ type: 'dispute.created', afterMs: from + rng.int(30, 45) * DAY, reason: 'fraudulent' });
  return { ...base, attempts, later };
}

/** Diaspora buyers who deny the gift the family received. */
function friendly(rng: Rng, w: World): Purchase {
  const a = rng.pick(w.customers.diaspora);
  const t = placeAt(rng, w.window, PLACES[a.country]?.tz ?? 0, 'home');
  const method = rng.chance(0.7) ? 'stripe_card' : 'paypal';
  const attempts = [
    method === 'stripe_card'
      ? cardAttempt(rng, 'stripe_card', a.cards[0] ?? newCard(rng, a.country), true, firstAuth(rng))
      : other('paypal', true, firstAuth(rng)),
  ];
  const base = priced({
    kind: 'friendly_fraud',
    fraud: true,
    at: t,
    buyer: accountBuyer(a),
    billing: a.home,
    shipping: a.family ?? addressIn(rng, 'LK'),
    fulfilment: 'courier_lk',
    method,
    ip: ipOn(rng, a.network),
    device: rng.pick(a.devices),
    pick: rng.chance(0.5) ? pricey(rng) : dedupe([[rng.pick(GIFT), rng.int(1, 3)]]),
    locale: localeOf(rng, a.country),
  });
  const from = attempts[0]?.afterMs ?? 0;
  return {
    ...base,
    attempts,
    later: [
      ...ship(from, rng),
      {
        type: 'dispute.created',
        afterMs: from + rng.int(25, 60) * DAY,
        reason: rng.pick(['product_not_received', 'unrecognized', 'not_as_described']),
      },
    ],
  };
}

/** Serial "arrived damaged" and "tin was empty" claimants, from a handful of accounts. */
function refundAbuse(rng: Rng, w: World, abusers: readonly Account[]): Purchase {
  const a = rng.pick(abusers);
  const t = placeAt(rng, w.window, PLACES[a.country]?.tz ?? 5.5, 'home');
  const method = a.country === 'LK' ? rng.pick(['payhere_card', 'frimi', 'lankaqr'] as const) : 'stripe_card';
  const attempts = [
    method === 'payhere_card' || method === 'stripe_card'
      ? cardAttempt(rng, method, a.cards[0] ?? newCard(rng, a.country), true, firstAuth(rng))
      : other(method, true, firstAuth(rng)),
  ];
  const base = priced({
    kind: 'refund_abuse',
    fraud: true,
    at: t,
    buyer: accountBuyer(a),
    billing: a.home,
    shipping: a.country === 'LK' ? a.home : (a.family ?? addressIn(rng, 'LK')),
    fulfilment: 'courier_lk',
    method,
    ip: ipOn(rng, a.network),
    device: rng.pick(a.devices),
    pick: gift(rng),
    locale: localeOf(rng, a.country),
  });
  const from = attempts[0]?.afterMs ?? 0;
  const delivered = ship(from, rng);
  const last = delivered[1]?.afterMs ?? from;
  return {
    ...base,
    attempts,
    later: [
      ...delivered,
      {
        type: 'refund.created',
        afterMs: last + rng.int(1, 4) * DAY,
        reason: rng.pick(['damaged_in_transit', 'item_missing', 'tea_not_fresh']),
        ...(rng.chance(0.5) ? { amount: Math.round(base.basket.amount * rng.float(0.3, 0.7)) } : {}),
      },
    ],
  };
}

const gift = (rng: Rng): Pick =>
  dedupe([
    [rng.pick(GIFT), rng.int(1, 2)],
    [rng.pick(TEA), rng.int(1, 3)],
  ]);

/** Russia, Belarus and Iran buy a great deal of Ceylon tea; their buyers find this shop too. */
function sanctioned(rng: Rng, w: World): Purchase {
  const variant = rng.weightedPick<'ru_home' | 'ru_tourist' | 'by' | 'ir_slip'>([
    ['ru_home', 35],
    ['ru_tourist', 25],
    ['by', 15],
    ['ir_slip', 25],
  ]);
  const country = variant === 'by' ? 'BY' : variant === 'ir_slip' ? 'IR' : 'RU';
  const name = visitorName(rng, country);
  const t = placeAt(rng, w.window, PLACES[country]?.tz ?? 3, variant === 'ir_slip' ? 'office' : 'home');
  const home = addressIn(rng, country);
  const tourist = variant === 'ru_tourist';
  const ip = ipOn(
    rng,
    tourist
      ? 'lk_hotel_wifi'
      : variant === 'ir_slip'
        ? rng.chance(0.5)
          ? 'ae_mobile'
          : 'ir_broadband'
        : rng.chance(0.7)
          ? (HOME_NETWORK[country] as NetworkName)
          : 'nl_hosting',
  );
  const pick: Pick =
    variant === 'ir_slip'
      ? dedupe([
          [rng.pick(BULK), rng.int(6, 20)],
          [rng.pick(TEA), rng.int(5, 20)],
        ])
      : gift(rng);
  const method = variant === 'ir_slip' ? 'bank_deposit_slip' : 'stripe_card';
  const base = priced({
    kind: 'sanctioned_country',
    fraud: true,
    at: t,
    buyer: guest(rng, name, country),
    billing: home,
    shipping: tourist && rng.chance(0.5) ? addressIn(rng, 'LK', ['Galle', '80000']) : home,
    fulfilment: tourist ? 'courier_lk' : 'ems',
    method,
    ip,
    device: newDevice(rng),
    pick,
    locale: localeOf(rng, country),
  });
  const attempts: Attempt[] = [];
  let later: LaterEvent[];
  if (variant === 'ir_slip') {
    const paidAt = rng.int(20, 60) * HOUR;
    later = [
      { type: 'payment.succeeded', afterMs: paidAt, method: 'bank_deposit_slip' },
      { type: 'order.cancelled', afterMs: paidAt + rng.int(2, 20) * HOUR, reason: 'export_restricted' },
    ];
  } else {
    // Russian and Belarusian Visa and Mastercard are refused abroad; a Kazakh card sometimes gets through.
    const own = newCard(rng, country);
    attempts.push(
      cardAttempt(rng, 'stripe_card', own, false, firstAuth(rng), { decline: 'card_not_supported' }),
    );
    if (rng.chance(0.5))
      attempts.push(
        cardAttempt(rng, 'stripe_card', newCard(rng, country), false, retryGap(rng), {
          decline: 'card_not_supported',
        }),
      );
    if (variant === 'by' || rng.chance(0.5)) {
      attempts.push(cardAttempt(rng, 'stripe_card', newCard(rng, 'KZ'), true, retryGap(rng)));
      const from = attempts.reduce((s, a) => s + a.afterMs, 0);
      later = rng.chance(0.5)
        ? [{ type: 'order.cancelled', afterMs: from + rng.int(2, 20) * HOUR, reason: 'export_restricted' }]
        : ship(from, rng, !tourist);
    } else later = unpaidCancel(attempts, rng);
  }
  return { ...base, attempts, later };
}

/** `count` fraud purchases, allocated exactly across the kinds. */
export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const n = allocate(count);
  const out: Purchase[] = [];
  out.push(...cardTesting(rng.fork('testing'), w, n.card_testing));
  const r = rng.fork('rest');
  for (let i = 0; i < n.stolen_card; i++) out.push(stolenCard(r, w));
  for (let i = 0; i < n.account_takeover; i++) out.push(takeover(r, w));
  for (let i = 0; i < n.fake_deposit_slip; i++) out.push(fakeSlip(r, w));
  const pranksters = [newDevice(r), newDevice(r)];
  for (let i = 0; i < n.fake_cod_order; i++)
    out.push(fakeCod(r, w, r.chance(0.6) ? r.pick(pranksters) : newDevice(r)));
  const farm = [newDevice(r), newDevice(r), newDevice(r)];
  for (let i = 0; i < n.koko_synthetic; i++)
    out.push(kokoSynthetic(r, w, r.chance(0.7) ? r.pick(farm) : newDevice(r)));
  for (let i = 0; i < n.friendly_fraud; i++) out.push(friendly(r, w));
  const abusers = [r.pick(w.customers.local), r.pick(w.customers.local), r.pick(w.customers.diaspora)];
  for (let i = 0; i < n.refund_abuse; i++) out.push(refundAbuse(r, w, abusers));
  for (let i = 0; i < n.sanctioned_country; i++) out.push(sanctioned(r, w));
  return out;
}
