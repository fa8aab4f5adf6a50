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
  expectMoneyAfterPaymentAndDisputesMostlyFraud,
  meanAmount,
  paidShare,
  takeoversOfKnownAccounts,
} from '../kit/lifecycle.js';
import { DAY, HOUR } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { DAYS, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { geWineModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';

/** The model's own properties (size, shares, money, geography, payments, calendar, labels); never the engine's view. */

const stream = cachedStreams(geWineModel);
const SEEDS = [1, 2];
const { all, of } = ordersOfSeeds(stream, SEEDS);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  shippingFee?: number;
  fulfilment?: string;
  phone?: string;
  company?: { name: string; taxId: string };
  reason?: string;
};
const data = (d: CanonicalEvent['data']) => d as Data;

const METHODS = [
  'bog_card',
  'tbc_pay',
  'apple_pay',
  'google_pay',
  'bog_installment',
  'adgilze_gadakhda',
  'sabanko_gadaritskhva',
  'card',
  'paypal',
];
const CARD_METHODS = ['bog_card', 'tbc_pay', 'apple_pay', 'google_pay', 'card'];

describe('ge-wine traffic model', () => {
  itIsDeterministic(geWineModel, stream);

  itDefaultsAndHonoursOptions(geWineModel, stream, {
    name: 'defaults to 2,000 orders over the 35 days of Rtveli (14 September – 18 October) and honours the options',
    model: 'ge-wine',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 8, 1), within: 130 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; orders are in lari at home, euros or dollars abroad, and add up', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
      const d = data(o.data);
      const items = orderItems(d);
      for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
      const sum = items.reduce((t, i) => t + i.price * i.quantity, 0);
      expect(d.amount).toBe(sum - (d.discount ?? 0) + (d.shippingFee ?? 0));
      expect(truth.get(o.purchase)?.amount).toBe(d.amount);
      const to = d.shipping?.country ?? 'GE';
      const want = to === 'GE' ? 'GEL' : to === 'US' || to === 'IL' ? 'USD' : 'EUR';
      expect(`${o.kind} ${to} ${d.currency}`).toBe(`${o.kind} ${to} ${want}`);
    }
  });

  itDrawsKindsInShares({
    stream,
    share: [0.05, 0.09],
    fraud: FRAUD,
    allocate,
    honest: HONEST,
    seeds: SEEDS,
    honestSeeds: SEEDS,
    tolerance: 0.025,
  });

  itParsesEveryBody(geWineModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 7, orders: 300, timestampHeader: false },
  ]);

  itDrawsIpsThatLocate({
    name: 'draws IPs that geoip-country places in the intended country, for every network',
    networks: NETWORKS,
    address,
    locate: ipCountry,
    stream,
    seed: 2,
    also: () => {
      const home = of('tbilisi_household');
      expect(home.filter((o) => ipCountry(o.data.ip ?? '') === 'GE').length / home.length).toBeGreaterThan(
        0.97,
      );
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      for (const o of of('harvest_tourist')) {
        expect(o.data.billing?.country).not.toBe('GE');
        if (o.data.shipping) expect(o.data.shipping.country).toBe('GE');
      }
      for (const o of of('diaspora_gift')) {
        expect(o.data.billing?.country).not.toBe('GE');
        expect(o.data.shipping?.country).toBe('GE');
      }
    },
  });

  for (const seed of SEEDS)
    itKeepsSanctionedCountriesToTheirKind(stream, { seed, countries: SANCTIONED, locate: ipCountry });

  it('lets relocants live in Georgia with Russian e-mail and phones, on Georgian, Armenian or Kazakh cards', () => {
    const relocants = of('relocant');
    for (const o of relocants) {
      expect(o.data.billing?.country).toBe('GE');
      expect(['GE', 'AM', 'KZ', undefined]).toContain(o.data.card?.country);
    }
    const russian = relocants.filter(
      (o) => /\.ru$/.test(o.data.customer?.email ?? '') || /^\+(7|375) /.test(data(o.data).phone ?? ''),
    );
    expect(russian.length / relocants.length).toBeGreaterThan(0.9);
    const vpn = relocants.filter((o) => ipCountry(o.data.ip ?? '') !== 'GE');
    expect(vpn.length / relocants.length).toBeGreaterThan(0.05);
  });

  it('posts the checkout’s own payment words, with card checks only for cards and wallets', () => {
    const methods = new Set<string>();
    for (const seed of SEEDS)
      for (const w of stream(seed).webhooks) {
        const b = w.body as CanonicalEvent;
        if (!b.type.startsWith('payment.')) continue;
        const m = b.data.paymentMethod ?? '';
        methods.add(m);
        const card = CARD_METHODS.includes(m);
        expect(`${m}:${b.data.card !== undefined}`).toBe(`${m}:${card}`);
        expect(`${m}:${b.data.checks?.cvc !== undefined}`).toBe(`${m}:${card}`);
        if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
        if (m === 'bog_installment' || m === 'adgilze_gadakhda' || m === 'tbc_pay' || m === 'bog_card')
          expect(b.data.currency).toBe('GEL');
        if (m === 'card' || m === 'paypal') expect(b.data.currency).not.toBe('GEL');
      }
    expect([...methods].sort()).toEqual([...METHODS].sort());
    for (const o of all())
      if (o.data.paymentMethod === 'adgilze_gadakhda') expect(data(o.data).fulfilment).toBe('van_tbilisi');
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    for (const seed of SEEDS) {
      const s = stream(seed);
      const { types } = expectMoneyAfterPaymentAndDisputesMostlyFraud(s);
      for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
        expect(types.get(p.purchase)).toContain('dispute.created');
      for (const p of s.truth.filter((x) => x.kind === 'refund_abuse'))
        expect(types.get(p.purchase)).toContain('refund.created');
      for (const [p, list] of types)
        if (!list.includes('payment.succeeded'))
          expect(`${p} ${list.includes('order.cancelled')}`).toBe(`${p} true`);
      const honest = createdOrders(s).filter((o) => !o.fraud);
      expect(paidShare(honest, types)).toBeGreaterThan(0.95);
    }
  });

  it('tests cards as guests on one churchkhela for pickup, at night, mostly declined, in bursts on few BINs', () => {
    for (const seed of SEEDS) {
      const testing = expectGuestCardTesting(stream(seed), {
        paidBelow: 0.35,
        gap: 10 * 60_000,
        ordersPerBin: 2,
      });
      for (const o of testing) {
        expect(orderItems(o.data).map((i) => `${i.sku}x${i.quantity}`)).toEqual(['CHU-1x1']);
        expect(data(o.data).fulfilment).toBe('winery_pickup');
      }
    }
  });

  it('takes over aged accounts seen in honest traffic; instalment fraud opens new accounts for big baskets', () => {
    const known = takeoversOfKnownAccounts(SEEDS.map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(60 * DAY);
    for (const o of of('installment_fraud')) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(2 * HOUR);
      expect(o.data.paymentMethod).toBe('bog_installment');
      expect(o.data.amount).toBeGreaterThan(100_000);
    }
  });

  it('hears from restaurants in office hours, almost never at weekends, with a company; importers buy pallets', () => {
    const restaurants = of('restaurant');
    const weekend = restaurants.filter((o) => [0, 6].includes(new Date(o.at + 4 * HOUR).getUTCDay()));
    expect(weekend.length / restaurants.length).toBeLessThan(0.05);
    for (const o of restaurants) {
      const local = new Date(o.at + 4 * HOUR);
      expect(local.getUTCHours()).toBeGreaterThanOrEqual(7);
      expect(local.getUTCHours()).toBeLessThan(20);
      expect(data(o.data).company?.name).toBeDefined();
    }
    for (const o of [...of('importer'), ...of('fake_importer')]) {
      expect(data(o.data).fulfilment).toBe('freight');
      expect(data(o.data).company?.taxId).toMatch(/^[A-Z]{2}\d+$/);
    }
    expect(meanAmount(of('importer'))).toBeGreaterThan((20 * meanAmount(of('tbilisi_household'))) / 2.6);
  });
});
