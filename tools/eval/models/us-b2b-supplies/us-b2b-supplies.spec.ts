import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import {
  cachedStreams,
  createdOrders,
  expectOptionsHonoured,
  expectSortedAndLabelled,
  itIsDeterministic,
  itParsesEveryBody,
  itDrawsIpsThatLocate,
  expectOrdersPlacedWithin,
  webhookTypesByPurchase,
  expectEachPurchaseOpensWithItsOrder,
} from '../kit/contract.js';
import { offset } from './calendar.js';
import { localPrice } from './catalog.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { usB2bSuppliesModel } from './index.js';
import { address, ALL_NETWORKS, ipCountry, NETWORKS } from './networks.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import {
  expectGuestCardTesting,
  expectMoneyAfterPaymentAndDisputesMostlyFraud,
  meanAmount,
  takeoversOfKnownAccounts,
} from '../kit/lifecycle.js';
import { DAY, HOUR } from '../kit/purchase.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const START = Date.UTC(2026, 8, 15, 4);
const stream = cachedStreams(usB2bSuppliesModel);

type Data = CanonicalEvent['data'] & { paymentMethod?: string; poNumber?: string; accountId?: string };
type Item = { sku: string; quantity: number; price: number };

const data = (d: CanonicalEvent['data']) => d as Data;
const items = (d: CanonicalEvent['data']) => d.items as Item[];
const all = () => [1, 2, 3].flatMap((seed) => createdOrders(stream(seed)));
const of = (kind: string) => all().filter((o) => o.kind === kind);

describe('us-b2b-supplies traffic model', () => {
  itIsDeterministic(usB2bSuppliesModel, stream);

  it('defaults to 2,000 orders over three working days from Tuesday midnight in New York and honours the options', () => {
    expect(usB2bSuppliesModel.name).toBe('us-b2b-supplies');
    expect(stream(1).model).toBe('us-b2b-supplies');
    expect(stream(1).truth).toHaveLength(2000);
    expect(new Date(START + offset('ET', START) * HOUR).getUTCHours()).toBe(0);
    expect(new Date(START).getUTCDay()).toBe(2);
    expectOrdersPlacedWithin(stream(1), { from: START, to: START + 3 * DAY, minSpan: 2.7 * DAY });
    expectOptionsHonoured(usB2bSuppliesModel, {
      seed: 9,
      orders: 300,
      start: Date.UTC(2027, 1, 2, 5),
      within: 11 * HOUR,
      larger: 5000,
    });
  });

  it('sorts and labels every webhook, and opens every purchase with its order in USD or CAD', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    const created = expectEachPurchaseOpensWithItsOrder(s);
    for (const o of created) {
      const t = truth.get(o.purchase);
      expect([o.data.amount, o.data.currency]).toEqual([t?.amount, t?.currency]);
      expect(['USD', 'CAD']).toContain(o.data.currency);
      const lines = items(o.data).reduce((sum, i) => sum + i.price * i.quantity, 0);
      expect(o.data.amount ?? 0).toBeGreaterThanOrEqual(lines);
      expect(o.data.amount ?? 0).toBeLessThan(lines * 1.16 + 1500);
      expect(o.purchase.startsWith(`IB-${o.data.currency === 'CAD' ? 'CA' : 'US'}-`)).toBe(true);
    }
  });

  it('prices the Canadian storefront in CAD at …99 and keeps ordinary orders in the hundreds of dollars', () => {
    expect(localPrice(5499, 'US')).toBe(5499);
    expect(localPrice(5499, 'CA')).toBe(7599);
    for (const o of all().filter((x) => x.data.currency === 'CAD'))
      for (const i of items(o.data)) expect(i.price % 100).toBe(99);
    const mean = (kind: string) => meanAmount(of(kind));
    expect(mean('home_office_consumer')).toBeLessThan(mean('office_reorder'));
    expect(mean('office_reorder')).toBeGreaterThan(30_000);
    expect(mean('office_reorder')).toBeLessThan(150_000);
    expect(mean('warehouse_bulk')).toBeGreaterThan(mean('office_reorder'));
    expect(mean('card_testing')).toBeLessThan(5_000);
    expect(mean('business_impersonation')).toBeGreaterThan(2 * mean('office_reorder'));
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.1], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(usB2bSuppliesModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 13, orders: 300, timestampHeader: false },
  ]);

  itDrawsIpsThatLocate({
    name: 'draws IPs that geoip-country places in the intended country, for every network',
    networks: ALL_NETWORKS,
    address,
    locate: ipCountry,
    stream,
    seed: 2,
    also: () => {
      const home = all().filter((o) => ['US', 'CA'].includes(ipCountry(o.data.ip ?? '') ?? '')).length;
      expect(home / all().length).toBeGreaterThan(0.9);
      expect(NETWORKS.every((n) => ['US', 'CA'].includes(n.country))).toBe(true);
    },
  });

  it('charges cards with checks and sends nothing for orders on net terms', () => {
    const s = stream(1);
    const types = webhookTypesByPurchase(s);
    for (const o of createdOrders(s)) {
      const method = data(o.data).paymentMethod;
      expect(['card', 'invoice']).toContain(method);
      expect(`${method}:${o.data.card !== undefined}`).toBe(`${method}:${method === 'card'}`);
      if (method === 'invoice') {
        expect(data(o.data).poNumber).toBeDefined();
        expect(types.get(o.purchase)?.some((t) => t.startsWith('payment.'))).toBe(false);
      }
    }
    for (const w of s.webhooks) {
      const b = w.body as CanonicalEvent;
      if (b.type.startsWith('payment.')) expect(b.data.checks?.cvc).toBeDefined();
    }
    const invoices = createdOrders(s).filter((o) => data(o.data).paymentMethod === 'invoice').length;
    expect(invoices / s.truth.length).toBeGreaterThan(0.08);
    expect(invoices / s.truth.length).toBeLessThan(0.3);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndDisputesMostlyFraud(s);
    const friendly = s.truth.filter((p) => p.kind === 'friendly_fraud');
    expect(friendly.every((p) => types.get(p.purchase)?.includes('dispute.created'))).toBe(true);
    const abuse = s.truth.filter((p) => p.kind === 'refund_abuse');
    expect(abuse.every((p) => types.get(p.purchase)?.includes('refund.created'))).toBe(true);
  });

  it('ships stolen goods to forwarders and mules, and keeps honest accounts on their own networks', () => {
    for (const seed of [1, 2, 3]) {
      const s = stream(seed);
      const shipTo = new Map<string, string>();
      for (const w of s.webhooks) {
        const b = w.body as CanonicalEvent;
        if (b.type === 'order.created' || b.type === 'order.updated')
          shipTo.set(w.purchase, b.data.shipping?.line1 ?? '');
      }
      for (const p of s.truth.filter((x) => x.kind === 'stolen_card_forwarder'))
        expect(shipTo.get(p.purchase)).toMatch(/Ste \d+ #/);
    }
    const mules = of('reshipping_mule').map(
      (o) => `${o.data.shipping?.postalCode} ${o.data.shipping?.line1}`,
    );
    expect(new Set(mules).size).toBeLessThan(mules.length);
    for (const o of of('offshore_assistant')) expect(['PH', 'IN']).toContain(ipCountry(o.data.ip ?? ''));
    for (const o of of('contractor_jobsite')) expect(o.data.customer?.id).toBeDefined();
    const jobsites = of('contractor_jobsite').filter((o) =>
      /job site/.test(o.data.shipping?.line1 ?? ''),
    ).length;
    expect(jobsites / of('contractor_jobsite').length).toBeGreaterThan(0.5);
    const abroad = of('travelling_buyer').filter(
      (o) => !['US', 'CA'].includes(ipCountry(o.data.ip ?? '') ?? ''),
    );
    expect(abroad.length).toBeGreaterThan(of('travelling_buyer').length / 3);
    for (const o of of('cross_border_order'))
      expect(o.data.shipping?.country).not.toBe(o.data.billing?.country);
  });

  it('takes over real accounts, impersonates institutions with new look-alike accounts and a PO', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream), (o) => data(o.data).accountId);
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('business_impersonation')) {
      expect(data(o.data).poNumber).toBeDefined();
      const age = o.at - Date.parse(o.data.customer?.createdAt ?? '');
      expect(age).toBeLessThan(4 * DAY + HOUR);
      expect(o.data.shipping?.line1).not.toBe(o.data.billing?.line1);
    }
    for (const o of of('employee_card_misuse')) expect(data(o.data).accountId).toBeDefined();
  });

  it('tests cards on the cheapest items, as guests, mostly unsuccessfully, in bursts', () => {
    const testing = expectGuestCardTesting(stream(3), { paidBelow: 0.4, gap: 10 * 60_000 });
    for (const o of testing) expect(items(o.data)).toHaveLength(1);
  });

  it('orders in office hours on weekdays, trades start early, households shop in the evening', () => {
    const hourOf = (o: { at: number }) => new Date(o.at + offset('ET', o.at) * HOUR).getUTCHours();
    const east = (kind: string) =>
      of(kind).filter((o) =>
        ['New York', 'Boston', 'Atlanta', 'Toronto'].includes(o.data.billing?.city ?? ''),
      );
    const office = east('office_reorder');
    expect(office.filter((o) => hourOf(o) >= 8 && hourOf(o) < 18).length).toBeGreaterThan(
      0.75 * office.length,
    );
    const households = east('home_office_consumer');
    const evening = households.filter((o) => hourOf(o) >= 18).length / households.length;
    const officeEvening = office.filter((o) => hourOf(o) >= 18).length / office.length;
    expect(evening).toBeGreaterThan(2 * officeEvening);
    const weekend = usB2bSuppliesModel.generate(4, { start: Date.UTC(2026, 8, 19, 4) });
    const office2 = createdOrders(weekend).filter((o) => o.kind === 'office_reorder');
    const saturday = office2.filter((o) => o.at < Date.UTC(2026, 8, 20, 4)).length;
    const monday = office2.filter((o) => o.at >= Date.UTC(2026, 8, 21, 4)).length;
    expect(monday).toBeGreaterThan(3 * saturday);
  });
});
