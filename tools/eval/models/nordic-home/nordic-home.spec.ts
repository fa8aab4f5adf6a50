import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import { type LabelledStream } from '../../traffic-model.js';
import { IpFactory, ipCountry } from './geo-ip.js';
import { nordicHomeModel } from './index.js';
import { toEurCents } from './money.js';
import { Rng } from './random.js';
import {
  cachedStreams,
  itIsDeterministic,
  standardWebhookProblems,
  touchesCountry,
} from '../kit/contract.js';
import { DAY } from '../kit/purchase.js';

const FRAUD_KINDS = [
  'card_testing',
  'stolen_card',
  'account_takeover',
  'new_account_throwaway',
  'sanctioned_country',
];
const SANCTIONED = new Set(['CU', 'IR', 'KP', 'SY']);

/** Streams are generated once per seed and shared by the tests (each takes about a second). */
const stream = cachedStreams(nordicHomeModel);

const bodyOf = (body: unknown) => body as CanonicalEvent;

/** The order.created body of every purchase, by purchase key. */
function checkouts(labelled: LabelledStream): Map<string, CanonicalEvent> {
  const out = new Map<string, CanonicalEvent>();
  for (const webhook of labelled.webhooks) {
    const body = bodyOf(webhook.body);
    if (body.type === 'order.created') out.set(webhook.purchase, body);
  }
  return out;
}

describe('nordic-home traffic model', () => {
  itIsDeterministic(nordicHomeModel, stream);

  it('defaults to about 2,000 orders over about three days', () => {
    const labelled = stream(1);
    expect(labelled.model).toBe('nordic-home');
    expect(labelled.truth).toHaveLength(2000);
    const created = [...checkouts(labelled).values()].map((body) => Date.parse(body.timestamp ?? ''));
    const span = Math.max(...created) - Math.min(...created);
    expect(span).toBeGreaterThan(2.5 * DAY);
    expect(span).toBeLessThan(3.5 * DAY);
  });

  it('honours the orders and start options', () => {
    const start = Date.UTC(2027, 6, 1);
    const labelled = nordicHomeModel.generate(9, { orders: 300, start });
    expect(labelled.truth).toHaveLength(300);
    for (const body of checkouts(labelled).values()) {
      const at = Date.parse(body.timestamp ?? '');
      expect(at).toBeGreaterThanOrEqual(start);
      expect(at).toBeLessThan(start + 2 * DAY);
    }
    expect(nordicHomeModel.generate(9, { orders: 0 }).webhooks).toHaveLength(0);
  });

  it.each([1, 2, 3])('seed %i: fraud is 6–10 % of orders and every kind carries real value', (seed) => {
    const { truth } = stream(seed);
    const fraud = truth.filter((purchase) => purchase.fraud);
    expect(fraud.length / truth.length).toBeGreaterThanOrEqual(0.06);
    expect(fraud.length / truth.length).toBeLessThanOrEqual(0.1);
    expect([...new Set(fraud.map((purchase) => purchase.kind))].sort()).toEqual([...FRAUD_KINDS].sort());
    const fraudValue = fraud.reduce(
      (sum, purchase) => sum + toEurCents(purchase.amount, purchase.currency),
      0,
    );
    for (const kind of FRAUD_KINDS) {
      const ofKind = fraud.filter((purchase) => purchase.kind === kind);
      const value = ofKind.reduce((sum, purchase) => sum + toEurCents(purchase.amount, purchase.currency), 0);
      expect(ofKind.length).toBeGreaterThanOrEqual(8);
      expect(value / fraudValue).toBeGreaterThan(0.01);
      // No kind is made of token amounts: its average order is at least a real purchase.
      expect(value / ofKind.length).toBeGreaterThan(2500);
    }
    const honestKinds = new Set(truth.filter((purchase) => !purchase.fraud).map((purchase) => purchase.kind));
    expect(honestKinds.size).toBeGreaterThanOrEqual(15);
    for (const kind of FRAUD_KINDS) expect(honestKinds.has(kind)).toBe(false);
  });

  it('every body passes the canonical Standard Webhooks validation', () => {
    const labelled = stream(2);
    expect(standardWebhookProblems(labelled.webhooks)).toEqual([]);
    expect(new Set(labelled.webhooks.map((webhook) => webhook.id)).size).toBe(labelled.webhooks.length);
  });

  it('posts in time order, ties each event to its purchase and never carries a card number', () => {
    const labelled = stream(3);
    const truth = new Map(labelled.truth.map((purchase) => [purchase.purchase, purchase]));
    const payments = new Map<string, string | undefined>();
    const problems: string[] = [];
    let last = -Infinity;
    for (const webhook of labelled.webhooks) {
      const { data } = bodyOf(webhook.body);
      if (webhook.at < last) problems.push(`${webhook.id} posted before its predecessor`);
      last = webhook.at;
      if (!truth.has(webhook.purchase) || data.orderId !== webhook.purchase)
        problems.push(`${webhook.id} order id`);
      if (!payments.has(webhook.purchase)) payments.set(webhook.purchase, data.paymentId);
      if (data.paymentId !== payments.get(webhook.purchase)) problems.push(`${webhook.id} payment id`);
      if (data.card && !(/^\d{6}$/.test(data.card.bin ?? '') && /^\d{4}$/.test(data.card.last4 ?? ''))) {
        problems.push(`${webhook.id} card`);
      }
      if (/\d{12,}/.test(JSON.stringify(webhook.body))) problems.push(`${webhook.id} has a long digit run`);
    }
    const created = checkouts(labelled);
    for (const [purchase, body] of created) {
      if (body.data.amount !== truth.get(purchase)?.amount)
        problems.push(`${purchase} amount differs from truth`);
    }
    expect(problems).toEqual([]);
    expect(created.size).toBe(labelled.truth.length);
  });

  it('hands out addresses that geo-locate to the intended country, IPv4 and IPv6', () => {
    const ips = new IpFactory(new Rng('spec'));
    const countries = ['SE', 'NO', 'DK', 'FI', 'EE', 'LV', 'LT', 'DE', 'AT', 'CH', 'NL', 'BE', 'LU', 'PL'];
    for (const country of [...countries, 'US', 'GB', 'NG', 'VN', 'RO', 'TR', 'AE', 'IR', 'SY', 'CU']) {
      for (let i = 0; i < 20; i++) {
        expect(ipCountry(ips.v4(country))).toBe(country);
        expect(ipCountry(ips.hosting(country))).toBe(country);
      }
    }
    for (const country of countries) {
      for (let i = 0; i < 20; i++) expect(ipCountry(ips.v6(country))).toBe(country);
    }
    if (ips.hasV4('KP')) expect(ipCountry(ips.v4('KP'))).toBe('KP');
    expect(ips.v6('DE')).toContain(':');
  });

  it.each([1, 2, 3])(
    'seed %i: every IP in the stream locates, home shoppers to their billing country',
    (seed) => {
      const labelled = stream(seed);
      const kinds = new Map(labelled.truth.map((purchase) => [purchase.purchase, purchase.kind]));
      const atHome = new Set([
        'returning_household',
        'new_customer',
        'gift_shopper',
        'click_and_collect',
        'b2b',
      ]);
      let v6 = 0;
      for (const [purchase, { data }] of checkouts(labelled)) {
        const located = ipCountry(data.ip ?? '');
        expect(located).toBeDefined();
        if (data.ip?.includes(':')) v6++;
        if (atHome.has(kinds.get(purchase) ?? '')) expect(located).toBe(data.billing?.country);
      }
      expect(v6).toBeGreaterThan(100);
    },
  );

  it('keeps sanctioned countries to the sanctioned_country kind, which always touches one', () => {
    const labelled = stream(1);
    const kinds = new Map(labelled.truth.map((purchase) => [purchase.purchase, purchase.kind]));
    for (const [purchase, { data }] of checkouts(labelled)) {
      expect(touchesCountry(data, SANCTIONED, ipCountry)).toBe(kinds.get(purchase) === 'sanctioned_country');
    }
  });
});
