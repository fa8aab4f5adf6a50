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
import { BIKES } from './catalogue.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { DAYS, deBikesModel, START } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { MARKETS } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(deBikesModel);
const SANCTIONED = new Set(['CU', 'IR', 'KP', 'SY']);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  shippingFee?: number;
  fulfilment?: string;
  pickupShop?: string;
  company?: { name: string; vatId: string };
  leasing?: { provider: string; employer: string; contract: string };
  displayCurrency?: string;
  displayAmount?: number;
  reason?: string;
  threeDSecure?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);
const hasIp = (network: string) => {
  const n = NETWORKS.find((x) => x.name === network);
  return (ip: string) => n !== undefined && ipCountry(ip) === n.country;
};

describe('de-bikes traffic model', () => {
  itIsDeterministic(deBikesModel, stream);

  itDefaultsAndHonoursOptions(deBikesModel, stream, {
    name: 'defaults to 2,000 orders over the last two weeks of March 2027 and honours the options',
    model: 'de-bikes',
    orders: 2000,
    start: START,
    days: DAYS,
    options: {
      seed: 9,
      orders: 300,
      start: Date.UTC(2027, 8, 1),
      within: 60 * HOUR,
      larger: 2600,
    },
  });

  it('sorts and labels every webhook; each purchase opens with its order, in euros, and adds up', () => {
    const orders = expectOrdersAddUp(stream(1), {
      currency: 'EUR',
      total: (items, d) => items - (data(d).discount ?? 0) + (data(d).shippingFee ?? 0),
    });
    for (const o of orders)
      if (o.data.billing?.country === 'CH' && !o.fraud) expect(data(o.data).displayCurrency).toBe('CHF');
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(deBikesModel, stream, [
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
      expect(home.length / regulars.length).toBeGreaterThan(0.95);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      for (const o of of('traveller')) expect(ipCountry(o.data.ip ?? '')).not.toBe(o.data.billing?.country);
      const vpn = of('vpn_user');
      const hosted = vpn.filter((o) =>
        ['de-hosting', 'nl-hosting', 'de-tor-exit'].some((n) => hasIp(n)(o.data.ip ?? '')),
      );
      expect(hosted.length).toBe(vpn.length);
      const shared = of('shared_network').map((o) => o.data.ip);
      expect(new Set(shared).size).toBeLessThan(shared.length / 5);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('ships honest orders only to its nine countries; bikes go by freight or are collected, never as parcels', () => {
    for (const o of all()) {
      const d = data(o.data);
      if (!o.fraud && o.data.shipping) expect(Object.keys(MARKETS)).toContain(o.data.shipping.country);
      if (d.fulfilment === 'pickup' || d.fulfilment === 'workshop') {
        expect(o.data.shipping).toBeUndefined();
        expect(d.pickupShop).toBeDefined();
      } else expect(o.data.shipping).toBeDefined();
      if (orderItems(o.data).some((i) => BIKES.has(i.category as never)))
        expect(['freight', 'pickup']).toContain(d.fulfilment);
    }
    for (const o of of('swiss_border_address')) {
      expect(o.data.billing?.country).toBe('CH');
      expect(o.data.shipping?.country).toBe('DE');
    }
    for (const o of of('packstation')) expect(o.data.shipping?.line1).toMatch(/^Packstation \d+/);
  });

  it('pays by the store’s methods: card checks with cards only, AVS only from British and US issuers', () => {
    const methods = new Set<string>();
    const byOrder = new Map(createdOrders(stream(1)).map((o) => [o.purchase, o]));
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = ['card', 'apple_pay'].includes(method);
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${b.data.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      if (card && !['GB', 'US'].includes(b.data.card?.country ?? ''))
        expect(b.data.checks?.avs).toBe('unavailable');
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
      const o = byOrder.get(w.purchase);
      if (method === 'ideal') expect(o?.data.billing?.country).toBe('NL');
      if (method === 'twint') expect(o?.data.billing?.country).toBe('CH');
    }
    for (const m of [
      'card',
      'apple_pay',
      'paypal',
      'klarna',
      'sepa_debit',
      'ideal',
      'twint',
      'bank_transfer',
      'company_leasing',
    ])
      expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'non_receipt_claim' || x.kind === 'sepa_identity'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    for (const p of s.truth.filter((x) => x.kind === 'refund_abuse'))
      expect(types.get(p.purchase)).toContain('refund.created');
    const honest = createdOrders(s).filter((o) => !o.fraud);
    expect(paidShare(honest, types)).toBeGreaterThan(0.95);
    const disputedHonest = honest.filter((o) => types.get(o.purchase)?.includes('dispute.created'));
    expect(disputedHonest.length).toBeLessThan(honest.length * 0.01);
  });

  it('tests cards as guests on one cheap item, mostly declined, in night bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.3, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(1_000);
    }
  });

  it('takes over aged accounts seen in honest traffic; voucher farms are fresh accounts on shared devices', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(14 * DAY);
    const promo = of('promo_abuse');
    for (const o of promo) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(30 * 60_000);
      expect(data(o.data).discountCode).toBe('OSTERN25');
    }
    expect(new Set(promo.map((o) => o.data.deviceId)).size).toBeLessThan(promo.length / 2);
  });

  it('leases bikes through employers, sells fleets to companies; e-bike buyers spend far more than regulars', () => {
    for (const o of of('company_leasing')) {
      const d = data(o.data);
      expect(d.leasing?.provider).toBe(d.company?.name);
      expect(o.data.paymentMethod).toBe('company_leasing');
      expect(orderItems(o.data).some((i) => BIKES.has(i.category as never))).toBe(true);
    }
    for (const o of of('business')) expect(data(o.data).company?.vatId).toBeDefined();
    expect(meanAmount(of('ebike_buyer'))).toBeGreaterThan(4 * meanAmount(of('regular')));
    expect(meanAmount(of('business'))).toBeGreaterThan(meanAmount(of('ebike_buyer')));
    expect(meanAmount(of('card_testing'))).toBeLessThan(2_000);
    expect(meanAmount(of('stolen_card_ebike'))).toBeGreaterThan(300_000);
  });
});
