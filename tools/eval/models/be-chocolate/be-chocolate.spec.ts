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
import { DAYS, START } from './calendar.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { beChocolateModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { MARKETS, SANCTIONED } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(beChocolateModel);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  shippingFee?: number;
  fulfilment?: string;
  shownCurrency?: string;
  company?: { name: string; vatId: string };
  reason?: string;
  status?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);

describe('be-chocolate traffic model', () => {
  itIsDeterministic(beChocolateModel, stream);

  itDefaultsAndHonoursOptions(beChocolateModel, stream, {
    name: 'defaults to 2,000 orders over the four weeks before Easter and honours the options',
    model: 'be-chocolate',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 9, 1), within: 102 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each purchase opens with its order, in euros, and adds up', () => {
    expectOrdersAddUp(stream(1), {
      currency: 'EUR',
      total: (items, d) => items - (data(d).discount ?? 0) + (data(d).shippingFee ?? 0),
    });
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(beChocolateModel, stream, [
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
      const home = of('household_treat');
      const local = home.filter((o) => ipCountry(o.data.ip ?? '') === o.data.billing?.country);
      expect(local.length / home.length).toBeGreaterThan(0.95);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      for (const o of of('traveller_vpn'))
        expect(ipCountry(o.data.ip ?? '')).not.toBe(o.data.billing?.country);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('ships honest orders only to its markets; pickup, e-mail and workshop orders have no delivery address', () => {
    for (const o of all()) {
      const d = data(o.data);
      if (!o.fraud && o.data.shipping) expect(Object.keys(MARKETS)).toContain(o.data.shipping.country);
      if (['pickup', 'email', 'workshop'].includes(d.fulfilment ?? ''))
        expect(o.data.shipping).toBeUndefined();
      expect(d.shownCurrency === 'GBP').toBe(o.data.billing?.country === 'GB');
    }
    const gifts = of('gift_abroad');
    const abroad = gifts.filter((o) => o.data.shipping?.country !== o.data.billing?.country);
    expect(abroad.length / gifts.length).toBeGreaterThan(0.5);
  });

  it('shows cards only for card, Bancontact and wallet payments; Bancontact is Belgian; AVS only from GB and US', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = ['card', 'bancontact', 'apple_pay', 'google_pay'].includes(method);
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      if (method === 'bancontact') expect(b.data.card?.country).toBe('BE');
      if (card && !['GB', 'US'].includes(b.data.card?.country ?? ''))
        expect(b.data.checks?.avs).toBe('unavailable');
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    for (const m of ['card', 'bancontact', 'ideal', 'paypal', 'klarna', 'apple_pay', 'bank_transfer'])
      expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'chargeback_abuse'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    for (const p of s.truth.filter((x) => x.kind === 'refund_abuse'))
      expect(types.get(p.purchase)).toContain('refund.created');
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.95);
    const stolen = createdOrders(s).filter((o) => ['gift_card_cashout', 'reshipper'].includes(o.kind));
    const labelled = stolen.filter((o) =>
      (types.get(o.purchase) ?? []).some((t) => t === 'dispute.created' || t === 'fraud_warning.created'),
    );
    expect(labelled.length).toBeGreaterThan(stolen.length / 4);
    expect(labelled.length).toBeLessThan(stolen.length);
  });

  it('tests cards as guests on the cheapest items, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(1_000);
    }
  });

  it('takes over aged accounts seen in honest traffic, spending their points; refund abusers are few and repeat', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(50 * DAY);
    const abuse = of('refund_abuse');
    expect(new Set(abuse.map((o) => o.data.customer?.id)).size).toBeLessThan(abuse.length / 2);
  });

  it('sells logo boxes by the dozen to companies on weekdays in office hours; fake companies are new accounts', () => {
    for (const o of of('corporate_gifts')) {
      expect(data(o.data).company?.vatId).toMatch(/^(BE0\d{9}|NL\d{9}B0\d|FR\d{11}|DE\d{9}|LU\d{8})$/);
      expect(Math.max(...orderItems(o.data).map((i) => i.quantity))).toBeGreaterThanOrEqual(20);
      const local = new Date(o.at + HOUR);
      expect([0, 6]).not.toContain(local.getUTCDay());
      expect(local.getUTCHours()).toBeGreaterThanOrEqual(7);
      expect(local.getUTCHours()).toBeLessThan(19);
    }
    for (const o of of('corporate_resale'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(DAY);
    expect(meanAmount(of('corporate_gifts'))).toBeGreaterThan(10 * meanAmount(of('household_treat')));
    expect(meanAmount(of('card_testing'))).toBeLessThan(1_500);
  });
});
