import { type Address, accountBuyer, type Buyer, DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { allocateKinds } from '../kit/stream.js';
import { assemble, currencyOf, freshBuyer, tzOf, type World } from './build.js';
import { type HeldCard, newCard, prepaidCard, sameBin } from './cards.js';
import { CARD_CAP, type Fulfilment, fitUnder, ID_CHECK, type ItemKey } from './catalogue.js';
import { phase } from './calendar.js';
import { ipOn, homeNetwork, mobileNetwork, vpnExit } from './networks.js';
import { type Account, emailFor, nameIn, newDevice } from './people.js';
import { addressIn, DROPS, SANCTIONED_PLACES } from './places.js';
import {
  type Attempt,
  cardAttempt,
  type Decline,
  firstAuth,
  honestAfter,
  type LaterEvent,
  other,
  placedAt,
  type Purchase,
  retryGap,
} from './purchase.js';

/** The fraud a bullion dealer suffers, by kind, each planned as it really happens. */

export const FRAUD = {
  stolen_card: 24,
  card_testing: 13,
  account_takeover: 14,
  reshipping: 12,
  friendly_fraud: 11,
  social_engineered_transfer: 9,
  vault_cash_out: 8,
  sanctioned_country: 6,
} as const;

export type FraudKind = keyof typeof FRAUD;

export const allocate = (count: number): Record<FraudKind, number> => allocateKinds(FRAUD, count);

const HARD_DECLINES: ReadonlyArray<readonly [Decline, number]> = [
  ['do_not_honor', 30],
  ['stolen_card', 12],
  ['lost_card', 6],
  ['pickup_card', 4],
  ['insufficient_funds', 14],
  ['authentication_failed', 18],
  ['incorrect_cvc', 8],
  ['card_velocity_exceeded', 8],
];

/** Coins and bars that resell fastest, near a target in pounds but under the card cap. */
function resalePicks(
  rng: Rng,
  w: World,
  at: number,
  currency: ReturnType<typeof currencyOf>,
  share: readonly [number, number],
): Array<[ItemKey, number]> {
  const k = rng.weightedPick<ItemKey>([
    ['sovereign', 30],
    ['britannia', 25],
    ['krugerrand', 20],
    ['bar1oz', 15],
    ['bar50g', 10],
  ]);
  const picks: Array<[ItemKey, number]> = [[k, k === 'sovereign' ? 40 : 10]];
  return fitUnder(
    picks,
    phase(at, w.window),
    currency,
    Math.round(CARD_CAP[currency] * rng.float(share[0], share[1])),
  );
}

/** Attempts with stolen cards: declines and failed challenges, a retry on another card; paid `paidShare` of the time. */
function stolenAttempts(
  rng: Rng,
  cards: () => HeldCard,
  amount: number,
  currency: ReturnType<typeof currencyOf>,
  o: { paidShare: number; match?: 'good' | 'partial' | 'wrong'; tries?: number; otp?: boolean },
): Attempt[] {
  const tries =
    o.tries ??
    rng.weightedPick<number>([
      [1, 45],
      [2, 35],
      [3, 20],
    ]);
  const win = rng.chance(o.paidShare);
  const out: Attempt[] = [];
  for (let i = 0; i < tries; i++) {
    const last = i === tries - 1;
    const ok = last && win;
    const card = cards();
    const decline = ok ? undefined : rng.weightedPick(HARD_DECLINES);
    out.push(
      cardAttempt(rng, card, amount, currency, {
        entry: 'typed',
        match: o.match ?? 'good',
        ok,
        ...(decline ? { decline } : {}),
        afterMs: i === 0 ? firstAuth(rng) : retryGap(rng),
        ...(ok && o.otp ? { threeDS: 'challenge_passed' as const } : {}),
      }),
    );
  }
  return out;
}

/** After a paid fraudulent order: the store's own checks sometimes stop it; else the metal goes and the money comes back. */
function fraudAfter(
  rng: Rng,
  o: {
    fulfilment: Fulfilment;
    paidAt: number;
    amount: number;
    idCheck: boolean;
    caught: number;
    dispute: number;
    warning: number;
    abroad?: boolean;
    redirect?: Address;
    sellBack?: boolean;
    disputeReason?: string;
  },
): LaterEvent[] {
  const out: LaterEvent[] = [];
  let t = o.paidAt;
  if (o.idCheck) {
    out.push({ type: 'order.updated', afterMs: t + rng.int(20, 240) * MINUTE, status: 'id_check_requested' });
    if (rng.chance(o.caught)) {
      const at = t + rng.int(1, 4) * DAY;
      out.push({
        type: 'order.cancelled',
        afterMs: at,
        reason: rng.pick(['id_check_failed', 'id_check_not_completed']),
      });
      out.push({ type: 'refund.created', afterMs: at + rng.int(1, 6) * HOUR, reason: 'fraudulent' });
      if (rng.chance(o.warning * 0.7))
        out.push({ type: 'fraud_warning.created', afterMs: t + rng.int(1, 6) * DAY, reason: 'fraudulent' });
      return out;
    }
    t += rng.int(3, 30) * HOUR;
    out.push({ type: 'order.updated', afterMs: t, status: 'id_verified' });
  }
  if (o.redirect)
    out.push({
      type: 'order.updated',
      afterMs: t + rng.int(10, 240) * MINUTE,
      status: 'address_changed',
      shipping: o.redirect,
    });
  if (o.fulfilment === 'vault') {
    out.push({ type: 'order.updated', afterMs: t + rng.int(1, 8) * HOUR, status: 'allocated_to_vault' });
    if (o.sellBack) {
      const at = t + rng.int(2, 30) * HOUR;
      out.push({ type: 'order.updated', afterMs: at, status: 'sell_back_requested' });
      out.push({
        type: 'order.updated',
        afterMs: at + rng.int(6, 48) * HOUR,
        status: rng.chance(0.5) ? 'sold_back' : 'sell_back_on_hold',
      });
    }
  } else if (o.fulfilment === 'counter_collection') {
    const ready = t + rng.int(2, 20) * HOUR;
    out.push({ type: 'order.updated', afterMs: ready, status: 'ready_for_collection' });
    out.push({ type: 'order.updated', afterMs: ready + rng.int(2, 48) * HOUR, status: 'collected' });
  } else {
    const ship = t + rng.int(10, 40) * HOUR;
    out.push({ type: 'order.updated', afterMs: ship, status: 'dispatched' });
    out.push({
      type: 'order.updated',
      afterMs: ship + rng.int(o.abroad ? 48 : 16, o.abroad ? 120 : 40) * HOUR,
      status: 'delivered',
    });
  }
  if (rng.chance(o.warning))
    out.push({ type: 'fraud_warning.created', afterMs: t + rng.int(1, 9) * DAY, reason: 'fraudulent' });
  if (rng.chance(o.dispute))
    out.push({
      type: 'dispute.created',
      afterMs: t + rng.int(8, 45) * DAY,
      reason: o.disputeReason ?? 'fraudulent',
    });
  return out;
}

/** A fraudster's throwaway or victim-named e-mail. */
function fraudEmail(rng: Rng, name: string): string {
  return rng.weightedPick<string>([
    [emailFor(rng, name, 'GB'), 45],
    [`${name.split(' ')[0]?.toLowerCase() ?? 'x'}${rng.digits(4)}@gmail.com`, 25],
    [`${rng.token(9)}@${rng.pick(['outlook.com', 'protonmail.com', 'proton.me', 'yahoo.com'])}`, 20],
    [`${rng.token(6)}.${rng.token(5)}@${rng.pick(['mail.com', 'gmx.com'])}`, 10],
  ]);
}

/** A fraudster's connection: a British home or mobile line (residential proxy), else a VPN exit or abroad. */
const fraudIp = (rng: Rng, local: number): string =>
  ipOn(
    rng,
    rng.chance(local) ? (rng.chance(0.5) ? mobileNetwork(rng, 'GB') : homeNetwork(rng, 'GB')) : vpnExit(rng),
  );

function stolenCard(rng: Rng, w: World): Purchase {
  const country = rng.weightedPick<string>([
    ['GB', 72],
    ['IE', 10],
    ['DE', 4],
    ['NL', 3],
    ['US', 11],
  ]);
  const at = placedAt(rng, w.window, 0, rng.chance(0.4) ? 'night' : 'home', { spike: 1.3 });
  const name = nameIn(rng, country);
  const email = fraudEmail(rng, name);
  const buyer: Buyer = rng.chance(0.45) ? { email, name } : freshBuyer(rng, name, email, at, [1, 30]);
  const billing = addressIn(rng, country);
  const fulfilment = rng.weightedPick<Fulfilment>([
    ['insured_delivery', 82],
    ['counter_collection', 18],
  ]);
  const shipTo = rng.weightedPick<'billing' | 'other' | 'redirect'>([
    ['billing', 30],
    ['other', 45],
    ['redirect', 25],
  ]);
  const shipping = shipTo === 'other' ? addressIn(rng, 'GB') : billing;
  const currency = country === 'GB' ? 'GBP' : currencyOf(country);
  const phone = rng.chance(0.5);
  const stolen = [newCard(rng, country), newCard(rng, country)];
  let i = 0;
  return assemble(w, {
    kind: 'stolen_card',
    fraud: true,
    at,
    buyer,
    billing,
    shipping,
    fulfilment,
    picks: resalePicks(rng, w, at, currency, [0.25, 0.98]),
    currency,
    ip: fraudIp(rng, 0.5),
    device: newDevice(rng, phone, 0.15),
    pay: (amount) => ({
      method: 'card',
      attempts: stolenAttempts(
        rng,
        () => stolen[Math.min(stolen.length - 1, i++ > 0 && rng.chance(0.5) ? 1 : 0)] as HeldCard,
        amount,
        currency,
        {
          paidShare: 0.6,
          match: rng.chance(0.7) ? 'good' : 'partial',
          otp: rng.chance(0.4),
        },
      ),
    }),
    after: (paidAt, amount) =>
      fraudAfter(rng, {
        fulfilment,
        paidAt,
        amount,
        idCheck: amount > ID_CHECK[currency],
        caught: 0.55,
        dispute: 0.75,
        warning: 0.45,
        ...(shipTo === 'redirect' && fulfilment === 'insured_delivery' ? { redirect: rng.pick(DROPS) } : {}),
      }),
  });
}

/** Card testers: bursts of guest orders for the cheapest lines, a few BINs, cycling through numbers. */
function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const size = Math.min(count - out.length, rng.int(4, 12));
    let t = placedAt(rng, w.window, 0, 'night');
    const bin = newCard(
      rng,
      rng.weightedPick<string>([
        ['GB', 50],
        ['US', 35],
        ['DE', 8],
        ['FR', 7],
      ]),
    );
    const exit = rng.chance(0.7) ? vpnExit(rng) : mobileNetwork(rng, 'GB');
    const device = newDevice(rng, false, 0.3);
    const item: ItemKey = rng.chance(0.7) ? 'silverBritannia' : 'bar1g';
    for (let j = 0; j < size; j++) {
      const name = nameIn(rng, 'GB');
      const card = sameBin(rng, bin);
      const billing = addressIn(rng, 'GB');
      const ok = rng.chance(0.15);
      out.push(
        assemble(w, {
          kind: 'card_testing',
          fraud: true,
          at: Math.min(w.window.end - 1, t),
          buyer: {
            email: rng.chance(0.5) ? `${rng.token(8)}${rng.digits(2)}@gmail.com` : emailFor(rng, name, 'GB'),
            name,
          },
          billing,
          shipping: billing,
          fulfilment: 'insured_delivery',
          picks: [[item, 1]],
          currency: 'GBP',
          ip: ipOn(rng, exit),
          device: rng.chance(0.7) ? device : newDevice(rng, false, 0.5),
          pay: (amount) => ({
            method: 'card',
            attempts: stolenAttempts(rng, () => card, amount, 'GBP', {
              paidShare: ok ? 1 : 0,
              match: rng.chance(0.6) ? 'wrong' : 'good',
              tries: rng.weightedPick<number>([
                [1, 70],
                [2, 30],
              ]),
            }),
          }),
          after: (paidAt) => {
            if (rng.chance(0.6)) {
              const at = paidAt + rng.int(1, 10) * HOUR;
              return [
                { type: 'order.cancelled', afterMs: at, reason: 'suspected_fraud' },
                { type: 'refund.created', afterMs: at + rng.int(5, 60) * MINUTE, reason: 'fraudulent' },
              ];
            }
            return fraudAfter(rng, {
              fulfilment: 'insured_delivery',
              paidAt,
              amount: 0,
              idCheck: false,
              caught: 0,
              dispute: 0.3,
              warning: 0.6,
            });
          },
        }),
      );
      t += rng.int(20, 200) * 1000;
    }
  }
  return out;
}

function accountTakeover(rng: Rng, w: World): Purchase {
  let a: Account = rng.pick(w.customers);
  for (let k = 0; k < 40 && (a.country !== 'GB' || w.window.start - a.createdAt < 60 * DAY); k++)
    a = rng.pick(w.customers);
  const at = placedAt(rng, w.window, 0, rng.chance(0.5) ? 'night' : 'home', { spike: 1.3 });
  const currency = currencyOf(a.country);
  const how = rng.weightedPick<'redirect' | 'newAddress' | 'counter' | 'vault'>([
    ['redirect', 30],
    ['newAddress', 35],
    ['counter', 15],
    ['vault', 20],
  ]);
  const fulfilment: Fulfilment =
    how === 'counter' ? 'counter_collection' : how === 'vault' ? 'vault' : 'insured_delivery';
  const shipping =
    how === 'newAddress' ? (rng.chance(0.5) ? rng.pick(DROPS) : addressIn(rng, 'GB')) : a.address;
  const saved = rng.chance(0.75);
  const card = saved ? rng.pick(a.cards) : newCard(rng, 'GB');
  return assemble(w, {
    kind: 'account_takeover',
    fraud: true,
    at,
    buyer: accountBuyer(a),
    billing: a.address,
    shipping,
    fulfilment,
    picks: resalePicks(rng, w, at, currency, [0.35, 0.99]),
    currency,
    ip: fraudIp(rng, 0.55),
    device: newDevice(rng, rng.chance(0.5), 0.2),
    pay: (amount) => ({
      method: 'card',
      attempts: saved
        ? rng.chance(0.85)
          ? [
              cardAttempt(rng, card, amount, currency, {
                entry: 'saved',
                ok: true,
                afterMs: firstAuth(rng),
                ...(rng.chance(0.5) ? { threeDS: 'challenge_passed' as const } : {}),
              }),
            ]
          : [
              cardAttempt(rng, card, amount, currency, {
                entry: 'saved',
                ok: false,
                decline: 'authentication_failed',
                afterMs: firstAuth(rng),
              }),
            ]
        : stolenAttempts(rng, () => card, amount, currency, { paidShare: 0.6 }),
    }),
    after: (paidAt, amount) =>
      fraudAfter(rng, {
        fulfilment,
        paidAt,
        amount,
        idCheck: false,
        caught: 0,
        dispute: 0.7,
        warning: 0.3,
        sellBack: how === 'vault',
        ...(how === 'redirect' ? { redirect: rng.pick(DROPS) } : {}),
      }),
  });
}

function reshipping(rng: Rng, w: World): Purchase {
  const country = rng.weightedPick<string>([
    ['US', 50],
    ['DE', 10],
    ['NL', 8],
    ['FR', 8],
    ['IE', 10],
    ['AE', 8],
    ['ES', 6],
  ]);
  const at = placedAt(rng, w.window, tzOf(country), 'home', { spike: 1.2 });
  const name = nameIn(rng, country);
  const buyer = freshBuyer(rng, name, fraudEmail(rng, name), at, [1, 120]);
  const billing = addressIn(rng, country);
  const currency = rng.chance(0.7) ? 'GBP' : currencyOf(country);
  const exit =
    country === 'US'
      ? 'us-hosting'
      : rng.chance(0.5)
        ? vpnExit(rng)
        : rng.pick(['gb-mobile-a', 'gb-mobile-b']);
  const stolen = newCard(rng, country);
  return assemble(w, {
    kind: 'reshipping',
    fraud: true,
    at,
    buyer,
    billing,
    shipping: rng.pick(DROPS),
    fulfilment: 'insured_delivery',
    picks: resalePicks(rng, w, at, currency, [0.2, 0.9]),
    currency,
    ip: ipOn(rng, exit),
    device: newDevice(rng, rng.chance(0.4), 0.25),
    pay: (amount) => ({
      method: 'card',
      attempts: stolenAttempts(rng, () => stolen, amount, currency, { paidShare: 0.7, match: 'good' }),
    }),
    after: (paidAt, amount) =>
      fraudAfter(rng, {
        fulfilment: 'insured_delivery',
        paidAt,
        amount,
        idCheck: rng.chance(0.3),
        caught: 0.4,
        dispute: 0.85,
        warning: 0.4,
      }),
  });
}

/** Buyers who bought at the peak and, when the price fell back, told their bank the parcel never came. */
function friendlyFraud(rng: Rng, w: World): Purchase {
  const known = rng.chance(0.6);
  const a = known ? rng.pick(w.customers.filter((x) => x.country === 'GB')) : undefined;
  const country = a?.country ?? 'GB';
  const at = placedAt(rng, w.window, 0, 'home', { spike: 3 });
  const name = a?.name ?? nameIn(rng, country);
  const buyer: Buyer = a ? accountBuyer(a) : freshBuyer(rng, name, emailFor(rng, name, country), at, [3, 60]);
  const billing = a?.address ?? addressIn(rng, country);
  const card = a ? rng.pick(a.cards) : newCard(rng, country, 'debit');
  const fulfilment: Fulfilment = rng.chance(0.85) ? 'insured_delivery' : 'counter_collection';
  const currency = 'GBP';
  return assemble(w, {
    kind: 'friendly_fraud',
    fraud: true,
    at,
    buyer,
    billing,
    shipping: billing,
    fulfilment,
    picks: resalePicks(rng, w, at, currency, [0.15, 0.95]),
    currency,
    ip: ipOn(rng, a ? (rng.chance(0.8) ? a.home : mobileNetwork(rng, 'GB')) : homeNetwork(rng, 'GB')),
    device: a ? rng.pick(a.devices) : newDevice(rng, rng.chance(0.5)),
    pay: (amount) => ({
      method: 'card',
      attempts: [
        cardAttempt(rng, card, amount, currency, {
          entry: a && rng.chance(0.5) ? 'saved' : 'typed',
          ok: true,
          afterMs: firstAuth(rng),
        }),
      ],
    }),
    after: (paidAt, amount) => [
      ...honestAfter(rng, {
        fulfilment,
        paidAt,
        abroad: false,
        idCheck: !a && amount > ID_CHECK.GBP,
        amount,
      }).filter((l) => l.type === 'order.updated'),
      {
        type: 'dispute.created',
        afterMs: paidAt + rng.int(18, 50) * DAY,
        reason: rng.weightedPick<string>([
          ['product_not_received', 55],
          ['fraudulent', 30],
          ['unrecognized', 15],
        ]),
      },
    ],
  });
}

const OLD_FIRST = [
  'Margaret',
  'Brian',
  'Patricia',
  'Kenneth',
  'Barbara',
  'Derek',
  'Joan',
  'Malcolm',
  'Sheila',
  'Roy',
  'Maureen',
  'Geoffrey',
];

/** Victims coached by phone (a fake bank, police or investment adviser) into buying bars by transfer. */
function socialEngineered(rng: Rng, w: World): Purchase {
  const at = placedAt(rng, w.window, 0, 'banking');
  const name = `${rng.pick(OLD_FIRST)} ${nameIn(rng, 'GB').split(' ')[1] ?? 'Smith'}`;
  const [first = '', last = ''] = name.toLowerCase().split(' ');
  const email = `${first}${rng.chance(0.5) ? '.' : ''}${last.replace(/[^a-z]/g, '')}${rng.int(1938, 1962)}@${rng.pick(['btinternet.com', 'aol.com', 'hotmail.co.uk', 'talktalk.net', 'sky.com'])}`;
  const buyer: Buyer = rng.chance(0.5) ? { email, name } : freshBuyer(rng, name, email, at, [4, 50]);
  const billing = addressIn(rng, 'GB');
  const fulfilment = rng.weightedPick<Fulfilment>([
    ['insured_delivery', 72],
    ['counter_collection', 28],
  ]);
  const shipping = rng.chance(0.35) ? addressIn(rng, 'GB') : billing;
  const picks: Array<[ItemKey, number]> = [
    [
      rng.weightedPick<ItemKey>([
        ['bar100g', 30],
        ['bar250g', 25],
        ['bar1kg', 15],
        ['britannia', 20],
        ['krugerrand', 10],
      ]),
      1,
    ],
  ];
  const first0 = picks[0];
  if (first0)
    first0[1] =
      first0[0] === 'bar1kg'
        ? 1
        : first0[0] === 'bar250g'
          ? rng.int(1, 3)
          : first0[0] === 'bar100g'
            ? rng.int(2, 8)
            : rng.int(5, 25);
  const ob = rng.chance(0.3);
  return assemble(w, {
    kind: 'social_engineered_transfer',
    fraud: true,
    at,
    buyer,
    billing,
    shipping,
    fulfilment,
    picks,
    currency: 'GBP',
    ip: ipOn(rng, homeNetwork(rng, 'GB')),
    device: newDevice(rng, rng.chance(0.3), 0.05),
    pay: () => {
      const method = ob ? 'open_banking' : 'bank_transfer';
      // The sending bank stops some payments on its scam checks; the reservation then lapses.
      if (rng.chance(0.2)) return { method, attempts: [] };
      return {
        method,
        attempts: [other(method, true, ob ? rng.int(2, 20) * MINUTE : rng.int(15, 300) * MINUTE)],
      };
    },
    after: (paidAt, amount) => {
      const out = honestAfter(rng, { fulfilment, paidAt, abroad: false, idCheck: true, amount }).filter(
        (l) => l.type === 'order.updated',
      );
      if (rng.chance(0.6))
        out.push({
          type: 'fraud_warning.created',
          afterMs: paidAt + rng.int(2, 20) * DAY,
          reason: 'authorised_push_payment_scam',
        });
      return out;
    },
  });
}

/** Fresh accounts buy metal into the vault with stolen cards (OTP phished) and ask to sell it back to a bank account. */
function vaultCashOut(rng: Rng, w: World): Purchase {
  const at = placedAt(rng, w.window, 0, 'night', { spike: 1.5 });
  const name = nameIn(rng, 'GB');
  const buyer = freshBuyer(rng, name, fraudEmail(rng, name), at, [3, 900]);
  const billing = addressIn(rng, 'GB');
  const prepaid = rng.chance(0.25);
  const cards = [prepaid ? prepaidCard(rng) : newCard(rng, 'GB', 'debit'), newCard(rng, 'GB')];
  let n = 0;
  return assemble(w, {
    kind: 'vault_cash_out',
    fraud: true,
    at,
    buyer,
    billing,
    fulfilment: 'vault',
    picks: resalePicks(rng, w, at, 'GBP', [0.3, 0.99]),
    currency: 'GBP',
    ip: fraudIp(rng, 0.6),
    device: newDevice(rng, rng.chance(0.6), 0.2),
    pay: (amount) => ({
      method: 'card',
      attempts: stolenAttempts(rng, () => cards[Math.min(1, n++)] as HeldCard, amount, 'GBP', {
        paidShare: 0.75,
        otp: true,
      }),
    }),
    after: (paidAt, amount) =>
      fraudAfter(rng, {
        fulfilment: 'vault',
        paidAt,
        amount,
        idCheck: amount > ID_CHECK.GBP && rng.chance(0.5),
        caught: 0.5,
        dispute: 0.8,
        warning: 0.4,
        sellBack: true,
      }),
  });
}

const SANCTIONED_NAMES = {
  IR: ['Reza Hosseini', 'Mohammad Karimi', 'Ali Rezaei', 'Maryam Ahmadi', 'Hossein Moradi'],
  SY: ['Ahmad Al-Khatib', 'Rami Haddad', 'Lina Nasser'],
  CU: ['Yoandry Pérez', 'Yanelis Rodríguez', 'Osmany García'],
  UA: ['Sergei Volkov', 'Andrei Kuznetsov', 'Olga Morozova', 'Dmitri Sokolov'],
} as const;

/** Buyers in or shipping to Iran, Syria, Cuba or Russian-occupied Crimea, Donetsk and Luhansk, often through Dubai. */
function sanctioned(rng: Rng, w: World): Purchase {
  const from = rng.weightedPick<'IR' | 'SY' | 'CU' | 'UA'>([
    ['IR', 40],
    ['UA', 30],
    ['SY', 15],
    ['CU', 15],
  ]);
  const place = rng.pick(SANCTIONED_PLACES.filter((p) => p.country === from));
  const name = rng.pick(SANCTIONED_NAMES[from]);
  const at = placedAt(rng, w.window, from === 'CU' ? -5 : 3, 'home');
  const viaDubai = from !== 'CU' && rng.chance(0.55);
  const homeLine = from !== 'UA' && rng.chance(0.7);
  const ip = homeLine
    ? ipOn(rng, from === 'IR' ? 'ir-dsl' : from === 'SY' ? 'sy-dsl' : 'cu-mobile')
    : ipOn(rng, from === 'UA' && rng.chance(0.6) ? 'ru-mobile' : vpnExit(rng));
  const shipping: Address = viaDubai
    ? addressIn(rng, 'AE')
    : from === 'CU' && rng.chance(0.5)
      ? addressIn(rng, 'ES')
      : { ...place };
  // Billed to the sanctioned place itself, or to a front in Dubai or Britain when the IP or delivery already gives it away.
  const front = (homeLine || shipping.country === from) && rng.chance(0.45);
  const billing: Address = front ? addressIn(rng, viaDubai ? 'AE' : 'GB') : { ...place };
  const currency = shipping.country === 'ES' ? 'EUR' : rng.chance(0.6) ? 'USD' : 'GBP';
  const card =
    from === 'IR' && rng.chance(0.3)
      ? newCard(rng, 'IR')
      : newCard(rng, rng.chance(0.6) ? 'AE' : 'GB', rng.chance(0.4) ? 'prepaid' : undefined);
  const transfer = rng.chance(0.3);
  const fulfilment: Fulfilment = 'insured_delivery';
  return assemble(w, {
    kind: 'sanctioned_country',
    fraud: true,
    at,
    buyer: rng.chance(0.5)
      ? { email: `${rng.token(8)}@${rng.pick(['gmail.com', 'yahoo.com', 'mail.ru', 'proton.me'])}`, name }
      : freshBuyer(rng, name, `${rng.token(8)}@gmail.com`, at, [5, 2000]),
    billing,
    shipping,
    fulfilment,
    picks: resalePicks(rng, w, at, currency, [0.2, 0.95]),
    currency,
    ip,
    device: newDevice(rng, rng.chance(0.5), 0.2),
    pay: (amount) =>
      transfer
        ? {
            method: 'bank_transfer',
            attempts: rng.chance(0.3) ? [other('bank_transfer', true, rng.int(24, 72) * HOUR)] : [],
          }
        : {
            method: 'card',
            attempts: stolenAttempts(rng, () => card, amount, currency, {
              paidShare: card.country === 'IR' ? 0 : 0.5,
              match: 'partial',
            }),
          },
    after: (paidAt) => {
      if (rng.chance(0.6)) {
        const at2 = paidAt + rng.int(2, 48) * HOUR;
        return [
          { type: 'order.updated', afterMs: at2 - HOUR, status: 'compliance_review' },
          { type: 'order.cancelled', afterMs: at2, reason: 'sanctions_screening' },
          { type: 'refund.created', afterMs: at2 + rng.int(1, 24) * HOUR, reason: 'sanctions_screening' },
        ];
      }
      return fraudAfter(rng, {
        fulfilment,
        paidAt,
        amount: 0,
        idCheck: false,
        caught: 0,
        dispute: 0.1,
        warning: 0.1,
        abroad: true,
      });
    },
  });
}

export function planFraud(rng: Rng, w: World, count: number): Purchase[] {
  if (count === 0) return [];
  const n = allocate(count);
  const out: Purchase[] = [];
  const each = (kind: FraudKind, plan: (r: Rng) => Purchase) => {
    for (let i = 0; i < n[kind]; i++) out.push(plan(rng.fork(`${kind}${i}`)));
  };
  each('stolen_card', (r) => stolenCard(r, w));
  out.push(...cardTesting(rng.fork('card_testing'), w, n.card_testing));
  each('account_takeover', (r) => accountTakeover(r, w));
  each('reshipping', (r) => reshipping(r, w));
  each('friendly_fraud', (r) => friendlyFraud(r, w));
  each('social_engineered_transfer', (r) => socialEngineered(r, w));
  each('vault_cash_out', (r) => vaultCashOut(r, w));
  each('sanctioned_country', (r) => sanctioned(r, w));
  return out;
}
