import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import {
  cachedStreams,
  createdOrders,
  expectOptionsHonoured,
  expectSortedAndLabelled,
  itIsDeterministic,
  itParsesEveryBody,
  itDrawsIpsThatLocate,
  expectOrdersPlacedWithin,
  webhookTypesByPurchase,
  expectEachPurchaseOpensWithItsOrder,
} from '../kit/contract.js';
import { allocate, FRAUD } from './fraud-kit.js';
import { HONEST } from './honest.js';
import { menaElectronicsModel } from './index.js';
import { GULF, localPrice, whiteFriday } from './markets.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import {
  expectMoneyAfterPaymentAndDisputesMostlyFraud,
  paidShare,
  expectMostGapsUnder,
  meanAmount,
} from '../kit/lifecycle.js';
import { DAY, HOUR } from '../kit/purchase.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const START = Date.UTC(2026, 10, 26, 20);
const stream = cachedStreams(menaElectronicsModel);
const CURRENCIES = new Set(['AED', 'SAR', 'QAR', 'KWD', 'EGP', 'JOD', 'MAD', 'TRY']);

type Data = CanonicalEvent['data'] & { paymentMethod?: string; reason?: string };

const method = (d: CanonicalEvent['data']) => (d as Data).paymentMethod;
const all = () => [1, 2, 3].flatMap((seed) => createdOrders(stream(seed)));

describe('mena-electronics traffic model', () => {
  itIsDeterministic(menaElectronicsModel, stream);

  it('defaults to 2,000 orders over three days from White Friday midnight (Dubai) and honours the options', () => {
    expect(menaElectronicsModel.name).toBe('mena-electronics');
    expect(stream(1).model).toBe('mena-electronics');
    expect(stream(1).truth).toHaveLength(2000);
    expect(whiteFriday(2026)).toBe(Date.UTC(2026, 10, 27));
    expectOrdersPlacedWithin(stream(1), { from: START, to: START + 3 * DAY, minSpan: 2.7 * DAY });
    expectOptionsHonoured(menaElectronicsModel, {
      seed: 9,
      orders: 300,
      start: Date.UTC(2027, 5, 1),
      within: 11 * HOUR,
      larger: 5000,
    });
  });

  it('sorts and labels every webhook, and opens every purchase with its order in a storefront currency', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    const created = expectEachPurchaseOpensWithItsOrder(s);
    for (const o of created) {
      const t = truth.get(o.purchase);
      expect([o.data.amount, o.data.currency]).toEqual([t?.amount, t?.currency]);
      expect(CURRENCIES.has(o.data.currency ?? '')).toBe(true);
      expect(Number.isInteger(o.data.amount) && (o.data.amount ?? 0) > 0).toBe(true);
    }
  });

  it('prices dinars in fils (three decimals) and the rest in two, at each storefront’s price points', () => {
    expect(localPrice(5099, 'AE')).toBe(509_900);
    expect(localPrice(5099, 'KW')).toBe(Math.round((Math.ceil(5099 * 0.0836 * 1.02) - 0.1) * 1000));
    expect(localPrice(5099, 'KW') % 1000).toBe(900);
    expect(localPrice(5099, 'JO') % 1000).toBe(0);
    expect(localPrice(5099, 'EG') % 10_000).toBe(9_900);
    const items = all().flatMap((o) =>
      (o.data.items as Array<{ price: number }>).map((i) => [o.data.currency, i.price] as const),
    );
    for (const [currency, price] of items) {
      if (currency === 'KWD') expect(price % 1000).toBe(900);
      else if (currency === 'JOD') expect(price % 1000).toBe(0);
      else expect(price % 100).toBe(0);
    }
    const mean = (c: string) => meanAmount(all().filter((o) => o.data.currency === c && !o.fraud));
    // An ordinary order is a few hundred to a few thousand dirhams.
    expect(mean('AED')).toBeGreaterThan(50_000);
    expect(mean('AED')).toBeLessThan(400_000);
    expect(mean('KWD') / mean('AED')).toBeGreaterThan(0.5);
    expect(mean('KWD') / mean('AED')).toBeLessThan(1.3);
    expect(mean('EGP') / mean('AED')).toBeGreaterThan(8);
    expect(mean('TRY') / mean('AED')).toBeGreaterThan(8);
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.1], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(menaElectronicsModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 13, orders: 300, timestampHeader: false },
  ]);

  itDrawsIpsThatLocate({
    name: 'draws IPs that geoip-country places in the intended country',
    networks: NETWORKS,
    address,
    locate: ipCountry,
    stream,
    seed: 2,
  });

  it('carries a card only for card payments; COD and BNPL orders and their payments have none', () => {
    const s = stream(1);
    for (const o of createdOrders(s)) {
      const m = method(o.data);
      expect(['card', 'cod', 'bnpl']).toContain(m);
      expect(`${m}:${o.data.card !== undefined}`).toBe(`${m}:${m === 'card'}`);
    }
    for (const w of s.webhooks) {
      const b = w.body as CanonicalEvent;
      if (b.type.startsWith('payment.') && method(b.data) !== 'card') expect(b.data.card).toBeUndefined();
      if (b.type === 'payment.succeeded' && method(b.data) === 'card')
        expect(b.data.checks?.cvc).toBeDefined();
    }
    const cod = createdOrders(s).filter((o) => method(o.data) === 'cod');
    const codShare = (c: string) =>
      cod.filter((o) => o.data.currency === c).length /
      createdOrders(s).filter((o) => o.data.currency === c).length;
    expect(codShare('EGP')).toBeGreaterThan(codShare('AED'));
    expect(codShare('MAD')).toBeGreaterThan(0.4);
  });

  it('sends expatriates’ parcels home, e-mails gift cards, keeps rings on shared devices and cash', () => {
    const orders = all();
    const of = (kind: string) => orders.filter((o) => o.kind === kind);
    for (const o of of('family_back_home')) {
      expect(['EG', 'JO', 'MA', 'TR']).toContain(o.data.shipping?.country);
      expect(GULF).toContain(ipCountry(o.data.ip ?? ''));
    }
    for (const o of of('expat_home_card')) expect(GULF).not.toContain(o.data.card?.country);
    for (const o of of('hotel_visitor')) {
      expect(['AE', 'QA']).toContain(o.data.shipping?.country);
      expect(o.data.card?.country).not.toBe(o.data.shipping?.country);
    }
    for (const o of [...of('gift_card_codes'), ...of('gift_card_cashout')])
      expect(o.data.shipping).toBeUndefined();
    for (const o of of('cod_refusal_ring')) expect(method(o.data)).toBe('cod');
    for (const o of of('bnpl_identity_fraud')) expect(method(o.data)).toBe('bnpl');
    for (const o of of('reshipper_export')) expect(o.data.shipping?.line1).toMatch(/Free ?zone|Freezone/i);
    const promo = of('promo_abuse');
    expect(new Set(promo.map((o) => o.data.deviceId)).size).toBeLessThan(promo.length / 2);
    const corporate = of('corporate_bulk');
    expect(
      corporate.every((o) => ((o.data.items as Array<{ quantity: number }>)[0]?.quantity ?? 0) >= 3),
    ).toBe(true);
  });

  it('tests cards on cheap accessories and small codes, mostly unsuccessfully, in bursts', () => {
    const s = stream(3);
    const types = webhookTypesByPurchase(s);
    const testing = createdOrders(s).filter((o) => o.kind === 'card_testing');
    expect(paidShare(testing, types)).toBeLessThan(0.4);
    for (const o of testing) expect(o.data.customer?.id).toBeUndefined();
    expectMostGapsUnder(testing, 10 * 60_000);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types, disputed } = expectMoneyAfterPaymentAndDisputesMostlyFraud(s);
    expect(
      s.truth.filter((p) => p.kind === 'friendly_fraud').every((p) => disputed.includes(p.purchase)),
    ).toBe(true);
    const refused = s.truth.filter((p) => p.kind === 'cod_refusal_ring');
    expect(refused.every((p) => types.get(p.purchase)?.includes('order.cancelled'))).toBe(true);
    expect(refused.some((p) => types.get(p.purchase)?.includes('payment.succeeded'))).toBe(false);
  });

  it('shops late, surges at White Friday midnight and moves later still in Ramadan', () => {
    const localHour = (o: { at: number }) => new Date(o.at + 4 * HOUR).getUTCHours();
    const dubai = createdOrders(stream(1)).filter((o) => o.data.currency === 'AED');
    const late = dubai.filter((o) => localHour(o) >= 21 || localHour(o) < 2).length;
    const early = dubai.filter((o) => localHour(o) >= 4 && localHour(o) < 9).length;
    expect(late).toBeGreaterThan(3 * early);
    const firstHours = dubai.filter((o) => o.at < START + 3 * HOUR).length;
    const sameHoursNextDay = dubai.filter((o) => o.at >= START + DAY && o.at < START + DAY + 3 * HOUR).length;
    expect(firstHours).toBeGreaterThan(1.5 * sameHoursNextDay);
    const nightShare = (start: number) => {
      const os = createdOrders(menaElectronicsModel.generate(4, { orders: 1500, start })).filter((o) =>
        ['AED', 'SAR', 'QAR', 'KWD'].includes(o.data.currency ?? ''),
      );
      const h = (o: { at: number }) => new Date(o.at + 3 * HOUR).getUTCHours();
      return os.filter((o) => h(o) >= 0 && h(o) < 4).length / os.length;
    };
    expect(nightShare(Date.UTC(2027, 1, 14, 21))).toBeGreaterThan(
      1.3 * nightShare(Date.UTC(2027, 3, 18, 21)),
    );
  });
});
