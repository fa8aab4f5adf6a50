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
} from '../kit/lifecycle.js';
import { DAY, HOUR } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { deliveryFee, type Delivery } from './basket.js';
import { capeDate, DAYS, START } from './calendar.js';
import { type Category, type Currency, CURRENCY_OF, itemOf, MEAT_COUNTRIES } from './catalogue.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { zaBiltongModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { SANCTIONED } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(zaBiltongModel);
const SANCTIONED_SET = new Set<string>(SANCTIONED);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  delivery?: string;
  company?: { name: string; vatNumber: string };
  threeDSecure?: string;
  ageConfirmed?: boolean;
  reason?: string;
  status?: string;
  recipients?: number;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);

describe('za-biltong traffic model', () => {
  itIsDeterministic(zaBiltongModel, stream);

  itDefaultsAndHonoursOptions(zaBiltongModel, stream, {
    name: 'defaults to 2,000 orders over the four weeks from Black Friday to Christmas Eve and honours the options',
    model: 'za-biltong',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 5, 1), within: 102 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each order adds up in the currency of where it goes', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
      const d = data(o.data);
      const items = orderItems(o.data);
      for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
      const sum = items.reduce((x, i) => x + i.price * i.quantity, 0);
      expect(d.amount).toBe(sum - (d.discount ?? 0) + (d.shippingFee ?? 0));
      const lines = items.map((i) => ({ ...i, name: i.sku, category: i.category as Category }));
      expect(d.shippingFee).toBe(
        deliveryFee(d.delivery as Delivery, d.currency as Currency, lines, data(o.data).recipients ?? 0),
      );
      expect(truth.get(o.purchase)?.amount).toBe(d.amount);
      expect(truth.get(o.purchase)?.currency).toBe(d.currency);
      const where = d.shipping?.country;
      expect(`${o.purchase} ${d.currency}`).toBe(`${o.purchase} ${where ? CURRENCY_OF[where] : 'ZAR'}`);
      if (d.discountCode) expect(d.discount).toBeGreaterThan(0);
    }
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(zaBiltongModel, stream, [
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
      const regular = of('regular_braaier');
      expect(
        regular.filter((o) => ipCountry(o.data.ip ?? '') === 'ZA').length / regular.length,
      ).toBeGreaterThan(0.97);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      for (const o of of('expat_pantry')) expect(o.data.billing?.country).not.toBe('ZA');
      const away = of('traveller_vpn').filter((o) => ipCountry(o.data.ip ?? '') !== 'ZA');
      expect(away.length).toBeGreaterThan(of('traveller_vpn').length / 3);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED_SET, locate: ipCountry });

  it('sends meat only within the customs union, liqueur only within South Africa, and pantry lines abroad', () => {
    for (const o of all()) {
      const to = o.data.shipping?.country;
      for (const i of orderItems(o.data)) {
        const x = itemOf(i.sku);
        expect(x).toBeDefined();
        if (to && x?.meat) expect(MEAT_COUNTRIES.has(to)).toBe(true);
        if (to && x?.alcohol) expect(to).toBe('ZA');
        if (x?.alcohol) expect(data(o.data).ageConfirmed).toBe(true);
      }
      const d = data(o.data);
      if (d.delivery === 'international') expect(MEAT_COUNTRIES.has(to ?? 'ZA')).toBe(false);
      if (d.delivery === 'collect' || d.delivery === 'email') expect(o.data.shipping).toBeUndefined();
      if (d.delivery === 'locker') expect(o.data.shipping?.line1).toMatch(/^(Pudo locker|Pargo), /);
      if (d.delivery === 'email') for (const i of orderItems(o.data)) expect(i.category).toBe('gift_card');
    }
    const currencies = new Set(all().map((o) => o.data.currency));
    for (const c of ['ZAR', 'GBP', 'EUR', 'USD', 'CAD', 'AUD', 'NZD']) expect(currencies).toContain(c);
  });

  it('pays the South African way: 3-D Secure on every card, AVS only from British, US and Canadian issuers', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const d = data(b.data);
      const method = d.paymentMethod ?? '';
      methods.add(method);
      const card = ['card', 'apple_pay'].includes(method);
      expect(`${method}:${d.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${d.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      if (card) expect(d.threeDSecure).toBeDefined();
      if (card && !['GB', 'US', 'CA'].includes(d.card?.country ?? ''))
        expect(d.checks?.avs).toBe('unavailable');
      if (card && ['ZA', 'NA', 'BW'].includes(d.card?.country ?? ''))
        expect(['challenge_passed', 'challenge_failed', 'frictionless']).toContain(d.threeDSecure);
      if (b.type === 'payment.failed') expect(d.reason).toBeDefined();
    }
    for (const m of ['card', 'apple_pay', 'instant_eft', 'snapscan', 'zapper', 'payflex', 'paypal', 'eft'])
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
  });

  it('follows the season: Black Friday is the busiest day, pantry abroad mostly before the couriers’ cut-offs', () => {
    const days = new Map<string, number>();
    for (const o of createdOrders(stream(1))) {
      const { month, day } = capeDate(o.at);
      days.set(`${month}-${day}`, (days.get(`${month}-${day}`) ?? 0) + 1);
    }
    expect(Math.max(...days.values())).toBe(days.get('10-27'));
    const pantry = of('expat_pantry');
    expect(pantry.filter((o) => o.at < Date.UTC(2026, 11, 15)).length / pantry.length).toBeGreaterThan(0.75);
    const home = of('returning_expat');
    expect(home.filter((o) => o.at > Date.UTC(2026, 11, 5)).length / home.length).toBeGreaterThan(0.9);
  });

  it('sells hampers to companies on weekdays in office hours, by invoice or company card', () => {
    for (const o of of('corporate_hamper')) {
      expect(data(o.data).company?.vatNumber).toMatch(/^4\d{9}$/);
      expect(orderItems(o.data).every((i) => i.category === 'hamper')).toBe(true);
      const local = new Date(o.at + 2 * HOUR);
      expect([0, 6]).not.toContain(local.getUTCDay());
      expect(local.getUTCHours()).toBeGreaterThanOrEqual(7);
      expect(local.getUTCHours()).toBeLessThan(20);
    }
    expect(medianAmount(of('corporate_hamper'))).toBeGreaterThan(10 * medianAmount(of('regular_braaier')));
  });

  it('sends the diaspora’s gifts home in rand, paid from abroad, delivered in South Africa', () => {
    const gifts = of('expat_gift_home');
    for (const o of gifts) {
      expect(o.data.currency).toBe('ZAR');
      expect(o.data.billing?.country).not.toBe('ZA');
      expect(o.data.shipping?.country).toBe('ZA');
    }
    expect(gifts.filter((o) => ipCountry(o.data.ip ?? '') !== 'ZA').length / gifts.length).toBeGreaterThan(
      0.85,
    );
  });

  it('tests cards as guests on the cheapest lines, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(5_000);
    }
  });

  it('takes over aged accounts from new phones; stolen cards go to lockers, drops and e-mailed gift cards', () => {
    const seen = [1, 2, 3].map((seed) => createdOrders(stream(seed)));
    let known = 0;
    let total = 0;
    for (const orders of seen) {
      const honestDevices = new Map<string, Set<string>>();
      for (const o of orders.filter((x) => !x.fraud && x.data.customer?.id)) {
        const set = honestDevices.get(o.data.customer?.id ?? '') ?? new Set<string>();
        set.add(o.data.deviceId ?? '');
        honestDevices.set(o.data.customer?.id ?? '', set);
      }
      for (const o of orders.filter((x) => x.kind === 'sim_swap_takeover')) {
        total += 1;
        if (honestDevices.has(o.data.customer?.id ?? '')) known += 1;
        if (o.data.deviceId)
          expect(honestDevices.get(o.data.customer?.id ?? '')?.has(o.data.deviceId) ?? false).toBe(false);
        expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(60 * DAY);
      }
    }
    expect(known).toBeGreaterThan(total / 3);
    const stolen = [...of('stolen_card_otp'), ...of('foreign_card_drop')];
    const dropped = stolen.filter((o) => {
      const d = data(o.data);
      return (
        d.delivery === 'locker' ||
        d.delivery === 'email' ||
        /Unit|Flat|Room|depot|Umgeni|Ibazelo|Voortrekker/.test(o.data.shipping?.line1 ?? '')
      );
    });
    expect(dropped.length / stolen.length).toBeGreaterThan(0.8);
    for (const o of of('foreign_card_drop')) expect(o.data.card?.country).not.toBe('ZA');
    for (const o of of('stolen_card_otp')) if (o.data.card) expect(o.data.card.country).toBe('ZA');
  });

  it('fakes companies with look-alike domains and fresh accounts for large hamper orders', () => {
    for (const o of of('fake_corporate')) {
      expect(data(o.data).company?.name).toBeDefined();
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(6 * HOUR);
      expect(o.data.amount).toBeGreaterThan(1_500_000);
    }
  });
});
