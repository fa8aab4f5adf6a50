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
  webhookTypesByPurchase,
  SANCTIONED,
} from '../kit/contract.js';
import {
  expectGuestCardTesting,
  expectMoneyAfterPaymentAndUnpaidCancelled,
  meanAmount,
  paidShare,
} from '../kit/lifecycle.js';
import { DAY, HOUR } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { DAYS, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { ukAutopartsModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(ukAutopartsModel);
const HONEST_COUNTRIES = ['GB', 'IE', 'FR', 'DE', 'NL', 'ES'];

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  fulfilment?: string;
  channel?: string;
  garage?: { id: string; name: string };
  branch?: string;
  company?: { name: string; vatId: string; terms: boolean };
  vehicle?: { registration: string };
  reason?: string;
  status?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);

describe('uk-autoparts traffic model', () => {
  itIsDeterministic(ukAutopartsModel, stream);

  itDefaultsAndHonoursOptions(ukAutopartsModel, stream, {
    name: 'defaults to 2,000 orders over two weeks from 9 November and honours the options',
    model: 'uk-autoparts',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 5, 1), within: 60 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each purchase opens with its order, in pounds, and adds up', () => {
    expectOrdersAddUp(stream(1), {
      currency: 'GBP',
      total: (items, d) => items - (data(d).discount ?? 0) + (data(d).shippingFee ?? 0),
    });
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(ukAutopartsModel, stream, [
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
      const repeat = of('repeat_customer');
      const home = repeat.filter((o) => ipCountry(o.data.ip ?? '') === o.data.billing?.country);
      expect(home.length / repeat.length).toBeGreaterThan(0.95);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      for (const o of of('expat_europe')) expect(ipCountry(o.data.ip ?? '')).not.toBe('GB');
      for (const o of of('work_vpn'))
        expect(['GB', 'IE', 'NL', 'DE', 'US']).toContain(ipCountry(o.data.ip ?? ''));
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });
  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 3, countries: SANCTIONED, locate: ipCountry });

  it('ships honest orders only to its six countries; tyres go to a partner garage with a fitting per tyre', () => {
    for (const o of all()) {
      const d = data(o.data);
      if (!o.fraud) expect(HONEST_COUNTRIES).toContain(d.shipping?.country);
      if (d.fulfilment === 'export') expect(o.fraud).toBe(true);
      if (d.fulfilment === 'garage_fitting') {
        expect(d.garage?.id).toMatch(/^GAR-/);
        const items = orderItems(o.data);
        const tyres = items.find((i) => i.category === 'tyre')?.quantity;
        expect(items.find((i) => i.category === 'fitting')?.quantity).toBe(tyres);
        expect(d.shippingFee).toBe(0);
      }
      if (d.fulfilment === 'click_collect') {
        expect(d.branch).toMatch(/^BR-/);
        expect(d.shippingFee).toBe(0);
      }
    }
    const tyres = of('tyres_at_garage');
    const away = tyres.filter((o) => o.data.shipping?.city !== o.data.billing?.city);
    expect(away.length / tyres.length).toBeGreaterThan(0.2);
    const withVehicle = all().filter((o) => data(o.data).vehicle?.registration);
    expect(withVehicle.length / all().length).toBeGreaterThan(0.8);
  });

  it('sends card checks with cards and wallets only, AVS only from British issuers, a reason on every decline', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = ['card', 'apple_pay', 'google_pay'].includes(method);
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${b.data.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      if (card && b.data.card?.country !== 'GB') expect(b.data.checks?.avs).toBe('unavailable');
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
      expect(JSON.stringify(b.data)).not.toMatch(/\d{13,19}/);
    }
    for (const m of ['card', 'apple_pay', 'google_pay', 'paypal', 'klarna', 'trade_account'])
      expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'refund_abuse'))
      expect(types.get(p.purchase)?.some((t) => t === 'refund.created' || t === 'dispute.created')).toBe(
        true,
      );
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.97);
    const late = s.webhooks.filter(
      (w) => w.at - Date.parse((w.body as CanonicalEvent).timestamp ?? '') > 30_000,
    );
    expect(late.length / s.webhooks.length).toBeGreaterThan(0.005);
    expect(late.length / s.webhooks.length).toBeLessThan(0.04);
  });

  it('tests cards as guests on one cheap item, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(o.data.amount).toBeLessThanOrEqual(1_500);
    }
  });

  it('takes over trade accounts seen in honest traffic, in office hours, to a new address', () => {
    const streams = [1, 2, 3].map(stream);
    const known = streams.flatMap((s) => {
      const orders = createdOrders(s);
      const honestTrade = new Set(orders.filter((o) => !o.fraud).map((o) => o.data.customer?.id));
      return orders
        .filter((o) => o.kind === 'trade_account_takeover')
        .map((o) => honestTrade.has(o.data.customer?.id));
    });
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 2);
    for (const s of streams) {
      const bodies = s.webhooks.map((w) => ({ purchase: w.purchase, b: w.body as CanonicalEvent }));
      for (const o of createdOrders(s).filter((x) => x.kind === 'trade_account_takeover')) {
        const d = data(o.data);
        expect(d.channel).toBe('trade_portal');
        expect(new Date(o.at).getUTCHours()).toBeGreaterThanOrEqual(6);
        expect(new Date(o.at).getUTCHours()).toBeLessThan(19);
        const addresses = bodies
          .filter((x) => x.purchase === o.purchase && x.b.data.shipping)
          .map((x) => x.b.data.shipping?.line1);
        expect(addresses.some((line) => line !== o.data.billing?.line1)).toBe(true);
      }
    }
  });

  it('runs promo farms on fresh accounts sharing phones and codes; refund abusers are aged accounts', () => {
    const promo = of('promo_abuse');
    for (const o of promo) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(30 * 60_000);
      expect(data(o.data).discountCode).toBeDefined();
    }
    expect(new Set(promo.map((o) => o.data.deviceId)).size).toBeLessThan(promo.length / 2);
    for (const o of of('refund_abuse'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(15 * DAY);
  });

  it('sells to garages in bulk on weekdays in office hours; enthusiasts spend the most; testers the least', () => {
    for (const o of of('trade_garage')) {
      const d = data(o.data);
      expect(d.company?.vatId).toMatch(/^(GB\d{9}|IE\d{7}[A-Z])$/);
      expect(d.channel).toBe('trade_portal');
      const local = new Date(o.at);
      expect([0]).not.toContain(local.getUTCDay());
      expect(local.getUTCHours()).toBeGreaterThanOrEqual(6);
      expect(local.getUTCHours()).toBeLessThan(19);
    }
    expect(meanAmount(of('trade_garage'))).toBeGreaterThan(5 * meanAmount(of('diy_driver')));
    expect(meanAmount(of('project_car'))).toBeGreaterThan(8 * meanAmount(of('diy_driver')));
    expect(meanAmount(of('card_testing'))).toBeLessThan(1_500);
    const types = webhookTypesByPurchase(stream(1));
    expect(paidShare(of('sanctioned_country'), types)).toBeLessThan(0.9);
  });
});
