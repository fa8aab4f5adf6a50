import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import {
  cachedStreams,
  createdOrders,
  expectOptionsHonoured,
  expectSortedAndLabelled,
  itIsDeterministic,
  itParsesEveryBody,
  itDrawsIpsThatLocate,
  expectOrdersPlacedWithin,
  expectEachPurchaseOpensWithItsOrder,
} from '../kit/contract.js';
import { THANKSGIVING } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { usHomePickupModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import {
  expectGuestCardTesting,
  expectMoneyAfterPaymentAndUnpaidCancelled,
  meanAmount,
  takeoversOfKnownAccounts,
} from '../kit/lifecycle.js';
import { DAY, HOUR } from '../kit/purchase.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(usHomePickupModel);

type Data = CanonicalEvent['data'] & {
  paymentMethod?: string;
  fulfillment?: string;
  storeId?: string;
  pickupPerson?: string;
  pickupWindow?: { from: string; to: string };
};
type Item = { sku: string; quantity: number; price: number };

const data = (d: CanonicalEvent['data']) => d as Data;
const items = (d: CanonicalEvent['data']) => d.items as Item[];
const all = () => [1, 2, 3].flatMap((seed) => createdOrders(stream(seed)));
const of = (kind: string) => all().filter((o) => o.kind === kind);

describe('us-home-pickup traffic model', () => {
  itIsDeterministic(usHomePickupModel, stream);

  it('defaults to 2,000 orders over twenty days from Thanksgiving midnight in New York and honours the options', () => {
    expect(usHomePickupModel.name).toBe('us-home-pickup');
    expect(stream(1).model).toBe('us-home-pickup');
    expect(stream(1).truth).toHaveLength(2000);
    expect(new Date(THANKSGIVING - 5 * HOUR).toISOString()).toBe('2026-11-26T00:00:00.000Z');
    expect(new Date(THANKSGIVING).getUTCDay()).toBe(4);
    expectOrdersPlacedWithin(stream(1), {
      from: THANKSGIVING,
      to: THANKSGIVING + 20 * DAY,
      minSpan: 19 * DAY,
    });
    expectOptionsHonoured(usHomePickupModel, {
      seed: 9,
      orders: 300,
      start: Date.UTC(2027, 2, 2, 5),
      within: 73 * HOUR,
      larger: 4000,
    });
  });

  it('sorts and labels every webhook and opens every purchase with its order in USD cents', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    const created = expectEachPurchaseOpensWithItsOrder(s);
    for (const o of created) {
      const t = truth.get(o.purchase);
      expect([o.data.amount, o.data.currency]).toEqual([t?.amount, t?.currency]);
      expect(o.data.currency).toBe('USD');
      expect(Number.isInteger(o.data.amount)).toBe(true);
      const lines = items(o.data).reduce((sum, i) => sum + i.price * i.quantity, 0);
      for (const i of items(o.data)) expect(Number.isInteger(i.price) && i.price > 0).toBe(true);
      expect(o.data.amount ?? 0).toBeGreaterThanOrEqual(lines);
      expect(o.data.amount ?? 0).toBeLessThanOrEqual(Math.round(lines * 1.1035) + 1_499);
    }
  });

  it('keeps amounts where this store’s baskets are: cents, testers tiny, pros and appliances large', () => {
    const mean = (kind: string) => meanAmount(of(kind));
    expect(mean('household_pickup')).toBeGreaterThan(10_000);
    expect(mean('household_pickup')).toBeLessThan(100_000);
    expect(mean('pro_contractor')).toBeGreaterThan(mean('household_pickup'));
    expect(mean('big_ticket_financing')).toBeGreaterThan(mean('household_pickup'));
    expect(mean('card_testing')).toBeLessThan(2_500);
    expect(mean('bopis_stolen_card')).toBeGreaterThan(mean('household_pickup'));
    const total = (f: boolean) =>
      stream(1)
        .truth.filter((p) => p.fraud === f)
        .reduce((a, p) => a + p.amount, 0);
    const byCount = stream(1).truth.filter((p) => p.fraud).length / 2000;
    expect(total(true) / (total(true) + total(false))).toBeGreaterThan(byCount * 0.8);
  });

  itDrawsKindsInShares({ stream, share: [0.03, 0.06], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(usHomePickupModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 13, orders: 300, timestampHeader: false },
  ]);

  itDrawsIpsThatLocate({
    name: 'draws IPs that geoip-country places in the intended country, for every network',
    networks: NETWORKS,
    address,
    locate: ipCountry,
    stream,
    seed: 2,
    also: () => {
      const home = all().filter((o) => ipCountry(o.data.ip ?? '') === 'US').length;
      expect(home / all().length).toBeGreaterThan(0.95);
      for (const o of of('family_abroad')) expect(ipCountry(o.data.ip ?? '')).not.toBe('US');
      for (const o of of('campus_student'))
        expect(o.data.billing?.postalCode).not.toBe(o.data.shipping?.postalCode);
    },
  });

  it('picks up at stores with a window, delivers to addresses, e-mails eGift cards', () => {
    const orders = createdOrders(stream(1));
    const pickups = orders.filter((o) => ['pickup', 'curbside'].includes(data(o.data).fulfillment ?? ''));
    expect(pickups.length / orders.length).toBeGreaterThan(0.55);
    for (const o of pickups) {
      expect(data(o.data).storeId).toMatch(/^S\d{4}$/);
      expect(data(o.data).pickupWindow?.from).toBeDefined();
      expect(o.data.shipping?.line1).toBeDefined();
    }
    for (const o of orders.filter((x) => data(x.data).fulfillment === 'email')) {
      expect(o.data.shipping).toBeUndefined();
      expect(items(o.data).every((i) => i.sku === 'GC-EGIFT')).toBe(true);
    }
    const alternates = pickups.filter((o) => data(o.data).pickupPerson).length;
    expect(alternates / pickups.length).toBeGreaterThan(0.08);
  });

  it('sends card checks with card payments and none with PayPal or financing', () => {
    const s = stream(1);
    const methods = new Set<string>();
    for (const w of s.webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = data(b.data).paymentMethod ?? '';
      methods.add(method);
      const card = ['card', 'apple_pay', 'store_card'].includes(method);
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${b.data.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      if (b.type === 'payment.failed') expect((b.data as { reason?: string }).reason).toBeDefined();
    }
    expect([...methods].sort()).toEqual([
      'apple_pay',
      'card',
      'financing',
      'gift_card',
      'paypal',
      'store_card',
    ]);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    const friendly = s.truth.filter((p) => p.kind === 'friendly_fraud');
    expect(friendly.every((p) => types.get(p.purchase)?.includes('dispute.created'))).toBe(true);
    const abuse = s.truth.filter((p) => p.kind === 'refund_abuse');
    expect(abuse.every((p) => types.get(p.purchase)?.includes('refund.created'))).toBe(true);
  });

  it('tests cards as guests, one BIN a session, on the cheapest items, mostly declined, in bursts', () => {
    const testing = expectGuestCardTesting(stream(3), { paidBelow: 0.45, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) expect(o.data.amount ?? 0).toBeLessThan(2_500);
  });

  it('takes over real aged accounts, and resellers open fresh accounts that share cards at drops', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(25 * DAY);
    const ring = of('doorbuster_limit_evasion');
    for (const o of ring) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(7 * DAY);
      expect(items(o.data)[0]?.sku).toMatch(/-DB$/);
    }
    const cards = ring.map((o) => o.data.card?.fingerprint);
    expect(new Set(cards).size).toBeLessThan(cards.length);
    for (const o of of('instant_credit_bustout')) expect(o.data.card?.brand).toBe('store_card');
  });

  it('shops in the evening, peaks on Black Friday and Cyber Monday, pros order early', () => {
    const hourIn = (o: { at: number }, tz: number) => new Date(o.at + tz * HOUR).getUTCHours();
    const east = of('household_pickup').filter((o) =>
      ['New York', 'Boston', 'Atlanta', 'Miami'].includes(o.data.billing?.city ?? ''),
    );
    const evening = east.filter((o) => hourIn(o, -5) >= 18).length / east.length;
    const night = east.filter((o) => hourIn(o, -5) < 6).length / east.length;
    expect(evening).toBeGreaterThan(3 * night);
    const day = (d: number) =>
      all().filter((o) => o.at >= THANKSGIVING + d * DAY && o.at < THANKSGIVING + (d + 1) * DAY).length;
    expect(day(1)).toBeGreaterThan(1.8 * day(7));
    expect(day(4)).toBeGreaterThan(1.6 * day(7));
    const pros = of('pro_contractor').filter(
      (o) => o.data.billing?.city === 'Chicago' || o.data.billing?.city === 'Dallas',
    );
    expect(pros.filter((o) => hourIn(o, -6) < 12).length).toBeGreaterThan(pros.length / 2);
  });
});
