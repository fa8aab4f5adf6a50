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
  medianAmount,
  paidShare,
  takeoversOfKnownAccounts,
} from '../kit/lifecycle.js';
import { localHour } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { DAY, DAYS, HOUR, OVERNIGHT_CUTOFF, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { usGolfModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { MARKETS, RESHIPPERS, SHOPS, tzOf } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(usGolfModel);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  tradeIn?: { item: string; credit: number };
  shippingFee?: number;
  tax?: number;
  taxExempt?: boolean;
  fulfilment?: string;
  pickupStore?: string;
  recipientEmail?: string;
  company?: { name: string; taxId?: string };
  threeDSecure?: string;
  reason?: string;
  state?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);

describe('us-golf traffic model', () => {
  itIsDeterministic(usGolfModel, stream);

  itDefaultsAndHonoursOptions(usGolfModel, stream, {
    name: 'defaults to 2,000 orders over the three weeks before Father’s Day and honours the options',
    model: 'us-golf',
    orders: 2000,
    start: START,
    days: DAYS,
    options: {
      seed: 9,
      orders: 300,
      start: Date.UTC(2027, 3, 1),
      within: 80 * HOUR,
      larger: 2600,
    },
  });

  it('sorts and labels every webhook; each purchase opens with its order, in dollars, and adds up', () => {
    expectOrdersAddUp(stream(1), {
      currency: 'USD',
      total: (items, d) =>
        items -
        (data(d).discount ?? 0) -
        (data(d).tradeIn?.credit ?? 0) +
        (data(d).shippingFee ?? 0) +
        (data(d).tax ?? 0),
    });
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(usGolfModel, stream, [
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
      const members = of('repeat_member');
      const home = members.filter((o) => ipCountry(o.data.ip ?? '') === o.data.billing?.country);
      expect(home.length / members.length).toBeGreaterThan(0.95);
      for (const o of of('cross_border')) expect(ipCountry(o.data.ip ?? '')).toBe(o.data.billing?.country);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });
  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 3, countries: SANCTIONED, locate: ipCountry });

  it('ships honest orders only to its four countries; pickups and e-mailed gift cards have no delivery address', () => {
    const shops = new Set(SHOPS.map((s) => s.name));
    for (const o of all()) {
      const d = data(o.data);
      if (!o.fraud && d.shipping) expect([...MARKETS]).toContain(d.shipping.country);
      if (d.fulfilment === 'pickup') {
        expect(d.shipping).toBeUndefined();
        expect(shops.has(d.pickupStore ?? '')).toBe(true);
      }
      if (d.fulfilment === 'email') {
        expect(d.shipping).toBeUndefined();
        expect(d.recipientEmail).toMatch(/@/);
        for (const i of orderItems(d)) expect(i.category).toBe('gift_card');
      }
      if (d.fulfilment === 'international' || d.taxExempt) expect(d.tax).toBe(0);
    }
  });

  it('sends card checks with cards and wallets only, AVS from US, Canadian and British issuers, 3-D Secure rarely', () => {
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
      if (card && !['US', 'CA', 'GB'].includes(d.card?.country ?? ''))
        expect(d.checks?.avs).toBe('unavailable');
      if (d.threeDSecure) expect(['GB', 'MX']).toContain(d.card?.country);
      if (b.type === 'payment.failed') expect(d.reason).toBeDefined();
    }
    for (const m of ['card', 'apple_pay', 'paypal', 'affirm', 'klarna', 'bank_transfer'])
      expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    for (const p of s.truth.filter((x) => x.kind === 'return_fraud'))
      expect(types.get(p.purchase)).toContain('refund.created');
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.97);
  });

  it('tests cards as guests on the cheapest items, mostly declined, in night bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(2_500);
    }
  });

  it('takes over aged accounts seen in honest traffic and sends the goods somewhere new', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover')) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(60 * DAY);
      const d = data(o.data);
      if (d.shipping) expect(d.shipping.line1).not.toBe(d.billing?.line1);
      else expect(d.recipientEmail).not.toBe(d.customer?.email);
    }
  });

  it('sends sloppy stolen-card orders to reshippers and drops; careful ones pass AVS and the code', () => {
    const reshippers = new Set(RESHIPPERS.map((r) => r.postalCode));
    const reship = of('stolen_card_reship');
    const toReshipper = reship.filter((o) => reshippers.has(o.data.shipping?.postalCode ?? ''));
    expect(toReshipper.length).toBeGreaterThan(reship.length / 4);
    for (const o of reship) expect(o.data.shipping?.line1).not.toBe(o.data.billing?.line1);
    const avs: string[] = [];
    for (const seed of [1, 2, 3]) {
      const careful = new Set(
        stream(seed)
          .truth.filter((p) => p.kind === 'careful_stolen_card')
          .map((p) => p.purchase),
      );
      for (const w of stream(seed).webhooks) {
        const b = w.body as CanonicalEvent;
        if (b.type !== 'payment.succeeded' || !careful.has(w.purchase)) continue;
        avs.push(b.data.checks?.avs ?? '');
        expect(b.data.checks?.cvc).toBe('pass');
      }
    }
    expect(avs.filter((a) => a === 'pass').length).toBeGreaterThan(0.9 * avs.length);
    expect(meanAmount(reship)).toBeGreaterThan(3 * meanAmount(of('regular')));
  });

  it('sells tournament orders by the dozen on weekdays in office hours; gifts switch to e-mail and pickup at the end', () => {
    for (const o of of('corporate_tournament')) {
      const d = data(o.data);
      expect(d.company?.name).toBeDefined();
      expect(Math.max(...orderItems(d).map((i) => i.quantity))).toBeGreaterThanOrEqual(24);
      const tz = tzOf({ state: (d.billing as { state?: string } | undefined)?.state ?? 'TX', country: 'US' });
      const day = new Date(o.at + tz * HOUR).getUTCDay();
      expect([0, 6]).not.toContain(day);
      expect(localHour(o.at, tz)).toBeGreaterThanOrEqual(6);
      expect(localHour(o.at, tz)).toBeLessThan(22);
    }
    const late = of('fathers_day_gift').filter((o) => o.at >= START + OVERNIGHT_CUTOFF * DAYS * DAY);
    expect(late.length).toBeGreaterThan(0);
    for (const o of late) expect(['email', 'pickup']).toContain(data(o.data).fulfilment);
    expect(medianAmount(of('corporate_tournament'))).toBeGreaterThan(10 * medianAmount(of('regular')));
    expect(meanAmount(of('card_testing'))).toBeLessThan(4_000);
  });
});
