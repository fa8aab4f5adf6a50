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
import { lkTeaModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { LOCAL_METHODS } from './purchase.js';

/** The model's own properties (size, shares, money, geography, payments, calendar, labels); never the engine's view. */

const stream = cachedStreams(lkTeaModel);
const SEEDS = [1, 2];
const { all, of } = ordersOfSeeds(stream, SEEDS);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  shippingFee?: number;
  fulfilment?: string;
  company?: { name: string; vatNo?: string };
  giftNote?: string;
};
const data = (d: CanonicalEvent['data']) => d as Data;
const METHODS = [
  'payhere_card',
  'frimi',
  'genie',
  'lankaqr',
  'bank_deposit_slip',
  'cash_on_delivery',
  'koko',
  'paypal',
  'stripe_card',
];

describe('lk-tea traffic model', () => {
  itIsDeterministic(lkTeaModel, stream);

  itDefaultsAndHonoursOptions(lkTeaModel, stream, {
    name: 'defaults to 2,000 orders from 7 April to 3 May 2026 (Sri Lankan time) and honours the options',
    model: 'lk-tea',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 0, 10), within: 100 * HOUR, larger: 2400 },
  });

  it('sorts and labels every webhook; amounts add up in rupees at home and the site currency abroad', () => {
    for (const seed of SEEDS) {
      const s = stream(seed);
      expectSortedAndLabelled(s);
      const truth = new Map(s.truth.map((p) => [p.purchase, p]));
      for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
        const d = data(o.data);
        const items = orderItems(o.data).reduce((sum, i) => sum + i.price * i.quantity, 0);
        expect(d.amount).toBe(items - (d.discount ?? 0) + (d.shippingFee ?? 0));
        expect(truth.get(o.purchase)?.amount).toBe(d.amount);
        expect(truth.get(o.purchase)?.currency).toBe(d.currency);
        const local = LOCAL_METHODS.has(d.paymentMethod as never);
        expect(`${d.paymentMethod}:${d.currency === 'LKR'}`).toBe(`${d.paymentMethod}:${local}`);
        expect(['LKR', 'USD', 'GBP', 'EUR', 'AUD']).toContain(d.currency);
      }
    }
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

  itParsesEveryBody(lkTeaModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 13, orders: 250, timestampHeader: false },
  ]);

  itDrawsIpsThatLocate({
    name: 'draws IPs that geoip-country places in the intended country, for every network',
    networks: NETWORKS,
    address,
    locate: ipCountry,
    stream,
    seed: 2,
    also: () => {
      for (const o of of('diaspora_gift_home')) {
        expect(o.data.shipping?.country).toBe('LK');
        expect(ipCountry(o.data.ip ?? '')).toBe(o.data.billing?.country);
        expect(o.data.billing?.country).not.toBe('LK');
      }
      for (const o of of('gulf_worker_cod_home'))
        expect(['QA', 'SA', 'AE']).toContain(ipCountry(o.data.ip ?? ''));
      for (const o of of('tourist_in_country')) {
        expect(ipCountry(o.data.ip ?? '')).toBe('LK');
        expect(o.data.card === undefined || o.data.card.country !== 'LK').toBe(true);
      }
      const local = of('local_household');
      expect(local.filter((o) => ipCountry(o.data.ip ?? '') === 'LK').length).toBe(local.length);
    },
  });

  for (const seed of SEEDS)
    itKeepsSanctionedCountriesToTheirKind(stream, { seed, countries: SANCTIONED, locate: ipCountry });

  it('pays by the checkout’s own method names; cards only with the two card methods', () => {
    const seen = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const m = b.data.paymentMethod ?? '';
      seen.add(m);
      expect(METHODS).toContain(m);
      expect(`${m}:${b.data.card !== undefined}`).toBe(`${m}:${m === 'payhere_card' || m === 'stripe_card'}`);
      if (b.data.card) expect(b.data.card.bin).toMatch(/^\d{6,8}$/);
      if (b.data.card) expect(b.data.card.last4).toMatch(/^\d{4}$/);
    }
    for (const m of METHODS) expect(seen).toContain(m);
    expect(JSON.stringify(stream(1).webhooks.map((w) => w.body))).not.toMatch(/\d{13,19}/);
  });

  it('brings refunds, warnings and disputes only after money was taken; unpaid orders are cancelled', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    for (const p of s.truth.filter((x) => x.kind === 'refund_abuse'))
      expect(types.get(p.purchase)).toContain('refund.created');
    for (const p of s.truth.filter((x) => x.kind === 'fake_cod_order'))
      expect(types.get(p.purchase)).not.toContain('payment.succeeded');
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.9);
  });

  it('tests cards as guests on a sample pouch, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.35, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) expect(orderItems(o.data)).toHaveLength(1);
    expect(meanAmount(testing)).toBeLessThan(meanAmount(of('local_household')));
  });

  it('takes over accounts seen in honest traffic; Koko farms are minutes-old accounts sharing phones', () => {
    const known = takeoversOfKnownAccounts(SEEDS.map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    const koko = of('koko_synthetic');
    for (const o of koko) {
      expect(o.data.paymentMethod).toBe('koko');
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(HOUR);
    }
    expect(new Set(koko.map((o) => o.data.deviceId)).size).toBeLessThan(koko.length);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(10 * DAY);
  });

  it('keeps its calendar: gifts before Avurudu, dansal tea before Vesak, businesses in office hours', () => {
    const lk = (t: number) => new Date(t + 5.5 * HOUR);
    const date = (t: number) => lk(t).toISOString().slice(5, 10);
    const gifts = of('diaspora_gift_home');
    expect(gifts.filter((o) => date(o.at) < '04-13').length / gifts.length).toBeGreaterThan(0.4);
    const dansal = of('dansal_bulk');
    expect(
      dansal.filter((o) => date(o.at) >= '04-20' && date(o.at) <= '04-30').length / dansal.length,
    ).toBeGreaterThan(0.8);
    for (const o of [...of('hotel_cafe_bulk'), ...of('corporate_gifts')]) {
      expect([0, 6]).not.toContain(lk(o.at).getUTCDay());
      expect(lk(o.at).getUTCHours()).toBeGreaterThanOrEqual(8);
      expect(lk(o.at).getUTCHours()).toBeLessThan(19);
      expect(data(o.data).company?.name).toBeDefined();
    }
    for (const o of of('corporate_gifts'))
      expect(Math.max(...orderItems(o.data).map((i) => i.quantity))).toBeGreaterThanOrEqual(30);
    expect(
      all()
        .filter((o) => !o.fraud)
        .every((o) => o.data.shipping === undefined || o.data.shipping.country !== 'RU'),
    ).toBe(true);
  });
});
