import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import { allocate, FRAUD } from './fraud-kit.js';
import { BOUTIQUES, FORWARDERS } from './geo.js';
import { HONEST } from './honest.js';
import { naLuxuryModel } from './index.js';
import { ABROAD, CARRIERS, CREW_ORIGINS, HOSTING, ipCountry, ipIn } from './networks.js';
import { Rng } from './random.js';
import {
  cachedStreams,
  createdOrders,
  expectOptionsHonoured,
  expectSortedAndLabelled,
  itParsesEveryBody,
  expectOrdersPlacedWithin,
  webhookTypesByPurchase,
  expectEachPurchaseOpensWithItsOrder,
} from '../kit/contract.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { meanAmount } from '../kit/lifecycle.js';
import { DAY, HOUR } from '../kit/purchase.js';

/** The model's own properties (size, shares, geography, labels, valid bodies); never what the engine makes of it. */

const START = Date.UTC(2026, 11, 10, 5);
const DROP = Date.UTC(2026, 11, 12, 15);
/** Good-order kinds shopping from home: the network is in the billing country. */
const AT_HOME = [
  'returning_customer',
  'new_customer',
  'vip_client',
  'gift_order',
  'guest_checkout',
  'bopis_pickup',
  'declined_then_retried',
  'corporate_gifting',
  'sneaker_drop_entrant',
  'cross_border_forwarder',
];

const stream = cachedStreams(naLuxuryModel);
const orders = createdOrders;
const same = (a: { line1?: string } | undefined, list: ReadonlyArray<{ line1: string }>) =>
  list.some((f) => (a?.line1 ?? '').startsWith(f.line1));

describe('na-luxury traffic model', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(JSON.stringify(naLuxuryModel.generate(1))).toBe(JSON.stringify(stream(1)));
    expect(JSON.stringify(stream(2).truth)).not.toBe(JSON.stringify(stream(1).truth));
    expect(new Rng('a').next()).not.toBe(new Rng('b').next());
  });

  it('defaults to 2,000 orders over three days from 10 December and honours the options', () => {
    expect(stream(1).model).toBe('na-luxury');
    expect(naLuxuryModel.name).toBe('na-luxury');
    expect(stream(1).truth).toHaveLength(2000);
    expectOrdersPlacedWithin(stream(1), { from: START, to: START + 3 * DAY, minSpan: 2.7 * DAY });
    expectOptionsHonoured(naLuxuryModel, {
      seed: 9,
      orders: 300,
      start: Date.UTC(2027, 2, 1),
      within: 11 * HOUR,
      larger: 5000,
    });
  });

  it('sorts webhooks by time, labels every one, and opens every purchase with its order', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    const created = expectEachPurchaseOpensWithItsOrder(s);
    for (const o of created) {
      const t = truth.get(o.purchase);
      expect([o.data.amount, o.data.currency]).toEqual([t?.amount, t?.currency]);
      expect(['USD', 'CAD']).toContain(o.data.currency);
      expect(t?.amount).toBeGreaterThan(0);
    }
  });

  itDrawsKindsInShares({ stream, share: [0.04, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(naLuxuryModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 13, orders: 300, timestampHeader: true },
  ]);

  it('draws IPs that geoip-country places in the intended country', () => {
    const rng = new Rng('spec');
    const tables = [CARRIERS, ABROAD, HOSTING, CREW_ORIGINS].flatMap((t) => Object.entries(t));
    for (const [code, blocks] of tables)
      for (const block of blocks)
        for (let i = 0; i < 8; i++)
          expect(`${block}:${ipCountry(ipIn(rng, block))}`).toBe(`${block}:${code}`);
    for (const o of orders(stream(2))) expect(ipCountry(o.data.ip ?? '')).toBeDefined();
  });

  it('keeps at-home shoppers at home, travellers abroad and expats on forwarders', () => {
    for (const seed of [1, 2, 3]) {
      for (const o of orders(stream(seed))) {
        const net = ipCountry(o.data.ip ?? '');
        if (AT_HOME.includes(o.kind)) expect(`${o.kind}:${net}`).toBe(`${o.kind}:${o.data.billing?.country}`);
        if (o.kind === 'traveller') expect(['US', 'CA']).not.toContain(net);
        if (o.kind === 'traveller') expect(['US', 'CA']).toContain(o.data.billing?.country);
        if (o.kind === 'expat_forwarder') {
          expect(['US', 'CA']).not.toContain(o.data.billing?.country);
          expect(same(o.data.shipping, FORWARDERS.export)).toBe(true);
        }
        if (o.kind === 'bopis_pickup' || o.kind === 'bopis_mule')
          expect([BOUTIQUES.US.line1, BOUTIQUES.CA.line1]).toContain(o.data.shipping?.line1);
        if (o.kind === 'reshipper') expect(same(o.data.shipping, FORWARDERS.export)).toBe(true);
      }
    }
  });

  it('tests cards cheaply and mostly unsuccessfully; bots hit the drop; abusers share a flat', () => {
    const s = stream(3);
    const types = webhookTypesByPurchase(s);
    const all = orders(s);
    const testing = all.filter((o) => o.kind === 'card_testing');
    const failed = testing.filter((o) => !types.get(o.purchase)?.includes('payment.succeeded'));
    expect(failed.length / testing.length).toBeGreaterThan(0.7);
    for (const o of testing) expect(o.data.amount ?? 0).toBeLessThanOrEqual(9000);
    for (const o of all.filter((x) => x.kind === 'sneaker_bot')) {
      expect(o.at).toBeGreaterThanOrEqual(DROP);
      expect(o.at).toBeLessThan(DROP + 10 * 60_000);
    }
    const abuse = all.filter((o) => o.kind === 'promo_abuse');
    expect(new Set(abuse.map((o) => o.data.shipping?.postalCode)).size).toBeLessThan(abuse.length / 2);
    const mean = (k: string) => meanAmount(all.filter((o) => o.kind === k));
    expect(mean('account_takeover')).toBeGreaterThan(mean('returning_customer'));
  });

  it('brings refunds, warnings and disputes later, disputes mostly for fraud', () => {
    const s = stream(1);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    const types = webhookTypesByPurchase(s);
    const disputed = new Set(
      s.webhooks.filter((w) => (w.body as CanonicalEvent).type === 'dispute.created').map((w) => w.purchase),
    );
    const good = s.truth.filter((p) => !p.fraud);
    expect(good.filter((p) => disputed.has(p.purchase)).length / good.length).toBeLessThan(0.01);
    expect(s.truth.filter((p) => p.kind === 'friendly_fraud').every((p) => disputed.has(p.purchase))).toBe(
      true,
    );
    expect([...disputed].filter((p) => truth.get(p)?.fraud).length).toBeGreaterThan(disputed.size / 2);
    const labelled = (list: string[]) =>
      ['dispute.created', 'refund.created', 'fraud_warning.created'].some((t) => list.includes(t));
    for (const [purchase, list] of types)
      if (labelled(list))
        expect(`${purchase}:${list.includes('payment.succeeded')}`).toBe(`${purchase}:true`);
    const reasons = new Set(
      s.webhooks
        .map((w) => w.body as CanonicalEvent & { data: { reason?: string } })
        .filter((b) => b.type === 'dispute.created')
        .map((b) => b.data.reason),
    );
    for (const reason of ['fraudulent', 'product_not_received']) expect(reasons.has(reason)).toBe(true);
  });
});
