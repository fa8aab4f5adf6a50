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
  touchesCountry,
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
import { usFurnitureModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { RENTAL_TOWNS, regionOf, STATES } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, lifecycle, valid bodies); never the engine's view. */

const stream = cachedStreams(usFurnitureModel);
const SANCTIONED = new Set(['CU', 'IR', 'KP', 'SY']);

type Place = { country?: string; region?: string; city?: string; postalCode?: string; line1?: string };
type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  tax?: number;
  fulfilment?: string;
  company?: { name: string; tradeId: string; resaleCertificate?: string };
  financing?: { provider: string; months: number; opened: boolean };
  recipientName?: string;
  reason?: string;
  shipping?: Place;
  billing?: Place;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);
const bodiesOf = (seed: number) => stream(seed).webhooks.map((w) => ({ w, b: w.body as CanonicalEvent }));

describe('us-furniture traffic model', () => {
  itIsDeterministic(usFurnitureModel, stream);

  itDefaultsAndHonoursOptions(usFurnitureModel, stream, {
    name: 'defaults to 2,000 orders over the two weeks of the Presidents’ Day sale and honours the options',
    model: 'us-furniture',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 8, 1), within: 60 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each purchase opens with its order, in dollars, and adds up', () => {
    expectOrdersAddUp(stream(1), {
      currency: 'USD',
      total: (items, d) => items - (data(d).discount ?? 0) + (data(d).shippingFee ?? 0) + (data(d).tax ?? 0),
    });
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(usFurnitureModel, stream, [
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
      const home = of('household');
      const us = home.filter((o) => ipCountry(o.data.ip ?? '') === 'US');
      expect(us.length / home.length).toBeGreaterThan(0.97);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      for (const o of of('remote_delivery'))
        if (o.data.shipping?.country === 'CA') expect(ipCountry(o.data.ip ?? '')).toBe('CA');
      const abroad = of('away_or_vpn').filter((o) => ipCountry(o.data.ip ?? '') !== 'US');
      expect(abroad.length).toBeGreaterThan(of('away_or_vpn').length / 4);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('always has sanctioned_country orders touch a sanctioned jurisdiction, and only them, in seeds 1–3', () => {
    for (const o of all())
      expect(`${o.kind} ${touchesCountry(o.data, SANCTIONED, ipCountry)}`).toBe(
        `${o.kind} ${o.kind === 'sanctioned_country'}`,
      );
  });

  it('delivers honest orders to the 48 states and DC, a little to Alaska, Hawaii and Canada; pickup in High Point', () => {
    const honest = all().filter((o) => !o.fraud);
    const contiguous = new Set(STATES.map((s) => s.code));
    const regions = new Set<string>();
    let remote = 0;
    for (const o of honest) {
      const to = data(o.data).shipping;
      if (data(o.data).fulfilment === 'warehouse_pickup') {
        expect(to).toBeUndefined();
        expect(data(o.data).billing?.region).toBe('NC');
        continue;
      }
      expect(['US', 'CA']).toContain(to?.country);
      if (to?.country === 'CA' || to?.region === 'AK' || to?.region === 'HI') remote++;
      else {
        expect(contiguous.has(to?.region ?? '')).toBe(true);
        regions.add(to?.region ?? '');
      }
    }
    expect(regions.size).toBeGreaterThanOrEqual(45);
    expect(remote / honest.length).toBeGreaterThan(0.005);
    expect(remote / honest.length).toBeLessThan(0.05);
    for (const o of of('remote_delivery'))
      if (o.data.shipping?.country === 'CA') expect(data(o.data).tax).toBe(0);
    const towns = new Set(RENTAL_TOWNS.map(([, city]) => city));
    for (const o of of('rental_host')) expect(towns.has(o.data.shipping?.city ?? '')).toBe(true);
    for (const o of of('freight_forwarder')) expect(o.data.shipping?.line1).toMatch(/ Ste \d+/);
  });

  it('sends card checks with cards, wallets and the store card only; none with PayPal or Affirm', () => {
    const methods = new Set<string>();
    for (const { b } of bodiesOf(1)) {
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = b.data.card !== undefined;
      if (method === 'paypal' || method === 'affirm') {
        expect(`${method}:${card}:${b.data.checks === undefined}`).toBe(`${method}:false:true`);
      } else if (method === 'store_card' && !card) {
        // A store-card application turned down: no card was issued.
        expect(data(b.data).reason).toBe('financing_declined');
      } else {
        expect(`${method}:${card}`).toBe(`${method}:true`);
        expect(b.data.checks?.cvc).toBeDefined();
        expect(b.data.checks?.avs).toBeDefined();
        if (method === 'apple_pay' || method === 'google_pay') expect(b.data.checks?.cvc).toBe('unavailable');
        if (method === 'store_card') expect(b.data.card?.brand).toBe('store_card');
      }
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    for (const m of ['card', 'apple_pay', 'google_pay', 'paypal', 'affirm', 'store_card'])
      expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    for (const p of s.truth.filter((x) => x.kind === 'refund_abuse'))
      expect(types.get(p.purchase)).toContain('refund.created');
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.97);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    for (const { w, b } of bodiesOf(1))
      if (data(b.data).reason === 'fraudulent') expect(truth.get(w.purchase)?.fraud).toBe(true);
  });

  it('tests cards as guests on swatch kits and candles, mostly declined, in night bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(5_900);
    }
    expect(meanAmount(of('card_testing'))).toBeLessThan(6_000);
  });

  it('takes over aged accounts seen in honest traffic; financing fraud opens a credit line on a fresh account', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(60 * DAY);
    for (const o of of('financing_fraud')) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThanOrEqual(HOUR);
      expect(['affirm', 'store_card']).toContain(o.data.paymentMethod);
    }
    const financed = of('financed').filter((o) => data(o.data).financing !== undefined);
    expect(financed.length).toBeGreaterThan(of('financed').length * 0.7);
  });

  it('sells to designers on weekdays in office hours, tax-exempt with a resale certificate; fraud buys big', () => {
    for (const o of of('trade_designer')) {
      const d = data(o.data);
      expect(d.company?.tradeId).toMatch(/^TR-\d{5}$/);
      expect(d.discountCode).toBe('TRADE20');
      if (d.company?.resaleCertificate) expect(d.tax).toBe(0);
      const local = new Date(o.at + regionOf(d.billing?.region ?? '').tz * HOUR);
      expect([0, 6]).not.toContain(local.getUTCDay());
      expect(local.getUTCHours()).toBeGreaterThanOrEqual(7);
      expect(local.getUTCHours()).toBeLessThan(19);
    }
    expect(meanAmount(of('stolen_card_drop'))).toBeGreaterThan(1.3 * meanAmount(of('household')));
    expect(meanAmount(of('household'))).toBeGreaterThan(3 * meanAmount(of('decor_parcel')));
  });

  it('is busiest over the Presidents’ Day weekend', () => {
    const orders = createdOrders(stream(1));
    const onDay = (d: number) => orders.filter((o) => Math.floor((o.at - START) / DAY) === d).length;
    const weekend = onDay(9) + onDay(10) + onDay(11);
    const midweek = onDay(4) + onDay(5) + onDay(6);
    expect(weekend).toBeGreaterThan(1.4 * midweek);
  });
});
