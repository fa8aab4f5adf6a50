import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import { type LabelledStream } from '../../traffic-model.js';
import {
  cachedStreams,
  type CreatedOrder,
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
  medianAmount,
  paidShare,
  takeoversOfKnownAccounts,
} from '../kit/lifecycle.js';
import { DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { dayOf, DAYS, DHL_LAST_DAY, localTime, START } from './calendar.js';
import { AVS_COUNTRIES } from './cards.js';
import { FRAUD, allocate } from './fraud.js';
import { HONEST } from './honest.js';
import { keCraftsModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { MARKETS } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, calendar, labels, valid bodies). */

const stream = cachedStreams(keCraftsModel);
const SANCTIONED = new Set(['RU', 'BY', 'IR', 'CU', 'SY', 'KP']);
const CURRENCIES = ['KES', 'USD', 'GBP', 'EUR'] as const;
const MOBILE_MONEY = ['mpesa', 'airtel_money'];

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  fulfilment?: string;
  priceList?: string;
  company?: { name: string; taxId: string };
  reason?: string;
  threeDSecure?: string;
  mpesaReceipt?: string;
  collectedVia?: string;
  status?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);

/** The stream's purchases in one currency, as a stream of their own. */
function inCurrency(s: LabelledStream, currency: string): LabelledStream {
  const keep = new Set(s.truth.filter((p) => p.currency === currency).map((p) => p.purchase));
  return {
    ...s,
    webhooks: s.webhooks.filter((w) => keep.has(w.purchase)),
    truth: s.truth.filter((p) => keep.has(p.purchase)),
  };
}

/** Each purchase's bodies in stream order. */
function bodiesByPurchase(s: LabelledStream): Map<string, Array<CanonicalEvent & { data: Data }>> {
  const out = new Map<string, Array<CanonicalEvent & { data: Data }>>();
  for (const w of s.webhooks)
    out.set(w.purchase, [...(out.get(w.purchase) ?? []), w.body as CanonicalEvent & { data: Data }]);
  return out;
}

const nairobiHour = (o: CreatedOrder) => localTime(o.at, 3);

describe('ke-crafts traffic model', () => {
  itIsDeterministic(keCraftsModel, stream);

  itDefaultsAndHonoursOptions(keCraftsModel, stream, {
    name: 'defaults to 2,000 orders over the four weeks from Black Friday to Christmas Eve and honours the options',
    model: 'ke-crafts',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 5, 1), within: 102 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each purchase opens with its order and adds up in its own currency', () => {
    const s = stream(1);
    expect(new Set(s.truth.map((p) => p.currency))).toEqual(new Set(CURRENCIES));
    for (const currency of CURRENCIES)
      expectOrdersAddUp(inCurrency(s, currency), {
        currency,
        total: (items, d) => items - (data(d).discount ?? 0) + (data(d).shippingFee ?? 0),
      });
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(keCraftsModel, stream, [
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
      for (const o of [...of('nairobi_household'), ...of('upcountry_kenya')])
        expect(ipCountry(o.data.ip ?? '')).toBe('KE');
      const away =
        of('traveller').filter((o) => ipCountry(o.data.ip ?? '') !== 'KE').length / of('traveller').length;
      expect(away).toBeGreaterThan(0.35);
      expect(away).toBeLessThan(0.75);
      const expatsAbroad = of('expat_nairobi').filter((o) => ipCountry(o.data.ip ?? '') !== 'KE').length;
      expect(expatsAbroad / of('expat_nairobi').length).toBeGreaterThan(0.1);
      expect(all().some((o) => (o.data.ip ?? '').startsWith('2c0f:'))).toBe(true);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });
  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 3, countries: SANCTIONED, locate: ipCountry });

  it('sends honest parcels only to its five countries; collection and e-mail orders carry no delivery address', () => {
    for (const o of all()) {
      const f = data(o.data).fulfilment ?? '';
      if (!o.fraud && o.data.shipping) expect(Object.keys(MARKETS)).toContain(o.data.shipping.country);
      if (f === 'shop_pickup' || f === 'email') expect(o.data.shipping).toBeUndefined();
      if (f.startsWith('rider') || f === 'courier_kenya' || f === 'pickup_agent' || f === 'agent_collection')
        expect(o.data.shipping?.country).toBe('KE');
      if (f === 'dhl_express' && !o.fraud) expect(o.data.shipping?.country).not.toBe('KE');
    }
  });

  it('takes mobile money and pay on delivery in shillings only, within their limits, and PayPal only abroad', () => {
    for (const o of all()) {
      const method = o.data.paymentMethod ?? '';
      if ([...MOBILE_MONEY, 'pay_on_delivery'].includes(method)) expect(o.data.currency).toBe('KES');
      if (MOBILE_MONEY.includes(method)) expect(o.data.amount).toBeLessThanOrEqual(25_000_000);
      if (method === 'paypal') expect(o.data.currency).not.toBe('KES');
      if (method === 'pay_on_delivery') {
        expect(['rider_nairobi', 'rider_mombasa']).toContain(data(o.data).fulfilment);
        expect(['Nairobi', 'Mombasa']).toContain(o.data.shipping?.city);
        expect(o.data.amount).toBeLessThanOrEqual(5_000_000);
      }
    }
  });

  it('posts card checks and 3-D Secure with cards only, AVS only from US, UK and Canadian issuers, receipts on mobile money', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      const d = data(b.data);
      if (!b.type.startsWith('payment.')) continue;
      const method = d.paymentMethod ?? '';
      methods.add(method);
      const card = method === 'card';
      expect(
        `${method}:${d.card !== undefined}:${d.checks?.cvc !== undefined}:${d.threeDSecure !== undefined}`,
      ).toBe(`${method}:${card}:${card}:${card}`);
      if (card && !AVS_COUNTRIES.has(d.card?.country ?? '')) expect(d.checks?.avs).toBe('unavailable');
      if (b.type === 'payment.failed') expect(d.reason).toBeDefined();
      if (b.type === 'payment.succeeded' && MOBILE_MONEY.includes(method))
        expect(d.mpesaReceipt).toMatch(/^T[A-Z0-9]{9}$/);
    }
    for (const m of ['card', 'mpesa', 'airtel_money', 'paypal', 'bank_transfer', 'pay_on_delivery'])
      expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndDisputesMostlyFraud(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    for (const [p, list] of types) {
      // Never paid: released, or (M-Pesa scams only) handed over on a forged confirmation.
      if (!list.includes('payment.succeeded')) {
        if (list.includes('order.cancelled')) continue;
        expect(truth.get(p)?.kind).toBe('mpesa_scam');
        expect(list.indexOf('payment.failed')).toBeGreaterThan(list.lastIndexOf('order.updated'));
      }
    }
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud')) {
      const list = types.get(p.purchase) ?? [];
      if (list.includes('payment.succeeded'))
        expect(list.includes('dispute.created') || list.includes('refund.created')).toBe(true);
    }
    expect(
      paidShare(
        createdOrders(s).filter((o) => !o.fraud),
        types,
      ),
    ).toBeGreaterThan(0.97);
  });

  it('collects pay on delivery at the door once delivered, or cancels when the buyer cannot be found', () => {
    const s = stream(1);
    const bodies = bodiesByPurchase(s);
    let settled = 0;
    for (const o of createdOrders(s).filter((x) => x.data.paymentMethod === 'pay_on_delivery')) {
      const list = bodies.get(o.purchase) ?? [];
      const delivered = list.findIndex((b) => b.type === 'order.updated' && b.data.status === 'delivered');
      const paid = list.findIndex((b) => b.type === 'payment.succeeded');
      if (paid >= 0) {
        settled++;
        expect(delivered).toBeGreaterThanOrEqual(0);
        expect(paid).toBeGreaterThan(delivered);
        expect(['mpesa', 'cash']).toContain(list[paid]?.data.collectedVia);
      } else if (o.kind !== 'mpesa_scam') expect(list.map((b) => b.type)).toContain('order.cancelled');
    }
    expect(settled).toBeGreaterThan(20);
  });

  it('runs M-Pesa scams as forged confirmations at the door or reversal claims after collection', () => {
    for (const seed of [1, 2, 3]) {
      const bodies = bodiesByPurchase(stream(seed));
      for (const p of stream(seed).truth.filter((x) => x.kind === 'mpesa_scam')) {
        const list = bodies.get(p.purchase) ?? [];
        const failedAtDoor = list.find(
          (b) => b.type === 'payment.failed' && b.data.reason === 'payment_not_received',
        );
        const reversal = list.find(
          (b) => b.type === 'dispute.created' && b.data.reason === 'reversal_request',
        );
        const released = list.some((b) => b.type === 'order.cancelled');
        expect([failedAtDoor, reversal].filter(Boolean).length + (released ? 1 : 0)).toBe(1);
        if (reversal) expect(reversal.data.paymentMethod).toBe('mpesa');
      }
    }
  });

  it('tests cards as guests on the cheapest checkout, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.35, gap: 10 * MINUTE, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(o.data.amount).toBeLessThanOrEqual(2_000);
      expect(o.data.userAgent).toMatch(/HeadlessChrome|X11; Linux/);
    }
  });

  it('takes over aged accounts seen in honest traffic; promo farms are fresh accounts sharing phones and the welcome code', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(60 * DAY);
    const promo = of('promo_abuse');
    for (const o of promo) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(30 * MINUTE);
      expect(data(o.data).discountCode).toBe('KARIBU10');
    }
    expect(new Set(promo.map((o) => o.data.deviceId)).size).toBeLessThan(promo.length / 2);
  });

  it('keeps the calendar: Kenyans shop in waking hours, companies in office hours on weekdays, parcels abroad before the DHL date', () => {
    const home = of('nairobi_household');
    const night = home.filter((o) => nairobiHour(o).hour >= 1 && nairobiHour(o).hour < 6).length;
    expect(night / home.length).toBeLessThan(0.05);
    const corporate = of('corporate_gifts');
    for (const o of corporate) {
      expect(nairobiHour(o).hour).toBeGreaterThanOrEqual(7);
      expect(nairobiHour(o).hour).toBeLessThan(18);
    }
    const weekend = corporate.filter((o) => [0, 6].includes(nairobiHour(o).weekday)).length;
    expect(weekend / corporate.length).toBeLessThan(0.05);
    const abroad = [...of('diaspora_abroad'), ...of('tourist_back_home')];
    const late = abroad.filter((o) => dayOf(o.at) > DHL_LAST_DAY).length;
    expect(late / abroad.length).toBeLessThan(0.12);
    const perDay = (days: readonly number[]) =>
      home.filter((o) => days.includes(dayOf(o.at))).length / days.length;
    expect(perDay([21, 22, 23, 24, 25, 26])).toBeGreaterThan(1.3 * perDay([7, 8, 9, 10, 11, 12, 13, 14]));
  });

  it('sells wholesale in packs of six to boutiques, gift boxes by the dozen to companies, kangas by the dozen to weddings', () => {
    for (const o of of('boutique_reseller')) {
      expect(data(o.data).priceList).toBe('wholesale');
      expect(data(o.data).company?.taxId).toBeDefined();
      for (const i of orderItems(o.data)) expect(i.quantity % 6).toBe(0);
    }
    for (const o of of('corporate_gifts')) {
      expect(data(o.data).company?.taxId).toMatch(/^P05\d{7}[A-Z]$/);
      expect(Math.min(...orderItems(o.data).map((i) => i.quantity))).toBeGreaterThanOrEqual(10);
    }
    expect(medianAmount(of('corporate_gifts'))).toBeGreaterThan(20 * medianAmount(of('nairobi_household')));
    expect(medianAmount(of('wedding_party'))).toBeGreaterThan(10 * medianAmount(of('nairobi_household')));
    const bulk = of('bulk_order_scam');
    for (const o of bulk)
      expect(Math.max(...orderItems(o.data).map((i) => i.quantity))).toBeGreaterThanOrEqual(24);
    expect(meanAmount(of('card_testing'))).toBeLessThan(2_000);
  });

  it('sends stolen-card exports by DHL abroad and local stolen cards to Nairobi drops', () => {
    for (const o of of('stolen_card_export')) {
      expect(data(o.data).fulfilment).toBe('dhl_express');
      expect(o.data.shipping?.country).not.toBe('KE');
      expect(o.data.card?.country).not.toBe('KE');
    }
    for (const o of of('stolen_card_local')) {
      expect(['pickup_agent', 'shop_pickup', 'rider_nairobi']).toContain(data(o.data).fulfilment);
      expect(o.data.card?.country).not.toBe('KE');
    }
  });
});
