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
import { esTravelModel } from './index.js';
import { address, ipCountry, NETWORKS } from './networks.js';
import { SANCTIONED } from './places.js';

/** The model's own properties (size, shares, money, geography, payments, trips, valid bodies); never the engine's view. */

const stream = cachedStreams(esTravelModel);

type Data = CanonicalEvent['data'] & {
  discount?: number;
  reason?: string;
  trip?: { type: string; departure?: string; oneWay?: boolean; passengers: string[] };
  giftRecipient?: string;
  company?: { name: string; vatId: string };
};

const data = (d: CanonicalEvent['data']) => d as Data;
const { all, of } = ordersOfSeeds(stream);
const leadHours = (o: { at: number; data: CanonicalEvent['data'] }) =>
  (Date.parse(data(o.data).trip?.departure ?? '') - o.at) / HOUR;

describe('es-travel traffic model', () => {
  itIsDeterministic(esTravelModel, stream);

  itDefaultsAndHonoursOptions(esTravelModel, stream, {
    name: 'defaults to 2,000 orders over the fourteen days up to Christmas Eve and honours the options',
    model: 'es-travel',
    orders: 2000,
    start: START,
    days: DAYS,
    options: { seed: 9, orders: 300, start: Date.UTC(2027, 6, 1), within: 60 * HOUR, larger: 2600 },
  });

  it('sorts and labels every webhook; each purchase opens with its order, in euros, and adds up', () => {
    expectOrdersAddUp(stream(1), { currency: 'EUR', total: (items, d) => items - (data(d).discount ?? 0) });
  });

  itDrawsKindsInShares({ stream, share: [0.05, 0.09], fraud: FRAUD, allocate, honest: HONEST });

  itParsesEveryBody(esTravelModel, stream, [
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
      expect(all().some((o) => (o.data.ip ?? '').includes(':'))).toBe(true);
      for (const o of of('last_minute_traveller')) {
        expect(ipCountry(o.data.ip ?? '')).not.toBe('ES');
        expect(o.data.billing?.country).toBe('ES');
      }
      for (const o of of('abroad_resident')) expect(o.data.billing?.country).not.toBe('ES');
    },
  });

  itKeepsSanctionedCountriesToTheirKind(stream, {
    seed: 1,
    countries: new Set(SANCTIONED),
    locate: ipCountry,
  });

  it('ships nothing but posted gift cards; e-gift cards name a recipient', () => {
    for (const o of all()) {
      const gift = orderItems(o.data).some((i) => i.category === 'gift_card');
      if (o.data.shipping) expect(orderItems(o.data)[0]?.sku).toMatch(/^GC-CARD-/);
      if (gift && !o.data.shipping) expect(data(o.data).giftRecipient).toBeDefined();
    }
  });

  it('sends card checks with card and wallet payments only; failed payments say why', () => {
    const methods = new Set<string>();
    for (const w of stream(1).webhooks) {
      const b = w.body as CanonicalEvent;
      if (!b.type.startsWith('payment.')) continue;
      const method = b.data.paymentMethod ?? '';
      methods.add(method);
      const card = ['card', 'apple_pay', 'google_pay'].includes(method);
      expect(`${method}:${b.data.card !== undefined}`).toBe(`${method}:${card}`);
      if (card && !['GB', 'US'].includes(b.data.card?.country ?? ''))
        expect(b.data.checks?.avs).toBe('unavailable');
      if (b.type === 'payment.failed') expect(data(b.data).reason).toBeDefined();
    }
    for (const m of ['card', 'apple_pay', 'paypal', 'bizum', 'sequra', 'bank_transfer'])
      expect(methods).toContain(m);
  });

  it('brings refunds, warnings and disputes only after money was taken, disputes mostly for fraud', () => {
    const s = stream(1);
    const { types } = expectMoneyAfterPaymentAndUnpaidCancelled(s);
    for (const p of s.truth.filter((x) => x.kind === 'friendly_fraud'))
      expect(types.get(p.purchase)).toContain('dispute.created');
    expect(
      paidShare(
        createdOrders(s).filter((o) => !o.fraud),
        types,
      ),
    ).toBeGreaterThan(0.96);
  });

  it('tests cards as guests on seat and bag fees, mostly declined, in bursts on few BINs', () => {
    const testing = expectGuestCardTesting(stream(2), { paidBelow: 0.4, gap: 10 * 60_000, ordersPerBin: 2 });
    for (const o of testing) expect(o.data.amount).toBeLessThan(7_000);
  });

  it('resale rings book one-way seats leaving within a day and a half for passengers who are not the payer', () => {
    const ring = of('ticket_resale_ring');
    for (const o of ring) {
      expect(data(o.data).trip?.oneWay).toBe(true);
      expect(leadHours(o)).toBeLessThan(37);
    }
    const strangers = ring.filter(
      (o) => !data(o.data).trip?.passengers.includes(o.data.customer?.name ?? ''),
    );
    expect(strangers.length).toBeGreaterThan(ring.length / 2);
    // Honest travellers leave within a day and a half too, just less often.
    const soon = of('home_for_christmas').filter((o) => leadHours(o) < 24);
    expect(soon.length).toBeGreaterThan(0);
  });

  it('takes over aged accounts seen in honest traffic; companies book in office hours for colleagues', () => {
    const known = takeoversOfKnownAccounts([1, 2, 3].map(stream));
    expect(known.filter(Boolean).length).toBeGreaterThan(known.length / 3);
    for (const o of of('account_takeover'))
      expect(o.at - Date.parse(o.data.customer?.createdAt ?? '')).toBeGreaterThan(30 * DAY);
    for (const o of of('corporate_booker')) {
      expect(data(o.data).company?.vatId).toMatch(/^ESB\d{8}$/);
      expect(data(o.data).trip?.passengers).not.toContain(o.data.customer?.name);
      const local = new Date(o.at + HOUR);
      expect([0, 6]).not.toContain(local.getUTCDay());
    }
    expect(meanAmount(of('diaspora_family'))).toBeGreaterThan(3 * meanAmount(of('ancillary_addon')));
  });
});
