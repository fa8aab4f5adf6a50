import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import { type LabelledStream } from '../../traffic-model.js';
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
  touchesCountry,
  SANCTIONED,
} from '../kit/contract.js';
import {
  expectGuestCardTesting,
  expectMoneyAfterPaymentAndDisputesMostlyFraud,
  meanAmount,
  paidShare,
  takeoversOfKnownAccounts,
} from '../kit/lifecycle.js';
import { DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { AMOR_Y_AMISTAD, DAYS, PREORDERS_OPEN, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { coCoffeeModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { MARKETS, SHIP_TO } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(coCoffeeModel);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  fulfilment?: string;
  channel?: string;
  locale?: string;
  company?: { name: string; nit: string };
  installments?: number;
  bank?: string;
  threeDSecure?: string;
  status?: string;
  reason?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);
const bodiesOf = (s: LabelledStream) =>
  s.webhooks.map((w) => ({ purchase: w.purchase, body: w.body as CanonicalEvent }));
/** Medellín's wall clock (UTC−5). */
const cot = (t: number) => new Date(t - 5 * HOUR);
/** A stream without the renewals the store charges itself (they carry no IP). */
const withoutRenewals = (seed: number): LabelledStream => {
  const s = stream(seed);
  const renewals = new Set(
    createdOrders(s)
      .filter((o) => data(o.data).channel === 'subscription')
      .map((o) => o.purchase),
  );
  return { ...s, webhooks: s.webhooks.filter((w) => !renewals.has(w.purchase)) };
};

describe('co-coffee traffic model', () => {
  itIsDeterministic(coCoffeeModel, stream);

  itDefaultsAndHonoursOptions(coCoffeeModel, stream, {
    name: 'defaults to 2,000 orders over the four weeks from 1 September 2026 and honours the options',
    model: 'co-coffee',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 2, 1), within: 102 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each order opens its purchase and adds up in pesos, dollars or euros', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
      const d = data(o.data);
      expect(truth.get(o.purchase)?.amount).toBe(d.amount);
      expect(truth.get(o.purchase)?.currency).toBe(d.currency);
      const items = orderItems(d);
      for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
      const sum = items.reduce((t, i) => t + i.price * i.quantity, 0);
      expect(d.amount).toBe(sum - (d.discount ?? 0) + (d.shippingFee ?? 0));
      // Pesos for Colombia (and for what is not shipped), dollars for North America, euros for Europe.
      const to = d.shipping?.country ?? 'CO';
      const want = to === 'CO' ? 'COP' : to === 'US' || to === 'CA' ? 'USD' : 'EUR';
      expect(`${o.kind} ${to} ${d.currency}`).toBe(`${o.kind} ${to} ${want}`);
      if (d.currency === 'COP') expect(d.amount ?? 0).toBeGreaterThanOrEqual(2_000_000);
    }
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(coCoffeeModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 13, orders: 300, timestampHeader: false },
  ]);

  itDrawsIpsThatLocate({
    name: 'draws IPs that geoip-country places in the intended country, IPv4 and IPv6, for every network',
    networks: NETWORKS,
    address,
    locate: ipCountry,
    stream: withoutRenewals,
    seed: 2,
    also: () => {
      const renewals = all().filter((o) => data(o.data).channel === 'subscription');
      expect(renewals.length).toBeGreaterThan(100);
      for (const o of renewals)
        expect([o.data.ip, o.data.deviceId, o.data.userAgent]).toEqual([undefined, undefined, undefined]);
      for (const o of all().filter((x) => data(x.data).channel !== 'subscription'))
        expect(o.data.ip).toBeDefined();
      const home = of('home_regular');
      expect(home.filter((o) => ipCountry(o.data.ip ?? '') === 'CO').length).toBe(home.length);
      const tourists = of('tourist_reorder');
      const fromHome = tourists.filter((o) => ipCountry(o.data.ip ?? '') === o.data.billing?.country);
      expect(fromHome.length / tourists.length).toBeGreaterThan(0.85);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      // Travellers and VPN users are Colombians ordering from abroad; remote workers order from Medellín.
      for (const o of of('traveller_or_nomad'))
        expect(ipCountry(o.data.ip ?? '') === 'CO').toBe(data(o.data).locale !== 'es-CO');
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('ships honest orders only to Colombia and its markets abroad, each the way it travels there', () => {
    for (const o of all()) {
      const d = data(o.data);
      const f = d.fulfilment;
      if (!o.fraud && d.shipping) expect(SHIP_TO).toContain(d.shipping.country);
      if (o.fraud) expect(touchesCountry(d, SANCTIONED, ipCountry)).toBe(o.kind === 'sanctioned_country');
      if (f === 'shop_pickup' || f === 'digital') expect(d.shipping).toBeUndefined();
      if (f === 'digital') expect(orderItems(d).every((i) => i.category === 'gift_card')).toBe(true);
      if (f === 'messenger')
        expect(['Medellín', 'Envigado', 'Sabaneta', 'Itagüí', 'Bello']).toContain(d.shipping?.city);
      if (f === 'international_express' || f === 'international_post' || f === 'preorder')
        expect(d.shipping?.country).not.toBe('CO');
      if (orderItems(d).some((i) => i.category === 'green')) expect(d.currency).toBe('COP');
      if (f === 'carrier_office') expect(d.shipping?.line1).toMatch(/^Reclamar en oficina/);
    }
    for (const m of Object.values(MARKETS))
      expect(all().some((o) => o.data.shipping?.country === m.country)).toBe(true);
  });

  it('pays at home by card in cuotas, PSE, Nequi, Daviplata, Efecty, cash on delivery or invoice; abroad by card, PayPal or Apple Pay', () => {
    const methods = new Map<string, Set<string>>();
    for (const { body } of bodiesOf(stream(1))) {
      const d = data(body.data);
      if (body.type === 'order.created' || body.type.startsWith('payment.')) {
        const set = methods.get(d.currency ?? '') ?? new Set<string>();
        set.add(d.paymentMethod ?? '');
        methods.set(d.currency ?? '', set);
      }
      if (!body.type.startsWith('payment.')) continue;
      const method = d.paymentMethod ?? '';
      const card = method === 'card' || method === 'apple_pay';
      expect(`${method}:${d.card !== undefined}:${d.checks?.cvc !== undefined}`).toBe(
        `${method}:${card}:${card}`,
      );
      expect(`${method}:${d.bank !== undefined}`).toBe(`${method}:${method === 'pse'}`);
      if (card && (d.currency === 'COP' || !['US', 'CA', 'GB'].includes(d.card?.country ?? '')))
        expect(d.checks?.avs).toBe('unavailable');
      if (d.installments !== undefined) expect(`${method} ${d.currency}`).toBe('card COP');
      if ((d.installments ?? 1) > 1) expect(d.card?.country).toBe('CO');
      if (body.type === 'payment.failed') expect(d.reason).toBeDefined();
    }
    expect([...(methods.get('COP') ?? [])].sort()).toEqual(
      ['card', 'cod', 'daviplata', 'efecty', 'invoice', 'nequi', 'paypal', 'pse'].sort(),
    );
    for (const c of ['USD', 'EUR'])
      expect([...(methods.get(c) ?? [])].sort()).toEqual(['apple_pay', 'card', 'paypal']);
  });

  it('renews subscriptions at 06:00 in Medellín on the saved card, off-session, without CVC or 3-D Secure', () => {
    const s = stream(1);
    const renewals = new Set(
      createdOrders(s)
        .filter((o) => data(o.data).channel === 'subscription')
        .map((o) => o.purchase),
    );
    for (const { purchase, body } of bodiesOf(s)) {
      if (!renewals.has(purchase)) continue;
      if (body.type === 'order.created') expect(cot(Date.parse(body.timestamp ?? '')).getUTCHours()).toBe(6);
      if (!body.type.startsWith('payment.')) continue;
      expect(body.data.checks?.cvc).toBe('unchecked');
      expect(data(body.data).threeDSecure).toBeUndefined();
    }
  });

  it('brings money events only after a payment; unpaid orders are cancelled, except fake purchase orders never paid', () => {
    const s = stream(1);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    const { types } = expectMoneyAfterPaymentAndDisputesMostlyFraud(s);
    for (const [p, list] of types) {
      const kind = truth.get(p)?.kind;
      if (!list.includes('payment.succeeded') && kind !== 'fake_purchase_order')
        expect(list).toContain('order.cancelled');
      if (kind === 'fake_purchase_order') expect(list).not.toContain('payment.succeeded');
      if (kind === 'friendly_fraud') expect(list).toContain('dispute.created');
    }
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.93);
    // Efecty vouchers are paid at a counter hours later or expire; cash is collected at the door after delivery.
    const byPurchase = new Map<string, CanonicalEvent[]>();
    for (const { purchase, body } of bodiesOf(s))
      byPurchase.set(purchase, [...(byPurchase.get(purchase) ?? []), body]);
    let expired = 0;
    for (const list of byPurchase.values()) {
      const created = list[0] as CanonicalEvent;
      const method = created.data.paymentMethod;
      const paid = list.find((b) => b.type === 'payment.succeeded');
      const at = (b: CanonicalEvent | undefined) => Date.parse(b?.timestamp ?? '');
      if (method === 'efecty') {
        if (paid) expect(at(paid) - at(created)).toBeGreaterThanOrEqual(2 * HOUR - 1000);
        else expired += list.some((b) => data(b.data).reason === 'voucher_expired') ? 1 : 0;
      }
      if (method === 'cod' && paid)
        expect(list.some((b) => data(b.data).status === 'delivered' && at(b) <= at(paid))).toBe(true);
      if (method === 'invoice' && paid) expect(at(paid) - at(created)).toBeGreaterThan(8 * DAY);
    }
    expect(expired).toBeGreaterThan(5);
  });

  it('tests cards as guests on the cheapest items, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * MINUTE, ordersPerBin: 2 });
    for (const o of testing) {
      const items = orderItems(o.data);
      expect(items).toHaveLength(1);
      expect(items[0]?.price).toBeLessThanOrEqual(o.data.currency === 'COP' ? 5_000_000 : 900);
    }
    expect(meanAmount(of('card_testing').filter((o) => o.data.currency === 'USD'))).toBeLessThan(3_000);
  });

  it('takes over aged accounts from new devices; promo farms reuse a device and a code; fake orders borrow companies', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    const honestDevices = new Set(
      all()
        .filter((o) => !o.fraud)
        .map((o) => `${o.data.customer?.id} ${o.data.deviceId}`),
    );
    for (const o of of('account_takeover')) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(90 * DAY);
      expect(
        o.data.deviceId === undefined || !honestDevices.has(`${o.data.customer?.id} ${o.data.deviceId}`),
      ).toBe(true);
    }
    const promo = of('promo_abuse');
    for (const o of promo) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(20 * MINUTE);
      expect(['BIENVENIDA15', 'SUSCRIBE50']).toContain(data(o.data).discountCode);
    }
    expect(new Set(promo.map((o) => o.data.userAgent)).size).toBeLessThan(promo.length / 2);
    for (const o of of('fake_purchase_order')) {
      const d = data(o.data);
      expect([d.paymentMethod, d.channel]).toEqual(['invoice', 'b2b_portal']);
      expect(d.company?.nit).toMatch(/^\d{9}-\d$/);
      expect(o.at - Date.parse(d.customer?.createdAt ?? '')).toBeLessThan(3 * DAY);
      expect(d.shipping?.line1).toMatch(/Bodega/);
    }
  });

  it('follows the season: gifts before Amor y Amistad, offices on weekdays, holiday pre-orders from 21 September', () => {
    const gifts = of('amor_amistad_gift').map((o) => cot(o.at).getUTCDate());
    const run = gifts.filter((d) => d >= 10 && d <= 18).length;
    expect(run).toBeGreaterThan(2 * (gifts.length - run));
    for (const o of of('holiday_preorder')) expect(o.at).toBeGreaterThanOrEqual(PREORDERS_OPEN);
    for (const o of of('office_gifts')) {
      const local = cot(o.at);
      expect([0, 6]).not.toContain(local.getUTCDay());
      expect(local.getUTCHours()).toBeGreaterThanOrEqual(7);
      expect(local.getUTCHours()).toBeLessThan(20);
      expect(data(o.data).company?.nit).toMatch(/^9\d{8}-\d$/);
    }
    expect(AMOR_Y_AMISTAD).toBe(Date.UTC(2026, 8, 19, 5));
    expect(cot(AMOR_Y_AMISTAD).getUTCDay()).toBe(6);
    expect(meanAmount(of('wholesale_cafe'))).toBeGreaterThan(4 * meanAmount(of('home_regular')));
  });
});
