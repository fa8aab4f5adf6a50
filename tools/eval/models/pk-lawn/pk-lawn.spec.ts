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
  medianAmount,
  paidShare,
  takeoversOfKnownAccounts,
} from '../kit/lifecycle.js';
import { DAY, HOUR } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import {
  ABROAD_CUTOFF,
  DAYS,
  EXPRESS_CUTOFF,
  LAUNCH,
  PKT,
  seasonDay,
  START,
  TAILOR_CUTOFF_DAY,
} from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { pkLawnModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';

/** The model's own properties (size, shares, money, geography, payments, calendar, labels); never the engine's view. */

const stream = cachedStreams(pkLawnModel);
const { all, of } = ordersOfSeeds(stream);

type Data = CanonicalEvent['data'] & {
  storefront?: string;
  fulfilment?: string;
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  dutiesFee?: number;
  recipient?: string;
  company?: { name: string; ntn: string };
  threeDSecure?: string;
  reason?: string;
  status?: string;
};
const data = (d: CanonicalEvent['data']) => d as Data;
const bodies = (seed: number) => stream(seed).webhooks.map((w) => w.body as CanonicalEvent);

/** The international storefront's currency by destination (Saudi Arabia and anywhere else pays in dollars). */
const INTL: Readonly<Record<string, string>> = { GB: 'GBP', US: 'USD', AE: 'AED', CA: 'CAD' };
const localHour = (t: number) => new Date(t + PKT * HOUR).getUTCHours();

describe('pk-lawn traffic model', () => {
  itIsDeterministic(pkLawnModel, stream);

  itDefaultsAndHonoursOptions(pkLawnModel, stream, {
    name: 'defaults to 2,000 orders over the thirty days of Ramadan up to chand raat and honours the options',
    model: 'pk-lawn',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 5, 1), within: 110 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each order is in its storefront’s currency and adds up', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
      const d = data(o.data);
      const items = orderItems(o.data).reduce((sum, i) => sum + i.price * i.quantity, 0);
      for (const i of orderItems(o.data))
        expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
      expect(d.amount).toBe(items - (d.discount ?? 0) + (d.shippingFee ?? 0) + (d.dutiesFee ?? 0));
      expect(truth.get(o.purchase)?.amount).toBe(d.amount);
      expect(truth.get(o.purchase)?.currency).toBe(d.currency);
      const want = d.storefront === 'pk' ? 'PKR' : (INTL[d.shipping?.country ?? ''] ?? 'USD');
      expect(`${o.kind} ${d.currency}`).toBe(`${o.kind} ${want}`);
      if (d.currency !== 'PKR') expect((d.amount ?? 0) % 100).toBe(0);
    }
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(pkLawnModel, stream, [
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
      for (const kind of ['cod_home', 'prepaid_home', 'reseller_bulk', 'fake_cod_orders', 'wallet_hijack'])
        for (const o of of(kind)) expect(`${kind} ${ipCountry(o.data.ip ?? '')}`).toBe(`${kind} PK`);
      for (const o of of('traveller_or_vpn')) expect(ipCountry(o.data.ip ?? '')).not.toBe('PK');
      for (const o of of('diaspora_self')) expect(ipCountry(o.data.ip ?? '')).toBe(o.data.billing?.country);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });
  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 3, countries: SANCTIONED, locate: ipCountry });

  it('takes rupee methods at home and cards, PayPal and Apple Pay abroad, with the checks each side gives', () => {
    const methods = new Set<string>();
    for (const b of bodies(1)) {
      const d = data(b.data);
      if (b.type === 'order.created') {
        const home = ['cod', 'jazzcash', 'easypaisa', 'card', 'bank_transfer', 'pay_at_store'];
        expect(d.storefront === 'pk' ? home : ['card', 'paypal', 'apple_pay']).toContain(d.paymentMethod);
      }
      if (!b.type.startsWith('payment.')) continue;
      const method = d.paymentMethod ?? '';
      methods.add(method);
      const card = method === 'card' || method === 'apple_pay';
      expect(`${method}:${d.card !== undefined}`).toBe(`${method}:${card}`);
      if (b.type === 'payment.failed') expect(d.reason).toBeDefined();
      if (!card || !d.card) continue;
      expect(d.threeDSecure).toBeDefined();
      if (d.card.country === 'PK') expect(d.threeDSecure).toMatch(/^challenge_/);
      const answers = ['GB', 'US', 'CA'].includes(d.card.country ?? '');
      if (d.currency === 'PKR') expect(d.checks?.avs).toBe('unchecked');
      else if (!answers) expect(d.checks?.avs).toBe('unavailable');
    }
    for (const m of [
      'cod',
      'jazzcash',
      'easypaisa',
      'card',
      'bank_transfer',
      'pay_at_store',
      'paypal',
      'apple_pay',
    ])
      expect(methods).toContain(m);
  });

  it('shows cards by BIN and last four only, with the brand’s first digits', () => {
    const prefix: Readonly<Record<string, RegExp>> = {
      visa: /^4/,
      mastercard: /^(5[1-5]|2[2-7])/,
      amex: /^3[47]/,
      unionpay: /^62/,
      mir: /^220[0-4]/,
    };
    for (const b of bodies(1)) {
      const c = b.data.card;
      if (c) {
        expect(c.bin).toMatch(/^\d{6}$/);
        expect(c.last4).toMatch(/^\d{4}$/);
        expect(c.bin).toMatch(prefix[c.brand ?? ''] ?? /^$/);
      }
    }
    // Nothing in any body is long enough to be a card number.
    expect(bodies(1).flatMap((b) => JSON.stringify(b).match(/\d{13,19}/g) ?? [])).toEqual([]);
  });

  it('brings money events only after payment, cancels whatever was never paid, disputes mostly fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    const kinds = (k: string) => s.truth.filter((p) => p.kind === k).map((p) => types.get(p.purchase) ?? []);
    for (const t of kinds('friendly_fraud')) expect(t).toContain('dispute.created');
    for (const t of kinds('wear_and_return')) expect(t).toContain('refund.created');
    for (const t of [...kinds('fake_cod_orders'), ...kinds('fake_transfer_proof')]) {
      expect(t).not.toContain('payment.succeeded');
      expect(t).toContain('order.cancelled');
    }
    const cod = createdOrders(s).filter((o) => !o.fraud && o.data.paymentMethod === 'cod');
    const paid = paidShare(cod, types);
    expect(paid).toBeGreaterThan(0.8);
    expect(paid).toBeLessThan(0.95);
    expect(
      paidShare(
        createdOrders(s).filter((o) => !o.fraud),
        types,
      ),
    ).toBeGreaterThan(0.88);
  });

  it('collects cash on delivery only when the parcel is delivered or collected', () => {
    const s = stream(2);
    const byPurchase = new Map<string, CanonicalEvent[]>();
    for (const w of s.webhooks)
      byPurchase.set(w.purchase, [...(byPurchase.get(w.purchase) ?? []), w.body as CanonicalEvent]);
    for (const events of byPurchase.values()) {
      const created = events[0];
      if (created?.data.paymentMethod !== 'cod') continue;
      const paidAt = events.findIndex((e) => e.type === 'payment.succeeded');
      if (paidAt < 0) continue;
      expect(events.slice(0, paidAt).some((e) => data(e.data).status === 'delivered')).toBe(true);
    }
  });

  it('tests cards as guests on the cheapest items, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.35, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(o.data.amount).toBeLessThan(1_500 * 100);
    }
  });

  it('takes over aged accounts seen in honest traffic and ships to a new name; fakes COD from shared phones', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover')) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(50 * DAY);
      expect(data(o.data).recipient).toBeDefined();
    }
    const fake = of('fake_cod_orders');
    for (const o of fake) expect(o.data.customer?.id).toBeUndefined();
    expect(new Set(fake.map((o) => o.data.deviceId ?? o.data.userAgent)).size).toBeLessThan(
      fake.length * 0.75,
    );
  });

  it('sends diaspora gifts and stolen cards alike: a foreign card, billed abroad, shipped to someone in Pakistan', () => {
    for (const kind of ['diaspora_gift_home', 'stolen_card_gift_home']) {
      for (const o of of(kind)) {
        expect(o.data.currency).toBe('PKR');
        expect(o.data.shipping?.country).toBe('PK');
        expect(o.data.billing?.country).not.toBe('PK');
        expect(data(o.data).recipient).toBeDefined();
        if (o.data.card) expect(o.data.card.country).not.toBe('PK');
      }
    }
  });

  it('follows the season: the launch, the tailors’ cut-off, DHL’s last day, express until the Monday before Eid', () => {
    const orders = createdOrders(stream(1));
    const perDay = Array.from({ length: DAYS }, (_, d) => orders.filter((o) => seasonDay(o.at) === d).length);
    expect(perDay[seasonDay(LAUNCH)]).toBe(Math.max(...perDay));
    const evening = orders.filter((o) => [21, 22, 23].includes(localHour(o.at))).length;
    const morning = orders.filter((o) => [6, 7, 8].includes(localHour(o.at))).length;
    expect(evening).toBeGreaterThan(3 * morning);
    const lawnShare = (from: number, to: number) => {
      const lines = orders
        .filter((o) => seasonDay(o.at) >= from && seasonDay(o.at) < to)
        .flatMap((o) => orderItems(o.data));
      return lines.filter((l) => l.category === 'unstitched_lawn').length / lines.length;
    };
    expect(lawnShare(0, TAILOR_CUTOFF_DAY)).toBeGreaterThan(lawnShare(TAILOR_CUTOFF_DAY, DAYS) + 0.1);
    const abroad = of('diaspora_self');
    expect(abroad.filter((o) => o.at < ABROAD_CUTOFF).length / abroad.length).toBeGreaterThan(0.8);
    for (const o of of('chand_raat_pret')) {
      const d = data(o.data);
      if (d.fulfilment === 'express') expect(o.at).toBeLessThan(EXPRESS_CUTOFF);
      if (d.fulfilment === 'pickup') expect(o.data.shipping).toBeUndefined();
    }
    expect(of('chand_raat_pret').filter((o) => seasonDay(o.at) >= 25).length).toBeGreaterThan(
      of('chand_raat_pret').length / 2,
    );
  });

  it('sells wholesale to boutiques in shop hours on working days; brides spend the most at home', () => {
    for (const o of of('reseller_bulk')) {
      const d = data(o.data);
      expect(d.company?.ntn).toMatch(/^\d{7}-\d$/);
      expect(d.discountCode).toBe('WHOLESALE20');
      expect(new Date(o.at + PKT * HOUR).getUTCDay()).not.toBe(0);
      expect(localHour(o.at)).toBeGreaterThanOrEqual(9);
      expect(localHour(o.at)).toBeLessThan(18);
      expect(orderItems(o.data).reduce((n, i) => n + i.quantity, 0)).toBeGreaterThanOrEqual(9);
    }
    expect(medianAmount(of('bridal_formal'))).toBeGreaterThan(5 * medianAmount(of('cod_home')));
    expect(medianAmount(of('cod_home'))).toBeGreaterThan(5_000 * 100);
    expect(medianAmount(of('cod_home'))).toBeLessThan(30_000 * 100);
  });

  it('lets only cards, PayPal and wallets be disputed or flagged; wallet operators claim unauthorised use', () => {
    for (const seed of [1, 2, 3])
      for (const b of bodies(seed)) {
        if (b.type !== 'dispute.created' && b.type !== 'fraud_warning.created') continue;
        const method = b.data.paymentMethod ?? '';
        expect(['card', 'apple_pay', 'paypal', 'jazzcash', 'easypaisa']).toContain(method);
        if (method === 'jazzcash' || method === 'easypaisa') expect(data(b.data).reason).toBe('unauthorized');
      }
  });
});
