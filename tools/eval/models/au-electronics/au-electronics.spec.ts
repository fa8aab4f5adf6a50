import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import { FRAUD_SHARES } from './fraud.js';
import { addressIn, ipCountry } from './geo-ip.js';
import { HONEST } from './honest.js';
import { auElectronicsModel } from './index.js';
import { NETWORKS } from './networks.js';
import { Rng } from '../kit/random.js';
import { AU_ELECTRONICS_RANDOM } from './random.js';
import {
  cachedStreams,
  createdOrders,
  itIsDeterministic,
  standardWebhookProblems,
  type CreatedOrder,
  itKeepsSanctionedCountriesToTheirKind,
  expectNetworksLocate,
} from '../kit/contract.js';
import { itDrawsEveryFraudKind } from '../kit/shares.js';
import { DAY } from '../kit/purchase.js';

/** The model's own properties (shape, shares, geography, labels); never what the engine makes of it. */

const SANCTIONED = new Set(['CU', 'IR', 'KP', 'SY']);
const MARKETS = new Set(['AU', 'NZ', 'SG', 'JP', 'ID']);
/** Honest kinds whose shopper is at home: the IP locates to the billing country. */
const AT_HOME = new Set([
  'returning_customer',
  'new_customer',
  'digital_self',
  'gift_card_present',
  'click_and_collect',
  'pre_order',
  'address_correction',
]);

const stream = cachedStreams(auElectronicsModel);

const orders = createdOrders;

describe('au-electronics traffic model', () => {
  itIsDeterministic(auElectronicsModel, stream);

  it('defaults to 2,000 orders over three days and honours the options', () => {
    expect(stream(1).model).toBe('au-electronics');
    expect(stream(1).truth).toHaveLength(2000);
    const created = stream(1)
      .webhooks.map((w) => w.body as CanonicalEvent)
      .filter((b) => b.type === 'order.created')
      .map((b) => Date.parse(b.timestamp ?? ''));
    expect(Math.max(...created) - Math.min(...created)).toBeGreaterThan(2.5 * DAY);
    expect(Math.max(...created) - Math.min(...created)).toBeLessThan(3.01 * DAY);
    const start = Date.UTC(2027, 2, 1);
    const small = auElectronicsModel.generate(9, { orders: 300, start });
    expect(small.truth).toHaveLength(300);
    for (const w of small.webhooks) {
      const body = w.body as CanonicalEvent;
      if (body.type === 'order.created')
        expect(Date.parse(body.timestamp ?? '')).toBeGreaterThanOrEqual(start);
    }
    expect(auElectronicsModel.generate(9, { orders: 0 }).webhooks).toHaveLength(0);
  });

  itDrawsEveryFraudKind({
    name: 'seed %i: fraud is 4–8 % of orders, every kind present, kinds never shared',
    stream,
    seeds: [1, 2, 3],
    share: [0.04, 0.08],
    fraudKinds: Object.keys(FRAUD_SHARES),
    atLeast: 4,
    honestKinds: Object.keys(HONEST),
  });

  it('every body passes the canonical validation, ids are unique, events are in order and tied to their purchase', () => {
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
      if (['JPY', 'IDR'].includes(data.currency ?? '') && (data.amount ?? 0) % 10 !== 0)
        problems.push(`${w.id} minor unit`);
    }
    expect(problems).toEqual([]);
    expect(new Set(labelled.webhooks.map((w) => w.id)).size).toBe(labelled.webhooks.length);
    expect(orders(labelled)).toHaveLength(labelled.truth.length);
  });

  it('hands out addresses that locate to the intended country, IPv4 and IPv6', () => {
    const rng = new Rng('spec', AU_ELECTRONICS_RANDOM);
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
        if (AT_HOME.has(kind) && !data.ip?.includes(':'))
          expect(`${kind} ${country}`).toBe(`${kind} ${data.billing?.country}`);
        if (
          ![
            'sanctioned_country',
            'stolen_card_resale',
            'digital_goods_fraud',
            'throwaway_account',
            'card_testing',
            'triangulation',
            'reseller_bot_stolen',
          ].includes(kind)
        )
          expect(`${kind} ${MARKETS.has(data.billing?.country ?? '')}`).toBe(`${kind} true`);
      }
      expect(v6).toBeGreaterThan(150);
    },
  );

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it.each([1, 2, 3])('seed %i: honest traffic carries its hard cases; the launch is a spike', (seed) => {
    const all = orders(stream(seed));
    const honest = all.filter((o) => !o.fraud);
    const share = (test: (o: CreatedOrder) => boolean) => honest.filter(test).length / honest.length;
    expect(
      share((o) => o.data.shipping !== undefined && o.data.shipping.line1 !== o.data.billing?.line1),
    ).toBeGreaterThan(0.08);
    expect(share((o) => o.data.shipping === undefined)).toBeGreaterThan(0.08);
    expect(
      share((o) => /privaterelay\.appleid\.com|duck\.com/.test(o.data.customer?.email ?? '')),
    ).toBeGreaterThan(0.01);
    expect(
      share((o) => o.data.card !== undefined && o.data.card.country !== o.data.billing?.country),
    ).toBeGreaterThan(0.02);
    expect(share((o) => ipCountry(o.data.ip ?? '') !== o.data.billing?.country)).toBeGreaterThan(0.03);
    expect(share((o) => o.data.card === undefined)).toBeGreaterThan(0.01);
    // Carrier NAT: one address, several unrelated honest customers.
    const byIp = new Map<string | undefined, Set<string | undefined>>();
    for (const { data } of honest)
      byIp.set(data.ip, (byIp.get(data.ip) ?? new Set()).add(data.customer?.email));
    expect([...byIp.values()].filter((emails) => emails.size >= 3).length).toBeGreaterThan(15);
    // Every market and currency appears.
    expect(new Set(honest.map((o) => o.data.currency))).toEqual(new Set(['AUD', 'NZD', 'SGD', 'JPY', 'IDR']));
    const launch = Date.UTC(2026, 10, 17, 13) + 33 * 3_600_000;
    const inHour = honest.filter(
      (o) => o.kind === 'launch_queue' && Date.parse(o.data.customer?.createdAt ?? '') >= launch - 3_600_000,
    );
    expect(inHour.length).toBeGreaterThan(30);
  });
});
