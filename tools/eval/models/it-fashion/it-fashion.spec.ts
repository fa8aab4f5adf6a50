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
import { DAYS, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { itFashionModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { BOUTIQUES, MARKETS } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(itFashionModel);
const SANCTIONED = new Set(['CU', 'IR', 'KP', 'SY', 'UA']);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  duties?: number;
  duty?: string;
  fulfilment?: string;
  taxFree?: boolean;
  channel?: string;
  reason?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream, [1, 2]);

describe('it-fashion traffic model', () => {
  itIsDeterministic(itFashionModel, stream);

  itDefaultsAndHonoursOptions(itFashionModel, stream, {
    name: 'defaults to 2,000 orders over the fifteen days of the July sale and honours the options',
    model: 'it-fashion',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 5, 1), within: 60 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each order is in its four currencies and adds up', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    expectEachPurchaseOpensWithItsOrder(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    const currencies = new Set<string>();
    for (const o of createdOrders(s)) {
      const d = data(o.data);
      currencies.add(d.currency ?? '');
      expect(truth.get(o.purchase)?.amount).toBe(d.amount);
      const items = orderItems(d);
      for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
      const sum = items.reduce((t, i) => t + i.price * i.quantity, 0);
      expect(d.amount).toBe(sum - (d.discount ?? 0) + (d.duties ?? 0));
    }
    expect([...currencies].sort()).toEqual(['CNY', 'EUR', 'GBP', 'USD']);
  });

  itDrawsKindsInShares({
    stream,
    share: [0.05, 0.09],
    fraud: FRAUD,
    allocate,
    honest: HONEST,
    seeds: [1, 2, 3],
    honestSeeds: [1, 2, 3],
    tolerance: 0.025,
  });

  itParsesEveryBody(itFashionModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 13, orders: 300, timestampHeader: false },
  ]);

  itDrawsIpsThatLocate({
    name: 'draws IPs that geoip-country places in the intended country, IPv4 and IPv6, for every network',
    networks: NETWORKS,
    address,
    locate: ipCountry,
    stream,
    seed: 2,
    also: () => {
      const regulars = of('regular_client');
      const home = regulars.filter((o) => ipCountry(o.data.ip ?? '') === o.data.billing?.country);
      expect(home.length / regulars.length).toBeGreaterThan(0.95);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      for (const o of of('hotel_concierge')) expect(ipCountry(o.data.ip ?? '')).toBe('IT');
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('ships honest orders to its markets; collected orders carry a boutique; duties only outside the EU', () => {
    const boutiques = new Set<string>(Object.values(BOUTIQUES).map((b) => b.line1));
    for (const o of all()) {
      const d = data(o.data);
      if (!o.fraud) expect(Object.keys(MARKETS)).toContain(d.shipping?.country);
      if (d.fulfilment !== 'express') expect(boutiques.has(d.shipping?.line1 ?? '')).toBe(true);
      if ((d.duties ?? 0) > 0) expect(MARKETS[d.shipping?.country ?? '']?.eu).toBe(false);
      if (d.taxFree) expect(d.fulfilment).not.toBe('express');
    }
  });

  it('sends card checks with card and Apple Pay payments only, AVS only from British and US issuers', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = method === 'card' || method === 'apple_pay';
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      if (card && !['GB', 'US'].includes(b.data.card?.country ?? ''))
        expect(b.data.checks?.avs).toBe('unavailable');
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    for (const m of ['card', 'apple_pay', 'paypal', 'klarna', 'alipay', 'wechat_pay'])
      expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    const paidOf = (kind: string) =>
      s.truth.filter((x) => x.kind === kind && types.get(x.purchase)?.includes('payment.succeeded'));
    for (const p of paidOf('friendly_fraud')) expect(types.get(p.purchase)).toContain('dispute.created');
    for (const p of [...paidOf('wardrobing'), ...paidOf('return_fraud')])
      expect(types.get(p.purchase)).toContain('refund.created');
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.97);
  });

  it('tests cards as guests on the cheapest items, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) expect(orderItems(o.data)).toHaveLength(1);
    expect(meanAmount(testing)).toBeLessThan(20_000);
  });

  it('takes over aged accounts seen in honest traffic; reseller farms are fresh accounts sharing phones', () => {
    const known = takeoversOfKnownAccounts([1, 2].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(20 * DAY);
    const farms = of('reseller_accounts');
    for (const o of farms) expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(2 * HOUR);
    expect(new Set(farms.map((o) => o.data.deviceId ?? o.data.userAgent)).size).toBeLessThan(
      farms.length / 2,
    );
  });

  it('VIP clients spend more than regulars; stylists order many pieces; concierges order for guests abroad', () => {
    expect(meanAmount(of('vip_client'))).toBeGreaterThan(1.5 * meanAmount(of('regular_client')));
    for (const o of of('stylist')) expect(orderItems(o.data).length).toBeGreaterThanOrEqual(3);
    for (const o of of('hotel_concierge')) expect(o.data.billing?.country).not.toBe('IT');
  });
});
