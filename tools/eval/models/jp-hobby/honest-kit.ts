import { type Window } from '../kit/purchase.js';
import { cyrb128, type Rng } from '../kit/random.js';
import { basketOf, type Line, postage, type ShipMethod } from './catalog.js';
import { cardFrom } from './cards.js';
import { userAgent } from './devices.js';
import { type Network } from './networks.js';
import { ABROAD_METHODS, honestPayment, JP_METHODS } from './payments.js';
import { type Crowd, type Person } from './people.js';
import { type Address, type Later, type Method, type Purchase } from './purchase.js';

/** What every honest order is assembled from: where the shopper is, how they pay, what it costs. */

export interface HonestCtx {
  w: Window;
  crowd: Crowd;
  start: number;
}

/** Where a visit comes from: the home line (PC or phone on Wi-Fi), or the phone on mobile data; app or web. */
export function visit(rng: Rng, person: Person, crowd: Crowd, net?: Network) {
  const phone = person.platform === 'iphone' || person.platform === 'android';
  const app = phone && person.country === 'JP' && rng.chance(0.3);
  const onMobile = !net && phone && rng.chance(0.45);
  const ip = net ? crowd.ips.on(net) : onMobile ? crowd.ips.on(person.mobileNet) : person.homeIp;
  const appId = `app_${cyrb128(person.buyer.email)[0].toString(16)}`;
  const dev = app
    ? { userAgent: userAgent(rng, person.platform, true), id: appId }
    : !phone && person.pc && rng.chance(0.5)
      ? person.pc
      : person.device;
  return { ip, device: dev, app };
}

export const domesticMethod = (rng: Rng): Method => rng.weighted(JP_METHODS);
export const abroadMethod = (rng: Rng): Method => rng.weighted(ABROAD_METHODS as Record<Method, number>);

/** Domestic delivery: Yamato or Sagawa to the door, sometimes to a konbini; envelopes for singles. */
export function domesticShip(rng: Rng, lines: readonly Line[], method: Method): ShipMethod {
  if (lines.every((l) => l.category === 'single_card' || l.category === 'supplies') && rng.chance(0.6))
    return 'nekopos';
  if (method !== 'cod' && rng.chance(0.12)) return 'konbini_pickup';
  return rng.chance(0.7) ? 'yamato' : 'sagawa';
}

export function abroadShip(rng: Rng, lines: readonly Line[]): ShipMethod {
  if (lines.every((l) => l.category === 'single_card')) return rng.chance(0.7) ? 'epacket' : 'ems';
  return rng.chance(0.88) ? 'ems' : 'dhl';
}

export interface Draft {
  kind: string;
  at: number;
  person: Person;
  lines: Line[];
  shipping: Address;
  shipMethod: ShipMethod;
  method: Method;
  ip: string;
  device: Purchase['device'];
  app: boolean;
  billing?: Address;
  coupon?: string;
  discount?: number;
  later?: Later[];
  lottery?: string;
  gift?: boolean;
}

/** A draft into a purchase: postage and fee priced, payment played out. */
export function honestPurchase(rng: Rng, d: Draft): Purchase {
  const shipCountry = d.shipping.country ?? 'JP';
  const fee = d.method === 'konbini' ? 220 : d.method === 'cod' ? 330 : 0;
  const basket = basketOf(d.lines, postage(d.lines, shipCountry, d.shipMethod), fee, d.discount ?? 0);
  const { attempts, later } = honestPayment(rng, d.method, d.person.card, () =>
    cardFrom(rng, d.person.card.country),
  );
  return {
    at: d.at,
    fraud: false,
    kind: d.kind,
    basket,
    billing: d.billing ?? d.person.home,
    attempts,
    later: [...later, ...(d.later ?? [])],
    buyer: d.person.buyer,
    method: d.method,
    shipping: d.shipping,
    shipMethod: d.shipMethod,
    ip: d.ip,
    device: d.device,
    app: d.app,
    ...(d.coupon ? { coupon: d.coupon } : {}),
    ...(d.lottery ? { lottery: d.lottery } : {}),
    ...(d.gift ? { gift: true } : {}),
  };
}
