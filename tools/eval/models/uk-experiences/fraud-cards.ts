import { type BasketLine, type Device, paid } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { EVENINGS, HOUR, moment, NIGHT, type Postage, postageOpen, SMALL_HOURS } from './calendar.js';
import { binOf, cardOfBin, type Match, newCard } from './cards.js';
import {
  boxLine,
  type Category,
  lineOf,
  pickExperience,
  POSTAGE_FEE,
  priced,
  voucherLine,
} from './catalogue.js';
import {
  chargebackTail,
  crew,
  crewDevice,
  crewIp,
  fraudBuyer,
  issue,
  resaleLines,
  reviewed,
  type Route,
  routeIp,
  sessions,
  stolenTry,
  victim,
} from './fraud-kit.js';
import { pickPostage } from './gifts.js';
import { newDevice, personName, throwawayEmail, toolDevice } from './people.js';
import { abroadAddress, gbAddress } from './places.js';
import {
  type Attempt,
  attemptsTime,
  cardAttempt,
  DAY,
  type Decline,
  firstAuth,
  type LaterEvent,
  MINUTE,
  type Purchase,
  releaseUnpaid,
  retryGap,
} from './purchase.js';
import { type World } from './world.js';

/** Fraud on stolen card details: resale of e-vouchers, card testing, refunds redirected to another card. */

/**
 * Stolen card details (phished with the holder's address, or bought without) buying e-vouchers for resale,
 * guests or fresh accounts, by night through proxies, a few at a time; some sent as boxes to the marketplace
 * buyer who paid the fraudster (triangulation).
 */
export function stolenCardResale(rng: Rng, w: World, count: number): Purchase[] {
  const crews = Array.from({ length: rng.int(3, 6) }, (_, i) =>
    crew(rng.fork(`crew${i}`), [
      ['residential_proxy', 55],
      ['uk_hosting', 18],
      ['abroad_hosting', 12],
      ['west_africa', 8],
      ['uk_mobile', 7],
    ]),
  );
  const runs = sessions(
    rng,
    w.window,
    count,
    [
      [1, 45],
      [2, 30],
      [3, 15],
      [4, 10],
    ],
    () => moment(rng, w.window, { tz: 0, curve: NIGHT }),
    () => rng.int(3, 25) * MINUTE,
  );
  return runs.flatMap((run) => {
    const c = rng.pick(crews);
    return run.map((at) => {
      const v = victim(rng);
      const fullz = rng.chance(0.7);
      const match: Match = fullz ? 'good' : 'bad';
      const buyer = fraudBuyer(rng, v.name, at, 0.3);
      const device: Device = crewDevice(rng, c);
      const open = postageOpen(at, w.window, false);
      const triangulation = open.length > 0 && rng.chance(0.15);
      const lines = triangulation ? resaleLines(rng, 'GB', 0.3) : resaleLines(rng, 'GB', 0.6);
      let postage: Postage | undefined;
      let shipping;
      let recipient: Purchase['recipient'];
      const buyerName = personName(rng);
      if (triangulation) {
        postage =
          open.includes('special_delivery') && rng.chance(0.5) ? 'special_delivery' : pickPostage(rng, open);
        shipping = gbAddress(rng);
        lines.push(
          boxLine(
            'GBP',
            lines.reduce((n, l) => n + l.quantity, 0),
          ),
        );
        recipient = { name: buyerName };
      } else if (rng.chance(0.6)) recipient = { name: buyerName, email: throwawayEmail(rng, buyerName) };
      const basket = priced('GBP', lines, postage ? POSTAGE_FEE[postage] : 0);
      const attempts: Attempt[] = [];
      if (rng.chance(0.1)) {
        // Provisioned into a phone wallet with the holder's one-time code.
        attempts.push(
          cardAttempt(rng, v.card, basket.amount, {
            method: 'apple_pay',
            ok: rng.chance(0.8),
            decline: 'do_not_honor',
            match,
            afterMs: firstAuth(rng),
          }),
        );
      } else attempts.push(stolenTry(rng, v.card, basket.amount, match, firstAuth(rng), 0.5));
      if (!paid({ attempts }) && rng.chance(0.45)) {
        const other = victim(rng).card;
        attempts.push(stolenTry(rng, other, basket.amount, 'bad', retryGap(rng), 0.4));
      }
      let later: LaterEvent[];
      if (!paid({ attempts })) later = [releaseUnpaid(rng, attempts)];
      else if (rng.chance(0.1)) later = reviewed(rng, attempts);
      else {
        const issued = issue(rng, { at, attempts }, postage);
        later = [
          ...issued,
          ...chargebackTail(rng, issued[0]?.afterMs ?? 0, {
            redeemed: 0.55,
            warning: 0.4,
            dispute: 0.8,
            refundOnWarning: 0.5,
          }),
        ];
      }
      return {
        at,
        fraud: true,
        kind: 'stolen_card_resale',
        basket,
        billing: fullz ? v.billing : gbAddress(rng),
        attempts,
        later,
        buyer,
        ...(shipping ? { shipping } : {}),
        ip: crewIp(rng, c),
        device,
        locale: 'en-GB',
        format: postage ? 'gift_box' : 'e_voucher',
        ...(postage ? { postage } : {}),
        ...(recipient ? { recipient } : {}),
        giftMessage: rng.chance(0.1),
      } satisfies Purchase;
    });
  });
}

/**
 * Scripts checking stolen numbers on the cheapest e-voucher: runs of guest orders a minute or two apart in the
 * small hours, from rotating proxies and cloud machines, on one or two BINs, mostly declined.
 */
export function cardTesting(rng: Rng, w: World, count: number): Purchase[] {
  const runs = sessions(
    rng,
    w.window,
    count,
    [
      [6, 20],
      [8, 25],
      [10, 25],
      [12, 18],
      [15, 12],
    ],
    () => moment(rng, w.window, { tz: 0, curve: SMALL_HOURS }),
    () => rng.int(20, 150) * 1000,
  );
  return runs.flatMap((run, r) => {
    const tools = rng.fork(`run${r}`);
    const country = tools.weightedPick<string>([
      ['GB', 60],
      ['US', 30],
      ['IE', 10],
    ]);
    const bins = Array.from({ length: tools.int(1, 2) }, () => binOf(tools, country));
    const agent = toolDevice(tools, 0.35);
    const residential = tools.chance(0.4);
    const face = tools.weightedPick<number>([
      [10, 70],
      [15, 20],
      [25, 10],
    ]);
    return run.map((at) => {
      const name = personName(rng);
      const basket = priced('GBP', [voucherLine(face, 'GBP')]);
      const attempts: Attempt[] = [];
      const tries = rng.weightedPick([
        [1, 70],
        [2, 20],
        [3, 10],
      ]);
      for (let i = 0; i < tries; i++) {
        const { bin, brand } = rng.pick(bins);
        const card = cardOfBin(rng, bin, brand, country);
        const ok = rng.chance(0.18);
        const afterMs = i === 0 ? rng.int(4_000, 20_000) : rng.int(3_000, 15_000);
        const decline = rng.weightedPick<Decline>([
          ['incorrect_cvc', 25],
          ['do_not_honor', 25],
          ['expired_card', 12],
          ['incorrect_number', 12],
          ['stolen_card', 8],
          ['insufficient_funds', 10],
          ['authentication_failed', 8],
        ]);
        attempts.push(
          cardAttempt(rng, card, basket.amount, {
            ok,
            decline,
            match: rng.chance(0.6) ? 'bad' : 'good',
            afterMs,
            ...(ok ? { threeDS: 'exempt_low_value' as const } : {}),
          }),
        );
        if (ok) break;
      }
      let later: LaterEvent[];
      if (!paid({ attempts })) later = [releaseUnpaid(rng, attempts)];
      else {
        const issued = attemptsTime(attempts) + rng.int(30_000, 90_000);
        later = [{ type: 'order.updated', afterMs: issued, status: 'voucher_issued' }];
        if (rng.chance(0.55)) {
          const at2 = issued + rng.int(30, 240) * MINUTE;
          later.push(
            { type: 'order.cancelled', afterMs: at2, reason: 'fraud_review' },
            { type: 'refund.created', afterMs: at2 + MINUTE, reason: 'fraudulent' },
          );
        } else {
          if (rng.chance(0.2))
            later.push({
              type: 'fraud_warning.created',
              afterMs: rng.int(3, 20) * DAY,
              reason: 'fraudulent',
            });
          if (rng.chance(0.08))
            later.push({ type: 'dispute.created', afterMs: rng.int(20, 50) * DAY, reason: 'fraudulent' });
        }
      }
      const device: Device = agent.id
        ? { ...agent, id: `fp_${rng.token(20, 'abcdefghijklmnopqrstuvwxyz0123456789')}` }
        : agent;
      return {
        at,
        fraud: true,
        kind: 'card_testing',
        basket,
        billing: country === 'US' ? abroadAddress(rng, 'US') : gbAddress(rng),
        attempts,
        later,
        buyer: { email: throwawayEmail(rng), name },
        ip: residential
          ? routeIp(rng, 'residential_proxy')
          : routeIp(rng, rng.chance(0.5) ? 'abroad_hosting' : 'uk_hosting'),
        device,
        locale: 'en-GB',
        format: 'e_voucher',
        giftMessage: false,
      } satisfies Purchase;
    });
  });
}

/**
 * A stolen card buys a large order; hours later "the customer" asks to cancel and have the refund sent to a
 * different card because the first "was blocked". Some agents refuse and refund the original card; others
 * send it to the new card, and the holder's dispute follows.
 */
export function refundRedirect(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, () => {
    const at = moment(rng, w.window, { tz: 0, curve: EVENINGS });
    const v = victim(rng);
    const buyer = fraudBuyer(rng, v.name, at, 0.45);
    const route = rng.weightedPick<Route>([
      ['residential_proxy', 60],
      ['uk_hosting', 20],
      ['west_africa', 20],
    ]);
    const lines: BasketLine<Category>[] = rng.chance(0.5)
      ? [voucherLine(rng.pick([250, 500]), 'GBP', rng.int(1, 2))]
      : Array.from({ length: rng.int(2, 3) }, () =>
          lineOf(pickExperience(rng, 'GB', { categories: ['hotel_break', 'spa'], min: 17_900 }), 'GBP'),
        ).filter((l, i, all) => all.findIndex((x) => x.sku === l.sku) === i);
    const open = postageOpen(at, w.window, false);
    const box = open.length > 0 && rng.chance(0.3) ? pickPostage(rng, open) : undefined;
    if (box)
      lines.push(
        boxLine(
          'GBP',
          lines.reduce((n, l) => n + l.quantity, 0),
        ),
      );
    const basket = priced('GBP', lines, box ? POSTAGE_FEE[box] : 0);
    const attempts = [stolenTry(rng, v.card, basket.amount, 'good', firstAuth(rng), 0.8)];
    let later: LaterEvent[];
    if (!paid({ attempts })) later = [releaseUnpaid(rng, attempts)];
    else {
      const issued = issue(rng, { at, attempts }, box);
      const asks = (issued[0]?.afterMs ?? 0) + rng.int(1, 20) * HOUR;
      const other = newCard(rng, 'GB', rng.chance(0.5) ? 'prepaid' : 'debit');
      const agreed = rng.chance(0.45);
      const done = asks + rng.int(1, 30) * HOUR;
      later = [
        ...issued,
        {
          type: 'order.updated',
          afterMs: asks,
          status: 'cancellation_requested',
          reason: 'original_card_closed',
          refundTo: { destination: 'other_card', card: other },
        },
        { type: 'order.cancelled', afterMs: done, reason: 'customer_request' },
        {
          type: 'refund.created',
          afterMs: done + MINUTE,
          reason: 'requested_by_customer',
          refundTo: agreed ? { destination: 'other_card', card: other } : { destination: 'original_payment' },
        },
      ];
      if (agreed) {
        if (rng.chance(0.5))
          later.push({
            type: 'fraud_warning.created',
            afterMs: done + rng.int(2, 10) * DAY,
            reason: 'fraudulent',
          });
        if (rng.chance(0.85))
          later.push({
            type: 'dispute.created',
            afterMs: done + rng.int(20, 55) * DAY,
            reason: 'fraudulent',
          });
      } else if (rng.chance(0.3))
        later.push({ type: 'fraud_warning.created', afterMs: rng.int(2, 10) * DAY, reason: 'fraudulent' });
    }
    return {
      at,
      fraud: true,
      kind: 'refund_redirect',
      basket,
      billing: v.billing,
      attempts,
      later,
      buyer,
      ...(box ? { shipping: gbAddress(rng), postage: box } : {}),
      ip: routeIp(rng, route),
      device: newDevice(rng, { mobile: rng.chance(0.4) }),
      locale: 'en-GB',
      format: box ? 'gift_box' : 'e_voucher',
      ...(box ? {} : { recipient: { name: personName(rng) } }),
      giftMessage: rng.chance(0.3),
    } satisfies Purchase;
  });
}
