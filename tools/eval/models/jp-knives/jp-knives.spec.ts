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
import { DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { DAYS, dropsIn, START } from './calendar.js';
import { yenOf } from './catalogue.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { jpKnivesModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { type Currency, MARKETS } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(jpKnivesModel);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  shippingFee?: number;
  duties?: number;
  fulfilment?: string;
  company?: { name: string; invoiceNo?: string };
  dropId?: string;
  ageCheck?: boolean;
  threeDSecure?: string;
  reason?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);
const market = (c: string | undefined) =>
  (MARKETS as Record<string, { currency: Currency } | undefined>)[c ?? ''];
const yen = (d: CanonicalEvent['data']) => yenOf(d.amount ?? 0, (d.currency ?? 'JPY') as Currency);
const meanYen = (orders: ReturnType<typeof all>) =>
  orders.reduce((s, o) => s + yen(o.data), 0) / Math.max(1, orders.length);

describe('jp-knives traffic model', () => {
  itIsDeterministic(jpKnivesModel, stream);

  itDefaultsAndHonoursOptions(jpKnivesModel, stream, {
    name: 'defaults to 2,000 orders over the four weeks to the year-end and honours the options',
    model: 'jp-knives',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 10, 1), within: 102 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each order adds up in the currency of where it goes', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
      const d = data(o.data);
      const items = orderItems(d);
      for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
      const sum = items.reduce((t, i) => t + i.price * i.quantity, 0);
      expect(d.amount).toBe(sum - (d.discount ?? 0) + (d.shippingFee ?? 0) + (d.duties ?? 0));
      expect(truth.get(o.purchase)?.amount).toBe(d.amount);
      expect(truth.get(o.purchase)?.currency).toBe(d.currency);
      const to = d.shipping?.country;
      expect(`${o.kind} ${to} ${d.currency}`).toBe(
        `${o.kind} ${to} ${to === undefined ? 'JPY' : (market(to)?.currency ?? 'USD')}`,
      );
      if (d.currency !== 'JPY') for (const i of items) expect(i.price % 100).toBe(0);
    }
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(jpKnivesModel, stream, [
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
      for (const o of of('home_cook')) expect(ipCountry(o.data.ip ?? '')).toBe('JP');
      const travellers = of('traveller_in_japan');
      const inJapan = travellers.filter((o) => ipCountry(o.data.ip ?? '') === 'JP');
      expect(inJapan.length / travellers.length).toBeGreaterThan(0.4);
      for (const o of travellers) expect(o.data.billing?.country).not.toBe('JP');
      expect(all().filter((o) => (o.data.ip ?? '').includes(':')).length).toBeGreaterThan(300);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('ships honest orders only to its markets: blades to the UK age-checked by DHL, the US by DHL with duties', () => {
    for (const o of all()) {
      const d = data(o.data);
      const to = d.shipping?.country;
      if (!o.fraud && to !== undefined) expect(Object.keys(MARKETS)).toContain(to);
      if (d.fulfilment === 'pickup') expect(d.shipping).toBeUndefined();
      if (to === 'JP') expect(['yamato']).toContain(d.fulfilment);
      if (to === 'US') {
        expect(d.fulfilment).toBe('dhl');
        expect(d.duties).toBeGreaterThan(0);
      }
      const blade = orderItems(d).some((i) => ['knife', 'limited', 'gift_set'].includes(i.category));
      if (to === 'GB' && blade) expect(`${d.fulfilment} ${d.ageCheck}`).toBe('dhl true');
    }
  });

  it('sends card checks with cards only: AVS from US, Canadian and British issuers, 3-D Secure on every card', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const d = data(b.data);
      const method = d.paymentMethod ?? '';
      methods.add(method);
      const card = method === 'card';
      expect(`${method}:${d.card !== undefined}:${d.checks?.cvc !== undefined}`).toBe(
        `${method}:${card}:${card}`,
      );
      if (card) {
        expect(d.threeDSecure).toBeDefined();
        if (!['US', 'CA', 'GB'].includes(d.card?.country ?? '')) expect(d.checks?.avs).toBe('unavailable');
      }
      if (b.type === 'payment.failed') expect(d.reason).toBeDefined();
    }
    for (const m of ['card', 'paypal', 'konbini', 'bank_transfer']) expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    for (const p of s.truth.filter((x) => x.kind === 'refund_abuse'))
      expect(types.get(p.purchase)).toContain('refund.created');
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.96);
    const konbini = honest.filter((o) => o.data.paymentMethod === 'konbini');
    expect(paidShare(konbini, types)).toBeLessThan(0.97);
  });

  it('tests cards as guests on the cheapest items, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * MINUTE, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(o.data.currency).toBe('JPY');
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(2_750);
    }
  });

  it('takes over aged members seen in honest traffic; drop bots are fresh accounts checking out within seconds', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 4);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(30 * DAY);
    const drops = dropsIn({ start: START, end: START + DAYS * DAY }).map((d) => d.at);
    const bots = of('drop_bot');
    for (const o of bots) {
      expect(Math.min(...drops.map((d) => Math.abs(o.at - d)))).toBeLessThan(60_000);
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(49 * HOUR);
    }
    expect(new Set(bots.map((o) => o.data.deviceId)).size).toBeLessThan(bots.length / 1.5);
    const collectors = of('collector_drop');
    const soon = collectors.filter(
      (o) => Math.min(...drops.map((d) => o.at - d).filter((g) => g >= 0)) < 15 * MINUTE,
    );
    expect(soon.length / collectors.length).toBeGreaterThan(0.6);
    for (const o of collectors) {
      expect(data(o.data).dropId).toBeDefined();
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(300 * DAY);
      expect(['card', 'paypal']).toContain(o.data.paymentMethod);
    }
  });

  it('sells chefs several knives in working hours, under a business name; collectors and chefs spend the most', () => {
    for (const o of of('professional_chef')) {
      expect(data(o.data).company?.name).toBeDefined();
      if (o.data.shipping?.country === 'JP') expect(data(o.data).company?.invoiceNo).toMatch(/^T\d{13}$/);
      expect(orderItems(o.data).filter((i) => i.category === 'knife').length).toBeGreaterThanOrEqual(2);
      if (o.data.billing?.country !== 'JP') continue;
      const osaka = new Date(o.at + 9 * HOUR);
      expect(osaka.getUTCDay()).not.toBe(0);
      expect(osaka.getUTCHours()).toBeGreaterThanOrEqual(7);
      expect(osaka.getUTCHours()).toBeLessThan(21);
    }
    const home = meanYen(of('home_cook'));
    expect(meanYen(of('professional_chef'))).toBeGreaterThan(4 * home);
    expect(meanYen(of('collector_drop'))).toBeGreaterThan(3 * home);
    expect(meanAmount(of('card_testing'))).toBeLessThan(3_500);
  });
});
