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
  medianAmount,
  paidShare,
} from '../kit/lifecycle.js';
import { HOUR } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { DAYS, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { rsElectronicsModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';

/** The stream's own properties (size, shares, money, geography, payments, order of events); never the engine's view. */

const stream = cachedStreams(rsElectronicsModel);
const { all, of } = ordersOfSeeds(stream, [1, 2]);

type Data = CanonicalEvent['data'] & { shippingFee?: number; fulfilment?: string; company?: { pib: string } };
const data = (d: CanonicalEvent['data']) => d as Data;
const REGION = new Set(['ME', 'BA', 'MK']);

describe('rs-electronics traffic model', () => {
  itIsDeterministic(rsElectronicsModel, stream);

  itDefaultsAndHonoursOptions(rsElectronicsModel, stream, {
    name: 'defaults to 2,000 orders from 16 November to 20 December and honours the options',
    model: 'rs-electronics',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 5, 1), within: 130 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each order is in dinars (euros for the region) and adds up', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
      const country = o.data.shipping?.country ?? o.data.billing?.country ?? '';
      const regional = !o.fraud && REGION.has(country) && o.data.billing?.country === country;
      expect(`${o.kind} ${o.data.currency}`).toBe(`${o.kind} ${regional ? 'EUR' : 'RSD'}`);
      expect(truth.get(o.purchase)?.amount).toBe(o.data.amount);
      const items = orderItems(o.data).reduce((sum, i) => sum + i.price * i.quantity, 0);
      expect(o.data.amount).toBe(items + (data(o.data).shippingFee ?? 0));
    }
  });

  itDrawsKindsInShares({
    stream,
    share: [0.05, 0.09],
    fraud: FRAUD,
    allocate,
    honest: HONEST,
    seeds: [1, 2],
    honestSeeds: [1, 2],
    tolerance: 0.025,
  });

  itParsesEveryBody(rsElectronicsModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 13, orders: 300, timestampHeader: false },
  ]);

  itDrawsIpsThatLocate({
    name: 'draws IPs that geoip-country places in the intended country, for every network',
    networks: NETWORKS,
    address,
    locate: ipCountry,
    stream,
    seed: 2,
    also: () => {
      const home = of('card_buyer').filter((o) => o.data.customer?.id);
      const local = home.filter((o) => ipCountry(o.data.ip ?? '') === o.data.billing?.country);
      expect(local.length / home.length).toBeGreaterThan(0.95);
      for (const o of of('diaspora_gift')) {
        expect(['DE', 'AT', 'CH']).toContain(ipCountry(o.data.ip ?? ''));
        expect(o.data.shipping?.country).toBe('RS');
      }
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('never carries a card number: cards are BIN and last four only', () => {
    for (const seed of [1, 2]) {
      for (const w of stream(seed).webhooks) {
        const text = JSON.stringify(w.body);
        expect(text).not.toMatch(/\d{12,19}/);
        const card = (w.body as CanonicalEvent).data.card;
        if (card) {
          expect(card.bin).toMatch(/^\d{6}$/);
          expect(card.last4).toMatch(/^\d{4}$/);
        }
      }
    }
  });

  it('names payments as the checkout does; cards carry checks and 3-D Secure, other methods none', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent & { data: { threeDSecure?: string; reason?: string } };
      if (!b.type.startsWith('payment.')) continue;
      const m = b.data.paymentMethod ?? '';
      methods.add(m);
      const card = m === 'kartica' || m === 'kartica_na_rate';
      expect(`${m} ${b.data.card !== undefined}`).toBe(`${m} ${card}`);
      expect(`${m} ${b.data.checks?.cvc !== undefined}`).toBe(`${m} ${card}`);
      if (card) expect(b.data.threeDSecure).toBeDefined();
      if (b.type === 'payment.failed') expect(b.data.reason).toBeDefined();
    }
    for (const m of [
      'pouzecem',
      'kartica',
      'kartica_na_rate',
      'ips_qr',
      'uplatnica',
      'paypal',
      'predracun',
      'placanje_u_radnji',
    ])
      expect(methods).toContain(m);
  });

  it('takes cash only at the door: cash-on-delivery orders are paid after they ship, or refused', () => {
    const s = stream(1);
    const types = webhookTypesByPurchase(s);
    for (const o of createdOrders(s).filter((x) => x.data.paymentMethod === 'pouzecem')) {
      const list = types.get(o.purchase) ?? [];
      const paidAt = list.indexOf('payment.succeeded');
      if (paidAt >= 0) expect(list.indexOf('order.updated')).toBeLessThan(paidAt);
      else expect(list).toContain('order.cancelled');
    }
    for (const p of s.truth.filter((x) => x.kind === 'fake_cod'))
      expect(types.get(p.purchase)).not.toContain('payment.succeeded');
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndDisputesMostlyFraud(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    for (const p of s.truth.filter((x) => x.kind === 'refund_abuse'))
      expect(types.get(p.purchase)).toContain('refund.created');
    const card = createdOrders(s).filter((o) => o.kind === 'card_buyer');
    expect(paidShare(card, types)).toBeGreaterThan(0.95);
  });

  it('tests cards as guests on cheap accessories, mostly declined, in night bursts on few BINs', () => {
    for (const o of expectGuestCardTesting(stream(2), { paidBelow: 0.35, gap: 10 * 60_000, ordersPerBin: 2 }))
      expect(o.data.amount).toBeLessThan(200_000);
  });

  it('prices orders as such a store does; companies order in office hours with a tax number', () => {
    const honest = all().filter((o) => !o.fraud && o.data.currency === 'RSD');
    const median = medianAmount(honest);
    expect(median).toBeGreaterThan(1_000_000);
    expect(median).toBeLessThan(12_000_000);
    for (const o of all()) expect(o.data.amount ?? 0).toBeLessThan(400_000_000);
    for (const o of of('business_proforma')) {
      expect(data(o.data).company?.pib).toMatch(/^\d{9}$/);
      const local = new Date(o.at + HOUR);
      expect([0, 6]).not.toContain(local.getUTCDay());
      expect(local.getUTCHours()).toBeGreaterThanOrEqual(6);
      expect(local.getUTCHours()).toBeLessThan(18);
    }
    const resellers = of('deal_reseller');
    expect(new Set(resellers.map((o) => o.data.deviceId ?? o.data.ip)).size).toBeLessThan(
      resellers.length / 2,
    );
  });
});
