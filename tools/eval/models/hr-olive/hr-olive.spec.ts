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
import { ALCOHOL, type Category } from './catalogue.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { hrOliveModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { MARKETS, START, DAYS } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(hrOliveModel);
const { all, of } = ordersOfSeeds(stream, [1, 2]);

type Data = CanonicalEvent['data'] & {
  shippingFee?: number;
  delivery?: string;
  company?: { name: string; oib: string };
  reason?: string;
  status?: string;
};
const data = (d: CanonicalEvent['data']) => d as Data;

const CARD_BODY = /^\d{6}$/;

describe('hr-olive traffic model', () => {
  itIsDeterministic(hrOliveModel, stream);

  itDefaultsAndHonoursOptions(hrOliveModel, stream, {
    name: 'defaults to 2,000 orders over five weeks from 20 July 2026 and honours the options',
    model: 'hr-olive',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 6, 1), within: 6 * DAY, larger: 2400 },
  });

  it('sorts and labels every webhook; each order adds up, in the currency of its delivery country', () => {
    for (const seed of [1, 2]) {
      const s = stream(seed);
      expectSortedAndLabelled(s);
      const truth = new Map(s.truth.map((p) => [p.purchase, p]));
      for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
        const to = o.data.shipping?.country;
        expect(o.data.currency).toBe(to === 'GB' ? 'GBP' : to === 'US' ? 'USD' : 'EUR');
        expect(truth.get(o.purchase)?.amount).toBe(o.data.amount);
        const items = orderItems(o.data);
        for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
        const sum = items.reduce((x, i) => x + i.price * i.quantity, 0);
        expect(o.data.amount).toBe(sum + (data(o.data).shippingFee ?? 0));
      }
    }
  });

  itDrawsKindsInShares({
    stream,
    share: [0.05, 0.09],
    fraud: FRAUD,
    allocate,
    honest: HONEST,
    seeds: [1, 2],
    honestSeeds: [1, 2],
    tolerance: 0.025,
  });

  it('has 8–12 honest and 7–10 fraud kinds, sanctioned_country among them', () => {
    expect(Object.keys(HONEST).length).toBeGreaterThanOrEqual(8);
    expect(Object.keys(HONEST).length).toBeLessThanOrEqual(12);
    expect(Object.keys(FRAUD).length).toBeGreaterThanOrEqual(7);
    expect(Object.keys(FRAUD).length).toBeLessThanOrEqual(10);
    expect(Object.keys(FRAUD)).toContain('sanctioned_country');
  });

  itParsesEveryBody(hrOliveModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 2, timestampHeader: false },
    { seed: 13, orders: 300, timestampHeader: false },
  ]);

  it('never carries a card number: cards are a six-digit BIN and a four-digit last four only', () => {
    for (const seed of [1, 2]) {
      const text = JSON.stringify(stream(seed).webhooks.map((w) => w.body));
      expect(text).not.toMatch(/\d{12,19}/);
      for (const w of stream(seed).webhooks) {
        const card = (w.body as CanonicalEvent).data.card;
        if (!card) continue;
        expect(card.bin).toMatch(CARD_BODY);
        expect(card.last4).toMatch(/^\d{4}$/);
        expect(Object.keys(card).sort()).toEqual(['bin', 'brand', 'country', 'fingerprint', 'last4']);
      }
    }
  });

  itDrawsIpsThatLocate({
    name: 'draws IPs that geoip-country places in the intended country, for every network',
    networks: NETWORKS,
    address: (rng, n) => address(rng, n),
    locate: ipCountry,
    stream,
    seed: 1,
    also: () => {
      const locals = of('local_regular');
      expect(
        locals.filter((o) => ipCountry(o.data.ip ?? '') === 'HR').length / locals.length,
      ).toBeGreaterThan(0.9);
      const stays = of('tourist_to_stay');
      const roaming = stays.filter((o) => ipCountry(o.data.ip ?? '') === o.data.billing?.country);
      expect(roaming.length / stays.length).toBeGreaterThan(0.3);
      expect(roaming.length / stays.length).toBeLessThan(0.6);
      for (const o of of('horeca_case')) expect(ipCountry(o.data.ip ?? '')).toBe('HR');
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });
  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 2, countries: SANCTIONED, locate: ipCountry });

  it('serves its markets only: honest buyers bill and ship there, apartments and marinas get the van', () => {
    for (const o of all().filter((x) => !x.fraud)) {
      expect(Object.keys(MARKETS)).toContain(o.data.billing?.country);
      if (o.data.shipping) expect(Object.keys(MARKETS)).toContain(o.data.shipping.country);
      else expect(data(o.data).delivery).toBe('shop_pickup');
    }
    for (const o of [...of('tourist_to_stay'), ...of('yacht_charter')]) {
      expect(o.data.shipping?.country).toBe('HR');
      expect(data(o.data).delivery).toBe('same_day_van');
      expect(o.data.billing?.country).not.toBe('HR');
    }
    for (const o of of('yacht_charter')) expect(o.data.shipping?.line1).toMatch(/marina|Marina/);
  });

  it('posts no wine, prošek or rakija to the US', () => {
    for (const o of all().filter((x) => x.data.shipping?.country === 'US'))
      for (const i of orderItems(o.data)) expect(ALCOHOL.has(i.category as Category)).toBe(false);
  });

  it('names payments as its checkout does; cash on delivery only to Croatia, KEKS Pay and Aircash only for Croatians', () => {
    const methods = new Set<string>();
    for (const o of all()) {
      const m = o.data.paymentMethod ?? '';
      methods.add(m);
      if (m === 'pouzece') expect(o.data.shipping?.country).toBe('HR');
      if (m === 'keks_pay' || m === 'aircash') expect(o.data.billing?.country).toBe('HR');
      if (m === 'placanje_u_trgovini') expect(data(o.data).delivery).toBe('shop_pickup');
    }
    for (const m of [
      'kartica',
      'keks_pay',
      'aircash',
      'paypal',
      'opca_uplatnica',
      'pouzece',
      'placanje_u_trgovini',
    ])
      expect(methods).toContain(m);
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const card = b.data.paymentMethod === 'kartica';
      expect(b.data.card !== undefined).toBe(card);
      if (card && !['GB', 'US'].includes(b.data.card?.country ?? ''))
        expect(b.data.checks?.avs).toBe('unavailable');
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
  });

  it('brings refunds, warnings and disputes only after money was taken; honest orders are mostly paid', () => {
    for (const seed of [1, 2]) {
      const s = stream(seed);
      const { types } = expectMoneyAfterPaymentAndDisputesMostlyFraud(s);
      for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
        expect(types.get(p.purchase)).toContain('dispute.created');
      for (const p of s.truth.filter((x) => x.kind === 'breakage_claim_abuse'))
        expect(types.get(p.purchase)).toContain('refund.created');
      for (const p of s.truth.filter((x) => x.kind === 'cod_prank' || x.kind === 'fake_transfer_proof')) {
        expect(types.get(p.purchase)).not.toContain('payment.succeeded');
        expect(types.get(p.purchase)).toContain('order.cancelled');
      }
      const honest = createdOrders(s).filter((o) => !o.fraud);
      expect(paidShare(honest, types)).toBeGreaterThan(0.9);
    }
  });

  it('tests cards as guests on the cheapest items at night, mostly declined, in bursts on few BINs', () => {
    for (const seed of [1, 2]) {
      const testing = expectGuestCardTesting(stream(seed), {
        paidBelow: 0.35,
        gap: 10 * 60_000,
        ordersPerBin: 2,
      });
      for (const o of testing) {
        expect(orderItems(o.data)).toHaveLength(1);
        expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(600);
      }
    }
  });

  it('takes over aged accounts; restaurants buy by the case on weekdays with an OIB; fraud baskets are bigger', () => {
    const known = takeoversOfKnownAccounts([1, 2].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(0);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(60 * DAY);
    for (const o of of('horeca_case')) {
      expect(data(o.data).company?.oib).toMatch(/^\d{11}$/);
      const local = new Date(o.at + 2 * HOUR);
      expect(local.getUTCDay()).not.toBe(0);
      expect(orderItems(o.data).some((i) => i.sku === 'ULJ-HORECA-6' && i.quantity >= 2)).toBe(true);
    }
    expect(meanAmount(of('stolen_card'))).toBeGreaterThan(2 * meanAmount(of('local_regular')));
    expect(meanAmount(of('yacht_charter'))).toBeGreaterThan(meanAmount(of('tourist_to_stay')));
  });
});
