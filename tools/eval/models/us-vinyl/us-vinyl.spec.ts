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
import { DAYS, dropOpens, DROPS, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { usVinylModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { MARKETS } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(usVinylModel);
const SHIPS_TO = new Set(['US', ...Object.keys(MARKETS)]);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  shippingMethod?: string;
  tax?: number;
  fulfilment?: string;
  drop?: string;
  recipientEmail?: string;
  company?: { name: string; ein: string };
  threeDSecure?: string;
  reason?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);
const window = { start: START, end: START + DAYS * DAY };

describe('us-vinyl traffic model', () => {
  itIsDeterministic(usVinylModel, stream);

  itDefaultsAndHonoursOptions(usVinylModel, stream, {
    name: 'defaults to 2,000 orders over the 24 days from Black Friday and honours the options',
    model: 'us-vinyl',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 10, 26, 6), within: 90 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each purchase opens with its order, in dollars, and adds up', () => {
    expectOrdersAddUp(stream(1), {
      currency: 'USD',
      total: (items, d) => items - (data(d).discount ?? 0) + (data(d).shippingFee ?? 0) + (data(d).tax ?? 0),
    });
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(usVinylModel, stream, [
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
      const regulars = of('collector_regular');
      const home = regulars.filter((o) => ipCountry(o.data.ip ?? '') === o.data.billing?.country);
      expect(home.length / regulars.length).toBeGreaterThan(0.97);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      for (const o of of('traveler_abroad')) {
        expect(ipCountry(o.data.ip ?? '')).not.toBe('US');
        expect(o.data.shipping?.country ?? 'US').toBe('US');
      }
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('ships honest orders only where it posts to; pickup and e-gift cards carry no delivery address', () => {
    for (const o of all()) {
      const d = data(o.data);
      if (!o.fraud && d.shipping) expect(SHIPS_TO).toContain(d.shipping.country);
      if (d.fulfilment !== 'ship') expect(d.shipping).toBeUndefined();
      if (d.fulfilment === 'email') for (const i of orderItems(d)) expect(i.category).toBe('e_gift_card');
      const tennessee = d.fulfilment === 'pickup' || /^3(7\d|8[0-5])/.test(d.shipping?.postalCode ?? '');
      if (d.tax) expect(tennessee && (d.shipping?.country ?? 'US') === 'US').toBe(true);
      if (d.shipping && d.shipping.country !== 'US') expect(d.shippingFee).toBeGreaterThan(1_900);
    }
  });

  it('sends card checks with cards, Apple Pay and Shop Pay only; AVS only from US, Canadian and British issuers', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const d = data(b.data);
      const method = d.paymentMethod ?? '';
      methods.add(method);
      const card = ['card', 'apple_pay', 'shop_pay'].includes(method);
      expect(`${method}:${d.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${d.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      if (card && !['US', 'CA', 'GB'].includes(d.card?.country ?? ''))
        expect(d.checks?.avs).toBe('unavailable');
      if (d.threeDSecure) expect(['US', 'CA', 'AU']).not.toContain(d.card?.country);
      if (method === 'apple_pay') expect(d.checks?.cvc).toBe('unavailable');
      if (method === 'shop_pay') expect(d.checks?.cvc).toBe('unchecked');
      if (b.type === 'payment.failed') expect(d.reason).toBeDefined();
    }
    for (const m of ['card', 'apple_pay', 'shop_pay', 'shop_pay_installments', 'paypal', 'gift_card'])
      expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud')) {
      const list = types.get(p.purchase) ?? [];
      expect(list).toContain('order.updated');
      expect(list.includes('dispute.created') || list.includes('refund.created')).toBe(true);
    }
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.97);
  });

  it('tests cards as guests on the cheapest things, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * MINUTE, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(1_000);
    }
  });

  it('sends drop bots in the first minutes of a drop, at the limit, to shared reshipping addresses', () => {
    const bots = of('drop_bot_stolen_card');
    const opens = Object.keys(DROPS).map((d) => dropOpens(window, d as keyof typeof DROPS));
    const soon = bots.filter((o) => opens.some((t) => o.at >= t && o.at - t < 10 * MINUTE));
    expect(soon.length / bots.length).toBeGreaterThan(0.6);
    for (const o of bots) {
      expect(data(o.data).drop).toBeDefined();
      expect(o.data.shipping?.line1).not.toBe(o.data.billing?.line1);
    }
    const zips = new Set(bots.map((o) => `${o.data.shipping?.city} ${o.data.shipping?.postalCode}`));
    expect(zips.size).toBeLessThan(bots.length / 2);
  });

  it('takes over aged accounts seen in honest traffic; triangulation ships to someone other than the cardholder', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(200 * DAY);
    for (const o of of('triangulation')) {
      expect(o.data.customer?.id).toBeUndefined();
      expect(o.data.shipping?.line1).not.toBe(o.data.billing?.line1);
    }
    for (const o of of('gift_card_cracking')) expect(o.data.card).toBeUndefined();
  });

  it('sells turntables to parents, crates to businesses on weekdays, the dearest postage abroad', () => {
    expect(meanAmount(of('turntable_gift'))).toBeGreaterThan(3 * meanAmount(of('merch_fan')));
    for (const o of of('business_crates')) {
      expect(data(o.data).company?.ein).toMatch(/^\d{2}-\d{7}$/);
      expect([0, 6]).not.toContain(new Date(o.at - 6 * HOUR).getUTCDay());
    }
    const abroad = of('international_collector');
    expect(abroad.every((o) => o.data.shipping?.country !== 'US')).toBe(true);
    expect(meanAmount(of('card_testing'))).toBeLessThan(1_500);
  });
});
