import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import geoip from 'geoip-country';
import {
  cachedStreams,
  createdOrders,
  expectNetworksLocate,
  expectOptionsHonoured,
  expectSortedAndLabelled,
  itIsDeterministic,
  touchesCountry,
  itParsesEveryBody,
  expectOrdersPlacedWithin,
  expectEachPurchaseOpensWithItsOrder,
} from '../kit/contract.js';
import { Rng } from '../kit/random.js';
import { DEFAULT_START, releaseDrop } from './calendar.js';
import { PRODUCTS } from './catalog.js';
import { allocate, FRAUD } from './fraud-kit.js';
import { HONEST } from './honest.js';
import { jpHobbyModel } from './index.js';
import { address, ALL_NETWORKS } from './networks.js';
import { FORWARDERS } from './places.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import {
  expectGuestCardTesting,
  expectMoneyAfterPaymentAndDisputesMostlyFraud,
  medianAmount,
} from '../kit/lifecycle.js';
import { DAY, HOUR } from '../kit/purchase.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(jpHobbyModel);
const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;

type Data = CanonicalEvent['data'] & {
  paymentMethod?: string;
  shippingFee?: number;
  paymentFee?: number;
  discount?: number;
  threeDSecure?: string;
};
type Item = { sku: string; quantity: number; price: number };

const extra = (d: CanonicalEvent['data']) => d as Data;
const items = (d: CanonicalEvent['data']) => d.items as Item[];
const all = () => [1, 2, 3].flatMap((seed) => createdOrders(stream(seed)));
const of = (kind: string) => all().filter((o) => o.kind === kind);
const isForwarder = (line?: string) => FORWARDERS.some((f) => line?.startsWith(f.line1 ?? '-'));

describe('jp-hobby traffic model', () => {
  itIsDeterministic(jpHobbyModel, stream);

  it('defaults to 2,000 orders over the release week and honours the options', () => {
    expect(jpHobbyModel.name).toBe('jp-hobby');
    expect(stream(1).model).toBe('jp-hobby');
    expect(stream(1).truth).toHaveLength(2000);
    expectOrdersPlacedWithin(stream(1), {
      from: DEFAULT_START,
      to: DEFAULT_START + 7 * DAY,
      minSpan: 6.5 * DAY,
    });
    expectOptionsHonoured(jpHobbyModel, {
      seed: 9,
      orders: 300,
      start: Date.UTC(2027, 5, 1),
      within: 26 * HOUR,
      larger: 4000,
    });
  });

  it('sorts and labels every webhook and opens every purchase with its order in yen', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    const created = expectEachPurchaseOpensWithItsOrder(s);
    for (const o of created) {
      const t = truth.get(o.purchase);
      expect([o.data.amount, o.data.currency, t?.currency]).toEqual([t?.amount, 'JPY', 'JPY']);
      if (o.data.shipping?.country === 'JP') expect(o.data.shipping.postalCode).toMatch(/^\d{3}-\d{4}$/);
    }
  });

  it('prices in whole yen: items plus postage and fee less discounts make the amount', () => {
    for (const p of PRODUCTS)
      expect(Number.isInteger(p.price) && p.price >= 30 && p.price < 200_000).toBe(true);
    for (const o of all()) {
      const sum = items(o.data).reduce((a, i) => a + i.price * i.quantity, 0);
      const d = extra(o.data);
      expect(Number.isInteger(o.data.amount) && (o.data.amount ?? 0) > 0).toBe(true);
      expect(o.data.amount).toBe(sum + (d.shippingFee ?? 0) + (d.paymentFee ?? 0) - (d.discount ?? 0));
    }
    const median = medianAmount(all().filter((o) => !o.fraud));
    expect(median).toBeGreaterThan(3_000);
    expect(median).toBeLessThan(30_000);
  });

  itDrawsKindsInShares({ stream, share: [0.054, 0.086], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(jpHobbyModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 13, orders: 300, timestampHeader: false },
  ]);

  it('draws IPs that geoip-country places in the intended country', () => {
    const rng = new Rng('spec');
    expectNetworksLocate(ALL_NETWORKS, (n, v6) => address(rng, n, v6), ipCountry);
    const countries = new Set(ALL_NETWORKS.map((n) => n.country));
    for (const o of all())
      expect(`${o.data.ip} ${countries.has(ipCountry(o.data.ip ?? '') ?? '')}`).toBe(`${o.data.ip} true`);
    const abroad = createdOrders(stream(1)).filter((o) => ipCountry(o.data.ip ?? '') !== 'JP');
    expect(abroad.length).toBeGreaterThan(250);
    expect(abroad.length).toBeLessThan(700);
  });

  it('lets strangers meet on a carrier-NAT address, families share a PC, forwarders share a warehouse', () => {
    const honest = createdOrders(stream(1)).filter((x) => !x.fraud);
    const group = (key: (o: (typeof honest)[number]) => string | undefined) => {
      const by = new Map<string, Set<string>>();
      for (const o of honest) {
        const k = key(o);
        if (k) by.set(k, (by.get(k) ?? new Set()).add(o.data.customer?.email ?? ''));
      }
      return [...by.values()].filter((emails) => emails.size >= 2).length;
    };
    expect(group((o) => o.data.ip)).toBeGreaterThan(10);
    expect(group((o) => o.data.deviceId)).toBeGreaterThan(3);
    const fwd = honest.filter((o) => isForwarder(o.data.shipping?.line1));
    expect(fwd.every((o) => o.data.shipping?.country === 'JP')).toBe(true);
    expect(fwd.filter((o) => o.data.billing?.country !== 'JP').length).toBe(fwd.length);
    for (const o of of('forwarder_customer')) expect(isForwarder(o.data.shipping?.line1)).toBe(true);
  });

  it('shows a card only for card payments, no address check from Japanese issuers, 3-D Secure on Japanese cards', () => {
    const methods = ['card', 'konbini', 'carrier_billing', 'paypay', 'paypal', 'bank_transfer', 'cod'];
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.') && b.type !== 'order.created') continue;
      const d = extra(b.data);
      expect(methods).toContain(d.paymentMethod);
      if (b.type.startsWith('payment.'))
        expect(`${d.paymentMethod}:${b.data.card !== undefined}`).toBe(
          `${d.paymentMethod}:${d.paymentMethod === 'card'}`,
        );
      if (b.data.card?.country === 'JP' && b.data.checks) {
        expect(b.data.checks.avs).toBe('unavailable');
        expect(d.threeDSecure).toBeDefined();
      }
    }
    const created = all();
    const share = (m: string) =>
      created.filter((o) => extra(o.data).paymentMethod === m).length / created.length;
    expect(share('card')).toBeGreaterThan(0.45);
    expect(share('konbini')).toBeGreaterThan(0.05);
    expect(share('carrier_billing')).toBeGreaterThan(0.03);
    expect(share('paypal')).toBeGreaterThan(0.03);
  });

  it('tests cards on the cheapest singles as a guest, in bursts, mostly unsuccessfully', () => {
    const testing = expectGuestCardTesting(stream(3), { paidBelow: 0.4, gap: 5 * 60_000 });
    for (const o of testing) expect(o.data.amount ?? 0).toBeLessThan(1_000);
  });

  it('gives each fraud kind its shape', () => {
    const drop = releaseDrop(DEFAULT_START);
    const bots = of('release_bot');
    for (const o of bots) {
      expect(Math.abs(o.at - drop)).toBeLessThan(2 * HOUR);
      expect(Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(o.at - 3 * DAY);
    }
    expect(new Set(bots.map((o) => o.data.userAgent)).size).toBeLessThan(bots.length / 3);
    for (const o of of('account_takeover'))
      expect(Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(o.at - 150 * DAY);
    for (const o of of('phished_jp_card')) expect(o.data.billing?.country).toBe('JP');
    for (const o of of('stolen_card_forwarder')) {
      expect(o.data.shipping?.country).toBe('JP');
      expect(o.data.billing?.country).not.toBe('JP');
    }
    const banned = new Set(['RU', 'KZ', 'KG', 'AM']);
    for (const o of of('sanctions_evasion')) expect(touchesCountry(o.data, banned, ipCountry)).toBe(true);
    const honestBanned = all().filter((o) => !o.fraud && touchesCountry(o.data, new Set(['RU']), ipCountry));
    expect(honestBanned).toHaveLength(0);
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

  it('rushes on Friday at 10:00, opens pre-orders Wednesday noon, shops at night JST, sleeps before dawn', () => {
    const orders = createdOrders(stream(1));
    const drop = releaseDrop(DEFAULT_START);
    const inHour = (from: number) => orders.filter((o) => o.at >= from && o.at < from + HOUR).length;
    expect(inHour(drop)).toBeGreaterThan(8 * inHour(drop - DAY));
    const pre = DEFAULT_START + 2 * DAY + 12 * HOUR;
    expect(inHour(pre)).toBeGreaterThan(2 * inHour(pre - DAY));
    const jst = (o: { at: number }) => new Date(o.at + 9 * HOUR).getUTCHours();
    const home = orders.filter(
      (o) => !o.fraud && o.data.shipping?.country === 'JP' && o.data.billing?.country === 'JP',
    );
    expect(home.filter((o) => jst(o) >= 20 && jst(o) < 24).length).toBeGreaterThan(
      5 * home.filter((o) => jst(o) >= 2 && jst(o) < 6).length,
    );
  });
});
