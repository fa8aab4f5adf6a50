import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import {
  cachedStreams,
  createdOrders,
  expectEachPurchaseOpensWithItsOrder,
  expectSortedAndLabelled,
  itDefaultsAndHonoursOptions,
  itDrawsIpsThatLocate,
  itIsDeterministic,
  itKeepsSanctionedCountriesToTheirKind,
  itParsesEveryBody,
  orderItems,
  ordersOfSeeds,
  webhookTypesByPurchase,
} from '../kit/contract.js';
import {
  expectGuestCardTesting,
  expectMoneyAfterPaymentAndUnpaidCancelled,
  medianAmount,
  paidShare,
  takeoversOfKnownAccounts,
} from '../kit/lifecycle.js';
import { DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { DAYS, START, TAILORING_CUTOFF } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { myBatikModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { isEast } from './places.js';

/** The model's own properties (size, shares, money, calendar, geography, payments, labels, valid bodies). */

const stream = cachedStreams(myBatikModel);
const SANCTIONED = new Set(['RU', 'BY', 'IR', 'CU', 'SY', 'KP']);
const SERVED = new Set(['MY', 'SG', 'BN', 'ID', 'GB', 'AU', 'US', 'QA', 'AE', 'SA', 'JP']);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  codFee?: number;
  delivery?: string;
  company?: { name: string; registration: string; poNumber?: string };
  fpxBank?: string;
  threeDSecure?: string;
  status?: string;
  reason?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);
const localHour = (t: number) => new Date(t + 8 * HOUR).getUTCHours();
const bodiesOf = (seed: number) =>
  stream(seed).webhooks.map((w) => ({ purchase: w.purchase, b: w.body as CanonicalEvent }));

describe('my-batik traffic model', () => {
  itIsDeterministic(myBatikModel, stream);

  itDefaultsAndHonoursOptions(myBatikModel, stream, {
    name: 'defaults to 2,000 orders over the five weeks before Hari Raya and honours the options',
    model: 'my-batik',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 0, 10), within: 127 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each order adds up in its buyer’s currency', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
      const d = data(o.data);
      expect(['MYR', 'SGD', 'USD']).toContain(d.currency);
      expect(truth.get(o.purchase)?.amount).toBe(d.amount);
      expect(truth.get(o.purchase)?.currency).toBe(d.currency);
      const items = orderItems(d);
      for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
      const sum = items.reduce((t, i) => t + i.price * i.quantity, 0);
      expect(d.amount).toBe(sum - (d.discount ?? 0) + (d.shippingFee ?? 0) + (d.codFee ?? 0));
      if (d.paymentMethod === 'cod') expect(d.codFee).toBe(500);
      else expect(d.codFee).toBeUndefined();
    }
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(myBatikModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 13, orders: 300, timestampHeader: false },
  ]);

  itDrawsIpsThatLocate({
    name: 'draws IPs that geoip-country places in the intended country, IPv4 and IPv6, for every network',
    networks: NETWORKS,
    address,
    locate: ipCountry,
    stream,
    seed: 2,
    also: () => {
      for (const kind of ['raya_outfit', 'cod_buyer', 'family_set', 'tailoring', 'east_malaysia'])
        for (const o of of(kind)) expect(`${kind} ${ipCountry(o.data.ip ?? '')}`).toBe(`${kind} MY`);
      for (const o of of('traveller_vpn')) expect(ipCountry(o.data.ip ?? '')).not.toBe('MY');
      for (const o of of('indonesia')) expect(ipCountry(o.data.ip ?? '')).toBe('ID');
      const v6 = all().filter((o) => (o.data.ip ?? '').includes(':'));
      expect(v6.length / all().length).toBeGreaterThan(0.1);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('prices in ringgit at home, Singapore dollars for Singapore and Brunei, US dollars elsewhere', () => {
    for (const o of of('singapore_brunei')) expect(o.data.currency).toBe('SGD');
    for (const kind of ['diaspora', 'indonesia', 'sanctioned_country'])
      for (const o of of(kind)) expect(o.data.currency).toBe('USD');
    for (const kind of [
      'raya_outfit',
      'cod_buyer',
      'tailoring',
      'corporate_gifts',
      'fake_cod',
      'card_testing',
    ])
      for (const o of of(kind)) expect(o.data.currency).toBe('MYR');
  });

  it('follows Ramadan hours, closes made-to-measure on 28 February, and keeps offices to weekday hours', () => {
    const ramadan = all().filter((o) => !o.fraud && o.at >= START + 5 * DAY && o.data.currency === 'MYR');
    const share = (from: number, to: number) =>
      ramadan.filter((o) => localHour(o.at) >= from && localHour(o.at) < to).length / ramadan.length;
    expect(share(21, 24)).toBeGreaterThan(2.5 * share(6, 9));
    expect(share(19, 20)).toBeLessThan(share(22, 23) / 3);
    expect(share(4, 6)).toBeGreaterThan(share(2, 4));
    for (const o of of('tailoring')) expect(o.at).toBeLessThan(START + TAILORING_CUTOFF * DAY);
    for (const o of [...of('corporate_gifts'), ...of('fake_corporate_lpo')]) {
      const local = new Date(o.at + 8 * HOUR);
      expect([0, 6]).not.toContain(local.getUTCDay());
      expect(local.getUTCHours()).toBeGreaterThanOrEqual(9);
      expect(local.getUTCHours()).toBeLessThan(18);
    }
    const firstWeek = all().filter((o) => o.at < START + 5 * DAY).length / 5;
    const lastFortnight = all().filter((o) => o.at >= START + 22 * DAY && o.at < START + 30 * DAY).length / 8;
    expect(lastFortnight).toBeGreaterThan(2 * firstWeek);
  });

  it('ships honest orders only where it serves, COD only in Peninsular Malaysia, Sabah and Sarawak by their own rate', () => {
    for (const o of all()) {
      const d = data(o.data);
      if (!o.fraud && d.shipping) expect(SERVED.has(d.shipping.country ?? '')).toBe(true);
      if (d.paymentMethod === 'cod') {
        expect(d.shipping?.country).toBe('MY');
        expect(isEast(d.shipping)).toBe(false);
      }
      if (d.delivery === 'pickup' || d.delivery === 'email') expect(d.shipping).toBeUndefined();
      if (d.delivery === 'east_malaysia') expect(isEast(d.shipping)).toBe(true);
    }
    for (const o of of('east_malaysia')) expect(data(o.data).delivery).toBe('east_malaysia');
    const gifts = of('balik_kampung_gift').filter((o) => o.data.shipping);
    expect(
      gifts.filter((o) => o.data.shipping?.city !== o.data.billing?.city).length / gifts.length,
    ).toBeGreaterThan(0.8);
    const home = of('diaspora').filter((o) => o.data.shipping?.country === 'MY');
    expect(home.length / of('diaspora').length).toBeGreaterThan(0.3);
    for (const o of home) expect(o.data.billing?.country).not.toBe('MY');
  });

  it('sends card checks with cards and Apple Pay only, AVS only from British, American and Canadian issuers', () => {
    const methods = new Set<string>();
    for (const { b } of bodiesOf(1)) {
      if (!b.type.startsWith('payment.')) continue;
      const d = data(b.data);
      const method = d.paymentMethod ?? '';
      methods.add(method);
      const card = method === 'card' || method === 'apple_pay';
      expect(`${method}:${d.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${d.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      if (card && !['GB', 'US', 'CA'].includes(d.card?.country ?? ''))
        expect(d.checks?.avs).toBe('unavailable');
      if (method === 'fpx') expect(d.fpxBank).toBeDefined();
      if (b.type === 'payment.failed') expect(d.reason).toBeDefined();
    }
    for (const m of [
      'card',
      'apple_pay',
      'fpx',
      'tng_ewallet',
      'grabpay',
      'atome',
      'paynow',
      'paypal',
      'cod',
    ])
      expect(methods).toContain(m);
  });

  it('collects COD from the rider on delivery; refused parcels come back and cancel the order', () => {
    const s = stream(1);
    const types = webhookTypesByPurchase(s);
    for (const o of createdOrders(s).filter((x) => data(x.data).paymentMethod === 'cod')) {
      const list = types.get(o.purchase) ?? [];
      expect(list.slice(0, 1)).toEqual(['order.created']);
      expect(list.indexOf('payment.succeeded') === -1 || list.indexOf('payment.succeeded') > 1).toBe(true);
      if (!list.includes('payment.succeeded')) expect(list).toContain('order.cancelled');
    }
    const refused = createdOrders(s).filter((o) => o.kind === 'fake_cod');
    expect(paidShare(refused, types)).toBe(0);
    const cod = createdOrders(s).filter((o) => o.kind === 'cod_buyer');
    expect(paidShare(cod, types)).toBeGreaterThan(0.8);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud')) {
      const list = types.get(p.purchase) ?? [];
      expect(list.includes('dispute.created') || list.includes('refund.created')).toBe(true);
    }
    const honest = createdOrders(s).filter((o) => !o.fraud && data(o.data).paymentMethod !== 'cod');
    expect(paidShare(honest, types)).toBeGreaterThan(0.97);
    for (const p of s.truth.filter((x) => x.kind === 'fake_corporate_lpo'))
      expect(types.get(p.purchase)).not.toContain('payment.succeeded');
  });

  it('tests cards as guests on the cheapest items at night, mostly refused, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.35, gap: 10 * MINUTE, ordersPerBin: 3 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(50_00);
    }
  });

  it('takes over aged accounts seen in honest traffic; phished and mule orders come from new accounts or guests', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(30 * DAY);
    for (const o of [...of('stolen_card_otp'), ...of('mule_wallet_fpx')]) {
      const opened = o.data.customer?.createdAt;
      if (opened) expect(o.at - Date.parse(opened)).toBeLessThan(HOUR);
    }
  });

  it('sells corporate gifts by the dozen to companies; forged purchase orders ask for terms and never pay', () => {
    for (const o of of('corporate_gifts')) {
      expect(data(o.data).company?.name).toBeDefined();
      expect(Math.max(...orderItems(o.data).map((i) => i.quantity))).toBeGreaterThanOrEqual(20);
    }
    for (const o of of('fake_corporate_lpo')) {
      expect(data(o.data).paymentMethod).toBe('invoice');
      expect(data(o.data).company?.poNumber).toMatch(/^LPO-2026-\d{5}$/);
    }
    expect(medianAmount(of('songket_heirloom'))).toBeGreaterThan(4 * medianAmount(of('raya_outfit')));
    expect(medianAmount(of('card_testing'))).toBeLessThan(60_00);
  });
});
