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
import { DAYS, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { egCottonModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { GULF, MARKETS } from './places.js';

/**
 * The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the
 * engine's view.
 */

const stream = cachedStreams(egCottonModel);
const CURRENCIES = ['EGP', 'SAR', 'AED', 'USD', 'EUR', 'GBP'];

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  fulfilment?: string;
  company?: { name: string; taxId: string };
  threeDSecure?: string;
  reason?: string;
  status?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);
const cairo = (t: number) => new Date(t + 2 * HOUR);

describe('eg-cotton traffic model', () => {
  itIsDeterministic(egCottonModel, stream);

  itDefaultsAndHonoursOptions(egCottonModel, stream, {
    name: 'defaults to 2,000 orders from 1 December over 46 days and honours the options',
    model: 'eg-cotton',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 5, 1), within: 8 * DAY, larger: 2600 },
  });

  it('sorts and labels every webhook; each order opens its purchase and adds up in its currency', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
      expect(CURRENCIES).toContain(o.data.currency);
      expect(truth.get(o.purchase)?.amount).toBe(o.data.amount);
      expect(truth.get(o.purchase)?.currency).toBe(o.data.currency);
      const items = orderItems(o.data);
      for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
      const sum = items.reduce((t, i) => t + i.price * i.quantity, 0);
      expect(o.data.amount).toBe(sum - (data(o.data).discount ?? 0) + (data(o.data).shippingFee ?? 0));
    }
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(egCottonModel, stream, [
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
      for (const o of of('home_shopper')) expect(ipCountry(o.data.ip ?? '')).toBe('EG');
      for (const o of of('traveller')) expect(ipCountry(o.data.ip ?? '')).not.toBe('EG');
      for (const o of of('gulf_home')) expect(ipCountry(o.data.ip ?? '')).toBe(o.data.billing?.country);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('delivers honest orders only in its markets; Gulf expats send gifts home in their own currency', () => {
    for (const o of all().filter((x) => !x.fraud)) {
      if (o.data.shipping) expect(Object.keys(MARKETS)).toContain(o.data.shipping.country);
      else expect(['pickup', 'email']).toContain(data(o.data).fulfilment);
    }
    for (const o of of('gulf_expat_gift')) {
      expect(GULF).toContain(o.data.billing?.country);
      expect(o.data.shipping?.country).toBe('EG');
      expect(['SAR', 'AED', 'USD']).toContain(o.data.currency);
    }
    for (const o of of('home_shopper')) expect(o.data.currency).toBe('EGP');
  });

  it('sends card checks with cards and Apple Pay only, an OTP for every Egyptian card, AVS from US, CA, GB', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = method === 'card' || method === 'apple_pay';
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${b.data.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      if (card && !['US', 'CA', 'GB'].includes(b.data.card?.country ?? ''))
        expect(b.data.checks?.avs).toBe('unavailable');
      if (method === 'card' && b.data.card?.country === 'EG')
        expect(['challenge_passed', 'challenge_failed']).toContain(data(b.data).threeDSecure);
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    for (const m of ['card', 'apple_pay', 'vodafone_cash', 'valu', 'fawry', 'cod', 'bank_transfer'])
      expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    for (const p of s.truth.filter((x) => x.kind === 'refund_abuse'))
      expect(types.get(p.purchase)).toContain('refund.created');
    for (const p of s.truth.filter((x) => x.kind === 'cod_fake_order')) {
      expect(types.get(p.purchase)).not.toContain('payment.succeeded');
      expect(types.get(p.purchase)).toContain('order.cancelled');
    }
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.9);
  });

  it('tests cards as guests on one cheap towel, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.category).toBe('towels');
    }
  });

  it('takes over aged accounts seen in honest traffic, on devices those accounts never used', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    const devices = new Map<string, Set<string>>();
    for (const o of all().filter((x) => !x.fraud && x.data.customer?.id && x.data.deviceId))
      devices.set(
        o.data.customer?.id ?? '',
        (devices.get(o.data.customer?.id ?? '') ?? new Set()).add(o.data.deviceId ?? ''),
      );
    for (const o of of('account_takeover')) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(30 * DAY);
      if (o.data.deviceId)
        expect(devices.get(o.data.customer?.id ?? '')?.has(o.data.deviceId) ?? false).toBe(false);
    }
  });

  it('sells trousseaux by the dozen, bales and gifts to companies in Cairo office hours', () => {
    for (const o of of('trousseau_order'))
      expect(
        orderItems(o.data)
          .filter((i) => i.category !== 'service')
          .reduce((t, i) => t + i.quantity, 0),
      ).toBeGreaterThanOrEqual(25);
    for (const o of [...of('hotel_bulk'), ...of('corporate_gifts')]) {
      expect(data(o.data).company?.taxId).toMatch(/^\d{3}-\d{3}-\d{3}$/);
      const local = cairo(o.at);
      expect(local.getUTCDay()).toBeLessThanOrEqual(4);
      expect(local.getUTCHours()).toBeGreaterThanOrEqual(9);
      expect(local.getUTCHours()).toBeLessThan(17);
    }
    for (const o of of('hotel_bulk'))
      expect(orderItems(o.data).some((i) => i.category === 'bale')).toBe(true);
    expect(meanAmount(of('trousseau_order'))).toBeGreaterThan(8 * meanAmount(of('home_shopper')));
  });
});
