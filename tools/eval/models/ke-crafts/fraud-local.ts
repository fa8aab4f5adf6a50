import { type Address, accountBuyer, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { placeAt } from './calendar.js';
import {
  basketOf,
  type Fulfilment,
  HOME_GIFTS,
  type Line,
  pickLines,
  RESELLABLE,
  TEA_AND_COFFEE,
} from './catalogue.js';
import { lineCount, NAIROBI_AGENTS, openedAt, type World } from './checkout.js';
import { device } from './devices.js';
import { cardFraudAfter, DAY, HOUR, MINUTE, stolenAttempts } from './fraud-kit.js';
import { ipOn } from './networks.js';
import { type Account, kenyan, kenyanMobile, kenyanName } from './people.js';
import { type Home, NAIROBI_TZ, nairobiHome, reshipper, upcountryHome } from './places.js';
import {
  type Attempt,
  attemptsTook,
  journey,
  type LaterEvent,
  MOBILE_MONEY_LIMIT,
  mobileMoney,
  type Purchase,
  unpaidRelease,
} from './purchase.js';

/** Kenya's own scams: M-Pesa tricks at the door and after, SIM-swap takeovers, first-order code farms. */

/** A Mombasa home, for the scams riders meet there too. */
const mombasaHome = (rng: Rng): Home => {
  for (let i = 0; i < 40; i++) {
    const h = upcountryHome(rng);
    if (h.city === 'Mombasa') return h;
  }
  return nairobiHome(rng, ['estate']);
};

/** Baskets worth reselling but under what riders may collect at the door (KES 50,000). */
function doorBasket(rng: Rng): Line[] {
  for (let i = 0; i < 20; i++) {
    const lines = pickLines(
      rng,
      'KES',
      rng.chance(0.6) ? RESELLABLE : HOME_GIFTS,
      lineCount(rng, [
        [1, 40],
        [2, 40],
        [3, 20],
      ]),
      0.3,
    );
    if (lines.reduce((s, l) => s + l.price * l.quantity, 0) <= 4_500_000) return lines;
  }
  return pickLines(rng, 'KES', HOME_GIFTS, 1, 0);
}

/**
 * M-Pesa scams: a pay-on-delivery buyer shows the rider a forged M-Pesa confirmation SMS and keeps the goods
 * (the shop finds no money when it reconciles the till); or a buyer pays by M-Pesa, collects, and then asks
 * the network to reverse the payment as "sent to the wrong number".
 */
export function mpesaScam(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`o${i}`);
    const at = placeAt(r, w.window, NAIROBI_TZ, 'kenya', 'mobile');
    const home = r.chance(0.82) ? nairobiHome(r, ['estate', 'middle', 'office']) : mombasaHome(r);
    const person = openedAt(
      kenyan(r, w.window.start, () => home),
      at,
      r,
      [3, 2 * 24 * 60],
    );
    const guest = r.chance(0.35);
    const fakeSms = r.chance(0.55);
    const lines = doorBasket(r);
    const rider: Fulfilment = home.city === 'Mombasa' ? 'rider_mombasa' : 'rider_nairobi';
    const fulfilment: Fulfilment = fakeSms ? rider : r.chance(0.55) ? 'shop_pickup' : rider;
    const basket = basketOf(lines, 'KES', fulfilment);
    let attempts: Attempt[] = [];
    let later: LaterEvent[];
    if (fakeSms) {
      const j = journey(r, fulfilment, 0);
      later = [
        ...j.steps,
        {
          type: 'payment.failed',
          afterMs: j.arrived + r.int(2, 26) * HOUR,
          reason: 'payment_not_received',
          collected: 'mpesa',
        },
      ];
    } else {
      attempts = mobileMoney(r, 'mpesa', 0.05);
      if (!attempts.some((a) => a.ok)) later = unpaidRelease(r, attempts);
      else {
        const j = journey(r, fulfilment, attemptsTook(attempts));
        later = [
          ...j.steps,
          { type: 'dispute.created', afterMs: j.arrived + r.int(3, 60) * HOUR, reason: 'reversal_request' },
        ];
      }
    }
    return {
      at,
      fraud: true,
      kind: 'mpesa_scam',
      basket,
      buyer: guest ? { email: person.email, name: person.name } : accountBuyer(person),
      billing: home.address,
      ...(fulfilment === 'shop_pickup' ? {} : { shipping: home.address }),
      fulfilment,
      ip: ipOn(r, kenyanMobile(r)),
      device: device(r, 'kenyan', 0.85),
      locale: 'en-KE',
      attempts,
      later,
    };
  });
}

/**
 * First-order code farms: a handful of fresh accounts a few minutes old, on one or two phones, the welcome
 * code on each, tea and coffee by the half-dozen to sell on, all collected from one pickup agent or delivered
 * to one flat; each paid from a different cheap line.
 */
export function promoAbuse(rng: Rng, w: World, n: number): Purchase[] {
  const out: Purchase[] = [];
  for (let k = 0; out.length < n; k++) {
    const ring = rng.fork(`ring${k}`);
    const size = Math.min(n - out.length, ring.int(3, 8));
    const phones: Device[] = Array.from({ length: ring.int(1, 2) }, () => device(ring, 'kenyan', 1));
    const home = nairobiHome(ring, ['estate', 'middle']);
    const drop: Address = ring.chance(0.6) ? ring.pick(NAIROBI_AGENTS) : home.address;
    const fulfilment: Fulfilment = drop === home.address ? 'rider_nairobi' : 'pickup_agent';
    const surname = kenyanName(ring).split(' ')[1] ?? 'Kamau';
    const start = placeAt(ring, w.window, NAIROBI_TZ, 'kenya', 'mobile');
    for (let i = 0; i < size; i++) {
      const r = ring.fork(`o${i}`);
      const at = Math.min(w.window.end - 1, start + i * r.int(10, 240) * MINUTE);
      const name = r.chance(0.5) ? `${kenyanName(r).split(' ')[0]} ${surname}` : kenyanName(r);
      const base: Account = kenyan(r, w.window.start, () => home);
      const person = openedAt(
        { ...base, name, email: `${name.toLowerCase().replace(/[^a-z]/g, '')}${r.int(1, 99)}@gmail.com` },
        at,
        r,
        [2, 20],
      );
      const lines = pickLines(
        r,
        'KES',
        TEA_AND_COFFEE,
        lineCount(r, [
          [1, 30],
          [2, 45],
          [3, 25],
        ]),
        0,
      ).map((l) => ({
        ...l,
        quantity: r.int(3, 6),
      }));
      const basket = basketOf(lines, 'KES', fulfilment, { code: 'KARIBU10' });
      const attempts = mobileMoney(r, r.chance(0.85) ? 'mpesa' : 'airtel_money', 0.06);
      const paid = attempts.some((a) => a.ok);
      out.push({
        at,
        fraud: true,
        kind: 'promo_abuse',
        basket,
        buyer: accountBuyer(person),
        billing: home.address,
        shipping: drop,
        fulfilment,
        ip: ipOn(r, kenyanMobile(r)),
        device: r.pick(phones),
        locale: 'en-KE',
        attempts,
        later: paid ? journey(r, fulfilment, attemptsTook(attempts)).steps : unpaidRelease(r, attempts),
      });
    }
  }
  return out;
}

/**
 * Account takeover. At home, by SIM swap: the fraudster has the victim's line moved to a new SIM, resets the
 * shop password and the M-Pesa PIN by SMS, and spends the wallet (or the saved card, answering the OTP that now
 * comes to them) on goods collected across town. Abroad, by reused passwords: a diaspora or tourist account's
 * saved card, with the delivery moved to a Nairobi pickup agent or a reshipper.
 */
export function accountTakeover(rng: Rng, w: World, n: number): Purchase[] {
  const aged = (a: Account, at: number) => at - a.createdAt > 60 * DAY;
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`o${i}`);
    const simSwap = r.chance(0.5);
    const at = placeAt(r, w.window, NAIROBI_TZ, 'flat', 'mobile');
    const pool = simSwap
      ? w.nairobi.filter((a) => aged(a, at))
      : [...w.people.diaspora, ...w.people.tourists].filter((a) => aged(a, at) && a.cards.length > 0);
    const victim =
      pool.length > 0 ? r.pick(pool) : (w.people.kenyans[0] ?? kenyan(r, w.window.start - 400 * DAY));
    const lines = pickLines(
      r,
      victim.currency,
      RESELLABLE,
      lineCount(r, [
        [1, 45],
        [2, 35],
        [3, 20],
      ]),
      0.25,
    );
    if (simSwap) {
      const how = r.weightedPick<Fulfilment>([
        ['pickup_agent', 60],
        ['shop_pickup', 25],
        ['rider_nairobi', 15],
      ]);
      const shipping =
        how === 'pickup_agent'
          ? r.pick(NAIROBI_AGENTS)
          : how === 'rider_nairobi'
            ? nairobiHome(r, ['estate']).address
            : undefined;
      const basket = basketOf(lines, 'KES', how);
      const useCard = victim.cards.length > 0 && (basket.amount > MOBILE_MONEY_LIMIT || r.chance(0.35));
      const attempts = useCard
        ? stolenAttempts(r, victim.cards, { match: 'good', okShare: 0.85, otpShare: 0.95, entry: 'saved' })
        : mobileMoney(r, 'mpesa', 0.08);
      const later = useCard
        ? cardFraudAfter(r, how, attempts, {
            caught: 0.05,
            warn: 0.4,
            warnDays: [2, 10],
            dispute: 0.85,
            disputeDays: [6, 40],
          })
        : walletAfter(r, how, attempts);
      return {
        at,
        fraud: true,
        kind: 'account_takeover',
        basket,
        buyer: accountBuyer(victim),
        billing: victim.home.address,
        ...(shipping ? { shipping } : {}),
        fulfilment: how,
        ip: ipOn(r, victim.mobile),
        device: device(r, 'kenyan', 0.9),
        locale: 'en-KE',
        attempts,
        later,
      };
    }
    const toNairobi = r.chance(0.5);
    const fulfilment: Fulfilment = toNairobi ? 'pickup_agent' : 'dhl_express';
    const shipping = toNairobi ? r.pick(NAIROBI_AGENTS) : reshipper(r);
    const basket = basketOf(lines, victim.currency, fulfilment);
    const attempts = stolenAttempts(r, victim.cards, {
      match: 'good',
      okShare: 0.85,
      otpShare: 0.05,
      entry: 'saved',
    });
    const net = r.weightedPick([
      ['vpn-us', 20],
      ['vpn-nl', 15],
      ['vpn-gb', 15],
      ['ke-mobile-1', 30],
      ['ng-mobile', 20],
    ] as const);
    return {
      at,
      fraud: true,
      kind: 'account_takeover',
      basket,
      buyer: accountBuyer(victim),
      billing: victim.billing,
      shipping,
      fulfilment,
      ip: ipOn(r, net),
      device: device(r, r.chance(0.5) ? 'office' : 'kenyan', 0.85),
      locale: victim.locale,
      attempts,
      later: cardFraudAfter(r, fulfilment, attempts, {
        caught: 0.1,
        warn: 0.45,
        dispute: 0.85,
        disputeDays: [8, 45],
      }),
    };
  });
}

/** A SIM-swap spend from the victim's wallet: collected fast; once the victim has the line back, a reversal claim. */
function walletAfter(rng: Rng, f: Fulfilment, attempts: readonly Attempt[]): LaterEvent[] {
  if (!attempts.some((a) => a.ok)) return unpaidRelease(rng, attempts);
  const j = journey(rng, f, attemptsTook(attempts));
  return rng.chance(0.75)
    ? [
        ...j.steps,
        { type: 'dispute.created', afterMs: j.arrived + rng.int(1, 6) * DAY, reason: 'unauthorized' },
      ]
    : j.steps;
}
