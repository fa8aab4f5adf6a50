import { type Rng } from '../kit/random.js';
import { cardFrom } from './cards.js';
import { bySku, cart, line } from './catalog.js';
import { chargeback, crewTown, cycleCards, dropAddress, fraudOrder, unpaid } from './fraud-kit.js';
import { sessionIp, shopper } from './honest-kit.js';
import { ABROAD_NETS, IN_NETS, ipOn, MOBILE } from './networks.js';
import { type Tier } from './places.js';
import { cardAttempt, cardless, deliveryDays, doorstep, SEC } from './payments.js';
import {
  type Attempt,
  DAY,
  device,
  HOUR,
  type Later,
  type Method,
  MIN,
  type Purchase,
  when,
  type Window,
} from './purchase.js';

/** Fraud from inside real accounts: takeovers, returns of the wrong item, and friendly chargebacks. */

/**
 * Account takeover: an old account's password from a leak (or its OTP phished) used from a new phone or a
 * server; the attacker spends the store credit and loyalty points, tries the saved card (the OTP goes to
 * the real owner, so it mostly fails, and the order may then be switched to COD), or orders COD with the
 * points applied — to a new address, or by changing the address just after ordering. The owner complains;
 * credit is restored, cards are disputed.
 */
export function accountTakeover(rng: Rng, w: Window, count: number): Purchase[] {
  const operators = Array.from({ length: Math.max(1, Math.ceil(count / 4)) }, () => ({
    dev: device(rng, false, rng.weighted({ app: 50, desktop: 35, mweb: 15 })),
    net: rng.chance(0.3)
      ? rng.pick([ABROAD_NETS.vpnSg, ABROAD_NETS.vpnNl, IN_NETS.doBangalore])
      : rng.weightedPick(MOBILE),
    town: crewTown(rng, [1, 2, 3]),
  }));
  return Array.from({ length: count }, () => {
    const op = rng.pick(operators);
    const at = when(rng, w);
    const victim = shopper(rng, w.start, { tiers: [1, 2] });
    const lines = cart(rng, 'gifting', rng.int(1, 3), 19_000);
    const drop = dropAddress(rng, op.town);
    const redirect = rng.chance(0.25);
    const method: Method = rng.weighted({ wallet: 45, card: 30, cod: 25 });
    let attempts: Attempt[] = [];
    const later: Later[] = [];
    if (redirect) later.push({ type: 'order.updated', afterMs: rng.int(8, 50) * MIN, shipping: drop });
    if (method === 'wallet') {
      attempts = [cardless('wallet', true, rng.int(5, 30) * SEC)];
      later.push({ type: 'refund.created', afterMs: rng.float(2, 9) * DAY, reason: 'account_compromised' });
    } else if (method === 'card') {
      const r = cycleCards(rng, [victim.card], 0.2, [['authentication_failed', 1]], {
        gapMs: [60_000, 200_000],
      });
      attempts = r.attempts;
      if (r.paid) later.push(...chargeback(rng, r.paid, { warning: 0.2, dispute: 0.8 }));
      else if (rng.chance(0.5)) later.push(...unpaid(rng));
      else
        later.push(
          { type: 'order.updated', afterMs: rng.int(4, 12) * MIN, method: 'cod' },
          codEnd(rng, at, op.town.tier),
        );
    } else later.push(codEnd(rng, at, op.town.tier));
    const points =
      method === 'card' ? {} : { coupon: { code: 'LOYALTY_POINTS', off: rng.int(3, 25) * 10_000 } };
    return fraudOrder({
      kind: 'account_takeover',
      ...points,
      at,
      buyer: victim.buyer,
      lines,
      method,
      attempts,
      later,
      ip: ipOn(rng, op.net),
      device: op.dev,
      billing: victim.home,
      shipping: redirect ? victim.home : drop,
    });
  });
}

/** A takeover's COD order: the owner notices and has it cancelled, or the attacker pays at the door. */
function codEnd(rng: Rng, at: number, tier: Tier): Later {
  return rng.chance(0.3)
    ? { type: 'order.cancelled', afterMs: rng.float(2, 30) * HOUR, reason: 'account_compromised' }
    : { type: 'payment.succeeded', afterMs: doorstep(rng, at, deliveryDays(rng, tier)) };
}

const WORTH_SWAPPING = [
  'FTW-SNK-6088',
  'FTW-SNK-6092',
  'WAT-FOS-7066',
  'WAT-MKR-7080',
  'BTY-PRF-9088',
  'BTY-MAC-9050',
  'BAG-MKR-8055',
  'GAD-SWT-9544',
];
const WORN_ONCE = ['ETH-LEH-3011', 'ETH-LEH-3068', 'ETH-MEN-4077', 'ETH-SAR-2093', 'ETH-SAR-2044'];

/**
 * Return fraud: the genuine branded item kept and a fake, an old pair or an empty box sent back; or an
 * outfit worn to a wedding and returned with the tags stuck back on. The refund goes out on pickup.
 */
export function returnFraud(rng: Rng, w: Window, count: number): Purchase[] {
  return Array.from({ length: count }, () => {
    const at = when(rng, w);
    const s = shopper(rng, w.start, { tiers: [1, 2] });
    const worn = rng.chance(0.35);
    const item = bySku(rng.pick(worn ? WORN_ONCE : WORTH_SWAPPING));
    const lines = [line(item), ...(rng.chance(0.3) ? cart(rng, 'everyday', 1, 1500) : [])];
    const method: Method = rng.weighted({ upi: 40, card: 20, cod: 40 });
    const days = deliveryDays(rng, s.city.tier);
    const deliveredAfter = doorstep(rng, at, days);
    const attempts =
      method === 'cod'
        ? []
        : method === 'card'
          ? [cardAttempt(s.card, true, rng.int(25, 90) * SEC, undefined, { cvvLess: s.cvvLess })]
          : [cardless('upi', true, rng.int(10, 60) * SEC)];
    const later: Later[] = [];
    if (method === 'cod') later.push({ type: 'payment.succeeded', afterMs: deliveredAfter });
    later.push({
      type: 'refund.created',
      afterMs: deliveredAfter + rng.float(2, 9) * DAY,
      reason: 'return',
      amount: item.rupees * 100,
    });
    return fraudOrder({
      kind: 'return_fraud',
      at,
      buyer: s.buyer,
      lines,
      method,
      attempts,
      later,
      ip: sessionIp(rng, s),
      device: s.device,
      billing: s.home,
      shipping: s.home,
    });
  });
}

/**
 * Friendly fraud: the shopper gets the parcel and tells the bank it never came, or that they did not make
 * the payment; a card chargeback or a UPI complaint weeks later.
 */
export function friendlyFraud(rng: Rng, w: Window, count: number): Purchase[] {
  return Array.from({ length: count }, () => {
    const at = when(rng, w);
    const s = shopper(rng, w.start, { tiers: [1, 2, 3] });
    const lines = cart(rng, rng.chance(0.5) ? 'gifting' : 'everyday', rng.int(1, 3), 19_000);
    const foreign = rng.chance(0.12);
    const method: Method = foreign ? 'card' : rng.weighted({ card: 65, upi: 35 });
    const card = foreign ? cardFrom(rng, rng.pick(['AE', 'US', 'GB'])) : s.card;
    const attempts =
      method === 'card'
        ? [cardAttempt(card, true, rng.int(25, 90) * SEC, undefined, { cvvLess: !foreign && s.cvvLess })]
        : [cardless('upi', true, rng.int(10, 60) * SEC)];
    const reason = rng.weighted({ product_not_received: 50, fraudulent: 35, product_unacceptable: 15 });
    const later: Later[] = [{ type: 'dispute.created', afterMs: rng.float(15, 50) * DAY, reason }];
    return fraudOrder({
      kind: 'friendly_fraud',
      at,
      buyer: s.buyer,
      lines,
      method,
      attempts,
      later,
      ip: sessionIp(rng, s),
      device: s.device,
      billing: s.home,
      shipping: s.home,
    });
  });
}
