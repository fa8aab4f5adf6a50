import { randomAddress } from './addresses.js';
import { domesticCard } from './cards.js';
import { giftCardBasket, orderTotal, resaleBasket } from './catalog.js';
import { attempts, checkoutGap, fraudAftermath, type AttemptSpec } from './checkout.js';
import { customerNumber } from './customers.js';
import { disposableEmail, relayEmail } from './emails.js';
import {
  dropAddress,
  fraudEndpoint,
  fraudsterDevice,
  OPS_COUNTRIES,
  VICTIM_COUNTRIES,
  victim,
  type IpStyle,
} from './fraud-kit.js';
import { currencyFor } from './money.js';
import { nameFor } from './names.js';
import type { Networks } from './networks.js';
import type { Rng } from './random.js';
import { MINUTE, SECOND, shoppingTime } from './timeline.js';
import type { Device, PurchasePlan } from './types.js';

/**
 * Throwaway accounts: registered minutes before the order with a disposable or relay inbox, used once for a
 * basket far above what this store normally sells, paid with a stolen or borrowed card. The same person comes
 * back with a new inbox — from the same machine more often than not.
 */

interface Actor {
  ops: string;
  ipStyle: IpStyle;
  device: Device;
  /** Prefers relay addresses (Apple "Hide My Email" on an iPhone) over public disposable inboxes. */
  relay: boolean;
}

export function throwawayPlans(
  rng: Rng,
  nets: Networks,
  start: number,
  end: number,
  count: number,
): PurchasePlan[] {
  const actors: Actor[] = Array.from({ length: Math.max(2, Math.round(count / 2.5)) }, () => ({
    ops: rng.weighted(OPS_COUNTRIES),
    ipStyle: rng.weighted<IpStyle>([
      ['proxy_in_victim_country', 35],
      ['vpn', 40],
      ['own', 25],
    ]),
    device: fraudsterDevice(rng),
    relay: rng.chance(0.25),
  }));
  const times = Array.from({ length: count }, () => Math.floor(rng.between(start, end))).sort(
    (a, b) => a - b,
  );
  return times.map((t) => {
    const actor = rng.pick(actors);
    return throwawayOrder(
      rng,
      nets,
      actor,
      shoppingTime(rng, t, Math.min(end, t + 2 * 3_600_000), actor.ops),
    );
  });
}

function throwawayOrder(rng: Rng, nets: Networks, actor: Actor, time: number): PurchasePlan {
  const cardCountry = rng.weighted(VICTIM_COUNTRIES);
  const holder = victim(rng, cardCountry);
  const usesHolderName = rng.chance(0.7);
  const name = usesHolderName ? holder.name : nameFor(rng, cardCountry);
  const billing = usesHolderName ? holder.address : randomAddress(rng, cardCountry);
  const email =
    actor.relay && rng.chance(0.8)
      ? relayEmail(rng, name)
      : disposableEmail(rng, rng.chance(0.5) ? name : null);
  const createdAt = time - rng.int(40, 15 * 60) * SECOND;
  const currency = currencyFor(billing.country);

  // Far above the usual basket (tens of euros): a laptop, two phones, a stack of gift cards.
  const target = Math.min(500_000, Math.max(50_000, rng.logNormal(110_000, 0.5)));
  const basket = rng.chance(0.2)
    ? giftCardBasket(rng, target, currency)
    : resaleBasket(rng, target, currency);
  const shipping = basket.digitalOnly
    ? undefined
    : rng.chance(0.65)
      ? dropAddress(rng, cardCountry)
      : billing;
  const amount = orderTotal(basket, shipping?.country ?? billing.country, currency);
  const endpoint = fraudEndpoint(rng, nets, actor.ipStyle, cardCountry, actor.ops);
  const device: Device = rng.chance(0.65) ? actor.device : fraudsterDevice(rng);

  const address = usesHolderName
    ? rng.weighted([
        ['match', 55],
        ['partial', 25],
        ['mismatch', 20],
      ] as const)
    : 'mismatch';
  const specs: AttemptSpec[] = [
    {
      card: holder.card,
      succeeded: rng.chance(0.7),
      address,
      cvc: rng.chance(0.8) ? 'typed' : 'wrong',
      gap: checkoutGap(rng),
    },
  ];
  if (!specs[0]?.succeeded && rng.chance(0.6)) {
    specs.push({
      card: domesticCard(rng, cardCountry),
      succeeded: rng.chance(0.6),
      address: 'mismatch',
      cvc: 'typed',
      gap: rng.int(30, 300) * SECOND,
    });
  }

  const plan: PurchasePlan = {
    key: '',
    kind: 'new_account_throwaway',
    fraud: true,
    time,
    currency,
    amount,
    items: basket.items,
    identity: { customerId: customerNumber(rng, createdAt), createdAt, email, name: name.full },
    billing,
    ...(shipping ? { shipping } : {}),
    endpoint,
    device,
    attempts: attempts(rng, specs),
    followUps: [],
  };
  plan.followUps = fraudAftermath(rng, plan, { warning: 0.4, dispute: 0.55, cancelOnEarlyWarning: 0.5 });
  if (!plan.attempts.some((a) => a.outcome === 'succeeded'))
    plan.followUps.push({ type: 'order.cancelled', offset: rng.int(30, 90) * MINUTE });
  return plan;
}
