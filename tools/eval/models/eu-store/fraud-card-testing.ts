import { randomAddress } from './addresses.js';
import { DUMP_COUNTRIES, domesticCard } from './cards.js';
import { fixedBasket, giftCardBasket, orderTotal } from './catalog.js';
import { attempts, fraudAftermath, type AttemptSpec } from './checkout.js';
import { customerNumber } from './customers.js';
import { botUserAgent, newDeviceId } from './devices.js';
import { disposableEmail } from './emails.js';
import { VPN_EXITS, type Networks } from './networks.js';
import { nameFor } from './names.js';
import type { Rng } from './random.js';
import { HOUR, MINUTE, SECOND, nightTime } from './timeline.js';
import type { Address, Card, Device, Endpoint, PurchasePlan } from './types.js';

/**
 * Card testing: a bot checks which cards from a freshly bought list still work by buying the cheapest thing
 * in the shop (or a small gift card, which is also worth cashing). Each probe is a guest checkout; most
 * authorisations are declined. Campaigns differ in cadence and in how hard they hide: one server hammering
 * away at night, a rotating proxy pool, a slow drip over a day, or several cards thrown at one order.
 */

type Style = 'burst' | 'rotating' | 'drip' | 'multi_card';

interface Campaign {
  style: Style;
  sku: string;
  userAgent: string;
  /** Card list origin: one dump is usually one or two countries. */
  dump: string[];
  /** Bots reuse a template billing address or fill in the cardholder data from the list. */
  templateBilling?: Address;
  emailStyle: 'random_gmail' | 'disposable' | 'pattern';
  emailStem: string;
  /** Per-card chance that the authorisation goes through. */
  liveRate: number;
}

const PROBE_SKUS: Array<[string, number]> = [
  ['AC-HDMI', 18],
  ['AC-USBC-CBL', 16],
  ['FA-SOCKS', 8],
  ['AC-GLASS', 9],
  ['HM-CANDLE', 5],
  ['AC-MSD128', 6],
  ['GC-STORE-25', 16],
  ['GC-GPLAY-25', 8],
  ['GC-STORE-50', 12],
  ['GC-PSN-50', 6],
  ['GC-STEAM-50', 6],
  ['AC-CASE', 8],
];

function newCampaign(rng: Rng, style: Style): Campaign {
  const first = rng.weighted(DUMP_COUNTRIES);
  const campaign: Campaign = {
    style,
    sku: rng.weighted(PROBE_SKUS),
    userAgent: botUserAgent(rng),
    dump: rng.chance(0.5) ? [first] : [first, rng.weighted(DUMP_COUNTRIES)],
    emailStyle: rng.weighted([
      ['random_gmail', 45],
      ['disposable', 25],
      ['pattern', 30],
    ] as const),
    emailStem: rng.letters(rng.int(3, 6)),
    liveRate: rng.between(0.08, 0.3),
  };
  if (rng.chance(0.4))
    campaign.templateBilling = randomAddress(rng, first === 'US' || first === 'GB' ? first : 'DE');
  return campaign;
}

/** Splits the probe budget over a few campaigns of different styles. */
export function cardTestingPlans(
  rng: Rng,
  nets: Networks,
  start: number,
  end: number,
  count: number,
): PurchasePlan[] {
  const plans: PurchasePlan[] = [];
  let remaining = count;
  const styles: Style[] = rng.shuffle(['burst', 'rotating', 'drip', 'multi_card'] as Style[]);
  let i = 0;
  while (remaining > 0) {
    const style = styles[i % styles.length] ?? 'burst';
    i++;
    const size = Math.min(remaining, styleSize(rng, style, count));
    plans.push(...campaignPlans(rng, nets, newCampaign(rng, style), start, end, size));
    remaining -= size;
  }
  return plans;
}

function styleSize(rng: Rng, style: Style, total: number): number {
  const share = {
    burst: rng.between(0.25, 0.4),
    rotating: rng.between(0.2, 0.3),
    drip: rng.between(0.15, 0.25),
    multi_card: rng.between(0.1, 0.2),
  }[style];
  return Math.max(3, Math.round(total * share));
}

function campaignPlans(
  rng: Rng,
  nets: Networks,
  c: Campaign,
  start: number,
  end: number,
  size: number,
): PurchasePlan[] {
  // Bots run when fraud teams are least likely to watch: mostly the store's night.
  const perProbe = { burst: 34 * SECOND, rotating: 110 * SECOND, drip: 30 * MINUTE, multi_card: 7 * MINUTE }[
    c.style
  ];
  const latest = Math.max(start + HOUR, end - Math.ceil(1.3 * size * perProbe));
  const begin = rng.chance(0.6)
    ? nightTime(rng, start, latest, 'DE')
    : Math.floor(rng.between(start, latest));
  const server = nets.hosting(rng);
  const proxyPool: Endpoint[] = Array.from({ length: rng.int(6, 20) }, () =>
    rng.chance(0.5) ? nets.hosting(rng) : nets.residentialProxy(rng, rng.weighted(VPN_EXITS)),
  );
  const fixedDevice: Device = rng.chance(0.35)
    ? { userAgent: c.userAgent }
    : { id: newDeviceId(rng), userAgent: c.userAgent };
  const devicePool = Array.from({ length: rng.int(2, 4) }, () => newDeviceId(rng));
  const plans: PurchasePlan[] = [];
  let t = begin;
  for (let n = 0; n < size; n++) {
    let endpoint: Endpoint;
    let device: Device;
    switch (c.style) {
      case 'burst':
        t += rng.int(8, 60) * SECOND;
        endpoint = server;
        device = fixedDevice;
        break;
      case 'rotating':
        t += rng.int(20, 200) * SECOND;
        endpoint = rng.pick(proxyPool);
        device = rng.chance(0.5)
          ? { id: rng.pick(devicePool), userAgent: c.userAgent }
          : { id: newDeviceId(rng), userAgent: c.userAgent };
        break;
      case 'drip':
        t += Math.floor(rng.exponential(28 * MINUTE)) + 2 * MINUTE;
        endpoint = nets.residentialProxy(rng, rng.weighted(VPN_EXITS));
        device = { id: newDeviceId(rng), userAgent: c.userAgent };
        break;
      case 'multi_card':
        t += rng.int(2, 12) * MINUTE;
        endpoint = rng.chance(0.7) ? server : rng.pick(proxyPool);
        device = fixedDevice;
        break;
    }
    const tested = probe(rng, c, t, endpoint, device);
    plans.push(tested);
    const live = tested.attempts.find((a) => a.outcome === 'succeeded');
    if (live && n < size - 1 && rng.chance(0.3)) {
      // A live card is worth more than the probe: cash it out at once on gift cards, same infrastructure.
      n++;
      plans.push(cashOut(rng, c, t + rng.int(2, 50) * MINUTE, endpoint, device, tested, live.card));
    }
  }
  return plans;
}

function cashOut(
  rng: Rng,
  c: Campaign,
  time: number,
  endpoint: Endpoint,
  device: Device,
  tested: PurchasePlan,
  card: Card,
): PurchasePlan {
  const basket = giftCardBasket(rng, rng.between(8_000, 30_000), 'EUR');
  const plan: PurchasePlan = {
    ...tested,
    time,
    amount: orderTotal(basket, tested.billing.country, 'EUR'),
    items: basket.items,
    identity: {
      email: rng.chance(0.5) ? tested.identity.email : `${c.emailStem}${rng.int(100, 99999)}@gmail.com`,
      name: tested.identity.name,
    },
    endpoint,
    device,
    attempts: attempts(rng, [
      { card, succeeded: rng.chance(0.7), address: 'mismatch', cvc: 'typed', gap: rng.int(2, 8) * SECOND },
    ]),
    followUps: [],
  };
  delete plan.shipping;
  plan.followUps = fraudAftermath(rng, plan, { warning: 0.5, dispute: 0.4, cancelOnEarlyWarning: 0.6 });
  if (!plan.attempts.some((a) => a.outcome === 'succeeded'))
    plan.followUps.push({ type: 'order.cancelled', offset: rng.int(30, 90) * MINUTE });
  return plan;
}

function probe(rng: Rng, c: Campaign, time: number, endpoint: Endpoint, device: Device): PurchasePlan {
  const cardCountry = rng.pick(c.dump);
  const holder = nameFor(rng, cardCountry);
  const billing =
    c.templateBilling ??
    randomAddress(
      rng,
      cardCountry === 'US' || cardCountry === 'GB' || cardCountry === 'DE' || cardCountry === 'FR'
        ? cardCountry
        : 'US',
    );
  const basket = fixedBasket([[c.sku, 1]], 'EUR');
  const amount = orderTotal(basket, billing.country, 'EUR');
  const email =
    c.emailStyle === 'random_gmail'
      ? `${rng.letters(rng.int(6, 10))}${rng.int(10, 9999)}@gmail.com`
      : c.emailStyle === 'disposable'
        ? disposableEmail(rng, null)
        : `${c.emailStem}${rng.int(100, 99999)}@${rng.pick(['gmail.com', 'outlook.com', 'hotmail.com'])}`;

  // One card per order, or several in a row on the same order (multi-card campaigns).
  const cards =
    c.style === 'multi_card'
      ? rng.int(2, 7)
      : rng.weighted([
          [1, 80],
          [2, 15],
          [3, 5],
        ]);
  const specs: AttemptSpec[] = [];
  for (let k = 0; k < cards; k++) {
    const live = rng.chance(c.liveRate);
    specs.push({
      card: domesticCard(rng, cardCountry),
      succeeded: live,
      address: c.templateBilling ? 'mismatch' : rng.chance(0.5) ? 'match' : 'mismatch',
      cvc: live ? 'typed' : rng.chance(0.4) ? 'wrong' : 'typed',
      gap: k === 0 ? rng.int(2, 8) * SECOND : rng.int(3, 20) * SECOND,
    });
    if (live) break;
  }
  const guest = rng.chance(0.85);
  const createdAt = time - rng.int(5, 60) * SECOND;
  const plan: PurchasePlan = {
    key: '',
    kind: 'card_testing',
    fraud: true,
    time,
    currency: 'EUR',
    amount,
    items: basket.items,
    identity: {
      ...(guest ? {} : { customerId: customerNumber(rng, createdAt), createdAt }),
      email,
      name: holder.full,
    },
    billing,
    ...(basket.digitalOnly ? {} : { shipping: billing }),
    endpoint,
    device,
    attempts: attempts(rng, specs),
    followUps: [],
  };
  plan.followUps = fraudAftermath(rng, plan, { warning: 0.35, dispute: 0.12, cancelOnEarlyWarning: 0.6 });
  if (!plan.attempts.some((a) => a.outcome === 'succeeded'))
    plan.followUps.push({ type: 'order.cancelled', offset: rng.int(30, 90) * MINUTE });
  return plan;
}
