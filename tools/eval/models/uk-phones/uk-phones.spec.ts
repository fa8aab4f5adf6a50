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
  meanAmount,
  paidShare,
  takeoversOfKnownAccounts,
} from '../kit/lifecycle.js';
import { DAY, HOUR } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { calendarOf, DAYS, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { ukPhonesModel } from './index.js';
import { address, ipCountry, NETWORKS, SANCTIONED } from './networks.js';

/** The model's own properties (size, shares, money, geography, payments, lifecycle, valid bodies); never the engine's view. */

const stream = cachedStreams(ukPhonesModel);
const calendar = calendarOf({ start: START, end: START + DAYS * DAY });

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  fulfilment?: string;
  preorder?: boolean;
  locale?: string;
  company?: { name: string; vatNumber: string };
  financeMonths?: number;
  status?: string;
  reason?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);

describe('uk-phones traffic model', () => {
  itIsDeterministic(ukPhonesModel, stream);

  itDefaultsAndHonoursOptions(ukPhonesModel, stream, {
    name: 'defaults to 2,000 orders over the fortnight from 8 September 2026 and honours the options',
    model: 'uk-phones',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 2, 1), within: 60 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each order is in pounds (euros for Ireland) and adds up', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
      const d = data(o.data);
      expect(o.data.currency).toBe(d.locale === 'en-IE' ? 'EUR' : 'GBP');
      expect(truth.get(o.purchase)?.amount).toBe(o.data.amount);
      const items = orderItems(o.data);
      for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
      const sum = items.reduce((x, i) => x + i.price * i.quantity, 0);
      expect(o.data.amount).toBe(sum - (d.discount ?? 0) + (d.shippingFee ?? 0));
    }
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(ukPhonesModel, stream, [
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
      const regulars = of('regular_customer');
      const home = regulars.filter((o) => ipCountry(o.data.ip ?? '') === 'GB');
      expect(home.length / regulars.length).toBeGreaterThan(0.97);
      for (const o of of('ireland_buyer')) expect(ipCountry(o.data.ip ?? '')).toBe('IE');
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      const away = of('traveller_or_vpn').filter((o) => ipCountry(o.data.ip ?? '') !== 'GB');
      expect(away.length / of('traveller_or_vpn').length).toBeGreaterThan(0.35);
    },
  });

  for (const seed of [1, 2, 3])
    itKeepsSanctionedCountriesToTheirKind(stream, { seed, countries: SANCTIONED, locate: ipCountry });

  it('ships honest orders only to Britain and Ireland, Irish orders in euros; e-gift cards have no address', () => {
    for (const o of all()) {
      const d = data(o.data);
      if (d.fulfilment === 'e_gift') expect(o.data.shipping).toBeUndefined();
      else expect(['GB', 'IE']).toContain(o.data.shipping?.country);
      if (!o.fraud && o.data.shipping)
        expect(o.data.currency).toBe(o.data.shipping.country === 'IE' ? 'EUR' : 'GBP');
    }
  });

  it('sends card checks with cards and wallets only, reasons with every decline, and every method it takes', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = ['card', 'apple_pay', 'google_pay'].includes(method);
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${b.data.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      if (method === 'apple_pay' || method === 'google_pay') expect(b.data.checks?.cvc).toBe('unavailable');
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    for (const m of ['card', 'apple_pay', 'google_pay', 'paypal', 'klarna', 'finance'])
      expect(methods).toContain(m);
    for (const o of of('pay_monthly')) expect(data(o.data).financeMonths).toBeGreaterThanOrEqual(12);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    for (const seed of [1, 2, 3]) {
      const s = stream(seed);
      const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
      for (const p of s.truth.filter(
        (x) => x.kind === 'friendly_fraud' && types.get(x.purchase)?.includes('payment.succeeded'),
      ))
        expect(types.get(p.purchase)).toContain('dispute.created');
      for (const p of s.truth.filter(
        (x) => x.kind === 'refund_abuse' && types.get(x.purchase)?.includes('payment.succeeded'),
      ))
        expect(types.get(p.purchase)).toContain('refund.created');
      const honest = createdOrders(s).filter((o) => !o.fraud);
      expect(paidShare(honest, types)).toBeGreaterThan(0.95);
      const returned = s.truth.filter((x) => x.kind === 'returner');
      expect(
        returned.filter((p) => types.get(p.purchase)?.includes('refund.created')).length,
      ).toBeGreaterThan(0.9 * returned.length);
    }
  });

  it('tests cards as guests on the cheapest items, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), {
      paidBelow: 0.4,
      gap: 10 * 60_000,
      ordersPerBin: 1.5,
    });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(1_499);
    }
  });

  it('sells the new phone only from pre-order opening; pre-orders arrive on launch day', () => {
    for (const seed of [1, 2]) {
      const s = stream(seed);
      const types = webhookTypesByPurchase(s);
      for (const o of createdOrders(s)) {
        const flagship = orderItems(o.data).some((i) => i.category === 'flagship');
        if (flagship) expect(o.at).toBeGreaterThanOrEqual(calendar.preorders - 1000);
        if (data(o.data).preorder) expect(o.at).toBeLessThan(calendar.release);
      }
      for (const w of s.webhooks) {
        const b = w.body as CanonicalEvent;
        const d = data(b.data);
        if (
          b.type === 'order.updated' &&
          d.preorder &&
          d.fulfilment === 'launch_day' &&
          d.status === 'delivered'
        )
          expect(Date.parse(b.timestamp ?? '')).toBeGreaterThanOrEqual(calendar.release);
      }
      expect([...types.values()].length).toBe(s.truth.length);
    }
  });

  it('sees resellers rush the first minutes of pre-orders; they buy the top models, two at most', () => {
    const resellers = of('launch_reseller');
    const rush = resellers.filter((o) => o.at - calendar.preorders < 2 * HOUR);
    expect(rush.length / resellers.length).toBeGreaterThan(0.5);
    for (const o of resellers) {
      const items = orderItems(o.data);
      expect(items.every((i) => i.category === 'flagship' && i.quantity <= 2)).toBe(true);
    }
  });

  it('takes over aged accounts seen in honest traffic; finance fraud opens fresh accounts in the victim’s name', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(30 * DAY);
    for (const o of of('finance_application_fraud')) {
      expect(o.data.paymentMethod).toBe('finance');
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(7 * DAY);
    }
  });

  it('sells to small firms in office hours on weekdays, several phones at once; launch orders cost the most', () => {
    for (const o of of('business_buyer')) {
      expect(data(o.data).company?.vatNumber).toMatch(/^GB\d{9}$/);
      expect(Math.max(...orderItems(o.data).map((i) => i.quantity))).toBeGreaterThanOrEqual(3);
      const local = new Date(o.at + HOUR);
      expect([0, 6]).not.toContain(local.getUTCDay());
      expect(local.getUTCHours()).toBeGreaterThanOrEqual(8);
      expect(local.getUTCHours()).toBeLessThan(18);
    }
    expect(meanAmount(of('launch_preorder'))).toBeGreaterThan(2 * meanAmount(of('regular_customer')));
    expect(meanAmount(of('card_testing'))).toBeLessThan(2_000);
    expect(meanAmount(of('sanctioned_country'))).toBeGreaterThan(meanAmount(of('launch_preorder')));
  });
});
