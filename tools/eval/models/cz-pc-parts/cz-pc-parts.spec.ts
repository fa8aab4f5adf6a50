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
import { DAYS, launchOf, START } from './calendar.js';
import { LAUNCH_GPUS } from './catalogue.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { czPcPartsModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { MARKETS } from './people.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(czPcPartsModel);
const SANCTIONED = new Set(['CU', 'IR', 'KP', 'SY']);
const OCCUPIED = new Set(['Simferopol', 'Sevastopol', 'Kerch', 'Yalta', 'Donetsk', 'Luhansk', 'Makiivka']);
const LAUNCH = launchOf({ start: START, end: START + DAYS * DAY });
const NEW_CARDS = new Set(LAUNCH_GPUS.map((g) => g.sku));

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  locale?: string;
  fulfilment?: string;
  company?: { name: string; ico: string; vatId: string };
  reason?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream, [1, 2]);

describe('cz-pc-parts traffic model', () => {
  itIsDeterministic(czPcPartsModel, stream);

  itDefaultsAndHonoursOptions(czPcPartsModel, stream, {
    name: 'defaults to 2,000 orders over the fourteen days around the launch and honours the options',
    model: 'cz-pc-parts',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 5, 1), within: 51 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each order opens its purchase, in koruna or euros, and adds up', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    const currencies = new Set<string>();
    for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
      const d = data(o.data);
      currencies.add(d.currency ?? '');
      expect(['CZK', 'EUR']).toContain(d.currency);
      expect(truth.get(o.purchase)?.amount).toBe(d.amount);
      const items = orderItems(d);
      for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
      const sum = items.reduce((t, i) => t + i.price * i.quantity, 0);
      expect(d.amount).toBe(sum - (d.discount ?? 0) + (d.shippingFee ?? 0));
      if (!o.fraud && d.billing?.country === 'CZ' && d.locale !== 'sk-SK') expect(d.currency).toBe('CZK');
    }
    expect([...currencies].sort()).toEqual(['CZK', 'EUR']);
  });

  itDrawsKindsInShares({
    stream,
    share: [0.05, 0.09],
    fraud: FRAUD,
    allocate,
    honest: HONEST,
    seeds: [1, 2, 3],
    honestSeeds: [1, 2],
    tolerance: 0.03,
  });

  itParsesEveryBody(czPcPartsModel, stream, [
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
      for (const o of of('traveller_or_vpn'))
        expect(ipCountry(o.data.ip ?? '')).not.toBe(o.data.billing?.country);
    },
  });

  it('keeps sanctioned jurisdictions (and occupied Ukrainian cities) to the sanctioned_country kind', () => {
    for (const { kind, data: d } of [1, 2].flatMap((seed) => createdOrders(stream(seed)))) {
      const occupied = [d.billing, d.shipping].some((a) => a?.country === 'UA' && OCCUPIED.has(a.city ?? ''));
      expect(`${kind} ${touchesCountry(d, SANCTIONED, ipCountry) || occupied}`).toBe(
        `${kind} ${kind === 'sanctioned_country'}`,
      );
    }
  });

  it('ships honest orders only to its six countries; showroom and voucher orders have no delivery address', () => {
    for (const o of all()) {
      const f = data(o.data).fulfilment ?? '';
      if (!o.fraud && o.data.shipping) expect(Object.keys(MARKETS)).toContain(o.data.shipping.country);
      if (f.startsWith('showroom') || f === 'email') expect(o.data.shipping).toBeUndefined();
      else expect(o.data.shipping).toBeDefined();
    }
  });

  it('sends card checks with card and wallet payments only; AVS only from US and British issuers', () => {
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
    for (const m of [
      'card',
      'apple_pay',
      'google_pay',
      'bank_button',
      'bank_transfer',
      'cash_on_pickup',
      'instalments',
    ])
      expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    for (const p of s.truth.filter((x) => x.kind === 'refund_abuse'))
      expect(types.get(p.purchase)).toContain('refund.created');
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.93);
  });

  it('tests cards as guests on vouchers and cables, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.45, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(o.data.amount).toBeLessThanOrEqual(120_000);
    }
  });

  it('sells the new cards only from the launch; scalper bots come in its first hour on fresh accounts', () => {
    for (const o of all()) {
      if (orderItems(o.data).some((i) => NEW_CARDS.has(i.sku))) expect(o.at).toBeGreaterThanOrEqual(LAUNCH);
    }
    for (const o of of('scalper_bot')) {
      expect(o.at - LAUNCH).toBeLessThan(2 * HOUR);
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(12 * DAY);
    }
    const launchDay = of('launch_day_buyer');
    expect(launchDay.filter((o) => o.at - LAUNCH < 6 * HOUR).length).toBeGreaterThan(launchDay.length / 2);
  });

  it('takes over aged accounts seen in honest traffic; companies buy in office hours with IČO and VAT ids', () => {
    const known = takeoversOfKnownAccounts([1, 2].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(30 * DAY);
    for (const o of [...of('company'), ...of('system_builder'), ...of('fake_company')]) {
      expect(data(o.data).company?.ico).toMatch(/^\d{8}$/);
      expect(data(o.data).company?.vatId).toMatch(/^(CZ|SK)\d{8,10}$/);
    }
    for (const o of of('company')) {
      const local = new Date(o.at + HOUR);
      expect(local.getUTCHours()).toBeGreaterThanOrEqual(6);
      expect(local.getUTCHours()).toBeLessThan(21);
    }
    expect(meanAmount(of('pc_builder'))).toBeGreaterThan(3 * meanAmount(of('regular')));
  });
});
