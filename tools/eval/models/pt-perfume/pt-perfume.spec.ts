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
} from '../kit/contract.js';
import {
  expectGuestCardTesting,
  expectMoneyAfterPaymentAndUnpaidCancelled,
  meanAmount,
  medianAmount,
  paidShare,
} from '../kit/lifecycle.js';
import { DAY, HOUR, localHour } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { DAYS, MOTHERS_DAY, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { ptPerfumeModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { MARKETS } from './places.js';

/** The model's own properties (size, shares, money, calendar, geography, payments, labels, valid bodies). */

const stream = cachedStreams(ptPerfumeModel);
const SANCTIONED = new Set(['CU', 'IR', 'KP', 'SY']);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  pointsRedeemed?: number;
  pointsValue?: number;
  shippingFee?: number;
  giftWrap?: boolean;
  fulfilment?: string;
  recipientEmail?: string;
  company?: { name: string; vatId: string };
  reason?: string;
  threeDSecure?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);
const PT_DAY = MOTHERS_DAY.PT ?? 0;

describe('pt-perfume traffic model', () => {
  itIsDeterministic(ptPerfumeModel, stream);

  itDefaultsAndHonoursOptions(ptPerfumeModel, stream, {
    name: 'defaults to 2,000 orders over three weeks from 19 April 2027 and honours the options',
    model: 'pt-perfume',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 5, 1), within: 80 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each order is in euros (francs to Switzerland) and adds up', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    const currencies = new Set<string>();
    for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
      const d = data(o.data);
      currencies.add(d.currency ?? '');
      expect(truth.get(o.purchase)?.amount).toBe(d.amount);
      expect(truth.get(o.purchase)?.currency).toBe(d.currency);
      if (d.shipping)
        expect(`${d.shipping.country} ${d.currency}`).toBe(
          `${d.shipping.country} ${d.shipping.country === 'CH' ? 'CHF' : 'EUR'}`,
        );
      const items = orderItems(o.data);
      for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
      const goods = items.reduce((sum, i) => sum + i.price * i.quantity, 0);
      const total =
        goods - (d.discount ?? 0) - (d.pointsValue ?? 0) + (d.shippingFee ?? 0) + (d.giftWrap ? 250 : 0);
      expect(d.amount).toBe(total);
      // Points pay at most half the merchandise, in €5 blocks.
      if (d.pointsValue) expect(d.pointsValue % 500 === 0 && d.pointsValue * 2 <= goods).toBe(true);
    }
    expect([...currencies].sort()).toEqual(['CHF', 'EUR']);
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(ptPerfumeModel, stream, [
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
      for (const o of of('diaspora_gift'))
        expect(['FR', 'CH', 'LU', 'BE']).toContain(ipCountry(o.data.ip ?? ''));
      const diaspora = of('diaspora_gift');
      expect(
        diaspora.filter((o) => o.data.shipping?.country === 'PT').length / diaspora.length,
      ).toBeGreaterThan(0.75);
      const selves = of('self_purchase');
      const home = selves.filter((o) => ipCountry(o.data.ip ?? '') === o.data.billing?.country);
      expect(home.length / selves.length).toBeGreaterThan(0.95);
      const travellers = of('traveller_vpn');
      const away = travellers.filter((o) => ipCountry(o.data.ip ?? '') !== o.data.billing?.country);
      expect(away.length / travellers.length).toBeGreaterThan(0.5);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('delivers honest parcels only within its six markets; shop collections and gift cards have no address', () => {
    for (const o of all()) {
      const f = data(o.data).fulfilment ?? '';
      if (!o.fraud && o.data.shipping) expect(MARKETS).toContain(o.data.shipping.country);
      if (['store_lisboa', 'store_porto', 'email'].includes(f)) expect(o.data.shipping).toBeUndefined();
      if (f === 'email') {
        expect(orderItems(o.data).every((i) => i.category === 'gift_card')).toBe(true);
        expect(data(o.data).recipientEmail).toBeDefined();
      }
    }
  });

  it('sends card checks with cards and wallets only, AVS only from British, US and Canadian issuers', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = ['card', 'apple_pay', 'google_pay'].includes(method);
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${b.data.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      if (card && !['GB', 'US', 'CA'].includes(b.data.card?.country ?? ''))
        expect(b.data.checks?.avs).toBe('unavailable');
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    for (const m of ['card', 'apple_pay', 'google_pay', 'mbway', 'multibanco', 'paypal', 'klarna'])
      expect(methods).toContain(m);
  });

  it('takes Multibanco payments hours later, and lets unpaid references lapse after three days', () => {
    const s = stream(1);
    const created = new Map(createdOrders(s).map((o) => [o.purchase, o.at]));
    let lapsed = 0;
    for (const w of s.webhooks) {
      const b = w.body as CanonicalEvent & { data: Data };
      if (b.type === 'payment.succeeded' && b.data.paymentMethod === 'multibanco')
        expect(Date.parse(b.timestamp ?? '') - (created.get(w.purchase) ?? 0)).toBeGreaterThanOrEqual(
          10 * 60_000,
        );
      if (b.type === 'order.cancelled' && b.data.reason === 'multibanco_expired') {
        lapsed += 1;
        expect(Date.parse(b.timestamp ?? '') - (created.get(w.purchase) ?? 0)).toBeGreaterThanOrEqual(
          3 * DAY,
        );
      }
    }
    expect(lapsed).toBeGreaterThan(0);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    for (const p of s.truth.filter((x) => x.kind === 'refund_abuse'))
      expect(types.get(p.purchase)).toContain('refund.created');
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.95);
    const resale = createdOrders(s).filter((o) => o.kind === 'stolen_card_resale');
    expect(paidShare(resale, types)).toBeLessThan(0.9);
  });

  it('tests cards as guests on the cheapest items, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(1_290);
    }
  });

  it('times presents by each country’s Mother’s Day: Portugal and Spain on 2 May, Switzerland, Luxembourg and Belgium a week later', () => {
    const gifts = of('mothers_day_gift');
    const early = (o: (typeof gifts)[number]) => o.at < PT_DAY;
    const pt = gifts.filter((o) => o.data.billing?.country === 'PT');
    const later = gifts.filter((o) => ['CH', 'LU', 'BE'].includes(o.data.billing?.country ?? ''));
    expect(pt.filter(early).length / pt.length).toBeGreaterThan(0.8);
    expect(later.filter((o) => !early(o)).length / later.length).toBeGreaterThan(
      pt.filter((o) => !early(o)).length / pt.length + 0.2,
    );
    const cards = of('egift_card').filter((o) => o.data.billing?.country === 'PT');
    const lastTwoDays = cards.filter((o) => o.at >= PT_DAY - 2 * DAY && o.at < PT_DAY + DAY);
    expect(lastTwoDays.length / cards.length).toBeGreaterThan(0.4);
  });

  it('takes over aged accounts with points; promo farms are fresh accounts sharing devices and codes', () => {
    const takeovers = of('account_takeover');
    for (const o of takeovers)
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(60 * DAY);
    expect(
      takeovers.filter((o) => (data(o.data).pointsRedeemed ?? 0) > 0).length / takeovers.length,
    ).toBeGreaterThan(0.6);
    const promo = of('promo_abuse');
    for (const o of promo) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(30 * 60_000);
      expect(data(o.data).discountCode).toBeDefined();
    }
    expect(new Set(promo.map((o) => o.data.deviceId)).size).toBeLessThan(promo.length / 2);
  });

  it('sells in bulk to make-up artists and companies in office hours with tax numbers; resale fraud spends big', () => {
    for (const o of [...of('makeup_artist'), ...of('corporate_gifts')]) {
      expect(data(o.data).company?.vatId).toMatch(/^PT[25]\d{8}$/);
      expect(orderItems(o.data).reduce((n, i) => n + i.quantity, 0)).toBeGreaterThanOrEqual(10);
    }
    for (const o of of('corporate_gifts')) {
      const h = localHour(o.at, 1);
      expect(h >= 9 && h < 19).toBe(true);
      expect([0, 6]).not.toContain(new Date(o.at + HOUR).getUTCDay());
    }
    expect(medianAmount(of('stolen_card_resale'))).toBeGreaterThan(3 * medianAmount(of('self_purchase')));
    expect(meanAmount(of('gift_card_fraud'))).toBeGreaterThan(4 * meanAmount(of('egift_card')));
    expect(meanAmount(of('card_testing'))).toBeLessThan(2_000);
  });
});
