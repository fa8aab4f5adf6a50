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
import { DAY, HOUR } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { DAYS, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { usJewelryModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';

/** The model's own properties (size, shares, money, geography, payments, lifecycle, valid bodies); never the engine's view. */

const stream = cachedStreams(usJewelryModel);
const CARDS = ['card', 'apple_pay', 'google_pay'];

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  tax?: number;
  fulfilment?: string;
  shippingSpeed?: string;
  signatureRequired?: boolean;
  recipientEmail?: string;
  company?: string;
  threeDSecure?: string;
  reason?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);

describe('us-jewelry traffic model', () => {
  itIsDeterministic(usJewelryModel, stream);

  itDefaultsAndHonoursOptions(usJewelryModel, stream, {
    name: 'defaults to 2,000 orders over the fortnight before Valentine’s Day and honours the options',
    model: 'us-jewelry',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 5, 1), within: 60 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each purchase opens with its order, in dollars, and adds up', () => {
    expectOrdersAddUp(stream(1), {
      currency: 'USD',
      total: (items, d) => items - (data(d).discount ?? 0) + (data(d).shippingFee ?? 0) + (data(d).tax ?? 0),
    });
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(usJewelryModel, stream, [
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
      const members = of('circle_member');
      const home = members.filter((o) => ipCountry(o.data.ip ?? '') === o.data.billing?.country);
      expect(home.length / members.length).toBeGreaterThan(0.95);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      for (const o of of('abroad')) {
        const places = [
          ipCountry(o.data.ip ?? ''),
          o.data.billing?.country,
          o.data.shipping?.country,
          o.data.card?.country,
        ];
        expect(places.some((c) => c !== undefined && c !== 'US')).toBe(true);
      }
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('ships honest orders to the US, Canada and the UK; e-gift cards are e-mailed and pickups have no address', () => {
    for (const o of all()) {
      const d = data(o.data);
      if (!o.fraud && o.data.shipping) expect(['US', 'CA', 'GB']).toContain(o.data.shipping.country);
      if (d.fulfilment === 'email' || d.fulfilment === 'showroom_pickup')
        expect(o.data.shipping).toBeUndefined();
      if (d.fulfilment === 'email') {
        expect(d.recipientEmail).toBeDefined();
        for (const i of orderItems(o.data)) expect(i.category).toBe('e_gift_card');
      }
      if (d.fulfilment === 'hold_at_location') expect(o.data.shipping?.line1).toContain('HOLD AT LOCATION');
      if (d.fulfilment === 'ship') expect(d.signatureRequired).toBe((o.data.amount ?? 0) >= 50_000);
    }
    for (const o of of('egift_last_minute')) expect(data(o.data).fulfilment).toBe('email');
  });

  it('sends card checks with cards and wallets only, AVS from US, Canadian and British issuers, 3-D Secure for British cards', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = CARDS.includes(method);
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${b.data.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      const issuer = b.data.card?.country ?? '';
      if (card) expect(b.data.checks?.avs === 'unavailable').toBe(!['US', 'CA', 'GB'].includes(issuer));
      expect(data(b.data).threeDSecure !== undefined).toBe(card && issuer === 'GB');
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    for (const m of ['card', 'apple_pay', 'paypal', 'affirm', 'shop_pay']) expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    for (const p of s.truth.filter((x) => x.kind === 'return_switch'))
      if (types.get(p.purchase)?.includes('payment.succeeded'))
        expect(types.get(p.purchase)).toContain('refund.created');
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.97);
    const returners = createdOrders(s).filter((o) => o.kind === 'returner');
    expect(returners.filter((o) => types.get(o.purchase)?.includes('refund.created')).length).toBeGreaterThan(
      returners.length * 0.6,
    );
  });

  it('tests cards as guests on e-gift cards and the polishing cloth, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(5_000);
    }
  });

  it('takes over aged Circle accounts seen in honest traffic, from devices those accounts never used', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const seed of [1, 2, 3]) {
      const orders = createdOrders(stream(seed));
      const devices = new Set(
        orders.filter((o) => !o.fraud).map((o) => `${o.data.customer?.id} ${o.data.deviceId}`),
      );
      for (const o of orders.filter((x) => x.kind === 'account_takeover')) {
        expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(60 * DAY);
        expect(devices.has(`${o.data.customer?.id} ${o.data.deviceId}`)).toBe(false);
      }
    }
  });

  it('sells rings and staff gifts big, card tests small; companies buy in bulk on weekdays', () => {
    expect(meanAmount(of('engagement_ring'))).toBeGreaterThan(3 * meanAmount(of('circle_member')));
    expect(meanAmount(of('card_testing'))).toBeLessThan(6_000);
    for (const o of of('corporate_gifts')) {
      expect(data(o.data).company).toBeDefined();
      expect(Math.max(...orderItems(o.data).map((i) => i.quantity))).toBeGreaterThanOrEqual(5);
      expect([0, 6]).not.toContain(new Date(o.at - 7 * HOUR).getUTCDay());
    }
  });
});
