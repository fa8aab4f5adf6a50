import { type Rng } from '../kit/random.js';
import { PENINSULAR_CUTOFF } from './calendar.js';
import { basketOf, type Code, type Delivery, type Item } from './catalogue.js';
import {
  dayIn,
  deliveryTo,
  type Draft,
  honestMethod,
  localeOf,
  type Shopper,
  visit,
  type World,
} from './checkout.js';
import { isKlangValley } from './places.js';
import { type Method } from './purchase.js';

/** What the honest planners share: where a Peninsular parcel goes, a buyer's own draft, the codes they use. */

/** Same-day rides and boutique pickups for Klang Valley buyers, more of them as Raya nears. */
export function peninsularDelivery(rng: Rng, w: World, s: Shopper, pickup = 0.1): Delivery {
  if (!isKlangValley(s.c.home)) return 'standard';
  const late = dayIn(w, s.at) >= PENINSULAR_CUTOFF - 2;
  if (rng.chance(late ? pickup * 3 : pickup)) return 'pickup';
  if (rng.chance(late ? 0.25 : 0.05)) return 'same_day';
  return 'standard';
}

/** A draft for an honest buyer shipping to their own address, or collecting. */
export function ownDraft(
  rng: Rng,
  s: Shopper,
  lines: ReadonlyArray<readonly [Item, number]>,
  o: {
    delivery?: Delivery;
    code?: Code;
    method?: Method;
    extra?: Partial<Record<Method, number>>;
    social?: number;
    mobile?: number;
  },
): Draft {
  const c = s.c;
  const delivery = o.delivery ?? deliveryTo(c.home);
  const estimate = basketOf(lines, c.market.currency, delivery, { ...(o.code ? { code: o.code } : {}) });
  const method = o.method ?? honestMethod(rng, c, estimate.amount, o.extra);
  const basket = basketOf(lines, c.market.currency, delivery, {
    ...(o.code ? { code: o.code } : {}),
    cod: method === 'cod',
  });
  const v = visit(rng, c, {
    ...(o.social !== undefined ? { social: o.social } : {}),
    ...(o.mobile !== undefined ? { mobile: o.mobile } : {}),
  });
  return {
    at: s.at,
    buyer: s.buyer,
    phone: c.phone,
    billing: { ...c.home },
    ...(delivery === 'pickup' || delivery === 'email' ? {} : { shipping: { ...c.home } }),
    delivery,
    ...v,
    locale: localeOf(rng, c),
    method,
    basket,
  };
}

/** The codes honest buyers use: the season's 10 % off, the welcome RM20 for a new account. */
export function honestCode(rng: Rng, s: Shopper): Code | undefined {
  if (s.fresh && rng.chance(0.4)) return 'SALAMRAYA20';
  if (s.c.market.currency === 'SGD' && rng.chance(0.3)) return 'SGRAYA10';
  return rng.chance(0.2) ? 'RAYA10' : undefined;
}
