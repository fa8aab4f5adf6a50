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
  expectMoneyAfterPaymentAndDisputesMostlyFraud,
  meanAmount,
  paidShare,
  takeoversOfKnownAccounts,
} from '../kit/lifecycle.js';
import { DAY, HOUR } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { blackFriday, DAYS, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { roCosmeticsModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(roCosmeticsModel);
const { all, of } = ordersOfSeeds(stream);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  delivery?: string;
  courier?: string;
  company?: { name: string; cui: string };
  instalments?: number;
  status?: string;
  reason?: string;
  threeDSecure?: string;
};
const data = (d: CanonicalEvent['data']) => d as Data;
const bodiesOf = (seed: number) =>
  stream(seed).webhooks.map((w) => ({ purchase: w.purchase, body: w.body as CanonicalEvent }));
const SHIPS_TO = ['RO', 'MD', 'HU', 'BG', 'IT', 'ES', 'DE'];
const CARD_METHODS = ['card', 'card_rate'];

describe('ro-cosmetics traffic model', () => {
  itIsDeterministic(roCosmeticsModel, stream);

  itDefaultsAndHonoursOptions(roCosmeticsModel, stream, {
    name: 'defaults to 2,000 orders from 2 November to the Sunday before Christmas 2026 and honours the options',
    model: 'ro-cosmetics',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 5, 1), within: 8 * DAY, larger: 2600 },
  });

  it('sorts and labels every webhook; orders are in lei to Romania and euros abroad, and add up', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
      const d = data(o.data);
      const to = d.shipping?.country ?? d.billing?.country;
      expect(`${o.kind} ${d.currency}`).toBe(`${o.kind} ${to === 'RO' ? 'RON' : 'EUR'}`);
      expect(truth.get(o.purchase)?.amount).toBe(d.amount);
      expect(truth.get(o.purchase)?.currency).toBe(d.currency);
      const items = orderItems(d);
      for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
      const sum = items.reduce((t, i) => t + i.price * i.quantity, 0);
      expect(d.amount).toBe(sum - (d.discount ?? 0) + (d.shippingFee ?? 0));
    }
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(roCosmeticsModel, stream, [
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
      const regular = of('regular');
      const home = regular.filter((o) => ipCountry(o.data.ip ?? '') === 'RO');
      expect(home.length).toBe(regular.length);
      for (const o of of('moldova_customer')) expect(ipCountry(o.data.ip ?? '')).toBe('MD');
      for (const o of of('traveller_vpn')) expect(ipCountry(o.data.ip ?? '')).not.toBe('RO');
      for (const o of of('diaspora')) expect(['IT', 'ES', 'DE']).toContain(ipCountry(o.data.ip ?? ''));
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('shows cards only as BIN, last four, brand, country and fingerprint', () => {
    for (const { body } of bodiesOf(1)) {
      const card = body.data.card;
      if (!card) continue;
      expect(Object.keys(card).sort()).toEqual(['bin', 'brand', 'country', 'fingerprint', 'last4']);
      expect(card.bin).toMatch(/^\d{6}$/);
      expect(card.last4).toMatch(/^\d{4}$/);
      expect(['visa', 'mastercard', 'mir']).toContain(card.brand);
    }
  });

  it('sends card checks and 3-D Secure with card payments only, AVS only from British and US issuers', () => {
    const methods = new Set<string>();
    for (const { body } of bodiesOf(1)) {
      if (!body.type.startsWith('payment.')) continue;
      const d = data(body.data);
      const method = d.paymentMethod ?? '';
      methods.add(method);
      const card = CARD_METHODS.includes(method);
      expect(`${method}:${d.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${d.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      if (card) expect(d.threeDSecure).toBeDefined();
      if (card && !['GB', 'US'].includes(d.card?.country ?? '')) expect(d.checks?.avs).toBe('unavailable');
      if (body.type === 'payment.failed') expect(d.reason).toBeDefined();
    }
    for (const m of ['ramburs', 'card', 'card_rate', 'paypal', 'ordin_de_plata', 'portofel_fidelitate'])
      expect(methods).toContain(m);
  });

  it('settles ramburs only on delivery; fake-name ramburs parcels are all refused and never paid', () => {
    const s = stream(1);
    const byPurchase = new Map<string, CanonicalEvent[]>();
    for (const w of s.webhooks)
      byPurchase.set(w.purchase, [...(byPurchase.get(w.purchase) ?? []), w.body as CanonicalEvent]);
    for (const o of createdOrders(s)) {
      const list = byPurchase.get(o.purchase) ?? [];
      const settled = list.findIndex(
        (b) => b.type === 'payment.succeeded' && b.data.paymentMethod === 'ramburs',
      );
      if (settled >= 0) {
        const delivered = list.findIndex(
          (b) => b.type === 'order.updated' && data(b.data).status === 'delivered',
        );
        expect(delivered).toBeGreaterThanOrEqual(0);
        expect(delivered).toBeLessThan(settled);
      }
      if (o.kind === 'refused_cod_fake_name') {
        expect(o.data.paymentMethod).toBe('ramburs');
        expect(o.data.customer?.id).toBeUndefined();
        expect(list.some((b) => b.type.startsWith('payment.'))).toBe(false);
        expect(
          list.some((b) => b.type === 'order.cancelled' && data(b.data).reason === 'refused_at_delivery'),
        ).toBe(true);
      }
    }
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndDisputesMostlyFraud(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    for (const p of s.truth.filter((x) => x.kind === 'empty_box_claim'))
      expect(types.get(p.purchase)).toContain('refund.created');
    expect(
      paidShare(
        createdOrders(s).filter((o) => !o.fraud),
        types,
      ),
    ).toBeGreaterThan(0.95);
  });

  it('tests cards as guests on the cheapest items, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(5_000);
    }
  });

  it('takes over aged accounts seen in honest traffic and sends to lockers; promo farms share devices and codes', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover')) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(60 * DAY);
      expect(data(o.data).delivery).toBe('easybox');
    }
    const promo = of('promo_abuse');
    for (const o of promo) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(30 * 60_000);
      expect(data(o.data).discountCode).toBeDefined();
    }
    expect(new Set(promo.map((o) => o.data.deviceId)).size).toBeLessThan(promo.length / 2);
  });

  it('peaks on Black Friday (Friday 13 November 2026) and ships honest orders only where the shop delivers', () => {
    const bf = blackFriday(2026);
    expect(bf).toEqual({ month: 10, day: 13 });
    const perDay = new Map<string, number>();
    for (const o of createdOrders(stream(1))) {
      const day = new Date(o.at + 2 * HOUR).toISOString().slice(0, 10);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    const busiest = [...perDay].sort((a, b) => b[1] - a[1])[0]?.[0];
    expect(busiest).toBe('2026-11-13');
    for (const o of all())
      if (!o.fraud && o.data.shipping) expect(SHIPS_TO).toContain(o.data.shipping.country);
    for (const o of of('black_friday_hunter')) expect(data(o.data).discountCode).toBeDefined();
  });

  it('sells to salons on weekdays in office hours with a CUI; instalments on big baskets; gift cards by e-mail', () => {
    for (const o of of('salon_business')) {
      expect(data(o.data).company?.cui).toMatch(/^RO\d{8}$/);
      const local = new Date(o.at + 2 * HOUR);
      expect([0, 6]).not.toContain(local.getUTCDay());
      expect(local.getUTCHours()).toBeGreaterThanOrEqual(8);
      expect(local.getUTCHours()).toBeLessThan(18);
    }
    const rate = all().filter((o) => o.data.paymentMethod === 'card_rate');
    for (const o of rate) {
      expect(o.data.amount).toBeGreaterThanOrEqual(100_000);
      expect(data(o.data).instalments).toBeGreaterThanOrEqual(3);
    }
    for (const o of [...of('gift_card_buyer'), ...of('gift_card_fraud')]) {
      expect(o.data.shipping).toBeUndefined();
      expect(data(o.data).delivery).toBe('email');
    }
    expect(meanAmount(of('instalment_big_basket'))).toBeGreaterThan(4 * meanAmount(of('regular')));
    expect(meanAmount(of('card_testing'))).toBeLessThan(6_000);
  });
});
