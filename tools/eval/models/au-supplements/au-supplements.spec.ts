import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import {
  cachedStreams,
  createdOrders,
  expectNetworksLocate,
  expectOrdersAddUp,
  itDefaultsAndHonoursOptions,
  itIsDeterministic,
  itKeepsSanctionedCountriesToTheirKind,
  itParsesEveryBody,
  orderItems,
  ordersOfSeeds,
  touchesCountry,
} from '../kit/contract.js';
import {
  expectGuestCardTesting,
  expectMoneyAfterPaymentAndUnpaidCancelled,
  meanAmount,
  paidShare,
} from '../kit/lifecycle.js';
import { DAY, HOUR } from '../kit/purchase.js';
import { Rng } from '../kit/random.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { auSupplementsModel } from './index.js';
import { address, ipCountry, NETWORKS, SANCTIONED } from './networks.js';
import { DAYS, MARKETS, MINING_TOWNS, START } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(auSupplementsModel);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  fulfilment?: string;
  channel?: string;
  collectAt?: string;
  company?: { name: string; abn: string };
  threeDSecure?: string;
  reason?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);

describe('au-supplements traffic model', () => {
  itIsDeterministic(auSupplementsModel, stream);

  itDefaultsAndHonoursOptions(auSupplementsModel, stream, {
    name: 'defaults to 2,000 orders over three weeks from 27 December (Brisbane) and honours the options',
    model: 'au-supplements',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 5, 1), within: 80 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each purchase opens with its order, in Australian dollars, and adds up', () => {
    expectOrdersAddUp(stream(1), {
      currency: 'AUD',
      total: (items, d) => items - (data(d).discount ?? 0) + (data(d).shippingFee ?? 0),
    });
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(auSupplementsModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 13, orders: 300, timestampHeader: false },
  ]);

  it('draws IPs that geoip-country places in the intended country, IPv4 and IPv6, for every network', () => {
    const rng = new Rng('spec');
    expectNetworksLocate(NETWORKS, (n, v6) => address(rng, n, v6), ipCountry);
    for (const seed of [1, 2, 3])
      for (const o of createdOrders(stream(seed))) {
        // The store's own billing run has no connection; every checkout's IP locates.
        if (data(o.data).channel === 'subscription') expect(o.data.ip).toBeUndefined();
        else expect(`${o.kind} ${ipCountry(o.data.ip ?? '') ?? 'nowhere'}`).not.toBe(`${o.kind} nowhere`);
      }
    const regular = of('regular_shopper');
    const home = regular.filter((o) => ipCountry(o.data.ip ?? '') === 'AU');
    expect(home.length / regular.length).toBeGreaterThan(0.97);
    expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
    for (const o of of('traveller_abroad')) expect(ipCountry(o.data.ip ?? '')).not.toBe('AU');
    expect(new Set(of('student_campus').map((o) => o.data.ip)).size).toBeLessThanOrEqual(18);
  });

  for (const seed of [1, 2, 3])
    itKeepsSanctionedCountriesToTheirKind(stream, { seed, countries: SANCTIONED, locate: ipCountry });

  it('ships honest orders only to its four markets; renewals carry no connection; collection has no address', () => {
    for (const o of all()) {
      const d = data(o.data);
      if (!o.fraud && d.shipping) expect(MARKETS.has(d.shipping.country ?? '')).toBe(true);
      if (d.fulfilment === 'click_and_collect') {
        expect(d.shipping).toBeUndefined();
        expect(d.collectAt).toBeDefined();
      }
      if (d.channel === 'subscription') {
        expect(d.ip).toBeUndefined();
        expect(d.deviceId).toBeUndefined();
        expect(d.customer?.id).toBeDefined();
      }
    }
    for (const o of of('subscription_renewal')) expect(data(o.data).channel).toBe('subscription');
    for (const o of all())
      expect(touchesCountry(o.data, SANCTIONED, ipCountry)).toBe(o.kind === 'sanctioned_country');
  });

  it('sends card checks with cards and wallets only, AVS only from US issuers, no card code on renewals', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const d = data(b.data);
      const method = d.paymentMethod ?? '';
      methods.add(method);
      const card = ['card', 'apple_pay', 'google_pay'].includes(method);
      expect(`${method}:${d.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${d.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      if (card && d.card?.country !== 'US') expect(d.checks?.avs).toBe('unavailable');
      if (d.threeDSecure === 'merchant_initiated') expect(d.checks?.cvc).toBe('unchecked');
      if (b.type === 'payment.failed') expect(d.reason).toBeDefined();
      expect(JSON.stringify(d.card ?? {})).not.toMatch(/\d{12,}/);
    }
    for (const m of ['card', 'apple_pay', 'google_pay', 'paypal', 'afterpay', 'zip'])
      expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    for (const seed of [1, 2, 3]) {
      const s = stream(seed);
      const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
      for (const p of s.truth.filter((x) => x.kind === 'refund_abuse')) {
        const list = types.get(p.purchase) ?? [];
        expect(list.includes('refund.created') || list.includes('dispute.created')).toBe(true);
      }
      const honest = createdOrders(s).filter((o) => !o.fraud);
      expect(paidShare(honest, types)).toBeGreaterThan(0.96);
    }
  });

  it('tests cards as guests on trial packs, mostly declined, in bursts on few BINs', () => {
    for (const seed of [1, 2, 3]) {
      const testing = expectGuestCardTesting(stream(seed), {
        paidBelow: 0.4,
        gap: 10 * 60_000,
        ordersPerBin: 2,
      });
      for (const o of testing) {
        expect(orderItems(o.data)).toHaveLength(1);
        expect(o.data.amount).toBeLessThanOrEqual(2_500);
      }
    }
  });

  it('takes over aged subscriber accounts seen in honest traffic; farms are fresh accounts sharing devices', () => {
    const takeovers = of('subscription_takeover');
    const honestIds = new Set(
      all()
        .filter((o) => !o.fraud)
        .map((o) => o.data.customer?.id),
    );
    expect(takeovers.filter((o) => honestIds.has(o.data.customer?.id)).length).toBeGreaterThan(
      takeovers.length / 3,
    );
    for (const o of takeovers)
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(60 * DAY);
    const farm = of('promo_sample_farm');
    for (const o of farm)
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(30 * 60_000);
    expect(new Set(farm.map((o) => o.data.deviceId)).size).toBeLessThan(farm.length / 2);
    for (const o of of('bnpl_identity_fraud')) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(30 * 60_000);
      expect(['afterpay', 'zip']).toContain(o.data.paymentMethod);
    }
  });

  it('sells to gyms in bulk under an ABN; FIFO orders go to mining-town lockers and PO boxes', () => {
    for (const o of of('gym_bulk_buyer')) {
      expect(data(o.data).company?.abn).toMatch(/^\d{11}$/);
      expect(Math.max(...orderItems(o.data).map((i) => i.quantity))).toBeGreaterThanOrEqual(4);
    }
    expect(meanAmount(of('gym_bulk_buyer'))).toBeGreaterThan(5 * meanAmount(of('regular_shopper')));
    const towns = new Set(MINING_TOWNS.map((c) => c.city));
    for (const o of of('fifo_worker')) {
      expect(towns.has(o.data.shipping?.city ?? '')).toBe(true);
      expect(o.data.billing?.city).not.toBe(o.data.shipping?.city);
    }
    expect(meanAmount(of('card_testing'))).toBeLessThan(1_500);
  });
});
