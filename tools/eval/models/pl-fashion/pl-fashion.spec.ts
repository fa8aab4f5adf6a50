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
  itParsesEveryBody,
  orderItems,
  ordersOfSeeds,
  touchesCountry,
  webhookTypesByPurchase,
} from '../kit/contract.js';
import {
  expectGuestCardTesting,
  expectMoneyAfterPaymentAndUnpaidCancelled,
  paidShare,
  takeoversOfKnownAccounts,
} from '../kit/lifecycle.js';
import { DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { plFashionModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { MARKETS } from './places.js';
import { DAYS, START } from './purchase.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(plFashionModel);
const SANCTIONED = new Set(['CU', 'IR', 'KP', 'SY']);
const OCCUPIED = new Set(['Crimea', 'Donetsk', 'Luhansk']);
const CURRENCY = new Map(Object.entries(MARKETS).map(([m, info]) => [m, info.currency]));

type Region = { region?: string };
type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  delivery?: string;
  gift?: boolean;
  reason?: string;
  billing?: Region;
  shipping?: Region;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream, [1, 2]);

/** An order in a sanctioned country (IP, billing, shipping, card) or an occupied region of Ukraine. */
const sanctioned = (d: CanonicalEvent['data']) =>
  touchesCountry(d, SANCTIONED, ipCountry) ||
  OCCUPIED.has(data(d).billing?.region ?? '') ||
  OCCUPIED.has(data(d).shipping?.region ?? '');

describe('pl-fashion traffic model', () => {
  itIsDeterministic(plFashionModel, stream);

  itDefaultsAndHonoursOptions(plFashionModel, stream, {
    name: 'defaults to 2,000 orders over the two weeks of Black Week and honours the options',
    model: 'pl-fashion',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 5, 1), within: 60 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each order opens its purchase, in its market’s currency, and adds up', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
      const d = data(o.data);
      expect(truth.get(o.purchase)?.amount).toBe(d.amount);
      expect(truth.get(o.purchase)?.currency).toBe(d.currency);
      expect(['PLN', 'CZK', 'HUF', 'RON', 'EUR']).toContain(d.currency);
      const items = orderItems(d);
      for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
      const sum = items.reduce((t, i) => t + i.price * i.quantity, 0);
      expect(d.amount).toBe(sum - (d.discount ?? 0) + (d.shippingFee ?? 0));
      if (!o.fraud && !d.gift && d.shipping?.country)
        expect(d.currency).toBe(CURRENCY.get(d.shipping.country));
      if (d.delivery === 'email') expect(d.shipping).toBeUndefined();
    }
  });

  itDrawsKindsInShares({
    stream,
    share: [0.05, 0.09],
    fraud: FRAUD,
    allocate,
    honest: HONEST,
    seeds: [1, 2, 3],
    honestSeeds: [1, 2, 3],
  });

  itParsesEveryBody(plFashionModel, stream, [
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
      const home = regular.filter((o) => ipCountry(o.data.ip ?? '') === o.data.billing?.country);
      expect(home.length / regular.length).toBeGreaterThan(0.95);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      for (const o of of('vpn_user')) expect(['NL', 'DE']).toContain(ipCountry(o.data.ip ?? ''));
      for (const o of of('abroad')) expect(['DE', 'GB', 'IE']).toContain(ipCountry(o.data.ip ?? ''));
      const ua = of('ukrainian_in_poland');
      expect(ua.some((o) => ipCountry(o.data.ip ?? '') === 'UA')).toBe(true);
      expect(ua.some((o) => o.data.card?.country === 'UA')).toBe(true);
    },
  });

  it('keeps sanctioned places (and occupied Ukraine, by region) to the sanctioned_country kind', () => {
    const orders = createdOrders(stream(1)).concat(createdOrders(stream(2)));
    for (const { kind, data: d } of orders)
      expect(`${kind} ${sanctioned(d)}`).toBe(`${kind} ${kind === 'sanctioned_country'}`);
    expect(orders.some((o) => o.kind === 'sanctioned_country' && o.data.billing?.country === 'UA')).toBe(
      true,
    );
  });

  it('sends card checks with card and wallet payments only, AVS only from British and US issuers', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = ['card', 'apple_pay', 'google_pay'].includes(method);
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${b.data.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      if (card && !['GB', 'US'].includes(b.data.card?.country ?? ''))
        expect(b.data.checks?.avs).toBe('unavailable');
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    for (const m of ['card', 'apple_pay', 'google_pay', 'blik', 'bank_transfer', 'paypo', 'klarna', 'cod'])
      expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'wardrobing'))
      if (types.get(p.purchase)?.includes('payment.succeeded'))
        expect(types.get(p.purchase)).toContain('refund.created');
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.95);
    // Cash on delivery is paid only when the parcel is handed over, after it was shipped.
    for (const o of honest.filter((x) => x.data.paymentMethod === 'cod')) {
      const list = types.get(o.purchase) ?? [];
      if (list.includes('payment.succeeded'))
        expect(list.indexOf('payment.succeeded')).toBeGreaterThan(list.indexOf('order.updated'));
    }
  });

  it('tests cards as guests on the cheapest items, mostly declined, in bursts', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * MINUTE });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(o.data.amount).toBeLessThanOrEqual(6_000);
    }
  });

  it('takes over aged accounts seen in honest traffic; promo farms are fresh accounts sharing devices and codes', () => {
    const known = takeoversOfKnownAccounts([1, 2].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(30 * DAY);
    const promo = of('promo_abuse');
    for (const o of promo) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(30 * MINUTE);
      expect(data(o.data).discountCode).toBeDefined();
    }
    expect(new Set(promo.map((o) => o.data.deviceId)).size).toBeLessThan(promo.length / 2);
  });

  it('sells limited sneakers at the drops to resellers’ catch-all accounts and to sneakerheads alike', () => {
    const resellers = of('sneaker_reseller');
    const heads = of('sneakerhead');
    for (const o of [...resellers, ...heads])
      expect(orderItems(o.data).some((i) => i.category === 'limited_sneakers')).toBe(true);
    const drops = new Set(heads.map((o) => Math.floor(o.at / HOUR)));
    for (const o of resellers) expect(drops.has(Math.floor(o.at / HOUR))).toBe(true);
    for (const o of resellers)
      expect(o.data.customer?.email).toMatch(/@(drop|kicks|cop|hype)[a-z0-9]{4}\.(pl|cz)$/);
  });

  it('bracketers order one style in several sizes and send most of it back', () => {
    const brackets = of('bracketer');
    for (const o of brackets) {
      const styles = orderItems(o.data).map((i) => i.sku.split('-').slice(0, 2).join('-'));
      expect(styles.length).toBeGreaterThan(new Set(styles).size);
    }
    const types = new Map([...webhookTypesByPurchase(stream(1)), ...webhookTypesByPurchase(stream(2))]);
    const returned = brackets.filter((o) => types.get(o.purchase)?.includes('refund.created'));
    expect(returned.length / brackets.length).toBeGreaterThan(0.7);
  });
});
