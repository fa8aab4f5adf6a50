import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import { type LabelledStream } from '../../traffic-model.js';
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
  SANCTIONED,
} from '../kit/contract.js';
import {
  expectGuestCardTesting,
  expectMoneyAfterPaymentAndDisputesMostlyFraud,
  meanAmount,
  paidShare,
  takeoversOfKnownAccounts,
} from '../kit/lifecycle.js';
import { DAY } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { DAYS, localDay, localHourOf, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { ukBooksModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { MARKETS } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, calendar, labels); never the engine's view. */

const stream = cachedStreams(ukBooksModel);
const { all, of } = ordersOfSeeds(stream);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  shippingFee?: number;
  fulfilment?: string;
  channel?: string;
  company?: { name: string; purchaseOrder?: string };
  reason?: string;
  status?: string;
};
const data = (d: CanonicalEvent['data']) => d as Data;

/** A stream without the subscription renewals (orders placed by the shop, not at a checkout). */
function withCheckout(s: LabelledStream): LabelledStream {
  const renewals = new Set(
    createdOrders(s)
      .filter((o) => data(o.data).channel === 'subscription_renewal')
      .map((o) => o.purchase),
  );
  return {
    ...s,
    webhooks: s.webhooks.filter((w) => !renewals.has(w.purchase)),
    truth: s.truth.filter((p) => !renewals.has(p.purchase)),
  };
}

/** Where each currency is billed: euros in Ireland and the euro-paying markets, dollars in the US and Australia. */
const CURRENCY_HOMES: Readonly<Record<string, readonly string[]>> = {
  EUR: ['IE', 'DE', 'FR', 'NL', 'BE', 'ES', 'IT', 'SE'],
  USD: ['US'],
  AUD: ['AU'],
};

describe('uk-books traffic model', () => {
  itIsDeterministic(ukBooksModel, stream);

  itDefaultsAndHonoursOptions(ukBooksModel, stream, {
    name: 'defaults to 2,000 orders from 1 September to St Andrew’s Day and honours the options',
    model: 'uk-books',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 2, 1), within: 15 * DAY, larger: 2600 },
  });

  it('sorts and labels every webhook; each order adds up in its own currency', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
      expect(['GBP', 'EUR', 'USD', 'AUD']).toContain(o.data.currency);
      expect(truth.get(o.purchase)?.amount).toBe(o.data.amount);
      const items = orderItems(o.data);
      for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
      const goods = items.reduce((sum, i) => sum + i.price * i.quantity, 0);
      expect(o.data.amount).toBe(goods - (data(o.data).discount ?? 0) + (data(o.data).shippingFee ?? 0));
    }
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(ukBooksModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 13, orders: 300, timestampHeader: false },
  ]);

  itDrawsIpsThatLocate({
    name: 'draws IPs that geoip-country places in the intended country, IPv4 and IPv6, for every network',
    networks: NETWORKS,
    address,
    locate: ipCountry,
    // Renewals the shop charges itself carry no session, so no IP: the orders with a checkout.
    stream: (seed) => withCheckout(stream(seed)),
    seed: 2,
    also: () => {
      const readers = of('reader');
      expect(readers.every((o) => ipCountry(o.data.ip ?? '') === 'GB')).toBe(true);
      const abroad = of('abroad');
      const home = abroad.filter((o) => ipCountry(o.data.ip ?? '') === o.data.billing?.country);
      expect(home.length / abroad.length).toBeGreaterThan(0.95);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('bills each currency in its own markets and ships honest orders only to them; nothing shipped to collect or e-mail', () => {
    for (const o of all()) {
      const f = data(o.data).fulfilment;
      if (f === 'click_collect' || f === 'email') expect(o.data.shipping).toBeUndefined();
      if (o.fraud) continue;
      if (o.data.shipping) expect(Object.keys(MARKETS)).toContain(o.data.shipping.country);
      const homes = CURRENCY_HOMES[o.data.currency ?? ''];
      if (homes)
        expect(`${o.kind} ${o.data.currency} ${homes.includes(o.data.billing?.country ?? '')}`).toBe(
          `${o.kind} ${o.data.currency} true`,
        );
    }
  });

  it('prices rare books in the hundreds to tens of thousands; collectors outspend readers; testers spend £5', () => {
    const rare = all().flatMap((o) => orderItems(o.data).filter((i) => i.category === 'rare_book'));
    expect(Math.min(...rare.map((i) => i.price))).toBeGreaterThanOrEqual(20_000);
    expect(Math.max(...rare.map((i) => i.price))).toBeGreaterThan(1_000_000);
    expect(meanAmount(of('collector'))).toBeGreaterThan(10 * meanAmount(of('reader')));
    for (const o of of('card_testing')) expect(o.data.amount).toBe(500);
  });

  it('sends card checks with cards and wallets only, AVS only from British and US issuers, reasons for declines', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = ['card', 'apple_pay', 'google_pay'].includes(method);
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${b.data.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      if (card && !['GB', 'US'].includes(b.data.card?.country ?? ''))
        expect(['unavailable', 'unchecked']).toContain(b.data.checks?.avs);
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    for (const m of ['card', 'apple_pay', 'google_pay', 'paypal', 'klarna', 'bank_transfer', 'invoice'])
      expect(methods).toContain(m);
  });

  it('renews subscriptions off-session before opening, without a session; institutions order on weekdays in office hours', () => {
    const renewals = all().filter((o) => data(o.data).channel === 'subscription_renewal');
    expect(renewals.length).toBeGreaterThan(100);
    for (const o of renewals) {
      expect(o.data.ip).toBeUndefined();
      expect(o.data.customer?.id).toBeDefined();
      const h = localHourOf(o.at, 'uk');
      expect(h >= 5 && h < 8).toBe(true);
    }
    for (const o of of('institution')) {
      expect([0, 6]).not.toContain(localDay(o.at, 'uk').weekday);
      const h = localHourOf(o.at, 'uk');
      expect(h >= 7 && h < 19).toBe(true);
      expect(data(o.data).company?.name).toBeDefined();
    }
  });

  it('sells term lists around freshers’ weeks and textbooks to students', () => {
    const students = of('student');
    const september = students.filter((o) => localDay(o.at, 'uk').month === 9);
    expect(september.length / students.length).toBeGreaterThan(0.6);
    for (const o of students) expect(orderItems(o.data).some((i) => i.category === 'textbook')).toBe(true);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndDisputesMostlyFraud(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    for (const p of s.truth.filter((x) => x.kind === 'return_switch'))
      expect(types.get(p.purchase)).toContain('refund.created');
    for (const p of s.truth.filter((x) => x.kind === 'purchase_order_scam'))
      expect(types.get(p.purchase)).not.toContain('payment.succeeded');
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.95);
  });

  it('tests cards as guests on £5 items, mostly declined, in bursts on few BINs', () => {
    expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * 60_000, ordersPerBin: 2 });
  });

  it('takes over aged accounts seen in honest traffic; fake purchase orders come from lookalike domains on invoice', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(60 * DAY);
    for (const o of of('purchase_order_scam')) {
      expect(o.data.paymentMethod).toBe('invoice');
      expect(o.data.customer?.email).not.toMatch(/@(ed|napier|qmu|stir)\.ac\.uk$|\.gov\.uk$/);
    }
    for (const o of of('institution')) expect(o.data.customer?.email).toMatch(/\.(ac\.uk|gov\.uk|com)$/);
  });
});
