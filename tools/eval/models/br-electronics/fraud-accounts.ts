import { DAY, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { atHours, orderTime } from './calendar.js';
import { HOT, line, PRODUCTS, productsIn } from './catalog.js';
import { type Ctx, honestOrder } from './honest-kit.js';
import { fakeBuyer, fraudDevice, fraudIp, type FraudCtx, fraudPurchase } from './fraud-kit.js';
import { NETWORKS } from './networks.js';
import { person } from './people.js';
import { lockerAddress, pickCity, streetAddress } from './places.js';
import { cardAttempt, pixPaid, walletAttempt } from './payments.js';
import { type Later, type Purchase } from './purchase.js';

/** Fraud through accounts and customers: takeovers, promotion farms, friendly fraud and refund abuse. */

/**
 * Account takeover: a years-old account opened with a leaked password, from a new device, buying phones or
 * gift cards with the saved card (no CVC asked) or the wallet, sent to a locker or another city, or to the
 * owner's home and then changed.
 */
export function accountTakeover(rng: Rng, ctx: FraudCtx, count: number): Purchase[] {
  return Array.from({ length: count }, () => {
    const owner = ctx.victims.create({ accountDays: rng.float(300, 2900) });
    const at = rng.chance(0.4) ? atHours(rng, ctx.window, 0, 6) : orderTime(rng, ctx.window);
    const gift = rng.chance(0.2);
    const route = rng.weighted({ locker: 45, elsewhere: 35, redirect: 20 });
    const far = pickCity(rng);
    const shipping =
      route === 'locker'
        ? lockerAddress(rng, far)
        : route === 'elsewhere'
          ? streetAddress(rng, far)
          : owner.home;
    const later: Later[] = [];
    if (route === 'redirect' && !gift)
      later.push({
        type: 'order.updated',
        afterMs: rng.int(3, 40) * MINUTE,
        shipping: lockerAddress(rng, far),
        reason: 'address_changed',
      });
    if (rng.chance(0.5))
      later.push({ type: 'dispute.created', afterMs: rng.float(5, 40) * DAY, reason: 'fraudulent' });
    else if (rng.chance(0.6))
      later.push({ type: 'refund.created', afterMs: rng.float(1, 6) * DAY, reason: 'account_compromised' });
    const card = owner.cards[0];
    const useWallet = owner.wallet !== undefined && rng.chance(0.4);
    return fraudPurchase(rng, {
      at,
      kind: 'account_takeover',
      buyer: owner.customer,
      lines: gift
        ? [line(rng.pick(productsIn('gift_card').filter((p) => p.price >= 10_000)), rng.int(1, 4))]
        : [line(rng.pick(HOT.filter((p) => p.category !== 'gift_card')))],
      delivery: gift ? 'digital' : route === 'locker' ? 'locker' : 'home',
      ...(gift ? {} : { shipping }),
      billing: owner.home,
      city: route === 'redirect' ? owner.city : far,
      method: useWallet ? 'wallet' : 'credit_card',
      ip: fraudIp(rng, ctx, { proxy: 45, mobile: 35, vpn: 15, cloud: 5 }),
      device: fraudDevice(rng, rng.chance(0.7) ? 'android' : 'windows'),
      pay: (amount) =>
        useWallet && owner.wallet
          ? [walletAttempt(rng, owner.wallet)]
          : card
            ? [
                {
                  ...cardAttempt(rng, card, amount, { ok: rng.chance(0.9), parcelas: 1 }),
                  cvc: 'unavailable' as const,
                },
              ]
            : [pixPaid(rng)],
      later,
    });
  });
}

/**
 * A promotion farm: new accounts with generated CPFs on two or three phones, a couple of addresses written
 * slightly differently, each taking the first-purchase coupon and the one-per-CPF doorbuster, paid by Pix.
 */
export function promoAbuse(rng: Rng, ctx: FraudCtx, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const size = Math.min(count - out.length, rng.int(5, 12));
    const city = pickCity(rng);
    const home = streetAddress(rng, city);
    const spellings = [
      home,
      { ...home, line1: (home.line1 ?? '').replace('Rua', 'R.') },
      { ...home, line1: `${home.line1 ?? ''} fundos` },
    ];
    const phones = Array.from({ length: rng.int(2, 3) }, () => fraudDevice(rng, 'android'));
    const carrier = rng.pick([NETWORKS.vivoMovel, NETWORKS.claroMovel, NETWORKS.timMovel]);
    const deal = rng.pick(
      PRODUCTS.filter((p) =>
        ['GAM-SNY-PS5', 'PEQ-MON-AF', 'CEL-SAM-A15', 'PEQ-PHI-AF', 'TV-SAM-50'].includes(p.sku),
      ),
    );
    const start = orderTime(rng, ctx.window);
    for (let i = 0; i < size; i++) {
      const at = Math.min(ctx.window.end - 1, start + rng.float(0, 30) * 3_600_000);
      const shipping = rng.chance(0.25) ? lockerAddress(rng, city) : rng.pick(spellings);
      const pix = rng.chance(0.75);
      out.push(
        fraudPurchase(rng, {
          at,
          kind: 'promo_abuse',
          buyer: fakeBuyer(rng, at, 'new', person(rng)),
          lines: [line(deal)],
          delivery:
            shipping.line1?.startsWith('Armário') ||
            shipping.line1?.startsWith('Locker') ||
            shipping.line1?.startsWith('Ponto')
              ? 'locker'
              : 'home',
          shipping,
          billing: home,
          city,
          method: pix ? 'pix' : 'credit_card',
          coupon: rng.chance(0.7) ? 'PRIMEIRACOMPRA' : 'APP30',
          ip: rng.chance(0.6) ? ctx.victims.ipOn(carrier) : ctx.victims.ipOn(NETWORKS.regional),
          device: rng.pick(phones),
          app: true,
          pay: (amount) =>
            pix
              ? [pixPaid(rng)]
              : [
                  cardAttempt(
                    rng,
                    ctx.victims.create().cards[0] ?? {
                      bin: '516292',
                      last4: rng.digits(4),
                      brand: 'mastercard',
                      country: 'BR',
                      fingerprint: `fp_${rng.token(18)}`,
                    },
                    amount,
                    { ok: true, parcelas: 1 },
                  ),
                ],
          later: rng.chance(0.12)
            ? [{ type: 'order.cancelled', afterMs: rng.float(2, 30) * 3_600_000, reason: 'promotion_abuse' }]
            : [],
        }),
      );
    }
  }
  return out;
}

const asCtx = (ctx: FraudCtx): Ctx => ({ window: ctx.window, shoppers: ctx.victims });

/**
 * Friendly fraud ("autofraude"): an ordinary customer, own card, own home, who receives the TV or phone and
 * tells the bank it was not them, or that it never arrived.
 */
export function friendlyFraud(rng: Rng, ctx: FraudCtx, count: number): Purchase[] {
  return Array.from({ length: count }, () => {
    const s = ctx.victims.create({ accountDays: rng.chance(0.8) ? rng.float(20, 2000) : 'guest' });
    const p = honestOrder(rng, asCtx(ctx), 'friendly_fraud', s, {
      method: 'credit_card',
      lines: [line(rng.pick(PRODUCTS.filter((x) => x.price >= 60_000 && x.category !== 'gift_card')))],
      payment: (amount) => ({
        attempts: [
          cardAttempt(
            rng,
            s.cards[0] ?? {
              bin: '498401',
              last4: rng.digits(4),
              brand: 'visa',
              country: 'BR',
              fingerprint: `fp_${rng.token(18)}`,
            },
            amount,
            { ok: true },
          ),
        ],
        later: [],
      }),
      later: [
        {
          type: 'dispute.created',
          afterMs: rng.float(15, 60) * DAY,
          reason: rng.chance(0.7) ? 'fraudulent' : 'product_not_received',
        },
      ],
    });
    return { ...p, fraud: true };
  });
}

/**
 * Refund abuse: a few aged accounts that order electronics and claim an empty box, a brick or a parcel that
 * never came, and are refunded (a dispute if the store refuses).
 */
export function refundAbuse(rng: Rng, ctx: FraudCtx, count: number): Purchase[] {
  const abusers = Array.from({ length: Math.max(1, Math.ceil(count / 3)) }, () =>
    ctx.victims.create({ accountDays: rng.float(90, 1500) }),
  );
  return Array.from({ length: count }, () => {
    const s = rng.pick(abusers);
    const pix = rng.chance(0.35);
    const card = s.cards[0];
    const p = honestOrder(rng, asCtx(ctx), 'refund_abuse', s, {
      method: pix || !card ? 'pix' : 'credit_card',
      payment: (amount) => ({
        attempts: [pix || !card ? pixPaid(rng) : cardAttempt(rng, card, amount, { ok: true })],
        later: [],
      }),
      lines: [
        line(
          rng.pick(
            PRODUCTS.filter(
              (x) =>
                ['smartphone', 'notebook', 'console', 'accessory'].includes(x.category) && x.price >= 60_000,
            ),
          ),
        ),
      ],
      later: [
        rng.chance(0.8)
          ? {
              type: 'refund.created',
              afterMs: rng.float(3, 12) * DAY,
              reason: rng.pick(['item_not_received', 'empty_box', 'wrong_item']),
            }
          : { type: 'dispute.created', afterMs: rng.float(15, 45) * DAY, reason: 'product_not_received' },
      ],
    });
    return { ...p, fraud: true };
  });
}
