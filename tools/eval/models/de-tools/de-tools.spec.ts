import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import geoip from 'geoip-country';
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
  expectMoneyAfterPaymentAndUnpaidCancelled,
  meanAmount,
  paidShare,
  takeoversOfKnownAccounts,
} from '../kit/lifecycle.js';
import { DAY, HOUR } from '../kit/purchase.js';
import { itDrawsKindsInShares } from '../kit/shares.js';
import { DAYS, START, local } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { deToolsModel } from './index.js';
import { address, NETWORKS } from './networks.js';
import { BORDER_DROPS, MARKETS } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(deToolsModel);
const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  delivery?: string;
  site?: string;
  company?: { name: string; vatId: string };
  reason?: string;
  threeDSecure?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);
const VAT =
  /^(DE[0-9]{9}|ATU[0-9]{8}|CHE-[0-9]{3}\.[0-9]{3}\.[0-9]{3} MWST|NL[0-9]{9}B0[0-9]|BE0[0-9]{9}|LU[0-9]{8}|FR[0-9]{11}|PL[0-9]{10})$/;

describe('de-tools traffic model', () => {
  itIsDeterministic(deToolsModel, stream);

  itDefaultsAndHonoursOptions(deToolsModel, stream, {
    name: 'defaults to 2,000 orders over four weeks from 18 March 2024 and honours the options',
    model: 'de-tools',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2025, 5, 2), within: 101 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each order is in its site’s currency and adds up', () => {
    const s = stream(1);
    expectSortedAndLabelled(s);
    const truth = new Map(s.truth.map((p) => [p.purchase, p]));
    for (const o of expectEachPurchaseOpensWithItsOrder(s)) {
      const d = data(o.data);
      const site = (d.site ?? '').toUpperCase() as keyof typeof MARKETS;
      expect(o.data.currency).toBe(MARKETS[site].currency);
      expect(truth.get(o.purchase)?.amount).toBe(o.data.amount);
      const items = orderItems(o.data);
      for (const i of items) expect(Number.isInteger(i.price) && i.price > 0 && i.quantity > 0).toBe(true);
      const sum = items.reduce((t, i) => t + i.price * i.quantity, 0);
      expect(o.data.amount).toBe(sum - (d.discount ?? 0) + (d.shippingFee ?? 0));
    }
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(deToolsModel, stream, [
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
      expect(home.length / repeat.length).toBeGreaterThan(0.97);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      for (const o of of('traveller')) expect(ipCountry(o.data.ip ?? '')).not.toBe(o.data.billing?.country);
      for (const o of of('border_shopper')) expect(ipCountry(o.data.ip ?? '')).toBe('CH');
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });
  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 3, countries: SANCTIONED, locate: ipCountry });

  it('ships to its eight markets; lockers are German; collection and vouchers have no delivery address', () => {
    const forwarders = new Set(['Terespol', 'Biała Podlaska', 'Białystok']);
    for (const o of all()) {
      const d = data(o.data);
      if (o.data.shipping) expect(Object.keys(MARKETS)).toContain(o.data.shipping.country);
      if (o.data.shipping && forwarders.has(o.data.shipping.city ?? ''))
        expect(o.kind).toBe('sanctioned_country');
      if (d.delivery === 'collection' || d.delivery === 'email') expect(o.data.shipping).toBeUndefined();
      if (d.delivery === 'packstation') {
        expect(o.data.shipping?.country).toBe('DE');
        expect(o.data.shipping?.line1).toMatch(/^Packstation \d{3}$/);
      }
      if (d.company) expect(d.company.vatId).toMatch(VAT);
    }
  });

  it('sends card checks with card and wallet payments only, AVS only from US, British and Canadian issuers', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = ['card', 'apple_pay', 'google_pay'].includes(method);
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${b.data.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${data(b.data).threeDSecure !== undefined}`).toBe(`${method}:${card}`);
      if (card && !['GB', 'US', 'CA'].includes(b.data.card?.country ?? ''))
        expect(b.data.checks?.avs).toBe('unavailable');
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    for (const m of [
      'card',
      'apple_pay',
      'paypal',
      'klarna_invoice',
      'klarna_installments',
      'sepa_debit',
      'sofort',
      'giropay',
      'invoice',
      'ideal',
      'twint',
      'blik',
    ])
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
    const debitDisputes = s.webhooks
      .map((w) => w.body as CanonicalEvent)
      .filter((b) => b.type === 'dispute.created' && data(b.data).reason === 'debit_not_authorized');
    expect(debitDisputes.length).toBeGreaterThan(0);
    for (const b of debitDisputes) expect(b.data.paymentMethod).toBe('sepa_debit');
  });

  it('tests cards as guests on one cheap item, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.35, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(o.data.amount).toBeLessThanOrEqual(2_500);
    }
  });

  it('takes over aged accounts seen in honest traffic; their address changes send the goods elsewhere', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(60 * DAY);
    const kinds = new Set<string>();
    for (const seed of [1, 2, 3]) {
      const s = stream(seed);
      const truth = new Map(s.truth.map((p) => [p.purchase, p]));
      const placed = new Map(createdOrders(s).map((o) => [o.purchase, o.data]));
      for (const w of s.webhooks) {
        const b = w.body as CanonicalEvent & { data: { status?: string } };
        if (b.type !== 'order.updated' || b.data.status !== 'address_changed') continue;
        const kind = truth.get(w.purchase)?.kind ?? '';
        kinds.add(kind);
        if (kind === 'account_takeover') expect(b.data.shipping?.line1).not.toBe(b.data.billing?.line1);
        else expect(b.data.shipping?.city).toBe(placed.get(w.purchase)?.shipping?.city);
      }
    }
    expect(kinds.has('account_takeover')).toBe(true);
    expect(kinds.size).toBeGreaterThan(1);
  });

  it('sends Swiss border shoppers’ parcels to a few shared German drop-off shops, in euros', () => {
    const drops = new Set(BORDER_DROPS.map((a) => a.line1));
    const border = of('border_shopper');
    for (const o of border) {
      expect(o.data.billing?.country).toBe('CH');
      expect(o.data.currency).toBe('EUR');
      expect(drops.has(o.data.shipping?.line1 ?? '')).toBe(true);
    }
    expect(new Set(border.map((o) => o.data.customer?.email)).size).toBeGreaterThan(3 * BORDER_DROPS.length);
  });

  it('sells to trades on workdays on invoice terms; fake trade accounts are new, big and sent elsewhere', () => {
    const trade = of('trade_account');
    const workday = trade.filter((o) => ![0, 6].includes(local(o.at).getUTCDay()));
    expect(workday.length / trade.length).toBeGreaterThan(0.9);
    for (const o of trade) expect(data(o.data).company?.vatId).toMatch(VAT);
    const fake = of('fake_trade_account');
    for (const o of fake) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(6 * DAY);
      expect(data(o.data).company?.vatId).toMatch(VAT);
      expect(o.data.shipping?.line1).not.toBe(o.data.billing?.line1);
    }
    expect(meanAmount(fake)).toBeGreaterThan(3 * meanAmount(trade));
    expect(meanAmount(of('card_testing'))).toBeLessThan(2_500);
  });

  it('has sanctioned buyers give a Russian, Belarusian or Iranian billing address and ship to forwarders', () => {
    for (const o of of('sanctioned_country')) {
      expect(['RU', 'BY', 'IR']).toContain(o.data.billing?.country);
      expect(['PL', 'DE']).toContain(o.data.shipping?.country);
    }
  });
});
