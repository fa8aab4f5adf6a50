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
  meanAmount,
  paidShare,
  takeoversOfKnownAccounts,
} from '../kit/lifecycle.js';
import { DAY, HOUR } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { CET, DAYS, local, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { noKnitwearModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { COUNTRIES, STOREFRONTS } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(noKnitwearModel);

type Data = CanonicalEvent['data'] & {
  locale?: string;
  delivery?: string;
  shippingFee?: number;
  duties?: number;
  discount?: number;
  discountCode?: string;
  phone?: string;
  recipientName?: string;
  recipientEmail?: string;
  company?: { name: string; orgNumber: string };
  threeDSecure?: string;
  reason?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);
const CURRENCY_OF_LOCALE = new Map(Object.values(STOREFRONTS).map((s) => [s.locale, s.currency]));
const local8 = (t: number) => local(t, CET);

describe('no-knitwear traffic model', () => {
  itIsDeterministic(noKnitwearModel, stream);

  itDefaultsAndHonoursOptions(noKnitwearModel, stream, {
    name: 'defaults to 2,000 orders from 15 October to 19 December and honours the options',
    model: 'no-knitwear',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 5, 1), within: 238 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each order opens its purchase in its storefront’s currency and adds up', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
      const d = data(o.data);
      expect(`${d.locale}:${d.currency}`).toBe(`${d.locale}:${CURRENCY_OF_LOCALE.get(d.locale ?? '')}`);
      expect(truth.get(o.purchase)?.amount).toBe(d.amount);
      const items = orderItems(d);
      for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
      const sum = items.reduce((t, i) => t + i.price * i.quantity, 0);
      expect(d.amount).toBe(sum - (d.discount ?? 0) + (d.shippingFee ?? 0) + (d.duties ?? 0));
    }
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(noKnitwearModel, stream, [
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
      const home = of('home_household');
      const inNorway = home.filter((o) => ipCountry(o.data.ip ?? '') === 'NO');
      expect(inNorway.length / home.length).toBeGreaterThan(0.95);
      expect(all().filter((o) => (o.data.ip ?? '').includes(':')).length).toBeGreaterThan(300);
      const abroad = of('norwegian_abroad');
      expect(
        abroad.filter((o) => ipCountry(o.data.ip ?? '') !== 'NO').length / abroad.length,
      ).toBeGreaterThan(0.9);
      for (const o of abroad) expect(o.data.billing?.country).toBe('NO');
      // Passengers still aboard or in a Norwegian hotel: a foreign card from a ship's US satellite link or Norway.
      const aboard = of('bryggen_reorder').filter(
        (o) => ipCountry(o.data.ip ?? '') !== o.data.billing?.country,
      );
      expect(aboard.length).toBeGreaterThan(10);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('runs from mid-October to the posting deadlines: Black Week busiest, parcels abroad stop at their deadline', () => {
    const orders = all().filter((o) => !o.fraud);
    const day = (m: number, d: number) =>
      orders.filter((o) => {
        const t = local8(o.at);
        return t.getUTCMonth() === m && t.getUTCDate() === d;
      }).length;
    const october = [15, 16, 17, 18, 19, 20, 21].reduce((s, d) => s + day(9, d), 0) / 7;
    expect(day(10, 27)).toBeGreaterThan(2.2 * october);
    const lateParcels = orders.filter((o) => {
      const t = local8(o.at);
      return o.data.shipping?.country === 'US' && t.getUTCMonth() === 11 && t.getUTCDate() > 14;
    });
    const usParcels = orders.filter((o) => o.data.shipping?.country === 'US');
    expect(lateParcels.length / usParcels.length).toBeLessThan(0.03);
    for (const o of of('corporate_logo')) {
      const t = local(o.at, CET);
      expect([0, 6]).not.toContain(t.getUTCDay());
    }
  });

  it('pays with Vipps and Klarna at home, MobilePay in Denmark and Finland, cards with checks and 3-D Secure', () => {
    const methods = new Set<string>();
    const s = stream(1);
    const localeOf = new Map(createdOrders(s).map((o) => [o.purchase, data(o.data).locale]));
    for (const w of s.webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const d = data(b.data);
      const method = d.paymentMethod ?? '';
      methods.add(method);
      const card = ['card', 'apple_pay', 'google_pay'].includes(method);
      expect(`${method}:${d.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${d.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${d.threeDSecure !== undefined}`).toBe(`${method}:${card}`);
      if (card && !['US', 'GB'].includes(d.card?.country ?? '')) expect(d.checks?.avs).toBe('unavailable');
      if (method === 'vipps') expect(localeOf.get(w.purchase)).toBe('nb-NO');
      if (method === 'mobilepay') expect(['da-DK', 'fi-FI']).toContain(localeOf.get(w.purchase));
      if (b.type === 'payment.failed') expect(d.reason).toBeDefined();
    }
    for (const m of ['card', 'apple_pay', 'vipps', 'klarna', 'paypal', 'mobilepay', 'invoice'])
      expect(methods).toContain(m);
  });

  it('ships honest orders to its eight markets: pick-up points at home, DHL with duties to the US, gift cards by e-mail', () => {
    for (const o of all()) {
      const d = data(o.data);
      if (!o.fraud && d.shipping) expect(COUNTRIES).toContain(d.shipping.country);
      if (d.delivery === 'email' || d.delivery === 'bryggen_pickup') expect(d.shipping).toBeUndefined();
      else expect(d.shipping).toBeDefined();
      expect(`${d.shipping?.country}:${(d.duties ?? 0) > 0}`).toBe(
        `${d.shipping?.country}:${d.shipping?.country === 'US' && orderItems(d).some((i) => i.category !== 'gift_card')}`,
      );
      if (d.delivery === 'parcel_locker') expect(d.shipping?.line1).toMatch(/^Pakkeboks/);
      if (d.delivery === 'email')
        for (const i of orderItems(d)) expect(['pattern', 'gift_card']).toContain(i.category);
    }
    for (const o of of('e_gift_card').filter((x) => data(x.data).delivery === 'email'))
      expect(data(o.data).recipientEmail).not.toBe(o.data.customer?.email);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    for (const p of s.truth.filter((x) => x.kind === 'returns_abuse'))
      expect(types.get(p.purchase)).toContain('refund.created');
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.97);
    // Honest returns for size are common; honest disputes are rare.
    const refunded = honest.filter((o) => types.get(o.purchase)?.includes('refund.created')).length;
    expect(refunded / honest.length).toBeGreaterThan(0.05);
    const disputed = honest.filter((o) => types.get(o.purchase)?.includes('dispute.created')).length;
    expect(disputed / honest.length).toBeLessThan(0.01);
  });

  it('tests cards as guests on a PDF pattern or the smallest gift card, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.45, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(data(o.data).delivery).toBe('email');
    }
    const patterns = of('knitting_kit').filter((o) => data(o.data).delivery === 'email');
    expect(patterns.length).toBeGreaterThan(0);
  });

  it('takes over aged accounts seen in honest traffic, from a device the account never used', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const seed of [1, 2, 3]) {
      const orders = createdOrders(stream(seed));
      const devices = new Map<string, Set<string>>();
      for (const o of orders.filter((x) => !x.fraud && x.data.customer?.id))
        devices.set(
          o.data.customer?.id ?? '',
          (devices.get(o.data.customer?.id ?? '') ?? new Set()).add(o.data.deviceId ?? ''),
        );
      for (const o of orders.filter((x) => x.kind === 'account_takeover')) {
        expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(60 * DAY);
        if (o.data.deviceId)
          expect(devices.get(o.data.customer?.id ?? '')?.has(o.data.deviceId) ?? false).toBe(false);
      }
    }
  });

  it('sends phished identities to Norwegian pick-up points and triangulated sweaters to someone else', () => {
    for (const o of of('stolen_identity_pickup')) {
      const d = data(o.data);
      expect(d.shipping?.country).toBe('NO');
      expect(['pickup_point', 'parcel_locker']).toContain(d.delivery);
      expect(d.currency).toBe('NOK');
      if (o.data.customer?.id) expect(o.at - Date.parse(o.data.customer.createdAt ?? '')).toBeLessThan(HOUR);
    }
    const phones = of('stolen_identity_pickup').map((o) => data(o.data).phone);
    expect(new Set(phones).size).toBeLessThan(phones.length * 0.8);
    for (const o of of('triangulation')) {
      const d = data(o.data);
      expect(d.recipientName).toBeDefined();
      expect(d.recipientName).not.toBe(o.data.customer?.name);
      expect(o.data.customer?.id).toBeUndefined();
      expect(orderItems(d)).toHaveLength(1);
    }
  });

  it('sells logo knitwear by the dozen to clubs and companies in office hours; hand-knitted pieces cost the most', () => {
    for (const o of of('corporate_logo')) {
      expect(data(o.data).company?.orgNumber).toMatch(/^(9\d{8}|[A-Z]{2}\d{9})$/);
      expect(Math.max(...orderItems(o.data).map((i) => i.quantity))).toBeGreaterThanOrEqual(10);
      const h = local(o.at, CET).getUTCHours();
      expect(h).toBeGreaterThanOrEqual(6);
      expect(h).toBeLessThan(19);
    }
    expect(meanAmount(of('heirloom_piece').filter((o) => o.data.currency === 'NOK'))).toBeGreaterThan(
      4 * meanAmount(of('home_household')),
    );
    expect(meanAmount(of('card_testing').filter((o) => o.data.currency === 'USD'))).toBeLessThan(3_000);
  });

  it('keeps buyers from sanctioned countries on the international storefront, refused by the card schemes', () => {
    const orders = of('sanctioned_country');
    for (const o of orders) expect(data(o.data).locale).toBe('en');
    const s = stream(1);
    const types = webhookTypesByPurchase(s);
    const mine = createdOrders(s).filter((o) => o.kind === 'sanctioned_country');
    expect(paidShare(mine, types)).toBeLessThan(0.8);
    for (const w of s.webhooks) {
      const b = w.body as CanonicalEvent;
      if (b.type === 'payment.succeeded')
        expect(['mir', 'belkart', 'shetab']).not.toContain(b.data.card?.brand);
    }
  });
});
