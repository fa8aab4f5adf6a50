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
import { DAYS, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { chWatchesModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { MARKETS } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, lifecycle); never the engine's view. */

const stream = cachedStreams(chWatchesModel);
const CURRENCIES = ['CHF', 'EUR', 'GBP', 'USD'];

type Data = CanonicalEvent['data'] & {
  shippingFee?: number;
  fulfilment?: string;
  duty?: string;
  recipientEmail?: string;
  taxFreeForm?: boolean;
  company?: { name: string; vatId?: string };
  reason?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);

describe('ch-watches traffic model', () => {
  itIsDeterministic(chWatchesModel, stream);

  itDefaultsAndHonoursOptions(chWatchesModel, stream, {
    name: 'defaults to 2,000 orders over the three weeks before Christmas and honours the options',
    model: 'ch-watches',
    orders: 2000,
    start: START,
    days: DAYS,
    options: {
      seed: 9,
      orders: 300,
      start: Date.UTC(2027, 5, 1),
      within: 76 * HOUR,
      larger: 2600,
    },
  });

  it('sorts and labels every webhook; each order is in one of four currencies and adds up', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
      expect(CURRENCIES).toContain(o.data.currency);
      expect(truth.get(o.purchase)?.amount).toBe(o.data.amount);
      expect(truth.get(o.purchase)?.currency).toBe(o.data.currency);
      const items = orderItems(o.data);
      for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
      const sum = items.reduce((t, i) => t + i.price * i.quantity, 0);
      expect(o.data.amount).toBe(sum + (data(o.data).shippingFee ?? 0));
    }
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(chWatchesModel, stream, [
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
      const clients = of('returning_client');
      const home = clients.filter((o) => ipCountry(o.data.ip ?? '') === o.data.billing?.country);
      expect(home.length / clients.length).toBeGreaterThan(0.95);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      const visitors = of('visitor_or_expat').filter((o) => data(o.data).taxFreeForm);
      expect(visitors.length).toBeGreaterThan(50);
      for (const o of visitors) expect(o.data.billing?.country).not.toBe('CH');
    },
  });

  for (const seed of [1, 3])
    describe(`seed ${seed}`, () => {
      itKeepsSanctionedCountriesToTheirKind(stream, { seed, countries: SANCTIONED, locate: ipCountry });
    });

  it('ships honest orders to its markets only; collected and e-mailed orders have no delivery address', () => {
    for (const o of all()) {
      const d = data(o.data);
      if (!o.fraud && o.data.shipping) expect(Object.keys(MARKETS)).toContain(o.data.shipping.country);
      if (d.fulfilment === 'collection' || d.fulfilment === 'email') expect(o.data.shipping).toBeUndefined();
      if (d.fulfilment === 'email')
        for (const i of orderItems(o.data)) expect(`${o.kind}:${i.category}`).toBe(`${o.kind}:voucher`);
      if (d.duty === 'export') expect(o.data.shipping?.country).not.toBe('CH');
      if (o.data.shipping?.country === 'CH') expect(d.duty).toBe('swiss_vat');
    }
  });

  it('sends card checks with cards and wallets only, AVS only from US and British issuers; TWINT in francs', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = ['card', 'apple_pay', 'google_pay'].includes(method);
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${b.data.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      if (card && !['GB', 'US'].includes(b.data.card?.country ?? ''))
        expect(b.data.checks?.avs).toBe('unavailable');
      if (method === 'twint' || method === 'postfinance') expect(b.data.currency).toBe('CHF');
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    for (const m of ['card', 'apple_pay', 'paypal', 'twint', 'postfinance', 'bank_transfer'])
      expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    for (const seed of [1, 2, 3]) {
      const s = stream(seed);
      const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
      for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
        expect(types.get(p.purchase)).toContain('dispute.created');
      for (const p of s.truth.filter((x) => x.kind === 'returned'))
        if (types.get(p.purchase)?.includes('payment.succeeded'))
          expect(types.get(p.purchase)).toContain('refund.created');
      const honest = createdOrders(s).filter((o) => !o.fraud);
      expect(paidShare(honest, types)).toBeGreaterThan(0.97);
      const disputedHonest = honest.filter((o) => types.get(o.purchase)?.includes('dispute.created'));
      expect(disputedHonest.length).toBeGreaterThan(0);
    }
  });

  it('tests cards as guests on the cheapest things, mostly declined, in bursts on few BINs', () => {
    for (const seed of [1, 2]) {
      const testing = expectGuestCardTesting(stream(seed), {
        paidBelow: 0.4,
        gap: 10 * 60_000,
        ordersPerBin: 2,
      });
      for (const o of testing) {
        expect(orderItems(o.data)).toHaveLength(1);
        expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(10_000);
      }
    }
  });

  it('takes over aged accounts seen in honest traffic, from devices the account never used', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 4);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(25 * DAY);
    const honestDevices = new Set(
      all()
        .filter((o) => !o.fraud)
        .map((o) => o.data.deviceId),
    );
    for (const o of of('account_takeover'))
      if (o.data.deviceId !== undefined) expect(honestDevices.has(o.data.deviceId)).toBe(false);
  });

  it('sends stolen and forwarded pieces to someone else’s door; resellers share devices; sanctioned orders are big', () => {
    for (const o of of('forwarder_export')) expect(o.data.shipping).not.toEqual(o.data.billing);
    const grey = of('grey_market_reseller');
    expect(new Set(grey.map((o) => o.data.deviceId)).size).toBeLessThan(grey.length * 0.75);
    for (const o of of('sanctioned_country')) expect(o.data.amount).toBeGreaterThan(300_000);
    for (const o of of('voucher_cashout')) {
      expect(data(o.data).fulfilment).toBe('email');
      expect(data(o.data).recipientEmail).not.toBe(o.data.customer?.email);
    }
  });

  it('prices collectors and the Gulf far above returning clients; company orders come in bulk', () => {
    expect(meanAmount(of('collector'))).toBeGreaterThan(3 * meanAmount(of('returning_client')));
    expect(meanAmount(of('gulf_asia_client'))).toBeGreaterThan(2 * meanAmount(of('returning_client')));
    expect(meanAmount(of('small_gift'))).toBeLessThan(meanAmount(of('returning_client')) / 3);
    const companies = all().filter((o) => data(o.data).company?.vatId !== undefined);
    expect(companies.length).toBeGreaterThan(5);
    for (const o of companies) {
      expect(data(o.data).company?.vatId).toMatch(/^CHE-\d{3}\.\d{3}\.\d{3} MWST$/);
      expect(Math.max(...orderItems(o.data).map((i) => i.quantity))).toBeGreaterThanOrEqual(2);
    }
  });

  it('posts every purchase’s events in order: paid orders ship, deliver or are collected after payment', () => {
    const types = webhookTypesByPurchase(stream(1));
    for (const list of types.values()) {
      const paid = list.indexOf('payment.succeeded');
      const updated = list.indexOf('order.updated');
      if (updated >= 0) expect(paid).toBeGreaterThanOrEqual(0);
      if (updated >= 0) expect(updated).toBeGreaterThan(paid);
    }
  });
});
