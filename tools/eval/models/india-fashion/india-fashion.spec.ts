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
import { allocate, FRAUD } from './fraud-kit.js';
import { HONEST } from './honest.js';
import { indiaFashionModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { CITIES } from './places.js';
import { saleOpens } from './purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import {
  expectGuestCardTesting,
  expectMoneyAfterPaymentAndDisputesMostlyFraud,
  meanAmount,
} from '../kit/lifecycle.js';
import { DAY, HOUR } from '../kit/purchase.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const START = Date.UTC(2026, 9, 2, 12, 30);
const OPEN = Date.UTC(2026, 9, 2, 18, 30);
const stream = cachedStreams(indiaFashionModel);

type Data = CanonicalEvent['data'] & { paymentMethod?: string; reason?: string };
type Item = { sku: string; quantity: number; price: number };

const method = (d: CanonicalEvent['data']) => (d as Data).paymentMethod;
const items = (d: CanonicalEvent['data']) => d.items as Item[];
const all = () => [1, 2, 3].flatMap((seed) => createdOrders(stream(seed)));
const tierOf = new Map(CITIES.map((c) => [c.name, c.tier]));

describe('india-fashion traffic model', () => {
  itIsDeterministic(indiaFashionModel, stream);

  it('defaults to 2,000 orders over three days from the eve of the sale and honours the options', () => {
    expect(indiaFashionModel.name).toBe('india-fashion');
    expect(stream(1).model).toBe('india-fashion');
    expect(stream(1).truth).toHaveLength(2000);
    expect(saleOpens(START)).toBe(OPEN);
    expect(saleOpens(OPEN)).toBe(OPEN);
    expectOrdersPlacedWithin(stream(1), { from: START, to: START + 3 * DAY, minSpan: 2.7 * DAY });
    expectOptionsHonoured(indiaFashionModel, {
      seed: 9,
      orders: 300,
      start: Date.UTC(2027, 5, 1),
      within: 11 * HOUR,
      larger: 5000,
    });
  });

  it('sorts and labels every webhook, and opens every purchase with its order in rupees', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    const created = expectEachPurchaseOpensWithItsOrder(s);
    for (const o of created) {
      const t = truth.get(o.purchase);
      expect([o.data.amount, o.data.currency]).toEqual([t?.amount, 'INR']);
      expect(Number.isInteger(o.data.amount) && (o.data.amount ?? 0) > 0).toBe(true);
    }
  });

  it('prices in paise at rupee price points, with ordinary carts of one to three thousand rupees', () => {
    for (const o of all())
      for (const i of items(o.data)) {
        expect(i.price % 100).toBe(0);
        expect([0, 5, 9]).toContain((i.price / 100) % 10);
      }
    const mean = (kind: string) => meanAmount(all().filter((o) => o.kind === kind)) / 100;
    expect(mean('metro_regular')).toBeGreaterThan(1000);
    expect(mean('metro_regular')).toBeLessThan(3000);
    expect(mean('smalltown_cod')).toBeLessThan(mean('metro_regular'));
    expect(mean('wedding_trousseau')).toBeGreaterThan(5 * mean('metro_regular'));
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.1], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(indiaFashionModel, stream, [
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

  it('lets unrelated shoppers meet on one address (carrier NAT, offices, campuses)', () => {
    const byIp = new Map<string, Set<string>>();
    for (const o of createdOrders(stream(1)).filter((x) => !x.fraud))
      byIp.set(o.data.ip ?? '', (byIp.get(o.data.ip ?? '') ?? new Set()).add(o.data.customer?.email ?? ''));
    expect([...byIp.values()].filter((emails) => emails.size >= 2).length).toBeGreaterThan(10);
  });

  it('carries a card only for card payments; UPI, wallets, net banking, pay-later and COD have none', () => {
    const s = stream(1);
    const methods = ['card', 'upi', 'wallet', 'netbanking', 'paylater', 'cod'];
    for (const o of createdOrders(s)) {
      const m = method(o.data);
      expect(methods).toContain(m);
      expect(`${m}:${o.data.card !== undefined}`).toBe(`${m}:${m === 'card'}`);
    }
    for (const w of s.webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      expect(`${method(b.data)}:${b.data.card !== undefined}`).toBe(
        `${method(b.data)}:${method(b.data) === 'card'}`,
      );
      if (b.data.card?.country === 'IN') expect(b.data.checks?.avs).toBe('unavailable');
      if (b.data.card) expect(b.data.checks?.cvc).toBeDefined();
    }
    const honest = createdOrders(s).filter((o) => !o.fraud && o.data.shipping?.city);
    const codShare = (tier: number) => {
      const os = honest.filter((o) => tierOf.get(o.data.shipping?.city ?? '') === tier);
      return os.filter((o) => method(o.data) === 'cod').length / os.length;
    };
    expect(codShare(3)).toBeGreaterThan(codShare(1) + 0.15);
    expect(codShare(1)).toBeGreaterThan(0.15);
  });

  it('sends NRIs’ gifts home on foreign cards, e-mails gift cards, keeps rings on shared phones and cash', () => {
    const orders = all();
    const of = (kind: string) => orders.filter((o) => o.kind === kind);
    for (const o of of('nri_family_gift')) {
      expect(o.data.shipping?.country).toBe('IN');
      expect(o.data.billing?.country).not.toBe('IN');
      expect(ipCountry(o.data.ip ?? '')).not.toBe('IN');
      if (o.data.card) expect(o.data.card.country).toBe(o.data.billing?.country);
    }
    for (const o of [...of('stolen_foreign_card'), ...of('card_testing')]) {
      expect(o.data.card?.country).not.toBe('IN');
      expect(o.data.shipping?.country).toBe('IN');
    }
    for (const o of [...of('egift_card'), ...of('gift_card_cashout')])
      expect(o.data.shipping).toBeUndefined();
    for (const o of of('cod_fake_orders')) expect(method(o.data)).toBe('cod');
    for (const o of of('otp_phished_card')) expect(o.data.card?.country).toBe('IN');
    for (const o of of('account_takeover'))
      expect(Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(o.at - 20 * DAY);
    const promo = of('promo_referral_abuse');
    expect(new Set(promo.map((o) => o.data.userAgent)).size).toBeLessThan(promo.length / 2);
    for (const o of [...of('reseller_bulk'), ...of('corporate_gifting')])
      expect(items(o.data).some((i) => i.quantity >= 2)).toBe(true);
    for (const o of of('reseller_bulk')) expect(o.at - OPEN).toBeLessThan(3 * HOUR);
  });

  it('tests cards on the cheapest items as a guest, in bursts, mostly unsuccessfully', () => {
    const testing = expectGuestCardTesting(stream(3), { paidBelow: 0.4, gap: 5 * 60_000 });
    for (const o of testing) expect(o.data.amount).toBeLessThan(50_000);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types, disputed } = expectMoneyAfterPaymentAndDisputesMostlyFraud(s);
    expect(
      s.truth.filter((p) => p.kind === 'friendly_fraud').every((p) => disputed.includes(p.purchase)),
    ).toBe(true);
    const fake = s.truth.filter((p) => p.kind === 'cod_fake_orders');
    expect(fake.every((p) => types.get(p.purchase)?.includes('order.cancelled'))).toBe(true);
    expect(fake.some((p) => types.get(p.purchase)?.includes('payment.succeeded'))).toBe(false);
    const returned = s.truth.filter((p) => p.kind === 'return_fraud');
    expect(returned.every((p) => types.get(p.purchase)?.includes('refund.created'))).toBe(true);
  });

  it('rushes at the midnight opening, shops in the evening, sleeps before dawn (IST)', () => {
    const orders = createdOrders(stream(1));
    const inHour = (from: number) => orders.filter((o) => o.at >= from && o.at < from + HOUR).length;
    expect(inHour(OPEN)).toBeGreaterThan(3 * inHour(OPEN + DAY));
    const ist = (o: { at: number }) => new Date(o.at + 5.5 * HOUR).getUTCHours();
    const evening = orders.filter((o) => ist(o) >= 19 && ist(o) < 23).length;
    const dawn = orders.filter((o) => ist(o) >= 3 && ist(o) < 7).length;
    expect(evening).toBeGreaterThan(5 * dawn);
  });
});
