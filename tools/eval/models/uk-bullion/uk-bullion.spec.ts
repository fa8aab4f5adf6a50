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
import { CARD_CAP } from './catalogue.js';
import { type Currency } from './places.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { ukBullionModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { MARKETS, SHIPS_TO } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(ukBullionModel);
const SANCTIONED = new Set(['CU', 'IR', 'KP', 'SY', 'UA']);
const SEEDS = [1, 2, 3];

type Data = CanonicalEvent['data'] & {
  shippingFee?: number;
  fulfilment?: string;
  company?: { name: string; companyNumber: string };
  status?: string;
  reason?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream, SEEDS);

describe('uk-bullion traffic model', () => {
  itIsDeterministic(ukBullionModel, stream);

  itDefaultsAndHonoursOptions(ukBullionModel, stream, {
    name: 'defaults to 2,000 orders over the first fourteen days of March and honours the options',
    model: 'uk-bullion',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 8, 1), within: 60 * HOUR, larger: 2400 },
  });

  it('sorts and labels every webhook; each order is in its buyer’s currency and adds up', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    const currencies = new Set<string>();
    for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
      const d = data(o.data);
      currencies.add(d.currency ?? '');
      expect(['GBP', 'EUR', 'USD']).toContain(d.currency);
      expect(truth.get(o.purchase)?.amount).toBe(d.amount);
      expect(truth.get(o.purchase)?.currency).toBe(d.currency);
      const items = orderItems(d);
      for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
      expect(d.amount).toBe(items.reduce((sum, i) => sum + i.price * i.quantity, 0) + (d.shippingFee ?? 0));
      if (!o.fraud && MARKETS[d.billing?.country ?? ''] && o.kind !== 'expat' && o.kind !== 'wealth_manager')
        expect(`${o.kind}:${d.currency}`).toBe(`${o.kind}:${MARKETS[d.billing?.country ?? '']?.currency}`);
    }
    expect([...currencies].sort()).toEqual(['EUR', 'GBP', 'USD']);
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST, seeds: SEEDS });

  itParsesEveryBody(ukBullionModel, stream, [
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
      const regulars = of('regular_stacker');
      const home = regulars.filter((o) => ipCountry(o.data.ip ?? '') === o.data.billing?.country);
      expect(home.length / regulars.length).toBeGreaterThan(0.95);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      for (const o of of('expat')) expect(ipCountry(o.data.ip ?? '')).not.toBe('GB');
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('ships honest orders only to its markets; counter and vault orders have no delivery address', () => {
    for (const o of all()) {
      const d = data(o.data);
      if (!o.fraud && d.shipping) expect(SHIPS_TO.has(d.shipping.country ?? '')).toBe(true);
      if (d.fulfilment !== 'insured_delivery') expect(d.shipping).toBeUndefined();
    }
    for (const o of of('vault_investor')) expect(data(o.data).fulfilment).toBe('vault');
    for (const o of of('counter_collection')) expect(data(o.data).fulfilment).toBe('counter_collection');
  });

  it('caps card payments per order; cards carry checks, transfers and open banking none', () => {
    const methods = new Set<string>();
    for (const seed of SEEDS)
      for (const w of stream(seed).webhooks) {
        const b = w.body as CanonicalEvent;
        if (!b.type.startsWith('payment.')) continue;
        const method = b.data.paymentMethod ?? '';
        methods.add(method);
        const card = ['card', 'apple_pay', 'google_pay'].includes(method);
        expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
        expect(`${method}:${b.data.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
        if (card) expect(b.data.amount).toBeLessThanOrEqual(CARD_CAP[b.data.currency as Currency]);
        if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
      }
    for (const m of ['card', 'apple_pay', 'bank_transfer', 'open_banking']) expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    for (const seed of SEEDS) {
      const s = stream(seed);
      const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
      for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
        expect(types.get(p.purchase)).toContain('dispute.created');
      const honest = createdOrders(s).filter((o) => !o.fraud);
      expect(paidShare(honest, types)).toBeGreaterThan(0.95);
    }
  });

  it('tests cards as guests on the cheapest lines, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.quantity).toBe(1);
    }
  });

  it('takes over aged accounts seen in honest traffic; cash-outs and reshippers use fresh accounts', () => {
    const known = takeoversOfKnownAccounts(SEEDS.map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 4);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(30 * DAY);
    for (const o of [...of('vault_cash_out'), ...of('reshipping')])
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(DAY);
    for (const o of of('vault_cash_out')) expect(data(o.data).fulfilment).toBe('vault');
  });

  it('pays social-engineered orders by transfer, large; wealth managers buy the biggest, as companies, in office hours', () => {
    for (const o of of('social_engineered_transfer'))
      expect(['bank_transfer', 'open_banking']).toContain(o.data.paymentMethod);
    expect(medianAmount(of('social_engineered_transfer'))).toBeGreaterThan(1_000_000);
    for (const o of of('wealth_manager')) {
      expect(data(o.data).company?.companyNumber).toMatch(/^[0-9A-Z]{8}$/);
      const local = new Date(o.at);
      expect([0, 6]).not.toContain(local.getUTCDay());
      expect(local.getUTCHours()).toBeGreaterThanOrEqual(8);
      expect(local.getUTCHours()).toBeLessThan(18);
    }
    expect(medianAmount(of('wealth_manager'))).toBeGreaterThan(5 * medianAmount(of('regular_stacker')));
    expect(medianAmount(of('card_testing'))).toBeLessThan(20_000);
  });
});
