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
  webhookTypesByPurchase,
  SANCTIONED,
} from '../kit/contract.js';
import {
  expectGuestCardTesting,
  expectMoneyAfterPaymentAndUnpaidCancelled,
  meanAmount,
  medianAmount,
  paidShare,
} from '../kit/lifecycle.js';
import { DAY, HOUR } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { BLACK_FRIDAY, DAYS, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { ngFashionModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';

/** The model's own promises (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(ngFashionModel);
const AVS_ISSUERS = new Set(['GB', 'US', 'CA']);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  fulfilment?: string;
  company?: { name: string; rcNumber: string };
  threeDSecure?: string;
  reason?: string;
  status?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);
const lagosHour = (t: number) => new Date(t + HOUR).getUTCHours();
const lagosDay = (t: number) => new Date(t + HOUR).getUTCDay();

describe('ng-fashion traffic model', () => {
  itIsDeterministic(ngFashionModel, stream);

  itDefaultsAndHonoursOptions(ngFashionModel, stream, {
    name: 'defaults to 2,000 orders over 31 days from 23 November and honours the options',
    model: 'ng-fashion',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 5, 1), within: 5 * DAY, larger: 2600 },
  });

  it('sorts and labels every webhook; each purchase opens with its order, in naira, and adds up', () => {
    expectOrdersAddUp(stream(1), {
      currency: 'NGN',
      total: (items, d) => items - (data(d).discount ?? 0) + (data(d).shippingFee ?? 0),
    });
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(ngFashionModel, stream, [
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
      for (const o of of('diaspora_gift')) {
        expect(o.data.shipping?.country).toBe('NG');
        expect(o.data.billing?.country).not.toBe('NG');
        expect(ipCountry(o.data.ip ?? '')).toBe(o.data.billing?.country);
      }
      for (const o of of('december_returnee')) expect(ipCountry(o.data.ip ?? '')).toBe('NG');
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('puts many unrelated shoppers behind the same carrier-NAT addresses', () => {
    const byIp = new Map<string, Set<string>>();
    for (const o of createdOrders(stream(1)).filter((x) => !x.fraud)) {
      const ip = o.data.ip ?? '';
      byIp.set(ip, (byIp.get(ip) ?? new Set()).add(o.data.customer?.email ?? ''));
    }
    expect([...byIp.values()].filter((emails) => emails.size > 1).length).toBeGreaterThan(100);
  });

  it('never shows a card number: a six-digit BIN and the last four only', () => {
    for (const seed of [1, 2]) {
      const s = stream(seed);
      expect(JSON.stringify(s.webhooks.map((w) => w.body))).not.toMatch(/\d{13,19}/);
      for (const w of s.webhooks) {
        const card = (w.body as CanonicalEvent).data.card;
        if (!card) continue;
        expect(card.bin).toMatch(/^\d{6}$/);
        expect(card.last4).toMatch(/^\d{4}$/);
        expect(Object.keys(card).sort()).toEqual(['bin', 'brand', 'country', 'fingerprint', 'last4']);
      }
    }
  });

  it('ships honest orders to Nigeria and the four diaspora countries; pickup has no address', () => {
    for (const o of all()) {
      const f = data(o.data).fulfilment;
      if (f === 'pickup') expect(o.data.shipping).toBeUndefined();
      if (o.fraud) continue;
      expect(['NG', 'GB', 'US', 'CA', 'GH']).toContain(o.data.shipping?.country ?? 'NG');
      expect(o.data.shipping?.country !== undefined && o.data.shipping.country !== 'NG').toBe(
        f === 'international',
      );
    }
    for (const o of of('diaspora_home')) expect(o.data.shipping?.country).toBe(o.data.billing?.country);
  });

  it('sends card checks with cards only: AVS from British, American and Canadian issuers, OTPs at home', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const d = data(b.data);
      const method = d.paymentMethod ?? '';
      methods.add(method);
      expect(`${method}:${d.card !== undefined}`).toBe(`${method}:${method === 'card'}`);
      expect(`${method}:${d.checks?.cvc !== undefined}`).toBe(`${method}:${method === 'card'}`);
      if (d.card && !AVS_ISSUERS.has(d.card.country ?? '')) expect(d.checks?.avs).toBe('unavailable');
      if (d.card?.country === 'NG' && d.checks?.cvc !== 'unchecked' && b.type === 'payment.succeeded')
        expect(d.threeDSecure).toBe('challenge_passed');
      if (d.checks?.cvc === 'unchecked') expect(['exempt', 'challenge_passed']).toContain(d.threeDSecure);
      if (b.type === 'payment.failed') expect(d.reason).toBeDefined();
    }
    for (const m of ['card', 'bank_transfer', 'ussd', 'pay_on_delivery']) expect(methods).toContain(m);
  });

  it('brings money events only after payment, cancels what was never paid, disputes mostly fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    const kinds = new Map(s.truth.map((p) => [p.purchase, p.kind]));
    for (const [purchase, list] of types) {
      const kind = kinds.get(purchase);
      if (kind === 'friendly_fraud') expect(list).toContain('dispute.created');
      if (kind === 'wardrobing_refund') expect(list).toContain('refund.created');
      if (kind === 'pod_fake_order') expect(list).not.toContain('payment.succeeded');
      if (kind === 'sanctioned_country') expect(list).not.toContain('dispute.created');
    }
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.93);
    const pod = createdOrders(s).filter((o) => o.kind === 'pay_on_delivery');
    expect(paidShare(pod, types)).toBeLessThan(0.92);
    expect(paidShare(pod, types)).toBeGreaterThan(0.7);
  });

  it('tests cards as guests on the cheapest items, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.3, gap: 10 * 60_000, ordersPerBin: 3 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(1_000_000);
    }
  });

  it('takes over aged accounts from new phones after a SIM swap, to Lagos drops', () => {
    const devices = new Map<string, Set<string>>();
    for (const o of all().filter((x) => !x.fraud && x.data.customer?.id)) {
      const id = o.data.customer?.id ?? '';
      devices.set(id, (devices.get(id) ?? new Set()).add(o.data.deviceId ?? ''));
    }
    let moved = 0;
    for (const seed of [1, 2, 3]) {
      const s = stream(seed);
      const types = webhookTypesByPurchase(s);
      for (const o of createdOrders(s).filter((x) => x.kind === 'sim_swap_takeover')) {
        expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(60 * DAY);
        if (o.data.deviceId)
          expect(devices.get(o.data.customer?.id ?? '')?.has(o.data.deviceId)).not.toBe(true);
        expect(types.get(o.purchase)).toContain('payment.succeeded');
        const changed = s.webhooks
          .filter((w) => w.purchase === o.purchase)
          .map((w) => data((w.body as CanonicalEvent).data))
          .find((d) => d.status === 'address_changed');
        if (changed) moved++;
        expect((changed ?? o.data).shipping?.city).toBe('Lagos');
      }
    }
    expect(moved).toBeGreaterThan(0);
  });

  it('sells aso-ebi by the dozen, office gifts on weekdays, and reprices imports as the naira moves', () => {
    for (const o of of('aso_ebi_group')) {
      const fabric = orderItems(o.data).find((i) => i.category === 'aso_ebi');
      expect(fabric?.quantity ?? 0).toBeGreaterThanOrEqual(6);
    }
    for (const o of of('corporate_gifting')) {
      expect(data(o.data).company?.rcNumber).toMatch(/^RC\d{6,7}$/);
      expect(Math.max(...orderItems(o.data).map((i) => i.quantity))).toBeGreaterThanOrEqual(12);
      expect([0, 6]).not.toContain(lagosDay(o.at));
      expect(lagosHour(o.at)).toBeGreaterThanOrEqual(8);
      expect(lagosHour(o.at)).toBeLessThan(18);
    }
    const prices = new Map<string, Set<number>>();
    for (const o of createdOrders(stream(1)))
      for (const i of orderItems(o.data)) prices.set(i.sku, (prices.get(i.sku) ?? new Set()).add(i.price));
    expect(prices.get('WIG-BST-16')?.size ?? 0).toBeGreaterThan(1);
    expect(prices.get('ASO-LAC-5Y')?.size).toBe(1);
    expect(medianAmount(of('aso_ebi_group'))).toBeGreaterThan(4 * medianAmount(of('repeat_customer')));
    expect(meanAmount(of('stolen_foreign_card'))).toBeGreaterThan(2 * meanAmount(of('repeat_customer')));
  });

  it('is busiest on Black Friday', () => {
    const perDay = new Map<number, number>();
    for (const o of createdOrders(stream(1))) {
      const d = Math.floor((o.at - START) / DAY);
      perDay.set(d, (perDay.get(d) ?? 0) + 1);
    }
    const busiest = [...perDay].sort((a, b) => b[1] - a[1])[0]?.[0];
    expect(busiest).toBe(Math.floor((BLACK_FRIDAY - START) / DAY));
  });
});
