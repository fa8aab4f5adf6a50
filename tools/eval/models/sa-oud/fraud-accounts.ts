import { type Rng } from '../kit/random.js';
import { placedAt, smallHours, TZ } from './calendar.js';
import { type Decline, newCard } from './cards.js';
import { pickLines } from './catalogue.js';
import { fakeSaudi } from './fraud-kit.js';
import { ipOn, MOBILE } from './networks.js';
import { type Account, accountOf, APP_ANDROID, deviceOf } from './people.js';
import { addressIn, DROPS, otherCity } from './places.js';
import {
  cardAttempt,
  DAY,
  firstAuth,
  fulfilment,
  HOUR,
  type LaterEvent,
  MINUTE,
  other,
  paid,
  type Purchase,
  purchaseOf,
  refused,
  collected,
  unpaidRelease,
} from './purchase.js';
import { accountBuyer, agedAtLeast, customer, guest, type World } from './world.js';

/** Fraud through accounts and checkout terms: takeovers, instalment abuse, promo farms, refund abuse, fake COD. */

/**
 * Account takeover by SIM swap: the fraudster ports the victim's number, resets the password by SMS, and
 * signs in from a new Android phone on another carrier. The one-time passwords now reach them, so the saved
 * card passes 3-D Secure and the STC Pay wallet on that number pays. They buy oud and e-gift cards, shipped
 * to a drop or readdressed after checkout. The victim notices days or weeks later, or never.
 */
export function accountTakeover(rng: Rng, w: World): Purchase {
  const victim = customer(rng, w, (a) => agedAtLeast(w, 90)(a) && a.country === 'SA');
  const at = placedAt(rng, w.window, TZ, rng.chance(0.5) ? smallHours : undefined);
  const carriers = (MOBILE.SA ?? []).filter((n) => n !== victim.mobile);
  const digital = rng.chance(0.4);
  const readdress = !digital && rng.chance(0.3);
  const p = purchaseOf({
    at,
    fraud: true,
    kind: 'account_takeover',
    buyer: accountBuyer(victim),
    phone: victim.phone,
    billing: victim.home,
    shipping:
      readdress || digital
        ? victim.home
        : rng.chance(0.6)
          ? rng.pick(DROPS)
          : addressIn(rng, 'SA', otherCity(rng, 'SA', victim.home.city)),
    ip: ipOn(rng, rng.pick(carriers.length > 0 ? carriers : ['sa-mobile-3'])),
    device: { userAgent: APP_ANDROID(rng), id: `dev_${rng.token(20)}` },
    lines: digital
      ? pickLines(rng, 'resale_digital', rng.int(1, 2), 4)
      : pickLines(rng, 'resale', rng.int(1, 2), 2),
    delivery: digital ? 'email' : 'express',
    method: 'mada',
  });
  const card =
    victim.cards.find((c) => c.funding === 'credit') ?? victim.cards[0] ?? newCard(rng, 'SA', 'mada');
  const first = firstAuth(rng);
  p.attempts = rng.chance(0.3)
    ? [other('stc_pay', true, first)]
    : [cardAttempt(rng, card, { entry: 'saved', ok: true, afterMs: first, threeDS: 'challenge_passed' })];
  if (rng.chance(0.1))
    p.attempts.unshift(
      cardAttempt(rng, card, { entry: 'saved', ok: false, decline: 'limit_exceeded', afterMs: first }),
    );
  const later: LaterEvent[] = [];
  if (readdress)
    later.push({
      type: 'order.updated',
      afterMs: rng.int(5, 50) * MINUTE,
      shipping: rng.pick(DROPS),
      reason: 'address_changed',
    });
  later.push(...fulfilment(rng, p).steps);
  const noticed = rng.next();
  if (noticed < 0.45)
    later.push({ type: 'dispute.created', afterMs: rng.int(10, 50) * DAY, reason: 'fraudulent' });
  else if (noticed < 0.6)
    later.push({ type: 'refund.created', afterMs: rng.int(2, 7) * DAY, reason: 'fraudulent' });
  p.later = later;
  return p;
}

/**
 * Instalment abuse: Tabby and Tamara approve a first purchase on a phone number and a national ID, so rings
 * open fresh accounts with stolen or rented identities on a few phones, fill baskets up to the plan's limit
 * and send them to another city or a drop; the first instalment is paid, the rest never. The merchant is
 * paid by the provider, which claws back some as fraudulent when the identity's owner complains.
 */
export function bnplAbuse(rng: Rng, w: World, count: number): Purchase[] {
  const phones = Array.from({ length: Math.max(1, Math.ceil(count / 4)) }, () =>
    deviceOf(rng, rng.chance(0.6) ? 'app_android' : 'app_ios'),
  );
  return Array.from({ length: count }, () => {
    const at = placedAt(rng, w.window, TZ);
    const account = accountOf(rng, at - rng.int(10, 48 * 60) * MINUTE, 'SA');
    const fake = fakeSaudi(rng);
    Object.assign(account, { email: fake.email });
    const device = rng.pick(phones);
    const provider = rng.chance(0.55) ? 'tabby' : 'tamara';
    const p = purchaseOf({
      at,
      fraud: true,
      kind: 'bnpl_abuse',
      buyer: accountBuyer(account),
      phone: account.phone,
      billing: account.home,
      shipping: rng.chance(0.5)
        ? rng.pick(DROPS.filter((d) => d.country === 'SA'))
        : addressIn(rng, 'SA', otherCity(rng, 'SA', account.home.city)),
      ip: ipOn(rng, rng.pick(MOBILE.SA ?? ['sa-mobile-1'])),
      device,
      lines: pickLines(rng, rng.chance(0.6) ? 'resale' : 'connoisseur', rng.int(1, 3), 2),
      delivery: 'express',
      method: provider,
    });
    const approval = rng.int(60_000, 5 * MINUTE);
    p.attempts = rng.chance(0.25)
      ? [
          other(provider, false, approval, 'bnpl_declined' as Decline),
          other(
            provider === 'tabby' ? 'tamara' : 'tabby',
            rng.chance(0.85),
            rng.int(60_000, 4 * MINUTE),
            'bnpl_declined',
          ),
        ]
      : [other(provider, rng.chance(0.92), approval, 'bnpl_declined')];
    if (!paid(p)) p.later = unpaidRelease(rng, p.attempts);
    else
      p.later = [
        ...fulfilment(rng, p).steps,
        ...(rng.chance(0.3)
          ? [{ type: 'dispute.created' as const, afterMs: rng.int(30, 80) * DAY, reason: 'fraudulent' }]
          : []),
      ];
    return p;
  });
}

/**
 * Promo-code farming: one person, one or two phones (sometimes an Android emulator), a new account every few
 * minutes on numbered e-mails, the welcome code on the cheapest basket it covers, shipped to the same two
 * addresses and paid with the same card, wallet or cash. The store catches some and cancels them.
 */
export function promoFarming(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const size = Math.min(count - out.length, rng.int(3, 9));
    const emulator = rng.chance(0.35);
    const phone = emulator
      ? { userAgent: 'DarAlOud/5.9.0 (Android 13; sdk_gphone64_x86_64)', id: `dev_${rng.token(20)}` }
      : deviceOf(rng, rng.chance(0.5) ? 'app_android' : 'app_ios');
    const base = fakeSaudi(rng);
    const stem = base.email.split('@')[0]?.replace(/\d+$/, '') ?? 'user';
    const homes = [addressIn(rng, 'SA'), addressIn(rng, 'SA')];
    const card = newCard(rng, 'SA', 'mada');
    const pay = rng.weightedPick([
      ['cod', 5],
      ['mada', 3],
      ['stc_pay', 2],
    ] as const);
    const net = rng.pick(MOBILE.SA ?? ['sa-mobile-1']);
    let at = placedAt(rng, w.window, TZ);
    for (let i = 0; i < size; i++) {
      at += rng.int(4, 25) * MINUTE;
      const account: Account = accountOf(rng, at - rng.int(2, 20) * MINUTE, 'SA');
      Object.assign(account, {
        email: `${stem}${rng.int(10, 999)}@${rng.pick(['gmail.com', 'hotmail.com'])}`,
        name: fakeSaudi(rng).name,
      });
      const p = purchaseOf({
        at,
        fraud: true,
        kind: 'promo_farming',
        buyer: accountBuyer(account),
        phone: account.phone,
        billing: rng.pick(homes),
        shipping: rng.pick(homes),
        ip: ipOn(rng, net),
        device: phone,
        lines: pickLines(rng, 'promo', rng.int(1, 2), 1),
        code: rng.chance(0.7) ? 'APP25' : 'WELCOME10',
        delivery: 'standard',
        method: pay,
      });
      if (pay === 'mada') p.attempts = [cardAttempt(rng, card, { ok: true, afterMs: firstAuth(rng) })];
      else if (pay === 'stc_pay') p.attempts = [other('stc_pay', true, firstAuth(rng))];
      if (rng.chance(0.15))
        p.later = [{ type: 'order.cancelled', afterMs: rng.int(2, 20) * HOUR, reason: 'promo_abuse' }];
      else {
        const f = fulfilment(rng, p);
        p.later = pay === 'cod' ? [...f.steps, collected(rng, f.delivered)] : f.steps;
      }
      out.push(p);
    }
  }
  return out;
}

/**
 * Refund abuse: an established customer, on their own phone and Wi-Fi, buys expensive oud, then reports the
 * parcel missing or the bottle half empty. The store refunds, or the bank raises a dispute.
 */
export function refundAbuse(rng: Rng, w: World): Purchase {
  const a = customer(rng, w, (x) => agedAtLeast(w, 120)(x) && x.country === 'SA');
  const p = purchaseOf({
    at: placedAt(rng, w.window, TZ),
    fraud: true,
    kind: 'refund_abuse',
    buyer: accountBuyer(a),
    phone: a.phone,
    billing: a.home,
    shipping: a.home,
    ip: ipOn(rng, rng.chance(0.5) ? a.mobile : a.homeNet),
    device: rng.pick(a.devices),
    lines: pickLines(rng, 'connoisseur', rng.int(1, 3), 2),
    delivery: 'standard',
    method: 'apple_pay',
  });
  const card = a.cards[0] ?? newCard(rng, 'SA', 'mada');
  p.attempts = [
    cardAttempt(rng, card, {
      entry: rng.chance(0.6) ? 'wallet' : 'saved',
      ok: true,
      afterMs: firstAuth(rng),
    }),
  ];
  const f = fulfilment(rng, p);
  p.later = [
    ...f.steps,
    rng.chance(0.7)
      ? {
          type: 'refund.created',
          afterMs: f.delivered + rng.int(1, 5) * DAY,
          reason: rng.pick(['item_not_received', 'item_not_as_described']),
        }
      : {
          type: 'dispute.created',
          afterMs: f.delivered + rng.int(10, 40) * DAY,
          reason: 'product_not_received',
        },
  ];
  return p;
}

/**
 * Fake cash-on-delivery orders: pranks, competitors and people who order on impulse under a made-up name, a
 * number that never answers and a vague address, often several from one phone. The courier drives out and
 * brings the parcel back (the store pays both ways); a few are cancelled when the confirmation call fails.
 */
export function codFakeOrders(rng: Rng, w: World, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const size = Math.min(count - out.length, rng.chance(0.5) ? 1 : rng.int(2, 5));
    const device = deviceOf(rng, rng.pick(['web_android', 'web_iphone', 'app_android'] as const));
    const net = rng.pick(MOBILE.SA ?? ['sa-mobile-1']);
    let at = placedAt(rng, w.window, TZ);
    const city = rng.pick(['Riyadh', 'Jeddah', 'Dammam', 'Makkah', 'Taif']);
    for (let i = 0; i < size; i++) {
      at += rng.int(2, 90) * MINUTE;
      const who = fakeSaudi(rng);
      const address = addressIn(rng, 'SA', city);
      if (rng.chance(0.3))
        address.line1 = rng.pick(['near the mosque', 'Al Nakheel', 'بجوار المسجد', 'behind Panda']);
      const p = purchaseOf({
        at,
        fraud: true,
        kind: 'cod_fake_order',
        buyer: guest(who),
        phone: who.phone,
        billing: address,
        shipping: address,
        ip: ipOn(rng, net),
        device,
        lines: pickLines(rng, rng.chance(0.6) ? 'eid_gifts' : 'connoisseur', rng.int(1, 3), 2),
        delivery: rng.chance(0.3) ? 'express' : 'standard',
        method: 'cod',
      });
      const r = rng.next();
      p.later =
        r < 0.12
          ? [{ type: 'order.cancelled', afterMs: rng.int(3, 20) * HOUR, reason: 'unconfirmed_cod' }]
          : refused(
              rng,
              p,
              r < 0.55 ? 'refused_on_delivery' : r < 0.88 ? 'customer_unreachable' : 'address_not_found',
            );
      out.push(p);
    }
  }
  return out;
}
