import { type Address, type Device } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket } from './catalogue.js';
import { honestLater } from './delivery.js';
import { ipOn, network, networksOf } from './networks.js';
import { type Account, type HomeMethod } from './people.js';
import { type City } from './places.js';
import {
  abroadPay,
  type Attempt,
  type Fulfilment,
  homePay,
  type LaterEvent,
  type Method,
  type Payer,
  unlessUnpaid,
} from './purchase.js';

/** How an honest checkout goes: where it is placed from, which method, the attempts and what follows. */

/** An account holder's connection: home Wi-Fi, the phone on mobile data, now and then the office. */
export function connectionOf(rng: Rng, a: Account): { ip: string; device: Device } {
  const where = rng.weighted({ home: 64, mobile: 30, office: a.region === 'co' ? 6 : 0 });
  if (where === 'mobile') return { ip: ipOn(rng, a.mobile), device: a.phone };
  if (where === 'office') return { ip: ipOn(rng, network('co-business-fibre')), device: a.device };
  return { ip: ipOn(rng, a.network), device: rng.chance(0.8) ? a.device : a.phone };
}

/** A connection from a country's networks of a kind. */
export const ipIn = (
  rng: Rng,
  country: string,
  kind: 'fixed' | 'mobile' | 'hotel' | 'hosting' | 'business',
) => ipOn(rng, rng.pick(networksOf(country, kind)));

/**
 * The method a Colombian picks: their habit most of the time; cash on delivery only in the big cities, for
 * parcels up to COP 800,000; guests reach for Efecty vouchers more.
 */
export function homeMethod(
  rng: Rng,
  prefers: HomeMethod | undefined,
  b: Basket,
  city: City | undefined,
  f: Fulfilment,
  guest: boolean,
): Method {
  const codOk =
    city?.cod === true && b.amount <= 80_000_000 && (f === 'messenger' || f === 'national_courier');
  if (prefers && (prefers !== 'cod' || codOk) && rng.chance(0.6)) return prefers;
  return rng.weightedPick<Method>([
    ['card', 30],
    ['pse', 27],
    ['nequi', 18],
    ['daviplata', 3],
    ['efecty', guest ? 9 : 3],
    ['cod', codOk ? 10 : 0],
    ['paypal', 1],
  ]);
}

/** How someone abroad (or with a foreign card) pays: card, PayPal, Apple Pay on an Apple device. */
export function abroadMethod(rng: Rng, device: Device | undefined): 'card' | 'paypal' | 'apple_pay' {
  const apple = /iPhone|Macintosh/.test(device?.userAgent ?? '');
  return rng.weighted({ card: 58, paypal: 30, apple_pay: apple ? 18 : 0 });
}

/** The attempts for a method: Colombian methods and cards at home, foreign cards and PayPal as abroad. */
export function pay(rng: Rng, payer: Payer, b: Basket, method: Method): Attempt[] {
  if (method === 'paypal' || method === 'apple_pay') return abroadPay(rng, payer, b, method);
  if (method === 'card' && payer.cards[0]?.country !== 'CO') return abroadPay(rng, payer, b, 'card');
  return homePay(rng, payer, b, method);
}

export interface Checkout {
  payer: Payer;
  basket: Basket;
  method: Method;
  fulfilment: Fulfilment;
  placed: number;
  abroad?: boolean;
  readdress?: Address;
}

/** An honest checkout's attempts and later steps (deferred methods pay after the order). */
export function checkout(rng: Rng, c: Checkout): { attempts: Attempt[]; later: LaterEvent[] } {
  const outcome = {
    fulfilment: c.fulfilment,
    placed: c.placed,
    amount: c.basket.amount,
    abroad: c.abroad ?? false,
    readdress: c.readdress,
  };
  if (c.method === 'efecty' || c.method === 'cod' || c.method === 'invoice')
    return { attempts: [], later: honestLater(rng, { ...outcome, deferred: c.method }) };
  const attempts = pay(rng, c.payer, c.basket, c.method);
  return { attempts, later: unlessUnpaid(rng, attempts, honestLater(rng, outcome)) };
}
