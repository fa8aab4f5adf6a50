import { type Rng } from '../kit/random.js';
import { everyday, line, ordinary } from './catalog.js';
import { limitedDrop, orderTime, soonAfter } from './calendar.js';
import { card } from './cards.js';
import {
  botDevice,
  botUa,
  DAY,
  exitFor,
  type FraudCtx,
  MINUTE,
  shippedLater,
  stolenAttempts,
  throwaway,
} from './fraud-kit.js';
import { build, connection } from './honest-kit.js';
import { network, NETWORKS } from './networks.js';
import { device, koreanName } from './people.js';
import { KR_FORWARDERS, krAddress, lockered, market } from './places.js';
import { type Later, type Purchase } from './purchase.js';
import { HOUR } from '../kit/purchase.js';

/** Fraud with accounts: takeovers of point-rich members, promo rings, limited-set bots, friendly fraud, refund abuse. */

/**
 * Credential stuffing against members with a fat points balance: a new browser, a Korean mobile proxy
 * (careful) or a VPN exit (sloppy), every point spent on resaleable sets, the rest on the saved card, and the
 * parcel redirected to a new address; the member notices days later.
 */
export function accountTakeover(rng: Rng, c: FraudCtx, n: number): Purchase[] {
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`a${i}`);
    const v = r.pick(c.victims.domestic);
    const at = orderTime(r, c.w, 9, c.start);
    const careful = r.chance(0.5);
    const points = r.int(30, 220) * 1_000;
    const buyer = { ...v.customer, createdAt: Math.min(v.customer.createdAt ?? 0, at - 400 * DAY), points };
    const drop = r.chance(0.5) ? krAddress(r) : lockered(r, r.pick(KR_FORWARDERS));
    const redirectLate = r.chance(0.35);
    const attempts = stolenAttempts(r, [v.card], false, 0.9);
    const later: Later[] = redirectLate
      ? [
          {
            type: 'order.updated',
            afterMs: r.float(3, 25) * MINUTE,
            shipping: drop,
            reason: 'address_changed',
          },
        ]
      : [];
    if (r.chance(0.35))
      later.push({ type: 'order.cancelled', afterMs: r.float(2, 20) * HOUR, reason: 'account_compromised' });
    else {
      later.push(shippedLater(r));
      later.push(
        r.chance(0.5)
          ? { type: 'refund.created', afterMs: r.float(2, 10) * DAY, reason: 'fraudulent' }
          : { type: 'dispute.created', afterMs: r.float(15, 45) * DAY, reason: 'fraudulent' },
      );
    }
    const net = careful
      ? network(r.pick(['kt-mobile', 'skt-mobile', 'lgu-mobile']))
      : exitFor(r, 'KR', false);
    return build(r, {
      kind: 'account_takeover',
      fraud: true,
      at,
      buyer,
      billing: v.home,
      shipping: redirectLate ? v.home : drop,
      ip: c.ips.draw(net),
      device: device(r, false, careful),
      channel: 'web',
      lines: [
        line(r.pick(['GFT-HANBANG', 'DEV-LED', 'GFT-HOLIDAY', 'DEV-MICRO'])),
        ...everyday(r, r.int(1, 3)),
      ],
      points,
      method: 'card',
      card: v.card,
      attempts,
      later,
    });
  });
}

/**
 * Promo rings: one person opens account after account (Gmail dot and plus tricks, temp mail) to stack the
 * welcome coupon with referral credit from their own earlier accounts, from one phone or one home line, to one
 * address written slightly differently; small baskets just over free shipping, all paid.
 */
export function promoAbuse(rng: Rng, c: FraudCtx, n: number): Purchase[] {
  const out: Purchase[] = [];
  let ring = 0;
  while (out.length < n) {
    const r = rng.fork(`ring${ring++}`);
    const size = Math.min(n - out.length, r.int(3, 8));
    const name = koreanName(r);
    const base = name.handle.replace('.', '');
    const home = krAddress(r);
    const phone = device(r, r.chance(0.6), true);
    const mobile = network(r.pick(['kt-mobile', 'skt-mobile', 'lgu-mobile']));
    const line1 = network(r.pick(['kt', 'sk-broadband', 'lg-uplus']));
    const homeIp = c.ips.draw(line1, 0);
    let t = orderTime(r, c.w, 9, c.start);
    let referral = `REF-${r.token(6).toUpperCase()}`;
    for (let i = 0; i < size; i++) {
      t = soonAfter(r, c.w, t, r.chance(0.5) ? 15 * MINUTE : 8 * HOUR);
      const dots = base.slice(0, 2) + '.'.repeat(i % 3) + base.slice(2);
      const mail = r.chance(0.6) ? `${dots}+${r.int(1, 99)}@gmail.com` : throwaway(r, 'temp');
      const addr = {
        ...home,
        line1: `${home.line1 ?? ''}${' '.repeat(i % 2)}${i % 3 === 1 ? ' (문앞)' : ''}`,
      };
      const d = r.chance(0.75) ? phone : device(r, false, true);
      out.push(
        build(r, {
          kind: 'promo_abuse',
          fraud: true,
          at: t,
          buyer: {
            id: `M${r.digits(8)}`,
            createdAt: t - Math.floor(r.float(2, 30) * MINUTE),
            email: mail,
            name: r.chance(0.6) ? name.display : koreanName(r).display,
            locale: 'ko-KR',
          },
          billing: addr,
          shipping: addr,
          ip: r.chance(0.55) ? homeIp : c.ips.draw(mobile),
          device: d,
          channel: d.id?.startsWith('app-') ? 'app' : 'web',
          lines: [line('SUN-RELIEF'), line(r.pick(['SKN-ESS-SNAIL', 'SKN-TONER-RICE', 'MSK-RICE-10']))],
          coupon: 'WELCOME10',
          ...(i > 0 ? { referral, flat: 5_000 } : {}),
          method: r.pick(['toss_pay', 'kakao_pay', 'naver_pay', 'card']),
          card: card(r, 'KR'),
          later: r.chance(0.2)
            ? [{ type: 'order.cancelled', afterMs: r.float(2, 20) * HOUR, reason: 'promotion_abuse' }]
            : [shippedLater(r)],
        }),
      );
      referral = `REF-${r.token(6).toUpperCase()}`;
    }
  }
  return out;
}

/**
 * Resellers' bots at the 20:00 drop: accounts opened in the days before on a catch-all domain, the same
 * scripted browser, Korean residential proxies or cloud servers, the per-customer limit of each set, parcels to
 * a few addresses (a flat, a forwarder for buyers in China and Hong Kong). The store cancels what it links.
 */
export function limitedSetBot(rng: Rng, c: FraudCtx, n: number): Purchase[] {
  const ua = botUa(rng);
  const domain = `${rng.token(5, 'abcdefghijklmnopqrstuvwxyz')}mail.kr`;
  const drops = [krAddress(rng), krAddress(rng), lockered(rng, rng.pick(KR_FORWARDERS))];
  const proxies = NETWORKS.filter((x) => x.country === 'KR' && (x.kind === 'home' || x.kind === 'cloud'));
  const drop = limitedDrop(c.start);
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`b${i}`);
    const at = Math.min(c.w.end - 1, Math.max(c.w.start, drop + Math.floor(r.exp(4 * MINUTE))));
    const name = koreanName(r);
    const ship = r.pick(drops);
    const cards = [card(r, 'KR')];
    const attempts = r.chance(0.8) ? undefined : stolenAttempts(r, cards, false, 0.4);
    return build(r, {
      kind: 'limited_set_bot',
      fraud: true,
      at,
      buyer: {
        id: `M${r.digits(8)}`,
        createdAt: at - Math.floor(r.float(0.5, 6) * DAY),
        email: throwaway(r, 'catchall', domain),
        name: name.display,
        locale: 'ko-KR',
      },
      billing: ship,
      shipping: ship,
      ip: c.ips.draw(r.pick(proxies), 0.1),
      device: botDevice(r, ua),
      channel: 'web',
      lines: [line('LTD-1111', 2), line('LTD-COLLAB', 2)],
      method: r.pick(['card', 'toss_pay', 'naver_pay']),
      card: cards[0],
      ...(attempts ? { attempts } : {}),
      later: r.chance(0.35)
        ? [{ type: 'order.cancelled', afterMs: r.float(1, 20) * HOUR, reason: 'purchase_limit_exceeded' }]
        : [shippedLater(r)],
    });
  });
}

/** Members who get their parcel and dispute the charge anyway ("not received", "not recognised"). */
export function friendlyFraud(rng: Rng, c: FraudCtx, n: number): Purchase[] {
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`f${i}`);
    const v = r.chance(0.6) ? r.pick(c.victims.overseas) : r.pick(c.victims.domestic);
    const country = v.home.country ?? 'KR';
    const at = orderTime(r, c.w, country === 'KR' ? 9 : market(country).tz, c.start);
    const reason = r.pick([
      'product_not_received',
      'product_not_received',
      'unrecognized',
      'fraudulent',
      'product_unacceptable',
    ]);
    return build(r, {
      kind: 'friendly_fraud',
      fraud: true,
      at,
      buyer: v.customer,
      billing: v.home,
      shipping: v.home,
      ...connection(r, { ...c, crowd: c.victims }, v, r.chance(0.5)),
      lines: [...ordinary(r), ...(r.chance(0.4) ? [line(r.pick(['GFT-HOLIDAY', 'DEV-MICRO']))] : [])],
      method: r.chance(0.75) ? 'card' : country === 'KR' ? 'card' : 'paypal',
      card: v.card,
      later: [shippedLater(r), { type: 'dispute.created', afterMs: r.float(20, 55) * DAY, reason }],
    });
  });
}

/** Serial claimers: "the box arrived empty", "half the items missing"; refunded without a return. */
export function refundAbuse(rng: Rng, c: FraudCtx, n: number): Purchase[] {
  const abusers = Array.from({ length: Math.max(1, Math.ceil(n / 2)) }, () =>
    rng.chance(0.5) ? rng.pick(c.victims.domestic) : rng.pick(c.victims.overseas),
  );
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`r${i}`);
    const v = r.pick(abusers);
    const country = v.home.country ?? 'KR';
    const at = orderTime(r, c.w, country === 'KR' ? 9 : market(country).tz, c.start);
    const full = r.chance(0.5);
    const b = build(r, {
      kind: 'refund_abuse',
      fraud: true,
      at,
      buyer: v.customer,
      billing: v.home,
      shipping: v.home,
      ...connection(r, { ...c, crowd: c.victims }, v, r.chance(0.5)),
      lines: [...everyday(r, r.int(3, 7)), line(r.pick(['GFT-HOLIDAY', 'SKN-CRM-GINSENG']))],
      method: v.method,
      card: v.card,
    });
    const paid = b.attempts.some((a) => a.ok);
    const claim: Later = {
      type: 'refund.created',
      afterMs: r.float(4, 12) * DAY,
      reason: full ? 'item_missing' : 'damaged_item',
      amount: full ? b.basket.amount : Math.round(b.basket.amount * r.float(0.4, 0.7)),
    };
    return {
      ...b,
      later: paid
        ? [shippedLater(r), claim]
        : [{ type: 'order.cancelled', afterMs: 48 * HOUR, reason: 'unpaid_virtual_account' }],
    };
  });
}
