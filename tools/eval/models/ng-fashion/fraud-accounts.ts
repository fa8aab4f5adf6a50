import { accountBuyer, DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { giftBasket, owambeBasket, resaleBasket } from './baskets.js';
import { LAGOS as LAGOS_TZ, NIGHT, SHOPPER, when } from './calendar.js';
import { type Fulfilment } from './catalogue.js';
import { dearest, localeOf, purchaseFrom, type World } from './checkout.js';
import { newDevice } from './devices.js';
import { hours, lagosDrops } from './fraud-kit.js';
import { ipIn, mobileNetwork } from './networks.js';
import { type Account } from './people.js';
import { ABUJA, LAGOS } from './places.js';
import {
  type Attempt,
  cardAttempt,
  deliverySteps,
  firstAuth,
  type LaterEvent,
  type Method,
  other,
  podSteps,
  type Purchase,
  transfer,
} from './purchase.js';

/**
 * Fraud through real accounts: takeovers after a SIM swap (the fraudster holds the victim's number, resets the
 * password by SMS, receives every OTP and can dial the bank's USSD code), diaspora buyers who dispute a gift
 * that arrived, and party outfits bought to be worn once and sent back.
 */

/**
 * SIM-swap takeover of an account at least two months old: a new phone on mobile data at night or over a
 * weekend, the dearest resellable goods to a Lagos drop (typed at checkout, or the address changed by a call
 * to customer care soon after), paid with the saved card (an OTP for a large amount goes to the swapped SIM)
 * or by USSD from the victim's bank. Card payments are disputed or refunded after the victim complains; many
 * USSD debits are never recovered through the store.
 */
export function simSwapTakeover(rng: Rng, w: World, n: number): Purchase[] {
  const drops = lagosDrops();
  return Array.from({ length: n }, () => {
    const at = when(rng, w.window, {
      tz: LAGOS_TZ,
      hours: NIGHT,
      days: rng.chance(0.6) ? [5, 6, 0] : undefined,
    });
    const aged = w.customers.home.filter((a) => a.createdAt < at - 60 * DAY && a.cards.length > 0);
    const a = rng.pick(aged.length > 0 ? aged : w.customers.home);
    const drop = rng.pick(drops);
    const later = rng.chance(0.3);
    const fulfilment: Fulfilment = rng.chance(0.55) ? 'same_day' : 'express';
    const viaUssd = rng.chance(0.35);
    const method: Method = viaUssd ? 'ussd' : 'card';
    return purchaseFrom(
      {
        kind: 'sim_swap_takeover',
        fraud: true,
        at,
        buyer: accountBuyer(a),
        billing: a.address,
        shipping: later ? a.address : drop,
        fulfilment,
        lines: resaleBasket(rng, at, w.naira),
        ip: ipIn(rng, rng.chance(0.5) ? a.carrier : mobileNetwork(rng, 'NG')),
        device: newDevice(rng, 'nigeria'),
        locale: 'en-NG',
        channel: 'web',
        method,
      },
      (basket) => {
        const card = rng.pick(a.cards);
        const attempts: Attempt[] = viaUssd
          ? [other('ussd', true, rng.int(90_000, 5 * MINUTE))]
          : [
              cardAttempt(rng, card, {
                ok: true,
                afterMs: firstAuth(rng),
                entry: 'saved',
                threeDS: basket.amount > 30_000_000 ? 'challenge_passed' : 'exempt',
              }),
            ];
        const steps: LaterEvent[] = [];
        if (later)
          steps.push({
            type: 'order.updated',
            afterMs: rng.int(20, 90) * MINUTE,
            status: 'address_changed',
            shipping: drop,
          });
        steps.push(
          ...deliverySteps(rng, fulfilment, drop, at + 2 * HOUR).map((s) => ({
            ...s,
            afterMs: s.afterMs + 2 * HOUR,
          })),
        );
        const x = rng.next();
        if (!viaUssd && x < 0.45)
          steps.push({ type: 'dispute.created', afterMs: rng.int(10, 35) * DAY, reason: 'fraudulent' });
        else if (x < (viaUssd ? 0.3 : 0.7))
          steps.push({ type: 'refund.created', afterMs: rng.int(3, 10) * DAY, reason: 'fraudulent' });
        return { attempts, later: steps };
      },
    );
  });
}

/**
 * Friendly fraud from abroad: a diaspora account with years of history sends a gift home, it is delivered,
 * and weeks later the buyer tells their bank it never arrived, or that they do not recognise the charge, or
 * that it was not as described; a foreign issuer sides with its cardholder against a Nigerian merchant.
 */
export function friendlyFraud(rng: Rng, w: World, n: number): Purchase[] {
  const senders = w.customers.diaspora.filter((x) => x.family.length > 0 && x.address.country !== 'GH');
  return Array.from({ length: n }, () => {
    const a: Account = rng.pick(senders);
    const recipient = rng.pick(a.family);
    const at = when(rng, w.window, { tz: a.city.tz, hours: SHOPPER });
    const fulfilment: Fulfilment = rng.chance(0.7) ? 'standard' : 'express';
    const country = a.address.country;
    return purchaseFrom(
      {
        kind: 'friendly_fraud',
        fraud: true,
        at,
        buyer: accountBuyer(a),
        billing: a.address,
        shipping: recipient.address,
        fulfilment,
        lines: giftBasket(rng, at, w.naira),
        ip: a.home && rng.chance(0.7) ? a.home.ip : ipIn(rng, a.carrier),
        device: rng.pick(a.devices),
        locale: localeOf(country),
        channel: 'web',
        method: 'card',
        note: `Deliver to ${recipient.name}`,
      },
      () => {
        const attempts = [
          cardAttempt(rng, rng.pick(a.cards), { ok: true, afterMs: firstAuth(rng), entry: 'saved' }),
        ];
        const reason = rng.weightedPick<string>([
          ['product_not_received', 55],
          ['fraudulent', 30],
          ['not_as_described', 15],
        ]);
        const steps = deliverySteps(rng, fulfilment, recipient.address, at);
        if (reason === 'fraudulent' && rng.chance(0.25))
          steps.push({ type: 'fraud_warning.created', afterMs: rng.int(10, 25) * DAY, reason: 'fraudulent' });
        steps.push({ type: 'dispute.created', afterMs: rng.int(20, 75) * DAY, reason });
        return { attempts, later: steps };
      },
    );
  });
}

/**
 * Wardrobing: an owambe outfit ordered on Thursday or Friday by an account in Lagos or Abuja, worn on Saturday
 * and returned early the next week as the wrong size or not as described; the store refunds it.
 */
export function wardrobingRefund(rng: Rng, w: World, n: number): Purchase[] {
  const locals = w.customers.home.filter((x) => x.city === LAGOS || x.city === ABUJA);
  return Array.from({ length: n }, () => {
    const a = rng.pick(locals.length > 0 ? locals : w.customers.home);
    const at = when(rng, w.window, { tz: LAGOS_TZ, hours: SHOPPER, days: [4, 5] });
    const fulfilment: Fulfilment = rng.chance(0.6) ? 'same_day' : 'express';
    const method: Method = rng.weightedPick<Method>([
      ['card', 50],
      ['bank_transfer', 35],
      ['pay_on_delivery', 15],
    ]);
    const home = a.home && rng.chance(0.5);
    return purchaseFrom(
      {
        kind: 'wardrobing_refund',
        fraud: true,
        at,
        buyer: accountBuyer(a),
        billing: a.address,
        shipping: a.address,
        fulfilment,
        lines: owambeBasket(rng, at, w.naira),
        ip: home && a.home ? a.home.ip : ipIn(rng, a.carrier),
        device: rng.pick(a.devices),
        locale: 'en-NG',
        channel: 'web',
        method,
      },
      (basket) => {
        const attempts: Attempt[] =
          method === 'card'
            ? [cardAttempt(rng, rng.pick(a.cards), { ok: true, afterMs: firstAuth(rng), entry: 'saved' })]
            : method === 'bank_transfer'
              ? [transfer(rng, 0)]
              : [];
        const steps =
          method === 'pay_on_delivery' ? podSteps(rng, at) : deliverySteps(rng, fulfilment, a.address, at);
        const arrived = Math.max(...steps.map((s) => s.afterMs));
        const whole = rng.chance(0.4);
        steps.push({
          type: 'refund.created',
          afterMs: arrived + rng.int(3, 6) * DAY + hours(rng, 0, 8),
          reason: rng.pick(['returned_wrong_size', 'not_as_described', 'defective']),
          amount: whole ? basket.subtotal - basket.discount : dearest(basket),
        });
        return { attempts, later: steps };
      },
    );
  });
}
