import {
  type Address,
  type BasketLine,
  type Buyer,
  type Device,
  MINUTE,
  type Window,
} from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import {
  type Basket,
  basketOf,
  type Category,
  type Code,
  type Fulfilment,
  type NairaIndex,
} from './catalogue.js';
import { newDevice } from './devices.js';
import { emailFor, personName } from './names.js';
import { ipIn, mobileNetwork } from './networks.js';
import { type Account, type Customers } from './people.js';
import { ABUJA, type City, LAGOS } from './places.js';
import {
  type Aftermath,
  type Attempt,
  type Channel,
  honestAfter,
  type LaterEvent,
  type Method,
  paid,
  type Payer,
  payByCard,
  payOther,
  podFailed,
  podSteps,
  type Purchase,
  released,
} from './purchase.js';

/** What every planner shares: the world, a checkout's draft, sessions, buyers, delivery, honest payment. */

export interface World {
  window: Window;
  customers: Customers;
  naira: NairaIndex;
}

export interface Draft {
  kind: string;
  fraud: boolean;
  at: number;
  buyer: Buyer;
  billing: Address;
  shipping?: Address;
  fulfilment: Fulfilment;
  lines: BasketLine<Category>[];
  code?: Code | undefined;
  ip: string;
  device: Device;
  locale: string;
  channel: Channel;
  method: Method;
  giftNote?: string;
  company?: { name: string; rcNumber: string };
  note?: string;
}

/** How the purchase is paid and what follows, once its basket is known. */
export type Plan = (basket: Basket, at: number) => { attempts: Attempt[]; later: LaterEvent[] };

export function purchaseFrom(d: Draft, plan: Plan): Purchase {
  const basket = basketOf(d.lines, { code: d.code, fulfilment: d.fulfilment, to: d.shipping, t: d.at });
  const { attempts, later } = plan(basket, d.at);
  return {
    at: d.at,
    fraud: d.fraud,
    kind: d.kind,
    basket,
    billing: d.billing,
    attempts,
    later,
    buyer: d.buyer,
    ...(d.shipping ? { shipping: d.shipping } : {}),
    fulfilment: d.fulfilment,
    ip: d.ip,
    device: d.device,
    locale: d.locale,
    channel: d.channel,
    method: d.method,
    ...(d.giftNote ? { giftNote: d.giftNote } : {}),
    ...(d.company ? { company: d.company } : {}),
    ...(d.note ? { note: d.note } : {}),
  };
}

export const LOCALES: Record<string, string> = {
  NG: 'en-NG',
  GB: 'en-GB',
  US: 'en-US',
  CA: 'en-CA',
  GH: 'en-GH',
};
export const localeOf = (country: string): string => LOCALES[country] ?? 'en-NG';

/**
 * A Nigerian account holder's session: their phone (a new one now and then), on home broadband when they have
 * it, else a fresh address from their carrier's CGNAT pool, or from their second SIM's carrier.
 */
export function nigerianSession(
  rng: Rng,
  a: Account,
  o: { newPhone?: number; homeShare?: number } = {},
): { ip: string; device: Device } {
  const device = rng.chance(o.newPhone ?? 0.1) ? newDevice(rng, 'nigeria') : rng.pick(a.devices);
  if (a.home && rng.chance(o.homeShare ?? 0.45)) return { ip: a.home.ip, device };
  const carrier = rng.chance(0.8) ? a.carrier : mobileNetwork(rng, 'NG');
  return { ip: ipIn(rng, carrier), device };
}

/** How a Nigerian order is delivered: Lagos has every service and the showroom; elsewhere mostly standard. */
export function domesticFulfilment(rng: Rng, c: City): Fulfilment {
  if (c === LAGOS)
    return rng.weightedPick<Fulfilment>([
      ['standard', 60],
      ['express', 14],
      ['same_day', 13],
      ['pickup', 13],
    ]);
  if (c === ABUJA)
    return rng.weightedPick<Fulfilment>([
      ['standard', 74],
      ['express', 16],
      ['same_day', 10],
    ]);
  return rng.chance(0.85) ? 'standard' : 'express';
}

/** A guest checkout: a name and an e-mail address, nothing else. */
export function guestBuyer(rng: Rng, country = 'NG'): Buyer {
  const { first, last } = personName(rng, country === 'GH' ? 'ghanaian' : 'nigerian');
  return { email: emailFor(rng, first, last, country), name: `${first} ${last}` };
}

/** An account opened in the same session, a few minutes before the order. */
export function freshAccount(rng: Rng, at: number, who?: { email: string; name: string }): Buyer {
  const b = who ?? guestBuyer(rng);
  return {
    id: `cus_${rng.token(14)}`,
    email: b.email,
    name: b.name,
    createdAt: at - rng.int(2, 25) * MINUTE,
  };
}

/** The value of the dearest line, what a single return refunds. */
export const dearest = (b: Basket): number => Math.max(...b.lines.map((l) => l.price));

/** How often an order of these lines comes back for size or fit. */
export function returnRate(lines: readonly BasketLine<Category>[]): number {
  const wearable = lines.some((l) => ['ready_to_wear', 'sneakers', 'wigs'].includes(l.category));
  return wearable ? 0.035 : 0.008;
}

/**
 * How an honest buyer pays by `method` and what follows: pay on delivery mostly paid at the door (refused,
 * unreachable or called off on the phone now and then), a card or transfer with the aftermath of a paid
 * order, or a released basket when nothing went through.
 */
export function honestPlan(
  rng: Rng,
  method: Method,
  payer: Payer,
  after: Pick<Aftermath, 'fulfilment' | 'to'>,
): Plan {
  return (basket, at) => {
    if (method === 'pay_on_delivery') {
      const outcome = rng.weightedPick<
        'paid' | 'refused_on_delivery' | 'customer_unreachable' | 'unconfirmed'
      >([
        ['paid', 82],
        ['refused_on_delivery', 8],
        ['customer_unreachable', 6],
        ['unconfirmed', 4],
      ]);
      return { attempts: [], later: outcome === 'paid' ? podSteps(rng, at) : podFailed(rng, outcome, at) };
    }
    const attempts = method === 'card' ? payByCard(rng, payer, basket.amount) : payOther(rng, method);
    if (!paid({ attempts })) return { attempts, later: [released(rng, attempts)] };
    const cardCountry = attempts.find((a) => a.ok)?.card?.country;
    const later = honestAfter(rng, {
      ...after,
      at,
      amount: basket.amount,
      itemValue: dearest(basket),
      returnable: returnRate(basket.lines),
      ...(cardCountry ? { cardCountry } : {}),
    });
    return { attempts, later };
  };
}
