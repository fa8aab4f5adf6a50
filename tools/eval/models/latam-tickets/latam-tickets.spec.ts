import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import { FRAUD_SHARES } from './fraud.js';
import { HOSTING, ipCountry, ipIn, SANCTIONED } from './geo.js';
import { HONEST } from './honest.js';
import { latamTicketsModel } from './index.js';
import { COUNTRIES } from './places.js';
import { Rng } from '../kit/random.js';
import {
  cachedStreams,
  createdOrders,
  itIsDeterministic,
  itParsesEveryBody,
  typesOf,
  expectSortedAndLabelled,
  expectOptionsHonoured,
  expectOrdersPlacedWithin,
  expectEachPurchaseOpensWithItsOrder,
} from '../kit/contract.js';
import { DAY, HOUR } from '../kit/purchase.js';

/** The model's own properties (size, shares, geography, labels, valid bodies); never what the engine makes of it. */

const START = Date.UTC(2026, 8, 10);
const ON_SALE = START + 32 * HOUR;
const BANNED = new Set<string>(SANCTIONED);
/** Honest kinds at home: the network and the billing address are in the same country. */
const AT_HOME = [
  'returning_fan',
  'new_customer',
  'guest_checkout',
  'shared_household',
  'declined_then_retried',
];

const stream = cachedStreams(latamTicketsModel);

const orders = createdOrders;

describe('latam-tickets traffic model', () => {
  itIsDeterministic(latamTicketsModel, stream);

  it('defaults to 2,000 orders over three days from Thursday 10 September and honours the options', () => {
    expect(stream(1).model).toBe('latam-tickets');
    expect(stream(1).truth).toHaveLength(2000);
    expectOrdersPlacedWithin(stream(1), { from: START, to: START + 3 * DAY, minSpan: 2.8 * DAY });
    const options = { seed: 7, orders: 250, start: Date.UTC(2027, 2, 5), within: 10 * HOUR, larger: 5000 };
    expectOptionsHonoured(latamTicketsModel, options);
  });

  it('sorts webhooks by time, labels every one, and opens every purchase with its order', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    const created = expectEachPurchaseOpensWithItsOrder(s);
    for (const o of created) {
      const t = truth.get(o.purchase);
      expect([o.data.amount, o.data.currency]).toEqual([t?.amount, t?.currency]);
      expect(['EUR', 'MXN', 'BRL']).toContain(o.data.currency);
    }
  });

  it.each([1, 2, 3, 4])(
    'seed %i: fraud is 4–9 % of orders, in its shares, every kind present, kinds never shared',
    (seed) => {
      const s = stream(seed);
      const fraud = s.truth.filter((p) => p.fraud);
      expect(fraud.length / s.truth.length).toBeGreaterThanOrEqual(0.04);
      expect(fraud.length / s.truth.length).toBeLessThanOrEqual(0.09);
      const total = Object.values(FRAUD_SHARES).reduce((a, b) => a + b, 0);
      for (const [kind, share] of Object.entries(FRAUD_SHARES)) {
        const n = fraud.filter((p) => p.kind === kind).length;
        expect(Math.abs(n - (fraud.length * share) / total)).toBeLessThanOrEqual(1);
        expect(n).toBeGreaterThan(0);
      }
      const honestKinds = new Set(s.truth.filter((p) => !p.fraud).map((p) => p.kind));
      expect([...honestKinds].sort()).toEqual(Object.keys(HONEST).sort());
      for (const kind of Object.keys(FRAUD_SHARES)) expect(honestKinds.has(kind)).toBe(false);
    },
  );

  itParsesEveryBody(latamTicketsModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 11, orders: 300, timestampHeader: true },
  ]);

  it('draws IPs that geoip-country places in the intended country', () => {
    const rng = new Rng('spec');
    for (const [code, c] of Object.entries(COUNTRIES))
      for (const block of c.blocks)
        for (let i = 0; i < 5; i++) expect(ipCountry(ipIn(rng, code, block))).toBe(code);
    for (const [block, code] of HOSTING) expect(ipCountry(ipIn(rng, code, block))).toBe(code);
    for (const o of orders(stream(2))) expect(ipCountry(o.data.ip ?? '')).toBeDefined();
  });

  it('keeps sanctioned countries to sanctioned-country orders and at-home shoppers at home', () => {
    for (const seed of [1, 2, 3]) {
      for (const o of orders(stream(seed))) {
        const places = [o.data.billing?.country ?? '', ipCountry(o.data.ip ?? '') ?? ''];
        const banned = places.some((c) => BANNED.has(c));
        expect(`${o.kind}:${banned}`).toBe(`${o.kind}:${o.kind === 'sanctioned_country'}`);
        if (AT_HOME.includes(o.kind)) expect(places[1]).toBe(places[0]);
      }
    }
  });

  it('tests cards cheaply and mostly unsuccessfully, and runs the scalper bots at the general sale', () => {
    const s = stream(3);
    const all = orders(s);
    const testing = all.filter((o) => o.kind === 'card_testing');
    const failed = testing.filter((o) => !typesOf(s, o.purchase).includes('payment.succeeded'));
    expect(failed.length / testing.length).toBeGreaterThan(0.6);
    for (const o of testing) expect(o.data.amount).toBeLessThan(o.data.currency === 'EUR' ? 4_000 : 150_000);
    for (const o of all.filter((x) => x.kind === 'resale_bot')) {
      expect(o.at).toBeGreaterThanOrEqual(ON_SALE - 60_000);
      expect(o.at).toBeLessThan(ON_SALE + 2 * HOUR + 60_000);
      expect(o.data.items?.[0]?.quantity).toBeGreaterThanOrEqual(4);
    }
  });

  it('brings disputes and warnings later, mostly for fraud', () => {
    const s = stream(1);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    const disputed = new Set(
      s.webhooks.filter((w) => (w.body as CanonicalEvent).type === 'dispute.created').map((w) => w.purchase),
    );
    const honest = s.truth.filter((p) => !p.fraud);
    expect(honest.filter((p) => disputed.has(p.purchase)).length / honest.length).toBeLessThan(0.012);
    const friendly = s.truth.filter((p) => p.kind === 'friendly_fraud');
    expect(friendly.every((p) => disputed.has(p.purchase))).toBe(true);
    expect([...disputed].filter((p) => truth.get(p)?.fraud).length).toBeGreaterThan(disputed.size / 2);
    for (const w of s.webhooks) {
      const type = (w.body as CanonicalEvent).type;
      if (type === 'dispute.created' || type === 'refund.created') {
        expect(typesOf(s, w.purchase).some((t) => t === 'payment.succeeded')).toBe(true);
      }
    }
  });
});
