import { type Address, type Buyer, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { placeAt } from './calendar.js';
import {
  type Basket,
  basketOf,
  CHACHA,
  type Currency,
  type Fulfilment,
  GIFTS,
  type Item,
  SWEETS,
  WARE,
  WINES,
} from './catalogue.js';
import { ipOn } from './networks.js';
import { type Account, type HeldCard, newCard, newDevice, newPerson, phoneOf } from './people.js';
import { addressIn, addressOf, currencyFor, TBILISI } from './places.js';
import {
  type Attempt,
  cardAttempt,
  DAY,
  type Decline,
  firstAuth,
  HOUR,
  honestAfter,
  type LaterStep,
  type Method,
  MINUTE,
  other,
  type Purchase,
  released,
  retryGap,
} from './purchase.js';
import { buyerOf, guestBuyer, purchase, type World } from './world.js';

/** The fraud the shop sees, by its own names, and each kind's weight in a season's fraud. */
export const FRAUD = {
  card_testing: 18,
  stolen_card: 20,
  account_takeover: 12,
  sanctioned_country: 12,
  friendly_fraud: 10,
  refund_abuse: 9,
  installment_fraud: 10,
  fake_importer: 6,
} as const;
export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number) => allocateKinds(FRAUD, count);

const paid = (attempts: readonly Attempt[]) => attempts.some((a) => a.ok);
const throwaway = (rng: Rng) =>
  `${rng.token(rng.int(6, 10), 'abcdefghijklmnopqrstuvwxyz')}${rng.digits(rng.int(2, 4))}@${rng.pick(['gmail.com', 'outlook.com', 'proton.me', 'mail.com'])}`;
const freshAccount = (
  rng: Rng,
  at: number,
  email: string,
  name: string,
  minutes: [number, number],
): Buyer => ({
  id: `cus_${rng.token(12)}`,
  email,
  name,
  createdAt: at - rng.int(minutes[0] * 60, minutes[1] * 60) * 1000,
});

/** Money lost later: an issuer's warning, the holder's dispute. */
function chargeback(rng: Rng, warn: number, dispute: number): LaterStep[] {
  const out: LaterStep[] = [];
  if (rng.chance(warn))
    out.push({ type: 'fraud_warning.created', afterMs: rng.int(3, 15) * DAY, reason: 'fraudulent' });
  if (rng.chance(dispute))
    out.push({ type: 'dispute.created', afterMs: rng.int(16, 60) * DAY, reason: 'fraudulent' });
  return out;
}

/** Shipped (or collected) as usual, then the money comes back. */
const shippedThen = (rng: Rng, f: Fulfilment, amount: number, then: LaterStep[]): LaterStep[] => [
  ...honestAfter(rng.fork('after'), f, amount, false).filter((l) => l.type === 'order.updated'),
  ...then,
];

const STOLEN_FROM = ['US', 'US', 'US', 'GB', 'DE', 'FR', 'IL', 'PL'];
const PRICEY: readonly Item[] = [
  WINES[1],
  WINES[2],
  WINES[6],
  CHACHA[1],
  CHACHA[2],
  GIFTS[1],
  WARE[3],
  WARE[5],
].filter((x): x is Item => x !== undefined);

function priceyPicks(rng: Rng, lines: number): Array<[Item, number]> {
  return Array.from({ length: lines }, () => [rng.pick(PRICEY), rng.int(1, 4)] as [Item, number]);
}

/** Bursts of cheap churchkhela orders for pickup at the winery, each tried on stolen card numbers. */
function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const r = rng.fork(`burst${out.length}`);
    const size = Math.min(count - out.length, r.int(4, 9));
    let at = placeAt(r, w.window, 4, 'night');
    const country = r.pick(['US', 'US', 'GB']);
    const bin = newCard(r, country);
    const net = r.pick(['hosting_us', 'hosting_nl', 'hosting_de']);
    const device: Device = {
      userAgent:
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/139.0.0.0 Safari/537.36',
    };
    for (let k = 0; k < size; k++) {
      at += r.int(15, 150) * 1000;
      const tries = r.int(1, 3);
      const attempts: Attempt[] = [];
      for (let j = 0; j < tries; j++) {
        const card: HeldCard = { ...bin, last4: r.digits(4), fingerprint: `fp_${r.token(18)}` };
        const ok = r.chance(0.14);
        const decline = r.weightedPick<Decline>([
          ['do_not_honor', 35],
          ['stolen_card', 15],
          ['lost_card', 10],
          ['insufficient_funds', 20],
          ['incorrect_cvc', 20],
        ]);
        attempts.push(
          cardAttempt(r, card, {
            method: 'bog_card',
            ok,
            decline,
            afterMs: j === 0 ? r.int(3_000, 12_000) : r.int(4_000, 20_000),
            threeDS: 'not_enrolled',
          }),
        );
        if (ok) break;
      }
      const person = newPerson(r, 'american', 'US');
      const basket = basketOf([[SWEETS[0] as Item, 1]], 'GEL', 'winery_pickup');
      const later: LaterStep[] = paid(attempts)
        ? [
            { type: 'order.cancelled', afterMs: r.int(3, 7) * DAY, reason: 'not_collected' },
            ...chargeback(r, 0.3, 0.3),
          ]
        : [released(r, attempts)];
      out.push(
        purchase('card_testing', true, {
          at,
          buyer: { email: throwaway(r), name: person.name },
          phone: phoneOf(r, 'US'),
          billing: addressOf(r, country),
          fulfilment: 'winery_pickup',
          ip: ipOn(r, net),
          device,
          locale: 'en',
          basket,
          attempts,
          later,
        }),
      );
    }
  }
  return out;
}

/** Someone else's card, shipped to a drop in Tbilisi (to sell on) or abroad by DHL. */
function stolenCard(rng: Rng, w: World): Purchase {
  const country = rng.pick(STOLEN_FROM);
  const holder = newPerson(
    rng,
    country === 'IL' ? 'israeli' : country === 'PL' ? 'polish' : country === 'DE' ? 'german' : 'american',
    country,
  );
  const local = rng.chance(0.45);
  const shipping: Address = local
    ? addressIn(rng, 'GE', rng.pick(TBILISI))
    : addressOf(rng, rng.pick(['US', 'DE', 'PL', 'IL']));
  const currency: Currency = local ? 'GEL' : currencyFor(shipping.country);
  const f: Fulfilment = local ? 'van_tbilisi' : 'dhl';
  const basket = basketOf(priceyPicks(rng, rng.int(2, 4)), currency, f);
  const at = placeAt(rng, w.window, local ? 4 : 2, 'evening');
  const method: Method = local ? 'bog_card' : 'card';
  const cards = [newCard(rng, country), newCard(rng, country)];
  const attempts: Attempt[] = [];
  const eu = ['GB', 'DE', 'FR', 'PL'].includes(country);
  for (const [j, card] of cards.entries()) {
    const ok = rng.chance(eu ? 0.45 : 0.7);
    const decline = rng.weightedPick<Decline>([
      ['do_not_honor', 40],
      ['authentication_failed', eu ? 40 : 5],
      ['stolen_card', 10],
      ['insufficient_funds', 10],
    ]);
    attempts.push(
      cardAttempt(rng, card, {
        method,
        ok,
        decline,
        afterMs: j === 0 ? firstAuth(rng) : retryGap(rng),
        avs: 'bad',
      }),
    );
    if (ok) break;
  }
  const ip = local
    ? ipOn(rng, rng.pick(['ge_mobile_a', 'ge_mobile_b']))
    : ipOn(rng, rng.pick(['hosting_us', 'hosting_nl', 'us_mobile']));
  const email = rng.chance(0.5) ? throwaway(rng) : holder.email;
  const signup = rng.chance(0.4);
  return purchase('stolen_card', true, {
    at,
    buyer: signup ? freshAccount(rng, at, email, holder.name, [2, 40]) : { email, name: holder.name },
    phone: local ? phoneOf(rng, 'GE') : holder.phone,
    billing: addressOf(rng, country),
    shipping,
    fulfilment: f,
    ip,
    device: newDevice(rng),
    locale: 'en',
    basket,
    attempts,
    later: paid(attempts)
      ? shippedThen(rng, f, basket.amount, chargeback(rng, 0.4, 0.75))
      : [released(rng, attempts)],
  });
}

const aged = (w: World, a: Account) => a.createdAt < w.window.start - 60 * DAY && a.segment !== 'importer';

/** A customer's account opened from a new device and network; the saved card pays for a van to a new address. */
function accountTakeover(rng: Rng, w: World): Purchase {
  const pool = w.accounts.filter(
    (a) => aged(w, a) && ['tbilisi', 'relocant', 'diaspora', 'regions'].includes(a.segment),
  );
  const a = rng.pick(pool.length > 0 ? pool : w.accounts);
  const drop = addressIn(rng, 'GE', rng.pick(TBILISI));
  const abroad = a.home.country !== 'GE';
  const at = placeAt(rng, w.window, 4, 'night');
  const basket = basketOf(priceyPicks(rng, rng.int(2, 5)), 'GEL', 'van_tbilisi');
  const card = rng.pick(a.cards);
  const method: Method = card.bank === 'tbc' ? 'tbc_pay' : 'bog_card';
  const attempts = [
    cardAttempt(rng, card, {
      method,
      entry: 'saved',
      ok: rng.chance(0.9),
      decline: 'do_not_honor',
      afterMs: firstAuth(rng),
    }),
  ];
  const later: LaterStep[] = [];
  const changed = !abroad && rng.chance(0.5);
  if (changed)
    later.push({
      type: 'order.updated',
      afterMs: rng.int(5, 50) * MINUTE,
      shipping: drop,
      reason: 'address_changed',
    });
  later.push({ type: 'order.updated', afterMs: rng.int(3, 20) * HOUR, status: 'out_for_delivery' });
  later.push({ type: 'order.updated', afterMs: rng.int(21, 30) * HOUR, status: 'delivered' });
  if (rng.chance(0.3))
    later.push({ type: 'refund.created', afterMs: rng.int(2, 9) * DAY, reason: 'account_compromised' });
  else later.push(...chargeback(rng, 0.3, 0.7));
  return purchase('account_takeover', true, {
    at,
    buyer: buyerOf(a),
    phone: a.phone,
    billing: { ...a.home },
    shipping: changed ? { ...a.home } : drop,
    fulfilment: 'van_tbilisi',
    ip: ipOn(rng, rng.pick(['hosting_nl', 'hosting_de', 'ge_mobile_b', 'tr_home'])),
    device: newDevice(rng),
    locale: a.community === 'russian' ? 'ru' : 'ka',
    basket,
    attempts,
    later: paid(attempts) ? later : [released(rng, attempts)],
  });
}

/**
 * Buyers in, billed to or shipping to Russia, Belarus or Iran, as they really reach a Georgian shop: a Russian
 * card paying for a relative's delivery in Tbilisi, a relocant asking for chacha to be sent to Moscow, a
 * Belarusian wanting DHL to Minsk, an Iranian visitor reordering from Tehran, a Moscow "restaurant group" wanting
 * pallets by transfer. The shop refuses each once it sees it.
 */
function sanctioned(rng: Rng, w: World): Purchase {
  const variant = rng.weightedPick<string>([
    ['ru_card_for_relative', 35],
    ['relocant_ships_home', 20],
    ['belarus_dhl', 12],
    ['iran_visitor', 18],
    ['moscow_wholesale', 15],
  ]);
  let billing: Address;
  let shipping: Address | undefined;
  let ip: string;
  let currency: Currency = 'GEL';
  let f: Fulfilment = 'van_tbilisi';
  let picks = priceyPicks(rng, rng.int(1, 3));
  let attempts: Attempt[];
  let person = newPerson(rng, 'russian', 'RU');
  let tz = 3;
  let buyer: Buyer | undefined;
  let locale: Purchase['locale'] = 'ru';
  switch (variant) {
    case 'ru_card_for_relative': {
      billing = addressOf(rng, 'RU');
      shipping = addressIn(rng, 'GE', rng.pick(TBILISI));
      ip = ipOn(rng, rng.pick(['ru_home', 'ru_mobile', 'hosting_nl']));
      const card = newCard(rng, 'RU');
      attempts = [
        cardAttempt(rng, card, {
          method: 'bog_card',
          ok: false,
          decline: 'card_not_supported',
          afterMs: firstAuth(rng),
        }),
        cardAttempt(rng, card, {
          method: 'tbc_pay',
          ok: rng.chance(0.15),
          decline: 'card_not_supported',
          afterMs: retryGap(rng),
        }),
      ];
      break;
    }
    case 'relocant_ships_home': {
      const a = w.by.relocant.length > 0 ? rng.pick(w.by.relocant) : undefined;
      if (a) {
        person = a;
        buyer = buyerOf(a);
      }
      billing = a ? { ...a.home } : addressOf(rng, 'GE');
      shipping = addressOf(rng, 'RU');
      currency = 'EUR';
      f = 'dhl';
      ip = ipOn(rng, rng.pick(['ge_fibre', 'ge_mobile_b']));
      tz = 4;
      const card = a ? rng.pick(a.cards) : newCard(rng, 'GE');
      attempts = [cardAttempt(rng, card, { method: 'card', ok: true, afterMs: firstAuth(rng) })];
      break;
    }
    case 'belarus_dhl': {
      person = newPerson(rng, 'russian', 'BY');
      billing = addressOf(rng, 'BY');
      shipping = addressOf(rng, 'BY');
      currency = 'EUR';
      f = 'dhl';
      ip = ipOn(rng, 'by_home');
      attempts = [
        cardAttempt(rng, newCard(rng, 'BY'), {
          method: 'card',
          ok: false,
          decline: 'card_not_supported',
          afterMs: firstAuth(rng),
        }),
      ];
      if (rng.chance(0.5)) attempts.push(other('paypal', false, retryGap(rng), 'paypal_declined'));
      break;
    }
    case 'iran_visitor': {
      person = newPerson(rng, 'iranian', 'IR');
      billing = addressOf(rng, 'IR');
      shipping = addressIn(rng, 'GE', rng.pick(TBILISI));
      ip = ipOn(rng, rng.pick(['ir_mobile', 'ir_home']));
      tz = 3.5;
      locale = 'en';
      picks = [
        [rng.pick(WARE), 1],
        [SWEETS[1] as Item, rng.int(1, 4)],
        [SWEETS[4] as Item, rng.int(1, 3)],
      ];
      // Iranian cards do not work abroad: a Georgian friend's card, or an unpaid order.
      attempts = rng.chance(0.5)
        ? [cardAttempt(rng, newCard(rng, 'GE'), { method: 'bog_card', ok: true, afterMs: firstAuth(rng) })]
        : [
            cardAttempt(rng, newCard(rng, 'IR'), {
              method: 'bog_card',
              ok: false,
              decline: 'card_not_supported',
              afterMs: firstAuth(rng),
            }),
          ];
      break;
    }
    default: {
      billing = addressOf(rng, 'RU');
      shipping = addressOf(rng, 'RU');
      currency = 'EUR';
      f = 'freight';
      ip = ipOn(rng, rng.pick(['ru_home', 'hosting_de']));
      picks = [
        [WINES[7] as Item, rng.int(20, 60)],
        [CHACHA[1] as Item, rng.int(24, 72)],
      ];
      attempts = rng.chance(0.3) ? [other('sabanko_gadaritskhva', true, rng.int(2, 5) * DAY)] : [];
      break;
    }
  }
  const basket = basketOf(picks, currency, f);
  const at = placeAt(rng, w.window, tz, variant === 'moscow_wholesale' ? 'office' : 'evening');
  const wasPaid = paid(attempts);
  const later: LaterStep[] = wasPaid
    ? [
        {
          type: 'order.cancelled',
          afterMs: attemptsEndOf(attempts) + rng.int(1, 30) * HOUR,
          reason: 'sanctions_screening',
        },
      ]
    : [
        released(
          rng,
          attempts,
          attempts.length === 0 ? 'transfer_not_received' : 'payment_failed',
          attempts.length === 0 ? 7 * DAY : undefined,
        ),
      ];
  return purchase('sanctioned_country', true, {
    at,
    buyer:
      buyer ??
      (rng.chance(0.4) ? freshAccount(rng, at, person.email, person.name, [5, 600]) : guestBuyer(person)),
    phone: person.phone,
    billing,
    shipping,
    fulfilment: f,
    ip,
    device: newDevice(rng),
    locale,
    basket,
    attempts,
    later,
    ...(variant === 'moscow_wholesale'
      ? { company: { name: 'OOO Kavkaz Restoran Grupp', taxId: `77${rng.digits(8)}` } }
      : {}),
  });
}

const attemptsEndOf = (attempts: readonly Attempt[]) =>
  attempts.reduce((t, a) => t + Math.max(1000, Math.floor(a.afterMs)), 0);

/** A real customer's real order, delivered, then disputed as not received or not recognised. */
function friendlyFraud(rng: Rng, w: World): Purchase {
  const pool = [...w.by.tourist, ...w.by.diaspora];
  const a = rng.pick(pool.length > 0 ? pool : w.accounts);
  const currency = currencyFor(a.home.country);
  const f: Fulfilment = a.home.country === 'GE' ? 'van_tbilisi' : 'dhl';
  const picks = priceyPicks(rng, rng.int(2, 4));
  const basket = basketOf(picks, currency, f);
  const card = rng.pick(a.cards);
  const method: Method = currency === 'GEL' ? 'bog_card' : rng.chance(0.7) ? 'card' : 'paypal';
  const attempts = [
    method === 'paypal'
      ? other('paypal', true, firstAuth(rng))
      : cardAttempt(rng, card, { method, ok: true, afterMs: firstAuth(rng) }),
  ];
  const reason = rng.weightedPick<string>([
    ['product_not_received', 50],
    ['unrecognized', 30],
    ['fraudulent', 20],
  ]);
  return purchase('friendly_fraud', true, {
    at: placeAt(rng, w.window, a.tz, 'evening'),
    buyer: buyerOf(a),
    phone: a.phone,
    billing: { ...a.home },
    shipping: { ...a.home },
    fulfilment: f,
    ip: ipOn(rng, rng.pick(a.networks)),
    device: rng.pick(a.devices),
    locale: 'en',
    basket,
    attempts,
    later: shippedThen(rng, f, basket.amount, [
      { type: 'dispute.created', afterMs: rng.int(20, 70) * DAY, reason },
    ]),
  });
}

/** A few customers whose bottles always arrive broken or corked, photo and all. */
function refundAbuse(rng: Rng, abusers: readonly Account[]): (w: World) => Purchase {
  return (w) => {
    const a = rng.pick(abusers);
    const f: Fulfilment = a.home.city === 'Tbilisi' ? 'van_tbilisi' : 'courier_georgia';
    const picks: Array<[Item, number]> = [
      [rng.pick(WINES.slice(0, 6)), rng.int(3, 8)],
      [rng.pick(CHACHA), rng.int(1, 3)],
    ];
    const basket = basketOf(picks, 'GEL', f);
    const card = rng.pick(a.cards);
    const method: Method = card.bank === 'tbc' ? 'tbc_pay' : 'bog_card';
    const attempts = [cardAttempt(rng, card, { method, entry: 'saved', ok: true, afterMs: firstAuth(rng) })];
    const reason = rng.pick(['bottle_broken_in_transit', 'wine_corked', 'missing_items', 'wrong_vintage']);
    return purchase('refund_abuse', true, {
      at: placeAt(rng, w.window, 4, 'household'),
      buyer: buyerOf(a),
      phone: a.phone,
      billing: { ...a.home },
      shipping: { ...a.home },
      fulfilment: f,
      ip: ipOn(rng, rng.pick(a.networks)),
      device: rng.pick(a.devices),
      locale: a.community === 'russian' ? 'ru' : 'ka',
      basket,
      attempts,
      later: shippedThen(rng, f, basket.amount, [
        {
          type: 'refund.created',
          afterMs: rng.int(2, 6) * DAY,
          reason,
          amount: Math.round(basket.amount * rng.float(0.5, 1)),
        },
      ]),
    });
  };
}

/** The bank's instalments taken out in someone else's name, for goods that go straight to resale. */
function installmentFraud(rng: Rng, w: World): Purchase {
  const victim = newPerson(rng, 'georgian', 'GE');
  const at = placeAt(rng, w.window, 4, 'evening');
  const picks: Array<[Item, number]> = [
    [WARE[4] as Item, rng.int(0, 1)],
    [GIFTS[1] as Item, rng.int(2, 5)],
    [CHACHA[2] as Item, rng.int(2, 6)],
    [WINES[6] as Item, rng.int(1, 4)],
  ];
  const basket = basketOf(
    picks.filter(([, q]) => q > 0),
    'GEL',
    'van_tbilisi',
  );
  const approved = rng.chance(0.65);
  const attempts: Attempt[] = [
    other('bog_installment', approved, rng.int(5, 20) * MINUTE, 'installment_rejected'),
  ];
  if (!approved && rng.chance(0.5))
    attempts.push(other('bog_installment', false, rng.int(10, 40) * MINUTE, 'installment_rejected'));
  const later: LaterStep[] = approved
    ? [
        { type: 'order.updated', afterMs: rng.int(3, 20) * HOUR, status: 'out_for_delivery' },
        { type: 'order.updated', afterMs: rng.int(21, 28) * HOUR, status: 'delivered' },
        { type: 'fraud_warning.created', afterMs: rng.int(10, 35) * DAY, reason: 'identity_theft' },
        ...(rng.chance(0.5)
          ? [{ type: 'dispute.created' as const, afterMs: rng.int(36, 60) * DAY, reason: 'fraudulent' }]
          : []),
      ]
    : [released(rng, attempts)];
  return purchase('installment_fraud', true, {
    at,
    buyer: freshAccount(rng, at, rng.chance(0.6) ? throwaway(rng) : victim.email, victim.name, [4, 90]),
    phone: phoneOf(rng, 'GE'),
    billing: addressOf(rng, 'GE', false),
    shipping: addressIn(rng, 'GE', rng.pick(TBILISI)),
    fulfilment: 'van_tbilisi',
    ip: ipOn(rng, rng.pick(['ge_mobile_a', 'ge_mobile_b'])),
    device: newDevice(rng),
    locale: 'ka',
    basket,
    attempts,
    later,
  });
}

const FAKE_COMPANIES: ReadonlyArray<readonly [string, string]> = [
  ['Vinoteka Kaukaz Sp. z o.o.', 'PL'],
  ['Weinhandel Tiflis GmbH', 'DE'],
  ['Caucasus Fine Wines Inc', 'US'],
  ['Amber Trade Israel Ltd', 'IL'],
];

/** A new "importer" paying pallets by transfer from a hijacked company account; the transfer is recalled. */
function fakeImporter(rng: Rng, w: World): Purchase {
  const [name, country] = rng.pick(FAKE_COMPANIES);
  const person = newPerson(
    rng,
    country === 'PL' ? 'polish' : country === 'DE' ? 'german' : country === 'IL' ? 'israeli' : 'american',
    country,
  );
  const forwarder = addressOf(rng, rng.pick(['PL', 'DE', 'NL']));
  const currency = currencyFor(forwarder.country);
  const at = placeAt(rng, w.window, 2, 'office');
  const picks: Array<[Item, number]> = [
    [WINES[7] as Item, rng.int(25, 70)],
    [CHACHA[1] as Item, rng.int(36, 120)],
    [WINES[2] as Item, rng.int(12, 48)],
  ];
  const basket: Basket = basketOf(picks, currency, 'freight');
  const arrives = rng.chance(0.6);
  const attempts: Attempt[] = arrives ? [other('sabanko_gadaritskhva', true, rng.int(20, 72) * HOUR)] : [];
  const later: LaterStep[] = arrives
    ? [
        { type: 'order.updated', afterMs: rng.int(4, 7) * DAY, status: 'shipped' },
        { type: 'dispute.created', afterMs: rng.int(12, 35) * DAY, reason: 'fraudulent' },
      ]
    : [released(rng, attempts, 'transfer_not_received', 7 * DAY)];
  const lookalike = `${rng.pick(['info', 'orders', 'import'])}@${name.split(' ')[0]?.toLowerCase() ?? 'wine'}-${rng.pick(['trade', 'group', 'wines'])}.${rng.pick(['com', 'net', 'eu'])}`;
  return purchase('fake_importer', true, {
    at,
    buyer: freshAccount(rng, at, rng.chance(0.5) ? lookalike : person.email, person.name, [10, 2000]),
    phone: person.phone,
    billing: addressOf(rng, country),
    shipping: forwarder,
    fulfilment: 'freight',
    ip: ipOn(rng, rng.pick(['hosting_nl', 'hosting_de', 'hosting_us', 'tr_home'])),
    device: newDevice(rng),
    locale: 'en',
    basket,
    attempts,
    later,
    company: { name, taxId: `${country}${rng.digits(10)}` },
  });
}

export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const n = allocate(count);
  const locals = w.accounts.filter(
    (a) => (a.segment === 'tbilisi' || a.segment === 'relocant') && a.cards.length > 0,
  );
  const abusers = Array.from({ length: Math.max(1, Math.min(4, Math.ceil(n.refund_abuse / 3))) }, () =>
    rng.pick(locals.length > 0 ? locals : w.accounts),
  );
  const many = (kind: string, k: number, plan: (r: Rng) => Purchase) =>
    Array.from({ length: k }, (_, i) => plan(rng.fork(`${kind}${i}`)));
  return [
    ...cardTesting(rng.fork('card_testing'), w, n.card_testing),
    ...many('stolen', n.stolen_card, (r) => stolenCard(r, w)),
    ...many('ato', n.account_takeover, (r) => accountTakeover(r, w)),
    ...many('sanctioned', n.sanctioned_country, (r) => sanctioned(r, w)),
    ...many('friendly', n.friendly_fraud, (r) => friendlyFraud(r, w)),
    ...many('refund', n.refund_abuse, (r) => refundAbuse(r, abusers)(w)),
    ...many('installment', n.installment_fraud, (r) => installmentFraud(r, w)),
    ...many('importer', n.fake_importer, (r) => fakeImporter(r, w)),
  ];
}
