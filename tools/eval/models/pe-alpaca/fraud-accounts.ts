import { accountBuyer, type Address } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { saleAt, when } from './calendar.js';
import {
  basketOf,
  CODES,
  type Currency,
  EVERYDAY,
  fulfilmentFor,
  itemBySku,
  type Mix,
  type Pick,
  pickItems,
  usd,
} from './catalogue.js';
import { type HeldCard, newCard } from './cards.js';
import {
  clampTo,
  DAY,
  exitNetwork,
  fraudConnection,
  fraudDevice,
  fraudPurchase,
  HOUR,
  MINUTE,
} from './fraud-kit.js';
import { ipOn, type Network, networkOf } from './networks.js';
import { type Customer, deviceOf, platformFor, personOf } from './people.js';
import {
  FORWARDERS,
  forwarderAddress,
  homeIn,
  LIMA,
  market,
  type Market,
  PERU,
  pickMarket,
} from './places.js';
import {
  type Attempt,
  cardAttempt,
  deliveredAfter,
  firstAuth,
  fulfilmentSteps,
  type LaterEvent,
  other,
  type Purchase,
  retryGap,
} from './purchase.js';
import { atHome, shown } from './sessions.js';
import { type World } from './world.js';

/**
 * Fraud through accounts: takeovers of customers' accounts, customers disputing what they received, and
 * promotion farms of new accounts.
 */

const TAKEN: Mix = { vicuna: 50, throw: 18, cardigan: 14, sweater: 12, shawl: 6 };

/**
 * Account takeover: credentials from another site's breach tried on aged accounts; the attacker signs in from a
 * new browser behind a VPN or a residential proxy, pays with the saved card (no card code asked) and sends the
 * parcel to a drop, a US forwarder, or re-routes it after checkout. The holder sees the confirmation e-mail and
 * calls: the shop cancels before it ships, or the holder's bank charges it back later.
 */
export function accountTakeover(rng: Rng, w: World, count: number): Purchase[] {
  const pool = rng.shuffle(
    [...w.by.abroad, ...w.by.luxury, ...w.by.knitter, ...w.by.domestic].filter(
      (c) => c.createdAt < w.window.start - 30 * DAY,
    ),
  );
  const out: Purchase[] = [];
  for (let i = 0; i < count; i++) {
    const c = pool[i % Math.max(1, pool.length)];
    if (!c) break;
    out.push(takeover(rng.fork(`t${i}`), w, c));
  }
  return out;
}

function takeover(rng: Rng, w: World, c: Customer): Purchase {
  const country = c.market.country;
  const at = when(rng, w.window, rng.pick([1, 2, 3, -3, -5]), 'flat', 'anytime');
  const device = fraudDevice(rng);
  const roll = rng.next();
  const net: Network =
    roll < 0.5
      ? exitNetwork(rng, country)
      : roll < 0.85
        ? networkOf(rng, country, 'fixed')
        : networkOf(rng, rng.pick(['US', 'GB', 'DE', 'CA', 'ES']), 'fixed');
  const route = rng.weightedPick<'drop' | 'forwarder' | 'reroute'>([
    ['drop', 55],
    ['forwarder', 25],
    ['reroute', 20],
  ]);
  const drop: Address =
    route === 'forwarder'
      ? forwarderAddress(rng.pick(FORWARDERS), rng.digits(5))
      : homeIn(rng, country === 'PE' ? { ...PERU, places: LIMA } : c.market).address;
  const shipping = route === 'reroute' ? { ...c.home.address } : drop;
  const currency: Currency = shipping.country === 'PE' ? 'PEN' : 'USD';
  const fulfilment = fulfilmentFor(shipping.country ?? 'US', shipping.city, rng, 0);
  const picks = pickItems(
    rng,
    TAKEN,
    rng.weightedPick<number>([
      [1, 65],
      [2, 35],
    ]),
  );
  const basket = basketOf(picks, { currency, fulfilment, country: shipping.country ?? 'US' });
  const attempts = savedCardAttempts(rng, c.cards, usd(basket));
  const later: LaterEvent[] =
    route === 'reroute'
      ? [{ type: 'order.updated', afterMs: rng.int(1, 10) * HOUR, shipping: drop, reason: 'address_change' }]
      : [];
  const outcome = rng.weightedPick<'cancelled' | 'dispute' | 'warning' | 'none'>([
    ['cancelled', 30],
    ['dispute', 45],
    ['warning', 15],
    ['none', 10],
  ]);
  if (outcome === 'cancelled') {
    const called = rng.int(2, 16) * HOUR;
    later.push({ type: 'order.cancelled', afterMs: called, reason: 'fraudulent' });
    later.push({ type: 'refund.created', afterMs: called + rng.int(10, 120) * MINUTE, reason: 'fraudulent' });
  } else {
    later.push(...fulfilmentSteps(rng, fulfilment, shipping.country ?? 'US'));
    if (outcome === 'dispute')
      later.push({ type: 'dispute.created', afterMs: rng.int(10, 45) * DAY, reason: 'fraudulent' });
    if (outcome === 'warning') {
      const warned = rng.int(3, 10) * DAY;
      later.push({ type: 'fraud_warning.created', afterMs: warned, reason: 'fraudulent' });
      later.push({ type: 'refund.created', afterMs: warned + rng.int(2, 30) * HOUR, reason: 'fraudulent' });
    }
  }
  return fraudPurchase({
    at,
    kind: 'account_takeover',
    basket,
    billing: { ...c.home.address },
    attempts,
    later,
    buyer: accountBuyer(c),
    shipping,
    fulfilment,
    ...fraudConnection(rng, device, net),
    locale: rng.chance(0.6) ? 'en-US' : c.market.locale,
    referrer: 'direct',
    ...(currency === 'PEN' ? { invoice: 'boleta' as const } : {}),
  });
}

/** The account's saved cards in turn: no card code, the holder's address; a bank prompt now and then stops it. */
function savedCardAttempts(rng: Rng, cards: readonly HeldCard[], dollars: number): Attempt[] {
  const out: Attempt[] = [];
  for (const [i, card] of cards.entries()) {
    const ok = rng.chance(0.82);
    const decline = ok
      ? undefined
      : rng.pick(['authentication_failed', 'do_not_honor', 'insufficient_funds'] as const);
    out.push(
      cardAttempt(rng, card, dollars, {
        entry: 'saved',
        ok,
        ...(decline ? { decline } : {}),
        afterMs: i === 0 ? firstAuth(rng) : retryGap(rng),
        ...(ok ? { threeDS: rng.chance(0.8) ? 'frictionless' : 'not_enrolled' } : {}),
      }),
    );
    if (ok) break;
  }
  return out;
}

/**
 * Friendly fraud: a real customer, at home on their own device, receives the parcel and then tells the bank or
 * PayPal it was not as described ("not real alpaca", "pilled"), never came, was not theirs, or was returned.
 */
export function friendlyFraud(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  for (let i = 0; i < count; i++) {
    const r = rng.fork(`f${i}`);
    const segment = r.weightedPick<'abroad' | 'luxury' | 'knitter' | 'domestic'>([
      ['abroad', 65],
      ['luxury', 10],
      ['knitter', 10],
      ['domestic', 15],
    ]);
    const pool = w.by[segment].length > 0 ? w.by[segment] : w.customers;
    const c = r.pick(pool);
    out.push(friendly(r, w, c));
  }
  return out;
}

function friendly(rng: Rng, w: World, c: Customer): Purchase {
  const home = c.market.country === 'PE';
  const at = when(rng, w.window, c.home.tz, home ? 'peru' : 'abroad', 'consumer');
  const conn = atHome(rng, c, 0.03);
  const currency: Currency = home ? 'PEN' : 'USD';
  const fulfilment = fulfilmentFor(c.market.country, c.home.address.city, rng, 0);
  const picks: Pick[] = rng.chance(0.1)
    ? [[itemBySku('VC-BLEND'), 1]]
    : pickItems(rng, EVERYDAY, rng.int(1, 3), () => (rng.chance(0.15) ? 2 : 1));
  const basket = basketOf(picks, { currency, fulfilment, country: c.market.country });
  const card = rng.pick(c.cards);
  const attempts: Attempt[] =
    !home && rng.chance(0.28)
      ? [other('paypal', true, firstAuth(rng))]
      : [
          cardAttempt(rng, card, usd(basket), {
            entry: rng.chance(0.5) ? 'saved' : 'typed',
            ok: true,
            afterMs: firstAuth(rng),
          }),
        ];
  const steps = fulfilmentSteps(rng, fulfilment, c.market.country);
  const reason = rng.weightedPick<string>([
    ['product_not_as_described', 40],
    ['product_not_received', 25],
    ['fraudulent', 20],
    ['credit_not_processed', 15],
  ]);
  steps.push({ type: 'dispute.created', afterMs: deliveredAfter(steps) + rng.int(15, 60) * DAY, reason });
  return fraudPurchase({
    at,
    kind: 'friendly_fraud',
    basket,
    billing: { ...c.home.address },
    attempts,
    later: steps,
    buyer: accountBuyer(c),
    shipping: { ...c.home.address },
    fulfilment,
    ip: conn.ip,
    device: conn.device,
    locale: c.market.locale,
    referrer: rng.chance(0.5) ? 'direct' : 'newsletter',
    ...(home ? { invoice: 'boleta' as const } : {}),
  });
}

const plain = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** A Gmail address the farm reuses: dots moved about, a plus tag, or a number. */
function farmEmail(
  rng: Rng,
  base: string,
  style: 'dots' | 'plus' | 'numbered' | 'names',
  i: number,
  m: Market,
): string {
  if (style === 'plus')
    return `${base}+${rng.token(rng.int(2, 5), 'abcdefghijklmnopqrstuvwxyz0123456789')}@gmail.com`;
  if (style === 'numbered') return `${base}${String(i + 1).padStart(2, '0')}@gmail.com`;
  if (style === 'dots') {
    const letters = base.replace(/\./g, '').split('');
    return `${letters.map((ch, k) => (k > 0 && k < letters.length - 1 && rng.chance(0.25) ? `.${ch}` : ch)).join('')}@gmail.com`;
  }
  const p = personOf(rng, m.names);
  return `${plain(p.first)}${plain(p.last)}${rng.int(10, 99)}@${rng.pick(['gmail.com', 'hotmail.com', 'outlook.com'])}`;
}

/** The farm's one address, written a little differently each time. */
function farmAddress(rng: Rng, a: Address): Address {
  const line = a.line1 ?? '';
  const variant = rng.pick([
    line,
    line.replace('Dpto', 'Dpto.'),
    line.replace('Dpto', 'Depto'),
    line.replace(', Dpto ', ' #'),
    line.replace('Apt', '#'),
    line.toUpperCase(),
  ]);
  return { ...a, line1: variant };
}

/**
 * Promotion abuse: a reseller opens a new account for every order to reuse first-order and sale codes on the same
 * pieces, from one or two devices at home, shipping to one address written a little differently, paying by Yape
 * or one card over and over; mostly in Lima on Cyber Wow and Black Friday, some in the US on Black Friday. The
 * shop spots a few rings and cancels what has not left.
 */
export function promoAbuse(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  let ring = 0;
  while (out.length < count) {
    out.push(...farm(rng.fork(`ring${ring++}`), w, Math.min(count - out.length, rng.int(3, 8))));
  }
  return out;
}

function farm(rng: Rng, w: World, size: number): Purchase[] {
  const domestic = rng.chance(0.7);
  const m: Market = domestic ? PERU : rng.chance(0.7) ? market('US') : pickMarket(rng);
  const owner = personOf(rng, m.names);
  const base = `${plain(owner.first)}${rng.chance(0.5) ? '.' : ''}${plain(owner.last)}`;
  const style = rng.weightedPick<'dots' | 'plus' | 'numbered' | 'names'>([
    ['dots', 30],
    ['plus', 20],
    ['numbered', 20],
    ['names', 30],
  ]);
  const home = homeIn(rng, domestic ? { ...PERU, places: LIMA } : m);
  const devices = [
    deviceOf(rng, platformFor(rng, m.country, true)),
    deviceOf(rng, platformFor(rng, m.country)),
  ];
  const homeNet = networkOf(rng, m.country, 'fixed');
  const sameIp = ipOn(rng, homeNet);
  const pay = rng.weightedPick<'yape' | 'same_card' | 'cards'>([
    ['yape', domestic ? 50 : 0],
    ['same_card', 30],
    ['cards', 20],
  ]);
  const card = newCard(rng, m.country, rng.chance(0.5) ? 'debit' : 'prepaid');
  const skus = pickItems(rng, { sweater: 40, cardigan: 25, poncho: 15, throw: 20 }, rng.int(1, 2));
  const currency: Currency = domestic ? 'PEN' : 'USD';
  const pickup = domestic && rng.chance(0.15);
  const caughtFrom = rng.chance(0.3) ? rng.int(2, size) : size + 1;
  let t = when(rng, w.window, home.tz, 'sales', 'consumer');
  const out: Purchase[] = [];
  for (let i = 0; i < size; i++) {
    t = clampTo(w.window, t + (i === 0 ? 0 : rng.int(4, 90) * MINUTE));
    const device = rng.pick(devices);
    const shipping = farmAddress(rng, home.address);
    const fulfilment = pickup ? 'pickup_miraflores' : fulfilmentFor(m.country, shipping.city, rng, 0);
    const sale = saleAt(t);
    const code =
      sale === 'cyber_wow' && domestic
        ? { code: 'CYBERWOW30', rate: 0.3 }
        : sale === 'black_friday'
          ? { code: 'BLACKFRIDAY20', rate: 0.2 }
          : rng.chance(0.5)
            ? { code: CODES.newsletter, rate: 0.15 }
            : { code: domestic ? CODES.welcome.PEN : CODES.welcome.USD, rate: 0.1 };
    const picks: Pick[] = skus.map(([it]) => [it, rng.int(1, 3)]);
    const basket = basketOf(picks, { currency, fulfilment, country: m.country, ...code });
    const attempts: Attempt[] =
      pay === 'yape' && basket.amount <= 200_000
        ? [other('yape', true, firstAuth(rng))]
        : [
            cardAttempt(rng, pay === 'same_card' ? card : newCard(rng, m.country, 'prepaid'), usd(basket), {
              ok: true,
              afterMs: firstAuth(rng),
            }),
          ];
    const later: LaterEvent[] = [];
    if (i + 1 >= caughtFrom) {
      const spotted = rng.int(3, 20) * HOUR;
      later.push({ type: 'order.cancelled', afterMs: spotted, reason: 'promotion_abuse' });
      later.push({
        type: 'refund.created',
        afterMs: spotted + rng.int(10, 90) * MINUTE,
        reason: 'promotion_abuse',
      });
    } else later.push(...fulfilmentSteps(rng, fulfilment, m.country));
    const name =
      style === 'names' || rng.chance(0.5) ? personOf(rng, m.names).name : owner.first + ' ' + owner.last;
    out.push(
      fraudPurchase({
        at: t,
        kind: 'promo_abuse',
        basket,
        billing: { ...home.address },
        attempts,
        later,
        buyer: {
          id: `cus_${rng.token(14)}`,
          email: farmEmail(rng, base, style, i, m),
          name,
          createdAt: t - rng.int(2, 20) * MINUTE,
        },
        ...(fulfilment === 'pickup_miraflores' ? {} : { shipping }),
        fulfilment,
        ip: rng.chance(0.6)
          ? sameIp
          : ipOn(rng, rng.chance(0.7) ? homeNet : networkOf(rng, m.country, 'mobile')),
        device: shown(device),
        locale: m.locale,
        referrer: rng.chance(0.5) ? 'instagram' : 'direct',
        ...(currency === 'PEN' ? { invoice: 'boleta' as const } : {}),
      }),
    );
  }
  return out;
}
