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
  meanAmount,
  paidShare,
  takeoversOfKnownAccounts,
} from '../kit/lifecycle.js';
import { DAY, HOUR } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { DAYS, MOMENTS, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { ieGamingModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(ieGamingModel);
const SANCTIONED = new Set(['IR', 'SY', 'CU', 'KP']);
const HOMES = new Set(['IE', 'GB', 'DE', 'FR', 'NL', 'ES', 'IT', 'PL', 'BE', 'PT', 'SE']);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  storeCredit?: number;
  shippingFee?: number;
  fulfilment?: string;
  pickupStore?: string;
  storefront?: string;
  company?: { name: string; vatId: string };
  reason?: string;
  status?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);
const age = (o: { at: number; data: CanonicalEvent['data'] }) =>
  o.at - Date.parse(o.data.customer?.createdAt ?? '');

describe('ie-gaming traffic model', () => {
  itIsDeterministic(ieGamingModel, stream);

  itDefaultsAndHonoursOptions(ieGamingModel, stream, {
    name: 'defaults to 2,000 orders over 9–22 November 2026 and honours the options',
    model: 'ie-gaming',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 5, 1), within: 60 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each purchase opens with its order, in euros or pounds, and adds up', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    const currencies = new Set<string>();
    for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
      const d = data(o.data);
      currencies.add(d.currency ?? '');
      expect(`${d.currency} ${d.storefront}`).toBe(
        d.currency === 'GBP' ? 'GBP pixelharbour.co.uk' : 'EUR pixelharbour.ie',
      );
      expect(truth.get(o.purchase)?.amount).toBe(d.amount);
      const items = orderItems(o.data);
      for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
      const sum = items.reduce((t, i) => t + i.price * i.quantity, 0);
      expect(d.amount).toBe(sum - (d.discount ?? 0) - (d.storeCredit ?? 0) + (d.shippingFee ?? 0));
      expect(d.amount).toBeGreaterThan(0);
    }
    expect([...currencies].sort()).toEqual(['EUR', 'GBP']);
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(ieGamingModel, stream, [
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
      const regular = of('regular_gamer');
      const home = regular.filter((o) => ipCountry(o.data.ip ?? '') === o.data.billing?.country);
      expect(home.length / regular.length).toBeGreaterThan(0.9);
      expect(home.length).toBeLessThan(regular.length);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      const vpn = of('vpn_gamer');
      const hosting = new Set(
        NETWORKS.filter((n) => n.kind === 'vpn').flatMap((n) => n.v4.map((b) => b.split('.')[0])),
      );
      expect(vpn.filter((o) => hosting.has((o.data.ip ?? '').split('.')[0])).length).toBeGreaterThan(
        vpn.length / 2,
      );
      const abroad = of('gift_elsewhere').filter((o) => !HOMES.has(ipCountry(o.data.ip ?? '') ?? ''));
      expect(abroad.length).toBeGreaterThan(0);
      const border = of('border_shopper');
      expect(border.some((o) => ipCountry(o.data.ip ?? '') !== o.data.billing?.country)).toBe(true);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('ships honest parcels only to Ireland, the UK and the EU; codes and collections carry no delivery address', () => {
    for (const o of all()) {
      const d = data(o.data);
      if (!o.fraud && o.data.shipping) expect(HOMES).toContain(o.data.shipping.country);
      if (d.fulfilment === 'email' || d.fulfilment === 'click_collect')
        expect(o.data.shipping).toBeUndefined();
      if (d.fulfilment === 'click_collect') expect(d.pickupStore).toBeDefined();
      if (d.fulfilment === 'delivery' || d.fulfilment === 'express') expect(o.data.shipping).toBeDefined();
    }
  });

  it('sends card checks with card and wallet payments only, AVS only from British, US and Canadian issuers', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = ['card', 'apple_pay', 'google_pay'].includes(method);
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${b.data.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      if (card && !['GB', 'US', 'CA'].includes(b.data.card?.country ?? ''))
        expect(b.data.checks?.avs).toBe('unavailable');
      if (method === 'apple_pay' || method === 'google_pay') expect(b.data.checks?.cvc).toBe('unavailable');
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    for (const m of ['card', 'apple_pay', 'google_pay', 'paypal', 'klarna', 'revolut_pay', 'store_credit'])
      expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.97);
  });

  it('tests cards as guests on the cheapest codes, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.35, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(o.data.amount).toBeLessThanOrEqual(1_000);
      expect(data(o.data).fulfilment).toBe('email');
    }
  });

  it('takes over aged accounts seen in honest traffic; stolen-card codes go to fresh accounts or guests', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover')) expect(age(o)).toBeGreaterThan(60 * DAY);
    for (const o of of('stolen_card_digital')) {
      if (o.data.customer?.id) expect(age(o)).toBeLessThan(HOUR);
      expect(data(o.data).fulfilment).toBe('email');
    }
  });

  it('fires reseller bots within seconds of a drop from accounts opened days before, sharing fingerprints', () => {
    const bots = of('reseller_bot');
    for (const o of bots) {
      const drops = [MOMENTS.bundleDrop, MOMENTS.restock, MOMENTS.ceRestock].map((h) => START + h * HOUR);
      expect(Math.min(...drops.map((t) => Math.abs(o.at - t)))).toBeLessThan(2 * 60_000);
      const opened = Date.parse(o.data.customer?.createdAt ?? '');
      expect(opened).toBeLessThan(START + MOMENTS.bundleDrop * HOUR);
      expect(opened).toBeGreaterThan(START + MOMENTS.bundleDrop * HOUR - 14 * DAY);
      expect(orderItems(o.data)).toHaveLength(1);
    }
    const ids = bots.map((o) => o.data.deviceId).filter(Boolean);
    expect(new Set(ids).size).toBeLessThan(ids.length);
    expect(new Set(bots.map((o) => o.data.customer?.id)).size).toBe(bots.length);
  });

  it('sells to LAN cafés in bulk on weekdays in office hours; the launch bundle one at a time', () => {
    for (const o of of('lan_cafe_bulk')) {
      expect(data(o.data).company?.vatId).toMatch(/^(IE\d{7}[A-Z]|GB\d{9})$/);
      expect(Math.max(...orderItems(o.data).map((i) => i.quantity))).toBeGreaterThanOrEqual(2);
      const day = new Date(o.at).getUTCDay();
      expect([0, 6]).not.toContain(day);
    }
    for (const o of all())
      for (const i of orderItems(o.data)) if (i.sku === 'PS5PRO-MC-LTD') expect(i.quantity).toBe(1);
    expect(meanAmount(of('lan_cafe_bulk'))).toBeGreaterThan(5 * meanAmount(of('regular_gamer')));
    expect(meanAmount(of('card_testing'))).toBeLessThan(1_100);
  });

  it('queues for the bundle drop and the midnight release; families share devices and cards across accounts', () => {
    const drops = [MOMENTS.bundleDrop, MOMENTS.restock].map((h) => START + h * HOUR);
    const bundle = of('bundle_launch');
    const queued = bundle.filter((o) => drops.some((t) => o.at >= t && o.at < t + 3 * HOUR));
    expect(queued.length / bundle.length).toBeGreaterThan(0.9);
    const release = START + MOMENTS.release * HOUR;
    const midnight = of('release_day').filter((o) => o.at >= release && o.at < release + 2 * HOUR);
    expect(midnight.filter((o) => data(o.data).fulfilment === 'email').length).toBeGreaterThan(20);
    const honest = all().filter((o) => !o.fraud);
    const accountsOf = (key: (o: (typeof honest)[number]) => string | undefined) => {
      const seen = new Map<string, Set<string>>();
      for (const o of honest) {
        const k = key(o);
        if (!k || !o.data.customer?.id) continue;
        seen.set(k, (seen.get(k) ?? new Set()).add(o.data.customer.id));
      }
      return [...seen.values()].filter((ids) => ids.size > 1).length;
    };
    expect(accountsOf((o) => o.data.deviceId)).toBeGreaterThan(5);
    expect(accountsOf((o) => o.data.card?.fingerprint)).toBeGreaterThan(5);
  });
});
