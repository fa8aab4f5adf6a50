import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import { type LabelledStream } from '../../traffic-model.js';
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
  SANCTIONED,
} from '../kit/contract.js';
import {
  expectGuestCardTesting,
  expectMoneyAfterPaymentAndUnpaidCancelled,
  meanAmount,
  paidShare,
  takeoversOfKnownAccounts,
} from '../kit/lifecycle.js';
import { DAY, HOUR, MINUTE } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { DAYS, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { auFashionModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(auFashionModel);
const MARKET: Record<string, string> = { AUD: 'AU', NZD: 'NZ', USD: 'US' };

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  promotion?: string;
  shippingFee?: number;
  fulfilment?: string;
  store?: string;
  giftCardRecipients?: string[];
  company?: { name: string; abn: string };
  threeDSecure?: string;
  reason?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);

/** The purchases of one currency, as a stream of their own. */
function inCurrency(s: LabelledStream, currency: string): LabelledStream {
  const truth = s.truth.filter((p) => p.currency === currency);
  const keep = new Set(truth.map((p) => p.purchase));
  return { ...s, truth, webhooks: s.webhooks.filter((w) => keep.has(w.purchase)) };
}

describe('au-fashion traffic model', () => {
  itIsDeterministic(auFashionModel, stream);

  itDefaultsAndHonoursOptions(auFashionModel, stream, {
    name: 'defaults to 2,000 orders over the fifteen days from Monday 16 November (Sydney) and honours the options',
    model: 'au-fashion',
    orders: 2000,
    start: START,
    days: DAYS,
    options: {
      seed: 9,
      orders: 300,
      start: Date.UTC(2027, 5, 1),
      within: 60 * HOUR,
      larger: 2600,
    },
  });

  it('sorts and labels every webhook; each purchase opens with its order, in A$, NZ$ or US$, and adds up', () => {
    const s = stream(1);
    const currencies = new Set(s.truth.map((p) => p.currency));
    expect([...currencies].sort()).toEqual(['AUD', 'NZD', 'USD']);
    for (const currency of currencies)
      expectOrdersAddUp(inCurrency(s, currency), {
        currency,
        total: (items, d) => items - (data(d).discount ?? 0) + (data(d).shippingFee ?? 0),
      });
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(auFashionModel, stream, [
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
      for (const o of of('regular')) expect(ipCountry(o.data.ip ?? '')).toBe('AU');
      for (const o of of('new_zealand')) expect(ipCountry(o.data.ip ?? '')).toBe('NZ');
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      const travellers = of('traveller');
      const abroad = travellers.filter((o) => ipCountry(o.data.ip ?? '') !== 'AU');
      expect(abroad.length / travellers.length).toBeGreaterThan(0.6);
      const vpn = of('vpn_user').filter((o) => ipCountry(o.data.ip ?? '') !== 'AU');
      expect(vpn.length).toBeGreaterThan(0);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('ships honest orders home in their currency’s market; collections and e-gift cards have no delivery address', () => {
    for (const o of all()) {
      const d = data(o.data);
      if (!o.fraud && o.data.shipping) expect(o.data.shipping.country).toBe(MARKET[o.data.currency ?? '']);
      if (d.fulfilment === 'click_and_collect') {
        expect(o.data.shipping).toBeUndefined();
        expect(d.store).toBeDefined();
      }
      if (d.fulfilment === 'email') {
        expect(o.data.shipping).toBeUndefined();
        expect(orderItems(o.data).every((i) => i.category === 'gift_cards')).toBe(true);
        expect(d.giftCardRecipients?.length ?? 0).toBeGreaterThan(0);
      }
    }
    expect(of('click_and_collect').every((o) => data(o.data).fulfilment === 'click_and_collect')).toBe(true);
  });

  it('sends card checks with cards and wallets only, AVS only from US, UK and Canadian issuers, 3-D Secure only on typed or saved cards', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = ['card', 'apple_pay', 'google_pay'].includes(method);
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${b.data.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${data(b.data).threeDSecure !== undefined}`).toBe(`${method}:${method === 'card'}`);
      if (card && !['US', 'GB', 'CA'].includes(b.data.card?.country ?? ''))
        expect(b.data.checks?.avs).toBe('unavailable');
      if (method !== 'card' && card) expect(b.data.checks?.cvc).toBe('unavailable');
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    for (const m of ['card', 'apple_pay', 'google_pay', 'afterpay', 'zip', 'paypal', 'gift_card'])
      expect(methods).toContain(m);
  });

  it('never shows a card number: BIN and last four only', () => {
    const text = JSON.stringify(stream(1).webhooks.map((w) => w.body));
    expect(text).not.toMatch(/\b\d{13,19}\b/);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud; returns are common', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.97);
    const returned = new Set(
      s.webhooks
        .filter((w) => {
          const b = w.body as CanonicalEvent;
          return b.type === 'refund.created' && data(b.data).reason === 'returned';
        })
        .map((w) => w.purchase),
    );
    const share = honest.filter((o) => returned.has(o.purchase)).length / honest.length;
    expect(share).toBeGreaterThan(0.12);
    expect(share).toBeLessThan(0.35);
  });

  it('tests cards as guests on the cheapest items, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * MINUTE, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(2_500);
    }
  });

  it('takes over aged accounts seen in honest traffic; voucher farms are fresh accounts sharing phones and welcome codes', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(20 * DAY);
    const promo = of('promo_abuse');
    for (const o of promo) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(30 * MINUTE);
      expect(data(o.data).discountCode).toMatch(/^WELCOME-/);
    }
    expect(new Set(promo.map((o) => o.data.deviceId)).size).toBeLessThan(promo.length / 2);
  });

  it('sends sanctioned-country buyers’ orders to relatives in Australia, Miami or US reshippers', () => {
    for (const o of of('sanctioned_country')) expect(['AU', 'US']).toContain(o.data.shipping?.country);
  });

  it('sells company gifts in bulk at a desk on weekdays; Club members spend more than regulars, testers least', () => {
    for (const o of of('company_gifts')) {
      expect(data(o.data).company?.abn).toMatch(/^\d{11}$/);
      expect(Math.max(...orderItems(o.data).map((i) => i.quantity))).toBeGreaterThanOrEqual(8);
      const sydney = new Date(o.at + 11 * HOUR);
      expect([0, 6]).not.toContain(sydney.getUTCDay());
      expect(sydney.getUTCHours()).toBeGreaterThanOrEqual(7);
      expect(sydney.getUTCHours()).toBeLessThan(20);
    }
    expect(meanAmount(of('loyalty_member'))).toBeGreaterThan(1.2 * meanAmount(of('regular')));
    expect(meanAmount(of('company_gifts'))).toBeGreaterThan(4 * meanAmount(of('regular')));
    expect(meanAmount(of('card_testing'))).toBeLessThan(3_000);
  });

  it('puts the season’s peaks on Click Frenzy and Black Friday', () => {
    const perDay = Array.from({ length: DAYS }, () => 0);
    for (const o of createdOrders(stream(1))) {
      const d = Math.floor((o.at - START) / DAY);
      perDay[d] = (perDay[d] ?? 0) + 1;
    }
    const quiet = perDay[6] ?? 0;
    expect(perDay[2]).toBeGreaterThan(1.5 * quiet);
    expect(perDay[11]).toBeGreaterThan(2.5 * quiet);
  });
});
