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
  expectMoneyAfterPaymentAndDisputesMostlyFraud,
  meanAmount,
  paidShare,
} from '../kit/lifecycle.js';
import { HOUR } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { DAYS, local, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { caMapleModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(caMapleModel);
const SEEDS = [1, 2];

type Data = CanonicalEvent['data'] & {
  discount?: number;
  shippingFee?: number;
  tax?: number;
  fulfilment?: string;
  company?: { name: string; taxId: string };
  recipients?: number;
  reason?: string;
  threeDSecure?: string;
};
const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream, SEEDS);

describe('ca-maple traffic model', () => {
  itIsDeterministic(caMapleModel, stream);

  itDefaultsAndHonoursOptions(caMapleModel, stream, {
    name: 'defaults to 2,000 orders over the sugaring season (1–29 March 2027) and honours the options',
    model: 'ca-maple',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2028, 2, 1, 5), within: 110 * HOUR, larger: 2500 },
  });

  it.each(SEEDS)(
    'seed %i: sorted, labelled, each purchase opens with its order, in CAD or USD, and adds up',
    (seed) => {
      const s = stream(seed);
      expectSortedAndLabelled(s);
      const truth = new Map(s.truth.map((p) => [p.purchase, p]));
      for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
        const d = data(o.data);
        expect(truth.get(o.purchase)?.amount).toBe(d.amount);
        expect(d.currency).toBe(d.shipping?.country === 'US' ? 'USD' : 'CAD');
        const items = orderItems(d).reduce((sum, i) => sum + i.price * i.quantity, 0);
        expect(d.amount).toBe(items - (d.discount ?? 0) + (d.shippingFee ?? 0) + (d.tax ?? 0));
        if (d.currency === 'USD') expect(d.tax).toBe(0);
      }
    },
  );

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

  itParsesEveryBody(caMapleModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 2, timestampHeader: false },
  ]);

  itDrawsIpsThatLocate({
    name: 'draws IPs that geoip-country places in the intended country, for every network',
    networks: NETWORKS,
    address: (rng, n) => address(rng, n),
    locate: ipCountry,
    stream,
    seed: 2,
    also: () => {
      for (const o of of('snowbird')) {
        expect(ipCountry(o.data.ip ?? '')).toBe('US');
        expect(o.data.billing?.country).toBe('CA');
      }
      for (const o of of('diaspora_gift')) {
        expect(['FR', 'US']).toContain(ipCountry(o.data.ip ?? ''));
        expect(o.data.shipping?.country).toBe('CA');
      }
      const qc = of('quebec_household');
      expect(qc.filter((o) => ipCountry(o.data.ip ?? '') === 'CA').length / qc.length).toBeGreaterThan(0.9);
    },
  });

  for (const seed of SEEDS)
    itKeepsSanctionedCountriesToTheirKind(stream, { seed, countries: SANCTIONED, locate: ipCountry });

  it('never carries a card number: BIN and last four only', () => {
    for (const seed of SEEDS) {
      // Tracking numbers are long digit strings too; nothing else is.
      const bodies = stream(seed).webhooks.map((w) => w.body);
      const text = JSON.stringify(bodies, (k, v: unknown) => (k === 'trackingNumber' ? '' : v));
      expect(text.match(/\d{12,19}/)).toBeNull();
      for (const w of stream(seed).webhooks) {
        const c = (w.body as CanonicalEvent).data.card;
        if (!c) continue;
        expect(c.bin).toMatch(/^\d{6}$/);
        expect(c.last4).toMatch(/^\d{4}$/);
        expect(Object.keys(c).sort()).toEqual(['bin', 'brand', 'country', 'fingerprint', 'last4']);
      }
    }
  });

  it('posts its own payment-method names, card data only with cards and Apple Pay, 3-D Secure only on cards', () => {
    const methods = new Set<string>();
    for (const seed of SEEDS)
      for (const w of stream(seed).webhooks) {
        const b = w.body as CanonicalEvent;
        if (!b.type.startsWith('payment.')) continue;
        const d = data(b.data);
        const m = d.paymentMethod ?? '';
        methods.add(m);
        const card = m === 'card' || m === 'apple_pay';
        expect(`${m}:${d.card !== undefined}`).toBe(`${m}:${card}`);
        if (m === 'apple_pay') expect(d.threeDSecure).toBeUndefined();
        if (m === 'card') expect(d.threeDSecure).toBeDefined();
        if (card && !['CA', 'US'].includes(d.card?.country ?? '')) expect(d.checks?.avs).toBe('unavailable');
        if (b.type === 'payment.failed') expect(d.reason).toBeDefined();
      }
    for (const m of [
      'card',
      'apple_pay',
      'paypal',
      'interac_etransfer',
      'interac_online',
      'invoice',
      'gift_card',
      'pay_at_pickup',
    ])
      expect(methods).toContain(m);
  });

  it.each(SEEDS)(
    'seed %i: money follows payment, disputes mostly fraud; friendly fraud disputes, refund abuse refunds',
    (seed) => {
      const s = stream(seed);
      const { types } = expectMoneyAfterPaymentAndDisputesMostlyFraud(s);
      for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
        expect(types.get(p.purchase)).toContain('dispute.created');
      for (const p of s.truth.filter((x) => x.kind === 'refund_abuse'))
        expect(types.get(p.purchase)).toContain('refund.created');
      for (const p of s.truth.filter((x) => x.kind === 'fake_corporate'))
        expect(types.get(p.purchase)).not.toContain('payment.succeeded');
      const honest = createdOrders(s).filter((o) => !o.fraud);
      expect(paidShare(honest, types)).toBeGreaterThan(0.95);
    },
  );

  it('tests cards as guests on one cheap item, mostly declined, in bursts', () => {
    for (const seed of SEEDS) {
      const testing = expectGuestCardTesting(stream(seed), { paidBelow: 0.35, gap: 10 * 60_000 });
      for (const o of testing) {
        expect(orderItems(o.data)).toHaveLength(1);
        expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(2_500);
      }
    }
  });

  it('restaurants and companies order in bulk on weekdays in office hours; bookings and gift cards ship nothing', () => {
    for (const kind of ['restaurant_trade', 'corporate_gifts'])
      for (const o of of(kind)) {
        expect(data(o.data).company?.taxId).toBeDefined();
        const l = local(o.at, o.data.shipping?.country === 'US' ? 'US_E' : 'QC');
        expect([0, 6]).not.toContain(l.getUTCDay());
        expect(l.getUTCHours()).toBeGreaterThanOrEqual(6);
        expect(l.getUTCHours()).toBeLessThan(20);
      }
    for (const o of of('corporate_gifts'))
      expect(Math.max(...orderItems(o.data).map((i) => i.quantity))).toBeGreaterThanOrEqual(12);
    for (const kind of ['sugar_shack_booking', 'gift_card', 'gift_card_cashout', 'farm_pickup'])
      for (const o of of(kind)) expect(o.data.shipping).toBeUndefined();
    expect(meanAmount(of('corporate_gifts'))).toBeGreaterThan(5 * meanAmount(of('quebec_household')));
    expect(meanAmount(of('bulk_resale'))).toBeGreaterThan(3 * meanAmount(of('quebec_household')));
  });

  it('sends US gifts to several addresses from one account; sanctioned Russians ship to forwarders', () => {
    const byBuyer = new Map<string, Set<string>>();
    for (const o of of('us_gift_sender')) {
      const k = o.data.customer?.id ?? '';
      byBuyer.set(k, (byBuyer.get(k) ?? new Set()).add(o.data.shipping?.postalCode ?? ''));
    }
    expect([...byBuyer.values()].some((s) => s.size >= 3)).toBe(true);
    const slavic = of('sanctioned_country').filter((o) => data(o.data).card?.country === 'KZ');
    for (const o of slavic) expect(['US', 'CA']).toContain(o.data.shipping?.country);
    expect(
      all().every((o) => o.fraud || !['RU', 'BY', 'IR', 'CU', 'KZ'].includes(o.data.card?.country ?? '')),
    ).toBe(true);
  });
});
