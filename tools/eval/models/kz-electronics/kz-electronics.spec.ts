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
  SANCTIONED,
} from '../kit/contract.js';
import {
  expectGuestCardTesting,
  expectMoneyAfterPaymentAndUnpaidCancelled,
  medianAmount,
  paidShare,
} from '../kit/lifecycle.js';
import { DAY, HOUR } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { DAYS, START, TZ } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { kzElectronicsModel } from './index.js';
import { address, ipCountry, KZ_MOBILE, NETWORK_LIST } from './networks.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(kzElectronicsModel);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  deliveryFee?: number;
  delivery?: string;
  pickupPoint?: string;
  installmentPlan?: string;
  company?: { name: string; bin: string };
  status?: string;
  reason?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);
const opened = (o: { at: number; data: CanonicalEvent['data'] }) =>
  o.at - Date.parse(o.data.customer?.createdAt ?? '');
const CURRENCIES: Readonly<Record<string, readonly string[]>> = {
  KZ: ['KZT'],
  KG: ['KGS', 'USD'],
  UZ: ['UZS', 'USD'],
};
const MOBILE = new Set(KZ_MOBILE.map(([n]) => n.name));

describe('kz-electronics traffic model', () => {
  itIsDeterministic(kzElectronicsModel, stream);

  itDefaultsAndHonoursOptions(kzElectronicsModel, stream, {
    name: 'defaults to 2,000 orders over the fortnight of 2–15 November (Almaty time) and honours the options',
    model: 'kz-electronics',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 3, 1), within: 60 * HOUR, larger: 450 },
  });

  it('sorts and labels every webhook; each order is in its market’s currency and adds up', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
      const d = data(o.data);
      expect(truth.get(o.purchase)?.amount).toBe(d.amount);
      expect(truth.get(o.purchase)?.currency).toBe(d.currency);
      const market = o.kind === 'cross_border' ? (d.billing?.country ?? '') : 'KZ';
      expect(CURRENCIES[market]).toContain(d.currency);
      const items = orderItems(d);
      for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
      const sum = items.reduce((t, i) => t + i.price * i.quantity, 0);
      expect(d.amount).toBe(sum - (d.discount ?? 0) + (d.deliveryFee ?? 0));
    }
  });

  itDrawsKindsInShares({
    stream,
    share: [0.05, 0.09],
    fraud: FRAUD,
    allocate,
    honest: HONEST,
    seeds: [1, 2, 3],
  });

  itParsesEveryBody(kzElectronicsModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 13, orders: 300, timestampHeader: false },
  ]);

  itDrawsIpsThatLocate({
    name: 'draws IPs that geoip-country places in the intended country, IPv4 and IPv6, for every network',
    networks: NETWORK_LIST,
    address,
    locate: ipCountry,
    stream,
    seed: 2,
    also: () => {
      for (const kind of ['everyday_shopper', 'regional_cod', 'sale_phone_instalment', 'grey_reseller'])
        for (const o of of(kind)) expect(ipCountry(o.data.ip ?? '')).toBe('KZ');
      for (const o of of('cross_border')) expect(ipCountry(o.data.ip ?? '')).toBe(o.data.billing?.country);
      const abroad = of('abroad_for_family');
      expect(abroad.filter((o) => ipCountry(o.data.ip ?? '') !== 'KZ').length).toBeGreaterThan(
        abroad.length * 0.75,
      );
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('ships honest orders only to Kazakhstan, Kyrgyzstan and Uzbekistan; pickup orders name a point, not an address', () => {
    for (const o of all()) {
      const d = data(o.data);
      if (!o.fraud && d.shipping) expect(['KZ', 'KG', 'UZ']).toContain(d.shipping.country);
      if (d.delivery === 'pickup') {
        expect(d.shipping).toBeUndefined();
        expect(d.pickupPoint).toBeDefined();
      }
      if (d.delivery === 'digital')
        expect(orderItems(d).every((i) => i.category === 'gift_cards')).toBe(true);
    }
  });

  it('sends cards and checks only with card and wallet payments, AVS only from US and British issuers', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const d = data(b.data);
      const method = d.paymentMethod ?? '';
      methods.add(method);
      const card = ['card', 'apple_pay', 'google_pay'].includes(method);
      expect(`${method}:${d.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${d.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      if (card && !['GB', 'US'].includes(d.card?.country ?? '')) expect(d.checks?.avs).toBe('unavailable');
      if (b.type === 'payment.failed') expect(d.reason).toBeDefined();
      if (method === 'installments') expect(d.installmentPlan).toMatch(/^0-0-(6|12|24)$/);
    }
    for (const m of [
      'card',
      'apple_pay',
      'google_pay',
      'qr',
      'installments',
      'cod',
      'bank_transfer',
      'pay_in_store',
    ])
      expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.94);
  });

  it('takes cash on delivery only when the courier arrives, and regional buyers mostly pay that way', () => {
    const s = stream(3);
    const statuses = new Map<string, string[]>();
    for (const w of s.webhooks) {
      const b = w.body as CanonicalEvent;
      const d = data(b.data);
      const label =
        b.type === 'order.updated' ? `updated:${d.status ?? ''}` : `${b.type}:${d.paymentMethod ?? ''}`;
      statuses.set(w.purchase, [...(statuses.get(w.purchase) ?? []), label]);
    }
    let cod = 0;
    for (const list of statuses.values()) {
      const at = list.indexOf('payment.succeeded:cod');
      if (at < 0) continue;
      cod += 1;
      expect(list.slice(0, at)).toContain('updated:out_for_delivery');
      expect(list.slice(0, at).some((x) => x.startsWith('payment.'))).toBe(false);
    }
    expect(cod).toBeGreaterThan(100);
    const regional = createdOrders(s).filter((o) => o.kind === 'regional_cod');
    expect(regional.filter((o) => o.data.paymentMethod === 'cod').length).toBeGreaterThan(
      regional.length * 0.7,
    );
  });

  it('peaks on 11.11, with the first hours after midnight busier than any other night', () => {
    const orders = createdOrders(stream(1));
    const localDay = (t: number) => Math.floor((t - START) / DAY);
    const perDay = Array.from({ length: DAYS }, (_, d) => orders.filter((o) => localDay(o.at) === d).length);
    const sale = perDay[9] ?? 0;
    expect(sale).toBe(Math.max(...perDay));
    expect(sale).toBeGreaterThan((2.5 * (orders.length - sale)) / (DAYS - 1));
    const night = (d: number) =>
      orders.filter((o) => localDay(o.at) === d && (o.at - START - d * DAY) / HOUR < 2).length;
    expect(night(9)).toBeGreaterThan(3 * Math.max(...[0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13].map(night)));
  });

  it('tests cards as guests on a single cheap item, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.3, gap: 5 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(500_000);
    }
  });

  it('buys iPhones on stolen foreign cards for drops in Kazakhstan, declined often', () => {
    const stolen = of('stolen_foreign_card');
    const s = [1, 2, 3].map(stream);
    const types = new Map(s.flatMap((x) => [...webhookTypesByPurchase(x)]));
    for (const o of stolen) {
      expect(o.data.card?.country).not.toBe('KZ');
      if (o.data.shipping) expect(o.data.shipping.country).toBe('KZ');
    }
    expect(paidShare(stolen, types)).toBeLessThan(0.7);
    expect(medianAmount(stolen)).toBeGreaterThan(3 * medianAmount(of('everyday_shopper')));
  });

  it('takes over aged accounts seen in honest traffic, from a new phone on Kazakh mobile data', () => {
    let known = 0;
    const takeovers = [1, 2, 3].flatMap((seed) => {
      const orders = createdOrders(stream(seed));
      const honest = orders.filter((o) => !o.fraud);
      return orders
        .filter((o) => o.kind === 'sim_swap_takeover')
        .map((o) => {
          const own = honest.filter((h) => h.data.customer?.id === o.data.customer?.id);
          if (own.length > 0) known += 1;
          for (const h of own) expect(h.data.deviceId).not.toBe(o.data.deviceId);
          return o;
        });
    });
    expect(known).toBeGreaterThan(takeovers.length / 3);
    for (const o of takeovers) {
      expect(opened(o)).toBeGreaterThan(120 * DAY);
      expect(ipCountry(o.data.ip ?? '')).toBe('KZ');
    }
    expect(MOBILE.size).toBe(3);
  });

  it('applies for instalments in stolen names from fresh accounts on a few shared phones', () => {
    const fraud = of('instalment_id_fraud');
    for (const o of fraud) {
      expect(o.data.paymentMethod).toBe('installments');
      expect(opened(o)).toBeLessThan(2 * HOUR);
    }
    for (const seed of [1, 2, 3]) {
      const ring = createdOrders(stream(seed)).filter((o) => o.kind === 'instalment_id_fraud');
      expect(new Set(ring.map((o) => o.data.deviceId)).size).toBeLessThan(ring.length / 2);
    }
    expect(medianAmount(fraud)).toBeGreaterThan(medianAmount(of('sale_phone_instalment')));
  });

  it('farms promo codes on fresh accounts sharing phones; couriers collude on cash on delivery', () => {
    const promo = of('promo_abuse_farm');
    for (const o of promo) {
      expect(opened(o)).toBeLessThan(30 * 60_000);
      expect(data(o.data).discountCode).toMatch(/^(NEWAPP|REF-[A-Z0-9]{6})$/);
    }
    expect(new Set(promo.map((o) => o.data.deviceId)).size).toBeLessThan(promo.length / 2);
    for (const o of of('courier_cod_collusion')) expect(o.data.paymentMethod).toBe('cod');
  });

  it('sells to companies on weekdays in office hours by invoice, and resellers buy phones by the box', () => {
    for (const o of of('business_invoice')) {
      expect(data(o.data).company?.bin).toMatch(/^\d{12}$/);
      const local = new Date(o.at + TZ * HOUR);
      expect([0, 6]).not.toContain(local.getUTCDay());
      expect(local.getUTCHours()).toBeGreaterThanOrEqual(8);
      expect(local.getUTCHours()).toBeLessThan(19);
    }
    const resellers = of('grey_reseller');
    for (const o of resellers)
      expect(Math.max(...orderItems(o.data).map((i) => i.quantity))).toBeGreaterThanOrEqual(3);
    expect(new Set(resellers.map((o) => o.data.customer?.id)).size).toBeLessThan(resellers.length / 4);
  });
});
