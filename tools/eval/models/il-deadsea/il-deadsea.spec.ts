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
import { DAY, HOUR } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { DAYS, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { ilDeadseaModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { MARKETS } from './places.js';

/**
 * The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the
 * engine's view.
 */

const stream = cachedStreams(ilDeadseaModel);
const CURRENCIES = ['ILS', 'USD', 'EUR', 'GBP'] as const;

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  delivery?: string;
  channel?: string;
  locale?: string;
  business?: { name: string; taxId: string };
  installments?: number;
  idCheck?: string;
  threeDSecure?: string;
  reason?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);

/** The purchases of one currency, as a stream of their own. */
function inCurrency(s: LabelledStream, currency: string): LabelledStream {
  const keep = new Set(s.truth.filter((p) => p.currency === currency).map((p) => p.purchase));
  return {
    ...s,
    truth: s.truth.filter((p) => keep.has(p.purchase)),
    webhooks: s.webhooks.filter((w) => keep.has(w.purchase)),
  };
}

/** Without the refills the store charges itself (no checkout, so no IP). */
function checkoutsOnly(s: LabelledStream): LabelledStream {
  const renewals = new Set(
    createdOrders(s)
      .filter((o) => data(o.data).channel === 'subscription')
      .map((o) => o.purchase),
  );
  return {
    ...s,
    truth: s.truth.filter((p) => !renewals.has(p.purchase)),
    webhooks: s.webhooks.filter((w) => !renewals.has(w.purchase)),
  };
}

describe('il-deadsea traffic model', () => {
  itIsDeterministic(ilDeadseaModel, stream);

  itDefaultsAndHonoursOptions(ilDeadseaModel, stream, {
    name: 'defaults to 2,000 orders over the four weeks from Cyber Monday and honours the options',
    model: 'il-deadsea',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 5, 1), within: 5 * DAY, larger: 2600 },
  });

  it('sorts and labels every webhook; orders add up in their currency, shekels on the Hebrew site', () => {
    const s = stream(1);
    expect(new Set(s.truth.map((p) => p.currency))).toEqual(new Set(CURRENCIES));
    for (const currency of CURRENCIES) {
      const orders = expectOrdersAddUp(inCurrency(s, currency), {
        currency,
        total: (items, d) => items - (data(d).discount ?? 0) + (data(d).shippingFee ?? 0),
      });
      for (const o of orders)
        expect(`${data(o.data).locale}:${currency}`).toBe(
          `${data(o.data).locale}:${(data(o.data).locale ?? '').endsWith('-IL') ? 'ILS' : currency}`,
        );
    }
    for (const o of createdOrders(s))
      if (o.data.currency === 'ILS') expect(data(o.data).locale?.endsWith('-IL')).toBe(true);
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(ilDeadseaModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 13, orders: 300, timestampHeader: false },
  ]);

  itDrawsIpsThatLocate({
    name: 'draws IPs that geoip-country places in the intended country, IPv4 and IPv6, for every network',
    networks: NETWORKS,
    address,
    locate: ipCountry,
    stream: (seed) => checkoutsOnly(stream(seed)),
    seed: 2,
    also: () => {
      for (const o of createdOrders(stream(2)))
        expect(`${o.kind}:${o.data.ip === undefined}`).toBe(
          `${o.kind}:${data(o.data).channel === 'subscription'}`,
        );
      const home = of('home_shopper');
      expect(home.filter((o) => ipCountry(o.data.ip ?? '') === 'IL').length / home.length).toBe(1);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      for (const o of of('traveller')) expect(ipCountry(o.data.ip ?? '')).not.toBe('IL');
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });
  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 3, countries: SANCTIONED, locate: ipCountry });

  it('ships honest orders only to its thirteen countries; e-gift cards go by e-mail, with no address', () => {
    for (const o of all()) {
      const d = data(o.data);
      if (!o.fraud && o.data.shipping) expect(Object.keys(MARKETS)).toContain(o.data.shipping.country);
      if (d.delivery === 'email') {
        expect(o.data.shipping).toBeUndefined();
        for (const i of orderItems(o.data)) expect(i.category).toBe('gift_card');
      }
    }
    const gifts = of('gift_abroad');
    expect(gifts.every((o) => o.data.shipping?.country !== o.data.billing?.country)).toBe(true);
  });

  it('sends card checks with cards and wallets only; ID checks on Israeli cards, 3-D Secure abroad', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const d = data(b.data);
      const method = d.paymentMethod ?? '';
      methods.add(method);
      const card = ['card', 'apple_pay', 'google_pay'].includes(method);
      expect(`${method}:${d.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${d.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      const country = d.card?.country ?? '';
      if (card && !['US', 'CA', 'GB'].includes(country)) expect(d.checks?.avs).toBe('unavailable');
      if (country === 'IL') {
        expect(d.threeDSecure).toBeUndefined();
        expect(d.idCheck).toBeDefined();
      } else expect(d.installments).toBeUndefined();
      if (card && country !== 'IL' && method === 'card' && d.checks?.cvc === 'pass')
        expect(d.threeDSecure).toBeDefined();
      if (b.type === 'payment.failed') expect(d.reason).toBeDefined();
    }
    for (const m of ['card', 'apple_pay', 'google_pay', 'bit', 'paypal', 'bank_transfer'])
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

  it('tests cards as guests on the cheapest items, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(2_900);
      expect(o.data.currency).toBe('USD');
    }
  });

  it('takes over aged accounts seen in honest traffic; promo farms share devices and codes', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 4);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(60 * DAY);
    const promo = of('promo_abuse');
    for (const o of promo) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(30 * 60_000);
      expect(data(o.data).discountCode).toBeDefined();
    }
    expect(new Set(promo.map((o) => o.data.deviceId)).size).toBeLessThan(promo.length / 2);
  });

  it('charges refills off-session at six in the morning, with no checkout behind them', () => {
    for (const o of of('subscriber_refill')) {
      expect(data(o.data).channel).toBe('subscription');
      expect(o.data.ip).toBeUndefined();
      expect(o.data.deviceId).toBeUndefined();
      for (const i of orderItems(o.data)) expect(i.category).toBe('refill');
      expect(new Date(o.at + 2 * HOUR).getUTCHours()).toBe(6);
    }
  });

  it('sells to spas wholesale by the case on working days; Israeli big baskets dwarf everyday ones', () => {
    const spas = of('wholesale_spa');
    let weekdays = 0;
    for (const o of spas) {
      expect(data(o.data).business?.taxId).toBeDefined();
      expect(data(o.data).delivery).toBe('freight');
      expect(Math.max(...orderItems(o.data).map((i) => i.quantity))).toBeGreaterThanOrEqual(6);
      const country = o.data.billing?.country ?? '';
      const tz = country === 'IL' ? 2 : country === 'US' ? -6 : country === 'AU' ? 10.5 : 0.5;
      const day = new Date(o.at + tz * HOUR).getUTCDay();
      if (country === 'IL') expect(day).not.toBe(6);
      if (day !== 0 && day !== 6) weekdays += 1;
    }
    expect(weekdays / spas.length).toBeGreaterThan(0.8);
    const ils = (kind: string) => of(kind).filter((o) => o.data.currency === 'ILS');
    expect(meanAmount(ils('new_big_basket'))).toBeGreaterThan(4 * meanAmount(ils('home_shopper')));
    expect(meanAmount(ils('wholesale_spa'))).toBeGreaterThan(10 * meanAmount(ils('home_shopper')));
  });
});
