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
  meanAmount,
  paidShare,
  takeoversOfKnownAccounts,
} from '../kit/lifecycle.js';
import { DAY, HOUR } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { DAYS, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest-kinds.js';
import { peAlpacaModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { SHIPPED_TO } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(peAlpacaModel);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  fulfilment?: string;
  company?: { name: string; taxId?: string };
  invoice?: string;
  reason?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);
const bodiesOf = (seed: number) => stream(seed).webhooks.map((w) => w.body as CanonicalEvent);

describe('pe-alpaca traffic model', () => {
  itIsDeterministic(peAlpacaModel, stream);

  itDefaultsAndHonoursOptions(peAlpacaModel, stream, {
    name: 'defaults to 2,000 orders over five weeks from 9 November 2026 and honours the options',
    model: 'pe-alpaca',
    orders: 2000,
    start: START,
    days: DAYS,
    options: {
      seed: 9,
      orders: 300,
      start: Date.UTC(2027, 5, 1),
      within: 130 * HOUR,
      larger: 2600,
    },
  });

  it('sorts and labels every webhook; orders are in soles for Peru, in dollars abroad, and add up', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
      const d = data(o.data);
      const inPeru = d.shipping === undefined || d.shipping.country === 'PE';
      expect(`${o.purchase} ${d.currency}`).toBe(`${o.purchase} ${inPeru ? 'PEN' : 'USD'}`);
      expect(truth.get(o.purchase)?.amount).toBe(d.amount);
      expect(truth.get(o.purchase)?.currency).toBe(d.currency);
      const items = orderItems(d);
      for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
      const goods = items.reduce((sum, i) => sum + i.price * i.quantity, 0);
      expect(d.amount).toBe(goods - (d.discount ?? 0) + (d.shippingFee ?? 0));
      if (d.discount) expect(d.discountCode ?? d.company).toBeDefined();
    }
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(peAlpacaModel, stream, [
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
      for (const o of [...of('domestic_shopper'), ...of('cyber_wow_shopper'), ...of('corporate_gifts')])
        expect(ipCountry(o.data.ip ?? '')).toBe('PE');
      const returning = of('returning_abroad');
      const home = returning.filter((o) => ipCountry(o.data.ip ?? '') === o.data.billing?.country);
      expect(home.length / returning.length).toBeGreaterThan(0.9);
      expect(home.length).toBeLessThan(returning.length);
      for (const o of of('tourist_in_peru')) {
        expect(o.data.card?.country ?? o.data.billing?.country).not.toBe('PE');
        expect(['PE', o.data.billing?.country]).toContain(ipCountry(o.data.ip ?? ''));
      }
      expect(of('tourist_in_peru').filter((o) => ipCountry(o.data.ip ?? '') === 'PE').length).toBeGreaterThan(
        of('tourist_in_peru').length / 2,
      );
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
    },
  });

  for (const seed of [1, 2, 3])
    itKeepsSanctionedCountriesToTheirKind(stream, { seed, countries: SANCTIONED, locate: ipCountry });

  it('ships honest orders only to its markets; collected orders have no address; hotel deliveries stay in Peru', () => {
    for (const o of all()) {
      const d = data(o.data);
      if (!o.fraud && d.shipping) expect(SHIPPED_TO).toContain(d.shipping.country);
      if (d.fulfilment === 'pickup_miraflores') expect(d.shipping).toBeUndefined();
      else expect(d.shipping).toBeDefined();
      if (d.fulfilment === 'hotel_delivery') expect(d.shipping?.country).toBe('PE');
      if (d.currency === 'PEN') expect(d.invoice ?? 'none').toMatch(/^(boleta|factura)$/);
    }
  });

  it('never carries a card number: cards are BIN and last four, and no body holds a long run of digits', () => {
    for (const seed of [1, 2]) {
      for (const b of bodiesOf(seed)) {
        expect(JSON.stringify(b)).not.toMatch(/\d{12,}/);
        if (b.data.card) {
          expect(Object.keys(b.data.card).sort()).toEqual([
            'bin',
            'brand',
            'country',
            'fingerprint',
            'last4',
          ]);
          expect(b.data.card.bin).toMatch(/^\d{6}$/);
          expect(b.data.card.last4).toMatch(/^\d{4}$/);
        }
      }
    }
  });

  it('sends card checks with cards only, AVS only from US, Canadian and British issuers, Yape only in soles', () => {
    const methods = new Set<string>();
    for (const b of bodiesOf(1)) {
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = method === 'card';
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${b.data.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      if (card && !['US', 'CA', 'GB'].includes(b.data.card?.country ?? ''))
        expect(b.data.checks?.avs).toBe('unavailable');
      if (method === 'yape') {
        expect(b.data.currency).toBe('PEN');
        expect(b.data.amount).toBeLessThanOrEqual(200_000);
      }
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    for (const m of ['card', 'paypal', 'yape', 'bank_transfer']) expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    for (const seed of [1, 2, 3]) {
      const s = stream(seed);
      const { types, disputed } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
      const truth = new Map(s.truth.map((p) => [p.purchase, p]));
      expect(disputed.filter((p) => truth.get(p)?.fraud).length).toBeGreaterThan(disputed.length * 0.8);
      for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
        expect(types.get(p.purchase)).toContain('dispute.created');
      const honest = createdOrders(s).filter((o) => !o.fraud);
      expect(paidShare(honest, types)).toBeGreaterThan(0.96);
      for (const b of bodiesOf(seed)) {
        if (b.type === 'dispute.created') expect(['card', 'paypal']).toContain(b.data.paymentMethod);
        if (b.type === 'fraud_warning.created') expect(b.data.paymentMethod).toBe('card');
      }
    }
  });

  it('tests cards as guests on one cheap accessory, mostly declined, in bursts on few BINs', () => {
    for (const seed of [1, 2]) {
      const testing = expectGuestCardTesting(stream(seed), {
        paidBelow: 0.35,
        gap: 10 * 60_000,
        ordersPerBin: 2,
      });
      for (const o of testing) {
        expect(orderItems(o.data)).toHaveLength(1);
        expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(o.data.currency === 'PEN' ? 15_000 : 4_000);
      }
    }
  });

  it('takes over aged accounts seen in honest traffic; promo farms are fresh accounts sharing devices and codes', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(30 * DAY);
    const promo = of('promo_abuse');
    for (const o of promo) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(30 * 60_000);
      expect(data(o.data).discountCode).toBeDefined();
    }
    expect(new Set(promo.map((o) => o.data.deviceId)).size).toBeLessThan(promo.length / 2);
  });

  it('sends stolen-card resale, forwarder and takeover parcels away from the billing address', () => {
    for (const kind of ['forwarder_drop', 'triangulation']) {
      for (const o of of(kind)) expect(o.data.shipping?.line1).not.toBe(o.data.billing?.line1);
    }
    for (const o of of('forwarder_drop')) expect(o.data.shipping?.line1).toMatch(/ Ste /);
    const vicuna = of('stolen_card_vicuna');
    const elsewhere = vicuna.filter((o) => o.data.shipping?.line1 !== o.data.billing?.line1);
    expect(elsewhere.length).toBeGreaterThan(vicuna.length / 3);
  });

  it('sells wholesale by the half dozen to companies, and vicuña clients spend the most', () => {
    for (const o of of('boutique_wholesale')) {
      expect(data(o.data).company?.name).toBeDefined();
      expect(data(o.data).fulfilment).toBe('dhl_freight');
      for (const i of orderItems(o.data)) expect(i.quantity % 6).toBe(0);
    }
    for (const o of of('corporate_gifts')) {
      expect(data(o.data).company?.taxId).toMatch(/^20\d{9}$/);
      expect(data(o.data).invoice).toBe('factura');
      expect(o.data.currency).toBe('PEN');
    }
    expect(meanAmount(of('luxury_client'))).toBeGreaterThan(5 * meanAmount(of('returning_abroad')));
    expect(meanAmount(of('card_testing'))).toBeLessThan(meanAmount(of('holiday_gifter')));
  });

  it('crowds the Cyber Wow days at home and Black Friday abroad', () => {
    const day = (t: number) => new Date(t - 5 * HOUR).getUTCDate();
    const cyber = of('cyber_wow_shopper');
    const onSale = cyber.filter(
      (o) => [16, 17, 18].includes(day(o.at)) && new Date(o.at).getUTCMonth() === 10,
    );
    expect(onSale.length / cyber.length).toBeGreaterThan(0.4);
    const abroad = of('returning_abroad');
    const bf = abroad.filter((o) => day(o.at) === 27 && new Date(o.at).getUTCMonth() === 10).length;
    const ordinary = abroad.filter((o) => day(o.at) === 12 && new Date(o.at).getUTCMonth() === 10).length;
    expect(bf).toBeGreaterThan(ordinary * 1.5);
  });
});
