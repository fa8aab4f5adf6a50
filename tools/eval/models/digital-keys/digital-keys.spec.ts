import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import {
  cachedStreams,
  createdOrders,
  expectOptionsHonoured,
  expectSortedAndLabelled,
  itIsDeterministic,
  typesOf,
  itParsesEveryBody,
  itDrawsIpsThatLocate,
  expectOrdersPlacedWithin,
  expectEachPurchaseOpensWithItsOrder,
} from '../kit/contract.js';
import { allocate, FRAUD } from './fraud-kit.js';
import { HONEST } from './honest.js';
import { digitalKeysModel } from './index.js';
import { address, ipCountry, networkOf, NETWORKS } from './networks.js';
import { MARKETS } from './places.js';
import { itDrawsFraudInShares, itDrawsHonestInShares } from '../kit/shares.js';
import { DAY, HOUR } from '../kit/purchase.js';

/** The model's own properties (size, shares, money, payments, geography, labels, valid bodies); never the engine's view. */

const START = Date.UTC(2027, 5, 23, 17);
const stream = cachedStreams(digitalKeysModel);
const PER_USD = new Map<string, number>(MARKETS.map((m) => [m.currency, m.perUsd]));
const usd = (d: CanonicalEvent['data']) => (d.amount ?? 0) / 100 / (PER_USD.get(d.currency ?? '') ?? 1);
const method = (d: CanonicalEvent['data']) => (d as { paymentMethod?: string }).paymentMethod;
const bodiesOf = (s: ReturnType<typeof stream>, purchase: string) =>
  s.webhooks.filter((w) => w.purchase === purchase).map((w) => w.body as CanonicalEvent);

describe('digital-keys traffic model', () => {
  itIsDeterministic(digitalKeysModel, stream);

  it('defaults to 2,000 orders over three days from 23 June 2027 17:00 UTC and honours the options', () => {
    expect(digitalKeysModel.name).toBe('digital-keys');
    expect(stream(1).model).toBe('digital-keys');
    expect(stream(1).truth).toHaveLength(2000);
    expectOrdersPlacedWithin(stream(1), { from: START, to: START + 3 * DAY, minSpan: 2.7 * DAY });
    expectOptionsHonoured(digitalKeysModel, {
      seed: 9,
      orders: 300,
      start: Date.UTC(2027, 10, 26),
      within: 11 * HOUR,
      larger: 5000,
    });
  });

  it('sorts and labels every webhook, opens every purchase with its order, and ships nothing', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    const created = expectEachPurchaseOpensWithItsOrder(s);
    const currencies = new Set(MARKETS.map((m) => m.currency));
    for (const o of created) {
      const t = truth.get(o.purchase);
      expect([o.data.amount, o.data.currency]).toEqual([t?.amount, t?.currency]);
      expect(currencies.has(o.data.currency as never)).toBe(true);
      expect(Number.isInteger(o.data.amount) && (o.data.amount ?? 0) > 0).toBe(true);
      expect(o.data.billing?.country).toMatch(/^[A-Z]{2}$/);
    }
    for (const w of s.webhooks) expect((w.body as CanonicalEvent).data.shipping).toBeUndefined();
  });

  it('prices each storefront in its own currency at sensible levels', () => {
    const created = [1, 2].flatMap((seed) => createdOrders(stream(seed)).filter((o) => !o.fraud));
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    const all = median(created.map((o) => usd(o.data)));
    expect(all).toBeGreaterThan(8);
    expect(all).toBeLessThan(60);
    for (const c of ['USD', 'EUR', 'BRL', 'INR', 'IDR', 'NGN']) {
      const mid = median(created.filter((o) => o.data.currency === c).map((o) => usd(o.data)));
      expect(`${c} ${mid > 3 && mid < 90}`).toBe(`${c} true`);
    }
  });

  itDrawsFraudInShares({
    name: 'seed %i: fraud is 5–10 % of orders, in its shares, every kind present',
    stream,
    seeds: [1, 2, 3, 4, 5],
    share: [0.05, 0.1],
    fraudKinds: Object.keys(FRAUD),
    expected: allocate,
    honestKinds: Object.keys(HONEST),
    also: (s) => {
      for (const o of createdOrders(s)) expect(o.at >= START && o.at < START + 3 * DAY).toBe(true);
    },
  });

  itDrawsHonestInShares({
    name: 'draws honest kinds in their shares',
    stream,
    seeds: [1, 2, 3],
    weights: HONEST,
    tolerance: 0.02,
  });

  itParsesEveryBody(digitalKeysModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 13, orders: 300, timestampHeader: false },
  ]);

  itDrawsIpsThatLocate({
    name: 'draws IPs that geoip-country places in the intended country',
    networks: NETWORKS,
    address,
    locate: ipCountry,
    stream,
    seed: 2,
  });

  it('carries a card and its checks only on card payments', () => {
    const s = stream(1);
    for (const o of createdOrders(s))
      expect(`${method(o.data)}:${o.data.card !== undefined}`).toBe(
        `${method(o.data)}:${method(o.data) === 'card'}`,
      );
    for (const w of s.webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      expect(b.data.card === undefined).toBe(b.data.checks === undefined);
      if (method(b.data) !== 'card') expect(b.data.card).toBeUndefined();
      if (b.type === 'payment.failed') expect((b.data as { reason?: string }).reason).toBeTruthy();
    }
  });

  it('brings money events only after a captured payment, cancels unpaid orders, disputes mostly for fraud', () => {
    const s = stream(1);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    const money = ['refund.created', 'dispute.created', 'fraud_warning.created'];
    const disputed: string[] = [];
    for (const p of s.truth) {
      const types = typesOf(s, p.purchase);
      const first = types.findIndex((t) => money.includes(t));
      if (first >= 0)
        expect(`${p.purchase}:${types.slice(0, first).includes('payment.succeeded')}`).toBe(
          `${p.purchase}:true`,
        );
      if (!types.includes('payment.succeeded'))
        expect(`${p.purchase}:${types.at(-1)}`).toBe(`${p.purchase}:order.cancelled`);
      if (types.includes('dispute.created')) disputed.push(p.purchase);
    }
    expect(disputed.filter((p) => truth.get(p)?.fraud).length).toBeGreaterThan(disputed.length * 0.6);
    for (const p of s.truth.filter((x) => x.kind === 'refund_abuse')) {
      const types = typesOf(s, p.purchase);
      if (types.includes('payment.succeeded'))
        expect(types.some((t) => t === 'refund.created' || t === 'dispute.created')).toBe(true);
    }
  });

  it('tests cards on cheap items in scripted runs, mostly refused', () => {
    const s = stream(3);
    const testing = createdOrders(s).filter((o) => o.kind === 'card_testing');
    const paid = testing.filter((o) => typesOf(s, o.purchase).includes('payment.succeeded'));
    expect(paid.length / testing.length).toBeLessThan(0.35);
    for (const o of testing) expect(usd(o.data)).toBeLessThanOrEqual(12);
    expect(new Set(testing.map((o) => o.data.userAgent)).size).toBeLessThan(testing.length / 4);
  });

  it('spends taken-over accounts’ saved cards without a CVC, and runs reseller rings on few devices', () => {
    const all = [1, 2, 3].flatMap((seed) => createdOrders(stream(seed)));
    for (const o of all.filter((x) => x.kind === 'account_takeover'))
      expect(Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(START - 2 * DAY);
    const s = stream(1);
    for (const o of createdOrders(s).filter(
      (x) => x.kind === 'account_takeover' && method(x.data) === 'card',
    )) {
      const paid = bodiesOf(s, o.purchase).filter((b) => b.type.startsWith('payment.'));
      for (const b of paid) expect(b.data.checks?.cvc).toBe('unchecked');
    }
    const rings = all.filter((o) => o.kind === 'reseller_accounts');
    expect(new Set(rings.map((o) => o.data.customer?.id)).size).toBeGreaterThan(
      new Set(rings.map((o) => o.data.ip)).size,
    );
  });

  it('has honest shoppers who look risky: VPN exits, addresses abroad, shared family devices', () => {
    const all = [1, 2].flatMap((seed) => createdOrders(stream(seed)));
    const vpn = all.filter((o) => o.kind === 'vpn_user');
    expect(vpn.every((o) => networkOf(o.data.ip ?? '')?.kind === 'vpn')).toBe(true);
    const away = all.filter((o) => o.kind === 'traveller_expat' && o.data.card);
    expect(away.filter((o) => ipCountry(o.data.ip ?? '') !== o.data.card?.country).length).toBeGreaterThan(
      away.length * 0.8,
    );
    const family = all.filter((o) => o.kind === 'family_shared');
    expect(new Set(family.map((o) => o.data.customer?.id)).size).toBeGreaterThan(
      new Set(family.map((o) => o.data.ip)).size,
    );
  });

  it('corrects mistyped gift e-mails with order.updated', () => {
    const s = [1, 2, 3].map((seed) => stream(seed));
    const updates = s.flatMap((x) =>
      x.webhooks
        .map((w) => w.body as CanonicalEvent)
        .filter((b) => b.type === 'order.updated')
        .map((b) => [b, createdOrders(x).find((o) => o.data.orderId === b.data.orderId)] as const),
    );
    expect(updates.length).toBeGreaterThan(5);
    for (const [b, o] of updates) expect(b.data.customer?.email).not.toBe(o?.data.customer?.email);
  });

  it('peaks when the sale opens', () => {
    const times = createdOrders(stream(1)).map((o) => o.at - START);
    const rate = (from: number, to: number) =>
      times.filter((t) => t >= from && t < to).length / ((to - from) / HOUR);
    expect(rate(24 * HOUR, 27 * HOUR)).toBeGreaterThan(1.5 * rate(0, 24 * HOUR));
  });
});
