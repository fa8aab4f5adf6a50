import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import { type LabelledStream } from '../../traffic-model.js';
import { FRAUD_SHARES } from './fraud.js';
import { IpFactory, ipCountry } from './geo-ip.js';
import { HONEST } from './honest.js';
import { usOutdoorModel } from './index.js';
import { NETWORKS, OTHER_COUNTRIES } from './networks.js';
import { Rng } from '../kit/random.js';
import {
  cachedStreams,
  createdOrders,
  itIsDeterministic,
  standardWebhookProblems,
  itKeepsSanctionedCountriesToTheirKind,
} from '../kit/contract.js';
import { itDrawsEveryFraudKind } from '../kit/shares.js';
import { DAY } from '../kit/purchase.js';

/** The model's own properties (shape, shares, geography, labels); never what the engine makes of it. */

const FRAUD_KINDS = Object.keys(FRAUD_SHARES).sort();
const SANCTIONED = new Set(['CU', 'IR', 'KP', 'SY']);
/** Kinds whose shopper is at home: the IP locates to the billing country. */
// prettier-ignore
const AT_HOME = new Set(['returning_customer', 'new_customer', 'gift_order', 'repeat_order', 'household_member', 'digital_gift_card',
  'big_ticket', 'declined_then_retry', 'address_change', 'student', 'corporate', 'cross_border_card', 'friendly_fraud']);

const stream = cachedStreams(usOutdoorModel);

type Body = CanonicalEvent;
const created = (labelled: LabelledStream) =>
  labelled.webhooks.map((w) => w.body as Body).filter((body) => body.type === 'order.created');
/** Every purchase's order.created body and the kind it was labelled with. */
const orders = createdOrders;

describe('us-outdoor traffic model', () => {
  itIsDeterministic(usOutdoorModel, stream);

  it('defaults to 2,000 orders over three days and honours the options', () => {
    expect(stream(1).model).toBe('us-outdoor');
    expect(stream(1).truth).toHaveLength(2000);
    const times = created(stream(1)).map((body) => Date.parse(body.timestamp ?? ''));
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(2.5 * DAY);
    expect(Math.max(...times) - Math.min(...times)).toBeLessThan(3.5 * DAY);
    const start = Date.UTC(2027, 6, 1);
    const summer = usOutdoorModel.generate(9, { orders: 300, start });
    expect(summer.truth).toHaveLength(300);
    for (const body of created(summer)) {
      const at = Date.parse(body.timestamp ?? '');
      expect(at).toBeGreaterThanOrEqual(start);
      expect(at).toBeLessThan(start + DAY);
    }
    expect(usOutdoorModel.generate(9, { orders: 0 }).webhooks).toHaveLength(0);
  });

  itDrawsEveryFraudKind({
    name: 'seed %i: fraud is 5–8 % of orders, every kind of both present, kinds never shared',
    stream,
    seeds: [1, 2, 3],
    share: [0.05, 0.08],
    fraudKinds: FRAUD_KINDS,
    atLeast: 5,
    honestKinds: Object.keys(HONEST),
  });

  it('every body passes the canonical Standard Webhooks validation, with unique ids', () => {
    const labelled = stream(2);
    expect(standardWebhookProblems(labelled.webhooks)).toEqual([]);
    expect(new Set(labelled.webhooks.map((w) => w.id)).size).toBe(labelled.webhooks.length);
  });

  it('posts in time order, ties events to their purchase and never carries a card number', () => {
    const labelled = stream(3);
    const truth = new Map(labelled.truth.map((p) => [p.purchase, p]));
    const payment = new Map<string, string | undefined>();
    const problems: string[] = [];
    let last = -Infinity;
    for (const webhook of labelled.webhooks) {
      const { type, data } = webhook.body as Body;
      if (webhook.at < last) problems.push(`${webhook.id} out of order`);
      last = webhook.at;
      if (data.orderId !== webhook.purchase || !truth.has(webhook.purchase))
        problems.push(`${webhook.id} order`);
      if (!payment.has(webhook.purchase)) payment.set(webhook.purchase, data.paymentId);
      if (payment.get(webhook.purchase) !== data.paymentId) problems.push(`${webhook.id} payment id`);
      if (data.card && !(/^\d{6}$/.test(data.card.bin ?? '') && /^\d{4}$/.test(data.card.last4 ?? '')))
        problems.push(`${webhook.id} card`);
      if (/\d{12,}/.test(JSON.stringify(webhook.body))) problems.push(`${webhook.id} long digit run`);
      if (type === 'order.created' && data.amount !== truth.get(webhook.purchase)?.amount)
        problems.push(`${webhook.id} amount`);
    }
    expect(problems).toEqual([]);
    expect(orders(labelled)).toHaveLength(labelled.truth.length);
  });

  it('hands out addresses that locate to the intended country, IPv4 and IPv6', () => {
    const ips = new IpFactory(new Rng('spec'));
    for (const spec of NETWORKS) {
      for (const network of ips.networks(spec.country, spec.kind).filter((n) => n.name === spec.name)) {
        for (let i = 0; i < 10; i++) {
          expect(ipCountry(ips.v4(network))).toBe(network.country);
          expect(ipCountry(ips.v6(network))).toBe(network.country);
        }
      }
    }
    for (const country of OTHER_COUNTRIES) {
      if (country === 'KP' && !ips.hasOther('KP')) continue;
      for (let i = 0; i < 10; i++) expect(ipCountry(ips.other(country))).toBe(country);
    }
    expect(ips.networks('US', 'mobile').every((n) => ips.hasV6(n))).toBe(true);
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
      }
      expect(v6).toBeGreaterThan(400);
    },
  );

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it.each([1, 2, 3])('seed %i: honest traffic carries its hard cases in realistic shares', (seed) => {
    const honest = orders(stream(seed)).filter((o) => !o.fraud);
    const share = (test: (o: (typeof honest)[number]) => boolean) =>
      honest.filter(test).length / honest.length;
    const line = (a?: { line1?: string }) => a?.line1;
    // Gifts, work and campus deliveries, APO, forwarders, cabins: shipping elsewhere than billing.
    expect(
      share((o) => o.data.shipping !== undefined && line(o.data.shipping) !== line(o.data.billing)),
    ).toBeGreaterThan(0.15);
    const RELAY = /privaterelay\.appleid\.com|duck\.com|mozmail\.com|_.*\.\w\w@icloud\.com/;
    expect(share((o) => RELAY.test(o.data.customer?.email ?? ''))).toBeGreaterThan(0.01);
    expect(share((o) => o.data.card?.country !== o.data.billing?.country)).toBeGreaterThan(0.01);
    expect(share((o) => ipCountry(o.data.ip ?? '') !== o.data.billing?.country)).toBeGreaterThan(0.03);
    expect(share((o) => o.data.deviceId === undefined)).toBeGreaterThan(0.005);
    // Carrier NAT, campus and relay exits: one address, several unrelated customers.
    const emailsByIp = new Map<string | undefined, Set<string | undefined>>();
    for (const { data } of honest)
      emailsByIp.set(data.ip, (emailsByIp.get(data.ip) ?? new Set()).add(data.customer?.email));
    expect([...emailsByIp.values()].filter((emails) => emails.size > 1).length).toBeGreaterThan(40);
    // Honest first orders over $1,000 on accounts opened minutes earlier.
    const fresh = honest.filter((o) => {
      const created = Date.parse(o.data.customer?.createdAt ?? '');
      return (
        (o.data.amount ?? 0) > 100_000 &&
        o.data.currency === 'USD' &&
        created > Date.parse('2026-12-12') - DAY
      );
    });
    expect(fresh.length).toBeGreaterThan(10);
  });
});
