import { domesticCard } from './cards.js';
import { giftCardBasket, orderTotal, resaleBasket } from './catalog.js';
import { attempts, checkoutGap, fraudAftermath, type AttemptSpec } from './checkout.js';
import { customerNumber } from './customers.js';
import {
  dropAddress,
  fraudEndpoint,
  fraudsterDevice,
  freshFreemail,
  OPS_COUNTRIES,
  VICTIM_COUNTRIES,
  victim,
  type IpStyle,
} from './fraud-kit.js';
import { currencyFor } from './money.js';
import type { Networks } from './networks.js';
import type { Rng } from './random.js';
import { DAY, MINUTE, SECOND, shoppingTime } from './timeline.js';
import type { Address, Device, PurchasePlan } from './types.js';

/**
 * Stolen cards ("fullz" bought from phishing shops): a crew orders resale goods with a victim's card and
 * billing address and has them sent to a drop. Crews work in sessions of one to three orders, reuse their
 * machines, e-mails and drops, and keep going after the first chargebacks arrive.
 */

interface Crew {
  ops: string;
  ipStyle: IpStyle;
  devices: Device[];
  /** Antidetect browser: a fresh fingerprint every session. */
  antidetect: boolean;
  drops: Address[];
  accountStyle: 'guest' | 'fresh' | 'aged';
  email?: string;
  /** The account behind the reused e-mail, once created. */
  account?: { id: string; createdAt: number };
  /** Cards already used, to come back with. */
  used: Array<{ card: PurchasePlan['attempts'][number]['card']; billing: Address; name: string }>;
  /** A victim country the crew's current dump is from. */
  victimCountry: string;
}

function newCrew(rng: Rng): Crew {
  const victimCountry = rng.weighted(VICTIM_COUNTRIES);
  const drops = Array.from({ length: rng.int(1, 4) }, () => dropAddress(rng, victimCountry));
  const crew: Crew = {
    ops: rng.weighted(OPS_COUNTRIES),
    ipStyle: rng.weighted<IpStyle>([
      ['proxy_in_victim_country', 40],
      ['vpn', 35],
      ['own', 25],
    ]),
    devices: Array.from({ length: rng.int(1, 2) }, () => fraudsterDevice(rng)),
    antidetect: rng.chance(0.3),
    drops,
    accountStyle: rng.weighted([
      ['guest', 40],
      ['fresh', 45],
      ['aged', 15],
    ] as const),
    used: [],
    victimCountry,
  };
  if (rng.chance(0.35)) crew.email = freshFreemail(rng);
  return crew;
}

export function stolenCardPlans(
  rng: Rng,
  nets: Networks,
  start: number,
  end: number,
  count: number,
): PurchasePlan[] {
  const crews = Array.from({ length: Math.max(2, Math.round(count / 5)) }, () => newCrew(rng));
  // Sessions first, then orders in time order, so reuse (cards, e-mails, accounts) runs forwards in time.
  const sessions: Array<{ crew: Crew; time: number; size: number }> = [];
  for (let planned = 0; planned < count;) {
    const crew = rng.pick(crews);
    const size = Math.min(
      count - planned,
      rng.weighted([
        [1, 55],
        [2, 30],
        [3, 15],
      ]),
    );
    sessions.push({
      crew,
      time: shoppingTime(rng, start, end, rng.chance(0.6) ? crew.ops : crew.victimCountry),
      size,
    });
    planned += size;
  }
  sessions.sort((a, b) => a.time - b.time);
  const plans: PurchasePlan[] = [];
  for (const { crew, time, size } of sessions) {
    const endpoint = fraudEndpoint(rng, nets, crew.ipStyle, crew.victimCountry, crew.ops);
    const device: Device = crew.antidetect ? fraudsterDevice(rng) : rng.pick(crew.devices);
    let t = time;
    for (let i = 0; i < size; i++) {
      plans.push(stolenCardOrder(rng, crew, t, endpoint, device));
      t += rng.int(3, 25) * MINUTE;
    }
  }
  return plans;
}

function stolenCardOrder(
  rng: Rng,
  crew: Crew,
  time: number,
  endpoint: PurchasePlan['endpoint'],
  device: Device,
): PurchasePlan {
  // Mostly a fresh card from the dump; sometimes one that worked before (until it is blocked).
  const reuse = crew.used.length > 0 && rng.chance(0.15) ? rng.pick(crew.used) : undefined;
  const fresh = victim(rng, rng.chance(0.8) ? crew.victimCountry : rng.weighted(VICTIM_COUNTRIES));
  const billing = reuse?.billing ?? fresh.address;
  const cardholder = reuse?.name ?? fresh.name.full;
  const card = reuse?.card ?? fresh.card;
  const currency = currencyFor(billing.country);

  const digital = rng.chance(0.15);
  const target = Math.min(400_000, Math.max(15_000, rng.logNormal(80_000, 0.6)));
  const basket = digital ? giftCardBasket(rng, target, currency) : resaleBasket(rng, target, currency);
  const shipToDrop = rng.chance(0.78);
  const shipping = basket.digitalOnly ? undefined : shipToDrop ? rng.pick(crew.drops) : billing;
  const amount = orderTotal(basket, shipping?.country ?? billing.country, currency);

  const email =
    crew.email && rng.chance(0.7) ? crew.email : freshFreemail(rng, rng.chance(0.5) ? fresh.name : undefined);
  let account: { id: string; createdAt: number } | undefined;
  if (crew.accountStyle !== 'guest') {
    if (email === crew.email && crew.account) account = crew.account;
    else {
      const createdAt =
        crew.accountStyle === 'fresh'
          ? time - rng.int(2, 180) * MINUTE
          : time - Math.floor(rng.between(4, 40) * DAY);
      account = { id: customerNumber(rng, createdAt), createdAt };
      if (email === crew.email) crew.account = account;
    }
  }

  // Fullz carry the right address and CVV most of the time; a share of cards is already blocked.
  const address = rng.weighted([
    ['match', 60],
    ['partial', 20],
    ['mismatch', 20],
  ] as const);
  const cvc = rng.chance(0.8) ? 'typed' : 'wrong';
  const specs: AttemptSpec[] = [];
  const firstWorks = rng.chance(0.7);
  specs.push({ card, succeeded: firstWorks, address, cvc, gap: checkoutGap(rng) });
  if (!firstWorks && rng.chance(0.7)) {
    // Next card from the same batch, same cardholder details typed again by habit or a new set.
    const next = domesticCard(rng, billing.country);
    specs.push({
      card: next,
      succeeded: rng.chance(0.65),
      address: 'mismatch',
      cvc: 'typed',
      gap: rng.int(30, 240) * SECOND,
    });
  }

  const plan: PurchasePlan = {
    key: '',
    kind: 'stolen_card',
    fraud: true,
    time,
    currency,
    amount,
    items: basket.items,
    identity: {
      ...(account ? { customerId: account.id, createdAt: account.createdAt } : {}),
      email,
      name: cardholder,
    },
    billing,
    ...(shipping ? { shipping } : {}),
    endpoint,
    device,
    attempts: attempts(rng, specs),
    followUps: [],
  };
  plan.followUps = fraudAftermath(rng, plan, { warning: 0.4, dispute: 0.6, cancelOnEarlyWarning: 0.5 });
  if (plan.attempts.some((a) => a.outcome === 'succeeded'))
    crew.used.push({ card, billing, name: cardholder });
  else plan.followUps.push({ type: 'order.cancelled', offset: rng.int(30, 90) * MINUTE });
  return plan;
}
