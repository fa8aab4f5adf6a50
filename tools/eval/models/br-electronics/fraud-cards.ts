import { DAY, MINUTE } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { atHours, orderTime } from './calendar.js';
import { brCard, BR_BIN_LIST } from './cards.js';
import { HOT, line, PRODUCTS, productsIn } from './catalog.js';
import { chargeback, fakeBuyer, fraudDevice, fraudIp, type FraudCtx, fraudPurchase } from './fraud-kit.js';
import { person } from './people.js';
import { lockerAddress, pickCity, streetAddress } from './places.js';
import { cardAttempt, DECLINES } from './payments.js';
import { type Attempt, type Card, type Purchase } from './purchase.js';

/** Fraud paid with other people's cards: leaked card data, card testing, mule drops and triangulation. */

/** Declined tries on other stolen cards, then (mostly) one that works. */
function stolenCardTries(rng: Rng, first: Card, amount: number, succeed: number): Attempt[] {
  const fails = rng.weightedPick([
    [0, 55],
    [1, 25],
    [2, 12],
    [3, 8],
  ] as const);
  const parcelas = rng.chance(0.5) ? 1 : rng.pick([10, 12]);
  const out: Attempt[] = [];
  for (let i = 0; i < fails; i++)
    out.push(
      cardAttempt(rng, brCard(rng), amount, {
        ok: false,
        decline: rng.pick([DECLINES.fraud, DECLINES.honor, DECLINES.cvc, DECLINES.funds, DECLINES.expired]),
        parcelas,
        ...(i > 0 ? { afterMs: rng.int(20_000, 240_000) } : {}),
      }),
    );
  const ok = rng.chance(succeed);
  out.push(
    cardAttempt(rng, first, amount, {
      ok,
      parcelas,
      ...(ok ? {} : { decline: DECLINES.fraud }),
      ...(fails > 0 ? { afterMs: rng.int(20_000, 240_000) } : {}),
    }),
  );
  return out;
}

/**
 * Leaked card data (with CVC, and often the owner's name, CPF and CEP from the same leak) spent on phones,
 * consoles, notebooks and gift cards, sent to a drop, a locker or the "owner's" address with a changed number.
 */
export function stolenCard(rng: Rng, ctx: FraudCtx, count: number): Purchase[] {
  return Array.from({ length: count }, () => {
    const victim = ctx.victims.create();
    const at = rng.chance(0.35) ? atHours(rng, ctx.window, 0, 6) : orderTime(rng, ctx.window);
    const card = victim.cards[0] ?? brCard(rng);
    const asVictim = rng.chance(0.55);
    const buyer = fakeBuyer(
      rng,
      at,
      rng.weighted({ new: 50, guest: 30, aged: 20 }),
      asVictim ? victim.person : person(rng),
    );
    if (asVictim) buyer.taxId = victim.customer.taxId;
    const dropCity = rng.chance(0.6) ? pickCity(rng) : victim.city;
    const delivery = rng.weighted({ home: 60, locker: 30, work: 10, digital: 0 });
    const gift = rng.chance(0.12);
    const lines = gift
      ? [line(rng.pick(productsIn('gift_card').filter((p) => p.price >= 10_000)), rng.int(1, 3))]
      : [
          line(rng.pick(HOT.filter((p) => p.category !== 'gift_card'))),
          ...(rng.chance(0.25) ? [line(rng.pick(HOT))] : []),
        ];
    const shipTo = delivery === 'locker' ? lockerAddress(rng, dropCity) : streetAddress(rng, dropCity);
    return fraudPurchase(rng, {
      at,
      kind: 'stolen_card',
      buyer,
      lines,
      delivery: gift ? 'digital' : delivery,
      ...(gift ? {} : { shipping: shipTo }),
      billing: rng.chance(0.6) ? victim.home : shipTo,
      city: dropCity,
      method: 'credit_card',
      ip: fraudIp(rng, ctx),
      device: fraudDevice(rng),
      pay: (amount) => stolenCardTries(rng, card, amount, 0.85),
      later: [
        ...chargeback(rng, { warning: 0.3, dispute: 0.65 }),
        ...(rng.chance(0.08)
          ? [
              {
                type: 'order.cancelled' as const,
                afterMs: rng.float(2, 20) * 3_600_000,
                reason: 'fraud_review',
              },
            ]
          : []),
      ],
    });
  });
}

/**
 * Card testing: bursts of cheap guest orders (a R$ 30 Google Play card, a phone case) walking one BIN, mostly
 * declined, from one device or rotating proxies, at night; the live cards are sold on.
 */
export function cardTesting(rng: Rng, ctx: FraudCtx, count: number): Purchase[] {
  const out: Purchase[] = [];
  while (out.length < count) {
    const size = Math.min(count - out.length, rng.int(4, 12));
    const bin = rng.pick(BR_BIN_LIST);
    let t = rng.chance(0.7) ? atHours(rng, ctx.window, 1, 5) : orderTime(rng, ctx.window);
    const sameDevice = rng.chance(0.6) ? fraudDevice(rng, 'windows') : undefined;
    const sameIp = rng.chance(0.5)
      ? fraudIp(rng, ctx, { proxy: 60, mobile: 0, vpn: 20, cloud: 20 })
      : undefined;
    const city = pickCity(rng);
    const product = rng.pick(PRODUCTS.filter((p) => p.price <= 6_000));
    for (let i = 0; i < size; i++) {
      t += rng.int(20_000, 4 * MINUTE);
      const digital = product.category === 'gift_card';
      out.push(
        fraudPurchase(rng, {
          at: Math.min(t, ctx.window.end - 1),
          kind: 'card_testing',
          buyer: fakeBuyer(rng, t, 'guest'),
          lines: [line(product)],
          delivery: digital ? 'digital' : 'locker',
          ...(digital ? {} : { shipping: lockerAddress(rng, city) }),
          billing: streetAddress(rng, city),
          city,
          method: 'credit_card',
          ip: sameIp ?? fraudIp(rng, ctx, { proxy: 60, mobile: 0, vpn: 20, cloud: 20 }),
          device: sameDevice ?? fraudDevice(rng),
          pay: (amount) => {
            const tries = rng.int(1, 3);
            return Array.from({ length: tries }, (_, k) => {
              const ok = k === tries - 1 && rng.chance(0.35);
              return cardAttempt(rng, brCard(rng, bin), amount, {
                ok,
                parcelas: 1,
                decline: rng.pick([
                  DECLINES.invalid,
                  DECLINES.cvc,
                  DECLINES.expired,
                  DECLINES.honor,
                  DECLINES.funds,
                ]),
                ...(k > 0 ? { afterMs: rng.int(3_000, 40_000) } : {}),
              });
            });
          },
          later: chargeback(rng, { warning: 0.15, dispute: 0.5 }),
        }),
      );
    }
  }
  return out;
}

/**
 * Reshipping mules: a ring's two or three drop addresses (a house on the city's edge, a locker) receive
 * phones and notebooks bought with many victims' cards, each under a different new account and name.
 */
export function muleReshipping(rng: Rng, ctx: FraudCtx, count: number): Purchase[] {
  const city = pickCity(rng, rng.pick(['sp_capital', 'rio', 'nordeste'] as const));
  const drops = Array.from({ length: rng.int(2, 3) }, () =>
    rng.chance(0.6)
      ? { delivery: 'home' as const, to: streetAddress(rng, city) }
      : { delivery: 'locker' as const, to: lockerAddress(rng, city) },
  );
  const ringDevices = Array.from({ length: 3 }, () => fraudDevice(rng));
  return Array.from({ length: count }, () => {
    const victim = ctx.victims.create();
    const at = orderTime(rng, ctx.window);
    const drop = rng.pick(drops);
    const name = person(rng);
    const shipping = { ...drop.to, line1: `${drop.to.line1 ?? ''} (A/C ${name.first})` };
    return fraudPurchase(rng, {
      at,
      kind: 'mule_reshipping',
      buyer: fakeBuyer(rng, at, rng.chance(0.7) ? 'new' : 'guest', name),
      lines: [
        line(
          rng.pick(
            HOT.filter(
              (p) => p.category === 'smartphone' || p.category === 'notebook' || p.category === 'console',
            ),
          ),
        ),
      ],
      delivery: drop.delivery,
      shipping,
      billing: rng.chance(0.5) ? victim.home : shipping,
      city,
      method: 'credit_card',
      ip: fraudIp(rng, ctx, { proxy: 55, mobile: 40, vpn: 5, cloud: 0 }),
      device: rng.chance(0.6) ? rng.pick(ringDevices) : fraudDevice(rng),
      pay: (amount) => stolenCardTries(rng, victim.cards[0] ?? brCard(rng), amount, 0.85),
      later: chargeback(rng, { warning: 0.25, dispute: 0.6 }),
    });
  });
}

/**
 * Triangulation: a fraudster "sells" appliances cheaply on a marketplace, then buys them here with stolen cards
 * in the real buyer's name, to the real buyer's home. The delivery is ordinary; the card is not theirs.
 */
export function triangulation(rng: Rng, ctx: FraudCtx, count: number): Purchase[] {
  const ring = Array.from({ length: 2 }, () => fraudDevice(rng, 'windows'));
  const goods = productsIn('tv', 'air_conditioner', 'small_appliance', 'washer', 'smartphone').filter(
    (p) => p.price < 500_000,
  );
  return Array.from({ length: count }, () => {
    const endBuyer = ctx.victims.create({ accountDays: 'guest' });
    const victim = ctx.victims.create();
    const at = orderTime(rng, ctx.window);
    const buyer = fakeBuyer(rng, at, rng.chance(0.6) ? 'guest' : 'new', endBuyer.person);
    buyer.taxId = endBuyer.customer.taxId;
    return fraudPurchase(rng, {
      at,
      kind: 'triangulation',
      buyer,
      lines: [line(rng.pick(goods))],
      delivery: 'home',
      shipping: endBuyer.home,
      billing: rng.chance(0.5) ? endBuyer.home : victim.home,
      city: endBuyer.city,
      method: 'credit_card',
      ip: fraudIp(rng, ctx, { proxy: 60, mobile: 10, vpn: 10, cloud: 20 }),
      device: rng.chance(0.7) ? rng.pick(ring) : fraudDevice(rng),
      pay: (amount) => stolenCardTries(rng, victim.cards[0] ?? brCard(rng), amount, 0.9),
      later: chargeback(rng, { warning: 0.2, dispute: 0.6 }).map((l) => ({
        ...l,
        afterMs: l.afterMs + 5 * DAY,
      })),
    });
  });
}
