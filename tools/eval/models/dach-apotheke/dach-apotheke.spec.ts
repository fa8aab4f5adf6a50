import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import { allocate, FRAUD } from './fraud.js';
import { ABROAD, HOSTING, ipCountry, ipIn, MARKETS, SANCTIONED } from './geo.js';
import { HONEST } from './honest.js';
import { dachApothekeModel } from './index.js';
import { Rng } from '../kit/random.js';
import { DACH_APOTHEKE_RANDOM } from './random.js';
import {
  cachedStreams,
  createdOrders,
  itIsDeterministic,
  itParsesEveryBody,
  expectSortedAndLabelled,
  expectOptionsHonoured,
  expectOrdersPlacedWithin,
  webhookTypesByPurchase,
  expectEachPurchaseOpensWithItsOrder,
} from '../kit/contract.js';
import { itDrawsFraudInShares } from '../kit/shares.js';
import { DAY, HOUR } from '../kit/purchase.js';

/** The model's own properties (size, shares, geography, labels, valid bodies); never what the engine makes of it. */

const START = Date.UTC(2026, 11, 1);
const BANNED = new Set(Object.keys(SANCTIONED));
/** Honest kinds shopping from home: the network is in the billing country. */
const AT_HOME = [
  'returning_customer',
  'new_customer',
  'guest_checkout',
  'click_and_collect',
  'declined_then_retried',
  'stock_up',
  'carer_for_relative',
  'family_account',
];

const stream = cachedStreams(dachApothekeModel);

const orders = createdOrders;

describe('dach-apotheke traffic model', () => {
  itIsDeterministic(dachApothekeModel, stream);

  it('defaults to 2,000 orders over three days from 1 December and honours the options', () => {
    expect(stream(1).model).toBe('dach-apotheke');
    expect(stream(1).truth).toHaveLength(2000);
    expectOrdersPlacedWithin(stream(1), { from: START, to: START + 3 * DAY, minSpan: 2.7 * DAY });
    const options = { seed: 9, orders: 300, start: Date.UTC(2027, 4, 3), within: 12 * HOUR, larger: 4000 };
    expectOptionsHonoured(dachApothekeModel, options);
  });

  it('sorts webhooks by time, labels every one, and opens every purchase with its order', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    const created = expectEachPurchaseOpensWithItsOrder(s);
    for (const o of created) {
      const t = truth.get(o.purchase);
      expect([o.data.amount, o.data.currency]).toEqual([t?.amount, t?.currency]);
      expect(['EUR', 'CHF', 'PLN', 'CZK']).toContain(o.data.currency);
      expect(t?.amount).toBeGreaterThan(0);
    }
  });

  itDrawsFraudInShares({
    name: 'seed %i: fraud is 4–9 % of orders, in its shares, every kind present, kinds never shared',
    stream,
    seeds: [1, 2, 3, 4],
    share: [0.04, 0.09],
    fraudKinds: Object.keys(FRAUD),
    expected: allocate,
    honestKinds: Object.keys(HONEST),
    neverShared: true,
  });

  itParsesEveryBody(dachApothekeModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 13, orders: 300, timestampHeader: true },
  ]);

  it('draws IPs that geoip-country places in the intended country', () => {
    const rng = new Rng('spec', DACH_APOTHEKE_RANDOM);
    const tables = [
      ...Object.entries(MARKETS).map(([c, m]) => [c, m.blocks] as const),
      ...Object.entries(ABROAD),
      ...Object.entries(SANCTIONED),
      ...HOSTING.map(([b, c]) => [c, [b]] as const),
    ];
    for (const [code, blocks] of tables)
      for (const block of blocks)
        for (let i = 0; i < 5; i++) expect(ipCountry(ipIn(rng, code, block))).toBe(code);
    for (const o of orders(stream(2))) {
      if (o.kind === 'subscriber_autopay') expect(o.data.ip).toBeUndefined();
      else expect(ipCountry(o.data.ip ?? '')).toBeDefined();
    }
  });

  it('keeps sanctioned countries to sanctioned-country orders and at-home shoppers at home', () => {
    for (const seed of [1, 2, 3]) {
      for (const o of orders(stream(seed))) {
        const places = [
          o.data.billing?.country ?? '',
          o.data.shipping?.country ?? '',
          ipCountry(o.data.ip ?? '') ?? '',
        ];
        expect(`${o.kind}:${places.some((c) => BANNED.has(c))}`).toBe(
          `${o.kind}:${o.kind === 'sanctioned_country'}`,
        );
        if (AT_HOME.includes(o.kind)) expect(places[2]).toBe(places[0]);
      }
    }
  });

  it('tests cards cheaply and mostly unsuccessfully; crews share one flat; reshippers ship abroad', () => {
    const s = stream(3);
    const types = webhookTypesByPurchase(s);
    const all = orders(s);
    const testing = all.filter((o) => o.kind === 'card_testing');
    const failed = testing.filter((o) => !types.get(o.purchase)?.includes('payment.succeeded'));
    expect(failed.length / testing.length).toBeGreaterThan(0.7);
    for (const o of testing)
      expect(
        (o.data.amount ?? 0) / (o.data.currency === 'CZK' ? 25 : o.data.currency === 'PLN' ? 4.3 : 1),
      ).toBeLessThan(700);
    const flats = new Set(
      all.filter((o) => o.kind === 'promo_abuse').map((o) => `${o.data.shipping?.postalCode}`),
    );
    expect(flats.size).toBeLessThan(all.filter((o) => o.kind === 'promo_abuse').length / 2);
    for (const o of all.filter((x) => x.kind === 'reshipper'))
      expect(['PL', 'LT']).toContain(o.data.shipping?.country);
  });

  it('brings refunds, warnings and disputes later, disputes mostly for fraud', () => {
    const s = stream(1);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    const types = webhookTypesByPurchase(s);
    const disputed = new Set(
      s.webhooks.filter((w) => (w.body as CanonicalEvent).type === 'dispute.created').map((w) => w.purchase),
    );
    const honest = s.truth.filter((p) => !p.fraud);
    expect(honest.filter((p) => disputed.has(p.purchase)).length / honest.length).toBeLessThan(0.01);
    expect(s.truth.filter((p) => p.kind === 'friendly_fraud').every((p) => disputed.has(p.purchase))).toBe(
      true,
    );
    expect([...disputed].filter((p) => truth.get(p)?.fraud).length).toBeGreaterThan(disputed.size / 2);
    for (const [purchase, list] of types)
      if (list.includes('dispute.created') || list.includes('refund.created'))
        expect(`${purchase}:${list.includes('payment.succeeded')}`).toBe(`${purchase}:true`);
  });
});
