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
  webhookTypesByPurchase,
  expectEachPurchaseOpensWithItsOrder,
} from '../kit/contract.js';
import { allocate, FRAUD } from './fraud-kit.js';
import { HONEST } from './honest.js';
import { apacMarketplaceModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { expectMoneyAfterPaymentAndDisputesMostlyFraud, paidShare, meanAmount } from '../kit/lifecycle.js';
import { DAY, HOUR } from '../kit/purchase.js';

/** The model's own properties (size, shares, geography, payments, labels, valid bodies); never the engine's view. */

const START = Date.UTC(2026, 11, 10, 16);
const stream = cachedStreams(apacMarketplaceModel);
const CURRENCIES = new Set(['SGD', 'MYR', 'PHP', 'JPY', 'KRW']);

const method = (d: CanonicalEvent['data']) => (d as { paymentMethod?: string }).paymentMethod;

describe('apac-marketplace traffic model', () => {
  itIsDeterministic(apacMarketplaceModel, stream);

  it('defaults to 2,000 orders over three days from 11 December (Singapore time) and honours the options', () => {
    expect(apacMarketplaceModel.name).toBe('apac-marketplace');
    expect(stream(1).model).toBe('apac-marketplace');
    expect(stream(1).truth).toHaveLength(2000);
    expectOrdersPlacedWithin(stream(1), { from: START, to: START + 3 * DAY, minSpan: 2.7 * DAY });
    expectOptionsHonoured(apacMarketplaceModel, {
      seed: 9,
      orders: 300,
      start: Date.UTC(2027, 5, 1),
      within: 11 * HOUR,
      larger: 5000,
    });
  });

  it('sorts and labels every webhook, and opens every purchase with its order in a market currency', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    const created = expectEachPurchaseOpensWithItsOrder(s);
    for (const o of created) {
      const t = truth.get(o.purchase);
      expect([o.data.amount, o.data.currency]).toEqual([t?.amount, t?.currency]);
      expect(CURRENCIES.has(o.data.currency ?? '')).toBe(true);
      expect(Number.isInteger(o.data.amount) && (o.data.amount ?? 0) > 0).toBe(true);
    }
  });

  it('prices yen and won in whole units, the others in cents', () => {
    const mean = (c: string) => meanAmount(createdOrders(stream(2)).filter((o) => o.data.currency === c));
    // An everyday order is some tens of Singapore dollars to a few hundred.
    expect(mean('SGD')).toBeGreaterThan(3_000);
    expect(mean('SGD')).toBeLessThan(60_000);
    expect(mean('JPY') / mean('SGD')).toBeGreaterThan(0.5);
    expect(mean('JPY') / mean('SGD')).toBeLessThan(2.5);
    expect(mean('KRW') / mean('SGD')).toBeGreaterThan(5);
    expect(mean('PHP') / mean('SGD')).toBeGreaterThan(20);
  });

  itDrawsKindsInShares({ stream, share: [0.04, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(apacMarketplaceModel, stream, [
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

  it('carries cards only for card payments; e-wallet and COD orders have none', () => {
    for (const o of createdOrders(stream(1))) {
      const m = method(o.data);
      expect(['card', 'wallet', 'cod']).toContain(m);
      expect(`${m}:${o.data.card !== undefined}`).toBe(`${m}:${m === 'card'}`);
    }
    const s = stream(1);
    for (const w of s.webhooks) {
      const b = w.body as CanonicalEvent;
      if (b.type.startsWith('payment.') && method(b.data) !== 'card') expect(b.data.card).toBeUndefined();
    }
  });

  it('sends migrant workers’ parcels home to the Philippines, e-mails digital goods, rings share addresses', () => {
    const all = [1, 2, 3].flatMap((seed) => createdOrders(stream(seed)));
    for (const o of all.filter((x) => x.kind === 'migrant_worker_home')) {
      expect(o.data.shipping?.country).toBe('PH');
      expect(o.data.currency).toBe('PHP');
      expect(ipCountry(o.data.ip ?? '')).not.toBe('PH');
    }
    for (const o of all.filter((x) => x.kind === 'topup_gamer' || x.kind === 'topup_cashout'))
      expect(o.data.shipping).toBeUndefined();
    for (const o of all.filter((x) => x.kind === 'cod_refusal_ring')) expect(method(o.data)).toBe('cod');
    const abuse = all.filter((o) => o.kind === 'voucher_abuse');
    expect(new Set(abuse.map((o) => o.data.deviceId)).size).toBeLessThan(abuse.length / 2);
  });

  it('tests cards on cheap top-ups, mostly unsuccessfully', () => {
    const s = stream(3);
    const types = webhookTypesByPurchase(s);
    const testing = createdOrders(s).filter((o) => o.kind === 'card_testing');
    expect(paidShare(testing, types)).toBeLessThan(0.5);
    for (const o of testing) expect(o.data.shipping).toBeUndefined();
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types, disputed } = expectMoneyAfterPaymentAndDisputesMostlyFraud(s);
    expect(
      s.truth.filter((p) => p.kind === 'friendly_fraud').every((p) => disputed.includes(p.purchase)),
    ).toBe(true);
    const refused = s.truth.filter((p) => p.kind === 'cod_refusal_ring');
    expect(refused.every((p) => types.get(p.purchase)?.includes('order.cancelled'))).toBe(true);
  });
});
