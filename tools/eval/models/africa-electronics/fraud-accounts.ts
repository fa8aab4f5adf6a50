import { DAY, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { flashMoment, nightOr } from './calendar.js';
import { airtime, giftCard, lineOf, pickProduct, PRODUCTS } from './catalog.js';
import { issueCard } from './cards.js';
import { crewDevice } from './devices.js';
import { type Market, TZ } from './markets.js';
import { cardAttempt, walletAttempt } from './payments.js';
import { fullName, throwawayEmail } from './people.js';
import { type Later, type Purchase } from './purchase.js';
import {
  cardholderNotices,
  Crew,
  crewBuyer,
  deliveryTo,
  disguisedIp,
  type FraudCtx,
  fraudOrder,
} from './fraud-kit.js';

/** Fraud through other people's accounts and wallets, and through accounts farmed for the sale's limits. */

/**
 * Old accounts opened with leaked passwords: a new phone or browser, a pickup station or drop (or the
 * owner's address, changed after checkout), the saved card charged without a fresh OTP.
 */
export function accountTakeover(rng: Rng, ctx: FraudCtx, n: number): Purchase[] {
  const crews = [
    new Crew(rng.fork('c1'), 'NG', { careful: 0.7 }),
    new Crew(rng.fork('c2'), rng.pick<Market>(['ZA', 'KE', 'GH']), { careful: 0.7 }),
  ];
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`o${i}`);
    const crew = r.pick(crews);
    const victim = ctx.shoppers.fresh(r, crew.market);
    victim.age = r.float(200, 2200);
    const at = nightOr(r, ctx.window, TZ[crew.market], r.chance(0.35));
    const drop = crew.drop(r);
    const changeLater = r.chance(0.3);
    const card = victim.cards[0] ?? issueCard(r, crew.market);
    const attempts = [
      cardAttempt(r, card, {
        ok: r.chance(0.9),
        threeDSecure: 'frictionless',
        afterMs: r.int(10_000, 40_000),
      }),
    ];
    if (!attempts[0]?.ok) attempts.push(cardAttempt(r, card, { ok: true, threeDSecure: 'frictionless' }));
    const later: Later[] = changeLater
      ? [{ type: 'order.updated', afterMs: r.int(3, 50) * MINUTE, shipping: drop }]
      : [];
    const roll = r.next();
    if (roll < 0.5) later.push(...cardholderNotices(r, attempts, 1, 0.2));
    else if (roll < 0.8)
      later.push({
        type: 'refund.created',
        afterMs: Math.floor(r.float(1, 6) * DAY),
        reason: 'account_compromised',
      });
    return fraudOrder({
      kind: 'account_takeover',
      at,
      market: crew.market,
      lines: [
        lineOf(
          pickProduct(r, r.pick(['phone', 'laptop', 'gaming', 'tv'] as const), true),
          crew.market,
          r.chance(0.2) ? 2 : 1,
        ),
      ],
      buyer: ctx.shoppers.buyer(r, victim, at),
      billing: victim.home,
      shipping: changeLater ? victim.home : drop,
      delivery: changeLater ? 'home' : deliveryTo(drop),
      method: 'card',
      attempts,
      later,
      ip: r.chance(0.6) ? crew.localIp(r) : disguisedIp(r, crew, crew.market, 0),
      device: r.chance(0.6) ? crew.device(r) : crewDevice(r),
    });
  });
}

/**
 * A victim's SIM swapped to the crew's phone, their M-Pesa or MoMo drained on phones and vouchers before they
 * notice; the operator asks for a reversal days later.
 */
export function simSwapMobileMoney(rng: Rng, ctx: FraudCtx, n: number): Purchase[] {
  const crews = [new Crew(rng.fork('ke'), 'KE'), new Crew(rng.fork('gh'), 'GH')];
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`o${i}`);
    const crew = r.chance(0.6) ? crews[0] : crews[1];
    if (!crew) throw new Error('no crew');
    const victim = ctx.shoppers.fresh(r, crew.market);
    const at = nightOr(r, ctx.window, TZ[crew.market], r.chance(0.45));
    const method = crew.market === 'KE' ? 'mpesa' : 'mtn_momo';
    const digital = r.chance(0.45);
    const drop = crew.drop(r);
    const attempts = [
      ...(r.chance(0.25) ? [walletAttempt(r, method, false, 'insufficient_balance')] : []),
      walletAttempt(r, method, true),
    ];
    const later: Later[] = [];
    const roll = r.next();
    if (roll < 0.45)
      later.push({ type: 'dispute.created', afterMs: Math.floor(r.float(1, 8) * DAY), reason: 'fraudulent' });
    else if (roll < 0.7)
      later.push({
        type: 'refund.created',
        afterMs: Math.floor(r.float(1, 5) * DAY),
        reason: 'reversal_requested',
      });
    return fraudOrder({
      kind: 'sim_swap_mobile_money',
      at,
      market: crew.market,
      lines: digital
        ? [
            r.chance(0.5)
              ? airtime(r, crew.market, 4, r.int(2, 6))
              : giftCard(r, crew.market, r.pick([2, 3] as const)),
          ]
        : [lineOf(pickProduct(r, 'phone', true), crew.market)],
      buyer: crewBuyer(r, at, victim.name, r.chance(0.5) ? victim.email : throwawayEmail(r), 0.5),
      billing: victim.home,
      ...(digital ? {} : { shipping: drop }),
      delivery: digital ? 'digital' : deliveryTo(drop),
      method,
      attempts,
      later,
      ip: crew.localIp(r),
      device: crew.device(r),
    });
  });
}

/**
 * A farm of fresh accounts beating the doorbuster's one-per-customer limit and the new-customer coupon: the
 * same emulators and network, Gmail dot-variants of one address, one delivery point written a little
 * differently each time, paid with a couple of the farmer's own cards or wallets.
 */
export function promoAbuse(rng: Rng, ctx: FraudCtx, n: number): Purchase[] {
  const market = rng.weighted<Market>({ NG: 50, KE: 20, ZA: 15, GH: 15 });
  const crew = new Crew(rng.fork('farm'), market, { drops: 2, devices: 2, careful: 0.2 });
  const cards = [issueCard(rng, market), issueCard(rng, market)];
  const deal = rng.pick(PRODUCTS.filter((p) => p.category === 'phone' || p.category === 'gaming'));
  const base = rng.token(8, 'abcdefghijklmnopqrstuvwxyz');
  const rushes = Array.from({ length: 3 }, (_, k) =>
    flashMoment(rng.fork(`rush${k}`), ctx.window, TZ[market]),
  );
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`o${i}`);
    const at = Math.min(ctx.window.end - 1, r.pick(rushes) + r.int(0, 25) * MINUTE);
    const dots = base
      .split('')
      .map((c, k) => (k > 0 && r.chance(0.3) ? `.${c}` : c))
      .join('');
    const email = r.chance(0.7) ? `${dots}@gmail.com` : `${base}+bf${r.int(1, 99)}@gmail.com`;
    const drop = crew.drop(r);
    const unit = `${r.pick(['Flat', 'Apt', 'Room', 'Blk'])} ${r.int(1, 9)}${r.pick(['', 'A', 'B'])}`;
    const shipping =
      deliveryTo(drop) === 'pickup' ? drop : { ...drop, line1: `${unit}, ${drop.line1 ?? ''}` };
    const paysByWallet = (market === 'KE' || market === 'GH') && r.chance(0.5);
    const attempts = paysByWallet
      ? [walletAttempt(r, market === 'KE' ? 'mpesa' : 'mtn_momo', true)]
      : [cardAttempt(r, r.pick(cards), { ok: true })];
    const later: Later[] = [];
    if (r.chance(0.2)) {
      later.push({
        type: 'order.cancelled',
        afterMs: r.int(2, 30) * 60 * MINUTE,
        reason: 'purchase_limit_exceeded',
      });
      later.push({ type: 'refund.created', afterMs: r.int(31, 60) * 60 * MINUTE, reason: 'order_cancelled' });
    }
    return fraudOrder({
      kind: 'promo_abuse',
      at,
      market,
      lines: [lineOf(deal, market)],
      buyer: crewBuyer(r, at, fullName(r, market), email, 0),
      billing: shipping,
      shipping,
      delivery: deliveryTo(drop),
      method: paysByWallet ? (market === 'KE' ? 'mpesa' : 'mtn_momo') : 'card',
      attempts,
      later,
      ip: r.chance(0.75) ? crew.localIp(r) : disguisedIp(r, crew, market, 0),
      device: crew.device(r),
      coupon: r.chance(0.6) ? 'NEWUSER' : 'FLASH10',
    });
  });
}
