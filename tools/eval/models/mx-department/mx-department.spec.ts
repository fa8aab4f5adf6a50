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
import { DAYS, localDay, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { mxDepartmentModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(mxDepartmentModel);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  fulfilment?: string;
  storeId?: string;
  installments?: number;
  company?: { name: string; rfc: string };
  cfdi?: boolean;
  reason?: string;
  oxxoReference?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);
const bodiesOf = (seed: number) => stream(seed).webhooks.map((w) => w.body as CanonicalEvent);

describe('mx-department traffic model', () => {
  itIsDeterministic(mxDepartmentModel, stream);

  itDefaultsAndHonoursOptions(mxDepartmentModel, stream, {
    name: 'defaults to 2,000 orders over the Buen Fin fortnight and honours the options',
    model: 'mx-department',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 5, 1), within: 48 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each purchase opens with its order, in pesos, and adds up', () => {
    expectOrdersAddUp(stream(1), {
      currency: 'MXN',
      total: (items, d) => items - (data(d).discount ?? 0) + (data(d).shippingFee ?? 0),
    });
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(mxDepartmentModel, stream, [
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
      const home = repeat.filter((o) => ipCountry(o.data.ip ?? '') === 'MX');
      expect(home.length / repeat.length).toBeGreaterThan(0.95);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      for (const o of of('paisano_abroad')) {
        expect(ipCountry(o.data.ip ?? '')).toBe('US');
        expect(o.data.billing?.country).toBe('US');
        if (o.data.shipping) expect(o.data.shipping.country).toBe('MX');
      }
      for (const o of of('vpn_traveller')) expect(ipCountry(o.data.ip ?? '')).not.toBe('MX');
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('delivers in Mexico only: click & collect at a branch, e-gift cards by e-mail, appliances by appointment', () => {
    for (const o of all()) {
      const d = data(o.data);
      if (o.data.shipping) expect(o.data.shipping.country).toBe('MX');
      if (d.fulfilment === 'click_collect') {
        expect(d.storeId).toMatch(/^ALM-/);
        expect(o.data.shipping).toBeUndefined();
      }
      if (d.fulfilment === 'email') {
        expect(o.data.shipping).toBeUndefined();
        for (const i of orderItems(o.data)) expect(i.category).toBe('gift_card');
      }
      if (orderItems(o.data).some((i) => i.category === 'appliances'))
        expect(['scheduled', 'click_collect']).toContain(d.fulfilment);
    }
  });

  it('pays as Mexicans pay: checks only on cards, AVS only from US issuers, meses sin intereses on credit', () => {
    const methods = new Set<string>();
    for (const b of bodiesOf(1)) {
      if (!b.type.startsWith('payment.')) continue;
      const d = data(b.data);
      const method = d.paymentMethod ?? '';
      methods.add(method);
      const card = ['card', 'store_card', 'apple_pay'].includes(method);
      expect(`${method}:${d.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${d.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      if (card && !['US', 'CA'].includes(d.card?.country ?? '')) expect(d.checks?.avs).toBe('unavailable');
      if (d.installments !== undefined) {
        expect([3, 6, 12, 18]).toContain(d.installments);
        expect(['card', 'store_card']).toContain(method);
      }
      if (method === 'oxxo') {
        expect(d.oxxoReference).toMatch(/^9300\d{10}$/);
        expect(d.amount).toBeLessThanOrEqual(1_000_000);
      }
      if (b.type === 'payment.failed') expect(d.reason).toBeDefined();
    }
    for (const m of ['card', 'store_card', 'oxxo', 'spei', 'mercado_pago', 'paypal', 'monedero'])
      expect(methods).toContain(m);
    const msi = of('family_instalments').filter((o) => data(o.data).installments !== undefined);
    expect(msi.length / of('family_instalments').length).toBeGreaterThan(0.6);
  });

  it('brings refunds, warnings and disputes only after money was taken; unpaid vouchers expire and are released', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.95);
    const cash = createdOrders(s).filter((o) => o.kind === 'oxxo_cash');
    const paid = paidShare(cash, types);
    expect(paid).toBeGreaterThan(0.7);
    expect(paid).toBeLessThan(0.95);
    for (const b of bodiesOf(1))
      if (b.type === 'payment.failed' && b.data.paymentMethod === 'oxxo')
        expect(data(b.data).reason).toBe('voucher_expired');
  });

  it('tests cards as guests on $100–$200 e-gift cards and phone cases, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(20_000);
    }
  });

  it('takes over aged accounts seen in honest traffic; promo farms are fresh accounts sharing devices and a code', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(20 * DAY);
    const promo = of('promo_farm');
    for (const o of promo) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(30 * 60_000);
      expect(data(o.data).discountCode).toBe('BIENVENIDA150');
    }
    expect(new Set(promo.map((o) => o.data.deviceId)).size).toBeLessThan(promo.length / 2);
  });

  it('sends stolen and reshipped goods to drop houses and border forwarders; companies buy in bulk on weekdays', () => {
    for (const o of of('reshipper_forwarder')) {
      expect(o.data.card?.country).toBe('US');
      expect(o.data.shipping?.line1).toMatch(/Suite/);
    }
    for (const o of of('corporate_buyer')) {
      expect(data(o.data).company?.rfc).toMatch(/^[A-Z]{3}\d{6}[A-Z0-9]{3}$/);
      expect(data(o.data).cfdi).toBe(true);
      expect(Math.max(...orderItems(o.data).map((i) => i.quantity))).toBeGreaterThanOrEqual(2);
      expect([0, 6]).not.toContain(localDay(o.at, -6));
    }
    expect(meanAmount(of('first_time_big_basket'))).toBeGreaterThan(2 * meanAmount(of('repeat_customer')));
    expect(meanAmount(of('card_testing'))).toBeLessThan(20_000);
  });

  it('is busiest over the Buen Fin weekend', () => {
    const orders = createdOrders(stream(1));
    const buenFin = orders.filter((o) => o.at >= START + 7 * DAY && o.at < START + 11 * DAY);
    expect(buenFin.length / orders.length).toBeGreaterThan(0.5);
  });
});
