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
import { frWineModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { MARKETS } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(frWineModel);
const SANCTIONED = new Set(['CU', 'IR', 'KP', 'SY', 'UA']);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  fulfilment?: string;
  duty?: string;
  company?: { name: string; vatId: string };
  reason?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);

describe('fr-wine traffic model', () => {
  itIsDeterministic(frWineModel, stream);

  itDefaultsAndHonoursOptions(frWineModel, stream, {
    name: 'defaults to 2,000 orders over the first sixteen days of December and honours the options',
    model: 'fr-wine',
    orders: 2000,
    start: START,
    days: DAYS,
    options: {
      seed: 9,
      orders: 300,
      start: Date.UTC(2027, 5, 1),
      within: 60 * HOUR,
      larger: 2600,
    },
  });

  it('sorts and labels every webhook; each purchase opens with its order, in euros, and adds up', () => {
    expectOrdersAddUp(stream(1), {
      currency: 'EUR',
      total: (items, d) => items - (data(d).discount ?? 0) + (data(d).shippingFee ?? 0),
    });
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(frWineModel, stream, [
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
      const orders = of('repeat_customer');
      const home = orders.filter((o) => ipCountry(o.data.ip ?? '') === o.data.billing?.country);
      expect(home.length / orders.length).toBeGreaterThan(0.95);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      for (const o of of('traveller')) expect(ipCountry(o.data.ip ?? '')).not.toBe(o.data.billing?.country);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('ships honest orders only to its twelve countries; pickup and in-bond orders have no delivery address', () => {
    for (const o of all()) {
      const f = data(o.data).fulfilment;
      if (!o.fraud && o.data.shipping) expect(Object.keys(MARKETS)).toContain(o.data.shipping.country);
      if (f === 'pickup' || f === 'in_bond' || f === 'en_primeur') expect(o.data.shipping).toBeUndefined();
      if (f === 'in_bond' || f === 'en_primeur') expect(data(o.data).duty).toBe('in_bond');
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
    for (const m of ['card', 'apple_pay', 'paypal', 'bank_transfer', 'alipay']) expect(methods).toContain(m);
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

  it('tests cards as guests on the cheapest items, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(5_000);
    }
  });

  it('takes over aged accounts seen in honest traffic; promo farms are fresh accounts sharing devices and codes', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(20 * DAY);
    const promo = of('promo_abuse');
    for (const o of promo) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(30 * 60_000);
      expect(data(o.data).discountCode).toBeDefined();
    }
    expect(new Set(promo.map((o) => o.data.deviceId)).size).toBeLessThan(promo.length / 2);
  });

  it('sells corporate gifts in bulk on weekdays in office hours, to companies; collectors spend the most', () => {
    for (const o of of('corporate_gifts')) {
      expect(data(o.data).company?.vatId).toMatch(/^FR\d{11}$/);
      expect(Math.max(...orderItems(o.data).map((i) => i.quantity))).toBeGreaterThanOrEqual(30);
      const local = new Date(o.at + HOUR);
      expect([0, 6]).not.toContain(local.getUTCDay());
      expect(local.getUTCHours()).toBeGreaterThanOrEqual(7);
      expect(local.getUTCHours()).toBeLessThan(20);
    }
    expect(meanAmount(of('collector'))).toBeGreaterThan(4 * meanAmount(of('repeat_customer')));
    expect(meanAmount(of('card_testing'))).toBeLessThan(6_000);
  });
});
