import { accountBuyer, type Address, type Product } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { homeConnection, shopper } from './build.js';
import { BUDAPEST, type Hours, placeAt } from './calendar.js';
import {
  basketOf,
  type Basket,
  type Category,
  COLLECTIBLES,
  GIFTS,
  inForints,
  pickProducts,
  RESALEABLE,
  voucherOf,
} from './catalogue.js';
import { crewConnection, fraudPurchase, type Route, stolenAttempts } from './fraud-kit.js';
import { dispatch, release } from './fulfilment.js';
import { type Account } from './people.js';
import { budapestDrop, country, forwarder } from './places.js';
import {
  type Attempt,
  attemptsSpan,
  cardAttempt,
  DAY,
  honestPay,
  HOUR,
  type LaterEvent,
  MINUTE,
  type Payment,
  type Purchase,
  retryGap,
} from './purchase.js';
import { type World } from './world.js';

/**
 * Fraud through accounts and by buyers themselves: collectors' accounts taken over with leaked passwords and
 * their saved cards spent, genuine buyers who dispute a parcel they signed for, and claimers who report
 * porcelain broken in transit or send back a different piece.
 */

type Line = readonly [Product<Category>, number];

const hoursFor = (code: string): Hours => (['AE', 'SA', 'QA', 'KW'].includes(code) ? 'late' : 'home');

type Haul = 'drop' | 'pickup' | 'readdress' | 'vouchers';

/**
 * Account takeover: a leaked password (reused from another site's breach, or phished) opens an aged account;
 * from a new browser the attacker spends the saved card on pieces for a Budapest drop, a reservation a runner
 * collects, vouchers, or an order to the holder's home redirected before dispatch. The holder notices the
 * confirmation e-mail, or the statement weeks later.
 */
export function accountTakeover(rng: Rng, w: World, n: number): Purchase[] {
  const aged = w.customers.filter((a) => a.createdAt < w.window.start - 60 * DAY);
  const collectors = aged.filter((a) => a.collector);
  return Array.from({ length: n }, () => {
    const victim = rng.pick(rng.chance(0.6) && collectors.length > 0 ? collectors : aged);
    const domestic = victim.country === 'HU';
    const haul = rng.weightedPick<Haul>(
      domestic
        ? [
            ['drop', 40],
            ['pickup', 20],
            ['readdress', 15],
            ['vouchers', 25],
          ]
        : [
            ['drop', 50],
            ['readdress', 30],
            ['vouchers', 20],
          ],
    );
    const at = placeAt(rng, w.window, BUDAPEST, rng.chance(0.5) ? 'night' : 'late', 'flat');
    const vouchers = haul === 'vouchers';
    const away: Address =
      domestic || rng.chance(0.5) ? budapestDrop(rng) : forwarder(rng, rng.pick(['US', 'GB'] as const));
    const currency = vouchers ? 'HUF' : victim.currency;
    const lines: Line[] = vouchers
      ? [[voucherOf(rng.pick([50_000, 100_000, 200_000])), rng.int(1, 3)]]
      : pickProducts(rng, RESALEABLE, rng.chance(0.65) ? 1 : 2).map((p) => [p, 1]);
    const delivery = vouchers ? 'email' : haul === 'pickup' ? 'pickup' : 'courier';
    const shipping = haul === 'readdress' ? victim.home : haul === 'drop' ? away : undefined;
    const basket = basketOf(lines, {
      currency,
      delivery,
      ...(shipping ? { to: shipping.country } : {}),
    });
    const cards = rng.shuffle(victim.cards);
    const attempts = stolenAttempts(rng, cards, basket, {
      otp: domestic ? 0.45 : 0.3,
      through: 0.85,
      match: 'good',
      entry: 'saved',
    });
    const later = takeoverLater(rng, attempts, delivery, shipping, haul === 'readdress' ? away : undefined);
    const route = rng.weightedPick<Route>([
      ['local', 45],
      ['vpn', 35],
      ['proxy', 20],
    ]);
    return fraudPurchase(rng, {
      kind: 'account_takeover',
      at,
      buyer: accountBuyer(victim),
      billing: victim.home,
      ...(shipping ? { shipping } : {}),
      delivery,
      basket,
      attempts,
      later,
      ...crewConnection(rng, route, victim.country),
      locale: victim.locale,
      ...(vouchers
        ? { recipient: `${victim.email.split('@')[0]?.slice(0, 4)}${rng.digits(3)}@proton.me` }
        : {}),
    });
  });
}

function takeoverLater(
  rng: Rng,
  attempts: readonly Attempt[],
  delivery: 'email' | 'pickup' | 'courier',
  shipping: Address | undefined,
  redirect: Address | undefined,
): LaterEvent[] {
  if (!attempts.some((a) => a.ok)) return [release(rng, attempts)];
  const span = attemptsSpan(attempts);
  if (rng.chance(delivery === 'email' ? 0.2 : 0.35))
    return [
      {
        type: 'order.cancelled',
        afterMs: span + rng.int(1, 14) * HOUR,
        reason: 'fraud_reported_by_customer',
      },
    ];
  const out: LaterEvent[] = [];
  if (delivery === 'email')
    out.push({ type: 'order.updated', afterMs: span + rng.int(1, 4) * MINUTE, status: 'voucher_sent' });
  else if (delivery === 'pickup') {
    const ready = span + rng.int(2, 18) * HOUR;
    out.push(
      { type: 'order.updated', afterMs: ready, status: 'ready_for_pickup' },
      { type: 'order.updated', afterMs: ready + rng.int(1, 20) * HOUR, status: 'collected' },
    );
  } else {
    let from = span;
    if (redirect) {
      from = span + rng.int(20, 90) * MINUTE;
      out.push({ type: 'order.updated', afterMs: from, status: 'address_changed', shipping: redirect });
    }
    const zone = country((redirect ?? shipping)?.country ?? 'HU').zone;
    out.push(...dispatch(rng, from, zone, [14, 44]).events);
  }
  if (rng.chance(0.4))
    out.push({ type: 'refund.created', afterMs: span + rng.int(4, 20) * DAY, reason: 'fraudulent' });
  else out.push({ type: 'dispute.created', afterMs: span + rng.int(12, 50) * DAY, reason: 'fraudulent' });
  return out;
}

/** A genuine buyer's honest-looking order: who, from where, what and how they paid. */
function genuineOrder(rng: Rng, w: World, signedMix: { account: number; fresh: number; guest: number }) {
  const group = rng.weightedPick<'domestic' | 'foreign' | 'abroadHu'>([
    ['domestic', 55],
    ['foreign', 30],
    ['abroadHu', 15],
  ]);
  const pool = w[group];
  const probe = rng.pick(pool.length > 0 ? pool : w.customers);
  const at = placeAt(
    rng,
    w.window,
    probe.tz,
    hoursFor(probe.country),
    probe.country === 'HU' ? 'home' : 'abroad',
  );
  const s = shopper(
    rng,
    pool.filter((a) => a.country === probe.country),
    signedMix,
    { group: probe.group, code: probe.country },
    at,
  );
  const a: Account = s.account;
  const lines: Line[] = pickProducts(rng, rng.chance(0.6) ? GIFTS : COLLECTIBLES, rng.int(1, 3)).map((p) => [
    p,
    1,
  ]);
  const basket: Basket = basketOf(lines, { currency: a.currency, delivery: 'courier', to: a.home.country });
  return { s, a, at, basket };
}

/** These buyers want the goods: when their card is declined they type it again until it goes through. */
function paidInTheEnd(rng: Rng, payment: Payment, a: Account, basket: Basket): Payment {
  if (payment.offline || payment.attempts.some((x) => x.ok)) return payment;
  const card = rng.pick(a.cards);
  const forints = inForints(basket.amount, basket.currency);
  return {
    attempts: [
      ...payment.attempts,
      cardAttempt(rng, card, forints, { entry: 'typed', ok: true, afterMs: retryGap(rng) }),
    ],
  };
}

const DISPUTE_REASONS: ReadonlyArray<readonly [string, number]> = [
  ['product_not_received', 40],
  ['fraudulent', 30],
  ['product_unacceptable', 20],
  ['credit_not_processed', 10],
];

/**
 * Friendly fraud: a genuine buyer signs for the parcel, then tells the bank it never came, that the card was
 * not theirs ("my son ordered it"), that the piece was not as described, or that it was returned.
 */
export function friendlyFraud(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const { s, a, at, basket } = genuineOrder(rng, w, { account: 60, fresh: 25, guest: 15 });
    let payment = honestPay(
      rng,
      { cards: a.cards, country: a.country, signedIn: s.signed !== 'guest' },
      basket,
      {
        forint: a.currency === 'HUF',
        transfer: 0,
        voucher: false,
      },
    );
    payment = paidInTheEnd(rng, payment, a, basket);
    const span = attemptsSpan(payment.attempts);
    const d = dispatch(rng, span, country(a.home.country).zone);
    const reason = rng.weightedPick(DISPUTE_REASONS);
    const later: LaterEvent[] = [...d.events];
    if (reason === 'fraudulent' && rng.chance(0.5))
      later.push({
        type: 'fraud_warning.created',
        afterMs: d.deliverAt + rng.int(10, 30) * DAY,
        reason: 'fraudulent',
      });
    later.push({ type: 'dispute.created', afterMs: d.deliverAt + rng.int(20, 75) * DAY, reason });
    return fraudPurchase(rng, {
      kind: 'friendly_fraud',
      at,
      buyer: s.buyer,
      billing: a.home,
      shipping: a.home,
      delivery: 'courier',
      basket,
      attempts: payment.attempts,
      later,
      ...homeConnection(rng, a),
      locale: a.locale,
    });
  });
}

/**
 * Refund abuse: a handful of claimers per season. Porcelain does break in transit, so they report it broken
 * (photographing an old chipped piece), send back a different, damaged or copied piece for a refund, or say a
 * figurine was missing from the box.
 */
export function refundAbuse(rng: Rng, w: World, n: number): Purchase[] {
  const claimers = Array.from(
    { length: Math.max(2, Math.ceil(n / 2.5)) },
    () => genuineOrder(rng, w, { account: 100, fresh: 0, guest: 0 }).a,
  );
  return Array.from({ length: n }, () => {
    const a = rng.pick(claimers);
    const at = placeAt(rng, w.window, a.tz, hoursFor(a.country), a.country === 'HU' ? 'home' : 'abroad');
    const lines: Line[] = pickProducts(rng, rng.chance(0.5) ? GIFTS : COLLECTIBLES, rng.int(1, 2)).map(
      (p) => [p, 1],
    );
    const basket = basketOf(lines, { currency: a.currency, delivery: 'courier', to: a.home.country });
    let payment = honestPay(rng, { cards: a.cards, country: a.country, signedIn: true }, basket, {
      forint: a.currency === 'HUF',
      voucher: false,
    });
    payment = paidInTheEnd(rng, payment, a, basket);
    let ready = attemptsSpan(payment.attempts);
    const later: LaterEvent[] = [];
    if (payment.offline) {
      ready = rng.int(4, 60) * HOUR;
      later.push({ type: 'payment.succeeded', afterMs: ready, method: payment.offline });
    }
    const d = dispatch(rng, ready, country(a.home.country).zone);
    later.push(...d.events);
    const claim = rng.weightedPick<'broken' | 'switch' | 'missing'>([
      ['broken', 55],
      ['switch', 30],
      ['missing', 15],
    ]);
    const goods = basket.subtotal - basket.discount;
    const dearest = Math.max(...basket.lines.map((l) => l.price));
    if (claim === 'broken')
      later.push({
        type: 'refund.created',
        afterMs: d.deliverAt + rng.int(1, 4) * DAY,
        reason: 'damaged_in_transit',
        amount: goods,
      });
    else if (claim === 'switch')
      later.push({
        type: 'refund.created',
        afterMs: d.deliverAt + rng.int(10, 20) * DAY,
        reason: 'returned',
        amount: goods,
      });
    else
      later.push({
        type: 'refund.created',
        afterMs: d.deliverAt + rng.int(2, 6) * DAY,
        reason: 'item_missing',
        amount: Math.min(goods, dearest),
      });
    return fraudPurchase(rng, {
      kind: 'refund_abuse',
      at,
      buyer: accountBuyer(a),
      billing: a.home,
      shipping: a.home,
      delivery: 'courier',
      basket,
      attempts: payment.attempts,
      ...(payment.offline ? { offline: payment.offline } : {}),
      later,
      ...homeConnection(rng, a),
      locale: a.locale,
    });
  });
}
