import { accountBuyer, DAY, type Device, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { assemble, canPickUp, storeFor, type World } from './build.js';
import { placedAt } from './calendar.js';
import { newCard } from './cards.js';
import { item, type Line } from './catalogue.js';
import { crewDevice, crewIp, fraudAfter, resaleLines, stolenTries } from './fraud-kit.js';
import { usualIp } from './orders.js';
import { type Account, freshLookingEmail, fullName, person, resident, throwawayEmail } from './people.js';
import { DROPS, PROVINCES, type Prov } from './places.js';
import {
  type Attempt,
  cardAttempt,
  honestAfter,
  honestPay,
  type LaterEvent,
  other,
  type Purchase,
} from './purchase.js';

/** The fraud that lives in accounts: takeovers, throw-away accounts, and customers who cheat on their own orders. */

/** Gift cards by the handful: what a takeover or a throw-away account turns into cash fastest. */
const giftCards = (rng: Rng): Line[] => [
  item(
    rng.pick(['GC-APPLE-100', 'GC-STORE-250', 'GC-PSN-100', 'GC-STEAM-100', 'GC-STORE-100']),
    rng.int(2, 5),
  ),
];

/**
 * Account takeover: an aged account opened with a password from another site's breach, on a new device (or a
 * stolen session on the holder's own), from a proxy in the holder's province or a host abroad; the saved card,
 * the linked PayPal or a new card; shipped to a drop, collected by a mule, or e-gift cards sent to the crew. A
 * fifth change the account's e-mail first.
 */
export function accountTakeover(rng: Rng, w: World): Purchase {
  const aged = w.customers.filter((a) => w.window.start - a.createdAt > 60 * DAY);
  const a = rng.pick(aged.length > 0 ? aged : w.customers);
  const careful = rng.chance(0.6);
  const how = rng.weightedPick<'drop' | 'pickup' | 'egift' | 'redirect'>([
    ['drop', 38],
    ['pickup', canPickUp(a) ? 30 : 10],
    ['egift', 22],
    ['redirect', 10],
  ]);
  const hijack = rng.chance(0.12);
  const device: Device = hijack ? (a.devices[0] ?? crewDevice(rng, true)) : crewDevice(rng, careful);
  const mule = person(rng, 'ON');
  const pay = rng.weightedPick<'saved' | 'paypal' | 'new'>([
    ['saved', 65],
    ['paypal', 15],
    ['new', 20],
  ]);
  const stolen = newCard(rng, 'CA');
  const fulfilment =
    how === 'pickup' ? 'pickup' : how === 'egift' ? 'email' : rng.chance(0.4) ? 'express' : 'ship';
  return assemble({
    at: placedAt(rng, w.window, careful ? PROVINCES[a.prov].tz : 1, careful ? 'shopper' : 'night'),
    fraud: true,
    kind: 'account_takeover',
    buyer: { ...accountBuyer(a), ...(rng.chance(0.2) ? { email: freshLookingEmail(rng) } : {}) },
    billing: a.home,
    shipping: how === 'drop' ? rng.pick(DROPS) : a.home,
    fulfilment,
    lines: how === 'egift' ? giftCards(rng) : resaleLines(rng),
    prov: a.prov,
    ip: crewIp(rng, careful, a.prov),
    device,
    locale: a.locale,
    pickup: { store: storeFor(rng, a.home.city), person: rng.chance(0.6) ? fullName(mule) : a.name },
    giftRecipient: rng.chance(0.5) ? a.email : freshLookingEmail(rng),
    pay: (b): Attempt[] => {
      const first = rng.int(5_000, 40_000);
      if (pay === 'paypal') return [other('paypal', rng.chance(0.9), first, 'do_not_honor')];
      if (pay === 'new')
        return stolenTries(rng, {
          cards: [stolen],
          fails: 0,
          succeed: rng.chance(0.8),
          amount: b.amount,
          match: 'wrong',
        });
      const card = a.cards[0] ?? stolen;
      return [
        cardAttempt(rng, card, b.amount, {
          entry: 'saved',
          match: 'good',
          ok: rng.chance(0.9),
          decline: 'do_not_honor',
          afterMs: first,
        }),
      ];
    },
    after: () =>
      fraudAfter(rng, {
        fulfilment,
        caught: 0.12,
        warning: 0.3,
        dispute: 0.55,
        refundWarned: 0.4,
        idCheck: 0.1,
        ...(how === 'redirect' ? { redirect: rng.pick(DROPS) } : {}),
      }),
  });
}

/** The devices and networks a farm of throw-away accounts shares across its orders. */
export interface Farm {
  devices: Device[];
  careful: boolean;
}

export const newFarm = (rng: Rng): Farm => {
  const careful = rng.chance(0.5);
  return { careful, devices: Array.from({ length: rng.int(1, 3) }, () => crewDevice(rng, careful)) };
};

/**
 * New accounts opened minutes before checkout, on disposable mail or addresses made to look real, by farms that
 * reuse a few devices: a stolen card, the welcome code, e-gift cards to another throw-away box, or AirPods and a
 * Switch to a drop or the counter.
 */
export function newAccountThrowaway(rng: Rng, w: World, farm: Farm): Purchase {
  const careful = farm.careful ? rng.chance(0.8) : rng.chance(0.2);
  const victim = resident(rng);
  const alias = person(rng, victim.prov);
  const at = placedAt(rng, w.window, careful ? PROVINCES[victim.prov].tz : -5, careful ? 'shopper' : 'night');
  const email = careful ? freshLookingEmail(rng) : throwawayEmail(rng, alias);
  const egift = rng.chance(0.5);
  const pickup = !egift && rng.chance(0.25);
  const fulfilment = egift ? 'email' : pickup ? 'pickup' : 'ship';
  const cards = Array.from({ length: careful ? 1 : rng.int(1, 3) }, () =>
    newCard(rng, 'CA', rng.chance(0.15) ? 'prepaid' : 'credit'),
  );
  return assemble({
    at,
    fraud: true,
    kind: 'new_account_throwaway',
    buyer: {
      id: `C${rng.int(2_100_000, 2_999_999)}`,
      email,
      name: fullName(careful ? victim.person : alias),
      createdAt: at - rng.int(2, 40) * MINUTE,
    },
    billing: victim.home,
    shipping: rng.chance(0.6) ? rng.pick(DROPS) : victim.home,
    fulfilment,
    lines: egift
      ? giftCards(rng)
      : [item(rng.pick(['AU-APP3', 'GM-NSW2', 'GM-PS5-SLIM', 'WR-AW11-45', 'TB-IPAD-11', 'AU-SONY-XM6']))],
    prov: pickup ? 'ON' : victim.prov,
    ip: crewIp(rng, careful, victim.prov),
    device: rng.pick(farm.devices),
    locale: victim.locale,
    pickup: { store: storeFor(rng), person: fullName(alias) },
    giftRecipient: careful ? freshLookingEmail(rng) : throwawayEmail(rng, person(rng, victim.prov)),
    ...(rng.chance(0.55) ? { code: { code: 'WELCOME10', pct: 10, min: 10_000 } } : {}),
    pay: (b) =>
      stolenTries(rng, {
        cards,
        fails: careful ? 0 : cards.length - 1,
        succeed: rng.chance(careful ? 0.85 : 0.6),
        amount: b.amount,
        match: careful ? 'good' : 'unknown',
        wallet: careful && rng.chance(0.15),
      }),
    after: () =>
      fraudAfter(rng, { fulfilment, caught: careful ? 0.08 : 0.2, warning: 0.4, dispute: 0.6, idCheck: 0.2 }),
  });
}

/** Someone cheating on their own order: an account from the base, or a guest at home; own card, own device. */
function own(rng: Rng, w: World, pool?: Account[]) {
  if (rng.chance(0.75)) {
    const a = rng.pick(pool && pool.length > 0 ? pool : w.customers);
    return {
      buyer: accountBuyer(a),
      prov: a.prov,
      home: a.home,
      ip: usualIp(rng, a),
      device: rng.pick(a.devices),
      cards: a.cards,
      locale: a.locale,
      signedIn: true,
      city: a.home.city,
    };
  }
  const r = resident(rng);
  return {
    buyer: { email: freshLookingEmail(rng), name: fullName(r.person) },
    prov: r.prov as Prov,
    home: r.home,
    ip: usualIp(rng, r),
    device: rng.pick(r.devices),
    cards: r.cards,
    locale: r.locale,
    signedIn: false,
    city: r.home.city,
  };
}

/**
 * Friendly fraud: a customer gets the console, the phone or the gift cards and tells the bank they never
 * arrived, or that the charge was not theirs; some are the buyer's own regret.
 */
export function friendlyFraud(rng: Rng, w: World): Purchase {
  const o = own(rng, w);
  const lines = rng.chance(0.2)
    ? giftCards(rng)
    : rng.chance(0.6)
      ? resaleLines(rng).filter((l) => l.category !== 'gift_card')
      : [item(rng.pick(['GM-PS5-SLIM', 'GM-NSW2-MK', 'AU-SONY-XM6', 'TV-65-MINILED', 'LP-ROG-G16']))];
  const fulfilment = rng.chance(0.15) && canPickUp({ home: o.home }) ? 'pickup' : 'ship';
  return assemble({
    at: placedAt(rng, w.window, PROVINCES[o.prov].tz),
    fraud: true,
    kind: 'friendly_fraud',
    buyer: o.buyer,
    billing: o.home,
    shipping: o.home,
    fulfilment,
    lines,
    prov: o.prov,
    ip: o.ip,
    device: o.device,
    locale: o.locale,
    pickup: { store: storeFor(rng, o.city), person: o.buyer.name },
    pay: (b) =>
      honestPay(
        rng,
        {
          cards: o.cards,
          signedIn: o.signedIn,
          country: 'CA',
          methods: [
            ['card', 75],
            ['apple_pay', 12],
            ['paypal', 13],
          ],
        },
        b.amount,
        0.03,
      ),
    after: (b) => {
      const out = honestAfter(rng, {
        fulfilment: b.lines.every((l) => l.category === 'gift_card') ? 'email' : fulfilment,
        amount: b.amount,
        remote: false,
        returns: 0,
      }).filter((e) => e.type === 'order.updated');
      const reason = rng.weightedPick<string>([
        ['product_not_received', 50],
        ['fraudulent', 35],
        ['product_unacceptable', 10],
        ['duplicate', 5],
      ]);
      if (reason === 'fraudulent' && rng.chance(0.5))
        out.push({ type: 'fraud_warning.created', afterMs: rng.int(5, 20) * DAY, reason: 'fraudulent' });
      out.push({ type: 'dispute.created', afterMs: rng.int(20, 70) * DAY, reason });
      return out;
    },
  });
}

/**
 * Refund abuse: a small set of customers who return a box with an old GPU or a brick in it, claim the parcel
 * never came though the carrier scanned it delivered, or claim damage for a partial refund; some come back.
 */
export function refundAbuse(rng: Rng, w: World): Purchase {
  const pool = w.customers.slice(0, Math.max(3, Math.floor(w.customers.length / 40)));
  const o = own(rng, w, pool);
  const lines = [
    item(
      rng.pick([
        'PC-RTX5080',
        'PC-RTX5070',
        'PH-IP17-128',
        'LP-MBA13-M4',
        'AU-SONY-XM6',
        'CM-GOPRO-13',
        'TB-IPADAIR-13',
        'GM-METAQ3',
        'PC-RYZEN7',
      ]),
    ),
  ];
  const fulfilment = rng.chance(0.2) && canPickUp({ home: o.home }) ? 'pickup' : 'ship';
  return assemble({
    at: placedAt(rng, w.window, PROVINCES[o.prov].tz),
    fraud: true,
    kind: 'refund_abuse',
    buyer: o.buyer,
    billing: o.home,
    shipping: o.home,
    fulfilment,
    lines,
    prov: o.prov,
    ip: o.ip,
    device: o.device,
    locale: o.locale,
    pickup: { store: storeFor(rng, o.city), person: o.buyer.name },
    pay: (b) => honestPay(rng, { cards: o.cards, signedIn: o.signedIn, country: 'CA' }, b.amount, 0.03),
    after: (b) => {
      const out: LaterEvent[] = honestAfter(rng, {
        fulfilment,
        amount: b.amount,
        remote: false,
        returns: 0,
      }).filter((e) => e.type === 'order.updated');
      const done = out.reduce((m, e) => Math.max(m, e.afterMs), HOUR);
      const roll = rng.next();
      if (roll < 0.55)
        out.push({ type: 'refund.created', afterMs: done + rng.int(3, 25) * DAY, reason: 'return' });
      else if (roll < 0.85)
        out.push({ type: 'refund.created', afterMs: done + rng.int(2, 10) * DAY, reason: 'not_received' });
      else
        out.push({
          type: 'refund.created',
          afterMs: done + rng.int(2, 12) * DAY,
          reason: 'damaged',
          amount: Math.round((b.amount * rng.int(30, 60)) / 100),
        });
      return out;
    },
  });
}
