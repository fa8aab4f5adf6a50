import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import geoip from 'geoip-country';
import {
  cachedStreams,
  createdOrders,
  expectEachPurchaseOpensWithItsOrder,
  expectOptionsHonoured,
  expectOrdersPlacedWithin,
  expectSortedAndLabelled,
  itDrawsIpsThatLocate,
  itIsDeterministic,
  itKeepsSanctionedCountriesToTheirKind,
  itParsesEveryBody,
} from '../kit/contract.js';
import {
  expectGuestCardTesting,
  expectMoneyAfterPaymentAndDisputesMostlyFraud,
  medianAmount,
} from '../kit/lifecycle.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { DEFAULT_START, limitedDrop, saleOpens } from './calendar.js';
import { PRODUCTS } from './catalog.js';
import { allocate, FRAUD } from './fraud-kit.js';
import { HONEST } from './honest.js';
import { krBeautyModel } from './index.js';
import { address, NETWORKS } from './networks.js';
import { KR_FORWARDERS, US_RESHIPPERS } from './places.js';
import { DAY, HOUR } from '../kit/purchase.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(krBeautyModel);
const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;
const SANCTIONED = new Set(['CU', 'IR', 'KP', 'SY', 'UA']);

type Data = CanonicalEvent['data'] & {
  shippingFee?: number;
  discount?: number;
  pointsUsed?: number;
  authentication?: string;
  discountCode?: string;
  recipient?: string;
};
type Item = { sku: string; quantity: number; price: number };

const extra = (d: CanonicalEvent['data']) => d as Data;
const items = (d: CanonicalEvent['data']) => d.items as Item[];
const all = () => [1, 2, 3].flatMap((seed) => createdOrders(stream(seed)));
const of = (kind: string) => all().filter((o) => o.kind === kind);
const age = (o: { at: number; data: CanonicalEvent['data'] }) =>
  o.at - Date.parse(o.data.customer?.createdAt ?? '');
const startsLike = (line: string | undefined, places: readonly { line1?: string }[]) =>
  places.some((p) => line?.startsWith(p.line1 ?? '-'));

describe('kr-beauty traffic model', () => {
  itIsDeterministic(krBeautyModel, stream);

  it('defaults to 2,000 orders over the 11.11 week and honours the options', () => {
    expect(krBeautyModel.name).toBe('kr-beauty');
    expect(stream(1).model).toBe('kr-beauty');
    expect(stream(1).truth).toHaveLength(2000);
    expectOrdersPlacedWithin(stream(1), {
      from: DEFAULT_START,
      to: DEFAULT_START + 7 * DAY,
      minSpan: 6.5 * DAY,
    });
    expectOptionsHonoured(krBeautyModel, {
      seed: 9,
      orders: 300,
      start: Date.UTC(2027, 2, 1),
      within: 26 * HOUR,
      larger: 4000,
    });
  });

  it('sorts and labels every webhook and opens every purchase with its order in won', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
      const t = truth.get(o.purchase);
      expect([o.data.amount, o.data.currency, t?.currency]).toEqual([t?.amount, 'KRW', 'KRW']);
      if (o.data.shipping?.country === 'KR') expect(o.data.shipping.postalCode).toMatch(/^\d{5}$/);
    }
  });

  it('prices in whole won: items plus postage less discount and points make the amount', () => {
    for (const p of PRODUCTS) expect(Number.isInteger(p.price) && p.price >= 1_000).toBe(true);
    for (const o of all()) {
      const d = extra(o.data);
      const sum = items(o.data).reduce((a, i) => a + i.price * i.quantity, 0);
      expect(Number.isInteger(o.data.amount)).toBe(true);
      expect(o.data.amount).toBe(sum + (d.shippingFee ?? 0) - (d.discount ?? 0) - (d.pointsUsed ?? 0));
    }
    const median = medianAmount(all().filter((o) => !o.fraud));
    expect(median).toBeGreaterThan(30_000);
    expect(median).toBeLessThan(120_000);
  });

  itDrawsKindsInShares({ stream, share: [0.054, 0.086], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(krBeautyModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 13, orders: 300, timestampHeader: false },
  ]);

  itDrawsIpsThatLocate({
    name: 'draws IPs that geoip-country places in the intended country, IPv6 included',
    networks: NETWORKS,
    address,
    locate: ipCountry,
    stream,
    seed: 2,
    also: () => {
      const orders = createdOrders(stream(1));
      expect(orders.filter((o) => o.data.ip?.includes(':')).length).toBeGreaterThan(50);
      const home = orders.filter((o) => ipCountry(o.data.ip ?? '') === 'KR').length / orders.length;
      expect(home).toBeGreaterThan(0.55);
      expect(home).toBeLessThan(0.8);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });
  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 3, countries: SANCTIONED, locate: ipCountry });

  it('touches Ukraine only in Crimea, Donetsk and Luhansk', () => {
    for (const o of all())
      for (const a of [o.data.billing, o.data.shipping])
        if (a?.country === 'UA') expect(['Simferopol', 'Sevastopol', 'Donetsk', 'Luhansk']).toContain(a.city);
  });

  it('lets strangers meet on carrier NAT and campus gateways, families share a tablet and a line', () => {
    const honest = createdOrders(stream(1)).filter((o) => !o.fraud);
    const shared = (key: (o: (typeof honest)[number]) => string | undefined) => {
      const by = new Map<string, Set<string>>();
      for (const o of honest) {
        const k = key(o);
        if (k) by.set(k, (by.get(k) ?? new Set()).add(o.data.customer?.email ?? ''));
      }
      return [...by.values()].filter((emails) => emails.size >= 2).length;
    };
    expect(shared((o) => o.data.ip)).toBeGreaterThan(20);
    expect(shared((o) => o.data.deviceId)).toBeGreaterThan(5);
    for (const o of of('forwarder_customer'))
      expect(startsLike(o.data.shipping?.line1, KR_FORWARDERS)).toBe(true);
  });

  it('shows a card only for card payments; Korean cards carry no address check or card code', () => {
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      expect(`${b.data.paymentMethod}:${b.data.card !== undefined}`).toBe(
        `${b.data.paymentMethod}:${b.data.paymentMethod === 'card'}`,
      );
      if (b.data.card?.country === 'KR' && extra(b.data).authentication !== 'off_session')
        expect(b.data.checks).toEqual({ avs: 'unavailable', cvc: 'unavailable' });
    }
    const created = all();
    const share = (m: string) => created.filter((o) => o.data.paymentMethod === m).length / created.length;
    expect(share('card')).toBeGreaterThan(0.4);
    expect(share('kakao_pay') + share('naver_pay') + share('toss_pay')).toBeGreaterThan(0.25);
    expect(share('paypal')).toBeGreaterThan(0.03);
  });

  it('tests cards on a single sheet mask as a guest, in bursts, mostly unsuccessfully', () => {
    const testing = expectGuestCardTesting(stream(3), { paidBelow: 0.45, gap: 5 * 60_000 });
    for (const o of testing) expect(o.data.amount ?? 0).toBeLessThan(10_000);
  });

  it('gives each fraud kind its shape', () => {
    const drop = limitedDrop(DEFAULT_START);
    for (const o of of('limited_set_bot')) {
      expect(o.at - drop).toBeGreaterThanOrEqual(0);
      expect(o.at - drop).toBeLessThan(2 * HOUR);
      expect(age(o)).toBeLessThan(7 * DAY);
    }
    for (const o of of('account_takeover')) {
      expect(age(o)).toBeGreaterThanOrEqual(400 * DAY);
      expect(extra(o.data).pointsUsed ?? 0).toBeGreaterThan(0);
    }
    for (const o of of('promo_abuse')) {
      expect(extra(o.data).discountCode).toBe('WELCOME10');
      expect(age(o)).toBeLessThan(HOUR);
    }
    for (const o of of('stolen_card_forwarder'))
      expect(startsLike(o.data.shipping?.line1, [...KR_FORWARDERS, ...US_RESHIPPERS])).toBe(true);
    for (const o of [...of('triangulation'), ...of('reshipping_mule')]) {
      expect(extra(o.data).recipient).toBeDefined();
      expect(extra(o.data).recipient).not.toBe(o.data.customer?.name);
    }
    for (const o of of('friendly_fraud')) expect(age(o)).toBeGreaterThan(DAY);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types, disputed } = expectMoneyAfterPaymentAndDisputesMostlyFraud(s);
    const kind = (k: string) => s.truth.filter((p) => p.kind === k);
    const paid = (p: { purchase: string }) => types.get(p.purchase)?.includes('payment.succeeded');
    expect(
      kind('friendly_fraud')
        .filter(paid)
        .every((p) => disputed.includes(p.purchase)),
    ).toBe(true);
    expect(
      kind('refund_abuse')
        .filter(paid)
        .every((p) => types.get(p.purchase)?.includes('refund.created')),
    ).toBe(true);
  });

  it('rushes at 11.11 midnight, shops late in the KST evening, sleeps before dawn', () => {
    const orders = createdOrders(stream(1));
    const inHour = (from: number) => orders.filter((o) => o.at >= from && o.at < from + HOUR).length;
    const open = saleOpens(DEFAULT_START);
    expect(inHour(open)).toBeGreaterThan(2 * inHour(open - DAY));
    const kst = (o: { at: number }) => new Date(o.at + 9 * HOUR).getUTCHours();
    const home = orders.filter(
      (o) => !o.fraud && o.data.billing?.country === 'KR' && o.kind !== 'subscription_renewal',
    );
    expect(home.filter((o) => kst(o) >= 20 && kst(o) < 24).length).toBeGreaterThan(
      4 * home.filter((o) => kst(o) >= 2 && kst(o) < 6).length,
    );
  });
});
