import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import {
  cachedStreams,
  createdOrders,
  expectOrdersAddUp,
  itDefaultsAndHonoursOptions,
  itDrawsIpsThatLocate,
  itIsDeterministic,
  itKeepsSanctionedCountriesToTheirKind,
  itParsesEveryBody,
  orderItems,
  ordersOfSeeds,
  touchesCountry,
  SANCTIONED,
} from '../kit/contract.js';
import {
  expectGuestCardTesting,
  expectMoneyAfterPaymentAndDisputesMostlyFraud,
  meanAmount,
  paidShare,
  takeoversOfKnownAccounts,
} from '../kit/lifecycle.js';
import { DAY, HOUR } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { DAYS, flashSales, START, TZ } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { vnPhonesModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { DA_NANG, HANOI, HCMC, SHOPS } from './places.js';
import { CARD_METHODS, SHOWS_CARD } from './purchase.js';

/** The model's own properties (size, shares, money, geography, payments, lifecycle, labels); never the engine's view. */

const stream = cachedStreams(vnPhonesModel);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  voucherCode?: string;
  shippingFee?: number;
  fulfilment?: string;
  pickupStore?: string;
  financeProvider?: string;
  downPayment?: number;
  einvoice?: { company: string; taxCode: string };
  threeDSecure?: string;
  status?: string;
  reason?: string;
  trackingNumber?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);
const bodiesOf = (seed: number) =>
  stream(seed).webhooks.map((w) => ({ purchase: w.purchase, body: w.body as CanonicalEvent }));

describe('vn-phones traffic model', () => {
  itIsDeterministic(vnPhonesModel, stream);

  itDefaultsAndHonoursOptions(vnPhonesModel, stream, {
    name: 'defaults to 2,000 orders over the four weeks of December 2026 and honours the options',
    model: 'vn-phones',
    orders: 2000,
    start: START,
    days: DAYS,
    options: {
      seed: 9,
      orders: 300,
      start: Date.UTC(2027, 0, 10),
      within: 102 * HOUR,
      larger: 2600,
    },
  });

  it('sorts and labels every webhook; each purchase opens with its order, in dong, and adds up', () => {
    const orders = expectOrdersAddUp(stream(1), {
      currency: 'VND',
      total: (items, d) => items - (data(d).discount ?? 0) + (data(d).shippingFee ?? 0),
    });
    for (const o of orders) expect(Number.isInteger(o.data.amount)).toBe(true);
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(vnPhonesModel, stream, [
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
      const everyday = [...of('city_everyday'), ...of('provincial_cod')];
      expect(everyday.filter((o) => ipCountry(o.data.ip ?? '') === 'VN').length).toBe(everyday.length);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      for (const o of of('viet_kieu_family')) {
        expect(ipCountry(o.data.ip ?? '')).toBe(o.data.billing?.country);
        expect(o.data.shipping?.country).toBe('VN');
      }
      for (const o of of('traveller_or_vpn')) expect(ipCountry(o.data.ip ?? '')).not.toBe('VN');
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('keeps sanctioned countries to their kind in seeds 2 and 3 too; those orders bill there', () => {
    for (const seed of [2, 3])
      for (const { kind, data: d } of createdOrders(stream(seed)))
        expect(`${kind} ${touchesCountry(d, SANCTIONED, ipCountry)}`).toBe(
          `${kind} ${kind === 'sanctioned_country'}`,
        );
    for (const o of of('sanctioned_country'))
      expect(SANCTIONED.has(o.data.billing?.country ?? '')).toBe(true);
  });

  it('delivers honest orders in Vietnam only; two-hour delivery only in the three big cities; pickup at a shop', () => {
    const shops = new Set(SHOPS.map((s) => s.id));
    for (const o of all()) {
      const d = data(o.data);
      if (!o.fraud && d.shipping) expect(d.shipping.country).toBe('VN');
      if (d.fulfilment === 'express_2h') expect([HCMC, HANOI, DA_NANG]).toContain(d.shipping?.city);
      if (d.fulfilment === 'pickup') {
        expect(d.shipping).toBeUndefined();
        expect(shops.has(d.pickupStore ?? '')).toBe(true);
      }
      if (d.fulfilment === 'digital') {
        expect(d.shipping).toBeUndefined();
        for (const i of orderItems(d)) expect(i.category).toBe('topup');
      }
    }
  });

  it('shows cards only for card methods and Napas; AVS only from US, Canadian and British issuers', () => {
    const methods = new Set<string>();
    for (const { body: b } of bodiesOf(1)) {
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const shows = (SHOWS_CARD as readonly string[]).includes(method);
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${shows}`);
      if (method === 'napas') {
        expect(b.data.card?.bin).toMatch(/^9704\d\d$/);
        expect(b.data.card?.country).toBe('VN');
        expect(b.data.checks?.cvc).toBe('unavailable');
      }
      if (shows && !['US', 'CA', 'GB'].includes(b.data.card?.country ?? ''))
        expect(b.data.checks?.avs).toBe('unavailable');
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    for (const m of [
      'cod',
      'momo',
      'zalopay',
      'vnpay_qr',
      'napas',
      'card',
      'apple_pay',
      'card_instalment',
      'consumer_finance',
      'bank_transfer',
      'pay_at_store',
    ])
      expect(methods).toContain(m);
  });

  it('takes money events only after a payment, disputes only on cards, and cancels every order never paid', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndDisputesMostlyFraud(s);
    for (const list of types.values())
      if (!list.includes('payment.succeeded')) expect(list).toContain('order.cancelled');
    for (const { body: b } of bodiesOf(1)) {
      const method = b.data.paymentMethod ?? '';
      if (b.type === 'dispute.created') expect(CARD_METHODS).toContain(method);
      if (b.type === 'fraud_warning.created') expect([...CARD_METHODS, 'consumer_finance']).toContain(method);
    }
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud')) {
      const list = types.get(p.purchase) ?? [];
      expect(list.includes('dispute.created') || list.includes('refund.created')).toBe(true);
    }
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.9);
  });

  it('collects cash on delivery at the door after dispatch; bombed orders are never paid and are cancelled', () => {
    for (const seed of [1, 2]) {
      const s = stream(seed);
      const kinds = new Map(s.truth.map((p) => [p.purchase, p.kind]));
      const seen = new Map<string, string[]>();
      const method = new Map<string, string>();
      for (const w of s.webhooks) {
        const b = w.body as CanonicalEvent;
        const steps = seen.get(w.purchase) ?? [];
        if (b.type === 'order.created') method.set(w.purchase, b.data.paymentMethod ?? '');
        if (b.type === 'payment.succeeded' && b.data.paymentMethod === 'cod')
          expect(steps.some((x) => x === 'shipped' || x === 'out_for_delivery')).toBe(true);
        steps.push(b.type === 'order.updated' ? (data(b.data).status ?? '') : b.type);
        seen.set(w.purchase, steps);
      }
      for (const [purchase, steps] of seen) {
        if (method.get(purchase) === 'cod' && !steps.includes('payment.succeeded'))
          expect(steps).toContain('order.cancelled');
        if (kinds.get(purchase) === 'cod_bombing') {
          expect(steps).not.toContain('payment.succeeded');
          expect(steps).toContain('order.cancelled');
        }
      }
    }
    for (const o of of('cod_bombing')) expect(o.data.paymentMethod).toBe('cod');
  });

  it('tests cards as guests on single cheap top-up codes, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.3, gap: 5 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.category).toBe('topup');
      expect(o.data.amount).toBeLessThanOrEqual(50_000);
    }
  });

  it('takes over aged accounts seen in honest traffic; voucher farms are fresh accounts on shared emulators', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(60 * DAY);
    const farm = of('promo_farm');
    for (const o of farm) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(30 * 60_000);
      expect(data(o.data).voucherCode).toBeDefined();
      expect(o.data.userAgent).toMatch(/Android (9|7\.1\.2);/);
    }
    expect(new Set(farm.map((o) => o.data.deviceId)).size).toBeLessThan(farm.length / 2);
  });

  it('sweeps flash sales within minutes of their start; instalment fraud goes through finance companies', () => {
    const flashes = flashSales({ start: START, end: START + DAYS * DAY });
    for (const o of of('flash_sale_reseller')) {
      expect(flashes.some((f) => o.at >= f && o.at - f < 3 * 60_000)).toBe(true);
      expect(data(o.data).voucherCode).toBe('FLASHSALE');
    }
    for (const o of of('instalment_id_fraud')) {
      expect(o.data.paymentMethod).toBe('consumer_finance');
      expect(data(o.data).financeProvider).toBeDefined();
    }
  });

  it('pays Viet Kieu orders with cards from the buyer’s own country; companies get a VAT e-invoice on weekdays', () => {
    for (const o of of('viet_kieu_family'))
      if (o.data.card) expect(o.data.card.country).toBe(o.data.billing?.country);
    for (const o of of('business_bulk')) {
      expect(data(o.data).einvoice?.taxCode).toMatch(/^0\d{9}$/);
      const local = new Date(o.at + TZ * HOUR);
      expect([0, 6]).not.toContain(local.getUTCDay());
    }
    expect(meanAmount(of('business_bulk'))).toBeGreaterThan(4 * meanAmount(of('city_everyday')));
    expect(meanAmount(of('card_testing'))).toBeLessThan(60_000);
  });

  it('is busiest on 12.12', () => {
    const byDay = new Map<number, number>();
    for (const o of createdOrders(stream(1))) {
      const day = new Date(o.at + TZ * HOUR).getUTCDate();
      byDay.set(day, (byDay.get(day) ?? 0) + 1);
    }
    const busiest = [...byDay].sort((a, b) => b[1] - a[1])[0]?.[0];
    expect(busiest).toBe(12);
  });

  it('sends a dispatched order’s tracking, and takes payment at the counter only once a pickup is ready', () => {
    const steps = new Map<string, string[]>();
    for (const { purchase, body: b } of bodiesOf(1)) {
      const d = data(b.data);
      const list = steps.get(purchase) ?? [];
      if (b.type === 'order.updated' && d.status === 'shipped') expect(d.trackingNumber).toBeDefined();
      if (b.type === 'payment.succeeded' && d.paymentMethod === 'pay_at_store')
        expect(list).toContain('ready_for_pickup');
      list.push(b.type === 'order.updated' ? (d.status ?? '') : b.type);
      steps.set(purchase, list);
    }
    expect(steps.size).toBe(2000);
  });
});
