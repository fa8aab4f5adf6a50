import { DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { moment, STORE_TZ } from './calendar.js';
import { fromAccount, guestOf, honestOrder } from './buyers.js';
import {
  addLine,
  BOX_SETS,
  CARTRIDGES,
  eGiftCard,
  LIMITED,
  type Line,
  RARE_LPS,
  records,
  TURNTABLES,
} from './catalogue.js';
import { botDevice, fraudEmail, fraudOrder, fraudsterDevice, proxyNetwork, who } from './fraud-kit.js';
import { US_RESIDENTIAL } from './networks.js';
import { type Account, pickAccount, usPerson } from './people.js';
import { jig, MULE_CITIES, RESHIPPERS, suite, usAddress } from './places.js';
import { type Attempt, cardAttempt, type LaterEvent, other, type Purchase } from './purchase.js';
import { type World } from './world.js';

/** Fraud through accounts and customers: takeovers, friendly fraud, cracked gift-card balances. */

/**
 * Account takeover of long-time collectors (credentials from another site's breach): a new device and a proxy
 * or datacentre address, the saved card (no CVC asked, AVS passes on the owner's billing address), expensive
 * boxes, limited pressings, a turntable or e-gift cards, shipped to a reshipper or a mule, or to the owner's
 * home and then redirected. The owner finds out: a chargeback, or a refund from the store.
 */
export function accountTakeover(rng: Rng, w: World, count: number): Purchase[] {
  const aged = w.customers.us.filter((a) => a.createdAt < w.window.start - 200 * DAY);
  const pool = aged.length > 0 ? aged : w.customers.us;
  const out: Purchase[] = [];
  for (let i = 0; i < count; i++) {
    const a: Account = pickAccount(rng, pool);
    const night = rng.chance(0.5);
    const at = moment(rng, w.window, STORE_TZ, 'store', night ? 'night' : 'leisure');
    const net = rng.chance(0.15)
      ? rng.pick(US_RESIDENTIAL.filter((x) => x.kind === 'mobile'))
      : proxyNetwork(rng, 0.5, 0.2);
    const device = rng.chance(0.3) ? botDevice(rng, 0.8) : fraudsterDevice(rng);
    const base = fromAccount(rng, a, { device, net });
    const gifts = rng.chance(0.3);
    const lines: Line[] = [];
    if (gifts) addLine(lines, eGiftCard(rng.pick([100, 200])), rng.int(1, 3));
    else {
      const n = rng.int(1, 4);
      for (let k = 0; k < n; k++)
        addLine(
          lines,
          rng.pick(
            rng.weightedPick([
              [BOX_SETS, 35],
              [LIMITED, 25],
              [RARE_LPS, 20],
              [TURNTABLES.slice(3), 12],
              [CARTRIDGES.slice(2, 4), 8],
            ] as const),
          ),
        );
    }
    const drop = rng.chance(0.55)
      ? suite(rng, rng.pick(RESHIPPERS))
      : jig(rng, usAddress(rng, rng.pick(MULE_CITIES)));
    const redirect = !gifts && rng.chance(0.2);
    const card = rng.pick(a.cards);
    const pay = (amount: number): Attempt[] =>
      rng.chance(0.1)
        ? [
            cardAttempt(rng, card, amount, {
              entry: 'saved',
              ok: false,
              decline: 'do_not_honor',
              afterMs: rng.int(3_000, 20_000),
            }),
          ]
        : [cardAttempt(rng, card, amount, { entry: 'saved', ok: true, afterMs: rng.int(3_000, 20_000) })];
    const after = (): LaterEvent[] => {
      const out: LaterEvent[] = [];
      if (gifts) out.push({ type: 'order.updated', afterMs: rng.int(20_000, 90_000), status: 'fulfilled' });
      if (redirect)
        out.push({
          type: 'order.updated',
          afterMs: rng.int(8, 50) * MINUTE,
          reason: 'address_changed',
          shipping: drop,
        });
      const ship = rng.int(20, 70) * HOUR;
      const noticed = rng.int(1, 20) * DAY;
      const r = rng.next();
      if (r < 0.3 && !gifts && noticed < ship) {
        out.push(
          { type: 'order.cancelled', afterMs: noticed, reason: 'account_compromised' },
          { type: 'refund.created', afterMs: noticed + HOUR, reason: 'fraudulent' },
        );
        return out;
      }
      if (!gifts)
        out.push(
          { type: 'order.updated', afterMs: ship, status: 'shipped' },
          { type: 'order.updated', afterMs: ship + rng.int(2, 5) * DAY, status: 'delivered' },
        );
      if (r < 0.3)
        out.push({ type: 'refund.created', afterMs: Math.max(noticed, ship + DAY), reason: 'fraudulent' });
      else if (r < 0.72)
        out.push({ type: 'dispute.created', afterMs: noticed + rng.int(2, 20) * DAY, reason: 'fraudulent' });
      else if (r < 0.82)
        out.push({ type: 'fraud_warning.created', afterMs: rng.int(2, 10) * DAY, reason: 'fraudulent' });
      return out;
    };
    out.push(
      fraudOrder(
        'account_takeover',
        at,
        base,
        lines,
        gifts ? { recipientEmail: fraudEmail(rng, 'free') } : { shipping: redirect ? { ...a.home } : drop },
        pay,
        after,
      ),
    );
  }
  return out;
}

/**
 * Friendly fraud: ordinary customers, ordinary orders, delivered to their door; then "item not received" (or
 * "not as described", or "I didn't make this purchase") with the bank, or a claim to the store for a refund,
 * a few of them charging back as well.
 */
export function friendlyFraud(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  for (let i = 0; i < count; i++) {
    const signedIn = rng.chance(0.6);
    const buyer = signedIn ? fromAccount(rng, pickAccount(rng, w.customers.us)) : guestOf(rng, usPerson(rng));
    const at = moment(rng, w.window, buyer.tz, rng.chance(0.5) ? 'gifting' : 'store');
    const lines: Line[] = records(rng, rng.int(1, 5));
    if (rng.chance(0.2)) addLine(lines, rng.pick(TURNTABLES.slice(0, 4)));
    if (rng.chance(0.15)) addLine(lines, rng.pick(BOX_SETS));
    if (rng.chance(0.1)) addLine(lines, rng.pick(LIMITED));
    const p = honestOrder(rng, 'friendly_fraud', buyer, at, lines, { declineShare: 0.02 });
    if (!p.attempts.some((a) => a.ok)) p.attempts = [other('paypal', true, rng.int(5_000, 40_000))];
    const ship = rng.int(18, 70) * HOUR;
    const delivered = ship + rng.int(2, 8) * DAY;
    const claim = delivered + rng.int(8, 45) * DAY;
    const r = rng.next();
    const later: LaterEvent[] = [
      { type: 'order.updated', afterMs: ship, status: 'shipped' },
      { type: 'order.updated', afterMs: delivered, status: 'delivered' },
    ];
    if (r < 0.55) later.push({ type: 'dispute.created', afterMs: claim, reason: 'product_not_received' });
    else if (r < 0.68) later.push({ type: 'dispute.created', afterMs: claim, reason: 'fraudulent' });
    else if (r < 0.78)
      later.push({ type: 'dispute.created', afterMs: claim, reason: 'product_unacceptable' });
    else {
      later.push({
        type: 'refund.created',
        afterMs: delivered + rng.int(4, 20) * DAY,
        reason: 'not_received',
      });
      if (rng.chance(0.25))
        later.push({ type: 'dispute.created', afterMs: claim + 10 * DAY, reason: 'product_not_received' });
    }
    out.push({ ...p, fraud: true, later });
  }
  return out;
}

/**
 * Cracked gift-card balances: a script guesses gift-card codes (two to seven misses, a few runs never hit),
 * then spends the balance on resellable stock shipped to a reshipper or mule; guests, datacentre or proxy
 * addresses, mostly at night. When the card's owner complains, the store cancels if it can and restores the
 * balance.
 */
export function giftCardCracking(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  for (let i = 0; i < count; i++) {
    const at = moment(rng, w.window, STORE_TZ, 'store', rng.chance(0.65) ? 'night' : 'leisure');
    const dest = rng.chance(0.5) ? suite(rng, rng.pick(RESHIPPERS)) : usAddress(rng, rng.pick(MULE_CITIES));
    const lines: Line[] = [];
    addLine(lines, rng.pick([...LIMITED, ...CARTRIDGES.slice(1, 4), ...TURNTABLES.slice(1, 4)]));
    if (rng.chance(0.3)) addLine(lines, rng.pick(LIMITED));
    const buyer = {
      email: fraudEmail(rng, rng.chance(0.5) ? 'disposable' : 'free'),
      name: usPerson(rng).name,
    };
    const pay = (): Attempt[] => {
      const misses = rng.int(2, 7);
      const attempts: Attempt[] = Array.from({ length: misses }, () =>
        other(
          'gift_card',
          false,
          rng.int(4_000, 25_000),
          rng.chance(0.8) ? 'invalid_gift_card' : 'gift_card_balance_insufficient',
        ),
      );
      if (rng.chance(0.82)) attempts.push(other('gift_card', true, rng.int(4_000, 25_000)));
      return attempts;
    };
    const after = (): LaterEvent[] => {
      const ship = rng.int(20, 70) * HOUR;
      const complaint = rng.int(6, 120) * HOUR;
      if (complaint < ship && rng.chance(0.6))
        return [
          { type: 'order.cancelled', afterMs: complaint, reason: 'gift_card_reported_stolen' },
          { type: 'refund.created', afterMs: complaint + HOUR, reason: 'fraudulent' },
        ];
      return [
        { type: 'order.updated', afterMs: ship, status: 'shipped' },
        { type: 'order.updated', afterMs: ship + rng.int(2, 5) * DAY, status: 'delivered' },
      ];
    };
    out.push(
      fraudOrder(
        'gift_card_cracking',
        at,
        who(buyer, dest, proxyNetwork(rng, 0.4, 0.25), botDevice(rng, 0.4), rng),
        lines,
        { shipping: dest },
        pay,
        after,
      ),
    );
  }
  return out;
}
