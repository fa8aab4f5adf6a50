import { accountBuyer, DAY } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { basketOf, braaiLines, cardLines, type Delivery, giftLines, pantryLines } from './basket.js';
import { localeOf, purchaseOf, sourceAt, type World } from './build.js';
import { drawTime, SAST } from './calendar.js';
import { CURRENCY_OF } from './catalogue.js';
import { newCard } from './cards.js';
import { fraudFulfil } from './fraud-kit.js';
import { accountVisit, localDelivery, localShipping } from './honest.js';
import { network, networksOf } from './networks.js';
import { deviceOf, throwaway } from './people.js';
import { ABROAD, addressIn, cityIn, homeIn } from './places.js';
import {
  type Attempt,
  cardAttempt,
  firstAuth,
  HOUR,
  type LaterEvent,
  other,
  type Purchase,
  retryGap,
  step,
} from './purchase.js';

/** Fraud by customers and from sanctioned places: friendly fraud, refund abuse, sanctioned jurisdictions. */

/**
 * A customer who got the parcel and disputes the charge anyway: "never arrived" after collecting from the
 * locker, "not as described", or "I don't recognise this" (a teenager on a parent's card, buyer's remorse).
 */
export function friendlyFraud(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, (_, k) => {
    const r = rng.fork(`o${k}`);
    const abroad = w.customers.abroad.length > 0 && r.chance(0.2);
    const a = abroad ? r.pick(w.customers.abroad) : r.pick(w.customers.local);
    const at = drawTime(r, w.window, abroad ? a.city.tz : SAST, 'home');
    const delivery = abroad ? 'courier' : localDelivery(r, a.home);
    const to = abroad ? addressIn(r, 'ZA', cityIn(r, 'ZA')) : a.home;
    const lines = r.chance(0.5) ? braaiLines(r, 'ZA', 'ZAR') : giftLines(r, 'ZA', 'ZAR');
    const basket = basketOf(lines, 'ZAR', delivery);
    const card = r.pick(a.cards);
    const attempts: Attempt[] =
      abroad && r.chance(0.4)
        ? [other('paypal', true, firstAuth(r))]
        : [
            cardAttempt(r, card, {
              entry: r.chance(0.5) ? 'saved' : 'typed',
              ok: true,
              afterMs: firstAuth(r),
            }),
          ];
    const later = fraudFulfil(r, delivery).map((l) => ({ ...l, afterMs: l.afterMs + r.int(0, 12) * HOUR }));
    const reason = r.weightedPick<string>([
      ['product_not_received', 45],
      ['fraudulent', 30],
      ['not_as_described', 25],
    ]);
    if (reason === 'fraudulent' && r.chance(0.3))
      later.push(step('fraud_warning.created', r.int(8, 25) * DAY, { reason: 'fraudulent' }));
    later.push(step('dispute.created', r.int(14, 50) * DAY, { reason }));
    const { device, net } = accountVisit(r, a);
    return purchaseOf(
      r,
      {
        kind: 'friendly_fraud',
        at,
        buyer: accountBuyer(a),
        billing: a.home,
        shipping: localShipping(r, delivery, to),
        delivery,
        basket,
        net,
        device,
        locale: localeOf(r, a.country, a.person),
        source: sourceAt(r, at, true),
      },
      true,
      attempts,
      later,
    );
  });
}

/**
 * Serial complainers: regular customers whose biltong "arrived mouldy", whose parcel "was short a packet" or
 * "never reached the locker", refunded in part or in full a few days after delivery, some more than once.
 */
export function refundAbuse(rng: Rng, w: World, count: number): Purchase[] {
  const abusers = Array.from({ length: Math.max(1, Math.ceil(count / 1.6)) }, () =>
    rng.pick(w.customers.local),
  );
  return Array.from({ length: count }, (_, k) => {
    const r = rng.fork(`o${k}`);
    const a = abusers[k % abusers.length] ?? r.pick(w.customers.local);
    const at = drawTime(r, w.window, SAST, 'home');
    const delivery = localDelivery(r, a.home);
    const basket = basketOf(braaiLines(r, 'ZA', 'ZAR', r.int(2, 5)), 'ZAR', delivery);
    const attempts = [
      r.chance(0.6)
        ? cardAttempt(r, r.pick(a.cards), { entry: 'saved', ok: true, afterMs: firstAuth(r) })
        : other(r.pick(['instant_eft', 'snapscan'] as const), true, firstAuth(r, 'instant_eft')),
    ];
    const later = fraudFulfil(r, delivery);
    const last = Math.max(...later.map((l) => l.afterMs));
    later.push(
      step('refund.created', last + r.int(1, 5) * DAY, {
        reason: r.pick(['spoiled_on_arrival', 'items_missing', 'not_received']),
        amount: r.chance(0.5) ? basket.amount : Math.round(basket.amount * r.float(0.4, 0.9)),
      }),
    );
    const { device, net } = accountVisit(r, a);
    return purchaseOf(
      r,
      {
        kind: 'refund_abuse',
        at,
        buyer: accountBuyer(a),
        billing: a.home,
        shipping: localShipping(r, delivery, a.home),
        delivery,
        basket,
        net,
        device,
        locale: localeOf(r, 'ZA', a.person),
        source: sourceAt(r, at, true),
      },
      true,
      attempts,
      later,
    );
  });
}

const NAMES: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>> = {
  RU: [
    ['Alexei', 'Smirnov'],
    ['Olga', 'Ivanova'],
    ['Dmitri', 'Volkov'],
    ['Natalia', 'Petrova'],
    ['Sergei', 'Kuznetsov'],
    ['Irina', 'Sokolova'],
  ],
  BY: [
    ['Andrei', 'Kovalenko'],
    ['Tatsiana', 'Novik'],
    ['Pavel', 'Zhuk'],
  ],
  IR: [
    ['Reza', 'Hosseini'],
    ['Maryam', 'Ahmadi'],
    ['Ali', 'Karimi'],
    ['Sara', 'Rahimi'],
  ],
  CU: [
    ['Yanelis', 'Pérez'],
    ['Osvaldo', 'Rodríguez'],
  ],
  SY: [
    ['Rami', 'Haddad'],
    ['Lina', 'Khoury'],
  ],
  KP: [['Chol', 'Kim']],
};

/**
 * Buyers in Russia, Belarus, Iran, Cuba, Syria or North Korea: rooibos and biltong for a friend in South
 * Africa, e-gift cards, pantry to a relative in Europe. Their own banks' cards are refused; a card from
 * Kazakhstan, Armenia, the Emirates or Portugal sometimes goes through; a few come through a VPN.
 */
export function sanctionedCountry(rng: Rng, w: World, count: number): Purchase[] {
  return Array.from({ length: count }, (_, k) => {
    const r = rng.fork(`o${k}`);
    const country = r.weightedPick<string>([
      ['RU', 50],
      ['BY', 15],
      ['IR', 20],
      ['CU', 8],
      ['SY', 5],
      ['KP', 2],
    ]);
    const city = r.pick(ABROAD[country] ?? []);
    const home = addressIn(r, country, city);
    const vpn = r.chance(0.15);
    const net = vpn
      ? r.pick([...networksOf('NL', 'hosting'), ...networksOf('GB', 'hosting')])
      : network(`${country.toLowerCase()}-${country === 'RU' ? 'mobile' : 'fixed'}`);
    const at = drawTime(r, w.window, city.tz, 'home');
    const [first, last] = r.pick(NAMES[country] ?? NAMES.RU ?? [['Alexei', 'Smirnov']]);
    const p = { first, last, name: `${first} ${last}` };
    const dest = r.weightedPick<string>([
      ['ZA', 55],
      ['email', 25],
      ['abroad', 20],
    ]);
    const relative = r.chance(0.5) ? 'NL' : 'GB';
    const currency = dest === 'abroad' ? (CURRENCY_OF[relative] ?? 'EUR') : 'ZAR';
    const delivery: Delivery = dest === 'ZA' ? 'courier' : dest === 'email' ? 'email' : 'international';
    const lines =
      dest === 'email'
        ? cardLines(r, r.int(1, 2))
        : dest === 'abroad'
          ? pantryLines(r, relative, currency)
          : braaiLines(r, 'ZA', 'ZAR');
    const basket = basketOf(lines, currency, delivery);
    const shipping =
      dest === 'ZA' ? homeIn(r, 'ZA').address : dest === 'abroad' ? homeIn(r, relative).address : undefined;
    const attempts: Attempt[] = [];
    if (['RU', 'BY'].includes(country) && r.chance(0.6))
      attempts.push(
        cardAttempt(r, newCard(r, country), {
          ok: false,
          decline: 'transaction_not_allowed',
          afterMs: firstAuth(r),
        }),
      );
    if (attempts.length === 0 || r.chance(0.6)) {
      const third = newCard(r, r.pick(['KZ', 'AM', 'AE', 'PT']));
      const ok = r.chance(0.55);
      attempts.push(
        cardAttempt(r, third, {
          ok,
          afterMs: attempts.length === 0 ? firstAuth(r) : retryGap(r),
          match: 'wrong',
          ...(ok ? {} : { decline: r.pick(['do_not_honor', 'transaction_not_allowed'] as const) }),
        }),
      );
    }
    const paidNow = attempts.some((x) => x.ok);
    const later: LaterEvent[] = !paidNow
      ? []
      : r.chance(0.4)
        ? [
            step('order.cancelled', r.int(2, 30) * HOUR, { reason: 'restricted_jurisdiction' }),
            step('refund.created', r.int(31, 40) * HOUR, { reason: 'restricted_jurisdiction' }),
          ]
        : fraudFulfil(r, delivery);
    return purchaseOf(
      r,
      {
        kind: 'sanctioned_country',
        at,
        buyer: {
          email: r.chance(0.5)
            ? throwaway(r)
            : `${p.first
                .toLowerCase()
                .normalize('NFD')
                .replace(
                  /[^a-z]/g,
                  '',
                )}.${r.digits(3)}@${country === 'RU' || country === 'BY' ? r.pick(['mail.ru', 'yandex.ru', 'gmail.com']) : 'gmail.com'}`,
          name: p.name,
        },
        billing: vpn || r.chance(0.85) ? home : homeIn(r, 'ZA').address,
        ...(shipping ? { shipping } : {}),
        delivery,
        basket,
        net,
        v6: 0,
        device: deviceOf(r),
        locale: 'en-ZA',
        source: r.pick(['google', 'direct', 'instagram']),
      },
      true,
      attempts,
      later,
    );
  });
}
