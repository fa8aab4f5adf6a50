import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import geoip from 'geoip-country';
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
import { blackFriday, DEFAULT_START } from './calendar.js';
import { PRODUCTS, shelfPrice } from './catalog.js';
import { allocate, FRAUD } from './fraud-kit.js';
import { HONEST } from './honest.js';
import { africaElectronicsModel } from './index.js';
import { CURRENCY, MARKETS } from './markets.js';
import { address, NETWORKS } from './networks.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { expectGuestCardTesting, expectMoneyAfterPaymentAndDisputesMostlyFraud } from '../kit/lifecycle.js';
import { DAY, HOUR } from '../kit/purchase.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const BF = Date.UTC(2026, 10, 26, 23, 0);
const stream = cachedStreams(africaElectronicsModel);
const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;

type Data = CanonicalEvent['data'] & { paymentMethod?: string; reason?: string; deliveryMethod?: string };
type Item = { sku: string; quantity: number; price: number };

const method = (d: CanonicalEvent['data']) => (d as Data).paymentMethod;
const items = (d: CanonicalEvent['data']) => d.items as Item[];
const all = () => [1, 2, 3].flatMap((seed) => createdOrders(stream(seed)));
const of = (kind: string) => all().filter((o) => o.kind === kind);

describe('africa-electronics traffic model', () => {
  itIsDeterministic(africaElectronicsModel, stream);

  it('defaults to 2,000 orders over Black Friday week and honours the options', () => {
    expect(africaElectronicsModel.name).toBe('africa-electronics');
    expect(stream(1).model).toBe('africa-electronics');
    expect(stream(1).truth).toHaveLength(2000);
    expect(blackFriday(DEFAULT_START, 1)).toBe(BF);
    expectOrdersPlacedWithin(stream(1), {
      from: DEFAULT_START,
      to: DEFAULT_START + 7 * DAY,
      minSpan: 6.7 * DAY,
    });
    expectOptionsHonoured(africaElectronicsModel, {
      seed: 9,
      orders: 300,
      start: Date.UTC(2027, 5, 1),
      within: 26 * HOUR,
      larger: 5000,
    });
  });

  it('sorts and labels every webhook and opens every purchase with its order in the market’s currency', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    const created = expectEachPurchaseOpensWithItsOrder(s);
    for (const o of created) {
      const t = truth.get(o.purchase);
      const market = o.purchase.split('-')[1] as keyof typeof CURRENCY;
      expect([o.data.amount, o.data.currency]).toEqual([t?.amount, CURRENCY[market]]);
      expect(Number.isInteger(o.data.amount) && (o.data.amount ?? 0) > 0).toBe(true);
      if (o.data.shipping) expect(o.data.shipping.country).toBe(market);
    }
    expect(new Set(created.map((o) => o.data.currency))).toEqual(new Set(['NGN', 'KES', 'ZAR', 'GHS']));
  });

  it('prices in kobo, cents and pesewas at local price points; the order adds delivery to its items', () => {
    for (const m of MARKETS)
      for (const p of PRODUCTS) {
        const price = shelfPrice(p, m);
        expect(price % 100).toBe(0);
        expect((price / 100) % 10).toBe(9);
      }
    const iphone = PRODUCTS.find((p) => p.sku === 'PH-APL-IP15');
    if (!iphone) throw new Error('no iPhone 15');
    expect(shelfPrice(iphone, 'NG') / 100).toBeGreaterThan(1_000_000);
    expect(shelfPrice(iphone, 'NG') / 100).toBeLessThan(2_000_000);
    expect(shelfPrice(iphone, 'KE') / 100).toBeGreaterThan(90_000);
    expect(shelfPrice(iphone, 'ZA') / 100).toBeGreaterThan(13_000);
    expect(shelfPrice(iphone, 'GH') / 100).toBeGreaterThan(9_000);
    for (const o of all()) {
      const sum = items(o.data).reduce((a, i) => a + i.price * i.quantity, 0);
      expect(o.data.amount ?? 0).toBeGreaterThanOrEqual(sum);
      expect(`${o.purchase}:${(o.data.amount ?? 0) - sum > 0}`).toBe(
        `${o.purchase}:${o.data.shipping !== undefined}`,
      );
      for (const i of items(o.data)) expect(i.price % 100).toBe(0);
    }
  });

  itDrawsKindsInShares({ stream, share: [0.03, 0.07], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(africaElectronicsModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 13, orders: 300, timestampHeader: false },
  ]);

  itDrawsIpsThatLocate({
    name: 'draws IPs that geoip-country places in the intended country',
    networks: NETWORKS,
    address,
    locate: ipCountry,
    stream,
    seed: 2,
  });

  it('lets unrelated shoppers meet on one address (carrier NAT, offices)', () => {
    const byIp = new Map<string, Set<string>>();
    for (const o of createdOrders(stream(1)).filter((x) => !x.fraud))
      byIp.set(o.data.ip ?? '', (byIp.get(o.data.ip ?? '') ?? new Set()).add(o.data.customer?.email ?? ''));
    expect([...byIp.values()].filter((emails) => emails.size >= 2).length).toBeGreaterThan(10);
  });

  it('carries a card only for card payments, with 3-D Secure, and no address check from African issuers', () => {
    const s = stream(1);
    const methods = ['card', 'mpesa', 'mtn_momo', 'bank_transfer', 'ussd', 'pay_on_delivery'];
    for (const o of createdOrders(s)) {
      expect(methods).toContain(method(o.data));
      expect(`${method(o.data)}:${o.data.card !== undefined}`).toBe(
        `${method(o.data)}:${method(o.data) === 'card'}`,
      );
    }
    for (const w of s.webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const m = method(b.data);
      expect(`${m}:${b.data.card !== undefined}`).toBe(`${m}:${m === 'card'}`);
      if (b.data.card && ['NG', 'KE', 'ZA', 'GH'].includes(b.data.card.country ?? ''))
        expect(b.data.checks?.avs).toBe('unavailable');
    }
    const created = all();
    const share = (m: string, market: string) =>
      created.filter((o) => o.data.currency === market && method(o.data) === m).length /
      created.filter((o) => o.data.currency === market).length;
    expect(share('mpesa', 'KES')).toBeGreaterThan(0.45);
    expect(share('mtn_momo', 'GHS')).toBeGreaterThan(0.35);
    expect(share('card', 'ZAR')).toBeGreaterThan(0.55);
    expect(share('pay_on_delivery', 'NGN')).toBeGreaterThan(0.12);
  });

  it('sends the diaspora’s orders home on foreign cards and keeps pay on delivery at the door', () => {
    for (const o of of('diaspora_family')) {
      expect(['GB', 'US', 'AE']).toContain(o.data.billing?.country);
      expect(['GB', 'US', 'AE']).toContain(ipCountry(o.data.ip ?? ''));
      expect(o.data.card?.country).toBe(o.data.billing?.country);
      if (o.data.shipping) expect(MARKETS as readonly string[]).toContain(o.data.shipping.country);
    }
    for (const o of [...of('pod_city_order'), ...of('fake_transfer_alert')]) {
      expect(method(o.data)).toBe('pay_on_delivery');
      expect(o.data.shipping).toBeDefined();
    }
    for (const o of [...of('card_testing'), ...of('gift_card_cashout')])
      expect(o.data.shipping).toBeUndefined();
    for (const o of of('sim_swap_mobile_money')) expect(['mpesa', 'mtn_momo']).toContain(method(o.data));
    for (const o of of('account_takeover'))
      expect(Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(o.at - 150 * DAY);
    const promo = of('promo_abuse');
    expect(new Set(promo.map((o) => o.data.deviceId ?? o.data.userAgent)).size).toBeLessThan(
      promo.length / 2,
    );
  });

  it('tests cards on the cheapest airtime as a guest, in bursts, mostly unsuccessfully', () => {
    const testing = expectGuestCardTesting(stream(3), { paidBelow: 0.4, gap: 5 * 60_000 });
    for (const o of testing) expect(items(o.data).every((i) => i.sku.startsWith('VT-'))).toBe(true);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types, disputed } = expectMoneyAfterPaymentAndDisputesMostlyFraud(s);
    const kind = (k: string) => s.truth.filter((p) => p.kind === k);
    expect(kind('friendly_fraud').every((p) => disputed.includes(p.purchase))).toBe(true);
    expect(kind('refund_abuse').every((p) => types.get(p.purchase)?.includes('refund.created'))).toBe(true);
    for (const p of kind('fake_transfer_alert')) {
      expect(types.get(p.purchase)).toContain('payment.failed');
      expect(types.get(p.purchase)).not.toContain('payment.succeeded');
    }
  });

  it('peaks on Black Friday and at its midnight opening, shops in the evening, sleeps before dawn', () => {
    const orders = createdOrders(stream(1));
    const inDay = (from: number) => orders.filter((o) => o.at >= from && o.at < from + DAY).length;
    expect(inDay(BF)).toBeGreaterThan(2 * inDay(DEFAULT_START));
    const inHour = (from: number) => orders.filter((o) => o.at >= from && o.at < from + HOUR).length;
    expect(inHour(BF)).toBeGreaterThan(3 * inHour(BF - DAY));
    const wat = (o: { at: number }) => new Date(o.at + HOUR).getUTCHours();
    const ng = orders.filter((o) => o.data.currency === 'NGN' && !o.fraud);
    expect(ng.filter((o) => wat(o) >= 19 && wat(o) < 23).length).toBeGreaterThan(
      5 * ng.filter((o) => wat(o) >= 2 && wat(o) < 6).length,
    );
  });
});
