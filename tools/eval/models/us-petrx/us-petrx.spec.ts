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
import { allocate, FRAUD } from './fraud.js';
import { AUTOSHIP_AGENT, HONEST } from './honest.js';
import { usPetrxModel } from './index.js';
import { address, DAYS, FORWARDERS, ipCountry, NETWORKS, START } from './world.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(usPetrxModel);
const SANCTIONED = new Set(['CU', 'IR', 'KP', 'SY']);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  tax?: number;
  channel?: string;
  fulfilment?: string;
  pickupStore?: string;
  vet?: { clinic: string };
  status?: string;
  reason?: string;
  threeDSecure?: string;
  billing?: { region?: string };
  shipping?: { region?: string };
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);
const RX = new Set(['rx_flea_tick', 'rx_heartworm']);

describe('us-petrx traffic model', () => {
  itIsDeterministic(usPetrxModel, stream);

  itDefaultsAndHonoursOptions(usPetrxModel, stream, {
    name: 'defaults to 2,000 orders over 17–30 May 2027 and honours the options',
    model: 'us-petrx',
    orders: 2000,
    start: START,
    days: DAYS,
    options: {
      seed: 9,
      orders: 300,
      start: Date.UTC(2027, 7, 2),
      within: 60 * HOUR,
      larger: 2600,
    },
  });

  it('sorts and labels every webhook; each order is in dollars and adds up (items − discount + shipping + tax)', () => {
    const orders = expectOrdersAddUp(stream(1), {
      currency: 'USD',
      total: (items, d) => items - (data(d).discount ?? 0) + (data(d).shippingFee ?? 0) + (data(d).tax ?? 0),
    });
    for (const o of orders) {
      const d = data(o.data);
      const items = orderItems(o.data);
      const lines = items.reduce((sum, i) => sum + i.price * i.quantity, 0);
      // Free shipping over $49 on home delivery.
      if (d.fulfilment === 'ship' && lines - (d.discount ?? 0) >= 4_900 && o.data.shipping?.country !== 'CA')
        expect(d.shippingFee).toBe(0);
      // Prescriptions are not taxed.
      if (items.every((i) => RX.has(i.category))) expect(d.tax).toBe(0);
    }
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(usPetrxModel, stream, [
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
      const home = repeat.filter((o) => ipCountry(o.data.ip ?? '') === 'US');
      expect(home.length / repeat.length).toBeGreaterThan(0.97);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      for (const o of of('puerto_rico')) expect(o.data.shipping?.country).toBe('PR');
      const abroad = of('military_apo').filter((o) =>
        ['DE', 'JP', 'KR'].includes(ipCountry(o.data.ip ?? '') ?? ''),
      );
      expect(abroad.length / of('military_apo').length).toBeGreaterThan(0.6);
      for (const o of of('military_apo')) expect(['APO', 'FPO']).toContain(o.data.shipping?.city);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('ships honest orders to the US, Puerto Rico and Canada only; pickup orders have no delivery address', () => {
    for (const o of all()) {
      if (!o.fraud && o.data.shipping) expect(['US', 'PR', 'CA']).toContain(o.data.shipping.country);
      if (data(o.data).fulfilment === 'pickup') {
        expect(o.data.shipping).toBeUndefined();
        expect(data(o.data).pickupStore).toBeDefined();
      }
    }
    const ca = all().filter((o) => o.data.shipping?.country === 'CA').length / all().length;
    expect(ca).toBeGreaterThan(0.005);
    expect(ca).toBeLessThan(0.04);
  });

  it('sends card checks with cards and wallets only: no code for saved cards and autoship, AVS from US issuers, 3-D Secure rare', () => {
    const methods = new Set<string>();
    let cardPayments = 0;
    let secured = 0;
    const autoship = new Set(of('autoship_renewal').map((o) => o.purchase));
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = ['card', 'apple_pay', 'google_pay'].includes(method);
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${b.data.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      if (card) cardPayments += 1;
      if (data(b.data).threeDSecure) secured += 1;
      if (method !== 'card' && card) expect(b.data.checks?.cvc).toBe('unavailable');
      if (autoship.has(w.purchase)) expect(b.data.checks?.cvc).toBe('unchecked');
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    expect(secured / cardPayments).toBeLessThan(0.05);
    for (const m of ['card', 'apple_pay', 'google_pay', 'paypal', 'affirm', 'afterpay', 'gift_card'])
      expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.97);
  });

  it('runs autoship renewals from the morning batch: saved card, 5 % off, the scheduler as the agent', () => {
    const renewals = of('autoship_renewal');
    expect(renewals.length).toBeGreaterThan(0.2 * all().length);
    for (const o of renewals) {
      const d = data(o.data);
      expect(d.channel).toBe('autoship');
      expect(d.discountCode).toBe('AUTOSHIP5');
      expect(o.data.userAgent).toBe(AUTOSHIP_AGENT);
      expect(o.data.deviceId).toBeUndefined();
      const eastern = new Date(o.at - 4 * HOUR).getUTCHours();
      expect(eastern).toBeGreaterThanOrEqual(6);
      expect(eastern).toBeLessThan(8);
    }
  });

  it('holds prescriptions for the vet: a clinic on the order, approval or a declined-and-refunded order', () => {
    const s = stream(1);
    const types = webhookTypesByPurchase(s);
    const statuses = new Map<string, string[]>();
    for (const w of s.webhooks) {
      const st = data((w.body as CanonicalEvent).data).status;
      if (st) statuses.set(w.purchase, [...(statuses.get(w.purchase) ?? []), st]);
    }
    let declined = 0;
    const rx = createdOrders(s).filter((o) => orderItems(o.data).some((i) => RX.has(i.category)));
    expect(rx.length).toBeGreaterThan(100);
    for (const o of rx) {
      expect(data(o.data).vet?.clinic).toBeDefined();
      if (!types.get(o.purchase)?.includes('payment.succeeded')) continue;
      const st = statuses.get(o.purchase) ?? [];
      if (st.length === 0) continue;
      expect(st[0]).toBe('vet_authorization_pending');
      if (st.includes('vet_declined')) {
        declined += 1;
        expect(types.get(o.purchase)).toContain('order.cancelled');
        expect(st).not.toContain('shipped');
      }
    }
    // Honest prescriptions are rarely declined; stolen-card ones with made-up clinics often are.
    expect(declined).toBeGreaterThan(0);
  });

  it('tests cards as guests on cheap treats, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(800);
      expect(orderItems(o.data)[0]?.category).toBe('treats');
    }
  });

  it('resells pharmacy packs bought on stolen cards, much of it through freight forwarders', () => {
    const resale = of('stolen_card_rx_resale');
    expect(meanAmount(resale)).toBeGreaterThan(3 * meanAmount(of('repeat_customer')));
    const forwarders = new Set(FORWARDERS.map((f) => f.postalCode));
    const forwarded = resale.filter((o) => forwarders.has(o.data.shipping?.postalCode ?? ''));
    expect(forwarded.length / resale.length).toBeGreaterThan(0.3);
    for (const o of resale)
      expect(orderItems(o.data).some((i) => RX.has(i.category) || i.category === 'flea_tick_otc')).toBe(true);
    // A few crews, each with its own suite at a forwarder, reused across orders.
    const suites = forwarded.map((o) => o.data.shipping?.line1);
    expect(new Set(suites).size).toBeLessThan(suites.length * 0.7);
    for (const line1 of suites) expect(line1).toMatch(/#PX\d{5}$/);
    expect(medianAmount(of('card_testing'))).toBeLessThan(1_500);
  });

  it('keeps customers on their own devices and, mostly, the same home IP', () => {
    const byCustomer = new Map<string, { ips: Set<string>; devices: Set<string>; n: number }>();
    for (const o of of('repeat_customer')) {
      const id = o.data.customer?.id ?? '';
      const c = byCustomer.get(id) ?? { ips: new Set<string>(), devices: new Set<string>(), n: 0 };
      c.ips.add(o.data.ip ?? '');
      c.devices.add(o.data.userAgent ?? '');
      c.n += 1;
      byCustomer.set(id, c);
    }
    const again = [...byCustomer.values()].filter((c) => c.n >= 2);
    expect(again.length).toBeGreaterThan(20);
    const orders = again.reduce((s, c) => s + c.n, 0);
    expect(again.reduce((s, c) => s + c.ips.size, 0)).toBeLessThan(orders * 0.8);
    for (const c of again) expect(c.devices.size).toBeLessThanOrEqual(3);
  });

  it('takes over aged autoship accounts seen in honest traffic, shipping elsewhere on the saved card', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover')) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(20 * DAY);
      expect(o.data.shipping?.line1).not.toBe(o.data.billing?.line1);
    }
  });

  it('farms the first-autoship offer with fresh accounts sharing devices; honest first autoships look alike', () => {
    const promo = of('promo_abuse');
    for (const o of [...promo, ...of('first_autoship')]) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(60 * 60_000);
      expect(data(o.data).discountCode).toBe('AUTOSHIP35');
      expect(data(o.data).discount).toBeLessThanOrEqual(2_000);
    }
    const devices = promo.map((o) => o.data.deviceId).filter(Boolean);
    expect(new Set(devices).size).toBeLessThan(devices.length / 2);
  });

  it('sells in bulk to breeders, shelters and clinics in office hours; seniors keep old devices', () => {
    for (const o of [...of('breeder_shelter'), ...of('vet_clinic')]) {
      expect(Math.max(...orderItems(o.data).map((i) => i.quantity))).toBeGreaterThanOrEqual(2);
      expect((o.data as { company?: string }).company).toBeDefined();
    }
    expect(meanAmount(of('breeder_shelter'))).toBeGreaterThan(3 * meanAmount(of('repeat_customer')));
    for (const o of of('senior_old_device'))
      expect(o.data.userAgent).toMatch(/OS 12_5_7|Windows NT 6\.1|10_13_6|Android 8\.0/);
  });
});
