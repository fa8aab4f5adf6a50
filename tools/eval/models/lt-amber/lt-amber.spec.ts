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
} from '../kit/contract.js';
import {
  expectGuestCardTesting,
  expectMoneyAfterPaymentAndDisputesMostlyFraud,
  meanAmount,
  paidShare,
  takeoversOfKnownAccounts,
} from '../kit/lifecycle.js';
import { HOUR } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { ltAmberModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { DAYS, market, SHIP_TO, START } from './world.js';

/** The model's own properties (size, shares, money, geography, payments, calendar, labels); never the engine's. */

const stream = cachedStreams(ltAmberModel);
const { all, of } = ordersOfSeeds(stream, [1, 2]);
type Data = CanonicalEvent['data'] & {
  discount?: number;
  shippingFee?: number;
  delivery?: string;
  company?: unknown;
};
const data = (d: CanonicalEvent['data']) => d as Data;

describe('lt-amber traffic model', () => {
  itIsDeterministic(ltAmberModel, stream);

  itDefaultsAndHonoursOptions(ltAmberModel, stream, {
    name: 'defaults to 2,000 orders from 15 June to 31 August 2026 and honours the options',
    model: 'lt-amber',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 5, 15), within: 12 * 24 * HOUR, larger: 2400 },
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

  it('labels every webhook; orders are in their market currency and add up', () => {
    for (const seed of [1, 2]) {
      const s = stream(seed);
      expectSortedAndLabelled(s);
      const truth = new Map(s.truth.map((p) => [p.purchase, p]));
      for (const o of createdOrders(s)) {
        const d = data(o.data);
        const items = orderItems(o.data).reduce((x, i) => x + i.price * i.quantity, 0);
        expect(d.amount).toBe(items - (d.discount ?? 0) + (d.shippingFee ?? 0));
        expect(truth.get(o.purchase)?.amount).toBe(d.amount);
        expect(['EUR', 'GBP', 'USD']).toContain(d.currency);
        if (!o.fraud && o.kind !== 'holidaymaker_in_palanga' && o.kind !== 'reseller_invoice')
          expect(d.currency).toBe(market(d.billing?.country ?? '').currency);
      }
    }
  });

  itParsesEveryBody(ltAmberModel, stream, [
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
      for (const o of of('holidaymaker_in_palanga')) expect(ipCountry(o.data.ip ?? '')).toBe('LT');
      const home = of('home_customer');
      expect(home.filter((o) => ipCountry(o.data.ip ?? '') === o.data.billing?.country).length).toBe(
        home.length,
      );
      for (const o of of('diaspora_gift_home')) expect(o.data.shipping?.country).toBe('LT');
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });
  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 2, countries: SANCTIONED, locate: ipCountry });

  it('ships honest orders only to its markets; Palanga pickups have no delivery address', () => {
    for (const o of all()) {
      if (!o.fraud && o.data.shipping) expect(SHIP_TO.has(o.data.shipping.country ?? '')).toBe(true);
      if (data(o.data).delivery === 'palanga_pickup') expect(o.data.shipping).toBeUndefined();
    }
  });

  it('posts the checkout’s own payment words; card checks only with cards and wallets', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const m = b.data.paymentMethod ?? '';
      methods.add(m);
      const card = ['mokejimo_kortele', 'apple_pay', 'google_pay'].includes(m);
      expect(`${m}:${b.data.card !== undefined}`).toBe(`${m}:${card}`);
      if (b.data.card) expect(b.data.card.bin).toMatch(/^\d{6,8}$/);
      if (b.data.card) expect(b.data.card.last4).toMatch(/^\d{4}$/);
    }
    for (const m of [
      'paysera',
      'mokejimo_kortele',
      'apple_pay',
      'paypal',
      'revolut_pay',
      'grynieji_atsiemant',
      'saskaita_faktura',
    ])
      expect(methods).toContain(m);
  });

  it('brings money events only after a payment, disputes mostly fraud; honest orders mostly paid', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndDisputesMostlyFraud(s);
    for (const p of s.truth.filter((x) => x.kind === 'refund_abuse'))
      expect(types.get(p.purchase)).toContain('refund.created');
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    for (const p of s.truth.filter((x) => x.kind === 'fake_reseller_invoice'))
      expect(types.get(p.purchase)).not.toContain('payment.succeeded');
    expect(
      paidShare(
        createdOrders(s).filter((o) => !o.fraud),
        types,
      ),
    ).toBeGreaterThan(0.95);
  });

  it('tests cards as guests on cheap souvenirs in bursts; takeovers hit known accounts; collectors spend most', () => {
    const testing = expectGuestCardTesting(stream(1), { paidBelow: 0.4, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) expect(o.data.amount).toBeLessThan(2_500);
    const known = takeoversOfKnownAccounts([1, 2].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(0);
    expect(meanAmount(of('collector_piece'))).toBeGreaterThan(8 * meanAmount(of('home_customer')));
    for (const o of of('reseller_invoice')) expect(data(o.data).company).toBeDefined();
  });

  it('places orders through the season, busier in July than in the last week of August', () => {
    const july = all().filter((o) => new Date(o.at).getUTCMonth() === 6).length;
    const lateAug = all().filter((o) => o.at >= Date.UTC(2026, 7, 24)).length;
    expect(july / 31).toBeGreaterThan(lateAug / 8);
  });
});
