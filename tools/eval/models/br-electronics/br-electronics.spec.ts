import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import geoip from 'geoip-country';
import { Rng } from '../kit/random.js';
import {
  cachedStreams,
  createdOrders,
  expectOptionsHonoured,
  expectSortedAndLabelled,
  itIsDeterministic,
  itParsesEveryBody,
  itDrawsIpsThatLocate,
  expectOrdersPlacedWithin,
  expectEachPurchaseOpensWithItsOrder,
} from '../kit/contract.js';
import { blackFriday, DEFAULT_START } from './calendar.js';
import { PRODUCTS } from './catalog.js';
import { allocate, FRAUD } from './fraud-kit.js';
import { HONEST } from './honest.js';
import { brElectronicsModel } from './index.js';
import { address, ALL_NETWORKS } from './networks.js';
import { cnpj, cpf, validTaxId } from './people.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import {
  expectGuestCardTesting,
  expectMoneyAfterPaymentAndDisputesMostlyFraud,
  medianAmount,
  MONEY_EVENTS,
} from '../kit/lifecycle.js';
import { DAY, HOUR } from '../kit/purchase.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const BF = Date.UTC(2026, 10, 27, 3, 0);
const stream = cachedStreams(brElectronicsModel);
const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;

type Data = CanonicalEvent['data'] & {
  paymentMethod?: string;
  installments?: number;
  freight?: number;
  discount?: number;
};
type Item = { sku: string; quantity: number; price: number };

const extra = (d: CanonicalEvent['data']) => d as Data;
const items = (d: CanonicalEvent['data']) => d.items as Item[];
const all = () => [1, 2, 3].flatMap((seed) => createdOrders(stream(seed)));
const of = (kind: string) => all().filter((o) => o.kind === kind);

describe('br-electronics traffic model', () => {
  itIsDeterministic(brElectronicsModel, stream);

  it('defaults to 2,000 orders over Black Friday week and honours the options', () => {
    expect(brElectronicsModel.name).toBe('br-electronics');
    expect(stream(1).model).toBe('br-electronics');
    expect(stream(1).truth).toHaveLength(2000);
    expect(blackFriday(DEFAULT_START)).toBe(BF);
    expectOrdersPlacedWithin(stream(1), {
      from: DEFAULT_START,
      to: DEFAULT_START + 7 * DAY,
      minSpan: 6.7 * DAY,
    });
    expectOptionsHonoured(brElectronicsModel, {
      seed: 9,
      orders: 300,
      start: Date.UTC(2027, 5, 1),
      within: 26 * HOUR,
      larger: 4000,
    });
  });

  it('sorts and labels every webhook and opens every purchase with its order in reais, shipped within Brazil', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    const created = expectEachPurchaseOpensWithItsOrder(s);
    for (const o of created) {
      const t = truth.get(o.purchase);
      expect([o.data.amount, o.data.currency, t?.currency]).toEqual([t?.amount, 'BRL', 'BRL']);
      if (o.data.shipping) expect(o.data.shipping.country).toBe('BR');
      expect(o.data.shipping?.postalCode ?? '00000-000').toMatch(/^\d{5}-\d{3}$/);
    }
  });

  it('prices in centavos: items plus freight less discounts make the amount', () => {
    for (const p of PRODUCTS)
      expect(Number.isInteger(p.price) && p.price >= 2_000 && p.price < 1_200_000).toBe(true);
    for (const o of all()) {
      const sum = items(o.data).reduce((a, i) => a + i.price * i.quantity, 0);
      const d = extra(o.data);
      expect(Number.isInteger(o.data.amount) && (o.data.amount ?? 0) > 0).toBe(true);
      expect(o.data.amount).toBe(sum + (d.freight ?? 0) - (d.discount ?? 0));
      if (!o.data.shipping) expect(d.freight).toBe(0);
    }
    const median = medianAmount(all().filter((o) => !o.fraud));
    expect(median).toBeGreaterThan(30_000);
    expect(median).toBeLessThan(500_000);
  });

  itDrawsKindsInShares({ stream, share: [0.029, 0.061], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(brElectronicsModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 13, orders: 300, timestampHeader: false },
  ]);

  itDrawsIpsThatLocate({
    name: 'draws IPs that geoip-country places in the intended country',
    networks: ALL_NETWORKS,
    address,
    locate: ipCountry,
    stream,
    seed: 2,
    also: () => {
      const abroad = createdOrders(stream(1)).filter((o) => ipCountry(o.data.ip ?? '') !== 'BR');
      expect(abroad.length).toBeGreaterThan(10);
      expect(abroad.length).toBeLessThan(200);
    },
  });

  it('lets unrelated shoppers meet on one address (carrier NAT) and families share a computer', () => {
    const honest = createdOrders(stream(1)).filter((x) => !x.fraud);
    const group = (key: (o: (typeof honest)[number]) => string | undefined) => {
      const by = new Map<string, Set<string>>();
      for (const o of honest) {
        const k = key(o);
        if (k) by.set(k, (by.get(k) ?? new Set()).add(o.data.customer?.email ?? ''));
      }
      return [...by.values()].filter((emails) => emails.size >= 2).length;
    };
    expect(group((o) => o.data.ip)).toBeGreaterThan(10);
    expect(group((o) => o.data.deviceId)).toBeGreaterThan(10);
  });

  it('generates valid CPFs and CNPJs and sends only their hash', () => {
    const rng = new Rng('ids');
    for (let i = 0; i < 200; i++) {
      expect(validTaxId(cpf(rng))).toBe(true);
      expect(validTaxId(cnpj(rng))).toBe(true);
    }
    expect(validTaxId({ type: 'cpf', number: '12345678900' })).toBe(false);
    for (const o of all()) {
      const doc = (o.data as { document?: { type: string; hash: string } }).document;
      expect(doc?.hash).toMatch(/^[0-9a-f]{32}$/);
    }
    for (const o of of('company_cnpj'))
      expect((o.data as { document?: { type: string } }).document?.type).toBe('cnpj');
  });

  it('shows a card only for card payments, never an address check from Brazilian issuers, and up to 12 installments', () => {
    const s = stream(1);
    for (const w of s.webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.') && b.type !== 'order.created') continue;
      const d = extra(b.data);
      expect(['credit_card', 'pix', 'boleto', 'wallet']).toContain(d.paymentMethod);
      if (b.type.startsWith('payment.'))
        expect(`${d.paymentMethod}:${b.data.card !== undefined}`).toBe(
          `${d.paymentMethod}:${d.paymentMethod === 'credit_card'}`,
        );
      if (b.data.card?.country === 'BR' && b.data.checks) expect(b.data.checks.avs).toBe('unavailable');
      if (d.installments !== undefined) expect(d.installments >= 1 && d.installments <= 12).toBe(true);
    }
    const created = all();
    const share = (m: string) =>
      created.filter((o) => extra(o.data).paymentMethod === m).length / created.length;
    expect(share('credit_card')).toBeGreaterThan(0.45);
    expect(share('pix')).toBeGreaterThan(0.2);
    expect(share('boleto')).toBeGreaterThan(0.03);
  });

  it('confirms Pix in minutes and boletos in days, and cancels the unpaid ones', () => {
    const s = stream(1);
    const byPurchase = new Map<string, CanonicalEvent[]>();
    for (const w of s.webhooks)
      byPurchase.set(w.purchase, [...(byPurchase.get(w.purchase) ?? []), w.body as CanonicalEvent]);
    for (const events of byPurchase.values()) {
      const created = events[0];
      const method = extra(created?.data ?? {}).paymentMethod;
      if (method !== 'pix' && method !== 'boleto') continue;
      const paid = events.find((e) => e.type === 'payment.succeeded');
      const cancelled = events.find((e) => e.type === 'order.cancelled');
      expect(paid !== undefined || cancelled !== undefined).toBe(true);
      if (!paid || extra(paid.data).paymentMethod !== method) continue;
      const lag = Date.parse(paid.timestamp ?? '') - Date.parse(created?.timestamp ?? '');
      if (method === 'pix') expect(lag).toBeLessThan(31 * 60_000);
      else expect(lag).toBeGreaterThan(11 * HOUR);
    }
  });

  it('tests cards on the cheapest items as a guest, in bursts, mostly unsuccessfully', () => {
    const testing = expectGuestCardTesting(stream(3), { paidBelow: 0.5, gap: 5 * 60_000 });
    for (const o of testing) expect(o.data.amount ?? 0).toBeLessThan(8_000);
  });

  it('gives each fraud kind its tell-tale shape', () => {
    for (const o of of('account_takeover'))
      expect(Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(o.at - 250 * DAY);
    const promo = of('promo_abuse');
    expect(new Set(promo.map((o) => o.data.deviceId ?? o.data.userAgent)).size).toBeLessThan(
      promo.length / 2,
    );
    for (const o of promo) expect(Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(o.at - DAY);
    const mules = of('mule_reshipping');
    expect(new Set(mules.map((o) => o.data.shipping?.postalCode)).size).toBeLessThan(mules.length / 2);
    for (const o of of('triangulation')) expect(o.data.shipping?.country).toBe('BR');
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types, disputed } = expectMoneyAfterPaymentAndDisputesMostlyFraud(s);
    const kind = (k: string) => s.truth.filter((p) => p.kind === k);
    expect(kind('friendly_fraud').every((p) => disputed.includes(p.purchase))).toBe(true);
    expect(
      kind('refund_abuse').every((p) => types.get(p.purchase)?.some((t) => MONEY_EVENTS.includes(t))),
    ).toBe(true);
  });

  it('peaks on Black Friday and its midnight opening, shops in the evening, sleeps before dawn', () => {
    const orders = createdOrders(stream(1));
    const inDay = (from: number) => orders.filter((o) => o.at >= from && o.at < from + DAY).length;
    expect(inDay(BF)).toBeGreaterThan(2 * inDay(DEFAULT_START));
    const inHour = (from: number) => orders.filter((o) => o.at >= from && o.at < from + HOUR).length;
    expect(inHour(BF)).toBeGreaterThan(3 * inHour(BF - DAY));
    const brt = (o: { at: number }) => new Date(o.at - 3 * HOUR).getUTCHours();
    const good = orders.filter((o) => !o.fraud);
    expect(good.filter((o) => brt(o) >= 19 && brt(o) < 23).length).toBeGreaterThan(
      5 * good.filter((o) => brt(o) >= 2 && brt(o) < 6).length,
    );
  });
});
