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
import { DAYS, START } from './calendar.js';
import { allowed, sku } from './catalogue.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { grDeliModel } from './index.js';
import { address, ipCountry, NETWORKS, SANCTIONED } from './networks.js';
import { MARKETS } from './places.js';

/** The model's own promises (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(grDeliModel);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  shippingFee?: number;
  codFee?: number;
  fulfilment?: string;
  invoice?: { company: string; vatId: string; taxOffice?: string };
  recipients?: number;
  reason?: string;
  status?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);

describe('gr-deli traffic model', () => {
  itIsDeterministic(grDeliModel, stream);

  itDefaultsAndHonoursOptions(grDeliModel, stream, {
    name: 'defaults to 2,000 orders from 4 to 30 December and honours the options',
    model: 'gr-deli',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 5, 1), within: 98 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each purchase opens with its order, in euros, and adds up', () => {
    expectOrdersAddUp(stream(1), {
      currency: 'EUR',
      total: (items, d) =>
        items - (data(d).discount ?? 0) + (data(d).shippingFee ?? 0) + (data(d).codFee ?? 0),
    });
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(grDeliModel, stream, [
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
      const home = of('household').filter((o) => ipCountry(o.data.ip ?? '') === 'GR');
      expect(home.length / of('household').length).toBeGreaterThan(0.95);
      const abroad = of('diaspora_abroad');
      const local = abroad.filter((o) => ipCountry(o.data.ip ?? '') === o.data.billing?.country);
      expect(local.length / abroad.length).toBeGreaterThan(0.9);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      const testers = of('card_testing').filter(
        (o) => !['NL', 'DE', 'FR', 'GB', 'US'].includes(ipCountry(o.data.ip ?? '') ?? ''),
      );
      expect(testers).toEqual([]);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('keeps sanctioned countries out of every other kind in seeds 2 and 3 as well', () => {
    for (const seed of [2, 3]) {
      const kinds = new Map(stream(seed).truth.map((p) => [p.purchase, p.kind]));
      for (const w of stream(seed).webhooks) {
        const kind = kinds.get(w.purchase);
        if (kind === 'sanctioned_country') continue;
        const d = (w.body as CanonicalEvent).data;
        for (const c of [
          d.billing?.country,
          d.shipping?.country,
          d.card?.country,
          d.ip ? ipCountry(d.ip) : undefined,
        ])
          expect(`${kind} ${c}`).not.toMatch(/ (RU|BY|IR|CU|SY|KP)$/);
      }
    }
  });

  it('bills and ships honest orders only in its sixteen markets, and sends nothing where it may not go', () => {
    for (const o of all()) {
      const d = data(o.data);
      if (!o.fraud) {
        expect(Object.keys(MARKETS)).toContain(d.billing?.country);
        if (d.shipping) expect(Object.keys(MARKETS)).toContain(d.shipping.country);
      }
      const to = d.shipping?.country;
      const m = to ? MARKETS[to] : undefined;
      if (m)
        for (const i of orderItems(o.data))
          expect(`${i.sku} to ${to}: ${allowed(sku(i.sku), m.zone)}`).toBe(`${i.sku} to ${to}: true`);
      if (d.fulfilment === 'shop_pickup' || d.fulfilment === 'email') expect(d.shipping).toBeUndefined();
      if (d.paymentMethod === 'cod') {
        expect(d.codFee).toBe(250);
        if (d.shipping) expect(d.shipping.country).toBe('GR');
      }
    }
  });

  it('shows only BIN and last four of a card, never a card number', () => {
    for (const w of stream(1).webhooks) {
      const text = JSON.stringify(w.body);
      expect(text).not.toMatch(/\d{13,19}/);
      const card = (w.body as CanonicalEvent).data.card;
      if (!card) continue;
      expect(Object.keys(card).sort()).toEqual(['bin', 'brand', 'country', 'fingerprint', 'last4']);
      expect(card.bin).toMatch(/^\d{6}$/);
      expect(card.last4).toMatch(/^\d{4}$/);
      expect(['visa', 'mastercard']).toContain(card.brand);
    }
  });

  it('sends card checks with card payments only, AVS only from British and US issuers, a reason on every decline', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = method === 'card';
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${b.data.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      if (card && !['GB', 'US'].includes(b.data.card?.country ?? ''))
        expect(b.data.checks?.avs).toBe('unavailable');
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    for (const m of ['card', 'paypal', 'iris', 'bank_transfer', 'cod']) expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndDisputesMostlyFraud(s);
    for (const o of createdOrders(s)) {
      const list = types.get(o.purchase) ?? [];
      if (!list.includes('payment.succeeded') && data(o.data).paymentMethod !== 'cod')
        expect(list).toContain('order.cancelled');
    }
    for (const o of createdOrders(s).filter(
      (x) => x.kind === 'friendly_fraud' && types.get(x.purchase)?.includes('payment.succeeded'),
    ))
      expect(types.get(o.purchase)).toContain('dispute.created');
    for (const o of createdOrders(s).filter(
      (x) => x.kind === 'broken_bottle_refund' && types.get(x.purchase)?.includes('payment.succeeded'),
    ))
      expect(types.get(o.purchase)).toContain('refund.created');
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.95);
  });

  it('settles cash on delivery at the door; refusers never pay and the parcel comes back', () => {
    const s = stream(2);
    const bodies = new Map<string, CanonicalEvent[]>();
    for (const w of s.webhooks)
      bodies.set(w.purchase, [...(bodies.get(w.purchase) ?? []), w.body as CanonicalEvent]);
    for (const o of createdOrders(s).filter((x) => data(x.data).paymentMethod === 'cod')) {
      const list = bodies.get(o.purchase) ?? [];
      const paid = list.findIndex((b) => b.type === 'payment.succeeded');
      const handed = list.findIndex((b) => ['delivered', 'collected'].includes(data(b.data).status ?? ''));
      if (o.kind === 'cod_refusal') {
        expect(paid).toBe(-1);
        expect(list.map((b) => data(b.data).reason)).toContain('cod_refused');
      } else if (paid >= 0) expect(handed).toBeGreaterThanOrEqual(0);
      if (paid >= 0) expect(paid).toBeGreaterThan(handed);
    }
    expect(of('cod_refusal').length).toBeGreaterThan(0);
  });

  it('tests cards as guests on the cheapest items, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.35, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(550);
    }
  });

  it('takes over aged accounts seen in honest traffic, from browsers the account never used', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    const devices = new Map<string, Set<string>>();
    for (const o of all().filter((x) => !x.fraud && x.data.customer?.id))
      devices.set(
        o.data.customer?.id ?? '',
        (devices.get(o.data.customer?.id ?? '') ?? new Set()).add(o.data.deviceId ?? ''),
      );
    for (const o of of('account_takeover')) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(60 * DAY);
      expect(devices.get(o.data.customer?.id ?? '')?.has(o.data.deviceId ?? '') ?? false).toBe(false);
    }
  });

  it('sells corporate hampers on invoice, on weekdays in office hours, often many to one order', () => {
    const corporate = of('corporate_gifts');
    for (const o of corporate) {
      expect(data(o.data).invoice?.vatId).toMatch(/^EL\d{9}$/);
      const local = new Date(o.at + 2 * HOUR);
      expect([0, 6]).not.toContain(local.getUTCDay());
      expect(local.getUTCHours()).toBeGreaterThanOrEqual(8);
      expect(local.getUTCHours()).toBeLessThan(19);
      if (data(o.data).fulfilment === 'multi_address')
        expect(data(o.data).recipients).toBe(orderItems(o.data)[0]?.quantity);
    }
    expect(corporate.some((o) => Math.max(...orderItems(o.data).map((i) => i.quantity)) >= 40)).toBe(true);
    expect(meanAmount(of('horeca_trade'))).toBeGreaterThan(4 * meanAmount(of('household')));
  });

  it('sends the diaspora’s gifts home: billed and connected abroad, delivered in Greece', () => {
    const gifts = of('diaspora_gift_home');
    for (const o of gifts) {
      expect(o.data.shipping?.country).toBe('GR');
      expect(o.data.billing?.country).not.toBe('GR');
    }
    const abroad = gifts.filter((o) => ipCountry(o.data.ip ?? '') !== 'GR');
    expect(abroad.length / gifts.length).toBeGreaterThan(0.9);
  });

  it('places vasilopita orders mostly after Christmas and in Attica', () => {
    const v = of('vasilopita_local');
    const late = v.filter((o) => o.at >= START + 23 * DAY);
    expect(late.length / v.length).toBeGreaterThan(0.4);
    for (const o of v) if (o.data.shipping) expect(o.data.shipping.country).toBe('GR');
  });
});
