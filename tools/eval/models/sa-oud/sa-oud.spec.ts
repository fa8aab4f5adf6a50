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
import { DAY, HOUR, localHour } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { DAYS, EID, START, TZ } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { saOudModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { MARKETS } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(saOudModel);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  codFee?: number;
  delivery?: string;
  giftNote?: string;
  company?: { name: string; vatNumber: string };
  reason?: string;
  status?: string;
  threeDSecure?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);

describe('sa-oud traffic model', () => {
  itIsDeterministic(saOudModel, stream);

  itDefaultsAndHonoursOptions(saOudModel, stream, {
    name: 'defaults to 2,000 orders over the last three weeks of Ramadan and Eid and honours the options',
    model: 'sa-oud',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 5, 1), within: 90 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each purchase opens with its order, in riyals, and adds up', () => {
    expectOrdersAddUp(stream(1), {
      currency: 'SAR',
      total: (items, d) =>
        items - (data(d).discount ?? 0) + (data(d).shippingFee ?? 0) + (data(d).codFee ?? 0),
    });
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(saOudModel, stream, [
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
      const gifts = of('eid_gifts');
      const home = gifts.filter((o) => ipCountry(o.data.ip ?? '') === o.data.billing?.country);
      expect(home.length / gifts.length).toBeGreaterThan(0.95);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      for (const o of of('traveller_or_vpn')) expect(ipCountry(o.data.ip ?? '')).not.toBe('SA');
      for (const o of of('gulf_resident')) expect(ipCountry(o.data.ip ?? '')).toBe(o.data.billing?.country);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('ships honest orders only to its eight markets; e-gift cards alone have no delivery address', () => {
    for (const o of all()) {
      if (!o.fraud && o.data.shipping) expect(Object.keys(MARKETS)).toContain(o.data.shipping.country);
      const digital = orderItems(o.data).every((i) => i.category === 'gift_card');
      expect(`${o.purchase} ${o.data.shipping === undefined}`).toBe(`${o.purchase} ${digital}`);
    }
  });

  it('shows cards for mada, cards and Apple Pay only; mada is Saudi and under 3-D Secure; AVS only abroad', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = ['mada', 'card', 'apple_pay'].includes(method);
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      if (method === 'mada') {
        expect(b.data.card?.country).toBe('SA');
        expect(data(b.data).threeDSecure).toMatch(/^challenge_/);
      }
      if (card && !['GB', 'US', 'CA'].includes(b.data.card?.country ?? ''))
        expect(b.data.checks?.avs).toBe('unavailable');
      if (method === 'apple_pay') expect(b.data.checks?.cvc).toBe('unavailable');
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    for (const m of ['mada', 'card', 'apple_pay', 'stc_pay', 'tabby', 'tamara', 'cod'])
      expect(methods).toContain(m);
  });

  it('collects cash on delivery at the door, after delivery; fake COD orders come back unpaid', () => {
    const s = stream(1);
    const types = webhookTypesByPurchase(s);
    const cod = createdOrders(s).filter((o) => o.data.paymentMethod === 'cod');
    expect(cod.length / s.truth.length).toBeGreaterThan(0.12);
    for (const o of cod) {
      expect(o.data.card).toBeUndefined();
      expect(data(o.data).codFee).toBe(1_500);
      const list = types.get(o.purchase) ?? [];
      const paidAt = list.indexOf('payment.succeeded');
      if (paidAt >= 0) expect(list.slice(0, paidAt)).toContain('order.updated');
      if (o.kind === 'cod_fake_order') {
        expect(list).not.toContain('payment.succeeded');
        expect(list).toContain('order.cancelled');
      }
    }
    const honestCod = cod.filter((o) => !o.fraud);
    expect(paidShare(honestCod, types)).toBeGreaterThan(0.85);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'refund_abuse'))
      expect(
        (types.get(p.purchase) ?? []).some((t) => t === 'refund.created' || t === 'dispute.created'),
      ).toBe(true);
    const honest = createdOrders(s).filter((o) => !o.fraud && o.data.paymentMethod !== 'cod');
    expect(paidShare(honest, types)).toBeGreaterThan(0.97);
    const fraud = s.truth.filter((p) => p.fraud);
    const labelled = fraud.filter((p) =>
      (types.get(p.purchase) ?? []).some((t) => t === 'dispute.created' || t === 'fraud_warning.created'),
    );
    expect(labelled.length).toBeGreaterThan(0);
    expect(labelled.length).toBeLessThan(fraud.length / 2);
  });

  it('tests cards as guests on a sample vial or tester, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * 60_000, ordersPerBin: 3 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(2_500);
    }
  });

  it('takes over aged Saudi accounts from a new device; promo farms are minutes-old accounts on shared phones', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    const devices = new Map<string, Set<string>>();
    for (const o of all().filter((x) => !x.fraud && x.data.customer?.id))
      devices.set(
        o.data.customer?.id ?? '',
        (devices.get(o.data.customer?.id ?? '') ?? new Set()).add(o.data.deviceId ?? ''),
      );
    for (const o of of('account_takeover')) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(90 * DAY);
      expect(devices.get(o.data.customer?.id ?? '')?.has(o.data.deviceId ?? '') ?? false).toBe(false);
      expect(ipCountry(o.data.ip ?? '')).toBe('SA');
    }
    const promo = of('promo_farming');
    for (const o of promo) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(30 * 60_000);
      expect(data(o.data).discountCode).toBeDefined();
    }
    expect(new Set(promo.map((o) => o.data.deviceId)).size).toBeLessThan(promo.length / 2);
    for (const o of of('bnpl_abuse')) expect(['tabby', 'tamara']).toContain(o.data.paymentMethod);
  });

  it('sends gifts to relatives elsewhere; corporate boxes in bulk in office hours; connoisseurs spend the most', () => {
    for (const o of of('gift_to_relatives')) {
      const s = o.data.shipping;
      expect(s?.country !== o.data.billing?.country || s?.city !== o.data.billing?.city).toBe(true);
      expect(data(o.data).giftNote).toBeDefined();
    }
    for (const o of of('corporate_gifts')) {
      expect(data(o.data).company?.vatNumber).toMatch(/^3\d{13}3$/);
      expect(Math.max(...orderItems(o.data).map((i) => i.quantity))).toBeGreaterThanOrEqual(30);
      const local = new Date(o.at + TZ * HOUR);
      expect([5, 6]).not.toContain(local.getUTCDay());
      expect(local.getUTCHours()).toBeGreaterThanOrEqual(10);
      expect(local.getUTCHours()).toBeLessThan(15);
    }
    expect(meanAmount(of('oud_connoisseur'))).toBeGreaterThan(3 * meanAmount(of('eid_gifts')));
    expect(meanAmount(of('card_testing'))).toBeLessThan(5_000);
  });

  it('shops at night in Ramadan, peaks in the last ten nights and goes quiet on Eid morning', () => {
    const honest = all().filter((o) => !o.fraud);
    const hour = (o: { at: number }) => localHour(o.at, TZ);
    const night = honest.filter((o) => hour(o) >= 21 || hour(o) < 2).length;
    const morning = honest.filter((o) => hour(o) >= 4 && hour(o) < 9).length;
    expect(night).toBeGreaterThan(5 * morning);
    const onDay = (from: number) => honest.filter((o) => o.at >= from && o.at < from + DAY).length;
    expect(onDay(EID)).toBeLessThan(onDay(EID - 6 * DAY) / 2);
  });
});
