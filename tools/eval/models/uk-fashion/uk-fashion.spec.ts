import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import { type LabelledStream } from '../../traffic-model.js';
import { FRAUD_SHARES } from './fraud.js';
import { addressIn, ipCountry } from './geo-ip.js';
import { HONEST } from './honest.js';
import { ukFashionModel } from './index.js';
import { NETWORKS } from './networks.js';
import { Rng } from '../kit/random.js';
import { UK_FASHION_RANDOM } from './random.js';
import {
  cachedStreams,
  createdOrders,
  itIsDeterministic,
  standardWebhookProblems,
  type CreatedOrder,
  touchesCountry,
  expectNetworksLocate,
  expectOptionsHonoured,
  SANCTIONED,
} from '../kit/contract.js';
import { itDrawsEveryFraudKind } from '../kit/shares.js';
import { DAY, HOUR } from '../kit/purchase.js';

/** The model's own properties (size, shares, geography, labels, valid bodies); never what the engine makes of it. */

const START = Date.UTC(2026, 10, 26);
const HOME_MARKETS = new Set(['GB', 'IE', 'JE', 'IM']);
/** Honest kinds shopping from home (or a phone or office in their own country). */
const AT_HOME = new Set([
  'returning_customer',
  'new_customer',
  'click_and_collect',
  'island_customer',
  'household_shared',
  'address_correction',
  'size_bracketing',
  'egift_present',
]);
/** Kinds whose billing address may lie outside the store's markets. */
const BILLED_ABROAD = new Set(['sanctioned_country']);

const stream = cachedStreams(ukFashionModel);

const orders = createdOrders;
const created = (labelled: LabelledStream) =>
  labelled.webhooks
    .map((w) => w.body as CanonicalEvent)
    .filter((b) => b.type === 'order.created')
    .map((b) => Date.parse(b.timestamp ?? ''));

describe('uk-fashion traffic model', () => {
  itIsDeterministic(ukFashionModel, stream);

  it('defaults to 2,000 orders over three days from Thursday 26 November and honours the options', () => {
    expect(stream(1).model).toBe('uk-fashion');
    expect(stream(1).truth).toHaveLength(2000);
    const times = created(stream(1));
    expect(Math.min(...times)).toBeGreaterThanOrEqual(START);
    expect(Math.max(...times)).toBeLessThan(START + 3 * DAY);
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(2.8 * DAY);
    const options = { seed: 7, orders: 250, start: Date.UTC(2027, 6, 1), within: 12 * HOUR, larger: 5000 };
    expectOptionsHonoured(ukFashionModel, options);
  });

  itDrawsEveryFraudKind({
    name: 'seed %i: fraud is 4–9 % of orders, every kind present, kinds never shared',
    stream,
    seeds: [1, 2, 3, 4],
    share: [0.04, 0.09],
    fraudKinds: Object.keys(FRAUD_SHARES),
    atLeast: 2,
    honestKinds: Object.keys(HONEST),
    also: ({ truth }) => {
      const fraud = truth.filter((p) => p.fraud);
      const testing = fraud.filter((p) => p.kind === 'card_testing').length / fraud.length;
      expect(testing).toBeGreaterThan(0.15);
      expect(testing).toBeLessThan(0.35);
      for (const p of truth) expect(['GBP', 'EUR']).toContain(p.currency);
    },
  });

  it('every body parses as a canonical event; ids unique; sorted; each tied to its purchase and amount', () => {
    const labelled = stream(2);
    const truth = new Map(labelled.truth.map((p) => [p.purchase, p]));
    const problems = standardWebhookProblems(labelled.webhooks);
    let last = -Infinity;
    for (const w of labelled.webhooks) {
      const { type, data } = w.body as CanonicalEvent;
      if (w.at < last) problems.push(`${w.id} out of order`);
      last = w.at;
      if (data.orderId !== w.purchase || !truth.has(w.purchase)) problems.push(`${w.id} order`);
      if (data.card && !(/^\d{6}$/.test(data.card.bin ?? '') && /^\d{4}$/.test(data.card.last4 ?? '')))
        problems.push(`${w.id} card`);
      if (type === 'order.created' && data.amount !== truth.get(w.purchase)?.amount)
        problems.push(`${w.id} amount`);
      if (type === 'refund.created' && (data.amount ?? 0) > (truth.get(w.purchase)?.amount ?? 0))
        problems.push(`${w.id} refund`);
    }
    expect(problems).toEqual([]);
    expect(new Set(labelled.webhooks.map((w) => w.id)).size).toBe(labelled.webhooks.length);
    expect(orders(labelled)).toHaveLength(labelled.truth.length);
  });

  it('hands out addresses that locate to the intended country, IPv4 and IPv6', () => {
    const rng = new Rng('spec', UK_FASHION_RANDOM);
    expectNetworksLocate(NETWORKS, (network, v6) => addressIn(rng, network, v6), ipCountry);
  });

  it.each([1, 2, 3])(
    'seed %i: every IP locates; shoppers at home locate to their billing country',
    (seed) => {
      let v6 = 0;
      for (const { kind, data } of orders(stream(seed))) {
        const country = ipCountry(data.ip ?? '');
        expect(country).toBeDefined();
        if (data.ip?.includes(':')) v6++;
        if (AT_HOME.has(kind)) expect(`${kind} ${country}`).toBe(`${kind} ${data.billing?.country}`);
        if (!BILLED_ABROAD.has(kind))
          expect(`${kind} ${HOME_MARKETS.has(data.billing?.country ?? '')}`).toBe(`${kind} true`);
        if (kind === 'forces_bfpo') expect(data.shipping?.city).toMatch(/^BFPO \d+$/);
      }
      expect(v6).toBeGreaterThan(100);
    },
  );

  it.each([1, 2])(
    'seed %i: sanctioned countries appear only in sanctioned_country, which always touches one',
    (seed) => {
      for (const { kind, data } of orders(stream(seed))) {
        const crimea = /Simferopol|Sevastopol/.test(`${data.billing?.city} ${data.shipping?.city}`);
        expect(`${kind} ${crimea || touchesCountry(data, SANCTIONED, ipCountry)}`).toBe(
          `${kind} ${kind === 'sanctioned_country'}`,
        );
      }
    },
  );

  it.each([1, 2, 3])(
    'seed %i: honest traffic carries its hard cases; the sale and the drop are spikes',
    (seed) => {
      const labelled = stream(seed);
      const honest = orders(labelled).filter((o) => !o.fraud);
      const share = (test: (o: CreatedOrder) => boolean) => honest.filter(test).length / honest.length;
      expect(
        share((o) => o.data.shipping !== undefined && o.data.shipping.line1 !== o.data.billing?.line1),
      ).toBeGreaterThan(0.1);
      expect(
        share((o) => /privaterelay\.appleid\.com|duck\.com/.test(o.data.customer?.email ?? '')),
      ).toBeGreaterThan(0.01);
      expect(
        share((o) => o.data.card !== undefined && o.data.card.country !== o.data.billing?.country),
      ).toBeGreaterThan(0.02);
      expect(share((o) => ipCountry(o.data.ip ?? '') !== o.data.billing?.country)).toBeGreaterThan(0.04);
      expect(share((o) => o.data.card === undefined)).toBeGreaterThan(0.03);
      expect(share((o) => o.data.customer?.id === undefined)).toBeGreaterThan(0.05);
      expect(share((o) => o.data.currency === 'EUR')).toBeGreaterThan(0.08);
      // Carrier NAT and office proxies: one address, several unrelated honest customers.
      const byIp = new Map<string | undefined, Set<string | undefined>>();
      for (const { data } of honest)
        byIp.set(data.ip, (byIp.get(data.ip) ?? new Set()).add(data.customer?.email));
      expect([...byIp.values()].filter((emails) => emails.size >= 3).length).toBeGreaterThan(20);
      // A third of honest orders send something back (refunds weeks later); fraud gets chargebacks and warnings.
      const truth = new Map(labelled.truth.map((p) => [p.purchase, p]));
      const later = (type: string, fraud: boolean) =>
        new Set(
          labelled.webhooks
            .filter((w) => (w.body as CanonicalEvent).type === type && truth.get(w.purchase)?.fraud === fraud)
            .map((w) => w.purchase),
        ).size;
      expect(later('refund.created', false) / honest.length).toBeGreaterThan(0.18);
      expect(later('refund.created', false) / honest.length).toBeLessThan(0.4);
      expect(later('dispute.created', true)).toBeGreaterThan(15);
      expect(later('fraud_warning.created', true)).toBeGreaterThan(5);
      const inHour = (from: number) => created(labelled).filter((t) => t >= from && t < from + HOUR).length;
      expect(inHour(START + 22 * HOUR)).toBeGreaterThan(100);
      expect(inHour(START + 56 * HOUR)).toBeGreaterThan(40);
      // Nights are quiet for honest shoppers (card testers prefer them).
      const honestAt = labelled.webhooks
        .filter((w) => (w.body as CanonicalEvent).type === 'order.created' && !truth.get(w.purchase)?.fraud)
        .map((w) => Date.parse((w.body as CanonicalEvent).timestamp ?? ''));
      expect(honestAt.filter((t) => t >= START + 4 * HOUR && t < START + 5 * HOUR).length).toBeLessThan(10);
    },
  );
});
