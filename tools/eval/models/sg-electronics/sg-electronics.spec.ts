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
import { CALENDAR_DAYS, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { sgElectronicsModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { type Market, MARKETS, SANCTIONED } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(sgElectronicsModel);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  fulfilment?: string;
  market?: string;
  channel?: string;
  company?: { name: string; uen: string };
  threeDSecure?: string;
  reason?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);
const CARD_METHODS = ['card', 'apple_pay', 'google_pay'];

describe('sg-electronics traffic model', () => {
  itIsDeterministic(sgElectronicsModel, stream);

  itDefaultsAndHonoursOptions(sgElectronicsModel, stream, {
    name: 'defaults to 2,000 orders over the 11.11 and 12.12 sale weeks and honours the options',
    model: 'sg-electronics',
    orders: 2000,
    start: START,
    days: CALENDAR_DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 5, 1), within: 60 * HOUR, larger: 2600 },
  });

  it('places orders only in the two sale weeks, busiest on 11.11 and 12.12', () => {
    const times = createdOrders(stream(1)).map((o) => o.at);
    const gap = times.filter((t) => t >= START + 7 * DAY && t < START + 31 * DAY);
    expect(gap).toHaveLength(0);
    const onDay = (d: number) =>
      times.filter((t) => t >= START + d * DAY && t < START + (d + 1) * DAY).length;
    expect(onDay(5)).toBeGreaterThan(2 * onDay(2));
    expect(onDay(36)).toBeGreaterThan(2 * onDay(33));
  });

  it('sorts and labels every webhook; each order is in its market’s currency and adds up', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
      const d = data(o.data);
      expect(d.currency).toBe(MARKETS[d.market as Market].currency);
      expect(truth.get(o.purchase)?.amount).toBe(d.amount);
      const items = orderItems(d);
      for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
      const sum = items.reduce((t, i) => t + i.price * i.quantity, 0);
      expect(d.amount).toBe(sum - (d.discount ?? 0) + (d.shippingFee ?? 0));
    }
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(sgElectronicsModel, stream, [
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
      const regulars = of('regular');
      const home = regulars.filter((o) => ipCountry(o.data.ip ?? '') === o.data.billing?.country);
      expect(home.length / regulars.length).toBeGreaterThan(0.97);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      const away = of('traveller_expat').filter((o) => ipCountry(o.data.ip ?? '') !== 'SG');
      expect(away.length).toBeGreaterThan(of('traveller_expat').length / 4);
      const proxied = of('stolen_card').filter((o) => ipCountry(o.data.ip ?? '') === 'SG');
      expect(proxied.length).toBeGreaterThan(of('stolen_card').length / 4);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, {
    seed: 1,
    countries: new Set<string>(SANCTIONED),
    locate: ipCountry,
  });

  it('ships to its seven markets; collection and e-codes have no delivery address; e-codes only in Singapore', () => {
    for (const o of all()) {
      const d = data(o.data);
      if (!o.fraud && d.shipping) expect(Object.keys(MARKETS)).toContain(d.shipping.country);
      if (d.fulfilment === 'self_collect' || d.fulfilment === 'e_code') expect(d.shipping).toBeUndefined();
      if (d.fulfilment === 'e_code') expect(d.market).toBe('SG');
      if (d.fulfilment === 'international') expect(d.market).not.toBe('SG');
    }
    const markets = new Set(all().map((o) => data(o.data).market));
    for (const m of Object.keys(MARKETS)) expect(markets).toContain(m);
  });

  it('sends card checks with cards and wallets only, AVS only from American, British and Canadian issuers', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = CARD_METHODS.includes(method);
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${b.data.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      if (card && !['US', 'GB', 'CA'].includes(b.data.card?.country ?? ''))
        expect(b.data.checks?.avs).toBe('unavailable');
      if (method === 'paynow') expect(b.data.currency).toBe('SGD');
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    for (const m of ['card', 'apple_pay', 'paynow', 'grabpay', 'atome', 'paypal', 'bank_transfer', 'gcash'])
      expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    for (const seed of [1, 2, 3]) {
      const s = stream(seed);
      const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
      for (const p of s.truth.filter((x) => ['friendly_fraud', 'genuine_dispute'].includes(x.kind)))
        expect(types.get(p.purchase)).toContain('dispute.created');
      for (const p of s.truth.filter((x) => x.kind === 'return_refund'))
        expect(types.get(p.purchase)).toContain('refund.created');
      const honest = createdOrders(s).filter((o) => !o.fraud);
      expect(paidShare(honest, types)).toBeGreaterThan(0.97);
    }
    // No chargeback after PayNow, GrabPay, a QR payment or a transfer.
    const s = stream(1);
    const paidBy = new Map<string, string>();
    for (const w of s.webhooks) {
      const b = w.body as CanonicalEvent;
      if (b.type === 'payment.succeeded') paidBy.set(w.purchase, b.data.paymentMethod ?? '');
      if (b.type === 'dispute.created')
        expect(['card', 'apple_pay', 'google_pay', 'paypal', 'atome']).toContain(paidBy.get(w.purchase));
    }
  });

  it('tests cards as guests on the cheapest items, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.35, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(3_000);
    }
  });

  it('takes over aged Singapore accounts seen in honest traffic; voucher rings share devices and codes', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 4);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(60 * DAY);
    const ring = of('voucher_ring');
    for (const o of ring) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(60 * 60_000);
      expect(data(o.data).discountCode).toBeDefined();
    }
    expect(new Set(ring.map((o) => o.data.deviceId)).size).toBeLessThan(ring.length * 0.8);
    expect(new Set(ring.map((o) => o.data.userAgent)).size).toBeLessThan(ring.length / 2);
  });

  it('phishes Singapore cards past 3-D Secure; pay-later fraud is new accounts on Atome', () => {
    for (const o of of('phished_local_card')) expect(o.data.card?.country).toBe('SG');
    const payments = [1, 2, 3].flatMap((seed) => {
      const kinds = new Map(stream(seed).truth.map((p) => [p.purchase, p.kind]));
      return stream(seed).webhooks.filter(
        (w) =>
          kinds.get(w.purchase) === 'phished_local_card' &&
          (w.body as CanonicalEvent).type === 'payment.succeeded',
      );
    });
    for (const w of payments) {
      const d = data((w.body as CanonicalEvent).data);
      if (d.paymentMethod === 'card') expect(d.threeDSecure).toBe('challenge_passed');
    }
    for (const o of of('bnpl_identity_fraud')) {
      expect(o.data.paymentMethod).toBe('atome');
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(4 * DAY);
    }
  });

  it('sells to companies in bulk on weekdays in office hours; fraud buys dearer baskets than regulars', () => {
    for (const o of of('corporate_buyer')) {
      expect(data(o.data).company?.uen).toMatch(/^20\d{7}[A-Z]$/);
      expect(Math.max(...orderItems(o.data).map((i) => i.quantity))).toBeGreaterThanOrEqual(3);
      const local = new Date(o.at + 8 * HOUR);
      expect([0, 6]).not.toContain(local.getUTCDay());
      expect(local.getUTCHours()).toBeGreaterThanOrEqual(7);
      expect(local.getUTCHours()).toBeLessThan(21);
    }
    const sgd = (kind: string) => of(kind).filter((o) => o.data.currency === 'SGD');
    expect(meanAmount(sgd('stolen_card'))).toBeGreaterThan(meanAmount(sgd('regular')));
    expect(meanAmount(sgd('card_testing'))).toBeLessThan(3_000);
    const types = webhookTypesByPurchase(stream(1));
    expect([...types.values()].some((t) => t.includes('fraud_warning.created'))).toBe(true);
  });
});
