import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import { type LabelledStream } from '../../traffic-model.js';
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
  webhookTypesByPurchase,
  SANCTIONED,
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
import { DAYS, postageOpen, type Postage, START } from './calendar.js';
import { EXPERIENCES } from './catalogue.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { ukExperiencesModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';

/** The model's own properties (size, shares, money, geography, payments, vouchers, labels); never the engine's view. */

const stream = cachedStreams(ukExperiencesModel);
const WINDOW = { start: START, end: START + DAYS * DAY };

type Data = CanonicalEvent['data'] & {
  reason?: string;
  discount?: number;
  discountCode?: string;
  deliveryFee?: number;
  format?: string;
  postage?: Postage;
  recipient?: { name: string; email?: string };
  sendOn?: string;
  company?: { name: string; number: string; vatId: string; domain: string; poNumber?: string };
  terms?: string;
  locale?: string;
  threeDSecure?: string;
  voucherCode?: string;
  status?: string;
  trackingNumber?: string;
  refundTo?: { destination: string; card?: { bin: string; last4: string } };
};

const data = (d: CanonicalEvent['data']) => d as Data;
const body = (w: { body: unknown }) => w.body as CanonicalEvent & { data: Data };
const { all, of } = ordersOfSeeds(stream);

/** The part of a stream whose purchases are in one currency. */
function inCurrency(s: LabelledStream, currency: string): LabelledStream {
  const keep = new Set(s.truth.filter((p) => p.currency === currency).map((p) => p.purchase));
  return {
    ...s,
    truth: s.truth.filter((p) => keep.has(p.purchase)),
    webhooks: s.webhooks.filter((w) => keep.has(w.purchase)),
  };
}

describe('uk-experiences traffic model', () => {
  itIsDeterministic(ukExperiencesModel, stream);

  itDefaultsAndHonoursOptions(ukExperiencesModel, stream, {
    name: 'defaults to 2,000 orders over the four weeks from Black Friday to Christmas Eve and honours the options',
    model: 'uk-experiences',
    orders: 2000,
    start: START,
    days: DAYS,
    options: {
      seed: 9,
      orders: 300,
      start: Date.UTC(2027, 5, 1),
      within: 101 * HOUR,
      larger: 2600,
    },
  });

  it('sorts and labels every webhook; each order opens its purchase, in pounds or (Ireland) euros, and adds up', () => {
    const s = stream(1);
    const total = (items: number, d: CanonicalEvent['data']) =>
      items - (data(d).discount ?? 0) + (data(d).deliveryFee ?? 0);
    const pounds = expectOrdersAddUp(inCurrency(s, 'GBP'), { currency: 'GBP', total });
    const euros = expectOrdersAddUp(inCurrency(s, 'EUR'), { currency: 'EUR', total });
    expect(pounds.length + euros.length).toBe(s.truth.length);
    expect(euros.length).toBeGreaterThan(50);
    for (const o of euros) expect(data(o.data).locale).toBe('en-IE');
    const irish = new Set(EXPERIENCES.filter((e) => e.market === 'IE').map((e) => e.sku));
    for (const o of pounds) for (const i of orderItems(o.data)) expect(irish.has(i.sku)).toBe(false);
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(ukExperiencesModel, stream, [
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
      const home = (kind: string, country: string) => {
        const orders = of(kind);
        return orders.filter((o) => ipCountry(o.data.ip ?? '') === country).length / orders.length;
      };
      expect(home('returning_customer', 'GB')).toBeGreaterThan(0.97);
      expect(home('irish_customer', 'IE')).toBeGreaterThan(0.97);
      expect(home('traveller', 'GB')).toBeLessThan(0.6);
      expect(home('vpn_privacy', 'GB')).toBeLessThan(0.8);
      for (const o of of('expat_abroad')) expect(ipCountry(o.data.ip ?? '')).toBe(o.data.billing?.country);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('posts boxes only while Royal Mail still delivers by Christmas; e-vouchers have no delivery address', () => {
    for (const o of all()) {
      const d = data(o.data);
      const boxes = orderItems(o.data).filter((i) => i.sku === 'BOX-PRES');
      if (d.format === 'e_voucher') {
        expect(o.data.shipping).toBeUndefined();
        expect(boxes).toHaveLength(0);
        continue;
      }
      expect(o.data.shipping).toBeDefined();
      const vouchers = orderItems(o.data).filter((i) => i.sku !== 'BOX-PRES');
      expect(boxes[0]?.quantity).toBe(vouchers.reduce((n, i) => n + i.quantity, 0));
      expect(d.deliveryFee).toBeGreaterThan(0);
      if (o.kind !== 'sanctioned_country')
        expect(postageOpen(o.at, WINDOW, o.data.shipping?.country === 'IE')).toContain(d.postage);
    }
    for (const o of of('last_minute')) {
      expect(o.at).toBeGreaterThanOrEqual(WINDOW.end - 3 * DAY);
      expect(data(o.data).format).toBe('e_voucher');
    }
    for (const o of all().filter((x) => data(x.data).sendOn)) {
      expect(Date.parse(data(o.data).sendOn ?? '')).toBe(WINDOW.end + 7 * HOUR);
      expect(data(o.data).recipient?.email).toBeDefined();
    }
  });

  it('shows cards and their checks only on card and wallet payments, AVS only from British, US and Canadian issuers', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = body(w);
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = ['card', 'apple_pay', 'google_pay'].includes(method);
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${b.data.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${b.data.threeDSecure !== undefined}`).toBe(`${method}:${method === 'card'}`);
      expect(`${method}:${b.data.voucherCode !== undefined}`).toBe(`${method}:${method === 'gift_voucher'}`);
      if (card && !['GB', 'US', 'CA'].includes(b.data.card?.country ?? ''))
        expect(b.data.checks?.avs).toBe('unavailable');
      if (b.type === 'payment.failed') expect(b.data.reason).toBeDefined();
      expect(b.data.card?.bin ?? '000000').toMatch(/^\d{6}$/);
      expect(b.data.card?.last4 ?? '0000').toMatch(/^\d{4}$/);
    }
    for (const m of ['card', 'apple_pay', 'google_pay', 'paypal', 'klarna', 'gift_voucher', 'invoice'])
      expect(methods).toContain(m);
  });

  it('takes money before refunds, warnings and disputes; what is paid adds up to the order', () => {
    for (const seed of [1, 2, 3]) {
      const s = stream(seed);
      const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
      const honest = createdOrders(s).filter((o) => !o.fraud);
      expect(paidShare(honest, types)).toBeGreaterThan(0.97);
      for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
        expect(types.get(p.purchase)).toContain('dispute.created');
      const taken = new Map<string, number>();
      const released = new Set<string>();
      for (const w of s.webhooks) {
        const b = body(w);
        if (b.type === 'payment.succeeded')
          taken.set(w.purchase, (taken.get(w.purchase) ?? 0) + (b.data.amount ?? 0));
        if (b.type === 'order.cancelled' && b.data.reason === 'payment_failed') released.add(w.purchase);
        // Issuers' early warnings only come from card schemes.
        if (b.type === 'fraud_warning.created')
          expect(['card', 'apple_pay', 'google_pay']).toContain(b.data.paymentMethod);
        if (b.type === 'dispute.created')
          expect(['gift_voucher', 'invoice']).not.toContain(b.data.paymentMethod);
      }
      for (const p of s.truth)
        if (taken.has(p.purchase) && !released.has(p.purchase))
          expect(`${p.purchase}:${taken.get(p.purchase)}`).toBe(`${p.purchase}:${p.amount}`);
    }
  });

  it('tests cards as guests on the cheapest e-voucher, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.5, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(2_500);
      expect(data(o.data).format).toBe('e_voucher');
    }
  });

  it('takes over aged accounts with saved cards from browsers the account never used', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 4);
    const honestDevices = new Map<string, Set<string>>();
    for (const o of all().filter((x) => !x.fraud && x.data.customer?.id && x.data.deviceId)) {
      const id = o.data.customer?.id ?? '';
      honestDevices.set(id, (honestDevices.get(id) ?? new Set()).add(o.data.deviceId ?? ''));
    }
    for (const o of of('account_takeover')) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(60 * DAY);
      if (o.data.deviceId)
        expect(honestDevices.get(o.data.customer?.id ?? '')?.has(o.data.deviceId) ?? false).toBe(false);
    }
  });

  it('asks to refund stolen-card orders to another card; cracked vouchers pay for new ones', () => {
    for (const seed of [1, 2, 3]) {
      const s = stream(seed);
      const types = webhookTypesByPurchase(s);
      const redirects = s.truth.filter((p) => p.kind === 'refund_redirect');
      for (const p of redirects.filter((x) => types.get(x.purchase)?.includes('payment.succeeded'))) {
        const asked = s.webhooks
          .map(body)
          .filter((b) => b.data.orderId === p.purchase && b.data.status === 'cancellation_requested');
        expect(asked).toHaveLength(1);
        expect(asked[0]?.data.refundTo?.destination).toBe('other_card');
        expect(types.get(p.purchase)).toContain('refund.created');
      }
      for (const p of s.truth.filter((x) => x.kind === 'voucher_cracking')) {
        const vouchers = s.webhooks
          .map(body)
          .filter(
            (b) =>
              b.data.orderId === p.purchase &&
              b.type === 'payment.succeeded' &&
              b.data.paymentMethod === 'gift_voucher',
          );
        expect(vouchers.length).toBeGreaterThan(0);
      }
    }
  });

  it('sells staff rewards to companies on weekdays in office hours; impostors on terms never pay', () => {
    // Order numbers repeat between seeds: each seed's orders with its own events.
    const seeds = [1, 2, 3].map((seed) => ({
      orders: createdOrders(stream(seed)),
      types: webhookTypesByPurchase(stream(seed)),
    }));
    const kind = (k: string) =>
      seeds.flatMap(({ orders, types }) => orders.filter((o) => o.kind === k).map((o) => ({ o, types })));
    for (const { o, types } of kind('corporate_rewards')) {
      const d = data(o.data);
      expect(d.company?.vatId).toMatch(/^(GB\d{9}|IE\d{7}[A-Z])$/);
      expect(o.data.customer?.email?.endsWith(`@${d.company?.domain}`)).toBe(true);
      expect(Math.max(...orderItems(o.data).map((i) => i.quantity))).toBeGreaterThanOrEqual(5);
      const local = new Date(o.at);
      expect([0, 6]).not.toContain(local.getUTCDay());
      expect(local.getUTCHours()).toBeGreaterThanOrEqual(7);
      expect(local.getUTCHours()).toBeLessThan(20);
      if (d.terms === 'net_30') {
        expect(d.paymentMethod).toBe('invoice');
        expect(types.get(o.purchase)).toContain('payment.succeeded');
      }
    }
    for (const { o, types } of kind('corporate_invoice_fraud')) {
      expect(data(o.data).terms).toBe('net_30');
      expect(o.data.amount).toBeGreaterThanOrEqual(100_000);
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(5 * DAY);
      expect(types.get(o.purchase)).not.toContain('payment.succeeded');
      expect(types.get(o.purchase)).toContain('order.cancelled');
    }
  });

  it('has big spenders spend far more than everyday gift buyers, and card testers the least', () => {
    expect(meanAmount(of('big_spender'))).toBeGreaterThan(3 * meanAmount(of('gift_buyer')));
    expect(meanAmount(of('corporate_rewards'))).toBeGreaterThan(meanAmount(of('big_spender')));
    expect(meanAmount(of('card_testing'))).toBeLessThan(3_000);
    const stolen = of('stolen_card_resale');
    const vouchers = stolen.filter((o) => orderItems(o.data).some((i) => i.category === 'money_voucher'));
    expect(vouchers.length).toBeGreaterThan(stolen.length / 3);
  });
});
