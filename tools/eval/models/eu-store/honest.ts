import { nearbyAddress, pickupPoint, randomAddress } from './addresses.js';
import { domesticCard, type AddressMatch, type CvcSituation } from './cards.js';
import { everydayBasket, orderTotal, type Basket } from './catalog.js';
import { attempts, checkoutGap, paidAttempt, type AttemptSpec } from './checkout.js';
import { joinHousehold, newCustomer, pastSignup, type Customer, type OwnedDevice } from './customers.js';
import { deviceMix, isMobile, newDevice } from './devices.js';
import { disposableEmail, isPrivacyAddress } from './emails.js';
import { DEFAULT_GIFT_DESTINATIONS, GIFT_DESTINATIONS, TRAVEL_DESTINATIONS } from './market.js';
import { currencyFor, toEurCents } from './money.js';
import type { Networks } from './networks.js';
import type { Rng } from './random.js';
import { DAY, HOUR, MINUTE, SECOND, localHour, shoppingTime } from './timeline.js';
import type { Address, Endpoint, FollowUp, PurchasePlan } from './types.js';

/**
 * Honest purchases. Every confounder a real store sees is here at a realistic rate: travellers and VPN users
 * whose IP country is not their billing country, gifts and pick-up points, people who moved, new phones,
 * shared household and office connections, privacy-relay e-mails, neobank cards from another country, a
 * typo'd CVC before the successful retry, a declined card before another one.
 */

export interface HonestWorld {
  rng: Rng;
  nets: Networks;
  start: number;
  end: number;
}

type Situation = 'home' | 'traveller' | 'vpn_user' | 'new_device' | 'moved';

/** Share of parcels sent to a locker or pick-up point by country. */
const PICKUP_SHARE: Readonly<Record<string, number>> = {
  PL: 0.3,
  DE: 0.1,
  FR: 0.12,
  NL: 0.05,
  BE: 0.06,
  AT: 0.06,
  ES: 0.05,
  IT: 0.04,
  GB: 0.04,
  CZ: 0.15,
  LT: 0.25,
  EE: 0.2,
  LV: 0.2,
};

export interface HonestOrderOptions {
  firstTime: boolean;
  guest?: boolean;
  /** Forces a basket (big B2B / holiday orders). */
  basket?: Basket;
  kind?: string;
  shipping?: Address | null;
  endpoint?: Endpoint;
  device?: OwnedDevice;
}

/** One honest order of `c` at `time`. */
export function honestOrder(
  w: HonestWorld,
  c: Customer,
  time: number,
  opts: HonestOrderOptions,
): PurchasePlan {
  const { rng, nets } = w;
  const repeat = !opts.firstTime;
  const situation = rng.weighted<Situation>([
    ['home', 100],
    ['traveller', 4],
    ['vpn_user', 3.2],
    ['new_device', repeat ? 4 : 0],
    ['moved', repeat ? 1.2 : 0],
  ]);
  const flags: string[] = [];

  // Device: their usual ones; a new phone now and then (it stays theirs from then on).
  let device: OwnedDevice =
    opts.device ?? (rng.chance(0.68) ? c.devices[0] : rng.pick(c.devices)) ?? newDevice(rng, 'iphone');
  if (situation === 'new_device') {
    device = newDevice(
      rng,
      rng.weighted(deviceMix(c.country).filter(([cls]) => cls === 'iphone' || cls === 'android')),
    );
    c.devices.unshift(device);
    flags.push('new_device');
  }

  // Network.
  let endpoint: Endpoint;
  if (opts.endpoint) endpoint = opts.endpoint;
  else if (situation === 'traveller') {
    const dest = rng.weighted(TRAVEL_DESTINATIONS.filter(([country]) => country !== c.country));
    endpoint = rng.chance(0.8)
      ? { ...nets.publicWifi(rng, dest), network: 'hotel' }
      : { ...nets.residentialProxy(rng, dest), network: 'hotel' };
    flags.push('traveller');
  } else if (situation === 'vpn_user') {
    endpoint = nets.hosting(rng, rng.chance(0.35) ? undefined : nearestVpnExit(rng, c.country));
    flags.push('vpn_user');
  } else endpoint = everydayEndpoint(w, c, device, time);
  if (endpoint.network === 'office' || endpoint.network === 'university' || endpoint.network === 'mobile')
    flags.push('shared_network');

  // Addresses.
  let billing = c.home;
  if (situation === 'moved') {
    billing = rng.chance(0.7) ? nearbyAddress(rng, c.home) : randomAddress(rng, c.country);
    c.home = billing;
    flags.push('moved');
  }
  const currency = currencyFor(billing.country);
  const basket = opts.basket ?? everydayBasket(rng, c.taste, currency);
  let shipping: Address | undefined;
  if (opts.shipping !== undefined) shipping = opts.shipping ?? undefined;
  else if (!basket.digitalOnly) {
    const r = rng.next();
    const pickup = PICKUP_SHARE[c.country] ?? 0.03;
    if (r < 0.015) {
      const dest = rng.weighted(GIFT_DESTINATIONS[c.country] ?? DEFAULT_GIFT_DESTINATIONS);
      shipping = randomAddress(rng, dest === c.country ? 'AT' : dest);
      flags.push('gift_abroad');
    } else if (r < 0.015 + 0.055) {
      shipping = randomAddress(rng, c.country);
      flags.push('ship_elsewhere');
    } else if (r < 0.07 + pickup) {
      shipping = pickupPoint(rng, c.country, c.home.city);
      flags.push('ship_elsewhere');
    } else if (r < 0.07 + pickup + 0.02 && c.site) {
      shipping = nearbyAddress(rng, c.home);
      flags.push('ship_elsewhere');
    } else shipping = billing;
  }
  const voucher = rng.chance(0.06) ? rng.pick([10, 15, 20]) : 0;
  const amount = orderTotal(basket, shipping?.country ?? billing.country, currency, voucher);

  // Payment.
  const specs = honestPayment(rng, c, device, repeat, situation === 'moved', flags);

  const plan: PurchasePlan = {
    key: '',
    kind: 'ordinary',
    fraud: false,
    time,
    currency,
    amount,
    items: basket.items,
    identity: {
      ...(opts.guest ? {} : { customerId: c.id, createdAt: c.createdAt }),
      email: c.email,
      name: c.name.full,
    },
    billing,
    ...(shipping ? { shipping } : {}),
    endpoint,
    device: { id: device.id, userAgent: device.userAgent },
    attempts: attempts(rng, specs),
    followUps: [],
  };
  plan.followUps = honestFollowUps(rng, plan, endpoint);
  if (isPrivacyAddress(c.email)) flags.push('privacy_email');
  if (plan.attempts.some((a) => a.card.country !== billing.country)) flags.push('foreign_card');
  plan.kind = opts.kind ?? labelFor(flags, opts.firstTime);
  if (paidAttempt(plan)) c.seenOrders.push({ time, eur: toEurCents(amount, currency) });
  return plan;
}

/** The confounder a reviewer would name first for this order. */
function labelFor(flags: string[], firstTime: boolean): string {
  const order = [
    'traveller',
    'vpn_user',
    'gift_abroad',
    'moved',
    'new_device',
    'payment_retry',
    'ship_elsewhere',
    'privacy_email',
    'foreign_card',
    'shared_network',
  ];
  for (const flag of order) if (flags.includes(flag)) return flag;
  return firstTime ? 'first_time' : 'repeat_customer';
}

/** Commercial VPN users pick an exit near home (streaming, speed). */
function nearestVpnExit(rng: Rng, country: string): string {
  const near: Record<string, string[]> = {
    DE: ['DE', 'NL', 'CH'],
    AT: ['DE', 'CH', 'AT'],
    FR: ['FR', 'NL', 'CH'],
    IT: ['CH', 'DE', 'FR'],
    ES: ['ES', 'FR', 'NL'],
    GB: ['GB', 'NL', 'US'],
    IE: ['GB', 'NL'],
    NL: ['NL', 'DE'],
    BE: ['NL', 'FR', 'DE'],
    PL: ['DE', 'NL', 'SE'],
    SE: ['SE', 'NL'],
  };
  return rng.pick(near[country] ?? ['NL', 'DE', 'US']);
}

function everydayEndpoint(w: HonestWorld, c: Customer, device: OwnedDevice, time: number): Endpoint {
  const { rng, nets } = w;
  const hour = localHour(time, c.country);
  const weekday = new Date(time).getUTCDay() % 6 !== 0;
  if (c.site && weekday && hour >= 9 && hour < 17 && rng.chance(isMobile(device.cls) ? 0.25 : 0.55)) {
    return { ip: c.site.ip, country: c.site.country, network: c.site.kind };
  }
  if (isMobile(device.cls)) {
    const r = rng.next();
    if (r < 0.52) return nets.fromHome(rng, c.line);
    if (r < 0.95) return nets.mobile(rng, c.country);
    return nets.publicWifi(rng, c.country);
  }
  return rng.chance(0.95) ? nets.fromHome(rng, c.line) : nets.publicWifi(rng, c.country);
}

function honestPayment(
  rng: Rng,
  c: Customer,
  device: OwnedDevice,
  repeat: boolean,
  moved: boolean,
  flags: string[],
): AttemptSpec[] {
  const main = rng.chance(0.85) ? c.cards[0] : rng.pick(c.cards);
  const card = main ?? domesticCard(rng, c.country);
  if (c.walletUser && isMobile(device.cls) && rng.chance(0.55)) {
    return [{ card, succeeded: true, address: 'match', cvc: 'wallet', gap: checkoutGap(rng) }];
  }
  const cvc: CvcSituation = repeat && rng.chance(0.65) ? 'saved' : 'typed';
  const address: AddressMatch = moved
    ? rng.chance(0.6)
      ? 'partial'
      : 'mismatch'
    : rng.chance(0.03)
      ? 'partial'
      : 'match';
  const r = rng.next();
  if (cvc === 'typed' && r < 0.028) {
    // Typo in the CVC, noticed, typed again.
    flags.push('payment_retry');
    return [
      { card, succeeded: false, address, cvc: 'typo', gap: checkoutGap(rng) },
      { card, succeeded: true, address, cvc: 'typed', gap: rng.int(15, 120) * SECOND },
    ];
  }
  if (r < 0.045) {
    // Declined (limit, expired, insufficient funds): another card a few minutes later, or give up.
    flags.push('payment_retry');
    const other = c.cards.find((x) => x !== card) ?? domesticCard(rng, c.country);
    if (!c.cards.includes(other)) c.cards.push(other);
    if (rng.chance(0.7)) {
      return [
        { card, succeeded: false, address, cvc, gap: checkoutGap(rng) },
        { card: other, succeeded: true, address: 'match', cvc: 'typed', gap: rng.int(40, 420) * SECOND },
      ];
    }
    return [
      { card, succeeded: false, address, cvc, gap: checkoutGap(rng) },
      ...(rng.chance(0.5) ? [{ card, succeeded: false, address, cvc, gap: rng.int(20, 200) * SECOND }] : []),
    ];
  }
  return [{ card, succeeded: true, address, cvc, gap: checkoutGap(rng) }];
}

function honestFollowUps(rng: Rng, plan: PurchasePlan, endpoint: Endpoint): FollowUp[] {
  const out: FollowUp[] = [];
  const paid = paidAttempt(plan);
  if (!paid) {
    // Unpaid orders are closed by the store's pending-payment timeout.
    out.push({ type: 'order.cancelled', offset: rng.int(30, 90) * MINUTE });
    return out;
  }
  if (plan.shipping && rng.chance(0.03)) {
    out.push({
      type: 'order.updated',
      offset: paid.offset + rng.int(2, 45) * MINUTE,
      shipping: {
        ...plan.shipping,
        line1: `${plan.shipping.line1 ?? ''}${rng.pick([', 2nd floor', ' (rear building)', ' c/o reception', ', Apt 3'])}`,
      },
      endpoint,
    });
  }
  const r = rng.next();
  if (r < 0.012) {
    const at = paid.offset + rng.int(10, 180) * MINUTE;
    out.push({ type: 'order.cancelled', offset: at });
    out.push({ type: 'refund.created', offset: at + rng.int(5, 120) * SECOND });
  } else if (r < 0.012 + 0.045) {
    // A return inside the 14-day withdrawal period: one line or the whole order.
    const item = plan.items[0];
    const partial = plan.items.length > 1 && item && rng.chance(0.6) ? item.price * item.quantity : undefined;
    out.push({
      type: 'refund.created',
      offset: paid.offset + Math.floor(rng.between(3, 21) * DAY),
      ...(partial ? { amount: partial } : {}),
    });
  } else if (r < 0.057 + 0.0035) {
    // "I never got it" / "I don't recognise this": a chargeback without fraud.
    out.push({ type: 'dispute.created', offset: paid.offset + Math.floor(rng.between(12, 50) * DAY) });
  }
  return out;
}

/** Existing accounts that shop in the window, households included; each with the times of their orders. */
export function repeatCustomers(
  w: HonestWorld,
  orders: number,
): Array<{ customer: Customer; times: number[] }> {
  const out: Array<{ customer: Customer; times: number[] }> = [];
  let planned = 0;
  let households = 0;
  while (planned < orders) {
    const head = newCustomer(w.rng, w.nets, { createdAt: pastSignup(w.rng, w.start) });
    const members = [head];
    if (w.rng.chance(0.12)) {
      const tag = `hh${households++}`;
      members.push(joinHousehold(w.rng, w.nets, head, pastSignup(w.rng, w.start), tag));
      if (w.rng.chance(0.25))
        members.push(joinHousehold(w.rng, w.nets, head, pastSignup(w.rng, w.start), tag));
    }
    for (const customer of members) {
      if (planned >= orders) break;
      const k = Math.min(
        orders - planned,
        w.rng.weighted([
          [1, 76],
          [2, 17],
          [3, 5],
          [4, 2],
        ]),
      );
      const times = Array.from({ length: k }, () =>
        shoppingTime(w.rng, w.start, w.end, customer.country),
      ).sort((a, b) => a - b);
      out.push({ customer, times });
      planned += k;
    }
  }
  return out;
}

/** A first purchase: signed up during checkout (most), earlier (newsletter, abandoned cart), or as a guest. */
export function firstTimer(w: HonestWorld, time: number): { customer: Customer; guest: boolean } {
  const { rng } = w;
  const mode = rng.weighted([
    ['checkout', 50],
    ['earlier', 14],
    ['long_ago', 14],
    ['guest', 22],
  ] as const);
  const createdAt =
    mode === 'checkout'
      ? time - rng.int(90, 25 * 60) * SECOND
      : mode === 'earlier'
        ? time - Math.floor(rng.between(1 * HOUR, 6 * DAY))
        : mode === 'long_ago'
          ? time - Math.floor(rng.between(10, 400) * DAY)
          : time;
  const relay = rng.chance(0.1);
  const customer = newCustomer(rng, w.nets, { createdAt, relayEmail: relay });
  // A few honest people give a throwaway inbox to a shop they do not know yet (yopmail is popular in France).
  if (!relay && rng.chance(customer.country === 'FR' ? 0.02 : 0.005))
    customer.email = disposableEmail(rng, customer.name);
  return { customer, guest: mode === 'guest' };
}
