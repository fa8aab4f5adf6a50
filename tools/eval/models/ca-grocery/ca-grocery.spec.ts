import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import {
  cachedStreams,
  createdOrders,
  expectNetworksLocate,
  expectOptionsHonoured,
  expectSortedAndLabelled,
  itIsDeterministic,
  itParsesEveryBody,
  expectOrdersPlacedWithin,
} from '../kit/contract.js';
import { Rng } from '../kit/random.js';
import { HOLIDAYS, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { caGroceryModel } from './index.js';
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

const stream = cachedStreams(caGroceryModel);

type Data = CanonicalEvent['data'] & {
  paymentMethod?: string;
  fulfilment?: string;
  discountCode?: string;
  discount?: number;
  deliveryFee?: number;
  tax?: number;
  subscriptionId?: string;
  giftRecipient?: string;
};
type Item = { sku: string; quantity: number; price: number };

const data = (d: CanonicalEvent['data']) => d as Data;
const items = (d: CanonicalEvent['data']) => d.items as Item[];
const all = () => [1, 2, 3].flatMap((seed) => createdOrders(stream(seed)));
const of = (kind: string) => all().filter((o) => o.kind === kind);

describe('ca-grocery traffic model', () => {
  itIsDeterministic(caGroceryModel, stream);

  it('defaults to 2,000 orders over the three weeks before Christmas Eve and honours the options', () => {
    expect(caGroceryModel.name).toBe('ca-grocery');
    expect(stream(1).model).toBe('ca-grocery');
    expect(stream(1).truth).toHaveLength(2000);
    expect(new Date(START - 5 * HOUR).toISOString()).toBe('2026-12-03T00:00:00.000Z');
    expect(HOLIDAYS - START).toBe(21 * DAY);
    expectOrdersPlacedWithin(stream(1), { from: START, to: HOLIDAYS, minSpan: 20 * DAY });
    expectOptionsHonoured(caGroceryModel, {
      seed: 9,
      orders: 300,
      start: Date.UTC(2027, 2, 2, 5),
      within: 76 * HOUR,
      larger: 3000,
    });
  });

  it('sorts and labels every webhook and opens every purchase with its order in CAD cents', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    const created = createdOrders(s);
    expect(created).toHaveLength(s.truth.length);
    for (const o of created) {
      const p = truth.get(o.purchase);
      expect(o.data.currency).toBe('CAD');
      expect(p?.currency).toBe('CAD');
      expect(o.data.amount).toBe(p?.amount);
      expect(Number.isInteger(o.data.amount)).toBe(true);
      const d = data(o.data);
      const lines = items(o.data).reduce((sum, i) => sum + i.price * i.quantity, 0);
      for (const i of items(o.data)) expect(Number.isInteger(i.price) && i.price > 0).toBe(true);
      expect(o.data.amount).toBe(lines - (d.discount ?? 0) + (d.deliveryFee ?? 0) + (d.tax ?? 0));
      expect(d.tax ?? 0).toBeLessThanOrEqual(Math.ceil((lines + (d.deliveryFee ?? 0)) * 0.15));
    }
  });

  it('keeps amounts where a grocer’s are: testers tiny, weekly shops and renewals moderate, fraud above', () => {
    const mean = (kind: string) => meanAmount(of(kind));
    expect(mean('weekly_basket')).toBeGreaterThan(9_000);
    expect(mean('weekly_basket')).toBeLessThan(30_000);
    expect(mean('meal_kit_renewal')).toBeGreaterThan(7_000);
    expect(mean('meal_kit_renewal')).toBeLessThan(20_000);
    expect(mean('holiday_hosting')).toBeGreaterThan(mean('weekly_basket'));
    expect(mean('card_testing')).toBeLessThan(1_000);
    expect(mean('stolen_card_basket')).toBeGreaterThan(mean('weekly_basket'));
    const total = (f: boolean) =>
      stream(1)
        .truth.filter((p) => p.fraud === f)
        .reduce((a, p) => a + p.amount, 0);
    const byCount = stream(1).truth.filter((p) => p.fraud).length / 2000;
    expect(total(true) / (total(true) + total(false))).toBeGreaterThan(byCount * 0.7);
  });

  itDrawsKindsInShares({ stream, share: [0.03, 0.05], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(caGroceryModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 13, orders: 300, timestampHeader: false },
  ]);

  it('draws IPs that geoip-country places in the intended country, for every network', () => {
    const rng = new Rng('spec');
    expectNetworksLocate(NETWORKS, (n, v6) => address(rng, n, v6), ipCountry);
    const orders = all();
    for (const o of orders) if (o.data.ip) expect(ipCountry(o.data.ip)).toBeDefined();
    const withIp = orders.filter((o) => o.data.ip);
    expect(withIp.filter((o) => ipCountry(o.data.ip ?? '') === 'CA').length / withIp.length).toBeGreaterThan(
      0.93,
    );
    for (const o of of('from_abroad')) expect(ipCountry(o.data.ip ?? '')).not.toBe('CA');
    for (const o of orders) {
      expect(o.data.shipping?.country ?? 'CA').toBe('CA');
      if (o.data.shipping) expect(o.data.shipping.postalCode).toMatch(/^[A-Z]\d[A-Z] \d[A-Z]\d$/);
    }
  });

  it('charges renewals by the scheduler: no browser, no CVC, a subscription id', () => {
    const s = stream(1);
    const renewals = createdOrders(s).filter((o) => o.kind === 'meal_kit_renewal');
    for (const o of renewals) {
      expect(o.data.ip).toBeUndefined();
      expect(o.data.userAgent).toBeUndefined();
      expect(data(o.data).subscriptionId).toMatch(/^sub_/);
    }
    const renewalIds = new Set(renewals.map((o) => o.purchase));
    for (const w of s.webhooks) {
      const b = w.body as CanonicalEvent;
      if (
        b.type === 'payment.succeeded' &&
        renewalIds.has(w.purchase) &&
        data(b.data).paymentMethod === 'card'
      )
        expect(['unchecked', 'pass']).toContain(b.data.checks?.cvc);
    }
  });

  it('sends card checks with card and wallet payments and none with PayPal or credit', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = data(b.data).paymentMethod ?? '';
      methods.add(method);
      const card = ['card', 'apple_pay', 'google_pay'].includes(method);
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${b.data.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      if (b.type === 'payment.failed') expect((b.data as { reason?: string }).reason).toBeDefined();
    }
    expect([...methods].sort()).toEqual(['apple_pay', 'card', 'google_pay', 'paypal', 'store_credit']);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    for (const p of s.truth.filter((x) => x.kind === 'refund_abuse'))
      expect(types.get(p.purchase)).toContain('refund.created');
  });

  it('tests cards as guests, one BIN a burst, on the cheapest item, mostly declined, minutes apart', () => {
    const testing = expectGuestCardTesting(stream(3), { paidBelow: 0.5, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) expect(o.data.amount ?? 0).toBeLessThan(1_000);
  });

  it('takes over real aged accounts; fullz accounts are aged too; promo farms are fresh and use codes', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(30 * DAY);
    for (const o of of('fullz_aged_account')) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(17 * DAY);
      expect(ipCountry(o.data.ip ?? '')).toBe('CA');
    }
    for (const o of of('promo_abuse')) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(30 * 60_000);
      expect(data(o.data).discountCode).toBeDefined();
    }
  });

  it('shops in the evening, on Sundays and in the last days before Christmas; offices order on weekday mornings', () => {
    const local = (o: { at: number }, tz: number) => new Date(o.at + tz * HOUR);
    const east = of('weekly_basket').filter((o) =>
      ['Toronto', 'Montréal', 'Ottawa'].includes(o.data.billing?.city ?? ''),
    );
    const evening = east.filter((o) => local(o, -5).getUTCHours() >= 18).length;
    const night = east.filter((o) => local(o, -5).getUTCHours() < 6).length;
    expect(evening).toBeGreaterThan(3 * night);
    const day = (d: number) =>
      all().filter((o) => o.at >= START + d * DAY && o.at < START + (d + 1) * DAY).length;
    expect(day(19)).toBeGreaterThan(1.3 * day(6));
    const offices = of('office_lunch');
    const weekday = offices.filter((o) => ![0, 6].includes(local(o, -5).getUTCDay())).length;
    expect(weekday / offices.length).toBeGreaterThan(0.9);
  });
});
