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
import { frElectronicsModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { MARKETS } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(frElectronicsModel);
const SANCTIONED = new Set(['CU', 'IR', 'KP', 'SY', 'UA']);
const SEEDS = [1, 2, 3];

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  fulfilment?: string;
  pickupStore?: string;
  company?: { name: string; vatId: string };
  instalments?: number;
  threeDSecure?: string;
  reason?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream, SEEDS);

describe('fr-electronics traffic model', () => {
  itIsDeterministic(frElectronicsModel, stream);

  itDefaultsAndHonoursOptions(frElectronicsModel, stream, {
    name: 'defaults to 2,000 orders over the first two weeks of the winter sales and honours the options',
    model: 'fr-electronics',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 6, 1), within: 52 * HOUR, larger: 2400 },
  });

  it('sorts and labels every webhook; each order is in its market’s currency and adds up', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
      const d = data(o.data);
      const items = orderItems(o.data);
      for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
      const sum = items.reduce((t, i) => t + i.price * i.quantity, 0);
      expect(o.data.amount).toBe(sum - (d.discount ?? 0) + (d.shippingFee ?? 0));
      expect(truth.get(o.purchase)?.amount).toBe(o.data.amount);
      expect(truth.get(o.purchase)?.currency).toBe(o.data.currency);
      const swiss = o.data.currency === 'CHF';
      if (swiss) expect(o.data.shipping?.country ?? 'CH').toBe('CH');
      expect(['EUR', 'CHF']).toContain(o.data.currency);
    }
    expect(createdOrders(s).some((o) => o.data.currency === 'CHF')).toBe(true);
  });

  itDrawsKindsInShares({
    stream,
    share: [0.05, 0.09],
    fraud: FRAUD,
    allocate,
    honest: HONEST,
    seeds: SEEDS,
    honestSeeds: SEEDS,
    tolerance: 0.025,
  });

  itParsesEveryBody(frElectronicsModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 11, orders: 250, timestampHeader: false },
  ]);

  itDrawsIpsThatLocate({
    name: 'draws IPs that geoip-country places in the intended country, IPv4 and IPv6, for every network',
    networks: NETWORKS,
    address,
    locate: ipCountry,
    stream,
    seed: 2,
    also: () => {
      const regulars = of('sales_regular');
      const home = regulars.filter((o) => ipCountry(o.data.ip ?? '') === o.data.billing?.country);
      expect(home.length / regulars.length).toBeGreaterThan(0.95);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      for (const o of of('traveller')) expect(ipCountry(o.data.ip ?? '')).not.toBe('FR');
      for (const o of of('overseas_customer')) {
        expect(['RE', 'GP']).toContain(ipCountry(o.data.ip ?? ''));
        expect(o.data.billing?.country).toBe(ipCountry(o.data.ip ?? ''));
      }
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('ships honest orders to its markets only; pickups and e-deliveries have no delivery address', () => {
    for (const o of all()) {
      const d = data(o.data);
      if (!o.fraud && o.data.shipping) expect(Object.keys(MARKETS)).toContain(o.data.shipping.country);
      if (d.fulfilment === 'store_pickup') {
        expect(o.data.shipping).toBeUndefined();
        expect(d.pickupStore).toMatch(/^MAG-/);
      }
      if (d.fulfilment === 'e_delivery') expect(o.data.shipping).toBeUndefined();
      if (d.fulfilment === 'two_person')
        expect(orderItems(o.data).some((i) => i.category === 'large_appliance')).toBe(true);
    }
  });

  it('sends card details and checks with card, Apple Pay and instalment payments only', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = ['card', 'apple_pay', 'instalments_3x', 'instalments_4x'].includes(method);
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${b.data.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      if (card && !['GB', 'US', 'CA'].includes(b.data.card?.country ?? ''))
        expect(b.data.checks?.avs).toBe('unavailable');
      if (card) expect(data(b.data).threeDSecure).toBeDefined();
      if (method.startsWith('instalments_'))
        expect(data(b.data).instalments).toBe(method.endsWith('3x') ? 3 : 4);
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    for (const m of ['card', 'apple_pay', 'paypal', 'instalments_3x', 'instalments_4x', 'gift_card'])
      expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    for (const p of s.truth.filter((x) => x.kind === 'refund_fraud')) {
      const list = types.get(p.purchase) ?? [];
      expect(list.includes('refund.created') || list.includes('dispute.created')).toBe(true);
    }
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.97);
  });

  it('tests cards as guests on the cheapest items, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.3, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(o.data.amount).toBeLessThanOrEqual(25_00);
    }
  });

  it('takes over aged accounts seen in honest traffic; instalment fraud opens accounts minutes before', () => {
    const known = takeoversOfKnownAccounts(SEEDS.map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(60 * DAY);
    for (const o of of('instalment_fraud')) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(31 * 60_000);
      expect(o.data.paymentMethod).toMatch(/^instalments_/);
    }
  });

  it('sends reshipped parcels to a few mule addresses; overseas and Swiss orders look as they should', () => {
    const mules = new Set(of('reshipper').map((o) => o.data.shipping?.line1));
    expect(mules.size).toBeLessThanOrEqual(7);
    for (const o of of('reshipper')) expect(o.data.billing?.country).not.toBe('FR');
    for (const o of of('overseas_customer')) expect(o.data.card?.country ?? 'FR').toBe('FR');
    for (const o of of('business_buyer')) {
      expect(data(o.data).company?.vatId).toMatch(/^FR\d{11}$/);
      const local = new Date(o.at + HOUR);
      expect([0, 6]).not.toContain(local.getUTCDay());
    }
    expect(meanAmount(of('instalment_buyer'))).toBeGreaterThan(2 * meanAmount(of('sales_regular')));
    expect(meanAmount(of('card_testing'))).toBeLessThan(2_500);
  });
});
