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
  expectMoneyAfterPaymentAndUnpaidCancelled,
  medianAmount,
  paidShare,
  takeoversOfKnownAccounts,
} from '../kit/lifecycle.js';
import { DAY, HOUR } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { DAYS, priceUpdateOf, promoDay, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { arYerbaModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { MARKETS } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(arYerbaModel);
const HOME_AND_MARKETS = ['AR', ...Object.keys(MARKETS)];

type Data = CanonicalEvent['data'] & {
  storefront?: string;
  fulfilment?: string;
  installments?: number;
  mpFunding?: string;
  confirmation?: string;
  discount?: number;
  shippingFee?: number;
  recipient?: string;
  reason?: string;
  document?: { type: string; number: string };
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);
const CARD_METHODS = ['card', 'debit_card', 'modo', 'apple_pay', 'google_pay'];

describe('ar-yerba traffic model', () => {
  itIsDeterministic(arYerbaModel, stream);

  itDefaultsAndHonoursOptions(arYerbaModel, stream, {
    name: 'defaults to 2,000 orders over the two weeks before Día del Padre and honours the options',
    model: 'ar-yerba',
    orders: 2000,
    start: START,
    days: DAYS,
    options: {
      seed: 9,
      orders: 300,
      start: Date.UTC(2027, 5, 6, 3),
      within: 60 * HOUR,
      larger: 2600,
    },
  });

  it('sorts and labels every webhook; each order is in its storefront’s currency and adds up', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
      const d = data(o.data);
      expect(truth.get(o.purchase)?.amount).toBe(d.amount);
      expect(truth.get(o.purchase)?.currency).toBe(d.currency);
      if (d.storefront === 'AR') expect(d.currency).toBe('ARS');
      else expect(['USD', 'EUR']).toContain(d.currency);
      const items = orderItems(o.data);
      for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
      const sum = items.reduce((a, i) => a + i.price * i.quantity, 0);
      expect(d.amount).toBe(sum - (d.discount ?? 0) + (d.shippingFee ?? 0));
    }
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(arYerbaModel, stream, [
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
      const home = of('mate_regular');
      const inAr = home.filter((o) => ipCountry(o.data.ip ?? '') === 'AR');
      expect(inAr.length / home.length).toBeGreaterThan(0.97);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      for (const o of of('expat_home_delivery')) {
        expect(ipCountry(o.data.ip ?? '')).not.toBe('AR');
        expect(o.data.shipping?.country).toBe('AR');
        expect(o.data.billing?.country).not.toBe('AR');
      }
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('ships honest orders only to Argentina and its six markets; wine, thermoses and knives stay home', () => {
    for (const o of all()) {
      const d = data(o.data);
      if (!o.fraud && o.data.shipping) expect(HOME_AND_MARKETS).toContain(o.data.shipping.country);
      if (d.fulfilment === 'showroom') expect(o.data.shipping).toBeUndefined();
      const abroad = o.data.shipping !== undefined && o.data.shipping.country !== 'AR';
      if (!abroad) continue;
      const items = orderItems(o.data);
      for (const i of items) expect(['TR-STN', 'TR-LUM', 'CU-CUCH', 'YM-10X1K']).not.toContain(i.sku);
      for (const i of items) expect(i.category).not.toBe('wine');
      if (['ES', 'DE'].includes(o.data.shipping?.country ?? ''))
        for (const i of items) expect(i.category).not.toBe('dulce_de_leche');
    }
  });

  it('sends card checks with card payments only; Mercado Pago, transfers and vouchers carry none', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = CARD_METHODS.includes(method);
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${b.data.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      if (card && !['US', 'AR'].includes(b.data.card?.country ?? ''))
        expect(b.data.checks?.avs).toBe('unavailable');
      if (method === 'mercado_pago') expect(data(b.data).mpFunding).toBeDefined();
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    for (const m of ['card', 'debit_card', 'mercado_pago', 'modo', 'bank_transfer', 'cash_voucher', 'paypal'])
      expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_claim'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    for (const p of s.truth.filter((x) => x.kind === 'fake_payment_proof'))
      expect(types.get(p.purchase)).toContain('fraud_warning.created');
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.95);
    const vouchers = createdOrders(s).filter((o) => o.kind === 'cash_voucher');
    const unpaid = 1 - paidShare(vouchers, types);
    expect(unpaid).toBeGreaterThan(0.1);
    expect(unpaid).toBeLessThan(0.45);
  });

  it('tests cards as guests on the cheapest items, mostly declined, in night bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(10_000_00);
    }
  });

  it('takes over aged accounts seen in honest traffic; fake receipts are confirmed by hand, not by the bank', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(180 * DAY);
    const s = stream(1);
    const fake = new Set(s.truth.filter((p) => p.kind === 'fake_payment_proof').map((p) => p.purchase));
    for (const w of s.webhooks) {
      const b = w.body as CanonicalEvent;
      if (fake.has(w.purchase) && b.type === 'payment.succeeded')
        expect(data(b.data).confirmation).toBe('receipt_upload');
    }
  });

  it('stocks up before the price rise; pays big tickets in cuotas on bank promotion days; companies buy in bulk', () => {
    const rise = priceUpdateOf({ start: START, end: START + DAYS * DAY });
    const bulk = of('bulk_stockup');
    expect(bulk.filter((o) => o.at < rise && o.at >= rise - 3 * DAY).length / bulk.length).toBeGreaterThan(
      0.5,
    );
    const yerba = all().flatMap((o) =>
      orderItems(o.data)
        .filter((i) => i.sku === 'YM-1K-TRAD' && o.data.currency === 'ARS')
        .map((i) => [o.at >= rise, i.price] as const),
    );
    const before = new Set(yerba.filter(([after]) => !after).map(([, p]) => p));
    const after = new Set(yerba.filter(([a]) => a).map(([, p]) => p));
    expect([...before]).toEqual([6_900_00]);
    expect([...after]).toEqual([7_500_00]);
    const promo = of('cuotas_promo');
    expect(promo.filter((o) => promoDay(o.at)).length / promo.length).toBeGreaterThan(0.6);
    expect(medianAmount(promo)).toBeGreaterThan(3 * medianAmount(of('mate_regular')));
    for (const o of of('corporate_gifts')) {
      expect(data(o.data).document?.type).toBe('CUIT');
      expect(Math.max(...orderItems(o.data).map((i) => i.quantity))).toBeGreaterThanOrEqual(15);
    }
  });

  it('sends presents to other provinces and from abroad to another person; diaspora orders ship abroad', () => {
    for (const o of [...of('family_in_provinces'), ...of('expat_home_delivery')]) {
      expect(data(o.data).recipient).toBeDefined();
      expect(o.data.shipping?.country).toBe('AR');
    }
    for (const o of of('family_in_provinces')) expect(o.data.shipping?.city).not.toBe(o.data.billing?.city);
    for (const o of of('diaspora_abroad')) {
      expect(o.data.shipping?.country).not.toBe('AR');
      expect(['USD', 'EUR']).toContain(o.data.currency);
    }
    for (const o of of('pesos_foreign_card')) {
      expect(o.data.currency).toBe('ARS');
      expect(o.data.card?.country).not.toBe('AR');
    }
  });
});
