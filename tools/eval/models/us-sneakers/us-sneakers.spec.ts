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
import { DAYS, DROPS, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { usSneakersModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { ABROAD, SANCTIONED } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, drops, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(usSneakersModel);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  tax?: number;
  fulfilment?: string;
  channel?: string;
  drop?: string;
  checkoutSeconds?: number;
  company?: string;
  threeDSecure?: string;
  reason?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);
const dropOpens = (id: string) => {
  const d = DROPS.find((x) => x.id === id);
  return START + (d?.day ?? 0) * DAY + (d?.hour ?? 0) * HOUR;
};

describe('us-sneakers traffic model', () => {
  itIsDeterministic(usSneakersModel, stream);

  itDefaultsAndHonoursOptions(usSneakersModel, stream, {
    name: 'defaults to 2,000 orders over two weeks of October and honours the options',
    model: 'us-sneakers',
    orders: 2000,
    start: START,
    days: DAYS,
    options: {
      seed: 9,
      orders: 300,
      start: Date.UTC(2027, 5, 1),
      within: 51 * HOUR,
      larger: 2600,
    },
  });

  it('sorts and labels every webhook; each purchase opens with its order, in dollars, and adds up', () => {
    expectOrdersAddUp(stream(1), {
      currency: 'USD',
      total: (items, d) => items - (data(d).discount ?? 0) + (data(d).shippingFee ?? 0) + (data(d).tax ?? 0),
    });
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(usSneakersModel, stream, [
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
      const regulars = of('regular');
      const home = regulars.filter((o) => ipCountry(o.data.ip ?? '') === o.data.billing?.country);
      expect(home.length).toBe(regulars.length);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      for (const o of of('forwarder_abroad')) {
        expect(o.data.shipping?.country).toBe('US');
        expect(ipCountry(o.data.ip ?? '')).toBe(o.data.billing?.country);
        expect(o.data.billing?.country).not.toBe('US');
      }
      const away = of('traveller').filter((o) => ipCountry(o.data.ip ?? '') !== o.data.billing?.country);
      expect(away.length / of('traveller').length).toBeGreaterThan(0.6);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('ships honest orders to the US, Canada and its countries abroad; pickups and e-gift cards have no delivery address', () => {
    const countries = new Set(['US', 'CA', ...ABROAD.map((a) => a.country)]);
    for (const o of all()) {
      const f = data(o.data).fulfilment;
      if (!o.fraud && o.data.shipping) expect(countries).toContain(o.data.shipping.country);
      if (f === 'pickup_la' || f === 'pickup_ny' || f === 'email') expect(o.data.shipping).toBeUndefined();
      if (f === 'email') for (const i of orderItems(o.data)) expect(i.category).toBe('gift_card');
    }
  });

  it('sends card checks with cards and wallets only: AVS from US, Canadian and British issuers, 3-D Secure in Europe', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = ['card', 'apple_pay', 'shop_pay'].includes(method);
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${b.data.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      const country = b.data.card?.country ?? '';
      if (card && !['US', 'CA', 'GB'].includes(country)) expect(b.data.checks?.avs).toBe('unavailable');
      if (data(b.data).threeDSecure) expect(['GB', 'DE', 'FR', 'NL']).toContain(country);
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    for (const m of ['card', 'apple_pay', 'shop_pay', 'paypal', 'afterpay', 'gift_card'])
      expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    for (const p of s.truth.filter((x) => x.kind === 'refund_abuse'))
      expect(types.get(p.purchase)).toContain('refund.created');
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.97);
  });

  it('tests cards as guests on small e-gift cards, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.35, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.category).toBe('gift_card');
      expect(o.data.amount).toBeLessThanOrEqual(5_000);
    }
  });

  it('sells drops in minutes: bots check out within seconds on farmed accounts, people within minutes', () => {
    const bots = of('drop_bot');
    for (const o of bots) {
      const d = data(o.data);
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.quantity).toBe(1);
      if (d.channel === 'raffle') continue;
      expect(o.at - dropOpens(d.drop ?? '')).toBeLessThan(2 * 60_000);
      expect(d.checkoutSeconds).toBeLessThan(10);
    }
    const domains = new Set(bots.map((o) => (o.data.customer?.email ?? '').split('@')[1]));
    expect(domains.size).toBeLessThan(bots.length / 4);
    const entrants = of('drop_entrant');
    const fast = entrants.filter((o) => {
      const since = o.at - dropOpens(data(o.data).drop ?? '');
      return since > -16 * 60_000 && since < 20 * 60_000;
    });
    expect(fast.length / entrants.length).toBeGreaterThan(0.95);
    for (const o of of('raffle_winner')) expect(data(o.data).channel).toBe('raffle');
  });

  it('takes over aged loyalty accounts seen in honest traffic; promo farms are fresh accounts sharing phones and codes', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 2);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(20 * DAY);
    const promo = of('promo_multiaccount');
    for (const o of promo) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(30 * 60_000);
      expect(data(o.data).discountCode).toBeDefined();
    }
    expect(new Set(promo.map((o) => o.data.deviceId)).size).toBeLessThan(promo.length / 2);
  });

  it('ships stolen-card orders mostly to Delaware, Oregon and New Jersey; resellers and big baskets spend the most', () => {
    const reship = of('stolen_card_reship');
    const toDrops = reship.filter((o) => /^(19|97|07)/.test(o.data.shipping?.postalCode ?? ''));
    expect(toDrops.length).toBe(reship.length);
    for (const o of of('reseller_business')) {
      expect(data(o.data).company).toMatch(/LLC$/);
      expect(orderItems(o.data).reduce((s, i) => s + i.quantity, 0)).toBeGreaterThanOrEqual(3);
    }
    expect(meanAmount(of('big_basket'))).toBeGreaterThan(4 * meanAmount(of('accessories_only')));
    expect(meanAmount(of('card_testing'))).toBeLessThan(5_000);
  });
});
