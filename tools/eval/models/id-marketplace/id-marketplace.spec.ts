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
  ordersOfSeeds,
  webhookTypesByPurchase,
} from '../kit/contract.js';
import {
  expectGuestCardTesting,
  expectMoneyAfterPaymentAndUnpaidCancelled,
  meanAmount,
  paidShare,
} from '../kit/lifecycle.js';
import { HOUR, MINUTE } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { DAYS, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { idMarketplaceModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(idMarketplaceModel);
const SANCTIONED = new Set(['CU', 'IR', 'KP', 'SY', 'RU', 'BY', 'UA']);
const CARD_METHODS = ['card', 'card_instalment'];

type Data = CanonicalEvent['data'] & {
  discount?: number;
  voucherCode?: string;
  shippingFee?: number;
  delivery?: string;
  dropshipper?: string;
  reason?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);

describe('id-marketplace traffic model', () => {
  itIsDeterministic(idMarketplaceModel, stream);

  itDefaultsAndHonoursOptions(idMarketplaceModel, stream, {
    name: 'defaults to 2,000 orders over the two weeks up to 12.12 and honours the options',
    model: 'id-marketplace',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 5, 1), within: 51 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each purchase opens with its order, in rupiah, and adds up', () => {
    expectOrdersAddUp(stream(1), {
      currency: 'IDR',
      total: (items, d) => items - (data(d).discount ?? 0) + (data(d).shippingFee ?? 0),
    });
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(idMarketplaceModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 13, orders: 300, timestampHeader: false },
  ]);

  itDrawsIpsThatLocate({
    name: 'draws IPs that geoip-country places in the intended country for every network',
    networks: NETWORKS,
    address,
    locate: ipCountry,
    stream,
    seed: 2,
    also: () => {
      const regular = of('regular_buyer');
      expect(
        regular.filter((o) => ipCountry(o.data.ip ?? '') === 'ID').length / regular.length,
      ).toBeGreaterThan(0.98);
      for (const o of of('migrant_worker_gift')) {
        expect(['MY', 'SG', 'HK', 'TW']).toContain(ipCountry(o.data.ip ?? ''));
        expect(o.data.billing?.country).toBe(ipCountry(o.data.ip ?? ''));
        expect(o.data.shipping?.country).toBe('ID');
      }
      for (const o of of('vpn_or_abroad')) expect(ipCountry(o.data.ip ?? '')).not.toBe('ID');
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('ships honest parcels only within Indonesia; digital goods have no delivery address', () => {
    for (const o of all()) {
      if (data(o.data).delivery === 'digital') expect(o.data.shipping).toBeUndefined();
      else if (!o.fraud) expect(o.data.shipping?.country).toBe('ID');
    }
  });

  it('shows a card and its checks only on card payments, AVS only from US and British issuers', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = CARD_METHODS.includes(method);
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      if (card && !['US', 'GB'].includes(b.data.card?.country ?? ''))
        expect(b.data.checks?.avs).toBe('unavailable');
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    for (const m of [
      'cod',
      'virtual_account',
      'gopay',
      'shopeepay',
      'qris',
      'card',
      'kredivo',
      'minimarket_cash',
    ])
      expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    for (const seed of [1, 2, 3]) {
      const s = stream(seed);
      const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
      const honest = createdOrders(s).filter((o) => !o.fraud);
      expect(paidShare(honest, types)).toBeGreaterThan(0.93);
    }
  });

  it('refuses COD on purpose: never paid, every order cancelled as refused, in runs from few connections', () => {
    const s = stream(1);
    const types = webhookTypesByPurchase(s);
    const refusals = createdOrders(s).filter((o) => o.kind === 'cod_refusal');
    for (const o of refusals) {
      expect(o.data.paymentMethod).toBe('cod');
      expect(types.get(o.purchase)).not.toContain('payment.succeeded');
    }
    const cancels = s.webhooks.filter(
      (w) =>
        (w.body as CanonicalEvent).type === 'order.cancelled' &&
        refusals.some((o) => o.purchase === w.purchase),
    );
    for (const w of cancels) expect(data((w.body as CanonicalEvent).data).reason).toBe('cod_refused');
    expect(new Set(refusals.map((o) => o.data.ip)).size).toBeLessThan(refusals.length);
  });

  it('tests cards as guests on the cheapest top-ups, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * MINUTE, ordersPerBin: 2 });
    for (const o of testing) expect(o.data.amount).toBeLessThanOrEqual(2_600_000);
  });

  it('farms vouchers with fresh accounts from few connections and addresses; takes over aged accounts', () => {
    const farm = of('voucher_farm');
    for (const o of farm) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(HOUR);
      expect(data(o.data).voucherCode).toBeDefined();
    }
    expect(new Set(farm.map((o) => o.data.ip)).size).toBeLessThan(farm.length / 2);
    expect(new Set(farm.map((o) => o.data.shipping?.postalCode)).size).toBeLessThan(farm.length / 3);
    const known = [1, 2, 3].flatMap((seed) => {
      const orders = createdOrders(stream(seed));
      const honest = new Set(orders.filter((o) => !o.fraud).map((o) => o.data.customer?.id));
      return orders.filter((o) => o.kind === 'ewallet_takeover').map((o) => honest.has(o.data.customer?.id));
    });
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 5);
    const takeovers = of('ewallet_takeover');
    for (const o of takeovers)
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(20 * 24 * HOUR);
  });

  it('sells gadgets big to first-timers, stolen cards and stolen identities; top-ups stay small', () => {
    expect(meanAmount(of('gadget_big_first_order'))).toBeGreaterThan(10 * meanAmount(of('regular_buyer')));
    expect(meanAmount(of('stolen_foreign_card'))).toBeGreaterThan(10 * meanAmount(of('regular_buyer')));
    expect(meanAmount(of('topup_regular'))).toBeLessThan(meanAmount(of('regular_buyer')));
    for (const o of of('dropshipper')) expect(data(o.data).dropshipper).toBeDefined();
  });
});
