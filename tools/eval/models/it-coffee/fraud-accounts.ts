import { accountBuyer, DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { billingRun, DAYTIME, EVENING, LATE, moment, NIGHT } from './calendar.js';
import { newCard } from './cards.js';
import {
  ACCESSORIES,
  barista,
  basketOf,
  BEAN_TO_CUP,
  BEANS,
  ESPRESSO,
  GIFT_BOXES,
  GIFT_CARDS,
  GRINDERS,
  LEVER,
  type Line,
  lineIn,
  machineBetween,
  PLANS,
  TRADE_INS,
} from './catalogue.js';
import {
  byEmail,
  fromAccount,
  newShopper,
  purchaseOf,
  type Route,
  type Shopper,
  toDoor,
  toPickup,
} from './checkout.js';
import { crewEmail, fraudAfter } from './fraud-kit.js';
import { homeNetwork, hostingNetwork, mobileNetwork, network, type Network } from './networks.js';
import { fullName, newDevice, personName, type Platform } from './people.js';
import { currencyFor, homeIn, type Market, otherCity } from './places.js';
import {
  type Attempt,
  cardAttempt,
  delivery,
  type LaterEvent,
  other,
  paidAfter,
  type Purchase,
  retryGap,
} from './purchase.js';
import { agedAccount, anyAccount, nextSubscriber, type World } from './world.js';

/**
 * Fraud through accounts: takeovers of long-standing customers, customers disputing what they received
 * (friendly fraud), trade-in credit for a machine that never comes or is junk, and Scalapay or PayPal
 * instalments taken out in a stolen identity.
 */

/**
 * Account takeover: a long-standing account (often a subscriber with a saved card and a PayPal agreement)
 * logged into from a new device, through a proxy at home or a hosting exit; a top machine to a pick-up point
 * elsewhere or e-gift cards to the crew. The saved card's 3-D Secure prompt goes to the owner's phone, so the
 * crew falls back on the PayPal agreement; the owner, warned by the confirmation e-mail, calls or disputes.
 */
export function accountTakeover(rng: Rng, w: World): Purchase {
  const at = moment(rng, w.window, rng.chance(0.5) ? NIGHT : DAYTIME);
  const subs = w.people.subscribers;
  const a = subs.length > 0 && rng.chance(0.5) ? rng.pick(subs) : agedAccount(rng, w, 60);
  const where = rng.next();
  const net: Network =
    where < 0.45
      ? homeNetwork(rng, a.country)
      : where < 0.8
        ? hostingNetwork(rng)
        : network(rng.pick(['gb-fixed', 'us-cable', 'nl-hosting']));
  const base = fromAccount(rng, a, net);
  const s: Shopper = {
    ...base,
    buyer: accountBuyer(a),
    device: newDevice(
      rng,
      rng.weightedPick<Platform>([
        ['windows', 45],
        ['android', 25],
        ['mac', 15],
        ['iphone', 15],
      ]),
      0.85,
    ),
    locale: rng.chance(0.7) ? a.locale : 'en-US',
    channel: 'web',
  };
  const currency = currencyFor(a.country);
  const x = rng.next();
  let lines: Line[];
  let route: Route;
  let giftCardTo: string | undefined;
  if (x < 0.4) {
    lines = [lineIn(rng.pick(GIFT_CARDS.slice(2)), currency, rng.int(2, 4))];
    route = byEmail(a.country);
    giftCardTo = crewEmail(rng, personName(rng, a.country), rng.chance(0.5) ? 'random' : 'name', a.country);
  } else {
    lines =
      x < 0.85
        ? [lineIn(machineBetween(rng, [...BEAN_TO_CUP, ...ESPRESSO, ...LEVER], 100_000, 400_000), currency)]
        : [lineIn(machineBetween(rng, GRINDERS, 59_900, 120_000), currency), ...barista(rng, currency)];
    const city = otherCity(rng, a.country, a.home.city);
    route = rng.chance(0.5)
      ? toPickup(rng, a.country, city)
      : toDoor(
          rng,
          { ...homeIn(rng, a.country, city), country: a.country },
          fullName(personName(rng, a.country)),
        );
  }
  const basket = basketOf(lines, currency, route.fulfilment, route.country);
  const attempts: Attempt[] = [];
  const card = a.cards[0] ?? newCard(rng, a.country);
  const first = rng.int(15_000, 90_000);
  const vaulted = a.paypal || a.plan?.paypal === true;
  if (vaulted && rng.chance(0.45)) attempts.push(other('paypal', true, first));
  else if (basket.amount <= 50_000 && rng.chance(0.45))
    attempts.push(
      cardAttempt(rng, card, basket.amount, {
        entry: 'saved',
        ok: true,
        threeDS: 'exempt_tra',
        afterMs: first,
      }),
    );
  else {
    attempts.push(
      cardAttempt(rng, card, basket.amount, {
        entry: 'saved',
        ok: false,
        decline: 'authentication_failed',
        afterMs: first,
      }),
    );
    if (vaulted) attempts.push(other('paypal', true, retryGap(rng)));
    else {
      const second = a.cards[1];
      if (second)
        attempts.push(
          cardAttempt(rng, second, basket.amount, {
            entry: 'saved',
            ok: false,
            decline: 'authentication_failed',
            afterMs: retryGap(rng),
          }),
        );
      if (rng.chance(0.35)) {
        // A stolen card typed in on the taken-over account.
        const stolen = newCard(rng, rng.pick(['US', 'GB'] as const));
        attempts.push(
          cardAttempt(rng, stolen, basket.amount, {
            ok: rng.chance(0.5),
            threeDS: 'not_enrolled',
            afterMs: retryGap(rng),
            match: 'wrong',
            decline: 'do_not_honor',
          }),
        );
      }
    }
  }
  const paid = attempts.some((t) => t.ok);
  let later: LaterEvent[];
  if (paid && route.fulfilment !== 'email' && rng.chance(0.3)) {
    // The owner sees the confirmation e-mail and calls before dispatch.
    const p = paidAfter(attempts);
    later = [
      { type: 'order.cancelled', afterMs: p + rng.int(30, 240) * MINUTE, reason: 'account_compromised' },
      { type: 'refund.created', afterMs: p + rng.int(5, 8) * HOUR, reason: 'fraudulent' },
    ];
  } else
    later = fraudAfter(
      rng,
      { at, fulfilment: route.fulfilment, country: route.country, basket, attempts },
      {
        warn: 0.25,
        warnReason: 'unauthorized_use_of_card',
        warnDays: [2, 12],
        dispute: 0.55,
        disputeDays: [5, 35],
      },
    );
  if (paid && route.fulfilment === 'courier' && rng.chance(0.15)) {
    const moved = toPickup(rng, a.country, otherCity(rng, a.country, a.home.city));
    later.push({
      type: 'order.updated',
      afterMs: paidAfter(attempts) + rng.int(10, 90) * MINUTE,
      status: 'address_changed',
      ...(moved.shipping ? { shipping: moved.shipping } : {}),
    });
  }
  return purchaseOf({
    kind: 'account_takeover',
    fraud: true,
    at,
    shopper: s,
    basket,
    route,
    attempts,
    later,
    ...(giftCardTo ? { extra: { giftCardTo } } : {}),
  });
}

/**
 * Friendly fraud: a subscriber disputing a renewal as cancelled, a customer claiming a signed-for machine never
 * came, a family order disputed as not theirs; all from the customer's own account, device and line.
 */
export function friendlyFraud(rng: Rng, w: World): Purchase {
  const shape = rng.weightedPick([
    ['renewal', 35],
    ['not_received', 40],
    ['not_me', 25],
  ] as const);
  if (shape === 'renewal') {
    const a = nextSubscriber(w) ?? anyAccount(rng, w);
    const plan = a.plan ?? { item: rng.pick(PLANS), anchor: rng.next(), paypal: false };
    const at = billingRun(rng, w.window, plan.anchor);
    const currency = currencyFor(a.country);
    const lines = [lineIn(plan.item, currency)];
    const route = plan.pickup
      ? toPickup(rng, a.country, undefined, plan.pickup)
      : toDoor(rng, { ...a.home, country: a.country });
    const basket = basketOf(lines, currency, route.fulfilment, route.country);
    const card = a.cards[0] ?? newCard(rng, a.country);
    const attempts = plan.paypal
      ? [other('paypal', true, rng.int(2_000, 20_000))]
      : [
          cardAttempt(rng, card, basket.amount, {
            entry: 'merchant',
            ok: true,
            afterMs: rng.int(2_000, 20_000),
          }),
        ];
    const later = fraudAfter(
      rng,
      { at, fulfilment: route.fulfilment, country: route.country, basket, attempts },
      {
        warn: 0,
        dispute: 1,
        disputeReason: 'subscription_canceled',
        disputeDays: [12, 45],
      },
    );
    return purchaseOf({
      kind: 'friendly_fraud',
      fraud: true,
      at,
      shopper: fromAccount(rng, a),
      basket,
      route,
      attempts,
      later,
      unattended: true,
    });
  }
  const a = agedAccount(rng, w, 45);
  const s = fromAccount(rng, a);
  const at = moment(rng, w.window, shape === 'not_received' ? LATE : EVENING);
  const currency = currencyFor(a.country);
  const lines: Line[] =
    shape === 'not_received'
      ? [lineIn(machineBetween(rng, [...BEAN_TO_CUP, ...ESPRESSO, ...GRINDERS], 39_900, 240_000), currency)]
      : [
          lineIn(rng.pick(GIFT_BOXES), currency, rng.int(1, 3)),
          lineIn(rng.pick(BEANS), currency, rng.int(1, 3)),
        ];
  const route = toDoor(rng, { ...a.home, country: a.country });
  const basket = basketOf(lines, currency, route.fulfilment, route.country);
  const card = rng.pick(a.cards);
  const attempts =
    a.paypal && rng.chance(0.35)
      ? [other('paypal', true, rng.int(10_000, 80_000))]
      : [
          cardAttempt(rng, card, basket.amount, {
            entry: rng.chance(0.6) ? 'saved' : 'typed',
            ok: true,
            afterMs: rng.int(10_000, 80_000),
          }),
        ];
  const later = fraudAfter(
    rng,
    { at, fulfilment: route.fulfilment, country: route.country, basket, attempts },
    {
      warn: shape === 'not_me' ? 0.3 : 0,
      warnReason: 'unauthorized_use_of_card',
      dispute: 1,
      disputeReason: shape === 'not_received' ? 'product_not_received' : 'fraudulent',
      disputeDays: shape === 'not_received' ? [20, 55] : [15, 45],
    },
  );
  return purchaseOf({ kind: 'friendly_fraud', fraud: true, at, shopper: s, basket, route, attempts, later });
}

/**
 * Trade-in abuse: an account (usually opened days before) claims a top machine for the biggest credit; the
 * courier collects junk or nothing, the workshop rejects it, and the credit is gone with the new machine.
 */
export function tradeInAbuse(rng: Rng, w: World): Purchase {
  const at = moment(rng, w.window, LATE);
  const market = rng.weightedPick<Market>([
    ['IT', 70],
    ['DE', 10],
    ['FR', 8],
    ['ES', 7],
    ['AT', 5],
  ]);
  const s: Shopper = rng.chance(0.3)
    ? fromAccount(rng, agedAccount(rng, w, 20))
    : newShopper(rng, w, market, { registersAt: at - rng.int(1, 20) * DAY + rng.int(0, 600) * MINUTE });
  const currency = currencyFor(s.country);
  const machine = machineBetween(rng, [...ESPRESSO, ...LEVER, ...BEAN_TO_CUP], 119_000, 340_000);
  const lines = [
    lineIn(machine, currency),
    ...(rng.chance(0.3) ? [lineIn(rng.pick(ACCESSORIES.slice(4)), currency)] : []),
  ];
  const [model, credit] = rng.pick(TRADE_INS.slice(4));
  const route = toDoor(rng, { ...s.billing, country: s.country });
  const basket = basketOf(lines, currency, 'courier', s.country, {
    code: 'PERMUTA',
    credit: currency === 'CHF' ? Math.round(credit * 1.02) : credit,
  });
  const card = s.cards[0] ?? newCard(rng, s.country);
  const attempts =
    s.country !== 'CH' && basket.amount <= 200_000 && rng.chance(0.35)
      ? [other('scalapay', true, rng.int(30_000, 150_000))]
      : [
          cardAttempt(rng, card, basket.amount, {
            ok: true,
            threeDS: 'challenge_passed',
            afterMs: rng.int(30_000, 150_000),
          }),
        ];
  const { events, delivered } = delivery(rng, {
    at,
    fulfilment: 'courier',
    country: s.country,
    basket,
    attempts,
  });
  const junk = rng.chance(0.7);
  const later: LaterEvent[] = [...events];
  if (junk) {
    const received = delivered + rng.int(3, 8) * DAY;
    later.push(
      { type: 'order.updated', afterMs: delivered + rng.int(1, 30) * MINUTE, status: 'trade_in_collected' },
      { type: 'order.updated', afterMs: received, status: 'trade_in_received' },
      {
        type: 'order.updated',
        afterMs: received + rng.int(1, 3) * DAY,
        status: 'trade_in_rejected',
        reason: rng.pick(['not_as_described', 'parts_missing', 'not_working']),
      },
    );
  } else
    later.push(
      {
        type: 'order.updated',
        afterMs: delivered + rng.int(1, 30) * MINUTE,
        status: 'trade_in_not_handed_over',
      },
      {
        type: 'order.updated',
        afterMs: delivered + rng.int(14, 21) * DAY,
        status: 'trade_in_rejected',
        reason: 'not_received',
      },
    );
  if (rng.chance(0.15))
    later.push({
      type: 'dispute.created',
      afterMs: delivered + rng.int(25, 50) * DAY,
      reason: 'product_unacceptable',
    });
  return purchaseOf({
    kind: 'trade_in_abuse',
    fraud: true,
    at,
    shopper: s,
    basket,
    route,
    attempts,
    later,
    extra: { tradeIn: { model, credit: basket.discount } },
  });
}

/**
 * Instalments in a stolen identity: an account opened minutes before in the victim's name and address, on a
 * phone on mobile data, a machine under the €2,000 limit on Scalapay or PayPal in three, delivered to a
 * pick-up point in another city; the provider's fraud report follows when the victim is chased.
 */
export function bnplIdentity(rng: Rng, w: World): Purchase {
  const at = moment(rng, w.window, EVENING);
  const victim = rng.weightedPick<Market>([
    ['IT', 60],
    ['ES', 25],
    ['FR', 15],
  ]);
  const person = personName(rng, victim);
  const home = homeIn(rng, victim);
  const s = newShopper(rng, w, victim, {
    person,
    email: crewEmail(rng, person, 'name', victim),
    home,
    platform: rng.chance(0.6) ? 'android' : 'iphone',
    network: rng.chance(0.6) ? mobileNetwork(rng, victim) : homeNetwork(rng, victim),
    registersAt: at,
  });
  const currency = currencyFor(victim);
  const machine = machineBetween(rng, [...BEAN_TO_CUP, ...ESPRESSO, ...LEVER], 69_900, 199_000);
  const lines = [lineIn(machine, currency)];
  const grinder = machineBetween(rng, GRINDERS, 27_900, 60_000);
  if (rng.chance(0.3) && machine.price + grinder.price <= 195_000) lines.push(lineIn(grinder, currency));
  const route = rng.chance(0.6)
    ? toPickup(rng, victim, otherCity(rng, victim, home.city))
    : toDoor(
        rng,
        { ...homeIn(rng, victim, otherCity(rng, victim, home.city)), country: victim },
        fullName(personName(rng, victim)),
      );
  const basket = basketOf(lines, currency, route.fulfilment, victim);
  const attempts: Attempt[] = [];
  const first = rng.int(60_000, 240_000);
  const pi3 = victim === 'IT' || victim === 'ES';
  if (rng.chance(0.35)) {
    attempts.push(other('scalapay', false, first, 'bnpl_declined'));
    attempts.push(
      other(
        pi3 && rng.chance(0.7) ? 'paypal_pay_in_3' : 'scalapay',
        rng.chance(0.8),
        retryGap(rng),
        'bnpl_declined',
      ),
    );
  } else attempts.push(other(pi3 && rng.chance(0.3) ? 'paypal_pay_in_3' : 'scalapay', true, first));
  const later = fraudAfter(
    rng,
    { at, fulfilment: route.fulfilment, country: victim, basket, attempts },
    {
      review: 0.05,
      warn: 0.55,
      warnReason: 'identity_theft',
      warnDays: [20, 45],
      dispute: 0.4,
      disputeDays: [25, 60],
    },
  );
  return purchaseOf({
    kind: 'bnpl_identity_fraud',
    fraud: true,
    at,
    shopper: s,
    basket,
    route,
    attempts,
    later,
  });
}
