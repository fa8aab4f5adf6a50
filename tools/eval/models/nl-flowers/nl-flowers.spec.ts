import { describe, expect, it } from '@jest/globals';
import { type CanonicalEvent } from '@vigil/contracts';
import { type LabelledStream } from '../../traffic-model.js';
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
import { CODES } from './catalogue.js';
import { allocate, FRAUD } from './fraud.js';
import { HONEST } from './honest.js';
import { nlFlowersModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { DELIVERY } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, labels, valid bodies); never the engine's view. */

const stream = cachedStreams(nlFlowersModel);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  discountCode?: string;
  deliveryFee?: number;
  delivery?: string;
  courier?: string;
  channel?: string;
  recipient?: { name?: string; email?: string };
  cardMessage?: { text: string; signed: boolean };
  company?: { name: string; vatId: string };
  drops?: number;
  threeDSecure?: string;
  savedCard?: boolean;
  reason?: string;
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);

/** A stream without the renewals the shop charges itself (they carry no IP). */
const withoutRenewals = (seed: number): LabelledStream => {
  const s = stream(seed);
  const renewals = new Set(s.truth.filter((p) => p.kind === 'subscription_renewal').map((p) => p.purchase));
  return { ...s, webhooks: s.webhooks.filter((w) => !renewals.has(w.purchase)) };
};

describe('nl-flowers traffic model', () => {
  itIsDeterministic(nlFlowersModel, stream);

  itDefaultsAndHonoursOptions(nlFlowersModel, stream, {
    name: 'defaults to 2,000 orders over the fortnight before Valentine’s Day and honours the options',
    model: 'nl-flowers',
    orders: 2000,
    start: START,
    days: DAYS,
    options: {
      seed: 9,
      orders: 300,
      start: Date.UTC(2027, 4, 1),
      within: 51 * HOUR,
      larger: 2600,
    },
  });

  it('sorts and labels every webhook; each purchase opens with its order, in euros, and adds up', () => {
    expectOrdersAddUp(stream(1), {
      currency: 'EUR',
      total: (items, d) => items - (data(d).discount ?? 0) + (data(d).deliveryFee ?? 0),
    });
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(nlFlowersModel, stream, [
    { seed: 1, timestampHeader: true },
    { seed: 13, orders: 300, timestampHeader: false },
  ]);

  itDrawsIpsThatLocate({
    name: 'draws IPs that geoip-country places in the intended country, IPv4 and IPv6, for every network',
    networks: NETWORKS,
    address,
    locate: ipCountry,
    stream: withoutRenewals,
    seed: 2,
    also: () => {
      for (const o of of('repeat_customer')) expect(ipCountry(o.data.ip ?? '')).toBe(o.data.billing?.country);
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      for (const o of of('sending_home'))
        expect(ipCountry(o.data.ip ?? '')).not.toBe(o.data.shipping?.country);
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, { seed: 1, countries: SANCTIONED, locate: ipCountry });

  it('delivers honest flowers only to its seven countries, nearly always to someone else; vouchers go by e-mail', () => {
    const honest = all().filter((o) => !o.fraud);
    for (const o of honest) {
      const d = data(o.data);
      if (d.courier === 'email') {
        expect(o.data.shipping).toBeUndefined();
        expect(d.recipient?.email).toMatch(/@/);
        expect(d.deliveryFee).toBe(0);
      } else expect(DELIVERY).toContain(o.data.shipping?.country);
    }
    const gifts = honest.filter(
      (o) => !['self_purchase', 'subscription_renewal'].includes(o.kind) && o.data.shipping,
    );
    const toOthers = gifts.filter((o) => data(o.data).recipient?.name !== o.data.customer?.name);
    expect(toOthers.length / gifts.length).toBeGreaterThan(0.95);
    const abroad = gifts.filter((o) => o.data.shipping?.country !== o.data.billing?.country);
    expect(abroad.length / gifts.length).toBeGreaterThan(0.1);
    for (const o of of('secret_admirer')) expect(data(o.data).cardMessage?.signed).toBe(false);
    expect(honest.filter((o) => !o.data.customer?.id).length / honest.length).toBeGreaterThan(0.5);
  });

  it('pays by local habit: iDEAL in the Netherlands, Bancontact in Belgium; card checks only on cards', () => {
    const first = (country: string) => {
      const os = all().filter(
        (o) => !o.fraud && o.data.billing?.country === country && o.kind !== 'subscription_renewal',
      );
      const counts = new Map<string, number>();
      for (const o of os)
        counts.set(o.data.paymentMethod ?? '', (counts.get(o.data.paymentMethod ?? '') ?? 0) + 1);
      return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    };
    expect(first('NL')).toBe('ideal');
    expect(first('BE')).toBe('bancontact');
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      const card = ['card', 'apple_pay', 'google_pay'].includes(method);
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      expect(`${method}:${b.data.checks?.cvc !== undefined}`).toBe(`${method}:${card}`);
      if (card && !['GB', 'US'].includes(b.data.card?.country ?? ''))
        expect(b.data.checks?.avs).toBe('unavailable');
      if (data(b.data).savedCard) expect(b.data.checks?.cvc).toBe('unchecked');
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
  });

  it('renews subscriptions off-session at dawn with no browser, no IP and no card code', () => {
    const renewals = of('subscription_renewal');
    expect(renewals.length).toBeGreaterThan(100);
    for (const o of renewals) {
      expect(o.data.ip).toBeUndefined();
      expect(o.data.userAgent).toBeUndefined();
      expect(o.data.customer?.id).toBeDefined();
      expect(data(o.data).channel).toBe('subscription');
      expect(new Date(o.at + HOUR).getUTCHours()).toBe(5);
    }
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
  });

  it('tests cards as guests on greeting cards, small bouquets and €25 vouchers, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.3, gap: 5 * 60_000, ordersPerBin: 3 });
    for (const o of testing) {
      expect(orderItems(o.data)).toHaveLength(1);
      expect(orderItems(o.data)[0]?.price).toBeLessThanOrEqual(2_500);
    }
  });

  it('takes over aged accounts seen in honest traffic; promo farms are fresh accounts sharing phones and the first-order code', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(20 * DAY);
    const promo = of('promo_abuse');
    for (const o of promo) {
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeLessThan(30 * 60_000);
      expect(data(o.data).discountCode).toBe(CODES.first);
    }
    expect(new Set(promo.map((o) => o.data.userAgent)).size).toBeLessThan(promo.length / 2);
    const ring = of('drop_ring');
    expect(new Set(ring.map((o) => o.data.shipping?.line1)).size).toBeLessThan(ring.length / 2);
  });

  it('peaks on the 13th; companies order staff bouquets in bulk on weekdays; stolen cards buy the dearest baskets', () => {
    const byDay = new Map<number, number>();
    for (const o of createdOrders(stream(1))) {
      const day = new Date(o.at + HOUR).getUTCDate();
      byDay.set(day, (byDay.get(day) ?? 0) + 1);
    }
    const busiest = [...byDay].sort((a, b) => b[1] - a[1])[0]?.[0];
    expect(busiest).toBe(13);
    expect(byDay.get(13) ?? 0).toBeGreaterThan(3 * (byDay.get(3) ?? 0));
    for (const o of of('corporate_gifting')) {
      expect(data(o.data).company?.vatId).toMatch(/^(NL\d{9}B01|BE0\d{9}|DE\d{9})$/);
      expect(data(o.data).drops).toBeGreaterThanOrEqual(20);
      const local = new Date(o.at + HOUR);
      expect([0, 6]).not.toContain(local.getUTCDay());
    }
    expect(meanAmount(of('stolen_card_voucher'))).toBeGreaterThan(2 * meanAmount(of('gift_delivery')));
    expect(meanAmount(of('card_testing'))).toBeLessThan(3_500);
  });
});
