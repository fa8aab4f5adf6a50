import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import {
  cachedStreams,
  createdOrders,
  expectOrdersAddUp,
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
  medianAmount,
  paidShare,
  takeoversOfKnownAccounts,
} from '../kit/lifecycle.js';
import { DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { DAYS, dropTimes, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { usToysModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { SANCTIONED } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(usToysModel);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  shippingFee?: number;
  giftWrapFee?: number;
  tax?: number;
  fulfilment?: string;
  pickupStore?: string;
  recipient?: { name: string; email?: string };
  organisation?: { name: string; type: string; taxExemptId?: string };
  reason?: string;
  shipping?: CanonicalEvent['data']['shipping'] & { region?: string };
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);

describe('us-toys traffic model', () => {
  itIsDeterministic(usToysModel, stream);

  itDefaultsAndHonoursOptions(usToysModel, stream, {
    name: 'defaults to 2,000 orders over the twenty days before Christmas Eve and honours the options',
    model: 'us-toys',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 10, 1), within: 72 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each purchase opens with its order, in dollars, and adds up', () => {
    expectOrdersAddUp(stream(1), {
      currency: 'USD',
      total: (items, d) =>
        items -
        (data(d).discount ?? 0) +
        (data(d).shippingFee ?? 0) +
        (data(d).giftWrapFee ?? 0) +
        (data(d).tax ?? 0),
    });
  });

  itDrawsKindsInShares({
    stream,
    share: [0.05, 0.09],
    fraud: FRAUD,
    allocate,
    honest: HONEST,
    seeds: [1, 2, 3],
  });

  itParsesEveryBody(usToysModel, stream, [
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
      const parents = of('loyal_parent');
      expect(parents.filter((o) => ipCountry(o.data.ip ?? '') === 'US').length).toBe(parents.length);
      for (const o of of('canada_shopper')) expect(ipCountry(o.data.ip ?? '')).toBe('CA');
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      const military = of('military_family');
      expect(military.filter((o) => ipCountry(o.data.ip ?? '') !== 'US').length).toBeGreaterThan(
        military.length / 3,
      );
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('ships honest orders to the US and Canada only; pickups and e-gift cards have no delivery address', () => {
    for (const o of all()) {
      const d = data(o.data);
      if (!o.fraud && d.shipping) expect(['US', 'CA']).toContain(d.shipping.country);
      if (d.fulfilment === 'pickup') {
        expect(d.shipping).toBeUndefined();
        expect(d.pickupStore).toMatch(/^PH-[A-Z]{2}-\d{4}$/);
      }
      if (d.fulfilment === 'email') {
        expect(d.shipping).toBeUndefined();
        expect(orderItems(d).every((i) => i.category === 'gift_card')).toBe(true);
      }
      if (d.fulfilment === 'apo') expect(d.shipping?.city).toMatch(/^[AF]PO$/);
    }
    for (const o of of('military_family'))
      if (data(o.data).fulfilment === 'apo') expect(['AE', 'AP']).toContain(data(o.data).shipping?.region);
  });

  it('sends card checks with card, wallet and store-card payments only; failed payments say why', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = ['card', 'apple_pay', 'google_pay', 'store_card'].includes(method);
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${b.data.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    for (const m of ['card', 'apple_pay', 'paypal', 'store_card', 'affirm', 'gift_card'])
      expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    for (const p of s.truth.filter((x) => x.kind === 'item_not_received')) {
      const list = types.get(p.purchase) ?? [];
      expect(list.includes('refund.created') || list.includes('dispute.created')).toBe(true);
    }
    expect(
      paidShare(
        createdOrders(s).filter((o) => !o.fraud),
        types,
      ),
    ).toBeGreaterThan(0.97);
  });

  it('tests cards as guests on cheap e-gift cards and items, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * MINUTE, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(2_500);
    }
  });

  it('takes over aged loyalty accounts seen in honest traffic; drop bots buy the limit seconds after a drop', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 4);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(60 * DAY);
    const drops = dropTimes({ start: START, end: START + DAYS * DAY });
    for (const o of of('drop_bot')) {
      expect(orderItems(o.data)).toEqual([
        expect.objectContaining({ category: 'limited_drop', quantity: 2 }),
      ]);
      expect(drops.some((t) => o.at >= t && o.at - t < 10 * MINUTE)).toBe(true);
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(22 * DAY);
    }
  });

  it('sells class sets to teachers and toy-drive baskets to charities; collectors and stolen cards spend more', () => {
    for (const o of of('teacher')) {
      expect(data(o.data).organisation?.type).toBe('school');
      expect(Math.max(...orderItems(o.data).map((i) => i.quantity))).toBeGreaterThanOrEqual(4);
    }
    for (const o of of('santa_charity')) expect(orderItems(o.data).length).toBeGreaterThanOrEqual(5);
    const parents = medianAmount(of('loyal_parent'));
    expect(medianAmount(of('collector'))).toBeGreaterThan(parents);
    expect(medianAmount(of('stolen_card'))).toBeGreaterThan(2 * parents);
    expect(medianAmount(of('card_testing'))).toBeLessThan(3_000);
  });
});
