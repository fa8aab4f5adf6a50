import { DAY, HOUR } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { when } from './calendar.js';
import { type Category, lineOf, pickProduct } from './catalog.js';
import { device, profile } from './devices.js';
import { homeAddress, type Market, pickCity, TZ } from './markets.js';
import { fullName } from './people.js';
import { cardAttempt, honestPayment } from './payments.js';
import { type Later, type Purchase } from './purchase.js';
import { type Shopper } from './shoppers.js';
import { Crew, crewBuyer, deliveryTo, type FraudCtx, fraudOrder } from './fraud-kit.js';

/**
 * Fraud by people who look like customers because they are: chargebacks for goods they received, returns of
 * bricks or empty boxes, and pay-on-delivery parcels "paid" at the door with a fake transfer alert.
 */

const GOODS: readonly Category[] = ['phone', 'laptop', 'tv', 'gaming', 'accessory'];

/** An ordinary, long-standing customer placing an ordinary order. */
function regular(rng: Rng, ctx: FraudCtx, market?: Market): Shopper {
  const s = ctx.shoppers.next(rng, market);
  if (s.age === 'guest' || s.age < 30) s.age = rng.float(60, 1500);
  return s;
}

/** A card order they received, then disputed weeks later as never delivered or not theirs. */
export function friendlyFraud(rng: Rng, ctx: FraudCtx, n: number): Purchase[] {
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`o${i}`);
    const s = regular(r, ctx);
    const at = when(r, ctx.window, TZ[s.market]);
    const card = s.cards[0];
    const attempts = card ? [cardAttempt(r, card, { ok: true })] : [];
    const reason = r.weighted({ product_not_received: 55, fraudulent: 30, product_unacceptable: 15 });
    return fraudOrder({
      kind: 'friendly_fraud',
      at,
      market: s.market,
      lines: [lineOf(pickProduct(r, r.pick(GOODS), r.chance(0.5)), s.market)],
      buyer: ctx.shoppers.buyer(r, s, at),
      billing: s.home,
      shipping: s.home,
      delivery: 'home',
      method: 'card',
      attempts,
      later: [{ type: 'dispute.created', afterMs: Math.floor(r.float(14, 60) * DAY), reason }],
      ip: ctx.shoppers.ip(r, s),
      device: s.device,
    });
  });
}

/**
 * "Dead on arrival", "box was empty": a phone or laptop returned as a brick or a cheap clone and refunded;
 * a few serial returners come back more than once in the week.
 */
export function refundAbuse(rng: Rng, ctx: FraudCtx, n: number): Purchase[] {
  const serial = Array.from({ length: Math.max(1, Math.ceil(n / 3)) }, (_, k) =>
    regular(rng.fork(`s${k}`), ctx),
  );
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`o${i}`);
    const s = r.chance(0.5) ? r.pick(serial) : regular(r, ctx);
    const at = when(r, ctx.window, TZ[s.market]);
    const lines = [lineOf(pickProduct(r, r.pick(['phone', 'laptop', 'gaming'] as const), true), s.market)];
    const paid = honestPayment(r, s.market, s.market === 'KE' ? 'mpesa' : 'card', s.cards, {
      failRate: 0.05,
    });
    const reason = r.weighted({ defective: 50, item_missing: 30, not_as_described: 20 });
    const later: Later[] = [
      ...paid.later,
      { type: 'refund.created', afterMs: Math.floor(r.float(4, 12) * DAY), reason },
    ];
    return fraudOrder({
      kind: 'refund_abuse',
      at,
      market: s.market,
      lines,
      buyer: ctx.shoppers.buyer(r, s, at),
      billing: s.home,
      shipping: s.home,
      delivery: 'home',
      method: paid.method,
      attempts: paid.attempts,
      later,
      ip: ctx.shoppers.ip(r, s),
      device: s.device,
    });
  });
}

/**
 * Pay on delivery in Lagos, Abuja or Accra: the "customer" shows the rider a forged bank-credit SMS or
 * screenshot, takes the phone or TV, and reconciliation finds no money a day or two later.
 */
export function fakeTransferAlert(rng: Rng, ctx: FraudCtx, n: number): Purchase[] {
  const crews = [
    new Crew(rng.fork('ng'), 'NG', { careful: 0.9, drops: 5 }),
    new Crew(rng.fork('gh'), 'GH', { careful: 0.9 }),
  ];
  return Array.from({ length: n }, (_, i) => {
    const r = rng.fork(`o${i}`);
    const crew = (r.chance(0.75) ? crews[0] : crews[1]) ?? new Crew(r, 'NG');
    const at = when(r, ctx.window, TZ[crew.market]);
    const drop = crew.drop(r);
    const shipping = deliveryTo(drop) === 'pickup' ? homeAddress(r, pickCity(r, crew.market, true)) : drop;
    const delivered = Math.floor(r.float(0.8, 3) * DAY);
    return fraudOrder({
      kind: 'fake_transfer_alert',
      at,
      market: crew.market,
      lines: [lineOf(pickProduct(r, r.pick(['phone', 'phone', 'tv', 'laptop'] as const), true), crew.market)],
      buyer: crewBuyer(r, at, fullName(r, crew.market), undefined, 0.3),
      billing: shipping,
      shipping,
      delivery: 'home',
      method: 'pay_on_delivery',
      attempts: [],
      later: [
        {
          type: 'payment.failed',
          afterMs: delivered + Math.floor(r.float(18, 50) * HOUR),
          reason: 'transfer_not_received',
          method: 'pay_on_delivery',
        },
      ],
      ip: crew.localIp(r),
      device: r.chance(0.5) ? crew.device(r) : device(r, profile(r, crew.market)),
    });
  });
}
