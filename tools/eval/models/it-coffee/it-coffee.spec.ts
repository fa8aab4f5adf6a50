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
  meanAmount,
  medianAmount,
  paidShare,
  takeoversOfKnownAccounts,
} from '../kit/lifecycle.js';
import { DAY, HOUR } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { CET, DAYS, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { itCoffeeModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { SHIPS_TO } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(itCoffeeModel);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  fulfilment?: string;
  pickupPoint?: string;
  channel?: string;
  company?: { name: string; vatId: string; sdi?: string };
  tradeIn?: { model: string; credit: number };
  threeDSecure?: string;
  installments?: number;
  initiatedBy?: string;
  status?: string;
  reason?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);
const CARD_METHODS = ['card', 'apple_pay', 'google_pay'];

describe('it-coffee traffic model', () => {
  itIsDeterministic(itCoffeeModel, stream);

  itDefaultsAndHonoursOptions(itCoffeeModel, stream, {
    name: 'defaults to 2,000 orders over the three weeks before Christmas and honours the options',
    model: 'it-coffee',
    orders: 2000,
    start: START,
    days: DAYS,
    options: {
      seed: 9,
      orders: 300,
      start: Date.UTC(2027, 2, 1),
      within: 80 * HOUR,
      larger: 2600,
    },
  });

  it('sorts and labels every webhook; each order opens its purchase, in francs to Switzerland, and adds up', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    const currencies = new Set<string>();
    for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
      const d = data(o.data);
      const where = d.shipping?.country ?? d.billing?.country;
      expect(`${o.purchase} ${d.currency}`).toBe(`${o.purchase} ${where === 'CH' ? 'CHF' : 'EUR'}`);
      currencies.add(d.currency ?? '');
      expect(truth.get(o.purchase)?.amount).toBe(d.amount);
      expect(truth.get(o.purchase)?.currency).toBe(d.currency);
      const items = orderItems(d);
      for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
      const sum = items.reduce((t, i) => t + i.price * i.quantity, 0);
      expect(d.amount).toBe(sum - (d.discount ?? 0) + (d.shippingFee ?? 0));
    }
    expect([...currencies].sort()).toEqual(['CHF', 'EUR']);
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(itCoffeeModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 13, orders: 300, timestampHeader: false },
  ]);

  // Renewals the shop charges itself carry no IP; every other order's IP must locate.
  const located = (ip: string): string | undefined => (ip === '' ? 'none' : ipCountry(ip));

  itDrawsIpsThatLocate({
    name: 'draws IPs that geoip-country places in the intended country, IPv4 and IPv6, for every network',
    networks: NETWORKS,
    address,
    locate: located,
    stream,
    seed: 2,
    also: () => {
      for (const o of createdOrders(stream(2)))
        expect(`${o.kind} ${o.data.ip === undefined}`).toBe(
          `${o.kind} ${data(o.data).channel === 'subscription'}`,
        );
      const regulars = of('beans_and_capsules');
      const home = regulars.filter((o) => ipCountry(o.data.ip ?? '') === o.data.billing?.country);
      expect(home.length / regulars.length).toBeGreaterThan(0.97);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      for (const o of of('traveller')) expect(ipCountry(o.data.ip ?? '')).not.toBe(o.data.billing?.country);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('ships only to its nine markets; pick-up orders name their point; e-mail and showroom orders ship nothing', () => {
    for (const o of all()) {
      const d = data(o.data);
      if (d.shipping) expect(SHIPS_TO.has(d.shipping.country ?? '')).toBe(true);
      if (d.fulfilment === 'pickup_point' || d.fulfilment === 'showroom') expect(d.pickupPoint).toBeDefined();
      if (d.fulfilment === 'email' || d.fulfilment === 'showroom') expect(d.shipping).toBeUndefined();
      if (d.fulfilment === 'email') expect(orderItems(d).every((i) => i.category === 'gift_card')).toBe(true);
    }
  });

  it('sends card checks with cards and wallets only, AVS only from British and US issuers, instalments to €2,000', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const d = data(b.data);
      const method = d.paymentMethod ?? '';
      methods.add(method);
      const card = CARD_METHODS.includes(method);
      expect(`${method}:${d.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${d.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      if (card && !['GB', 'US'].includes(d.card?.country ?? '')) expect(d.checks?.avs).toBe('unavailable');
      if (method === 'apple_pay' || method === 'google_pay') expect(d.threeDSecure).toBeUndefined();
      if (method === 'scalapay' || method === 'paypal_pay_in_3') {
        expect(d.currency).toBe('EUR');
        expect(d.amount).toBeLessThanOrEqual(200_000);
        expect(d.installments).toBe(3);
      }
      if (b.type === 'payment.failed') expect(d.reason).toBeDefined();
    }
    for (const m of [
      'card',
      'apple_pay',
      'google_pay',
      'paypal',
      'paypal_pay_in_3',
      'scalapay',
      'satispay',
      'bank_transfer',
    ])
      expect(methods).toContain(m);
  });

  it('renews subscriptions in the nightly billing run: no IP or device, merchant-initiated, no card code', () => {
    const s = stream(1);
    const renewals = createdOrders(s).filter((o) => o.kind === 'subscription_renewal');
    expect(renewals.length).toBeGreaterThan(150);
    for (const o of renewals) {
      expect(o.data.deviceId).toBeUndefined();
      expect(orderItems(o.data).some((i) => i.category === 'subscription')).toBe(true);
      const hour = new Date(o.at + CET * HOUR).getUTCHours();
      expect(hour).toBe(4);
    }
    expect(new Set(renewals.map((o) => o.data.customer?.id)).size).toBe(renewals.length);
    const ids = new Set(renewals.map((o) => o.purchase));
    for (const w of s.webhooks) {
      const b = w.body as CanonicalEvent;
      if (!ids.has(w.purchase) || !b.type.startsWith('payment.')) continue;
      expect(data(b.data).initiatedBy).toBe('merchant');
      if (b.data.paymentMethod === 'card' && data(b.data).threeDSecure === 'exempt_mit')
        expect(b.data.checks?.cvc).toBe('unchecked');
    }
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.97);
    const methods = new Map(
      s.webhooks
        .map((w) => w.body as CanonicalEvent)
        .filter((b) => b.type === 'payment.succeeded')
        .map((b) => [b.data.orderId, b.data.paymentMethod]),
    );
    for (const w of s.webhooks) {
      const b = w.body as CanonicalEvent;
      if (b.type === 'dispute.created' || b.type === 'fraud_warning.created')
        expect(['bank_transfer', 'satispay']).not.toContain(methods.get(b.data.orderId));
    }
  });

  it('tests cards as guests on single items under €30, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(o.data.amount).toBeLessThan(3_000);
    }
  });

  it('takes over aged accounts seen in honest traffic; identity thieves open accounts minutes before', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(20 * DAY);
    for (const o of of('bnpl_identity_fraud')) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(30 * 60_000);
      expect(['scalapay', 'paypal_pay_in_3']).toContain(o.data.paymentMethod);
    }
  });

  it('sells office plans and bulk on weekdays in office hours to companies with VAT numbers', () => {
    for (const o of of('corporate_office')) {
      const d = data(o.data);
      expect(d.company?.vatId).toBeDefined();
      if (d.company?.vatId.startsWith('IT')) expect(d.company.sdi).toMatch(/^[A-Z0-9]{7}$/);
      const local = new Date(o.at + CET * HOUR);
      expect([0, 6]).not.toContain(local.getUTCDay());
      expect(local.getUTCHours()).toBeGreaterThanOrEqual(6);
      expect(local.getUTCHours()).toBeLessThan(21);
    }
  });

  it('credits trade-ins against machines; abusers’ trade-ins are rejected', () => {
    const s = stream(1);
    for (const o of [...of('trade_in'), ...of('trade_in_abuse')]) {
      const d = data(o.data);
      expect(d.discountCode).toBe('PERMUTA');
      expect(d.tradeIn?.credit).toBe(d.discount);
      expect(
        orderItems(d).some((i) => ['bean_to_cup', 'espresso_machine', 'lever_machine'].includes(i.category)),
      ).toBe(true);
    }
    for (const p of s.truth.filter((x) => x.kind === 'trade_in_abuse')) {
      const statuses = s.webhooks
        .filter((w) => w.purchase === p.purchase)
        .map((w) => data((w.body as CanonicalEvent).data).status);
      expect(statuses).toContain('trade_in_rejected');
    }
  });

  it('prices machines at 500–4,000 euros; home baristas outspend regulars; card testers spend least', () => {
    for (const o of all())
      for (const i of orderItems(o.data))
        if (['bean_to_cup', 'espresso_machine', 'lever_machine'].includes(i.category)) {
          expect(i.price).toBeGreaterThanOrEqual(50_000);
          expect(i.price).toBeLessThanOrEqual(400_000);
        }
    expect(medianAmount(of('home_barista'))).toBeGreaterThan(10 * medianAmount(of('beans_and_capsules')));
    expect(meanAmount(of('card_testing'))).toBeLessThan(3_000);
  });
});
