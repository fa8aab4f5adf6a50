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
  SANCTIONED,
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
import { twTeaModel } from './index.js';
import { address, ipCountry, NETWORK_LIST, NETWORKS } from './networks.js';
import { MARKETS, type Market } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, calendar, labels); never the engine's view. */

const stream = cachedStreams(twTeaModel);
const { all, of } = ordersOfSeeds(stream);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  shippingFee?: number;
  fulfilment?: string;
  recipient?: string;
  invoice?: { type: string; taxId?: string };
  threeDSecure?: string;
  reason?: string;
  status?: string;
};
const data = (d: CanonicalEvent['data']) => d as Data;

/** Taiwan's tax-ID check: weighted digit sums end in 0. */
const validTaxId = (id: string) =>
  /^\d{8}$/.test(id) &&
  [...id].reduce((s, c, i) => {
    const v = Number(c) * ([1, 2, 1, 2, 1, 2, 4, 1][i] ?? 1);
    return s + Math.floor(v / 10) + (v % 10);
  }, 0) %
    10 ===
    0;

/** Local (Taipei) wall clock. */
const taipei = (t: number) => new Date(t + 8 * HOUR);

describe('tw-tea traffic model', () => {
  itIsDeterministic(twTeaModel, stream);

  itDefaultsAndHonoursOptions(twTeaModel, stream, {
    name: 'defaults to 2,000 orders over the four weeks before Lunar New Year and honours the options',
    model: 'tw-tea',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 5, 1), within: 101 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each order is in its market’s currency and adds up', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    const currencies = new Set<string>();
    for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
      const d = data(o.data);
      currencies.add(d.currency ?? '');
      expect(truth.get(o.purchase)?.amount).toBe(d.amount);
      expect(truth.get(o.purchase)?.currency).toBe(d.currency);
      const items = orderItems(d);
      for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
      const sum = items.reduce((t, i) => t + i.price * i.quantity, 0);
      expect(d.amount).toBe(sum + (d.shippingFee ?? 0) - (d.discount ?? 0));
      const dest = d.shipping?.country;
      if (!o.fraud && dest && dest in MARKETS) expect(d.currency).toBe(MARKETS[dest as Market].currency);
      if (d.currency === 'JPY') expect(sum % 100).toBe(0);
    }
    expect([...currencies].sort()).toEqual(['EUR', 'HKD', 'JPY', 'TWD', 'USD']);
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(twTeaModel, stream, [
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
      const regulars = of('regular_drinker');
      expect(
        regulars.filter((o) => ipCountry(o.data.ip ?? '') === 'TW').length / regulars.length,
      ).toBeGreaterThan(0.95);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      for (const o of of('diaspora_gift_home')) {
        expect(o.data.billing?.country).not.toBe('TW');
        expect(o.data.shipping?.country ?? 'TW').toBe('TW');
        expect(o.data.currency).toBe('TWD');
      }
      const vpn = of('vpn_user');
      expect(vpn.filter((o) => ipCountry(o.data.ip ?? '') !== 'TW').length / vpn.length).toBeGreaterThan(0.7);
      const hotels = new Set(NETWORKS.twHotelWifi.v4);
      const tourists = of('traveller').filter((o) => o.data.currency !== 'TWD');
      expect(
        tourists.filter((o) => hotels.has((o.data.ip ?? '').split('.').slice(0, 2).join('.'))).length,
      ).toBeGreaterThan(tourists.length / 2);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('brings refunds, warnings and disputes only after money was taken; unpaid orders are cancelled', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    for (const p of s.truth.filter((x) => x.kind === 'refund_abuse'))
      expect(types.get(p.purchase)).toContain('refund.created');
    for (const p of s.truth.filter((x) => x.kind === 'pickup_prank')) {
      expect(types.get(p.purchase)).not.toContain('payment.succeeded');
      expect(types.get(p.purchase)).toContain('order.cancelled');
    }
    expect(
      paidShare(
        createdOrders(s).filter((o) => !o.fraud),
        types,
      ),
    ).toBeGreaterThan(0.97);
  });

  it('tests cards as guests on the single-brew sample, mostly declined, in bursts on few BINs, mostly at night', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.3, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data).map((i) => i.sku)).toEqual(['SMP-1X8G']);
      expect(o.data.amount).toBe(19_000);
    }
    // Runs start while the shop sleeps, most nights; pooled over seeds, as each has only a few runs.
    const runs = of('card_testing');
    const night = runs.filter((o) => taipei(o.at).getUTCHours() < 7 || taipei(o.at).getUTCHours() >= 22);
    expect(night.length).toBeGreaterThan(runs.length / 2);
  });

  it('sends card details and checks with card payments only: 3-D Secure on every card, AVS only abroad', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const d = data(b.data);
      const method = d.paymentMethod ?? '';
      methods.add(method);
      expect(`${method}:${d.card !== undefined}`).toBe(`${method}:${method === 'card'}`);
      if (method === 'card') {
        expect(d.threeDSecure).toBeDefined();
        if (d.currency === 'TWD' || !['US', 'CA', 'GB'].includes(d.card?.country ?? ''))
          expect(d.checks?.avs).toBe('unavailable');
      }
      if (b.type === 'payment.failed') expect(d.reason).toBeDefined();
    }
    for (const m of [
      'card',
      'line_pay',
      'jko_pay',
      'atm_transfer',
      'cod_pickup',
      'bank_transfer',
      'paypal',
      'alipay_hk',
    ])
      expect(methods).toContain(m);
  });

  it('takes cash only at convenience-store pickup, up to NT$20,000, when the parcel is collected', () => {
    const s = stream(1);
    const types = webhookTypesByPurchase(s);
    const cod = createdOrders(s).filter((o) => o.data.paymentMethod === 'cod_pickup');
    expect(cod.length).toBeGreaterThan(50);
    for (const o of cod) {
      expect(data(o.data).fulfilment).toBe('cvs_pickup');
      expect(o.data.amount).toBeLessThanOrEqual(2_000_000);
      const list = types.get(o.purchase) ?? [];
      if (list.includes('payment.succeeded'))
        expect(list.indexOf('payment.succeeded')).toBeGreaterThan(list.indexOf('order.updated'));
    }
  });

  it('takes over aged accounts seen in honest traffic; phished cards carry the holder’s name and pass 3-D Secure', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(20 * DAY);
    for (const o of of('phished_card_otp')) {
      expect(o.data.card?.country).toBe('TW');
      if (data(o.data).fulfilment !== 'email') expect(data(o.data).recipient).not.toBe(o.data.customer?.name);
    }
    const passed = stream(1).webhooks.filter((w) => {
      const b = w.body as CanonicalEvent;
      return b.type === 'payment.succeeded' && s1Kinds().get(w.purchase) === 'phished_card_otp';
    });
    for (const w of passed)
      expect(data((w.body as CanonicalEvent).data).threeDSecure).toBe('challenge_passed');
  });

  it('sells office gifts by the box on tax-ID invoices, on weekdays in office hours, early in the season', () => {
    const offices = of('office_gift_boxes');
    for (const o of offices) {
      const d = data(o.data);
      expect(d.invoice?.type).toBe('b2b');
      expect(validTaxId(d.invoice?.taxId ?? '')).toBe(true);
      expect(
        orderItems(d).reduce((n, i) => n + (i.category === 'gift_box' ? i.quantity : 0), 0),
      ).toBeGreaterThanOrEqual(20);
      const local = taipei(o.at);
      expect(local.getUTCHours()).toBeGreaterThanOrEqual(7);
      expect(local.getUTCHours()).toBeLessThan(22);
    }
    const weekdays = offices.filter((o) => ![0, 6].includes(taipei(o.at).getUTCDay()));
    expect(weekdays.length / offices.length).toBeGreaterThan(0.95);
    const early = offices.filter((o) => o.at < START + 14 * DAY).length;
    expect(early).toBeGreaterThan(2 * (offices.length - early));
    expect(medianAmount(offices)).toBeGreaterThan(10 * medianAmount(of('household')));
  });

  it('has parents order on their children’s accounts for another town, and households busier nearer the New Year', () => {
    for (const o of of('parent_on_childs_account')) {
      expect(data(o.data).recipient).toBeDefined();
      expect(o.data.shipping?.city).not.toBe(o.data.billing?.city);
    }
    const households = of('household');
    const firstWeek = households.filter((o) => o.at < START + 7 * DAY).length;
    const bonusWeek = households.filter((o) => o.at >= START + 15 * DAY && o.at < START + 22 * DAY).length;
    expect(bonusWeek).toBeGreaterThan(1.3 * firstWeek);
  });
});

/** Seed 1's purchase kinds, by purchase. */
function s1Kinds(): Map<string, string> {
  return new Map(stream(1).truth.map((p) => [p.purchase, p.kind]));
}
