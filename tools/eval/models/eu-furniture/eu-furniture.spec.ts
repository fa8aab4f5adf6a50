import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import {
  cachedStreams,
  createdOrders,
  expectNetworksLocate,
  expectOptionsHonoured,
  expectSortedAndLabelled,
  itIsDeterministic,
  touchesCountry,
  itParsesEveryBody,
  expectOrdersPlacedWithin,
  SANCTIONED,
} from '../kit/contract.js';
import { Rng } from '../kit/random.js';
import { DAYS, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { euFurnitureModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { MARKETS, type Market } from './places.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import {
  expectGuestCardTesting,
  expectMoneyAfterPaymentAndUnpaidCancelled,
  meanAmount,
  takeoversOfKnownAccounts,
} from '../kit/lifecycle.js';
import { DAY, HOUR } from '../kit/purchase.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(euFurnitureModel);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  deliveryFee?: number;
  assemblyFee?: number;
  vat?: number;
  fulfilment?: string;
  warehouse?: string;
  company?: { name: string; vatId: string };
  threeDSecure?: string;
  reason?: string;
};
type Item = { sku: string; quantity: number; price: number };

const data = (d: CanonicalEvent['data']) => d as Data;
const items = (d: CanonicalEvent['data']) => d.items as Item[];
const all = () => [1, 2, 3].flatMap((seed) => createdOrders(stream(seed)));
const of = (kind: string) => all().filter((o) => o.kind === kind);
const marketOf = (orderId: string) => orderId.split('-')[1] as Market;

describe('eu-furniture traffic model', () => {
  itIsDeterministic(euFurnitureModel, stream);

  it('defaults to 2,000 orders over sixteen days of the January sales and honours the options', () => {
    expect(euFurnitureModel.name).toBe('eu-furniture');
    expect(stream(1).model).toBe('eu-furniture');
    expect(stream(1).truth).toHaveLength(2000);
    expectOrdersPlacedWithin(stream(1), { from: START, to: START + DAYS * DAY, minSpan: (DAYS - 1) * DAY });
    expectOptionsHonoured(euFurnitureModel, {
      seed: 9,
      orders: 300,
      start: Date.UTC(2027, 5, 1),
      within: 60 * HOUR,
      larger: 2600,
    });
  });

  it('sorts and labels every webhook; each order is in its market’s currency and adds up', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    const created = createdOrders(s);
    expect(created).toHaveLength(s.truth.length);
    for (const o of created) {
      const m = marketOf(o.purchase);
      expect(Object.keys(MARKETS)).toContain(m);
      expect(o.data.currency).toBe(MARKETS[m].currency);
      expect(truth.get(o.purchase)?.amount).toBe(o.data.amount);
      const d = data(o.data);
      const lines = items(o.data).reduce((sum, i) => sum + i.price * i.quantity, 0);
      for (const i of items(o.data))
        expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
      expect(o.data.amount).toBe(lines - (d.discount ?? 0) + (d.deliveryFee ?? 0) + (d.assemblyFee ?? 0));
      expect(d.vat ?? 0).toBeLessThan(o.data.amount ?? 0);
    }
  });

  itDrawsKindsInShares({ stream, share: [0.06, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(euFurnitureModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 13, orders: 300, timestampHeader: false },
  ]);

  it('draws IPs that geoip-country places in the intended country, for every network', () => {
    expectNetworksLocate(NETWORKS, (n, v6) => address(new Rng(`spec:${n.name}:${v6}`), n, v6), ipCountry);
    const rng = new Rng('spec');
    expectNetworksLocate(NETWORKS, (n, v6) => address(rng, n, v6), ipCountry);
    const orders = all();
    for (const o of orders) expect(ipCountry(o.data.ip ?? '')).toBeDefined();
    const home = orders.filter((o) => Object.keys(MARKETS).includes(ipCountry(o.data.ip ?? '') ?? ''));
    expect(home.length / orders.length).toBeGreaterThan(0.88);
    for (const o of of('holiday_home_abroad'))
      expect(['DE', 'GB', 'NL', 'SE', 'NO', 'CH', 'FR']).toContain(o.data.billing?.country);
  });

  it('ships honest orders within the five markets; only the sanctioned-country kind touches sanctioned countries', () => {
    for (const o of all()) {
      const touches = touchesCountry(o.data, SANCTIONED, ipCountry);
      expect(`${o.kind}:${touches}`).toBe(`${o.kind}:${o.kind === 'sanctioned_country'}`);
      if (!o.fraud && o.data.shipping) expect(Object.keys(MARKETS)).toContain(o.data.shipping.country);
      if (data(o.data).fulfilment === 'collect') {
        expect(o.data.shipping).toBeUndefined();
        expect(data(o.data).warehouse).toBeDefined();
      }
    }
  });

  it('sends card checks with card and wallet payments only, AVS only from British and US issuers', () => {
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
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    for (const m of [
      'card',
      'apple_pay',
      'google_pay',
      'paypal',
      'blik',
      'p24',
      'bizum',
      'bank_transfer',
      'instalments',
      'cod',
    ])
      expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    for (const p of s.truth.filter((x) => x.kind === 'refund_abuse'))
      expect(types.get(p.purchase)).toContain('refund.created');
  });

  it('tests cards as guests on the cheapest items, mostly declined, in bursts on one BIN', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.45, gap: 10 * 60_000, ordersPerBin: 3 });
    for (const o of testing) {
      expect(items(o.data)).toHaveLength(1);
      expect(items(o.data)[0]?.price).toBeLessThan(5_000);
    }
  });

  it('takes over aged accounts seen in honest traffic; promo farms are fresh and use the welcome code', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(7 * DAY);
    for (const o of of('promo_abuse')) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(30 * 60_000);
      expect(data(o.data).discountCode).toMatch(/15$/);
    }
  });

  it('fits out holiday rentals in bulk on the coast, billed to a company', () => {
    for (const o of of('trade_fit_out')) {
      expect(data(o.data).company?.vatId).toMatch(/^(IT|ES|PL|RO|EL)/);
      expect(Math.max(...items(o.data).map((i) => i.quantity))).toBeGreaterThanOrEqual(4);
      expect(o.data.shipping?.city).not.toBe(o.data.billing?.city);
    }
    const mean = (kind: string) => meanAmount(of(kind).filter((o) => o.data.currency === 'EUR'));
    expect(mean('trade_fit_out')).toBeGreaterThan(3 * mean('living_room'));
    expect(mean('sale_smalls')).toBeLessThan(mean('living_room'));
    expect(mean('financed_big_ticket')).toBeGreaterThan(mean('living_room'));
  });

  it('shops in the evening and on Sundays; trade buyers order in office hours on weekdays', () => {
    const local = (o: { at: number; purchase: string }) =>
      new Date(o.at + MARKETS[marketOf(o.purchase)].tz * HOUR);
    const everyday = of('living_room');
    const evening = everyday.filter((o) => local(o).getUTCHours() >= 19).length;
    const night = everyday.filter((o) => local(o).getUTCHours() < 6).length;
    expect(evening).toBeGreaterThan(3 * night);
    const trade = of('trade_fit_out');
    expect(trade.filter((o) => ![0, 6].includes(local(o).getUTCDay())).length).toBe(trade.length);
  });
});
