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
import { DAY, HOUR, localHour } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { DAYS, EID, START, TZ } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { bdGadgetsModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(bdGadgetsModel);
const { all, of } = ordersOfSeeds(stream);

type Data = CanonicalEvent['data'] & {
  shippingFee?: number;
  discount?: number;
  delivery?: string;
  emiMonths?: number;
  status?: string;
  reason?: string;
};
const data = (d: CanonicalEvent['data']) => d as Data;

describe('bd-gadgets traffic model', () => {
  itIsDeterministic(bdGadgetsModel, stream);

  itDefaultsAndHonoursOptions(bdGadgetsModel, stream, {
    name: 'defaults to 2,000 orders over the five weeks before Eid ul-Adha and honours the options',
    model: 'bd-gadgets',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2026, 9, 1), within: 130 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each purchase opens with its order, in taka, and adds up', () => {
    expectOrdersAddUp(stream(1), {
      currency: 'BDT',
      total: (items, d) => items - (data(d).discount ?? 0) + (data(d).shippingFee ?? 0),
    });
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(bdGadgetsModel, stream, [
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
      for (const o of of('dhaka_everyday')) expect(ipCountry(o.data.ip ?? '')).toBe('BD');
      for (const o of of('diaspora_family')) {
        expect(ipCountry(o.data.ip ?? '')).toBe(o.data.billing?.country);
        expect(o.data.billing?.country).not.toBe('BD');
        expect(o.data.shipping?.country).toBe('BD');
      }
      for (const o of of('vpn_or_traveller')) expect(ipCountry(o.data.ip ?? '')).not.toBe('BD');
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('places orders over the season, busier before Eid, few before dawn in Dhaka', () => {
    const orders = createdOrders(stream(1));
    for (const o of orders) expect(o.at).toBeLessThan(EID);
    const early = orders.filter((o) => o.at < START + 14 * DAY).length;
    const late = orders.filter((o) => o.at >= EID - 14 * DAY).length;
    expect(late).toBeGreaterThan(1.3 * early);
    const honest = orders.filter((o) => !o.fraud && o.kind !== 'diaspora_family');
    const dawn = honest.filter((o) => localHour(o.at, TZ) >= 2 && localHour(o.at, TZ) < 7);
    expect(dawn.length / honest.length).toBeLessThan(0.06);
  });

  it('shows cards only as BIN, last four, brand, country and fingerprint, and only for card payments', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      const card = b.data.card;
      if (b.type.startsWith('payment.')) methods.add(b.data.paymentMethod ?? '');
      if (!card) continue;
      expect(Object.keys(card).sort()).toEqual(['bin', 'brand', 'country', 'fingerprint', 'last4']);
      expect(card.bin).toMatch(/^\d{6}$/);
      expect(card.last4).toMatch(/^\d{4}$/);
      if (b.type.startsWith('payment.')) expect(['card', 'card_emi']).toContain(b.data.paymentMethod);
      if (b.data.checks?.avs && card.country === 'BD') expect(b.data.checks.avs).toBe('unavailable');
    }
    for (const m of [
      'bkash',
      'nagad',
      'rocket',
      'cod',
      'card',
      'card_emi',
      'paypal',
      'bank_transfer',
      'cash_at_store',
    ])
      expect(methods).toContain(m);
  });

  it('delivers only in Bangladesh: ৳70 in Dhaka, ৳130 outside, free pickup at the shop and large prepaid orders', () => {
    for (const o of all()) {
      const d = data(o.data);
      if (d.delivery === 'pickup') {
        expect(o.data.shipping).toBeUndefined();
        expect(d.shippingFee).toBe(0);
      } else {
        expect(o.data.shipping?.country).toBe('BD');
        expect([0, d.delivery === 'inside_dhaka' ? 7_000 : 13_000]).toContain(d.shippingFee);
      }
      if (d.emiMonths !== undefined) {
        expect(o.data.paymentMethod).toBe('card_emi');
        expect(o.data.card?.country).toBe('BD');
      }
    }
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndDisputesMostlyFraud(s);
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.94);
    for (const o of createdOrders(s)) {
      const list = types.get(o.purchase) ?? [];
      if (!list.includes('payment.succeeded') && o.kind !== 'fake_payment_sms')
        expect(list).toContain('order.cancelled');
    }
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    for (const p of s.truth.filter((x) => x.kind === 'sim_swap_wallet'))
      expect(types.get(p.purchase)).toEqual(
        expect.arrayContaining(['fraud_warning.created', 'refund.created']),
      );
  });

  it('refuses fake cash-on-delivery parcels at the door and hands forged-SMS parcels over unpaid', () => {
    const s = stream(3);
    const types = new Map<string, string[]>();
    for (const w of s.webhooks) {
      const b = w.body as CanonicalEvent;
      types.set(w.purchase, [
        ...(types.get(w.purchase) ?? []),
        `${b.type}:${data(b.data).reason ?? data(b.data).status ?? ''}`,
      ]);
    }
    for (const o of createdOrders(s)) {
      const list = types.get(o.purchase) ?? [];
      if (o.kind === 'fake_cod') {
        expect(o.data.paymentMethod).toBe('cod');
        expect(list.some((t) => t.startsWith('payment.succeeded'))).toBe(false);
        expect(list.some((t) => t.startsWith('order.cancelled'))).toBe(true);
      }
      if (o.kind === 'fake_payment_sms') {
        expect(list).toContain('order.updated:delivered');
        expect(list).toContain('payment.failed:payment_not_received');
      }
    }
  });

  it('tests cards as guests on the cheapest items, mostly declined, at night in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) expect(o.data.amount).toBeLessThanOrEqual(52_000);
    expect(meanAmount(of('card_testing'))).toBeLessThan(meanAmount(of('student_shared')));
  });

  it('takes over aged accounts seen in honest traffic; big tickets, offices and resellers spend the most', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(60 * DAY);
    const everyday = meanAmount(of('dhaka_everyday'));
    for (const k of ['emi_big_ticket', 'office_bulk', 'district_reseller'])
      expect(meanAmount(of(k))).toBeGreaterThan(5 * everyday);
    for (const o of of('office_bulk')) {
      const day = new Date(o.at + TZ * HOUR).getUTCDay();
      expect(day).toBeLessThanOrEqual(4);
    }
  });
});
