import { accountBuyer, DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { familySet, type Lines, outfit } from './baskets.js';
import { PENINSULAR_CUTOFF, when } from './calendar.js';
import { FPX_BANKS, newCard } from './cards.js';
import { basketOf, CATALOGUE as C, type Delivery, PREMIUM_BATIK, RESALEABLE } from './catalogue.js';
import { deliveryTo, type Draft, hoursOf, localeOf, purchase, visit, type World } from './checkout.js';
import { newDevice } from './devices.js';
import { dropAddress, fraudEnding, throwaway } from './fraud-kit.js';
import { homeNetwork, ipOn, network } from './networks.js';
import { aged, type Customer, malayName, phoneFor } from './people.js';
import { addressIn, MALAYSIA } from './places.js';
import {
  type Attempt,
  cardAttempt,
  CARD_METHODS,
  firstAuth,
  fulfil,
  type LaterEvent,
  type Method,
  other,
  paidAfter,
  type Purchase,
  releaseUnpaid,
  retryGap,
} from './purchase.js';

/** Fraud through accounts and accounts' money: takeovers, hijacked bank and wallet accounts, friendly fraud. */

/** Accounts worth taking over: aged, with a saved card or points, in Malaysia or Singapore. */
function targets(w: World): Customer[] {
  const all = w.customers.all.filter(
    (c) =>
      (c.segment === 'peninsular' || c.segment === 'sg' || c.segment === 'east') && aged(c, w.window.start),
  );
  const rich = all.filter((c) => c.cards.length > 0 || c.points > 0);
  return rich.length > 0 ? rich : all;
}

/**
 * Account takeover: a password from an old breach tried on the shop (credential stuffing from datacentres and
 * proxies, or a phone), the account's saved card or its Raya points spent on vouchers or resaleable pieces, sent
 * to a new address or a runner at the counter; a fifth redirect an order's parcel after checkout. Malaysian saved
 * cards still ask for the OTP, which goes to the owner's phone, so many stop there. The owner complains, or
 * their bank disputes.
 */
export function accountTakeover(rng: Rng, w: World, n: number): Purchase[] {
  const pool = targets(w);
  return Array.from({ length: n }, () => {
    const c = rng.pick(pool);
    const at = when(rng, w.window, { tz: 8, rhythm: rng.chance(0.45) ? 'night' : 'shopper' });
    const net = rng.weightedPick([
      [network(rng.pick(['hosting-sg', 'hosting-de', 'hosting-nl', 'hosting-us'])), 40],
      [homeNetwork(rng, 'MY', 'mobile'), 50],
      [homeNetwork(rng, 'ID', 'mobile'), 10],
    ] as const);
    const redirect = c.market.currency === 'MYR' && rng.chance(0.25);
    const vouchers = !redirect && rng.chance(0.35);
    const currency = c.market.currency;
    const drop = dropAddress(rng);
    const target = redirect ? c.home : drop;
    const delivery: Delivery = vouchers
      ? 'email'
      : !redirect && currency === 'MYR' && rng.chance(0.3)
        ? 'pickup'
        : deliveryTo(target);
    const lines: Lines = vouchers
      ? [[rng.chance(0.5) ? C.voucher200 : C.voucher500, rng.int(1, 3)]]
      : [[rng.pick([...RESALEABLE, ...PREMIUM_BATIK]), 1]];
    const basket = basketOf(lines, currency, delivery);
    const usePoints = c.points >= basket.amount && currency === 'MYR';
    const card = c.cards[0] ?? newCard(rng, c.market.country);
    const attempts: Attempt[] = [];
    if (usePoints) attempts.push(other('store_credit', true, rng.int(5_000, 30_000)));
    else {
      const otp = card.country === 'MY' || card.country === 'SG';
      const through = rng.chance(otp ? 0.4 : 0.85);
      attempts.push(
        cardAttempt(rng, card, {
          entry: 'saved',
          ok: through,
          afterMs: firstAuth(rng),
          ...(through
            ? { threeDS: otp ? 'frictionless' : 'not_enrolled' }
            : { decline: 'authentication_failed' }),
        }),
      );
      if (!through && rng.chance(0.3))
        attempts.push(
          cardAttempt(rng, card, {
            entry: 'saved',
            ok: false,
            afterMs: retryGap(rng),
            decline: 'authentication_failed',
          }),
        );
    }
    const d: Draft = {
      at,
      buyer: accountBuyer(c),
      phone: rng.chance(0.5) ? phoneFor(rng, 'MY') : c.phone,
      billing: { ...c.home },
      ...(delivery === 'email' || delivery === 'pickup' ? {} : { shipping: { ...target } }),
      delivery,
      ip: ipOn(rng, net),
      device: newDevice(rng, { desktop: 0.4 }),
      locale: localeOf(rng, c),
      channel: 'web',
      method: usePoints ? 'store_credit' : 'card',
      basket,
    };
    const paid = paidAfter(attempts);
    let later: LaterEvent[];
    if (paid === undefined) later = [releaseUnpaid(rng, attempts)];
    else if (rng.chance(0.25))
      later = [
        { type: 'order.cancelled', afterMs: paid + rng.int(20, 600) * MINUTE, reason: 'account_compromised' },
      ];
    else {
      later = fraudEnding(
        rng,
        w,
        { at, attempts, delivery },
        {
          caught: 0,
          warning: usePoints ? 0 : 0.4,
          warningReason: 'unauthorized_use_of_card',
          warningDays: [2, 12],
          dispute: usePoints ? 0 : 0.7,
          disputeReason: 'fraudulent',
          disputeDays: [7, 40],
          ...(usePoints ? { reversal: { share: 0.8, reason: 'account_compromised' } } : {}),
        },
      );
      if (redirect)
        later.push({
          type: 'order.updated',
          afterMs: paid + rng.int(5, 90) * MINUTE,
          shipping: drop,
          reason: 'address_changed',
        });
    }
    return purchase(d, { fraud: true, kind: 'account_takeover' }, attempts, later);
  });
}

/**
 * Hijacked bank and e-wallet accounts: money in an online-banking account taken by phishing or a scam call, or
 * sitting in a mule's account, is spent through FPX (or a hijacked Touch 'n Go or GrabPay wallet) on vouchers
 * and resaleable pieces for same-day riders, runners or drops. When the victim reports to their bank or the
 * National Scam Response Centre, the bank flags the payment and the money is usually pulled back.
 */
export function muleWalletFpx(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, () => {
    const at = when(rng, w.window, { tz: 8, rhythm: rng.chance(0.5) ? 'fasting' : 'night' });
    const name = malayName(rng, rng.chance(0.5));
    const buyer = rng.chance(0.7)
      ? {
          id: `c_${rng.digits(7)}`,
          email: throwaway(rng, name),
          name,
          createdAt: at - rng.int(2, 30) * MINUTE,
        }
      : { email: throwaway(rng, name), name };
    const net = rng.chance(0.85) ? homeNetwork(rng, 'MY', 'mobile') : network('hosting-sg');
    const kind = rng.weightedPick<'vouchers' | 'resale' | 'batik'>([
      ['vouchers', 35],
      ['resale', 45],
      ['batik', 20],
    ]);
    const lines: Lines =
      kind === 'vouchers'
        ? [[C.voucher500, rng.int(2, 6)]]
        : kind === 'resale'
          ? [[rng.pick(RESALEABLE), rng.int(1, 2)]]
          : [[rng.pick(PREMIUM_BATIK), rng.int(1, 3)]];
    const delivery: Delivery =
      kind === 'vouchers'
        ? 'email'
        : rng.weightedPick<Delivery>([
            ['same_day', 35],
            ['pickup', 20],
            ['standard', 45],
          ]);
    const basket = basketOf(lines, 'MYR', delivery);
    const wallet = rng.chance(0.35) && basket.amount < 5000_00;
    const method: Method = wallet ? (rng.chance(0.8) ? 'tng_ewallet' : 'grabpay') : 'fpx';
    const attempts: Attempt[] = [];
    const bank = rng.weightedPick(FPX_BANKS);
    if (rng.chance(0.2)) {
      attempts.push(
        other(
          method,
          false,
          firstAuth(rng),
          wallet ? 'insufficient_balance' : 'insufficient_funds',
          wallet ? undefined : bank,
        ),
      );
      if (rng.chance(0.8))
        attempts.push(other('fpx', true, retryGap(rng), undefined, rng.weightedPick(FPX_BANKS)));
    } else attempts.push(other(method, true, firstAuth(rng), undefined, wallet ? undefined : bank));
    const d: Draft = {
      at,
      buyer,
      phone: phoneFor(rng, 'MY'),
      billing: addressIn(rng, MALAYSIA),
      ...(delivery === 'same_day' || delivery === 'standard' ? { shipping: dropAddress(rng) } : {}),
      delivery,
      ip: ipOn(rng, net),
      device: newDevice(rng, { desktop: 0.05, android: 0.85 }),
      locale: rng.chance(0.7) ? 'ms' : 'en',
      channel: 'web',
      method,
      basket,
    };
    const paidWith = attempts.find((a) => a.ok)?.method;
    const later = fraudEnding(
      rng,
      w,
      { at, attempts, delivery },
      {
        caught: 0.1,
        warning: 0.75,
        warningReason: paidWith === 'fpx' ? 'bank_fraud_report' : 'unauthorised_wallet_transaction',
        warningDays: [2, 14],
        dispute: 0,
        disputeReason: 'fraudulent',
        disputeDays: [10, 30],
        reversal: { share: 0.7, reason: 'fraud_report_reversal' },
      },
    );
    return purchase(d, { fraud: true, kind: 'mule_wallet_fpx' }, attempts, later);
  });
}

/**
 * Friendly fraud by real customers: an outfit or family set worn on Raya morning and the open houses, then sent
 * back as "defective" or "wrong size" after the holiday; or a delivered order charged back as never received, not
 * as described, or not theirs, on the card or with Atome.
 */
export function friendlyFraud(rng: Rng, w: World, n: number): Purchase[] {
  const pool = w.customers.all.filter(
    (c) => c.segment === 'peninsular' || c.segment === 'east' || c.segment === 'sg',
  );
  return Array.from({ length: n }, () => {
    const c = rng.pick(pool);
    const at = when(rng, w.window, hoursOf(c, { days: [0, PENINSULAR_CUTOFF - 4] }));
    const wardrobe = rng.chance(0.6);
    const lines: Lines = rng.chance(0.4)
      ? familySet(rng)
      : outfit(rng, c.female, { premium: 0.35, spouse: 0.35 });
    const delivery = deliveryTo(c.home);
    const card = c.cards[0] ?? newCard(rng, c.market.country);
    const method: Method = wardrobe
      ? rng.pick<Method>(
          c.market.currency === 'MYR' ? ['fpx', 'card', 'atome', 'tng_ewallet'] : ['card', 'paynow'],
        )
      : rng.chance(0.75)
        ? 'card'
        : 'atome';
    const basket = basketOf(lines, c.market.currency, delivery);
    const attempts: Attempt[] = CARD_METHODS.has(method)
      ? [
          cardAttempt(rng, card, {
            entry: rng.chance(0.5) ? 'saved' : 'typed',
            ok: true,
            afterMs: firstAuth(rng),
          }),
        ]
      : [other(method, true, firstAuth(rng), undefined, method === 'fpx' ? c.fpxBank : undefined)];
    const v = visit(rng, c);
    const d: Draft = {
      at,
      buyer: accountBuyer(c),
      phone: c.phone,
      billing: { ...c.home },
      shipping: { ...c.home },
      delivery,
      ...v,
      locale: localeOf(rng, c),
      method,
      basket,
    };
    const paid = paidAfter(attempts) ?? 0;
    const f = fulfil(rng, { w: w.window, at, ready: paid, delivery });
    const received = f.received ?? f.dispatched;
    const later: LaterEvent[] = [...f.steps];
    if (wardrobe) {
      const afterRaya = Math.max(received + DAY, w.window.end - at + rng.int(2, 10) * DAY);
      const worn = basket.lines.filter((l) => l.category !== 'accessories' && l.category !== 'tudung');
      const amount = (worn.length > 0 ? worn : basket.lines).reduce((s, l) => s + l.price * l.quantity, 0);
      later.push({
        type: 'refund.created',
        afterMs: afterRaya,
        reason: rng.pick(['defective', 'wrong_size', 'not_as_described']),
        amount,
      });
    } else {
      const reason = rng.weightedPick<string>([
        ['product_not_received', 50],
        ['fraudulent', 25],
        ['product_unacceptable', 25],
      ]);
      if (reason === 'fraudulent' && method === 'card' && rng.chance(0.5))
        later.push({
          type: 'fraud_warning.created',
          afterMs: received + rng.int(5, 20) * DAY,
          reason: 'unauthorized_use_of_card',
        });
      later.push({ type: 'dispute.created', afterMs: received + rng.int(20, 50) * DAY + HOUR, reason });
    }
    return purchase(d, { fraud: true, kind: 'friendly_fraud' }, attempts, later);
  });
}
