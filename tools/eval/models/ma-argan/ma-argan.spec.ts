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
  webhookTypesByPurchase,
} from '../kit/contract.js';
import {
  expectGuestCardTesting,
  expectMoneyAfterPaymentAndDisputesMostlyFraud,
  meanAmount,
  paidShare,
} from '../kit/lifecycle.js';
import { HOUR } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { DAYS, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { maArganModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(maArganModel);
const SEEDS = [1, 2];
const { all, of } = ordersOfSeeds(stream, SEEDS);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  shippingFee?: number;
  delivery?: string;
  reason?: string;
};
const data = (d: CanonicalEvent['data']) => d as Data;

describe('ma-argan traffic model', () => {
  itIsDeterministic(maArganModel, stream);

  itDefaultsAndHonoursOptions(maArganModel, stream, {
    name: 'defaults to 2,000 orders over four summer weeks from 13 July 2026 and honours the options',
    model: 'ma-argan',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 6, 1), within: 110 * HOUR, larger: 2300 },
  });

  it('sorts and labels every webhook; each order is in dirhams in Morocco or euros abroad, and adds up', () => {
    for (const seed of SEEDS) {
      const s = stream(seed);
      expectSortedAndLabelled(s);
      const truth = new Map(s.truth.map((p) => [p.purchase, p]));
      for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
        const d = data(o.data);
        expect(truth.get(o.purchase)?.amount).toBe(d.amount);
        expect(d.currency).toBe(d.shipping?.country === 'MA' ? 'MAD' : 'EUR');
        const items = orderItems(d);
        for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
        const goods = items.reduce((sum, i) => sum + i.price * i.quantity, 0);
        expect(d.amount).toBe(goods - (d.discount ?? 0) + (d.shippingFee ?? 0));
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

  itParsesEveryBody(maArganModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 13, orders: 300, timestampHeader: false },
  ]);

  itDrawsIpsThatLocate({
    name: 'draws IPs that geoip-country places in the intended country for every network',
    networks: NETWORKS,
    address,
    locate: ipCountry,
    stream,
    seed: 2,
    also: () => {
      for (const o of of('tourist_riad')) expect(ipCountry(o.data.ip ?? '')).toBe('MA');
      for (const o of of('local_cod')) expect(ipCountry(o.data.ip ?? '')).toBe('MA');
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('never carries a card number: BIN and last four only', () => {
    for (const w of stream(1).webhooks) {
      const text = JSON.stringify(w.body);
      expect(text).not.toMatch(/\d{13,19}/);
      const card = (w.body as CanonicalEvent).data.card;
      if (card) {
        expect(card.bin).toMatch(/^\d{6}$/);
        expect(card.last4).toMatch(/^\d{4}$/);
      }
    }
  });

  it('shows cards and checks only for cmi and stripe; cash, agency codes and transfers settle later', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = method === 'cmi' || method === 'stripe';
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    for (const m of ['cmi', 'cod', 'cashplus', 'wafacash', 'bacs', 'paypal', 'stripe'])
      expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    for (const seed of SEEDS) {
      const s = stream(seed);
      const { types } = expectMoneyAfterPaymentAndDisputesMostlyFraud(s);
      for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
        expect(types.get(p.purchase)).toContain('dispute.created');
      for (const p of s.truth.filter((x) => x.kind === 'refund_abuse'))
        expect(types.get(p.purchase)).toContain('refund.created');
      for (const p of s.truth.filter((x) => x.kind === 'fake_cod'))
        expect(types.get(p.purchase)?.includes('payment.succeeded')).toBe(false);
      const byPurchase = webhookTypesByPurchase(s);
      // Cash on delivery is refused or unanswered now and then; most honest orders are paid.
      expect(
        paidShare(
          createdOrders(s).filter((o) => !o.fraud),
          byPurchase,
        ),
      ).toBeGreaterThan(0.8);
    }
  });

  it('tests cards as guests on the cheapest items, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.35, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(900);
    }
  });

  it('delivers tourists and riad drops to Marrakech riads; rugs cost the most; places orders in the season', () => {
    for (const o of [...of('tourist_riad'), ...of('riad_drop')]) {
      expect(o.data.shipping?.city).toBe('Marrakech');
      expect(o.data.card?.country ?? 'FR').not.toBe('MA');
    }
    expect(meanAmount(of('rug_freight').filter((o) => o.data.currency === 'EUR'))).toBeGreaterThan(50_000);
    for (const o of of('wholesale'))
      expect(Math.max(...orderItems(o.data).map((i) => i.quantity))).toBeGreaterThanOrEqual(3);
    expect(all().length).toBe(4000);
  });
});
