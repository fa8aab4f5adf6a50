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
import { DAY, HOUR } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { DAYS, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { huPorcelainModel } from './index.js';
import { address, ipCountry, networkOf, NETWORKS } from './networks.js';
import { COUNTRIES, SANCTIONED } from './places.js';

/** The model's own properties (size, shares, money, calendar, geography, payments, lifecycle); never the engine's view. */

const stream = cachedStreams(huPorcelainModel);
const { all, of } = ordersOfSeeds(stream);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  insuranceFee?: number;
  codFee?: number;
  delivery?: string;
  company?: { name: string; taxId: string };
  voucherRecipient?: string;
  status?: string;
  reason?: string;
};
const data = (d: CanonicalEvent['data']) => d as Data;
const CARD_METHODS = ['card', 'apple_pay', 'google_pay'];
const CHECKING_ISSUERS = ['US', 'GB', 'CA'];

describe('hu-porcelain traffic model', () => {
  itIsDeterministic(huPorcelainModel, stream);

  itDefaultsAndHonoursOptions(huPorcelainModel, stream, {
    name: 'defaults to 2,000 orders over the three Christmas weeks from 30 November and honours the options',
    model: 'hu-porcelain',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 2, 1), within: 76 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each order adds up in its currency, forints in whole forints', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
      const d = data(o.data);
      expect(['HUF', 'EUR', 'GBP', 'USD']).toContain(d.currency);
      expect(truth.get(o.purchase)?.amount).toBe(d.amount);
      expect(truth.get(o.purchase)?.currency).toBe(d.currency);
      const items = orderItems(o.data);
      for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
      const goods = items.reduce((sum, i) => sum + i.price * i.quantity, 0);
      expect(d.amount).toBe(
        goods - (d.discount ?? 0) + (d.shippingFee ?? 0) + (d.insuranceFee ?? 0) + (d.codFee ?? 0),
      );
      if (d.currency === 'HUF') expect((d.amount ?? 0) % 100).toBe(0);
    }
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(huPorcelainModel, stream, [
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
      for (const o of of('domestic_gift')) expect(ipCountry(o.data.ip ?? '')).toBe('HU');
      for (const o of of('diaspora_gift')) expect(ipCountry(o.data.ip ?? '')).not.toBe('HU');
      for (const o of of('privacy_relay'))
        expect(['relay', 'hosting']).toContain(networkOf(o.data.ip ?? '')?.kind);
      for (const o of of('traveller')) expect(ipCountry(o.data.ip ?? '')).not.toBe(o.data.billing?.country);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('bills every sanctioned order to Russia, Belarus or Iran', () => {
    for (const o of of('sanctioned_country')) expect(['RU', 'BY', 'IR']).toContain(o.data.billing?.country);
  });

  it('charges honest buyers in forints exactly when they are billed in Hungary; vouchers only in forints', () => {
    for (const o of all()) {
      const d = data(o.data);
      if (!o.fraud)
        expect(`${o.kind}:${d.currency === 'HUF'}`).toBe(`${o.kind}:${d.billing?.country === 'HU'}`);
      if (orderItems(o.data).some((i) => i.category === 'voucher')) {
        expect(d.currency).toBe('HUF');
        expect(d.delivery).toBe('email');
        expect(d.shipping).toBeUndefined();
        expect(d.voucherRecipient).toMatch(/@/);
      }
      if (d.delivery === 'pickup') expect(d.shipping).toBeUndefined();
      if (!o.fraud && d.shipping) expect(Object.keys(COUNTRIES)).toContain(d.shipping.country);
    }
  });

  it('takes cash on delivery only in Hungary, in forints, up to 300,000 Ft of goods, with its fee', () => {
    const cod = all().filter((o) => o.data.paymentMethod === 'cod');
    expect(cod.length).toBeGreaterThan(100);
    for (const o of cod) {
      expect(o.data.shipping?.country).toBe('HU');
      expect(o.data.currency).toBe('HUF');
      expect(data(o.data).codFee).toBe(99_000);
      const goods = orderItems(o.data).reduce((sum, i) => sum + i.price * i.quantity, 0);
      expect(goods).toBeLessThanOrEqual(300_000 * 100);
    }
  });

  it('sends card checks with cards and wallets only, AVS only from US, British and Canadian issuers', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = CARD_METHODS.includes(method);
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${b.data.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      if (card && !CHECKING_ISSUERS.includes(b.data.card?.country ?? ''))
        expect(b.data.checks?.avs).toBe('unavailable');
      if (method === 'bank_transfer' || method === 'cod' || method === 'pay_in_store')
        expect(b.data.currency).toBe('HUF');
      if (method === 'wire_transfer') expect(b.data.currency).not.toBe('HUF');
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    for (const m of [
      ...CARD_METHODS,
      'paypal',
      'bank_transfer',
      'wire_transfer',
      'cod',
      'pay_in_store',
      'gift_voucher',
    ])
      expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    for (const p of s.truth.filter((x) => x.kind === 'refund_abuse'))
      expect(types.get(p.purchase)).toContain('refund.created');
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.97);
  });

  it('holds an antique leaving Hungary for its export licence before it ships', () => {
    const s = stream(3);
    const types = new Map<string, string[]>();
    for (const w of s.webhooks) {
      const b = w.body as CanonicalEvent;
      const status = data(b.data).status;
      if (status) types.set(w.purchase, [...(types.get(w.purchase) ?? []), status]);
    }
    const abroad = createdOrders(s).filter(
      (o) => o.kind === 'antique_piece' && o.data.shipping?.country !== 'HU',
    );
    expect(abroad.length).toBeGreaterThan(5);
    for (const o of abroad) {
      const list = types.get(o.purchase) ?? [];
      if (list.includes('shipped')) expect(list.indexOf('export_licence_pending')).toBe(0);
    }
  });

  it('tests cards as guests on the cheapest things, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.3, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(12_000 * 100);
    }
  });

  it('takes over aged accounts seen in honest traffic, from browsers those accounts never used', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const seed of [1, 2, 3]) {
      const orders = createdOrders(stream(seed));
      const devices = new Map<string, Set<string>>();
      for (const o of orders.filter((x) => !x.fraud && x.data.customer?.id && x.data.deviceId))
        devices.set(
          o.data.customer?.id ?? '',
          new Set([...(devices.get(o.data.customer?.id ?? '') ?? []), o.data.deviceId ?? '']),
        );
      for (const o of orders.filter((x) => x.kind === 'account_takeover')) {
        expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(60 * DAY);
        if (o.data.deviceId)
          expect(devices.get(o.data.customer?.id ?? '')?.has(o.data.deviceId) ?? false).toBe(false);
      }
    }
  });

  it('sells corporate gifts by the dozen on weekdays in Budapest office hours, to companies with a tax number', () => {
    for (const o of of('corporate_gift')) {
      expect(data(o.data).company?.taxId).toMatch(/^\d{8}-[1-5]-\d{2}$/);
      expect(orderItems(o.data).reduce((n, i) => n + i.quantity, 0)).toBeGreaterThanOrEqual(6);
      const local = new Date(o.at + HOUR);
      expect([0, 6]).not.toContain(local.getUTCDay());
      expect(local.getUTCHours()).toBeGreaterThanOrEqual(7);
      expect(local.getUTCHours()).toBeLessThan(19);
    }
  });

  it('follows the season: Hungarian orders climb towards the courier deadline, orders from abroad tail off', () => {
    const week = (o: { at: number }) => Math.floor((o.at - START) / (7 * DAY));
    const home = of('domestic_gift');
    expect(home.filter((o) => week(o) === 2).length).toBeGreaterThan(
      1.2 * home.filter((o) => week(o) === 0).length,
    );
    const abroad = of('foreign_collector');
    expect(abroad.filter((o) => week(o) === 2).length).toBeLessThan(
      0.8 * abroad.filter((o) => week(o) === 0).length,
    );
  });

  it('prices collectors, services and antiques above presents, and card tests at the bottom', () => {
    const median = (kind: string) => medianAmount(of(kind).filter((o) => o.data.currency === 'HUF'));
    expect(median('repeat_collector')).toBeGreaterThan(1.5 * median('domestic_gift'));
    expect(median('dinner_service')).toBeGreaterThan(1_000_000 * 100);
    expect(median('antique_piece')).toBeGreaterThan(300_000 * 100);
    expect(median('card_testing')).toBeLessThan(15_000 * 100);
  });

  it('lets only card and PayPal payments be charged back, and only wires be recalled', () => {
    const s = stream(1);
    const types = webhookTypesByPurchase(s);
    for (const w of s.webhooks) {
      const b = w.body as CanonicalEvent;
      if (b.type !== 'dispute.created') continue;
      expect([...CARD_METHODS, 'paypal', 'wire_transfer']).toContain(b.data.paymentMethod);
      expect(types.get(w.purchase)).toContain('payment.succeeded');
    }
  });
});
