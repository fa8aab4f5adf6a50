import { type Rng } from '../kit/random.js';
import { connection, guestBuyer, guestLike, type World } from './build.js';
import { after, EVENINGS, moment, NIGHT } from './calendar.js';
import { type Decline, type HeldCard, type Match, newCard, sameBin, usBin } from './cards.js';
import {
  basketOf,
  cheapest,
  everyday,
  giftCardsToCash,
  onlyGiftCards,
  resellable,
  type Shipping,
} from './catalogue.js';
import {
  botDevice,
  fraudAfter,
  freshAccount,
  lookalike,
  sloppyDevice,
  sloppyNetwork,
  throwaway,
} from './fraud-kit.js';
import { pickNetwork } from './networks.js';
import { deviceOf, emailOf, personFrom } from './people.js';
import { dropAddress, homeIn, pickRegion, RESHIPPERS, suiteAt, taxRate, type Where } from './places.js';
import { type Attempt, cardAttempt, firstAuth, type Purchase, retryGap } from './purchase.js';

/** Fraud with other people's cards: testing, sloppy reshipping, careful fullz, gift-card cash-outs, triangulation. */

/** A run of card tries on cheap items, each next try declined or not, new cards from the same BINs. */
function cardRun(
  rng: Rng,
  cards: () => HeldCard,
  amount: number,
  o: {
    tries: number;
    success: number;
    match: Match;
    cvcRight: number;
    declines: ReadonlyArray<readonly [Decline, number]>;
  },
): Attempt[] {
  const out: Attempt[] = [];
  for (let i = 0; i < o.tries; i++) {
    const ok = rng.chance(o.success);
    out.push(
      cardAttempt(rng, cards(), amount, {
        match: o.match,
        ok,
        cvcRight: rng.chance(o.cvcRight),
        afterMs: i === 0 ? rng.int(2_000, 12_000) : rng.int(4_000, 40_000),
        ...(ok ? {} : { decline: rng.weightedPick(o.declines) }),
      }),
    );
    if (ok) break;
  }
  return out;
}

const TEST_DECLINES: ReadonlyArray<readonly [Decline, number]> = [
  ['incorrect_cvc', 22],
  ['do_not_honor', 18],
  ['insufficient_funds', 12],
  ['generic_decline', 12],
  ['card_velocity_exceeded', 8],
  ['stolen_card', 6],
  ['lost_card', 5],
  ['expired_card', 8],
  ['incorrect_zip', 6],
  ['pickup_card', 3],
];

/**
 * Card testing: a crew's script buys the cheapest things (tees, a ball marker, a glove, a $25 e-gift card) as guests
 * in night-time bursts, a try every minute or two, cards drawn from two or three BINs, guessed billing addresses,
 * rotating hosting or proxy IPs; most are declined. What gets through is warned about, refunded or disputed.
 */
export function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  let left = count;
  let session = 0;
  while (left > 0) {
    const s = rng.fork(`session${session++}`);
    const size = Math.min(left, s.int(6, 16));
    left -= size;
    const bins = Array.from({ length: s.int(1, 3) }, () => usBin(s, s.chance(0.7) ? 'credit' : 'debit'));
    const net = s.chance(0.7) ? pickNetwork(s, 'US', 'hosting') : sloppyNetwork(s);
    const device = botDevice(s);
    const drop = dropAddress(s);
    let t = moment(s, w.window, -5, NIGHT);
    for (let i = 0; i < size; i++) {
      t = i === 0 ? t : after(t, s.int(15_000, 150_000), w.window);
      const p = personFrom(s, 'US', 0.7);
      const guess = homeIn(s, pickRegion(s, 'US'));
      const lines = cheapest(s);
      const email = onlyGiftCards(lines);
      const shipping: Shipping = email ? 'email' : 'ground';
      const basket = basketOf(lines, { shipping, taxRate: email ? 0 : taxRate(drop) });
      const attempts = cardRun(s, () => sameBin(s, s.pick(bins)), basket.amount, {
        tries: s.weightedPick([
          [1, 5],
          [2, 3],
          [3, 2],
        ]),
        success: 0.12,
        match: 'none',
        cvcRight: 0.5,
        declines: TEST_DECLINES,
      });
      out.push({
        at: t,
        fraud: true,
        kind: 'card_testing',
        basket,
        billing: guess,
        buyer: guestBuyer(
          p,
          `${s.token(s.int(6, 10))}${s.digits(3)}@${s.pick(['gmail.com', 'outlook.com', 'mail.com', 'yahoo.com'])}`,
        ),
        ...(email ? { recipientEmail: `${s.token(8)}@gmail.com` } : { shipping: drop }),
        fulfilment: shipping,
        ...connection(s, net, device, 0),
        attempts,
        later: fraudAfter(s, shipping, { warning: 0.3, dispute: 0.2, refundOnWarning: 0.6 }),
      });
    }
  }
  return out;
}

/** A reshipper's suite or a drop house; crews keep a few and reuse them. */
function dropsOf(rng: Rng): Where[] {
  return Array.from({ length: rng.int(2, 4) }, () =>
    rng.chance(0.6) ? suiteAt(rng, rng.pick(RESHIPPERS)) : dropAddress(rng),
  );
}

/**
 * Sloppy stolen cards: resellable clubs and gadgets, two or three of a driver at a time, shipped fast to a reshipper
 * or a drop house, e-mails that do not go with the name, VPNs and foreign IPs, old browsers, a second and third card
 * after a decline.
 */
export function stolenCardReship(rng: Rng, w: World, count: number): Purchase[] {
  const drops = dropsOf(rng);
  const devices = Array.from({ length: rng.int(1, 3) }, () => sloppyDevice(rng));
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`o${i}`);
    const holder = guestLike(r, 'US');
    const at = moment(r, w.window, holder.tz, r.chance(0.6) ? NIGHT : EVENINGS);
    const mule = r.chance(0.3) ? personFrom(r, 'US') : holder;
    const email = throwaway(r, mule);
    const dest = r.chance(0.75) ? r.pick(drops) : dropAddress(r);
    const lines = resellable(r, true);
    const shipping: Shipping = r.weightedPick([
      ['ground', 30],
      ['express', 45],
      ['overnight', 25],
    ]);
    const basket = basketOf(lines, { shipping, taxRate: taxRate(dest) });
    const match: Match = r.weightedPick([
      ['exact', 40],
      ['zip_only', 30],
      ['none', 30],
    ]);
    const attempts: Attempt[] = [];
    let tries = 1 + (r.chance(0.45) ? 1 : 0) + (r.chance(0.3) ? 1 : 0);
    while (tries-- > 0) {
      const ok = tries === 0 ? r.chance(0.75) : r.chance(0.3);
      const card = newCard(r, 'US', r.chance(0.85) ? 'credit' : 'debit');
      attempts.push(
        cardAttempt(r, card, basket.amount, {
          match,
          ok,
          afterMs: attempts.length === 0 ? firstAuth(r) : retryGap(r),
          ...(ok
            ? {}
            : {
                decline: r.weightedPick<Decline>([
                  ['do_not_honor', 30],
                  ['stolen_card', 15],
                  ['insufficient_funds', 15],
                  ['incorrect_zip', 15],
                  ['card_velocity_exceeded', 10],
                  ['fraudulent', 15],
                ]),
              }),
        }),
      );
      if (ok) break;
    }
    const device = r.chance(0.5) ? r.pick(devices) : sloppyDevice(r);
    return {
      at,
      fraud: true,
      kind: 'stolen_card_reship',
      basket,
      billing: holder.home,
      buyer: r.chance(0.15) ? freshAccount(r, at, mule, email) : guestBuyer(mule, email),
      shipping: dest,
      fulfilment: shipping,
      ...connection(r, sloppyNetwork(r), device, 0.15),
      attempts,
      later: fraudAfter(r, shipping, {
        warning: 0.4,
        dispute: 0.75,
        refundOnWarning: 0.6,
        ...(r.chance(0.12) ? { reroute: r.pick(drops) } : {}),
      }),
    };
  });
}

/**
 * Careful crews with full cardholder details: the right billing address and code, an e-mail in the holder's name,
 * a residential proxy, a current iPhone or Windows browser, evening hours in the holder's time zone, ordinary
 * baskets, ground shipping to the holder's home (rerouted after checkout) or to a drop in the same metro.
 */
export function carefulStolenCard(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`o${i}`);
    const holder = guestLike(r, 'US');
    const at = moment(r, w.window, holder.tz, EVENINGS);
    const email = lookalike(r, holder);
    const lines = r.chance(0.4) ? everyday(r) : resellable(r, false);
    const toHome = r.chance(0.35);
    const dest = toHome ? holder.home : dropAddress(r, holder.home.state);
    const shipping: Shipping = r.chance(0.85) ? 'ground' : 'express';
    const basket = basketOf(lines, { shipping, taxRate: taxRate(dest) });
    const card = newCard(r, 'US', 'credit');
    const attempts = [
      cardAttempt(r, card, basket.amount, {
        entry: 'typed',
        match: 'exact',
        ok: !r.chance(0.1),
        afterMs: r.int(15_000, 90_000),
        decline: 'do_not_honor',
      }),
    ];
    if (!attempts[0]?.ok && r.chance(0.5))
      attempts.push(
        cardAttempt(r, card, basket.amount, {
          entry: 'typed',
          match: 'exact',
          ok: true,
          afterMs: r.int(4, 20) * 60_000,
        }),
      );
    const device = deviceOf(r, r.chance(0.6) ? 'iphone' : 'windows');
    return {
      at,
      fraud: true,
      kind: 'careful_stolen_card',
      basket,
      billing: holder.home,
      buyer: r.chance(0.2)
        ? freshAccount(r, at, holder, email, 3 * 24 * 3_600_000)
        : guestBuyer(holder, email),
      shipping: dest,
      fulfilment: shipping,
      ...connection(r, pickNetwork(r, 'US', r.chance(0.8) ? 'residential' : 'mobile'), device),
      attempts,
      later: fraudAfter(r, shipping, {
        warning: 0.3,
        dispute: 0.7,
        refundOnWarning: 0.5,
        ...(toHome && r.chance(0.5) ? { reroute: dropAddress(r, holder.home.state) } : {}),
      }),
    };
  });
}

/** Stolen cards turned into e-mailed gift cards of $250 and $500, several at once, sent to another inbox to sell. */
export function giftCardCashout(rng: Rng, w: World, count: number): Purchase[] {
  const inboxes = Array.from({ length: rng.int(1, 3) }, () => `${rng.token(9)}@gmail.com`);
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`o${i}`);
    const holder = guestLike(r, 'US');
    const at = moment(r, w.window, holder.tz, NIGHT);
    const p = r.chance(0.6) ? holder : personFrom(r, 'US');
    const basket = basketOf(giftCardsToCash(r), { shipping: 'email', taxRate: 0 });
    const attempts = cardRun(r, () => newCard(r, 'US', 'credit'), basket.amount, {
      tries: r.weightedPick([
        [1, 5],
        [2, 3],
        [3, 2],
      ]),
      success: 0.55,
      match: r.chance(0.5) ? 'exact' : 'zip_only',
      cvcRight: 0.9,
      declines: [
        ['do_not_honor', 30],
        ['stolen_card', 12],
        ['insufficient_funds', 15],
        ['transaction_not_allowed', 10],
        ['card_velocity_exceeded', 10],
        ['fraudulent', 13],
      ],
    });
    const purchase: Purchase = {
      at,
      fraud: true,
      kind: 'gift_card_cashout',
      basket,
      billing: holder.home,
      buyer: guestBuyer(p, throwaway(r, p)),
      fulfilment: 'email',
      recipientEmail: r.pick(inboxes),
      ...(r.chance(0.3) ? { giftMessage: 'Happy Father’s Day!' } : {}),
      ...connection(r, sloppyNetwork(r), r.chance(0.5) ? sloppyDevice(r) : deviceOf(r, 'iphone'), 0.1),
      attempts,
      later: fraudAfter(r, 'email', { warning: 0.45, dispute: 0.7, refundOnWarning: 0.5 }),
    };
    return purchase;
  });
}

/**
 * Triangulation: a crew sells new clubs cheaply on a marketplace, then buys each one here with a stolen card and has
 * it shipped by ground to the marketplace buyer, a real person at a real home in another state. The holder's details
 * are complete; the buyer's name and address are the marketplace buyer's; the e-mail is the crew's.
 */
export function triangulation(rng: Rng, w: World, count: number): Purchase[] {
  const crewDomain = rng.pick(['gmail.com', 'outlook.com', 'yahoo.com']);
  const crewDevice = deviceOf(rng, 'windows');
  return Array.from({ length: count }, (_, i) => {
    const r = rng.fork(`o${i}`);
    const holder = guestLike(r, 'US');
    const victim = guestLike(r, 'US');
    const at = moment(r, w.window, -5, EVENINGS);
    const lines = resellable(r, false);
    const basket = basketOf(lines, { shipping: 'ground', taxRate: taxRate(victim.home) });
    const named = r.chance(0.55) ? victim : holder;
    const email = r.chance(0.5)
      ? lookalike(r, named).replace(/@.*$/, `@${crewDomain}`)
      : emailOf(r, named, 'US');
    const card = newCard(r, 'US', 'credit');
    return {
      at,
      fraud: true,
      kind: 'triangulation',
      basket,
      billing: holder.home,
      buyer: guestBuyer(named, email),
      shipping: victim.home,
      fulfilment: 'ground' as const,
      ...connection(
        r,
        pickNetwork(r, 'US', 'residential'),
        r.chance(0.4) ? crewDevice : deviceOf(r, 'windows'),
      ),
      attempts: [
        cardAttempt(r, card, basket.amount, {
          match: 'exact',
          ok: !r.chance(0.08),
          decline: 'do_not_honor',
          afterMs: firstAuth(r),
        }),
      ],
      later: fraudAfter(r, 'ground', { warning: 0.35, dispute: 0.7, refundOnWarning: 0.4 }),
    };
  });
}
