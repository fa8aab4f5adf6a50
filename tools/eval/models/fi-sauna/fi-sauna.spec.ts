import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import {
  cachedStreams,
  createdOrders,
  expectSortedAndLabelled,
  itDefaultsAndHonoursOptions,
  itDrawsIpsThatLocate,
  itIsDeterministic,
  itKeepsSanctionedCountriesToTheirKind,
  itParsesEveryBody,
  orderItems,
  ordersOfSeeds,
  SANCTIONED,
  webhookTypesByPurchase,
} from '../kit/contract.js';
import {
  expectGuestCardTesting,
  expectMoneyAfterPaymentAndUnpaidCancelled,
  paidShare,
} from '../kit/lifecycle.js';
import { HOUR } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { DAYS, fiSaunaModel, START } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { MARKETS } from './people.js';

/** The stream's own properties (size, shares, money, geography, payments, order of events); never the engine's. */

const stream = cachedStreams(fiSaunaModel);
const { all, of } = ordersOfSeeds(stream, [1, 2]);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  shippingFee?: number;
  delivery?: string;
  company?: { name: string; businessId: string };
  reason?: string;
};
const data = (d: CanonicalEvent['data']) => d as Data;

describe('fi-sauna traffic model', () => {
  itIsDeterministic(fiSaunaModel, stream);

  itDefaultsAndHonoursOptions(fiSaunaModel, stream, {
    name: 'defaults to 2,000 orders over five spring weeks from 13 April 2026 and honours the options',
    model: 'fi-sauna',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 3, 1), within: 6 * 24 * HOUR, larger: 2300 },
  });

  it('sorts and labels every webhook; orders are in the buyer’s currency and add up', () => {
    for (const seed of [1, 2]) {
      const s = stream(seed);
      expectSortedAndLabelled(s);
      const truth = new Map(s.truth.map((p) => [p.purchase, p]));
      for (const o of createdOrders(s)) {
        const d = data(o.data);
        const items = orderItems(o.data).reduce((sum, i) => sum + i.price * i.quantity, 0);
        expect(d.amount).toBe(items - (d.discount ?? 0) + (d.shippingFee ?? 0));
        expect(truth.get(o.purchase)?.amount).toBe(d.amount);
        expect(['EUR', 'SEK', 'NOK', 'USD', 'CAD']).toContain(d.currency);
        if (!o.fraud) expect(MARKETS[o.data.billing?.country ?? '']?.currency).toBe(d.currency);
      }
    }
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(fiSaunaModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 13, orders: 300, timestampHeader: false },
  ]);

  itDrawsIpsThatLocate({
    name: 'draws IPs that geoip-country places in each network’s country',
    networks: NETWORKS,
    address,
    locate: ipCountry,
    stream,
    seed: 2,
    also: () => {
      const home = of('repeat_customer').filter(
        (o) => ipCountry(o.data.ip ?? '') === o.data.billing?.country,
      );
      expect(home.length / of('repeat_customer').length).toBeGreaterThan(0.95);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('shows cards by BIN and last four only, checks only with cards and wallets', () => {
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      const { trackingNumber: _tracking, ...rest } = b.data as Data & { trackingNumber?: string };
      expect(JSON.stringify(rest)).not.toMatch(/\d{13,19}/);
      if (b.data.card)
        expect(Object.keys(b.data.card).sort()).toEqual(['bin', 'brand', 'country', 'fingerprint', 'last4']);
      if (!b.type.startsWith('payment.')) continue;
      const card = ['card', 'apple_pay', 'google_pay'].includes(b.data.paymentMethod ?? '');
      expect(`${b.data.paymentMethod}:${b.data.card !== undefined}`).toBe(`${b.data.paymentMethod}:${card}`);
      if (card) expect(b.data.card?.bin).toMatch(/^\d{6}$/);
      if (card) expect(b.data.card?.last4).toMatch(/^\d{4}$/);
      if (card && !['US', 'CA', 'GB'].includes(b.data.card?.country ?? ''))
        expect(b.data.checks?.avs).toBe('unavailable');
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
  });

  it('brings money events only after a payment, disputes mostly for fraud; honest orders are nearly all paid', () => {
    for (const seed of [1, 2]) {
      const s = stream(seed);
      const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
      const orders = createdOrders(s);
      expect(
        paidShare(
          orders.filter((o) => !o.fraud),
          types,
        ),
      ).toBeGreaterThan(0.97);
      for (const o of orders.filter((x) => x.kind === 'friendly_fraud'))
        expect(types.get(o.purchase)).toContain('dispute.created');
    }
  });

  it('tests cards as guests on the cheapest items, mostly declined, in night bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(1), { paidBelow: 0.35, gap: 10 * 60_000, ordersPerBin: 3 });
    for (const o of testing) expect(o.data.amount).toBeLessThan(3_000);
  });

  it('freights stoves, kits and tubs; companies order on weekdays; amounts are plausible', () => {
    const types = webhookTypesByPurchase(stream(1));
    expect(types.size).toBe(2000);
    for (const o of all()) {
      const d = data(o.data);
      const bulky = orderItems(o.data).some((i) => ['sauna_kit', 'hot_tub'].includes(i.category));
      if (bulky) expect(['freight_slot', 'pickup']).toContain(d.delivery);
      if (d.delivery === 'pickup' || d.delivery === 'email') expect(o.data.shipping).toBeUndefined();
      expect(o.data.amount).toBeGreaterThan(0);
      if (o.data.currency === 'EUR') expect(o.data.amount).toBeLessThan(6_000_000);
    }
    for (const o of [...of('installer'), ...of('housing_association'), ...of('fake_company_invoice')]) {
      expect(data(o.data).company?.businessId).toMatch(/^\d{7}-\d$/);
      const local = new Date(o.at + 3 * HOUR);
      expect([0, 6]).not.toContain(local.getUTCDay());
    }
  });
});
