import { giftCardBasket, orderTotal, resaleBasket } from './catalog.js';
import { attempts, checkoutGap, fraudAftermath, type AttemptSpec } from './checkout.js';
import type { Customer } from './customers.js';
import { disposableEmail } from './emails.js';
import {
  dropAddress,
  fraudEndpoint,
  fraudsterDevice,
  freshFreemail,
  OPS_COUNTRIES,
  victim,
  type IpStyle,
} from './fraud-kit.js';
import { currencyFor } from './money.js';
import type { Networks } from './networks.js';
import type { Rng } from './random.js';
import { HOUR, MINUTE, SECOND, nightTime, shoppingTime } from './timeline.js';
import type { Device, FollowUp, PurchasePlan } from './types.js';

/**
 * Account takeover: credentials from a breach or an info-stealer log open an old, well-behaved account. The
 * attacker logs in from their own rig (new device, new network, often abroad), points delivery at a drop,
 * and spends far above the owner's habit — often on the saved card, so the card and billing look familiar.
 */

interface Attacker {
  ops: string;
  ipStyle: IpStyle;
  device: Device;
}

export function accountTakeoverPlans(
  rng: Rng,
  nets: Networks,
  start: number,
  end: number,
  count: number,
  customers: Customer[],
): PurchasePlan[] {
  const attackers: Attacker[] = Array.from({ length: Math.max(2, Math.round(count / 3)) }, () => ({
    ops: rng.weighted(OPS_COUNTRIES),
    ipStyle: rng.weighted<IpStyle>([
      ['proxy_in_victim_country', 40],
      ['vpn', 30],
      ['own', 30],
    ]),
    device: fraudsterDevice(rng),
  }));
  // Old accounts that already have an honest order in the stream (their history before the takeover).
  const candidates = rng.shuffle(
    customers.filter(
      (c) =>
        c.seenOrders.length > 0 &&
        c.createdAt < start - 60 * 24 * HOUR &&
        (c.seenOrders[0]?.time ?? end) < end - 3 * HOUR,
    ),
  );
  const plans: PurchasePlan[] = [];
  for (const c of candidates) {
    if (plans.length >= count) break;
    const firstSeen = c.seenOrders[0]?.time ?? start;
    const from = firstSeen + 2 * HOUR;
    const attacker = rng.pick(attackers);
    const time = rng.chance(0.5)
      ? nightTime(rng, from, end, c.country)
      : shoppingTime(rng, from, end, attacker.ops);
    const first = takeoverOrder(rng, nets, c, attacker, time, false);
    plans.push(first);
    if (plans.length < count && rng.chance(0.2) && first.attempts.some((a) => a.outcome === 'succeeded')) {
      plans.push(takeoverOrder(rng, nets, c, attacker, time + rng.int(5, 40) * MINUTE, true, first));
    }
  }
  return plans;
}

function takeoverOrder(
  rng: Rng,
  nets: Networks,
  c: Customer,
  attacker: Attacker,
  time: number,
  again: boolean,
  previous?: PurchasePlan,
): PurchasePlan {
  const usual = c.seenOrders.reduce((sum, o) => sum + o.eur, 0) / Math.max(1, c.seenOrders.length);
  const target = Math.min(450_000, Math.max(40_000, usual * rng.between(3, 10)));
  const currency = currencyFor(c.home.country);
  const basket =
    again || rng.chance(0.25)
      ? giftCardBasket(rng, again ? target / 2 : target, currency)
      : resaleBasket(rng, target, currency);
  const drop = dropAddress(rng, rng.chance(0.6) ? c.country : 'DE');
  const editLater = !basket.digitalOnly && rng.chance(0.15);
  const shipping = basket.digitalOnly ? undefined : editLater ? c.home : drop;
  const amount = orderTotal(basket, shipping?.country ?? c.home.country, currency);
  const email =
    previous?.identity.email ??
    (rng.chance(0.2)
      ? rng.chance(0.5)
        ? freshFreemail(rng, c.name)
        : disposableEmail(rng, c.name)
      : c.email);
  const endpoint = previous?.endpoint ?? fraudEndpoint(rng, nets, attacker.ipStyle, c.country, attacker.ops);

  const saved = c.cards[0];
  const specs: AttemptSpec[] =
    saved && rng.chance(0.7)
      ? [{ card: saved, succeeded: rng.chance(0.9), address: 'match', cvc: 'saved', gap: checkoutGap(rng) }]
      : [
          {
            card: victim(rng, c.country).card,
            succeeded: rng.chance(0.75),
            address: rng.chance(0.5) ? 'mismatch' : 'partial',
            cvc: rng.chance(0.8) ? 'typed' : 'wrong',
            gap: checkoutGap(rng),
          },
        ];

  const plan: PurchasePlan = {
    key: '',
    kind: 'account_takeover',
    fraud: true,
    time,
    currency,
    amount,
    items: basket.items,
    identity: { customerId: c.id, createdAt: c.createdAt, email, name: c.name.full },
    billing: c.home,
    ...(shipping ? { shipping } : {}),
    endpoint,
    device: attacker.device,
    attempts: attempts(rng, specs),
    followUps: [],
  };
  const edits: FollowUp[] = editLater
    ? [{ type: 'order.updated', offset: rng.int(20, 300) * SECOND, shipping: drop, endpoint }]
    : [];
  plan.followUps = [
    ...edits,
    ...fraudAftermath(rng, plan, { warning: 0.25, dispute: 0.45, cancelOnEarlyWarning: 0.5, refund: 0.3 }),
  ];
  if (!plan.attempts.some((a) => a.outcome === 'succeeded'))
    plan.followUps.push({ type: 'order.cancelled', offset: rng.int(30, 90) * MINUTE });
  return plan;
}
