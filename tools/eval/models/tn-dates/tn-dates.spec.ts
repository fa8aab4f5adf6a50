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
  webhookTypesByPurchase,
} from '../kit/contract.js';
import {
  expectGuestCardTesting,
  expectMoneyAfterPaymentAndDisputesMostlyFraud,
  paidShare,
  takeoversOfKnownAccounts,
} from '../kit/lifecycle.js';
import { DAY, HOUR, localHour } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { DAYS, EID, EU_CUTOFF, LAST_TEN, RAMADAN_FIRST, START, TZ } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { tnDatesModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';

/** The model's own properties (size, shares, money, geography, payments, calendar, labels); never the engine's view. */

const stream = cachedStreams(tnDatesModel);
const SEEDS = [1, 2];
const { all, of } = ordersOfSeeds(stream, SEEDS);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  shippingFee?: number;
  status?: string;
  reason?: string;
  company?: { name: string; taxId: string };
};
const data = (d: CanonicalEvent['data']) => d as Data;
const METHODS = [
  'carte_bancaire',
  'e_dinar',
  'd17',
  'flouci',
  'paiement_a_la_livraison',
  'virement_bancaire',
  'paypal',
];
const EU = ['FR', 'IT', 'DE', 'BE'];

describe('tn-dates traffic model', () => {
  itIsDeterministic(tnDatesModel, stream);

  itDefaultsAndHonoursOptions(tnDatesModel, stream, {
    name: 'defaults to 2,000 orders from 9 February to 22 March 2026 and honours the options',
    model: 'tn-dates',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 1, 1), within: 7 * DAY, larger: 2400 },
  });

  it.each(SEEDS)(
    'seed %i: sorted, labelled, in dinars (millimes) or euros (cents), and every order adds up',
    (seed) => {
      const s = stream(seed);
      expectSortedAndLabelled(s);
      const truth = new Map(s.truth.map((p) => [p.purchase, p]));
      for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
        const d = data(o.data);
        expect(['TND', 'EUR']).toContain(d.currency);
        expect(truth.get(o.purchase)?.amount).toBe(d.amount);
        const items = orderItems(d).reduce((sum, i) => sum + i.price * i.quantity, 0);
        expect(d.amount).toBe(items - (d.discount ?? 0) + (d.shippingFee ?? 0));
        if (d.currency === 'TND') expect((d.amount ?? 0) % 100).toBe(0);
      }
    },
  );

  itDrawsKindsInShares({
    stream,
    share: [0.05, 0.09],
    fraud: FRAUD,
    allocate,
    honest: HONEST,
    seeds: SEEDS,
    honestSeeds: SEEDS,
    tolerance: 0.025,
  });

  itParsesEveryBody(tnDatesModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 13, orders: 250, timestampHeader: false },
  ]);

  itDrawsIpsThatLocate({
    name: 'draws IPs that geoip-country places in each network’s country; households at home, gourmets in Europe',
    networks: NETWORKS,
    address,
    locate: ipCountry,
    stream,
    seed: 2,
    also: () => {
      for (const o of of('local_household')) expect(ipCountry(o.data.ip ?? '')).toBe('TN');
      for (const o of of('european_gourmet'))
        expect(ipCountry(o.data.ip ?? '')).toBe(o.data.billing?.country);
      for (const o of of('cod_refusal')) expect(ipCountry(o.data.ip ?? '')).toBe('TN');
      const abroad = of('traveller_or_vpn').filter(
        (o) => ipCountry(o.data.ip ?? '') !== o.data.billing?.country,
      );
      expect(abroad.length).toBeGreaterThan(of('traveller_or_vpn').length / 2);
    },
  });

  for (const seed of SEEDS)
    itKeepsSanctionedCountriesToTheirKind(stream, { seed, countries: SANCTIONED, locate: ipCountry });

  it('never carries a card number: cards are a six-digit BIN and a last four, and no body holds a long digit run', () => {
    for (const seed of SEEDS)
      for (const w of stream(seed).webhooks) {
        const body = w.body as CanonicalEvent;
        expect(JSON.stringify(body)).not.toMatch(/\d{12,}/);
        const card = body.data.card;
        if (card) {
          expect(Object.keys(card).sort()).toEqual(['bin', 'brand', 'country', 'fingerprint', 'last4']);
          expect(card.bin).toMatch(/^\d{6}$/);
          expect(card.last4).toMatch(/^\d{4}$/);
        }
      }
  });

  it('names payments as the checkout does; cards carry 3-D Secure and a CVC result, AVS is never offered', () => {
    const seen = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent & { data: { threeDSecure?: string; reason?: string } };
      if (b.data.paymentMethod) seen.add(b.data.paymentMethod);
      if (!b.type.startsWith('payment.')) continue;
      const card = b.data.paymentMethod === 'carte_bancaire';
      expect(`${b.data.paymentMethod}:${b.data.card !== undefined}`).toBe(`${b.data.paymentMethod}:${card}`);
      if (card) expect(b.data.checks?.avs).toBe('unavailable');
      if (b.type === 'payment.failed') expect(b.data.reason).toBeDefined();
    }
    expect([...seen].sort()).toEqual([...METHODS].sort());
  });

  it('settles cash on delivery at the door; fake COD orders are refused and come back', () => {
    const s = stream(1);
    const types = webhookTypesByPurchase(s);
    const cod = createdOrders(s).filter((o) => o.data.paymentMethod === 'paiement_a_la_livraison');
    expect(cod.length / s.truth.length).toBeGreaterThan(0.2);
    for (const o of cod) {
      const list = types.get(o.purchase) ?? [];
      if (list.includes('payment.succeeded'))
        expect(list.indexOf('payment.succeeded')).toBeGreaterThan(list.indexOf('order.updated'));
      else expect(list).toContain('order.cancelled');
    }
    for (const o of cod.filter((x) => x.kind === 'cod_refusal')) {
      expect(types.get(o.purchase)).not.toContain('payment.succeeded');
      expect(types.get(o.purchase)).toContain('order.cancelled');
    }
    const honestCod = cod.filter((o) => !o.fraud);
    expect(paidShare(honestCod, types)).toBeGreaterThan(0.9);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    for (const seed of SEEDS) {
      const s = stream(seed);
      const { types } = expectMoneyAfterPaymentAndDisputesMostlyFraud(s);
      for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
        expect(types.get(p.purchase)).toContain('dispute.created');
      for (const p of s.truth.filter((x) => x.kind === 'refund_abuse'))
        expect(types.get(p.purchase)).toContain('refund.created');
    }
  });

  it('tests cards as guests on the cheapest jar, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(1), { paidBelow: 0.35, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) expect(o.data.amount).toBeLessThan(2_500);
  });

  it('takes over diaspora accounts seen in honest traffic; promo farms are fresh accounts on a shared phone', () => {
    const known = takeoversOfKnownAccounts(SEEDS.map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(0);
    const promo = of('promo_abuse');
    for (const o of promo)
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(60 * 60_000);
    expect(new Set(promo.map((o) => o.data.deviceId ?? o.data.userAgent)).size).toBeLessThan(
      promo.length / 1.5,
    );
  });

  it('follows Ramadan: nights after iftar are busy, dawn is quiet; Eid boxes peak in the last ten days', () => {
    const ramadan = all().filter((o) => o.at >= RAMADAN_FIRST && o.at < EID && o.data.customer?.name);
    const hour = (o: { at: number }) => Math.floor(localHour(o.at, TZ));
    const night = ramadan.filter((o) => hour(o) >= 20).length;
    const dawn = ramadan.filter((o) => hour(o) >= 5 && hour(o) < 8).length;
    expect(night).toBeGreaterThan(5 * dawn);
    const eidBoxes = all().filter((o) => orderItems(o.data).some((i) => i.sku === 'GB-AID'));
    const perDay = (from: number, to: number) =>
      eidBoxes.filter((o) => o.at >= from && o.at < to).length / ((to - from) / DAY);
    expect(perDay(LAST_TEN, EID)).toBeGreaterThan(perDay(RAMADAN_FIRST + 3 * DAY, LAST_TEN));
    // Europe stops ordering for Eid once Aramex can no longer deliver in time.
    const euro = all().filter((o) => !o.fraud && o.data.currency === 'EUR');
    const euPerDay = (from: number, to: number) =>
      euro.filter((o) => o.at >= from && o.at < to).length / ((to - from) / DAY);
    expect(euPerDay(EU_CUTOFF, EID - DAY)).toBeLessThan(euPerDay(LAST_TEN, EU_CUTOFF));
  });

  it('sells iftar cartons to mosques and associations, bulk to grocers, boxes to companies in office hours', () => {
    for (const o of of('mosque_association')) {
      expect(Math.max(...orderItems(o.data).map((i) => i.quantity))).toBeGreaterThanOrEqual(6);
      expect(data(o.data).company?.name).toBeDefined();
    }
    for (const o of of('grocer_restaurant')) expect(EU).toContain(o.data.shipping?.country);
    const corporate = of('corporate_eid_gifts');
    const inHours = corporate.filter((o) => {
      const h = localHour(o.at, TZ);
      const day = new Date(o.at + TZ * HOUR).getUTCDay();
      return h >= 8 && h < 18 && day !== 0 && day !== 6;
    });
    for (const o of corporate) expect(data(o.data).company?.taxId).toMatch(/^\d{7}[A-Z]\/[APB]\/M\/000$/);
    expect(inHours.length).toBeGreaterThan(0.85 * corporate.length);
    for (const o of of('diaspora_gift_home')) {
      expect(o.data.currency).toBe('EUR');
      expect(o.data.shipping?.country).toBe('TN');
      expect(EU).toContain(o.data.billing?.country);
    }
  });
});
