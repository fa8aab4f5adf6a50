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
  medianAmount,
  paidShare,
  takeoversOfKnownAccounts,
} from '../kit/lifecycle.js';
import { DAY, HOUR } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { DAYS, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { thSilkModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { DROP_CONDOS, FORWARDERS, MARKETS } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(thSilkModel);
const CURRENCIES = new Set(['THB', 'USD', 'EUR', 'GBP', 'AUD']);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  delivery?: string;
  company?: { name: string; taxId?: string };
  tailoring?: string;
  threeDSecure?: string;
  reason?: string;
  status?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);
const bangkok = (at: number) => new Date(at + 7 * HOUR);

describe('th-silk traffic model', () => {
  itIsDeterministic(thSilkModel, stream);

  itDefaultsAndHonoursOptions(thSilkModel, stream, {
    name: 'defaults to 2,000 orders from 18 November to 2 January and honours the options',
    model: 'th-silk',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 5, 1), within: 7 * DAY, larger: 2600 },
  });

  it('sorts and labels every webhook; each order is in its currency and adds up', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
      const d = data(o.data);
      expect(CURRENCIES).toContain(d.currency);
      expect(truth.get(o.purchase)?.amount).toBe(d.amount);
      expect(truth.get(o.purchase)?.currency).toBe(d.currency);
      const items = orderItems(d);
      for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
      const sum = items.reduce((t, i) => t + i.price * i.quantity, 0);
      expect(d.amount).toBe(sum - (d.discount ?? 0) + (d.shippingFee ?? 0));
    }
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(thSilkModel, stream, [
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
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      for (const o of of('tourist_in_bangkok')) {
        expect(ipCountry(o.data.ip ?? '')).toBe('TH');
        expect(o.data.billing?.country).not.toBe('TH');
      }
      for (const o of of('expat_gift_home')) {
        expect(ipCountry(o.data.ip ?? '')).not.toBe('TH');
        expect(o.data.shipping?.country).toBe('TH');
      }
      for (const o of of('thai_traveller')) expect(ipCountry(o.data.ip ?? '')).not.toBe('TH');
      const thai = of('thai_shopper');
      expect(thai.filter((o) => ipCountry(o.data.ip ?? '') === 'TH')).toHaveLength(thai.length);
    },
  });

  for (const seed of [1, 2, 3])
    itKeepsSanctionedCountriesToTheirKind(stream, { seed, countries: SANCTIONED, locate: ipCountry });

  it('ships honest orders only to its markets; showroom pickups have no delivery address', () => {
    for (const o of all()) {
      const d = data(o.data);
      if (!o.fraud && d.shipping) expect(Object.keys(MARKETS)).toContain(d.shipping.country);
      if (d.delivery === 'showroom_pickup') expect(d.shipping).toBeUndefined();
      else expect(d.shipping).toBeDefined();
      if (d.shipping?.country === 'TH' && !['card', 'paypal'].includes(d.paymentMethod ?? ''))
        expect(d.currency).toBe('THB');
    }
  });

  it('checks cards only, AVS only from US, Canadian and British issuers, OTP on every Thai card', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const d = data(b.data);
      const method = d.paymentMethod ?? '';
      methods.add(method);
      const card = method === 'card';
      expect(`${method}:${d.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${d.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      if (card && !['US', 'CA', 'GB'].includes(d.card?.country ?? ''))
        expect(d.checks?.avs).toBe('unavailable');
      if (d.card?.country === 'TH') expect(d.threeDSecure).toMatch(/^challenge_/);
      if (b.type === 'payment.failed') expect(d.reason).toBeDefined();
      if (card) expect(d.card?.bin).toMatch(/^\d{6}$/);
    }
    for (const m of ['card', 'promptpay', 'truemoney', 'cod', 'paypal', 'bank_transfer'])
      expect(methods).toContain(m);
  });

  it('collects cash on delivery or cancels the refused parcel; money events follow payment; no chargebacks on PromptPay', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    const orders = createdOrders(s);
    for (const o of orders.filter((x) => x.data.paymentMethod === 'cod')) {
      const t = types.get(o.purchase) ?? [];
      expect(t.includes('payment.succeeded') || t.includes('order.cancelled')).toBe(true);
      expect(String(t[1])).not.toMatch(/^payment/);
    }
    for (const o of orders.filter((x) =>
      ['promptpay', 'cod', 'bank_transfer'].includes(x.data.paymentMethod ?? ''),
    ))
      expect(types.get(o.purchase)).not.toContain('dispute.created');
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    for (const p of s.truth.filter((x) => x.kind === 'cod_refusal')) {
      expect(types.get(p.purchase)).not.toContain('payment.succeeded');
      expect(types.get(p.purchase)).toContain('order.cancelled');
    }
    const honest = orders.filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.95);
  });

  it('tests cards as guests on the cheapest item, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.category).toBe('souvenir');
    }
  });

  it('takes over aged accounts seen in honest traffic and sends their silk to drops and forwarders', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 4);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(15 * DAY);
    const drops = DROP_CONDOS.map((c) => c.line1 ?? '-');
    for (const o of of('stolen_thai_card_drop'))
      expect(drops.some((l) => o.data.shipping?.line1?.endsWith(l))).toBe(true);
    const forwarders = FORWARDERS.map((f) => f.line1 ?? '-');
    const forwarded = of('forwarder_stolen_card').filter((o) =>
      forwarders.some((l) => o.data.shipping?.line1?.startsWith(l)),
    );
    expect(forwarded.length).toBeGreaterThan(of('forwarder_stolen_card').length / 2);
  });

  it('sells bolts by the dozen to the trade and gift boxes to companies, mostly on weekdays; tailoring takes weeks', () => {
    for (const o of of('trade_bolts')) {
      expect(data(o.data).company?.name).toBeDefined();
      expect(data(o.data).discountCode).toBe('TRADE15');
      expect(Math.max(...orderItems(o.data).map((i) => i.quantity))).toBeGreaterThanOrEqual(6);
    }
    for (const o of of('corporate_new_year')) {
      expect(data(o.data).company?.taxId).toMatch(/^0105\d{9}$/);
      expect(Math.max(...orderItems(o.data).map((i) => i.quantity))).toBeGreaterThanOrEqual(20);
    }
    for (const kind of ['corporate_new_year', 'trade_bolts']) {
      const weekdays = of(kind).filter((o) => ![0, 6].includes(bangkok(o.at).getUTCDay()));
      expect(weekdays.length / of(kind).length).toBeGreaterThan(0.85);
    }
    for (const o of of('made_to_measure')) {
      expect(data(o.data).tailoring).toBeDefined();
      expect(orderItems(o.data).some((i) => i.category === 'tailored')).toBe(true);
    }
    const thb = (kind: string) => of(kind).filter((o) => o.data.currency === 'THB');
    expect(medianAmount(thb('trade_bolts'))).toBeGreaterThan(20 * medianAmount(thb('thai_shopper')));
    expect(meanAmount(thb('card_testing'))).toBeLessThan(30_000);
  });
});
