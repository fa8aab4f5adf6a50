import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import {
  cachedStreams,
  createdOrders,
  expectEachPurchaseOpensWithItsOrder,
  expectSortedAndLabelled,
  itDefaultsAndHonoursOptions,
  itDrawsIpsThatLocate,
  itIsDeterministic,
  itKeepsSanctionedCountriesToTheirKind,
  itParsesEveryBody,
  orderItems,
  ordersOfSeeds,
  SANCTIONED,
} from '../kit/contract.js';
import {
  expectGuestCardTesting,
  expectMoneyAfterPaymentAndUnpaidCancelled,
  meanAmount,
  paidShare,
  takeoversOfKnownAccounts,
} from '../kit/lifecycle.js';
import { DAY, HOUR } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { usSaasModel } from './index.js';
import { address, DAYS, ipCountry, NETWORKS, START } from './world.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(usSaasModel);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  couponCode?: string;
  tax?: number;
  channel?: string;
  seats?: number;
  company?: { name: string; taxId?: string };
  giftRecipient?: string;
  school?: string;
  reason?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);

describe('us-saas traffic model', () => {
  itIsDeterministic(usSaasModel, stream);

  itDefaultsAndHonoursOptions(usSaasModel, stream, {
    name: 'defaults to 2,000 orders over the fourteen days around Black Friday and honours the options',
    model: 'us-saas',
    orders: 2000,
    start: START,
    days: DAYS,
    options: {
      seed: 9,
      orders: 300,
      start: Date.UTC(2027, 5, 1),
      within: 60 * HOUR,
      larger: 2600,
    },
  });

  it('sorts and labels every webhook; each order is in dollars, euros or pounds and adds up, with no shipping', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    const currencies = new Set<string>();
    for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
      const d = data(o.data);
      currencies.add(d.currency ?? '');
      expect(['USD', 'EUR', 'GBP']).toContain(d.currency);
      expect(truth.get(o.purchase)?.amount).toBe(d.amount);
      expect(truth.get(o.purchase)?.currency).toBe(d.currency);
      expect(d.shipping).toBeUndefined();
      const items = orderItems(d);
      for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
      const sum = items.reduce((t, i) => t + i.price * i.quantity, 0);
      expect(d.amount).toBe(sum - (d.discount ?? 0) + (d.tax ?? 0));
    }
    expect([...currencies].sort()).toEqual(['EUR', 'GBP', 'USD']);
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(usSaasModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 13, orders: 300, timestampHeader: false },
  ]);

  itDrawsIpsThatLocate({
    name: 'draws IPs that geoip-country places in the intended country, IPv4 and IPv6, for every network',
    networks: NETWORKS,
    address,
    locate: ipCountry,
    stream: (seed) => {
      // The store's own charges (renewals, trial conversions) carry no IP: only checkouts are located.
      const s = stream(seed);
      const placed = new Set(
        createdOrders(s)
          .filter((o) => o.data.ip !== undefined)
          .map((o) => o.purchase),
      );
      return { ...s, webhooks: s.webhooks.filter((w) => placed.has(w.purchase)) };
    },
    seed: 2,
    also: () => {
      const orders = of('new_monthly');
      const home = orders.filter((o) => ipCountry(o.data.ip ?? '') === o.data.billing?.country);
      expect(home.length / orders.length).toBeGreaterThan(0.95);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      for (const o of of('traveller_or_vpn'))
        expect(ipCountry(o.data.ip ?? '')).not.toBe(o.data.billing?.country);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('charges renewals on the stored card without IP, device or card code; checkouts always have an IP', () => {
    for (const o of all()) {
      const d = data(o.data);
      const storeCharge = d.channel === 'renewal' || d.channel === 'trial_conversion';
      expect(`${o.kind}:${d.ip === undefined}`).toBe(`${o.kind}:${storeCharge}`);
      if (storeCharge) expect(d.deviceId).toBeUndefined();
    }
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      const card = ['card', 'apple_pay', 'google_pay'].includes(method);
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    expect(of('renewal').length).toBeGreaterThan(200);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      if (types.get(p.purchase)?.includes('payment.succeeded'))
        expect(types.get(p.purchase)).toContain('dispute.created');
    const honest = createdOrders(s).filter((o) => !o.fraud && data(o.data).channel !== 'renewal');
    expect(paidShare(honest, types)).toBeGreaterThan(0.95);
  });

  it('tests cards as guests on the cheapest checkout, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(500);
    }
  });

  it('takes over aged accounts seen in honest traffic; trial farms are fresh accounts sharing devices', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(60 * DAY);
    const farm = of('trial_farm');
    for (const o of farm) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(10 * 60_000);
      expect(o.data.amount).toBe(100);
    }
    expect(new Set(farm.map((o) => o.data.deviceId)).size).toBeLessThan(farm.length / 2);
  });

  it('sells seat blocks to companies in office hours; teams spend far more than monthly sign-ups', () => {
    for (const o of of('team_seats')) {
      expect(data(o.data).company?.name).toBeDefined();
      expect(data(o.data).seats).toBeGreaterThanOrEqual(3);
    }
    for (const o of of('education')) expect(o.data.customer?.email).toMatch(/\.(edu|ac\.uk|ca|de|nl)$/);
    expect(meanAmount(of('team_seats'))).toBeGreaterThan(10 * meanAmount(of('new_monthly')));
    expect(meanAmount(of('invoiced_team'))).toBeGreaterThan(meanAmount(of('team_seats')));
  });
});
