import { DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type HeldCard, newCard } from './cards.js';
import { allowed, basketOf, fill, type Fulfilment, line, type Line, sku } from './catalogue.js';
import { accountWho, domesticRoute, guestWho, purchaseOf, remote, type Who, zoneOf } from './checkout.js';
import { drop, type Exit, exitIp, newRig, rigDevice, shifted, stolenTry } from './fraud-kit.js';
import { ipOf, pickNetwork } from './networks.js';
import { greekName, newDevice } from './people.js';
import { addressIn, ATTICA } from './places.js';
import {
  breakage,
  cardAttempt,
  codRefused,
  delivery,
  honestPay,
  type Method,
  paidNow,
  type Purchase,
  released,
  type Step,
  triedFor,
} from './purchase.js';
import { ABROAD_EVENING, CREW, GREEK_EVENING, placedAt } from './calendar.js';
import { GIFTS, PANTRY } from './shelves.js';
import { idOpenedAt, regular, type World } from './world.js';

/** Fraud through accounts and buyers' own hands: takeovers, broken-bottle refunds, cash-on-delivery refusals, friendly fraud. */

/**
 * Takeover of a loyal customer's account (a reused password from another site's breach): a new browser, a VPN,
 * Greek mobile data or a proxy near the victim, the saved card, e-gift cards or premium hampers sent to a
 * locker or a new address (sometimes changed after the order). The acquirer's risk exemption often spares the
 * saved card a challenge; when the issuer does challenge, the real holder's phone gets the code and nothing
 * passes, and the crew tries a card of its own. The owner sees the confirmation e-mail: the order is stopped if
 * it has not left, else the owner disputes.
 */
export function accountTakeover(rng: Rng, w: World, count: number): Purchase[] {
  const pool = [...w.by.local, ...w.by.diaspora, ...w.by.cypriot].filter(
    (a) => a.createdAt < w.window.start - 60 * DAY,
  );
  return Array.from({ length: count }, (_, i) => {
    const o = rng.fork(`ato${i}`);
    const a = regular(o, pool);
    const who = accountWho(o, a);
    const exit = o.weightedPick<Exit>([
      ['greek_mobile', 40],
      ['hosting', 40],
      ['residential', 20],
    ]);
    const device = rigDevice(o, newRig(o, false));
    const ecards = o.chance(0.28);
    const lines: Line[] = ecards
      ? [line('GC-100', o.int(2, 5))]
      : [
          line(o.pick(['HM-SYM', 'HM-AGO']), o.int(1, 3)),
          line(o.pick(['OO-KOR-5L', 'WN-VIN-500', 'SP-OUZ-PRM']), o.int(1, 3)),
        ];
    const moved = !ecards && a.home.country === 'GR' && o.chance(0.2);
    const to = drop(o);
    // A moved order first goes to the owner's own address, then is redirected to the drop.
    const fulfilment: Fulfilment = ecards
      ? 'email'
      : !moved && to.line1?.startsWith('BOX NOW')
        ? 'box_now'
        : 'courier';
    const basket = basketOf(lines, { zone: 'domestic', fulfilment });
    const saved = o.pick(a.cards);
    const first = o.int(30_000, 120_000);
    const exempt = o.chance(0.62);
    const attempts = exempt
      ? [
          cardAttempt(o, saved, basket.amount, {
            entry: 'saved',
            ok: o.chance(0.92),
            decline: 'do_not_honor',
            afterMs: first,
            threeDS: o.chance(0.6) ? 'exempt_tra' : 'frictionless',
          }),
        ]
      : [
          cardAttempt(o, saved, basket.amount, {
            entry: 'saved',
            ok: false,
            decline: 'authentication_failed',
            afterMs: first,
            threeDS: 'challenge_failed',
          }),
        ];
    if (!paidNow(attempts) && o.chance(0.45)) {
      const own: HeldCard = newCard(o, o.pick(['FR', 'DE', 'US', 'GB']));
      attempts.push(
        stolenTry(o, own, basket.amount, o.int(40_000, 4 * MINUTE), { otp: 0.35, pass: 0.8, match: 'wrong' }),
      );
    }
    const tried = triedFor(attempts);
    const at = placedAt(o, w.window, 2, CREW);
    const shippingLater = moved
      ? to.line1?.startsWith('BOX NOW')
        ? addressIn(o, 'GR', ATTICA)
        : to
      : undefined;
    let later: Step[];
    if (!paidNow(attempts)) later = [released(o, attempts)];
    else if (o.chance(0.33) && !ecards)
      later = [
        { type: 'order.cancelled', afterMs: tried + o.int(1, 14) * HOUR, reason: 'account_compromised' },
      ];
    else {
      const { steps } = delivery(o, { fulfilment, zone: 'domestic', readyAfter: tried + (moved ? HOUR : 0) });
      if (shippingLater)
        steps.unshift({
          type: 'order.updated',
          afterMs: tried + o.int(10, 50) * MINUTE,
          status: 'address_changed',
          shipping: shippingLater,
        });
      const paid = attempts.find((x) => x.ok);
      const liable = paid ? !shifted(paid) : true;
      if (o.chance(0.25))
        steps.push({
          type: 'fraud_warning.created',
          afterMs: o.int(3, 20) * DAY,
          reason: 'unauthorized_use_of_card',
        });
      if (o.chance(liable ? 0.6 : 0.1))
        steps.push({ type: 'dispute.created', afterMs: o.int(8, 45) * DAY, reason: 'fraudulent' });
      later = steps;
    }
    return purchaseOf({
      kind: 'account_takeover',
      fraud: true,
      at,
      buyer: who.buyer,
      billing: a.home,
      ...(ecards ? {} : { shipping: moved ? a.home : to }),
      fulfilment,
      zone: 'domestic',
      session: { ip: exitIp(o, exit, a.home.country), device },
      locale: a.locale,
      basket,
      paying: { method: 'card', attempts },
      later,
    });
  });
}

const BOTTLES: ReadonlyArray<readonly [string, number, number]> = [
  ['WN-ASY-750', 2, 6],
  ['OO-KAL-750', 2, 4],
  ['SP-OUZ-PRM', 1, 3],
  ['WN-VIN-500', 1, 3],
  ['HN-PIN-900', 1, 3],
  ['WN-XIN-750', 2, 6],
  ['SP-MAS-500', 1, 3],
];

/**
 * "The bottles arrived broken": glass-heavy orders, delivered, then a refund claim with a photo (the same photo
 * as last time, a bottle broken at home); the shop refunds rather than argue over a €40 bottle. Claimers come
 * back: two or three claims from one account in the weeks before Christmas. A few take it to PayPal.
 */
export function brokenBottleRefund(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  let k = 0;
  while (out.length < count) {
    const r = rng.fork(`claimer${k++}`);
    const aged = r.chance(0.6);
    const pool = r.chance(0.75) ? w.by.local : [...w.by.diaspora, ...w.by.cypriot];
    const opened = Math.floor(w.window.start + r.next() * 0.6 * (w.window.end - w.window.start));
    const guest = guestWho(r, 'GR', greekName(r));
    // A claimer: an account with a history, or one opened this month; they claim more than once.
    const c: { who: Who } = aged
      ? { who: accountWho(r, regular(r, pool)) }
      : {
          who: {
            ...guest,
            buyer: { ...guest.buyer, id: idOpenedAt(r, w, opened), createdAt: opened },
            signedIn: true,
          },
        };
    const country = c.who.home.country;
    const zone = zoneOf(country);
    const claims = Math.min(count - out.length, r.int(1, 3));
    for (let i = 0; i < claims; i++) {
      const o = r.fork(`o${i}`);
      const lines = o
        .shuffle(BOTTLES)
        .slice(0, o.int(1, 3))
        .map(([code, lo, hi]) => line(code, o.int(lo, hi)))
        .filter((l) => allowed(sku(l.sku), zone));
      const basketLines = lines.length > 0 ? lines : [line('OO-KAL-750', 3)];
      const fulfilment: Fulfilment =
        zone === 'domestic'
          ? domesticRoute(
              o,
              c.who.home,
              ATTICA.some((x) => x.name === c.who.home.city),
            )
          : 'international';
      const method: Method =
        zone === 'domestic'
          ? o.chance(0.25)
            ? 'cod'
            : o.chance(0.3)
              ? 'paypal'
              : 'card'
          : o.chance(0.35)
            ? 'paypal'
            : 'card';
      const basket = basketOf(basketLines, {
        zone,
        fulfilment: fulfilment === 'shop_pickup' ? 'courier' : fulfilment,
        cod: method === 'cod',
      });
      const paying = honestPay(
        o,
        { cards: c.who.cards, country, signedIn: true },
        basket.amount,
        method,
        0.02,
      );
      const route = {
        fulfilment: fulfilment === 'shop_pickup' ? ('courier' as const) : fulfilment,
        zone,
        remote: remote(c.who.home),
      };
      let later: Step[];
      if (method !== 'cod' && !paidNow(paying.attempts)) later = [released(o, paying.attempts)];
      else {
        const { steps, at } = delivery(o, { ...route, readyAfter: triedFor(paying.attempts) });
        if (method === 'cod') steps.push({ type: 'payment.succeeded', afterMs: at + o.int(1, 10) * MINUTE });
        const full = o.chance(0.45);
        steps.push({
          type: 'refund.created',
          afterMs: at + o.int(6, 72) * HOUR,
          reason: 'damaged_in_transit',
          amount: full ? basket.amount : Math.min(basket.amount, breakage(basket) * o.int(1, 3)),
        });
        if (method === 'paypal' && o.chance(0.2))
          steps.push({
            type: 'dispute.created',
            afterMs: at + o.int(5, 20) * DAY,
            reason: 'not_as_described',
          });
        later = steps;
      }
      const drawn = placedAt(
        o,
        w.window,
        c.who.home.tz,
        zone === 'domestic' ? GREEK_EVENING : ABROAD_EVENING,
      );
      const since = c.who.buyer.createdAt ?? 0;
      const at = drawn > since ? drawn : Math.min(w.window.end - 1, since + o.int(10, 3 * 24 * 60) * MINUTE);
      out.push(
        purchaseOf({
          kind: 'broken_bottle_refund',
          fraud: true,
          at,
          buyer: c.who.buyer,
          billing: c.who.home,
          shipping: c.who.home,
          fulfilment: route.fulfilment,
          zone,
          session: c.who.session,
          locale: c.who.locale,
          basket,
          paying,
          later,
        }),
      );
    }
  }
  return out;
}

/**
 * Cash on delivery never paid: a buyer who orders a hamper and oil "to decide at the door" and refuses it,
 * someone ordering in a neighbour's or an ex's name as a prank, a serial refuser under several names from the
 * same phone to the same street. The shop pays the courier both ways and loses the feta.
 */
export function codRefusal(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  let k = 0;
  while (out.length < count) {
    const r = rng.fork(`refuser${k++}`);
    const device = newDevice(r);
    const phone = pickNetwork(r, 'GR', 'mobile');
    const home = addressIn(r, 'GR');
    const orders = Math.min(
      count - out.length,
      r.weightedPick([
        [1, 55],
        [2, 30],
        [3, 15],
      ] as const),
    );
    for (let i = 0; i < orders; i++) {
      const o = r.fork(`o${i}`);
      const person = greekName(o);
      const guest = guestWho(o, 'GR', person);
      const to =
        i === 0 || o.chance(0.5)
          ? home
          : { ...home, line1: `${home.line1?.replace(/\d+$/, '') ?? ''}${o.int(1, 90)}` };
      const attica = ATTICA.some((c) => c.name === to.city);
      const fulfilment: Fulfilment = attica && o.chance(0.3) ? 'box_now' : 'courier';
      const lines = o.chance(0.5)
        ? [line(o.pick(['HM-AGO', 'HM-SYM', 'HM-XNL']), 1), ...fill(o, 'domestic', PANTRY, o.int(0, 2))]
        : fill(o, 'domestic', GIFTS, o.int(2, 5), 3);
      const basket = basketOf(lines, { zone: 'domestic', fulfilment, cod: true });
      out.push(
        purchaseOf({
          kind: 'cod_refusal',
          fraud: true,
          at: placedAt(o, w.window, 2, GREEK_EVENING),
          buyer: guest.buyer,
          billing: to,
          shipping: to,
          fulfilment,
          zone: 'domestic',
          session: i === 0 || o.chance(0.7) ? { ip: ipOf(o, phone), device } : guest.session,
          locale: 'el-GR',
          basket,
          paying: { method: 'cod', attempts: [] },
          later: codRefused(
            o,
            { fulfilment, zone: 'domestic', remote: remote(to) },
            o.pick(['refused_at_door', 'not_at_address', 'refused_at_door']),
          ),
        }),
      );
    }
  }
  return out;
}

/**
 * Friendly fraud: ordinary customers, honest-looking in every way, who receive the hamper and then dispute it:
 * "never arrived" (a gift to parents who did receive it), "I don't recognise this charge", "the feta was
 * spoiled"; by PayPal claim or card chargeback, weeks later.
 */
export function friendlyFraud(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, (_, i) => {
    const o = rng.fork(`ff${i}`);
    const diaspora = o.chance(0.35);
    const who = diaspora
      ? accountWho(o, regular(o, w.by.diaspora))
      : o.chance(0.55)
        ? accountWho(o, regular(o, w.by.local))
        : guestWho(o, 'GR', greekName(o));
    const to = diaspora ? (who.account?.family ?? addressIn(o, 'GR')) : who.home;
    const attica = ATTICA.some((c) => c.name === to.city);
    const fulfilment: Fulfilment = domesticRoute(o, to, attica);
    const route = {
      fulfilment: fulfilment === 'shop_pickup' ? ('courier' as const) : fulfilment,
      zone: 'domestic' as const,
      remote: remote(to),
    };
    const lines = fill(o, 'domestic', GIFTS, o.int(1, 3), 2);
    const method: Method = o.chance(0.3) ? 'paypal' : 'card';
    const basket = basketOf(lines, { zone: 'domestic', fulfilment: route.fulfilment });
    const paying = honestPay(
      o,
      { cards: who.cards, country: who.home.country, signedIn: who.signedIn },
      basket.amount,
      method,
      0,
    );
    let later: Step[];
    if (!paidNow(paying.attempts)) later = [released(o, paying.attempts)];
    else {
      const { steps, at } = delivery(o, { ...route, readyAfter: triedFor(paying.attempts) });
      const reason =
        method === 'paypal'
          ? o.pick(['item_not_received', 'item_not_received', 'not_as_described'])
          : o.weightedPick<string>([
              ['product_not_received', 45],
              ['unrecognized', 20],
              ['product_unacceptable', 20],
              ['fraudulent', 15],
            ]);
      steps.push({ type: 'dispute.created', afterMs: at + o.int(12, 70) * DAY, reason });
      later = steps;
    }
    return purchaseOf({
      kind: 'friendly_fraud',
      fraud: true,
      at: placedAt(o, w.window, who.home.tz, diaspora ? ABROAD_EVENING : GREEK_EVENING),
      buyer: who.buyer,
      billing: who.home,
      shipping: to,
      fulfilment: route.fulfilment,
      zone: 'domestic',
      session: who.session,
      locale: who.locale,
      basket,
      paying,
      later,
    });
  });
}
