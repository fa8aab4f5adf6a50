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
import { MAX_PAINKILLERS, MEDICINE } from './catalogue.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { sePharmacyModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { MARKETS } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(sePharmacyModel);
const SITES = new Map(
  Object.entries(MARKETS).map(([country, m]) => [m.site, { country, currency: m.currency }]),
);

type Data = CanonicalEvent['data'] & {
  site?: string;
  delivery?: string;
  pickupPoint?: { id: string; name: string };
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  bankIdLogin?: boolean;
  prescription?: boolean;
  recipientEmail?: string;
  company?: { name: string; orgNumber: string };
  threeDSecure?: string;
  reason?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);
const CARD_METHODS = ['card', 'apple_pay', 'google_pay'];

describe('se-pharmacy traffic model', () => {
  itIsDeterministic(sePharmacyModel, stream);

  itDefaultsAndHonoursOptions(sePharmacyModel, stream, {
    name: 'defaults to 2,000 orders over three weeks of January and honours the options',
    model: 'se-pharmacy',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 9, 4), within: 80 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each order is in its site’s currency and adds up', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
      const d = data(o.data);
      const site = SITES.get(d.site ?? '');
      expect(site).toBeDefined();
      expect(d.currency).toBe(site?.currency);
      expect(truth.get(o.purchase)?.amount).toBe(d.amount);
      expect(truth.get(o.purchase)?.currency).toBe(d.currency);
      const items = orderItems(o.data);
      for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
      const sum = items.reduce((t, i) => t + i.price * i.quantity, 0);
      expect(d.amount).toBe(sum - (d.discount ?? 0) + (d.shippingFee ?? 0));
    }
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(sePharmacyModel, stream, [
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
      const everyday = of('cold_and_flu');
      const home = everyday.filter((o) => ipCountry(o.data.ip ?? '') === 'SE');
      expect(home.length / everyday.length).toBeGreaterThan(0.97);
      for (const o of of('finnish_customer')) expect(ipCountry(o.data.ip ?? '')).toBe('FI');
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      const abroad = of('swede_abroad').map((o) => ipCountry(o.data.ip ?? ''));
      expect(abroad).toContain('ES');
      expect(abroad).toContain('TH');
      for (const o of of('swede_abroad')) expect(o.data.billing?.country).toBe('SE');
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('delivers only within each site’s country; e-mailed gift cards have no delivery address', () => {
    for (const o of all()) {
      const d = data(o.data);
      const site = SITES.get(d.site ?? '');
      if (d.delivery === 'email') {
        expect(o.data.shipping).toBeUndefined();
        expect(d.recipientEmail).toBeDefined();
        for (const i of orderItems(o.data)) expect(i.category).toBe('gift_card');
      } else expect(o.data.shipping?.country).toBe(site?.country);
      if (
        ['instabox', 'budbee_box', 'postnord_service_point', 'click_and_collect'].includes(d.delivery ?? '')
      )
        expect(d.pickupPoint).toBeDefined();
    }
  });

  it('keeps the painkiller limit, never discounts medicines, and fills prescriptions in Sweden with BankID only', () => {
    for (const o of all()) {
      const d = data(o.data);
      const items = orderItems(o.data);
      const pain = items.filter((i) => i.category === 'otc_pain').reduce((s, i) => s + i.quantity, 0);
      expect(pain).toBeLessThanOrEqual(MAX_PAINKILLERS);
      const discountable = items
        .filter((i) => !MEDICINE.has(i.category as never) && i.category !== 'gift_card')
        .reduce((s, i) => s + i.price * i.quantity, 0);
      expect(d.discount ?? 0).toBeLessThanOrEqual(discountable);
      if (items.some((i) => i.category === 'prescription')) {
        expect(d.prescription).toBe(true);
        expect(d.site).toBe(MARKETS.SE.site);
        expect(d.bankIdLogin).toBe(true);
        expect(o.data.customer?.id).toBeDefined();
        expect(o.fraud).toBe(false);
      }
    }
  });

  it('sends card checks with cards and wallets only, AVS only from US, British and Canadian issuers; Swish only in Sweden', () => {
    const methods = new Set<string>();
    for (const seed of [1, 2]) {
      const sites = new Map(createdOrders(stream(seed)).map((o) => [o.purchase, data(o.data).site]));
      for (const w of stream(seed).webhooks) {
        const b = w.body as CanonicalEvent;
        if (!b.type.startsWith('payment.')) continue;
        const method = b.data.paymentMethod ?? '';
        methods.add(method);
        const card = CARD_METHODS.includes(method);
        expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
        expect(`${method}:${b.data.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
        expect(`${method}:${data(b.data).threeDSecure !== undefined}`).toBe(`${method}:${card}`);
        if (card && !['US', 'GB', 'CA'].includes(b.data.card?.country ?? ''))
          expect(b.data.checks?.avs).toBe('unavailable');
        if (method === 'swish') expect(sites.get(w.purchase)).toBe(MARKETS.SE.site);
        if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
      }
    }
    for (const m of [
      'card',
      'apple_pay',
      'google_pay',
      'swish',
      'klarna_invoice',
      'klarna_installments',
      'trustly',
      'gift_card',
    ])
      expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    for (const seed of [1, 2, 3]) {
      const s = stream(seed);
      const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
      const paid = (p: string) => types.get(p)?.includes('payment.succeeded');
      for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud' && paid(x.purchase)))
        expect(types.get(p.purchase)).toContain('dispute.created');
      for (const p of s.truth.filter((x) => x.kind === 'refund_abuse' && paid(x.purchase)))
        expect(types.get(p.purchase)).toContain('refund.created');
      expect(
        paidShare(
          createdOrders(s).filter((o) => !o.fraud),
          types,
        ),
      ).toBeGreaterThan(0.97);
    }
  });

  it('tests cards as guests on the cheapest items, mostly declined, at night in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.35, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(5_000);
    }
  });

  it('takes over aged accounts seen in honest traffic; the goods go to a drop or a locker', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover')) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(60 * DAY);
      const elsewhere =
        o.data.shipping?.line1 !== o.data.billing?.line1 || data(o.data).pickupPoint !== undefined;
      expect(elsewhere).toBe(true);
    }
  });

  it('farms the welcome code with fresh accounts on shared devices; Klarna fraud pays only with Klarna', () => {
    const promo = of('promo_abuse');
    for (const o of promo) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(30 * 60_000);
      expect(['VALKOMMEN15', 'TERVETULOA15']).toContain(data(o.data).discountCode);
    }
    expect(new Set(promo.map((o) => o.data.deviceId ?? o.data.userAgent)).size).toBeLessThan(
      promo.length / 2,
    );
    for (const o of of('klarna_identity_fraud')) {
      expect(o.data.paymentMethod).toMatch(/^klarna_/);
      expect(o.data.card).toBeUndefined();
    }
  });

  it('spends the most on stolen goods, the least when testing; workplaces order in office hours', () => {
    expect(medianAmount(of('stolen_card_resale'))).toBeGreaterThan(3 * medianAmount(of('beauty_regular')));
    expect(medianAmount(of('card_testing'))).toBeLessThan(10_000);
    for (const o of of('business_supplies')) {
      expect(data(o.data).company?.orgNumber).toMatch(/^55\d{4}-\d{4}$/);
      const local = new Date(o.at + HOUR);
      expect([0, 6]).not.toContain(local.getUTCDay());
      expect(local.getUTCHours()).toBeGreaterThanOrEqual(6);
      expect(local.getUTCHours()).toBeLessThan(20);
    }
  });
});
