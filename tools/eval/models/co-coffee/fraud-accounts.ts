import { accountBuyer, type Address, DAY, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { COT, renewalAt, when } from './calendar.js';
import { newCard } from './cards.js';
import {
  basketOf,
  BEANS,
  BIG_GEAR,
  type Code,
  type Item,
  EXPORT_BEANS,
  GEISHA,
  GIFT_CARD_300,
  GIFT_SETS,
  line,
  type Line,
  MICRO_BOX,
  priced,
  shippingFee,
  SUBSCRIPTIONS,
} from './catalogue.js';
import { connectionOf, ipIn } from './checkout.js';
import { deliverySteps, officePickup, type Shipment, shipmentTo } from './delivery.js';
import { carrierOffice, dropAddress, fraudLater } from './fraud-kit.js';
import { newAccountId } from './honest-home.js';
import { homeNetwork, ipOn, mobileNetwork, network } from './networks.js';
import { computerIn, fold, nameIn, phoneIn, providerIn } from './people.js';
import { addressIn, cityNamed, CO_CITIES, coLine, zoneOf } from './places.js';
import {
  type Attempt,
  cardAttempt,
  firstAuth,
  type LaterEvent,
  other,
  type Purchase,
  pseBank,
  pseTime,
  walletTime,
} from './purchase.js';
import { type World } from './world.js';

/** Fraud through accounts: takeovers, friendly fraud by real customers, and farms of new accounts for codes. */

/**
 * Account takeover: credentials from another site's breach tried on the shop, then an aged account (a Colombian's,
 * or a tourist's with a saved foreign card) used from a new phone or computer on Colombian mobile data or a VPN;
 * the saved card charged without a CVC, for gear and gift cards sent to a carrier's office, a drop, or to the
 * account's own address and readdressed an hour later. The owner notices: a chargeback, or a refund from the shop.
 */
export function accountTakeover(rng: Rng, w: World, n: number): Purchase[] {
  const aged = (pool: readonly (typeof w.customers.all)[number][]) =>
    pool.filter((a) => a.createdAt < w.window.start - 90 * DAY);
  const co = aged(w.customers.co);
  const tourists = aged(w.customers.tourists);
  return Array.from({ length: n }, (_, i) => {
    const o = rng.fork(`t${i}`);
    const a = o.chance(0.25) && tourists.length > 0 ? o.pick(tourists) : o.pick(co);
    const at = when(o, w.window, COT, o.chance(0.35) ? 'night' : 'home');
    const lines: Line[] = o.weightedPick<Line[]>([
      [[line(o.pick(BIG_GEAR.slice(3)))], 40],
      [[line(GIFT_CARD_300, o.int(1, 4))], 20],
      [[line(GEISHA, o.int(2, 6)), line(MICRO_BOX)], 20],
      [[line(o.pick(GIFT_SETS), o.int(2, 5))], 20],
    ]);
    const where = lines.every((l) => l.category === 'gift_card')
      ? 'digital'
      : o.weighted({ office: 35, drop: 45, readdress: 20 });
    let shipping: Address | undefined;
    let s: Shipment;
    if (where === 'digital') s = { fulfilment: 'digital' };
    else if (where === 'office') [shipping, s] = [carrierOffice(o), officePickup(o)];
    else if (where === 'drop') {
      shipping = dropAddress(o);
      s = shipmentTo(o, CO_CITIES.find((c) => c.name === shipping?.city) ?? cityNamed('Bogotá'), lines);
    } else {
      shipping = a.region === 'co' ? a.home : dropAddress(o);
      s = shipmentTo(o, a.region === 'co' ? a.city : cityNamed('Bogotá'), lines);
    }
    const b = basketOf('COP', lines, shippingFee('COP', 'CO', 'national', lines));
    const saved = o.chance(0.85);
    const card = saved ? (a.cards[0] as (typeof a.cards)[number]) : newCard(o, 'CO', 'credit');
    const attempts: Attempt[] = [
      cardAttempt(o, card, b, {
        entry: saved ? 'saved' : 'typed',
        ok: o.chance(0.93),
        decline: 'do_not_honor',
        afterMs: firstAuth(o),
      }),
    ];
    const readdress: LaterEvent[] =
      where === 'readdress'
        ? [
            {
              type: 'order.updated',
              afterMs: o.int(20, 90) * MINUTE,
              shipping: dropAddress(o),
              status: 'address_changed',
            },
          ]
        : [];
    const after = o.chance(0.3)
      ? [
          ...deliverySteps(o, s.fulfilment, at, 2 * 60 * MINUTE).steps,
          { type: 'refund.created' as const, afterMs: o.int(3, 15) * DAY, reason: 'account_compromised' },
        ]
      : fraudLater(o, {
          fulfilment: s.fulfilment,
          placed: at,
          caught: 0.1,
          warning: 0.2,
          dispute: 0.6,
          disputeDays: [5, 40],
        });
    const ok = attempts.some((x) => x.ok);
    const device = o.chance(0.7) ? phoneIn(o, 'CO') : computerIn(o, 'CO');
    const ip = o.chance(0.25)
      ? ipOn(o, network(o.pick(['us-cloud', 'us-vps', 'de-hosting'])))
      : ipIn(o, 'CO', o.chance(0.8) ? 'mobile' : 'fixed');
    return {
      at,
      fraud: true,
      kind: 'account_takeover',
      basket: b,
      billing: a.home,
      attempts,
      later: ok
        ? [...readdress, ...after]
        : [{ type: 'order.cancelled', afterMs: o.int(30, 60) * MINUTE, reason: 'payment_failed' }],
      buyer: accountBuyer(a),
      ...(shipping ? { shipping } : {}),
      ...s,
      ip,
      device,
      locale: 'es-CO',
      channel: 'web',
      method: 'card',
      documentType: a.documentType,
    };
  });
}

/**
 * Friendly fraud by real customers, everything about them genuine: a subscriber disputes a renewal instead of
 * cancelling it, a Colombian tells the bank they do not recognise a delivered purchase, a buyer abroad claims a
 * delivered DHL parcel never came.
 */
export function friendlyFraud(rng: Rng, w: World, n: number): Purchase[] {
  return Array.from({ length: n }, (_, i) => {
    const o = rng.fork(`f${i}`);
    const variant = o.weighted({ renewal: 35, home: 40, abroad: 25 });
    if (variant === 'renewal') {
      const a = o.pick(w.customers.subscribers.length > 0 ? w.customers.subscribers : w.customers.co);
      const plan = a.subscription ?? (SUBSCRIPTIONS[0] as NonNullable<typeof a.subscription>);
      const at = renewalAt(o, w.window);
      const b = basketOf(a.currency, [line(plan)], 0);
      const attempts = [
        cardAttempt(o, a.cards[0] as (typeof a.cards)[number], b, {
          entry: 'off_session',
          ok: true,
          afterMs: o.int(2_000, 40_000),
          installments: 1,
        }),
      ];
      const s: Shipment =
        a.currency === 'COP'
          ? shipmentTo(o, a.city, b.lines)
          : { fulfilment: 'international_post', carrier: '4-72' };
      const later = [
        ...deliverySteps(o, s.fulfilment, at).steps,
        {
          type: 'dispute.created' as const,
          afterMs: o.int(20, 50) * DAY,
          reason: o.chance(0.6) ? 'subscription_canceled' : 'unrecognized',
        },
      ];
      return {
        at,
        fraud: true,
        kind: 'friendly_fraud',
        basket: b,
        billing: a.home,
        attempts,
        later,
        buyer: accountBuyer(a),
        shipping: a.home,
        ...s,
        locale: a.locale,
        channel: 'subscription' as const,
        method: 'card' as const,
        renewal: true,
      };
    }
    const abroad = variant === 'abroad';
    const pool = abroad ? [...w.customers.tourists, ...w.customers.diaspora] : w.customers.co;
    const a = o.pick(pool);
    const at = when(o, w.window, a.city.tz, abroad ? 'abroad' : 'home');
    const lines: Line[] = abroad
      ? [line(priced(o.pick(EXPORT_BEANS), a.currency), o.int(2, 4))]
      : o.chance(0.5)
        ? [line(o.pick(GIFT_SETS), o.int(1, 3))]
        : [line(o.pick(BIG_GEAR)), line(o.pick(BEANS))];
    const s = shipmentTo(o, a.city, lines);
    const b = basketOf(
      a.currency,
      lines,
      shippingFee(a.currency, a.home.country ?? 'CO', zoneOf(a.city), lines),
    );
    const attempts = [
      cardAttempt(o, a.cards[0] as (typeof a.cards)[number], b, {
        entry: o.chance(0.5) ? 'saved' : 'typed',
        ok: true,
        afterMs: firstAuth(o),
      }),
    ];
    const { steps, deliveredAt } = deliverySteps(o, s.fulfilment, at);
    const later = [
      ...steps,
      abroad
        ? {
            type: 'dispute.created' as const,
            afterMs: deliveredAt + o.int(20, 45) * DAY,
            reason: 'product_not_received',
          }
        : { type: 'dispute.created' as const, afterMs: o.int(25, 60) * DAY, reason: 'fraudulent' },
    ];
    return {
      at,
      fraud: true,
      kind: 'friendly_fraud',
      basket: b,
      billing: a.home,
      attempts,
      later,
      buyer: accountBuyer(a),
      shipping: a.home,
      ...s,
      ...connectionOf(o, a),
      locale: a.locale,
      channel: 'web' as const,
      method: 'card' as const,
      documentType: a.documentType,
    };
  });
}

/** Gmail ignores dots and anything after a plus: one inbox, many “new” customers. */
function variantEmail(rng: Rng, base: string, provider: string, k: number): string {
  const dotted = base.length > 3 ? `${base.slice(0, 2)}.${base.slice(2)}` : base;
  return rng.weightedPick<string>([
    [`${base}+${rng.token(3, 'abcdefghijklmnopqrstuvwxyz')}${k}@gmail.com`, 35],
    [`${dotted.replace('.', rng.chance(0.5) ? '.' : '')}${k + rng.int(1, 90)}@${provider}`, 25],
    [
      `${base
        .split('')
        .join(k % 2 === 0 ? '' : '.')
        .slice(0, base.length + 3)}@gmail.com`,
      15,
    ],
    [`${fold(nameIn(rng, 'CO').split(' ')[0] ?? 'x')}${rng.int(10, 9999)}@${provider}`, 25],
  ]);
}

/**
 * Promo farms: one person opening new account after new account from the same phone and home network to use the
 * welcome code again (15 % off) or the half-price first subscription box, with e-mail variants, different
 * names, and the same building with another flat number; paying with their own Nequi, PSE or one card. Some are
 * spotted and cancelled before dispatch.
 */
export function promoAbuse(rng: Rng, w: World, n: number): Purchase[] {
  const farms = Math.max(1, Math.round(n / 7));
  const out: Purchase[] = [];
  for (let f = 0; f < farms; f++) {
    const r = rng.fork(`farm${f}`);
    const size = Math.floor(n / farms) + (f < n % farms ? 1 : 0);
    const city = r.chance(0.6) ? cityNamed('Medellín') : r.pick(CO_CITIES.filter((c) => c.weight >= 2));
    const name = nameIn(r, 'CO');
    const base = fold(name.split(' ')[0] ?? 'x') + fold(name.split(' ')[1] ?? 'y');
    const provider = providerIn(r, 'CO');
    const street = coLine(r, false);
    const phone = phoneIn(r, 'CO');
    const device = r.chance(0.3) ? { userAgent: phone.userAgent } : phone;
    const net = r.chance(0.6) ? homeNetwork(r, 'CO') : mobileNetwork(r, 'CO');
    const code: Code = r.chance(0.6) ? 'BIENVENIDA15' : 'SUSCRIBE50';
    const method = r.weighted({ nequi: 45, pse: 30, card: 25 } as const);
    const card = newCard(r, 'CO', 'debit');
    let t = when(r, w.window, COT, 'home');
    for (let k = 0; k < size; k++) {
      const o = r.fork(`o${k}`);
      if (k > 0)
        t = Math.min(
          w.window.end - 1,
          t + (o.chance(0.7) ? o.int(4, 45) * MINUTE : o.int(8, 30) * 60 * MINUTE),
        );
      const lines: Line[] =
        code === 'SUSCRIBE50' ? [line(SUBSCRIPTIONS[0] as Item)] : [line(o.pick(BEANS.slice(0, 6)))];
      const shipping = addressIn(
        o,
        city,
        `${street}${o.chance(0.7) ? ` Apto ${o.int(1, 12)}0${o.int(1, 4)}` : ''}`,
      );
      const s = shipmentTo(o, city, lines);
      const b = basketOf('COP', lines, shippingFee('COP', 'CO', zoneOf(city), lines), code);
      const attempts: Attempt[] = [
        method === 'card'
          ? cardAttempt(o, card, b, { ok: true, afterMs: firstAuth(o) })
          : method === 'pse'
            ? other('pse', true, pseTime(o), undefined, pseBank(o))
            : other('nequi', true, walletTime(o)),
      ];
      const later: LaterEvent[] = o.chance(0.2)
        ? [{ type: 'order.cancelled', afterMs: o.int(2, 20) * 60 * MINUTE, reason: 'promo_abuse' }]
        : deliverySteps(o, s.fulfilment, t).steps;
      const who = o.chance(0.6) ? nameIn(o, 'CO') : name;
      out.push({
        at: t,
        fraud: true,
        kind: 'promo_abuse',
        basket: b,
        billing: shipping,
        attempts,
        later,
        buyer: {
          id: newAccountId(o),
          email: variantEmail(o, base, provider, k),
          name: who,
          createdAt: t - o.int(2, 15) * MINUTE,
        },
        shipping,
        ...s,
        ip: ipOn(o, net),
        device,
        locale: 'es-CO',
        channel: 'web',
        method,
        documentType: 'CC',
      });
    }
  }
  return out;
}
