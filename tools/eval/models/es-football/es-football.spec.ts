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
  webhookTypesByPurchase,
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
import { storefront } from './build.js';
import { DAYS, momentsOf, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { esFootballModel } from './index.js';
import { address, ipCountry, NETWORKS, SANCTIONED } from './networks.js';
import { MARKETS } from './places.js';

/**
 * The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the
 * engine's view.
 */

const stream = cachedStreams(esFootballModel);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  delivery?: string;
  club?: { name: string; taxId: string };
  reason?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);
const moments = momentsOf({ start: START, end: START + DAYS * DAY });

describe('es-football traffic model', () => {
  itIsDeterministic(esFootballModel, stream);

  itDefaultsAndHonoursOptions(esFootballModel, stream, {
    name: 'defaults to 2,000 orders over three weeks of November and honours the options',
    model: 'es-football',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 4, 3), within: 76 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each order is in its storefront’s currency and adds up', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    const currencies = new Set<string>();
    for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
      const d = data(o.data);
      currencies.add(d.currency ?? '');
      expect(truth.get(o.purchase)?.amount).toBe(d.amount);
      expect(truth.get(o.purchase)?.currency).toBe(d.currency);
      const items = orderItems(d);
      for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
      const sum = items.reduce((x, i) => x + i.price * i.quantity, 0);
      expect(d.amount).toBe(sum - (d.discount ?? 0) + (d.shippingFee ?? 0));
      if (d.delivery === 'store_pickup') expect(d.currency).toBe('EUR');
      else if (d.shipping?.country)
        expect(`${o.kind} ${d.currency}`).toBe(`${o.kind} ${storefront(d.shipping.country).currency}`);
    }
    expect([...currencies].sort()).toEqual(['EUR', 'GBP', 'USD']);
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(esFootballModel, stream, [
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
      const fans = of('fan_shirt');
      const home = fans.filter((o) => ipCountry(o.data.ip ?? '') === o.data.billing?.country);
      expect(home.length / fans.length).toBeGreaterThan(0.95);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      const away = of('traveller').filter((o) => ipCountry(o.data.ip ?? '') !== o.data.billing?.country);
      expect(away.length / of('traveller').length).toBeGreaterThan(0.5);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });
  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 3, countries: SANCTIONED, locate: ipCountry });

  it('ships honest orders only to its markets (or a Miami casillero); pickups and e-mailed cards carry no address', () => {
    for (const o of all()) {
      const d = data(o.data);
      if (!o.fraud && d.shipping) expect(Object.keys(MARKETS)).toContain(d.shipping.country);
      if (d.delivery === 'store_pickup' || d.delivery === 'email') expect(d.shipping).toBeUndefined();
      else expect(d.shipping).toBeDefined();
    }
  });

  it('sends card checks with cards and wallets only, AVS only from British and US issuers, Bizum only in Spain', () => {
    const methods = new Set<string>();
    const billed = new Map(createdOrders(stream(1)).map((o) => [o.purchase, o.data.billing?.country]));
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = ['card', 'apple_pay', 'google_pay'].includes(method);
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${b.data.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      if (card && !['GB', 'US'].includes(b.data.card?.country ?? ''))
        expect(b.data.checks?.avs).toBe('unavailable');
      if (method === 'bizum') expect(billed.get(w.purchase)).toBe('ES');
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    for (const m of ['card', 'apple_pay', 'google_pay', 'bizum', 'paypal', 'klarna', 'bank_transfer'])
      expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    for (const p of s.truth.filter((x) => x.kind === 'counterfeit_swap'))
      expect(types.get(p.purchase)?.some((t) => t === 'refund.created' || t === 'dispute.created')).toBe(
        true,
      );
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.95);
    expect(
      paidShare(
        createdOrders(s).filter((o) => o.kind === 'stolen_card'),
        types,
      ),
    ).toBeLessThan(0.8);
  });

  it('tests cards as guests on the cheapest things, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * MINUTE, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(2_500);
    }
  });

  it('runs drop bots on fresh accounts in the first minutes of a drop, one limited shirt each; fans come too', () => {
    const drops = [moments.launch, moments.retroDrop];
    const bots = of('drop_bot');
    for (const o of bots) {
      expect(drops.some((t) => o.at >= t && o.at < t + 30 * MINUTE)).toBe(true);
      expect(orderItems(o.data).map((i) => `${i.category}:${i.quantity}`)).toEqual(['limited:1']);
      expect(o.data.customer?.id).toBeDefined();
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(14 * DAY);
    }
    const fans = of('drop_day_fan').filter((o) => drops.some((t) => o.at >= t && o.at < t + HOUR));
    expect(fans.length).toBeGreaterThan(bots.length);
  });

  it('takes over aged accounts seen in honest traffic, from devices the owner never used', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 2);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(45 * DAY);
    for (const seed of [1, 2, 3]) {
      const orders = createdOrders(stream(seed));
      const owners = new Set(
        orders.filter((o) => !o.fraud).map((o) => `${o.data.customer?.id} ${o.data.deviceId}`),
      );
      for (const o of orders.filter((x) => x.kind === 'account_takeover' && x.data.deviceId))
        expect(owners.has(`${o.data.customer?.id} ${o.data.deviceId}`)).toBe(false);
    }
  });

  it('sells supporters’ clubs dozens of shirts under the peña code; collectors spend the most per order', () => {
    for (const o of of('supporters_club')) {
      expect(orderItems(o.data).reduce((n, i) => n + i.quantity, 0)).toBeGreaterThanOrEqual(12);
      expect(data(o.data).club?.taxId).toBeDefined();
      expect(data(o.data).discountCode).toBe('PENA15');
    }
    expect(meanAmount(of('memorabilia_collector'))).toBeGreaterThan(3 * meanAmount(of('fan_shirt')));
    expect(meanAmount(of('card_testing'))).toBeLessThan(3_000);
  });

  it('ships triangulated orders to real fans, billed to someone else; the crews reuse their devices', () => {
    const orders = of('triangulation');
    for (const o of orders) expect(JSON.stringify(o.data.billing)).not.toBe(JSON.stringify(o.data.shipping));
    const devices = orders.map((o) => o.data.deviceId).filter((d) => d !== undefined);
    expect(new Set(devices).size).toBeLessThan(devices.length / 2);
    const types = webhookTypesByPurchase(stream(1));
    const paidTriangulation = createdOrders(stream(1)).filter(
      (o) => o.kind === 'triangulation' && types.get(o.purchase)?.includes('payment.succeeded'),
    );
    expect(paidTriangulation.some((o) => types.get(o.purchase)?.includes('dispute.created'))).toBe(true);
  });
});
