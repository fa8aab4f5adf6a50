import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import {
  cachedStreams,
  type CreatedOrder,
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
import { DAYS, officeHours, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { trRugsModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { isForwarder, MARKETS } from './places.js';
import { SANCTIONED } from './sanctioned.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(trRugsModel);

type Data = CanonicalEvent['data'] & {
  instalments?: number;
  company?: { name: string; taxId: string };
  recipient?: string;
  channel?: string;
  reason?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);
/** Orders in dollars only, to compare amounts across kinds. */
const usd = (orders: CreatedOrder[]) => orders.filter((o) => o.data.currency === 'USD');

describe('tr-rugs traffic model', () => {
  itIsDeterministic(trRugsModel, stream);

  itDefaultsAndHonoursOptions(trRugsModel, stream, {
    name: 'defaults to 2,000 orders over three autumn weeks from 19 October and honours the options',
    model: 'tr-rugs',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 3, 1), within: 80 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each order is in dollars, euros or lira and adds up to its items', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    const orders = expectEachPurchaseOpensWithItsOrder(s);
    const currencies = new Map<string, number>();
    for (const o of orders) {
      const currency = o.data.currency ?? '';
      currencies.set(currency, (currencies.get(currency) ?? 0) + 1);
      expect(truth.get(o.purchase)?.amount).toBe(o.data.amount);
      expect(truth.get(o.purchase)?.currency).toBe(currency);
      const items = orderItems(o.data);
      for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
      expect(o.data.amount).toBe(items.reduce((sum, i) => sum + i.price * i.quantity, 0));
      if (currency === 'TRY') expect((o.data.amount ?? 0) % 1000).toBe(0);
    }
    expect([...currencies.keys()].sort()).toEqual(['EUR', 'TRY', 'USD']);
    expect(currencies.get('USD') ?? 0).toBeGreaterThan(orders.length * 0.6);
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(trRugsModel, stream, [
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
      const repeat = of('repeat_customer');
      const home = repeat.filter((o) => ipCountry(o.data.ip ?? '') === o.data.billing?.country);
      expect(home.length / repeat.length).toBeGreaterThan(0.95);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      for (const o of of('hotel_checkout')) {
        expect(ipCountry(o.data.ip ?? '')).toBe('TR');
        expect(o.data.card?.country).not.toBe('TR');
        expect(o.data.shipping?.country).not.toBe('TR');
      }
      for (const o of of('returning_tourist'))
        expect(ipCountry(o.data.ip ?? '')).toBe(o.data.billing?.country);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('ships honest orders only to its markets; Turkish buyers pay in lira, often in instalments', () => {
    for (const o of all()) if (!o.fraud) expect(Object.keys(MARKETS)).toContain(o.data.shipping?.country);
    const turkish = of('turkish_instalment');
    expect(turkish.filter((o) => o.data.currency === 'TRY').length / turkish.length).toBeGreaterThan(0.8);
    expect(
      turkish.filter((o) => (data(o.data).instalments ?? 1) > 1).length / turkish.length,
    ).toBeGreaterThan(0.3);
    for (const o of all()) if ((data(o.data).instalments ?? 1) > 1) expect(o.data.card?.country).toBe('TR');
  });

  it('sends card checks with card and wallet payments only, AVS only from US, Canadian and British issuers', () => {
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
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    for (const m of ['card', 'apple_pay', 'paypal', 'bank_transfer']) expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_chargeback'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.97);
    // Not every fraud is ever labelled, and a few honest orders are disputed.
    const fraud = s.truth.filter((p) => p.fraud);
    const labelled = fraud.filter((p) =>
      (types.get(p.purchase) ?? []).some((t) => t === 'dispute.created' || t === 'fraud_warning.created'),
    );
    expect(labelled.length).toBeLessThan(fraud.length);
    expect(labelled.length).toBeGreaterThan(fraud.length / 3);
    const disputedHonest = [1, 2, 3].flatMap((seed) => {
      const t = new Map(stream(seed).truth.map((p) => [p.purchase, p]));
      return stream(seed)
        .webhooks.filter((w) => (w.body as CanonicalEvent).type === 'dispute.created')
        .filter((w) => !t.get(w.purchase)?.fraud);
    });
    expect(disputedHonest.length).toBeGreaterThan(0);
  });

  it('tests cards as guests on the cheapest items, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(6_000);
    }
  });

  it('sends stolen-card rugs mostly to forwarders; takeovers use aged accounts seen in honest traffic', () => {
    const stolen = of('stolen_card_forwarder');
    expect(stolen.filter((o) => isForwarder(o.data.shipping)).length / stolen.length).toBeGreaterThan(0.5);
    expect(meanAmount(stolen)).toBeGreaterThan(5 * meanAmount(usd(of('small_decor'))));
    for (const o of all()) if (!o.fraud) expect(isForwarder(o.data.shipping)).toBe(false);
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 4);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(20 * DAY);
  });

  it('ships triangulation to a named third party; fake designers are fresh trade accounts', () => {
    for (const o of of('triangulation')) {
      expect(data(o.data).recipient).toBeDefined();
      expect(o.data.billing?.line1).not.toBe(o.data.shipping?.line1);
    }
    for (const o of of('fake_designer')) {
      expect(data(o.data).company?.name).toBeDefined();
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(3 * DAY);
    }
    for (const o of of('interior_designer')) {
      expect(data(o.data).company?.taxId).toBeDefined();
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(50 * DAY);
    }
  });

  it('sells designers projects in office hours; collectors and designers spend the most, decor the least', () => {
    const designers = of('interior_designer');
    const inOffice = designers.filter((o) => officeHours(o.at, MARKETS[o.data.billing?.country as 'US'].tz));
    expect(inOffice.length / designers.length).toBeGreaterThan(0.85);
    const repeat = meanAmount(usd(of('repeat_customer')));
    expect(meanAmount(usd(of('online_collector')))).toBeGreaterThan(4 * repeat);
    expect(meanAmount(usd(designers))).toBeGreaterThan(4 * repeat);
    expect(meanAmount(of('card_testing'))).toBeLessThan(6_000);
  });
});
