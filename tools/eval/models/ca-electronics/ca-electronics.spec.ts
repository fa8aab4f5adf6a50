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
  typesOf,
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
import { DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { DAYS, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { caElectronicsModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { PROVINCES, provinceOfPostal } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, lifecycle, valid bodies); never the engine's view. */

const stream = cachedStreams(caElectronicsModel);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  ehf?: number;
  shippingFee?: number;
  tax?: number;
  taxProvince?: string;
  fulfilment?: string;
  pickup?: { store: string; person: string };
  company?: { name: string; gstNumber?: string };
  reason?: string;
  status?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);
const POSTAL = /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d$/;

describe('ca-electronics traffic model', () => {
  itIsDeterministic(caElectronicsModel, stream);

  itDefaultsAndHonoursOptions(caElectronicsModel, stream, {
    name: 'defaults to 2,000 orders over the fifteen days from 19 December and honours the options',
    model: 'ca-electronics',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 11, 18, 5), within: 60 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each purchase opens with its order, in Canadian dollars, and adds up', () => {
    expectOrdersAddUp(stream(1), {
      currency: 'CAD',
      total: (items, d) =>
        items -
        (data(d).discount ?? 0) +
        (data(d).ehf ?? 0) +
        (data(d).shippingFee ?? 0) +
        (data(d).tax ?? 0),
    });
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(caElectronicsModel, stream, [
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
      const regulars = of('boxing_day_regular');
      expect(regulars.every((o) => ipCountry(o.data.ip ?? '') === 'CA')).toBe(true);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      const away = of('snowbird_traveller').filter((o) => ipCountry(o.data.ip ?? '') !== 'CA');
      expect(away.length / of('snowbird_traveller').length).toBeGreaterThan(0.75);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('ships only within Canada to valid postal codes, taxes by the delivery province or Ontario for pickup', () => {
    for (const o of all()) {
      const d = data(o.data);
      const f = d.fulfilment;
      if (f === 'pickup' || f === 'email') expect(d.shipping).toBeUndefined();
      if (f === 'pickup') {
        expect(d.taxProvince).toBe('ON');
        expect(d.pickup?.store).toBeDefined();
      }
      if (f === 'email') expect(orderItems(d).every((i) => i.category === 'gift_card')).toBe(true);
      if (d.shipping) {
        expect(d.shipping.country).toBe('CA');
        expect(d.shipping.postalCode).toMatch(POSTAL);
        expect(d.taxProvince).toBe(provinceOfPostal(d.shipping.postalCode ?? ''));
      }
      const prov = PROVINCES[d.taxProvince as keyof typeof PROVINCES];
      const goods = orderItems(d)
        .filter((i) => i.category !== 'gift_card')
        .reduce((s, i) => s + i.price * i.quantity, 0);
      const taxable = goods - (d.discount ?? 0) + (d.ehf ?? 0) + (d.shippingFee ?? 0);
      expect(d.tax).toBe(goods > 0 ? Math.round(taxable * prov.tax) : 0);
      if (!prov.ehf) expect(d.ehf).toBe(0);
    }
    const french = of('boxing_day_regular').filter((o) => (o.data as { locale?: string }).locale === 'fr-CA');
    const inQuebecOrNb = french.filter((o) =>
      ['QC', 'NB'].includes(provinceOfPostal(o.data.billing?.postalCode ?? '') ?? ''),
    );
    expect(inQuebecOrNb.length / french.length).toBeGreaterThan(0.8);
    expect(french.length).toBeGreaterThan(0);
  });

  it('sends card checks with card and wallet payments only, AVS only from Canadian and US issuers', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = ['card', 'apple_pay', 'google_pay'].includes(method);
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${b.data.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      if (card && !['CA', 'US'].includes(b.data.card?.country ?? ''))
        expect(b.data.checks?.avs).toBe('unavailable');
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    for (const m of ['card', 'apple_pay', 'google_pay', 'paypal', 'interac_online', 'affirm', 'gift_card'])
      expect(methods).toContain(m);
    for (const o of of('student').filter((x) => x.data.billing?.country !== 'CA'))
      expect(['IN', 'CN', 'PH', 'AE']).toContain(o.data.billing?.country);
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
    const retry = createdOrders(s).filter((o) => o.kind === 'card_retry');
    for (const o of retry) expect(types.get(o.purchase)).toContain('payment.failed');
  });

  it('tests cards as guests on the cheapest items, mostly declined, in bursts', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * MINUTE });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(3_000);
    }
    expect(meanAmount(of('card_testing'))).toBeLessThan(6_000);
  });

  it('collects pickup fraud in Ontario stores within hours; takes over aged accounts seen in honest traffic', () => {
    const s = stream(1);
    for (const o of createdOrders(s).filter((x) => x.kind === 'pickup_fraud')) {
      expect(data(o.data).fulfilment).toBe('pickup');
      const picked = s.webhooks.find(
        (w) => w.purchase === o.purchase && data((w.body as CanonicalEvent).data).status === 'picked_up',
      );
      if (picked) expect(picked.at - o.at).toBeLessThan(8 * HOUR);
    }
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(60 * DAY);
  });

  it('opens throw-away accounts minutes before checkout, a few devices per farm', () => {
    const fresh = of('new_account_throwaway');
    for (const o of fresh)
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(45 * MINUTE);
    for (const seed of [1, 2, 3]) {
      const one = createdOrders(stream(seed)).filter((o) => o.kind === 'new_account_throwaway');
      expect(new Set(one.map((o) => o.data.userAgent + (o.data.deviceId ?? ''))).size).toBeLessThanOrEqual(
        Math.max(3, one.length / 2),
      );
    }
  });

  it('sells to businesses in bulk in office hours; Boxing Day is the busiest day', () => {
    const office = of('business_buyer').filter((o) => {
      const prov = provinceOfPostal(o.data.billing?.postalCode ?? '') ?? 'ON';
      const local = new Date(o.at + PROVINCES[prov].tz * HOUR);
      return ![0, 6].includes(local.getUTCDay()) && local.getUTCHours() >= 7 && local.getUTCHours() < 19;
    });
    expect(office.length / of('business_buyer').length).toBeGreaterThan(0.85);
    for (const o of of('business_buyer')) {
      expect(data(o.data).company?.name).toBeDefined();
      expect(Math.max(...orderItems(o.data).map((i) => i.quantity))).toBeGreaterThanOrEqual(2);
    }
    expect(meanAmount(of('business_buyer'))).toBeGreaterThan(4 * meanAmount(of('boxing_day_regular')));
    const perDay = new Map<number, number>();
    for (const o of createdOrders(stream(1))) {
      const day = Math.floor((o.at - START) / DAY);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    const boxing = perDay.get(7) ?? 0;
    for (const [day, n] of perDay) if (day !== 7) expect(n).toBeLessThan(boxing);
  });

  it('gives each purchase a sensible lifecycle: shipped before delivered, pickups ready before collected', () => {
    const s = stream(3);
    for (const p of s.truth) {
      const t = typesOf(s, p.purchase);
      expect(t[0]).toBe('order.created');
    }
    const statuses = new Map<string, string[]>();
    for (const w of s.webhooks) {
      const st = data((w.body as CanonicalEvent).data).status;
      if (st) statuses.set(w.purchase, [...(statuses.get(w.purchase) ?? []), st]);
    }
    for (const list of statuses.values()) {
      if (list.includes('delivered') && list.includes('shipped'))
        expect(list.indexOf('shipped')).toBeLessThan(list.indexOf('delivered'));
      if (list.includes('picked_up'))
        expect(list.indexOf('ready_for_pickup')).toBeLessThan(list.indexOf('picked_up'));
    }
    expect(webhookTypesByPurchase(s).size).toBe(s.truth.length);
  });
});
