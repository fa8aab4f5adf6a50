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
import { CET, DAYS, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { atSkiModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { MARKETS } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(atSkiModel);
/** Comprehensively sanctioned jurisdictions, and Russia and Belarus under the EU's luxury-goods export ban. */

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  fulfilment?: string;
  pickupLocation?: string;
  company?: { name: string; vatId: string };
  recipientEmail?: string;
  appointment?: string;
  reason?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);
const COLLECT = ['store_innsbruck', 'resort_ischgl', 'resort_soelden'];

describe('at-ski traffic model', () => {
  itIsDeterministic(atSkiModel, stream);

  itDefaultsAndHonoursOptions(atSkiModel, stream, {
    name: 'defaults to 2,000 orders over three weeks from 23 November and honours the options',
    model: 'at-ski',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 0, 10), within: 80 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each order is in euros or (Swiss buyers) francs and adds up', () => {
    for (const seed of [1, 2]) {
      const s = stream(seed);
      expectSortedAndLabelled(s);
      const truth = new Map(s.truth.map((p) => [p.purchase, p]));
      for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
        const d = data(o.data);
        expect(truth.get(o.purchase)?.amount).toBe(d.amount);
        expect(truth.get(o.purchase)?.currency).toBe(d.currency);
        if (d.currency === 'CHF') expect(d.billing?.country).toBe('CH');
        else expect(d.currency).toBe('EUR');
        const items = orderItems(o.data);
        for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
        const sum = items.reduce((t, i) => t + i.price * i.quantity, 0);
        expect(d.amount).toBe(sum - (d.discount ?? 0) + (d.shippingFee ?? 0));
      }
    }
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(atSkiModel, stream, [
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
      const home = of('loyalty_member');
      const local = home.filter((o) => ipCountry(o.data.ip ?? '') === o.data.billing?.country);
      expect(local.length / home.length).toBeGreaterThan(0.95);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      // Tourists order from home, from the hotel's Wi-Fi in Austria, or roaming on their own network.
      for (const o of of('resort_tourist'))
        expect([o.data.billing?.country, 'AT']).toContain(ipCountry(o.data.ip ?? ''));
      const away = of('traveller_vpn').filter((o) => ipCountry(o.data.ip ?? '') !== o.data.billing?.country);
      expect(away.length / of('traveller_vpn').length).toBeGreaterThan(0.3);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('delivers only in its seven markets; collection and e-mail orders have no delivery address', () => {
    for (const o of all()) {
      const d = data(o.data);
      if (d.shipping) expect(MARKETS).toContain(d.shipping.country);
      if (COLLECT.includes(d.fulfilment ?? '')) {
        expect(d.shipping).toBeUndefined();
        expect(d.pickupLocation).toBeDefined();
      }
      if (d.fulfilment === 'email') {
        expect(d.shipping).toBeUndefined();
        expect(
          orderItems(o.data).every((i) =>
            ['gift_card', 'rental_voucher', 'service_voucher'].includes(i.category),
          ),
        ).toBe(true);
      }
    }
    for (const o of of('resort_tourist')) if (o.data.shipping) expect(o.data.shipping.country).toBe('AT');
  });

  it('sends card checks with cards and wallets only, AVS only from British, US and Canadian issuers; methods by country', () => {
    const methods = new Set<string>();
    const s = stream(1);
    const billing = new Map(createdOrders(s).map((o) => [o.purchase, o.data.billing?.country]));
    for (const w of s.webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = ['card', 'apple_pay', 'google_pay'].includes(method);
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${b.data.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      if (card && !['GB', 'US', 'CA'].includes(b.data.card?.country ?? ''))
        expect(b.data.checks?.avs).toBe('unavailable');
      if (method === 'twint') expect(billing.get(w.purchase)).toBe('CH');
      if (method === 'eps') expect(billing.get(w.purchase)).toBe('AT');
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    for (const m of [
      'card',
      'apple_pay',
      'paypal',
      'eps',
      'sofort',
      'klarna_invoice',
      'twint',
      'cash_on_collection',
    ])
      expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.96);
    const testing = createdOrders(s).filter((o) => o.kind === 'card_testing');
    expect(paidShare(testing, types)).toBeLessThan(0.35);
  });

  it('tests cards as guests on the cheapest items, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.35, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(2_500);
    }
  });

  it('takes over aged Club accounts seen in honest traffic; Klarna fraud uses new identities and Klarna', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(90 * DAY);
    const types = new Map([1, 2, 3].flatMap((seed) => [...webhookTypesByPurchase(stream(seed))]));
    for (const o of of('klarna_identity')) {
      expect(o.data.paymentMethod).toMatch(/^klarna_/);
      if (o.data.customer?.createdAt) expect(o.at - Date.parse(o.data.customer.createdAt)).toBeLessThan(HOUR);
      expect(types.get(o.purchase)?.[0]).toBe('order.created');
    }
  });

  it('sells to clubs in bulk on weekdays in office hours with a VAT id; tourists and fitting appointments as planned', () => {
    for (const o of of('ski_club_bulk')) {
      expect(data(o.data).company?.vatId).toMatch(
        /^(ATU\d{8}|DE\d{9}|IT\d{11}|CHE-\d{3}\.\d{3}\.\d{3}|NL\d{9}B01|BE0\d{9})$/,
      );
      expect(Math.max(...orderItems(o.data).map((i) => i.quantity))).toBeGreaterThanOrEqual(3);
      const local = new Date(o.at + CET * HOUR);
      expect([0, 6]).not.toContain(local.getUTCDay());
      expect(local.getUTCHours()).toBeGreaterThanOrEqual(7);
      expect(local.getUTCHours()).toBeLessThan(22);
    }
    for (const o of of('boot_fitting')) {
      expect(COLLECT).toContain(data(o.data).fulfilment);
      expect(Date.parse(data(o.data).appointment ?? '')).toBeGreaterThan(o.at);
    }
    expect(meanAmount(of('ski_club_bulk'))).toBeGreaterThan(3 * meanAmount(of('everyday_gear')));
    expect(meanAmount(of('card_testing'))).toBeLessThan(3_500);
  });

  it('names a sanctioned country in every sanctioned order and still ships it inside the markets', () => {
    for (const o of of('sanctioned_country')) {
      const d = data(o.data);
      expect(
        [ipCountry(d.ip ?? ''), d.billing?.country].some((c) => c !== undefined && SANCTIONED.has(c)),
      ).toBe(true);
      expect(['KZ', 'KG', 'AE', 'TR', 'GE']).toContain(d.card?.country ?? 'KZ');
    }
  });
});
