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
import { DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { DAYS, START } from './calendar.js';
import { BILL_FEE } from './catalogue.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { phTopupsModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { OFW_COUNTRIES, SANCTIONED } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(phTopupsModel);

type Item = { sku: string; quantity: number; price: number; category: string; recipient?: string };
type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  serviceFee?: number;
  company?: { name: string; tin: string };
  reseller?: string;
  threeDSecure?: string;
  reason?: string;
  status?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const items = (d: CanonicalEvent['data']) => d.items as Item[];
const { all, of } = ordersOfSeeds(stream);
const manilaHour = (t: number) => new Date(t + 8 * HOUR).getUTCHours();

describe('ph-topups traffic model', () => {
  itIsDeterministic(phTopupsModel, stream);

  itDefaultsAndHonoursOptions(phTopupsModel, stream, {
    name: 'defaults to 2,000 orders over the fourteen days from the 15 December payday and honours the options',
    model: 'ph-topups',
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

  it('sorts and labels every webhook; each purchase opens with its order, in pesos, and adds up', () => {
    expectOrdersAddUp(stream(1), {
      currency: 'PHP',
      total: (sum, d) => sum - (data(d).discount ?? 0) + (data(d).serviceFee ?? 0),
    });
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(phTopupsModel, stream, [
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
      const ofw = of('ofw_family');
      const host = ofw.filter((o) => ipCountry(o.data.ip ?? '') === o.data.billing?.country);
      expect(host.length).toBe(ofw.length);
      const hosts = OFW_COUNTRIES.map(([c]) => c);
      for (const o of ofw) expect(hosts).toContain(o.data.billing?.country);
      const local = of('own_load');
      expect(local.filter((o) => ipCountry(o.data.ip ?? '') === 'PH').length).toBe(local.length);
      for (const o of of('vpn_user')) expect(['SG', 'JP', 'US']).toContain(ipCountry(o.data.ip ?? ''));
      const away = of('traveller').filter((o) => ipCountry(o.data.ip ?? '') !== o.data.billing?.country);
      expect(away.length / of('traveller').length).toBeGreaterThan(0.6);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('delivers everything digitally: no shipping address, every line to someone, bills with their fee', () => {
    for (const o of all()) {
      expect(o.data.shipping).toBeUndefined();
      for (const i of items(o.data)) expect(i.recipient).toBeTruthy();
      const bills = items(o.data).filter((i) => i.category === 'bill').length;
      expect(data(o.data).serviceFee ?? 0).toBe(bills * BILL_FEE);
      for (const i of items(o.data).filter((x) => x.category === 'load' || x.category === 'data'))
        expect(i.recipient).toMatch(/^\+639\d{9}$|^\+638\d{9}$/);
    }
  });

  it('sends cards and checks with card payments only; AVS only from US, Canadian and British issuers', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = method === 'card';
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${b.data.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${data(b.data).threeDSecure !== undefined}`).toBe(`${method}:${card}`);
      if (card && !['US', 'CA', 'GB'].includes(b.data.card?.country ?? ''))
        expect(b.data.checks?.avs).toBe('unavailable');
      if (card && b.data.card?.country === 'PH')
        expect(['challenge_passed', 'challenge_failed', 'challenge_abandoned', 'frictionless']).toContain(
          data(b.data).threeDSecure,
        );
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    for (const m of ['gcash', 'maya', 'grabpay', 'card', 'seven_eleven', 'bank_transfer'])
      expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.93);
    // Expired 7-Eleven codes are released at once, with that reason.
    const expired = s.webhooks.filter(
      (w) =>
        (w.body as CanonicalEvent).type === 'order.cancelled' &&
        data((w.body as CanonicalEvent).data).reason === 'payment_code_expired',
    );
    expect(expired.length).toBeGreaterThan(5);
  });

  it('tests cards as guests on the cheapest load, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * MINUTE, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(3_000);
    }
  });

  it('takes over aged accounts seen in honest traffic; promo farms are fresh accounts sharing phones and the code', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(60 * DAY);
    const promo = of('promo_abuse');
    for (const o of promo) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(30 * MINUTE);
      expect(data(o.data).discountCode).toBe('PASKO100');
    }
    expect(new Set(promo.map((o) => o.data.deviceId)).size).toBeLessThan(promo.length / 2);
    // Honest accounts share devices too: family phones and pisonet PCs.
    const shared = of('shared_device');
    const accountsOn = new Map<string, Set<string>>();
    for (const o of all().filter((x) => !x.fraud && x.data.deviceId))
      accountsOn.set(
        o.data.deviceId ?? '',
        (accountsOn.get(o.data.deviceId ?? '') ?? new Set()).add(
          o.data.customer?.id ?? o.data.customer?.email ?? '',
        ),
      );
    const many = shared.filter((o) => (accountsOn.get(o.data.deviceId ?? '')?.size ?? 0) > 1);
    expect(many.length / shared.length).toBeGreaterThan(0.5);
  });

  it('sells to companies in bulk in office hours on weekdays, and wallet blocks to loading agents', () => {
    for (const o of of('corporate')) {
      expect(data(o.data).company?.tin).toMatch(/^\d{3}-\d{3}-\d{3}-000$/);
      expect(orderItems(o.data).reduce((n, i) => n + i.quantity, 0)).toBeGreaterThanOrEqual(10);
      const local = new Date(o.at + 8 * HOUR);
      expect([0, 6]).not.toContain(local.getUTCDay());
      expect(local.getUTCHours()).toBeGreaterThanOrEqual(7);
      expect(local.getUTCHours()).toBeLessThan(19);
    }
    for (const o of of('reseller')) {
      expect(data(o.data).reseller).toBeDefined();
      expect(orderItems(o.data).some((i) => i.sku === 'RTL-ELOAD-1000')).toBe(true);
    }
    expect(meanAmount(of('corporate'))).toBeGreaterThan(50 * meanAmount(of('own_load')));
    expect(meanAmount(of('card_testing'))).toBeLessThan(3_000);
  });

  it('follows the buyers’ clocks: card testers in Manila’s small hours, Noche Buena quiet', () => {
    const testing = of('card_testing');
    const night = testing.filter((o) => manilaHour(o.at) < 6 || manilaHour(o.at) >= 22);
    expect(night.length / testing.length).toBeGreaterThan(0.6);
    const dinner = all().filter((o) => {
      const t = new Date(o.at + 8 * HOUR);
      return t.getUTCDate() === 24 && t.getUTCHours() >= 20;
    }).length;
    const afternoon = all().filter((o) => {
      const t = new Date(o.at + 8 * HOUR);
      return t.getUTCDate() === 24 && t.getUTCHours() >= 14 && t.getUTCHours() < 18;
    }).length;
    expect(dinner).toBeLessThan(afternoon);
  });
});
